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

from cnnviz.data.classnames import display_class_names
from cnnviz.figures import colorscale, grid_layout, palette, plotly_fields, unchecked_figure
from cnnviz.i18n import CnnvizError, t

GAP = 1  # pixels of empty space between the tiles of a mosaic
DIVERGING = palette.DIVERGING  # blue negative, white zero, red positive
MAPS = palette.SEQUENTIAL


class FigureError(CnnvizError):
    """Data a figure cannot draw; the message says what was expected."""


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


def tile_positions(shape: tuple[int, int], tile_shape: tuple[int, int], gap: int = GAP
                   ) -> tuple[np.ndarray, np.ndarray]:
    """For every pixel of a mosaic, its (row, column) inside its own tile: hover must say "x 3, y 17" of the
    28×28 map under the mouse, not the position in the whole grid."""
    rows, cols = np.indices(shape)
    return rows % (tile_shape[0] + gap), cols % (tile_shape[1] + gap)


def _image_axes(fig: go.Figure, row: int | None = None, col: int | None = None) -> None:
    kwargs: dict[str, Any] = {} if row is None else {"row": row, "col": col}
    fig.update_xaxes(showticklabels=False, showgrid=False, zeroline=False, constrain="domain", **kwargs)
    fig.update_yaxes(showticklabels=False, showgrid=False, zeroline=False, autorange="reversed",
                     scaleanchor="x" if row is None else None, constrain="domain", **kwargs)


def image_axes(x: str = "x") -> tuple[dict[str, Any], dict[str, Any]]:
    """Axes of an image panel as plain dicts (see `unchecked_figure`): no ticks or grid, rows downward, square
    pixels (the y axis scaled to the x axis named `x`)."""
    bare = {"showticklabels": False, "showgrid": False, "zeroline": False, "constrain": "domain"}
    return bare, {**bare, "autorange": "reversed", "scaleanchor": x}


def _margin(top: int) -> dict[str, int]:
    return {"l": 10, "r": 10, "t": top, "b": 10}


def grey_or_rgb_trace(image: np.ndarray, name: str | None = None) -> dict[str, Any]:
    """An (H, W, 1) grey or (H, W, 3) colour image in [0, 1] as a trace dict, pixel values on hover."""
    image = np.asarray(image, dtype=np.float32)
    name = t("figures.input") if name is None else name
    if image.ndim == 3 and image.shape[-1] == 3:
        return {"type": "image", "z": np.clip(image * 255, 0, 255).astype(np.uint8), "name": name,
                "hovertemplate": "x %{x}, y %{y}<br>RGB %{z}<extra></extra>"}
    grey = image[..., 0] if image.ndim == 3 else image
    return {"type": "heatmap", "z": grey, "colorscale": colorscale(palette.GREY_SCALE), "zmin": 0, "zmax": 1,
            "showscale": False,
            "name": name, "hovertemplate": f"x %{{x}}, y %{{y}}<br>{t('figures.value')} %{{z:.2f}}<extra></extra>"}


# ---------------------------------------------------------------- images, predictions, Grad-CAM
# Drawn on every click of Draw, Predict and Feature maps: built as plain dicts, unchecked (`unchecked_figure`); the
# tests validate each of them.


def image_figure(image: np.ndarray, title: str = "", height: int = 300) -> go.Figure:
    """An (H, W, 1) grey or (H, W, 3) colour image in [0, 1], pixel values on hover."""
    xaxis, yaxis = image_axes()
    return unchecked_figure({"data": [grey_or_rgb_trace(image)], "layout": {
        "title": {"text": title}, "height": height, "margin": _margin(40 if title else 10), "xaxis": xaxis,
        "yaxis": yaxis}})


