"""The stream callback talks to its job only through the StreamListener interface: batches in order whatever order
Keras' thread pool delivers them, the first loss told once, a loss that is not a number stops training."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from cnnviz.train.callback import StreamCallback
from cnnviz.train.progress import TrainingEvent


class Listener:
    """Records what the callback tells it (a TrainingJob keeps, writes and acts on the same calls)."""

    def __init__(self, stop: bool = False) -> None:
        self.calls: list[tuple[str, Any]] = []
        self.stop = stop

    @property
    def stop_requested(self) -> bool:
        return self.stop

    def training_started(self) -> float:
        self.calls.append(("training_started", None))
        return 0.0

    def epoch_started(self, epoch: int) -> None:
        self.calls.append(("epoch_started", epoch))

    def batch_done(self, event: TrainingEvent, last: bool) -> None:
        self.calls.append(("batch_done", (event.batch, event.loss, last)))

    def first_loss_seen(self, loss: float) -> None:
        self.calls.append(("first_loss_seen", loss))

    def loss_not_a_number(self, epoch: int, batch: int) -> None:
        self.calls.append(("loss_not_a_number", (epoch, batch)))

    def validation_started(self) -> None:
        self.calls.append(("validation_started", None))

    def validation_batch_done(self, batches: int) -> None:
        self.calls.append(("validation_batch_done", batches))

    def epoch_done(self, model: Any, event: TrainingEvent) -> None:
        self.calls.append(("epoch_done", (event.epoch, event.batch, event.partial, event.val_accuracy)))


def model() -> SimpleNamespace:
    return SimpleNamespace(stop_training=False, optimizer=SimpleNamespace(learning_rate=0.01))


def stream(listener: Listener) -> StreamCallback:
    return StreamCallback(listener, batch_size=10, n_train=30, epochs=2, batches_per_epoch=3)


def test_batches_reach_the_listener_in_order_and_the_epoch_counts_them() -> None:
    listener, m = Listener(), model()
    callback = stream(listener)
    callback.on_train_begin(m)
    callback.on_epoch_begin(m, 0)
    for batch, loss in ((1, 2.0), (0, 2.5), (2, 1.5)):  # the pool delivered batch 2 before batch 1
        callback.on_train_batch_end(m, batch, {"loss": loss, "accuracy": 0.5})
    callback.on_test_begin()
    callback.on_test_batch_end(0)
    callback.on_epoch_end(m, 0, {"loss": 1.5, "accuracy": 0.5, "val_loss": 1.4, "val_accuracy": 0.6})
    assert listener.calls == [
        ("training_started", None), ("epoch_started", 1),
        ("batch_done", (1, 2.5, False)), ("first_loss_seen", 2.5), ("batch_done", (2, 2.0, False)),
        ("batch_done", (3, 1.5, True)), ("validation_started", None), ("validation_batch_done", 1),
        ("epoch_done", (1, 3, False, 0.6))]
    assert not m.stop_training


def test_a_loss_that_is_not_a_number_stops_training_and_the_epoch_is_partial() -> None:
    listener, m = Listener(), model()
    callback = stream(listener)
    callback.on_train_begin(m)
    callback.on_epoch_begin(m, 1)
    callback.on_train_batch_end(m, 0, {"loss": float("nan")})
    callback.on_epoch_end(m, 1, {"loss": float("nan")})
    assert m.stop_training
    assert ("loss_not_a_number", (2, 1)) in listener.calls
    assert listener.calls[-1] == ("epoch_done", (2, 1, True, None))


def test_a_stop_asked_before_training_begins_stops_it_at_once() -> None:
    m = model()
    stream(Listener(stop=True)).on_train_begin(m)
    assert m.stop_training


def test_the_keras_callback_passes_every_hook_on() -> None:
    listener = Listener()
    keras_callback = stream(listener).keras_callback()
    keras_callback.set_model(model())
    assert keras_callback.async_safe
    keras_callback.on_train_begin()
    keras_callback.on_epoch_begin(0)
    keras_callback.on_train_batch_end(0, {"loss": 2.0})
    keras_callback.on_test_begin()
    keras_callback.on_test_batch_end(0)
    keras_callback.on_epoch_end(0, {"loss": 2.0})
    assert [name for name, _ in listener.calls] == [
        "training_started", "epoch_started", "batch_done", "first_loss_seen", "validation_started",
        "validation_batch_done", "epoch_done"]
