"""Run folders on disk: create, list (newest first), status of interrupted runs, rename, delete, atomic writes.
No TensorFlow here: these are plain file operations."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from cnnviz.arch.presets import PRESETS
from cnnviz.runs import store as runs

ARCH = PRESETS["lenet5"].architecture


def make_run(root: Path, name: str, created: str) -> Path:
    run_dir = runs.create_run(ARCH, {"dataset": "mnist", "seed": 42}, name, 61706, root=root)
    runs.update_run(run_dir, created=created, status="finished", best_val_accuracy=0.5)
    return run_dir


def test_create_writes_every_file_and_reads_back(tmp_path: Path) -> None:
    run_dir = runs.create_run(ARCH, {"dataset": "mnist", "limit": 300}, "first try", 61706, root=tmp_path)
    assert run_dir.parent == tmp_path
    assert runs.load_architecture(run_dir) == ARCH
    assert runs.load_config(run_dir) == {"dataset": "mnist", "limit": 300}
    assert runs.load_history(run_dir) == []
    info = runs.load_run(run_dir)
    assert (info.name, info.dataset, info.params, info.input_shape) == ("first try", "mnist", 61706, (28, 28, 1))
    assert not info.has_model
    with pytest.raises(runs.RunError, match="no saved model"):
        runs.model_path(run_dir)


def test_list_is_newest_first_and_lists_damaged_runs_with_what_is_wrong(tmp_path: Path) -> None:
    old = make_run(tmp_path, "old", "2026-01-01T10:00:00+00:00")
    new = make_run(tmp_path, "new", "2026-03-01T10:00:00+00:00")
    middle = make_run(tmp_path, "middle", "2026-02-01T10:00:00+00:00")
    (tmp_path / "not-a-run").mkdir()
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / runs.RUN_FILE).write_text("{half a json")
    listed = runs.list_runs(tmp_path)
    assert [r.path for r in listed if r.path != broken] == [new, middle, old]
    damaged = next(r for r in listed if r.path == broken)
    assert damaged.status == runs.DAMAGED and "run.json cannot be read" in damaged.problems[0]
    assert runs.list_runs(tmp_path / "missing") == []


def test_runs_root_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(runs.RUNS_DIR_ENV, str(tmp_path))
    run_dir = runs.create_run(ARCH, {"dataset": "mnist"}, "env", 1)
    assert runs.runs_root() == tmp_path and run_dir.parent == tmp_path
    monkeypatch.delenv(runs.RUNS_DIR_ENV)
    assert runs.runs_root() == Path("runs")


def test_running_run_without_a_live_owner_is_interrupted(tmp_path: Path) -> None:
    run_dir = runs.create_run(ARCH, {"dataset": "mnist"}, "killed", 1, root=tmp_path)
    # Owned by this process but not registered by a live job: the job died with an old server.
    assert runs.load_run(run_dir).status == runs.INTERRUPTED
    runs.register_live(run_dir)
    try:
        assert runs.load_run(run_dir).status == "running"
        with pytest.raises(runs.RunError, match="still queued or training"):
            runs.delete_run(run_dir)
    finally:
        runs.unregister_live(run_dir)
    # Owned by a process that has exited.
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    runs.update_run(run_dir, worker={"host": socket.gethostname(), "pid": int(dead.stdout)})
    assert runs.load_run(run_dir).status == runs.INTERRUPTED
    # Owned by another live process (e.g. a CLI training): still running.
    runs.update_run(run_dir, worker={"host": socket.gethostname(), "pid": os.getppid()})
    assert runs.load_run(run_dir).status == "running"


def test_rename_keeps_the_folder_and_validates(tmp_path: Path) -> None:
    run_dir = make_run(tmp_path, "old name", "2026-01-01T10:00:00+00:00")
    info = runs.rename_run(run_dir, "  better name ")
    assert info.name == "better name" and info.path == run_dir
    assert json.loads((run_dir / runs.RUN_FILE).read_text())["name"] == "better name"
    with pytest.raises(runs.RunError, match="empty"):
        runs.rename_run(run_dir, "   ")
    assert runs.load_run(run_dir).name == "better name"


def test_delete_removes_runs_only(tmp_path: Path) -> None:
    run_dir = make_run(tmp_path, "doomed", "2026-01-01T10:00:00+00:00")
    keep = make_run(tmp_path, "kept", "2026-01-02T10:00:00+00:00")
    runs.delete_run(run_dir)
    assert not run_dir.exists() and keep.exists()
    precious = tmp_path / "precious"
    precious.mkdir()
    with pytest.raises(runs.RunError, match="not a run folder"):
        runs.delete_run(precious)
    assert precious.exists()


def test_atomic_write_leaves_old_content_when_serialising_fails(tmp_path: Path) -> None:
    target = tmp_path / "history.json"
    runs.atomic_write_json(target, [{"epoch": 1}])
    with pytest.raises(TypeError):
        runs.atomic_write_json(target, [{"epoch": 2, "bad": object()}])
    assert json.loads(target.read_text()) == [{"epoch": 1}]
    assert [p.name for p in tmp_path.iterdir()] == ["history.json"]  # no temp file left behind


def test_atomic_write_replaces_and_converts_numpy(tmp_path: Path) -> None:
    np = pytest.importorskip("numpy")
    target = tmp_path / "m.json"
    runs.atomic_write_json(target, {"accuracy": np.float32(0.5), "cm": np.eye(2, dtype=int)})
    assert json.loads(target.read_text()) == {"accuracy": 0.5, "cm": [[1, 0], [0, 1]]}
    runs.atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"


def test_history_appends_one_entry_per_call(tmp_path: Path) -> None:
    run_dir = make_run(tmp_path, "h", "2026-01-01T10:00:00+00:00")
    for epoch in (1, 2, 3):
        runs.append_history(run_dir, {"epoch": epoch, "loss": 1.0 / epoch})
    assert [e["epoch"] for e in runs.load_history(run_dir)] == [1, 2, 3]
    assert runs.load_run(run_dir).epochs_done == 3


def test_create_refuses_an_existing_run_folder(tmp_path: Path) -> None:
    run_dir = runs.create_run(ARCH, {"dataset": "mnist"}, "a", 1, run_dir=tmp_path / "fixed")
    with pytest.raises(runs.RunError, match="already holds a run"):
        runs.create_run(ARCH, {"dataset": "mnist"}, "b", 1, run_dir=run_dir)


def damaged_copies(tmp_path: Path) -> dict[str, Path]:
    """A finished run with a checkpoint, copied and damaged one file at a time (as a crash or a hand would)."""
    import shutil

    from tests.inspect_helpers import make_tiny_run

    good = make_tiny_run(tmp_path / "good", epochs=1)
    shutil.copy(good / runs.FINAL_MODEL, good / runs.BEST_MODEL)
    runs.atomic_write_json(good / runs.TEST_METRICS_FILE, {"accuracy": 0.5, "loss": 1.0, "n": 10})
    damage = {
        "run.json wrong types": (runs.RUN_FILE, '{"name": 5, "params": "abc", "input_shape": 5, "status": "finished"}'),
        "run.json half written": (runs.RUN_FILE, '{"name": "x", "sta'),
        "history.json damaged": (runs.HISTORY_FILE, "[{\"epoch\": 1, "),
        "history.json not a list": (runs.HISTORY_FILE, '{"epoch": 1}'),
        "test_metrics.json damaged": (runs.TEST_METRICS_FILE, "nonsense"),
        "architecture.json damaged": (runs.ARCHITECTURE_FILE, '{"input_shape": 7}'),
        "config.json damaged": (runs.CONFIG_FILE, "{"),
        "final.keras truncated": (runs.FINAL_MODEL, None),
    }
    copies = {}
    for index, (what, (name, text)) in enumerate(damage.items()):
        copy = tmp_path / "damaged" / f"run-{index}"
        shutil.copytree(good, copy)
        if text is None:
            data = (copy / name).read_bytes()
            (copy / name).write_bytes(data[: len(data) // 3])
        else:
            (copy / name).write_text(text)
        copies[what] = copy
    return copies


def test_a_damaged_run_is_listed_with_what_is_wrong_and_keeps_what_works(tmp_path: Path) -> None:
    copies = damaged_copies(tmp_path)
    listed = {info.path: info for info in runs.list_runs(tmp_path / "damaged")}
    assert set(listed) == set(copies.values())  # every damaged run is still listed
    wrong_types = listed[copies["run.json wrong types"]]
    assert wrong_types.params == 0 and wrong_types.input_shape == () and wrong_types.name == "run-0"
    assert any("'params'" in p for p in wrong_types.problems) and wrong_types.status == "finished"
    assert listed[copies["run.json half written"]].status == runs.DAMAGED
    history_damaged = listed[copies["history.json damaged"]]
    assert history_damaged.epochs_done == 0 and history_damaged.has_model
    assert "history.json" in history_damaged.problems[0]
    assert listed[copies["test_metrics.json damaged"]].test_accuracy is None
    # A truncated final.keras: the intact best.keras is offered instead, and the damage is named.
    truncated = listed[copies["final.keras truncated"]]
    assert truncated.has_model and any("final.keras is damaged" in p for p in truncated.problems)
    assert runs.model_path(truncated.path) == truncated.path / runs.BEST_MODEL


def test_events_are_tailed_line_by_line_and_damaged_lines_are_skipped(tmp_path: Path) -> None:
    run_dir = make_run(tmp_path, "events", "2026-01-01T10:00:00+00:00")
    runs.append_events(run_dir, [{"t": "batch", "loss": 2.3}, {"t": "batch", "loss": 2.1}])
    events, offset = runs.read_events(run_dir)
    assert [e["loss"] for e in events] == [2.3, 2.1]
    with open(run_dir / runs.EVENTS_FILE, "a") as stream:
        stream.write('garbage\n{"t": "epoch", "loss": 1.9}\n{"t": "batch", "lo')  # a damaged line, a good one, half
    more, offset = runs.read_events(run_dir, offset)
    assert more == [{"t": "epoch", "loss": 1.9}]
    with open(run_dir / runs.EVENTS_FILE, "a") as stream:
        stream.write('ss": 1.8}\n')
    last, _ = runs.read_events(run_dir, offset)
    assert last == [{"t": "batch", "loss": 1.8}]  # the half line is read once it is complete


def test_the_stop_flag(tmp_path: Path) -> None:
    run_dir = make_run(tmp_path, "stop", "2026-01-01T10:00:00+00:00")
    assert not runs.stop_requested(run_dir)
    runs.request_stop(run_dir)
    assert runs.stop_requested(run_dir)


def test_names_are_plain_one_line_text_and_never_paths(tmp_path: Path) -> None:
    run_dir = runs.create_run(ARCH, {"dataset": "mnist"}, "../../etc/passwd\n<b>x</b>" + "y" * 500, 1,
                              root=tmp_path)
    assert run_dir.parent == tmp_path and "/" not in run_dir.name and ".." not in run_dir.name
    name = runs.load_run(run_dir).name
    assert "\n" not in name and len(name) == runs.MAX_NAME and name.startswith("../../etc/passwd <b>x</b>")
    with pytest.raises(runs.RunError, match="at most 100"):
        runs.rename_run(run_dir, "z" * 101)
