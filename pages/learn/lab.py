"""Convolution lab: slide a kernel over a grid, a sequence or an RGB crop, one multiply-add at a time."""

import numpy as np
import streamlit as st

from cnnviz.figures import lab as figures
from cnnviz.i18n import t
from cnnviz.learn import lab
from pages.common import state
from pages.common.charts import chart
from pages.common.language import LANG_PARAM
from pages.common.links import LinkCheck, copy_link, page_link_url
from pages.learn import teaching as shared
from pages.learn.teaching import HELP, SHARED, SHARED_TEXT

st.title(t("learn.labs.lab_title"))
st.caption(t("learn.labs.lab_intro"))

# The options of URL-bound widgets are written into the URL as shown: names that read the same in every language
# (see pages.learn.teaching.SHARED); what they mean is in the captions under them.
MODES = ("2-D", "1-D", "RGB")
MODE_CAPTIONS = {"2-D": "learn.labs.mode_2d", "1-D": "learn.labs.mode_1d", "RGB": "learn.labs.mode_rgb"}
OPERATION_CAPTIONS = {"correlate": "learn.labs.operation_correlate", "convolve": "learn.labs.operation_convolve"}
SAME_LABELS = {"keras": "Keras / TensorFlow", "scipy": "SciPy"}  # names, the same in every language
URL_FORMATS = {"lab_same_style": SAME_LABELS.get}
STEP_KEY = "lab_step"
link_check = LinkCheck()
mode = st.radio(t("learn.labs.lab_mode"), MODES, horizontal=True, key="lab_mode", help=HELP["mode"],
                captions=[t(MODE_CAPTIONS[m]) for m in MODES], **SHARED)

panels = st.container(horizontal=True, gap="large")
left, right = panels.container(width=330), panels.container(width=330)
with left:
    try:
        if mode == MODES[0]:
            x = shared.pick_2d_input()
        elif mode == MODES[1]:
            x = shared.parse_numbers(st.text_input(t("learn.labs.sequence"), ", ".join(f"{v:g}" for v in lab.SEQUENCE),
                                                   key="lab_sequence", help=HELP["sequence"], **SHARED_TEXT),
                                     t("learn.labs.what_sequence"))
        else:
            side = st.slider(t("learn.labs.size"), 4, 12, 6, key="lab_rgb_side", help=HELP["side"], **SHARED)
            x = shared.cached_photo("flower.jpg", side, grayscale=False)
            st.caption(t("learn.labs.rgb_caption", side=side))
    except lab.LabError as exc:
        shared.show_error(exc, t("learn.labs.input"))
        st.stop()
with right:
    default_kernel = "seed 2×2 [[2, 0], [0, 0]]" if mode == MODES[0] else "Sobel x"
    try:
        kernel = shared.pick_kernel(default_kernel, "lab_kernel", one_d=mode == MODES[1])
    except lab.LabError as exc:
        shared.show_error(exc, t("learn.labs.kernel"))
        st.stop()
    if mode == MODES[2]:
        depth = st.selectbox(t("learn.labs.kernel_depth"), (1, 2, 3), index=2, key="lab_depth",
                             help=HELP["kernel_depth"], **SHARED)
        weights = st.text_input(t("learn.labs.channel_weights"), "1, 0, -1", key="lab_channel_weights",
                                help=HELP["channel_weights"], **SHARED_TEXT)
        try:
            scale = shared.parse_numbers(weights, t("learn.labs.what_channel_weights"))
            scale = np.resize(scale, depth)
        except lab.LabError as exc:
            shared.show_error(exc, t("learn.labs.channel_weights_where"))
            st.stop()
        kernel = kernel[:, :, None] * scale[None, None, :]

row = st.container(horizontal=True, gap="large")
operation = row.radio(t("learn.labs.operation"), lab.OPERATIONS, key="lab_operation", help=HELP["operation"], width=220,
                      captions=[t(OPERATION_CAPTIONS[o]) for o in lab.OPERATIONS], **SHARED)
