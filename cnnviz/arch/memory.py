"""How much memory training a network takes, from the pure shape math (no TensorFlow, nothing per parameter).

A training job holds, besides the TensorFlow runtime itself: the weights, one gradient per weight and the
optimizer's slots (Adam keeps two moving averages per weight, RMSprop and SGD with momentum one), every layer's
output for the batch (kept for the backward pass) and the gradients flowing back through them, and the images it
trains on (float32, in numpy and again as a TensorFlow constant). `bench/bench_memory.py` holds these numbers
against the peak resident memory of real training processes.

A job is refused against what a worker may really use, not its whole limit: Dask's nanny terminates a worker whose
process passes `TERMINATE_FRACTION` of its limit, and `HEADROOM` of that is kept free (`usable_memory`). Loading a
model file is estimated from its configuration alone (`estimate_loading_memory`), before Keras builds anything.
"""

from __future__ import annotations

import math
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from cnnviz.arch.shapes import BYTES_PER_FLOAT, Summary, format_bytes
from cnnviz.i18n import CnnvizError, Joined, Message, msg

# The TensorFlow runtime and Keras in a worker process, measured after a tiny fit (RSS ~735 MB on CPU), plus
# Dask's worker machinery.
RUNTIME_BYTES = 850 * 1024**2
# Per layer output and image during training: the output kept for the backward pass, its gradient, and a
# buffer of the same size (the fused activation's input, pooling's argmax, dropout's mask).
ACTIVATION_COPIES = 3
# The dataset's images sit in memory twice: the numpy arrays and the TensorFlow constant the pipeline reads.
DATASET_COPIES = 2
OPTIMIZER_SLOTS = {"adam": 2, "rmsprop": 1, "sgd": 1, "sgd_plain": 0}
# Per trainable parameter, floats that exist only for a moment but all at the peak: the optimizer step's
# intermediate tensors, the snapshot recorder's gradient, the checkpoint's serialised copy. Measured: a
# 39.7-million-parameter Dense network peaked at ~50 bytes per parameter with Adam (bench/bench_memory.py).
UPDATE_TEMPORARIES = 9
# Dask's nanny terminates a worker whose process memory passes this share of its limit
# (`distributed.worker.memory.terminate`: 0.95 in distributed's own defaults, and set so by `cnnviz.train.jobs`).
TERMINATE_FRACTION = 0.95
# Kept free below that threshold: the nanny reads the memory every 100 ms, not at every allocation, and a step's
# temporaries come and go between two reads; the estimate is at most 17% above the peaks measured, never below.
HEADROOM = 0.10
# Loading a model holds each weight about three times at the peak: the variable, its initial value being assigned,
# and the array read from model.weights.h5.
LOAD_COPIES = 3


class MemoryRefused(CnnvizError):
    """A training or a model load that would not fit in this process: `memory.*` key naming the largest layers."""


@dataclass(frozen=True)
class LayerCost:
    name: str
    kind: str
    parameter_bytes: int  # weights + gradients + optimizer slots
    activation_bytes: int  # this layer's output and its gradients for the whole batch

    @property
    def total(self) -> int:
        return self.parameter_bytes + self.activation_bytes


@dataclass(frozen=True)
class MemoryEstimate:
    batch_size: int
    optimizer: str
    weights: int
    gradients: int
    optimizer_slots: int
    temporaries: int
    activations: int
    data: int
    runtime: int
    layers: tuple[LayerCost, ...]

    @property
    def total(self) -> int:
        return self.network + self.data + self.runtime

    @property
    def network(self) -> int:
        """What the network itself adds (without the runtime and the data)."""
        return self.weights + self.gradients + self.optimizer_slots + self.temporaries + self.activations

    def largest(self, count: int = 3) -> list[LayerCost]:
        return sorted(self.layers, key=lambda layer: layer.total, reverse=True)[:count]

    def breakdown_message(self) -> Joined:
        parts = [(msg("memory.part_weights"), self.weights), (msg("memory.part_gradients"), self.gradients),
                 (msg("memory.part_optimizer_slots"), self.optimizer_slots),
                 (msg("memory.part_temporaries"), self.temporaries),
                 (msg("memory.part_activations", batch=self.batch_size), self.activations),
                 (msg("memory.part_images"), self.data), (msg("memory.part_runtime"), self.runtime)]
        return Joined(tuple(msg("memory.part", label=label, size=format_bytes(size)) for label, size in parts if size))

    def breakdown(self, lang: str | None = None) -> str:
        """"weights 1.2 MB, gradients ..." in `lang` (default the current language)."""
        return self.breakdown_message().text(lang)


def optimizer_slots(optimizer: str, momentum: float = 0.0) -> int:
    if optimizer == "sgd":
        return OPTIMIZER_SLOTS["sgd"] if momentum > 0 else OPTIMIZER_SLOTS["sgd_plain"]
    return OPTIMIZER_SLOTS.get(optimizer, 2)


def estimate_training_memory(summary: Summary, batch_size: int = 32, optimizer: str = "adam", momentum: float = 0.9,
                             images: int = 0) -> MemoryEstimate:
    """The memory one training process needs for this network, batch, optimizer and number of images (train,
    validation and test) held in memory. Arithmetic on the shapes only: a 10⁹-parameter design costs nothing to
    estimate."""
    slots = optimizer_slots(optimizer, momentum)
    per_image = math.prod(summary.input_shape) * BYTES_PER_FLOAT
    layers = tuple(
        LayerCost(row.name, row.type, row.params * BYTES_PER_FLOAT * (2 + slots + UPDATE_TEMPORARIES)
                  if row.trainable_params else row.params * BYTES_PER_FLOAT,
                  row.activation_bytes * batch_size * ACTIVATION_COPIES)
        for row in summary.rows)
    trainable = summary.trainable_params * BYTES_PER_FLOAT
    return MemoryEstimate(
        batch_size=batch_size, optimizer=optimizer,
        weights=summary.total_params * BYTES_PER_FLOAT, gradients=trainable, optimizer_slots=trainable * slots,
        temporaries=trainable * UPDATE_TEMPORARIES,
        activations=sum(layer.activation_bytes for layer in layers) + per_image * batch_size * ACTIVATION_COPIES,
        data=images * per_image * DATASET_COPIES, runtime=RUNTIME_BYTES, layers=layers)


