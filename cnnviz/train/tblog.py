"""TensorBoard event files in every run folder, so `tensorboard --logdir runs` shows every run as it is.

The layout follows Keras' TensorBoard callback::

    <run>/train/       epoch_loss, epoch_accuracy, epoch_learning_rate; weight histograms (<weight path>/histogram)
    <run>/validation/  epoch_loss, epoch_accuracy
    <run>/             the architecture as text (our summary table), the training config as text, and the
                       hyper-parameters for the HParams plugin (its metrics come from train/ and validation/)

One difference from Keras: the step of an epoch's values is the epoch number as the app and history.json
count it (1, 2, 3, ...), where Keras counts from 0.

Events are written with TensorBoard's own pure-Python writer and summary protos (scalar_pb, histogram_pb,
text_pb, hparams_pb), the same way live during training (`tensorboard_callback`, a Keras callback) and
afterwards from a finished run's history.json (`write_run_events`, for runs made before this existed).
Keras and TensorBoard are imported inside the functions only.
"""

from __future__ import annotations

import json
import math
import shutil
import time
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from cnnviz.arch.shapes import summarize, summary_text
from cnnviz.arch.spec import Architecture
from cnnviz.runs import store as runs

if TYPE_CHECKING:
    import keras

TRAIN_DIR = "train"
VALIDATION_DIR = "validation"
EVENT_PREFIX = "events.out.tfevents."
ARCHITECTURE_TAG = "architecture"
CONFIG_TAG = "training_config"
LEARNING_RATE_TAG = "epoch_learning_rate"
HISTOGRAM_BUCKETS = 30
# history.json keys that are not metrics (learning_rate is written, but as its own tag)
NOT_METRICS = frozenset({"epoch", "batch", "elapsed", "samples_per_s", "partial", "learning_rate", "kind", "eta",
                         "step"})
# config.json keys worth a column in the HParams table
HPARAM_KEYS = ("dataset", "optimizer", "learning_rate", "lr_schedule", "momentum", "batch_size", "epochs", "loss",
               "val_fraction", "seed", "limit", "early_stopping", "patience", "restore_best_weights", "sample",
               "mixed_precision")


def has_events(run_dir: str | Path) -> bool:
    """True when the run folder already holds TensorBoard event files."""
    run_dir = Path(run_dir)
    return any(any(folder.glob(f"{EVENT_PREFIX}*")) for folder in (run_dir, run_dir / TRAIN_DIR,
                                                                     run_dir / VALIDATION_DIR) if folder.is_dir())


def remove_events(run_dir: str | Path) -> None:
    run_dir = Path(run_dir)
    for event_file in run_dir.glob(f"{EVENT_PREFIX}*"):
        event_file.unlink()
    for sub in (TRAIN_DIR, VALIDATION_DIR):
        if (run_dir / sub).is_dir():
            shutil.rmtree(run_dir / sub)


class EventWriters:
    """Event files for one run: the run folder itself, train/ and validation/ (each opened on first use)."""

    def __init__(self, run_dir: str | Path) -> None:
        self.run_dir = Path(run_dir)
        self._writers: dict[str, Any] = {}

    def _writer(self, part: str) -> Any:
        if part not in self._writers:
            from tensorboard.summary.writer.event_file_writer import EventFileWriter

            folder = self.run_dir / part if part else self.run_dir
            folder.mkdir(parents=True, exist_ok=True)
            self._writers[part] = EventFileWriter(str(folder), filename_suffix=".v2")
        return self._writers[part]

    def _add(self, part: str, summary: Any, step: int, wall_time: float | None) -> None:
        from tensorboard.compat.proto import event_pb2

        event = event_pb2.Event(wall_time=time.time() if wall_time is None else wall_time, step=int(step),
                                summary=summary)
        self._writer(part).add_event(event)

    def scalar(self, part: str, tag: str, value: float, step: int, wall_time: float | None = None) -> None:
        from tensorboard.plugins.scalar.summary_v2 import scalar_pb

        self._add(part, scalar_pb(tag, float(value)), step, wall_time)

    def histogram(self, part: str, tag: str, values: Any, step: int, wall_time: float | None = None) -> None:
        self._add(part, histogram_summary(tag, values), step, wall_time)

    def text(self, part: str, tag: str, markdown: str, step: int = 0, wall_time: float | None = None) -> None:
        from tensorboard.plugins.text.summary_v2 import text_pb

        self._add(part, text_pb(tag, markdown), step, wall_time)

    def hparams(self, values: Mapping[str, bool | int | float | str], trial_id: str,
                start_time: float | None = None) -> None:
        from tensorboard.plugins.hparams.summary_v2 import hparams_pb

        summary = hparams_pb(dict(values), trial_id=trial_id, start_time_secs=start_time)
        self._add("", summary, 0, start_time)

    def flush(self) -> None:
        for writer in self._writers.values():
            writer.flush()

    def close(self) -> None:
        for writer in self._writers.values():
            writer.close()
        self._writers.clear()

    def __enter__(self) -> EventWriters:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


