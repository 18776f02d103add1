"""Plotly figures for looking inside a network: feature maps, kernels, weight histograms, predictions,
Grad-CAM, the confusion matrix and the images behind one of its cells.

Grids of many small maps are drawn as ONE heatmap (a mosaic with gaps) rather than dozens of subplots:
the browser renders it far faster, and hovering still tells which channel and value is under the mouse.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

GAP = 1  # pixels of empty space between the tiles of a mosaic
DIVERGING = "RdBu_r"  # blue negative, white zero, red positive
MAPS = "Viridis"


def _grid_columns(count: int, max_columns: int = 16) -> int:
    return max(1, min(max_columns, math.ceil(math.sqrt(count * 1.6))))


def mosaic(tiles: np.ndarray, columns: int | None = None, gap: int = GAP) -> tuple[np.ndarray, np.ndarray]:
    """Tiles (n, h, w) laid out in a grid with NaN gaps; also returns the tile index per pixel (-1 in gaps)."""
    count, height, width = tiles.shape
    columns = columns or _grid_columns(count)
    rows = math.ceil(count / columns)
    canvas = np.full((rows * (height + gap) - gap, columns * (width + gap) - gap), np.nan, dtype=np.float32)
    owner = np.full(canvas.shape, -1, dtype=np.int32)
    for i in range(count):
        top, left = (i // columns) * (height + gap), (i % columns) * (width + gap)
        canvas[top:top + height, left:left + width] = tiles[i]
        owner[top:top + height, left:left + width] = i
    return canvas, owner


def _image_axes(fig: go.Figure, row: int | None = None, col: int | None = None) -> None:
    kwargs: dict[str, Any] = {} if row is None else {"row": row, "col": col}
    fig.update_xaxes(showticklabels=False, showgrid=False, zeroline=False, constrain="domain", **kwargs)
    fig.update_yaxes(showticklabels=False, showgrid=False, zeroline=False, autorange="reversed",
                     scaleanchor="x" if row is None else None, constrain="domain", **kwargs)


def _grey_or_rgb_trace(image: np.ndarray, name: str = "input") -> go.BaseTraceType:
    image = np.asarray(image, dtype=np.float32)
    if image.ndim == 3 and image.shape[-1] == 3:
        return go.Image(z=np.clip(image * 255, 0, 255).astype(np.uint8), name=name,
                        hovertemplate="x %{x}, y %{y}<br>RGB %{z}<extra></extra>")
    grey = image[..., 0] if image.ndim == 3 else image
    return go.Heatmap(z=grey, colorscale="gray", zmin=0, zmax=1, showscale=False, name=name,
                      hovertemplate="x %{x}, y %{y}<br>value %{z:.2f}<extra></extra>")


# ---------------------------------------------------------------- images, predictions, Grad-CAM


def image_figure(image: np.ndarray, title: str = "", height: int = 300) -> go.Figure:
    """An (H, W, 1) grey or (H, W, 3) colour image in [0, 1], pixel values on hover."""
    fig = go.Figure(_grey_or_rgb_trace(image))
    _image_axes(fig)
    fig.update_layout(title=title, height=height, margin={"l": 10, "r": 10, "t": 40 if title else 10, "b": 10})
    return fig


def probability_bars(probabilities: np.ndarray, class_names: Sequence[str], top_k: int | None = None,
                     title: str = "Predicted probabilities") -> go.Figure:
    """Horizontal bars, most likely class on top; the top class in a stronger colour."""
    probabilities = np.asarray(probabilities, dtype=np.float64)
    order = np.argsort(probabilities)[::-1][: top_k or len(probabilities)]
    names = [class_names[i] if i < len(class_names) else str(i) for i in order]
    colours = ["#1f77b4" if rank == 0 else "#9ecae1" for rank in range(len(order))]
    fig = go.Figure(go.Bar(
        x=probabilities[order], y=names, orientation="h", marker_color=colours,
        text=[f"{p:.1%}" for p in probabilities[order]], textposition="auto",
        customdata=order, hovertemplate="%{y} (class %{customdata})<br>%{x:.2%}<extra></extra>"))
    fig.update_yaxes(autorange="reversed", type="category")
    fig.update_xaxes(range=[0, 1], tickformat=".0%", title="probability")
    fig.update_layout(title=title, height=max(220, 40 + 28 * len(order)), margin={"l": 10, "r": 10, "t": 40, "b": 10})
    return fig


def gradcam_overlay(image: np.ndarray, cam: np.ndarray, title: str = "", opacity: float = 0.45,
                    height: int = 320) -> go.Figure:
    """The input with the Grad-CAM heat (H, W) in [0, 1] laid over it (red = most evidence for the class)."""
    fig = go.Figure(_grey_or_rgb_trace(image))
    fig.add_trace(go.Heatmap(z=cam, colorscale="Jet", zmin=0, zmax=1, opacity=opacity, name="Grad-CAM",
                             colorbar={"title": "evidence", "thickness": 12},
                             hovertemplate="x %{x}, y %{y}<br>Grad-CAM %{z:.2f}<extra></extra>"))
    _image_axes(fig)
    fig.update_layout(title=title, height=height, margin={"l": 10, "r": 10, "t": 40 if title else 10, "b": 10})
    return fig


# ---------------------------------------------------------------- feature maps


def feature_map_grid(maps: np.ndarray, title: str, shared_scale: bool = True, max_columns: int = 16,
                     dead: np.ndarray | None = None) -> go.Figure:
    """Every channel of one layer's output (h, w, c) as a grid; a flat output (n,) as a bar chart.

    shared_scale=True colours all maps on one scale (compare how strongly channels fire); False stretches
    each map to its own min..max (see the pattern of weak channels). Hover shows the channel and raw value.
    """
    maps = np.asarray(maps, dtype=np.float32)
    if maps.ndim == 1:
        return _flat_activation_bars(maps, title)
    if maps.ndim != 3:
        raise ValueError(f"expected maps of shape (h, w, channels) or (n,), got {maps.shape}")
    tiles = np.moveaxis(maps, -1, 0)
    columns = _grid_columns(len(tiles), max_columns)
    raw, owner = mosaic(tiles, columns)
    if shared_scale:
        shown, zmin, zmax = raw, float(np.nanmin(raw)), float(np.nanmax(raw))
    else:
        low = tiles.min(axis=(1, 2), keepdims=True)
        span = tiles.max(axis=(1, 2), keepdims=True) - low
        stretched = np.divide(tiles - low, span, out=np.zeros_like(tiles), where=span > 0)
        shown, zmin, zmax = mosaic(stretched, columns)[0], 0.0, 1.0
    if zmax <= zmin:
        zmax = zmin + 1.0
    customdata = np.stack([owner, np.nan_to_num(raw)], axis=-1)
    fig = go.Figure(go.Heatmap(
        z=shown, customdata=customdata, colorscale=MAPS, zmin=zmin, zmax=zmax, hoverongaps=False,
        colorbar={"title": "value" if shared_scale else "per map", "thickness": 12},
        hovertemplate="channel %{customdata[0]}<br>x %{x}, y %{y}<br>value %{customdata[1]:.3f}<extra></extra>"))
    _annotate_dead(fig, dead, tiles.shape[1:], columns)
    _image_axes(fig)
    rows = math.ceil(len(tiles) / columns)
    aspect = (rows * (tiles.shape[1] + GAP)) / (columns * (tiles.shape[2] + GAP))
    fig.update_layout(title=title, height=int(min(900, max(260, 80 + 760 * aspect))),
                      margin={"l": 10, "r": 10, "t": 50, "b": 10})
    return fig


def _annotate_dead(fig: go.Figure, dead: np.ndarray | None, tile_shape: tuple[int, int], columns: int) -> None:
    if dead is None:
        return
    height, width = tile_shape
    for channel in np.flatnonzero(dead):
        top, left = (channel // columns) * (height + GAP), (channel % columns) * (width + GAP)
        fig.add_shape(type="rect", x0=left - 0.5, x1=left + width - 0.5, y0=top - 0.5, y1=top + height - 0.5,
                      line={"color": "red", "width": 2})


def _flat_activation_bars(values: np.ndarray, title: str) -> go.Figure:
    fig = go.Figure(go.Bar(x=np.arange(len(values)), y=values, marker_color="#1f77b4",
                           hovertemplate="unit %{x}<br>value %{y:.3f}<extra></extra>"))
    fig.update_layout(title=title, height=280, xaxis_title="unit", yaxis_title="activation",
                      margin={"l": 10, "r": 10, "t": 50, "b": 10})
    return fig


# ---------------------------------------------------------------- kernels and weights


def kernel_grid(weights: np.ndarray, title: str, input_channel: int | str = 0, limit: float | None = None,
                dead: np.ndarray | None = None, max_columns: int = 16) -> go.Figure:
    """A conv layer's kernels (kh, kw, cin, cout): one tile per filter.

    input_channel=k shows the slice that looks at input channel k on a diverging scale centred on 0
    (blue negative, red positive; `limit` fixes ±range so trained and initial use the same colours);
    input_channel="rgb" shows colour first-layer kernels as small RGB images (each stretched to 0..255).
    """
    weights = np.asarray(weights, dtype=np.float32)
    if weights.ndim != 4:
        raise ValueError(f"expected a conv kernel (kh, kw, in, out), got {weights.shape}")
    if input_channel == "rgb":
        return _rgb_kernel_grid(weights, title, max_columns)
    if not 0 <= int(input_channel) < weights.shape[2]:
        raise ValueError(f"input channel {input_channel} is outside 0..{weights.shape[2] - 1}")
    tiles = np.moveaxis(weights[:, :, int(input_channel), :], -1, 0)
    columns = _grid_columns(len(tiles), max_columns)
    raw, owner = mosaic(tiles, columns)
    bound = limit or float(np.nanmax(np.abs(raw))) or 1.0
    fig = go.Figure(go.Heatmap(
        z=raw, customdata=owner, colorscale=DIVERGING, zmid=0, zmin=-bound, zmax=bound, hoverongaps=False,
        colorbar={"title": "weight", "thickness": 12},
        hovertemplate="filter %{customdata}<br>row %{y}, col %{x}<br>weight %{z:.4f}<extra></extra>"))
    _annotate_dead(fig, dead, tiles.shape[1:], columns)
    _image_axes(fig)
    rows = math.ceil(len(tiles) / columns)
    fig.update_layout(title=title, height=int(min(700, max(220, 60 + 520 * rows / columns))),
                      margin={"l": 10, "r": 10, "t": 50, "b": 10})
    return fig


def _rgb_kernel_grid(weights: np.ndarray, title: str, max_columns: int) -> go.Figure:
    if weights.shape[2] != 3:
        raise ValueError(f"an RGB view needs 3 input channels, this layer has {weights.shape[2]}")
    tiles = np.moveaxis(weights, -1, 0)  # (cout, kh, kw, 3)
    low = tiles.min(axis=(1, 2, 3), keepdims=True)
    span = tiles.max(axis=(1, 2, 3), keepdims=True) - low
    tiles = np.divide(tiles - low, span, out=np.full_like(tiles, 0.5), where=span > 0)
    columns = _grid_columns(len(tiles), max_columns)
    planes = [mosaic(tiles[..., c], columns)[0] for c in range(3)]
    rgb = np.nan_to_num(np.stack(planes, axis=-1), nan=1.0)
    fig = go.Figure(go.Image(z=(rgb * 255).astype(np.uint8), hovertemplate="RGB %{z}<extra></extra>"))
    _image_axes(fig)
    rows = math.ceil(len(tiles) / columns)
    fig.update_layout(title=title, height=int(min(700, max(220, 60 + 520 * rows / columns))),
                      margin={"l": 10, "r": 10, "t": 50, "b": 10})
    return fig


def weight_histograms(weights: np.ndarray, bias: np.ndarray | None, title: str = "",
                      initial_weights: np.ndarray | None = None, initial_bias: np.ndarray | None = None,
                      glorot_limit: float | None = None) -> go.Figure:
    """Histograms of a layer's weights and biases, trained over initial, with mean and std in the legend."""
    fig = make_subplots(rows=1, cols=2, column_widths=[0.65, 0.35], subplot_titles=("weights", "biases"))
    series = [("trained", weights, bias, "#d62728")]
    if initial_weights is not None:
        series.insert(0, ("initial", initial_weights, initial_bias, "#7f7f7f"))
    for label, w, b, colour in series:
        for col, values in ((1, w), (2, b)):
            if values is None:
                continue
            flat = np.asarray(values, dtype=np.float64).ravel()
            fig.add_trace(go.Histogram(
                x=flat, name=f"{label}: mean {flat.mean():+.4f}, std {flat.std():.4f}", marker_color=colour,
                opacity=0.6, nbinsx=60 if col == 1 else 30, legendgroup=label, showlegend=True,
                hovertemplate="%{x}<br>%{y} values<extra>" + label + "</extra>"), row=1, col=col)
    if glorot_limit:
        for x in (-glorot_limit, glorot_limit):
            fig.add_vline(x=x, line_dash="dot", line_color="#555", row=1, col=1)
        fig.add_annotation(x=glorot_limit, y=1, yref="y domain", text=f"Glorot ±{glorot_limit:.3f}",
                           showarrow=False, xanchor="left", font={"size": 10}, row=1, col=1)
    fig.update_layout(title=title, barmode="overlay", height=300, margin={"l": 10, "r": 10, "t": 60, "b": 10},
                      legend={"orientation": "h", "y": -0.2})
    return fig


