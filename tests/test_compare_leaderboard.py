"""cnnviz.compare.leaderboard: learning curves and the leaderboard from run folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from statsmodels.stats.proportion import proportion_confint

from cnnviz.arch.presets import PRESETS
from cnnviz.arch.shapes import summarize
from cnnviz.arch.spec import Architecture
from cnnviz.compare.leaderboard import left_out_of_board, load_leaderboard, run_curves, run_details
from cnnviz.i18n import set_language
from cnnviz.runs import store as runs

LENET = PRESETS["lenet5"].architecture
SEED_000 = PRESETS["fashion-convnet"].architecture
SEED_004 = PRESETS["mnist-convnet"].architecture


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("en")


# ================================================================ curves and leaderboard


def test_run_curves_keep_epochs_times_and_gaps() -> None:
    history = [{"epoch": 1, "elapsed": 2.5, "loss": 1.0, "accuracy": 0.6, "val_loss": 1.1, "val_accuracy": 0.55,
                "learning_rate": 0.01},
               {"epoch": 2, "elapsed": 5.0, "loss": 0.5, "accuracy": 0.8, "val_loss": None, "val_accuracy": None,
                "learning_rate": 0.01, "partial": True}]
    curves = run_curves("A", history)
    assert curves.epoch == (1, 2) and curves.elapsed == (2.5, 5.0)
    assert curves.series("loss") == (1.0, 0.5) and curves.series("accuracy", validation=True) == (0.55, None)


def make_run(root: Path, name: str, dataset: str, accuracy: float | None, arch: Architecture = LENET,
             elapsed: float = 10.0, n: int = 1000, created: str | None = None) -> Path:
    run_dir = runs.create_run(arch, {"dataset": dataset}, name, summarize(arch).total_params, root=root,
                              run_dir=root / name)
    runs.append_history(run_dir, {"epoch": 1, "elapsed": elapsed, "loss": 0.5})
    if accuracy is not None:
        runs.atomic_write_json(run_dir / runs.TEST_METRICS_FILE, {"loss": 0.3, "accuracy": accuracy, "n": n})
        runs.update_run(run_dir, status="finished")
    if created:
        runs.update_run(run_dir, created=created)
    return run_dir


def test_leaderboard_sorts_by_test_accuracy_and_survives_missing_values(tmp_path: Path) -> None:
    make_run(tmp_path, "small", "mnist", 0.98, SEED_004, elapsed=30.0)
    make_run(tmp_path, "big", "mnist", 0.98, SEED_000, elapsed=50.0)
    make_run(tmp_path, "best", "mnist", 0.99, LENET, created="2020-01-01T00:00:00+00:00")
    make_run(tmp_path, "running", "mnist", None)
    make_run(tmp_path, "fashion", "fashion_mnist", 0.91)
    broken = make_run(tmp_path, "broken", "mnist", 0.5)
    (broken / runs.ARCHITECTURE_FILE).write_text("{not json", encoding="utf-8")
    (broken / runs.HISTORY_FILE).write_text(json.dumps([{"epoch": 1}]), encoding="utf-8")

    board = load_leaderboard(tmp_path, dataset="mnist")
    # A run whose architecture.json cannot be read is left out of the board, with a note (issue 20, item 19).
    assert [(r.rank, r.name) for r in board] == [(1, "best"), (2, "small"), (2, "big"), (None, "running")]
    infos = runs.list_runs(tmp_path)
    left = left_out_of_board(infos, {info.path: run_details(info.path) for info in infos})
    assert [(info.name, "architecture.json" in str(why)) for info, why in left] == [("broken", True)]
    assert board[1].params == 104_202 and board[2].params == 333_526  # the tie goes to the smaller model
    assert board[1].training_seconds == 30.0 and board[1].flops == summarize(SEED_004).total_flops
    low, high = proportion_confint(980, 1000, method="wilson")
    assert (board[1].interval.low, board[1].interval.high) == pytest.approx((low, high))
    assert board[3].test_accuracy is None and board[3].interval is None
    everything = load_leaderboard(tmp_path)
    assert {r.dataset for r in everything} == {"mnist", "fashion_mnist"} and everything[0].name == "best"
