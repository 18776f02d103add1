"""The app's colours, in one place: categorical palettes a red-green colour-blind student can tell apart, the
marker symbols and dash styles that pair with them (so no series differs by hue alone), and the colour scales.

Chosen so that, simulated for full deuteranopia and protanopia (tests/test_colour_vision.py), every pair of colours
a figure tells apart stays at least ΔE2000 = 10 apart, and every sequential scale grows lighter all the way:
- RUNS: Okabe & Ito's eight colours (Wong 2011, "Color blindness", Nature Methods 8:441), for compared runs, sweeps
  and any short list of series (robustness methods, layers);
- CLASSES: Paul Tol's "muted" nine with black for his pale grey (too faint for a line on white): ten classes all
  apart, for the probe chart's one line per class;
- TRAIN / VALIDATION: blue solid circles and vermillion dotted squares, apart by colour, dash and marker;
- LAYER_COLOURS: the architecture diagram's layer types (weighted layers blues, pooling warm, greys for the input
  and dropout) from Tol's "light", "muted" and "vibrant" schemes.
"""

from __future__ import annotations

import copy
import math
import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import plotly.graph_objects as go

RUNS = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")
RUN_SYMBOLS = ("circle", "square", "diamond", "triangle-up", "pentagon", "star", "hexagon", "hourglass")
CLASSES = ("#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99", "#999933", "#AA4499",
           "#000000")
CLASS_SYMBOLS = ("circle", "square", "diamond", "triangle-up", "triangle-down", "cross", "x", "star", "hexagon",
                 "pentagon")
# A palette's second round repeats its colours: a new dash tells it apart; validation lines have their own dashes.
DASHES = ("solid", "dash", "longdash", "dashdot")
VALIDATION_DASHES = ("dot", "longdashdot", "2px,6px", "10px,4px,2px,4px,2px,4px")

BLUE, ORANGE, GREEN, VERMILLION, SKY = "#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9"
GREY, DARK, LIGHT_BLUE = "#7f7f7f", "#555555", "#9ecae1"
CORRECT, WRONG = GREEN, VERMILLION  # apart for every eye (plotly's green and red: ΔE2000 4.6 to a deuteranope)
HIGHLIGHT = VERMILLION  # the one bar, box or cell a figure points at
BETTER, WORSE = "#2166ac", "#b2182b"  # the ends of BETTER_WORSE, for bars
MARK = "#CC3311"  # a frame drawn on a colour scale (a dead filter, a chosen cell): Tol's vibrant red


@dataclass(frozen=True)
class SeriesStyle:
    colour: str
    symbol: str
    dash: str


TRAIN = SeriesStyle(BLUE, "circle", "solid")
VALIDATION = SeriesStyle(VERMILLION, "square", "dot")

LAYER_COLOURS = {
    "Input": "#DDDDDD",
    "Conv2D": "#4477AA",
    "MaxPooling2D": "#EE8866",
    "AveragePooling2D": "#EEDD88",
    "Flatten": "#332288",
    "Dense": "#77AADD",
    "Dropout": "#AAAAAA",
    "BatchNormalization": "#99DDFF",
    "GlobalAveragePooling2D": "#CC6677",
}
OTHER_LAYER = GREY
INVALID_LAYER = "#CC3311"

# Scales (plotly names). Sequential ones grow lighter from low to high for every eye; the diverging one is
# ColorBrewer's RdBu (rated colour-blind safe: its ends are blue and red, which deuteranopes and protanopes still
# see as blue and yellow-brown), and the app's texts say "blue … red" in both languages.
SEQUENTIAL = "Viridis"  # feature maps, activations, the labs' grids
HEAT = "Inferno"  # Grad-CAM's evidence: black to bright yellow
CONFUSION = "Blues"  # confusion matrices: white for zero, so the off-diagonal stays quiet
DIVERGING = "RdBu_r"  # kernels' weights, signed attributions, perturbations: blue negative, white 0, red positive
BETTER_WORSE = "RdBu"  # a difference of B − A: blue B better, red B worse
GREY_SCALE = "gray"  # images themselves


def frame_on(scale: str) -> str:
    """A frame's colour (the lab's window, a chosen unit) that stands out from every colour of the scale beneath it,
    for every eye: orange on grey, white-to-blue and blue-to-red grids; red on Viridis (orange meets its yellows)."""
    return MARK if scale == SEQUENTIAL else ORANGE