# ---------------------------------------------------------------- confusion matrix and errors


def confusion_heatmap(matrix: np.ndarray, class_names: Sequence[str], title: str = "Confusion matrix",
                      selected: tuple[int, int] | None = None) -> go.Figure:
    """Rows = true class, columns = predicted class; counts in the cells, row-normalised % on hover.

    A scatter of (nearly) invisible markers sits on the cell centres: Streamlit's plotly selection reports
    clicked *points*, which heatmap cells are not, so clicking a cell selects its marker (x, y = class names).
    """
    matrix = np.asarray(matrix)
    n = matrix.shape[0]
    names = [str(c) for c in class_names][:n]
    totals = matrix.sum(axis=1, keepdims=True)
    percent = np.divide(100.0 * matrix, totals, out=np.zeros(matrix.shape), where=totals > 0)
    # Colour by row % so small classes and small splits look alike; the diagonal is where it should be.
    fig = go.Figure(go.Heatmap(
        z=percent, x=names, y=names, text=matrix, texttemplate="%{text}", colorscale="Blues", zmin=0, zmax=100,
        customdata=np.stack([matrix, percent], axis=-1), colorbar={"title": "% of row", "thickness": 12},
        hovertemplate="true %{y} → predicted %{x}<br>%{customdata[0]} images (%{customdata[1]:.1f}% of %{y})"
                      "<extra></extra>"))
    rows, cols = np.meshgrid(np.arange(n), np.arange(n), indexing="ij")
    fig.add_trace(go.Scatter(
        x=[names[c] for c in cols.ravel()], y=[names[r] for r in rows.ravel()], mode="markers",
        marker={"symbol": "square", "size": max(12, 420 // max(n, 1)), "color": "rgba(0,0,0,0.01)"},
        customdata=np.stack([matrix.ravel(), percent.ravel()], axis=-1), name="cells", showlegend=False,
        hovertemplate="true %{y} → predicted %{x}<br>%{customdata[0]} images (%{customdata[1]:.1f}%)"
                      "<br>click to see them<extra></extra>"))
    if selected is not None:
        r, c = selected
        fig.add_shape(type="rect", x0=c - 0.5, x1=c + 0.5, y0=r - 0.5, y1=r + 0.5, line={"color": "#d62728",
                                                                                          "width": 3})
    fig.update_xaxes(title="predicted class", type="category", side="bottom", tickangle=-30)
    fig.update_yaxes(title="true class", type="category", autorange="reversed")
    fig.update_layout(title=title, height=max(380, 120 + 42 * n), margin={"l": 10, "r": 10, "t": 50, "b": 10},
                      clickmode="event+select", dragmode=False)
    return fig


def metrics_rows(precision: np.ndarray, recall: np.ndarray, f1: np.ndarray, support: np.ndarray,
                 class_names: Sequence[str]) -> list[dict[str, Any]]:
    """Per-class metrics as table rows (for st.dataframe)."""
    return [{"class": str(class_names[i]) if i < len(class_names) else str(i), "precision": float(precision[i]),
             "recall": float(recall[i]), "F1": float(f1[i]), "images": int(support[i])}
            for i in range(len(precision))]


def image_gallery(images: np.ndarray, titles: Sequence[str], columns: int = 6, tile_height: int = 150
                  ) -> go.Figure:
    """Small images side by side with a title each (e.g. index and predicted probabilities)."""
    count = len(images)
    if count == 0:
        fig = go.Figure()
        fig.update_layout(height=80, annotations=[{"text": "no images", "showarrow": False}])
        return fig
    columns = max(1, min(columns, count))
    rows = math.ceil(count / columns)
    fig = make_subplots(rows=rows, cols=columns, subplot_titles=list(titles), horizontal_spacing=0.02,
                        vertical_spacing=min(0.3 / rows, 0.12))
    for i, image in enumerate(images):
        row, col = i // columns + 1, i % columns + 1
        fig.add_trace(_grey_or_rgb_trace(image, name=str(titles[i])), row=row, col=col)
        _image_axes(fig, row, col)
    for i in range(count):
        axis = "" if i == 0 else str(i + 1)
        fig.layout[f"yaxis{axis}"].scaleanchor = f"x{axis}"
    fig.update_annotations(font_size=11)
    fig.update_layout(height=rows * tile_height + 40, margin={"l": 10, "r": 10, "t": 40, "b": 10}, showlegend=False)
    return fig
