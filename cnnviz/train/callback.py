"""The metric stream of one `model.fit`: `StreamCallback` turns Keras' batch and epoch hooks into `TrainingEvent`s
(running means, speed, ETA, learning rate) and tells them to a `StreamListener` (the training job), which keeps,
records and acts on them. It spots a loss that is no longer a number and stops training there.

Keras is imported only inside functions: `StreamCallback.keras_callback()` is what `model.fit` takes."""

from __future__ import annotations

import math
import threading
import time
from typing import TYPE_CHECKING, Any, Protocol

from cnnviz.train.progress import TrainingEvent

if TYPE_CHECKING:
    import keras

ETA_MIN_BATCHES = 3  # the first batch includes compiling the step function: no speed or ETA before this


class StreamListener(Protocol):
    """What a `StreamCallback` tells the job it streams for (cnnviz.train.job.TrainingJob is one)."""

    @property
    def stop_requested(self) -> bool:
        """Whether Stop was asked for: training then ends after the current batch."""
        ...

    def training_started(self) -> float:
        """`model.fit` begins; the `time.perf_counter()` the events' elapsed times count from."""
        ...

    def epoch_started(self, epoch: int) -> None:
        """Epoch `epoch` (1-based) begins: no batch of it done yet."""
        ...

    def batch_done(self, event: TrainingEvent, last: bool) -> None:
        """A training batch's event, in order; `last`: the epoch's last batch."""
        ...

    def first_loss_seen(self, loss: float) -> None:
        """The first batch's loss: where training started."""
        ...

    def loss_not_a_number(self, epoch: int, batch: int) -> None:
        """The loss of this batch (1-based) is not a finite number: training stops after it."""
        ...

    def validation_started(self) -> None:
        """The epoch's validation pass begins."""
        ...

    def validation_batch_done(self, batches: int) -> None:
        """`batches` validation batches done in this pass."""
        ...

    def epoch_done(self, model: keras.Model, event: TrainingEvent) -> None:
        """An epoch's event (train and validation metrics); `event.partial` when Stop or NaN cut it short."""
        ...


def _float(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _nan_if_none(value: float | None) -> float:
    return float("nan") if value is None else value


class StreamCallback:
    """The events of one fit of `epochs` epochs of `batches_per_epoch` batches of `batch_size` of `n_train` images,
    told to `listener`. Each hook takes the model Keras trains (its learning rate is read, its training stopped)."""

    # Keras runs on_train_batch_end on its callback thread pool, off the training loop; converting the batch's
    # metric tensors to numbers there costs the training thread nothing.
    async_safe = True

    def __init__(self, listener: StreamListener, *, batch_size: int, n_train: int, epochs: int,
                 batches_per_epoch: int) -> None:
        self.listener = listener
        self.batch_size = batch_size
        self.n_train = n_train
        self.epochs = epochs
        self.batches_per_epoch = batches_per_epoch
        self._order_lock = threading.Lock()
        self._pending: dict[int, dict] = {}
        self._next_batch = 0
        self._epoch = 0
        self._train_start = 0.0
        self._epoch_start = 0.0
        self._learning_rate = 0.0
        self._speed_from: tuple[float, int] = (0.0, 0)  # (time, samples) at the end of the epoch's 1st batch
        self._speed: float | None = None  # samples/s without the first batch's compiling; kept across epochs
        self._first_loss_told = False

    def keras_callback(self) -> keras.callbacks.Callback:
        """This stream as the Keras callback `model.fit` takes."""
        return _keras_callback(self)

    def on_train_begin(self, model: keras.Model) -> None:
        self._train_start = self.listener.training_started()
        if self.listener.stop_requested:
            model.stop_training = True

    def on_epoch_begin(self, model: keras.Model, epoch: int) -> None:
        self._epoch = epoch + 1
        self.listener.epoch_started(self._epoch)
        self._next_batch = 0
        self._pending.clear()
        self._epoch_start = time.perf_counter()
        self._learning_rate = _float(model.optimizer.learning_rate) or 0.0

    def on_train_batch_end(self, model: keras.Model, batch: int, logs: dict | None) -> None:
        # Pool threads may deliver batches out of order: emit them strictly in order.
        with self._order_lock:
            self._pending[batch] = dict(logs or {})
            while self._next_batch in self._pending:
                self._emit_batch(model, self._next_batch, self._pending.pop(self._next_batch))
                self._next_batch += 1

    def on_test_begin(self) -> None:
        self.listener.validation_started()

    def on_test_batch_end(self, batch: int) -> None:
        self.listener.validation_batch_done(batch + 1)

    def on_epoch_end(self, model: keras.Model, epoch: int, logs: dict | None) -> None:
        logs = logs or {}
        now = time.perf_counter()
        with self._order_lock:
            batches = self._next_batch
        done = min(batches * self.batch_size, self.n_train)
        event = TrainingEvent(
            "epoch", epoch + 1, batches, epoch * self.batches_per_epoch + batches, now - self._train_start,
            done / max(now - self._epoch_start, 1e-9), None, self._learning_rate,
            _nan_if_none(_float(logs.get("loss"))), _float(logs.get("accuracy")),
            _float(logs.get("val_loss")), _float(logs.get("val_accuracy")), batches < self.batches_per_epoch)
        self.listener.epoch_done(model, event)

    def _emit_batch(self, model: keras.Model, batch: int, logs: dict) -> None:
        now = time.perf_counter()
        done = min((batch + 1) * self.batch_size, self.n_train)
        if batch == 0:  # measure speed from here: the first batch also traces and compiles the step
            self._speed_from = (now, done)
        elif batch + 1 >= ETA_MIN_BATCHES and now > self._speed_from[0]:
            self._speed = (done - self._speed_from[1]) / (now - self._speed_from[0])
        speed = self._speed
        loss = _float(logs.get("loss"))
        remaining = (self.epochs - self._epoch) * self.n_train + (self.n_train - done)
        event = TrainingEvent(
            "batch", self._epoch, batch + 1, (self._epoch - 1) * self.batches_per_epoch + batch + 1,
            now - self._train_start, speed or 0.0, remaining / speed if speed else None, self._learning_rate,
            loss if loss is not None else float("nan"), _float(logs.get("accuracy")))
        self.listener.batch_done(event, last=batch + 1 == self.batches_per_epoch)
        if loss is not None and not self._first_loss_told:
            self._first_loss_told = True
            self.listener.first_loss_seen(loss)
        if loss is None or not math.isfinite(loss):
            model.stop_training = True
            self.listener.loss_not_a_number(self._epoch, batch + 1)


def _keras_callback(stream: StreamCallback) -> keras.callbacks.Callback:
    """A Keras callback passing the hooks `stream` has on to it, with the model Keras trains."""
    import keras

    class KerasStream(keras.callbacks.Callback):
        async_safe = StreamCallback.async_safe

        def on_train_begin(self, logs: dict | None = None) -> None:
            stream.on_train_begin(self.model)

        def on_epoch_begin(self, epoch: int, logs: dict | None = None) -> None:
            stream.on_epoch_begin(self.model, epoch)

        def on_train_batch_end(self, batch: int, logs: dict | None = None) -> None:
            stream.on_train_batch_end(self.model, batch, logs)

        def on_test_begin(self, logs: dict | None = None) -> None:
            stream.on_test_begin()

        def on_test_batch_end(self, batch: int, logs: dict | None = None) -> None:
            stream.on_test_batch_end(batch)

        def on_epoch_end(self, epoch: int, logs: dict | None = None) -> None:
            stream.on_epoch_end(self.model, epoch, logs)

    return KerasStream()
