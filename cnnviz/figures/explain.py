"""Plotly figures for "what the network learned": attribution maps side by side, filter patterns, adversarial
examples, replays of training snapshots (plotly animation frames: the slider and Play run in the browser,
no server round trip), weight/gradient norms over time, and receptive-field outlines.

Mosaics (many small tiles in one heatmap, see cnnviz.figures.inspect.mosaic) hover with the tile's own
coordinates: the filter (or class), x and y inside the tile, the channel and the value.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from cnnviz.figures import palette, plotly_fields
from cnnviz.figures.inspect import DIVERGING, GAP, _grid_columns, _image_axes, grey_or_rgb_trace, mosaic
from cnnviz.i18n import t

ROW_TITLE_WIDTH = 20  # characters a title of the attribution row keeps on one line

if TYPE_CHECKING:
    from cnnviz.inspect.adversarial import AdversarialResult, RobustnessCurve
    from cnnviz.inspect.attribution import AttributionResult
    from cnnviz.inspect.patterns import PatternResult
    from cnnviz.inspect.receptive import InputRegion, LayerField
    from cnnviz.train.snapshots import SnapshotSeries

MARGIN = {"l": 10, "r": 10, "t": 50, "b": 10}
# Ten classes in ten colours a red-green colour-blind student tells apart (plotly's ten: 5 alike to a deuteranope),
# and each its own marker shape too; lines of a short list (methods, layers) take the runs' palette and markers.
PALETTE = palette.CLASSES
SYMBOLS = palette.CLASS_SYMBOLS


# ---------------------------------------------------------------- mosaics with per-tile hover


def tile_coordinates(count: int, height: int, width: int, columns: int, gap: int = GAP
                     ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For every pixel of a mosaic: its tile, and x and y inside that tile (all −1 in the gaps)."""
    rows = math.ceil(count / columns)
    shape = (rows * (height + gap) - gap, columns * (width + gap) - gap)
    tile, local_x, local_y = (np.full(shape, -1, dtype=np.int32) for _ in range(3))
    ys, xs = np.mgrid[0:height, 0:width]
    for i in range(count):
        top, left = (i // columns) * (height + gap), (i % columns) * (width + gap)
        tile[top:top + height, left:left + width] = i
        local_x[top:top + height, left:left + width] = xs
        local_y[top:top + height, left:left + width] = ys
    return tile, local_x, local_y


def _tile_customdata(count: int, height: int, width: int, columns: int, names: Sequence[str] | None,
                     channel: int | str = "") -> np.ndarray:
    """customdata [name of the tile, x, y, channel] per mosaic pixel ("" in the gaps)."""
    tile, local_x, local_y = tile_coordinates(count, height, width, columns)
    labels = np.array([*(str(n) for n in (names if names is not None else range(count))), ""], dtype=object)
    data = np.empty((*tile.shape, 4), dtype=object)
    data[..., 0] = labels[tile]  # tile −1 (a gap) picks the trailing ""
    data[..., 1] = local_x.astype(object)
    data[..., 2] = local_y.astype(object)
    data[..., 3] = channel
    data[tile < 0, 1:] = ""
    return data


def _mosaic_height(count: int, columns: int, tile_h: int, tile_w: int, base: int = 80, scale: int = 760,
                   limit: int = 900) -> int:
    rows = math.ceil(count / columns)
    aspect = rows * (tile_h + GAP) / (columns * (tile_w + GAP))
    return int(min(limit, max(240, base + scale * aspect)))


# ---------------------------------------------------------------- attribution


CLIP_PERCENTILE = 99.0


def _relative(values: np.ndarray) -> np.ndarray:
    """values / their 99th percentile of |value|, clipped to ±1: one extreme pixel cannot wash out the rest."""
    magnitude = np.abs(values)
    scale = float(np.percentile(magnitude, CLIP_PERCENTILE)) if values.size else 0.0
    scale = scale if scale > 0 else float(magnitude.max(initial=0.0))
    return np.clip(values / scale, -1.0, 1.0) if scale > 0 else np.zeros_like(values)


def attribution_row(image: np.ndarray, results: Sequence[AttributionResult], title: str = "",
                    columns: int = 3, panel_height: int = 230) -> go.Figure:
    """The input and every method's map, `columns` to a row, on ONE colour scale: each map divided by its own 99th
    percentile of |value| and clipped to ±1 (the methods measure different things in different units, so only
    the pattern compares; the percentile keeps one extreme pixel from washing out the rest), white at 0, red
    where a pixel speaks for the class, blue (signed maps only) where it speaks against. The raw value is on
    hover. Three to a row: six in one row were ~90 px each on a projector's 1024 px."""
    count = len(results)
    rows = math.ceil((count + 1) / columns)
    titles = ["<br>".join(textwrap.wrap(text, ROW_TITLE_WIDTH)) for text in
              (t("inspect.fig.input"), *(r.title for r in results))]
    two_lines = any("<br>" in text for text in titles)
    fig = make_subplots(rows=rows, cols=columns, subplot_titles=titles, horizontal_spacing=0.04,
                        vertical_spacing=0.16 if two_lines else 0.12)
    cells = [(i // columns + 1, i % columns + 1) for i in range(count + 1)]
    fig.add_trace(grey_or_rgb_trace(image), row=1, col=1)
    for number, ((row, col), result) in enumerate(zip(cells[1:], results, strict=True), start=1):
        values = np.asarray(result.map, dtype=np.float32)
        fig.add_trace(go.Heatmap(
            z=_relative(values), customdata=values, colorscale=DIVERGING, zmin=-1, zmax=1, zmid=0,
            showscale=number == count, name=result.title,
            colorbar={"title": t("inspect.fig.relative"), "thickness": 12, "len": 0.9},
            hovertemplate=f"{result.title}<br>x %{{x}}, y %{{y}}<br>{t('inspect.fig.value')} %{{customdata:.4g}}"
                          f"<br>{t('inspect.fig.relative')} %{{z:.2f}}<extra></extra>"), row=row, col=col)
    for index, (row, col) in enumerate(cells, start=1):
        _image_axes(fig, row, col)
        axis = "" if index == 1 else str(index)
        fig.layout[f"yaxis{axis}"].scaleanchor = f"x{axis}"
    fig.update_annotations(font_size=12)
    top = (70 if title else 40) + (16 if two_lines else 0)
    fig.update_layout(title=title, height=top + MARGIN["b"] + rows * panel_height, margin={**MARGIN, "t": top})
    return fig


def integrated_gradients_figure(image: np.ndarray, result: AttributionResult, height: int = 300) -> go.Figure:
    """Baseline → image → attribution, with the completeness check as the title."""
    if result.baseline is None or result.completeness is None:
        raise ValueError("not an Integrated Gradients result")
    titles = [t("inspect.ig.baseline") + f" ({result.settings.get('baseline', '')})", t("inspect.fig.input"),
              result.title]
    fig = make_subplots(rows=1, cols=3, subplot_titles=titles, horizontal_spacing=0.03)
    fig.add_trace(grey_or_rgb_trace(np.clip(result.baseline, 0, 1), name="baseline"), row=1, col=1)
    fig.add_trace(grey_or_rgb_trace(image), row=1, col=2)
    values = np.asarray(result.map, dtype=np.float32)
    bound = float(np.percentile(np.abs(values), CLIP_PERCENTILE)) or float(np.abs(values).max()) or 1.0
    fig.add_trace(go.Heatmap(z=values, colorscale=DIVERGING, zmin=-bound, zmax=bound, zmid=0,
                             colorbar={"title": t("inspect.fig.score_share"), "thickness": 12},
                             hovertemplate="x %{x}, y %{y}<br>%{z:.4g}<extra></extra>"), row=1, col=3)
    for col in (1, 2, 3):
        _image_axes(fig, 1, col)
        axis = "" if col == 1 else str(col)
        fig.layout[f"yaxis{axis}"].scaleanchor = f"x{axis}"
    fig.update_layout(title={"text": result.completeness.text(), "font": {"size": 13}}, height=height,
                      margin={**MARGIN, "t": 80})
    return fig


# ---------------------------------------------------------------- filter and class patterns


def pattern_grid(result: PatternResult, title: str = "", names: Sequence[str] | None = None,
                 max_columns: int = 16) -> go.Figure:
    """The patterns as one mosaic (grey or colour); hover names the filter (or class) and the pixel inside
    its tile. `names` labels the tiles (e.g. class names for class patterns)."""
    images = np.asarray(result.images, dtype=np.float32)
    count, height, width, channels = images.shape
    labels = list(names) if names is not None else [f"{t('inspect.fig.filter')} {int(i)}" for i in result.indices]
    columns = _grid_columns(count, max_columns)
    customdata = _tile_customdata(count, height, width, columns, labels)
    hover = (f"%{{customdata[0]}}<br>x %{{customdata[1]}}, y %{{customdata[2]}}<br>{t('inspect.fig.value')} "
             "%{z:.2f}<extra></extra>")
    if channels == 3:
        planes = [mosaic(images[..., c], columns)[0] for c in range(3)]
        rgb = np.nan_to_num(np.stack(planes, axis=-1), nan=1.0)
        fig = go.Figure(go.Image(z=(rgb * 255).astype(np.uint8), hoverinfo="skip"))
        grey = np.where(np.isnan(planes[0]), np.nan, np.mean(planes, axis=0))
        fig.add_trace(go.Heatmap(z=grey, customdata=customdata, opacity=0, showscale=False, hoverongaps=False,
                                 hovertemplate=hover.replace(t("inspect.fig.value"), t("inspect.fig.mean_rgb"))))
    else:
        canvas = mosaic(images[..., 0], columns)[0]
        fig = go.Figure(go.Heatmap(z=canvas, customdata=customdata, colorscale=palette.GREY_SCALE, zmin=0, zmax=1,
                                   showscale=False, hoverongaps=False, hovertemplate=hover))
    if names is not None and count <= 30:  # class names written on their tiles, readable on a projector
        for i, label in enumerate(labels):
            left, top = (i % columns) * (width + GAP), (i // columns) * (height + GAP)
            fig.add_annotation(x=left + (width - 1) / 2, y=top - 0.5, text=label, showarrow=False, yanchor="top",
                               font={"size": 12, "color": "#111"}, bgcolor="rgba(255, 255, 255, 0.85)")
    _image_axes(fig)
    fig.update_layout(title=title, height=_mosaic_height(count, columns, height, width), margin=MARGIN)
    return fig


# ---------------------------------------------------------------- adversarial examples


def _perturbation_trace(result: AdversarialResult) -> go.BaseTraceType:
    delta = np.asarray(result.perturbation, dtype=np.float32)
    scaled = delta / result.epsilon if result.epsilon > 0 else np.zeros_like(delta)
    if delta.shape[-1] == 3:
        return go.Image(z=np.clip((0.5 + 0.5 * scaled) * 255, 0, 255).astype(np.uint8),
                        hovertemplate="x %{x}, y %{y}<br>RGB %{z}<extra></extra>")
    return go.Heatmap(z=scaled[..., 0], customdata=delta[..., 0], colorscale=palette.DIVERGING, zmin=-1, zmax=1, zmid=0,
                      showscale=False,
                      hovertemplate=f"x %{{x}}, y %{{y}}<br>{t('inspect.fig.change')} %{{customdata:+.4f}}"
                                    "<extra></extra>")


@plotly_fields
def adversarial_figure(result: AdversarialResult, class_names: Sequence[str], top_k: int = 5,
                       height: int = 320) -> go.Figure:
    """Original | perturbation (amplified: ±ε shown as full blue/red) | adversarial image, and the top
    classes' probabilities before and after."""

    def name(index: int) -> str:
        return str(class_names[index]) if index < len(class_names) else str(index)

    before, after = result.probabilities_before, result.probabilities_after
    titles = [t("inspect.fig.original", label=name(result.predicted_before), p=float(before[result.predicted_before])),
              t("inspect.fig.perturbation", epsilon=result.epsilon),
              t("inspect.fig.adversarial", label=name(result.predicted_after), p=float(after[result.predicted_after])),
              t("inspect.fig.probabilities")]
    fig = make_subplots(rows=1, cols=4, subplot_titles=titles, column_widths=[0.22, 0.22, 0.22, 0.34],
                        horizontal_spacing=0.04)
    fig.add_trace(grey_or_rgb_trace(result.original), row=1, col=1)
    fig.add_trace(_perturbation_trace(result), row=1, col=2)
    fig.add_trace(grey_or_rgb_trace(np.clip(result.adversarial, 0, 1)), row=1, col=3)
    shown = list(dict.fromkeys([*np.argsort(before)[::-1][:top_k], *np.argsort(after)[::-1][:top_k]]))[:top_k + 2]
    labels = [name(int(i)) for i in shown]
    for label, values, colour in ((t("inspect.fig.before"), before, palette.BLUE),
                                  (t("inspect.fig.after"), after, palette.VERMILLION)):
        fig.add_trace(go.Bar(x=[float(values[i]) for i in shown], y=labels, orientation="h", name=label,
                             marker_color=colour, hovertemplate="%{y}: %{x:.1%}<extra>" + label + "</extra>"),
                      row=1, col=4)
    for col in (1, 2, 3):
        _image_axes(fig, 1, col)
        axis = "" if col == 1 else str(col)
        fig.layout[f"yaxis{axis}"].scaleanchor = f"x{axis}"
    fig.update_xaxes(range=[0, 1], tickformat=".0%", row=1, col=4)
    # class names on the right of the bars: long ones ("T-shirt/top") never run into the adversarial image
    fig.update_yaxes(autorange="reversed", type="category", side="right", automargin=True, row=1, col=4)
    fig.update_annotations(font_size=12)
    fig.update_layout(height=height, barmode="group", margin={**MARGIN, "t": 60},
                      legend={"orientation": "h", "y": -0.12, "x": 0.7})
    return fig


def robustness_figure(curves: Sequence[RobustnessCurve], height: int = 320) -> go.Figure:
    """Accuracy under attack against ε, one line per method."""
    fig = go.Figure()
    for index, curve in enumerate(curves):
        label, style = t(f"inspect.attack.{curve.method}"), palette.series_style(index)
        fig.add_trace(go.Scatter(x=curve.epsilons, y=curve.accuracy, mode="lines+markers", name=label,
                                 line={"color": style.colour, "dash": style.dash}, marker={"symbol": style.symbol},
                                 hovertemplate="ε %{x:.3f}<br>" + t("inspect.fig.accuracy") + " %{y:.1%}<extra>"
                                               + label + "</extra>"))
    n = curves[0].n if curves else 0
    fig.update_xaxes(title="ε")
    fig.update_yaxes(title=t("inspect.fig.accuracy"), range=[0, 1.02], tickformat=".0%")
    fig.update_layout(title=t("inspect.fig.robustness", n=n), height=height, margin=MARGIN,
                      legend={"orientation": "h", "y": -0.25})
    return fig


# ---------------------------------------------------------------- training snapshots


def _animation_controls(labels: Sequence[str], names: Sequence[str]) -> dict[str, Any]:
    """A slider over the frames and Play / Pause buttons, all handled by plotly in the browser."""
    frame_args = {"mode": "immediate", "frame": {"duration": 0, "redraw": True}, "transition": {"duration": 0}}
    play = {"frame": {"duration": 600, "redraw": True}, "transition": {"duration": 0}, "fromcurrent": True,
            "mode": "immediate"}
    return {
        "sliders": [{"active": 0, "x": 0.12, "len": 0.88, "y": 0, "yanchor": "top",
                     "currentvalue": {"prefix": ""}, "pad": {"t": 30},
                     "steps": [{"method": "animate", "label": label, "args": [[name], frame_args]}
                               for label, name in zip(labels, names, strict=True)]}],
        "updatemenus": [{"type": "buttons", "direction": "left", "x": 0, "y": 0, "yanchor": "top",
                         "pad": {"t": 30, "r": 10}, "showactive": False,
                         "buttons": [{"label": "▶", "method": "animate", "args": [None, play]},
                                     {"label": "❚❚", "method": "animate",
                                      "args": [[None], {"mode": "immediate", "frame": {"duration": 0}}]}]}],
    }


def _dead_shapes(dead: np.ndarray | None, tile_h: int, tile_w: int, columns: int) -> list[dict[str, Any]]:
    if dead is None:
        return []
    shapes = []
    for channel in np.flatnonzero(dead):
        top, left = (channel // columns) * (tile_h + GAP), (channel % columns) * (tile_w + GAP)
        shapes.append({"type": "rect", "x0": left - 0.5, "x1": left + tile_w - 0.5, "y0": top - 0.5,
                       "y1": top + tile_h - 0.5, "line": {"color": palette.MARK, "width": 2}})
    return shapes


def _replay(stack: np.ndarray, series: SnapshotSeries, title: str, tile_name: str, channel: int | str,
            colorscale: str, symmetric: bool, dead: np.ndarray | None, max_columns: int) -> go.Figure:
    """stack: (T, n_tiles, h, w) — one mosaic per snapshot, animated; shown at the first snapshot, so Play
    runs from the start to the end. Symmetric scales stop at the 99.5th percentile of |value| over all snapshots
    (a few extreme weights would leave the rest pale); hover shows the value itself."""
    count, height, width = stack.shape[1:]
    columns = _grid_columns(count, max_columns)
    canvases = [np.round(mosaic(frame, columns)[0], 4) for frame in stack]
    if symmetric:
        bound = float(np.percentile(np.abs(stack), 99.5)) or float(np.abs(stack).max()) or 1.0
        zmin, zmax = -bound, bound
    else:
        zmin, zmax = float(np.nanmin(stack)), float(np.nanmax(stack))
        zmax = zmax if zmax > zmin else zmin + 1.0
    names = [f"{tile_name} {i}" for i in range(count)]
    customdata = _tile_customdata(count, height, width, columns, names, channel)
    where = "x %{customdata[1]}, y %{customdata[2]}"
    if channel != "":
        where += f", {t('inspect.fig.channel')} %{{customdata[3]}}"
    hover = f"%{{customdata[0]}}<br>{where}<br>{t('inspect.fig.value')} %{{z:.4f}}<extra></extra>"
    labels = [series.label(i) for i in range(len(series))]
    frame_names = [f"s{i}" for i in range(len(series))]
    fig = go.Figure(
        go.Heatmap(z=canvases[0], customdata=customdata, colorscale=colorscale, zmin=zmin, zmax=zmax,
                   zmid=0 if symmetric else None, hoverongaps=False, hovertemplate=hover,
                   colorbar={"title": t("inspect.fig.value"), "thickness": 12}),
        frames=[go.Frame(data=[go.Heatmap(z=canvas)], name=name,
                         layout={"shapes": _dead_shapes(None if dead is None else dead[i], height, width, columns)})
                for i, (canvas, name) in enumerate(zip(canvases, frame_names, strict=True))])
    fig.update_layout(shapes=_dead_shapes(None if dead is None else dead[0], height, width, columns))
    _image_axes(fig)
    fig.update_layout(title=title, height=_mosaic_height(count, columns, height, width, base=140),
                      margin={**MARGIN, "b": 90}, **_animation_controls(labels, frame_names))
    return fig


@plotly_fields
def kernel_replay(series: SnapshotSeries, input_channel: int = 0, max_columns: int = 16) -> go.Figure:
    """The first conv layer's kernels at every snapshot, from before the first step to the last epoch, on one
    fixed diverging scale (so growth shows); dead filters outlined in red in the frames where they are dead."""
    if series.kernels is None:
        raise ValueError("these snapshots have no kernels (the model has no Conv2D layer)")
    kernels = np.asarray(series.kernels, dtype=np.float32)
    if not 0 <= input_channel < kernels.shape[3]:
        raise ValueError(f"input channel {input_channel} is outside 0..{kernels.shape[3] - 1}")
    stack = np.moveaxis(kernels[:, :, :, input_channel, :], -1, 1)  # (T, filters, kh, kw)
    dead = series.dead.get(series.conv_layer or "")
    return _replay(stack, series, t("inspect.fig.kernel_replay", layer=series.conv_layer), t("inspect.fig.filter"),
                   input_channel, DIVERGING, True, dead, max_columns)


@plotly_fields
def feature_map_replay(series: SnapshotSeries, probe: int = 0, class_names: Sequence[str] | None = None,
                       max_columns: int = 16) -> go.Figure:
    """One probe image's first-layer feature maps at every snapshot, on one scale across the snapshots."""
    if not series.has_maps:
        raise ValueError("these snapshots have no feature maps (the model has no Conv2D layer)")
    maps = series.probe_maps(probe)  # (T, h, w, c)
    stack = np.moveaxis(maps, -1, 1)
    dead = series.dead.get(series.conv_layer or "")
    label = int(series.probe_labels[probe]) if probe < len(series.probe_labels) else probe
    if class_names is not None and label < len(class_names):
        label = class_names[label]
    return _replay(stack, series, t("inspect.fig.map_replay", layer=series.conv_layer, label=label),
                   t("inspect.fig.channel"), "", palette.SEQUENTIAL, False, dead, max_columns)


def _moments(series: SnapshotSeries) -> list[str]:
    """The x axis of the curves over training: one evenly spaced category per snapshot (the early batches
    would otherwise pile up at 0)."""
    return [series.label(i) for i in range(len(series))]


def probe_predictions_figure(series: SnapshotSeries, class_names: Sequence[str], height: int = 320) -> go.Figure:
    """For each probe image (one per class): the probability the model gives its true class, over training."""
    fig = go.Figure()
    moments = _moments(series)
    for probe, label in enumerate(series.probe_labels):
        name = str(class_names[label]) if label < len(class_names) else str(label)
        fig.add_trace(go.Scatter(
            x=moments, y=series.probabilities[:, probe, label], mode="lines+markers", name=name,
            line={"color": palette.class_style(probe).colour, "dash": palette.class_style(probe).dash},
            marker={"symbol": palette.class_style(probe).symbol, "size": 8},
            hovertemplate="%{x}<br>" + t("inspect.fig.true_class_probability") + " %{y:.1%}<extra>"
                          + name + "</extra>"))
    fig.update_xaxes(type="category")
    fig.update_yaxes(title=t("inspect.fig.true_class_probability"), range=[0, 1.02], tickformat=".0%")
    # the legend below the chart, in rows: on the right, ten class names took the chart's width on a projector
    fig.update_layout(title=t("inspect.fig.probe_predictions"), height=height + 60, margin=MARGIN,
                      legend={"orientation": "h", "y": -0.15})
    return fig


@plotly_fields
def norms_figure(series: SnapshotSeries, height: int = 560) -> go.Figure:
    """Per layer: weight norm and gradient norm (log scale) over training; and the dead filters per conv layer."""
    fig = make_subplots(rows=3, cols=1, shared_xaxes=True, vertical_spacing=0.08, row_heights=[0.38, 0.38, 0.24],
                        subplot_titles=(t("inspect.fig.weight_norms"), t("inspect.fig.grad_norms"),
                                        t("inspect.fig.dead_filters")))
    moments = _moments(series)
    for index, layer in enumerate(series.norm_layers):
        style = palette.series_style(index)
        for row, values in ((1, series.weight_norms[:, index]), (2, series.grad_norms[:, index])):
            fig.add_trace(go.Scatter(x=moments, y=values, mode="lines+markers", name=layer, legendgroup=layer,
                                     showlegend=row == 1, line={"color": style.colour, "dash": style.dash},
                                     marker={"symbol": style.symbol},
                                     hovertemplate="%{x}<br>‖·‖ %{y:.4g}<extra>" + layer + "</extra>"),
                          row=row, col=1)
    for index, (layer, flags) in enumerate(series.dead.items()):
        name = t("inspect.fig.dead_in", layer=layer)
        fig.add_trace(go.Scatter(x=moments, y=flags.sum(axis=1), mode="lines+markers", name=name,
                                 line={"color": palette.series_style(index + 5).colour, "dash": "dot"},
                                 marker={"symbol": palette.series_style(index + 5, validation=True).symbol + "-open"},
                                 hovertemplate="%{x}<br>%{y} / " + str(flags.shape[1]) + "<extra>" + name + "</extra>"),
                      row=3, col=1)
    fig.update_yaxes(type="log", row=2, col=1)
    fig.update_yaxes(rangemode="tozero", row=3, col=1)
    fig.update_xaxes(type="category")
    fig.update_layout(height=height, margin=MARGIN, legend={"orientation": "h", "y": -0.12})
    return fig


# ---------------------------------------------------------------- receptive fields


def outline_region(fig: go.Figure, region: InputRegion, colour: str = palette.ORANGE, row: int | None = None,
                   col: int | None = None) -> go.Figure:
    """Draw the input pixels a unit sees (an inclusive pixel box) as a rectangle on an image figure."""
    kwargs: dict[str, Any] = {} if row is None else {"row": row, "col": col}
    fig.add_shape(type="rect", x0=region.left - 0.5, x1=region.right + 0.5, y0=region.top - 0.5,
                  y1=region.bottom + 0.5, line={"color": colour, "width": 3}, **kwargs)
    return fig


def image_with_region(image: np.ndarray, region: InputRegion, title: str = "", height: int = 300) -> go.Figure:
    """The input image with the receptive field of one unit outlined."""
    fig = go.Figure(grey_or_rgb_trace(image))
    _image_axes(fig)
    fig.update_layout(title=title or t("inspect.fig.sees", height=region.height, width=region.width), height=height,
                      margin={**MARGIN, "t": 40})
    return outline_region(fig, region)


def unit_picker(values: np.ndarray, title: str = "", selected: tuple[int, int] | None = None,
                height: int = 300) -> go.Figure:
    """One feature map (h, w) whose units can be clicked: an invisible square marker sits on every unit
    (Streamlit reports clicked *points*, which heatmap cells are not; x = column, y = row), and the selected
    unit is framed."""
    values = np.asarray(values, dtype=np.float32)
    if values.ndim != 2:
        raise ValueError(f"expected one map (height, width), got {values.shape}")
    rows, cols = values.shape
    hover = f"x %{{x}}, y %{{y}}<br>{t('inspect.fig.value')} %{{customdata:.3f}}<extra></extra>"
    fig = go.Figure(go.Heatmap(z=values, colorscale=palette.SEQUENTIAL, showscale=False, hoverinfo="skip"))
    ys, xs = np.mgrid[0:rows, 0:cols]
    size = max(4, int((height - 60) / max(rows, cols)))
    fig.add_trace(go.Scatter(x=xs.ravel(), y=ys.ravel(), mode="markers", customdata=values.ravel(),
                             marker={"symbol": "square", "size": size, "color": "rgba(0,0,0,0.01)"},
                             showlegend=False, hovertemplate=hover))
    if selected is not None:
        row, col = selected
        fig.add_shape(type="rect", x0=col - 0.5, x1=col + 0.5, y0=row - 0.5, y1=row + 0.5,
                      line={"color": palette.frame_on(palette.SEQUENTIAL), "width": 3})
    _image_axes(fig)
    fig.update_xaxes(range=[-0.5, cols - 0.5])
    fig.update_yaxes(range=[rows - 0.5, -0.5], autorange=False)
    fig.update_layout(title=title, height=height, margin={**MARGIN, "t": 40}, clickmode="event+select",
                      dragmode=False)
    return fig


def receptive_field_rows(fields: Sequence[LayerField]) -> list[dict[str, Any]]:
    """One table row per layer: its receptive field size, jump and start (rows × columns)."""

    def pair(a: int, b: int) -> str:
        return f"{a}×{b}" if a != b else str(a)

    rows = []
    for field in fields:
        spatial = field.spatial
        rows.append({
            t("inspect.fig.layer"): field.name,
            t("inspect.fig.type"): field.type,
            t("inspect.fig.output"): pair(field.rows.units, field.cols.units) if spatial else "—",
            t("inspect.fig.field_size"): pair(*field.size) if spatial else t("inspect.fig.whole_input"),
            t("inspect.fig.jump"): pair(*field.jump) if spatial else "—",
            t("inspect.fig.start"): pair(*field.start) if spatial else "—",
        })
    return rows
