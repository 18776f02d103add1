"""Keras work for the pages, in inference worker processes: the web process never imports TensorFlow.

Why: a Streamlit server is one Python process serving every session. With TensorFlow loaded in it, every script
run of every session paid for `keras.backend.clear_session()` (Streamlit calls it after each run whenever `keras`
is imported) and for full garbage collections over TensorFlow's hundreds of thousands of objects, holding the GIL:
one student's click stalled the whole class. So the pages only describe what they want (a model file, a numpy
image, a core function such as `extract.feature_maps`) and these workers do it.

Two lanes of worker processes (`concurrent.futures.ProcessPoolExecutor`, spawned, at normal priority, with bounded
TensorFlow thread pools):

- *quick*: one image at a time (predictions, feature maps, Grad-CAM, kernels, attribution, a lab step), so a drawn
  digit never waits behind a long job;
- *long*: whole splits, filter patterns, accuracy curves, model uploads, exports: anything that reports progress.

Each worker keeps the models it used last loaded (an LRU per `ModelRef`: a model file version, or a run's initial
weights) and the datasets of the runs it served last. Arrays cross as numpy; errors cross as themselves (catalog
errors keep their key, so they are shown in the reader's language); a call runs in the caller's language. A worker
that dies (killed, out of memory) breaks its pool: the pool is replaced and the call retried once (`on_retry` lets
the page say so), then `InferenceError`.

Why processes of our own and not the Dask cluster that trains: measured side by side (bench/bench_inference.py),
a call through a process pool costs the web process a fraction of the CPU a Dask client round trip does, nothing
queues behind training, and a local pool needs no scheduler in the path of every click. Dask stays the runtime of
training jobs, which are long, must survive a server restart and may run on other machines.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import pickle
import queue
import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import wait as wait_for
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from cnnviz.i18n import CnnvizError, current_language, language_scope

if TYPE_CHECKING:
    import keras

    from cnnviz.compare.stats import TestPredictions
    from cnnviz.data.datasets import DatasetFacts
    from cnnviz.inspect.adversarial import FragileExample, RobustnessCurve
    from cnnviz.inspect.extract import Evaluation

WORKERS_ENV = "CNNVIZ_INFERENCE_WORKERS"  # quick-lane workers per web process (default 1; 0: in the caller itself)
MODELS_ENV = "CNNVIZ_INFERENCE_MODELS"  # models each worker keeps loaded (default 6)
QUICK, LONG = "quick", "long"
DATASETS_KEPT = 2  # runs' datasets a worker keeps loaded
POLL_SECONDS = 0.1  # how often a waiting caller relays progress


class InferenceError(CnnvizError, RuntimeError):
    """The worker doing a page's computation died twice in a row (a catalog key, `inference.*`)."""


# ---------------------------------------------------------------- what a call names


@dataclass(frozen=True)
class ModelRef:
    """One version of one model: its file and a stamp that changes whenever the file is rewritten (so a worker
    never serves a stale model). `initial`: the run's starting weights instead (its architecture built afresh and
    initial.weights.h5 loaded into it); `path` is then the run folder."""

    path: str
    stamp: str
    initial: bool = False

    @classmethod
    def of_file(cls, path: str | Path) -> ModelRef:
        """OSError when the file is not there."""
        stat = Path(path).stat()
        return cls(str(path), f"{stat.st_size}:{stat.st_mtime_ns}")

    @classmethod
    def initial_of_run(cls, run_dir: str | Path) -> ModelRef | None:
        """The run's starting weights, or None when the run did not save them."""
        from cnnviz.runs.layout import INITIAL_WEIGHTS

        weights = Path(run_dir) / INITIAL_WEIGHTS
        if not weights.is_file():
            return None
        stat = weights.stat()
        return cls(str(run_dir), f"{stat.st_size}:{stat.st_mtime_ns}", initial=True)


@dataclass(frozen=True)
class _Task:
    function: Callable[..., Any]
    args: tuple
    kwargs: dict[str, Any]
    model: ModelRef | None
    language: str
    task_id: int
    reports_progress: bool


# ---------------------------------------------------------------- in the worker

_models: OrderedDict[ModelRef, Any] = OrderedDict()
_datasets: OrderedDict[str, Any] = OrderedDict()
_progress_queue: Any = None
_models_kept = 6


