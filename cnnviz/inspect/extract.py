"""Looking inside a trained Keras model: feature maps, kernels, dead filters, predictions, confusion
matrix and Grad-CAM. Numpy in, numpy out; images are (H, W, C) float32 in [0, 1].

TensorFlow/Keras are imported inside the functions only. Sub-models (all layer outputs at once, Grad-CAM)
are built once per model and kept in weak caches, and called as compiled `tf.function`s: a direct call
costs about a millisecond where `model.predict` costs tens of milliseconds of set-up per call.
"""

from __future__ import annotations

import contextlib
import io
import weakref
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from cnnviz.i18n import CnnvizError, t

if TYPE_CHECKING:
    import keras

    from cnnviz.inspect.receptive import LayerField

ProgressCallback = Callable[[int, int], None]  # (images done, images in total)

FEATURE_LAYER_TYPES = ("Conv2D", "MaxPooling2D", "AveragePooling2D")
MERGE_LAYER_TYPES = ("Add", "Concatenate")  # where branches of a functional model meet (a residual block's Add)
_EXTRACTORS: weakref.WeakKeyDictionary[Any, dict[tuple[str, ...], Callable]] = weakref.WeakKeyDictionary()
_GRAD_MODELS: weakref.WeakKeyDictionary[Any, dict[str, Callable]] = weakref.WeakKeyDictionary()
_PREDICTORS: weakref.WeakKeyDictionary[Any, Callable] = weakref.WeakKeyDictionary()


class ExtractError(CnnvizError):
    """A model or input this module cannot look inside: a catalog key (`extract.*`)."""


# ---------------------------------------------------------------- layers and inputs


def model_layers(model: keras.Model) -> list[keras.layers.Layer]:
    """The model's layers in order, without the input layer."""
    return [layer for layer in model.layers if type(layer).__name__ != "InputLayer"]


def layer_type(model: keras.Model, layer_name: str) -> str:
    return type(model.get_layer(layer_name)).__name__


def conv_layer_names(model: keras.Model) -> list[str]:
    return [layer.name for layer in model_layers(model) if type(layer).__name__ == "Conv2D"]


def feature_layer_names(model: keras.Model) -> list[str]:
    """Layers whose output is a stack of 2-D maps worth showing as images (conv and pooling, and the Add or
    Concatenate where the branches of a functional model meet)."""
    names = []
    for layer in model_layers(model):
        kind = type(layer).__name__
        if kind in FEATURE_LAYER_TYPES or (kind in MERGE_LAYER_TYPES and _output_rank(layer) == 4):
            names.append(layer.name)
    return names


def _output_rank(layer: keras.layers.Layer) -> int:
    try:
        return len(layer.output.shape)
    except (AttributeError, ValueError):  # a layer called more than once has no single output
        return 0


def inbound_layer_name(model: keras.Model, layer: keras.layers.Layer) -> str | None:
    """The layer whose output feeds `layer` (None when it has several inputs or none)."""
    from cnnviz.models.modelfile import inbound_layers

    names = inbound_layers(model, layer)
    return names[0] if len(names) == 1 else None


def output_layer(model: keras.Model) -> keras.layers.Layer:
    """The layer that produces the model's (first) output."""
    try:
        return model.outputs[0]._keras_history.operation
    except (AttributeError, IndexError):
        return model_layers(model)[-1]


def input_shape(model: keras.Model) -> tuple[int, int, int]:
    shape = tuple(int(d) for d in model.inputs[0].shape[1:])
    if len(shape) != 3:
        raise ExtractError("extract.not_image_model", shape=str(shape))
    return shape  # type: ignore[return-value]


def as_batch(model: keras.Model, images: np.ndarray) -> np.ndarray:
    expected = input_shape(model)
    batch = np.asarray(images, dtype=np.float32)
    if batch.shape == expected:
        batch = batch[None]
    if batch.shape[1:] != expected:
        raise ExtractError("extract.image_shape", shape=str(batch.shape[1:]), expected=str(expected))
    return batch


# ---------------------------------------------------------------- feature maps


