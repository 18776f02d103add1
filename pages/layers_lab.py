"""Pooling, ReLU and softmax with cross-entropy, on numbers you can see and edit."""

import numpy as np
import pandas as pd
import streamlit as st

from cnnviz import lab
from cnnviz.figures import lab as figures
from pages.shared import lab as shared
from pages.shared.lab import HELP

st.title("Pooling, ReLU and softmax")
st.caption("After a convolution comes an activation (ReLU) and often pooling; at the very end softmax turns "
           "scores into probabilities and cross-entropy measures how wrong they are.")

SOURCES = ("digit filtered by Sobel x", "the notes' 4×4 example", "editable grid")
source = st.selectbox("Feature map", SOURCES, key="layers_source", help=HELP["feature_map"])
try:
    if source == SOURCES[0]:
        digit, label = shared.cached_digit(int(st.number_input("Digit number", 0, 4999, 0, key="layers_digit",
                                                                help=HELP["digit"])), 12)
        feature_map = lab.correlate(digit, lab.KERNEL_PRESETS["Sobel x"].weights, "same")
        st.caption(f"A {label} from the MNIST sample (12×12), filtered by Sobel x with 'same' padding.")
    elif source == SOURCES[1]:
        feature_map = np.arange(1.0, 17.0).reshape(4, 4) * np.array([1, -1, 1, -1])
        st.caption("1…16 in a 4×4 grid with every other column negated.")
    else:
        feature_map = shared.grid_editor(np.array([[1, -2, 3, 0], [-4, 5, -1, 2], [0, 1, -3, 4], [2, -1, 0, 1.0]]),
                                         "layers_grid", "Click a cell to change it.")
except lab.LabError as exc:
    shared.show_error(exc, "Feature map")
    st.stop()

st.header("Max vs average pooling")
c1, c2, c3, c4 = st.columns(4)
size = c1.slider("Pool size", 1, 4, 2, key="layers_pool_size", help=HELP["pool_size"])
same_stride = c2.checkbox("Stride = pool size (Keras default)", True, key="layers_same_stride",
                          help=HELP["pool_stride"])
stride = size if same_stride else c2.slider("Pool stride", 1, 4, 1, key="layers_pool_stride", help=HELP["pool_stride"])
pool_padding = c3.radio("Pool padding", ("valid", "same"), key="layers_pool_padding", help=HELP["pool_padding"],
                        horizontal=True)
try:
    max_pool = lab.pool2d(feature_map, size, stride, pool_padding, "max")
    average_pool = lab.pool2d(feature_map, size, stride, pool_padding, "average")
except lab.LabError as exc:
    shared.show_error(exc, "Pooling")
    st.stop()
cells = max_pool.output.size
window = c4.slider("Window", 0, cells - 1, cells // 2, key=f"layers_window_{cells}", help=HELP["pool_window"]) \
    if cells > 1 else 0
row, col = divmod(window, max_pool.cols.output)
st.plotly_chart(figures.pooling_figure(feature_map, max_pool, average_pool, (row, col)), key="layers_pool_chart")
for name, pad in (("height", max_pool.rows), ("width", max_pool.cols)):
    st.markdown(f"Output {name}: `{pad.formula()}`")
st.markdown(f"Window {window}: max = **{max_pool.output[row, col]:.3g}**, average = "
            f"**{average_pool.output[row, col]:.3g}**. Pooling has no weights: nothing here is learned.")

st.header("ReLU")
activated = lab.relu(feature_map)
st.plotly_chart(figures.side_by_side([feature_map, activated], ["before ReLU", "after ReLU = max(x, 0)"],
                                     diverging=True), key="layers_relu_chart")
negatives = int((feature_map < 0).sum())
st.markdown(f"{negatives} of {feature_map.size} values were negative and became 0; the positive ones pass "
            "unchanged. Usual order in a CNN: convolution → ReLU → pooling.")

st.header("Softmax and cross-entropy")
classes = [str(d) for d in range(10)]
default_logits = pd.DataFrame({"class": classes, "logit": [1.0, -0.5, 0.3, 3.2, -1.2, 2.1, 0.0, -0.3, 1.5, 0.4]})
edited = st.data_editor(default_logits, key="layers_logits", disabled=["class"], hide_index=True, width="content",
                        column_config={"logit": st.column_config.NumberColumn("logit", help=HELP["logits"])})
target = st.selectbox("Target class", range(10), index=3, key="layers_target", help=HELP["target"])
logits = edited["logit"].to_numpy(dtype=float)
if not np.all(np.isfinite(logits)):
    st.error(f"**Logits**: the logit of class {int(np.flatnonzero(~np.isfinite(logits))[0])} is empty; "
             "type a number.", icon=":material/error:")
    st.stop()
probabilities = lab.softmax(logits)
st.plotly_chart(figures.softmax_figure(logits, probabilities, classes, target), key="layers_softmax_chart")
sparse = float(lab.sparse_cross_entropy(logits, target))
one_hot = lab.one_hot(target, 10)
dense = float(lab.one_hot_cross_entropy(logits, one_hot))
p = probabilities[target]
st.markdown(f"softmax(z)ᵢ = exp(zᵢ) / Σⱼ exp(zⱼ): the class {target} logit {logits[target]:g} becomes "
            f"exp({logits[target]:g}) / {np.exp(logits).sum():.3f} = **{p:.3f}**.")
st.markdown(f"**Sparse** cross-entropy (target as the integer `{target}`): −log p[{target}] = −log {p:.4f} = "
            f"**{sparse:.4f}**")
terms = " + ".join(f"{int(y)}·log {q:.3f}" for y, q in zip(one_hot, probabilities, strict=True))
st.markdown(f"**One-hot** cross-entropy (target `{one_hot.astype(int).tolist()}`): −({terms}) = **{dense:.4f}**")
st.success(f"Both give {sparse:.4f}: in the one-hot sum every term but the target's is multiplied by 0. "
           "Keras: `sparse_categorical_crossentropy` for integer labels, `categorical_crossentropy` for one-hot.",
           icon=":material/check:")
