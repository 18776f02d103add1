"""The Train page's elapsed time (issue 19 item 10b and 13): it ticks from the moment a worker takes the job, also
while the job loads the data and compiles (once "elapsed 0 s" for 20–28 s), and never runs backwards when the job
ends (once 53 s → 51 s)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnnviz.runs import store as runs
from cnnviz.train import progress
from cnnviz.train.progress import RunStream

T0 = 1_800_000_000.0


def state(at: float, name: str, phase: str) -> dict:
    return {"t": "state", "time": T0 + at, "state": name, "phase": phase, "epochs": 1}


def batch(at: float, fit_elapsed: float) -> dict:
    return {"t": "batch", "time": T0 + at, "epoch": 1, "batch": 1, "step": 1, "elapsed": fit_elapsed,
            "samples_per_s": 100.0, "eta": 30.0, "learning_rate": 0.001, "loss": 2.0}


def elapsed_at(run_dir: Path, stream: RunStream, now: float, status: str, monkeypatch) -> float:
    monkeypatch.setattr(progress.time, "time", lambda: T0 + now)
    return stream.update().progress(status).elapsed


@pytest.fixture
def run_dir(tmp_path: Path) -> Path:
    (tmp_path / runs.EVENTS_FILE).write_text("")
    return tmp_path


def test_elapsed_ticks_before_the_first_batch_and_never_runs_backwards(run_dir: Path, monkeypatch) -> None:
    stream = RunStream(run_dir)
    runs.append_events(run_dir, [state(0, "queued", "waiting in the queue"), state(5, "running", "starting"),
                                 state(6, "running", "loading the dataset")])
    seen = [elapsed_at(run_dir, stream, now, "running", monkeypatch) for now in (10, 20, 30)]
    assert seen == [5, 15, 25]  # loading and compiling: the clock runs
    runs.append_events(run_dir, [batch(31, fit_elapsed=0.5)])  # the first batch, on the fit's own clock
    seen.append(elapsed_at(run_dir, stream, 32, "running", monkeypatch))
    runs.append_events(run_dir, [batch(55, fit_elapsed=24.0), state(58, "running", "saving the final model")])
    seen.append(elapsed_at(run_dir, stream, 60, "running", monkeypatch))
    runs.append_events(run_dir, [state(61, "finished", "finished")])
    seen += [elapsed_at(run_dir, stream, now, "finished", monkeypatch) for now in (62, 500)]
    assert seen == [5, 15, 25, 27, 55, 56, 56]
    assert seen == sorted(seen)
