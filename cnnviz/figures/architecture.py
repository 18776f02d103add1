"""An interactive architecture diagram, like `keras.utils.plot_model(show_shapes=True)` but sized by shape.

Layers run left to right, one box each (plus the input). A feature map (h, w, c) is a box whose height is
proportional to h and whose width grows with log₂ c, so 1 and 512 channels both show; a flat vector (n,) is
a thin bar whose height grows with log n. Boxes are bars of a plotly bar chart, so the whole box answers
hover with the layer's name, type, input → output shape, parameters and formula.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import plotly.graph_objects as go

from cnnviz.arch.shapes import LayerRow, Shape, Summary, fmt
from cnnviz.figures import palette, unchecked_figure
from cnnviz.i18n import t

COLOURS = palette.LAYER_COLOURS  # apart for red-green colour-blind eyes too (tests/test_colour_vision.py)
# Legend groups are identifiers (the tests and COLOURS use them); the legend shows them in the current language.
INPUT = "Input"
INVALID = "Invalid layer"
INVALID_COLOUR = palette.INVALID_LAYER
MIN_HEIGHT, MIN_WIDTH, MAX_WIDTH, VECTOR_WIDTH = 0.06, 0.18, 0.72, 0.12


@dataclass(frozen=True)
class Box:
    kind: str  # legend group: a layer type, INPUT or INVALID
    x: float
    height: float
    width: float
    hover: str
    label: str
    shape_text: str


def _shape_text(shape: Shape) -> str:
    return "×".join(map(str, shape))


def _box_size(shape: Shape, max_side: int, max_channels: int, max_vector: int) -> tuple[float, float]:
    if len(shape) == 3:
        height = max(MIN_HEIGHT, shape[0] / max_side)
        width = MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * math.log2(shape[2] + 1) / math.log2(max_channels + 1)
        return height, width
    height = max(MIN_HEIGHT, math.log10(shape[0] + 1) / math.log10(max_vector + 1))
    return height, VECTOR_WIDTH


def _hover(row: LayerRow) -> str:
    params = t("figures.arch.params", params=fmt(row.params))
    if row.non_trainable_params:
        params += f" ({t('figures.arch.non_trainable', count=fmt(row.non_trainable_params))})"
    lines = [f"<b>{row.position}. {row.name}</b> ({row.type})",
             f"{_shape_text(row.input_shape)} → {_shape_text(row.output_shape)}",
             params,
             t("figures.arch.formula", formula=row.formula)]
    if row.shape_formula:
        lines.append(t("figures.arch.shape", formula=row.shape_formula))
    if row.error:
        lines.append(f"<b>⚠ {row.error}</b>")
    return "<br>".join(lines)


def _label(row: LayerRow) -> str:
    return ("⚠ " if row.error else "") + row.name


def layer_boxes(summary: Summary) -> list[Box]:
    """One Box for the input and one per layer, in order."""
    shapes = [summary.input_shape, *(r.output_shape for r in summary.rows)]
    maps = [s for s in shapes if len(s) == 3]
    max_side = max((s[0] for s in maps), default=1)
    max_channels = max((s[2] for s in maps), default=1)
    max_vector = max((s[0] for s in shapes if len(s) == 1), default=10)

    def size(shape: Shape) -> tuple[float, float]:
        return _box_size(shape, max_side, max_channels, max_vector)

    input_hover = (f"<b>{t('figures.arch.input')}</b><br>{_shape_text(summary.input_shape)} "
                   f"({t('figures.arch.input_axes')})")
    boxes = [Box(INPUT, 0, *size(summary.input_shape), input_hover, t("figures.arch.input"),
                 _shape_text(summary.input_shape))]
    for row in summary.rows:
        kind = INVALID if row.error else row.type
        boxes.append(Box(kind, row.position, *size(row.output_shape), _hover(row), _label(row),
                         _shape_text(row.output_shape)))
    return boxes


def architecture_figure(summary: Summary) -> go.Figure:
    """The diagram: one bar per box, one trace per layer type (so the legend explains the colours). Redrawn on every
    Build edit, so built unchecked (see `unchecked_figure`; `architecture_spec` is what the tests validate)."""
    return unchecked_figure(architecture_spec(summary))


def architecture_spec(summary: Summary) -> dict:
    """The diagram as a plain plotly figure dict."""
    boxes = layer_boxes(summary)
    traces = []
    for kind in dict.fromkeys(b.kind for b in boxes):
        group = [b for b in boxes if b.kind == kind]
        traces.append({
            "type": "bar", "name": _legend_name(kind), "x": [b.x for b in group], "y": [b.height for b in group],
            "base": [-b.height / 2 for b in group], "width": [b.width for b in group],
            "hovertext": [b.hover for b in group], "hoverinfo": "text",
            "marker": {"color": INVALID_COLOUR if kind == INVALID else COLOURS.get(kind, palette.OTHER_LAYER),
                       "line": {"color": "#333333", "width": 1}},
        })
    many = len(boxes) > 12
    lift = STAGGER if _staggered(boxes) else 0.0
    layout = {
        "annotations": _annotations(boxes),
        "barmode": "overlay", "bargap": 0, "height": 400 if many else 360,
        "margin": {"l": 10, "r": 10, "t": 40, "b": 10},
        "title": {"text": t("figures.arch.title"), "font": {"size": 13}},
        "legend": {"orientation": "h", "y": -0.02, "yanchor": "top"}, "plot_bgcolor": "white",
        "xaxis": {"visible": False, "range": [-0.6, len(boxes) - 0.4]},
        "yaxis": {"visible": False, "range": [-0.9 if many else -0.7 - lift, 0.85 if many else 0.7 + lift]},
        "hoverlabel": {"align": "left"},
    }
    return {"data": traces, "layout": layout}


def _legend_name(kind: str) -> str:
    """Layer types keep their Keras names; the input and invalid groups are words."""
    if kind == INPUT:
        return t("figures.arch.legend_input")
    if kind == INVALID:
        return t("figures.arch.legend_invalid")
    return kind


# More boxes than this get no arrows or labels (a few pixels a box, they would be an unreadable pile, and the
# browser took seconds to lay out 600 of them at the 200-layer limit): hovering a box tells its name and shape.
LABELLED_BOXES = 40


def _annotations(boxes: list[Box]) -> list[dict]:
    """Arrows between boxes, names above and shapes below (plain dicts: one layout update is far
    faster than a fig.add_annotation call per label)."""
    if len(boxes) > LABELLED_BOXES:
        return []
    many = len(boxes) > 12
    arrows = [dict(x=right.x - right.width / 2, y=0, ax=left.x + left.width / 2, ay=0, xref="x", yref="y",
                   axref="x", ayref="y", showarrow=True, arrowhead=2, arrowsize=1, arrowwidth=1.2,
                   arrowcolor="#555555", text="")
              for left, right in zip(boxes, boxes[1:], strict=False)]
    labels = []
    for index, box in enumerate(boxes):
        font = {"size": 10, "color": INVALID_COLOUR if box.kind == INVALID else "#222222"}
        angle = -35 if many else 0
        lift = STAGGER if _staggered(boxes) and index % 2 else 0.0
        labels.append(dict(x=box.x, y=0.52 + lift, text=box.label, showarrow=False, textangle=angle, font=font,
                           yanchor="bottom"))
        labels.append(dict(x=box.x, y=-0.52 - lift, text=box.shape_text, showarrow=False, textangle=angle,
                           font=font, yanchor="top"))
    return arrows + labels


STAGGER = 0.13  # of the y range: every other label one line further out


def _staggered(boxes: list[Box]) -> bool:
    """Whether every other box's name and shape sit one line further out, so that neighbours' labels never meet on
    a narrow screen (a tablet or a projector: ~50 px a box at 820 px for the seed convnet). Many boxes (over 12)
    have their labels slanted instead."""
    return 6 < len(boxes) <= 12
