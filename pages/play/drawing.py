"""Draw page: which saved runs can read a drawn digit, and the chosen one (its model lives in the workers)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np

from cnnviz.data.datasets import SAMPLE_FILE, DataError
from cnnviz.i18n import Message, t
from cnnviz.inference import ModelRef
from cnnviz.inspect.predict import DIGIT_CLASSES, class_names_of_run, default_model_path, is_digit_model
from cnnviz.runs import files as runfiles
from cnnviz.runs import store as runs
from pages.common import state, workers
from pages.common.workers import RemoteModel
from pages.common.workspace import current_workspace

DIGIT_SHAPE = (28, 28, 1)


@dataclass(frozen=True)
class ModelOption:
    """A model the page offers; its fields are language-neutral so the choice survives a language switch."""

    run_dir: str | None  # None: the bundled default model
    name: str = ""
    val_accuracy: float | None = None

    def label(self) -> str:
        if self.run_dir is None:
            return t("play.draw.bundled_model")
        if self.val_accuracy is None:
            return t("play.draw.run_model", name=self.name)
        return t("play.draw.run_model_accuracy", name=self.name, accuracy=self.val_accuracy)


@dataclass(frozen=True)
class ExcludedRun:
    name: str
    reason: str


@dataclass(frozen=True)
class DrawModel:
    model: RemoteModel
    class_names: tuple[str, ...]
    notes: tuple[Message, ...] = ()  # what is damaged in the run and which model file is used instead


def _exclusion_reason(info: runs.RunInfo) -> str | None:
    if not info.has_model:
        return t("play.draw.no_model_yet")
    if tuple(info.input_shape) != (28, 28, 1):
        shape = "×".join(str(v) for v in info.input_shape) or t("play.draw.unknown_shape")
        return t("play.draw.wrong_input", shape=shape)
    if not is_digit_model(info.input_shape, info.dataset):
        return t("play.draw.not_digits", dataset=info.dataset or t("play.draw.unknown_dataset"))
    return None


def model_options() -> tuple[list[ModelOption], list[ExcludedRun]]:
    """The bundled model first, then every saved MNIST run with a 28×28×1 input; the others with why not."""
    options = [ModelOption(None)]
    excluded: list[ExcludedRun] = []
    for info in current_workspace().list_runs():
        reason = _exclusion_reason(info)
        if reason:
            excluded.append(ExcludedRun(info.name, reason))
            continue
        options.append(ModelOption(str(info.path), info.name, info.best_val_accuracy))
    return options, excluded


def model_for(option: ModelOption) -> DrawModel:
    """The chosen model, described by a worker (which loads it on first use); ModelLoadError or OSError when its
    file is damaged or gone."""
    if option.run_dir is None:
        return DrawModel(workers.describe(ModelRef.of_file(default_model_path()), t("play.draw.loading_bundled")),
                         DIGIT_CLASSES)
    chosen = runfiles.choose_model(option.run_dir)
    model = workers.describe(ModelRef.of_file(chosen.value), t("play.draw.loading_run"))
    if tuple(model.info.input_shape) != DIGIT_SHAPE:  # run.json says digits, the model file says otherwise
        raise runs.RunError("play.runfiles.model_not_digits", file=chosen.value.name,
                            model=runfiles.shape_text(tuple(model.info.input_shape)))
    return DrawModel(model, class_names_of_run(option.run_dir, model.info.n_classes), chosen.problems)


def remember_upload() -> None:
    """Keep the uploaded photo for the session (the uploader forgets it when the page is left)."""
    uploaded = state.widget_value("draw_upload")
    state.DRAW_UPLOAD.set(None if uploaded is None else (uploaded.name, uploaded.getvalue()))


@functools.lru_cache(maxsize=1)
def _sample_by_digit() -> tuple[np.ndarray, ...]:
    """The bundled MNIST sample's images (28×28 uint8), grouped by digit 0-9; numpy only (no Keras here)."""
    try:
        with np.load(SAMPLE_FILE, allow_pickle=False) as archive:
            images, labels = archive["images"], archive["labels"]
    except (OSError, KeyError, ValueError) as exc:
        raise DataError("data.sample_unreadable", path=str(SAMPLE_FILE), reason=str(exc)) from None
    return tuple(images[labels == digit] for digit in range(10))


def example_count() -> int:
    """How many examples every digit offers (the fewest any digit has, so one number suits them all)."""
    return min(len(images) for images in _sample_by_digit())


def example_digit(digit: int, number: int) -> np.ndarray:
    """The `number`-th (from 1) handwritten `digit` of the bundled sample, as a 28×28 float image in [0, 1]."""
    images = _sample_by_digit()[digit]
    return images[(number - 1) % len(images)].astype(np.float32) / 255.0
