"""Class-server faults (issue 20): a killed Dask worker, a restarted scheduler, a run folder that cannot be written.
Real processes: a separate cluster started with the README's commands (tests/dask_cluster.py), or the embedded one.
Every job here trains far longer than the test needs, and is stopped (or dies) before the test ends."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cnnviz.arch.presets import PRESETS
from cnnviz.i18n import CnnvizError
from cnnviz.runs import layout
from cnnviz.runs import store as runs
from cnnviz.train import jobs
from cnnviz.train.config import TrainingConfig
from cnnviz.train.progress import RunStream
from tests.dask_cluster import DaskCluster

pytestmark = pytest.mark.slow
SMALL = PRESETS["scratch-convnet"].architecture
LONG = TrainingConfig(dataset="mnist", sample=True, epochs=1000, batch_size=32, limit=1600, early_stopping=False,
                      record_snapshots=False)
SHORT = TrainingConfig(dataset="mnist", sample=True, epochs=1, batch_size=32, limit=320, early_stopping=False,
                       record_snapshots=False)


def wait_until(predicate, timeout: float = 300.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.5)


def status(run_dir: Path) -> str:
    return runs.load_run(run_dir).status


def epochs_in_history(run_dir: Path) -> list[int]:
    try:
        return [entry["epoch"] for entry in json.loads((run_dir / runs.HISTORY_FILE).read_text())]
    except (OSError, json.JSONDecodeError):
        return []


def has_a_worker(runtime: jobs.JobRuntime) -> bool:
    try:
        return bool(runtime.client.scheduler_info(n_workers=-1).get("workers"))
    except OSError:
        return False


def unfinished_tasks(dask_scheduler) -> list[str]:
    return [str(key) for key, task in dask_scheduler.tasks.items() if task.state not in ("memory", "erred")]


def separate_runtime(address: str) -> jobs.JobRuntime:
    return jobs.JobRuntime(jobs.RuntimeSettings(scheduler=address, workers=1, threads_per_job=1,
                                                memory_limit=jobs.parse_bytes("4GB"), jobs_per_workspace=1, gpus=0))


def embedded_runtime(jobs_per_workspace: int = 1) -> jobs.JobRuntime:
    return jobs.JobRuntime(jobs.RuntimeSettings(scheduler=None, workers=1, threads_per_job=1,
                                                memory_limit=jobs.parse_bytes("4GB"),
                                                jobs_per_workspace=jobs_per_workspace, gpus=0))


# ---- item 22: a killed worker never re-runs its job into the same folder ---------------------------------------


@pytest.mark.parametrize("retrying_scheduler", [False, True], ids=["readme-scheduler", "scheduler-that-retries"])
def test_a_killed_worker_fails_its_run_and_nothing_trains_it_again(tmp_path: Path, retrying_scheduler: bool) -> None:
    cluster = DaskCluster(tmp_path / "dask.log", retrying_scheduler=retrying_scheduler).start()
    runtime = separate_runtime(cluster.address)
    try:
        wait_until(lambda: has_a_worker(runtime), what="the cluster")
        run_dir = jobs.queue_training(runtime, "alice", tmp_path / "runs", SMALL, LONG, "killed", images=5000)
        wait_until(lambda: len(epochs_in_history(run_dir)) >= 2, what="two epochs")
        worker_pid = runs.read_json(run_dir / runs.RUN_FILE)["worker"]["pid"]
        os.kill(worker_pid, signal.SIGKILL)  # the nanny starts a new worker process
        wait_until(lambda: status(run_dir) == "failed", what="the run to fail")
        info = runs.load_run(run_dir)
        assert info.message.startswith("the worker died"), info.message
        assert "memory limit (" not in info.message  # a 4 GB-limit worker using a few hundred MB did not run out
        # the new worker had every chance to start it again: the scheduler has forgotten the task
        wait_until(lambda: not runtime.client.run_on_scheduler(unfinished_tasks), what="the task to end")
        kept = epochs_in_history(run_dir)
        assert kept == list(range(1, len(kept) + 1)) and len(kept) >= 2  # 1, 2, ... never again from 1
        assert status(run_dir) == "failed"
    finally:
        runtime.close()
        cluster.stop()


def test_a_job_refuses_to_train_a_run_folder_that_was_already_started(tmp_path: Path) -> None:
    run_dir = runs.create_run(SMALL, SHORT.to_dict(), "started once", 0, root=tmp_path, status="queued")
    runs.append_history(run_dir, {"epoch": 1, "loss": 1.0})
    assert runs.claim_start(run_dir)  # the first job's start, whose worker then died
    assert jobs.run_job(str(run_dir)) == "failed"
    info = runs.load_run(run_dir)
    assert info.status == "failed" and info.message.startswith("the worker died")
    assert epochs_in_history(run_dir) == [1] and not (run_dir / layout.INITIAL_WEIGHTS).exists()


# ---- item 23: a restarted scheduler is used again ---------------------------------------------------------------


def test_after_the_scheduler_restarts_the_app_reconnects_and_says_training_is_unavailable_meanwhile(
        tmp_path: Path) -> None:
    cluster = DaskCluster(tmp_path / "dask.log").start()
    runtime = separate_runtime(cluster.address)
    runs_dir = tmp_path / "runs"
    try:
        wait_until(lambda: has_a_worker(runtime), what="the cluster")
        cluster.kill_scheduler()
        cluster.stop_workers()
        wait_until(lambda: runtime._client.status != "running", what="the lost scheduler to be noticed")
        with pytest.raises(jobs.JobRefused) as refused:
            jobs.queue_training(runtime, "alice", runs_dir, SMALL, SHORT, "while down", images=5000)
        assert refused.value.key == "jobs.unavailable"
        assert not runs_dir.exists() or not list(runs_dir.iterdir())  # no failed run left behind
        assert str(runtime.unavailable()).startswith("training is unavailable")  # what the Train page shows

        cluster.start()  # the same port
        wait_until(lambda: runtime.unavailable() is None, what="the reconnection")
        run_dir = jobs.queue_training(runtime, "alice", runs_dir, SMALL, SHORT, "after the restart", images=5000)
        wait_until(lambda: status(run_dir) == "finished", what="the job to train on the restarted cluster")
    finally:
        runtime.close()
        cluster.stop()


# ---- item 24: a run folder that cannot be written ---------------------------------------------------------------


def make_unwritable(folder: Path) -> None:
    """Nobody may create files in `folder` (root ignores permissions: the immutable attribute stops it too)."""
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
            pytest.skip("this filesystem cannot make a folder unwritable for root (chattr +i)")
    else:
        folder.chmod(0o555)


def make_writable(folder: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    else:
        folder.chmod(0o755)


def test_a_run_folder_that_cannot_be_written_fails_its_run_and_frees_the_workspace(tmp_path: Path) -> None:
    runtime = embedded_runtime().start()
    runs_dir = tmp_path / "runs"
    run_dir = None
    try:
        run_dir = jobs.queue_training(runtime, "alice", runs_dir, SMALL, LONG, "unwritable", images=5000)
        wait_until(lambda: len(epochs_in_history(run_dir)) >= 1, what="the first epoch")
        make_unwritable(run_dir)
        try:
            wait_until(lambda: not runs.load_run(run_dir).active, timeout=240, what="the run to end")
            with pytest.raises(CnnvizError) as refused:  # Stop says what is wrong, in words
                jobs.JobRuntime.stop(run_dir)
            assert str(run_dir) in str(refused.value)
        finally:
            make_writable(run_dir)
        info = runs.load_run(run_dir)
        assert not info.active and info.epochs_done >= 1 and runs.job_alive(run_dir) is False
        progress = RunStream(run_dir).update().progress(info.status, info.status_message)
        assert str(progress.note).startswith(f"could not write its run folder {run_dir}")
        # the workspace is free again: its next job trains
        second = jobs.queue_training(runtime, "alice", runs_dir, SMALL, SHORT, "next", images=5000)
        wait_until(lambda: status(second) == "finished", what="the workspace's next job")
    finally:
        if run_dir is not None:
            make_writable(run_dir)
            runs.request_stop(run_dir)
        runtime.close()


def test_a_running_run_whose_job_ended_is_not_alive_while_its_process_lives(tmp_path: Path) -> None:
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])  # a live worker process
    try:
        run_dir = runs.create_run(SMALL, SHORT.to_dict(), "orphaned", 0, root=tmp_path, status="queued")
        runs.update_run(run_dir, status="running", pid=process.pid, worker={"host": runs.this_process()["host"],
                                                                           "pid": process.pid})
        assert status(run_dir) == "running"  # no heartbeat yet: its process decides
        runs.write_heartbeat(run_dir, rss=1000)
        assert status(run_dir) == "running"
        old = time.time() - runs.HEARTBEAT_STALE_SECONDS - 60
        os.utime(run_dir / runs.HEARTBEAT_FILE, (old, old))  # the job went silent
        assert status(run_dir) == runs.INTERRUPTED
        runs.write_heartbeat(run_dir, rss=1000, ended=True)  # or said it ended
        assert status(run_dir) == runs.INTERRUPTED
    finally:
        process.kill()
        process.wait()


# ---- item 27: what a killed worker's run says, the embedded cluster's HTTP port ------------------------------------


def test_a_killed_worker_is_out_of_memory_only_when_a_nanny_stopped_it_for_memory(tmp_path: Path) -> None:
    """kill -9 of a worker that used 1.2 GB of 16 GB once read "passed its memory limit (16.48 GB)". Only a nanny's
    "worker-restart-memory" event for that worker makes it "ran out of memory"; otherwise the worker died, with the
    memory its last heartbeat reported."""
    run_dir = runs.create_run(SMALL, SHORT.to_dict(), "killed", 0, root=tmp_path, status="queued")
    limit = jobs.parse_bytes("16GiB")
    runs.write_heartbeat(run_dir, rss=jobs.parse_bytes("1.2GiB"))
    died = jobs.killed_worker_message(run_dir, limit, nanny_saw=None)
    assert died.key == "jobs.worker_died_unknown" and "1.20 GB" in str(died)
    assert jobs.killed_worker_message(run_dir, limit, nanny_saw=limit).key == "jobs.out_of_memory"

    class Scheduler:  # the two answers a client can give
        def __init__(self, events: list) -> None:
            self.events = events

        def get_events(self, topic: str) -> list:
            assert topic == jobs.MEMORY_EVENT
            return self.events

    seen = [(0.0, {"worker": "tcp://127.0.0.1:4001", "pid": 7, "rss": 123})]
    assert jobs.memory_stop_of(Scheduler(seen), "tcp://127.0.0.1:4001", tries=1) == 123
    assert jobs.memory_stop_of(Scheduler(seen), "tcp://127.0.0.1:4002", tries=1) is None


def test_the_embedded_cluster_serves_no_http_on_the_network_nor_on_8787() -> None:
    runtime = embedded_runtime().start()
    try:
        server = runtime._cluster.scheduler.http_server
        bound = [sock.getsockname() for sock in server._sockets.values()]
        assert bound and all(host == "127.0.0.1" and port != 8787 for host, port, *_ in bound), bound
    finally:
        runtime.close()


# ---- item 26: the queue goes round the workspaces ---------------------------------------------------------------


def test_the_queue_is_fair_between_workspaces(tmp_path: Path) -> None:
    """One slot; one workspace queues three jobs, then a classmate queues one: the classmate's starts second. (Three
    jobs per workspace may train at once here, so nothing but the queue's order decides which job takes the slot.)"""
    runtime = embedded_runtime(jobs_per_workspace=3).start()
    queued: list[Path] = []
    try:
        queued = [jobs.queue_training(runtime, "alice", tmp_path / "alice", SMALL, LONG, f"alice {n}", images=5000)
                  for n in (1, 2, 3)]
        first, second, third = queued
        wait_until(lambda: status(first) == "running", what="the first job")
        classmate = jobs.queue_training(runtime, "bob", tmp_path / "bob", SMALL, LONG, "bob", images=5000)
        queued.append(classmate)
        runs.request_stop(first)
        wait_until(lambda: status(first) == "stopped", what="the stop")
        wait_until(lambda: "running" in {status(classmate), status(second), status(third)}, what="the next job")
        assert status(classmate) == "running" and status(second) == status(third) == "queued"
    finally:
        for run_dir in queued:
            runs.request_stop(run_dir)
        runtime.close()


def test_the_queue_place_counts_the_runs_that_start_before_it(tmp_path: Path) -> None:
    def run(name: str, created: str) -> runs.RunInfo:
        return runs.RunInfo(tmp_path / name, name, "mnist", 1, None, created, "queued", (28, 28, 1))

    alice2, alice3, bob = run("a2", "10:00:01"), run("a3", "10:00:02"), run("b1", "10:00:03")
    turns = {alice2.path: 1, alice3.path: 2, bob.path: 0}
    place = jobs.queue_place(bob, [alice2, alice3, bob], [60.0], {alice2.path: 60.0, alice3.path: 60.0}, 1, turns)
    assert place.ahead == 0 and place.wait_seconds == 60.0
    assert jobs.queue_place(alice3, [alice2, alice3, bob], [60.0], {}, 1, turns).ahead == 2
