"""Every chart's text alternative (issue 23, item 2): describe() on figures built by the app's own figure functions
from known data, in English and Korean, and a page that shows it in an "About this chart" expander."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import plotly.graph_objects as go
import pytest
from streamlit.testing.v1 import AppTest

from cnnviz.arch.presets import PRESETS
from cnnviz.arch.shapes import summarize
from cnnviz.compare.leaderboard import RunCurves
from cnnviz.figures import alt
from cnnviz.figures.architecture import architecture_figure
from cnnviz.figures.compare import curves_figure
from cnnviz.figures.describe import describe
from cnnviz.figures.inspect import confusion_heatmap, feature_map_grid, probability_bars
from cnnviz.figures.lab import step_animation
from cnnviz.figures.training import history_curve
from cnnviz.figures.userdata import class_counts_figure
from cnnviz.i18n import language_scope
from cnnviz.learn.lab import slide
from tests.conftest import as_read

ROOT = Path(__file__).resolve().parent.parent
# validation accuracy peaks at epoch 4 and drops at 5; validation loss is lowest at epoch 4
HISTORY = [{"epoch": e, "accuracy": a, "val_accuracy": v, "loss": lo, "val_loss": vl}
           for e, a, v, lo, vl in zip(range(1, 6), (0.75, 0.84, 0.88, 0.9, 0.93), (0.82, 0.86, 0.89, 0.93, 0.91),
                                       (0.9, 0.5, 0.4, 0.3, 0.25), (0.6, 0.45, 0.42, 0.38, 0.4), strict=True)]


@pytest.mark.parametrize("language, expected", [
    ("en", "validation accuracy rose from 0.82 to 0.91 over 5 epochs; best at epoch 4."),
    ("ko", "검증 정확도: 5 에포크 동안 0.82에서 0.91까지 올랐고, 가장 좋은 값은 에포크 4."),
])
def test_training_curves_say_what_the_validation_accuracy_did(language: str, expected: str) -> None:
    with language_scope(language):
        description = describe(history_curve(HISTORY, "accuracy"))
    assert expected in description.sentence
    assert description.table is not None and len(description.table) == 5
    assert list(description.table.iloc[:, 2]) == [h["val_accuracy"] for h in HISTORY]
    assert list(description.table.iloc[:, 0]) == ["1", "2", "3", "4", "5"]


def test_loss_is_best_at_its_lowest() -> None:
    with language_scope("en"):
        sentence = describe(history_curve(HISTORY, "loss")).sentence
    assert "train loss fell from 0.9 to 0.25 over 5 epochs; best at epoch 5." in sentence
    assert "validation loss fell from 0.6 to 0.4 over 5 epochs; best at epoch 4." in sentence


def test_numbers_are_the_same_in_both_languages() -> None:
    numbers = []
    for language in ("en", "ko"):
        with language_scope(language):
            sentence = describe(history_curve(HISTORY, "accuracy")).sentence
        numbers.append(sorted(re.findall(r"\d+(?:\.\d+)?", sentence)))
    english, korean = numbers
    assert english == korean and "0.82" in english and "0.91" in english


def test_compared_runs_curves_are_named_by_run() -> None:
    run = RunCurves(name="wide", epoch=(1, 2, 3), elapsed=(1.0, 2.0, 3.0), loss=(1.0, 0.8, 0.7),
                    accuracy=(0.5, 0.6, 0.7), val_loss=(1.1, 0.9, 0.95), val_accuracy=(0.4, 0.7, 0.6),
                    learning_rate=(None, None, None))
    with language_scope("en"):
        sentence = describe(curves_figure([run], "accuracy")).sentence
    assert "wide · validation accuracy rose from 0.4 to 0.6 over 3 epochs; best at epoch 2." in sentence


@pytest.mark.parametrize("language, expected", [
    ("en", "Confusion matrix: 3 classes; 20 of 25 predictions correct (80.0%). "
           "Most frequent mistake: true cat predicted as bird (3 times)."),
    ("ko", "오차 행렬: 클래스 3개; 예측 25개 중 20개 정답(80.0%). 가장 잦은 오류: 실제 cat → 예측 bird (3번)."),
])
def test_confusion_matrix_names_its_largest_off_diagonal_cell(language: str, expected: str) -> None:
    matrix = np.array([[5, 1, 0], [3, 7, 0], [0, 1, 8]])  # row = true, column = predicted
    with language_scope(language):
        description = describe(confusion_heatmap(matrix, ["bird", "cat", "dog"]))
    assert description.sentence == expected
    assert description.table is not None
    np.testing.assert_array_equal(description.table.to_numpy(), matrix)
    assert list(description.table.index) == ["bird", "cat", "dog"]


def test_a_perfect_confusion_matrix_has_no_mistake() -> None:
    with language_scope("en"):
        sentence = describe(confusion_heatmap(np.diag([4, 5]), ["a", "b"])).sentence
    assert sentence.endswith("9 of 9 predictions correct (100.0%). No mistakes.")


@pytest.mark.parametrize("language, expected", [
    ("en", "3 bars; largest b (20), smallest c (2)."),
    ("ko", "막대 3개; 가장 큰 막대 b(20), 가장 작은 막대 c(2)."),
])
def test_bar_chart_names_its_largest_and_smallest_bar(language: str, expected: str) -> None:
    with language_scope(language):
        description = describe(class_counts_figure(["a", "b", "c"], [7, 20, 2]))
    assert expected in description.sentence
    assert description.table is not None
    assert description.table.iloc[:, 0].tolist() == ["a", "b", "c"]
    assert description.table.iloc[:, 1].tolist() == [7, 20, 2]


def test_horizontal_probability_bars() -> None:
    with language_scope("en"):
        sentence = describe(probability_bars(np.array([0.1, 0.6, 0.3]), ["x", "y", "z"])).sentence
    assert "3 bars; largest y (0.6), smallest x (0.1)." in sentence


def test_a_heatmap_says_its_shape_range_and_peak() -> None:
    values = np.zeros((4, 5, 1))
    values[2, 3, 0] = 7.5
    values[0, 0, 0] = -1.0
    with language_scope("en"):
        description = describe(feature_map_grid(values, "conv"))
    assert "a 4 × 5 grid with values from -1 to 7.5; highest at row 2, col 3." in description.sentence
    assert description.table is not None and description.table.shape == (4, 5)
    assert description.table.iloc[2, 3] == 7.5


def test_architecture_diagram_reads_out_its_layers() -> None:
    summary = summarize(PRESETS["fashion-convnet"].architecture)
    with language_scope("en"):
        description = describe(architecture_figure(summary))
    assert description.sentence.startswith(
        f"The network's {len(summary.rows)} layers, from 28×28×1 in to {summary.rows[-1].output_shape[0]} out")
    assert description.table is not None and len(description.table) == len(summary.rows)
    assert description.table.iloc[0, 2] == f"params: {summary.rows[0].params:,}"


def test_the_lab_animation_counts_its_steps() -> None:
    result = slide(np.arange(16.0).reshape(4, 4), np.ones((3, 3)))
    with language_scope("en"):
        sentence = describe(step_animation(result)).sentence
    assert "An animation of 4 steps." in sentence


def test_an_empty_figure_says_so() -> None:
    with language_scope("ko"):
        description = describe(go.Figure())
    assert description.sentence == "차트에 아직 데이터가 없습니다." and description.table is None


def test_user_text_in_a_figure_is_read_as_text() -> None:
    fig = go.Figure(go.Bar(x=["&lt;b&gt;", "two"], y=[1, 2], name="a <b>bold</b> name"))
    with language_scope("en"):
        sentence = describe(fig).sentence
    assert sentence == "a bold name: 2 bars; largest two (2), smallest <b> (1)."


def test_the_build_page_describes_its_diagram() -> None:
    at = AppTest.from_file(str(ROOT / "pages" / "build" / "build.py"), default_timeout=60).run()
    assert not at.exception
    about = [e for e in at.expander if as_read(e.label) == "About this chart"]
    assert len(about) == 1
    text = " ".join(as_read(m.value) for m in about[0].markdown)
    layers = len(summarize(PRESETS["fashion-convnet"].architecture).rows)
    assert text.startswith(f"The network's {layers} layers, from 28×28×1 in to 10 out")
    assert len(about[0].dataframe) == 1 and len(about[0].dataframe[0].value) == layers


# ---------------------------------------------------------------- alt text of image charts (cnnviz.figures.alt)


def test_feature_maps_alt_names_the_layer_and_the_strongest_filter() -> None:
    maps = np.zeros((5, 4, 3))
    maps[..., 1] = 0.2
    maps[2, 2, 2] = 9.0  # filter 3 has the largest mean (9/20 = 0.45 > 0.2); filter 1 stays at zero
    with language_scope("en"):
        text = alt.feature_maps("conv2d_1", maps)
    assert text.name == "feature maps of layer conv2d_1, 3 filters"
    assert text.sentence == ("The feature maps of layer conv2d_1: 3 filters, each map 5×4. Filter 3 responds most "
                             "strongly on average (0.45). Filters at zero everywhere for this image: 1.")
    with language_scope("ko"):
        assert alt.feature_maps("conv2d_1", maps).name == "conv2d_1 층의 특성 맵, 필터 3개"


def test_a_flat_layers_alt_names_its_largest_unit() -> None:
    with language_scope("en"):
        text = alt.feature_maps("dense", np.array([0.1, -2.0, 3.5, 0.0]))
    assert text.sentence == "The output of layer dense: 4 values; unit 3 is the largest (3.5)."


def test_grad_cam_alt_says_where_the_evidence_is() -> None:
    cam = np.zeros((28, 28))
    cam[25, 2] = 1.0  # bottom left
    cam[20:28, 0:7] = np.maximum(cam[20:28, 0:7], 0.6)
    with language_scope("en"):
        text = alt.grad_cam("7", cam)
        nothing = alt.grad_cam("7", np.zeros((28, 28)))
    assert text.name == "Grad-CAM for 7"
    assert "strongest in the bottom left (row 26, column 3)" in text.sentence
    assert f"{56 / 784:.0%} of the image" in text.sentence
    assert nothing.sentence == "Grad-CAM for class 7 finds no evidence anywhere in this image."


def test_prediction_and_drawn_digit_alt() -> None:
    digit = np.zeros((28, 28, 1))
    digit[4:24, 13:15] = 1.0  # a vertical stroke: 40 of 784 pixels
    with language_scope("en"):
        answer = alt.prediction([0.06, 0.9, 0.04], ["zero", "one", "two"])
        drawn = alt.input_image(digit, drawn=True)
        photo = alt.input_image(np.zeros((32, 32, 3)))
    assert answer.name == "predicted one"
    assert answer.sentence == "The network predicts one with probability 90.0% (of 3 classes). Next: zero at 6.0%."
    assert drawn.sentence == "The digit drawn, as the network receives it: 28×28 grey pixels, 5% of them ink."
    assert "32×32 colour pixels" in photo.sentence


def test_kernels_alt_reads_the_channel_drawn() -> None:
    weights = np.arange(3 * 3 * 2 * 4, dtype=float).reshape(3, 3, 2, 4)
    with language_scope("en"):
        second = alt.kernels("conv", weights, 1)
    shown = weights[:, :, 1, :]
    assert second.sentence == (f"The kernels of layer conv: 4 filters of 3×3 weights, input channel 2; weights from "
                               f"{shown.min():.3g} to {shown.max():.3g}.")


def test_alt_text_keeps_a_layer_name_as_its_characters_for_the_page_to_escape_once() -> None:
    from cnnviz.i18n import fields_escaped_with, literal_markdown

    with fields_escaped_with(literal_markdown), language_scope("en"):
        text = alt.feature_maps("my_*layer*", np.ones((2, 2, 1)))
    assert "my_*layer*" in text.name and "\\" not in text.name
