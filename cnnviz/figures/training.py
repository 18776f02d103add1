"""Plotly learning curves: per-batch running values and per-epoch train/validation points on one epoch axis.

x is measured in epochs: batch b of epoch e (of B batches) sits at e − 1 + b / B, and an epoch's summary
sits at x = e, where its last batch ends, so the batch line runs into the epoch's train point.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import plotly.graph_objects as go

from cnnviz.figures.palette import TRAIN, VALIDATION
from cnnviz.i18n import t

MAX_BATCH_POINTS = 2000  # beyond this the batch curve is thinned evenly (the browser stays smooth)
TRAIN_COLOR = TRAIN.colour
VAL_COLOR = VALIDATION.colour


def _metric_title(metric: str) -> str:
    if metric == "loss":
        return t("figures.train.title_loss")
    if metric == "accuracy":
        return t("figures.train.title_accuracy")
    return metric


def _metric_word(metric: str) -> str:
    if metric == "loss":
        return t("figures.loss")
    if metric == "accuracy":
        return t("figures.accuracy")
    return metric


def _thin(points: list[Any], limit: int = MAX_BATCH_POINTS) -> list[Any]:
    if len(points) <= limit:
        return points
    stride = len(points) / limit
    picked = [points[int(i * stride)] for i in range(limit)]
    return picked[:-1] + [points[-1]]


def learning_curve(events: Sequence[Any], metric: str, batches_per_epoch: int, height: int = 320) -> go.Figure:
    """events: cnnviz.train.progress.TrainingEvent-like objects (kind, epoch, batch, loss, accuracy, val_*)."""
    fig = go.Figure()
    batches = _thin([e for e in events if e.kind == "batch" and getattr(e, metric) is not None])
    if batches and batches_per_epoch:
        fig.add_trace(go.Scattergl(
            x=[e.epoch - 1 + e.batch / batches_per_epoch for e in batches], y=[getattr(e, metric) for e in batches],
            mode="lines", name=t("figures.train.batch_trace", part=t("figures.train"), metric=_metric_word(metric)),
            line={"color": TRAIN_COLOR, "width": 1}, opacity=0.45,
            customdata=[[e.epoch, e.batch] for e in batches],
            hovertemplate=t("figures.train.batch_hover", epoch="%{customdata[0]}", batch="%{customdata[1]}")
            + f"<br>%{{y:.4f}}<extra>{t('figures.train')}</extra>"))
    epochs = [e for e in events if e.kind == "epoch"]
    _add_epoch_traces(fig, [_EpochPoint(e.epoch, getattr(e, metric), getattr(e, f"val_{metric}"), e.partial,
                                        e.batch, batches_per_epoch) for e in epochs], metric)
    return _layout(fig, metric, height)


def history_curve(history: Sequence[dict[str, Any]], metric: str, height: int = 300) -> go.Figure:
    """Per-epoch curves from a run's history.json."""
    fig = go.Figure()
    _add_epoch_traces(fig, [_EpochPoint(h.get("epoch", i + 1), h.get(metric), h.get(f"val_{metric}"),
                                        bool(h.get("partial")), h.get("batch"), None)
                            for i, h in enumerate(history)], metric)
    return _layout(fig, metric, height)


@dataclass(frozen=True)
class _EpochPoint:
    epoch: int
    train: float | None
    val: float | None
    partial: bool  # cut short by Stop: drawn apart, never as a complete epoch
    batches: int | None
    batches_per_epoch: int | None

    @property
    def note(self) -> str:
        if not self.partial:
            return ""
        if not self.batches:
            return f" ({t('figures.train.partial')})"
        if self.batches_per_epoch:
            return f" ({t('figures.train.partial_after_of', batches=self.batches, total=self.batches_per_epoch)})"
        return f" ({t('figures.train.partial_after', batches=self.batches)})"


def _add_epoch_traces(fig: go.Figure, points: list[_EpochPoint], metric: str) -> None:
    complete = [p for p in points if not p.partial]
    partial = [p for p in points if p.partial]
    word = _metric_word(metric)
    epoch = t("figures.epoch")
    for part, label, style in (("train", t("figures.train"), TRAIN), ("val", t("figures.validation"), VALIDATION)):
        if any(getattr(p, part) is not None for p in complete):
            fig.add_trace(go.Scatter(
                x=[p.epoch for p in complete], y=[getattr(p, part) for p in complete], mode="lines+markers",
                name=t("figures.train.epoch_trace", part=label, metric=word),
                line={"color": style.colour, "width": 2, "dash": style.dash},
                marker={"size": 8, "symbol": style.symbol},
                hovertemplate=f"{epoch} %{{x}}<br>%{{y:.4f}}<extra>{label}</extra>"))
        shown = [p for p in partial if getattr(p, part) is not None]
        if shown:
            fig.add_trace(go.Scatter(
                x=[p.epoch for p in shown], y=[getattr(p, part) for p in shown], mode="markers",
                name=t("figures.train.partial_trace", part=label, metric=word),
                marker={"size": 9, "color": style.colour, "symbol": f"{style.symbol}-open", "line": {"width": 2}},
                customdata=[p.note for p in shown],
                hovertemplate=f"{epoch} %{{x}}%{{customdata}}<br>%{{y:.4f}}<extra>{label}</extra>"))


def _layout(fig: go.Figure, metric: str, height: int) -> go.Figure:
    fig.update_layout(title=_metric_title(metric), height=height, margin={"l": 50, "r": 10, "t": 40,
                      "b": 40}, legend={"orientation": "h", "y": -0.25}, hovermode="closest", uirevision=metric)
    fig.update_xaxes(title=t("figures.epoch"), rangemode="tozero")
    if metric == "accuracy":
        fig.update_yaxes(range=[0, 1.02])
    return fig
