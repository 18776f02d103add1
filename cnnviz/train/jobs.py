"""Training jobs on Dask distributed: worker processes train, the server only serves.

By default the server starts one embedded `LocalCluster` of worker *processes* (one per GPU, else one per two
cores; `CNNVIZ_WORKERS` sets it). With `CNNVIZ_SCHEDULER=tcp://host:8786` it uses an existing Dask cluster instead
(`dask scheduler` + `dask worker tcp://host:8786 --resources GPU=1`), whose workers need cnnviz installed and the
run folders on a shared filesystem. The same job function, `run_job`, runs in both.

A job is a run folder first: the server writes it "queued" (architecture, settings, name), then submits
`run_job(run_dir)` with `fire_and_forget`, so the scheduler keeps it even if the server goes away. The worker
trains it with `TrainingJob` and writes everything to the folder: history, checkpoints and the event stream the
pages tail. Stop is a file in the folder, read every batch. The queue is Dask's: as many jobs train at once as
there are worker slots, and a workspace's jobs take turns through a Dask `Semaphore` (waiting without holding a
slot: `secede`/`rejoin`). Jobs are never retried: they are submitted with `retries=0`, and since a cluster may
still re-run a task whose worker died (the scheduler's `allowed-failures`), the job itself refuses to train a run
folder that was already started (`runs.claim_start`) and fails it with "the worker died". A worker that died
fails its run with "ran out of memory" when its last heartbeat was near the memory limit, else "the worker died",
saying which of its epochs and best checkpoint were written before. A run is alive only while its job's heartbeat
beats (`runs.job_alive`).

With a separate scheduler, the connection is watched: while the scheduler cannot be reached, `unavailable()`
says so (the Train page disables Start with that message) and a background thread reconnects, so a restarted
scheduler is used again without restarting the server.
"""

from __future__ import annotations

import contextlib
import functools
import math
import os
import threading
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cnnviz.arch.memory import TERMINATE_FRACTION, WORKER_MEMORY_ENV, parse_bytes
from cnnviz.i18n import CnnvizError, Message, msg, t
from cnnviz.runs import layout
from cnnviz.runs import store as runs

SCHEDULER_ENV = "CNNVIZ_SCHEDULER"
WORKERS_ENV = "CNNVIZ_WORKERS"
JOBS_PER_WORKSPACE_ENV = "CNNVIZ_JOBS_PER_WORKSPACE"
TASK_PREFIX = "cnnviz-train"
WORKER_NICE = 10  # training runs at a lower OS priority than the server, so clicks stay quick
MEMORY_SHARE = 0.7  # of the machine's memory, split between the embedded workers (the server keeps the rest)
# Multiply-adds per second one CPU job gets through, roughly: only for the "about N minutes" of a queued job.
ROUGH_MULADDS_PER_SECOND = 2e9
STARTUP_SECONDS = 10.0  # a job's start before its first batch: loading the data, building and compiling
# A killed worker whose last heartbeat used at least this share of its memory limit is taken to have run out of
# memory (Dask's nanny ends it at 95%; the heartbeat lags a few seconds behind a fast-growing job).
CONNECT_TIMEOUT = "15s"
RECONNECT_TIMEOUT = "5s"
RECONNECT_PAUSE = 2.0  # seconds between two attempts to reach a scheduler that is down


# ---- settings ------------------------------------------------------------------------------------


def total_memory() -> int:
    import psutil

    return int(psutil.virtual_memory().total)


def count_gpus() -> int:
    """NVIDIA GPUs this machine has, without importing TensorFlow (the server must stay light)."""
    visible = os.environ.get("CUDA_VISIBLE_DEVICES")
    if visible is not None:
        return len([d for d in visible.split(",") if d.strip() and d.strip() != "-1"])
    folder = Path("/proc/driver/nvidia/gpus")
    return len(list(folder.iterdir())) if folder.is_dir() else 0


