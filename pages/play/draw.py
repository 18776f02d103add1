"""Draw a digit (or upload a photo of one) and see what the network predicts, what it saw and why."""

import streamlit as st
from streamlit_drawable_canvas import st_canvas

from cnnviz.data.preprocess import EMPTY_IMAGE, MAX_PIXELS, ImageError, Preprocessed, load_image, to_mnist
from cnnviz.i18n import t
from cnnviz.inspect.predict import ModelLoadError
from cnnviz.runs.layout import RunError
from pages.common import state, workers
from pages.common.text import plain
from pages.play.drawing import (
    DrawModel,
    ModelOption,
    example_count,
    example_digit,
    model_for,
    model_options,
    remember_upload,
)
from pages.play.results import prediction_panel, received_panel, why_panel

INVERT = {"auto": None, "yes": True, "no": False}
SOURCES = ["draw", "upload", "example"]  # "example": a bundled handwritten digit, the keyboard's way in

st.title(t("common.nav.draw"))
st.caption(t("play.draw.caption"))

options, excluded = model_options()
choice = st.selectbox(t("play.draw.model"), options, format_func=ModelOption.label, help=t("play.draw.model_help"),
                      index=state.held_index("draw_model", options), key="draw_model", width=560,
                      persist_state=state.KEEP)


def excluded_runs_note() -> None:
    """Which runs cannot draw here and why: under the answer (above it, it pushed a phone's answer out of view)."""
    if excluded:
        with st.expander(t("play.draw.excluded", count=len(excluded))):
            for run in excluded:
                st.markdown(t("play.draw.excluded_line", name=plain(run.name), reason=run.reason))


try:
    chosen: DrawModel = model_for(choice)
except (ModelLoadError, OSError, ValueError, RunError) as exc:
    st.error(t("play.draw.model_failed", reason=exc))
    st.stop()
for note in chosen.notes:
    st.warning(plain(str(note), limit=600), icon=":material/broken_image:")

# The answer beside the canvas, also on a projector (1024 px: about 670 px for the page), where below it would be
# under the fold and the class would see no answer until someone scrolls.
panels = st.container(horizontal=True, gap="small")
left, right = panels.container(width=300, key="draw_controls"), panels.container(width=340)
preprocessed: Preprocessed | None = None
upload: tuple[str, bytes] | None = None
with left:
    source = st.radio(t("play.draw.input"), SOURCES, horizontal=True, help=t("play.draw.input_help"),
                      index=state.held_index("draw_source", SOURCES), key="draw_source",
                      format_func=lambda value: t(f"play.draw.source_{value}"), persist_state=state.KEEP)
    if source == "draw":
        stroke_width = st.slider(t("play.draw.pen_width"), 5, 40, state.held("draw_stroke_width", 20),
                                 help=t("play.draw.pen_width_help"), key="draw_stroke_width", persist_state=state.KEEP)
        if state.widget_value("draw_canvas") is None:  # (re)entering the page: redraw what was drawn before
            state.DRAW_RESTORE.set(state.DRAWING_JSON.get())
        canvas = st_canvas(fill_color="rgba(255, 255, 255, 0.0)", stroke_width=stroke_width, stroke_color="#FFFFFF",
                           background_color="#000000", height=280, width=280, drawing_mode="freedraw",
                           update_streamlit=True, return_image_data=True, key="draw_canvas",
                           initial_drawing=state.DRAW_RESTORE.get())
        st.caption(t("play.draw.toolbar"))
        if canvas.json_data is not None:
            state.DRAWING_JSON.set(canvas.json_data)
        drawn = canvas.image_data  # decodes the canvas's PNG on every access
        if drawn is not None:
            state.DRAWN_PIXELS.set(drawn)
        # A canvas reopened with an earlier drawing shows it but sends no pixels until the next stroke.
        pixels = drawn if drawn is not None else state.DRAWN_PIXELS.get()
        if pixels is not None:
            preprocessed = to_mnist(pixels, invert=False)
    elif source == "example":
        digit = st.selectbox(t("play.draw.example_digit"), list(range(10)), help=t("play.draw.example_digit_help"),
                             index=state.held_index("draw_example_digit", list(range(10))), key="draw_example_digit",
                             persist_state=state.KEEP)
        count = example_count()
        number = st.number_input(t("play.draw.example_number", count=count), 1, count,
                                 min(state.held("draw_example_number", 1), count), step=1,
                                 help=t("play.draw.example_number_help", count=count), key="draw_example_number",
                                 persist_state=state.KEEP)
        st.caption(t("play.draw.example_caption", digit=digit, number=number, count=count))
        preprocessed = to_mnist(example_digit(digit, int(number)), invert=False)
    else:
        st.file_uploader(t("play.draw.upload"), type=["png", "jpg", "jpeg", "bmp", "gif", "webp"],
                         key="draw_upload", on_change=remember_upload,
                         help=t("play.draw.upload_help", megapixels=MAX_PIXELS // 1_000_000))
        invert_choice = st.radio(t("play.draw.invert"), list(INVERT), horizontal=True, help=t("play.draw.invert_help"),
                                 format_func=lambda value: t(f"play.draw.invert_{value}"),
                                 index=state.held_index("draw_invert", list(INVERT)), key="draw_invert",
                                 persist_state=state.KEEP)
        upload = state.DRAW_UPLOAD.get()
        if upload is not None:
            st.caption(t("play.draw.using", name=plain(upload[0])))
            try:
                image = load_image(upload[1])
                preprocessed = to_mnist(image, invert=INVERT[invert_choice])
            except ImageError as exc:
                st.error(t("play.draw.file_error", name=plain(upload[0]), reason=exc))

with right:
    if preprocessed is None or preprocessed.empty:
        if upload is not None and preprocessed is not None:
            st.error(t("play.draw.file_error", name=plain(upload[0]), reason=EMPTY_IMAGE),
                     icon=":material/image_not_supported:")
        elif preprocessed is None or source == "draw":
            st.info(t("play.draw.empty_hint") if source == "draw" else t("play.draw.upload_hint"),
                    icon=":material/draw:")
        excluded_runs_note()
        st.stop()
    state.LAST_DRAWING.set(preprocessed.image)
    probabilities = workers.probabilities_one(chosen.model.ref, preprocessed.image)
    best = prediction_panel(probabilities, chosen.class_names, "draw")
    excluded_runs_note()

received_panel(preprocessed.steps[:-1], preprocessed.image, "draw", t("play.ownpages.draw_mnist_steps"))
why_panel(chosen.model, preprocessed.image, best, chosen.class_names, "draw",
          feature_help=t("play.draw.layer_count_help"), feature_caption=t("play.ownpages.draw_maps_caption"))
