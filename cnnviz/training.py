"""Training jobs: `model.fit` in a background thread that streams its metrics and writes a run folder.

The worker never touches Streamlit. A page (or the CLI) starts a `TrainingJob`, then polls
`job.snapshot()` and `job.events_since(i)`; `job.stop()` ends training after the current batch and keeps
the model. Everything a run produces goes to its folder through :mod:`cnnviz.runs` as it happens, so
a killed server keeps the epochs done and the best checkpoint.

TensorFlow is imported only inside functions.
"""

from __future__ import annotations

import math
import threading
import time
import traceback
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cnnviz import runs
from cnnviz.shapes import check
from cnnviz.spec import Architecture

if TYPE_CHECKING:
    import keras
    import numpy as np
    import tensorflow as tf

    from cnnviz.data import Dataset, Split

OPTIMIZERS = ("adam", "rmsprop", "sgd")
LOSSES = ("sparse", "categorical")
LR_SCHEDULES = ("constant", "cosine")
STATES = ("queued", "running", "stopping", "finished", "stopped", "failed")
DONE_STATES = ("finished", "stopped", "failed")
MAX_EPOCHS = 1000
MAX_BATCH_SIZE = 65536


class ConfigError(ValueError):
    """Training options that cannot work; the message names the option."""


@dataclass(frozen=True)
class TrainingConfig:
    dataset: str = "mnist"
    optimizer: str = "adam"
    learning_rate: float = 0.001
    momentum: float = 0.9  # SGD only
    lr_schedule: str = "constant"  # cosine: decays to 0 over all the epochs' batches
    batch_size: int = 32
    epochs: int = 5
    loss: str = "sparse"  # sparse: integer labels; categorical: one-hot labels
    val_fraction: float = 0.2
    seed: int = 42
    limit: int | None = None
    early_stopping: bool = True
    patience: int = 2
    restore_best_weights: bool = True
    save_best_checkpoint: bool = True
    mixed_precision: bool = False  # only takes effect on a GPU
    data_path: str | None = None
    sample: bool = False  # MNIST only: the bundled 5,000-digit sample instead of the full set

    def validate(self) -> None:
        from cnnviz.data import DATASETS

        problems = []
        if self.dataset not in DATASETS:
            problems.append(f"dataset must be one of {', '.join(DATASETS)}, not {self.dataset!r}")
        if self.optimizer not in OPTIMIZERS:
            problems.append(f"optimizer must be one of {', '.join(OPTIMIZERS)}, not {self.optimizer!r}")
        if self.loss not in LOSSES:
            problems.append(f"loss must be 'sparse' or 'categorical', not {self.loss!r}")
        if not (isinstance(self.learning_rate, int | float) and math.isfinite(self.learning_rate)
                and self.learning_rate > 0):
            problems.append(f"learning rate must be a positive number, not {self.learning_rate!r}")
        if self.lr_schedule not in LR_SCHEDULES:
            problems.append(f"learning-rate schedule must be one of {', '.join(LR_SCHEDULES)}, "
                            f"not {self.lr_schedule!r}")
        if not 0 <= self.momentum < 1:
            problems.append(f"momentum must be in [0, 1), not {self.momentum}")
        if not 1 <= self.batch_size <= MAX_BATCH_SIZE:
            problems.append(f"batch size must be between 1 and {MAX_BATCH_SIZE}, not {self.batch_size}")
        if not 1 <= self.epochs <= MAX_EPOCHS:
            problems.append(f"epochs must be between 1 and {MAX_EPOCHS}, not {self.epochs}")
        if not 0.01 <= self.val_fraction <= 0.5:
            problems.append(f"validation fraction must be between 0.01 and 0.5, not {self.val_fraction}")
        if self.limit is not None and self.limit < 10:
            problems.append(f"limit must be at least 10 training images (or empty for all), not {self.limit}")
        if self.patience < 0:
            problems.append(f"early-stopping patience cannot be negative ({self.patience})")
        if self.sample and self.dataset != "mnist":
            problems.append("the bundled sample only exists for MNIST")
        if problems:
            raise ConfigError("; ".join(problems))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrainingConfig:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass(frozen=True)