@dataclass(frozen=True)
class RuntimeSettings:
    scheduler: str | None  # None: the embedded LocalCluster
    workers: int
    threads_per_job: int  # TensorFlow's threads per job: the cores shared out between the workers
    memory_limit: int  # bytes per worker: Dask's nanny restarts a worker past it
    jobs_per_workspace: int
    gpus: int

    @classmethod
    def from_environment(cls, environ: dict[str, str] | None = None) -> RuntimeSettings:
        env = os.environ if environ is None else environ
        gpus = count_gpus()
        cores = os.cpu_count() or 1
        workers = int(env.get(WORKERS_ENV) or 0) or gpus or max(1, cores // 2)
        memory = env.get(WORKER_MEMORY_ENV)
        return cls(scheduler=env.get(SCHEDULER_ENV) or None, workers=workers,
                   threads_per_job=max(1, cores // workers),
                   memory_limit=parse_bytes(memory) if memory else int(total_memory() * MEMORY_SHARE / workers),
                   jobs_per_workspace=max(1, int(env.get(JOBS_PER_WORKSPACE_ENV) or 1)), gpus=gpus)


# ---- in the worker ---------------------------------------------------------------------------------


def lower_priority(nice: int = WORKER_NICE) -> None:
    """Renice every thread of this process (Linux nice values are per thread; TensorFlow's pools, made later by
    these threads, inherit it)."""
    tasks = Path("/proc/self/task")
    threads = [int(t) for t in os.listdir(tasks)] if tasks.is_dir() else [0]
    for tid in threads:
        try:
            current = os.getpriority(os.PRIO_PROCESS, tid)
            if current < nice:
                os.setpriority(os.PRIO_PROCESS, tid, nice)
        except OSError:
            continue  # a thread that just ended, or a system that does not allow it


_prepared = threading.Event()


def prepare_worker(threads: int, nice: int = WORKER_NICE) -> None:
    """Once per worker process, before TensorFlow starts: a lower priority (training; an inference worker, which a
    person waits for, passes 0) and a bounded thread pool."""
    if _prepared.is_set():
        return
    _prepared.set()
    if nice:
        lower_priority(nice)
    os.environ["TF_NUM_INTRAOP_THREADS"] = str(threads)
    os.environ["TF_NUM_INTEROP_THREADS"] = "1"
    os.environ["OMP_NUM_THREADS"] = str(threads)
    import tensorflow as tf

    try:
        tf.config.threading.set_intra_op_parallelism_threads(threads)
        tf.config.threading.set_inter_op_parallelism_threads(1)
    except RuntimeError:
        pass  # TensorFlow was already initialised in this process: it keeps its pools


def _wait_for_turn(workspace: str, jobs_per_workspace: int, run_dir: Path) -> Any:
    """Take one of the workspace's job leases, waiting (without holding a worker slot) while its other jobs train.
    None if the run was stopped while it waited."""
    from distributed import Semaphore, rejoin, secede

    lease = Semaphore(max_leases=jobs_per_workspace, name=f"cnnviz-workspace-{workspace}")
    if lease.acquire(timeout=0.1):
        return lease
    secede()  # let other workspaces' jobs use this worker slot meanwhile
    try:
        while not lease.acquire(timeout=2):
            if runs.stop_requested(run_dir):
                return None
    finally:
        rejoin()  # back into the pool: waits for a free slot
    return lease


def run_job(run_dir: str, workspace: str = "local", jobs_per_workspace: int = 1, threads: int = 1) -> str:
    """Train the queued run in `run_dir` in this worker process; its final state. Never raises for a training
    problem (the run folder records it): an exception here means the job function itself broke."""
    from cnnviz.train.job import TrainingJob

    prepare_worker(threads)
    path = Path(run_dir)
    lease = None
    try:
        in_dask = _in_dask_worker()
        if in_dask:
            lease = _wait_for_turn(workspace, jobs_per_workspace, path)
        job = TrainingJob.from_run_folder(path)
        if in_dask and lease is None:
            job.stop()
        job.run()
        lower_priority()  # the threads TensorFlow started during this job
        return job.state
    finally:
        if lease is not None:
            lease.release()


def _in_dask_worker() -> bool:
    try:
        from distributed import get_worker

        get_worker()
        return True
    except (ImportError, ValueError):
        return False


# ---- in the server ---------------------------------------------------------------------------------

def mark_failed(run_dir: Path, message: Message | str) -> None:
    """A job that ended without being able to say so itself (its worker was killed): record it in the folder."""
    try:
        info = runs.load_run(run_dir)
    except runs.RunError:
        return
    if info.status in layout.ACTIVE or info.status == runs.INTERRUPTED:
        runs.update_run(run_dir, status="failed", **runs.message_fields(message), finished=runs.now_iso())
        runs.append_events(run_dir, [{"t": "state", "time": time.time(), "state": "failed", "phase": "failed",
                                      **runs.message_fields(message)}])


def kept_message(run_dir: Path) -> Message:
    """What a job that died left in its folder: the epochs in its history and whether a best checkpoint is there."""
    epochs = len(runs.load_history(run_dir))
    best = run_dir / runs.BEST_MODEL
    checkpoint = best.is_file() and zipfile.is_zipfile(best)  # a .keras file cut short by the kill is not one
    if epochs and checkpoint:
        return msg("jobs.kept_epochs_and_checkpoint", epochs=epochs)
    if epochs:
        return msg("jobs.kept_epochs", epochs=epochs)
    return msg("jobs.kept_nothing")


def killed_worker_message(run_dir: Path, limit: int, nanny_saw: int | None) -> Message:
    """Why a job's worker died. `nanny_saw`: the memory Dask's nanny measured when it stopped that worker for passing
    its budget (its "worker-restart-memory" event), or None when no nanny did: then the worker was killed or
    crashed (kill -9, a segfault), and the message says so with the memory its last heartbeat reported. Either
    way, what the folder really kept."""
    from cnnviz.arch.shapes import format_bytes

    if nanny_saw is not None:
        return msg("jobs.out_of_memory", limit=format_bytes(limit), kept=kept_message(run_dir))
    rss = (runs.read_heartbeat(run_dir) or {}).get("rss")
    used = format_bytes(rss) if isinstance(rss, int) else "?"
    return msg("jobs.worker_died_unknown", rss=used, limit=format_bytes(limit), kept=kept_message(run_dir))


MEMORY_EVENT = "worker-restart-memory"  # what a Dask nanny logs to the scheduler before it stops a worker


def memory_stop_of(client: Any, worker_address: str, tries: int = 6) -> int | None:
    """The memory (bytes) a nanny saw when it stopped the worker at `worker_address` for passing its budget, or
    None. The nanny's event reaches the scheduler about when the worker's death does: look a few times."""
    for attempt in range(tries):
        try:
            events = client.get_events(MEMORY_EVENT)
        except Exception:  # a scheduler gone too: no evidence either way
            return None
        for _, event in events:
            if isinstance(event, dict) and event.get("worker") == worker_address:
                return int(event.get("rss") or 0)
        if attempt < tries - 1:
            time.sleep(0.5)
    return None


def spawn_without_main_script() -> None:
    """Streamlit installs each page script as `sys.modules["__main__"]` while it runs, and multiprocessing's spawn
    re-runs the parent's `__main__` script in every new process: a worker started (or restarted by its nanny)
    while a page runs would execute that page. Workers import what they need by module name, so new processes
    of this one are spawned without the parent's main script."""
    import multiprocessing.spawn as spawn

    if getattr(spawn.get_preparation_data, "cnnviz_without_main", False):
        return
    original = spawn.get_preparation_data

    def preparation_data(name: str) -> dict:
        data = original(name)
        data.pop("init_main_from_path", None)
        return data

    preparation_data.cnnviz_without_main = True  # type: ignore[attr-defined]
    spawn.get_preparation_data = preparation_data


class JobRuntime:
    """The server's handle on the cluster: started once, on first use or at server start (`start()`)."""

    def __init__(self, settings: RuntimeSettings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._client: Any = None
        self._cluster: Any = None
        self._futures: dict[str, Any] = {}  # keeps the done-callbacks of this server's jobs alive
        self._error: str | None = None
        self._reconnecting: threading.Thread | None = None
        self._tried = False  # a first connection was attempted
        self._closed = False

    # -- starting --------------------------------------------------------------------------------

    def start(self, timeout: str = CONNECT_TIMEOUT) -> JobRuntime:
        with self._lock:
            if self._client is None or self._lost(self._client):
                self._drop_client()
                self._tried = True
                self._client = self._connect(timeout)
        return self

    @staticmethod
    def _lost(client: Any) -> bool:
        """A client that gave up on its scheduler (Dask closes it after failing to reconnect for its timeout)."""
        return client.status in ("closing", "closed", "failed")

    def _drop_client(self) -> None:
        if self._client is not None:
            with contextlib.suppress(Exception):  # already closed, or its scheduler is gone: nothing to release
                self._client.close(timeout=2)
            self._client = None

    def unavailable(self) -> Message | None:
        """Why no job can be queued right now (a separate scheduler that cannot be reached), or None. Never waits
        for the cluster: while it is unreachable, a background thread keeps reconnecting."""
        if self.embedded:
            return None
        if not self._tried:  # the first connection is made as before: the caller waits for it
            with contextlib.suppress(Exception):
                self.start()
        client = self._client
        if client is not None and client.status == "running":
            return None
        self._reconnect_in_background()
        return msg("jobs.unavailable", address=self.settings.scheduler)

    def _reconnect_in_background(self) -> None:
        with self._lock:
            if self._reconnecting is not None and self._reconnecting.is_alive():
                return
            self._reconnecting = threading.Thread(target=self._reconnect, name="cnnviz-cluster-reconnect",
                                                  daemon=True)
            self._reconnecting.start()

    def _reconnect(self) -> None:
        while not self._closed:
            client = self._client
            if client is not None and client.status == "running":
                return
            if client is None or self._lost(client):  # Dask's own client retries for a while: let it
                try:
                    self.start(RECONNECT_TIMEOUT)
                    continue
                except Exception:  # still unreachable
                    pass
            time.sleep(RECONNECT_PAUSE)

    def start_in_background(self) -> None:
        """Start the worker processes without making the caller (a page) wait for them."""
        if self._client is None and not self._lock.locked():
            threading.Thread(target=self.start, name="cnnviz-cluster-start", daemon=True).start()

    def _connect(self, timeout: str = CONNECT_TIMEOUT) -> Any:
        import dask
        from distributed import Client, LocalCluster

        spawn_without_main_script()

        # A job is never retried: a worker that died training it (most likely out of memory) ends the job.
        # The scheduler and client live in the web process: Dask's 20 ms event-loop tick (a monitor that only warns
        # when the loop was blocked) and its 0.5 s system monitor cost that process ~20 ms of CPU a second, idle,
        # taken from every student's click. Half a second and two seconds are plenty for training jobs.
        dask.config.set({"distributed.scheduler.allowed-failures": 0,
                         "distributed.worker.memory.terminate": TERMINATE_FRACTION,
                         "distributed.admin.tick.interval": "500ms",
                         "distributed.admin.system-monitor.interval": "2s"})
        if self.settings.scheduler:
            return Client(self.settings.scheduler, timeout=timeout)
        # Dask's scheduler always serves HTTP (its dashboard when bokeh is installed, else health and metrics), by
        # default on 8787 of every address: the embedded one gets a port the system picks, on the loopback only.
        self._cluster = LocalCluster(
            n_workers=self.settings.workers, threads_per_worker=1, processes=True,
            memory_limit=self.settings.memory_limit, dashboard_address="127.0.0.1:0",
            scheduler_kwargs={"dashboard": False}, resources={"GPU": 1} if self.settings.gpus else None)
        return Client(self._cluster)

    @property
    def client(self) -> Any:
        return self.start()._client

    @property
    def embedded(self) -> bool:
        return not self.settings.scheduler

    def close(self) -> None:
        self._closed = True
        with self._lock:
            if self._client is not None:
                self._client.close()
            if self._cluster is not None:
                self._cluster.close()
            self._client = self._cluster = None

    def slots(self) -> int:
        """How many jobs train at once: the cluster's worker threads."""
        if self.embedded:
            return self.settings.workers
        try:
            if self.unavailable():
                return self.settings.workers
            workers = self.client.scheduler_info(n_workers=-1).get("workers", {})
            return max(1, sum(int(w.get("nthreads", 1)) for w in workers.values()))
        except Exception:  # the cluster is unreachable right now: assume what was configured
            return self.settings.workers

    def worker_memory_limit(self) -> int:
        """The smallest memory limit among the cluster's workers (the embedded one's is known)."""
        if self.embedded:
            return self.settings.memory_limit
        try:
            if self.unavailable():
                return self.settings.memory_limit
            workers = self.client.scheduler_info(n_workers=-1).get("workers", {})
            limits = [int(w.get("memory_limit") or 0) for w in workers.values()]
            return min((limit for limit in limits if limit), default=self.settings.memory_limit)
        except Exception:
            return self.settings.memory_limit

    # -- jobs ----------------------------------------------------------------------------------------

    def submit(self, run_dir: Path, workspace: str, function: Callable[..., str] = run_job, turn: int = 0) -> str:
        """Queue the run (already written "queued" in its folder) on the cluster; the task's key. `turn`: how many
        of its workspace's jobs were queued or training before it; Dask starts lower turns first (then the earlier
        queued), so the queue goes round the workspaces instead of first come, first served."""
        from distributed import fire_and_forget

        key = f"{TASK_PREFIX}-{workspace}-{Path(run_dir).name}"
        resources = {"GPU": 1} if self.settings.gpus else None
        future = self.client.submit(function, str(run_dir), workspace, self.settings.jobs_per_workspace,
                                    self.settings.threads_per_job, key=key, pure=False, resources=resources,
                                    retries=0, priority=-turn)
        fire_and_forget(future)  # the scheduler keeps it whatever happens to this server
        future.add_done_callback(functools.partial(self._done, Path(run_dir)))
        self._futures[key] = future
        return key

    def _done(self, run_dir: Path, future: Any) -> None:
        self._futures.pop(future.key, None)
        if future.status != "error":
            return
        from distributed import KilledWorker

        exception = future.exception()
        if isinstance(exception, KilledWorker):
            worker = getattr(exception.last_worker, "address", str(exception.last_worker))
            mark_failed(run_dir, killed_worker_message(run_dir, self.worker_memory_limit(),
                                                       memory_stop_of(self.client, worker)))
        else:
            mark_failed(run_dir, msg("jobs.worker_died", reason=f"{type(exception).__name__}: {exception}",
                                     kept=kept_message(run_dir)))

    @staticmethod
    def stop(run_dir: Path) -> None:
        """Stop a queued or training job: it reads the flag every batch (and before it starts)."""
        runs.request_stop(run_dir)


# ---- the queue, as the pages show it -----------------------------------------------------------------


@dataclass(frozen=True)
class QueuePlace:
    position: int  # 1 = next to start
    ahead: int  # jobs queued before this one
    wait_seconds: float | None  # about how long until it starts


def estimated_seconds(info_flops: int, epochs: int, images: int, limit: int | None = None,
                      val_fraction: float = 0.2) -> float:
    """About how long a job takes on a CPU worker: starting (data, model, compiling), then per epoch a forward and
    backward pass over its training images (`images` of the dataset less the validation share, or `limit`) and a
    forward pass over the validation images."""
    train = images * (1.0 - val_fraction)
    if limit:
        train = min(train, float(limit))
    validation = train * val_fraction / (1.0 - val_fraction)
    return STARTUP_SECONDS + info_flops * epochs * (3.0 * train + validation) / ROUGH_MULADDS_PER_SECOND


def seconds_left(estimated: float, epochs: int, epochs_done: int, seconds_so_far: float) -> float:
    """A running job's time left: at its own pace once it has finished an epoch, else what is left of the estimate."""
    if epochs > 0 and epochs_done > 0 and seconds_so_far > 0:
        return max(0.0, seconds_so_far / epochs_done * max(0, epochs - epochs_done))
    return max(0.0, estimated - seconds_so_far)


def pace(finished: list[tuple[float, float]]) -> float:
    """How this server's jobs really run against the estimate: the median of actual / estimated seconds over
    finished jobs (1 when none), kept within 1/20 … 20."""
    ratios = sorted(actual / estimated for estimated, actual in finished if estimated > 0 and actual > 0)
    if not ratios:
        return 1.0
    return min(20.0, max(0.05, ratios[len(ratios) // 2]))


def queue_place(run: runs.RunInfo, queued: list[runs.RunInfo], running_left: list[float],
                job_seconds: dict[Path, float], slots: int, turns: dict[Path, int] | None = None) -> QueuePlace:
    """Where a queued run stands: the runs that start before it (every workspace, by turn then queue time: see
    `JobRuntime.submit`), and about when a slot frees up for it, given the seconds left of the running jobs and the
    estimated length of each queued one."""
    order = _start_order(turns or {})
    ahead = [r for r in queued if order(r) < order(run) and r.path != run.path]
    free_at = sorted(running_left) + [0.0] * max(0, slots - len(running_left))
    free_at = free_at[: max(slots, 1)] if free_at else [0.0]
    for other in ahead:  # each job ahead takes the slot that frees first
        free_at.sort()
        free_at[0] += job_seconds.get(other.path, 0.0)
    free_at.sort()
    known = all(r.path in job_seconds for r in ahead)
    return QueuePlace(len(ahead) + 1, len(ahead), free_at[0] if known else None)


def _start_order(turns: dict[Path, int]) -> Callable[[runs.RunInfo], tuple[int, str, str]]:
    """The order queued runs start in (see `JobRuntime.submit`): by turn in the round of workspaces, then by
    queue time."""
    return lambda r: (turns.get(r.path, 0), r.created, r.run_id)


def queue_order(active: list[runs.RunInfo]) -> list[runs.RunInfo]:
    """Active runs as the queue serves them: the training ones first (by when they were queued), then the queued
    ones in the order they will start, each workspace taking its turn."""
    training = sorted((r for r in active if r.status != "queued"), key=lambda r: (r.created, r.run_id))
    waiting = [r for r in active if r.status == "queued"]
    return training + sorted(waiting, key=_start_order({r.path: run_turn(r) for r in waiting}))


def format_wait(seconds: float | None, lang: str | None = None) -> str:
    """About how long until a queued job starts, in `lang` (default the current language)."""
    if seconds is None:
        return t("jobs.wait_unknown", lang=lang)
    if seconds < 60:
        return t("jobs.wait_under_a_minute", lang=lang)
    return t("jobs.wait_minutes", lang=lang, minutes=math.ceil(seconds / 60))


# ---- queueing a job ------------------------------------------------------------------------------------


class JobRefused(CnnvizError):
    """A job that must not be queued: a catalog key (`jobs.*`, `memory.*`) saying why and what to change."""


def workspace_turn(runs_dir: Path) -> int:
    """How many of this workspace's jobs are queued or training: a new job's turn in the round of workspaces."""
    return sum(1 for info in runs.list_runs(runs_dir) if info.active)


def run_turn(info: runs.RunInfo) -> int:
    """A queued run's turn (0 for runs queued before turns were recorded)."""
    try:
        turn = runs.read_json(info.path / runs.RUN_FILE, default={}).get("turn", 0)
    except runs.RunError:
        return 0
    return turn if isinstance(turn, int) and turn >= 0 else 0


def queue_training(runtime: JobRuntime, workspace: str, runs_dir: Path, architecture: Any, config: Any, name: str,
                   images: int, run_dir: Path | None = None, fields: dict[str, Any] | None = None) -> Path:
    """Check the job (settings, memory against the workers' limit), write its run folder "queued" (a new one under
    `runs_dir`, or exactly `run_dir`) and submit it. `images`: how many images the job holds in memory (train,
    validation and test), for the memory estimate. `fields` go into run.json as the folder is made, before the
    worker can start (a sweep's tag: `SweepRun.run_fields()`)."""
    from cnnviz.arch.memory import MemoryRefused, refuse_training
    from cnnviz.arch.shapes import check

    config.validate()
    summary = check(architecture)
    try:  # the same guard the job passes again in its worker (TrainingJob), here before a folder is written
        estimate = refuse_training(summary, config.batch_size, config.optimizer, config.momentum, images,
                                   runtime.worker_memory_limit())
    except MemoryRefused as refused:
        raise JobRefused(refused.key, **refused.params) from None
    unavailable = runtime.unavailable()
    if unavailable is not None:  # before the run folder is made: no failed run is left behind
        raise JobRefused(unavailable.key, **unavailable.params)
    queued_by = {**runs.this_process(), "scheduler": "embedded" if runtime.embedded else runtime.settings.scheduler}
    turn = workspace_turn(runs_dir)
    run_dir = runs.create_run(architecture, config.to_dict(), name, summary.total_params, root=runs_dir,
                              run_dir=run_dir, status="queued", queued_by=queued_by, workspace=workspace, turn=turn,
                              estimated_seconds=estimated_seconds(summary.total_flops, config.epochs, images,
                                                                  config.limit, config.val_fraction),
                              memory_estimate=estimate.total, **(fields or {}))
    runs.append_events(run_dir, [{"t": "state", "time": time.time(), "state": "queued",
                                  "phase": "waiting in the queue", "epochs": config.epochs}])
    try:
        runtime.submit(run_dir, workspace, turn=turn)
    except Exception as exc:  # the cluster cannot be reached: the run says so instead of waiting forever
        mark_failed(run_dir, msg("jobs.not_queued", reason=f"{type(exc).__name__}: {exc}"))
        raise JobRefused("jobs.cluster_silent", reason=str(exc)) from None
    return run_dir
