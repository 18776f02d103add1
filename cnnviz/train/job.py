"""Training jobs: `model.fit` in a background thread that streams its metrics and writes a run folder.

The worker never touches Streamlit. A page (or the CLI) starts a `TrainingJob`, then polls
`job.snapshot()` and `job.events_since(i)`; `job.stop()` ends training after the current batch and keeps
the model. Everything a run produces goes to its folder through :mod:`cnnviz.runs.store` as it happens, so
a killed server keeps the epochs done and the best checkpoint.

TensorFlow is imported only inside functions.
"""

from __future__ import annotations

import contextlib
import math
import threading
import time
import traceback
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cnnviz.arch.memory import MemoryRefused, refuse_training
from cnnviz.arch.shapes import check
from cnnviz.arch.spec import Architecture
from cnnviz.i18n import CnnvizError, Joined, Message, msg
from cnnviz.runs import layout
from cnnviz.runs import store as runs
from cnnviz.train.device import gpu_names

if TYPE_CHECKING:
    import keras
    import numpy as np
    import tensorflow as tf

    from cnnviz.data.datasets import Dataset, Split

OPTIMIZERS = ("adam", "rmsprop", "sgd")
LOSSES = ("sparse", "categorical")
LR_SCHEDULES = ("constant", "cosine")
# What a job's progress says it is in: a run status (cnnviz.runs.layout), or "stopping", which is never written to
# run.json (the run stays "running" there until the job ends).
STOPPING = "stopping"
STATES = (*layout.ACTIVE, STOPPING, *layout.DONE)
LIVE_STATES = ("running", STOPPING)  # a worker has the job: its clock runs
# A verdict of "diverged": the loss ended this many times above where it started...
DIVERGED_LOSS_FACTOR = 3.0
# ...or validation accuracy stayed within this margin of chance (1 / classes) while the loss did not fall at all.
CHANCE_MARGIN = 0.05
STUCK_LOSS_SHARE = 0.98  # "did not fall": the last loss still this share of the first (a slow start falls more)
ETA_MIN_BATCHES = 3  # the first batch includes compiling the step function: no speed or ETA before this
EVENT_INTERVAL = 0.25  # seconds between two batch events written to events.jsonl (epoch events always go)
MAX_EPOCHS = 1000
MAX_BATCH_SIZE = 65536


class ConfigError(CnnvizError, ValueError):
    """Training options that cannot work: a catalog key (`training.*`) naming the option."""


# What a job is doing (Progress.phase, also written to events.jsonl): English ids, shown through `phase_message`.
PHASE_KEYS = {
    "waiting to start": "training.phase.waiting",
    "waiting in the queue": "training.phase.queued",
    "starting": "training.phase.starting",
    "loading the dataset": "training.phase.loading",
    "splitting train / validation": "training.phase.splitting",
    "building the model": "training.phase.building",
    "training": "training.phase.training",
    "validating": "training.phase.validating",
    "saving the final model": "training.phase.saving",
    "evaluating on the test set": "training.phase.evaluating",
    "stopping after this batch": "training.phase.stopping",
    "stopping: the loss is not a number": "training.phase.stopping_nan",
}


