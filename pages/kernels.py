"""Conv kernels of a trained run beside their initial values, weight histograms and dead filters."""

import numpy as np
import streamlit as st

from cnnviz import extract
from cnnviz.figures import inspect as figures
from cnnviz.i18n import t
from pages.shared import inspect as shared
from pages.shared import internals, state

DEAD_SAMPLE = 256

st.title(t("nav.kernels"))
st.caption(t("inspectpages.k_intro"))

choice, model = shared.pick_run_and_model("k")
convs = extract.conv_layer_names(model)
if not convs:
    st.info(t("inspectpages.k_no_conv"))
    st.stop()

row = st.container(horizontal=True, vertical_alignment="bottom")
c1 = c2 = row
layer = c1.selectbox(t("explainpages.filters.layer"), convs, key="k_layer", width=260, persist_state=state.KEEP,
                     help=t("inspectpages.k_layer_help"))
weights, bias = extract.kernels(model, layer)
kh, kw, cin, cout = weights.shape
channel_options: list = (["rgb"] if cin == 3 else []) + list(range(cin))
channel = c2.selectbox(
    t("inspectpages.k_channel", channels=cin), channel_options, key="k_channel", width=260, persist_state=state.KEEP,
    format_func=lambda c: t("inspectpages.k_rgb") if c == "rgb" else t("fig.lab.channel_n", channel=c),
    help=t("inspectpages.k_channel_help", height=kh, width=kw, channels=cin))

initial_model = shared.initial_model(choice.run_dir, choice.stamp)
if initial_model is not None:
    initial_weights, initial_bias = extract.kernels(initial_model, layer)
    initial_note = t("inspectpages.k_initial_exact")
else:
    initial_weights, initial_bias = extract.fresh_initial_kernels(model, layer, seed=0)
    initial_note = t("inspectpages.k_initial_fresh" if choice.has_dataset else "ownpages.kernels_no_initial")

if choice.has_dataset:
    images, _ = shared.split_arrays(choice.run_dir, "test")
else:  # an uploaded model comes without its data: no test images to find dead filters on
    images = np.zeros((0, *extract.input_shape(model)), np.float32)
sample = images[: min(DEAD_SAMPLE, len(images))]
dead = extract.dead_filters(model, sample, layer) if len(sample) else np.zeros(cout, dtype=bool)
limit = float(max(np.abs(weights).max(), np.abs(initial_weights).max())) or 1.0

left, right = st.columns(2)
with left:
    st.plotly_chart(figures.kernel_grid(weights, t("inspectpages.k_trained_title", layer=layer, filters=cout,
                                                   height=kh, width=kw), channel, limit=limit, dead=dead),
                    key="k_trained")
with right:
    st.plotly_chart(figures.kernel_grid(initial_weights, t("inspectpages.k_initial_title", layer=layer), channel,
                                        limit=limit),
                    key="k_initial")
    st.caption(initial_note)

if not len(sample):
    st.info(t("ownpages.kernels_no_dead_check"), icon=":material/info:")
elif dead.any():
    st.warning(t("inspectpages.k_dead", dead=int(dead.sum()), filters=cout, n=len(sample),
                 which=", ".join(str(i) for i in np.flatnonzero(dead))), icon=":material/warning:")
else:
    st.success(t("inspectpages.k_no_dead", n=len(sample)), icon=":material/check_circle:")

st.plotly_chart(figures.weight_histograms(weights, bias, t("inspectpages.k_hist_title", layer=layer),
                                          initial_weights, initial_bias, extract.glorot_limit(weights.shape)),
                key="k_hist")
change = np.abs(weights - initial_weights).mean() if initial_model is not None else None
st.caption(t("inspectpages.k_glorot", limit=extract.glorot_limit(weights.shape))
           + (" " + t("inspectpages.k_mean_change", change=change) if change is not None else ""))

st.subheader(t("explainpages.internals.kernels_heading"), anchor=False)
if (series := internals.replay_for(choice)) is not None:
    if series.conv_layer != layer:
        st.caption(t("explainpages.internals.first_layer_only", layer=series.conv_layer))
    internals.kernel_replay(series, "k")
