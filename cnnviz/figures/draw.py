"""Figures for the Draw page: the preprocessing steps side by side and the ten class probabilities."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from cnnviz.classnames import display_class_names
from cnnviz.i18n import t

PREDICTED = "#d62728"
OTHER = "#9ecae1"
MAX_SHOWN_SIDE = 140  # big steps (the 280×280 drawing) are shown subsampled: hovering 78,400 cells is slow


def _shown(image: np.ndarray) -> tuple[np.ndarray, int]:
    """The image, subsampled by an integer step so its longer side is at most MAX_SHOWN_SIDE."""
    step = max(1, int(np.ceil(max(image.shape[:2]) / MAX_SHOWN_SIDE)))
    return image[::step, ::step], step


def _step_trace(image: np.ndarray) -> go.BaseTraceType:
    shown, step = _shown(np.asarray(image, dtype=np.float32))
    if shown.ndim == 3:
        return go.Image(z=np.clip(shown * 255, 0, 255).astype(np.uint8), dx=step, dy=step,
                        hovertemplate="x %{x}, y %{y}<br>RGB %{z}<extra></extra>")
    return go.Heatmap(z=shown, x0=0, dx=step, y0=0, dy=step, colorscale="gray", zmin=0, zmax=1, showscale=False,
                      hovertemplate=f"x %{{x}}, y %{{y}}<br>{t('fig.value')} %{{z:.2f}}<extra></extra>")


def preprocessing_steps(steps: Sequence[tuple[str, np.ndarray]], height: int = 260) -> go.Figure:
    """Each step's image in its own panel, left to right, with its pixel size in the title."""
    titles = [title for title, _ in steps]
    fig = make_subplots(rows=1, cols=len(steps), subplot_titles=titles, horizontal_spacing=0.03)
    for column, (_, image) in enumerate(steps, start=1):
        fig.add_trace(_step_trace(image), row=1, col=column)
        fig.update_xaxes(showticklabels=False, showgrid=False, zeroline=False, constrain="domain", row=1, col=column)
        anchor = "x" if column == 1 else f"x{column}"
        fig.update_yaxes(showticklabels=False, showgrid=False, zeroline=False, autorange="reversed",
                         scaleanchor=anchor, constrain="domain", row=1, col=column)
    fig.update_annotations(font_size=11)
    fig.update_layout(height=height, margin={"l": 5, "r": 5, "t": 50, "b": 5}, showlegend=False)
    return fig


def class_probabilities(probabilities: np.ndarray, class_names: Sequence[str], title: str = "") -> go.Figure:
    """All classes in their natural order (0 to 9 for digits), the predicted one highlighted; built-in datasets'
    class names in the current language."""
    probabilities = np.asarray(probabilities, dtype=np.float64)
    shown = display_class_names(class_names)
    names = [shown[i] if i < len(shown) else str(i) for i in range(len(probabilities))]
    best = int(np.argmax(probabilities))
    colours = [PREDICTED if i == best else OTHER for i in range(len(probabilities))]
    fig = go.Figure(go.Bar(x=names, y=probabilities, marker_color=colours,
                           text=[f"{p:.0%}" if p >= 0.005 else "" for p in probabilities], textposition="outside",
                           hovertemplate=f"{t('fig.class')} %{{x}}<br>{t('fig.probability')} %{{y:.4f}}"
                                         "<extra></extra>"))
    fig.update_layout(title=title, height=300,
                      yaxis={"range": [0, 1.12], "tickformat": ".0%", "title": t("fig.probability")},
                      xaxis={"type": "category", "title": t("fig.class")},
                      margin={"l": 10, "r": 10, "t": 40 if title else 10, "b": 10})
    return fig