def forward_collecting(model: keras.Model, names: tuple[str, ...]) -> Callable:
    """A function x -> [outputs of the named layers], all from one forward pass.

    A Sequential model is run layer by layer (its layers' symbolic `.output`s can belong to different
    builds of the model, which would compute the shared part twice and break gradients); any other model
    gets a multi-output `keras.Model` over its graph.
    """
    import keras

    if isinstance(model, keras.Sequential):
        layers = model_layers(model)
        wanted = set(names)
        position = {name: i for i, name in enumerate(names)}

        def run(x):
            found = [None] * len(names)
            for layer in layers:
                x = layer(x, training=False)
                if layer.name in wanted:
                    found[position[layer.name]] = x
            return found

        return run
    multi = keras.Model(model.inputs, [model.get_layer(n).output for n in names])
    return lambda x: multi(x, training=False)


def _extractor(model: keras.Model, names: tuple[str, ...]) -> Callable:
    per_model = _EXTRACTORS.setdefault(model, {})
    if names not in per_model:
        import tensorflow as tf

        for name in names:
            model.get_layer(name)  # ValueError naming the layer if it does not exist
        signature = [tf.TensorSpec((None, *input_shape(model)), tf.float32)]
        per_model[names] = tf.function(forward_collecting(model, names), input_signature=signature)
    return per_model[names]


def layer_outputs(model: keras.Model, images: np.ndarray, layer_names: Sequence[str] | None = None
                  ) -> dict[str, np.ndarray]:
    """Outputs of the chosen layers (default: every layer) for a batch, in one forward pass."""
    names = tuple(layer_names) if layer_names is not None else tuple(lay.name for lay in model_layers(model))
    if not names:
        return {}
    outputs = _extractor(model, names)(as_batch(model, images))
    if not isinstance(outputs, (list, tuple)):
        outputs = [outputs]
    return {name: np.asarray(out) for name, out in zip(names, outputs, strict=True)}


def feature_maps(model: keras.Model, image: np.ndarray, layer_names: list[str] | None = None
                 ) -> dict[str, np.ndarray]:
    """Each chosen layer's output for one image: (h, w, c) for maps, (n,) for flat layers."""
    return {name: out[0] for name, out in layer_outputs(model, image, layer_names).items()}


# ---------------------------------------------------------------- kernels


def kernels(model: keras.Model, layer_name: str) -> tuple[np.ndarray, np.ndarray | None]:
    """A Conv2D layer's kernel (kh, kw, cin, cout) and bias (cout,) or None."""
    layer = model.get_layer(layer_name)
    if type(layer).__name__ != "Conv2D":
        raise ExtractError("extract.not_conv", layer=layer_name, kind=type(layer).__name__)
    weights = layer.get_weights()
    return np.asarray(weights[0]), (np.asarray(weights[1]) if len(weights) > 1 else None)


def fresh_initial_kernels(model: keras.Model, layer_name: str, seed: int = 0
                          ) -> tuple[np.ndarray, np.ndarray | None]:
    """Kernels a fresh initialisation of the same layer would start from.

    Uses the layer's own initialisers (Keras' default is Glorot uniform: uniform in ±sqrt(6 / (fan_in +
    fan_out)), fan = kh·kw·channels; biases start at 0) with a fixed seed, so the page is reproducible.
    These are *not* the exact numbers the run started from unless the run saved its initial weights.
    """
    import keras

    layer = model.get_layer(layer_name)
    trained, bias = kernels(model, layer_name)
    config = layer.kernel_initializer.get_config()
    if "seed" in config:
        config["seed"] = seed
    initializer = type(layer.kernel_initializer).from_config(config)
    fresh = keras.ops.convert_to_numpy(initializer(trained.shape, dtype="float32"))
    fresh_bias = None
    if bias is not None:
        fresh_bias = keras.ops.convert_to_numpy(layer.bias_initializer(bias.shape, dtype="float32"))
    return np.asarray(fresh), (None if fresh_bias is None else np.asarray(fresh_bias))


def glorot_limit(kernel_shape: tuple[int, ...]) -> float:
    """Half-width of the Glorot-uniform range for a conv kernel (kh, kw, cin, cout)."""
    receptive = int(np.prod(kernel_shape[:-2])) if len(kernel_shape) > 2 else 1
    fan_in, fan_out = kernel_shape[-2] * receptive, kernel_shape[-1] * receptive
    return float(np.sqrt(6.0 / (fan_in + fan_out)))


