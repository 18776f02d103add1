"""cnnviz.inspect.extract on a functional model with branches (a residual block with an Add), Keras as the oracle."""

from __future__ import annotations

import numpy as np
import pytest

from cnnviz.inspect import extract
from tests.model_files import residual_model


@pytest.fixture(scope="module")
def model():
    return residual_model(seed=1)


@pytest.fixture(scope="module")
def images():
    return np.random.default_rng(0).random((5, 16, 16, 3), dtype=np.float32)


def test_feature_maps_per_conv_layer_and_at_the_add(model, images) -> None:
    import keras

    names = extract.feature_layer_names(model)
    assert names == ["c1", "c2", "add", "pool", "c3"]
    maps = extract.feature_maps(model, images[0], names)
    for name in names:
        expected = keras.Model(model.inputs, model.get_layer(name).output).predict(images[:1], verbose=0)[0]
        np.testing.assert_allclose(maps[name], expected, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(maps["add"], maps["c1"] + maps["c2"], rtol=1e-5, atol=1e-6)  # the skip connection


def test_every_layer_output_in_one_pass(model, images) -> None:
    outputs = extract.layer_outputs(model, images)
    assert list(outputs) == [layer.name for layer in extract.model_layers(model)]
    np.testing.assert_allclose(outputs["scores"], model.predict(images, verbose=0), rtol=1e-5, atol=1e-6)


def test_kernels_of_each_conv_layer(model) -> None:
    assert extract.conv_layer_names(model) == ["c1", "c2", "c3"]
    for name, shape in (("c1", (3, 3, 3, 4)), ("c2", (3, 3, 4, 4)), ("c3", (3, 3, 4, 6))):
        weights, bias = extract.kernels(model, name)
        assert weights.shape == shape
        np.testing.assert_array_equal(weights, model.get_layer(name).get_weights()[0])
        np.testing.assert_array_equal(bias, model.get_layer(name).get_weights()[1])


def test_predictions_match_keras(model, images) -> None:
    np.testing.assert_allclose(extract.predict_probabilities(model, images, batch_size=2),
                               model.predict(images, verbose=0), rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("layer_name", ["c2", "c3"])
def test_grad_cam_matches_a_direct_gradient_tape_computation(model, images, layer_name) -> None:
    import keras
    import tensorflow as tf

    dense = model.get_layer("scores")
    probe = keras.Model(model.inputs, [model.get_layer(layer_name).output, dense.input])
    x = tf.constant(images[2:3])
    class_index = 1
    with tf.GradientTape() as tape:
        conv_out, features = probe(x, training=False)
        logits = tf.matmul(features, dense.kernel) + dense.bias  # the score before softmax
        score = logits[:, class_index]
    grads = tape.gradient(score, conv_out)
    heat = tf.nn.relu(tf.reduce_sum(conv_out * tf.reduce_mean(grads, axis=(1, 2), keepdims=True), axis=-1))
    expected = tf.image.resize(heat[..., None], (16, 16), method="bilinear")[0, :, :, 0].numpy()
    expected = expected / expected.max() if expected.max() > 0 else expected
    cam = extract.grad_cam(model, images[2], class_index, layer_name)
    assert cam.shape == (16, 16)
    np.testing.assert_allclose(cam, expected, atol=1e-5)


def test_grad_cam_reads_scores_before_a_separate_softmax_layer() -> None:
    import keras
    import tensorflow as tf

    keras.utils.set_random_seed(2)
    inputs = keras.Input((12, 12, 1))
    conv = keras.layers.Conv2D(3, 3, padding="same", activation="relu", name="conv")(inputs)
    logits = keras.layers.Dense(2, name="logits")(keras.layers.GlobalAveragePooling2D()(conv))
    model = keras.Model(inputs, keras.layers.Softmax(name="softmax")(logits))
    image = np.random.default_rng(1).random((12, 12, 1), np.float32)
    probe = keras.Model(model.inputs, [model.get_layer("conv").output, model.get_layer("logits").output])
    with tf.GradientTape() as tape:
        conv_out, scores = probe(image[None], training=False)
        score = scores[:, 0]
    grads = tape.gradient(score, conv_out)
    heat = tf.nn.relu(tf.reduce_sum(conv_out * tf.reduce_mean(grads, axis=(1, 2), keepdims=True), axis=-1))[0]
    heat = heat.numpy()
    np.testing.assert_allclose(extract.grad_cam(model, image, 0), heat / heat.max(), atol=1e-5)