def estimate_loading_memory(layers: list[tuple[str, str, int]]) -> MemoryEstimate:
    """The memory loading a model takes, from (name, class, parameters) of its layers that hold weights (see
    `cnnviz.models.modelfile.config_layer_sizes`): each weight `LOAD_COPIES` times at the peak, and the runtime."""
    costs = tuple(LayerCost(name, kind, params * BYTES_PER_FLOAT * LOAD_COPIES, 0) for name, kind, params in layers)
    weights = sum(params for _, _, params in layers) * BYTES_PER_FLOAT
    return MemoryEstimate(batch_size=0, optimizer="", weights=weights, gradients=0, optimizer_slots=0,
                          temporaries=weights * (LOAD_COPIES - 1), activations=0, data=0, runtime=RUNTIME_BYTES,
                          layers=costs)


def _advice(layer: LayerCost) -> Message:
    if layer.parameter_bytes >= layer.activation_bytes:
        if layer.kind == "Dense":
            return msg("memory.advice_dense", name=layer.name)
        return msg("memory.advice_weights", name=layer.name)
    return msg("memory.advice_outputs", name=layer.name)


def usable_memory(limit: int) -> int:
    """What a job may be estimated at in a worker with `limit` bytes: below the threshold where Dask's nanny
    terminates the worker, with headroom."""
    return int(limit * TERMINATE_FRACTION * (1 - HEADROOM))


def largest_layers(estimate: MemoryEstimate) -> Joined:
    """"dense (Dense) 1.2 GB; ..." for the three layers that take the most."""
    return Joined(tuple(f"{layer.name} ({layer.kind}) {format_bytes(layer.total)}" for layer in estimate.largest()),
                  "; ")


def refusal_message(estimate: MemoryEstimate, limit: int, loading: bool = False) -> Message | None:
    """Why this job cannot run (or, `loading`, this model file cannot be loaded) in a process with `limit` bytes (it
    may use `usable_memory(limit)` of them), naming the largest layers and, for a job, what to change; None when it
    fits."""
    usable = usable_memory(limit)
    if estimate.total <= usable:
        return None
    sizes = dict(total=format_bytes(estimate.total), usable=format_bytes(usable), limit=format_bytes(limit),
                 breakdown=estimate.breakdown_message(), layers=largest_layers(estimate))
    if loading:
        return msg("memory.load_refusal", **sizes)
    return msg("memory.refusal", **sizes, advice=_advice(estimate.largest(1)[0]))


def refusal(estimate: MemoryEstimate, limit: int) -> str | None:
    """`refusal_message` in the current language."""
    message = refusal_message(estimate, limit)
    return None if message is None else str(message)


def refuse_training(summary: Summary, batch_size: int, optimizer: str, momentum: float, images: int,
                    limit: int) -> MemoryEstimate:
    """The estimate when this training fits in a process with `limit` bytes; MemoryRefused when it does not."""
    estimate = estimate_training_memory(summary, batch_size, optimizer, momentum, images)
    problem = refusal_message(estimate, limit)
    if problem is not None:
        raise MemoryRefused(problem.key, **problem.params)
    return estimate


# ---- how much memory this process may use ------------------------------------------------------------

WORKER_MEMORY_ENV = "CNNVIZ_WORKER_MEMORY"  # bytes or "6GB": each training worker's limit


def parse_bytes(text: str) -> int:
    import dask.utils

    return int(dask.utils.parse_bytes(text))


def process_memory_limit(environ: dict[str, str] | None = None) -> int:
    """The memory this process may use for a training or a model load: its Dask worker's limit when it is one,
    else `CNNVIZ_WORKER_MEMORY` when set, else what it holds now plus what the machine (or its container) has
    available (the estimates count the TensorFlow runtime, which this process may hold already)."""
    worker_limit = _dask_worker_memory_limit()
    if worker_limit:
        return worker_limit
    memory = (os.environ if environ is None else environ).get(WORKER_MEMORY_ENV)
    if memory:
        return parse_bytes(memory)
    import psutil

    free = min(int(psutil.virtual_memory().available), _container_memory_left())
    return int(psutil.Process().memory_info().rss) + free


def _dask_worker_memory_limit() -> int | None:
    if "distributed" not in sys.modules:  # not a Dask worker (which has it imported): spare the import
        return None
    try:
        from distributed import get_worker

        return int(get_worker().memory_manager.memory_limit or 0) or None
    except (ImportError, ValueError, AttributeError):
        return None


def _container_memory_left(folder: Path = Path("/sys/fs/cgroup")) -> int:
    """What the cgroup (v2) this process runs in still allows; a very large number when it sets no limit."""
    limit, used = (_cgroup_value(folder, name) for name in ("max", "current"))
    return int(limit) - int(used) if limit.isdigit() and used.isdigit() else 1 << 62


def _cgroup_value(folder: Path, name: str) -> str:
    try:
        return (folder / f"memory.{name}").read_text().strip()
    except (OSError, UnicodeDecodeError):
        return ""
