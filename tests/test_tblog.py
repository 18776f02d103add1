"""TensorBoard event files, read back with TensorBoard's own reader (EventAccumulator, EventMultiplexer)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from cnnviz.arch.shapes import summarize, summary_text
from cnnviz.arch.spec import Architecture, Conv2D, Dense, Flatten, MaxPooling2D
from cnnviz.runs import store as runs
from cnnviz.train import tblog
from cnnviz.train.config import TrainingConfig
from cnnviz.train.job import TrainingJob

TINY = Architecture((28, 28, 1), (Conv2D(2, 3, activation="relu"), MaxPooling2D(4), Flatten(),
                                  Dense(10, activation="softmax")))


def accumulator(folder: Path):
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    acc = EventAccumulator(str(folder), size_guidance={"tensors": 0})
    acc.Reload()
    return acc


def values(folder: Path, tag: str) -> dict[int, np.ndarray]:
    from tensorboard.util import tensor_util

    return {e.step: tensor_util.make_ndarray(e.tensor_proto) for e in accumulator(folder).Tensors(tag)}


def scalars(folder: Path, tag: str) -> dict[int, float]:
    return {step: float(v) for step, v in values(folder, tag).items()}


def session_hparams(run_dir: Path) -> dict:
    from tensorboard.plugins.hparams import metadata

    content = accumulator(run_dir).PluginTagToContent(metadata.PLUGIN_NAME)[metadata.SESSION_START_INFO_TAG]
    info = metadata.parse_session_start_info_plugin_data(content)
    return {name: getattr(value, value.WhichOneof("kind")) for name, value in info.hparams.items()}


def generated_images(n: int = 96):
    rng = np.random.default_rng(0)
    y = np.arange(n) % 10
    x = rng.random((n, 28, 28, 1), dtype=np.float32) * 0.3
    for i, label in enumerate(y):  # a bright square whose position tells the class: learnable in a few epochs
        x[i, 2 * label:2 * label + 6, 4:10, 0] = 1.0
    return x, y


def test_live_callback_writes_keras_layout_with_the_epochs_values(tmp_path: Path) -> None:
    import keras

    from cnnviz.models.builder import build_model

    run_dir = tmp_path / "run"
    run_dir.mkdir()
    x, y = generated_images()
    keras.utils.set_random_seed(0)
    model = build_model(TINY)
    model.compile(optimizer=keras.optimizers.Adam(0.01), loss="sparse_categorical_crossentropy",
                  metrics=["accuracy"])
    config = {"dataset": "mnist", "optimizer": "adam", "learning_rate": 0.01, "batch_size": 32, "epochs": 3,
              "limit": None, "early_stopping": False}
    callback = tblog.tensorboard_callback(run_dir, TINY, config, extra_hparams={"sweep_filters (layer 1)": 2})
    history = model.fit(x[:64], y[:64], validation_data=(x[64:], y[64:]), batch_size=32, epochs=3, verbose=0,
                        callbacks=[callback]).history

    train, validation = run_dir / tblog.TRAIN_DIR, run_dir / tblog.VALIDATION_DIR
    for metric in ("loss", "accuracy"):
        assert scalars(train, f"epoch_{metric}") == pytest.approx(dict(enumerate(history[metric], start=1)),
                                                                   rel=1e-6)
        assert scalars(validation, f"epoch_{metric}") == pytest.approx(
            dict(enumerate(history[f"val_{metric}"], start=1)), rel=1e-6)
    assert scalars(train, "epoch_learning_rate") == pytest.approx({1: 0.01, 2: 0.01, 3: 0.01})
    assert "epoch_learning_rate" not in accumulator(validation).Tags()["tensors"]

    # one histogram per weight per epoch, holding every value of the weight
    for layer in model.layers:
        for weight in layer.weights:
            histograms = values(train, f"{weight.path}/histogram")
            assert sorted(histograms) == [1, 2, 3]
            last = histograms[3]
            assert last.shape == (tblog.HISTOGRAM_BUCKETS, 3) and last[:, 2].sum() == np.prod(weight.shape)
            final = keras.ops.convert_to_numpy(weight)
            assert last[0, 0] == pytest.approx(final.min()) and last[-1, 1] == pytest.approx(final.max())

    text = values(run_dir, tblog.ARCHITECTURE_TAG)[0].item().decode()
    assert all(f"    {line}" in text for line in summary_text(summarize(TINY), title="run").splitlines())
    assert json.loads(values(run_dir, tblog.CONFIG_TAG)[0].item().decode()) == config
    hparams = session_hparams(run_dir)
    assert hparams["learning_rate"] == 0.01 and hparams["optimizer"] == "adam" and hparams["batch_size"] == 32
    assert hparams["early_stopping"] is False and "limit" not in hparams  # None values are left out
    assert hparams["params"] == summarize(TINY).total_params and hparams["sweep_filters (layer 1)"] == 2


def synthetic_dataset():
    from cnnviz.data.datasets import Dataset

    x, y = generated_images(160)
    return Dataset("mnist", x, y, x[:40].copy(), y[:40].copy(), tuple(str(i) for i in range(10)), "synthetic")


def test_a_finished_runs_history_becomes_event_files_equal_to_history_json(tmp_path: Path) -> None:
    config = TrainingConfig(epochs=2, batch_size=32, early_stopping=False, learning_rate=0.005, tensorboard=False)
    progress = TrainingJob(TINY, config, dataset=synthetic_dataset(), name="finished run", root=tmp_path).run()
    assert progress.state == "finished", progress.message
    run_dir = progress.run_dir
    history = runs.load_history(run_dir)
    assert len(history) == 2 and not tblog.has_events(run_dir)

    assert tblog.write_run_events(run_dir) is True
    train, validation = run_dir / tblog.TRAIN_DIR, run_dir / tblog.VALIDATION_DIR
    for metric in ("loss", "accuracy"):
        assert scalars(train, f"epoch_{metric}") == pytest.approx({h["epoch"]: h[metric] for h in history}, rel=1e-6)
        assert scalars(validation, f"epoch_{metric}") == pytest.approx(
            {h["epoch"]: h[f"val_{metric}"] for h in history}, rel=1e-6)
    assert scalars(train, "epoch_learning_rate") == pytest.approx({1: 0.005, 2: 0.005})
    created = runs.read_json(run_dir / runs.RUN_FILE)["created"]
    from datetime import datetime

    start = datetime.fromisoformat(created).timestamp()
    wall = {e.step: e.wall_time for e in accumulator(train).Tensors("epoch_loss")}
    assert wall == pytest.approx({h["epoch"]: start + h["elapsed"] for h in history})
    assert session_hparams(run_dir)["learning_rate"] == pytest.approx(0.005)

    # a second call leaves the files alone; overwrite replaces them without doubling the epochs
    assert tblog.write_run_events(run_dir) is False
    assert tblog.write_run_events(run_dir, overwrite=True) is True
    assert len(accumulator(train).Tensors("epoch_loss")) == 2
    assert len(list(train.glob(f"{tblog.EVENT_PREFIX}*"))) == 1


def test_tensorboard_sees_every_run_folder_under_the_runs_root(tmp_path: Path) -> None:
    from tensorboard.backend.event_processing.plugin_event_multiplexer import EventMultiplexer

    for name, rate in (("a", 0.1), ("b", 0.01)):
        run_dir = runs.create_run(TINY, {"dataset": "mnist", "learning_rate": rate}, name, 1, root=tmp_path,
                                  run_dir=tmp_path / name)
        for epoch in (1, 2, 3):
            runs.append_history(run_dir, {"epoch": epoch, "elapsed": 1.0 * epoch, "learning_rate": rate,
                                          "loss": 1.0 / epoch, "accuracy": 0.3 * epoch, "val_loss": 1.5 / epoch,
                                          "val_accuracy": 0.25 * epoch, "partial": False, "samples_per_s": 9.0})
        runs.update_run(run_dir, sweep={"group": "g", "setting": "learning_rate", "value": rate})
        tblog.write_run_events(run_dir)
    multiplexer = EventMultiplexer(size_guidance={"tensors": 0}).AddRunsFromDirectory(str(tmp_path))
    multiplexer.Reload()
    assert sorted(multiplexer.Runs()) == ["a", "a/train", "a/validation", "b", "b/train", "b/validation"]
    from tensorboard.util import tensor_util

    last = multiplexer.Tensors("b/validation", "epoch_accuracy")[-1]
    assert (last.step, float(tensor_util.make_ndarray(last.tensor_proto))) == (3, pytest.approx(0.75))
    assert sorted(multiplexer.Runs()["a/train"]["tensors"]) == ["epoch_accuracy", "epoch_learning_rate", "epoch_loss"]


@pytest.mark.parametrize("kind", ["normal", "constant", "empty", "integers"])
def test_histogram_summary_equals_tensorboards_histogram_pb(kind: str) -> None:
    from tensorboard.plugins.histogram.summary_v2 import histogram_pb
    from tensorboard.util import tensor_util

    rng = np.random.default_rng(1)
    data = {"normal": rng.standard_normal(5000).astype(np.float32), "constant": np.full((4, 3), 0.25),
            "empty": np.zeros(0), "integers": rng.integers(-3, 4, 777)}[kind]
    ours, theirs = tblog.histogram_summary("w", data).value[0], histogram_pb("w", data, buckets=30).value[0]
    assert ours.metadata == theirs.metadata and ours.tag == theirs.tag
    table, expected = tensor_util.make_ndarray(ours.tensor), tensor_util.make_ndarray(theirs.tensor)
    assert table.shape == expected.shape == (30, 3)
    assert np.allclose(table[:, :2], expected[:, :2], rtol=0, atol=1e-12)
    assert np.array_equal(table[:, 2], expected[:, 2])


def test_a_histogram_of_diverged_weights_counts_the_finite_ones_and_never_raises() -> None:
    from tensorboard.util import tensor_util

    from cnnviz.train.tblog import histogram_summary

    table = tensor_util.make_ndarray(histogram_summary("w", [np.nan, np.inf, 1.0, 3.0]).value[0].tensor)
    assert table[:, 2].sum() == 2 and table[0, 0] == 1.0 and table[-1, 1] == 3.0
    empty = tensor_util.make_ndarray(histogram_summary("w", [np.nan, np.nan]).value[0].tensor)
    assert empty[:, 2].sum() == 0


def test_every_training_job_writes_event_files_equal_to_its_history(tmp_path: Path) -> None:
    config = TrainingConfig(epochs=2, batch_size=32, early_stopping=False, learning_rate=0.005)
    progress = TrainingJob(TINY, config, dataset=synthetic_dataset(), name="live run", root=tmp_path).run()
    assert progress.state == "finished", progress.message
    history = runs.load_history(progress.run_dir)
    assert tblog.has_events(progress.run_dir)
    train = progress.run_dir / tblog.TRAIN_DIR
    assert scalars(train, "epoch_loss") == pytest.approx({h["epoch"]: h["loss"] for h in history}, rel=1e-6)
