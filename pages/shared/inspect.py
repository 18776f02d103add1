"""Look-inside pages: process-wide caches (models, datasets, feature maps) and the shared run picker."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import streamlit as st

from cnnviz import extract, runs
from cnnviz.predict import run_class_names
from pages.shared import state

if TYPE_CHECKING:
    import keras

    from cnnviz.data import Dataset, Split

SPLITS = ("test", "validation", "train")
SPLIT_HELP = (
    "Which images to judge the network on. **train**: the images it learned from (high accuracy here and "
    "low elsewhere means it memorised them: overfitting). **validation**: held out during training and used "
    "to pick the best epoch. **test**: never used for any decision, so the honest estimate of how it will do "
    "on new images."
)
MODEL_HELP = (
    "**final**: the weights at the end of training. **best**: the checkpoint with the highest validation "
    "accuracy (what early stopping would keep). They are the same file when the best epoch was the last."
)


@dataclass(frozen=True)
class RunChoice:
    info: runs.RunInfo
    which: str  # "final" or "best"

    @property
    def run_dir(self) -> str:
        return str(self.info.path)

    @property
    def model_file(self) -> Path:
        return runs.model_path(self.info.path, self.which)

    @property
    def stamp(self) -> str:
        """Changes when the model file is rewritten, so caches keyed on it never serve stale results."""
        path = self.model_file
        return f"{path.name}:{path.stat().st_mtime_ns}"


# ---------------------------------------------------------------- caches


@st.cache_resource(show_spinner="Loading the trained model…", max_entries=8)
def cached_model(model_file: str, stamp: str) -> keras.Model:
    import keras

    return keras.models.load_model(model_file)


def load_model(choice: RunChoice) -> keras.Model:
    return cached_model(str(choice.model_file), choice.stamp)


def pick_run_and_model(key: str) -> tuple[RunChoice, keras.Model]:
    """The run picker and the chosen run's model; stops the page, after saying why, when there is no run
    or its model cannot be loaded."""
    choice = pick_run(key)
    if choice is None:
        st.stop()
    try:
        return choice, load_model(choice)
    except Exception as exc:  # a damaged or incompatible .keras file
        st.error(f"Cannot load the model of this run ({choice.model_file.name}): {exc}")
        st.stop()


@st.cache_resource(show_spinner="Loading the run's dataset and recreating its split…", max_entries=4)
def cached_run_split(run_dir: str) -> tuple[Dataset, Split]:
    return runs.run_split(run_dir)


def split_arrays(run_dir: str, split: str) -> tuple[np.ndarray, np.ndarray]:
    dataset, parts = cached_run_split(run_dir)
    if split == "test":
        return dataset.x_test, dataset.y_test
    if split == "validation":
        return parts.x_val, parts.y_val
    return parts.x_train, parts.y_train


def class_names(run_dir: str, n_classes: int) -> tuple[str, ...]:
    """From the run's recorded dataset name, without loading the data; numbered when it is unknown."""
    names = run_class_names(runs.load_run(run_dir).dataset)
    return names if names is not None and len(names) == n_classes else tuple(str(i) for i in range(n_classes))


@st.cache_data(show_spinner=False, max_entries=64)
def cached_feature_maps(model_file: str, stamp: str, image: np.ndarray, layers: tuple[str, ...]
                        ) -> dict[str, np.ndarray]:
    return extract.feature_maps(cached_model(model_file, stamp), image, list(layers))


@st.cache_data(show_spinner=False, max_entries=64)
def cached_probabilities_one(model_file: str, stamp: str, image: np.ndarray) -> np.ndarray:
    return extract.predict_probabilities(cached_model(model_file, stamp), image)[0]


@st.cache_data(show_spinner=False, max_entries=64)
def cached_grad_cam(model_file: str, stamp: str, image: np.ndarray, class_index: int, layer: str) -> np.ndarray:
    return extract.grad_cam(cached_model(model_file, stamp), image, class_index, layer)