def _start_worker(progress_queue: Any, threads: int, models_kept: int) -> None:
    """Once per worker process: bounded TensorFlow threads (normal priority: a person is waiting), then Keras
    imported now rather than on the first click."""
    global _progress_queue, _models_kept
    from cnnviz.train.jobs import prepare_worker

    _progress_queue, _models_kept = progress_queue, models_kept
    # On a GPU machine, take GPU memory as needed instead of all of it at start: the training workers need it.
    os.environ.setdefault("TF_FORCE_GPU_ALLOW_GROWTH", "true")
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    prepare_worker(threads, nice=0)
    import keras  # noqa: F401


def _remember(cache: OrderedDict, key: Any, value: Any, size: int) -> Any:
    cache[key] = value
    cache.move_to_end(key)
    while len(cache) > size:
        cache.popitem(last=False)
    return value


def model_for(ref: ModelRef) -> keras.Model:
    """The model `ref` names, loaded once per worker through the one model loader (kept while recently used)."""
    if ref in _models:
        _models.move_to_end(ref)
        return _models[ref]
    if ref.initial:
        from cnnviz.models.builder import build_model
        from cnnviz.runs.layout import INITIAL_WEIGHTS
        from cnnviz.runs.store import load_architecture

        model = build_model(load_architecture(ref.path))
        model.load_weights(Path(ref.path) / INITIAL_WEIGHTS)
    else:
        from cnnviz.models.modelfile import load_model_file

        model = load_model_file(ref.path)
    return _remember(_models, ref, model, _models_kept)


def run_split(run_dir: str) -> Any:
    """(dataset, split) a run trained on, kept for the runs served last (`cnnviz.runs.store.run_split`)."""
    if run_dir in _datasets:
        _datasets.move_to_end(run_dir)
        return _datasets[run_dir]
    from cnnviz.runs.store import run_split as load

    return _remember(_datasets, run_dir, load(run_dir), DATASETS_KEPT)


def split_arrays(run_dir: str, split: str) -> tuple[np.ndarray, np.ndarray]:
    """A run's images and labels of one split: "test", "validation" or "train"."""
    dataset, parts = run_split(run_dir)
    if split == "test":
        return dataset.x_test, dataset.y_test
    if split == "validation":
        return parts.x_val, parts.y_val
    return parts.x_train, parts.y_train


def _report(task_id: int, done: int, total: int) -> None:
    if _progress_queue is not None:
        _progress_queue.put((task_id, int(done), int(total)))


def _execute(task: _Task) -> Any:
    kwargs = dict(task.kwargs)
    if task.reports_progress:
        kwargs["progress"] = lambda done, total: _report(task.task_id, done, total)
    with language_scope(task.language):
        if task.model is None:
            return task.function(*task.args, **kwargs)
        return task.function(model_for(task.model), *task.args, **kwargs)


def _worker_pid() -> int:
    return os.getpid()


def _execute_inline(task: _Task, progress: Callable[[int, int], None] | None) -> Any:
    """`_execute` in the calling thread; the task and its result still cross pickle, as they would between
    processes, so what cannot cross is found here too."""
    task = pickle.loads(pickle.dumps(task))
    if progress is not None:
        task = replace(task, kwargs={**task.kwargs, "progress": progress}, reports_progress=False)
    return pickle.loads(pickle.dumps(_execute(task)))


# ---------------------------------------------------------------- tasks that read a run's data in the worker
# The web process never holds a dataset: it asks for the one image it shows, and for results over a split.


def dataset_image(run_dir: str, split: str, index: int) -> tuple[np.ndarray, int, int]:
    """One image of a run's split, its label and how many images the split has."""
    images, labels = split_arrays(run_dir, split)
    if not 0 <= index < len(images):
        from cnnviz.inspect.extract import ExtractError

        raise ExtractError("extract.index_outside", index=index, last=len(images) - 1)
    return np.array(images[index]), int(labels[index]), len(images)


def split_size(run_dir: str, split: str) -> int:
    return len(split_arrays(run_dir, split)[1])


def dataset_images(run_dir: str, split: str, indices: list[int]) -> np.ndarray:
    images, _ = split_arrays(run_dir, split)
    return np.array(images[np.asarray(indices, dtype=np.int64)])


