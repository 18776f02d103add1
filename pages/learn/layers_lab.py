"""Pooling, ReLU and softmax with cross-entropy, on numbers you can see and edit."""

import numpy as np
import pandas as pd
import streamlit as st

from cnnviz.figures import lab as figures
from cnnviz.i18n import t
from cnnviz.learn import lab
from pages.common import state
from pages.common.charts import chart
from pages.common.links import LinkCheck, bound_number_input
from pages.learn import teaching as shared
from pages.learn.teaching import HELP, SHARED

st.title(t("learn.labs.layers_title"))
st.caption(t("learn.labs.layers_intro"))

# Written into the URL as shown (see pages.learn.teaching.SHARED): names that read the same in every language.
SOURCES = ("MNIST ⋆ Sobel x", "4×4", "4×4 ✎")
link_check = LinkCheck()
source = st.selectbox(t("learn.labs.feature_map"), SOURCES, key="layers_source", help=HELP["feature_map"], width=320,
                      **SHARED)
try:
    if source == SOURCES[0]:
        digit, label = shared.cached_digit(bound_number_input(t("learn.labs.digit"), 0, 4999, 0, key="layers_digit",
                                                              help=HELP["digit"], width=200, **SHARED), 12)
        feature_map = lab.correlate(digit, lab.KERNEL_PRESETS["Sobel x"].weights, "same")
        st.caption(t("learn.labs.filtered_digit_caption", label=label))
    elif source == SOURCES[1]:
        feature_map = np.arange(1.0, 17.0).reshape(4, 4) * np.array([1, -1, 1, -1])
        st.caption(t("learn.labs.example_map_caption"))
    else:
        feature_map = shared.grid_editor(np.array([[1, -2, 3, 0], [-4, 5, -1, 2], [0, 1, -3, 4], [2, -1, 0, 1.0]]),
                                         "layers_grid", t("learn.labs.click_cell"))
except lab.LabError as exc:
    shared.show_error(exc, t("learn.labs.feature_map"))
    st.stop()

st.header(t("learn.labs.pooling_header"))
row = st.container(horizontal=True, gap="large", vertical_alignment="bottom")
size = row.slider(t("learn.labs.pool_size"), 1, 4, 2, key="layers_pool_size", help=HELP["pool_size"], width=180,
                  **SHARED)
same_stride = row.checkbox(t("learn.labs.pool_same_stride"), True, key="layers_same_stride",
                           help=HELP["pool_stride"], **SHARED)
stride = size if same_stride else row.slider(t("learn.labs.pool_stride"), 1, 4, 1, key="layers_pool_stride",
                                             help=HELP["pool_stride"], width=180, **SHARED)
pool_padding = row.radio(t("learn.labs.pool_padding"), ("valid", "same"), key="layers_pool_padding",
                         help=HELP["pool_padding"], horizontal=True, width=200, **SHARED)
try:
    max_pool = lab.pool2d(feature_map, size, stride, pool_padding, "max")
    average_pool = lab.pool2d(feature_map, size, stride, pool_padding, "average")
except lab.LabError as exc:
    shared.show_error(exc, t("learn.labs.pooling"))
    st.stop()
cells = max_pool.output.size
window = st.slider(t("learn.labs.window"), 0, cells - 1, state.held(f"layers_window_{cells}", cells // 2),
                   key=f"layers_window_{cells}", help=HELP["pool_window"], width=320,
                   persist_state=state.KEEP) if cells > 1 else 0
row, col = divmod(window, max_pool.cols.output)
chart(figures.pooling_figure(feature_map, max_pool, average_pool, (row, col)), key="layers_pool_chart")
for name, pad in ((t("learn.labs.axis_height"), max_pool.rows), (t("learn.labs.axis_width"), max_pool.cols)):
    st.markdown(t("learn.labs.pool_output_axis", name=name, formula=pad.formula()))
st.markdown(t("learn.labs.pool_window_values", window=window, max=max_pool.output[row, col],
              average=average_pool.output[row, col]))

st.header(t("learn.labs.relu_header"))
activated = lab.relu(feature_map)
chart(figures.side_by_side([feature_map, activated], [t("learn.labs.before_relu"),
                                                                t("learn.labs.after_relu")],
                                     diverging=True), key="layers_relu_chart")
negatives = int((feature_map < 0).sum())
st.markdown(t("learn.labs.relu_negatives", negatives=negatives, total=feature_map.size))

st.header(t("learn.labs.softmax_header"))
classes = [str(d) for d in range(10)]
DEFAULT_LOGITS = np.array([1.0, -0.5, 0.3, 3.2, -1.2, 2.1, 0.0, -0.3, 1.5, 0.4])
kept_logits = state.EDITED_GRIDS.get().get("layers_logits", DEFAULT_LOGITS)
edited = st.data_editor(pd.DataFrame({"class": classes, "logit": kept_logits}), key="layers_logits",
                        disabled=["class"], hide_index=True, width="content",
                        column_config={"class": st.column_config.TextColumn(t("learn.labs.column_class")),
                                       "logit": st.column_config.NumberColumn(t("learn.labs.column_logit"),
                                                                              help=HELP["logits"])})
target = st.selectbox(t("learn.labs.target"), range(10), index=3, key="layers_target", help=HELP["target"], width=200,
                      **SHARED)
logits = edited["logit"].to_numpy(dtype=float)
if not np.array_equal(logits, kept_logits, equal_nan=True):  # the edited logits survive leaving the page
    state.EDITED_GRIDS.set({**state.EDITED_GRIDS.get(), "layers_logits": logits})
if not np.all(np.isfinite(logits)):
    shared.show_error(t("learn.labs.logit_empty", cls=int(np.flatnonzero(~np.isfinite(logits))[0])),
                      t("learn.labs.logits_where"))
    st.stop()
probabilities = lab.softmax(logits)
chart(figures.softmax_figure(logits, probabilities, classes, target), key="layers_softmax_chart")
sparse = float(lab.sparse_cross_entropy(logits, target))
one_hot = lab.one_hot(target, 10)
dense = float(lab.one_hot_cross_entropy(logits, one_hot))
p = probabilities[target]
st.markdown(t("learn.labs.softmax_line", target=target, z=logits[target], total=np.exp(logits).sum(), p=p))
st.markdown(t("learn.labs.sparse_line", target=target, p=p, loss=sparse))
terms = " + ".join(f"{int(y)}·log {q:.3f}" for y, q in zip(one_hot, probabilities, strict=True))
st.markdown(t("learn.labs.one_hot_line", vector=one_hot.astype(int).tolist(), terms=terms, loss=dense))
st.success(t("learn.labs.both_losses", loss=sparse), icon=":material/check:")
link_check.note_widgets()
link_check.report()