class TrainingEvent:
    """One point of the metric stream. kind "batch": running means over the epoch so far (as Keras'
    progress bar shows them); kind "epoch": the epoch's final train metrics plus validation metrics."""

    kind: str
    epoch: int  # 1-based
    batch: int  # 1-based within the epoch (epoch events: batches done in that epoch)
    step: int  # batches done since training began
    elapsed: float  # seconds since training began
    samples_per_s: float
    eta: float | None  # seconds left if all epochs run
    learning_rate: float
    loss: float
    accuracy: float | None = None
    val_loss: float | None = None
    val_accuracy: float | None = None
    partial: bool = False  # an epoch cut short by Stop or NaN


@dataclass(frozen=True)
class Progress:
    state: str
    phase: str
    message: str
    run_dir: Path | None
    epoch: int
    epochs: int
    batch: int
    batches_per_epoch: int
    samples_per_s: float
    elapsed: float
    eta: float | None
    n_events: int
    last_batch: TrainingEvent | None
    last_epoch: TrainingEvent | None
    final_metrics: dict[str, float]
    test_metrics: dict[str, Any]
    mixed_precision: bool
    replicas: int

    @property
    def done(self) -> bool:
        return self.state in DONE_STATES

    @property
    def fraction(self) -> float:
        total = self.epochs * self.batches_per_epoch
        if self.state == "finished":
            return 1.0
        done = max(0, self.epoch - 1) * self.batches_per_epoch + self.batch
        return 0.0 if total == 0 else min(1.0, max(0.0, done / total))


@dataclass
class _Shared:
    """State the worker writes and readers copy, always under `lock`."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    state: str = "queued"
    phase: str = "waiting to start"
    message: str = ""
    run_dir: Path | None = None
    epoch: int = 0
    epochs: int = 0
    batch: int = 0
    batches_per_epoch: int = 0
    events: list[TrainingEvent] = field(default_factory=list)
    final_metrics: dict[str, float] = field(default_factory=dict)
    test_metrics: dict[str, Any] = field(default_factory=dict)
    mixed_precision: bool = False
    replicas: int = 1


# ---- Keras helpers --------------------------------------------------------------------------------


def make_strategy(device_type: str = "GPU") -> tf.distribute.Strategy:
    """MirroredStrategy over all logical devices of that type when there are several, else TF's default
    strategy (which places work on the single GPU when there is one)."""
    import tensorflow as tf

    devices = tf.config.list_logical_devices(device_type)
    if len(devices) > 1:
        return tf.distribute.MirroredStrategy([d.name for d in devices])
    return tf.distribute.get_strategy()


def has_gpu() -> bool:
    import tensorflow as tf

    return bool(tf.config.list_physical_devices("GPU"))


def make_optimizer(config: TrainingConfig, total_steps: int = 0) -> keras.optimizers.Optimizer:
    import keras

    rate: Any = config.learning_rate
    if config.lr_schedule == "cosine" and total_steps > 0:
        rate = keras.optimizers.schedules.CosineDecay(config.learning_rate, decay_steps=total_steps)
    if config.optimizer == "sgd":
        return keras.optimizers.SGD(learning_rate=rate, momentum=config.momentum)
    if config.optimizer == "rmsprop":
        return keras.optimizers.RMSprop(learning_rate=rate)
    return keras.optimizers.Adam(learning_rate=rate)


def loss_name(config: TrainingConfig) -> str:
    return "sparse_categorical_crossentropy" if config.loss == "sparse" else "categorical_crossentropy"


def mixed_precision_clone(model: keras.Model) -> keras.Model:
    """A copy of a freshly built model whose layers compute in float16 (variables stay float32), except
    the last layer, kept in float32 so the softmax and the loss stay numerically stable."""
    import keras

    last = model.layers[-1].name

    def clone(layer: keras.layers.Layer) -> keras.layers.Layer:
        config = layer.get_config()
        config["dtype"] = "float32" if layer.name == last else "mixed_float16"
        return layer.__class__.from_config(config)

    return keras.models.clone_model(model, clone_function=clone)


def build_compiled_model(architecture: Architecture, config: TrainingConfig, mixed_precision: bool = False,
                         strategy: tf.distribute.Strategy | None = None, total_steps: int = 0) -> keras.Model:
    """Build the architecture and compile it, inside the strategy's scope when one is given."""
    from contextlib import nullcontext

    from cnnviz.builder import build_model

    with strategy.scope() if strategy is not None else nullcontext():
        model = build_model(architecture)
        if mixed_precision:
            model = mixed_precision_clone(model)
        model.compile(optimizer=make_optimizer(config, total_steps), loss=loss_name(config), metrics=["accuracy"])
    return model


