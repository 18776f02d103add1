"""Receptive-field math against the gradient of the built Keras model (which input pixels can change a unit)."""

from __future__ import annotations

import random

import numpy as np
import pytest

from cnnviz.arch.presets import PRESETS
from cnnviz.arch.shapes import layer_names
from cnnviz.arch.spec import Architecture, AveragePooling2D, Conv2D, Dense, Flatten, MaxPooling2D
from cnnviz.inspect import ExplainError, receptive
from tests.archgen import random_architecture


def test_fashion_convnet_by_hand():
    fields = receptive.receptive_fields(PRESETS["fashion-convnet"].architecture)
    numbers = [(f.name, f.rows.size, f.rows.jump, f.rows.start) for f in fields[:4]]
    assert numbers == [("conv2d", 3, 1, -1), ("max_pooling2d", 4, 2, -1), ("conv2d_1", 8, 2, -3),
                       ("max_pooling2d_1", 10, 4, -3)]
    pool = fields[3]
    assert receptive.input_region(pool, 0, 0) == receptive.InputRegion(0, 0, 6, 6)
    assert receptive.input_region(pool, 3, 6) == receptive.InputRegion(9, 21, 18, 27)
    assert [f.spatial for f in fields] == [True] * 4 + [False] * 4
    assert receptive.input_region(fields[-1], 0, 0) == receptive.InputRegion(0, 0, 27, 27)


def test_tensorflow_puts_the_odd_padding_pixel_after():
    # 'same' 4×4 window, stride 1, on 6 pixels: 3 zeros in all, 1 before and 2 after
    arch = Architecture((6, 6, 1), (Conv2D(1, 4, padding="same"),))
    (conv,) = receptive.receptive_fields(arch)
    assert conv.rows.start == -1
    assert conv.rows.span(0) == (0, 2) and conv.rows.span(5) == (4, 5)


def test_pixels_a_valid_stride_drops_are_seen_by_no_unit():
    # 2×2 stride 2 'valid' on 5 pixels drops pixel 4; a later 'same' conv's padding cannot bring it back
    arch = Architecture((5, 5, 1), (Conv2D(1, 2, strides=2), Conv2D(1, 3, padding="same")))
    first, second = receptive.receptive_fields(arch)
    assert first.rows.reach == 3 and second.rows.reach == 3
    assert receptive.input_region(second, 1, 1) == receptive.InputRegion(0, 0, 3, 3)


def oracle_model(arch: Architecture):
    """The architecture's spatial layers with weights that let no gradient cancel: every conv a positive
    constant (linear, no bias), max pooling replaced by average pooling of the same geometry (a max pool
    sends its gradient to one pixel of the window only)."""
    import keras

    model = keras.Sequential([keras.Input(arch.input_shape)])
    channels = arch.input_shape[2]
    names = []
    for layer, name in zip(arch.layers, layer_names(arch), strict=True):
        if isinstance(layer, Conv2D):
            conv = keras.layers.Conv2D(layer.filters, layer.kernel_size, strides=layer.strides, padding=layer.padding,
                                       use_bias=False, name=name)
            model.add(conv)
            size = layer.kernel_size[0] * layer.kernel_size[1] * channels
            conv.set_weights([np.full(conv.kernel.shape, 1.0 / size, np.float32)])
            channels = layer.filters
        elif isinstance(layer, MaxPooling2D):  # AveragePooling2D too
            model.add(keras.layers.AveragePooling2D(layer.pool_size, strides=layer.strides, padding=layer.padding,
                                                    name=name))
        elif layer.TYPE in ("BatchNormalization", "Dropout"):
            model.add(keras.layers.Dropout(0.5, name=name) if layer.TYPE == "Dropout"
                      else keras.layers.BatchNormalization(name=name))
        else:
            break
        names.append(name)
    return model, names


