"""cnnviz.figures.compare: the figures carry the numbers they are given, styled as documented."""

from __future__ import annotations

import numpy as np
import pytest

from cnnviz.arch.presets import PRESETS
from cnnviz.compare.confusion import confusion_difference
from cnnviz.compare.diff import architecture_diff, settings_diff
from cnnviz.compare.leaderboard import LeaderboardRow, RunCurves, run_curves
from cnnviz.compare.stats import TestPredictions, accuracy_interval, accuracy_summary, compare_to_first
from cnnviz.figures import compare as figures
from cnnviz.i18n import set_language


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("en")


def curves(name: str, scale: float) -> RunCurves:
    history = [{"epoch": e, "elapsed": scale * e, "loss": 1 / e, "accuracy": 0.5 + 0.1 * e, "val_loss": 1.2 / e,
                "val_accuracy": 0.45 + 0.1 * e} for e in (1, 2, 3)]
    return run_curves(name, history)


def test_curves_overlay_one_colour_per_run_train_solid_validation_dotted() -> None:
    runs_ = [curves("A", 2.0), curves("B", 5.0)]
    fig = figures.curves_figure(runs_, "loss", x="epoch", labels=["lr=0.1", "lr=0.01"])
    assert len(fig.data) == 4
    assert [trace.line.dash for trace in fig.data] == ["solid", "dot", "solid", "dot"]
    assert fig.data[0].line.color == fig.data[1].line.color != fig.data[2].line.color
    assert fig.data[0].name.startswith("lr=0.1") and fig.data[3].name.startswith("lr=0.01")
    assert list(fig.data[3].y) == pytest.approx([1.2, 0.6, 0.4])
    by_time = figures.curves_figure(runs_, "accuracy", x="time")
    assert list(by_time.data[2].x) == [5.0, 10.0, 15.0]
    assert by_time.layout.xaxis.title.text == "seconds since training began"
    with pytest.raises(ValueError, match="metric"):
        figures.curves_figure(runs_, "f1")


def predictions(name: str, correct: np.ndarray) -> TestPredictions:
    y = np.arange(len(correct)) % 3
    return TestPredictions(name, "mnist", y, np.where(correct, y, (y + 1) % 3), ("a", "b", "c"))


def test_accuracy_and_difference_figures_draw_the_intervals() -> None:
    n = 600
    a = predictions("A", np.arange(n) % 5 != 0)  # 80%
    better = np.arange(n) % 10 != 0  # 90%
    b, c = predictions("B", better), predictions("C", np.arange(n) % 5 != 1)  # C: 80%, other images
    summaries = [accuracy_summary(p) for p in (a, b)]
    fig = figures.accuracy_figure(summaries, method="exact")
    first = fig.data[0]
    assert first.x[0] == pytest.approx(0.8)
    assert first.error_x.array[0] == pytest.approx(summaries[0].exact.high - 0.8)
    assert first.error_x.arrayminus[0] == pytest.approx(0.8 - summaries[0].exact.low)
    assert "Clopper–Pearson" in fig.layout.title.text

    comparisons = compare_to_first([a, b, c])
    fig = figures.difference_figure(comparisons)
    assert [trace.marker.symbol for trace in fig.data] == ["diamond", "diamond-open"]
    assert fig.data[0].x[0] == pytest.approx(0.1)
    rows = figures.comparison_rows(comparisons)
    assert rows[0]["p (Holm)"] == comparisons[0].p_adjusted and rows[1]["verdict"].startswith("No significant")


def test_confusion_figures_side_by_side_and_difference_centred_on_zero() -> None:
    correct_a = np.arange(90) % 3 != 0
    correct_b = correct_a.copy()
    correct_b[:30] = True
    diff = confusion_difference(predictions("A", correct_a), predictions("B", correct_b))
    pair = figures.confusion_pair_figure(diff)
    assert len(pair.data) == 2
    assert np.array_equal(np.asarray(pair.data[0].text), diff.matrix_a)
    assert np.array_equal(np.asarray(pair.data[1].text), diff.matrix_b)
    fig = figures.confusion_difference_figure(diff)
    heat = fig.data[0]
    assert heat.zmid == 0 and heat.zmin == -heat.zmax
    assert np.array_equal(np.asarray(heat.z), diff.improvement)
    assert heat.text[0][0] == f"{diff.difference[0, 0]:+d}" and diff.difference[0, 0] > 0
    bars = figures.recall_change_figure(diff)
    assert list(bars.data[0].y) == pytest.approx([c.change for c in diff.classes])


def test_architecture_diff_table_colours_rows_by_status_in_both_languages() -> None:
    diff = architecture_diff(PRESETS["fashion-convnet"].architecture, PRESETS["mnist-convnet"].architecture)
    rows = figures.architecture_diff_rows(diff, "seed 000", "seed 004")
    assert [r["status"] for r in rows] == ["changed", "same", "changed", "same", "added", "same", "removed",
                                           "removed", "same"]
    assert rows[0]["settings (changed: A → B)"] == "padding: same → valid"
    assert rows[4]["output seed 000"] == "" and rows[4]["output seed 004"] == "3×3×128"
    fig = figures.architecture_diff_figure(diff, "seed 000", "seed 004")
    fills = list(fig.data[0].cells.fill.color[0])
    expected = [figures.NUMBERS_CHANGED_COLOR if s == "same" and row.output_changed else figures.STATUS_COLORS[s]
                for s, row in zip(figures.row_statuses(diff), diff.rows, strict=True)]
    assert fills[:len(rows)] == expected == figures.row_colors(diff)
    assert fills[1] == figures.NUMBERS_CHANGED_COLOR  # the pooling after the changed conv: same, but smaller
    assert fig.data[0].cells.values[2][len(rows) + 2] == "<b>Total parameters</b>"
    assert fig.data[0].cells.values[4][len(rows) + 2] == "104,202"
    totals = figures.totals_rows(diff, "seed 000", "seed 004")
    assert totals[2] == {"": "Total parameters", "seed 000": "333,526", "seed 004": "104,202"}
    set_language("ko")
    assert figures.architecture_diff_rows(diff)[4]["상태"] == "추가됨"


def test_settings_and_leaderboard_rows() -> None:
    diff = settings_diff({"A": {"learning_rate": 0.1, "batch_size": 32},
                          "B": {"learning_rate": 0.01, "batch_size": 32}})
    assert figures.settings_rows(diff, only_different=True) == [
        {"setting": "Learning rate (learning_rate)", "A": "0.1", "B": "0.01", "differs": True}]
    assert len(figures.settings_rows(diff)) == 2
    row = LeaderboardRow(1, "r", None, "mnist", 0.98, accuracy_interval(980, 1000), 61_706, 10,
                         75.0, 3, "finished", 0.97, "")
    table = figures.leaderboard_rows([row])
    assert table[0]["rank"] == 1 and table[0]["training time"] == "1:15" and table[0]["parameters"] == 61_706
    assert table[0]["95% interval (Wilson)"].startswith("[0.96")
