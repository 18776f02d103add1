"""Conv kernels of a trained run beside their initial values, weight histograms and dead filters."""

import numpy as np
import streamlit as st

from cnnviz import extract
from cnnviz.figures import inspect as figures
from pages.shared import inspect as shared

DEAD_SAMPLE = 256

st.title("Kernels")
st.caption("Each Conv2D layer learns a stack of small kernels (filters). Blue weights subtract, red weights add: "
           "a kernel with a red stripe beside a blue stripe is an edge detector. Training starts from random "
           "Glorot-uniform values; compare the two sides to see what training changed.")

choice, model = shared.pick_run_and_model("k")
convs = extract.conv_layer_names(model)
if not convs:
    st.info("This network has no Conv2D layer, so it has no kernels to show.")
    st.stop()

c1, c2 = st.columns([2, 3])
layer = c1.selectbox("Conv layer", convs, key="k_layer",
                     help="Conv layers in order. The first sees pixels, so its kernels look like edge and blob "
                          "detectors; later ones combine the earlier maps and are hard to read as pictures.")
weights, bias = extract.kernels(model, layer)
kh, kw, cin, cout = weights.shape
channel_options: list = (["rgb"] if cin == 3 else []) + list(range(cin))
channel = c2.selectbox(
    f"Input channel (of {cin})", channel_options, key="k_channel",
    format_func=lambda c: "RGB composite" if c == "rgb" else f"channel {c}",
    help=f"A kernel of this layer is {kh}×{kw}×{cin}: one {kh}×{kw} slice per input channel, summed. You see one "
         "slice per filter at a time. For a colour first layer, 'RGB composite' shows the three slices as one "
         "small colour picture: the colour each filter responds to most.")

initial_model = shared.cached_initial_model(choice.run_dir, choice.stamp)
if initial_model is not None:
    initial_weights, initial_bias = extract.kernels(initial_model, layer)
    initial_note = "The exact weights this run started from (saved by the training job before the first step)."
else:
    initial_weights, initial_bias = extract.fresh_initial_kernels(model, layer, seed=0)
    initial_note = ("This run did not save its starting weights, so this is a fresh initialisation of the same "
                    "layer with the same Glorot-uniform initialiser (seed 0): the same kind of random start, "
                    "not the exact numbers.")

images, _ = shared.split_arrays(choice.run_dir, "test")
sample = images[: min(DEAD_SAMPLE, len(images))]
dead = extract.dead_filters(model, sample, layer) if len(sample) else np.zeros(cout, dtype=bool)
limit = float(max(np.abs(weights).max(), np.abs(initial_weights).max())) or 1.0

left, right = st.columns(2)
with left:
    st.plotly_chart(figures.kernel_grid(weights, f"Trained: {layer}, {cout} filters of {kh}×{kw}", channel,
                                        limit=limit, dead=dead), key="k_trained")
with right:
    st.plotly_chart(figures.kernel_grid(initial_weights, f"Initial: {layer}", channel, limit=limit),
                    key="k_initial")
    st.caption(initial_note)

if dead.any():
    st.warning(f"{int(dead.sum())} of {cout} filters are dead (red boxes): their ReLU output was 0 everywhere on "
               f"{len(sample)} test images, so they never fire and get no gradient to recover: "
               f"filters {', '.join(str(i) for i in np.flatnonzero(dead))}.", icon=":material/warning:")
else:
    st.success(f"No dead filters: every filter fired somewhere on {len(sample)} test images.",
               icon=":material/check_circle:")

st.plotly_chart(figures.weight_histograms(weights, bias, f"{layer}: weights and biases, initial vs trained",
                                          initial_weights, initial_bias, extract.glorot_limit(weights.shape)),
                key="k_hist")
change = np.abs(weights - initial_weights).mean() if initial_model is not None else None
st.caption("Glorot uniform draws every weight from ±sqrt(6 / (fan_in + fan_out)) with fan = kernel area × "
           f"channels: here ±{extract.glorot_limit(weights.shape):.4f} (dotted lines); biases start at 0. "
           + (f"Mean absolute change during training: {change:.4f}." if change is not None else ""))
