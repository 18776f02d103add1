"""Draw a digit (or upload a photo of one) and see what the network predicts, what it saw and why."""

import numpy as np
import streamlit as st
from streamlit_drawable_canvas import st_canvas

from cnnviz import extract
from cnnviz.figures.draw import class_probabilities, preprocessing_steps
from cnnviz.figures.inspect import feature_map_grid, gradcam_overlay, image_figure
from cnnviz.predict import ModelLoadError, Predictor
from cnnviz.preprocess import ImageError, Preprocessed, load_image, to_mnist
from pages.shared import state
from pages.shared.draw import model_options, predictor_for

STROKE_HELP = (
    "How thick the pen is, in canvas pixels (the canvas is 280×280). MNIST digits are about 2–3 pixels "
    "thick after being shrunk to fit a 20-pixel box, which a 15–25 px pen gives here. A very thin or very "
    "thick pen draws digits unlike anything the network learned from, and it gets less sure."
)
MODEL_HELP = (
    "Which trained network reads your digit. The bundled model ships with cnnviz, so this page works "
    "before you train anything. Your own runs appear here when they were trained on MNIST with a "
    "28×28×1 input, the only input a drawing can become."
)
SOURCE_HELP = "Draw with the mouse (or a finger), or upload a photo or scan of a single handwritten digit."
INVERT_HELP = (
    "MNIST digits are white ink on black. A photo of pen on paper is the opposite, so its brightness must be "
    "flipped. **Auto** flips it when the image's border is mostly bright (paper)."
)
LAYER_COUNT_HELP = (
    "How many of the first convolution layers to show. The first layer responds to edges and stroke "
    "directions; deeper layers combine them into parts of digits (loops, corners, line ends), on smaller maps."
)
EMPTY_HINT = ("Draw a digit in the black box: one digit, as large as you like. "
              "The prediction appears when you lift the pen.")

st.title("Draw a digit")
st.caption("The network predicts as soon as you lift the pen. Below: exactly what it received, and why it answered.")

options, excluded = model_options()
choice = st.selectbox("Model", options, format_func=lambda o: o.label, help=MODEL_HELP, key="draw_model")
if excluded:
    with st.expander(f"{len(excluded)} saved run(s) not offered"):
        for run in excluded:
            st.markdown(f"- **{run.name}**: {run.reason}")
try:
    predictor: Predictor = predictor_for(choice)
except (ModelLoadError, OSError, ValueError) as exc:
    st.error(f"Could not load this model: {exc}. Pick another one above.")
    st.stop()

left, right = st.columns([1, 1], gap="large")
preprocessed: Preprocessed | None = None
with left:
    source = st.radio("Input", ["Draw", "Upload a photo"], horizontal=True, help=SOURCE_HELP, key="draw_source")
    if source == "Draw":
        stroke_width = st.slider("Pen width (px)", 5, 40, 20, help=STROKE_HELP, key="draw_stroke_width")
        canvas = st_canvas(fill_color="rgba(255, 255, 255, 0.0)", stroke_width=stroke_width, stroke_color="#FFFFFF",
                           background_color="#000000", height=280, width=280, drawing_mode="freedraw",
                           update_streamlit=True, return_image_data=True, key="draw_canvas")
        st.caption("Toolbar: **undo** the last stroke, **redo**, or the bin to clear the canvas.")
        if canvas.image_data is not None:
            preprocessed = to_mnist(canvas.image_data, invert=False)
    else:
        upload = st.file_uploader("Photo or scan of one digit", type=["png", "jpg", "jpeg", "bmp", "gif", "webp"],
                                  key="draw_upload", help="Any size and colour mode. It goes through the same "
                                  "MNIST steps as a drawing: grey, cropped, scaled to 20 px, centred by mass.")
        invert_choice = st.radio("Invert (dark ink on light paper)", ["Auto", "Yes", "No"], horizontal=True,
                                 help=INVERT_HELP, key="draw_invert")
        if upload is not None:
            try:
                image = load_image(upload.getvalue())
                preprocessed = to_mnist(image, invert={"Auto": None, "Yes": True, "No": False}[invert_choice])
            except ImageError as exc:
                st.error(f"{upload.name}: {exc}")

with right:
    if preprocessed is None or preprocessed.empty:
        st.info(EMPTY_HINT if source == "Draw" else "Upload an image of one digit to see the prediction.",
                icon=":material/draw:")
        st.stop()
    state.LAST_DRAWING.set(preprocessed.image)
    probabilities = predictor.probabilities(preprocessed.image)
    best = int(np.argmax(probabilities))
    first, second = np.argsort(probabilities)[::-1][:2]
    metric_col, confidence_col = st.columns(2)
    metric_col.metric("Prediction", predictor.label(probabilities))
    confidence_col.metric("Confidence", f"{probabilities[best]:.1%}",
                          help="The softmax probability of the predicted class: how sure the network is. "
                               "High confidence is not proof: networks can be confidently wrong.")
    st.caption(f"Runner-up: **{predictor.class_names[second]}** at {probabilities[second]:.1%}.")
    st.plotly_chart(class_probabilities(probabilities, predictor.class_names, "All ten probabilities"),
                    width="stretch", key="draw_probabilities")

st.subheader("What the network receives")
st.caption("Like MNIST: grey levels, cropped to the ink, the longer side scaled to 20 px (keeping the shape), "
           "then placed in a 28×28 field so the ink's centre of mass is in the middle. Hover for pixel values.")
steps_col, input_col = st.columns([3, 1])
steps_col.plotly_chart(preprocessing_steps(preprocessed.steps[:-1]), width="stretch", key="draw_steps")
input_col.plotly_chart(image_figure(preprocessed.image, "28×28 model input", height=260), width="stretch",
                       key="draw_input")

st.subheader("Why this answer")
conv_names = extract.conv_layer_names(predictor.model)
if not conv_names:
    st.info("This model has no convolution layers, so there are no feature maps or Grad-CAM to show.")
    st.stop()
cam_col, maps_col = st.columns([1, 2])
with cam_col:
    with st.spinner("Computing Grad-CAM…"):  # the first call per model compiles the gradient graph
        cam = extract.grad_cam(predictor.model, preprocessed.image, best)
    st.plotly_chart(gradcam_overlay(preprocessed.image, cam, f"Grad-CAM for “{predictor.class_names[best]}”"),
                    width="stretch", key="draw_gradcam")
    st.caption(f"Red: where the last convolution layer (`{conv_names[-1]}`) found the most evidence for "
               f"**{predictor.class_names[best]}**: the gradient of that class's score says which of its maps "
               "matter, and their weighted sum shows where.")
with maps_col:
    count = st.slider("Conv layers to show", 1, len(conv_names), min(2, len(conv_names)), help=LAYER_COUNT_HELP,
                      key="draw_layer_count")
    with st.spinner("Computing feature maps…"):
        maps = extract.feature_maps(predictor.model, preprocessed.image, conv_names[:count])
    for name, activation in maps.items():
        st.plotly_chart(feature_map_grid(activation, f"{name}: {activation.shape[-1]} feature maps "
                                         f"of {activation.shape[0]}×{activation.shape[1]}"),
                        width="stretch", key=f"draw_maps_{name}")
    st.caption("Each tile is one filter's response to your digit (bright = strong). Early filters light up "
               "on edges and strokes of one direction; later ones on larger parts of the digit.")