HISTOGRAM_CHUNK = 1 << 20  # values counted at a time


def histogram_summary(tag: str, values: Any, buckets: int = HISTOGRAM_BUCKETS) -> Any:
    """The Summary proto TensorBoard's `histogram_pb` makes (a (buckets, 3) tensor of left edge, right edge,
    count over equal-width buckets from min to max), counted with np.histogram: `histogram_pb` builds a
    values × buckets one-hot matrix, 8-11× slower (bench.bench_compare) and 30 bytes per weight, on the
    training thread."""
    from tensorboard.compat.proto import summary_pb2
    from tensorboard.plugins.histogram import metadata
    from tensorboard.util import tensor_util

    data = np.asarray(values).ravel()
    if not np.isfinite(data).all():  # weights gone to NaN or infinity (a diverging run) have no place on an axis
        data = data[np.isfinite(data)]
    if data.size == 0:
        table = np.zeros((buckets, 3))
    else:
        low, high = float(data.min()), float(data.max())
        if low == high:  # as histogram_pb: every edge at the value, everything in the last bucket
            counts = np.zeros(buckets)
            counts[-1] = data.size
            table = np.stack([np.full(buckets, low), np.full(buckets, low), counts], axis=1)
        else:  # counted in float64 like histogram_pb, a chunk at a time (no float64 copy of a huge layer)
            edges = np.linspace(low, high, buckets + 1)
            counts = sum(np.histogram(data[start:start + HISTOGRAM_CHUNK].astype(np.float64), bins=edges)[0]
                         for start in range(0, data.size, HISTOGRAM_CHUNK))
            table = np.stack([edges[:-1], edges[1:], counts.astype(np.float64)], axis=1)
    summary = summary_pb2.Summary()
    summary.value.add(tag=tag, metadata=metadata.create_summary_metadata(display_name=None, description=None),
                      tensor=tensor_util.make_tensor_proto(table, dtype=np.float64))
    return summary


# ---- what gets written ----------------------------------------------------------------------------


def _hparam_value(value: Any) -> bool | int | float | str | None:
    if value is None:
        return None
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    if isinstance(value, bool | str):
        return value
    if isinstance(value, int | float):
        return value if math.isfinite(value) else None
    return json.dumps(value, default=str)


def run_hparams(config: Mapping[str, Any], architecture: Architecture | None = None,
                extra: Mapping[str, Any] | None = None) -> dict[str, bool | int | float | str]:
    """The hyper-parameters shown in TensorBoard's HParams table: the training settings, the model's size and
    any extra values (a sweep's layer setting, for instance). Unset values (None) are left out."""
    values: dict[str, Any] = {key: config.get(key) for key in HPARAM_KEYS}
    if architecture is not None:
        summary = summarize(architecture)
        values.update(params=summary.total_params, flops=summary.total_flops, layers=len(architecture.layers))
    values.update(extra or {})
    converted = {key: _hparam_value(value) for key, value in values.items()}
    return {key: value for key, value in converted.items() if value is not None}


def sweep_hparams(sweep: Any) -> dict[str, Any]:
    """The HParams column of a swept layer setting (run.json's `sweep`), e.g. {"sweep_filters (layer 3)": 64};
    training settings (learning_rate, ...) are already columns of their own."""
    if not isinstance(sweep, Mapping) or sweep.get("setting") not in ("dropout_rate", "filters"):
        return {}
    layer = sweep.get("layer")
    where = f" (layer {layer})" if isinstance(layer, int) else ""
    return {f"sweep_{sweep['setting']}{where}": sweep.get("value")}


def _code_block(text: str) -> str:
    """Markdown code block (indented), which TensorBoard's text dashboard shows in a fixed-width font."""
    return "\n".join("    " + line for line in text.splitlines())


def architecture_markdown(architecture: Architecture, title: str = "Sequential") -> str:
    return _code_block(summary_text(summarize(architecture), title=title))


def config_markdown(config: Mapping[str, Any]) -> str:
    return _code_block(json.dumps(dict(config), indent=2, default=str))


def write_run_info(writers: EventWriters, architecture: Architecture, config: Mapping[str, Any], trial_id: str,
                   title: str = "Sequential", extra_hparams: Mapping[str, Any] | None = None,
                   start_time: float | None = None) -> None:
    """The architecture and config as text, and the hyper-parameters, in the run folder's own event file."""
    writers.text("", ARCHITECTURE_TAG, architecture_markdown(architecture, title), 0, start_time)
    writers.text("", CONFIG_TAG, config_markdown(config), 0, start_time)
    writers.hparams(run_hparams(config, architecture, extra_hparams), trial_id, start_time)


