"""The Train page's live texts in both languages: the progress line, the queue message and the results, whose English
words stay what the browser tests look for, and whose Korean leaves no English sentence behind."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from cnnviz import i18n
from cnnviz.runs import store as runs
from cnnviz.train.progress import Progress
from pages.build.training import dataset_choice_label, progress_line, queue_message
from tests.visible_text import english_sentences, page_texts


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language("en")


def progress(**fields) -> Progress:
    base = dict(state="running", phase="training", note=None, run_dir=None, epoch=2, epochs=5, batch=7,
                batches_per_epoch=10, val_batch=0, val_batches=0, samples_per_s=1234.4, elapsed=75.0, eta=30.0,
                n_events=0, last_batch=None, last_epoch=None, final_metrics={}, test_metrics={},
                mixed_precision=False, replicas=1)
    return Progress(**{**base, **fields})


@pytest.mark.parametrize(("fields", "english", "korean"), [
    ({}, "Epoch 2/5 · batch 7/10 · 1,234 samples/s · elapsed 1:15 · ETA 30 s",
     "에포크 2/5 · 배치 7/10 · 초당 샘플 1,234개 · 경과 1:15 · 남은 시간 30 s"),
    ({"eta": None, "samples_per_s": 0.0}, "Epoch 2/5 · batch 7/10 · elapsed 1:15 · ETA estimating…",
     "에포크 2/5 · 배치 7/10 · 경과 1:15 · 남은 시간 추정 중…"),
    ({"phase": "validating", "val_batch": 2, "val_batches": 4, "samples_per_s": 0.0, "elapsed": 9.4},
     "Epoch 2/5 · batch 7/10 · elapsed 9 s · validating: batch 2/4",
     "에포크 2/5 · 배치 7/10 · 경과 9 s · 검증 중: 배치 2/4"),
    ({"phase": "evaluating on the test set", "samples_per_s": 0.0},
     "Epoch 2/5 · batch 7/10 · elapsed 1:15 · evaluating on the test set…",
     "에포크 2/5 · 배치 7/10 · 경과 1:15 · 테스트 세트로 평가하는 중…"),
    ({"state": "queued", "phase": "waiting in the queue", "batches_per_epoch": 0},
     "Waiting in the queue…", "대기열에서 기다리는 중…"),
    ({"phase": "loading the dataset", "batches_per_epoch": 0}, "Loading the dataset…", "데이터셋을 불러오는 중…"),
])
def test_the_progress_line_in_both_languages(fields: dict, english: str, korean: str) -> None:
    p = progress(**fields)
    assert progress_line(p) == english
    i18n.set_language("ko")
    assert progress_line(p) == korean


@dataclass
class _Workspace:  # what queue_message asks of a workspace: its runs
    infos: list[runs.RunInfo]

    def list_runs(self) -> list[runs.RunInfo]:
        return self.infos


def _info(tmp_path: Path, name: str, status: str, created: str) -> runs.RunInfo:
    return runs.RunInfo(tmp_path / name, name, "mnist", 100, None, created, status, (28, 28, 1))


def test_the_queue_message_counts_the_jobs_ahead_in_both_languages(tmp_path: Path) -> None:
    running = _info(tmp_path, "a", "running", "2026-01-01T10:00:00")
    first = _info(tmp_path, "b", "queued", "2026-01-01T10:01:00")
    mine = _info(tmp_path, "c", "queued", "2026-01-01T10:02:00")
    workspaces = [_Workspace([running, first]), _Workspace([mine])]
    assert queue_message(mine, workspaces, 1) == (
        "Waiting in the queue: place 2. Jobs ahead of yours: 1; worker slots training now: 1 of 1. "
        "Start in less than a minute.")
    i18n.set_language("ko")
    assert queue_message(mine, workspaces, 1) == (
        "대기열에서 기다리는 중: 2번째 (앞에 작업 1개, 워커 자리 1개에서 지금 1개 훈련 중). 시작까지 1분 이내.")
    assert queue_message(first, [_Workspace([first])], 1) == "시작하는 중: 훈련 워커가 이 작업을 맡고 있습니다."


def test_the_dataset_labels_are_translated_and_keep_their_english() -> None:
    assert dataset_choice_label("cifar10", {}) == "CIFAR-10: 60,000 colour photos 32×32×3 (Keras cache or download)"
    i18n.set_language("ko")
    assert dataset_choice_label("cifar10", {}) == "CIFAR-10: 컬러 사진 60,000장 32×32×3 (Keras 캐시 또는 내려받기)"


def _results(lang: str) -> None:
    from cnnviz import i18n
    from pages.build.training import render_results
    from tests.test_train_page_texts import progress

    with i18n.language_scope(lang):
        render_results(progress(state="stopped", phase="stopped", final_metrics={
            "epoch": 3, "partial": True, "train_accuracy": 0.9, "train_loss": 0.3, "val_accuracy": 0.85,
            "val_loss": 0.41}, test_metrics={"n": 1000, "accuracy": 0.8125, "loss": None}))


def _render(lang: str) -> AppTest:
    at = AppTest.from_function(_results, kwargs={"lang": lang}, default_timeout=60)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_the_results_keep_their_english_labels() -> None:
    at = _render("en")
    assert [(m.label, m.value, m.proto.delta) for m in at.metric] == [
        ("Epoch 3 (partial): train accuracy", "0.9000", "loss 0.3000"),
        ("Epoch 3 (partial): validation accuracy", "0.8500", "loss 0.4100"),
        ("Final test (1,000 images) accuracy", "0.8125", "–")]
    assert at.warning[0].value == "Stopped."
    assert at.caption[0].value.endswith("it is drawn as an open circle and not counted as an epoch.")


def test_the_results_in_korean_leave_no_english_sentence() -> None:
    at = _render("ko")
    assert [m.label for m in at.metric] == ["에포크 3 (일부): 훈련 정확도", "에포크 3 (일부): 검증 정확도",
                                            "최종 테스트 세트 (이미지 1,000장) 정확도"]
    assert at.metric[0].proto.delta == "손실 0.3000"
    assert at.warning[0].value == "중지했습니다."
    assert english_sentences(page_texts(at)) == []


def test_a_sweep_runs_value_reads_like_the_core_label_in_english_and_names_the_layer_in_korean() -> None:
    from cnnviz.train.sweeps import SweepTag
    from pages.build.sweep import tag_label

    layered = SweepTag(group="g", setting="filters", value=64, layer=3, index=0, count=2)
    plain_tag = SweepTag(group="g", setting="learning_rate", value=0.001, layer=None, index=1, count=2)
    assert [tag_label(layered), tag_label(plain_tag)] == [layered.label, plain_tag.label] == [
        "filters (layer 3)=64", "learning_rate=0.001"]
    i18n.set_language("ko")
    assert [tag_label(layered), tag_label(plain_tag)] == ["filters (3번째 층)=64", "learning_rate=0.001"]


def test_a_run_left_running_by_a_dead_job_shows_as_interrupted_without_a_stop_button(tmp_path: Path,
                                                                                     monkeypatch) -> None:
    """Its folder still says "running" (the page watches it slowly, in case one read judged wrong), but no live
    process owns it: no Stop, the interrupted note, no traceback (reading the stored status once broke the page)."""
    import subprocess
    import sys

    from tests.inspect_helpers import TINY_ARCH, TINY_CONFIG

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    run_dir = runs.create_run(TINY_ARCH, TINY_CONFIG, "left running", 100, root=tmp_path / "runs")
    runs.update_run(run_dir, status="running", pid=int(dead.stdout), worker={"host": None, "pid": int(dead.stdout)})
    assert runs.stored_status(run_dir) == "running" and runs.load_run(run_dir).status == runs.INTERRUPTED
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(tmp_path / "runs"))
    at = AppTest.from_file(str(Path(__file__).resolve().parent.parent / "app.py"), default_timeout=120)
    at.session_state["train_active_run"] = run_dir  # the session that started it
    at.switch_page("pages/build/train.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.header[0].value == "Run: left running"
    assert not [b for b in at.button if b.key == "train_stop"]
    assert any("interrupted" in w.value.lower() for w in at.warning), [w.value for w in at.warning]