def make_tf_dataset(x: np.ndarray, y: np.ndarray, batch_size: int, num_classes: int, one_hot: bool,
                    shuffle: bool = False, seed: int = 0) -> tf.data.Dataset:
    """Batches gathered from in-memory arrays by (shuffled) index, prefetched so the next batch is ready
    while the current one trains."""
    import tensorflow as tf

    images = tf.convert_to_tensor(x, dtype=tf.float32)
    labels = tf.convert_to_tensor(y.astype("int32"))
    indices = tf.data.Dataset.range(len(x))
    if shuffle:
        indices = indices.shuffle(len(x), seed=seed, reshuffle_each_iteration=True)

    def gather(idx: tf.Tensor) -> tuple[tf.Tensor, tf.Tensor]:
        batch_labels = tf.gather(labels, idx)
        if one_hot:
            batch_labels = tf.one_hot(batch_labels, num_classes)
        return tf.gather(images, idx), batch_labels

    return indices.batch(batch_size).map(gather, num_parallel_calls=tf.data.AUTOTUNE).prefetch(tf.data.AUTOTUNE)


def _float(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _nan_if_none(value: float | None) -> float:
    return float("nan") if value is None else value


def load_config_dataset(config: TrainingConfig, allow_download: bool = True) -> Dataset:
    from cnnviz.data import load_dataset, load_mnist_sample

    if config.sample:
        return load_mnist_sample()
    return load_dataset(config.dataset, path=config.data_path, allow_download=allow_download)


def adapt_input_shape(architecture: Architecture, input_shape: tuple[int, ...]) -> Architecture:
    """The same layers on another input shape (e.g. a 28×28×1 network for 32×32×3 CIFAR-10 images).
    Raises SpecError naming the first layer that no longer fits."""
    adapted = replace(architecture, input_shape=tuple(int(v) for v in input_shape))
    check(adapted)
    return adapted


def describe_mismatch(architecture: Architecture, dataset_shape: tuple[int, ...], num_classes: int) -> str | None:
    """Why this architecture cannot train on this dataset, or None when it can."""
    summary = check(architecture)
    if tuple(architecture.input_shape) != tuple(dataset_shape):
        return (f"the architecture expects {'×'.join(map(str, architecture.input_shape))} images but the dataset "
                f"has {'×'.join(map(str, dataset_shape))}: adapt the input shape to the dataset first")
    out = summary.output_shape
    if len(out) != 1 or out[0] != num_classes:
        return (f"the last layer outputs {out} but the dataset has {num_classes} classes: end the network with "
                f"Dense({num_classes}, activation='softmax')")
    return None


# ---- the streaming callbacks ----------------------------------------------------------------------


class _StreamCallback:
    """Factory for the Keras callback (keras must not be imported at module level)."""

    @staticmethod
    def create(job: TrainingJob) -> keras.callbacks.Callback:
        import keras

        class StreamMetrics(keras.callbacks.Callback):
            # Keras then runs on_train_batch_end on its callback thread pool, off the training loop; converting
            # the batch's metric tensors to numbers there costs the training thread nothing.
            async_safe = True

            def __init__(self) -> None:
                super().__init__()
                self._order_lock = threading.Lock()
                self._pending: dict[int, dict] = {}
                self._next_batch = 0
                self._epoch = 0
                self._epoch_start = 0.0
                self._learning_rate = 0.0
                self._epoch_samples = 0

            def on_train_begin(self, logs: dict | None = None) -> None:
                job._train_start = time.perf_counter()
                if job._stop_requested.is_set():
                    self.model.stop_training = True

            def on_epoch_begin(self, epoch: int, logs: dict | None = None) -> None:
                self._epoch = epoch + 1
                self._next_batch = 0
                self._pending.clear()
                self._epoch_start = time.perf_counter()
                self._learning_rate = _float(self.model.optimizer.learning_rate) or 0.0
                with job._shared.lock:
                    job._shared.epoch = self._epoch
                    job._shared.batch = 0

            def on_train_batch_end(self, batch: int, logs: dict | None = None) -> None:
                # Pool threads may deliver batches out of order: emit them strictly in order.
                with self._order_lock:
                    self._pending[batch] = dict(logs or {})
                    while self._next_batch in self._pending:
                        self._emit_batch(self._next_batch, self._pending.pop(self._next_batch))
                        self._next_batch += 1

            def _emit_batch(self, batch: int, logs: dict) -> None:
                now = time.perf_counter()
                done = min((batch + 1) * job.batch_size, job.n_train)
                speed = done / max(now - self._epoch_start, 1e-9)
                loss = _float(logs.get("loss"))
                remaining = (job.epochs - self._epoch) * job.n_train + (job.n_train - done)
                event = TrainingEvent(
                    "batch", self._epoch, batch + 1, (self._epoch - 1) * job.batches_per_epoch + batch + 1,
                    now - job._train_start, speed, remaining / speed if speed > 0 else None, self._learning_rate,
                    loss if loss is not None else float("nan"), _float(logs.get("accuracy")))
                with job._shared.lock:
                    job._shared.events.append(event)
                    job._shared.batch = batch + 1
                if loss is None or not math.isfinite(loss):
                    job._nan_at = (self._epoch, batch + 1)
                    self.model.stop_training = True

            def on_epoch_end(self, epoch: int, logs: dict | None = None) -> None:
                logs = logs or {}
                now = time.perf_counter()
                with job._shared.lock:
                    batches = job._shared.batch
                done = min(batches * job.batch_size, job.n_train)
                partial = batches < job.batches_per_epoch
                event = TrainingEvent(
                    "epoch", epoch + 1, batches, (epoch) * job.batches_per_epoch + batches, now - job._train_start,
                    done / max(now - self._epoch_start, 1e-9), None, self._learning_rate,
                    _nan_if_none(_float(logs.get("loss"))), _float(logs.get("accuracy")),
                    _float(logs.get("val_loss")), _float(logs.get("val_accuracy")), partial)
                with job._shared.lock:
                    job._shared.events.append(event)
                job._record_epoch(self.model, event)

        return StreamMetrics()


# ---- the job --------------------------------------------------------------------------------------


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
        self._shared = _Shared(epochs=config.epochs)
        self._stop_requested = threading.Event()
        self._thread: threading.Thread | None = None
        self._model: keras.Model | None = None
        self._train_start = time.perf_counter()
        self._best_val_accuracy: float | None = None
        self._nan_at: tuple[int, int] | None = None
        self.batch_size = config.batch_size
        self.epochs = config.epochs
        self.n_train = 0
        self.batches_per_epoch = 0

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
            if self._shared.state in ("queued", "running"):
                self._shared.state = "stopping"
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
        return self.state in DONE_STATES

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
                state=s.state, phase=s.phase, message=s.message, run_dir=s.run_dir, epoch=s.epoch, epochs=s.epochs,
                batch=s.batch, batches_per_epoch=s.batches_per_epoch,
                samples_per_s=last_batch.samples_per_s if last_batch else 0.0,
                elapsed=last_batch.elapsed if last_batch else 0.0,
                eta=None if s.state in DONE_STATES else (last_batch.eta if last_batch else None),
                n_events=len(s.events), last_batch=last_batch, last_epoch=last_epoch,
                final_metrics=dict(s.final_metrics), test_metrics=dict(s.test_metrics),
                mixed_precision=s.mixed_precision, replicas=s.replicas)

    # -- the worker --------------------------------------------------------------------------------

    def _set(self, **values: Any) -> None:
        with self._shared.lock:
            for key, value in values.items():
                setattr(self._shared, key, value)

    def run(self) -> Progress:
        """Train to the end (or Stop / early stopping / NaN) and record everything. Never raises."""
        try:
            self._set(state="stopping" if self._stop_requested.is_set() else "running", phase="starting")
            self._run()
        except Exception as exc:  # the worker must report, not die silently
            message = f"{type(exc).__name__}: {exc}"
            self._finish("failed", message, detail=traceback.format_exc())
        return self.snapshot()

    def _load_split(self) -> tuple[Dataset, Split]:
        from cnnviz.data import split_train_val

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
        mismatch = describe_mismatch(self.architecture, dataset.input_shape, num_classes)
        if mismatch:
            raise ConfigError(mismatch)
        self.n_train = len(split.x_train)
        self.batches_per_epoch = math.ceil(self.n_train / self.batch_size)
        self._set(batches_per_epoch=self.batches_per_epoch, phase="building the model")

        keras.utils.set_random_seed(self.config.seed)
        strategy = self._strategy or make_strategy("GPU")
        mixed = self.config.mixed_precision and has_gpu()
        model = build_compiled_model(self.architecture, self.config, mixed, strategy,
                                     total_steps=self.epochs * self.batches_per_epoch)
        self._model = model
        self._set(mixed_precision=mixed, replicas=int(strategy.num_replicas_in_sync))

        run_config = {**self.config.to_dict(), "dataset_source": dataset.source, "dataset_is_sample": dataset.is_sample,
                      "n_train": self.n_train, "n_val": len(split.x_val), "n_test": len(dataset.x_test),
                      "mixed_precision_used": mixed, "replicas": int(strategy.num_replicas_in_sync)}
        run_dir = runs.create_run(self.architecture, run_config, self.name, model.count_params(), root=self._root,
                                  run_dir=self._run_dir)
        runs.register_live(run_dir)
        self._set(run_dir=run_dir)
        runs.save_model_atomic(model, run_dir / runs.INITIAL_WEIGHTS)
        try:
            self._fit(model, dataset, split, num_classes)
        finally:
            runs.unregister_live(run_dir)

    def _fit(self, model: keras.Model, dataset: Dataset, split: Split, num_classes: int) -> None:
        import keras

        one_hot = self.config.loss == "categorical"
        train = make_tf_dataset(split.x_train, split.y_train, self.batch_size, num_classes, one_hot, shuffle=True,
                                seed=self.config.seed)
        val = make_tf_dataset(split.x_val, split.y_val, self.batch_size, num_classes, one_hot)
        callbacks = [_StreamCallback.create(self)]
        if self.config.early_stopping:
            callbacks.append(keras.callbacks.EarlyStopping(
                monitor="val_loss", patience=self.config.patience,
                restore_best_weights=self.config.restore_best_weights))
        if self._stop_requested.is_set():
            self._finish("stopped", "stopped before training began")
            return
        self._set(phase="training")
        self._train_start = time.perf_counter()
        model.fit(train, validation_data=val, epochs=self.epochs, callbacks=callbacks, verbose=0,
                  shuffle=False)  # the tf.data pipeline shuffles

        if self._nan_at is not None:
            epoch, batch = self._nan_at
            self._finish("failed", f"the loss became NaN (not a number) at epoch {epoch}, batch {batch}, so "
                                   f"training stopped. The learning rate ({self.config.learning_rate:g}) is "
                                   "probably too high: try 10× smaller. The best checkpoint before that is kept.")
            return
        self._set(phase="saving the final model")
        runs.save_model_atomic(model, self.run_dir / runs.FINAL_MODEL)
        self._set(phase="evaluating on the test set")
        test = make_tf_dataset(dataset.x_test, dataset.y_test, max(self.batch_size, 256), num_classes, one_hot)
        scores = model.evaluate(test, verbose=0, return_dict=True)
        test_metrics = {"loss": float(scores["loss"]), "accuracy": float(scores["accuracy"]),
                        "n": int(len(dataset.x_test))}
        runs.atomic_write_json(self.run_dir / runs.TEST_METRICS_FILE, test_metrics)
        self._set(test_metrics=test_metrics)
        stopped = self._stop_requested.is_set()
        self._finish("stopped" if stopped else "finished",
                     "stopped by the user; the model trained so far is saved" if stopped else "")

    def _record_epoch(self, model: keras.Model, event: TrainingEvent) -> None:
        """Per epoch, on the worker: history.json, best checkpoint, final-metric snapshot."""
        if self.run_dir is None or not math.isfinite(event.loss):
            return
        entry = {k: v for k, v in asdict(event).items() if k not in ("kind", "eta", "step")}
        runs.append_history(self.run_dir, entry)
        val_acc = event.val_accuracy
        if val_acc is not None and (self._best_val_accuracy is None or val_acc > self._best_val_accuracy):
            self._best_val_accuracy = val_acc
            if self.config.save_best_checkpoint:
                runs.save_model_atomic(model, self.run_dir / runs.BEST_MODEL)
            runs.update_run(self.run_dir, best_val_accuracy=val_acc, best_epoch=event.epoch)
        final = {"train_loss": event.loss, "train_accuracy": event.accuracy, "val_loss": event.val_loss,
                 "val_accuracy": event.val_accuracy}
        self._set(final_metrics={k: v for k, v in final.items() if v is not None})
        if self._on_epoch is not None:
            self._on_epoch(event)

    def _finish(self, state: str, message: str, detail: str = "") -> None:
        with self._shared.lock:
            final = dict(self._shared.final_metrics)
            test = dict(self._shared.test_metrics)
            self._shared.state = state
            self._shared.message = message
            self._shared.phase = state
        if self.run_dir is not None:
            fields_ = {"status": state, "message": message, "final_metrics": final, "finished": runs.now_iso()}
            if test:
                fields_["test_accuracy"] = test.get("accuracy")
            if detail:
                fields_["error_detail"] = detail[-4000:]
            runs.update_run(self.run_dir, **fields_)