def phase_message(phase: str) -> Message:
    """A phase (or a state: the last phase of a job) as a text to show, e.g. "loading the dataset"."""
    if phase in PHASE_KEYS:
        return msg(PHASE_KEYS[phase])
    return runs.status_message(phase)


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
    record_snapshots: bool = True  # first-layer kernels, probe maps and norms over time (cnnviz.train.snapshots)
    tensorboard: bool = True  # event files in the run folder for `tensorboard --logdir` (cnnviz.train.tblog)

    def validate(self) -> None:
        from cnnviz.data.datasets import DATASETS, USER_DATASET

        problems: list[Message] = []
        if self.dataset not in (*DATASETS, USER_DATASET):
            problems.append(msg("training.bad_dataset", options=", ".join((*DATASETS, USER_DATASET)),
                                value=repr(self.dataset)))
        if self.dataset == USER_DATASET and not self.data_path:
            problems.append(msg("training.user_needs_path"))
        if self.optimizer not in OPTIMIZERS:
            problems.append(msg("training.bad_optimizer", options=", ".join(OPTIMIZERS), value=repr(self.optimizer)))
        if self.loss not in LOSSES:
            problems.append(msg("training.bad_loss", value=repr(self.loss)))
        if not (isinstance(self.learning_rate, int | float) and math.isfinite(self.learning_rate)
                and self.learning_rate > 0):
            problems.append(msg("training.bad_learning_rate", value=repr(self.learning_rate)))
        if self.lr_schedule not in LR_SCHEDULES:
            problems.append(msg("training.bad_schedule", options=", ".join(LR_SCHEDULES), value=repr(self.lr_schedule)))
        if not 0 <= self.momentum < 1:
            problems.append(msg("training.bad_momentum", value=self.momentum))
        if not 1 <= self.batch_size <= MAX_BATCH_SIZE:
            problems.append(msg("training.bad_batch_size", limit=MAX_BATCH_SIZE, value=self.batch_size))
        if not 1 <= self.epochs <= MAX_EPOCHS:
            problems.append(msg("training.bad_epochs", limit=MAX_EPOCHS, value=self.epochs))
        if not 0.01 <= self.val_fraction <= 0.5:
            problems.append(msg("training.bad_val_fraction", value=self.val_fraction))
        if self.limit is not None and self.limit < 10:
            problems.append(msg("training.bad_limit", value=self.limit))
        if self.patience < 0:
            problems.append(msg("training.bad_patience", value=self.patience))
        if self.sample and self.dataset != "mnist":
            problems.append(msg("training.sample_mnist_only"))
        if problems:
            raise ConfigError("training.config_problems", problems=Joined(tuple(problems), "; "))

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
    phase: str  # an English id (see PHASE_KEYS); `phase_text` is what to show
    note: Message | None  # why the job ended as it did (failed, diverged, stopped); None while it runs well
    run_dir: Path | None
    epoch: int
    epochs: int
    batch: int
    batches_per_epoch: int
    val_batch: int
    val_batches: int
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
        return self.state in layout.DONE

    @property
    def message(self) -> str:
        """`note` in the current language ("" when there is none)."""
        return "" if self.note is None else str(self.note)

    @property
    def phase_text(self) -> Message:
        return phase_message(self.phase)

    @property
    def state_text(self) -> Message:
        return runs.status_message(self.state)

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
    note: Message | None = None
    run_dir: Path | None = None
    epoch: int = 0
    epochs: int = 0
    batch: int = 0
    batches_per_epoch: int = 0
    val_batch: int = 0
    val_batches: int = 0
    events: list[TrainingEvent] = field(default_factory=list)
    final_metrics: dict[str, float] = field(default_factory=dict)
    test_metrics: dict[str, Any] = field(default_factory=dict)
    mixed_precision: bool = False
    replicas: int = 1


