"""cnnviz.inspect.extract on a tiny model trained in the test (Keras itself is the oracle)."""

from __future__ import annotations

import numpy as np
import pytest

from cnnviz.inspect import extract
from tests.inspect_helpers import TINY_ARCH, train_tiny_model

pytestmark = pytest.mark.slow  # the module trains a tiny model once (a few seconds on 2 cores)


@pytest.fixture(scope="module")
def trained():
    model, split, dataset = train_tiny_model(epochs=2)
    return model, split, dataset


def test_every_map_has_the_keras_layer_output_shape(trained):
    model, split, _ = trained
    maps = extract.feature_maps(model, split.x_val[0])
    assert list(maps) == [layer.name for layer in model.layers]
    for layer in model.layers:
        assert maps[layer.name].shape == tuple(layer.output.shape[1:]), layer.name


def test_feature_maps_equal_a_keras_submodel_on_the_same_image(trained):
    import keras

    model, split, _ = trained
    names = extract.feature_layer_names(model)
    maps = extract.feature_maps(model, split.x_val[3], names)
    for name in names:
        sub = keras.Model(model.inputs, model.get_layer(name).output)
        expected = sub.predict(split.x_val[3:4], verbose=0)[0]
        np.testing.assert_allclose(maps[name], expected, rtol=1e-5, atol=1e-5)


def test_last_feature_map_layer_gives_the_model_prediction(trained):
    model, split, _ = trained
    batch = split.x_val[:16]
    outputs = extract.layer_outputs(model, batch, [model.layers[-1].name])[model.layers[-1].name]
    np.testing.assert_allclose(outputs, model.predict(batch, verbose=0), rtol=1e-5, atol=1e-6)


def test_wrong_image_shape_says_what_was_expected(trained):
    model, _, _ = trained
    with pytest.raises(ValueError, match=r"\(28, 28, 1\)"):
        extract.feature_maps(model, np.zeros((32, 32, 3), np.float32))


def test_kernels_are_the_layer_weights(trained):
    model, _, _ = trained
    for name in extract.conv_layer_names(model):
        weights, bias = extract.kernels(model, name)
        keras_weights = model.get_layer(name).get_weights()
        np.testing.assert_array_equal(weights, keras_weights[0])
        np.testing.assert_array_equal(bias, keras_weights[1])
    with pytest.raises(ValueError, match="not a Conv2D"):
        extract.kernels(model, "flatten")


def test_fresh_initial_kernels_follow_glorot_uniform(trained):
    model, _, _ = trained
    name = extract.conv_layer_names(model)[1]
    initial, initial_bias = extract.fresh_initial_kernels(model, name, seed=3)
    trained_weights, _ = extract.kernels(model, name)
    limit = extract.glorot_limit(initial.shape)
    assert limit == pytest.approx(np.sqrt(6 / (3 * 3 * 4 + 3 * 3 * 8)))
    assert initial.shape == trained_weights.shape
    assert np.abs(initial).max() <= limit
    assert initial.std() == pytest.approx(limit / np.sqrt(3), rel=0.15)  # std of U(-a, a) is a/sqrt(3)
    np.testing.assert_array_equal(initial_bias, 0)
    np.testing.assert_array_equal(initial, extract.fresh_initial_kernels(model, name, seed=3)[0])
    assert not np.allclose(initial, trained_weights)


def test_dead_filters_found_on_a_constructed_case():
    from cnnviz.models.builder import build_model

    model = build_model(TINY_ARCH)
    weights, bias = model.get_layer("conv2d").get_weights()
    dead = np.array([True, False, True, False])
    weights[..., dead] = 0.0
    bias[dead] = -1.0  # ReLU(0 - 1) = 0 everywhere: never fires
    weights[..., ~dead] = np.abs(weights[..., ~dead])
    bias[~dead] = 0.1  # on non-negative images these always fire
    model.get_layer("conv2d").set_weights([weights, bias])
    images = np.random.default_rng(0).random((8, 28, 28, 1), dtype=np.float32)
    np.testing.assert_array_equal(extract.dead_filters(model, images, "conv2d"), dead)


