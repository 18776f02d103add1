"""Plotly figures for the Learn pages: annotated grids with the sliding window highlighted, pooling and ReLU
side by side, softmax bars, gradient heatmaps and the loss curve of repeated training steps."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from cnnviz.data.classnames import display_class_names
from cnnviz.figures import colorscale, grid_layout, palette, unchecked_figure
from cnnviz.i18n import t
from cnnviz.learn.lab import ConvResult, PoolResult, Step

DIVERGING = palette.DIVERGING  # blue negative, white zero, red positive
SEQUENTIAL = palette.SEQUENTIAL
WINDOW = palette.ORANGE
PADDING_FILL = "rgba(160, 160, 160, 0.35)"
MAX_ANNOTATED_SIDE = 16  # beyond this the numbers no longer fit in the cells


def _annotated(array: np.ndarray, decimals: int) -> bool:
    return max(array.shape) <= MAX_ANNOTATED_SIDE and array.size <= 256 and decimals >= 0


def _heatmap(array: np.ndarray, decimals: int = 2, colorscale: str = SEQUENTIAL, zmid: float | None = None,
             name: str = "", showscale: bool = False) -> go.Heatmap:
    return go.Heatmap(_heatmap_spec(array, decimals, colorscale, zmid, name, showscale))


def _heatmap_spec(array: np.ndarray, decimals: int = 2, colorscale: str = SEQUENTIAL, zmid: float | None = None,
                  name: str = "", showscale: bool = False) -> dict[str, Any]:
    """An annotated heatmap (the numbers in the cells while they fit) as a trace dict; the colour scale by name."""
    array = np.atleast_2d(np.asarray(array, dtype=np.float64))
    if max(array.shape) > 8:
        decimals = min(decimals, 1)  # keep the numbers inside their cells
    text = np.vectorize(lambda v: _fmt(v, decimals))(array) if _annotated(array, decimals) else None
    limit = float(np.nanmax(np.abs(array))) if zmid is not None and np.isfinite(array).any() else None
    spec = {"type": "heatmap", "z": array, "textfont": {"size": 12}, "colorscale": colorscale, "showscale": showscale,
            "name": name, "xgap": 1, "ygap": 1,
            "hovertemplate": f"{name} {t('figures.row_col', row='%{y}', col='%{x}')}<br>%{{z:.4g}}<extra></extra>"}
    if text is not None:
        spec.update(text=text, texttemplate="%{text}")
    if zmid is not None:
        spec["zmid"] = zmid
    if limit:
        spec.update(zmin=-limit, zmax=limit)
    return spec


def _unchecked_heatmap(array: np.ndarray, decimals: int, colourscale: str, name: str, showscale: bool,
                       low: float, high: float, **extra: Any) -> dict[str, Any]:
    """`_heatmap_spec` on a fixed colour range, its scale spelled out, for an unchecked figure."""
    spec = _heatmap_spec(array, decimals, colourscale, name=name, showscale=showscale)
    spec.update(colorscale=colorscale(colourscale), zmin=low, zmax=high, **extra)
    spec.pop("zmid", None)
    return spec


def _grid_image_axes(layout: dict[str, Any], suffix: str, square: bool = False) -> None:
    bare = {"showticklabels": False, "showgrid": False, "zeroline": False, "constrain": "domain"}
    layout[f"xaxis{suffix}"].update(bare)
    layout[f"yaxis{suffix}"].update({**bare, "autorange": "reversed", **({"scaleanchor": f"x{suffix}"} if square
                                                                            else {})})


def _fmt(value: float, decimals: int) -> str:
    if not np.isfinite(value):
        return ""
    if float(value).is_integer():
        return str(int(value))
    text = f"{value:.{decimals}f}"
    return text[1:] if text.startswith("-") and float(text) == 0 else text  # no "-0.00"


def _grid_axes(fig: go.Figure, rows: int, cols: int) -> None:
    for r in range(1, rows + 1):
        for c in range(1, cols + 1):
            fig.update_xaxes(showticklabels=False, showgrid=False, zeroline=False, constrain="domain", row=r, col=c)
            fig.update_yaxes(showticklabels=False, showgrid=False, zeroline=False, autorange="reversed",
                             constrain="domain", row=r, col=c)


def _square_cells(fig: go.Figure, count: int) -> None:
    for i in range(1, count + 1):
        suffix = "" if i == 1 else str(i)
        fig.layout[f"yaxis{suffix}"].scaleanchor = f"x{suffix}"


def _box(fig: go.Figure, top: float, left: float, height: float, width: float, row: int, col: int,
         colour: str = WINDOW, fill: str | None = None, dash: str | None = None) -> None:
    fig.add_shape(type="rect", x0=left - 0.5, x1=left + width - 0.5, y0=top - 0.5, y1=top + height - 0.5,
                  line={"color": colour, "width": 3 if fill is None else 0, "dash": dash},
                  fillcolor=fill or "rgba(0,0,0,0)", row=row, col=col, layer="above" if fill is None else "below")


def _decimals(array: np.ndarray) -> int:
    return 0 if np.all(np.mod(array, 1) == 0) else 2


def _input_colours(array: np.ndarray) -> tuple[str, float | None]:
    """Grey for images in [0, 1], white-to-blue for other non-negative grids, diverging around 0 otherwise."""
    if array.min() >= 0:
        return ("gray" if array.max() <= 1 else "Blues"), None
    return DIVERGING, 0.0


def convolution_figure(result: ConvResult, step: Step | None, channel: int = 0, height: int = 380) -> go.Figure:
    """Padded input (padding shaded, current window boxed), the kernel as it slides, the output (current cell boxed)."""
    padded = result.padded[:, :, channel]
    kernel = result.kernel_used[:, :, channel]
    output = result.output_2d
    titles = (t("figures.lab.padded_input") if result.rows.total + result.cols.total else t("figures.input"),
              t("figures.lab.flipped_kernel") if result.operation == "convolve" else t("figures.lab.kernel"),
              t("figures.lab.output_size", height=output.shape[0], width=output.shape[1]))
    widths = [padded.shape[1], max(kernel.shape[1], 2), output.shape[1]]
    fig = make_subplots(rows=1, cols=3, subplot_titles=titles, column_widths=widths, horizontal_spacing=0.06)
    fig.add_trace(_heatmap(padded, _decimals(padded), *_input_colours(padded), name=t("figures.input")), row=1, col=1)
    fig.add_trace(_heatmap(kernel, _decimals(kernel), DIVERGING, zmid=0.0, name=t("figures.lab.kernel")), row=1, col=2)
    fig.add_trace(_heatmap(output, _decimals(output), DIVERGING, zmid=0.0, name=t("figures.lab.output")), row=1, col=3)
    rows, cols = result.rows, result.cols
    if rows.total + cols.total:
        # the original image's edge: the window's orange (the one colour apart from every input scale for every
        # eye), told from the window by its dots
        _box(fig, rows.before, cols.before, rows.size, cols.size, 1, 1, dash="dot")
    if step is not None:
        _box(fig, step.top, step.left, kernel.shape[0], kernel.shape[1], 1, 1)
        _box(fig, step.row, step.col, 1, 1, 1, 3)
    _grid_axes(fig, 1, 3)
    _square_cells(fig, 3)
    fig.update_layout(height=height, margin={"l": 10, "r": 10, "t": 40, "b": 10})
    return fig


def channels_figure(result: ConvResult, step: Step | None, names: Sequence[str] | None = None,
                    height: int = 560) -> go.Figure:
    """Per channel: the input with the window, the kernel's slice for it, and that slice's own map; the output
    (last column) is the sum of the channel maps, which is why a kernel needs one slice per input channel.
    names: the channels' names (default red, green, blue in the current language)."""
    channels = result.channels
    names = (t("figures.lab.red"), t("figures.lab.green"), t("figures.lab.blue")) if names is None else names
    label = [names[c] if c < len(names) else t("figures.lab.channel_n", channel=c) for c in range(channels)]
    titles = [t("figures.lab.channel_input", channel=n) for n in label] + [""]
    titles += [t("figures.lab.kernel_slice", channel=n) for n in label] + [""]
    titles += [t("figures.lab.channel_map", channel=n) for n in label] + [t("figures.lab.sum_of_maps")]
    fig = make_subplots(rows=3, cols=channels + 1, subplot_titles=titles, vertical_spacing=0.08,
                        horizontal_spacing=0.04)
    for c in range(channels):
        fig.add_trace(_heatmap(result.padded[:, :, c], 2, "gray", name=titles[c]), row=1, col=c + 1)
        fig.add_trace(_heatmap(result.kernel_used[:, :, c], 2, DIVERGING, zmid=0.0,
                               name=t("figures.lab.channel_kernel", channel=label[c])), row=2, col=c + 1)
        fig.add_trace(_heatmap(_channel_map(result, c), 2, DIVERGING, zmid=0.0,
                               name=t("figures.lab.channel_map", channel=label[c])), row=3, col=c + 1)
        if step is not None:
            _box(fig, step.top, step.left, *result.kernel_used.shape[:2], row=1, col=c + 1)
            _box(fig, step.row, step.col, 1, 1, row=3, col=c + 1)
    fig.add_trace(_heatmap(result.output_2d, 2, DIVERGING, zmid=0.0, name=t("figures.lab.output")), row=3,
                  col=channels + 1)
    if step is not None:
        _box(fig, step.row, step.col, 1, 1, 3, channels + 1)
    _grid_axes(fig, 3, channels + 1)
    for c in (1, 2):
        fig.update_xaxes(visible=False, row=c, col=channels + 1)
        fig.update_yaxes(visible=False, row=c, col=channels + 1)
    fig.update_layout(height=height, margin={"l": 10, "r": 10, "t": 40, "b": 10})
    return fig