@dataclass
class RunStream:
    """A run's event stream as read so far from its folder: a page keeps one per run and tails the file, so the
    page, the CLI and a restarted server all show the same truth, whichever process trains."""

    run_dir: Path
    offset: int = 0
    events: list[TrainingEvent] = field(default_factory=list)
    state: dict[str, Any] = field(default_factory=dict)
    final: dict[str, Any] = field(default_factory=dict)
    last_time: float | None = None  # wall clock of the newest batch or state record
    started: float | None = None  # wall clock of the first record saying the job runs (a worker took it)

    def update(self) -> RunStream:
        records, self.offset = runs.read_events(self.run_dir, self.offset)
        names = {f.name for f in fields(TrainingEvent)}
        for record in records:
            kind = record.get("t")
            if kind in ("batch", "epoch"):
                with contextlib.suppress(TypeError, ValueError):
                    self.events.append(TrainingEvent(**{k: v for k, v in record.items() if k in names}))
            elif kind == "state":
                self.state = record
                if self.started is None and record.get("state") == "running" and isinstance(record.get("time"),
                                                                                              int | float):
                    self.started = float(record["time"])
            elif kind == "final":
                self.final = record
            if isinstance(record.get("time"), int | float):
                self.last_time = float(record["time"])
        return self

    def progress(self, status: str, message: Message | str | None = None) -> Progress:
        """What the job is doing, with the run folder's status deciding (a dead job's last record says running).
        `message`: the run's own (RunInfo.status_message), used when the stream holds none."""
        s = self.state
        last_batch = next((e for e in reversed(self.events) if e.kind == "batch"), None)
        last_epoch = next((e for e in reversed(self.events) if e.kind == "epoch"), None)
        # The folder's status decides once the job is over (or dead: "interrupted"); while it lives, the job's own
        # last word does ("stopping" is never written to run.json).
        state = s.get("state", status) if status in layout.ACTIVE else status
        # Elapsed: since a worker took the job, on one clock, so it ticks while the job loads, compiles, validates or
        # saves, and never runs backwards when the job ends (its last record's time is then the end).
        live = state in LIVE_STATES
        if self.started is not None:
            elapsed = max(0.0, (time.time() if live else (self.last_time or self.started)) - self.started)
        else:  # a stream written before jobs recorded their start
            elapsed = last_batch.elapsed if last_batch else 0.0
            if live and last_batch and self.last_time:
                elapsed += max(0.0, time.time() - self.last_time)
        fallback = msg("runs.stored_text", text=message) if isinstance(message, str) and message else message
        return Progress(
            state=state, phase=s.get("phase", status), note=runs.stored_message(s) or fallback or None,
            run_dir=self.run_dir,
            epoch=last_batch.epoch if last_batch else int(s.get("epoch") or 0), epochs=int(s.get("epochs") or 0),
            batch=last_batch.batch if last_batch else int(s.get("batch") or 0),
            batches_per_epoch=int(s.get("batches_per_epoch") or 0), val_batch=int(s.get("val_batch") or 0),
            val_batches=int(s.get("val_batches") or 0),
            samples_per_s=last_batch.samples_per_s if last_batch else 0.0, elapsed=elapsed,
            eta=None if state in layout.DONE or not last_batch else last_batch.eta, n_events=len(self.events),
            last_batch=last_batch, last_epoch=last_epoch, final_metrics=dict(self.final.get("final_metrics") or {}),
            test_metrics=dict(self.final.get("test_metrics") or {}),
            mixed_precision=bool(s.get("mixed_precision")), replicas=int(s.get("replicas") or 1))


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


def make_loss(config: TrainingConfig) -> Any:
    """What model.compile gets as its loss (a Keras loss name; tests may substitute a callable)."""
    return loss_name(config)


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

    from cnnviz.models.builder import build_model

    with strategy.scope() if strategy is not None else nullcontext():
        model = build_model(architecture)
        if mixed_precision:
            model = mixed_precision_clone(model)
        model.compile(optimizer=make_optimizer(config, total_steps), loss=make_loss(config), metrics=["accuracy"])
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
    from cnnviz.data.training_data import load_training_dataset

    return load_training_dataset(config.dataset, config.data_path, config.sample, allow_download)


def adapt_input_shape(architecture: Architecture, input_shape: tuple[int, ...]) -> Architecture:
    """The same layers on another input shape (e.g. a 28×28×1 network for 32×32×3 CIFAR-10 images).
    Raises SpecError naming the first layer that no longer fits."""
    adapted = replace(architecture, input_shape=tuple(int(v) for v in input_shape))
    check(adapted)
    return adapted


