"""The memory guard: one refusal, from the shape math, wherever a training starts or a model file is loaded."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cnnviz.arch import memory
from cnnviz.arch.presets import PRESETS
from cnnviz.arch.shapes import check
from cnnviz.arch.spec import Architecture, Dense, Flatten
from cnnviz.models import modelfile
from cnnviz.models.modelfile import ModelLoadError
from cnnviz.runs import layout
from cnnviz.runs import store as runs


def test_a_job_estimated_just_under_the_worker_limit_is_refused_below_dasks_terminate_threshold() -> None:
    estimate = memory.estimate_training_memory(check(PRESETS["lenet5"].architecture), 32, "adam", 0.9, 1400)
    # the case: 1.99 GB estimated for a 2.05 GB worker, which Dask's nanny killed at 95%
    limit = int(estimate.total * 2.05 / 1.99)
    message = memory.refusal(estimate, limit)
    assert message is not None and "Dask stops a worker at 95% of its limit" in message
    assert memory.usable_memory(limit) < limit * memory.TERMINATE_FRACTION
    # with room under the threshold it runs
    assert memory.refusal(estimate, int(estimate.total / (memory.TERMINATE_FRACTION * 0.9)) + 1) is None


# ---- every training passes the guard where it starts ------------------------------------------------------

BIG_DENSE = Architecture((28, 28, 1), (Flatten(), Dense(50_000, activation="relu"), Dense(10, activation="softmax")))
GIANT = Architecture((28, 28, 1), (Flatten(), Dense(100_000, activation="relu"), Dense(24_000, activation="relu"),
                                   Dense(10, activation="softmax")))


def train_here(tmp_path: Path, architecture: Architecture, **env: str) -> subprocess.CompletedProcess:
    arch = tmp_path / "arch.json"
    arch.write_text(architecture.to_json(), encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "cnnviz", "train", str(arch), "--dataset", "mnist", "--sample",
                           "--epochs", "1", "--limit", "100", "--out", str(tmp_path / "run")],
                          capture_output=True, text=True, timeout=600, env={**os.environ, **env})


@pytest.mark.slow
def test_the_cli_without_cluster_refuses_a_network_too_big_for_its_process(tmp_path: Path) -> None:
    # ~39 million parameters: about 2.8 GB to train with Adam, in a process allowed 2 GB
    result = train_here(tmp_path, BIG_DENSE, CNNVIZ_WORKER_MEMORY="2GB")
    assert result.returncode == 1, result.stdout[-2000:]
    assert "training this network needs about" in result.stderr and "dense (Dense)" in result.stderr
    assert "fewer units" in result.stderr and "epoch 1/1" not in result.stdout
    assert not (tmp_path / "run" / runs.FINAL_MODEL).exists()


@pytest.mark.slow
def test_the_cli_refuses_a_network_of_billions_of_parameters_before_allocating_it(tmp_path: Path) -> None:
    result = train_here(tmp_path, GIANT)  # ~2.4 billion parameters, against what this machine has free
    assert result.returncode == 1 and "needs about" in result.stderr, result.stderr[-2000:]
    assert "dense_1 (Dense)" in result.stderr  # the 100,000 → 24,000 layer, the largest
    assert not (tmp_path / "run" / layout.INITIAL_WEIGHTS).exists()


# ---- a model file is sized from its configuration before Keras builds anything -----------------------------


@pytest.fixture(scope="module")
def residual_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.model_files import residual_model, save

    return save(residual_model(), tmp_path_factory.mktemp("models") / "residual.keras")


def keras_must_not_build(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: Path, shown: str) -> None:
        raise AssertionError(f"Keras was asked to build {shown}")

    monkeypatch.setattr(modelfile, "_keras_load", refuse)


def with_units(units: int):
    def change(config: dict) -> None:
        scores = next(layer for layer in config["config"]["layers"] if layer["config"]["name"] == "scores")
        scores["config"]["units"] = units
    return change


@pytest.mark.parametrize("units", [200_000, 500_000_000])
def test_a_keras_file_whose_config_asks_for_a_huge_layer_is_refused_before_keras_builds_it(
        residual_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, units: int) -> None:
    from tests.model_files import residual_model, rewritten

    tampered = rewritten(residual_file, tmp_path / "tampered.keras", with_units(units))
    keras_must_not_build(monkeypatch)
    with pytest.raises(ModelLoadError) as refused:
        modelfile.load_model_file(tampered)
    message = str(refused.value)
    assert refused.value.key == "models.weights_missing" and f"scores (Dense) {7 * units:,}" in message
    others = residual_model().count_params() - (6 * 3 + 3)  # every layer but the 6 → 3 classes Dense
    assert f"{others + 6 * units + units:,} parameters" in message and "Nothing was built" in message


def test_a_model_file_too_big_for_this_process_is_refused_naming_its_largest_layers(
        residual_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CNNVIZ_WORKER_MEMORY", "300MB")  # less than the TensorFlow runtime alone
    keras_must_not_build(monkeypatch)
    with pytest.raises(ModelLoadError) as refused:
        modelfile.load_model_file(residual_file)
    message = str(refused.value)
    assert refused.value.key == "models.too_big_to_load" and "loading this model needs about" in message
    assert "c3 (Conv2D)" in message and "c2 (Conv2D)" in message


def test_the_parameters_counted_from_a_saved_config_are_keras_own(tmp_path: Path) -> None:
    import keras

    from tests.model_files import residual_model

    layers = keras.layers
    model = keras.Sequential([keras.Input((12, 12, 3)), layers.Conv2D(5, 3, groups=1), layers.BatchNormalization(),
                              layers.DepthwiseConv2D(3, depth_multiplier=2), layers.SeparableConv2D(4, 3),
                              layers.LayerNormalization(), layers.Reshape((144,)), layers.Dense(7),
                              layers.Reshape((7, 1)), layers.LSTM(3), layers.Dense(2)])
    for index, keras_model in enumerate((model, residual_model())):
        path = tmp_path / f"{index}.keras"
        keras_model.save(path)
        counted = {name: params for name, _, params in modelfile.config_layer_sizes(modelfile.read_keras_config(path))}
        assert counted == {layer.name: layer.count_params() for layer in keras_model.layers if layer.count_params()}


def test_a_config_nested_100000_deep_is_refused_with_a_message(residual_file: Path, tmp_path: Path) -> None:
    from tests.model_files import rewritten

    deep = b'{"a": ' * 100_000 + b"1" + b"}" * 100_000
    nested = rewritten(residual_file, tmp_path / "deep.keras", extra={"config.json": deep})
    with pytest.raises(ModelLoadError) as refused:
        modelfile.read_keras_config(nested)
    assert refused.value.key == "models.config_too_deep" and "deep.keras" in str(refused.value)


def test_summary_of_an_h5_file_says_what_it_is(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    import keras

    from cnnviz.cli import main as cli

    path = tmp_path / "old.h5"
    keras.Sequential([keras.Input((4,)), keras.layers.Dense(2)]).save(path)
    assert cli.main(["summary", str(path)]) == 2
    error = capsys.readouterr().err
    assert "old HDF5 (.h5) model file" in error and "utf-8" not in error


def test_a_process_outside_dask_may_use_the_set_worker_memory_else_what_it_holds_and_what_is_free() -> None:
    import psutil


    assert memory.process_memory_limit({"CNNVIZ_WORKER_MEMORY": "2GB"}) == 2_000_000_000
    assert memory.process_memory_limit({}) > psutil.Process().memory_info().rss