def _channel_map(result: ConvResult, channel: int) -> np.ndarray:
    from cnnviz.learn.lab import slide

    one = slide(result.x[:, :, channel], result.kernel[:, :, channel], result.operation, result.padding,
                (result.rows.stride, result.cols.stride), result.same_style)
    return one.output_2d


def side_by_side(arrays: Sequence[np.ndarray], titles: Sequence[str], diverging: bool = False,
                 height: int = 340, boxes: Sequence[tuple[int, int, int, int, int]] = ()) -> go.Figure:
    """Several grids in a row with a shared colour scale (boxes: (panel, top, left, height, width)). Built as a
    plain dict, unchecked (`unchecked_figure`): the training step redraws it on every step."""
    arrays = [np.atleast_2d(np.asarray(a, dtype=np.float64)) for a in arrays]
    layout, suffixes = grid_layout(1, len(arrays), list(titles), horizontal_spacing=0.05,
                                   column_widths=[a.shape[1] for a in arrays])
    finite = np.concatenate([a[np.isfinite(a)].ravel() for a in arrays])
    low, high = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
    if diverging:
        high = max(abs(low), abs(high)) or 1.0
        low = -high
    data = []
    for array, title, suffix in zip(arrays, titles, suffixes, strict=True):
        data.append(_unchecked_heatmap(array, _decimals(array), DIVERGING if diverging else SEQUENTIAL, title, False,
                                       low, high, xaxis=f"x{suffix}", yaxis=f"y{suffix}"))
        _grid_image_axes(layout, suffix, square=True)
    frame = palette.frame_on(DIVERGING if diverging else SEQUENTIAL)
    layout["shapes"] = [_rect(top, left, h, w, suffixes[panel - 1] or "1", frame)
                        for panel, top, left, h, w in boxes]
    if not layout["shapes"]:
        del layout["shapes"]
    layout.update(height=height, margin={"l": 10, "r": 10, "t": 40, "b": 10})
    return unchecked_figure({"data": data, "layout": layout})


