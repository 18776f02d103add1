"""Run folders on disk: create, list (newest first), status of interrupted runs, rename, delete, atomic writes.
No TensorFlow here: these are plain file operations."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cnnviz import runs
from cnnviz.presets import PRESETS

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


def test_list_is_newest_first_and_skips_broken_folders(tmp_path: Path) -> None:
    old = make_run(tmp_path, "old", "2026-01-01T10:00:00+00:00")
    new = make_run(tmp_path, "new", "2026-03-01T10:00:00+00:00")
    middle = make_run(tmp_path, "middle", "2026-02-01T10:00:00+00:00")
    (tmp_path / "not-a-run").mkdir()
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / runs.RUN_FILE).write_text("{half a json")
    assert [r.path for r in runs.list_runs(tmp_path)] == [new, middle, old]
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
        with pytest.raises(runs.RunError, match="still training"):
            runs.delete_run(run_dir)
    finally:
        runs.unregister_live(run_dir)
    # Owned by a process that has exited.
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    runs.update_run(run_dir, pid=int(dead.stdout))
    assert runs.load_run(run_dir).status == runs.INTERRUPTED
    # Owned by another live process (e.g. a CLI training): still running.
    runs.update_run(run_dir, pid=os.getppid())
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
