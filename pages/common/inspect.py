"""Look-inside pages: process-wide caches (models, datasets, feature maps) and the shared run picker."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import streamlit as st

from cnnviz import i18n, inference
from cnnviz.data.classnames import display_class_names
from cnnviz.i18n import CnnvizError, Literal, Message, t
from cnnviz.inference import ModelRef
from cnnviz.inspect.predict import DIGIT_CLASSES, default_model_path, is_digit_model
from cnnviz.learn.attempts import record_look
from cnnviz.models import modelfile
from cnnviz.runs import files as runfiles
from cnnviz.runs import store as runs
from pages.common import explaining, state, workers
from pages.common.text import plain
from pages.common.workers import RemoteModel
from pages.common.workspace import current_workspace

if TYPE_CHECKING:
    from cnnviz.inspect.extract import Evaluation

SPLITS = ("test", "validation", "train")
WEIGHTS = ("final", "best")


def split_name(split: str) -> str:
    """'test' → 'test' / '테스트 세트': a split's name in the current language (the option values stay ids)."""
    return t(f"common.inspectpages.split_{split}") if split in SPLITS else split


def split_help() -> str:
    return t("common.inspectpages.split_help")


def pick_split(key: str, **widget: object) -> str:
    """The split radio every look-inside page shows (values: SPLITS)."""
    return st.radio(t("common.inspectpages.split"), SPLITS, index=state.held_index(key, SPLITS), key=key,
                    format_func=split_name, help=split_help(), persist_state=state.KEEP, **widget)


@dataclass(frozen=True)
class RunChoice:
    info: runs.RunInfo
    which: str  # "final" or "best"
    data_problem: Message | None = None  # why the run's own images cannot go through its model (damaged files)

    @property
    def run_dir(self) -> str:
        return str(self.info.path)

    @property
    def folder(self) -> Path:
        """Where results about this model may be cached (patterns, predictions): its run folder."""
        return self.info.path

    @property
    def has_dataset(self) -> bool:
        """Whether the model comes with the dataset it learned (a run does, unless its files say otherwise; an
        uploaded model does not)."""
        return self.data_problem is None

    @property
    def model_file(self) -> Path:
        return runfiles.choose_model(self.info.path, self.which).value

    @property
    def stamp(self) -> str:
        """Changes when the model file is rewritten, so caches keyed on it never serve stale results."""
        path = self.model_file
        return f"{path.name}:{path.stat().st_mtime_ns}"

    # ---- the model-source interface shared with uploaded models and the bundled digit model
    kind = "run"

    @property
    def label(self) -> str:
        return _run_label(self.info)

    @property
    def is_digit(self) -> bool:
        """Whether it learned handwritten digits (MNIST) from 28×28 grey images: a drawing means something to it."""
        return is_digit_model(self.info.input_shape, self.info.dataset)


@dataclass(frozen=True)
class UploadedModelChoice:
    """A Keras model uploaded on the My models page: no dataset, no history, no initial weights."""

    stored: modelfile.StoredModel
    which: str = "final"
    info: None = None
    kind = "upload"
    has_dataset = False

    @property
    def run_dir(self) -> str:
        """The model's folder (pages pass it to `class_names`; it is not a run, so it has no split)."""
        return str(self.stored.path)

    @property
    def folder(self) -> Path:
        return self.stored.path

    @property
    def model_file(self) -> Path:
        return self.stored.model_file

    @property
    def stamp(self) -> str:
        return f"{self.stored.sha256[:16]}:{self.model_file.stat().st_mtime_ns}"

    @property
    def label(self) -> str:
        return _upload_label(self.stored)

    @property
    def is_digit(self) -> bool:
        return tuple(self.stored.input_shape) == (28, 28, 1) and tuple(self.stored.class_names) == DIGIT_CLASSES


@dataclass(frozen=True)
class BundledModelChoice:
    """The digit CNN that ships with cnnviz (offered on Predict, so it works before anything is trained)."""

    which: str = "final"
    info: None = None
    kind = "bundled"
    has_dataset = False
    is_digit = True

    @property
    def run_dir(self) -> str:
        return str(self.folder)

    @property
    def folder(self) -> Path:
        return default_model_path().parent

    @property
    def model_file(self) -> Path:
        return default_model_path()

    @property
    def stamp(self) -> str:
        return f"bundled:{self.model_file.stat().st_mtime_ns}"

    @property
    def label(self) -> str:
        return t("common.ownpages.bundled_model")


ModelChoice = RunChoice | UploadedModelChoice | BundledModelChoice


