"""Feature maps, top-k predictions and Grad-CAM for one image through a trained run."""

import hashlib

import streamlit as st

from cnnviz import extract
from cnnviz.figures import inspect as figures
from pages.shared import inspect as shared

ALL_LAYERS = "All conv and pooling layers"

st.title("Feature maps")
st.caption("Feed one image through a trained network and see what every convolution and pooling layer makes of "
           "it: each small picture is one channel (one filter's response), bright where the filter found its "
           "pattern.")

choice, model = shared.pick_run_and_model("fm")
input_shape = extract.input_shape(model)
n_classes = int(model.outputs[0].shape[-1])
names = shared.class_names(choice.run_dir, n_classes)
chosen = shared.choose_image(choice, input_shape, names, "fm")
if chosen is None:
    st.stop()

model_file, stamp = str(choice.model_file), choice.stamp
probabilities = shared.cached_probabilities_one(model_file, stamp, chosen.image)
predicted = int(probabilities.argmax())
verdict = ""
if chosen.true_class is not None:
    verdict = " :green[correct]" if predicted == chosen.true_class else " :red[wrong]"

left, middle, right = st.columns([1, 1.2, 1.2])
with left:
    st.plotly_chart(figures.image_figure(chosen.image, "Input", height=280), key="fm_input")
    st.caption(chosen.caption)
with middle:
    k = min(5, n_classes)
    st.plotly_chart(figures.probability_bars(probabilities, names, top_k=k, title=f"Top {k} predictions"),
                    key="fm_probs")
    st.markdown(f"Predicted **{names[predicted]}** ({probabilities[predicted]:.1%}){verdict}")
with right:
    convs = extract.conv_layer_names(model)
    if not convs:
        st.info("Grad-CAM needs a Conv2D layer; this network has none.")
    else:
        image_id = hashlib.sha1(chosen.image.tobytes()).hexdigest()[:12]  # a new image starts on its prediction
        class_index = st.selectbox(
            "Grad-CAM for class", range(n_classes), index=predicted, format_func=lambda i: names[i],
            key=f"fm_cam_class_{image_id}",
            help="Grad-CAM asks: which places of the last conv layer's maps raised this class's score? It weights "
                 "each map by the average gradient of the score and keeps the positive part, then scales it up "
                 "to the image. Red = strongest evidence for the class.")
        cam_layer = st.selectbox("Conv layer", convs, index=len(convs) - 1, key="fm_cam_layer",
                                 help="The last conv layer sees the largest patterns with the most meaning; "
                                      "earlier layers give sharper but more edge-like maps.")
        cam = shared.cached_grad_cam(model_file, stamp, chosen.image, int(class_index), cam_layer)
        st.plotly_chart(figures.gradcam_overlay(chosen.image, cam, f"Grad-CAM: {names[class_index]}", height=280),
                        key="fm_cam")
        if not cam.any():
            st.caption(f"No place in {cam_layer} raised the score of {names[class_index]}: every weighted map sum "
                       "was negative, so the positive part is empty. Try the predicted class or another layer.")

st.subheader("Inside the network")
feature_layers = extract.feature_layer_names(model)
options = [ALL_LAYERS] + [layer.name for layer in extract.model_layers(model)]
c1, c2 = st.columns([3, 2])
picked = c1.selectbox("Layer", options, key="fm_layer",
                      help="Conv layers apply their filters (one output channel per filter); pooling layers "
                           "shrink each map, keeping the strongest (max) or average response of each window. "
                           "Flat layers (Flatten, Dense) are shown as bars, one per unit.")
shared_scale = c2.toggle("Same colour scale for all maps", value=True, key="fm_shared",
                         help="On: one colour scale per layer, so you can compare how strongly channels fire "
                              "(dim maps barely responded). Off: each map is stretched to its own range, which "
                              "shows the pattern even in weak channels.")
layers = feature_layers if picked == ALL_LAYERS else [picked]
if not layers:
    st.info("This network has no conv or pooling layers; pick a single layer instead.")
    st.stop()
with st.spinner("Computing feature maps…"):
    maps = shared.cached_feature_maps(model_file, stamp, chosen.image, tuple(layers))
for name in layers:
    values = maps[name]
    shape = "×".join(str(d) for d in values.shape)
    title = f"{name} ({extract.layer_type(model, name)}): output {shape}"
    st.plotly_chart(figures.feature_map_grid(values, title, shared_scale=shared_scale), key=f"fm_map_{name}")
