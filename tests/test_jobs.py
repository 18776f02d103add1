"""Training on Dask worker processes: the run folder is the only channel between the server and the job."""

from __future__ import annotations

import os
import sys
import time
import types
from pathlib import Path

import numpy as np
import pytest

from cnnviz.arch.presets import PRESETS
from cnnviz.runs import layout
from cnnviz.runs import store as runs
from cnnviz.train import jobs
from cnnviz.train.config import TrainingConfig
from cnnviz.train.progress import RunStream

pytestmark = pytest.mark.slow
SMALL = PRESETS["scratch-convnet"].architecture
CONFIG = TrainingConfig(dataset="mnist", sample=True, epochs=2, batch_size=32, limit=320, early_stopping=False,
                        record_snapshots=False)


def settings(memory: str = "4GB", workers: int = 1) -> jobs.RuntimeSettings:
    return jobs.RuntimeSettings(scheduler=None, workers=workers, threads_per_job=1,
                                memory_limit=jobs.parse_bytes(memory), jobs_per_workspace=1, gpus=0)


def wait_until(predicate, timeout: float = 240.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.25)


def status(run_dir: Path) -> str:
    return runs.load_run(run_dir).status


@pytest.fixture(scope="module")
def runtime(tmp_path_factory: pytest.TempPathFactory):
    # Inside the server, Streamlit installs the page script that is running as __main__; multiprocessing's spawn
    # would run it again in every worker it starts. A page script that fails outside a page stands in for it.
    page = tmp_path_factory.mktemp("page") / "page.py"
    page.write_text("raise RuntimeError('a page script ran in a worker process')\n", encoding="utf-8")
    page_as_main = types.ModuleType("__main__")
    page_as_main.__file__ = str(page)
    real_main = sys.modules["__main__"]
    sys.modules["__main__"] = page_as_main
    try:
        runtime = jobs.JobRuntime(settings()).start()
        yield runtime
        runtime.close()
    finally:
        sys.modules["__main__"] = real_main


def test_a_queued_job_trains_in_a_worker_process_and_streams_to_its_folder(runtime, tmp_path: Path) -> None:
    run_dir = jobs.queue_training(runtime, "alice", tmp_path, SMALL, CONFIG, "in a worker", images=1400)
    assert runs.read_json(run_dir / runs.RUN_FILE)["status"] == "queued"
    wait_until(lambda: status(run_dir) == "finished")
    record = runs.read_json(run_dir / runs.RUN_FILE)
    assert record["worker"]["pid"] != os.getpid()  # the server process never trained
    stream = RunStream(run_dir).update()
    progress = stream.progress(status(run_dir))
    assert progress.state == "finished" and progress.epochs == 2 and progress.test_metrics["n"] == 1000
    assert [e.epoch for e in stream.events if e.kind == "epoch"] == [1, 2]
    assert len(runs.load_history(run_dir)) == 2 and (run_dir / runs.FINAL_MODEL).exists()


def test_a_workspace_trains_one_job_at_a_time_and_a_queued_job_stops_without_training(runtime, tmp_path) -> None:
    first = jobs.queue_training(runtime, "bob", tmp_path, SMALL, CONFIG, "first", images=1400)
    second = jobs.queue_training(runtime, "bob", tmp_path, SMALL, CONFIG, "second", images=1400)
    wait_until(lambda: status(first) == "running")
    assert status(second) == "queued"
    jobs.JobRuntime.stop(second)
    wait_until(lambda: status(second) == "stopped")
    assert runs.load_run(second).message == "stopped before training began" and not runs.load_history(second)
    wait_until(lambda: status(first) == "finished")


def test_a_job_too_big_for_the_workers_is_refused_before_anything_is_spent(runtime, tmp_path: Path) -> None:
    from cnnviz.arch.spec import Architecture, Dense, Flatten

    giant = Architecture((28, 28, 1), (Flatten(), Dense(1_000_000, activation="relu"),
                                       Dense(10, activation="softmax")))  # ~795 million parameters
    with pytest.raises(jobs.JobRefused) as refused:
        jobs.queue_training(runtime, "carol", tmp_path, giant, CONFIG, "giant", images=1400)
    message = str(refused.value)
    assert "needs about" in message and "dense (Dense)" in message and "fewer units" in message
    assert not list(tmp_path.iterdir())  # no run folder was written


