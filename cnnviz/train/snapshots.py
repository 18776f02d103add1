"""What moves inside the network while it trains: snapshots recorded during `model.fit`, and their loader.

`snapshot_callback(run_dir, probe_images, probe_labels, ...)` returns a Keras callback that writes, into
`run_dir/snapshots/`, one file per moment: before the first step, after a few early batches of the first
epoch (EARLY_BATCHES: the kernels move fastest there) and at the end of every epoch. Each file holds

* the first Conv2D layer's kernels and biases,
* that layer's feature maps for the probe images (one per class; stored as 8-bit with a range per map),
* the model's probabilities for the probe images,
* the weight norm and the gradient norm of every layer with weights (the gradient of the cross-entropy on a
  small fixed batch: the probes plus a few more images, inference mode, so it is the same every time),
* the dead filters of every Conv2D layer (output 0 everywhere on that batch).

The recording is cheap by design: all of it comes from ONE compiled forward + backward pass over ≤ 32
images per snapshot, only a handful of snapshots per run; norms, 8-bit maps, compressing and writing happen
on a background thread; and the callback has no per-batch-end hook (Keras keeps running the other callbacks'
batch-end hooks asynchronously). Writes are atomic (:func:`cnnviz.runs.store.atomic_write_bytes`), so a page can
read the folder while training runs; :func:`load_snapshots` skips a damaged or partial file and says which,
and with a `cache` reads only the files that are new since the last call.

With EarlyStopping(restore_best_weights=True) the last snapshot holds the last epoch's weights, not the
restored best ones that final.keras then holds.
"""

from __future__ import annotations

import io
import re
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from cnnviz.inspect.extract import conv_layer_names, ends_in_softmax, forward_collecting, model_layers, output_layer

if TYPE_CHECKING:
    import keras

SNAPSHOT_DIR = "snapshots"
PROBES_FILE = "probes.npz"
EARLY_BATCHES = (1, 10, 100)  # snapshots after this many batches of the first epoch
GRADIENT_BATCH = 32  # probes + extra images: the fixed batch of the gradient norms and dead-filter check
_FILE = re.compile(r"^step-(\d{8})\.npz$")


def snapshot_dir(run_dir: str | Path) -> Path:
    return Path(run_dir) / SNAPSHOT_DIR


def pick_probes(images: np.ndarray, labels: np.ndarray, num_classes: int) -> tuple[np.ndarray, np.ndarray]:
    """One image per class (the first of each class in the given order), sorted by class; classes with no
    image are left out. Returns (images, labels)."""
    labels = np.asarray(labels).astype(np.int64).ravel()
    chosen = [int(np.flatnonzero(labels == c)[0]) for c in range(num_classes) if np.any(labels == c)]
    return np.asarray(images[chosen], dtype=np.float32), labels[chosen]


