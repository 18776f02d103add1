"""Real (small) training runs through the TrainingJob API, the CLI, and the multi-device strategy path.

Data: the bundled 5,000-digit MNIST sample, capped with `limit` so each run takes seconds.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from cnnviz.arch.presets import PRESETS
from cnnviz.arch.spec import SpecError
from cnnviz.models.builder import build_model
from cnnviz.runs import layout
from cnnviz.runs import store as runs
from cnnviz.train.config import ConfigError, TrainingConfig
from cnnviz.train.job import TrainingJob
from cnnviz.train.keras_setup import adapt_input_shape, describe_mismatch, mixed_precision_clone

ROOT = Path(__file__).resolve().parent.parent
SMALL = PRESETS["scratch-convnet"].architecture


@pytest.fixture(scope="module")
def sample():
    from cnnviz.data.datasets import load_mnist_sample

    return load_mnist_sample()


def synthetic_dataset(shape=(28, 28, 1), n=200, fill: float | None = None):
    from cnnviz.data.datasets import Dataset

    rng = np.random.default_rng(0)
    x = rng.random((n, *shape), dtype=np.float32)
    if fill is not None:
        x[:] = fill
    y = np.arange(n) % 10
    return Dataset("mnist", x, y, x[:50].copy(), y[:50].copy(), tuple(str(i) for i in range(10)), "synthetic")


def wait_for(predicate, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


@pytest.mark.slow
def test_job_streams_metrics_and_saves_a_reloadable_run(sample, tmp_path: Path) -> None:
    config = TrainingConfig(epochs=2, batch_size=32, limit=320, early_stopping=False)
    job = TrainingJob(SMALL, config, dataset=sample, name="stream test", root=tmp_path).start()
    assert job.wait(300)
    progress = job.snapshot()
    assert progress.state == "finished", progress.message
    assert progress.batches_per_epoch == 10  # 320 images / 32

    events = job.events_since(0)
    batches = [e for e in events if e.kind == "batch"]
    epochs = [e for e in events if e.kind == "epoch"]
    assert [e.step for e in batches] == list(range(1, 21))
    assert [(e.epoch, e.batch) for e in batches[:11]] == [(1, b) for b in range(1, 11)] + [(2, 1)]
    assert [e.epoch for e in epochs] == [1, 2]
    assert events.index(epochs[0]) == 10  # epoch 1's summary comes after its 10 batches, before epoch 2's
    elapsed = [e.elapsed for e in events]
    assert elapsed == sorted(elapsed) and elapsed[0] > 0
    assert all(math.isfinite(e.loss) for e in events)
    # The first batch also compiles the step function: no speed and no ETA (once "628:02") until batch 3.
    assert [(e.samples_per_s, e.eta) for e in batches[:2]] == [(0.0, None), (0.0, None)]
    assert all(e.samples_per_s > 0 and e.eta is not None for e in batches[2:])
    assert all(e.samples_per_s > 0 for e in epochs)
    assert all(0 <= e.accuracy <= 1 and e.learning_rate == pytest.approx(0.001) for e in batches)
    assert batches[2].eta > batches[10].eta > batches[-1].eta == 0
    assert all(e.val_loss is not None and 0 <= e.val_accuracy <= 1 and not e.partial for e in epochs)
    assert job.events_since(len(events)) == []
    assert job.events_since(len(events) - 1) == [events[-1]]

    run_dir = progress.run_dir
    history = runs.load_history(run_dir)
    assert [h["epoch"] for h in history] == [1, 2]
    assert history[1]["val_accuracy"] == pytest.approx(epochs[1].val_accuracy)
    test = json.loads((run_dir / runs.TEST_METRICS_FILE).read_text())
    assert test["n"] == 1000 and test == progress.test_metrics
    assert test["accuracy"] > 0.3  # it learned something: chance is 0.1
    info = runs.load_run(run_dir)
    assert info.status == "finished" and info.epochs_done == 2 and info.name == "stream test"
    assert info.params == job.model.count_params() == 197_210
    assert info.best_val_accuracy == pytest.approx(max(e.val_accuracy for e in epochs))
    assert progress.final_metrics["val_accuracy"] == pytest.approx(epochs[-1].val_accuracy)
    assert runs.load_config(run_dir)["n_train"] == 320

    images = sample.x_test[:16]
    expected = job.model.predict(images, verbose=0)
    np.testing.assert_allclose(runs.load_model(run_dir, "final").predict(images, verbose=0), expected, atol=1e-5)
    best = runs.load_model(run_dir, "best").predict(images, verbose=0)
    np.testing.assert_allclose(best.sum(axis=1), 1.0, atol=1e-5)
    assert [layer.name for layer in runs.load_model(run_dir).layers][:2] == ["conv2d", "max_pooling2d"]

    # The exact starting weights are kept: Glorot-uniform kernels that training then moved.
    initial = build_model(SMALL)
    initial.load_weights(run_dir / layout.INITIAL_WEIGHTS)
    start_kernel = initial.get_layer("conv2d").kernel.numpy()
    trained_kernel = job.model.get_layer("conv2d").kernel.numpy()
    assert np.abs(start_kernel).max() <= np.sqrt(6 / (3 * 3 * 1 + 3 * 3 * 10))
    assert not np.allclose(start_kernel, trained_kernel)


@pytest.mark.slow
def test_stop_ends_mid_epoch_and_keeps_the_model(sample, tmp_path: Path) -> None:
    config = TrainingConfig(epochs=3, batch_size=8, early_stopping=False)  # 3,200 images: 400 batches per epoch
    job = TrainingJob(SMALL, config, dataset=sample, root=tmp_path).start()
    wait_for(lambda: len(job.events_since(0)) >= 3)
    job.stop()
    assert job.state in ("stopping", "stopped")
    assert job.wait(120)
    progress = job.snapshot()
    assert progress.state == "stopped" and "stopped" in progress.message
    epochs = [e for e in job.events_since(0) if e.kind == "epoch"]
    assert len(epochs) == 1 and epochs[0].partial and 3 <= epochs[0].batch < 400
    run_dir = progress.run_dir
    assert runs.load_run(run_dir).status == "stopped"
    assert runs.load_history(run_dir)[0]["partial"] is True
    model = runs.load_model(run_dir)
    np.testing.assert_allclose(model.predict(sample.x_test[:4], verbose=0),
                               job.model.predict(sample.x_test[:4], verbose=0), atol=1e-5)
    assert "accuracy" in runs.load_test_metrics(run_dir)


@pytest.mark.slow
def exploding_loss(after_calls: int):
    """Cross-entropy that turns into +infinity after `after_calls` evaluations (training and validation batches
    both count). Multiplying by inf is IEEE arithmetic every CPU honours, unlike NaN inputs, which oneDNN's ReLU
    and pooling turn back into numbers on some CPUs."""
    import keras
    import tensorflow as tf

    calls = tf.Variable(0, dtype=tf.int64, trainable=False)

    def loss(y_true, y_pred):
        factor = tf.where(calls.assign_add(1) > after_calls, tf.constant(float("inf")), tf.constant(1.0))
        return keras.losses.sparse_categorical_crossentropy(y_true, y_pred) * factor

    return loss


def test_non_finite_loss_in_the_first_batch_stops_the_run_without_promising_a_checkpoint(tmp_path, monkeypatch):
    monkeypatch.setattr("cnnviz.train.keras_setup.make_loss", lambda config: exploding_loss(0))
    job = TrainingJob(SMALL, TrainingConfig(epochs=3, batch_size=16), dataset=synthetic_dataset(), root=tmp_path)
    progress = job.run()
    assert progress.state == "failed"
    assert "stopped being a finite number" in progress.message and "epoch 1, batch 1" in progress.message
    assert "learning rate (0.001)" in progress.message and "try 10× smaller" in progress.message
    assert "No checkpoint was saved" in progress.message and "is kept" not in progress.message
    assert len([e for e in job.events_since(0) if e.kind == "batch"]) < 10  # 160 images / 16: stopped early
    info = runs.load_run(progress.run_dir)
    assert info.status == "failed" and "finite number" in info.message
    assert not (progress.run_dir / runs.FINAL_MODEL).exists()
    assert not (progress.run_dir / runs.BEST_MODEL).exists()


def test_non_finite_loss_after_a_good_epoch_keeps_that_epoch_and_its_checkpoint(tmp_path, monkeypatch):
    # 200 images, validation 0.2: 10 training + 3 validation batches of 16 per epoch, so call 14 is in epoch 2.
    monkeypatch.setattr("cnnviz.train.keras_setup.make_loss", lambda config: exploding_loss(14))
    job = TrainingJob(SMALL, TrainingConfig(epochs=3, batch_size=16, early_stopping=False),
                      dataset=synthetic_dataset(), root=tmp_path)
    progress = job.run()
    assert progress.state == "failed"
    assert "epoch 2, batch" in progress.message
    assert "The best checkpoint (epoch 1, validation accuracy" in progress.message
    history = runs.load_history(progress.run_dir)
    assert [h["epoch"] for h in history] == [1] and math.isfinite(history[0]["loss"])
    assert runs.load_model(progress.run_dir, "best").count_params() == job.model.count_params()
    assert progress.final_metrics["epoch"] == 1 and not progress.final_metrics["partial"]


@pytest.mark.slow
def test_sgd_categorical_cosine_schedule(sample, tmp_path: Path) -> None:
    config = TrainingConfig(epochs=2, batch_size=32, limit=96, optimizer="sgd", momentum=0.9, learning_rate=0.05,
                            loss="categorical", lr_schedule="cosine", early_stopping=False)
    job = TrainingJob(SMALL, config, dataset=sample, root=tmp_path)
    progress = job.run()
    assert progress.state == "finished", progress.message
    assert job.model.optimizer.__class__.__name__ == "SGD" and float(job.model.optimizer.momentum) == 0.9
    assert job.model.loss == "categorical_crossentropy"
    first, second = [e for e in job.events_since(0) if e.kind == "epoch"]
    assert first.learning_rate == pytest.approx(0.05)
    assert 0 < second.learning_rate < 0.05  # cosine decay after 3 of 6 steps: 0.025
    assert second.learning_rate == pytest.approx(0.025, rel=1e-3)


def test_config_validation_names_the_option() -> None:
    with pytest.raises(ConfigError, match="learning rate"):
        TrainingConfig(learning_rate=0).validate()
    with pytest.raises(ConfigError, match="optimizer"):
        TrainingConfig(optimizer="adagrad").validate()
    with pytest.raises(ConfigError, match="sample only exists for MNIST"):
        TrainingConfig(dataset="cifar10", sample=True).validate()
    config = TrainingConfig(dataset="fashion_mnist", limit=500)
    assert TrainingConfig.from_dict({**config.to_dict(), "n_train": 400}) == config


def test_input_shape_mismatch_is_explained_and_can_be_adapted(tmp_path: Path) -> None:
    import keras

    lenet = PRESETS["lenet5"].architecture
    message = describe_mismatch(lenet, (32, 32, 3), 10)
    assert "28×28×1" in message and "32×32×3" in message
    adapted = adapt_input_shape(lenet, (32, 32, 3))
    assert adapted.input_shape == (32, 32, 3) and adapted.layers == lenet.layers
    assert describe_mismatch(adapted, (32, 32, 3), 10) is None
    from cnnviz.arch.shapes import summarize

    assert summarize(adapted).total_params == build_model(adapted).count_params()
    with pytest.raises(SpecError, match="layer"):
        adapt_input_shape(PRESETS["mnist-convnet"].architecture, (8, 8, 1))
    # Training the unadapted net on colour images fails with that message, not a Keras traceback.
    job = TrainingJob(lenet, TrainingConfig(epochs=1), dataset=synthetic_dataset(shape=(32, 32, 3)), root=tmp_path)
    progress = job.run()
    assert progress.state == "failed" and "adapt the input shape" in progress.message
    assert keras.backend.floatx() == "float32"


def test_mixed_precision_keeps_the_softmax_in_float32() -> None:
    model = mixed_precision_clone(build_model(PRESETS["fashion-convnet"].architecture))
    policies = [layer.dtype_policy.name for layer in model.layers]
    assert policies[:-1] == ["mixed_float16"] * (len(policies) - 1) and policies[-1] == "float32"
    assert [layer.name for layer in model.layers][0] == "conv2d"
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
    from keras.backend import standardize_dtype

    assert standardize_dtype(model(np.zeros((2, 28, 28, 1), np.float32)).dtype) == "float32"
    assert standardize_dtype(model.layers[0](np.zeros((1, 28, 28, 1), np.float32)).dtype) == "float16"


MIRRORED_SCRIPT = """
import json, sys
import tensorflow as tf
cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(cpu, [tf.config.LogicalDeviceConfiguration()] * 2)
from cnnviz.data.datasets import load_mnist_sample
from cnnviz.arch.presets import PRESETS
from cnnviz.train.config import TrainingConfig
from cnnviz.train.job import TrainingJob
from cnnviz.train.keras_setup import make_strategy
strategy = make_strategy("CPU")
config = TrainingConfig(epochs=1, batch_size=32, limit=128, early_stopping=False)
job = TrainingJob(PRESETS["scratch-convnet"].architecture, config, dataset=load_mnist_sample(), root=sys.argv[1],
                  strategy=strategy)
