"""Architecture spec → Keras model. TensorFlow is imported only when a model is built."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cnnviz.arch.shapes import check, layer_names
from cnnviz.arch.spec import (
    Architecture,
    AveragePooling2D,
    BatchNormalization,
    Conv2D,
    Dense,
    Dropout,
    Flatten,
    GlobalAveragePooling2D,
    Layer,
    MaxPooling2D,
    SpecError,
)

if TYPE_CHECKING:
    import keras


def _activation(name: str) -> str | None:
    return None if name == "linear" else name


def keras_layer(layer: Layer, name: str) -> keras.layers.Layer:
    from keras import layers

    if isinstance(layer, Conv2D):
        return layers.Conv2D(layer.filters, layer.kernel_size, strides=layer.strides, padding=layer.padding,
                             activation=_activation(layer.activation), use_bias=layer.use_bias, name=name)
    if isinstance(layer, AveragePooling2D):
        return layers.AveragePooling2D(layer.pool_size, strides=layer.strides, padding=layer.padding, name=name)
    if isinstance(layer, MaxPooling2D):
        return layers.MaxPooling2D(layer.pool_size, strides=layer.strides, padding=layer.padding, name=name)
    if isinstance(layer, Flatten):
        return layers.Flatten(name=name)
    if isinstance(layer, Dense):
        return layers.Dense(layer.units, activation=_activation(layer.activation), use_bias=layer.use_bias,
                            name=name)
    if isinstance(layer, Dropout):
        return layers.Dropout(layer.rate, name=name)
    if isinstance(layer, BatchNormalization):
        return layers.BatchNormalization(name=name)
    if isinstance(layer, GlobalAveragePooling2D):
        return layers.GlobalAveragePooling2D(name=name)
    raise TypeError(f"no Keras layer for {layer!r}")  # pragma: no cover - spec parsing prevents it


def build_model(arch: Architecture, name: str = "cnnviz") -> keras.Sequential:
    """A Keras Sequential model with the spec's layers, named like Keras names them.

    Raises SpecError (with layer position and reason) before touching Keras if the spec is invalid.
    """
    check(arch)
    if not arch.layers:
        raise SpecError("builder.no_layers")
    import keras

    model = keras.Sequential(name=name)
    model.add(keras.Input(shape=arch.input_shape, name="input"))
    for layer, layer_name in zip(arch.layers, layer_names(arch), strict=True):
        model.add(keras_layer(layer, layer_name))
    return model
