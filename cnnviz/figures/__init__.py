"""Plotly figures of cnnviz's results, one module per area (architecture, training, inspect, explain, compare, lab,
draw, userdata), and what they share: grid layouts, colour scales, and user text made safe for plotly.

May import any package below it (arch, data, models, runs, inspect, train, compare, learn); never streamlit."""

from __future__ import annotations

import functools
import html
from collections.abc import Callable, Sequence
from typing import Any, ParamSpec, TypeVar

import plotly.graph_objects as go
from plotly.colors import get_colorscale

from cnnviz.i18n import fields_escaped_with, t

P = ParamSpec("P")
R = TypeVar("R")


def unchecked_figure(spec: dict[str, Any]) -> go.Figure:
    """A figure from a plain {"data": [...], "layout": {...}} dict, without plotly's property validation: for a figure
    redrawn on every click (the Build diagram), where validating each trace and annotation cost ~10 ms of the
    server's time per click. Its tests build the same dict with validation (`go.Figure(spec)`), so a misspelt
    property still fails there."""
    return go.Figure(spec, _validate=False)


@functools.lru_cache(maxsize=32)
def colorscale(name: str) -> list[list]:
    """A named colour scale as plotly's validation would spell it out (an unchecked figure must: the browser's
    plotly.js knows fewer names than plotly.py, e.g. not "gray")."""
    return [[float(position), colour] for position, colour in get_colorscale(name)]


def grid_layout(rows: int, columns: int, titles: Sequence[str] = (), horizontal_spacing: float | None = None,
                vertical_spacing: float | None = None, column_widths: Sequence[float] | None = None,
                title_size: int = 16) -> tuple[dict[str, Any], list[str]]:
    """A rows × columns grid of panels laid out as `make_subplots` lays them out (row 1 at the top), as a plain
    layout dict: each panel's axes with their domains and anchors, and the panel titles as annotations. Also
    each panel's axis suffix ("", "2", "3", ...), in reading order: a trace of panel i names its axes
    f"x{suffix}" and f"y{suffix}"."""
    horizontal = 0.2 / columns if horizontal_spacing is None else horizontal_spacing
    vertical = 0.3 / rows if vertical_spacing is None else vertical_spacing
    weights = list(column_widths) if column_widths is not None else [1.0] * columns
    widths = [w / sum(weights) * (1 - horizontal * (columns - 1)) for w in weights]
    height = (1 - vertical * (rows - 1)) / rows
    layout: dict[str, Any] = {"annotations": []}
    suffixes = []
    for row in range(rows):
        top = 1 - row * (height + vertical)
        left = 0.0
        for column in range(columns):
            index = row * columns + column
            suffix = "" if index == 0 else str(index + 1)
            layout[f"xaxis{suffix}"] = {"domain": _span(left, left + widths[column]), "anchor": f"y{suffix}"}
            layout[f"yaxis{suffix}"] = {"domain": _span(top - height, top), "anchor": f"x{suffix}"}
            if index < len(titles):
                layout["annotations"].append({
                    "text": titles[index], "x": left + widths[column] / 2, "y": top, "xref": "paper", "yref": "paper",
                    "xanchor": "center", "yanchor": "bottom", "showarrow": False, "font": {"size": title_size}})
            suffixes.append(suffix)
            left += widths[column] + horizontal
    return layout, suffixes


def _span(start: float, end: float) -> list[float]:
    """A domain inside [0, 1] (summing the spacings leaves rounding errors such as -5.6e-17)."""
    return [min(1.0, max(0.0, round(start, 12))), min(1.0, max(0.0, round(end, 12)))]


def plotly_text(text: str) -> str:
    """A field a user or a file supplied, as plotly shows it: plotly reads a few HTML tags (<b>, <br>, <a href>) in
    titles, names and hover texts, so they are escaped; Markdown means nothing there, so it is not."""
    return html.escape(" ".join(str(text).split()), quote=False)


def plotly_fields(function: Callable[P, R]) -> Callable[P, R]:
    """A figure function whose catalog texts (`t()`) fill in their fields for plotly (see `plotly_text`), not for
    the page's Markdown: a run or class name keeps its characters, without Markdown's backslashes."""

    @functools.wraps(function)
    def with_plotly_fields(*args: P.args, **kwargs: P.kwargs) -> R:
        with fields_escaped_with(plotly_text):
            return function(*args, **kwargs)

    return with_plotly_fields


def figure_text(key: str, **fields: Any) -> str:
    """A catalog text for a figure's title or label, made by a page: its fields escaped for plotly."""
    with fields_escaped_with(plotly_text):
        return t(key, **fields)
