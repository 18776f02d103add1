"""What a training job is doing, as the pages and the CLI read it: the metric events (`TrainingEvent`), a job's
progress at one moment (`Progress`, with its state and phase), the state a job's worker shares with readers
(`SharedProgress`), and a run's event stream tailed from its folder (`RunStream`)."""

from __future__ import annotations

import contextlib
import threading
import time
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from cnnviz.i18n import Message, msg
from cnnviz.runs import layout
from cnnviz.runs import store as runs

# What a job's progress says it is in: a run status (cnnviz.runs.layout), or "stopping", which is never written to
# run.json (the run stays "running" there until the job ends).
STOPPING = "stopping"
STATES = (*layout.ACTIVE, STOPPING, *layout.DONE)
LIVE_STATES = ("running", STOPPING)  # a worker has the job: its clock runs

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
    return layout.status_message(phase)


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
        return layout.status_message(self.state)

    @property
    def fraction(self) -> float:
        total = self.epochs * self.batches_per_epoch
        if self.state == "finished":
            return 1.0
        done = max(0, self.epoch - 1) * self.batches_per_epoch + self.batch
        return 0.0 if total == 0 else min(1.0, max(0.0, done / total))


@dataclass
class SharedProgress:
    """A job's progress as its worker writes it and readers copy it (`TrainingJob.snapshot`), always under `lock`."""

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
            state=state, phase=s.get("phase", status), note=layout.stored_message(s) or fallback or None,
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

