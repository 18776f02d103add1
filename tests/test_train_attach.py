"""A session that finds a job it did not start (a reload, another tab, a restarted server) shows that job's settings
in the Train form, not the defaults: Start must not look as if it would train what is training (issue 19 item 3)."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from cnnviz.arch.presets import PRESETS
from cnnviz.arch.shapes import summarize
from cnnviz.arch.spec import Architecture, Dense, Flatten
from cnnviz.runs import store as runs
from cnnviz.train.config import TrainingConfig

PAGE = str(Path(__file__).resolve().parent.parent / "pages" / "build" / "train.py")
ELSEWHERE = {"scheduler": "tcp://cluster.example:8786"}  # queued on a separate cluster: it waits whatever happens


def queued_run(root: Path, arch: Architecture, config: TrainingConfig) -> Path:
    run_dir = runs.create_run(arch, config.to_dict(), "attached job", summarize(arch).total_params, root=root)
    runs.update_run(run_dir, status="queued", queued_by=ELSEWHERE)
    return run_dir


def test_a_reload_shows_the_settings_of_the_job_it_attaches_to(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(tmp_path))
    config = TrainingConfig(dataset="fashion_mnist", epochs=7, batch_size=64, learning_rate=0.002, limit=1000,
                            optimizer="sgd", patience=4, seed=7)
    queued_run(tmp_path, PRESETS["mnist-convnet"].architecture, config)
    at = AppTest.from_file(PAGE, default_timeout=120).run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.radio(key="train_arch_source").value == "preset"
    assert at.selectbox(key="train_preset").value == "mnist-convnet"
    assert at.selectbox(key="train_dataset").value == "fashion_mnist"
    assert at.selectbox(key="train_optimizer").value == "sgd"
    assert at.number_input(key="train_epochs").value == 7
    assert at.number_input(key="train_batch").value == 64
    assert at.number_input(key="train_lr").value == 0.002
    assert at.number_input(key="train_limit").value == 1000
    assert at.number_input(key="train_patience").value == 4
    assert at.number_input(key="train_seed").value == 7


def test_a_network_of_its_own_is_shown_as_the_build_network(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(tmp_path))
    own = Architecture((28, 28, 1), (Flatten(), Dense(10, activation="softmax")))
    queued_run(tmp_path, own, TrainingConfig(dataset="mnist", sample=True, epochs=3))
    at = AppTest.from_file(PAGE, default_timeout=120).run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.radio(key="train_arch_source").value == "build"
    assert at.session_state["build_architecture"] == own
    assert at.selectbox(key="train_dataset").value == "mnist_sample"
    assert at.number_input(key="train_epochs").value == 3
