"""Colours a red-green colour-blind student can tell apart (issue 23 item 4; issue 19 item 14 began it).

Each figure is built with small data and the colours it uses to tell things apart are read from its traces;
they are seen through a simulated full deuteranopia and protanopia (Machado, Oliveira & Fernandes 2009,
"A Physiologically-based Model for Simulation of Color Vision Deficiency", IEEE TVCG 15(6):1291–1298; their
matrices at severity 1.0, applied to linear RGB) and compared in CIELAB by CIEDE2000 (Sharma, Wu & Dalal 2005,
"The CIEDE2000 Color-Difference Formula: Implementation Notes…", Color Res. Appl. 30(1)). ΔE2000 ≈ 1 is a just
noticeable difference between two large patches; lines and markers are small marks, which need several times more
to be told apart (Szafir 2018, "Modeling Color Difference for Visualization Design", IEEE TVCG 24(1)). So: every
pair of series a figure tells apart must stay ΔE2000 ≥ 10 apart for every eye, or differ in marker or dash too.
Sequential scales must grow lighter (CIELAB L*) all the way, for every eye.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

import numpy as np
import pytest

from cnnviz.arch.shapes import summarize
from cnnviz.arch.spec import (
    Architecture,
    AveragePooling2D,
    BatchNormalization,
    Conv2D,
    Dense,
    Dropout,
    Flatten,
    GlobalAveragePooling2D,
    MaxPooling2D,
)
from cnnviz.compare.leaderboard import run_curves
from cnnviz.figures import compare as compare_figures
from cnnviz.figures import explain as explain_figures
from cnnviz.figures import inspect as inspect_figures
from cnnviz.figures import lab as lab_figures
from cnnviz.figures import training as training_figures
from cnnviz.figures.architecture import architecture_figure
from cnnviz.i18n import set_language
from cnnviz.inspect.adversarial import RobustnessCurve

APART = 10.0  # ΔE2000 between two series' colours, for every eye (see the module's docstring)

# Machado, Oliveira & Fernandes (2009), Table 1, severity 1.0; rows give linear R, G, B.
DEUTERANOPIA = np.array([[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                         [-0.011820, 0.042940, 0.968881]])
PROTANOPIA = np.array([[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                       [-0.003882, -0.048116, 1.051998]])
EYES = {"trichromat": np.eye(3), "deuteranope": DEUTERANOPIA, "protanope": PROTANOPIA}
SRGB_TO_XYZ = np.array([[0.4124564, 0.3575761, 0.1804375], [0.2126729, 0.7151522, 0.0721750],
                        [0.0193339, 0.1191920, 0.9503041]])
WHITE = SRGB_TO_XYZ @ np.ones(3)  # D65
NAMED = {"red": "#ff0000", "white": "#ffffff", "black": "#000000"}


@pytest.fixture(autouse=True)
def english():
    set_language("en")


# ---------------------------------------------------------------- the colour science (checked below)


def linear(colour: str) -> np.ndarray:
    """sRGB '#rrggbb', 'rgb(r, g, b)' or 'rgba(…)' → linear RGB in [0, 1]."""
    colour = NAMED.get(colour, colour)
    if colour.startswith("#"):
        srgb = np.array([int(colour[i:i + 2], 16) for i in (1, 3, 5)]) / 255
    else:
        srgb = np.array([float(v) for v in colour[colour.index("(") + 1:-1].split(",")[:3]]) / 255
    return np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)


def lab(rgb_linear: np.ndarray) -> np.ndarray:
    xyz = SRGB_TO_XYZ @ rgb_linear / WHITE
    f = np.where(xyz > 216 / 24389, np.cbrt(xyz), (24389 / 27 * xyz + 16) / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def seen(colour: str, eye: str) -> np.ndarray:
    return lab(np.clip(EYES[eye] @ linear(colour), 0, 1))


def ciede2000(lab1: Iterable[float], lab2: Iterable[float]) -> float:
    """CIEDE2000 (kL = kC = kH = 1), following Sharma, Wu & Dalal (2005)."""
    (l1, a1, b1), (l2, a2, b2) = lab1, lab2
    c_mean = (np.hypot(a1, b1) + np.hypot(a2, b2)) / 2
    g = 0.5 * (1 - np.sqrt(c_mean ** 7 / (c_mean ** 7 + 25 ** 7)))
    a1, a2 = (1 + g) * a1, (1 + g) * a2
    c1, c2 = np.hypot(a1, b1), np.hypot(a2, b2)
    h1 = np.degrees(np.arctan2(b1, a1)) % 360 if c1 else 0.0
    h2 = np.degrees(np.arctan2(b2, a2)) % 360 if c2 else 0.0
    dh = 0.0 if c1 * c2 == 0 else (h2 - h1 + 180) % 360 - 180
    d_big_h = 2 * np.sqrt(c1 * c2) * np.sin(np.radians(dh) / 2)
    l_mean, c_mean = (l1 + l2) / 2, (c1 + c2) / 2
    if c1 * c2 == 0:
        h_mean = h1 + h2
    elif abs(h1 - h2) <= 180:
        h_mean = (h1 + h2) / 2
    else:
        h_mean = (h1 + h2 + 360) / 2 if h1 + h2 < 360 else (h1 + h2 - 360) / 2
    t = (1 - 0.17 * np.cos(np.radians(h_mean - 30)) + 0.24 * np.cos(np.radians(2 * h_mean))
         + 0.32 * np.cos(np.radians(3 * h_mean + 6)) - 0.20 * np.cos(np.radians(4 * h_mean - 63)))
    rotation = -np.sin(np.radians(60 * np.exp(-(((h_mean - 275) / 25) ** 2)))) * 2 * np.sqrt(
        c_mean ** 7 / (c_mean ** 7 + 25 ** 7))
    s_l = 1 + 0.015 * (l_mean - 50) ** 2 / np.sqrt(20 + (l_mean - 50) ** 2)
    s_c, s_h = 1 + 0.045 * c_mean, 1 + 0.015 * c_mean * t
    terms = ((l2 - l1) / s_l, (c2 - c1) / s_c, d_big_h / s_h)
    return float(np.sqrt(sum(x * x for x in terms) + rotation * terms[1] * terms[2]))


def difference(a: str, b: str, eye: str) -> float:
    return ciede2000(seen(a, eye), seen(b, eye))


def closest(colours: list[str]) -> dict[str, float]:
    """Per eye, the smallest ΔE2000 between two of the colours."""
    return {eye: min(difference(a, b, eye) for a, b in itertools.combinations(colours, 2)) for eye in EYES}


def close_pairs(colours: list[str]) -> list[tuple[int, int, str, float]]:
    return [(i, j, eye, round(difference(a, b, eye), 1)) for eye in EYES
            for (i, a), (j, b) in itertools.combinations(enumerate(colours), 2) if difference(a, b, eye) < APART]


# Sharma et al. (2005), Table 1: pairs 1, 3, 17, 25 (a blue, a yellow-green, a dark and a grey pair)
SHARMA = [((50, 2.6772, -79.7751), (50, 0, -82.7485), 2.0425), ((50, 2.8361, -74.02), (50, 0, -82.7485), 3.4412),
          ((50, 2.5, 0), (73, 25, -18), 27.1492), ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
          ((22.7233, 20.0904, -46.694), (23.0331, 14.973, -42.5619), 2.0373)]


@pytest.mark.parametrize(("lab1", "lab2", "expected"), SHARMA)
def test_ciede2000_matches_sharmas_published_pairs(lab1, lab2, expected) -> None:
    assert ciede2000(lab1, lab2) == pytest.approx(expected, abs=1e-4)
    assert ciede2000(lab2, lab1) == pytest.approx(expected, abs=1e-4)


def test_the_simulation_collapses_red_and_green_not_blue_and_yellow() -> None:
    for eye in ("deuteranope", "protanope"):
        assert difference("#d62728", "#2ca02c", eye) < difference("#d62728", "#2ca02c", "trichromat") / 2
        assert difference("#0000ff", "#ffff00", eye) > 50
    assert np.allclose(seen("#ffffff", "deuteranope"), [100, 0, 0], atol=0.1)  # white stays white


# ---------------------------------------------------------------- series: read from the figures


def styles(figure, mode: str = "lines+markers") -> list[tuple[str, str | None, str | None]]:
    """(colour, marker symbol, dash) of every trace drawn with lines and markers."""
    return [(trace.line.color or trace.marker.color, trace.marker.symbol, trace.line.dash or "solid")
            for trace in figure.data if trace.mode == mode]


def assert_told_apart(series: list[tuple[str, str | None, str | None]]) -> None:
    """Colours apart for every eye, or else a different marker or dash."""
    colours = [colour for colour, _, _ in series]
    unresolved = [(i, j, eye, de) for i, j, eye, de in close_pairs(colours)
                  if series[i][1:] == series[j][1:]]
    assert not unresolved, (unresolved, closest(colours))


def test_train_and_validation_differ_in_colour_dash_and_marker() -> None:
    history = [{"epoch": e, "loss": 1 / e, "val_loss": 1.2 / e, "accuracy": 0.5 + e / 10, "val_accuracy": 0.5}
               for e in (1, 2, 3)]
    for figure in (training_figures.history_curve(history, "loss"),
                   training_figures.history_curve(history, "accuracy")):
        (train_colour, train_symbol, train_dash), (val_colour, val_symbol, val_dash) = styles(figure)
        assert min(closest([train_colour, val_colour]).values()) >= APART
        assert train_dash != val_dash and train_symbol != val_symbol


def _runs(count: int) -> list:
    return [run_curves(f"run {i}", [{"epoch": 1, "loss": 1.0 + i, "val_loss": 1.1 + i},
                                    {"epoch": 2, "loss": 0.5 + i, "val_loss": 0.6 + i}]) for i in range(count)]


@pytest.mark.parametrize("count", [2, 3, 5, 8])
def test_compared_runs_and_sweeps_keep_apart(count: int) -> None:
    figure = compare_figures.curves_figure(_runs(count), "loss", labels=[f"lr={v}" for v in range(count)])
    train = [s for s in styles(figure) if s[2] == "solid"]
    validation = [s for s in styles(figure) if s[2] != "solid"]
    colours = [colour for colour, _, _ in train]
    assert len(train) == len(validation) == count
    assert min(closest(colours).values()) >= APART, closest(colours)
    assert len({symbol for _, symbol, _ in train}) == count  # and a marker shape per run
    assert [c for c, _, _ in validation] == colours and all(v[1:] != s[1:] for v, s in zip(validation, train,
                                                                                           strict=True))


def test_many_runs_still_differ_in_marker_or_dash() -> None:
    assert_told_apart(styles(compare_figures.curves_figure(_runs(12), "loss")))


def test_accuracy_markers_use_the_runs_colours() -> None:
    from cnnviz.compare.stats import TestPredictions, accuracy_summary

    truth = np.arange(20) % 2
    summaries = [accuracy_summary(TestPredictions(f"run {i}", "mnist", truth, (truth + (np.arange(20) < i)) % 2),
                                  resamples=50) for i in range(4)]
    figure = compare_figures.accuracy_figure(summaries)
    colours = [trace.marker.color for trace in figure.data]
    assert min(closest(colours).values()) >= APART


class _Series:  # a SnapshotSeries of three moments, one probe image per class
    def __init__(self, classes: int = 10) -> None:
        self.probe_labels = list(range(classes))
        self.probabilities = np.full((3, classes, classes), 0.1)
        self.norm_layers = [f"conv{i}" for i in range(6)]
        self.weight_norms = self.grad_norms = np.ones((3, 6))
        self.dead = {"conv0": np.zeros((3, 4), bool), "conv1": np.zeros((3, 4), bool)}

    def __len__(self) -> int:
        return 3

    def label(self, index: int) -> str:
        return f"batch {index}"


def test_the_ten_probe_classes_keep_apart_each_with_its_own_marker() -> None:
    figure = explain_figures.probe_predictions_figure(_Series(), [str(d) for d in range(10)])
    series = styles(figure)
    colours = [colour for colour, _, _ in series]
    assert len(series) == 10 and len({symbol for _, symbol, _ in series}) == 10
    assert min(closest(colours).values()) >= APART, close_pairs(colours)
    assert figure.layout.legend.orientation == "h"


def test_more_classes_than_colours_differ_in_marker_or_dash() -> None:
    figure = explain_figures.probe_predictions_figure(_Series(20), [str(d) for d in range(20)])
    series = styles(figure)
    assert len(series) == 20 and len(set(series)) == 20
    assert_told_apart(series)


def test_robustness_methods_and_layer_norms_keep_apart() -> None:
    curves = [RobustnessCurve(method, np.array([0, 0.1]), np.array([0.9, 0.5]), 10) for method in ("fgsm", "pgd")]
    assert_told_apart(styles(explain_figures.robustness_figure(curves)))
    norms = explain_figures.norms_figure(_Series())
    weights = [s for s, trace in zip(styles(norms), (t for t in norms.data if t.mode == "lines+markers"),
                                     strict=True) if trace.showlegend is not False]
    assert len(weights) == 8  # six layers' norms, two layers' dead filters
    assert_told_apart(weights)


def test_the_architecture_diagram_tells_every_layer_type_apart() -> None:
    first = Architecture((28, 28, 1), (Conv2D(8, (3, 3)), BatchNormalization(), MaxPooling2D(), AveragePooling2D(),
                                       Dropout(), Flatten(), Dense(10), Conv2D(4, (3, 3))))  # the last: invalid
    second = Architecture((28, 28, 3), (Conv2D(8, (3, 3)), GlobalAveragePooling2D(), Dense(10)))
    colours = {}
    for arch in (first, second):
        colours |= {trace.name: trace.marker.color for trace in architecture_figure(summarize(arch)).data}
    assert len(colours) == 10  # the input, eight layer types, the invalid layer
    assert min(closest(list(colours.values())).values()) >= APART, close_pairs(list(colours.values()))


def test_right_and_wrong_digits_keep_apart() -> None:
    figure = lab_figures.digits_figure(np.zeros((2, 4, 4, 1)), [3, 5], predictions=[3, 4])
    spans = [a.text.split("color:")[1].split("'")[0] for a in figure.layout.annotations if "color:" in a.text]
    assert len(set(spans)) == 2 and min(closest(spans).values()) >= APART


# ---------------------------------------------------------------- scales


def scale_colours(scale) -> list[str]:
    return [colour for _, colour in scale]


def lightness(colours: list[str], eye: str) -> list[float]:
    return [float(seen(colour, eye)[0]) for colour in colours]


def rising(values: list[float]) -> bool:
    return all(b > a for a, b in zip(values, values[1:], strict=False))


def _sequential_scales() -> dict[str, list]:
    from cnnviz.figures import colorscale

    cam = inspect_figures.gradcam_overlay(np.zeros((4, 4, 1)), np.zeros((4, 4)))
    maps = inspect_figures.feature_map_grid(np.random.default_rng(0).random((4, 4, 3)), "maps")
    confusion = inspect_figures.confusion_heatmap(np.eye(3, dtype=int) * 5 + 1, ["a", "b", "c"])
    return {"Grad-CAM": cam.data[1].colorscale, "feature maps": maps.data[0].colorscale,
            "confusion": confusion.data[0].colorscale, "lab": colorscale(lab_figures.SEQUENTIAL)}


@pytest.mark.parametrize("eye", list(EYES))
def test_sequential_scales_grow_lighter_all_the_way(eye: str) -> None:
    for name, scale in _sequential_scales().items():
        values = lightness(scale_colours(scale), eye)
        assert rising(values) or rising(values[::-1]), (name, [round(v, 1) for v in values])


@pytest.mark.parametrize("eye", list(EYES))
def test_the_diverging_scale_keeps_its_two_signs_apart(eye: str) -> None:
    kernels = inspect_figures.kernel_grid(np.random.default_rng(0).normal(size=(3, 3, 1, 4)), "k")
    colours = scale_colours(kernels.data[0].colorscale)
    middle = len(colours) // 2
    assert difference(colours[0], colours[-1], eye) >= 2 * APART
    values = lightness(colours, eye)
    assert rising(values[:middle + 1]) and rising(values[middle:][::-1]), [round(v, 1) for v in values]


# ---------------------------------------------------------------- frames drawn on a scale


def _frames_and_scales() -> dict[str, tuple[list[str], list]]:
    """Each figure's frames (shape line colours) and the colour scales of the grids they are drawn on."""
    from cnnviz.learn import lab

    image = np.random.default_rng(0).random((6, 6))
    positive = image * 5  # a feature map after ReLU: non-negative, past 1
    conv = lab.slide(image, np.array([[1.0, -1.0], [0.5, 0.0]]), "correlate", "same", 1)
    figures = {
        "convolution": lab_figures.convolution_figure(conv, lab.step_at(conv, 3)),
        "pooling": lab_figures.pooling_figure(positive, lab.pool2d(positive, 2, kind="max"),
                                              lab.pool2d(positive, 2, kind="average"), window=(1, 1)),
        "unit picker": explain_figures.unit_picker(positive, selected=(2, 3)),
        "confusion": inspect_figures.confusion_heatmap(np.array([[5, 1], [0, 4]]), ["a", "b"], selected=(0, 1)),
    }
    found = {}
    for name, figure in figures.items():
        frames = [shape.line.color for shape in figure.layout.shapes if shape.line.color]
        scales = [trace.colorscale for trace in figure.data if getattr(trace, "colorscale", None)]
        found[name] = (frames, scales)
    return found


def test_frames_stand_out_from_the_grid_beneath_for_every_eye() -> None:
    from plotly.colors import sample_colorscale

    for name, (frames, scales) in _frames_and_scales().items():
        assert frames and scales, name
        beneath = [colour for scale in scales for colour in sample_colorscale([list(stop) for stop in scale],
                                                                                    list(np.linspace(0, 1, 41)))]
        for frame in set(frames):
            worst = {eye: min(difference(frame, colour, eye) for colour in beneath) for eye in EYES}
            assert min(worst.values()) >= APART, (name, frame, worst)
