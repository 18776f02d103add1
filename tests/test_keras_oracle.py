"""Keras is the oracle: the pure shape/param math must equal what Keras builds, layer by layer."""

from __future__ import annotations

import random

import pytest

from cnnviz.arch.presets import PRESETS
from cnnviz.arch.shapes import summarize
from cnnviz.arch.spec import Architecture, Conv2D, MaxPooling2D
from cnnviz.models.builder import build_model
from tests.archgen import random_architecture

N_RANDOM = 300


def assert_matches_keras(arch: Architecture) -> None:
    summary = summarize(arch)
    assert summary.ok, summary.errors
    model = build_model(arch)
    assert len(model.layers) == len(summary.rows)
    for layer, row in zip(model.layers, summary.rows, strict=True):
        where = f"{row.name} in {arch.to_json(indent=None)}"
        assert tuple(layer.output.shape[1:]) == row.output_shape, where
        assert layer.count_params() == row.params, where
        trainable = sum(int(w.numpy().size) for w in layer.trainable_weights)
        assert trainable == row.trainable_params, where
    assert model.count_params() == summary.total_params
    assert tuple(model.output_shape[1:]) == summary.output_shape


@pytest.mark.parametrize("name", list(PRESETS))
def test_presets_match_keras(name: str) -> None:
    assert_matches_keras(PRESETS[name].architecture)


def test_seed_parameter_counts() -> None:
    assert summarize(PRESETS["fashion-convnet"].architecture).total_params == 333_526
    assert summarize(PRESETS["mnist-convnet"].architecture).total_params == 104_202


def test_random_architectures_match_keras() -> None:
    import keras

    rng = random.Random(20261122)
    features = set()
    for i in range(N_RANDOM):
        arch = random_architecture(rng)
        for layer in arch.layers:
            features.add(layer.TYPE)
            if isinstance(layer, (Conv2D, MaxPooling2D)):
                features.add(("padding", layer.padding))
                stride = layer.strides if isinstance(layer, Conv2D) else layer.effective_strides
                if max(stride) > 1:
                    features.add("stride>1")
                size = layer.kernel_size if isinstance(layer, Conv2D) else layer.pool_size
                if size[0] != size[1]:
                    features.add("rectangular")
        if arch.input_shape[2] == 3:
            features.add("colour")
        if arch.input_shape[0] % 2:
            features.add("odd size")
        assert_matches_keras(arch)
        if i % 50 == 49:
            keras.backend.clear_session()
    # The generator really covered what the oracle must check.
    assert {"Conv2D", "MaxPooling2D", "AveragePooling2D", "BatchNormalization", "GlobalAveragePooling2D", "Flatten",
            "Dense", "Dropout", ("padding", "same"), ("padding", "valid"), "stride>1", "rectangular", "colour",
            "odd size"} <= features


def test_rejected_windows_are_rejected_by_keras_too() -> None:
    """Every window the math calls too large, Keras refuses to build as well."""
    rng = random.Random(7)
    rejected = 0
    for _ in range(200):
        arch = random_architecture(rng, valid_only=False)
        summary = summarize(arch)
        window_errors = [e for e in summary.errors if "larger than its" in e.reason]
        if summary.errors and len(summary.errors) == len(window_errors):
            first = window_errors[0].layer
            prefix = Architecture(arch.input_shape, arch.layers[:first])
            with pytest.raises(ValueError):
                import keras

                keras.Sequential([keras.Input(arch.input_shape), *[_keras(lyr) for lyr in prefix.layers]])
            rejected += 1
    assert rejected >= 5


def _keras(layer):
    from cnnviz.models.builder import keras_layer

    return keras_layer(layer, None)
