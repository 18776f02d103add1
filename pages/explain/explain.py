"""Why this answer: five attribution methods side by side for one image and one class."""

from __future__ import annotations

import json

import numpy as np
import streamlit as st

from cnnviz.data.classnames import display_class_names
from cnnviz.figures.explain import attribution_row, integrated_gradients_figure
from cnnviz.i18n import CnnvizError, t
from cnnviz.inspect import attribution
from pages.common import explaining, state, workers
from pages.common import inspect as shared
from pages.common.charts import chart
from pages.common.text import plain

KEY = "xp"
FIELD = 200  # px per setting: the rows wrap on a projector
WIDE = 250  # px: the settings whose label names Integrated Gradients
PANEL = 640

st.title(t("explain.explainpages.explain.title"))
st.caption(t("explain.explainpages.explain.intro"))

choice, model = shared.pick_run_and_model(KEY)
input_shape, n_classes = model.info.input_shape, model.info.n_classes
names = tuple(display_class_names(shared.class_names(choice.run_dir, n_classes)))  # in the reader's language
chosen = shared.choose_image(choice, input_shape, names, KEY)
if chosen is None:
    st.stop()
image = np.asarray(chosen.image, dtype=np.float32)
probabilities = workers.probabilities_one(model.ref, image)
predicted = int(probabilities.argmax())
shared.remember_look(choice, chosen, predicted)  # what a lesson's "look" exercise is checked from


def name(index: int) -> str:
    return names[index] if index < len(names) else str(index)


# ---------------------------------------------------------------- the image, its prediction and the class

verdict = ""
if chosen.true_class is not None:
    verdict = t("explain.explainpages.explain.right" if predicted == chosen.true_class
                else "explain.explainpages.explain.wrong",
                true=plain(name(chosen.true_class)))
st.markdown(t("explain.explainpages.explain.prediction", label=plain(name(predicted)),
              p=float(probabilities[predicted]),
              verdict=verdict))
st.caption(chosen.caption)


def class_label(index: int) -> str:
    marks = []
    if index == predicted:
        marks.append(t("explain.explainpages.explain.mark_predicted"))
    if index == chosen.true_class:
        marks.append(t("explain.explainpages.explain.mark_true"))
    suffix = f" · {', '.join(marks)}" if marks else ""
    return f"{name(index)} ({probabilities[index]:.1%}){suffix}"


convs = list(model.info.conv_layers)
row = st.container(horizontal=True, vertical_alignment="bottom")
class_key = f"{KEY}_class_{explaining.image_id(image)}"
# Its options show this model's probabilities: set on every run, the choice goes back to the browser with them (the
# browser would keep showing the text it showed, another run's probability, after a switch of run).
state.set_widget_value(class_key, state.widget_value(class_key, predicted))
class_index = int(row.selectbox(t("explain.explainpages.explain.class"), range(n_classes), format_func=class_label,
                                index=state.held_index(class_key, range(n_classes)), key=class_key, width=320,
                                persist_state=state.KEEP, help=t("explain.explainpages.explain.class_help")))
cam_layer = None
if convs:
    cam_layer = row.selectbox(t("explain.explainpages.explain.cam_layer"), convs,
                              index=state.held_index(f"{KEY}_cam_layer", convs, len(convs) - 1), key=f"{KEY}_cam_layer",
                              width=FIELD, persist_state=state.KEEP,
                              help=t("explain.explainpages.explain.cam_layer_help"))

# ---------------------------------------------------------------- settings of the methods

height, width = input_shape[:2]
row = st.container(horizontal=True, vertical_alignment="bottom")
samples = row.number_input(t("explain.explainpages.explain.samples"), 4, 256, state.held(f"{KEY}_samples", 32), step=4,
                           key=f"{KEY}_samples", width=FIELD, persist_state=state.KEEP,
                           help=t("explain.explainpages.explain.samples_help"))
noise = row.number_input(t("explain.explainpages.explain.noise"), 0.0, 0.5, state.held(f"{KEY}_noise", 0.15), step=0.05,
                         format="%.2f", key=f"{KEY}_noise", width=FIELD, persist_state=state.KEEP,
                         help=t("explain.explainpages.explain.noise_help"))
baseline = row.selectbox(t("explain.explainpages.explain.baseline"), attribution.BASELINES,
                         format_func=lambda kind: t(f"explain.baseline.{kind}"),
                         index=state.held_index(f"{KEY}_baseline", attribution.BASELINES), key=f"{KEY}_baseline",
                         width=WIDE, persist_state=state.KEEP, help=t("explain.explainpages.explain.baseline_help"))
steps = row.number_input(t("explain.explainpages.explain.steps"), 8, 512, state.held(f"{KEY}_steps", 128), step=8,
                         key=f"{KEY}_steps", width=WIDE, persist_state=state.KEEP,
                         help=t("explain.explainpages.explain.steps_help"))
row = st.container(horizontal=True, vertical_alignment="bottom")
side = min(height, width)
if (state.widget_value(f"{KEY}_window") or 0) > side:
    state.set_widget_value(f"{KEY}_window", side)