def split_probabilities(choice: RunChoice, split: str) -> np.ndarray:
    """Predictions for a whole split: from the run folder's cache file, else computed with a progress bar."""
    images, _ = split_arrays(choice.run_dir, split)
    cache_file = choice.info.path / f"predictions_{choice.which}_{split}.npz"
    bar = st.progress(0.0, text=f"Predicting {len(images):,} {split} images…")

    def report(done: int, total: int) -> None:
        bar.progress(done / max(total, 1), text=f"Predicting {split} images: {done:,} / {total:,}")

    probabilities = extract.cached_probabilities(cache_file, load_model(choice), images, choice.model_file,
                                                 progress=report)
    bar.empty()
    return probabilities


@st.cache_resource(show_spinner="Rebuilding the run's initial weights…", max_entries=4)
def cached_initial_model(run_dir: str, stamp: str) -> keras.Model | None:
    """The exact weights the run started from, if the training job saved them (initial.weights.h5)."""
    path = Path(run_dir) / runs.INITIAL_WEIGHTS
    if not path.exists():
        return None
    from cnnviz.builder import build_model

    model = build_model(runs.load_architecture(run_dir))
    model.load_weights(path)
    return model


# ---------------------------------------------------------------- run picker


def _run_label(info: runs.RunInfo) -> str:
    accuracy = f"val acc {info.best_val_accuracy:.3f}" if isinstance(info.best_val_accuracy, float) else "no val acc"
    return f"{info.name} · {info.dataset} · {accuracy} · {info.status} · {info.created[:16].replace('T', ' ')}"


def no_run_message() -> None:
    st.info("There is no trained run to look inside yet. Train a network first (a couple of epochs on the MNIST "
            "sample take under a minute), then come back here.", icon=":material/info:")
    try:
        st.page_link("pages/train.py", label="Go to Train", icon=":material/model_training:")
    except Exception:  # the Train page is not in this app's navigation (e.g. a page run on its own)
        st.markdown("Open **Train** in the navigation.")


def pick_run(key: str) -> RunChoice | None:
    """Run and model (final/best) selectors; None (after saying what to do) when there is no usable run."""
    available = [info for info in runs.list_runs() if info.has_model]
    if not available:
        no_run_message()
        return None
    preferred = state.CURRENT_RUN.get()
    by_path = {str(info.path): info for info in available}
    paths = list(by_path)
    index = paths.index(str(preferred)) if preferred is not None and str(preferred) in paths else 0
    left, right = st.columns([4, 1])
    chosen = left.selectbox("Run", paths, index=index, format_func=lambda p: _run_label(by_path[p]),
                            key=f"{key}_run",
                            help="A saved training run (newest first). Each run keeps its architecture, its "
                                 "training settings, its data split and its trained weights.")
    info = by_path[chosen]
    which = right.radio("Weights", ("final", "best"), horizontal=True, key=f"{key}_which", help=MODEL_HELP)
    state.CURRENT_RUN.set(info.path)
    if info.status == "running":
        st.caption("This run is still training: you see the latest saved checkpoint.")
    return RunChoice(info, which)


# ---------------------------------------------------------------- image chooser (feature-map page)

SOURCES = ("Dataset image", "Upload an image", "Last drawing")
SOURCE_HELP = (
    "What to feed the network. A **dataset image** comes with its true label, so you can see whether the "
    "prediction is right. An **uploaded** photo or drawing (PNG/JPEG, any size) is converted the same way every "
    "time: resized to the model's input and turned grey or RGB to match it. The **last drawing** is the digit "
    "you drew on the Draw page."
)


@dataclass(frozen=True)
class ChosenImage:
    image: np.ndarray  # (H, W, C) float32 in [0, 1], the model's input shape
    caption: str
    true_class: int | None = None


def _apply_target(run_dir: str, key: str) -> None:
    """If the confusion page sent an image here, preselect it (once)."""
    target = state.INSPECT_TARGET.get()
    if not target or target.get("run") != run_dir:
        return
    state.set_widget_value(f"{key}_source", SOURCES[0])
    state.set_widget_value(f"{key}_split", target["split"])
    state.set_widget_value(f"{key}_index", int(target["index"]))
    state.INSPECT_TARGET.set(None)