def dead_filters(model: keras.Model, images: np.ndarray, layer_name: str) -> np.ndarray:
    """Boolean (cout,): True where a filter's output is 0 at every position of every image in the batch
    (a "dead" ReLU filter: it never fires, so it neither helps the prediction nor learns)."""
    out = layer_outputs(model, images, [layer_name])[layer_name]
    if out.ndim != 4:
        raise ExtractError("extract.no_maps", layer=layer_name, shape=str(out.shape[1:]))
    return np.all(out == 0, axis=(0, 1, 2))


# ---------------------------------------------------------------- predictions


def _predictor(model: keras.Model) -> Callable:
    if model not in _PREDICTORS:
        import tensorflow as tf

        signature = [tf.TensorSpec((None, *input_shape(model)), tf.float32)]
        model_ref = weakref.ref(model)  # a strong reference here would keep the model alive forever
        _PREDICTORS[model] = tf.function(lambda x: model_ref()(x, training=False), input_signature=signature)
    return _PREDICTORS[model]


def predict_probabilities(model: keras.Model, images: np.ndarray, batch_size: int = 256,
                          progress: ProgressCallback | None = None) -> np.ndarray:
    """Class probabilities (n, classes) in batches, calling progress(done, total) after each batch."""
    batch_images = as_batch(model, images)
    predict = _predictor(model)
    total = len(batch_images)
    parts = []
    for start in range(0, total, batch_size):
        parts.append(np.asarray(predict(batch_images[start:start + batch_size])))
        if progress is not None:
            progress(min(start + batch_size, total), total)
    if not parts:
        return np.zeros((0, int(model.outputs[0].shape[-1])), dtype=np.float32)
    return np.concatenate(parts)


def top_k(probabilities: np.ndarray, k: int = 3) -> list[tuple[int, float]]:
    """The k most likely classes as (class index, probability), most likely first."""
    order = np.argsort(probabilities)[::-1][:k]
    return [(int(i), float(probabilities[i])) for i in order]


def _file_stamp(path: Path) -> str:
    stat = path.stat()
    return f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}"


def atomic_write_npz(path: Path, **arrays: np.ndarray) -> None:
    from cnnviz.io import atomic_write_bytes

    buffer = io.BytesIO()
    np.savez_compressed(buffer, **arrays)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, buffer.getvalue())


def cached_probabilities(cache_file: Path, model: keras.Model, images: np.ndarray, model_file: Path | None = None,
                         progress: ProgressCallback | None = None, batch_size: int = 256) -> np.ndarray:
    """predict_probabilities, stored in `cache_file` (.npz) and reused while the model file and the number
    of images are unchanged."""
    stamp = _file_stamp(model_file) if model_file is not None and model_file.exists() else ""
    if cache_file.exists():
        try:
            with np.load(cache_file) as data:
                if str(data["stamp"]) == stamp and len(data["probabilities"]) == len(images):
                    if progress is not None:
                        progress(len(images), len(images))
                    return data["probabilities"]
        except (OSError, KeyError, ValueError, EOFError, zipfile.BadZipFile):
            pass  # unreadable or old cache: recompute
    probabilities = predict_probabilities(model, images, batch_size=batch_size, progress=progress)
    with contextlib.suppress(OSError):  # a read-only run folder still gets its predictions, just not cached
        atomic_write_npz(cache_file, probabilities=probabilities, stamp=np.array(stamp))
    return probabilities


# ---------------------------------------------------------------- confusion matrix and metrics


@dataclass(frozen=True)
class ClassMetrics:
    precision: np.ndarray  # (classes,)
    recall: np.ndarray
    f1: np.ndarray
    support: np.ndarray


@dataclass(frozen=True)
class Evaluation:
    """How a model does on one split."""

    y_true: np.ndarray
    y_pred: np.ndarray
    probabilities: np.ndarray
    matrix: np.ndarray  # (classes, classes): rows = true class, columns = predicted class
    accuracy: float
    per_class: ClassMetrics

    @property
    def n_classes(self) -> int:
        return int(self.matrix.shape[0])

    @property
    def row_percent(self) -> np.ndarray:
        """Each row divided by its total (the recall view), in percent; 0 for empty rows."""
        totals = self.matrix.sum(axis=1, keepdims=True)
        return np.divide(100.0 * self.matrix, totals, out=np.zeros(self.matrix.shape), where=totals > 0)

    def cell_indices(self, true_class: int, predicted_class: int) -> np.ndarray:
        return cell_indices(self.y_true, self.y_pred, true_class, predicted_class)

    def errors(self) -> np.ndarray:
        return np.flatnonzero(self.y_true != self.y_pred)


