"""A run folder written by cnnviz before the core moved into sub-packages (tests/data/run_written_before_the_house,
made by that version's own code: a one-epoch tiny MNIST network, stopped by the user) opens unchanged: listed with
its status and stored message in both languages, its files read, its model loaded and predicting, its stream read."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from cnnviz.i18n import language_scope
from cnnviz.runs import files
from cnnviz.runs import store as runs

BEFORE = Path(__file__).resolve().parent / "data" / "run_written_before_the_house"


@pytest.fixture
def old_run(tmp_path: Path) -> Path:
    copy = tmp_path / "runs" / BEFORE.name
    shutil.copytree(BEFORE, copy)
    return copy


def test_it_is_listed_with_its_status_and_stored_message(old_run: Path) -> None:
    [info] = runs.list_runs(old_run.parent)
    assert (info.name, info.status, info.dataset, info.params) == ("written before the house", "stopped", "mnist", 3226)
    assert info.epochs_done == 1 and info.test_accuracy == 0.5 and info.problems == ()
    with language_scope("en"):
        assert info.message == "stopped by the user; the model trained so far is saved"
    with language_scope("ko"):
        assert info.message.startswith("사용자가 멈췄습니다")


def test_its_files_are_read_and_its_model_predicts(old_run: Path) -> None:
    from cnnviz.inspect.predict import predictor_for_run

    assert files.read_architecture(old_run).value is not None
    assert files.read_stored_config(old_run).value["dataset"] == "mnist"
    assert runs.load_history(old_run)[0]["epoch"] == 1
    predictor = predictor_for_run(old_run)
    probabilities = predictor.probabilities(np.zeros((28, 28, 1), np.float32))
    assert probabilities.shape == (10,) and abs(float(probabilities.sum()) - 1.0) < 1e-5


def test_its_event_stream_reads_as_a_stopped_run(old_run: Path) -> None:
    from cnnviz.train.progress import RunStream

    progress = RunStream(old_run).progress("stopped", None)
    assert progress.state == "stopped"


def test_a_message_stored_under_a_key_since_renamed_is_shown_in_the_readers_language(old_run: Path) -> None:
    """A failure message older versions stored as `common.error_where` (now `general.error_where`), with an
    explanation key under `explain.*` (now `inspect.*`) nested inside it."""
    import json

    run_json = old_run / runs.RUN_FILE
    data = json.loads(run_json.read_text(encoding="utf-8"))
    data.update(status="failed", message="mnist.npz: unreadable", message_key="common.error_where",
                message_params={"where": "mnist.npz", "reason": {"$message": {
                    "key": "explain.error.no_layer", "params": {"layer": "conv9", "layers": "conv1, conv2"}}}})
    run_json.write_text(json.dumps(data), encoding="utf-8")
    info = runs.load_run(old_run)
    with language_scope("ko"):
        korean = info.message
    with language_scope("en"):
        english = info.message
    assert english.startswith("mnist.npz: ") and "conv9" in english and english != "mnist.npz: unreadable"
    assert korean.startswith("mnist.npz: ") and korean != english