def probability_bars(probabilities: np.ndarray, class_names: Sequence[str], top_k: int | None = None,
                     title: str | None = None) -> go.Figure:
    """Horizontal bars, most likely class on top; the top class in a stronger colour. Built-in datasets' class
    names are shown in the current language."""
    probabilities = np.asarray(probabilities, dtype=np.float64)
    order = np.argsort(probabilities)[::-1][: top_k or len(probabilities)]
    shown = display_class_names(class_names)
    names = [shown[i] if i < len(shown) else str(i) for i in order]
    colours = [palette.BLUE if rank == 0 else palette.LIGHT_BLUE for rank in range(len(order))]
    bars = {"type": "bar", "x": probabilities[order], "y": names, "orientation": "h", "marker": {"color": colours},
            "text": [f"{p:.1%}" for p in probabilities[order]], "textposition": "auto", "customdata": order,
            "hovertemplate": f"%{{y}} ({t('figures.class')} %{{customdata}})<br>%{{x:.2%}}<extra></extra>"}
    return unchecked_figure({"data": [bars], "layout": {
        "title": {"text": t("figures.inspect.predicted_probabilities") if title is None else title},
        "height": max(220, 40 + 28 * len(order)), "margin": _margin(40),
        "yaxis": {"autorange": "reversed", "type": "category"},
        "xaxis": {"range": [0, 1], "tickformat": ".0%", "title": {"text": t("figures.probability")}}}})


def gradcam_overlay(image: np.ndarray, cam: np.ndarray, title: str = "", opacity: float = 0.45,
                    height: int = 320) -> go.Figure:
    """The input with the Grad-CAM heat (H, W) in [0, 1] laid over it (bright yellow = most evidence for the class).
    Inferno grows brighter all the way, so 1.0 looks strongest (jet's dark red at 1.0 looked weaker than its yellow
    at 0.6) and it reads the same to colour-blind eyes."""
    heat = {"type": "heatmap", "z": np.asarray(cam), "colorscale": colorscale(palette.HEAT), "zmin": 0, "zmax": 1,
            "opacity": opacity, "name": "Grad-CAM",
            "colorbar": {"title": {"text": t("figures.inspect.evidence")}, "thickness": 12},
            "hovertemplate": f"x %{{x}}, y %{{y}}<br>{t('figures.cam_value')} %{{z:.2f}}<extra></extra>"}
    xaxis, yaxis = image_axes()
    return unchecked_figure({"data": [grey_or_rgb_trace(image), heat], "layout": {
        "title": {"text": title}, "height": height, "margin": _margin(40 if title else 10), "xaxis": xaxis,
        "yaxis": yaxis}})


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
        raise FigureError("figures.error.maps_shape", shape=maps.shape)
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
    # Hover names the map's own coordinates through the axes' category labels (see _tile_labels) and the channel
    # through customdata: 6 bytes a pixel with the value on one scale, 12 when stretched (then the raw value rides
    # along), where a value, a channel and two coordinates per pixel cost 20 and made a drawing's maps megabytes.
    if shared_scale:
        customdata, channel, value = owner.astype(np.int16), "%{customdata}", "%{z:.3f}"
    else:
        customdata = np.stack([owner, np.nan_to_num(raw)], axis=-1).astype(np.float32)
        channel, value = "%{customdata[0]}", "%{customdata[1]:.3f}"
    heat = {"type": "heatmap", "z": shown, "x": _tile_labels(raw.shape[1], tiles.shape[2]),
            "y": _tile_labels(raw.shape[0], tiles.shape[1]), "customdata": customdata, "colorscale": colorscale(MAPS),
            "zmin": zmin, "zmax": zmax, "hoverongaps": False,
            "colorbar": {"title": {"text": t("figures.value") if shared_scale else t("figures.inspect.per_map")},
                         "thickness": 12},
            "hovertemplate": f"{t('figures.channel')} {channel}<br>x %{{x}}, y %{{y}}<br>{t('figures.value')} {value}"
                             "<extra></extra>"}
    rows = math.ceil(len(tiles) / columns)
    aspect = (rows * (tiles.shape[1] + GAP)) / (columns * (tiles.shape[2] + GAP))
    xaxis, yaxis = image_axes()
    layout = {"title": {"text": title}, "height": int(min(900, max(260, 80 + 760 * aspect))), "margin": _margin(50),
              "xaxis": {**xaxis, "type": "category", "ticks": ""}, "yaxis": {**yaxis, "type": "category", "ticks": ""}}
    if dead is not None and dead.any():
        layout["shapes"] = _dead_outlines(dead, tiles.shape[1:], columns)
    return unchecked_figure({"data": [heat], "layout": layout})


