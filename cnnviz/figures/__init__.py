"""Plotly figures built from cnnviz results (no streamlit)."""

from __future__ import annotations

import functools
from typing import Any

import plotly.graph_objects as go
from plotly.colors import get_colorscale


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
