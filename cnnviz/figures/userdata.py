"""Plotly figures for the user's own datasets: the class counts as bars and a preview grid per class."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import plotly.graph_objects as go

from cnnviz.data.userdata import FEW_IMAGES_WARNING
from cnnviz.figures import palette, plotly_fields
from cnnviz.i18n import t

BAR = palette.BLUE
FEW = palette.ORANGE  # classes with fewer images than recommended
GAP = 2  # pixels between preview tiles


@plotly_fields
def class_counts_figure(class_names: Sequence[str], counts: Sequence[int], height: int = 320) -> go.Figure:
    """One bar per class; classes with fewer than ~10 images in orange, with the ~10 line drawn."""
    counts = [int(c) for c in counts]
    colours = [FEW if c < FEW_IMAGES_WARNING else BAR for c in counts]
    hover = [t("userdata.fig_counts_hover", cls=name, n=c) for name, c in zip(class_names, counts, strict=True)]
    fig = go.Figure(go.Bar(x=list(class_names), y=counts, marker_color=colours, text=counts, textposition="outside",
                           hovertext=hover, hoverinfo="text"))
    fig.add_hline(y=FEW_IMAGES_WARNING, line_dash="dash", line_color=FEW,
                  annotation_text=t("userdata.fig_counts_line", n=FEW_IMAGES_WARNING), annotation_position="top left")
    fig.update_layout(title=t("userdata.fig_counts_title"), xaxis_title=t("userdata.fig_counts_x"),
                      yaxis_title=t("userdata.fig_counts_y"), height=height, margin=dict(l=40, r=20, t=50, b=40),
                      xaxis_type="category")
    return fig


def preview_mosaic(examples: Mapping[str, np.ndarray], per_class: int = 8) -> np.ndarray:
    """One row of tiles per class, (rows·(S+gap), per_class·(S+gap), 3) uint8, white gaps; grey tiles as RGB."""
    images = [np.asarray(v)[:per_class] for v in examples.values()]
    side = next((im.shape[1] for im in images if len(im)), 1)
    canvas = np.full((len(images) * (side + GAP) - GAP, per_class * (side + GAP) - GAP, 3), 255, np.uint8)
    for row, tiles in enumerate(images):
        for column, tile in enumerate(tiles):
            rgb = np.repeat(tile, 3, axis=-1) if tile.shape[-1] == 1 else tile
            top, left = row * (side + GAP), column * (side + GAP)
            canvas[top:top + side, left:left + side] = rgb
    return canvas


def class_preview_figure(examples: Mapping[str, np.ndarray], per_class: int = 8, row_height: int = 70
                         ) -> go.Figure:
    """The first images of each class (from `cnnviz.data.userdata.class_examples` or a builder's previews), one
    row per class named on the left, at the size the network sees."""
    canvas = preview_mosaic(examples, per_class)
    shapes = [np.asarray(v).shape[1:] for v in examples.values() if len(v)]
    side = shapes[0][0] if shapes else 1
    fig = go.Figure(go.Image(z=canvas, hoverinfo="skip"))
    fig.update_xaxes(showticklabels=False, showgrid=False, zeroline=False)
    fig.update_yaxes(tickvals=[row * (side + GAP) + side / 2 for row in range(len(examples))],
                     ticktext=list(examples), showgrid=False, zeroline=False)
    shape = "×".join(map(str, shapes[0])) if shapes else "—"
    fig.update_layout(title=t("userdata.fig_preview_title", n=per_class, shape=shape),
                      height=max(160, row_height * len(examples) + 60), margin=dict(l=10, r=10, t=50, b=10))
    return fig
