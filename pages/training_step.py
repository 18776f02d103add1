"""One training step opened up: the notes' tiny CNN, its gradients from tf.GradientTape, and the SGD update."""

import numpy as np
import pandas as pd
import streamlit as st

from cnnviz import lab_training
from cnnviz.figures import lab as figures
from pages.shared import state
from pages.shared.lab import HELP

LEARNING_RATES = (0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0)

st.title("One training step, opened up")
st.caption("The study notes' ConvolutionNetwork: 3×3 'same' convolution with 10 kernels → ReLU → 2×2 max pooling "
           "→ flatten → Dense + ReLU → Dense → softmax, written with tf.Variable weights. One step = forward pass, "
           "cross-entropy loss, gradients from tf.GradientTape, and SGD: w ← w − lr · g. Take steps on the same "
           "batch of real digits and watch the loss fall.")

with st.form("step_settings"):
    c1, c2, c3, c4 = st.columns(4)
    batch_size = c1.select_slider("Batch size", (10, 20, 32, 64), 20, key="step_batch", help=HELP["batch_size"])
    n_kernels = c2.slider("Kernels", 1, 16, 10, key="step_kernels", help=HELP["kernels"])
    units = c3.select_slider("Dense units", (8, 16, 32, 64, 100), 32, key="step_units", help=HELP["units"])
    seed = c4.number_input("Seed", 0, 9999, 0, key="step_seed", help=HELP["seed"])
    restart = st.form_submit_button("Start over with new weights", icon=":material/restart_alt:")

stepper = state.LEARN_STEPPER.get()
if stepper is None or restart:
    with st.spinner("Creating the network (Glorot-uniform weights) and loading the batch…"):
        stepper = lab_training.Stepper(batch_size=batch_size, n_kernels=n_kernels, units=units, seed=int(seed))
    state.LEARN_STEPPER.set(stepper)

c1, c2, c3 = st.columns([2, 1, 1])
learning_rate = c1.select_slider("Learning rate", LEARNING_RATES, 0.1, key="step_lr", help=HELP["learning_rate"])
count = c2.select_slider("Steps per click", (1, 5, 10, 25), 1, key="step_count", help=HELP["steps"])
if c3.button("Step", type="primary", icon=":material/play_arrow:", key="step_button",
             help="Apply the update shown below and compute the gradients at the new weights."):
    progress = st.progress(0.0, text="Stepping…")
    for i in range(count):
        stepper.advance(learning_rate)
        progress.progress((i + 1) / count, text=f"Step {i + 1} of {count}")
    progress.empty()

with st.spinner("Forward pass and gradients…"):
    result = stepper.preview_for(learning_rate)
losses = [loss for loss, _ in stepper.history]
m1, m2, m3, m4 = st.columns(4)
m1.metric("Steps taken", stepper.steps)
m2.metric("Loss now", f"{result.loss:.4f}", delta=f"{result.loss - losses[0]:+.4f} since start" if stepper.steps
          else None, delta_color="inverse")
m3.metric("Loss after the next step", f"{result.new_loss:.4f}", delta=f"{result.new_loss - result.loss:+.4f}",
          delta_color="inverse")
m4.metric("Batch accuracy", f"{result.accuracy:.0%}")
st.plotly_chart(figures.loss_curve(losses, [acc for _, acc in stepper.history]), key="step_loss_chart")

left, right = st.columns(2)
with left:
    st.subheader("Forward pass")
    st.dataframe(pd.DataFrame([(s.name, s.code, str(s.shape)) for s in result.stages],
                              columns=["stage", "code", "shape"]), hide_index=True)
with right:
    st.subheader("Glorot-uniform initial weights")
    rows = lab_training.glorot_table(result.before)
    st.dataframe(pd.DataFrame([(n, str(s), fi, fo, f"√(6/({fi}+{fo})) = {lim:.4f}", f"{big:.4f}")
                               for n, s, fi, fo, lim, big in rows],
                              columns=["weight", "shape", "fan_in", "fan_out", "limit", "largest |w| now"]),
                 hide_index=True)
    st.caption("Initial weights are drawn uniformly from ±limit; the biases start at 0. After training steps a "
               "weight may leave the initial range.")

st.subheader("Gradients and the update")
norms = result.gradient_norms()
st.dataframe(pd.DataFrame([(n, lab_training.WEIGHT_ROLES[n], str(result.gradients[n].shape), f"{norms[n]:.4g}",
                            f"{np.abs(getattr(result.after, n) - getattr(result.before, n)).max():.3g}")
                           for n in lab_training.WEIGHT_NAMES],
                          columns=["weight", "role", "shape", "gradient norm ‖g‖", "largest change |lr·g|"]),
             hide_index=True)
kernels_tab, maps_tab, dense_tab, batch_tab = st.tabs(["Conv kernels", "Feature maps", "Dense weights", "Batch"])
with kernels_tab:
    st.plotly_chart(figures.kernels_figure(result.before.conv_w, "kernels now (w)"), key="step_w")
    st.plotly_chart(figures.kernels_figure(result.gradients["conv_w"], "gradient dLoss/dw from tf.GradientTape",
                                           decimals=3), key="step_g")
    st.plotly_chart(figures.kernels_figure(result.after.conv_w, f"after the step: w − {learning_rate:g} · g"),
                    key="step_after")
    st.caption("Red = positive, blue = negative. Where the gradient is red, increasing that weight would raise the "
               "loss, so SGD lowers it (and the other way round).")
with maps_tab:
    st.plotly_chart(figures.kernels_figure(result.feature_maps[:, :, None, :], "first digit after convolution + "
                                           "ReLU (28×28 each)", decimals=-1, height=360, label="map"),
                    key="step_maps")
with dense_tab:
    st.plotly_chart(figures.side_by_side([result.before.w2.T, result.gradients["w2"].T],
                                         ["output weights w2 (class × unit)", "their gradient"], diverging=True,
                                         height=320), key="step_dense")
with batch_tab:
    predictions = result.probabilities.argmax(axis=1)
    st.plotly_chart(figures.digits_figure(stepper.batch.x, stepper.batch.y.tolist(), predictions.tolist()),
                    key="step_batch_chart")
    st.caption("label → prediction of the current weights (green right, red wrong).")

with st.expander("The code of one step (as in the study notes)"):
    st.code("with tf.GradientTape() as tape:\n    z = forpass(x)\n"
            "    loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(y_one_hot, z))\n"
            "grads = tape.gradient(loss, [conv_w, conv_b, w1, b1, w2, b2])\n"
            f"tf.optimizers.SGD(learning_rate={learning_rate:g}).apply_gradients(zip(grads, weights_list))",
            language="python")
    drift = max(float(np.abs(getattr(result.after, n) - (getattr(result.before, n) - learning_rate
                                                          * result.gradients[n])).max())
                for n in lab_training.WEIGHT_NAMES)
    st.markdown(f"Check: the optimizer's new weights equal w − lr · g up to {drift:.1e} (float32 rounding).")

if not np.isfinite(result.loss) or result.loss > 50:
    st.warning("The loss exploded: the learning rate is too large for this network. Lower it and start over.",
               icon=":material/warning:")
