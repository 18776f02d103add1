"""Feature maps, top-k predictions and Grad-CAM for one image through a trained run."""

import hashlib

import streamlit as st

from cnnviz.data.classnames import display_class_names
from cnnviz.figures import alt
from cnnviz.figures import inspect as figures
from cnnviz.i18n import t
from pages.common import explaining, internals, state, workers
from pages.common import inspect as shared
from pages.common.charts import chart
from pages.common.text import plain

ALL_LAYERS = "__all__"  # the Layer select's value for every conv and pooling layer (no layer has this name)
PANEL = 330  # px: input, predictions and Grad-CAM side by side on a wide screen, two then one on a projector

st.title(t("common.nav.feature_maps"))
st.caption(t("look.inspectpages.fm_intro"))

choice, model = shared.pick_run_and_model("fm")
info = model.info
input_shape, n_classes = info.input_shape, info.n_classes
names = tuple(display_class_names(shared.class_names(choice.run_dir, n_classes)))  # in the reader's language
chosen = shared.choose_image(choice, input_shape, names, "fm")
if chosen is None:
    st.stop()

probabilities = workers.probabilities_one(model.ref, chosen.image)
predicted = int(probabilities.argmax())
verdict = ""
if chosen.true_class is not None:
    verdict = " " + t("look.inspectpages.correct" if predicted == chosen.true_class else "look.inspectpages.wrong")

panels = st.container(horizontal=True)
with panels.container(width=PANEL):
    chart(figures.image_figure(chosen.image, t("figures.arch.legend_input"), height=280), key="fm_input",
          alt=alt.input_image(chosen.image))
    st.caption(chosen.caption)
with panels.container(width=PANEL):
    k = min(5, n_classes)
    chart(figures.probability_bars(probabilities, names, top_k=k, title=t("look.inspectpages.top_k", k=k)),
          key="fm_probs", alt=alt.prediction(probabilities, names))
    st.markdown(t("look.inspectpages.predicted", name=plain(names[predicted]),
                  probability=f"{probabilities[predicted]:.1%}",
                  verdict=verdict))
with panels.container(width=PANEL):
    convs = list(info.conv_layers)
    if not convs:
        st.info(t("look.inspectpages.cam_no_conv"))
    else:
        image_id = hashlib.sha1(chosen.image.tobytes()).hexdigest()[:12]  # a new image starts on its prediction
        class_index = st.selectbox(t("look.inspectpages.cam_class"), range(n_classes),
                                   index=state.held_index(f"fm_cam_class_{image_id}", range(n_classes), predicted),
                                   format_func=lambda i: names[i], key=f"fm_cam_class_{image_id}",
                                   persist_state=state.KEEP, help=t("look.inspectpages.cam_class_help"))
        cam_layer = st.selectbox(t("common.explainpages.filters.layer"), convs,
                                 index=state.held_index("fm_cam_layer", convs, len(convs) - 1), key="fm_cam_layer",
                                 persist_state=state.KEEP, help=t("look.inspectpages.cam_layer_help"))
        cam = workers.grad_cam(model.ref, chosen.image, int(class_index), cam_layer)
        chart(figures.gradcam_overlay(chosen.image, cam, t("look.inspectpages.cam_title",
                                                                     name=names[class_index]),
                                      height=280),
              key="fm_cam", alt=alt.grad_cam(names[class_index], cam))
        caveat = info.grad_cam_caveat(cam_layer)
        if caveat:
            st.warning(caveat, icon=":material/warning:")
        if not cam.any():
            st.caption(t("look.inspectpages.cam_empty", layer=cam_layer, name=plain(names[class_index])))

st.header(t("look.inspectpages.inside"))
feature_layers = list(info.feature_layers)
options = [ALL_LAYERS] + [layer.name for layer in info.layers]
row = st.container(horizontal=True, vertical_alignment="bottom")
picked = row.selectbox(t("look.ownpages.col_layer"), options, index=state.held_index("fm_layer", options),
                       key="fm_layer",
                       width=320, persist_state=state.KEEP,
                       format_func=lambda v: t("look.inspectpages.all_layers") if v == ALL_LAYERS else v,
                       help=t("look.inspectpages.layer_help"))
shared_scale = row.toggle(t("look.inspectpages.same_scale"), value=state.held("fm_shared", True), key="fm_shared",
                          persist_state=state.KEEP, help=t("look.inspectpages.same_scale_help"))
layers = feature_layers if picked == ALL_LAYERS else [picked]
if not layers:
    st.info(t("look.inspectpages.no_feature_layers"))
    st.stop()
with st.spinner(t("common.ownpages.res_computing_maps")):
    maps = workers.feature_maps(model.ref, chosen.image, tuple(layers))
fields = info.fields  # receptive fields from the shape math; None for a branching model
field_of = {f.name: f for f in fields or []}
for name in layers:
    values = maps[name]
    shape = "×".join(str(d) for d in values.shape)
    title = t("look.inspectpages.map_title", layer=name, kind=info.layer_type(name), shape=shape)
    if name in field_of:
        title += f" · {explaining.field_text(field_of[name])}"
    chart(figures.feature_map_grid(values, title, shared_scale=shared_scale), key=f"fm_map_{name}",
          alt=alt.feature_maps(name, values))

st.header(t("look.explainpages.rf.heading"), anchor=False)
st.caption(t("look.explainpages.rf.intro"))
if fields is None:
    st.info(t("look.explainpages.rf.unavailable"), icon=":material/info:")
else:
    explaining.receptive_field_panel(model, chosen.image, fields)

with explaining.lazy_expander(t("look.explainpages.internals.fm_expander"), "fm_replay_open",
                              icon=":material/movie:") as replay:
    if replay.open and (series := internals.replay_for(choice)) is not None:
        internals.feature_map_replay(series, names, "fm")