# ---- evaluating a saved run -----------------------------------------------------------------------

SPLITS = ("train", "val", "test")


def evaluate_run(run_dir: str | Path, split: str = "test", which: str = "final",
                 batch_size: int = 256) -> dict[str, Any]:
    """Loss, accuracy and confusion matrix of a saved run's model on its test set, or on the exact
    train/validation split it trained with (re-made from the run's saved dataset, fraction, seed, limit)."""
    import numpy as np

    if split not in SPLITS:
        raise ConfigError(f"split must be one of {', '.join(SPLITS)}, not {split!r}")
    dataset, parts = runs.run_split(run_dir)
    x, y = {"train": (parts.x_train, parts.y_train), "val": (parts.x_val, parts.y_val),
            "test": (dataset.x_test, dataset.y_test)}[split]
    config = TrainingConfig.from_dict(runs.load_config(run_dir))
    model = runs.load_model(run_dir, which)
    num_classes = len(dataset.class_names)
    probabilities = model.predict(make_tf_dataset(x, y, batch_size, num_classes, False), verbose=0)
    predicted = np.argmax(probabilities, axis=1)
    picked = np.clip(probabilities[np.arange(len(y)), y.astype(int)], 1e-7, 1.0)  # Keras clips the same way
    confusion = np.zeros((num_classes, num_classes), dtype=int)
    np.add.at(confusion, (y.astype(int), predicted), 1)
    return {"split": split, "n": int(len(y)), "accuracy": float(np.mean(predicted == y)),
            "loss": float(-np.mean(np.log(picked))), "loss_function": loss_name(config),
            "class_names": list(dataset.class_names), "confusion_matrix": confusion.tolist()}