def split_evaluation(model: keras.Model, run_dir: str, split: str, which: str, model_file: str,
                     progress: Callable[[int, int], None] | None = None) -> Evaluation:
    """How the model does on a run's split (the probabilities cached in the run folder, as before)."""
    from cnnviz.inspect.extract import cached_probabilities, evaluate

    images, labels = split_arrays(run_dir, split)
    cache_file = Path(run_dir) / f"predictions_{which}_{split}.npz"
    probabilities = cached_probabilities(cache_file, model, images, Path(model_file), progress=progress)
    return evaluate(labels, probabilities, int(model.outputs[0].shape[-1]))


def dead_filters_on_test(model: keras.Model, run_dir: str, layer: str, count: int) -> tuple[np.ndarray, int]:
    """`extract.dead_filters` on the first `count` test images; (flags, images used)."""
    from cnnviz.inspect.extract import dead_filters

    images, _ = split_arrays(run_dir, "test")
    sample = images[:count]
    if not len(sample):
        return np.zeros(0, dtype=bool), 0
    return dead_filters(model, sample, layer), len(sample)


def fragile_on_test(model: keras.Model, run_dir: str, count: int,
                    progress: Callable[[int, int], None] | None = None) -> tuple[list[FragileExample], int]:
    """`adversarial.fragile_examples` over the first `count` test images; (found, images searched)."""
    from cnnviz.inspect.adversarial import fragile_examples

    images, labels = split_arrays(run_dir, "test")
    images, labels = images[:count], labels[:count]
    return fragile_examples(model, images, labels, progress=progress), len(images)


def robustness_on_test(model: keras.Model, run_dir: str, count: int, method: str, steps: int,
                       progress: Callable[[int, int], None] | None = None) -> RobustnessCurve:
    from cnnviz.inspect.adversarial import accuracy_under_attack

    images, labels = split_arrays(run_dir, "test")
    return accuracy_under_attack(model, images[:count], labels[:count], method=method, steps=steps,
                                 progress=progress)


def run_test_predictions(run_dir: str, which: str,
                         progress: Callable[[int, int], None] | None = None) -> TestPredictions:
    """`compare.run_test_predictions` (its dataset from this worker's caches)."""
    from cnnviz.compare.stats import run_test_predictions as predict

    return predict(run_dir, which, progress=progress)


def dataset_facts(name: str, data_path: str | None, sample: bool,
                  progress: Callable[[int, int | None], None] | None = None) -> DatasetFacts:
    """Load the dataset a training configuration names (downloading it if needed, reporting the bytes) and say what
    it holds; the images stay here."""
    from cnnviz.data.training_data import load_training_dataset

    return load_training_dataset(name, data_path or None, sample=sample, progress=progress).facts()


# ---------------------------------------------------------------- in the web process


@dataclass(frozen=True)
class InferenceSettings:
    quick_workers: int
    long_workers: int
    threads: int  # TensorFlow's threads per worker
    models_kept: int

    @classmethod
    def from_environment(cls, environ: dict[str, str] | None = None) -> InferenceSettings:
        env = os.environ if environ is None else environ
        cores = os.cpu_count() or 1
        quick = max(0, int(env.get(WORKERS_ENV) or 1))
        return cls(quick_workers=quick, long_workers=1 if quick else 0, threads=max(1, cores // 2),
                   models_kept=max(1, int(env.get(MODELS_ENV) or 6)))

    @property
    def inline(self) -> bool:
        """No worker processes: every call runs in the calling thread (the page tests, which patch the core in
        their own process; never a server for a class, where TensorFlow would be back in the web process)."""
        return self.quick_workers == 0


@dataclass
class _Lane:
    name: str
    workers: int
    executor: ProcessPoolExecutor | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)


