"""Training jobs: `model.fit` in a background thread that streams its metrics and writes a run folder.

The worker never touches Streamlit. A page (or the CLI) starts a `TrainingJob`, then polls
`job.snapshot()` and `job.events_since(i)`; `job.stop()` ends training after the current batch and keeps
the model. Everything a run produces goes to its folder through :mod:`cnnviz.runs.store` as it happens, so
a killed server keeps the epochs done and the best checkpoint. `Heartbeat` tells readers the job still lives.

TensorFlow is imported only inside functions.
"""

from __future__ import annotations

import contextlib
import math
import threading
import time
import traceback
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cnnviz.arch.memory import MemoryRefused, refuse_training
from cnnviz.arch.shapes import check
from cnnviz.arch.spec import Architecture
from cnnviz.i18n import CnnvizError, Message, msg
from cnnviz.io import save_model_atomic
from cnnviz.runs import layout
from cnnviz.runs import store as runs
from cnnviz.train.callback import StreamCallback
from cnnviz.train.config import ConfigError, TrainingConfig
from cnnviz.train.device import gpu_names
from cnnviz.train.keras_setup import (
    build_compiled_model,
    has_gpu,
    load_config_dataset,
    make_strategy,
    make_tf_dataset,
    mismatch_message,
)
from cnnviz.train.progress import LIVE_STATES, STOPPING, Progress, SharedProgress, TrainingEvent
from cnnviz.train.verdicts import divergence_verdict, lr_advice

if TYPE_CHECKING:
    import keras
    import tensorflow as tf

    from cnnviz.data.datasets import Dataset, Split

EVENT_INTERVAL = 0.25  # seconds between two batch events written to events.jsonl (epoch events always go)


def _rss() -> int | None:
    try:
        import psutil

        return int(psutil.Process().memory_info().rss)
    except Exception:  # no psutil, or a system that does not tell
        return None


class Heartbeat:
    """While the job trains, a daemon thread rewrites the run's heartbeat (with the process's memory); on leaving,
    the heartbeat says the job ended. A run is alive only while this beats (`runs.job_alive`)."""

    def __init__(self, run_dir: Path) -> None:
        self.run_dir = run_dir
        self._ended = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="cnnviz-heartbeat", daemon=True)

    def __enter__(self) -> Heartbeat:
        self._beat()
        self._thread.start()
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self._ended.set()
        self._thread.join()
        self._beat(ended=True)

    def _loop(self) -> None:
        while not self._ended.wait(layout.HEARTBEAT_SECONDS):
            self._beat()

    def _beat(self, ended: bool = False) -> None:
        with contextlib.suppress(OSError):  # a full or unwritable disk: the heartbeat goes stale instead
            runs.write_heartbeat(self.run_dir, _rss(), ended)


