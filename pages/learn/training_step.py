"""One training step opened up: the notes' tiny CNN, its gradients from tf.GradientTape, and the SGD update."""

import numpy as np
import pandas as pd
import streamlit as st

from cnnviz.figures import lab as figures
from cnnviz.i18n import t
from cnnviz.learn import training_step as lab_training
from pages.common import state, workers
from pages.common.charts import chart
from pages.learn.teaching import HELP, shown

LEARNING_RATES = (0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0)

st.title(t("learn.labs.step_title"))
st.caption(t("learn.labs.step_intro"))

with st.form("step_settings"):
    row = st.container(horizontal=True, gap="large")
    batch_size = row.select_slider(t("learn.labs.batch_size"), (10, 20, 32, 64), state.held("step_batch", 20),
                                   key="step_batch", help=HELP["batch_size"], width=180, persist_state=state.KEEP)
    n_kernels = row.slider(t("learn.labs.kernels"), 1, 16, state.held("step_kernels", 10), key="step_kernels",
                           help=HELP["kernels"], width=180, persist_state=state.KEEP)
    units = row.select_slider(t("learn.labs.units"), (8, 16, 32, 64, 100), state.held("step_units", 32),
                              key="step_units",
                              help=HELP["units"], width=180, persist_state=state.KEEP)
    seed = row.number_input(t("learn.labs.seed"), 0, 9999, state.held("step_seed", 0), key="step_seed",
                            help=HELP["seed"],
                            width=180, persist_state=state.KEEP)
    restart = st.form_submit_button(t("learn.labs.start_over"), icon=":material/restart_alt:")

stepper = state.LEARN_STEPPER.get()
if stepper is None or restart:
    with st.spinner(t("learn.labs.creating_network")):
        stepper = lab_training.Stepper(batch_size=batch_size, n_kernels=n_kernels, units=units, seed=int(seed),
                                       run=workers.call)
    state.LEARN_STEPPER.set(stepper)

row = st.container(horizontal=True, gap="large", vertical_alignment="bottom")
learning_rate = row.select_slider(t("learn.labs.learning_rate"), LEARNING_RATES, state.held("step_lr", 0.1),
                                  key="step_lr",
                                  help=HELP["learning_rate"], width=320, persist_state=state.KEEP)
count = row.select_slider(t("learn.labs.steps_per_click"), (1, 5, 10, 25), state.held("step_count", 1),
                          key="step_count",
                          help=HELP["steps"], width=200, persist_state=state.KEEP)
if row.button(t("learn.labs.step_button"), type="primary", icon=":material/play_arrow:", key="step_button",
              help=t("learn.labs.step_button_help")):
    progress = st.progress(0.0, text=t("learn.labs.stepping"))
    for i in range(count):
        stepper.advance(learning_rate, workers.call)
        progress.progress((i + 1) / count, text=t("learn.labs.step_of", step=i + 1, count=count))
    progress.empty()

with st.spinner(t("learn.labs.forward_and_gradients")):
    result = stepper.preview_for(learning_rate, workers.call)
losses = [loss for loss, _ in stepper.history]
if result.dead:
    st.error(t("learn.labs.dead_network", lr=learning_rate), icon=":material/heart_broken:")
delta_colour = "off" if result.dead else "inverse"  # a creeping loss of a dead network is no success
row = st.container(horizontal=True, gap="large")
row.metric(t("learn.labs.steps_taken"), stepper.steps, width="content")
row.metric(t("learn.labs.loss_now"), f"{result.loss:.4f}",
           delta=t("learn.labs.since_start", delta=result.loss - losses[0]) if stepper.steps else None,
           delta_color=delta_colour, width="content")
row.metric(t("learn.labs.loss_next"), f"{result.new_loss:.4f}", delta=f"{result.new_loss - result.loss:+.4f}",
           delta_color=delta_colour, width="content")
row.metric(t("learn.labs.batch_accuracy"), f"{result.accuracy:.0%}", width="content")
chart(figures.loss_curve(losses, [acc for _, acc in stepper.history]), key="step_loss_chart")