window = row.number_input(t("explain.explainpages.explain.window", side=side), 1, side,
                          state.held(f"{KEY}_window", min(4, side)), key=f"{KEY}_window", width=FIELD,
                          persist_state=state.KEEP, help=t("explain.explainpages.explain.window_help"))
if (state.widget_value(f"{KEY}_stride") or 0) > window:
    state.set_widget_value(f"{KEY}_stride", int(window))
stride = row.number_input(t("explain.explainpages.explain.stride"), 1, int(window),
                          state.held(f"{KEY}_stride", min(2, int(window))), key=f"{KEY}_stride", width=FIELD,
                          persist_state=state.KEEP, help=t("explain.explainpages.explain.stride_help"))
fill = row.selectbox(t("explain.explainpages.explain.fill"), ("black", "mean", "grey"),
                     format_func=lambda kind: t(f"explain.explainpages.explain.fill_{kind}"),
                     index=state.held_index(f"{KEY}_fill", ("black", "mean", "grey")), key=f"{KEY}_fill", width=FIELD,
                     persist_state=state.KEEP, help=t("explain.explainpages.explain.fill_help"))

options: dict[str, dict] = {
    "gradcam": {"layer_name": cam_layer},
    "saliency": {},
    "smoothgrad": {"samples": int(samples), "noise": float(noise), "seed": 0},
    "integrated-gradients": {"baseline": baseline, "steps": int(steps)},
    "occlusion": {"window": int(window), "stride": int(stride),
                  "fill": {"black": 0.0, "grey": 0.5, "mean": "mean"}[fill]},
}
methods = [m for m in attribution.METHODS if m != "gradcam" or convs]

# ---------------------------------------------------------------- computing (cached per model, image, settings)

cache = explaining.results_cache("attribution", 160)  # 32 images × 5 methods
base_key = (explaining.model_key(choice), explaining.image_id(image), class_index)
keys = {m: (*base_key, m, json.dumps(options[m], sort_keys=True)) for m in methods}
missing = [m for m in methods if keys[m] not in cache]
bar = st.progress(0.0, text=t("explain.explainpages.explain.computing", method="…", done=0, total=len(missing))) \
    if missing else None
results: list[attribution.AttributionResult] = []
try:
    for method in methods:
        found = cache.get(keys[method])
        if found is None:
            if bar is not None and method in missing:
                done = missing.index(method)
                bar.progress(done / len(missing), text=t("explain.explainpages.explain.computing", done=done,
                                                         total=len(missing),
                                                         method=t(f"inspect.method.{method.replace('-', '_')}")))
            found = workers.on_model(model, attribution.attribute, image, method, class_index, **options[method])
            cache.put(keys[method], found)
        results.append(found)
except CnnvizError as exc:
    st.error(str(exc), icon=":material/error:")
    st.stop()
if bar is not None:
    bar.empty()

# ---------------------------------------------------------------- the row of maps

st.header(t("explain.explainpages.explain.row_heading", label=plain(name(class_index))), anchor=False)
chart(attribution_row(image, results), key=f"{KEY}_row")
st.caption(t("explain.explainpages.explain.scale"))
for result in results:
    st.markdown(f"**{result.title}**: {result.about}")
if not convs:
    st.info(t("explain.explainpages.explain.no_conv"), icon=":material/info:")
elif cam_layer is not None:
    caveat = model.info.grad_cam_caveat(cam_layer)
    if caveat:
        st.warning(caveat, icon=":material/warning:")
    gradcam = next(r for r in results if r.method == "gradcam")
    if not np.any(gradcam.map):
        st.caption(t("explain.explainpages.explain.cam_empty", layer=cam_layer, label=plain(name(class_index))))

occluded = next(r for r in results if r.method == "occlusion")
if occluded.window_drops is not None:
    drops = occluded.window_drops
    top, left = np.unravel_index(int(np.argmax(drops)), drops.shape)
    st.caption(t("explain.explainpages.explain.occlusion_line", count=drops.size, window=int(window),
                 stride=int(stride),
                 drop=float(drops.max()), x=int(occluded.window_lefts[left]), y=int(occluded.window_tops[top]),
                 score=occluded.score))

# ---------------------------------------------------------------- Integrated Gradients: baseline and completeness

ig = next(r for r in results if r.method == "integrated-gradients")
st.header(t("explain.explainpages.explain.ig_heading"), anchor=False)
with st.container(width=PANEL + 160):
    ig_figure = integrated_gradients_figure(image, ig, height=280)
    ig_figure.update_layout(title_text="", margin_t=40)  # the completeness line is printed below, whole at any width
    chart(ig_figure, key=f"{KEY}_ig")
if ig.completeness is not None:
    line = ig.completeness.text()
    if ig.completeness.holds():
        st.success(line, icon=":material/check_circle:")
    else:
        st.warning(line, icon=":material/warning:")
st.caption(t("explain.explainpages.explain.ig_caption"))
