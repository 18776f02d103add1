"""Figures for the Draw page: the preprocessing steps side by side and the ten class probabilities."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

import numpy as np
import plotly.graph_objects as go

from cnnviz.data.classnames import display_class_names
from cnnviz.figures import colorscale, palette, unchecked_figure
from cnnviz.figures.inspect import image_axes
from cnnviz.i18n import t

PREDICTED = palette.HIGHLIGHT
OTHER = palette.LIGHT_BLUE
MAX_SHOWN_SIDE = 140  # big steps (the 280×280 drawing) are shown subsampled: hovering 78,400 cells is slow


def _shown(image: np.ndarray) -> tuple[np.ndarray, int]:
    """The image, subsampled by an integer step so its longer side is at most MAX_SHOWN_SIDE."""
    step = max(1, int(np.ceil(max(image.shape[:2]) / MAX_SHOWN_SIDE)))
    return image[::step, ::step], step


def _step_trace(image: np.ndarray, axes: str) -> dict:
    shown, step = _shown(np.asarray(image, dtype=np.float32))
    if shown.ndim == 3:
        return {"type": "image", "z": np.clip(shown * 255, 0, 255).astype(np.uint8), "dx": step, "dy": step,
                "hovertemplate": "x %{x}, y %{y}<br>RGB %{z}<extra></extra>", "xaxis": f"x{axes}", "yaxis": f"y{axes}"}
    return {"type": "heatmap", "z": shown, "x0": 0, "dx": step, "y0": 0, "dy": step,
            "colorscale": colorscale(palette.GREY_SCALE),
            "zmin": 0, "zmax": 1, "showscale": False, "xaxis": f"x{axes}", "yaxis": f"y{axes}",
            "hovertemplate": f"x %{{x}}, y %{{y}}<br>{t('figures.value')} %{{z:.2f}}<extra></extra>"}


STEP_GAP = 0.03  # of the figure's width, between two steps
STEP_TITLE_CHARS = 14  # a step's title wraps at this width: on a projector a step is ~100 px wide


def preprocessing_steps(steps: Sequence[tuple[str, np.ndarray]], height: int = 260) -> go.Figure:
    """Each step's image in its own panel, left to right, with its pixel size in the title. Redrawn for every
    stroke on Draw: built as a plain dict, unchecked (`unchecked_figure`; the tests validate it)."""
    width = (1 - STEP_GAP * (len(steps) - 1)) / max(len(steps), 1)
    data, layout = [], {"height": height, "margin": {"l": 5, "r": 5, "t": 64, "b": 5}, "showlegend": False,
                        "annotations": []}
    for index, (title, image) in enumerate(steps):
        axes = "" if index == 0 else str(index + 1)
        left = index * (width + STEP_GAP)
        xaxis, yaxis = image_axes(f"x{axes}")
        layout[f"xaxis{axes}"] = {**xaxis, "domain": [left, left + width], "anchor": f"y{axes}"}
        layout[f"yaxis{axes}"] = {**yaxis, "domain": [0, 1], "anchor": f"x{axes}"}
        wrapped = "<br>".join(textwrap.wrap(title, STEP_TITLE_CHARS))
        layout["annotations"].append({"text": wrapped, "x": left + width / 2, "y": 1, "xref": "paper", "yref": "paper",
                                      "xanchor": "center", "yanchor": "bottom", "showarrow": False,
                                      "font": {"size": 11}})
        data.append(_step_trace(image, axes))
    return unchecked_figure({"data": data, "layout": layout})


def class_probabilities(probabilities: np.ndarray, class_names: Sequence[str], title: str = "") -> go.Figure:
    """All classes in their natural order (0 to 9 for digits), the predicted one highlighted; built-in datasets'
    class names in the current language."""
    probabilities = np.asarray(probabilities, dtype=np.float64)
    shown = display_class_names(class_names)
    names = [shown[i] if i < len(shown) else str(i) for i in range(len(probabilities))]
    best = int(np.argmax(probabilities))
    colours = [PREDICTED if i == best else OTHER for i in range(len(probabilities))]
    bars = {"type": "bar", "x": names, "y": probabilities, "marker": {"color": colours},
            "text": [f"{p:.0%}" if p >= 0.005 else "" for p in probabilities], "textposition": "outside",
            "hovertemplate": f"{t('figures.class')} %{{x}}<br>{t('figures.probability')} %{{y:.4f}}<extra></extra>"}
    return unchecked_figure({"data": [bars], "layout": {
        "title": {"text": title}, "height": 300,
        "yaxis": {"range": [0, 1.12], "tickformat": ".0%", "title": {"text": t("figures.probability")}},
        "xaxis": {"type": "category", "title": {"text": t("figures.class")}},
        "margin": {"l": 10, "r": 10, "t": 40 if title else 10, "b": 10}}})