def pooling_figure(feature_map: np.ndarray, max_pool: PoolResult, average_pool: PoolResult,
                   window: tuple[int, int] | None = None, height: int = 340) -> go.Figure:
    """The feature map and both poolings of it; `window` = (out_row, out_col) boxes that window everywhere."""
    boxes: list[tuple[int, int, int, int, int]] = []
    if window is not None:
        r, c = window
        rows, cols = max_pool.rows, max_pool.cols
        boxes = [(1, r * rows.stride - rows.before, c * cols.stride - cols.before, rows.kernel, cols.kernel),
                 (2, r, c, 1, 1), (3, r, c, 1, 1)]
    return side_by_side([feature_map, max_pool.output, average_pool.output],
                        [t("figures.lab.feature_map"),
                         t("figures.lab.max_pooling", height=max_pool.output.shape[0], width=max_pool.output.shape[1]),
                         t("figures.lab.average_pooling", height=average_pool.output.shape[0],
                           width=average_pool.output.shape[1])],
                        diverging=bool(np.min(feature_map) < 0), height=height, boxes=boxes)


def softmax_figure(logits: np.ndarray, probabilities: np.ndarray, class_names: Sequence[str], target: int,
                   height: int = 340) -> go.Figure:
    """Logits and the probabilities softmax makes of them; the target class highlighted."""
    names = display_class_names(class_names)
    colours = [palette.HIGHLIGHT if i == target else palette.LIGHT_BLUE for i in range(len(names))]
    fig = make_subplots(rows=1, cols=2, subplot_titles=(t("figures.lab.logits_title"), t("figures.lab.softmax_title")))
    fig.add_trace(go.Bar(x=names, y=logits, marker_color=colours, name=t("figures.lab.logit"),
                         hovertemplate="%{x}: %{y:.3f}<extra></extra>"), row=1, col=1)
    fig.add_trace(go.Bar(x=names, y=probabilities, marker_color=colours, name=t("figures.probability"),
                         text=[f"{p:.1%}" for p in probabilities], textposition="outside",
                         hovertemplate="%{x}: %{y:.2%}<extra></extra>"), row=1, col=2)
    fig.update_yaxes(range=[0, 1.1], row=1, col=2)
    fig.update_xaxes(type="category")
    fig.update_layout(height=height, showlegend=False, margin={"l": 10, "r": 10, "t": 40, "b": 10})
    return fig


