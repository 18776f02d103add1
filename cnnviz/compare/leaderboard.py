"""Runs side by side from their folders: learning curves read from history.json, and the leaderboard (test
accuracy with its Wilson interval, size, FLOPs, training time), which leaves a damaged run out with the reason."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cnnviz.arch.shapes import summarize
from cnnviz.compare.stats import Interval, accuracy_interval
from cnnviz.i18n import Message, t
from cnnviz.runs import store as runs

# ================================================================ curves


@dataclass(frozen=True)
class RunCurves:
    """Per-epoch values of one run from its history.json (None where a value was not recorded)."""

    name: str
    epoch: tuple[int, ...]
    elapsed: tuple[float | None, ...]  # seconds since training began, at the end of each epoch
    loss: tuple[float | None, ...]
    accuracy: tuple[float | None, ...]
    val_loss: tuple[float | None, ...]
    val_accuracy: tuple[float | None, ...]
    learning_rate: tuple[float | None, ...]

    def series(self, metric: str, validation: bool = False) -> tuple[float | None, ...]:
        return getattr(self, f"val_{metric}" if validation else metric)


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not _finite(value):
        return None
    return float(value)


def _finite(value: int | float) -> bool:
    try:
        return math.isfinite(value)
    except OverflowError:  # an integer too large for a float (a hand-edited file)
        return False


def run_curves(name: str, history: Sequence[Mapping[str, Any]]) -> RunCurves:
    entries = [h for h in history if isinstance(h, Mapping)]

    def column(key: str) -> tuple[float | None, ...]:
        return tuple(_number(h.get(key)) for h in entries)

    epochs = tuple(int(h["epoch"]) if isinstance(h.get("epoch"), int) else i + 1 for i, h in enumerate(entries))
    return RunCurves(name, epochs, column("elapsed"), column("loss"), column("accuracy"), column("val_loss"),
                     column("val_accuracy"), column("learning_rate"))


def load_run_curves(run_dir: str | Path, name: str | None = None) -> RunCurves:
    """The run's curves from its history.json (none when it is damaged: the Runs page says what is wrong)."""
    from cnnviz.runs.files import read_history

    return run_curves(name or runs.load_run(run_dir).name, read_history(run_dir).value)


# ================================================================ leaderboard


@dataclass(frozen=True)
class RunDetails:
    """What a leaderboard needs beyond RunInfo, read from the run folder (None when missing)."""

    flops: int | None = None
    training_seconds: float | None = None
    test_n: int | None = None
    architecture_error: bool = False
    problem: Message | None = None  # why the run cannot be ranked (a damaged architecture.json or test_metrics.json)


def run_details(run_dir: str | Path) -> RunDetails:
    """Read through cnnviz.runs.files: a damaged file gives a `problem`, never an exception."""
    from cnnviz.runs import files as runfiles

    run_dir = Path(run_dir)
    architecture = runfiles.read_architecture(run_dir)
    flops, broken = None, architecture.value is None
    if architecture.value is not None:
        summary = summarize(architecture.value)
        flops, broken = summary.total_flops, not summary.ok
    history = runfiles.read_history(run_dir).value
    seconds = _number(history[-1].get("elapsed")) if history else None
    test = runfiles.read_test_metrics(run_dir)
    problems = architecture.problems + test.problems
    return RunDetails(flops, seconds, test.value.get("n"), broken, problems[0] if problems else None)


def left_out_of_board(infos: Sequence[runs.RunInfo], details: Mapping[Path, RunDetails]
                      ) -> list[tuple[runs.RunInfo, Message]]:
    """The runs a leaderboard leaves out, each with why: run.json damaged or missing, or an architecture.json or
    test_metrics.json that cannot be read. One damaged run never breaks the board for the others."""
    left = []
    for info in infos:
        more = details.get(info.path, RunDetails())
        if info.status == runs.DAMAGED:
            left.append((info, info.problem_messages[0] if info.problem_messages else runs.status_message(info.status)))
        elif more.problem is not None:
            left.append((info, more.problem))
    return left


def left_out_note(left: Sequence[tuple[runs.RunInfo, Message]]) -> str:
    """"Left out: <run> (<what is wrong>); ..." in the current language ("" when none is left out)."""
    if not left:
        return ""
    return t("runfiles.left_out", runs="; ".join(f"{info.name} ({problem})" for info, problem in left))


@dataclass(frozen=True)
class LeaderboardRow:
    rank: int | None  # 1 = best test accuracy; equal accuracies share a rank; None without a test accuracy
    name: str
    path: Path
    dataset: str
    test_accuracy: float | None
    interval: Interval | None  # Wilson interval of the test accuracy when the test-set size is known
    params: int
    flops: int | None
    training_seconds: float | None
    epochs: int
    status: str
    best_val_accuracy: float | None
    created: str


def _created_order(created: str) -> float:
    try:
        return datetime.fromisoformat(created).timestamp()
    except ValueError:
        return 0.0


def leaderboard(infos: Sequence[runs.RunInfo], dataset: str | None = None,
                details: Mapping[Path, RunDetails] | None = None) -> list[LeaderboardRow]:
    """Runs (optionally of one dataset) sorted by test accuracy, best first; ties go to the smaller model,
    then the earlier run. Runs without a test accuracy (running, failed, stopped early) come last, unranked."""
    details = details or {}
    left_out = {info.path for info, _ in left_out_of_board(infos, details)}
    chosen = [info for info in infos if (dataset is None or info.dataset == dataset) and info.path not in left_out]

    def key(info: runs.RunInfo) -> tuple:
        accuracy = _number(info.test_accuracy)
        return (accuracy is None, -(accuracy or 0.0), info.params, _created_order(info.created), info.name)

    rows: list[LeaderboardRow] = []
    previous: tuple[float, int] | None = None
    for position, info in enumerate(sorted(chosen, key=key), start=1):
        more = details.get(info.path, RunDetails())
        accuracy = _number(info.test_accuracy)
        rank = None
        if accuracy is not None:
            rank = previous[1] if previous is not None and previous[0] == accuracy else position
            previous = (accuracy, rank)
        interval = None
        if accuracy is not None and more.test_n:
            interval = accuracy_interval(round(accuracy * more.test_n), more.test_n)
        rows.append(LeaderboardRow(rank, info.name, info.path, info.dataset, accuracy, interval, info.params,
                                   more.flops, more.training_seconds, info.epochs_done, info.status,
                                   _number(info.best_val_accuracy), info.created))
    return rows


def load_leaderboard(root: str | Path | None = None, dataset: str | None = None) -> list[LeaderboardRow]:
    """The leaderboard of every run under the runs folder (or `root`)."""
    infos = [info for info in runs.list_runs(root) if dataset is None or info.dataset == dataset]
    return leaderboard(infos, dataset, {info.path: run_details(info.path) for info in infos})
