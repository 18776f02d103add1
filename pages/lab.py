"""Convolution lab: slide a kernel over a grid, a sequence or an RGB crop, one multiply-add at a time."""

import numpy as np
import streamlit as st

from cnnviz import lab
from cnnviz.figures import lab as figures
from pages.shared import lab as shared
from pages.shared.lab import HELP

st.title("Convolution lab")
st.caption("What one Conv2D filter computes: a small kernel slides over the input; at every position the cells "
           "under it are multiplied by the kernel's weights and added up into one output number. Change padding "
           "and stride and watch the output size formula, then step through the positions one by one.")

MODES = ("2-D grid", "1-D sequence", "Multi-channel (RGB)")
mode = st.radio("What to slide over", MODES, horizontal=True, key="lab_mode", help=HELP["mode"])

left, right = st.columns(2)
with left:
    try:
        if mode == MODES[0]:
            x = shared.pick_2d_input()
        elif mode == MODES[1]:
            x = shared.parse_numbers(st.text_input("Sequence (numbers separated by commas)",
                                                   ", ".join(f"{v:g}" for v in lab.SEQUENCE), key="lab_sequence",
                                                   help=HELP["source"]), "sequence")
        else:
            side = st.slider("Size (pixels per side)", 4, 12, 6, key="lab_rgb_side", help=HELP["side"])
            x = shared.cached_photo("flower.jpg", side, grayscale=False)
            st.caption(f"A {side}×{side} colour crop of scikit-learn's flower.jpg: shape ({side}, {side}, 3).")
    except lab.LabError as exc:
        shared.show_error(exc, "Input")
        st.stop()
with right:
    default_kernel = "seed 2×2 [[2, 0], [0, 0]]" if mode == MODES[0] else "Sobel x"
    try:
        kernel = shared.pick_kernel(default_kernel, "lab_kernel", one_d=mode == MODES[1])
    except lab.LabError as exc:
        shared.show_error(exc, "Kernel")
        st.stop()
    if mode == MODES[2]:
        depth = st.selectbox("Kernel depth", (1, 2, 3), index=2, key="lab_depth", help=HELP["kernel_depth"])
        weights = st.text_input("Weight of the kernel per channel (red, green, blue)", "1, 0, -1",
                                key="lab_channel_weights", help=HELP["channel_weights"])
        try:
            scale = shared.parse_numbers(weights, "channel weights")
            scale = np.resize(scale, depth)
        except lab.LabError as exc:
            shared.show_error(exc, "Channel weights")
            st.stop()
        kernel = kernel[:, :, None] * scale[None, None, :]

c1, c2, c3, c4 = st.columns(4)
operation = c1.radio("Operation", lab.OPERATIONS, key="lab_operation", help=HELP["operation"],
                     format_func={"correlate": "cross-correlation (Keras)", "convolve": "convolution (flip)"}.get)
padding = c2.radio("Padding", lab.PADDING_MODES, key="lab_padding", help=HELP["padding"], horizontal=True)
same_style = c3.radio("'same' convention", lab.SAME_STYLES, key="lab_same_style", help=HELP["same_style"],
                      format_func={"keras": "Keras / TensorFlow", "scipy": "SciPy"}.get,
                      disabled=padding != "same")
stride = c4.slider("Stride", 1, 4, 1, key="lab_stride", help=HELP["stride"])

try:
    result = lab.slide(x, kernel, operation, padding, stride, same_style)
except lab.LabError as exc:
    shared.show_error(exc, "Cannot slide this kernel")
    st.stop()

st.subheader("Output size")
axes = [("length", result.cols)] if result.one_d else [("height", result.rows), ("width", result.cols)]
for name, pad in axes:
    st.markdown(f"**Output {name}** (n = {pad.size}, k = {pad.kernel}, padding {pad.before} before + {pad.after} "
                f"after, s = {pad.stride}): &nbsp; `{pad.formula()}`")
shape = f"({result.cols.output},)" if result.one_d else f"({result.rows.output}, {result.cols.output})"
st.markdown(f"Input shape {x.shape} → output shape **{shape}**")
if padding == "same" and any(p.kernel % 2 == 0 for _, p in axes):
    other = "scipy" if same_style == "keras" else "keras"
    other_out = lab.slide(x, kernel, operation, padding, stride, other).output
    if np.array_equal(other_out, result.output):
        st.info("This kernel has an even side, so 'same' needs an odd number of zeros. Here both conventions put "
                "the extra zero in the same place (SciPy's correlate2d does it like TensorFlow), so the outputs "
                "agree. Try convolution or the 1-D sequence to see them differ.", icon=":material/compare_arrows:")
    else:
        st.info(f"This kernel has an even side, so 'same' needs an odd number of zeros and the conventions disagree "
                f"on where the extra one goes. With the **{other}** convention the output would be:\n\n"
                f"`{np.array2string(np.round(other_out, 3), separator=', ')}`", icon=":material/compare_arrows:")

st.subheader("Step through")
total = result.output.size
index = st.slider("Output position (in reading order)", 0, total - 1, 0, key=f"lab_step_{total}",
                  help=HELP["step"]) if total > 1 else 0
current = lab.step_at(result, index)
where = f"output[{current.col}]" if result.one_d else f"output[{current.row}, {current.col}]"
st.markdown(f"**{where}** = the window at row {current.top}, column {current.left} of the padded input × the "
            f"{'flipped ' if operation == 'convolve' else ''}kernel, summed:")
st.code(current.expression(), language=None, wrap_lines=True)
if mode == MODES[2]:
    parts = " + ".join(f"{v:.3f}" for v in current.channel_sums())
    st.markdown(f"Per channel (red, green, blue): {parts} = **{current.value:.3f}**: one number, because the "
                f"kernel's {result.kernel.shape[0]}×{result.kernel.shape[1]}×{result.channels} weights cover all "
                f"{result.channels} channels at once.")
    st.plotly_chart(figures.channels_figure(result, current), key="lab_channels_chart")
else:
    st.plotly_chart(figures.convolution_figure(result, current), key="lab_chart")
if operation == "convolve":
    st.caption("Convolution = cross-correlation with the kernel flipped left↔right and top↔bottom (the middle "
               "panel shows the flipped kernel that actually slides).")

with st.expander("The same computation in SciPy and TensorFlow"):
    scipy_code = lab.scipy_call(result)
    st.markdown("The tests check this page's numbers against both, for every padding and stride.")
    st.code(f"import scipy.signal\n{scipy_code}" if scipy_code else
            "# SciPy has no single call for this: it only pads 'same' its own way and has no channels axis",
            language="python")
    st.code(f"import tensorflow as tf\n{lab.tensorflow_call(result)}", language="python")