def series_style(index: int, colours: tuple[str, ...] = RUNS, symbols: tuple[str, ...] = RUN_SYMBOLS,
                 validation: bool = False) -> SeriesStyle:
    """The index-th series' colour, marker and dash: colours and symbols cycle, and each new round of colours takes
    the next dash, so two series never share all three (for up to len(colours) × len(DASHES) series)."""
    dashes = VALIDATION_DASHES if validation else DASHES
    return SeriesStyle(colours[index % len(colours)], symbols[index % len(symbols)],
                       dashes[index // len(colours) % len(dashes)])


def class_style(index: int) -> SeriesStyle:
    return series_style(index, CLASSES, CLASS_SYMBOLS)


# ---- Projector mode: the same figure with thicker lines and larger labels, read from the back of a classroom ----
PROJECTOR_FONT = 18  # px, the least any label is drawn at (Streamlit's charts draw ticks at 12)
PROJECTOR_TITLE_FONT = 20
PROJECTOR_HOVER_FONT = 20
PROJECTOR_LINE = 4  # px, the least a trace's line is drawn at
PROJECTOR_MARKER_SCALE = 1.5
PROJECTOR_TEXT_SCALE = 1.4  # a size a figure chose (a cell's number, a small panel's title) grows by this
PLOTLY_MARKER_SIZE = 6  # plotly's default marker size
# Characters on one line of a title and of a legend's entry: longer ones wrap (at 1024 px a chart beside another is
# ~330 px wide, and plotly cuts off a title or a horizontal legend that does not fit).
TITLE_LINE = 34
IMAGE_TITLE_LINE = 14  # a picture alone is often shown small, in a narrow column (Draw's 28×28 model input, ~140 px)
SMALL_PICTURE = 320  # px
PROJECTOR_BAR_TEXT = 14  # px, the least a bar's own number ("100%" above it) is drawn at
LEGEND_LINE = 28
INK, AXIS_GREY, GRID_GREY = "#000000", "#333333", "#8c8c8c"
_LINED = ("scatter", "scattergl")
_PICTURES = ("heatmap", "image")
AXIS_NAME = re.compile(r"[xy]axis\d*")


def for_projector(fig: go.Figure) -> go.Figure:
    """A copy of `fig` for projector mode: lines at least PROJECTOR_LINE px, markers 1.5× larger, labels at least
    PROJECTOR_FONT px (sizes the figure chose grow 1.4×), black text, darker axis lines, ticks and gridlines, a larger
    hover label. Colours and colour scales stay as they are; `fig` is not changed."""
    out = go.Figure(fig)
    for trace in out.data:
        _thicken(trace)
    for frame in out.frames or ():
        for trace in frame.data or ():
            _thicken(trace)
    _enlarge_layout(out)
    raw_frames = getattr(fig, "raw_frames", None)
    if raw_frames is not None:  # frames kept as plain dicts (figures.lab.AnimatedFigure): go.Figure drops them
        return type(fig)(out, [_enlarged_raw_frame(frame) for frame in raw_frames])
    return out


def _enlarged_raw_frame(frame: dict[str, Any]) -> dict[str, Any]:
    """A plain-dict animation frame for projector mode: its annotations' and traces' text sizes grown as the figure's
    (a frame redraws them: Play would shrink them back), its lines at least PROJECTOR_LINE px."""
    frame = copy.deepcopy(frame)
    for annotation in frame.get("layout", {}).get("annotations", ()):
        font = annotation.setdefault("font", {})
        font["size"] = _scaled(font.get("size"), PROJECTOR_TEXT_SCALE)
    for trace in frame.get("data", ()):
        if trace.get("textfont", {}).get("size") is not None:
            trace["textfont"]["size"] = _scaled(trace["textfont"]["size"], PROJECTOR_TEXT_SCALE)
        if trace.get("type") in _LINED:
            trace.setdefault("line", {})["width"] = max(trace["line"].get("width") or 0, PROJECTOR_LINE)
    return frame


def _scaled(size: Any, scale: float, least: float = 0) -> Any:
    """A size (or list of sizes) times `scale`, at least `least`; None stays None (the default applies)."""
    if size is None:
        return None
    if isinstance(size, (int, float)):
        return max(round(size * scale, 1), least)
    if isinstance(size, Sequence) or hasattr(size, "tolist"):
        return [max(round(value * scale, 1), least) for value in (size.tolist() if hasattr(size, "tolist") else size)]
    return size


def _thicken(trace: Any) -> None:
    if isinstance(trace.name, str) and len(trace.name) > LEGEND_LINE and "<br>" not in trace.name:
        trace.name = _wrapped(trace.name, LEGEND_LINE)
    if trace.type in _LINED:
        trace.line.width = max(trace.line.width or 0, PROJECTOR_LINE)
        trace.marker.size = _scaled(trace.marker.size, PROJECTOR_MARKER_SCALE) or \
            PLOTLY_MARKER_SIZE * PROJECTOR_MARKER_SCALE
    if "textfont" in trace and trace.textfont.size is not None:
        trace.textfont.size = _scaled(trace.textfont.size, PROJECTOR_TEXT_SCALE)
    if "colorbar" in trace:
        trace.colorbar.tickfont.size = PROJECTOR_FONT
    if trace.type == "table":
        trace.header.font.size = _scaled(trace.header.font.size or 12, PROJECTOR_TEXT_SCALE)
        trace.cells.font.size = _scaled(trace.cells.font.size or 12, PROJECTOR_TEXT_SCALE)


def _enlarge_layout(fig: go.Figure) -> None:
    layout = fig.layout
    layout.font.size = max(layout.font.size or 0, PROJECTOR_FONT)
    layout.font.color = INK
    layout.title.font.size = _scaled(layout.title.font.size, PROJECTOR_TEXT_SCALE, PROJECTOR_FONT) or \
        PROJECTOR_TITLE_FONT
    layout.title.font.color = INK
    _wrap_title(layout, IMAGE_TITLE_LINE if _a_small_picture(fig) else TITLE_LINE)
    if any(trace.type == "bar" and trace.text is not None for trace in fig.data):  # plotly shrank it to fit (5 px)
        layout.uniformtext.minsize, layout.uniformtext.mode = PROJECTOR_BAR_TEXT, "show"
    layout.legend.font.size = max(layout.legend.font.size or 0, PROJECTOR_FONT)
    _legend_below(fig)
    layout.hoverlabel.font.size = max(layout.hoverlabel.font.size or 0, PROJECTOR_HOVER_FONT)
    for annotation in layout.annotations:
        annotation.font.size = _scaled(annotation.font.size, PROJECTOR_TEXT_SCALE)
    for slider in layout.sliders:
        slider.font.size = _scaled(slider.font.size, PROJECTOR_TEXT_SCALE) or PROJECTOR_FONT
        slider.currentvalue.font.size = _scaled(slider.currentvalue.font.size, PROJECTOR_TEXT_SCALE) or \
            PROJECTOR_FONT
    layout.coloraxis.colorbar.tickfont.size = PROJECTOR_FONT
    pictured = _axes_of(fig, lambda trace: trace.type in _PICTURES)  # also with markers on it (a confusion matrix's)
    names = {name for name in layout.to_plotly_json() if AXIS_NAME.fullmatch(name)} | {"xaxis", "yaxis"}
    for name in sorted(names):
        _darken_axis(layout[name], lined=name not in pictured)


def _axes_of(fig: go.Figure, wanted: Any) -> set[str]:
    """The layout names ("xaxis", "yaxis2") of the axes the traces `wanted` picks are drawn on."""
    names = set()
    for trace in fig.data:
        if wanted(trace):
            for ref in (getattr(trace, "xaxis", None) or "x", getattr(trace, "yaxis", None) or "y"):
                names.add(ref[0] + "axis" + ref[1:])
    return names


def _a_small_picture(fig: go.Figure) -> bool:
    """One image (or a heatmap without a colour bar: a grey image) at most SMALL_PICTURE px high: pages show such
    a picture in a narrow column."""
    if len(fig.data) != 1 or (fig.layout.height or 450) > SMALL_PICTURE:
        return False
    trace = fig.data[0]
    return trace.type == "image" or (trace.type == "heatmap" and trace.showscale is False)


def _legend_below(fig: go.Figure) -> None:
    """A legend set below the plot at a fraction of its height (y=-0.25) would now cover the larger tick labels and
    axis title: put it at the figure's bottom edge instead (plotly then makes room above it), and make the figure
    taller by the legend's lines, so the plot keeps its height."""
    legend = fig.layout.legend
    if legend.orientation != "h" or legend.y is None or legend.y >= 0 or legend.yref == "container":
        return
    legend.yref, legend.y, legend.yanchor = "container", 0, "bottom"
    names = [trace.name for trace in fig.data if trace.showlegend is not False and trace.name]
    long = [name for name in names if len(name) > LEGEND_LINE // 2]  # each on a line of its own (or more)
    short = sum(len(name) + 4 for name in names if name not in long)  # several to a line
    lines = sum(name.count("<br>") + 1 for name in long) + math.ceil(short / (LEGEND_LINE + 4))
    if fig.layout.height is not None:
        fig.layout.height = round(fig.layout.height + lines * legend.font.size * 1.3)


def _wrap_title(layout: Any, width: int) -> None:
    """A long title on as many lines as it needs, the top margin (when the figure set one) grown to hold them."""
    text = layout.title.text
    if not text or "<br>" in text or len(text) <= width:
        return
    layout.title.text = _wrapped(text, width)
    lines = layout.title.text.count("<br>") + 1
    if layout.margin.t is not None:
        layout.margin.t = max(layout.margin.t, round(lines * layout.title.font.size * 1.3 + 16))


def _wrapped(text: str, width: int) -> str:
    return "<br>".join(textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False))


def _darken_axis(axis: Any, lined: bool) -> None:
    """Larger, black labels; black ticks and axis line and darker gridlines only under curves and bars (around and
    across a heatmap or an image they would frame and cut through its cells)."""
    axis.tickfont.size = _scaled(axis.tickfont.size, PROJECTOR_TEXT_SCALE, PROJECTOR_FONT) or PROJECTOR_FONT
    axis.tickfont.color = INK
    axis.title.font.size = _scaled(axis.title.font.size, PROJECTOR_TEXT_SCALE, PROJECTOR_FONT) or PROJECTOR_FONT
    axis.title.font.color = INK
    axis.automargin = True  # room for the larger tick labels and title, which then do not run into each other
    if lined:
        axis.linecolor, axis.linewidth = INK, 2
        axis.tickcolor, axis.tickwidth = INK, 2
        axis.gridcolor, axis.gridwidth = GRID_GREY, 1.5
        axis.zerolinecolor = AXIS_GREY
