"""Plotly learning curves: per-batch running values and per-epoch train/validation points on one epoch axis.

x is measured in epochs: batch b of epoch e (of B batches) sits at e − 1 + b / B, and an epoch's summary
sits at x = e, where its last batch ends, so the batch line runs into the epoch's train point.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import plotly.graph_objects as go

MAX_BATCH_POINTS = 2000  # beyond this the batch curve is thinned evenly (the browser stays smooth)
TRAIN_COLOR = "#1f77b4"
VAL_COLOR = "#ff7f0e"
METRIC_TITLES = {"loss": "Loss (cross-entropy, lower is better)", "accuracy": "Accuracy (higher is better)"}


def _thin(points: list[Any], limit: int = MAX_BATCH_POINTS) -> list[Any]:
    if len(points) <= limit:
        return points
    stride = len(points) / limit
    picked = [points[int(i * stride)] for i in range(limit)]
    return picked[:-1] + [points[-1]]


def learning_curve(events: Sequence[Any], metric: str, batches_per_epoch: int, height: int = 320) -> go.Figure:
    """events: cnnviz.training.TrainingEvent-like objects (kind, epoch, batch, loss, accuracy, val_*)."""
    fig = go.Figure()
    batches = _thin([e for e in events if e.kind == "batch" and getattr(e, metric) is not None])
    if batches and batches_per_epoch:
        fig.add_trace(go.Scattergl(
            x=[e.epoch - 1 + e.batch / batches_per_epoch for e in batches], y=[getattr(e, metric) for e in batches],
            mode="lines", name=f"train {metric} (per batch, running mean of the epoch)",
            line={"color": TRAIN_COLOR, "width": 1}, opacity=0.45,
            customdata=[[e.epoch, e.batch] for e in batches],
            hovertemplate="epoch %{customdata[0]}, batch %{customdata[1]}<br>%{y:.4f}<extra>train</extra>"))
    epochs = [e for e in events if e.kind == "epoch"]
    _add_epoch_traces(fig, [e.epoch for e in epochs], [getattr(e, metric) for e in epochs],
                      [getattr(e, f"val_{metric}") for e in epochs], metric)
    return _layout(fig, metric, height)


def history_curve(history: Sequence[dict[str, Any]], metric: str, height: int = 300) -> go.Figure:
    """Per-epoch curves from a run's history.json."""
    fig = go.Figure()
    _add_epoch_traces(fig, [h.get("epoch", i + 1) for i, h in enumerate(history)], [h.get(metric) for h in history],
                      [h.get(f"val_{metric}") for h in history], metric)
    return _layout(fig, metric, height)


def _add_epoch_traces(fig: go.Figure, x: list[int], train: list[float | None], val: list[float | None],
                      metric: str) -> None:
    if any(v is not None for v in train):
        fig.add_trace(go.Scatter(x=x, y=train, mode="lines+markers", name=f"train {metric} (epoch)",
                                 line={"color": TRAIN_COLOR, "width": 2}, marker={"size": 8},
                                 hovertemplate="epoch %{x}<br>%{y:.4f}<extra>train</extra>"))
    if any(v is not None for v in val):
        fig.add_trace(go.Scatter(x=x, y=val, mode="lines+markers", name=f"validation {metric} (epoch)",
                                 line={"color": VAL_COLOR, "width": 2, "dash": "dot"}, marker={"size": 8},
                                 hovertemplate="epoch %{x}<br>%{y:.4f}<extra>validation</extra>"))


def _layout(fig: go.Figure, metric: str, height: int) -> go.Figure:
    fig.update_layout(title=METRIC_TITLES.get(metric, metric), height=height, margin={"l": 50, "r": 10, "t": 40,
                      "b": 40}, legend={"orientation": "h", "y": -0.25}, hovermode="closest", uirevision=metric)
    fig.update_xaxes(title="epoch", rangemode="tozero")
    if metric == "accuracy":
        fig.update_yaxes(range=[0, 1.02])
    return fig