def adapt_output_classes(architecture: Architecture, num_classes: int) -> Architecture | None:
    """The same network ending in Dense(num_classes) (its activation kept), for a dataset with another number
    of classes; None when the last layer is not a Dense layer (then the user must change the network)."""
    from cnnviz.arch.spec import Dense

    if not architecture.layers or not isinstance(architecture.layers[-1], Dense):
        return None
    adapted = replace(architecture, layers=(*architecture.layers[:-1], replace(architecture.layers[-1],
                                                                             units=int(num_classes))))
    check(adapted)
    return adapted


def mismatch_message(architecture: Architecture, dataset_shape: tuple[int, ...], num_classes: int) -> Message | None:
    """Why this architecture cannot train on this dataset, or None when it can."""
    summary = check(architecture)
    if tuple(architecture.input_shape) != tuple(dataset_shape):
        return msg("training.input_mismatch", expected="×".join(map(str, architecture.input_shape)),
                   got="×".join(map(str, dataset_shape)))
    out = summary.output_shape
    if len(out) != 1 or out[0] != num_classes:
        return msg("training.output_mismatch", out=str(out), classes=num_classes)
    return None


def describe_mismatch(architecture: Architecture, dataset_shape: tuple[int, ...], num_classes: int) -> str | None:
    """`mismatch_message` in the current language."""
    message = mismatch_message(architecture, dataset_shape, num_classes)
    return None if message is None else str(message)


def lr_advice(learning_rate: float) -> Message:
    return msg("training.lr_advice", lr=learning_rate)


def divergence_verdict(first_loss: float | None, history: list[dict[str, Any]], num_classes: int,
                       learning_rate: float) -> Message | None:
    """Why a run that ran to the end must not be called a success, or None when it learned.

    Diverged: the last complete epoch's loss ended far above where training started. Stuck: validation
    accuracy never rose above chance (1 / classes, plus a small margin) while the loss did not fall."""
    complete = [h for h in history if not h.get("partial") and _finite(h.get("loss"))]
    if first_loss is None or not math.isfinite(first_loss) or not complete:
        return None
    last_loss = float(complete[-1]["loss"])
    chance = 1.0 / max(num_classes, 1)
    val_accuracies = [float(h["val_accuracy"]) for h in complete if _finite(h.get("val_accuracy"))]
    best_val = max(val_accuracies) if val_accuracies else None
    advice = lr_advice(learning_rate)
    if last_loss > DIVERGED_LOSS_FACTOR * first_loss:
        return msg("training.diverged", last=_readable(last_loss), first=float(first_loss), advice=advice)
    if best_val is not None and best_val <= chance + CHANCE_MARGIN and last_loss >= STUCK_LOSS_SHARE * first_loss:
        return msg("training.stuck", best=best_val, classes=num_classes, chance=chance, first=float(first_loss),
                   last=last_loss, advice=advice)
    return None


def divergence_message(first_loss: float | None, history: list[dict[str, Any]], num_classes: int,
                       learning_rate: float) -> str | None:
    """`divergence_verdict` in the current language."""
    verdict = divergence_verdict(first_loss, history, num_classes, learning_rate)
    return None if verdict is None else str(verdict)


def _readable(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.4g}"