def evaluate(y_true: np.ndarray, probabilities: np.ndarray, n_classes: int | None = None) -> Evaluation:
    from sklearn.metrics import accuracy_score, confusion_matrix, precision_recall_fscore_support

    y_true = np.asarray(y_true).astype(np.int64).ravel()
    probabilities = np.asarray(probabilities)
    if len(y_true) != len(probabilities):
        raise ExtractError("extract.count_differs", labels=len(y_true), predictions=len(probabilities))
    n_classes = n_classes or int(probabilities.shape[1])
    labels = list(range(n_classes))
    y_pred = probabilities.argmax(axis=1).astype(np.int64)
    matrix = confusion_matrix(y_true, y_pred, labels=labels)
    precision, recall, f1, support = precision_recall_fscore_support(
        y_true, y_pred, labels=labels, zero_division=0)
    accuracy = float(accuracy_score(y_true, y_pred)) if len(y_true) else 0.0
    return Evaluation(y_true, y_pred, probabilities, matrix, accuracy,
                      ClassMetrics(precision, recall, f1, support))


def cell_indices(y_true: np.ndarray, y_pred: np.ndarray, true_class: int, predicted_class: int) -> np.ndarray:
    """Indices of the images behind one confusion-matrix cell."""
    return np.flatnonzero((np.asarray(y_true) == true_class) & (np.asarray(y_pred) == predicted_class))


# ---------------------------------------------------------------- class scores and Grad-CAM


def _score_head(model: keras.Model) -> tuple[str, keras.layers.Layer | None]:
    """Where the class scores are read: (layer name, Dense layer to apply without its softmax, or None).

    The scores before softmax (the logits) are wanted: a saturated probability has almost no gradient. For a
    last Dense with softmax, the Dense is re-applied to its input without it; for a last Softmax (or
    Activation("softmax")) layer, its input already is the scores; any other last layer is used as it is."""
    last = output_layer(model)
    kind = type(last).__name__
    activation = getattr(getattr(last, "activation", None), "__name__", "")
    inbound = inbound_layer_name(model, last)
    if inbound is not None and kind == "Dense" and activation == "softmax":
        return inbound, last
    if inbound is not None and (kind == "Softmax" or (kind == "Activation" and activation == "softmax")):
        return inbound, None
    return last.name, None


def ends_in_softmax(model: keras.Model) -> bool:
    """Whether the model outputs probabilities (a softmax at the end) rather than the class scores themselves."""
    return _score_head(model)[0] != output_layer(model).name


def class_scores_forward(model: keras.Model, names: tuple[str, ...] = ()) -> Callable:
    """A function x -> (outputs of the named layers, class scores), all from one forward pass.

    The class scores are taken before the softmax (see _score_head), so Grad-CAM, saliency, Integrated
    Gradients, occlusion and adversarial attacks all work on the logit. Works on branching functional models:
    the head is found from the output layer's inbound node, not from the layer order."""
    head_name, dense = _score_head(model)
    forward = forward_collecting(model, (*names, head_name))

    def run(x):
        outputs = forward(x)
        outputs = list(outputs) if isinstance(outputs, (list, tuple)) else [outputs]
        head = outputs.pop()
        if dense is not None:  # the last Dense layer without its softmax
            import tensorflow as tf

            head = tf.tensordot(head, dense.kernel, axes=1)
            if dense.use_bias:
                head = head + dense.bias
        return outputs, head

    return run


def _grad_cam_function(model: keras.Model, layer_name: str) -> Callable:
    per_model = _GRAD_MODELS.setdefault(model, {})
    if layer_name not in per_model:
        import tensorflow as tf

        forward = class_scores_forward(model, (layer_name,))
        height, width, channels = input_shape(model)

        @tf.function(input_signature=[tf.TensorSpec((1, height, width, channels), tf.float32),
                                      tf.TensorSpec((), tf.int32)])
        def cam(x, class_index):
            with tf.GradientTape() as tape:
                (conv_out,), scores = forward(x)
                score = scores[:, class_index]
            grads = tape.gradient(score, conv_out)
            weights = tf.reduce_mean(grads, axis=(1, 2), keepdims=True)  # one weight per channel
            heat = tf.nn.relu(tf.reduce_sum(conv_out * weights, axis=-1, keepdims=True))
            return tf.image.resize(heat, (height, width), method="bilinear")[0, :, :, 0]

        per_model[layer_name] = cam
    return per_model[layer_name]


