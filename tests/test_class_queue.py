"""The Class page lists the queue in the order it is served (issue 20, item 26): the training runs, then the queued
ones as they will start, each workspace taking its turn, not by the time each was queued."""

from __future__ import annotations

import os
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

from cnnviz.arch.shapes import summarize
from cnnviz.runs import store as runs
from cnnviz.train import jobs
from tests.conftest import as_read
from tests.inspect_helpers import TINY_ARCH, TINY_CONFIG

ROOT = Path(__file__).resolve().parent.parent


def queued(root: Path, name: str, turn: int, status: str = "queued") -> Path:
    """A run folder as `jobs.queue_training` leaves it (no job behind it: nothing here trains)."""
    time.sleep(0.01)  # `created` orders the runs of a turn
    run_dir = runs.create_run(TINY_ARCH, dict(TINY_CONFIG), name, summarize(TINY_ARCH).total_params, root=root,
                              status="queued", turn=turn)
    if status != "queued":
        # a live process of this machine trains it (not this one: it would have to register the folder)
        runs.update_run(run_dir, status=status, worker={**runs.this_process(), "pid": os.getppid()})
    return run_dir


def four_jobs(alice: Path, bob: Path) -> list[Path]:
    """Alice queues three jobs (the first trains), then Bob queues one: Bob's starts next."""
    return [queued(alice, "alice 1", 0, status="running"), queued(alice, "alice 2", 1),
            queued(alice, "alice 3", 2), queued(bob, "bob 1", 0)]


def test_the_queue_order_is_the_order_jobs_start_in(tmp_path: Path) -> None:
    made = four_jobs(tmp_path / "alice", tmp_path / "bob")
    active = [runs.load_run(p) for p in reversed(made)]
    assert [r.status for r in active] == ["queued", "queued", "queued", "running"]
    assert [r.name for r in jobs.queue_order(active)] == ["alice 1", "bob 1", "alice 2", "alice 3"]
    waiting = [r for r in active if r.status == "queued"]
    turns = {r.path: jobs.run_turn(r) for r in waiting}
    places = {r.name: jobs.queue_place(r, waiting, [60.0], {}, 1, turns).ahead for r in waiting}
    assert places == {"bob 1": 0, "alice 2": 1, "alice 3": 2}  # the place each run is told agrees


def test_the_class_page_lists_the_queue_in_turn_order(tmp_path: Path, monkeypatch) -> None:
    from cnnviz.runs import workspace

    monkeypatch.setenv(workspace.CLASS_MODE_ENV, "1")
    monkeypatch.setenv(workspace.DATA_DIR_ENV, str(tmp_path / "class-data"))
    monkeypatch.setenv(workspace.TEACHER_SECRET_ENV, "teacher-secret-for-tests")
    (_, alice), (_, bob) = workspace.new_workspace(), workspace.new_workspace()
    four_jobs(alice.runs_dir, bob.runs_dir)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.session_state["teacher_ok"] = True
    at.switch_page("pages/build/class_view.py").run()
    assert not at.exception, [e.value for e in at.exception]
    lines = [as_read(m.value) for m in at.markdown if " · " in m.value and "params" in m.value]
    assert [line.split("**")[1] for line in lines] == ["alice 1", "bob 1", "alice 2", "alice 3"]