def model_ref(choice: ModelChoice) -> ModelRef:
    """What the workers load for this choice (OSError when its file has gone)."""
    return ModelRef(str(choice.model_file), choice.stamp)
BUNDLED = "bundled"  # the picker's value for the bundled digit model (runs and uploads are folder paths)


# ---------------------------------------------------------------- the model, its data and its results (workers)


def pick_run_and_model(key: str, *, bundled: bool = False,
                       first: Callable[[dict[str, Any]], str] | None = None) -> tuple[ModelChoice, RemoteModel]:
    """The model picker (the workspace's runs and uploaded models; with `bundled`, the bundled digit model too)
    and the chosen model; stops the page, after saying why, when there is none or it cannot be loaded. `first`
    picks what the picker shows before the user has chosen anything (by default the newest run)."""
    choice = pick_run(key, bundled=bundled, first=first)
    if choice is None:
        st.stop()
    if isinstance(choice, RunChoice):
        damaged_file_warnings(runfiles.choose_model(choice.info.path, choice.which).problems)
    try:
        model = workers.describe(model_ref(choice), t("common.inspectpages.loading_model"))
    except Exception as exc:  # a damaged or incompatible .keras file, or one deleted meanwhile
        if isinstance(choice, RunChoice):
            st.error(t("common.ownpages.cannot_load_run", file=choice.model_file.name, reason=plain(exc, limit=600)))
        else:
            st.error(t("common.ownpages.cannot_load_model", name=plain(choice.label), reason=plain(exc, limit=600)))
        st.stop()
    if isinstance(choice, RunChoice):
        problem = runfiles.data_problem(choice.info, choice.model_file, tuple(model.info.input_shape))
        if problem is not None:
            damaged_file_warnings((problem,))
            choice = replace(choice, data_problem=problem)
    return choice, model


def damaged_file_warnings(problems: tuple[Message, ...]) -> None:
    """What is wrong with a run's files and what is shown instead (cnnviz.runs.files), one warning each."""
    for problem in problems:
        st.warning(plain(str(problem), limit=600), icon=":material/broken_image:")


def split_size(run_dir: str, split: str) -> int:
    """How many images the run's split has (its data stays in the workers, which load it the first time)."""
    with st.spinner(t("common.inspectpages.loading_split")):  # shown only when it takes a while (not a cache hit)
        return _split_size(run_dir, split)


@workers.cached(max_entries=32)
def _split_size(run_dir: str, split: str) -> int:
    return workers.pool().call(inference.split_size, run_dir, split)


@workers.cached(max_entries=128)
def dataset_image(run_dir: str, split: str, index: int) -> tuple[np.ndarray, int]:
    """One image of the run's split and its label."""
    image, label, _ = workers.pool().call(inference.dataset_image, run_dir, split, int(index))
    return image, label


def class_names(run_dir: str, n_classes: int) -> tuple[str, ...]:
    """The names the run trained with (recorded in its folder: a user dataset's own), or an uploaded model's (its
    model.json), without loading any data; numbered when they are unknown."""
    names = runs.run_class_names(run_dir)
    if names is None and (Path(run_dir) / modelfile.META_FILE).is_file():  # an uploaded model keeps its own
        names = modelfile.read_stored_model(run_dir).class_names or None
    if names is None and Path(run_dir) == default_model_path().parent:
        names = DIGIT_CLASSES
    return names if names is not None and len(names) == n_classes else tuple(str(i) for i in range(n_classes))


EVALUATIONS_KEPT = 8  # a 10,000-image split's evaluation is ~0.5 MB


def split_evaluation(choice: RunChoice, model: RemoteModel, split: str) -> Evaluation:
    """How the model does on a whole split: kept in this process (a click on the matrix needs no worker), else
    from the run folder's cache file or predicted with a progress bar, in a worker (which holds the data)."""
    kept = explaining.results_cache("split_evaluations", EVALUATIONS_KEPT)
    key = (model.ref, choice.run_dir, split, choice.which)
    found = kept.get(key)
    if found is not None:
        return found
    bar = st.progress(0.0, text=t("common.inspectpages.predicting", n=split_size(choice.run_dir, split),
                                  split=split_name(split)))

    def report(done: int, total: int) -> None:
        bar.progress(done / max(total, 1),
                     text=t("common.inspectpages.predicting_progress", split=split_name(split), done=done, total=total))

    evaluation = workers.on_model(model, inference.split_evaluation, choice.run_dir, split, choice.which,
                                  str(choice.model_file), progress=report)
    bar.empty()
    kept.put(key, evaluation)
    return evaluation