def grad_cam(model: keras.Model, image: np.ndarray, class_index: int, layer_name: str | None = None) -> np.ndarray:
    """Grad-CAM heat map (H, W) of the input's size, values in [0, 1]: where the chosen conv layer's maps
    pushed the class score up. Default layer: the last Conv2D."""
    if layer_name is None:
        convs = conv_layer_names(model)
        if not convs:
            raise ExtractError("extract.no_conv")
        layer_name = convs[-1]
    n_classes = int(model.outputs[0].shape[-1])
    if not 0 <= class_index < n_classes:
        raise ExtractError("extract.class_outside", index=class_index, last=n_classes - 1)
    heat = np.asarray(_grad_cam_function(model, layer_name)(as_batch(model, image), np.int32(class_index)))
    heat = np.maximum(heat, 0.0)  # bilinear resizing keeps values ≥ 0; this guards rounding
    peak = float(heat.max())
    return (heat / peak if peak > 0 else np.zeros_like(heat)).astype(np.float32)


RELU_LIKE = ("relu", "leaky_relu", "relu6")


def _activation_name(layer: Any) -> str:
    return getattr(getattr(layer, "activation", None), "__name__", "linear")


def grad_cam_caveat(model: keras.Model, layer_name: str, lang: str | None = None) -> str | None:
    """Why Grad-CAM may mislead on this conv layer, or None (see `caveat_for_activation`)."""
    layer = next((layer for layer in model_layers(model) if layer.name == layer_name), None)
    return caveat_for_activation(layer_name, _activation_name(layer), lang)


def caveat_for_activation(layer_name: str, activation: str, lang: str | None = None) -> str | None:
    """Grad-CAM assumes ReLU feature maps, where an empty (black) region gives activations of 0; with tanh, sigmoid
    or no activation the background has activations of its own, so the weighted sum can light up empty
    background."""
    if activation in RELU_LIKE:
        return None
    return t("extract.grad_cam_caveat", lang=lang, layer=layer_name, activation=activation)


# ---------------------------------------------------------------- what the pages know of a model


@dataclass(frozen=True)
class LayerInfo:
    name: str
    kind: str  # the Keras class name: "Conv2D", "MaxPooling2D", ...
    activation: str  # "linear" when the layer has none


@dataclass(frozen=True)
class ModelInfo:
    """What a page needs to know about a model to offer its layers and label its results, without the model
    itself (which lives in an inference worker: see `cnnviz.inference`)."""

    input_shape: tuple[int, int, int]
    n_classes: int
    layers: tuple[LayerInfo, ...]  # without the input layer, in order
    conv_layers: tuple[str, ...]
    feature_layers: tuple[str, ...]  # see `feature_layer_names`
    fields: tuple[LayerField, ...] | None  # receptive fields; None when the model is not one chain

    def layer_type(self, name: str) -> str:
        return next(layer.kind for layer in self.layers if layer.name == name)

    def grad_cam_caveat(self, layer_name: str, lang: str | None = None) -> str | None:
        activation = next((layer.activation for layer in self.layers if layer.name == layer_name), "linear")
        return caveat_for_activation(layer_name, activation, lang)


def describe(model: keras.Model) -> ModelInfo:
    """The model's `ModelInfo` (ExtractError for a model that does not take one image)."""
    from cnnviz.inspect.receptive import model_receptive_fields

    try:
        fields: tuple[LayerField, ...] | None = tuple(model_receptive_fields(model))
    except (CnnvizError, ValueError, AttributeError):
        fields = None
    return ModelInfo(input_shape(model), int(model.outputs[0].shape[-1]),
                     tuple(LayerInfo(layer.name, type(layer).__name__, _activation_name(layer))
                           for layer in model_layers(model)),
                     tuple(conv_layer_names(model)), tuple(feature_layer_names(model)), fields)
