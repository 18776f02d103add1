"""Learning-curve figures: where batch and epoch points land on the epoch axis, thinning, history curves."""

from __future__ import annotations

from cnnviz.figures.training import MAX_BATCH_POINTS, history_curve, learning_curve
from cnnviz.train.progress import TrainingEvent


def event(kind: str, epoch: int, batch: int, loss: float, val: float | None = None) -> TrainingEvent:
    return TrainingEvent(kind, epoch, batch, 0, 0.0, 1.0, None, 0.001, loss, 0.5, val, 0.6 if val else None)


def test_batches_sit_inside_their_epoch_and_epochs_at_its_end() -> None:
    events = [event("batch", 1, b, 2.0 - b / 10) for b in (1, 2, 3, 4)] + [event("epoch", 1, 4, 1.6, val=1.7)]
    events += [event("batch", 2, b, 1.5) for b in (1, 2)]
    fig = learning_curve(events, "loss", batches_per_epoch=4)
    batch_trace, train_trace, val_trace = fig.data
    assert list(batch_trace.x) == [0.25, 0.5, 0.75, 1.0, 1.25, 1.5]
    assert list(batch_trace.y) == [1.9, 1.8, 1.7, 1.6, 1.5, 1.5]
    assert list(train_trace.x) == [1] and list(train_trace.y) == [1.6]
    assert list(val_trace.x) == [1] and list(val_trace.y) == [1.7]
    assert "validation" in val_trace.name and fig.layout.xaxis.title.text == "epoch"


def test_long_runs_are_thinned_but_keep_the_latest_point() -> None:
    events = [event("batch", 1 + i // 1000, 1 + i % 1000, 1.0 / (i + 1)) for i in range(5000)]
    batch_trace = learning_curve(events, "loss", batches_per_epoch=1000).data[0]
    assert len(batch_trace.x) == MAX_BATCH_POINTS
    assert batch_trace.x[-1] == 5.0 and batch_trace.y[-1] == 1.0 / 5000


def test_no_events_gives_an_empty_chart_and_accuracy_axis_is_fixed() -> None:
    fig = learning_curve([], "accuracy", batches_per_epoch=0)
    assert len(fig.data) == 0 and tuple(fig.layout.yaxis.range) == (0, 1.02)


def test_history_curve_from_history_json() -> None:
    history = [{"epoch": 1, "loss": 0.9, "val_loss": 0.8}, {"epoch": 2, "loss": 0.5, "val_loss": 0.6}]
    fig = history_curve(history, "loss")
    assert [list(t.y) for t in fig.data] == [[0.9, 0.5], [0.8, 0.6]]


def test_a_partial_epoch_is_drawn_apart_and_says_so() -> None:
    history = [{"epoch": 1, "loss": 0.5, "val_loss": 0.45}, {"epoch": 2, "loss": 0.4, "val_loss": 0.41},
               {"epoch": 3, "loss": 0.9, "val_loss": 0.7, "partial": True, "batch": 12}]
    fig = history_curve(history, "loss")
    lines = [t for t in fig.data if t.mode == "lines+markers"]
    partial = [t for t in fig.data if "partial" in t.name]
    assert [list(t.x) for t in lines] == [[1, 2], [1, 2]]  # complete epochs only: never joined to the partial one
    assert [list(t.x) for t in partial] == [[3], [3]]
    assert partial[0].marker.symbol == "circle-open" and "stopped after 12 batches" in partial[0].customdata[0]