def _metric(value: Any) -> float | None:
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def write_epoch(writers: EventWriters, epoch: int, logs: Mapping[str, Any], learning_rate: float | None = None,
                wall_time: float | None = None) -> None:
    """One epoch's values: train metrics and the learning rate to train/, val_* metrics to validation/
    (without the prefix, as Keras does), at step `epoch` (1-based)."""
    for key, value in logs.items():
        number = _metric(value)
        if key in NOT_METRICS or number is None:
            continue
        if key.startswith("val_"):
            writers.scalar(VALIDATION_DIR, f"epoch_{key[4:]}", number, epoch, wall_time)
        else:
            writers.scalar(TRAIN_DIR, f"epoch_{key}", number, epoch, wall_time)
    if learning_rate is not None:
        writers.scalar(TRAIN_DIR, LEARNING_RATE_TAG, learning_rate, epoch, wall_time)


def write_weight_histograms(writers: EventWriters, model: keras.Model, step: int,
                            wall_time: float | None = None) -> None:
    """A histogram of every weight (kernels, biases, batch-norm statistics) to train/, tagged like Keras:
    `<weight path>/histogram`."""
    import keras

    for layer in model.layers:
        for weight in layer.weights:
            tag = f"{weight.path.replace(':', '_')}/histogram"
            writers.histogram(TRAIN_DIR, tag, keras.ops.convert_to_numpy(weight), step, wall_time)


# ---- live: a Keras callback -----------------------------------------------------------------------


def tensorboard_callback(run_dir: str | Path, architecture: Architecture, config: Mapping[str, Any],
                         histograms: bool = True, extra_hparams: Mapping[str, Any] | None = None,
                         title: str | None = None) -> keras.callbacks.Callback:
    """A Keras callback writing the run's event files while it trains: the text and hyper-parameters when
    training begins; each epoch's metrics, learning rate (read when the epoch begins, as history.json
    records it) and, with `histograms`, every weight's histogram when the epoch ends; flushed every epoch,
    so a killed run keeps the epochs done."""
    import keras

    run_dir = Path(run_dir)

    class TensorBoardEvents(keras.callbacks.Callback):
        def __init__(self) -> None:
            super().__init__()
            self.writers = EventWriters(run_dir)
            self._learning_rate: float | None = None
            self._epoch = 0

        def on_train_begin(self, logs: dict | None = None) -> None:
            write_run_info(self.writers, architecture, config, trial_id=run_dir.name, title=title or run_dir.name,
                           extra_hparams=extra_hparams)
            self.writers.flush()

        def on_epoch_begin(self, epoch: int, logs: dict | None = None) -> None:
            self._epoch = epoch + 1
            self._learning_rate = _current_learning_rate(self.model)

        def on_epoch_end(self, epoch: int, logs: dict | None = None) -> None:
            write_epoch(self.writers, epoch + 1, logs or {}, self._learning_rate)
            if histograms:
                write_weight_histograms(self.writers, self.model, epoch + 1)
            self.writers.flush()

        def on_train_end(self, logs: dict | None = None) -> None:
            self.writers.close()

    return TensorBoardEvents()


def _current_learning_rate(model: keras.Model) -> float | None:
    import keras

    try:
        return float(keras.ops.convert_to_numpy(model.optimizer.learning_rate))
    except (AttributeError, TypeError, ValueError):
        return None


# ---- afterwards: from a finished run's files ------------------------------------------------------


def _start_time(created: Any) -> float | None:
    try:
        return datetime.fromisoformat(str(created)).timestamp()
    except ValueError:
        return None


def write_run_events(run_dir: str | Path, overwrite: bool = False) -> bool:
    """Write the event files of a run that has none, from its history.json, config.json, architecture.json
    and run.json (weight histograms cannot be recovered: only the final weights were kept). Each epoch's wall
    time is the run's start plus the epoch's `elapsed`, so TensorBoard's relative time axis is right.
    Returns False when the run already has event files and `overwrite` is not set."""
    run_dir = Path(run_dir)
    if has_events(run_dir):
        if not overwrite:
            return False
        remove_events(run_dir)
    info = runs.read_json(run_dir / runs.RUN_FILE)
    config = runs.load_config(run_dir)
    architecture = runs.load_architecture(run_dir)
    history = runs.load_history(run_dir)
    start = _start_time(info.get("created")) if isinstance(info, Mapping) else None
    extra = sweep_hparams(info.get("sweep")) if isinstance(info, Mapping) else {}
    name = str(info.get("name") or run_dir.name) if isinstance(info, Mapping) else run_dir.name
    with EventWriters(run_dir) as writers:
        write_run_info(writers, architecture, config, trial_id=run_dir.name, title=name, extra_hparams=extra,
                       start_time=start)
        for i, entry in enumerate(history if isinstance(history, list) else [], start=1):
            if not isinstance(entry, Mapping):
                continue
            epoch = entry.get("epoch") if isinstance(entry.get("epoch"), int) else i
            elapsed = _metric(entry.get("elapsed"))
            wall_time = start + elapsed if start is not None and elapsed is not None else None
            write_epoch(writers, epoch, entry, _metric(entry.get("learning_rate")), wall_time)
    return True
