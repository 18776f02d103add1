"""Setting up a fit: the device strategy, the optimizer and loss of a `TrainingConfig`, the compiled model (in mixed
precision on a GPU when asked), the tf.data pipelines, the dataset a config names, and whether an architecture fits
a dataset (adapted to its input shape or number of classes, or why not).

TensorFlow and Keras are imported only inside functions."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from cnnviz.arch.shapes import check
from cnnviz.arch.spec import Architecture
from cnnviz.i18n import Message, msg
from cnnviz.train.config import TrainingConfig

if TYPE_CHECKING:
    import keras
    import numpy as np
    import tensorflow as tf

    from cnnviz.data.datasets import Dataset


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


def load_config_dataset(config: TrainingConfig, allow_download: bool = True) -> Dataset:
    """The dataset a config names (built-in or the user's own), loaded as training loads it."""
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