class InferencePool:
    """The web process's handle on its inference workers (started in the background at server start)."""

    def __init__(self, settings: InferenceSettings) -> None:
        self.settings = settings
        context = multiprocessing.get_context("spawn")  # never fork a process that runs server threads
        self._context = context
        self._progress: Any = context.Queue()
        self._lanes = {QUICK: _Lane(QUICK, settings.quick_workers), LONG: _Lane(LONG, settings.long_workers)}
        self._task_ids = itertools.count(1)
        self._latest: dict[int, tuple[int, int]] = {}
        self._latest_lock = threading.Lock()

    # -- workers ---------------------------------------------------------------------------------------

    def _executor(self, lane: _Lane) -> ProcessPoolExecutor:
        with lane.lock:
            if lane.executor is None:
                from cnnviz.train.jobs import spawn_without_main_script

                spawn_without_main_script()
                lane.executor = ProcessPoolExecutor(
                    max_workers=lane.workers, mp_context=self._context, initializer=_start_worker,
                    initargs=(self._progress, self.settings.threads, self.settings.models_kept))
            return lane.executor

    def _replace(self, lane: _Lane, broken: ProcessPoolExecutor) -> None:
        with lane.lock:
            if lane.executor is broken:
                lane.executor = None
        broken.shutdown(wait=False, cancel_futures=True)

    def start(self) -> InferencePool:
        """Spawn every worker now (each imports TensorFlow once), without waiting for them."""
        if self.settings.inline:
            return self
        for lane in self._lanes.values():
            executor = self._executor(lane)
            for _ in range(lane.workers):
                executor.submit(_worker_pid)
        return self

    def worker_pids(self) -> list[int]:
        pids: list[int] = []
        for lane in self._lanes.values():
            processes = getattr(lane.executor, "_processes", None) or {}
            pids.extend(int(pid) for pid in processes)
        return pids

    def close(self) -> None:
        for lane in self._lanes.values():
            with lane.lock:
                executor, lane.executor = lane.executor, None
            if executor is not None:
                executor.shutdown(wait=True, cancel_futures=True)

    # -- calls -----------------------------------------------------------------------------------------

    def call(self, function: Callable[..., Any], /, *args: Any, lane: str | None = None,
             on_retry: Callable[[], None] | None = None, **kwargs: Any) -> Any:
        """`function(*args, **kwargs)` in a worker. A `progress` callable among the kwargs is called here, in
        this thread, with what the worker reports (and sends the call to the long lane unless `lane` says)."""
        return self._run(function, args, kwargs, None, lane, on_retry)

    def on_model(self, model: ModelRef, function: Callable[..., Any], /, *args: Any, lane: str | None = None,
                 on_retry: Callable[[], None] | None = None, **kwargs: Any) -> Any:
        """`function(<the model>, *args, **kwargs)` in a worker that has (or loads) the model `model` names."""
        return self._run(function, args, kwargs, model, lane, on_retry)

    def _run(self, function: Callable[..., Any], args: tuple, kwargs: dict[str, Any], model: ModelRef | None,
             lane_name: str | None, on_retry: Callable[[], None] | None) -> Any:
        progress = kwargs.pop("progress", None)
        lane = self._lanes[lane_name or (LONG if progress is not None else QUICK)]
        task = _Task(function, args, kwargs, model, current_language(), next(self._task_ids), progress is not None)
        if self.settings.inline:
            return _execute_inline(task, progress)
        for attempt in range(2):
            executor = self._executor(lane)
            try:
                future = executor.submit(_execute, task)
                return self._wait(future, task.task_id, progress)
            except BrokenProcessPool:
                self._replace(lane, executor)
                if attempt == 0 and on_retry is not None:
                    on_retry()
        raise InferenceError("inference.worker_lost")

    def _wait(self, future: Future, task_id: int, progress: Callable[[int, int], None] | None) -> Any:
        if progress is None:
            return future.result()
        with self._latest_lock:
            self._latest[task_id] = (-1, -1)
        shown = (-1, -1)
        try:
            while True:
                done, _ = wait_for([future], timeout=POLL_SECONDS)
                self._drain()
                with self._latest_lock:
                    latest = self._latest.get(task_id, shown)
                if latest != shown and latest[0] >= 0:
                    shown = latest
                    progress(*latest)
                if done:
                    return future.result()
        finally:
            with self._latest_lock:
                self._latest.pop(task_id, None)

    def _drain(self) -> None:
        """Move every progress report waiting in the queue to the latest per task (any waiting caller may do it;
        reports of tasks nobody waits for any more are dropped)."""
        while True:
            try:
                task_id, done, total = self._progress.get_nowait()
            except (queue.Empty, OSError, ValueError, EOFError):
                return
            with self._latest_lock:
                if task_id in self._latest:
                    self._latest[task_id] = (done, total)


_pool: InferencePool | None = None
_pool_lock = threading.Lock()


def shared_pool() -> InferencePool:
    """This process's inference pool (one per web process)."""
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = InferencePool(InferenceSettings.from_environment())
        return _pool