padding = row.radio(t("common.labs.padding"), lab.PADDING_MODES, key="lab_padding", help=HELP["padding"],
                    horizontal=True,
                    width=220, **SHARED)
same_style = row.radio(t("learn.labs.same_style"), lab.SAME_STYLES, key="lab_same_style", help=HELP["same_style"],
                       format_func=SAME_LABELS.get,
                       disabled=padding != "same", width=200, **SHARED)
stride = row.slider(t("learn.labs.stride"), 1, 4, 1, key="lab_stride", help=HELP["stride"], width=200, **SHARED)

try:
    result = lab.slide(x, kernel, operation, padding, stride, same_style)
except lab.LabError as exc:
    link_check.note_widgets(URL_FORMATS)
    link_check.report()
    shared.show_error(exc, t("learn.labs.cannot_slide"))
    st.stop()

st.header(t("learn.labs.output_size"))
if result.one_d:
    axes = [(t("learn.labs.axis_length"), result.cols)]
else:
    axes = [(t("learn.labs.axis_height"), result.rows), (t("learn.labs.axis_width"), result.cols)]
for name, pad in axes:
    st.markdown(t("learn.labs.output_axis", name=name, n=pad.size, k=pad.kernel, before=pad.before, after=pad.after,
                  s=pad.stride, formula=pad.formula()))
shape = f"({result.cols.output},)" if result.one_d else f"({result.rows.output}, {result.cols.output})"
st.markdown(t("learn.labs.shapes", input=x.shape, output=shape))
if padding == "same" and any(p.kernel % 2 == 0 for _, p in axes):
    other = "scipy" if same_style == "keras" else "keras"
    other_out = lab.slide(x, kernel, operation, padding, stride, other).output
    if np.array_equal(other_out, result.output):
        st.info(t("learn.labs.same_agree"), icon=":material/compare_arrows:")
    else:
        st.info(t("learn.labs.same_disagree", other=SAME_LABELS[other],
                  output=np.array2string(np.round(other_out, 3), separator=", ")), icon=":material/compare_arrows:")

st.header(t("learn.labs.step_through"), help=HELP["step"])
st.caption(t("learn.labs.step_caption"))
# Plotly's Play button and slider take no keyboard: this slider (arrow keys) steps the same figure, cell by cell.
cells = result.output.size
if state.widget_value(STEP_KEY, 1) > cells:  # a smaller output since: its last cell
    state.set_widget_value(STEP_KEY, cells)
cell = 1  # one output cell: nothing to step through (a slider needs two values)
if cells > 1:
    cell = st.slider(t("learn.labs.step_cell", count=cells), 1, cells, state.held(STEP_KEY, 1), key=STEP_KEY,
                     help=t("learn.labs.step_cell_help"), persist_state=state.KEEP, width=420)
st.text(figures.step_text(result, cell - 1))
chart(figures.step_animation(result, start=cell - 1), key="lab_steps_chart")
if operation == "convolve":
    st.caption(t("learn.labs.convolve_caption"))

with st.expander(t("learn.labs.same_in_libraries")):
    scipy_code = lab.scipy_call(result)
    st.markdown(t("learn.labs.libraries_checked"))
    scipy_source = f"import scipy.signal\n{scipy_code}" if scipy_code else t("learn.labs.no_scipy_call")
    tensorflow_source = f"import tensorflow as tf\n{lab.tensorflow_call(result)}"  # code, not prose
    st.code(scipy_source, language="python")
    st.code(tensorflow_source, language="python")

link_check.note_widgets(URL_FORMATS)
link_check.report()
with st.expander(t("learn.labs.share")):
    st.markdown(t("learn.labs.share_text"))
    shared_params = {key: value for key, value in st.query_params.items() if key.startswith(("lab_", LANG_PARAM))}
    copy_link(page_link_url(shared_params))
