"""What a network answered for one image, and why: shared by the Draw page (the digit case) and Predict (any model).

`prediction_panel` shows the answer and the class probabilities, `received_panel` the preparation steps and the
exact input, `why_panel` Grad-CAM for the predicted class and the first convolution layers' feature maps.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import streamlit as st

from cnnviz.figures import alt, figure_text
from cnnviz.figures.draw import class_probabilities, preprocessing_steps
from cnnviz.figures.inspect import feature_map_grid, gradcam_overlay, image_figure, probability_bars
from cnnviz.i18n import t
from pages.common import state, workers
from pages.common.charts import chart
from pages.common.text import plain

if TYPE_CHECKING:
    from pages.common.workers import RemoteModel

ALL_BARS = 12  # up to this many classes all bars are shown in their natural order; more: the top ten


def prediction_panel(probabilities: np.ndarray, class_names: Sequence[str], key: str) -> int:
    """The predicted class and its confidence, the runner-up, and the probabilities; returns the predicted index."""
    probabilities = np.asarray(probabilities, dtype=np.float64)
    order = np.argsort(probabilities)[::-1]
    best = int(order[0])
    row = st.container(horizontal=True, gap="large")
    row.metric(t("play.ownpages.res_prediction"), str(class_names[best]), width="content")
    row.metric(t("play.ownpages.res_confidence"), f"{probabilities[best]:.1%}", width="content",
               help=t("play.ownpages.res_confidence_help"))
    if len(order) > 1:
        second = int(order[1])
        st.caption(t("play.ownpages.res_runner_up", name=plain(class_names[second]), p=f"{probabilities[second]:.1%}"))
    if len(probabilities) <= ALL_BARS:
        figure = class_probabilities(probabilities, [str(n) for n in class_names],
                                     t("play.ownpages.res_all_probabilities", n=len(probabilities)))
    else:
        figure = probability_bars(probabilities, [str(n) for n in class_names], top_k=10,
                                  title=t("play.ownpages.res_top_probabilities", k=10))
    chart(figure, width="stretch", key=f"{key}_probabilities", alt=alt.prediction(probabilities, class_names))
    return best


def received_panel(steps: Sequence[tuple[str, np.ndarray]], image: np.ndarray, key: str, caption: str = "") -> None:
    """The preparation steps side by side, and the exact input the network received."""
    st.header(t("play.ownpages.res_receives"), anchor=False)
    if caption:
        st.caption(caption)
    height, width = image.shape[:2]
    steps_col, input_col = st.columns([3, 1])
    if steps:
        chart(where=steps_col, fig=preprocessing_steps(list(steps)), width="stretch", key=f"{key}_steps")
    chart(where=input_col, fig=image_figure(image, t("play.ownpages.res_model_input", height=height, width=width),
                                        height=260),
          width="stretch", key=f"{key}_input", alt=alt.input_image(image, drawn=key == "draw"))


def why_panel(model: RemoteModel, image: np.ndarray, class_index: int, class_names: Sequence[str], key: str,
              feature_help: str = "", feature_caption: str = "") -> None:
    """Grad-CAM of the last conv layer for the predicted class (with its caveat) beside the first conv layers'
    feature maps (how many: a slider)."""
    st.header(t("play.ownpages.res_why"), anchor=False)
    conv_names = list(model.info.conv_layers)
    if not conv_names:
        st.info(t("play.ownpages.res_no_conv"))
        return
    name = str(class_names[class_index])
    cam_col, maps_col = st.columns([1, 2])
    with cam_col:
        with st.spinner(t("play.ownpages.res_computing_cam")):  # the first call per model compiles the gradient graph
            cam = workers.grad_cam(model.ref, image, class_index)
        chart(gradcam_overlay(image, cam, figure_text("play.ownpages.res_cam_title", name=name)),
              width="stretch", key=f"{key}_gradcam", alt=alt.grad_cam(name, cam))
        st.caption(t("play.ownpages.res_cam_caption", layer=conv_names[-1], name=plain(name)))
        caveat = model.info.grad_cam_caveat(conv_names[-1])
        if caveat:
            st.warning(caveat, icon=":material/warning:")
    with maps_col:
        count = st.slider(t("play.ownpages.res_layers_to_show"), 1, len(conv_names),
                          state.held(f"{key}_layer_count", min(2, len(conv_names))),
                          help=feature_help or t("play.ownpages.res_layers_help"), key=f"{key}_layer_count",
                          persist_state=state.KEEP) if len(conv_names) > 1 else 1
        with st.spinner(t("common.ownpages.res_computing_maps")):
            maps = workers.feature_maps(model.ref, image, tuple(conv_names[:count]))
        for layer, activation in maps.items():
            title = figure_text("play.ownpages.res_maps_title", layer=layer, n=activation.shape[-1],
                                height=activation.shape[0], width=activation.shape[1])
            chart(feature_map_grid(activation, title), width="stretch", key=f"{key}_maps_{layer}",
                  alt=alt.feature_maps(layer, activation))
        st.caption(feature_caption or t("play.ownpages.res_maps_caption"))