def test_predictions_in_batches_report_progress_and_match_keras(trained):
    model, split, _ = trained
    calls = []
    probabilities = extract.predict_probabilities(model, split.x_val, batch_size=64,
                                                  progress=lambda done, total: calls.append((done, total)))
    np.testing.assert_allclose(probabilities, model.predict(split.x_val, verbose=0), rtol=1e-5, atol=1e-6)
    n = len(split.x_val)
    assert calls[-1] == (n, n) and len(calls) == -(-n // 64)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_confusion_matrix_counts_and_metrics(trained):
    model, _, dataset = trained
    probabilities = extract.predict_probabilities(model, dataset.x_test)
    evaluation = extract.evaluate(dataset.y_test, probabilities)
    predicted = probabilities.argmax(1)
    assert evaluation.matrix.sum() == len(dataset.y_test)
    direct = np.zeros((10, 10), dtype=int)
    np.add.at(direct, (dataset.y_test, predicted), 1)
    np.testing.assert_array_equal(evaluation.matrix, direct)
    assert evaluation.accuracy == pytest.approx(np.mean(predicted == dataset.y_test))
    assert evaluation.accuracy > 0.5  # it did learn something from 800 digits
    recall_3 = direct[3, 3] / direct[3].sum()
    precision_3 = direct[3, 3] / direct[:, 3].sum()
    assert evaluation.per_class.recall[3] == pytest.approx(recall_3)
    assert evaluation.per_class.precision[3] == pytest.approx(precision_3)
    np.testing.assert_array_equal(evaluation.per_class.support, direct.sum(1))
    np.testing.assert_allclose(evaluation.row_percent.sum(1), 100.0)
    true_class, pred_class = np.unravel_index(np.argmax(direct - np.diag(np.diag(direct))), direct.shape)
    cell = evaluation.cell_indices(true_class, pred_class)
    assert len(cell) == direct[true_class, pred_class]
    assert np.all(dataset.y_test[cell] == true_class) and np.all(predicted[cell] == pred_class)


def test_cached_probabilities_are_written_once_and_reused(trained, tmp_path):
    model, split, _ = trained
    model_file = tmp_path / "final.keras"
    model_file.write_bytes(b"stand-in for the saved model: only its size and time are read")
    cache = tmp_path / "predictions_final_validation.npz"
    first = extract.cached_probabilities(cache, model, split.x_val, model_file)
    assert cache.exists()
    with np.load(cache) as stored:
        np.testing.assert_array_equal(stored["probabilities"], first)
    calls = []
    again = extract.cached_probabilities(cache, model, split.x_val, model_file,
                                         progress=lambda d, t: calls.append(d))
    np.testing.assert_array_equal(again, first)
    assert calls == [len(split.x_val)]  # served from the file: one progress report, no batches
    model_file.write_bytes(b"a retrained model, different size")
    recomputed = []
    extract.cached_probabilities(cache, model, split.x_val, model_file, batch_size=50,
                                 progress=lambda d, t: recomputed.append(d))
    assert len(recomputed) == -(-len(split.x_val) // 50)


def test_top_k_is_sorted_most_likely_first():
    assert extract.top_k(np.array([0.1, 0.6, 0.05, 0.25]), 2) == [(1, 0.6), (3, 0.25)]


def test_grad_cam_has_the_input_size_and_is_normalised(trained):
    model, split, _ = trained
    image = split.x_val[0]
    predicted = int(extract.predict_probabilities(model, image).argmax())
    cam = extract.grad_cam(model, image, predicted)
    assert cam.shape == image.shape[:2]
    assert cam.min() >= 0 and cam.max() == pytest.approx(1.0)
    first_conv = extract.conv_layer_names(model)[0]
    assert extract.grad_cam(model, image, predicted, first_conv).shape == (28, 28)
    with pytest.raises(ValueError, match="outside"):
        extract.grad_cam(model, image, 10)


def test_grad_cam_matches_a_direct_gradient_tape_computation(trained):
    import keras
    import tensorflow as tf

    model, split, _ = trained
    image, class_index = split.x_val[5], 2
    conv = model.get_layer("conv2d_1")
    x = tf.constant(image[None])
    with tf.GradientTape() as tape:
        h = x
        for layer in model.layers[:-1]:
            h = layer(h)
            if layer is conv:
                conv_out = h
        logits = tf.matmul(h, model.layers[-1].kernel) + model.layers[-1].bias
        score = logits[:, class_index]
    grads = tape.gradient(score, conv_out)
    heat = tf.nn.relu(tf.reduce_sum(conv_out * tf.reduce_mean(grads, axis=(1, 2), keepdims=True), axis=-1))
    heat = keras.ops.convert_to_numpy(tf.image.resize(heat[..., None], (28, 28))[0, :, :, 0])
    expected = heat / heat.max() if heat.max() > 0 else heat
    np.testing.assert_allclose(extract.grad_cam(model, image, class_index), expected, atol=1e-5)


def test_model_without_conv_has_no_grad_cam():
    from cnnviz.arch.spec import Architecture, Dense, Flatten
    from cnnviz.models.builder import build_model

    model = build_model(Architecture((8, 8, 1), (Flatten(), Dense(3, activation="softmax"))))
    assert extract.conv_layer_names(model) == []
    with pytest.raises(ValueError, match="no"):
        extract.grad_cam(model, np.zeros((8, 8, 1), np.float32), 0)


def test_extract_does_not_import_tensorflow_at_import_time():
    import subprocess
    import sys

    code = "import sys, cnnviz.inspect.extract, cnnviz.figures.inspect; print('tensorflow' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_grad_cam_warns_for_tanh_conv_layers_not_for_relu() -> None:
    from cnnviz.arch.presets import PRESETS
    from cnnviz.inspect.extract import conv_layer_names, grad_cam_caveat
    from cnnviz.models.builder import build_model

    lenet = build_model(PRESETS["lenet5"].architecture)
    caveat = grad_cam_caveat(lenet, conv_layer_names(lenet)[-1])
    assert caveat is not None and "tanh" in caveat and "background" in caveat
    convnet = build_model(PRESETS["fashion-convnet"].architecture)
    assert all(grad_cam_caveat(convnet, name) is None for name in conv_layer_names(convnet))