def _random_index(key: str, size: int) -> None:
    state.set_widget_value(f"{key}_index", int(np.random.default_rng().integers(size)))


def _dataset_image(choice: RunChoice, key: str, names: tuple[str, ...]) -> ChosenImage | None:
    left, middle, right = st.columns([2, 2, 1], vertical_alignment="bottom")
    split = left.selectbox("Split", SPLITS, key=f"{key}_split", help=SPLIT_HELP)
    images, labels = split_arrays(choice.run_dir, split)
    if len(images) == 0:
        st.warning(f"The {split} split of this run is empty.")
        return None
    if state.widget_value(f"{key}_index", 0) >= len(images):
        state.set_widget_value(f"{key}_index", 0)
    index = middle.number_input(f"Image index (0–{len(images) - 1:,})", 0, len(images) - 1, key=f"{key}_index",
                                help="Position of the image in the chosen split. Use the dice for a random one.")
    right.button("Random", icon=":material/casino:", key=f"{key}_random", on_click=_random_index,
                 args=(key, len(images)), help="Pick a random image of this split.")
    true_class = int(labels[index])
    label = names[true_class] if true_class < len(names) else str(true_class)
    return ChosenImage(images[index], f"{split} image #{index:,}: true class {label}", true_class)


def _uploaded_image(input_shape: tuple[int, ...], key: str) -> ChosenImage | None:
    from cnnviz.preprocess import (
        ImageError,
        as_float_array,
        load_image,
        looks_dark_on_light,
        to_grayscale,
        to_model_input,
    )

    upload = st.file_uploader("Image file", type=["png", "jpg", "jpeg", "bmp", "gif", "webp"], key=f"{key}_upload",
                              help="Any size or colour mode; it is resized to the model's input "
                                   f"({input_shape[0]}×{input_shape[1]}×{input_shape[2]}).")
    if upload is None:
        st.caption("Upload a photo or drawing to see what the network makes of it.")
        return None
    try:
        picture = load_image(upload.getvalue())
        dark_on_light = input_shape[-1] == 1 and looks_dark_on_light(to_grayscale(as_float_array(picture)))
        invert = st.checkbox("Invert (dark object on a light background)", value=dark_on_light, key=f"{key}_invert",
                             help="MNIST and Fashion-MNIST show a light object on a black background. A photo "
                                  "of dark ink or a garment on white paper must be inverted to look like them; "
                                  "this is ticked automatically when the image's border is mostly light.")
        image = to_model_input(picture, input_shape, invert=invert)
    except ImageError as exc:
        st.error(f"Cannot use {upload.name}: {exc}")
        return None
    return ChosenImage(image, f"uploaded {upload.name} ({picture.width}×{picture.height} → "
                              f"{input_shape[0]}×{input_shape[1]})")


def _last_drawing(input_shape: tuple[int, ...]) -> ChosenImage | None:
    slot = getattr(state, "LAST_DRAWING", None)  # declared by the Draw page
    drawing = slot.get() if slot is not None else None
    if drawing is None:
        st.info("Nothing drawn yet: draw a digit on the Draw page first, then come back.")
        return None
    from cnnviz.preprocess import to_model_input

    image = np.asarray(drawing, dtype=np.float32)
    if image.shape != tuple(input_shape):
        image = to_model_input(image[..., 0] if image.ndim == 3 else image, input_shape)
    return ChosenImage(image, "your last drawing")


def choose_image(choice: RunChoice, input_shape: tuple[int, ...], names: tuple[str, ...], key: str
                 ) -> ChosenImage | None:
    _apply_target(choice.run_dir, key)
    source = st.radio("Image", SOURCES, horizontal=True, key=f"{key}_source", help=SOURCE_HELP)
    if source == SOURCES[0]:
        return _dataset_image(choice, key, names)
    if source == SOURCES[1]:
        return _uploaded_image(input_shape, key)
    return _last_drawing(input_shape)