class TrainingJob:
    """One training run. `start()` runs it in a daemon thread; `run()` runs it in the caller's thread."""

    def __init__(self, architecture: Architecture, config: TrainingConfig, dataset: Dataset | None = None,
                 name: str | None = None, root: str | Path | None = None, run_dir: str | Path | None = None,
                 strategy: tf.distribute.Strategy | None = None, on_epoch: Any = None) -> None:
        config.validate()
        check(architecture)
        self.architecture = architecture
        self.config = config
        self.name = name or f"{config.dataset} run"
        self._dataset = dataset
        self._root = root
        self._run_dir = Path(run_dir) if run_dir is not None else None
        self._strategy = strategy
        self._on_epoch = on_epoch  # optional callable(event) run on the worker (the CLI prints with it)
        self._shared = SharedProgress(epochs=config.epochs)
        self._stop_requested = threading.Event()
        self._thread: threading.Thread | None = None
        self._model: keras.Model | None = None
        self._train_start = time.perf_counter()
        self._best_val_accuracy: float | None = None
        self._best_epoch: int | None = None
        self._nan_at: tuple[int, int] | None = None
        self._first_loss: float | None = None  # the first batch's loss: where training started
        self.batch_size = config.batch_size
        self.epochs = config.epochs
        self.n_train = 0
        self.batches_per_epoch = 0
        self._queued = False  # the run folder already exists, made "queued" by a server (see from_run_folder)
        self._last_batch_event = 0.0
        if self._run_dir is not None and (self._run_dir / runs.RUN_FILE).exists():
            raise runs.RunError("runs.already_a_run", folder=str(self._run_dir))

    @classmethod
    def from_run_folder(cls, run_dir: str | Path) -> TrainingJob:
        """The job a server queued: its architecture, settings and name come from the run folder it made."""
        run_dir = Path(run_dir)
        architecture = runs.load_architecture(run_dir)
        config = TrainingConfig.from_dict(runs.load_config(run_dir))
        job = cls(architecture, config, name=runs.load_run(run_dir).name)
        job._run_dir, job._queued = run_dir, True
        job._set(run_dir=run_dir)
        return job

    # -- control -----------------------------------------------------------------------------------

    def start(self) -> TrainingJob:
        if self._thread is not None:
            raise RuntimeError("this job was already started")
        self._thread = threading.Thread(target=self.run, name=f"cnnviz-train-{self.name}", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """End training after the current batch; the model trained so far is saved and evaluated."""
        self._stop_requested.set()
        with self._shared.lock:
            if self._shared.state in layout.ACTIVE:
                self._shared.state = STOPPING
                self._shared.phase = "stopping after this batch"
        if self._model is not None:
            self._model.stop_training = True

    def wait(self, timeout: float | None = None) -> bool:
        if self._thread is not None:
            self._thread.join(timeout)
        return self.done

    # -- reading -----------------------------------------------------------------------------------

    @property
    def state(self) -> str:
        with self._shared.lock:
            return self._shared.state

    @property
    def done(self) -> bool:
        return self.state in layout.DONE

    @property
    def model(self) -> keras.Model | None:
        return self._model

    @property
    def run_dir(self) -> Path | None:
        with self._shared.lock:
            return self._shared.run_dir

    def events_since(self, index: int = 0) -> list[TrainingEvent]:
        with self._shared.lock:
            return self._shared.events[index:]

    def snapshot(self) -> Progress:
        s = self._shared
        with s.lock:
            last_batch = next((e for e in reversed(s.events) if e.kind == "batch"), None)
            last_epoch = next((e for e in reversed(s.events) if e.kind == "epoch"), None)
            return Progress(
                state=s.state, phase=s.phase, note=s.note, run_dir=s.run_dir, epoch=s.epoch, epochs=s.epochs,
                batch=s.batch, batches_per_epoch=s.batches_per_epoch, val_batch=s.val_batch,
                val_batches=s.val_batches,
                samples_per_s=last_batch.samples_per_s if last_batch else 0.0,
                # while it validates or stops after the last batch, the clock keeps running
                elapsed=(time.perf_counter() - self._train_start if s.state in LIVE_STATES and last_batch
                         else last_batch.elapsed if last_batch else 0.0),
                eta=None if s.state in layout.DONE else (last_batch.eta if last_batch else None),
                n_events=len(s.events), last_batch=last_batch, last_epoch=last_epoch,
                final_metrics=dict(s.final_metrics), test_metrics=dict(s.test_metrics),
                mixed_precision=s.mixed_precision, replicas=s.replicas)

    # -- what its StreamCallback tells the job (cnnviz.train.callback.StreamListener) ------------------

    @property
    def stop_requested(self) -> bool:
        return self._stop_requested.is_set()

    def training_started(self) -> float:
        self._train_start = time.perf_counter()
        return self._train_start

    def epoch_started(self, epoch: int) -> None:
        if not self._stop_requested.is_set():
            self._set(phase="training")
        self._set(quiet=True, epoch=epoch, batch=0)

    def batch_done(self, event: TrainingEvent, last: bool) -> None:
        with self._shared.lock:
            self._shared.events.append(event)
            self._shared.batch = event.batch
        self._record_event(event, last=last)
        if self.run_dir is not None and not self._stop_requested.is_set() and runs.stop_requested(self.run_dir):
            self.stop()  # someone else (a page, the Class page, the CLI) asked through the run folder

    def first_loss_seen(self, loss: float) -> None:
        self._first_loss = loss

    def loss_not_a_number(self, epoch: int, batch: int) -> None:
        self._nan_at = (epoch, batch)
        self._set(phase="stopping: the loss is not a number")

    def validation_started(self) -> None:
        self._set(phase="validating", val_batch=0)

    def validation_batch_done(self, batches: int) -> None:
        self._set(val_batch=batches, quiet=batches < self._shared.val_batches)

    def epoch_done(self, model: keras.Model, event: TrainingEvent) -> None:
        with self._shared.lock:
            self._shared.events.append(event)
        self._record_event(event, last=True)
        self._record_epoch(model, event)

    # -- the worker --------------------------------------------------------------------------------

    def _set(self, quiet: bool = False, **values: Any) -> None:
        """Update the shared state; unless `quiet`, also write it to the run folder's event stream."""
        with self._shared.lock:
            for key, value in values.items():
                setattr(self._shared, key, value)
            record = None if quiet or self._shared.run_dir is None else self._state_record()
        if record is not None:
            self._write_events([record])

    def _state_record(self) -> dict[str, Any]:
        s = self._shared  # the caller holds the lock
        return {"t": "state", "time": time.time(), "state": s.state, "phase": s.phase, **runs.message_fields(s.note),
                "epoch": s.epoch, "epochs": s.epochs, "batch": s.batch, "batches_per_epoch": s.batches_per_epoch,
                "val_batch": s.val_batch, "val_batches": s.val_batches, "mixed_precision": s.mixed_precision,
                "replicas": s.replicas}

    def _write_events(self, records: list[dict[str, Any]]) -> None:
        run_dir = self._shared.run_dir
        if run_dir is None:
            return
        with contextlib.suppress(OSError):  # a full disk must not stop training; history.json has every epoch
            runs.append_events(run_dir, records)

    def _record_event(self, event: TrainingEvent, last: bool) -> None:
        """Batch events at most every EVENT_INTERVAL (and an epoch's last batch), epoch events always."""
        now = time.perf_counter()
        if event.kind == "batch" and not last and now - self._last_batch_event < EVENT_INTERVAL:
            return
        self._last_batch_event = now
        self._write_events([{"t": event.kind, "time": time.time(), **asdict(event)}])

    def run(self) -> Progress:
        """Train to the end (or Stop / early stopping / NaN) and record everything. Never raises."""
        try:
            if self._queued and runs.stop_requested(self._run_dir):
                self._stop_requested.set()
                self._finish("stopped", msg("training.stopped_before_start"))
                return self.snapshot()
            if self._queued and not runs.claim_start(self._run_dir):  # Dask re-ran a job whose worker died
                self._finish("failed", msg("jobs.not_restarted"))
                return self.snapshot()
            self._set(state=STOPPING if self._stop_requested.is_set() else "running", phase="starting")
            self._run()
        except MemoryRefused as refused:  # before the model was built: nothing was spent
            self._finish("failed", refused.as_message())
        except Exception as exc:  # the worker must report, not die silently
            self._finish("failed", self._failure_message(exc), detail=traceback.format_exc())
        return self.snapshot()

    def _failure_message(self, exc: Exception) -> Message:
        folder = self.run_dir
        if isinstance(exc, OSError) and folder is not None and str(exc.filename or "").startswith(str(folder)):
            return msg("training.folder_unwritable", folder=str(folder), reason=exc.strerror or str(exc))
        reason = exc if isinstance(exc, CnnvizError) else str(exc)
        return msg("training.crashed", kind=type(exc).__name__, reason=reason)

    def _load_split(self) -> tuple[Dataset, Split]:
        from cnnviz.data.datasets import split_train_val

        self._set(phase="loading the dataset")
        dataset = self._dataset or load_config_dataset(self.config)
        self._set(phase="splitting train / validation")
        split = split_train_val(dataset, val_fraction=self.config.val_fraction, seed=self.config.seed,
                                limit=self.config.limit)
        return dataset, split

    def _run(self) -> None:
        import keras

        dataset, split = self._load_split()
        num_classes = len(dataset.class_names)
        mismatch = mismatch_message(self.architecture, dataset.input_shape, num_classes)
        if mismatch:
            raise ConfigError(mismatch.key, **mismatch.params)
        self._refuse_if_too_big(len(dataset.x_train) + len(dataset.x_test))
        self.n_train = len(split.x_train)
        self.batches_per_epoch = math.ceil(self.n_train / self.batch_size)
        self._set(batches_per_epoch=self.batches_per_epoch, val_batches=math.ceil(len(split.x_val) / self.batch_size),
                  phase="building the model")

        keras.utils.set_random_seed(self.config.seed)
        strategy = self._strategy or make_strategy("GPU")
        mixed = self.config.mixed_precision and has_gpu()
        model = build_compiled_model(self.architecture, self.config, mixed, strategy,
                                     total_steps=self.epochs * self.batches_per_epoch)
        self._model = model
        self._set(mixed_precision=mixed, replicas=int(strategy.num_replicas_in_sync))

        run_config = {**self.config.to_dict(), "dataset_source": dataset.source, "dataset_is_sample": dataset.is_sample,
                      "class_names": list(dataset.class_names), "image_fit": dataset.image_fit,
                      "n_train": self.n_train, "n_val": len(split.x_val), "n_test": len(dataset.x_test),
                      "mixed_precision_used": mixed, "replicas": int(strategy.num_replicas_in_sync),
                      "device": ", ".join(gpu_names()) or "CPU"}
        if self._queued:
            run_dir = self._run_dir
            runs.start_run(run_dir, run_config, model.count_params())
        else:
            run_dir = runs.create_run(self.architecture, run_config, self.name, model.count_params(), root=self._root,
                                      run_dir=self._run_dir)
        runs.register_live(run_dir)
        self._set(run_dir=run_dir)
        try:
            with Heartbeat(run_dir):
                save_model_atomic(model, run_dir / layout.INITIAL_WEIGHTS)
                self._fit(model, dataset, split, num_classes)
        finally:
            runs.unregister_live(run_dir)

    def _refuse_if_too_big(self, images: int) -> None:
        """The memory guard every training passes (CLI, Dask job, pages' jobs): MemoryRefused before the model is
        built when it cannot fit in this process (a Dask worker's limit, else `CNNVIZ_WORKER_MEMORY` or what the
        machine has free)."""
        from cnnviz.arch.memory import process_memory_limit

        refuse_training(check(self.architecture), self.batch_size, self.config.optimizer, self.config.momentum, images,
                        process_memory_limit())

    def _fit(self, model: keras.Model, dataset: Dataset, split: Split, num_classes: int) -> None:
        import keras

        one_hot = self.config.loss == "categorical"
        train = make_tf_dataset(split.x_train, split.y_train, self.batch_size, num_classes, one_hot, shuffle=True,
                                seed=self.config.seed)
        val = make_tf_dataset(split.x_val, split.y_val, self.batch_size, num_classes, one_hot)
        stream = StreamCallback(self, batch_size=self.batch_size, n_train=self.n_train, epochs=self.epochs,
                                batches_per_epoch=self.batches_per_epoch)
        callbacks = [stream.keras_callback(), *self._recorders(split, num_classes)]
        if self.config.early_stopping:
            callbacks.append(keras.callbacks.EarlyStopping(
                monitor="val_loss", patience=self.config.patience,
                restore_best_weights=self.config.restore_best_weights))
        if self._stop_requested.is_set():
            self._finish("stopped", msg("training.stopped_before_start"))
            return
        self._set(phase="training")
        self._train_start = time.perf_counter()
        model.fit(train, validation_data=val, epochs=self.epochs, callbacks=callbacks, verbose=0,
                  shuffle=False)  # the tf.data pipeline shuffles

        if self._nan_at is not None:
            self._finish("failed", self._nan_message(*self._nan_at))
            return
        self._set(phase="saving the final model")
        save_model_atomic(model, self.run_dir / runs.FINAL_MODEL)
        self._set(phase="evaluating on the test set")
        test = make_tf_dataset(dataset.x_test, dataset.y_test, max(self.batch_size, 256), num_classes, one_hot)
        scores = model.evaluate(test, verbose=0, return_dict=True)
        test_metrics = {"loss": float(scores["loss"]), "accuracy": float(scores["accuracy"]),
                        "n": int(len(dataset.x_test))}
        runs.atomic_write_json(self.run_dir / runs.TEST_METRICS_FILE, test_metrics)
        self._set(test_metrics=test_metrics, quiet=True)
        if self._stop_requested.is_set():
            self._finish("stopped", msg("training.stopped_by_user"))
            return
        verdict = divergence_verdict(self._first_loss, runs.load_history(self.run_dir), num_classes,
                                     self.config.learning_rate)
        self._finish("diverged" if verdict else "finished", verdict)

    def _nan_message(self, epoch: int, batch: int) -> Message:
        kept = (msg("training.nan_best_kept", epoch=self._best_epoch, accuracy=self._best_val_accuracy)
                if self._best_epoch is not None and self.config.save_best_checkpoint else msg("training.nan_no_model"))
        return msg("training.nan", epoch=epoch, batch=batch, advice=lr_advice(self.config.learning_rate), kept=kept)

    def _recorders(self, split: Split, num_classes: int) -> list[Any]:
        """The callbacks that record the run for later: internals over time, TensorBoard event files."""
        recorders: list[Any] = []
        if self.config.record_snapshots and len(split.x_val):
            from cnnviz.train.snapshots import pick_probes, snapshot_callback

            probes, labels = pick_probes(split.x_val, split.y_val, num_classes)
            recorders.append(snapshot_callback(self.run_dir, probes, labels, split.x_val, split.y_val))
        if self.config.tensorboard:
            from cnnviz.train.tblog import sweep_hparams, tensorboard_callback

            sweep = runs.read_json(self.run_dir / runs.RUN_FILE, default={}).get("sweep")
            recorders.append(tensorboard_callback(self.run_dir, self.architecture, runs.load_config(self.run_dir),
                                                  extra_hparams=sweep_hparams(sweep) if sweep else None,
                                                  title=self.name))
        return recorders

    def _record_epoch(self, model: keras.Model, event: TrainingEvent) -> None:
        """Per epoch, on the worker: best checkpoint, history.json, final-metric snapshot.

        The checkpoint is written before the history entry, so an epoch in history.json always has its best
        checkpoint on disk, even when the worker dies between the two (killed with its server)."""
        if self.run_dir is None or not math.isfinite(event.loss):
            return
        val_acc = event.val_accuracy
        if val_acc is not None and (self._best_val_accuracy is None or val_acc > self._best_val_accuracy):
            self._best_val_accuracy = val_acc
            self._best_epoch = event.epoch
            if self.config.save_best_checkpoint:
                save_model_atomic(model, self.run_dir / runs.BEST_MODEL)
            runs.update_run(self.run_dir, best_val_accuracy=val_acc, best_epoch=event.epoch)
        entry = {k: v for k, v in asdict(event).items() if k not in ("kind", "eta", "step")}
        runs.append_history(self.run_dir, entry)
        with self._shared.lock:
            keep_complete = event.partial and bool(self._shared.final_metrics)
        if keep_complete:  # a partial epoch (Stop) does not replace the last complete one
            return
        final = {"train_loss": event.loss, "train_accuracy": event.accuracy, "val_loss": event.val_loss,
                 "val_accuracy": event.val_accuracy, "epoch": event.epoch, "partial": event.partial}
        self._set(final_metrics={k: v for k, v in final.items() if v is not None})
        if self._on_epoch is not None:
            self._on_epoch(event)

    def _finish(self, state: str, message: Message | None, detail: str = "") -> None:
        with self._shared.lock:
            final = dict(self._shared.final_metrics)
            test = dict(self._shared.test_metrics)
            self._shared.state = state
            self._shared.note = message
            self._shared.phase = state
        if self.run_dir is not None:
            fields_ = {"status": state, **runs.message_fields(message), "final_metrics": final,
                       "finished": runs.now_iso()}
            if test:
                fields_["test_accuracy"] = test.get("accuracy")
            if detail:
                fields_["error_detail"] = detail[-4000:]
            # A folder that cannot be written keeps "running" in run.json: the heartbeat's end (written in place)
            # tells readers no job owns it any more, and the event below says why where it can.
            with contextlib.suppress(OSError):
                runs.update_run(self.run_dir, **fields_)
            with self._shared.lock:
                record = self._state_record()
            self._write_events([{"t": "final", "final_metrics": final, "test_metrics": test}, record])