@workers.cached(max_entries=64)
def dataset_images(run_dir: str, split: str, indices: tuple[int, ...]) -> np.ndarray:
    """The run's images at `indices` of a split (a confusion cell's gallery)."""
    return workers.pool().call(inference.dataset_images, run_dir, split, list(indices))


def initial_ref(choice: ModelChoice) -> runfiles.Read[ModelRef | None]:
    """The exact weights the run started from, if the training job saved them (initial.weights.h5) and they can be
    used; else None, with what is wrong."""
    if not isinstance(choice, RunChoice):
        return runfiles.Read(None)
    read = runfiles.read_initial_weights(choice.run_dir)
    ref = inference.ModelRef.initial_of_run(choice.run_dir) if read.value is not None else None
    return runfiles.Read(ref, read.problems)


# ---------------------------------------------------------------- run picker


def _run_label(info: runs.RunInfo) -> str:
    accuracy = (t("common.inspectpages.val_acc", accuracy=info.best_val_accuracy)
                if isinstance(info.best_val_accuracy, float) else t("common.inspectpages.no_val_acc"))
    dataset = t("common.ownpages.run_own_dataset") if info.dataset == "user" else info.dataset
    status = runs.status_label(info.status)
    return f"{info.name} · {dataset} · {accuracy} · {status} · {info.created[:16].replace('T', ' ')}"


def _upload_label(stored: modelfile.StoredModel) -> str:
    shape = "×".join(str(v) for v in stored.input_shape)
    with i18n.fields_as_given():  # an option of a select box: text, not Markdown
        return t("common.ownpages.upload_label", name=stored.name, shape=shape, n=len(stored.class_names))


def no_run_message() -> None:
    st.info(t("common.ownpages.no_model_yet"), icon=":material/info:")
    row = st.container(horizontal=True)
    try:
        row.page_link("pages/build/train.py", label=t("common.ownpages.go_train"), icon=":material/model_training:")
        row.page_link("pages/look/models.py", label=t("common.ownpages.go_models"), icon=":material/upload_file:")
    except Exception:  # the pages are not in this app's navigation (e.g. a page run on its own)
        st.markdown(t("common.ownpages.open_train_in_nav"))


def damaged_model_message() -> None:
    """Runs left out of the picker because every model file they have is damaged, named with the files."""
    damaged = [info for info in current_workspace().list_runs() if info.damaged_models and not info.has_model]
    if damaged:
        names = Literal("; ".join(f"{plain(info.name, 60)} ({plain(', '.join(info.damaged_models))})"
                                  for info in damaged))
        st.warning(t("common.ownpages.damaged_models", runs=names), icon=":material/broken_image:")


def model_sources(bundled: bool = False) -> dict[str, runs.RunInfo | modelfile.StoredModel | None]:
    """What the picker offers, by its value: runs with a model (folder path), intact uploaded models (folder
    path), and with `bundled` the bundled digit model (BUNDLED)."""
    workspace = current_workspace()
    sources: dict[str, runs.RunInfo | modelfile.StoredModel | None] = {
        str(info.path): info for info in workspace.list_runs() if info.has_model}
    for stored in modelfile.list_model_files(workspace.models_dir):
        if stored.problem is None:
            sources[str(stored.path)] = stored
    if bundled:
        sources[BUNDLED] = None
    return sources


def _source_label(source: runs.RunInfo | modelfile.StoredModel | None) -> str:
    if isinstance(source, runs.RunInfo):
        return _run_label(source)
    if isinstance(source, modelfile.StoredModel):
        return _upload_label(source)
    return t("common.ownpages.bundled_model")


def _follow_the_shared_choice(widget_key: str, shared: object, values: list[str]) -> None:
    """Show the session's one choice (of model, or of weights) in this page's picker when this page offers it
    (another page may have made it); else keep the picker's own value, or its first option when that has gone."""
    if shared is not None and str(shared) in values:
        state.set_widget_value(widget_key, str(shared))
    elif state.widget_value(widget_key) is not None and state.widget_value(widget_key) not in values:
        state.set_widget_value(widget_key, values[0])  # the remembered one was deleted


def _share_choice(widget_key: str, shared: state.Slot) -> None:
    shared.set(state.widget_value(widget_key))