def _quantise(maps: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(n, h, w, c) float → uint8 plus each map's low and high value (n, c)."""
    low = maps.min(axis=(1, 2))
    high = maps.max(axis=(1, 2))
    span = np.where(high > low, high - low, 1.0)
    scaled = (maps - low[:, None, None, :]) / span[:, None, None, :]
    return np.round(scaled * 255).astype(np.uint8), low.astype(np.float32), high.astype(np.float32)


def _dequantise(codes: np.ndarray, low: np.ndarray, high: np.ndarray) -> np.ndarray:
    span = (high - low)[..., None, None, :]
    return (low[..., None, None, :] + codes.astype(np.float32) / 255.0 * span).astype(np.float32)


def _write_npz(path: Path, **arrays: Any) -> None:
    from cnnviz.io import atomic_write_bytes

    buffer = io.BytesIO()
    np.savez_compressed(buffer, **arrays)
    atomic_write_bytes(path, buffer.getvalue())


# ---------------------------------------------------------------- recording


class _Recorder:
    """Computes and writes snapshots of one model (one compiled pass per snapshot)."""

    def __init__(self, model: keras.Model, folder: Path, probes: np.ndarray, probe_labels: np.ndarray,
                 extra: np.ndarray, extra_labels: np.ndarray) -> None:
        import keras
        import tensorflow as tf

        self.folder = folder
        self.n_probes = len(probes)
        self.batch = np.concatenate([probes, extra]).astype(np.float32)
        self.labels = np.concatenate([probe_labels, extra_labels]).astype(np.int32)
        self.convs = conv_layer_names(model)
        self.first_conv = model.get_layer(self.convs[0]) if self.convs else None
        self.weighted = [layer for layer in model_layers(model) if layer.trainable_weights]
        self.variables = [v for layer in self.weighted for v in layer.trainable_weights]
        counts = [len(layer.trainable_weights) for layer in self.weighted]
        self.owners = np.repeat(np.arange(len(self.weighted)), counts)  # the layer of each variable
        last = output_layer(model)
        names = tuple(dict.fromkeys([*self.convs, last.name]))
        at = {name: i for i, name in enumerate(names)}
        forward = forward_collecting(model, names)
        from_logits = not ends_in_softmax(model)  # a model without softmax outputs logits
        variables = self.variables

        @tf.function(input_signature=[tf.TensorSpec(self.batch.shape, tf.float32),
                                      tf.TensorSpec(self.labels.shape, tf.int32)])
        def record(x, y):
            with tf.GradientTape() as tape:
                outputs = forward(x)
                scores = tf.cast(outputs[at[last.name]], tf.float32)
                loss = tf.reduce_mean(keras.losses.sparse_categorical_crossentropy(y, scores, from_logits=from_logits))
            grads = [tf.zeros_like(v) if g is None else g
                     for g, v in zip(tape.gradient(loss, variables), variables, strict=True)]
            probabilities = tf.nn.softmax(scores) if from_logits else scores
            convs = [outputs[at[name]] for name in self.convs]
            dead = [tf.reduce_all(tf.equal(out, 0), axis=(0, 1, 2)) for out in convs]
            maps = tf.cast(convs[0][:self.n_probes], tf.float32) if convs else tf.zeros((0,))
            return maps, probabilities[:self.n_probes], loss, grads, dead

        self._record = record
        # Norms, 8-bit maps, compressing and writing happen on this thread, overlapping the next batches
        # (numpy, zlib and fsync release the GIL for most of their work).
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cnnviz-snapshots")
        self._pending: list[Future] = []

    def write(self, step: int, epoch: float, kind: str) -> None:
        """Compute the snapshot now (the weights move on with the next batch) and write it in the background."""
        maps, probabilities, loss, grads, dead = self._record(self.batch, self.labels)
        arrays: dict[str, Any] = {
            "step": np.int64(step), "epoch": np.float64(epoch), "kind": np.array(kind),
            "probabilities": np.asarray(probabilities, np.float32), "loss": np.float32(loss),
            "norm_layers": np.array([layer.name for layer in self.weighted]), "conv_layers": np.array(self.convs),
        }
        for name, flags in zip(self.convs, dead, strict=True):
            arrays[f"dead__{name}"] = np.asarray(flags)
        if self.first_conv is not None:
            weights = self.first_conv.get_weights()
            arrays["kernel"] = np.asarray(weights[0], np.float32)
            if len(weights) > 1:
                arrays["bias"] = np.asarray(weights[1], np.float32)
        values = [np.asarray(v) for v in self.variables]
        gradients = [np.asarray(g) for g in grads]
        maps = np.asarray(maps) if self.first_conv is not None else None
        path = self.folder / f"step-{step:08d}.npz"
        self._pending.append(self._writer.submit(self._finish, path, arrays, values, gradients, maps))

    def _finish(self, path: Path, arrays: dict[str, Any], values: list[np.ndarray], gradients: list[np.ndarray],
                maps: np.ndarray | None) -> None:
        arrays["weight_norms"] = self._norms(values)
        arrays["grad_norms"] = self._norms(gradients)
        if maps is not None:
            codes, low, high = _quantise(maps)
            arrays.update(maps=codes, maps_low=low, maps_high=high)
        _write_npz(path, **arrays)

    def _norms(self, tensors: list[np.ndarray]) -> np.ndarray:
        """√(sum of squares) of all the variables of each layer, as float32 per layer."""
        squares = np.array([float(np.sum(np.square(t, dtype=np.float64))) for t in tensors])
        return np.sqrt(np.bincount(self.owners, weights=squares, minlength=len(self.weighted))).astype(np.float32)

    def close(self) -> list[str]:
        """Wait for the background writes; returns why any failed (a full disk must not stop training)."""
        self._writer.shutdown(wait=True)
        problems = [str(f.exception()) for f in self._pending if f.exception() is not None]
        self._pending.clear()
        return problems


def snapshot_callback(run_dir: str | Path, probe_images: np.ndarray, probe_labels: np.ndarray,
                      extra_images: np.ndarray | None = None, extra_labels: np.ndarray | None = None,
                      early_batches: tuple[int, ...] = EARLY_BATCHES) -> keras.callbacks.Callback:
    """A Keras callback recording snapshots into run_dir/snapshots/ (see the module doc).

    probe_images/probe_labels: the images whose first-layer feature maps and predictions are kept (e.g.
    `pick_probes(split.x_val, split.y_val, classes)`); extra_images/extra_labels fill the fixed gradient batch
    up to GRADIENT_BATCH images. Labels are class indices.
    """
    import keras

    folder = snapshot_dir(run_dir)
    probes = np.asarray(probe_images, dtype=np.float32)
    labels = np.asarray(probe_labels).astype(np.int64).ravel()
    room = max(GRADIENT_BATCH - len(probes), 0)
    extra = np.asarray(extra_images[:room] if extra_images is not None else probes[:0], dtype=np.float32)
    extra_y = np.asarray(extra_labels[:room] if extra_labels is not None else labels[:0]).astype(np.int64).ravel()
    early = set(early_batches)

    class SnapshotRecorder(keras.callbacks.Callback):
        def __init__(self) -> None:
            super().__init__()
            self._recorder: _Recorder | None = None
            self.write_errors: list[str] = []  # why snapshot files could not be written, if any
            self._steps = 0
            self._epoch = 0

        def on_train_begin(self, logs: dict | None = None) -> None:
            folder.mkdir(parents=True, exist_ok=True)
            from cnnviz.inspect.extract import atomic_write_npz

            atomic_write_npz(folder / PROBES_FILE, images=probes, labels=labels, extra_images=extra,
                             extra_labels=extra_y)
            self._recorder = _Recorder(self.model, folder, probes, labels, extra, extra_y)
            self._recorder.write(0, 0.0, "start")

        def on_epoch_begin(self, epoch: int, logs: dict | None = None) -> None:
            self._epoch = epoch

        def on_train_batch_begin(self, batch: int, logs: dict | None = None) -> None:
            # batch b begins after b batches of this epoch are done: the weights after those b updates
            if self._epoch == 0 and batch in early and self._recorder is not None:
                per_epoch = (self.params or {}).get("steps") or 0
                self._recorder.write(self._steps, batch / per_epoch if per_epoch else 0.0, "batch")
            self._steps += 1

        def on_epoch_end(self, epoch: int, logs: dict | None = None) -> None:
            if self._recorder is not None:
                self._recorder.write(self._steps, float(epoch + 1), "epoch")

        def on_train_end(self, logs: dict | None = None) -> None:
            if self._recorder is not None:
                self.write_errors = self._recorder.close()

    return SnapshotRecorder()


# ---------------------------------------------------------------- loading


@dataclass(frozen=True, eq=False)
class SnapshotSeries:
    """The snapshots of one run in step order. Arrays have the snapshots on their first axis (T)."""

    steps: np.ndarray  # (T,) batches done
    epochs: np.ndarray  # (T,) epochs done, fractional for the early batches
    kinds: tuple[str, ...]  # "start", "batch" or "epoch"
    probe_images: np.ndarray  # (n, H, W, C)
    probe_labels: np.ndarray  # (n,)
    probabilities: np.ndarray  # (T, n, classes)
    loss: np.ndarray  # (T,) cross-entropy on the fixed batch
    norm_layers: tuple[str, ...]
    weight_norms: np.ndarray  # (T, layers)
    grad_norms: np.ndarray  # (T, layers)
    dead: dict[str, np.ndarray]  # conv layer → (T, filters) bool
    conv_layer: str | None  # the first Conv2D layer (kernels and maps are of it)
    kernels: np.ndarray | None  # (T, kh, kw, cin, cout)
    biases: np.ndarray | None  # (T, cout)
    skipped: tuple[str, ...] = ()  # "file: reason" for each file that could not be used
    _codes: np.ndarray | None = field(default=None, repr=False)  # (T, n, h, w, c) uint8
    _low: np.ndarray | None = field(default=None, repr=False)  # (T, n, c)
    _high: np.ndarray | None = field(default=None, repr=False)

    def __len__(self) -> int:
        return len(self.steps)

    @property
    def has_maps(self) -> bool:
        return self._codes is not None

    def maps_at(self, index: int) -> np.ndarray:
        """The first conv layer's maps of every probe at snapshot `index`: (n, h, w, c) float32."""
        if self._codes is None:
            raise ValueError("these snapshots have no feature maps (the model has no Conv2D layer)")
        return _dequantise(self._codes[index], self._low[index], self._high[index])

    def probe_maps(self, probe: int) -> np.ndarray:
        """One probe's maps at every snapshot: (T, h, w, c) float32."""
        if self._codes is None:
            raise ValueError("these snapshots have no feature maps (the model has no Conv2D layer)")
        return _dequantise(self._codes[:, probe], self._low[:, probe], self._high[:, probe])

    def label(self, index: int) -> str:
        """"epoch 2" or "epoch 0 · batch 10": the moment of snapshot `index`."""
        from cnnviz.i18n import t

        if self.kinds[index] == "batch":
            return t("inspect.snapshot.batch", batch=int(self.steps[index]))
        return t("inspect.snapshot.epoch", epoch=int(round(self.epochs[index])))


def list_snapshot_files(run_dir: str | Path) -> list[tuple[int, Path]]:
    """(step, path) of every snapshot file, in step order (from the names, not the folder's order)."""
    folder = snapshot_dir(run_dir)
    if not folder.is_dir():
        return []
    found = [(int(m.group(1)), p) for p in folder.iterdir() if (m := _FILE.match(p.name))]
    return sorted(found)


_REQUIRED = ("step", "epoch", "kind", "probabilities", "loss", "norm_layers", "weight_norms", "grad_norms",
             "conv_layers")


def _read(path: Path) -> dict[str, np.ndarray]:
    with np.load(path, allow_pickle=False) as data:
        content = {key: data[key] for key in data.files}
    missing = [key for key in _REQUIRED if key not in content]
    if missing:
        raise KeyError(", ".join(missing))
    return content


def _read_cached(path: Path, cache: dict[Path, tuple[tuple[int, int], Any]] | None) -> dict[str, np.ndarray]:
    if cache is None:
        return _read(path)
    stat = path.stat()
    stamp = (stat.st_size, stat.st_mtime_ns)
    known = cache.get(path)
    if known is not None and known[0] == stamp:
        return known[1]
    content = _read(path)
    cache[path] = (stamp, content)
    return content


def load_snapshots(run_dir: str | Path, cache: dict[Path, tuple[tuple[int, int], Any]] | None = None
                   ) -> SnapshotSeries | None:
    """Every readable snapshot of the run (None if it has none). A file that cannot be read, or that does
    not match the first one's shapes, is skipped and named in `skipped`.

    `cache`: a dict the caller keeps between calls (e.g. while a page polls a run that is training): files
    whose size and modification time are unchanged are not read again, only the new ones."""
    import zipfile

    from cnnviz.i18n import t

    files = list_snapshot_files(run_dir)
    if not files:
        return None
    try:
        with np.load(snapshot_dir(run_dir) / PROBES_FILE, allow_pickle=False) as data:
            probe_images, probe_labels = data["images"], data["labels"]
    except (OSError, KeyError, ValueError, EOFError, zipfile.BadZipFile):
        probe_images, probe_labels = np.zeros((0, 1, 1, 1), np.float32), np.zeros(0, np.int64)
    records: list[dict[str, np.ndarray]] = []
    skipped: list[str] = []
    for _, path in files:
        try:
            content = _read_cached(path, cache)
        except (OSError, KeyError, ValueError, EOFError, zipfile.BadZipFile) as exc:
            skipped.append(t("inspect.snapshot.unreadable", file=path.name, reason=f"{type(exc).__name__}: {exc}"))
            continue
        if records and not _same_shapes(records[0], content):
            skipped.append(t("inspect.snapshot.mismatch", file=path.name))
            continue
        records.append(content)
    if not records:
        return SnapshotSeries(np.zeros(0, np.int64), np.zeros(0), (), probe_images, probe_labels,
                              np.zeros((0, 0, 0)), np.zeros(0), (), np.zeros((0, 0)), np.zeros((0, 0)), {}, None,
                              None, None, tuple(skipped))
    first = records[0]
    convs = [str(name) for name in first["conv_layers"]]
    has_kernel = "kernel" in first
    stack = lambda key: np.stack([r[key] for r in records])  # noqa: E731
    return SnapshotSeries(
        steps=stack("step").astype(np.int64), epochs=stack("epoch").astype(np.float64),
        kinds=tuple(str(r["kind"]) for r in records), probe_images=probe_images, probe_labels=probe_labels,
        probabilities=stack("probabilities"), loss=stack("loss"),
        norm_layers=tuple(str(name) for name in first["norm_layers"]),
        weight_norms=stack("weight_norms"), grad_norms=stack("grad_norms"),
        dead={name: stack(f"dead__{name}") for name in convs if f"dead__{name}" in first},
        conv_layer=convs[0] if convs else None,
        kernels=stack("kernel") if has_kernel else None,
        biases=stack("bias") if "bias" in first else None,
        skipped=tuple(skipped),
        _codes=stack("maps") if "maps" in first else None,
        _low=stack("maps_low") if "maps" in first else None,
        _high=stack("maps_high") if "maps" in first else None)


def _same_shapes(reference: dict[str, np.ndarray], other: dict[str, np.ndarray]) -> bool:
    keys = set(reference) | set(other)
    return all(key in reference and key in other and reference[key].shape == other[key].shape for key in keys)
