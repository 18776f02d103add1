"""Conv kernels of a trained run beside their initial values, weight histograms and dead filters."""

import numpy as np
import streamlit as st

from cnnviz import inference
from cnnviz.figures import alt, figure_text
from cnnviz.figures import inspect as figures
from cnnviz.i18n import t
from cnnviz.inference import ModelRef
from cnnviz.inspect import extract
from cnnviz.runs import files as runfiles
from pages.common import inspect as shared
from pages.common import internals, state, workers
from pages.common.charts import chart

DEAD_SAMPLE = 256


@workers.cached(max_entries=32)
def layer_kernels(ref: ModelRef, layer: str) -> tuple[np.ndarray, np.ndarray | None]:
    return workers.pool().on_model(ref, extract.kernels, layer)


@workers.cached(max_entries=32)
def fresh_kernels(ref: ModelRef, layer: str) -> tuple[np.ndarray, np.ndarray | None]:
    return workers.pool().on_model(ref, extract.fresh_initial_kernels, layer, seed=0)


@workers.cached(max_entries=32)
def dead_filters(ref: ModelRef, run_dir: str, layer: str) -> tuple[np.ndarray, int]:
    """Which filters never fire on the first DEAD_SAMPLE test images, and how many images that was."""
    return workers.pool().on_model(ref, inference.dead_filters_on_test, run_dir, layer, DEAD_SAMPLE)


st.title(t("common.nav.kernels"))
st.caption(t("look.inspectpages.k_intro"))

choice, model = shared.pick_run_and_model("k")
convs = list(model.info.conv_layers)
if not convs:
    st.info(t("look.inspectpages.k_no_conv"))
    st.stop()

row = st.container(horizontal=True, vertical_alignment="bottom")
c1 = c2 = row
layer = c1.selectbox(t("common.explainpages.filters.layer"), convs, index=state.held_index("k_layer", convs),
                     key="k_layer",
                     width=260, persist_state=state.KEEP, help=t("look.inspectpages.k_layer_help"))
weights, bias = layer_kernels(model.ref, layer)
kh, kw, cin, cout = weights.shape
channel_options: list = (["rgb"] if cin == 3 else []) + list(range(cin))
channel = c2.selectbox(t("look.inspectpages.k_channel", channels=cin), channel_options,
                       index=state.held_index("k_channel", channel_options), key="k_channel", width=260,
                       persist_state=state.KEEP,
                       format_func=lambda c: t("look.inspectpages.k_rgb") if c == "rgb" else t("figures.lab.channel_n",
                                                                                             channel=c),
                       help=t("look.inspectpages.k_channel_help", height=kh, width=kw, channels=cin))

initial_read = shared.initial_ref(choice)
initial, initial_problems = initial_read.value, initial_read.problems
if initial is not None:
    try:
        initial_weights, initial_bias = layer_kernels(initial, layer)
        if initial_weights.shape != weights.shape:
            raise ValueError(f"{layer}: {initial_weights.shape} ≠ {weights.shape}")
    except Exception as exc:  # weights of another architecture, or a file the checks could not see was damaged
        initial, initial_problems = None, (runfiles.initial_weights_unusable(exc),)
shared.damaged_file_warnings(initial_problems)
if initial is not None:
    initial_note = t("look.inspectpages.k_initial_exact")
else:
    initial_weights, initial_bias = fresh_kernels(model.ref, layer)
    initial_note = t("look.inspectpages.k_initial_fresh" if choice.has_dataset else "look.ownpages.kernels_no_initial")

dead, sample = np.zeros(cout, dtype=bool), 0  # an uploaded model comes without its data: nothing to test on
if choice.has_dataset:
    dead, sample = dead_filters(model.ref, choice.run_dir, layer)
    dead = dead if sample else np.zeros(cout, dtype=bool)
limit = float(max(np.abs(weights).max(), np.abs(initial_weights).max())) or 1.0

left, right = st.columns(2)
with left:
    title = figure_text("look.inspectpages.k_trained_title", layer=layer, filters=cout, height=kh, width=kw)
    chart(figures.kernel_grid(weights, title, channel, limit=limit, dead=dead), key="k_trained",
          alt=alt.kernels(layer, weights, channel))
with right:
    chart(figures.kernel_grid(initial_weights, figure_text("look.inspectpages.k_initial_title", layer=layer),
                              channel, limit=limit),
          key="k_initial", alt=alt.kernels(layer, initial_weights, channel))
    st.caption(initial_note)

if not sample:
    st.info(t("look.ownpages.kernels_no_dead_check"), icon=":material/info:")
elif dead.any():
    st.warning(t("look.inspectpages.k_dead", dead=int(dead.sum()), filters=cout, n=sample,
                 which=", ".join(str(i) for i in np.flatnonzero(dead))), icon=":material/warning:")
else:
    st.success(t("look.inspectpages.k_no_dead", n=sample), icon=":material/check_circle:")

chart(figures.weight_histograms(weights, bias, t("look.inspectpages.k_hist_title", layer=layer),
                                          initial_weights, initial_bias, extract.glorot_limit(weights.shape)),
                key="k_hist")
change = np.abs(weights - initial_weights).mean() if initial is not None else None
st.caption(t("look.inspectpages.k_glorot", limit=extract.glorot_limit(weights.shape))
           + (" " + t("look.inspectpages.k_mean_change", change=change) if change is not None else ""))

st.header(t("look.explainpages.internals.kernels_heading"), anchor=False)
if (series := internals.replay_for(choice)) is not None:
    if series.conv_layer != layer:
        st.caption(t("look.explainpages.internals.first_layer_only", layer=series.conv_layer))
    internals.kernel_replay(series, "k")