def pick_run(key: str, bundled: bool = False,
             first: Callable[[dict[str, Any]], str] | None = None) -> ModelChoice | None:
    """Model selector (runs, uploaded models, optionally the bundled digit model) and, for a run, final/best
    weights; None (after saying what to do) when there is nothing to look inside."""
    sources = model_sources(bundled)
    damaged_model_message()
    if not sources:
        no_run_message()
        return None
    values = list(sources)
    run_key, which_key = f"{key}_run", f"{key}_which"
    target = state.INSPECT_TARGET.get()  # another page sent an image of a run here: show that run, those weights
    if target and str(target.get("run")) in values:
        state.CURRENT_RUN.set(str(target["run"]))
        if target.get("which") in WEIGHTS:
            state.CURRENT_WEIGHTS.set(target["which"])
    _follow_the_shared_choice(run_key, state.CURRENT_RUN.get(), values)
    if first is not None and state.widget_value(run_key) is None:
        state.set_widget_value(run_key, first(sources))
    row = st.container(horizontal=True, vertical_alignment="bottom")
    chosen = row.selectbox(t("common.ownpages.model_picker"), values, index=state.held_index(run_key, values),
                           key=run_key,
                           on_change=_share_choice, args=(run_key, state.CURRENT_RUN),
                           format_func=lambda v: _source_label(sources[v]), width=560, persist_state=state.KEEP,
                           help=t("common.ownpages.model_picker_help"))
    source = sources[chosen]
    if source is None:
        return BundledModelChoice()
    if isinstance(source, modelfile.StoredModel):
        return UploadedModelChoice(source)
    _follow_the_shared_choice(which_key, state.CURRENT_WEIGHTS.get(), WEIGHTS)
    which = row.radio(t("common.comparepages.stats.weights"), WEIGHTS, horizontal=True,
                      index=state.held_index(which_key, WEIGHTS), key=which_key, on_change=_share_choice,
                      args=(which_key, state.CURRENT_WEIGHTS),
                      format_func=lambda w: t(f"common.comparepages.stats.weights_{w}"),
                      help=t("common.inspectpages.model_help"),
                      persist_state=state.KEEP)
    if source.status == "running":
        st.caption(t("common.inspectpages.still_training"))
    return RunChoice(source, which)


# ---------------------------------------------------------------- image chooser (feature-map page)

SOURCES = ("dataset", "upload", "drawing")  # ids; shown with source_label
_SOURCE_KEYS = {"dataset": "common.inspectpages.source_dataset", "upload": "common.ownpages.predict_source_upload",
                "drawing": "common.inspectpages.source_drawing"}


def source_label(source: str) -> str:
    return t(_SOURCE_KEYS[source]) if source in _SOURCE_KEYS else source


@dataclass(frozen=True)
class ChosenImage:
    image: np.ndarray  # (H, W, C) float32 in [0, 1], the model's input shape
    caption: str
    true_class: int | None = None
    split: str | None = None  # where in the run's dataset it comes from (None: uploaded or drawn)
    index: int | None = None


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
    row = st.container(horizontal=True, vertical_alignment="bottom")
    left = middle = right = row
    split = left.selectbox(t("common.inspectpages.split"), SPLITS, index=state.held_index(f"{key}_split", SPLITS),
                           key=f"{key}_split", format_func=split_name, help=split_help(), width=200,
                           persist_state=state.KEEP)
    size = split_size(choice.run_dir, split)
    if size == 0:
        st.warning(t("common.inspectpages.empty_split", split=split_name(split)))
        return None
    if state.widget_value(f"{key}_index", 0) >= size:
        state.set_widget_value(f"{key}_index", 0)
    index = middle.number_input(t("common.inspectpages.image_index", last=size - 1), 0, size - 1,
                                state.held(f"{key}_index", "min"), key=f"{key}_index",
                                help=t("common.inspectpages.image_index_help"), width=220, persist_state=state.KEEP)
    right.button(t("common.inspectpages.random"), icon=":material/casino:", key=f"{key}_random", on_click=_random_index,
                 args=(key, size), help=t("common.inspectpages.random_help"))
    image, true_class = dataset_image(choice.run_dir, split, int(index))
    shown = display_class_names(names)
    label = plain(shown[true_class]) if true_class < len(shown) else str(true_class)
    caption = t("common.inspectpages.dataset_caption", split=split_name(split), index=index, label=label)
    return ChosenImage(image, caption, true_class, split, int(index))


