"""Predict: any run, uploaded model or the bundled digit model on a photo or a webcam shot. The image is prepared
the way that model's training images were (shown step by step), then the top classes, Grad-CAM and the first
convolution layers' feature maps. The Draw page is the digit case of the same result panels."""

from __future__ import annotations

from typing import Any

import streamlit as st

from cnnviz.data.classnames import display_class_names
from cnnviz.data.datasets import USER_DATASET
from cnnviz.i18n import Literal, t
from cnnviz.inspect.predict import is_digit_model
from cnnviz.inspect.prepare import (
    Preparation,
    Prepared,
    PrepareError,
    preparation_for_model,
    preparation_for_run,
    prepare,
)
from cnnviz.runs import store as runs
from pages.common import inspect as shared
from pages.common import state, workers
from pages.common.text import plain
from pages.play.results import prediction_panel, received_panel, why_panel

SOURCES = ("upload", "camera")
INVERT = {"auto": None, "yes": True, "no": False}
IMAGE_TYPES = ["png", "jpg", "jpeg", "bmp", "gif", "webp", "tif", "tiff"]


def _remember(source: str, widget_key: str) -> None:
    """Keep the image for the session (an uploader or camera forgets it when the page is left)."""
    value = state.widget_value(widget_key)
    kept = dict(state.PREDICT_IMAGES.get())
    if value is None:
        kept.pop(source, None)
    else:
        kept[source] = (value.name, value.getvalue())
    state.PREDICT_IMAGES.set(kept)


def preparation_of(choice: shared.ModelChoice, input_shape: tuple[int, int, int]) -> Preparation:
    """How this model's images were made: a run's record, the bundled model's MNIST steps, or (an uploaded model,
    whose data is unknown) a plain resize, or MNIST's steps when the user says it learned MNIST-style digits."""
    if isinstance(choice, shared.RunChoice):
        try:
            return preparation_for_run(choice.run_dir)
        except Exception:  # an old or damaged run folder: what its input shape and dataset say
            return preparation_for_model(input_shape, choice.is_digit)
    if isinstance(choice, shared.BundledModelChoice):
        return preparation_for_model(input_shape, digits=True)
    if tuple(input_shape) != (28, 28, 1):
        return preparation_for_model(input_shape)
    digits = st.toggle(t("play.ownpages.predict_like_mnist"),
                       value=state.held(f"pr_mnist_{choice.stored.id}", choice.is_digit),
                       key=f"pr_mnist_{choice.stored.id}", help=t("play.ownpages.predict_like_mnist_help"),
                       persist_state=state.KEEP)
    return preparation_for_model(input_shape, digits)


def describe(preparation: Preparation) -> str:
    height, width, channels = preparation.input_shape
    colour = t("play.ownpages.colour_word") if channels == 3 else t("play.ownpages.grey_word")
    if preparation.kind == "user":
        fit = t("common.ownpages.fit_pad_word") if preparation.fit == "pad" else t("common.ownpages.fit_crop_word")
        return t("play.ownpages.predict_prep_user", size=height, colour=colour, fit=fit)
    if preparation.kind == "mnist":
        return t("play.ownpages.predict_prep_mnist")
    return t("play.ownpages.predict_prep_resize", height=height, width=width, colour=colour)


@st.cache_data(show_spinner=False, max_entries=32)
def prepared_image(data: bytes, preparation: Preparation, invert: bool | None) -> Prepared:
    return prepare(data, preparation, invert)

SOURCE_KEYS = {"upload": "common.ownpages.predict_source_upload", "camera": "play.ownpages.predict_source_camera"}


def choose_input() -> tuple[str, bytes] | None:
    source = st.radio(t("common.ownpages.predict_source"), SOURCES, horizontal=True,
                      index=state.held_index("pr_source", SOURCES), key="pr_source",
                      format_func=lambda s: t(SOURCE_KEYS[s]), help=t("play.ownpages.predict_source_help"),
                      persist_state=state.KEEP)
    if source == "upload":
        st.file_uploader(t("common.ownpages.predict_file"), type=IMAGE_TYPES, key="pr_upload", on_change=_remember,
                         args=("upload", "pr_upload"), help=t("play.ownpages.predict_file_help"))
    else:
        st.camera_input(t("play.ownpages.predict_camera"), key="pr_camera", on_change=_remember,
                        args=("camera", "pr_camera"), help=t("play.ownpages.predict_camera_help"), width=420)
    return state.PREDICT_IMAGES.get().get(source)


st.title(t("play.ownpages.predict_title"))
st.caption(t("play.ownpages.predict_intro"))

def photo_model(sources: dict[str, Any]) -> str:
    """Before the user chooses: a model meant for photos like theirs. The newest run on their own images, else the
    newest digit run, else the bundled digit model; a Fashion-MNIST or CIFAR-10 run only when chosen (its answer
    to a photographed digit, "Bag 29%", would say nothing)."""
    found = [(value, source) for value, source in sources.items() if isinstance(source, runs.RunInfo)]
    for wanted in (lambda info: info.dataset == USER_DATASET, lambda info: is_digit_model(info.input_shape,
                                                                                          info.dataset)):
        match = next((value for value, info in found if wanted(info)), None)
        if match is not None:
            return match
    return shared.BUNDLED


choice, model = shared.pick_run_and_model("pr", bundled=True, first=photo_model)
input_shape, n_classes = model.info.input_shape, model.info.n_classes
names = tuple(display_class_names(shared.class_names(choice.run_dir, n_classes)))  # in the reader's language
preparation = preparation_of(choice, input_shape)
model_name = choice.info.name if isinstance(choice, shared.RunChoice) else choice.label
classes = Literal(", ".join(plain(name) for name in names[:4]) + (", …" if len(names) > 4 else ""))
st.caption(t("play.ownpages.predict_answers_with", model=plain(model_name), classes=classes))
st.caption(describe(preparation))

image = choose_input()
if image is None:
    st.info(t("play.ownpages.predict_empty"), icon=":material/add_photo_alternate:")
    st.stop()
filename, data = image
invert = None
if preparation.kind != "user" and preparation.grey:
    invert = INVERT[st.radio(t("play.ownpages.predict_invert"), list(INVERT), horizontal=True,
                             index=state.held_index("pr_invert", list(INVERT)), key="pr_invert",
                             format_func=lambda v: t(f"play.ownpages.invert_{v}"),
                             help=t("play.ownpages.predict_invert_help"),
                             persist_state=state.KEEP)]
try:
    prepared = prepared_image(data, preparation, invert)
except PrepareError as exc:
    st.error(f"{plain(filename)}: {plain(exc, limit=600)}", icon=":material/image_not_supported:")
    st.stop()
if prepared.empty:
    st.error(t("play.ownpages.predict_no_ink", file=plain(filename)), icon=":material/image_not_supported:")
    st.stop()

st.caption(t("play.ownpages.predict_using", file=plain(filename)))
probabilities = workers.probabilities_one(model.ref, prepared.image)
best = prediction_panel(probabilities, names, "pr")
steps = prepared.steps[:-1] if len(prepared.steps) > 1 else prepared.steps
received_panel(steps, prepared.image, "pr", describe(preparation))
why_panel(model, prepared.image, best, names, "pr")