panels = st.container(horizontal=True, gap="large")
left, right = panels.container(width=560), panels.container(width=560)
with left:
    st.header(t("learn.labs.forward_pass"))
    st.table(pd.DataFrame([(shown(s.name), s.code, str(s.shape)) for s in result.stages],
                          columns=[t("learn.labs.column_stage"), t("learn.labs.column_code"),
                                   t("learn.labs.column_shape")]
                          ).set_index(t("learn.labs.column_stage")))
with right:
    st.header(t("learn.labs.glorot_header"))
    rows = lab_training.glorot_table(result.before)
    st.table(pd.DataFrame([(n, str(s), fi, fo, f"√(6/({fi}+{fo})) = {lim:.4f}", f"{big:.4f}")
                           for n, s, fi, fo, lim, big in rows],
                          columns=[t("learn.labs.column_weight"), t("learn.labs.column_shape"), "fan_in", "fan_out",
                                   t("learn.labs.column_limit"), t("learn.labs.column_largest_now")]
                          ).set_index(t("learn.labs.column_weight")))
    st.caption(t("learn.labs.glorot_caption"))

st.header(t("learn.labs.gradients_header"))
norms = result.gradient_norms()
st.table(pd.DataFrame([(n, shown(lab_training.WEIGHT_ROLES[n]), str(result.gradients[n].shape), f"{norms[n]:.4g}",
                        f"{np.abs(getattr(result.after, n) - getattr(result.before, n)).max():.3g}")
                       for n in lab_training.WEIGHT_NAMES],
                      columns=[t("learn.labs.column_weight"), t("learn.labs.column_role"), t("learn.labs.column_shape"),
                               t("learn.labs.column_gradient_norm"), t("learn.labs.column_largest_change")]
                      ).set_index(t("learn.labs.column_weight")))
kernels_tab, maps_tab, dense_tab, batch_tab = st.tabs([t("learn.labs.tab_kernels"), t("learn.labs.tab_maps"),
                                                       t("learn.labs.tab_dense"), t("learn.labs.tab_batch")])
with kernels_tab:
    chart(figures.kernels_figure(result.before.conv_w, t("learn.labs.kernels_now")), key="step_w")
    chart(figures.kernels_figure(result.gradients["conv_w"], t("learn.labs.kernels_gradient"),
                                           decimals=3), key="step_g")
    chart(figures.kernels_figure(result.after.conv_w, t("learn.labs.kernels_after", lr=learning_rate)),
                    key="step_after")
    st.caption(t("learn.labs.gradient_colours"))
with maps_tab:
    chart(figures.kernels_figure(result.feature_maps[:, :, None, :], t("learn.labs.maps_title"), decimals=-1,
                                           height=360, label=t("learn.labs.map_label")),
                    key="step_maps")
with dense_tab:
    chart(figures.side_by_side([result.before.w2.T, result.gradients["w2"].T],
                                         [t("learn.labs.dense_w2"), t("learn.labs.dense_gradient")], diverging=True,
                                         height=320), key="step_dense")
with batch_tab:
    predictions = result.probabilities.argmax(axis=1)
    chart(figures.digits_figure(stepper.batch.x, stepper.batch.y.tolist(), predictions.tolist()),
                    key="step_batch_chart")
    st.caption(t("learn.labs.batch_caption"))

with st.expander(t("learn.labs.step_code")):
    step_source = ("with tf.GradientTape() as tape:\n    z = forpass(x)\n"  # code, the same in every language
                   "    loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(y_one_hot, z))\n"
                   "grads = tape.gradient(loss, [conv_w, conv_b, w1, b1, w2, b2])\n"
                   f"tf.optimizers.SGD(learning_rate={learning_rate:g}).apply_gradients(zip(grads, weights_list))")
    st.code(step_source, language="python")
    drift = max(float(np.abs(getattr(result.after, n) - (getattr(result.before, n) - learning_rate
                                                          * result.gradients[n])).max())
                for n in lab_training.WEIGHT_NAMES)
    st.markdown(t("learn.labs.optimizer_check", drift=drift))

if not np.isfinite(result.loss) or result.loss > 50:
    st.warning(t("learn.labs.loss_exploded"), icon=":material/warning:")
