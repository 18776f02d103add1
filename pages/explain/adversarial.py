"""Fool the network: a change too small to see that flips the prediction (FGSM and iterated FGSM), and how the
accuracy on test images falls as the change may grow."""

from __future__ import annotations

import numpy as np
import streamlit as st

from cnnviz import inference
from cnnviz.data.classnames import display_class_names
from cnnviz.figures.explain import adversarial_figure, robustness_figure
from cnnviz.i18n import CnnvizError, t
from cnnviz.inspect import adversarial
from pages.common import explaining, state, workers
from pages.common import inspect as shared
from pages.common.charts import chart
from pages.common.text import plain

KEY = "adv"
CURVE_IMAGES = 500  # test images of the accuracy-vs-ε curve
FRAGILE_IMAGES = 500  # test images searched for one that is easy to fool
MAX_EPSILON = 0.3
FIELD = 200

st.title(t("explain.explainpages.adv.title"))
st.caption(t("explain.explainpages.adv.intro"))

choice, model = shared.pick_run_and_model(KEY)
input_shape, n_classes = model.info.input_shape, model.info.n_classes
names = tuple(display_class_names(shared.class_names(choice.run_dir, n_classes)))  # in the reader's language
model_id = explaining.model_key(choice)


def name(index: int) -> str:
    return names[index] if index < len(names) else str(index)


def has_test_images() -> bool:
    """Whether the run's test images can be used here, after saying why not when they cannot."""
    try:
        size = shared.split_size(choice.run_dir, "test")
    except Exception as exc:  # the run's dataset is no longer available here
        st.error(t("explain.explainpages.adv.no_data", reason=str(exc)), icon=":material/error:")
        return False
    if size == 0:
        st.warning(t("explain.explainpages.adv.empty_test"))
        return False
    return True


def find_fragile() -> None:
    """Search the test images for a confidently right one that FGSM flips at the smallest ε and open it."""
    if not has_test_images():
        return
    bar = st.progress(0.0, text=t("explain.explainpages.adv.searching", done=0, total=1))

    def report(done: int, total: int) -> None:
        bar.progress(done / max(total, 1), text=t("explain.explainpages.adv.searching", done=done, total=total))

    found, searched = workers.on_model(model, inference.fragile_on_test, choice.run_dir, FRAGILE_IMAGES,
                                       progress=report)
    bar.empty()
    if not found:
        state.ADVERSARIAL_FOUND.set({"model": model_id, "message": t("explain.explainpages.adv.found_none",
                                                                     n=searched)})
        return
    best = found[0]
    # The search walks a coarse grid of ε; the slider moves in finer steps: open the image at the smallest ε of
    # the slider's grid that flips it, so the slider, the verdict and "smallest ε" below all agree.
    image, _ = shared.dataset_image(choice.run_dir, "test", best.index)
    search = workers.on_model(model, adversarial.smallest_flipping_epsilon, image, best.label)
    epsilon = search.smallest if search.smallest is not None else best.epsilon
    # The image chooser and the ε slider have not been drawn yet in this run: their values can still be set.
    state.INSPECT_TARGET.set({"run": choice.run_dir, "split": "test", "index": best.index})
    state.set_widget_value(f"{KEY}_eps", float(epsilon))
    state.set_widget_value(f"{KEY}_method", "fgsm")
    state.ADVERSARIAL_FOUND.set({"model": model_id, "message": t(
        "explain.explainpages.adv.found", index=best.index, label=plain(name(best.label)), p=best.confidence,
        epsilon=epsilon, count=len(found), n=searched)})


if choice.has_dataset:
    row = st.container(horizontal=True, vertical_alignment="center")
    if row.button(t("explain.explainpages.adv.find"), icon=":material/search:", key=f"{KEY}_find",
                  help=t("explain.explainpages.adv.find_help", n=FRAGILE_IMAGES)):
        find_fragile()
    found_before = state.ADVERSARIAL_FOUND.get()
    if found_before and found_before.get("model") == model_id:
        row.caption(found_before["message"])

chosen = shared.choose_image(choice, input_shape, names, KEY)
if chosen is None:
    st.stop()
image = np.asarray(chosen.image, dtype=np.float32)

# ---------------------------------------------------------------- the attack

row = st.container(horizontal=True, vertical_alignment="bottom")
method = row.radio(t("explain.explainpages.adv.method"), adversarial.METHODS, horizontal=True,
                   index=state.held_index(f"{KEY}_method", adversarial.METHODS), key=f"{KEY}_method",
                   format_func=lambda m: t(f"inspect.attack.{m}"), persist_state=state.KEEP,
                   help=t("explain.explainpages.adv.method_help"))
epsilon = row.slider(t("explain.explainpages.adv.epsilon"), 0.0, MAX_EPSILON, state.held(f"{KEY}_eps", 0.01),
                     step=0.002,
                     format="%.3f", key=f"{KEY}_eps", width=360, persist_state=state.KEEP,
                     help=t("explain.explainpages.adv.epsilon_help"))
steps = 1
if method == "ifgsm":
    steps = int(row.number_input(t("explain.explainpages.adv.steps"), 1, 100, state.held(f"{KEY}_steps", 10),
                                 key=f"{KEY}_steps", width=FIELD, persist_state=state.KEEP,
                                 help=t("explain.explainpages.adv.steps_help")))