def _finite(value: Any) -> bool:
    return isinstance(value, int | float) and math.isfinite(value)


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
                self._speed_from: tuple[float, int] = (0.0, 0)  # (time, samples) at the end of the epoch's 1st batch
                self._speed: float | None = None  # samples/s without the first batch's compiling; kept across epochs

            def on_train_begin(self, logs: dict | None = None) -> None:
                job._train_start = time.perf_counter()
                if job._stop_requested.is_set():
                    self.model.stop_training = True

            def on_epoch_begin(self, epoch: int, logs: dict | None = None) -> None:
                if not job._stop_requested.is_set():
                    job._set(phase="training")
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
                if batch == 0:  # measure speed from here: the first batch also traces and compiles the step
                    self._speed_from = (now, done)
                elif batch + 1 >= ETA_MIN_BATCHES and now > self._speed_from[0]:
                    self._speed = (done - self._speed_from[1]) / (now - self._speed_from[0])
                speed = self._speed
                loss = _float(logs.get("loss"))
                remaining = (job.epochs - self._epoch) * job.n_train + (job.n_train - done)
                event = TrainingEvent(
                    "batch", self._epoch, batch + 1, (self._epoch - 1) * job.batches_per_epoch + batch + 1,
                    now - job._train_start, speed or 0.0, remaining / speed if speed else None, self._learning_rate,
                    loss if loss is not None else float("nan"), _float(logs.get("accuracy")))
                with job._shared.lock:
                    job._shared.events.append(event)
                    job._shared.batch = batch + 1
                job._record_event(event, last=batch + 1 == job.batches_per_epoch)
                if job.run_dir is not None and not job._stop_requested.is_set() and runs.stop_requested(job.run_dir):
                    job.stop()  # someone else (a page, the Class page, the CLI) asked through the run folder
                if job._first_loss is None and loss is not None:
                    job._first_loss = loss
                if loss is None or not math.isfinite(loss):
                    job._nan_at = (self._epoch, batch + 1)
                    self.model.stop_training = True
                    job._set(phase="stopping: the loss is not a number")

            def on_test_begin(self, logs: dict | None = None) -> None:
                job._set(phase="validating", val_batch=0)

            def on_test_batch_end(self, batch: int, logs: dict | None = None) -> None:
                job._set(val_batch=batch + 1, quiet=batch + 1 < job._shared.val_batches)

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
                job._record_event(event, last=True)
                job._record_epoch(self.model, event)

        return StreamMetrics()


# ---- the job --------------------------------------------------------------------------------------


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
        self._shared = _Shared(epochs=config.epochs)
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
                runs.save_model_atomic(model, run_dir / layout.INITIAL_WEIGHTS)
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
        callbacks = [_StreamCallback.create(self), *self._recorders(split, num_classes)]
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
        runs.save_model_atomic(model, self.run_dir / runs.FINAL_MODEL)
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
                runs.save_model_atomic(model, self.run_dir / runs.BEST_MODEL)
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


# ---- evaluating a saved run -----------------------------------------------------------------------

SPLITS = ("train", "val", "test")


def evaluate_run(run_dir: str | Path, split: str = "test", which: str = "final",
                 batch_size: int = 256) -> dict[str, Any]:
    """Loss, accuracy and confusion matrix of a saved run's model on its test set, or on the exact
    train/validation split it trained with (re-made from the run's saved dataset, fraction, seed, limit)."""
    import numpy as np

    if split not in SPLITS:
        raise ConfigError("training.bad_split", options=", ".join(SPLITS), value=repr(split))
    dataset, parts = runs.run_split(run_dir)
    x, y = {"train": (parts.x_train, parts.y_train), "val": (parts.x_val, parts.y_val),
            "test": (dataset.x_test, dataset.y_test)}[split]
    from cnnviz.models.modelfile import load_model_file
    from cnnviz.runs.files import choose_model, config_for_data

    config = TrainingConfig.from_dict(config_for_data(run_dir))
    chosen = choose_model(run_dir, which)  # the other checkpoint when this one is damaged, said in `notes`
    model = load_model_file(chosen.value)
    num_classes = len(dataset.class_names)
    probabilities = model.predict(make_tf_dataset(x, y, batch_size, num_classes, False), verbose=0)
    predicted = np.argmax(probabilities, axis=1)
    picked = np.clip(probabilities[np.arange(len(y)), y.astype(int)], 1e-7, 1.0)  # Keras clips the same way
    confusion = np.zeros((num_classes, num_classes), dtype=int)
    np.add.at(confusion, (y.astype(int), predicted), 1)
    return {"split": split, "n": int(len(y)), "accuracy": float(np.mean(predicted == y)),
            "loss": float(-np.mean(np.log(picked))), "loss_function": loss_name(config),
            "class_names": list(dataset.class_names), "confusion_matrix": confusion.tolist(),
            "model_file": chosen.value.name, "notes": [str(problem) for problem in chosen.problems]}
