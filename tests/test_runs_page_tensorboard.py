"""The Runs page's TensorBoard lines (AppTest): where to point `tensorboard --logdir`, and event files written on
request for a run made before runs wrote them, read back with TensorBoard's own reader."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from cnnviz.arch.presets import PRESETS
from cnnviz.runs import store as runs
from cnnviz.train import tblog

PAGE = str(Path(__file__).resolve().parent.parent / "pages" / "build" / "runs.py")
HISTORY = [{"epoch": e, "loss": 1.0 / e, "accuracy": 0.5 + e / 10, "val_loss": 1.2 / e, "val_accuracy": 0.4 + e / 10,
            "elapsed": 3.0 * e} for e in (1, 2, 3)]


def scalars(folder: Path, tag: str) -> dict[int, float]:
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator
    from tensorboard.util import tensor_util

    accumulator = EventAccumulator(str(folder), size_guidance={"tensors": 0})
    accumulator.Reload()
    return {e.step: float(tensor_util.make_ndarray(e.tensor_proto)) for e in accumulator.Tensors(tag)}


def test_an_old_run_gets_its_event_files_from_its_history(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run_dir = runs.create_run(PRESETS["lenet5"].architecture, {"dataset": "mnist", "learning_rate": 0.01}, "old run",
                              61_706, root=tmp_path)
    for entry in HISTORY:
        runs.append_history(run_dir, entry)
    runs.update_run(run_dir, status="finished")
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(tmp_path))
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.session_state["runs_selected"] = str(run_dir)
    at.run()
    assert f"`tensorboard --logdir {tmp_path}`" in at.caption[1].value
    assert not tblog.has_events(run_dir)
    at.button(key="runs_write_events").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert [s.value for s in at.success] == ["Written: TensorBoard now shows this run."]
    assert scalars(run_dir / tblog.TRAIN_DIR, "epoch_loss") == pytest.approx({h["epoch"]: h["loss"] for h in HISTORY})
    assert scalars(run_dir / tblog.VALIDATION_DIR, "epoch_accuracy") == pytest.approx(
        {h["epoch"]: h["val_accuracy"] for h in HISTORY})
    at.run()
    assert not [b for b in at.button if b.key == "runs_write_events"]  # it has its files now
