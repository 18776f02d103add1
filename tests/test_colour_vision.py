"""Colours a red-green colour-blind student can tell apart (issue 19 item 14): runs on Compare and classes on the
Train probe chart each have a second cue (a marker shape), the run colours stay apart under a simulated
deuteranopia, and Grad-CAM's scale grows brighter all the way so 1.0 looks strongest."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from cnnviz.compare.leaderboard import run_curves
from cnnviz.figures import compare as compare_figures
from cnnviz.figures import explain as explain_figures
from cnnviz.figures import inspect as inspect_figures
from cnnviz.i18n import set_language

# Machado, Oliveira & Fernandes (2009): full deuteranopia, on linear RGB.
DEUTERANOPIA = np.array([[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                         [-0.011820, 0.042940, 0.968881]])
SRGB_TO_XYZ = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]])
D65 = np.array([0.95047, 1.0, 1.08883])


@pytest.fixture(autouse=True)
def english():
    set_language("en")


def linear(hex_colour: str) -> np.ndarray:
    srgb = np.array([int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)]) / 255
    return np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)


def lab(rgb_linear: np.ndarray) -> np.ndarray:
    xyz = SRGB_TO_XYZ @ rgb_linear / D65
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def seen_by_a_deuteranope(hex_colour: str) -> np.ndarray:
    return lab(np.clip(DEUTERANOPIA @ linear(hex_colour), 0, 1))


def closest_pair(colours: list[str]) -> float:
    """The smallest CIE76 ΔE between two of the colours as a deuteranope sees them."""
    return min(float(np.linalg.norm(seen_by_a_deuteranope(a) - seen_by_a_deuteranope(b)))
               for a, b in itertools.combinations(colours, 2))


def test_the_simulation_collapses_red_and_green_not_blue_and_yellow() -> None:  # the oracle itself
    seen = float(np.linalg.norm(lab(linear("#ff0000")) - lab(linear("#00ff00"))))  # 171 to a trichromat
    assert closest_pair(["#ff0000", "#00ff00"]) < seen / 5 and closest_pair(["#0000ff", "#ffff00"]) > 150


def test_the_first_five_runs_keep_apart_and_have_their_own_marker() -> None:
    colours = [compare_figures.run_color(i) for i in range(5)]
    assert closest_pair(colours) >= 15  # plotly's default (blue, red, green, purple, orange): 12.4
    runs = [run_curves(f"run {i}", [{"epoch": 1, "loss": 1.0 + i, "val_loss": 1.1 + i},
                                    {"epoch": 2, "loss": 0.5 + i, "val_loss": 0.6 + i}]) for i in range(5)]
    figure = compare_figures.curves_figure(runs, "loss")
    train = [trace.marker.symbol for trace in figure.data if trace.line.dash == "solid"]
    validation = [trace.marker.symbol for trace in figure.data if trace.line.dash == "dot"]
    assert len(set(train)) == 5 and validation == [f"{symbol}-open" for symbol in train]


def test_the_ten_probe_classes_each_have_their_own_marker_and_a_legend_below() -> None:
    figure = explain_figures.probe_predictions_figure(_Series(), [str(d) for d in range(10)])
    assert len({trace.marker.symbol for trace in figure.data}) == 10
    assert figure.layout.legend.orientation == "h"


class _Series:  # a SnapshotSeries of three moments, one probe image per class
    probe_labels = list(range(10))
    probabilities = np.full((3, 10, 10), 0.1)

    def __len__(self) -> int:
        return 3

    def label(self, index: int) -> str:
        return f"batch {index}"


def test_grad_cam_grows_brighter_all_the_way() -> None:
    figure = inspect_figures.gradcam_overlay(np.zeros((4, 4, 1)), np.zeros((4, 4)))
    scale = figure.data[1].colorscale
    lightness = [lab(linear(_hex(colour)))[0] for _, colour in scale]
    assert all(b > a for a, b in zip(lightness, lightness[1:], strict=False)), lightness


def _hex(colour: str) -> str:
    if colour.startswith("#"):
        return colour
    r, g, b = (int(float(v)) for v in colour[colour.index("(") + 1:-1].split(",")[:3])
    return f"#{r:02x}{g:02x}{b:02x}"