def train_then_exhaust_memory(run_dir: str, workspace: str, jobs_per_workspace: int, threads: int) -> str:
    """A job that, after its first epoch is recorded, takes far more memory than its worker may have."""
    from cnnviz.train.job import TrainingJob

    jobs.prepare_worker(threads)
    job = TrainingJob.from_run_folder(Path(run_dir))
    hog: list[np.ndarray] = []
    job._on_epoch = lambda event: hog.append(np.ones(3 * 1024**3 // 8))
    job.run()
    return job.state


def test_a_worker_killed_for_memory_fails_its_run_and_keeps_its_history(tmp_path: Path) -> None:
    runtime = jobs.JobRuntime(settings(memory="2GiB")).start()
    try:
        run_dir = runs.create_run(SMALL, CONFIG.to_dict(), "memory hog", 1, root=tmp_path, status="queued",
                                  queued_by={**runs.this_process(), "scheduler": "embedded"})
        runtime.submit(run_dir, "dave", function=train_then_exhaust_memory)
        wait_until(lambda: status(run_dir) == "failed")
        info = runs.load_run(run_dir)
        assert info.message.startswith("ran out of memory") and "2.00 GB" in info.message
        assert len(runs.load_history(run_dir)) == 1 and (run_dir / runs.BEST_MODEL).exists()  # what was done stays
        assert "The 1 epoch(s) done and the best checkpoint are kept." in info.message
        assert RunStream(run_dir).update().progress(info.status).state == "failed"
    finally:
        runtime.close()


def exhaust_memory_at_once(run_dir: str, workspace: str, jobs_per_workspace: int, threads: int) -> str:
    """A job killed before its first epoch: it says it runs, then takes far more memory than its worker may have."""
    runs.update_run(run_dir, status="running")
    hog = [np.ones(1024**3 // 8) for _ in range(3)]
    return str(len(hog))


def test_a_worker_killed_before_its_first_epoch_says_nothing_was_kept(tmp_path: Path) -> None:
    runtime = jobs.JobRuntime(settings(memory="1GiB")).start()
    try:
        run_dir = runs.create_run(SMALL, CONFIG.to_dict(), "early hog", 1, root=tmp_path, status="queued",
                                  queued_by={**runs.this_process(), "scheduler": "embedded"})
        runtime.submit(run_dir, "erin", function=exhaust_memory_at_once)
        wait_until(lambda: status(run_dir) == "failed")
        message = runs.load_run(run_dir).message
        assert message.startswith("ran out of memory") and "no epoch and no checkpoint were kept" in message
        assert "best checkpoint are kept" not in message
        assert not runs.load_history(run_dir) and not (run_dir / runs.BEST_MODEL).exists()
    finally:
        runtime.close()


def test_the_cli_trains_on_the_cluster_when_asked(tmp_path: Path) -> None:
    import subprocess
    import sys

    out = tmp_path / "cli-run"
    result = subprocess.run([sys.executable, "-m", "cnnviz", "train", "--preset", "scratch-convnet", "--dataset",
                             "mnist", "--sample", "--epochs", "1", "--limit", "200", "--out", str(out), "--cluster"],
                            capture_output=True, text=True, timeout=600, env={**os.environ, "CNNVIZ_WORKERS": "1"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert "epoch 1/1: loss" in result.stdout and "finished: test accuracy" in result.stdout
    record = runs.read_json(out / runs.RUN_FILE)
    assert record["status"] == "finished" and record["worker"]["pid"] != record["queued_by"]["pid"]
    assert record["queued_by"]["scheduler"] == "embedded"


def test_a_job_sent_to_a_worker_too_small_for_it_is_refused_there_before_the_model_is_built(tmp_path: Path) -> None:
    from cnnviz.arch.spec import Architecture, Dense, Flatten

    # ~39 million parameters, about 2.8 GB to train: queued straight to the cluster (as a server that believed its
    # workers bigger would), it meets the same guard in the worker, before anything is built
    big = Architecture((28, 28, 1), (Flatten(), Dense(50_000, activation="relu"), Dense(10, activation="softmax")))
    runtime = jobs.JobRuntime(settings(memory="1.5GiB")).start()
    try:
        run_dir = runs.create_run(big, CONFIG.to_dict(), "too big here", 1, root=tmp_path, status="queued",
                                  queued_by={**runs.this_process(), "scheduler": "embedded"})
        runtime.submit(run_dir, "frank")
        wait_until(lambda: status(run_dir) == "failed")
        message = runs.load_run(run_dir).message
        assert message.startswith("training this network needs about") and "dense (Dense)" in message
        assert "1.50 GB" in message and not (run_dir / layout.INITIAL_WEIGHTS).exists()
    finally:
        runtime.close()