INVISIBLE = "\u200b"  # a zero-width space
GAP_MARK = "\u2060"  # a word joiner, also invisible


def _tile_labels(length: int, size: int) -> list[str]:
    """Category labels along one axis of a mosaic of tiles `size` pixels long: each pixel's coordinate inside its
    own tile ("0" … "size - 1", so hover says "x 3, y 17" of the map under the mouse), made unique per tile by
    trailing zero-width spaces that do not show; each gap gets a label of its own, also invisible."""
    labels = []
    for position in range(length):
        tile, inside = divmod(position, size + GAP)
        labels.append(f"{inside}{INVISIBLE * tile}" if inside < size else GAP_MARK * (tile + 1))
    return labels


def _dead_outlines(dead: np.ndarray | None, tile_shape: tuple[int, int], columns: int) -> list[dict[str, Any]]:
    """A red frame around each dead channel's tile."""
    if dead is None:
        return []
    height, width = tile_shape
    outlines = []
    for channel in np.flatnonzero(dead):
        top, left = (channel // columns) * (height + GAP), (channel % columns) * (width + GAP)
        outlines.append({"type": "rect", "x0": left - 0.5, "x1": left + width - 0.5, "y0": top - 0.5,
                         "y1": top + height - 0.5, "line": {"color": palette.MARK, "width": 2}})
    return outlines


def _flat_activation_bars(values: np.ndarray, title: str) -> go.Figure:
    bars = {"type": "bar", "x": np.arange(len(values)), "y": values, "marker": {"color": palette.BLUE},
            "hovertemplate": f"{t('figures.unit')} %{{x}}<br>{t('figures.value')} %{{y:.3f}}<extra></extra>"}
    return unchecked_figure({"data": [bars], "layout": {
        "title": {"text": title}, "height": 280, "margin": _margin(50),
        "xaxis": {"title": {"text": t("figures.unit")}},
        "yaxis": {"title": {"text": t("figures.inspect.activation")}}}})


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
        raise FigureError("figures.error.kernel_shape", shape=weights.shape)
    if input_channel == "rgb":
        return _rgb_kernel_grid(weights, title, max_columns)
    if not 0 <= int(input_channel) < weights.shape[2]:
        raise FigureError("figures.error.input_channel", channel=input_channel, last=weights.shape[2] - 1)
    tiles = np.moveaxis(weights[:, :, int(input_channel), :], -1, 0)
    columns = _grid_columns(len(tiles), max_columns)
    raw, owner = mosaic(tiles, columns)
    bound = limit or float(np.nanmax(np.abs(raw))) or 1.0
    local_row, local_col = tile_positions(raw.shape, tiles.shape[1:])
    fig = go.Figure(go.Heatmap(
        z=raw, customdata=np.stack([owner, local_row, local_col], axis=-1), colorscale=DIVERGING, zmid=0,
        zmin=-bound, zmax=bound, hoverongaps=False, colorbar={"title": t("figures.weight"), "thickness": 12},
        hovertemplate=f"{t('figures.filter')} %{{customdata[0]}}<br>"
                      + t("figures.row_col", row="%{customdata[1]}", col="%{customdata[2]}")
                      + f"<br>{t('figures.weight')} %{{z:.4f}}<extra></extra>"))
    fig.update_layout(shapes=_dead_outlines(dead, tiles.shape[1:], columns))
    _image_axes(fig)
    rows = math.ceil(len(tiles) / columns)
    fig.update_layout(title=title, height=int(min(700, max(220, 60 + 520 * rows / columns))),
                      margin={"l": 10, "r": 10, "t": 50, "b": 10})
    return fig


def _rgb_kernel_grid(weights: np.ndarray, title: str, max_columns: int) -> go.Figure:
    if weights.shape[2] != 3:
        raise FigureError("figures.error.rgb_channels", channels=weights.shape[2])
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


@plotly_fields
def weight_histograms(weights: np.ndarray, bias: np.ndarray | None, title: str = "",
                      initial_weights: np.ndarray | None = None, initial_bias: np.ndarray | None = None,
                      glorot_limit: float | None = None) -> go.Figure:
    """Histograms of a layer's weights and biases, trained over initial, with mean and std in the legend."""
    fig = make_subplots(rows=1, cols=2, column_widths=[0.65, 0.35],
                        subplot_titles=(t("figures.inspect.weights"), t("figures.inspect.biases")))
    series = [(t("figures.inspect.trained"), weights, bias, palette.VERMILLION)]
    if initial_weights is not None:
        series.insert(0, (t("figures.inspect.initial"), initial_weights, initial_bias, palette.GREY))
    for label, w, b, colour in series:
        for col, values, part in ((1, w, t("figures.inspect.weights")), (2, b, t("figures.inspect.biases"))):
            if values is None:
                continue
            flat = np.asarray(values, dtype=np.float64).ravel()
            fig.add_trace(go.Histogram(  # the legend says which pair is the weights and which the biases
                x=flat, name=t("figures.inspect.histogram_name", part=part, label=label, mean=flat.mean(),
                               std=flat.std()),
                marker_color=colour, opacity=0.6, nbinsx=60 if col == 1 else 30, legendgroup=label, showlegend=True,
                hovertemplate="%{x}<br>" + t("figures.inspect.count_values", count="%{y}") + f"<extra>{label}</extra>"),
                row=1, col=col)
    if glorot_limit:
        for x in (-glorot_limit, glorot_limit):
            fig.add_vline(x=x, line_dash="dot", line_color=palette.DARK, row=1, col=1)
        fig.add_annotation(x=glorot_limit, y=1, yref="y domain",
                           text=t("figures.inspect.glorot_limit", limit=glorot_limit),
                           showarrow=False, xanchor="left", font={"size": 10}, row=1, col=1)
    fig.update_layout(title=title, barmode="overlay", height=300, margin={"l": 10, "r": 10, "t": 60, "b": 10},
                      legend={"orientation": "h", "y": -0.2})
    return fig


# ---------------------------------------------------------------- confusion matrix and errors


def confusion_heatmap(matrix: np.ndarray, class_names: Sequence[str], title: str | None = None,
                      selected: tuple[int, int] | None = None) -> go.Figure:
    """Rows = true class, columns = predicted class; counts in the cells, row-normalised % on hover.

    A scatter of (nearly) invisible markers sits on the cell centres: Streamlit's plotly selection reports
    clicked *points*, which heatmap cells are not, so clicking a cell selects its marker (x, y = class names).
    The class names are used as given (a click reports them back), not translated here.
    """
    matrix = np.asarray(matrix)
    n = matrix.shape[0]
    names = [str(c) for c in class_names][:n]
    totals = matrix.sum(axis=1, keepdims=True)
    percent = np.divide(100.0 * matrix, totals, out=np.zeros(matrix.shape), where=totals > 0)
    # Colour by row % so small classes and small splits look alike; the diagonal is where it should be.
    fig = go.Figure(go.Heatmap(
        z=percent, x=names, y=names, text=matrix, texttemplate="%{text}", colorscale=palette.CONFUSION,
        zmin=0, zmax=100,
        customdata=np.stack([matrix, percent], axis=-1),
        colorbar={"title": t("figures.inspect.percent_of_row"), "thickness": 12},
        hovertemplate=t("figures.inspect.cell_hover", true="%{y}", predicted="%{x}", count="%{customdata[0]}",
                        percent="%{customdata[1]:.1f}%") + "<extra></extra>"))
    rows, cols = np.meshgrid(np.arange(n), np.arange(n), indexing="ij")
    fig.add_trace(go.Scatter(
        x=[names[c] for c in cols.ravel()], y=[names[r] for r in rows.ravel()], mode="markers",
        marker={"symbol": "square", "size": max(12, 420 // max(n, 1)), "color": "rgba(0,0,0,0.01)"},
        customdata=np.stack([matrix.ravel(), percent.ravel()], axis=-1), name=t("figures.inspect.cells"),
        showlegend=False,
        hovertemplate=t("figures.inspect.cell_click_hover", true="%{y}", predicted="%{x}", count="%{customdata[0]}",
                        percent="%{customdata[1]:.1f}%") + "<extra></extra>"))
    if selected is not None:
        r, c = selected
        fig.add_shape(type="rect", x0=c - 0.5, x1=c + 0.5, y0=r - 0.5, y1=r + 0.5, line={"color": palette.MARK,
                                                                                          "width": 3})
    # Square cells (scaleanchor) and labels that take the margin they need (automargin, steep angle): long class
    # names such as "T-shirt/top" never overlap or squeeze the matrix.
    fig.update_xaxes(title=t("figures.predicted_class"), type="category", side="bottom", tickangle=-45, automargin=True,
                     constrain="domain")
    fig.update_yaxes(title=t("figures.true_class"), type="category", autorange="reversed", automargin=True,
                     scaleanchor="x", constrain="domain")
    fig.update_layout(title=t("figures.inspect.confusion_title") if title is None else title,
                      height=max(420, 160 + 40 * n), margin={"l": 10, "r": 10, "t": 50, "b": 10},
                      clickmode="event+select", dragmode=False)
    return fig


def metrics_rows(precision: np.ndarray, recall: np.ndarray, f1: np.ndarray, support: np.ndarray,
                 class_names: Sequence[str]) -> list[dict[str, Any]]:
    """Per-class metrics as table rows (for st.dataframe); the column names and built-in datasets' class names
    are in the current language (`metric_columns()` gives the column names, e.g. for st.column_config)."""
    shown = display_class_names(class_names)
    columns = metric_columns()
    return [{columns["class"]: shown[i] if i < len(shown) else str(i), columns["precision"]: float(precision[i]),
             columns["recall"]: float(recall[i]), columns["F1"]: float(f1[i]), columns["images"]: int(support[i])}
            for i in range(len(precision))]


def metric_columns() -> dict[str, str]:
    """The column names of `metrics_rows` in the current language, by their English names."""
    return {"class": t("figures.class"), "precision": t("figures.inspect.precision"),
            "recall": t("figures.inspect.recall"),
            "F1": t("figures.inspect.f1"), "images": t("figures.inspect.images")}


def gallery_titles(indices: np.ndarray, p_predicted: np.ndarray, p_true: np.ndarray | None) -> list[str]:
    """Two short lines per image: its index, then P(predicted class) (· P(true class) for a mistake): long
    titles overlap when six tiles share a row on a projector."""
    lines = [f"{p:.2f}" if p_true is None else f"{p:.2f} · {q:.2f}"
             for p, q in zip(p_predicted, p_true if p_true is not None else p_predicted, strict=True)]
    return [f"#{int(i)}<br>{line}" for i, line in zip(indices, lines, strict=True)]


def image_gallery(images: np.ndarray, titles: Sequence[str], columns: int = 6, tile_height: int = 150
                  ) -> go.Figure:
    """Small images side by side with a title each (e.g. index and predicted probabilities). Redrawn on every
    Confusion click: built as a plain dict, unchecked (`unchecked_figure`)."""
    count = len(images)
    if count == 0:
        return unchecked_figure({"data": [], "layout": {
            "height": 80, "annotations": [{"text": t("figures.inspect.no_images"), "showarrow": False}]}})
    columns = max(1, min(columns, count))
    rows = math.ceil(count / columns)
    layout, suffixes = grid_layout(rows, columns, [str(title) for title in titles], horizontal_spacing=0.02,
                                   vertical_spacing=min(0.3 / rows, 0.12), title_size=11)
    data = []
    for i, image in enumerate(images):
        suffix = suffixes[i]
        xaxis, yaxis = image_axes(f"x{suffix}")
        layout[f"xaxis{suffix}"].update(xaxis)
        layout[f"yaxis{suffix}"].update(yaxis)
        data.append({**grey_or_rgb_trace(image, name=str(titles[i])), "xaxis": f"x{suffix}", "yaxis": f"y{suffix}"})
    for suffix in suffixes[count:]:  # the empty panels of the last row
        bare = {"showticklabels": False, "showgrid": False, "zeroline": False, "constrain": "domain"}
        layout[f"xaxis{suffix}"].update(bare)
        layout[f"yaxis{suffix}"].update({**bare, "autorange": "reversed"})
    layout.update(height=rows * tile_height + 40, margin=_margin(40), showlegend=False)
    return unchecked_figure({"data": data, "layout": layout})
