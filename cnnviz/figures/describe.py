"""A text alternative for any of the app's plotly figures: one short sentence a screen reader reads, and the data
as a table, both read from the figure's own traces (so they always say what the chart draws).

Line/scatter traces: first → last value, lowest and highest and where, over how many points; the training curves
(`training.py`, `compare.py`, recognised by their trace names) get a sentence of their own ("validation accuracy
rose from 0.82 to 0.91 over 5 epochs; best at epoch 4"). Heatmaps: the shape, the range, where the highest value
is; the confusion matrix (recognised by its axis titles) says how many were right and its most frequent mistake.
Bars: the largest and the smallest bar. The words are in the current language (`figures.describe.*`).
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from cnnviz.i18n import fields_escaped_with, t

MAX_TABLE_CELLS = 20_000  # a larger grid (a big image as a heatmap) gets its sentence only
MAX_SENTENCES = 6  # traces described one by one; the rest are counted ("and 3 more")
LINE_TYPES = ("scatter", "scattergl")
METRICS = ("loss", "accuracy")
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Description:
    sentence: str
    table: pd.DataFrame | None


@dataclass(frozen=True)
class _Part:
    sentence: str
    table: pd.DataFrame | None
    kind: str  # "series", "bar", "heatmap", "image", "table", "other"
    summary: dict[str, Any]  # one row of the table a figure of mixed traces gets


def describe(fig: go.Figure) -> Description:
    """The sentence and the table of `fig` in the current language, as plain text (fields unescaped: the page
    escapes the sentence for Markdown when it shows it)."""
    with fields_escaped_with(None):
        return _describe(fig)


def _describe(fig: go.Figure) -> Description:
    title = _plain(_title(fig))
    traces = [tr for tr in fig.data if tr.visible is not False]
    confusion = _confusion_trace(fig, traces)
    if title and title == _plain(t("figures.arch.title")):
        architecture = _architecture(traces)
        if architecture is not None:
            return architecture
    if confusion is not None:
        parts = [_confusion(confusion, title)]
    else:
        parts = [_part(fig, tr, i) for i, tr in enumerate(traces)]
        parts = [p for p in parts if p is not None]
    sentences = [p.sentence for p in parts[:MAX_SENTENCES]]
    if len(parts) > MAX_SENTENCES:
        sentences.append(t("figures.describe.more", n=len(parts) - MAX_SENTENCES))
    if not parts:
        sentences.append(t("figures.describe.empty"))
    frames = len(getattr(fig, "raw_frames", None) or fig.frames or ())
    if frames:
        sentences.append(t("figures.describe.frames", n=frames))
    head = [t("figures.describe.title", title=title)] if title and confusion is None else []
    return Description(" ".join(head + sentences), _table(fig, parts))


# ---------------------------------------------------------------- words and numbers


def _plain(text: Any) -> str:
    """Plotly text as read aloud: tags gone (<br> becomes a space), entities decoded."""
    if text is None:
        return ""
    return " ".join(html.unescape(_TAG.sub(" ", str(text))).split())


def _title(fig: go.Figure) -> str:
    title = fig.layout.title
    return title.text if title is not None and title.text else ""


def _axis_title(fig: go.Figure, axis: str) -> str:
    layout_axis = getattr(fig.layout, axis, None)
    if layout_axis is None or layout_axis.title is None:
        return ""
    return _plain(layout_axis.title.text)


def _num(value: Any) -> str:
    """A number as a sentence says it: integers whole, others to 3 significant digits (0.82, 2.3, 0.000123)."""
    if isinstance(value, str):
        return value
    v = float(value)
    if not math.isfinite(v):
        return str(v)
    if v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    if abs(v) >= 1000:
        return f"{v:,.0f}"
    return f"{v:.3g}"


def _label(value: Any) -> str:
    return _num(value) if isinstance(value, int | float | np.number) else _plain(value)


def _numbers(values: Sequence[Any] | None) -> list[float] | None:
    """The values as floats (None and NaN kept as nan), or None if any is not a number."""
    if values is None:
        return None
    out = []
    for v in values:
        if v is None:
            out.append(math.nan)
            continue
        if isinstance(v, str | bytes | bool):
            return None
        try:
            out.append(float(v))
        except (TypeError, ValueError):
            return None
    return out


def _name(trace: Any, index: int) -> str:
    return _plain(trace.name) or t("figures.describe.trace_n", index=index + 1)


# ---------------------------------------------------------------- one trace


def _part(fig: go.Figure, trace: Any, index: int) -> _Part | None:
    kind = trace.type
    if kind in LINE_TYPES:
        return _series(fig, trace, index)
    if kind == "bar":
        return _bar(trace, index)
    if kind == "heatmap":
        return _heatmap(trace, index)
    if kind == "image":
        return _image(trace, index)
    if kind == "table":
        return _table_trace(trace, index)
    name = _name(trace, index)
    return _Part(t("figures.describe.other", name=name, kind=kind), None, "other", {"name": name})


def _series(fig: go.Figure, trace: Any, index: int) -> _Part | None:
    ys, xs = list(trace.y if trace.y is not None else ()), list(trace.x if trace.x is not None else ())
    values, positions = _numbers(ys), xs
    if values is None:  # horizontal: the values along x, the categories along y
        values, positions = _numbers(xs), ys
    if values is None or not values:
        return None
    if len(positions) != len(values):
        positions = list(range(1, len(values) + 1))
    kept = [(p, v) for p, v in zip(positions, values, strict=True) if not math.isnan(v)]
    if not kept:
        return None
    name = _name(trace, index)
    table = pd.DataFrame({_axis_title(fig, "xaxis") or "x": [_label(p) for p, _ in kept], name: [v for _, v in kept]})
    curve = _curve(fig, trace)
    summary = {"name": name, "points": len(kept), "min": min(v for _, v in kept), "max": max(v for _, v in kept)}
    if curve is not None:
        return _Part(_curve_sentence(curve[0], curve[1], kept), table, "series", summary)
    if len(kept) == 1:
        (where, value), = kept
        return _Part(t("figures.describe.point", name=name, value=_num(value), where=_label(where)), table, "series",
                     summary)
    low = min(kept, key=lambda pv: pv[1])
    high = max(kept, key=lambda pv: pv[1])
    return _Part(t("figures.describe.series", name=name, first=_num(kept[0][1]), last=_num(kept[-1][1]), n=len(kept),
                   low=_num(low[1]), low_at=_label(low[0]), high=_num(high[1]), high_at=_label(high[0])),
                 table, "series", summary)


def _curve(fig: go.Figure, trace: Any) -> tuple[str, str] | None:
    """(what the curve is, e.g. "validation accuracy", its metric) if the trace is a per-epoch training curve of
    `training.py` or an epoch-axis curve of `compare.py`, else None."""
    name = _plain(trace.name)
    for metric in METRICS:
        word = t(f"figures.{metric}")
        for part in ("train", "validation"):
            label = t(f"figures.{part}")
            if name == _plain(t("figures.train.epoch_trace", part=label, metric=word)):
                return f"{label} {word}", metric
    revision = str(fig.layout.uirevision or "")
    for metric in METRICS:
        if revision != f"{metric}-epoch":
            continue
        for part in ("train", "validation"):
            if name.endswith(f" · {t(f'compare.fig.{part}')}"):
                return f"{name} {t(f'compare.fig.{metric}')}", metric
    return None


def _curve_sentence(what: str, metric: str, kept: list[tuple[Any, float]]) -> str:
    first, last = kept[0][1], kept[-1][1]
    if len(kept) == 1:
        return t("figures.describe.curve_single", name=what, value=_num(last), epoch=_label(kept[0][0]))
    best = (max if metric == "accuracy" else min)(kept, key=lambda pv: pv[1])
    change = "rose" if _num(last) != _num(first) and last > first else (
        "fell" if _num(last) != _num(first) else "flat")
    return t(f"figures.describe.curve_{change}", name=what, first=_num(first), last=_num(last), n=len(kept),
             best=_label(best[0]))


def _bar(trace: Any, index: int) -> _Part | None:
    horizontal = trace.orientation == "h"
    values = _numbers(list(trace.x if horizontal else trace.y) if (trace.x if horizontal else trace.y) is not None
                      else None)
    categories = trace.y if horizontal else trace.x
    if not values:
        return None
    categories = list(categories) if categories is not None else list(range(1, len(values) + 1))
    if len(categories) != len(values):
        categories = list(range(1, len(values) + 1))
    kept = [(c, v) for c, v in zip(categories, values, strict=True) if not math.isnan(v)]
    if not kept:
        return None
    name = _name(trace, index)
    top = max(kept, key=lambda cv: cv[1])
    bottom = min(kept, key=lambda cv: cv[1])
    table = pd.DataFrame({t("figures.describe.col_bar"): [_label(c) for c, _ in kept],
                          t("figures.describe.col_value"): [v for _, v in kept]})
    sentence = t("figures.describe.bars", name=name, n=len(kept), top=_label(top[0]), top_value=_num(top[1]),
                 bottom=_label(bottom[0]), bottom_value=_num(bottom[1]))
    return _Part(sentence, table, "bar", {"name": name, "points": len(kept), "min": bottom[1], "max": top[1]})


def _grid(values: Any) -> np.ndarray | None:
    try:
        z = np.asarray(values if values is not None else [], dtype=float)
    except (TypeError, ValueError):
        return None
    if z.ndim == 1:
        z = z[None, :]
    return z if z.ndim == 2 and z.size else None


def _axis_labels(labels: Any, n: int) -> list[str]:
    labels = list(labels) if labels is not None else []
    return [_label(v) for v in labels] if len(labels) == n else [str(i) for i in range(n)]


def _heatmap(trace: Any, index: int) -> _Part | None:
    z = _grid(trace.z)
    if z is None or np.isnan(z).all():
        return None
    rows, cols = _axis_labels(trace.y, z.shape[0]), _axis_labels(trace.x, z.shape[1])
    # a panel padded with empty (NaN) rows or columns to fit a grid of panels is read without the padding
    kept_rows = np.flatnonzero(~np.isnan(z).all(axis=1))
    kept_cols = np.flatnonzero(~np.isnan(z).all(axis=0))
    z = z[kept_rows[0]:kept_rows[-1] + 1, kept_cols[0]:kept_cols[-1] + 1]
    rows, cols = rows[kept_rows[0]:kept_rows[-1] + 1], cols[kept_cols[0]:kept_cols[-1] + 1]
    r, c = np.unravel_index(int(np.nanargmax(z)), z.shape)
    name = _name(trace, index)
    low, high = float(np.nanmin(z)), float(np.nanmax(z))
    sentence = t("figures.describe.heatmap", name=name, rows=z.shape[0], cols=z.shape[1], low=_num(low),
                 high=_num(high), where=t("figures.row_col", row=rows[r], col=cols[c]))
    table = pd.DataFrame(z, index=_unique(rows), columns=_unique(cols)) if z.size <= MAX_TABLE_CELLS else None
    return _Part(sentence, table, "heatmap", {"name": name, "points": z.size, "min": low, "max": high})


def _image(trace: Any, index: int) -> _Part:
    z = np.asarray(trace.z if trace.z is not None else [])
    name = _name(trace, index)
    height, width = (z.shape[0], z.shape[1]) if z.ndim >= 2 else (0, 0)
    return _Part(t("figures.describe.image", name=name, height=height, width=width), None, "image", {"name": name})


def _table_trace(trace: Any, index: int) -> _Part:
    header = [_plain(h) for h in (trace.header.values or [])] if trace.header else []
    columns = [list(col) for col in (trace.cells.values or [])] if trace.cells else []
    n = max((len(col) for col in columns), default=0)
    columns = [[_plain(v) for v in col] + [""] * (n - len(col)) for col in columns]
    names = header if len(header) == len(columns) else [str(i + 1) for i in range(len(columns))]
    table = pd.DataFrame(dict(zip(_unique(names), columns, strict=True)))
    return _Part(t("figures.describe.table", rows=n), table, "table", {"name": _name(trace, index), "points": n})


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out


# ---------------------------------------------------------------- the confusion matrix


def _confusion_trace(fig: go.Figure, traces: list[Any]) -> Any | None:
    """The heatmap of a confusion matrix (`inspect.confusion_heatmap`: predicted class across, true class down)."""
    heatmaps = [tr for tr in traces if tr.type == "heatmap"]
    if len(heatmaps) != 1:
        return None
    if (_axis_title(fig, "xaxis"), _axis_title(fig, "yaxis")) != (_plain(t("figures.predicted_class")),
                                                                _plain(t("figures.true_class"))):
        return None
    return heatmaps[0]


def _confusion(trace: Any, title: str) -> _Part:
    counts = _grid(trace.text) if trace.text is not None else None
    counts = counts if counts is not None else _grid(trace.z)
    n = counts.shape[0]
    names = _axis_labels(trace.y, n)
    predicted = _axis_labels(trace.x, counts.shape[1])
    total, correct = float(np.nansum(counts)), float(np.nansum(np.diag(counts)))
    off = counts.copy()
    np.fill_diagonal(off, -np.inf)
    r, c = np.unravel_index(int(np.argmax(off)), off.shape)
    percent = f"{correct / total:.1%}" if total else "—"
    sentence = t("figures.describe.confusion", title=title or t("figures.inspect.confusion_title"), n=n,
                 correct=_num(correct), total=_num(total), percent=percent)
    if off[r, c] > 0:
        sentence += " " + t("figures.describe.confusion_mistake", true=names[r], predicted=predicted[c],
                            count=_num(off[r, c]))
    else:
        sentence += " " + t("figures.describe.confusion_none")
    whole = np.isfinite(counts).all() and (counts == np.round(counts)).all()
    table = pd.DataFrame(counts.astype(np.int64) if whole else counts, index=_unique(names),
                         columns=_unique(predicted))
    table.index.name = f"{t('figures.true_class')} \\ {t('figures.predicted_class')}"
    return _Part(sentence, table, "heatmap", {"name": title})


# ---------------------------------------------------------------- the architecture diagram


def _architecture(traces: list[Any]) -> Description | None:
    """`architecture.architecture_figure`: its boxes are bars whose sizes only sketch the shapes; each box's hover
    text says the layer, its input → output shape and its parameters, so that is what is read out."""
    boxes = []
    for trace in traces:
        if trace.type != "bar" or trace.hovertext is None or trace.x is None:
            continue
        boxes += [(x, [_plain(line) for line in str(text).split("<br>")]) for x, text in
                  zip(trace.x, trace.hovertext, strict=False)]
    boxes = [(x, lines) for x, lines in sorted(boxes, key=lambda b: b[0]) if len(lines) >= 3]
    if not boxes:
        return None
    shapes = [lines[1].split(" → ") for _, lines in boxes]
    if any(len(shape) != 2 for shape in shapes):
        return None
    table = pd.DataFrame({t("figures.describe.col_layer"): [lines[0] for _, lines in boxes],
                          t("figures.describe.col_shapes"): [lines[1] for _, lines in boxes],
                          t("figures.describe.col_params"): [lines[2] for _, lines in boxes]})
    sentence = t("figures.describe.architecture", n=len(boxes), input=shapes[0][0], output=shapes[-1][1])
    return Description(sentence, table)


# ---------------------------------------------------------------- the table


def _table(fig: go.Figure, parts: list[_Part]) -> pd.DataFrame | None:
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0].table
    if all(p.kind == "series" for p in parts):
        joined = _join_series([p.table for p in parts if p.table is not None])
        if joined is not None:
            return joined
    rows = [{t("figures.describe.col_trace"): p.summary.get("name", ""),
             t("figures.describe.col_points"): p.summary.get("points"),
             t("figures.describe.col_min"): p.summary.get("min"),
             t("figures.describe.col_max"): p.summary.get("max")} for p in parts]
    return pd.DataFrame(rows)


def _join_series(tables: list[pd.DataFrame]) -> pd.DataFrame | None:
    """One row per x, one column per curve, when every curve has one value per x and their x axes agree."""
    if not tables or len({tb.columns[0] for tb in tables}) != 1:
        return None
    index = tables[0].columns[0]
    columns = [tb.columns[1] for tb in tables]
    if len(set(columns)) != len(columns) or any(tb[index].duplicated().any() for tb in tables):
        return None
    joined = tables[0]
    for tb in tables[1:]:
        joined = joined.merge(tb, on=index, how="outer", sort=False)
    return joined.reset_index(drop=True)
