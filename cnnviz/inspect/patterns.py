"""What makes a filter fire: filter patterns by gradient ascent (activation maximisation), and class patterns.

Start from a grey image with a little noise and change it, step by step, in the direction that raises the
filter's mean response. All filters of a layer ascend together: a batch of n images, image i ascending
filter i, in ONE compiled `tf.function` that runs many steps per call (a `tf.while_loop` in the graph), so
a 64-filter grid is a handful of calls, not thousands of eager ones.

The objective of filter k is the mean over positions of softplus(z_k), z_k the filter's response before its
activation function: a smooth "how strongly does it fire" that, unlike ReLU, still has a gradient while the
filter is switched off. Each step moves the image by `step_size` (root-mean-square change per pixel): the
gradient is normalised per image, so weak and strong filters ascend at the same pace.

Regularisers (switch them on to see what they do): jitter (shift the image by a few random pixels before
each step: no pattern can rely on exact pixel positions, which removes high-frequency noise), blur (each
step's change is smoothed by a Gaussian of σ pixels: smoother, larger-scale patterns), decay (pull every
pixel a little toward grey: no pixel grows without bound), clip (keep pixels in [0, 1], the range real
images have). Only positions whose receptive field holds no zero padding count, else the ascent paints
stripes along the border (the "edge" between the image and the padding).

The class pattern of class c ascends the class score before softmax (the logit) instead; it starts from the
same grey image and keeps its pixels in [0, 1] by default (CLASS_SETTINGS), which gives it more of a shape.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import time
import weakref
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from cnnviz.inspect import ExplainError
from cnnviz.inspect.extract import (
    ProgressCallback,
    _file_stamp,
    atomic_write_npz,
    class_scores_forward,
    conv_layer_names,
    forward_collecting,
    input_shape,
    model_layers,
)

if TYPE_CHECKING:
    import keras

CLASSES = "__classes__"  # the target name of class patterns (a layer cannot have this name)
STEPS_PER_CALL = 10  # steps run inside one compiled call (progress is reported between calls)
START_GREY = 0.5

_ASCENT: weakref.WeakKeyDictionary[Any, dict[tuple, Callable]] = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class PatternSettings:
    """How the ascent runs. Pixels are in image units (0 = black, 1 = white)."""

    steps: int = 80
    step_size: float = 0.05  # root-mean-square change per pixel per step
    start_noise: float = 0.05  # the start: grey 0.5 ± this (uniform)
    jitter: int = 1  # shift by up to this many pixels before each step (0: off)
    blur: float = 0.5  # σ in pixels of the Gaussian that smooths each step's change (0: off)
    decay: float = 0.05  # pull toward grey by this fraction per step (0: off)
    clip: bool = False  # keep pixels in [0, 1]
    seed: int = 0

    def validate(self) -> None:
        checks = (("steps", self.steps, 1, 5000), ("step_size", self.step_size, 1e-6, 10.0),
                  ("start_noise", self.start_noise, 0.0, 0.5), ("jitter", self.jitter, 0, 16),
                  ("blur", self.blur, 0.0, 5.0), ("decay", self.decay, 0.0, 0.5))
        for name, value, low, high in checks:
            if not (isinstance(value, (int, float)) and low <= value <= high):
                raise ExplainError("inspect.error.range", what=name, value=value, low=low, high=high)

    def key(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)


CLASS_SETTINGS = PatternSettings(steps=100, blur=0.0, decay=0.0, clip=True)


@dataclass(frozen=True, eq=False)
class PatternResult:
    """Patterns of a layer's filters (or of classes): `images` (n, H, W, C) in [0, 1] for display (see
    `displayable`), `raw` the ascended inputs themselves; the objective at the start and the end of the ascent."""

    target: str  # the layer name, or CLASSES
    indices: np.ndarray  # filter (or class) index of each image
    images: np.ndarray
    raw: np.ndarray
    start_objective: np.ndarray  # (n,)
    final_objective: np.ndarray  # (n,)
    settings: PatternSettings
    seconds: float
    cached: bool = False

    @property
    def is_class_pattern(self) -> bool:
        return self.target == CLASSES


# ---------------------------------------------------------------- the compiled ascent


def _layer_input_forward(model: keras.Model, layer_name: str) -> Callable:
    """x -> the input tensor of the named layer (the model's own layers, inference mode)."""
    import keras

    layers = model_layers(model)
    names = [layer.name for layer in layers]
    position = names.index(layer_name)
    if position == 0:
        return lambda x: x
    if isinstance(model, keras.Sequential):
        forward = forward_collecting(model, (names[position - 1],))
        return lambda x: forward(x)[0]
    sub = keras.Model(model.inputs, model.get_layer(layer_name).input)
    return lambda x: sub(x, training=False)


def _padding_free_positions(model: keras.Model, layer_name: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """The layer's output positions whose receptive field holds no zero padding (first, last per axis).

    A position whose field reaches into the padding sees an "edge" between the image and the zeros;
    ascending it paints stripes along the border. Models the receptive-field math cannot follow use all
    positions."""
    from cnnviz.inspect.receptive import field_by_name, model_receptive_fields, padding_free_units

    height, width = input_shape(model)[:2]
    try:
        layer_field = field_by_name(model_receptive_fields(model), layer_name)
    except (ValueError, AttributeError, ExplainError):  # not one chain of known layers: every position counts
        out_h, out_w = (int(d) for d in model.get_layer(layer_name).output.shape[1:3])
        return (0, out_h - 1), (0, out_w - 1)
    return padding_free_units(layer_field.rows, height), padding_free_units(layer_field.cols, width)


def _filter_objective(model: keras.Model, layer_name: str) -> Callable:
    """(x, filter index per image) -> mean softplus of each image's own filter response, (n,)."""
    import tensorflow as tf

    layer = model.get_layer(layer_name)
    to_input = _layer_input_forward(model, layer_name)
    rows, cols = _padding_free_positions(model, layer_name)

    def objective(x, indices):
        z = layer.convolution_op(to_input(x), layer.kernel)
        if layer.use_bias:
            z = z + tf.reshape(layer.bias, (1, 1, 1, -1)) if layer.data_format == "channels_last" else \
                z + tf.reshape(layer.bias, (1, -1, 1, 1))
        if layer.data_format != "channels_last":
            z = tf.transpose(z, (0, 2, 3, 1))
        own = tf.gather(z, indices, axis=3, batch_dims=1)  # (n, h, w): image i's filter indices[i]
        own = own[:, rows[0]:rows[1] + 1, cols[0]:cols[1] + 1]
        return tf.reduce_mean(tf.nn.softplus(own), axis=(1, 2))

    return objective


def _class_objective(model: keras.Model) -> Callable:
    import tensorflow as tf

    forward = class_scores_forward(model)

    def objective(x, indices):
        return tf.gather(forward(x)[1], indices, axis=1, batch_dims=1)

    return objective


def _gaussian_kernel(sigma: float, channels: int, max_radius: int) -> np.ndarray:
    radius = max(1, min(math.ceil(3 * sigma), max_radius))
    offsets = np.arange(-radius, radius + 1, dtype=np.float64)
    line = np.exp(-0.5 * (offsets / sigma) ** 2)
    line /= line.sum()
    kernel = np.outer(line, line).astype(np.float32)
    return np.repeat(kernel[:, :, None, None], channels, axis=2)  # (k, k, channels, 1) for a depthwise conv


def step_function(model: keras.Model, target: str, settings: PatternSettings) -> tuple[Callable, Callable]:
    """(objective, step): objective(x, indices) → (n,); step(x, indices, step number, seed) → (x after one
    ascent step, the objective before it). Plain TensorFlow code: compiled by _ascent_function, and callable
    eagerly (the benchmark's one-filter-at-a-time baseline runs exactly this)."""
    import tensorflow as tf

    rules = settings
    objective = _class_objective(model) if target == CLASSES else _filter_objective(model, target)
    height, width, channels = input_shape(model)
    blur = tf.constant(_gaussian_kernel(rules.blur, channels, min(height, width) - 1)) if rules.blur > 0 else None
    pad = (blur.shape[0] - 1) // 2 if blur is not None else 0
    jitter = int(rules.jitter)

    def step(x, indices, number, seed):
        if jitter:
            shift = tf.random.stateless_uniform((2,), seed=tf.stack([seed, number]), minval=-jitter,
                                                maxval=jitter + 1, dtype=tf.int32)
        with tf.GradientTape() as tape:
            tape.watch(x)
            shown = tf.roll(x, shift=shift, axis=(1, 2)) if jitter else x
            value = objective(shown, indices)
        grad = tape.gradient(value, x)
        if blur is not None:  # smooth the change, so no pixel-level noise is added
            padded = tf.pad(grad, [[0, 0], [pad, pad], [pad, pad], [0, 0]], mode="SYMMETRIC")
            grad = tf.nn.depthwise_conv2d(padded, blur, strides=[1, 1, 1, 1], padding="VALID")
        rms = tf.sqrt(tf.reduce_mean(tf.square(grad), axis=(1, 2, 3), keepdims=True))
        x = x + rules.step_size * grad / (rms + 1e-12)
        if rules.decay > 0:
            x = START_GREY + (x - START_GREY) * (1.0 - rules.decay)
        if rules.clip:
            x = tf.clip_by_value(x, 0.0, 1.0)
        return x, value

    return objective, step


def _ascent_function(model: keras.Model, target: str, settings: PatternSettings) -> Callable:
    """A compiled (x, indices, steps, first_step, seed) -> (x after the steps, objective before them)."""
    rules = replace(settings, steps=0, seed=0)  # steps and seed are call arguments, not part of the graph
    per_model = _ASCENT.setdefault(model, {})
    cache_key = (target, rules)
    if cache_key in per_model:
        return per_model[cache_key]
    import tensorflow as tf

    objective, step = step_function(model, target, rules)
    height, width, channels = input_shape(model)

    @tf.function(input_signature=[tf.TensorSpec((None, height, width, channels), tf.float32),
                                  tf.TensorSpec((None,), tf.int32), tf.TensorSpec((), tf.int32),
                                  tf.TensorSpec((), tf.int32), tf.TensorSpec((), tf.int32)])
    def ascend(x, indices, steps, first_step, seed):
        first_value = objective(x, indices)
        for number in tf.range(first_step, first_step + steps):
            x, _ = step(x, indices, number, seed)
        return x, first_value

    per_model[cache_key] = ascend
    return ascend


def deprocess(images: np.ndarray, contrast: float = 0.2) -> np.ndarray:
    """Ascended inputs → displayable [0, 1]: each image's difference from the starting grey, scaled so its
    root-mean-square is `contrast` (Chollet's recipe, centred on the start rather than on the image's mean:
    a filter that wants bright areas shows bright, and pixels the filter never sees stay grey)."""
    images = np.asarray(images, dtype=np.float32)
    axes = tuple(range(1, images.ndim))
    change = images - START_GREY
    scale = np.sqrt(np.mean(np.square(change), axis=axes, keepdims=True))
    shown = START_GREY + contrast * np.divide(change, scale, out=np.zeros_like(change), where=scale > 1e-8)
    return np.clip(shown, 0.0, 1.0).astype(np.float32)


def displayable(raw: np.ndarray, settings: PatternSettings) -> np.ndarray:
    """Clipped ascents are real images already ([0, 1]): shown as they are. Unclipped ones are deprocessed."""
    return np.asarray(raw, dtype=np.float32) if settings.clip else deprocess(raw)


def _start_images(model: keras.Model, indices: np.ndarray, settings: PatternSettings) -> np.ndarray:
    """Grey plus uniform noise; each filter's start depends only on (seed, filter), not on the batch."""
    shape = input_shape(model)
    noise = [np.random.default_rng([settings.seed, int(i)]).uniform(-settings.start_noise, settings.start_noise, shape)
             for i in indices]
    return (START_GREY + np.stack(noise)).astype(np.float32)


def _ascend(model: keras.Model, target: str, indices: np.ndarray, settings: PatternSettings,
            progress: ProgressCallback | None, batch_size: int) -> PatternResult:
    settings.validate()
    started = time.perf_counter()
    function = _ascent_function(model, target, settings)
    x = _start_images(model, indices, settings)
    start_values = np.empty(len(indices), dtype=np.float32)
    total, done = len(indices) * settings.steps, 0
    for begin in range(0, len(indices), batch_size):
        part = slice(begin, begin + batch_size)
        chunk, chunk_indices = x[part], indices[part].astype(np.int32)
        for first in range(0, settings.steps, STEPS_PER_CALL):
            count = min(STEPS_PER_CALL, settings.steps - first)
            out, before = function(chunk, chunk_indices, np.int32(count), np.int32(first), np.int32(settings.seed))
            if first == 0:
                start_values[part] = np.asarray(before)
            chunk = np.asarray(out)
            done += count * len(chunk_indices)
            if progress is not None:
                progress(done, total)
        x[part] = chunk
    final_values = np.concatenate([  # zero steps: the objective of the final images, same compiled function
        np.asarray(function(x[i:i + batch_size], indices[i:i + batch_size].astype(np.int32), np.int32(0),
                            np.int32(0), np.int32(settings.seed))[1]) for i in range(0, len(indices), batch_size)])
    return PatternResult(target, indices.astype(np.int64), displayable(x, settings), x, start_values,
                         final_values, settings, time.perf_counter() - started)


def _conv_layer(model: keras.Model, layer_name: str) -> keras.layers.Layer:
    convs = conv_layer_names(model)
    if layer_name not in convs:
        raise ExplainError("inspect.error.not_conv", layer=layer_name, convs=", ".join(convs) or "—")
    return model.get_layer(layer_name)


def filter_patterns(model: keras.Model, layer_name: str, settings: PatternSettings = PatternSettings(),
                    filters: Sequence[int] | None = None, progress: ProgressCallback | None = None,
                    batch_size: int = 128) -> PatternResult:
    """The input pattern each filter of a Conv2D layer responds to most (default: all its filters)."""
    layer = _conv_layer(model, layer_name)
    count = int(layer.filters)
    indices = np.arange(count) if filters is None else np.asarray(list(filters), dtype=np.int64)
    if len(indices) == 0 or indices.min() < 0 or indices.max() >= count:
        raise ExplainError("inspect.error.filter_index", layer=layer_name, last=count - 1)
    return _ascend(model, layer_name, indices, settings, progress, batch_size)


def class_patterns(model: keras.Model, settings: PatternSettings = CLASS_SETTINGS,
                   classes: Sequence[int] | None = None, progress: ProgressCallback | None = None,
                   batch_size: int = 128) -> PatternResult:
    """The input that maximises each class score (before softmax); default: every class."""
    n_classes = int(model.outputs[0].shape[-1])
    indices = np.arange(n_classes) if classes is None else np.asarray(list(classes), dtype=np.int64)
    if len(indices) == 0 or indices.min() < 0 or indices.max() >= n_classes:
        raise ExplainError("inspect.error.class_index", index=list(indices), last=n_classes - 1)
    return _ascend(model, CLASSES, indices, settings, progress, batch_size)


# ---------------------------------------------------------------- file cache


def pattern_cache_file(cache_dir: str | Path, target: str, settings: PatternSettings, stamp: str) -> Path:
    digest = hashlib.sha1(f"{stamp}|{target}|{settings.key()}".encode()).hexdigest()[:12]
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in ("classes" if target == CLASSES else target))
    return Path(cache_dir) / f"patterns_{safe}_{digest}.npz"


def _cache_key(target: str, settings: PatternSettings, model_file: str | Path | None) -> tuple[str, str]:
    stamp = _file_stamp(Path(model_file)) if model_file is not None and Path(model_file).exists() else ""
    return stamp, f"{stamp}|{target}|{settings.key()}"


def cached_result(cache_dir: str | Path, target: str, settings: PatternSettings | None = None,
                  model_file: str | Path | None = None) -> PatternResult | None:
    """What `cached_patterns` kept for these arguments, or None (nothing kept, a damaged or a foreign file). Needs
    no model: the web process reads it without asking a worker."""
    settings = settings or (CLASS_SETTINGS if target == CLASSES else PatternSettings())
    stamp, key = _cache_key(target, settings, model_file)
    path = pattern_cache_file(cache_dir, target, settings, stamp)
    if not path.exists():
        return None
    try:
        with np.load(path) as data:
            if str(data["key"]) == key:
                return PatternResult(target, data["indices"], displayable(data["raw"], settings), data["raw"],
                                     data["start"], data["final"], settings, float(data["seconds"]), cached=True)
    except (OSError, KeyError, ValueError, EOFError, zipfile.BadZipFile):
        pass  # unreadable or foreign file: recompute
    return None


def cached_patterns(model: keras.Model, cache_dir: str | Path, target: str,
                    settings: PatternSettings | None = None, model_file: str | Path | None = None,
                    progress: ProgressCallback | None = None) -> PatternResult:
    """filter_patterns (target = a conv layer's name) or class_patterns (target = CLASSES), kept in
    `cache_dir` as an .npz keyed by the model file's stamp (name, size, modification time), the target and
    the settings (default: PatternSettings() for filters, CLASS_SETTINGS for classes). A damaged cache file is
    recomputed; a read-only folder just does not cache."""
    settings = settings or (CLASS_SETTINGS if target == CLASSES else PatternSettings())
    found = cached_result(cache_dir, target, settings, model_file)
    if found is not None:
        if progress is not None:
            progress(1, 1)
        return found
    if target == CLASSES:
        result = class_patterns(model, settings, progress=progress)
    else:
        result = filter_patterns(model, target, settings, progress=progress)
    stamp, key = _cache_key(target, settings, model_file)
    with contextlib.suppress(OSError):  # a read-only run folder still gets its patterns, just not cached
        atomic_write_npz(pattern_cache_file(cache_dir, target, settings, stamp), key=np.array(key),
                         indices=result.indices, raw=result.raw.astype(np.float32), start=result.start_objective,
                         final=result.final_objective, seconds=np.array(result.seconds))
    return result