def kernels_figure(kernels: np.ndarray, title: str, columns: int = 5, height: int = 300,
                   decimals: int = 2, label: str | None = None) -> go.Figure:
    """(kh, kw, 1, K) kernels or their gradients as K small annotated heatmaps on one diverging scale
    (each titled "<label> <i>", label "kernel" in the current language by default). Built as a plain dict,
    unchecked (`unchecked_figure`): the training step redraws three of them on every step."""
    label = t("figures.lab.kernel") if label is None else label
    stack = np.moveaxis(np.asarray(kernels, dtype=np.float64)[:, :, 0, :], -1, 0)
    count = stack.shape[0]
    rows = -(-count // columns)
    layout, suffixes = grid_layout(rows, columns, [f"{label} {i}" for i in range(count)], horizontal_spacing=0.02,
                                   vertical_spacing=0.12)
    limit = float(np.abs(stack).max()) or 1.0
    data = [_unchecked_heatmap(stack[i], decimals, DIVERGING, f"{label} {i}", i == 0, -limit, limit,
                               textfont={"size": 9}, xaxis=f"x{suffixes[i]}", yaxis=f"y{suffixes[i]}")
            for i in range(count)]
    for suffix in suffixes:
        _grid_image_axes(layout, suffix)
    layout.update(title={"text": title}, height=height, margin={"l": 10, "r": 10, "t": 60, "b": 10})
    return unchecked_figure({"data": data, "layout": layout})


def loss_curve(losses: Sequence[float], accuracies: Sequence[float] = (), height: int = 300) -> go.Figure:
    """Batch loss before each step (step 0 = the initial weights), the batch accuracy on a second axis. A plain
    dict, unchecked (`unchecked_figure`): redrawn on every step."""
    steps = list(range(len(losses)))
    step, loss, accuracy = t("figures.lab.step"), t("figures.loss"), t("figures.accuracy")
    data = [{"type": "scatter", "x": steps, "y": list(losses), "mode": "lines+markers",
             "name": t("figures.lab.loss_trace"),
             "xaxis": "x", "yaxis": "y", "hovertemplate": f"{step} %{{x}}<br>{loss} %{{y:.4f}}<extra></extra>"}]
    layout: dict[str, Any] = {
        "xaxis": {"domain": [0.0, 0.94], "anchor": "y", "title": {"text": t("figures.lab.steps_taken")},
                  "rangemode": "tozero", "tick0": 0, "dtick": max(1, len(steps) // 10)},
        "yaxis": {"domain": [0.0, 1.0], "anchor": "x", "title": {"text": loss}, "rangemode": "tozero"},
        "yaxis2": {"anchor": "x", "overlaying": "y", "side": "right"},
        "height": height, "margin": {"l": 10, "r": 10, "t": 30, "b": 10}, "legend": {"orientation": "h", "y": 1.12}}
    if accuracies:
        data.append({"type": "scatter", "x": steps, "y": list(accuracies), "mode": "lines+markers",
                     "name": t("figures.lab.batch_accuracy"), "line": {"dash": "dot"}, "xaxis": "x", "yaxis": "y2",
                     "hovertemplate": f"{step} %{{x}}<br>{accuracy} %{{y:.0%}}<extra></extra>"})
        layout["yaxis2"].update(title={"text": accuracy}, range=[0, 1.05], tickformat=".0%", dtick=0.25,
                                showgrid=False)
    return unchecked_figure({"data": data, "layout": layout})


def digits_figure(images: np.ndarray, labels: Sequence[int], predictions: Sequence[int] | None = None,
                  columns: int = 10, height: int = 220) -> go.Figure:
    """The batch's digits with their labels (and predictions, red when wrong). A plain dict, unchecked
    (`unchecked_figure`): redrawn on every step."""
    count = len(images)
    rows = -(-count // columns)
    titles = []
    for i in range(count):
        title = f"{labels[i]}"
        if predictions is not None:
            colour = palette.CORRECT if predictions[i] == labels[i] else palette.WRONG
            title = f"{labels[i]} → <span style='color:{colour}'>{predictions[i]}</span>"
        titles.append(title)
    layout, suffixes = grid_layout(rows, columns, titles, horizontal_spacing=0.01, vertical_spacing=0.08)
    data = []
    for i in range(count):
        image = np.asarray(images[i])
        data.append({"type": "heatmap", "z": image[..., 0] if image.ndim == 3 else image,
                     "colorscale": colorscale(palette.GREY_SCALE), "zmin": 0, "zmax": 1, "showscale": False,
                     "name": t("figures.lab.image_n", index=i), "hovertemplate": "%{z:.2f}<extra></extra>",
                     "xaxis": f"x{suffixes[i]}", "yaxis": f"y{suffixes[i]}"})
    for suffix in suffixes:
        _grid_image_axes(layout, suffix)
    layout.update(height=max(height, 90 * rows + 40), margin={"l": 10, "r": 10, "t": 30, "b": 10})
    return unchecked_figure({"data": data, "layout": layout})


# ---------------------------------------------------------------- step-through as browser-side animation

MAX_REVEAL_CELLS = 400  # up to here each frame also fills the output in up to its cell; beyond, boxes only
FRAME_MS = 450


def _rect(top: float, left: float, height: float, width: float, axis: str, colour: str = WINDOW) -> dict:
    suffix = "" if axis == "1" else axis
    return {"type": "rect", "xref": f"x{suffix}", "yref": f"y{suffix}", "x0": left - 0.5, "x1": left + width - 0.5,
            "y0": top - 0.5, "y1": top + height - 0.5, "line": {"color": colour, "width": 3},
            "fillcolor": "rgba(0,0,0,0)", "layer": "above"}


def _step_boxes(result: ConvResult, step: Step) -> list[dict]:
    """The window on each input panel and the current cell on each output panel, with explicit axes."""
    kh, kw = result.kernel_used.shape[:2]
    if result.channels == 1:
        return [_rect(step.top, step.left, kh, kw, "1"), _rect(step.row, step.col, 1, 1, "3")]
    columns = result.channels + 1
    boxes = []
    for c in range(result.channels):
        boxes.append(_rect(step.top, step.left, kh, kw, str(c + 1)))
        boxes.append(_rect(step.row, step.col, 1, 1, str(2 * columns + c + 1)))
    boxes.append(_rect(step.row, step.col, 1, 1, str(3 * columns)))
    return boxes


def _step_caption(result: ConvResult, step: Step) -> str:
    where = t("figures.lab.output_at", index=step.col if result.one_d else f"{step.row}, {step.col}")
    if result.channels > 1:
        parts = " + ".join(f"{v:.3f}" for v in step.channel_sums())
        return t("figures.lab.per_channel_sum", where=where, parts=parts, value=f"{step.value:.3f}")
    return f"{where} = {step.expression()}"


class AnimatedFigure(go.Figure):
    """A figure whose animation frames stay plain dicts. Plotly validates every property of every frame it holds
    (0.4 s for the hundred frames of a 12×12 input, on every stride change), though the frames only repeat values
    of the validated figure; `to_dict` (what st.plotly_chart sends) adds them as they are."""

    def __init__(self, figure: go.Figure, frames: list[dict]) -> None:
        super().__init__(figure)
        object.__setattr__(self, "_raw_frames", frames)

    @property
    def raw_frames(self) -> list[dict]:
        return self._raw_frames

    def to_dict(self) -> dict:
        out = super().to_dict()
        out["frames"] = self._raw_frames
        return out


def step_text(result: ConvResult, index: int) -> str:
    """The output cell `index` (0-based, row by row) and its multiply-adds, as the step-through writes them."""
    from cnnviz.learn.lab import step_at

    return _step_caption(result, step_at(result, index))


def step_animation(result: ConvResult, height: int | None = None, start: int = 0) -> AnimatedFigure:
    """The step-through as plotly frames: the window slides over the padded input and the output fills in cell by
    cell, with the multiply-add of the current cell written below. Play, pause and the slider run in the browser:
    no server round trip per step. It shows output cell `start` first (a page's keyboard stepper sets it: plotly's
    own slider and buttons take no keyboard)."""
    from cnnviz.learn.lab import step_at

    steps = [step_at(result, i) for i in range(result.output.size)]
    multi = result.channels > 1
    fig = (channels_figure(result, None, height=height or 560) if multi
           else convolution_figure(result, None, height=height or 420))
    fixed_shapes = [shape.to_plotly_json() for shape in fig.layout.shapes]
    titles = [title.to_plotly_json() for title in fig.layout.annotations]
    caption = {"xref": "paper", "yref": "paper", "x": 0, "y": -0.02, "xanchor": "left", "yanchor": "top",
               "showarrow": False, "align": "left", "font": {"size": 13, "family": "monospace"}}
    output_trace = len(fig.data) - 1
    reveal = not multi and result.output.size <= MAX_REVEAL_CELLS
    output = result.output_2d
    decimals = _decimals(output)

    def frame(index: int, step: Step) -> dict:
        data, traces = [], []
        if reveal:
            shown = np.full(output.shape, np.nan)
            shown.flat[: index + 1] = output.flat[: index + 1]
            text = np.vectorize(lambda v: _fmt(v, decimals))(shown) if _annotated(shown, decimals) else None
            data, traces = [{"type": "heatmap", "z": shown.tolist(),
                             "text": None if text is None else text.tolist()}], [output_trace]
        layout = {"shapes": fixed_shapes + _step_boxes(result, step),
                  "annotations": titles + [{**caption, "text": _step_caption(result, step)}]}
        return {"name": str(index), "data": data, "traces": traces, "layout": layout}

    frames = [frame(i, s) for i, s in enumerate(steps)]
    start = min(max(start, 0), len(frames) - 1)
    first = frames[start]
    fig.update_layout(shapes=first["layout"]["shapes"], annotations=first["layout"]["annotations"])
    if reveal:
        limit = float(np.abs(output).max()) or 1.0
        fig.data[output_trace].update(z=first["data"][0]["z"], text=first["data"][0]["text"], zmin=-limit,
                                      zmax=limit)
    play = {"frame": {"duration": FRAME_MS, "redraw": True}, "fromcurrent": True, "transition": {"duration": 0}}
    pause = {"frame": {"duration": 0, "redraw": False}, "mode": "immediate", "transition": {"duration": 0}}
    fig.update_layout(
        updatemenus=[{"type": "buttons", "direction": "left", "x": 0, "y": -0.14, "xanchor": "left", "yanchor": "top",
                      "showactive": False, "pad": {"t": 0, "r": 10},
                      "buttons": [{"label": t("figures.lab.play"), "method": "animate", "args": [None, play]},
                                  {"label": t("figures.lab.pause"), "method": "animate", "args": [[None], pause]}]}],
        sliders=[{"active": start, "x": 0.22, "len": 0.78, "y": -0.1, "yanchor": "top", "pad": {"t": 10},
                  "currentvalue": {"prefix": t("figures.lab.output_position") + " ", "font": {"size": 12}},
                  "steps": [{"label": f"{s.row},{s.col}" if not result.one_d else str(s.col), "method": "animate",
                             "args": [[str(i)], {**pause, "frame": {"duration": 0, "redraw": True}}]}
                            for i, s in enumerate(steps)]}],
        margin={"l": 10, "r": 10, "t": 40, "b": 150})
    fig.update_layout(height=(fig.layout.height or 420) + 110)
    return AnimatedFigure(fig, frames)