def _uploaded_image(input_shape: tuple[int, ...], key: str) -> ChosenImage | None:
    from cnnviz.data.preprocess import (
        ImageError,
        as_float_array,
        load_image,
        looks_dark_on_light,
        to_grayscale,
        to_model_input,
    )

    st.file_uploader(t("common.ownpages.predict_file"), type=["png", "jpg", "jpeg", "bmp", "gif", "webp"],
                     key=f"{key}_upload", on_change=_remember_upload, args=(key,),
                     help=t("common.inspectpages.image_file_help", height=input_shape[0], width=input_shape[1],
                            channels=input_shape[2]))
    upload = state.UPLOADED_IMAGES.get().get(key)  # kept when the page is left: the uploader itself forgets
    if upload is None:
        st.caption(t("common.inspectpages.upload_prompt"))
        return None
    name, data = upload
    try:
        picture = load_image(data)
        dark_on_light = input_shape[-1] == 1 and looks_dark_on_light(to_grayscale(as_float_array(picture)))
        invert_key = f"{key}_invert_{hashlib.sha1(data).hexdigest()[:10]}"  # each picture its own choice
        invert = st.checkbox(t("common.inspectpages.invert"), value=state.held(invert_key, dark_on_light),
                             key=invert_key,
                             persist_state=state.KEEP, help=t("common.inspectpages.invert_help"))
        image = to_model_input(picture, input_shape, invert=invert)
    except ImageError as exc:
        st.error(t("common.inspectpages.cannot_use", name=plain(name), reason=exc))
        return None
    return ChosenImage(image, t("common.inspectpages.uploaded_caption", name=plain(name), width=picture.width,
                                height=picture.height, input_height=input_shape[0], input_width=input_shape[1]))


def _remember_upload(key: str) -> None:
    uploaded = state.widget_value(f"{key}_upload")
    kept = dict(state.UPLOADED_IMAGES.get())
    if uploaded is None:
        kept.pop(key, None)
    else:
        kept[key] = (uploaded.name, uploaded.getvalue())
    state.UPLOADED_IMAGES.set(kept)


def _last_drawing(choice: ModelChoice, input_shape: tuple[int, ...]) -> ChosenImage | None:
    info = choice.info
    if isinstance(choice, UploadedModelChoice) and not choice.is_digit:
        st.caption(t("common.ownpages.drawing_unknown_model"))
    elif info is not None and not choice.is_digit:
        st.warning(t("common.inspectpages.drawing_wrong_dataset",
                     dataset=plain(info.dataset or t("common.inspectpages.unknown_dataset"))), icon=":material/block:")
        return None
    drawing = state.LAST_DRAWING.get()
    if drawing is None:
        st.info(t("common.inspectpages.nothing_drawn"))
        return None
    from cnnviz.data.preprocess import to_model_input

    image = np.asarray(drawing, dtype=np.float32)
    if image.shape != tuple(input_shape):
        image = to_model_input(image[..., 0] if image.ndim == 3 else image, input_shape)
    return ChosenImage(image, t("common.inspectpages.your_drawing"))


def choose_image(choice: ModelChoice, input_shape: tuple[int, ...], names: tuple[str, ...], key: str
                 ) -> ChosenImage | None:
    if not choice.has_dataset:  # an uploaded model: no dataset split to take an image from
        source = st.radio(t("common.ownpages.predict_source"), SOURCES[1:], horizontal=True,
                          index=state.held_index(f"{key}_source_own", SOURCES[1:]), key=f"{key}_source_own",
                          format_func=source_label, help=t("common.inspectpages.source_help"), persist_state=state.KEEP)
        if choice.kind != "run":  # a run whose images cannot be used has said why above
            st.caption(t("common.ownpages.no_dataset_images"))
        if source == SOURCES[1]:
            return _uploaded_image(input_shape, key)
        return _last_drawing(choice, input_shape)
    _apply_target(choice.run_dir, key)
    source = st.radio(t("common.ownpages.predict_source"), SOURCES, horizontal=True,
                      index=state.held_index(f"{key}_source", SOURCES), key=f"{key}_source", format_func=source_label,
                      help=t("common.inspectpages.source_help"), persist_state=state.KEEP)
    if source == SOURCES[0]:
        return _dataset_image(choice, key, names)
    if source == SOURCES[1]:
        return _uploaded_image(input_shape, key)
    return _last_drawing(choice, input_shape)


def remember_look(choice: Any, chosen: Any, predicted: int) -> None:
    """Keep that the student opened this test image of one of their runs (a lesson's look exercise reads it)."""
    if not isinstance(choice, RunChoice) or chosen.split != "test" or chosen.true_class is None:
        return
    seen = (choice.run_dir, chosen.index, predicted)
    if state.LAST_LOOK.get() == seen:  # once per image, not on every rerun
        return
    try:
        record_look(current_workspace(), choice.info.path.name, chosen.index, chosen.true_class, predicted)
        state.LAST_LOOK.set(seen)
    except CnnvizError:
        pass  # a full disk must not take the Explain page with it