before = workers.probabilities_one(model.ref, image)
label = chosen.true_class if chosen.true_class is not None else int(before.argmax())
target_key = ("explain.explainpages.adv.target_true" if chosen.true_class is not None
              else "explain.explainpages.adv.target_pred")
st.caption(t(target_key,
             label=plain(name(label))))

attacks = explaining.results_cache("adversarial", 64)
image_key = explaining.image_id(image)
try:
    result = explaining.cached(attacks, ("attack", model_id, image_key, label, method, steps, round(epsilon, 4)),
                               lambda: workers.on_model(model, adversarial.attack, image, float(epsilon), label,
                                                        method, steps),
                               spinner=t("explain.explainpages.adv.attacking"))
    search = explaining.cached(attacks, ("search", model_id, image_key, label, method, steps),
                               lambda: workers.on_model(model, adversarial.smallest_flipping_epsilon, image, label,
                                                        method=method, steps=steps),
                               spinner=t("explain.explainpages.adv.searching_epsilon",
                                         count=len(adversarial.SEARCH_EPSILONS)))
except CnnvizError as exc:
    st.error(str(exc), icon=":material/error:")
    st.stop()

chart(adversarial_figure(result, names), key=f"{KEY}_figure")
change = t("explain.explainpages.adv.change", epsilon=result.epsilon, levels=result.epsilon * 255)
was, now = result.predicted_before, result.predicted_after
if result.epsilon == 0:
    st.info(t("explain.explainpages.adv.zero"), icon=":material/info:")
elif result.flipped:
    st.error(t("explain.explainpages.adv.flipped", before=plain(name(was)), p=float(result.probabilities_before[was]),
               after=plain(name(now)), q=float(result.probabilities_after[now]), change=change),
             icon=":material/swap_horiz:")
else:
    st.success(t("explain.explainpages.adv.held", before=plain(name(was)), p=float(result.probabilities_before[was]),
                 q=float(result.probabilities_after[was]), change=change), icon=":material/shield:")
if chosen.true_class is not None and was != chosen.true_class:
    st.caption(t("explain.explainpages.adv.already_wrong", true=plain(name(chosen.true_class))))


def use_epsilon(value: float) -> None:
    state.set_widget_value(f"{KEY}_eps", value)


row = st.container(horizontal=True, vertical_alignment="center")
if search.smallest is None:
    row.markdown(t("explain.explainpages.adv.never", high=float(search.epsilons.max())))
else:
    row.markdown(t("explain.explainpages.adv.smallest", epsilon=search.smallest, levels=search.smallest * 255,
                   low=float(search.epsilons.min()), high=float(search.epsilons.max()),
                   step=float(np.median(np.diff(search.epsilons))) if len(search.epsilons) > 1 else 0.0))
    row.button(t("explain.explainpages.adv.use", epsilon=search.smallest), key=f"{KEY}_use", on_click=use_epsilon,
               args=(search.smallest,), icon=":material/tune:", help=t("explain.explainpages.adv.use_help"))

# ---------------------------------------------------------------- accuracy under attack

st.header(t("explain.explainpages.adv.curve_heading"), anchor=False)
if not choice.has_dataset:
    st.info(t("explain.explainpages.adv.no_test_set"), icon=":material/info:")
    st.stop()
curves = explaining.results_cache("robustness", 32)
asked = state.ROBUSTNESS_ASKED.get()
wanted = (method, steps)
shown = [tuple(item) for item in asked.get(model_id, [])]
row = st.container(horizontal=True, vertical_alignment="center")
if row.button(t("explain.explainpages.adv.curve_button", method=t(f"inspect.attack.{method}"), n=CURVE_IMAGES),
              key=f"{KEY}_curve", icon=":material/show_chart:",
              disabled=wanted in shown and (model_id, *wanted) in curves,
              help=t("explain.explainpages.adv.curve_help")):
    if (model_id, *wanted) not in curves and has_test_images():
        bar = st.progress(0.0, text=t("explain.explainpages.adv.curve_progress", done=0, total=1))

        def report(done: int, total: int) -> None:
            bar.progress(done / max(total, 1), text=t("explain.explainpages.adv.curve_progress", done=done,
                                                      total=total))

        curves.put((model_id, *wanted), workers.on_model(model, inference.robustness_on_test, choice.run_dir,
                                                         CURVE_IMAGES, method, steps, progress=report))
        bar.empty()
    if (model_id, *wanted) in curves and wanted not in shown:
        shown = [*shown, wanted]
        state.ROBUSTNESS_ASKED.set({**asked, model_id: shown})
ready = [curve for item in shown if (curve := curves.get((model_id, *item))) is not None]
if ready:
    chart(robustness_figure(ready), key=f"{KEY}_curve_chart")
    for curve in ready:
        half = next((float(e) for e, a in zip(curve.epsilons, curve.accuracy, strict=True)
                     if a <= curve.accuracy[0] / 2), None)
        st.caption(t("explain.explainpages.adv.curve_line", method=t(f"inspect.attack.{curve.method}"),
                     clean=float(curve.accuracy[0]), eps=float(curve.epsilons[-1]), last=float(curve.accuracy[-1]),
                     half=t("explain.explainpages.adv.half", epsilon=half) if half is not None else ""))
else:
    row.caption(t("explain.explainpages.adv.curve_hint"))
