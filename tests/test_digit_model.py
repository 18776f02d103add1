"""The digit model bundled with cnnviz: small, loads, and really reads digits it never trained on."""

from __future__ import annotations

import json

import numpy as np
import pytest

from cnnviz.data import load_mnist_sample
from cnnviz.predict import Predictor, default_architecture_path, default_model_path, default_training_record_path
from cnnviz.shapes import layer_names, summarize
from cnnviz.spec import Architecture

MAX_BYTES = 2 * 1024 * 1024


@pytest.fixture(scope="module")
def predictor() -> Predictor:
    return Predictor.default()


def test_model_file_is_small():
    assert default_model_path().stat().st_size < MAX_BYTES


def test_held_out_accuracy_is_at_least_97_percent(predictor):
    sample = load_mnist_sample()
    assert len(sample.x_test) == 1000
    predicted = predictor.probabilities(sample.x_test).argmax(axis=1)
    accuracy = float((predicted == sample.y_test).mean())
    assert accuracy >= 0.97, accuracy


def test_architecture_file_matches_the_model(predictor):
    arch = Architecture.from_json(default_architecture_path().read_text(encoding="utf-8"))
    assert predictor.input_shape == arch.input_shape == (28, 28, 1)
    assert predictor.model.count_params() == summarize(arch).total_params
    names = [layer.name for layer in predictor.model.layers]
    assert names == layer_names(arch)


def test_training_record_describes_the_run():
    record = json.loads(default_training_record_path().read_text(encoding="utf-8"))
    assert record["held_out_accuracy"] >= 0.97
    assert "sample" in record["data"].lower()
    for key in ("epochs_run", "augmentation", "date", "script_version", "split"):
        assert key in record


def test_compiled_call_matches_keras_predict(predictor):
    images = load_mnist_sample().x_test[:16]
    fast = predictor.probabilities(images)
    reference = predictor.model.predict(images, verbose=0)
    np.testing.assert_allclose(fast, reference, atol=1e-5)
    np.testing.assert_allclose(predictor.probabilities(images[0]), reference[0], atol=1e-5)
    np.testing.assert_allclose(fast.sum(axis=1), 1.0, atol=1e-5)


def test_wrong_input_shape_is_refused(predictor):
    with pytest.raises(ValueError, match="expects images of shape"):
        predictor.probabilities(np.zeros((32, 32, 3), dtype=np.float32))
