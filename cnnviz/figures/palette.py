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

from dataclasses import dataclass

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