def gradient_boxes(model, layer_name: str, units: list[tuple[int, int]]) -> list[receptive.InputRegion]:
    """The box of input pixels with a nonzero gradient, for each chosen output unit (channel 0)."""
    import keras
    import tensorflow as tf

    sub = keras.Model(model.inputs, model.get_layer(layer_name).output)
    x = tf.ones((len(units), *model.inputs[0].shape[1:]))
    rows = tf.constant([r for r, _ in units])
    cols = tf.constant([c for _, c in units])
    with tf.GradientTape() as tape:
        tape.watch(x)
        out = sub(x, training=False)
        picked = tf.gather_nd(out[..., 0], tf.stack([tf.range(len(units)), rows, cols], axis=1))
        total = tf.reduce_sum(picked)
    grads = np.asarray(tape.gradient(total, x)).max(axis=-1)
    boxes = []
    for grad in grads:
        hit_rows, hit_cols = np.flatnonzero(grad.max(axis=1) > 0), np.flatnonzero(grad.max(axis=0) > 0)
        boxes.append(receptive.InputRegion(int(hit_rows[0]), int(hit_cols[0]), int(hit_rows[-1]), int(hit_cols[-1])))
    return boxes


def test_regions_match_the_gradient_of_the_built_model_on_random_architectures():
    rng = random.Random(12)
    checked = 0
    for _ in range(30):
        arch = random_architecture(rng)
        fields = {f.name: f for f in receptive.receptive_fields(arch)}
        model, names = oracle_model(arch)
        for name in names:
            field = fields[name]
            height, width = field.rows.units, field.cols.units
            units = sorted({(0, 0), (height - 1, width - 1), (0, width - 1), (height // 2, width // 2),
                            (rng.randrange(height), rng.randrange(width))})
            for unit, box in zip(units, gradient_boxes(model, name, units), strict=True):
                assert receptive.input_region(field, *unit) == box, (arch.to_json(None), name, unit)
                checked += 1
    assert checked > 100


def test_model_fields_equal_the_architecture_fields():
    from cnnviz.models.builder import build_model

    rng = random.Random(3)
    for _ in range(8):
        arch = random_architecture(rng)
        assert receptive.model_receptive_fields(build_model(arch)) == receptive.receptive_fields(arch)


def test_padding_free_units():
    fields = receptive.receptive_fields(PRESETS["fashion-convnet"].architecture)
    assert receptive.padding_free_units(fields[0].rows, 28) == (1, 26)
    assert receptive.padding_free_units(fields[2].rows, 28) == (2, 11)  # unit 11 sees pixels 19..26
    tiny = receptive.receptive_fields(Architecture((4, 4, 1), (Conv2D(1, 5, padding="same"),)))[0]
    assert receptive.padding_free_units(tiny.rows, 4) == (1, 1)  # every unit touches padding: the middle one


def test_a_functional_chain_gives_the_same_fields():
    import keras

    from cnnviz.models.builder import keras_layer

    arch = PRESETS["fashion-convnet"].architecture
    x = inputs = keras.Input(arch.input_shape)
    for layer, name in zip(arch.layers, layer_names(arch), strict=True):
        x = keras_layer(layer, name)(x)
    assert receptive.model_receptive_fields(keras.Model(inputs, x)) == receptive.receptive_fields(arch)


def test_models_that_are_not_one_chain_are_refused():
    import keras

    inputs = keras.Input((8, 8, 1))
    a = keras.layers.Conv2D(2, 3, padding="same")(inputs)
    b = keras.layers.Conv2D(2, 5, padding="same")(inputs)
    model = keras.Model(inputs, keras.layers.Add()([a, b]))
    with pytest.raises(ExplainError, match="single chain"):
        receptive.model_receptive_fields(model)
    dilated = keras.Sequential([keras.Input((8, 8, 1)), keras.layers.Conv2D(1, 3, dilation_rate=2)])
    with pytest.raises(ExplainError, match="conv2d"):
        receptive.model_receptive_fields(dilated)


def test_outside_units_and_unknown_layers_raise():
    arch = Architecture((8, 8, 1), (Conv2D(2, 3), AveragePooling2D(2), Flatten(), Dense(3)))
    fields = receptive.receptive_fields(arch)
    with pytest.raises(ExplainError, match="3×3"):
        receptive.input_region(fields[1], 3, 0)
    with pytest.raises(ExplainError, match="conv2d, average_pooling2d"):
        receptive.field_by_name(fields, "nope")