p = job.run()
print(json.dumps({"replicas": strategy.num_replicas_in_sync, "kind": type(strategy).__name__, "state": p.state,
                  "message": p.message, "job_replicas": p.replicas, "run_dir": str(p.run_dir),
                  "batches": len([e for e in job.events_since(0) if e.kind == "batch"])}))
"""


@pytest.mark.slow
def test_mirrored_strategy_on_two_logical_cpus(tmp_path: Path) -> None:
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2", "PYTHONPATH": str(ROOT), "CUDA_VISIBLE_DEVICES": ""}
    proc = subprocess.run([sys.executable, "-c", MIRRORED_SCRIPT, str(tmp_path)], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["kind"] == "MirroredStrategy" and result["replicas"] == 2 and result["job_replicas"] == 2
    assert result["state"] == "finished", result["message"]
    assert result["batches"] == 4
    assert (Path(result["run_dir"]) / runs.FINAL_MODEL).exists()


@pytest.mark.slow
def test_cli_train_then_evaluate(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    from cnnviz.cli.main import main

    out = tmp_path / "cli-run"
    code = main(["train", "--preset", "scratch-convnet", "--dataset", "mnist", "--sample", "--epochs", "2",
                 "--batch-size", "32", "--limit", "200", "--out", str(out)])
    printed = capsys.readouterr().out
    assert code == 0, printed
    lines = printed.splitlines()
    assert lines[0].startswith("epoch 1/2: loss ") and lines[1].startswith("epoch 2/2: loss ")
    assert "val_accuracy" in lines[0] and lines[-1].startswith("finished: test accuracy")
    assert runs.load_run(out).status == "finished"

    assert main(["evaluate", str(out), "--split", "test", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    saved = runs.load_test_metrics(out)
    assert result["accuracy"] == pytest.approx(saved["accuracy"], abs=1e-6)
    assert result["loss"] == pytest.approx(saved["loss"], rel=1e-3)
    cm = np.array(result["confusion_matrix"])
    assert cm.shape == (10, 10) and cm.sum() == 1000 and np.trace(cm) / 1000 == pytest.approx(result["accuracy"])

    assert main(["evaluate", str(out), "--split", "val", "--json"]) == 0
    val = json.loads(capsys.readouterr().out)
    assert val["n"] == 50 and np.array(val["confusion_matrix"]).sum() == 50  # 200 · 0.2 / 0.8
    assert val["accuracy"] == pytest.approx(runs.load_history(out)[-1]["val_accuracy"], abs=1e-6)

    assert main(["train", "--preset", "scratch-convnet", "--dataset", "mnist", "--sample", "--out", str(out)]) == 2
    assert "already holds a run" in capsys.readouterr().err
    assert main(["evaluate", str(tmp_path / "nothing"), "--json"]) == 2


def epochs(*rows):
    return [{"epoch": i + 1, "loss": loss, "val_accuracy": acc} for i, (loss, acc) in enumerate(rows)]


def test_divergence_verdicts_follow_the_loss_and_chance() -> None:
    from cnnviz.train.verdicts import divergence_message

    # lr 1e6 as measured: a loss of 36 million against a start of 2.3.
    exploded = divergence_message(2.30, epochs((1e6, 0.2), (36_026_248.0, 0.19)), 10, 1e6)
    assert exploded and "the loss ended at 36,026,248" in exploded and "(1e+06)" in exploded
    assert "far above where it started (2.3)" in exploded and "try 10× smaller" in exploded
    # lr 10 with SGD as measured: the loss stuck at ln 10, validation accuracy 0.10 for 10 classes.
    stuck = divergence_message(2.3026, epochs((2.3030, 0.10), (2.3027, 0.10)), 10, 10)
    assert stuck and "never rose above chance (0.10, chance is 1/10 = 0.10)" in stuck
    # A slow start (SGD with a small learning rate, two epochs) is still learning: its loss fell.
    assert divergence_message(2.31, epochs((2.27, 0.12), (2.20, 0.14)), 10, 1e-3) is None
    # Healthy runs are not judged.
    assert divergence_message(2.30, epochs((0.6, 0.80), (0.4, 0.86)), 10, 1e-3) is None
    # A hard dataset still learning a little (CIFAR at 0.25 after an epoch) is not "at chance".
    assert divergence_message(2.30, epochs((2.05, 0.25)), 10, 1e-3) is None
    # A partial last epoch (Stop) and missing numbers are ignored, never crash.
    assert divergence_message(2.30, [{"epoch": 1, "loss": 9e9, "partial": True}], 10, 1e-3) is None
    assert divergence_message(None, epochs((1e9, 0.1)), 10, 1e-3) is None


@pytest.mark.slow
def test_a_huge_learning_rate_is_never_reported_as_a_success(sample, tmp_path: Path) -> None:
    # Depending on the CPU the loss overflows to NaN (stopped: failed) or explodes / sticks at chance (diverged);
    # either way the run says why and points at the learning rate.
    config = TrainingConfig(learning_rate=1e6, epochs=2, batch_size=32, limit=320, early_stopping=False)
    progress = TrainingJob(SMALL, config, dataset=sample, root=tmp_path).run()
    assert progress.state in ("diverged", "failed"), progress.state
    assert "learning rate (1e+06)" in progress.message and "try 10× smaller" in progress.message
    assert runs.load_run(progress.run_dir).status == progress.state
