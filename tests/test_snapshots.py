"""Training snapshots: what the recorder writes equals what Keras computes for the same weights."""

from __future__ import annotations

import numpy as np
import pytest

from cnnviz.train import snapshots

SIDE = 10
CLASSES = 3


def tiny_model(seed: int = 0):
    import keras

    keras.utils.set_random_seed(seed)
    model = keras.Sequential([keras.Input((SIDE, SIDE, 1)),
                              keras.layers.Conv2D(4, 3, activation="relu", name="conv"),
                              keras.layers.MaxPooling2D(name="pool"),
                              keras.layers.Conv2D(3, 3, activation="relu", name="conv_b"),
                              keras.layers.Flatten(name="flat"),
                              keras.layers.Dense(CLASSES, activation="softmax", name="out")])
    model.compile(optimizer=keras.optimizers.Adam(0.01), loss="sparse_categorical_crossentropy")
    return model


def tiny_data(count: int = 208, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    y = rng.integers(0, CLASSES, count)
    x = rng.random((count, SIDE, SIDE, 1)).astype(np.float32) * 0.3
    for i, label in enumerate(y):  # a bright bar whose position is the class
        x[i, 2 + 3 * label:4 + 3 * label, 1:9, 0] += 0.7
    return x, y


@pytest.fixture(scope="module")
def recorded(tmp_path_factory):
    run_dir = tmp_path_factory.mktemp("run")
    x, y = tiny_data()
    model = tiny_model()
    initial = model.get_layer("conv").get_weights()[0]
    probes, probe_labels = snapshots.pick_probes(x, y, CLASSES)
    callback = snapshots.snapshot_callback(run_dir, probes, probe_labels, x[-20:], y[-20:], early_batches=(1, 3, 10))
    model.fit(x, y, batch_size=16, epochs=2, shuffle=False, verbose=0, callbacks=[callback])
    return run_dir, model, initial, probes, probe_labels, (x, y)


def test_one_file_at_the_start_after_early_batches_and_per_epoch(recorded):
    run_dir = recorded[0]
    series = snapshots.load_snapshots(run_dir)
    assert list(series.steps) == [0, 1, 3, 10, 13, 26]  # 208 images / 16 = 13 batches per epoch
    assert series.kinds == ("start", "batch", "batch", "batch", "epoch", "epoch")
    np.testing.assert_allclose(series.epochs, [0, 1 / 13, 3 / 13, 10 / 13, 1, 2])
    assert series.skipped == ()
    assert series.label(0) == "epoch 0" and series.label(2) == "epoch 0 · batch 3" and series.label(5) == "epoch 2"


def test_first_and_last_kernels_are_the_initial_and_final_weights(recorded):
    run_dir, model, initial, *_ = recorded
    series = snapshots.load_snapshots(run_dir)
    assert series.conv_layer == "conv" and series.kernels.shape == (6, 3, 3, 1, 4)
    np.testing.assert_array_equal(series.kernels[0], initial)
    kernel, bias = model.get_layer("conv").get_weights()
    np.testing.assert_array_equal(series.kernels[-1], kernel)
    np.testing.assert_array_equal(series.biases[-1], bias)
    assert not np.allclose(series.kernels[1], series.kernels[0])  # one batch already moves them


def test_an_early_snapshot_holds_the_weights_after_exactly_that_many_batches(recorded):
    run_dir, _, _, _, _, (x, y) = recorded
    import keras

    replay = tiny_model()
    replay.fit(x[:48], y[:48], batch_size=16, epochs=1, shuffle=False, verbose=0)  # the first 3 batches
    expected = replay.get_layer("conv").get_weights()[0]
    np.testing.assert_allclose(snapshots.load_snapshots(run_dir).kernels[2], expected, rtol=1e-5, atol=1e-6)
    assert keras.backend.backend() == "tensorflow"


def test_probe_predictions_maps_norms_and_dead_filters_equal_keras(recorded):
    run_dir, model, _, probes, probe_labels, (x, y) = recorded
    import keras
    import tensorflow as tf

    series = snapshots.load_snapshots(run_dir)
    np.testing.assert_array_equal(series.probe_labels, [0, 1, 2])
    np.testing.assert_array_equal(series.probe_images, probes)
    np.testing.assert_allclose(series.probabilities[-1], model.predict(probes, verbose=0), atol=1e-5)
    maps = keras.Model(model.inputs, model.get_layer("conv").output).predict(probes, verbose=0)
    step = (maps.max(axis=(1, 2)) - maps.min(axis=(1, 2))) / 255  # 8-bit storage: within half a step
    assert np.all(np.abs(series.maps_at(5) - maps) <= step[:, None, None, :] / 2 + 1e-6)
    assert series.probe_maps(1).shape == (6, 8, 8, 4)
    np.testing.assert_array_equal(series.probe_maps(1)[5], series.maps_at(5)[1])

    weighted = [layer for layer in model.layers if layer.trainable_weights]
    assert series.norm_layers == tuple(layer.name for layer in weighted)
    expected = [np.sqrt(sum(float((np.asarray(w) ** 2).sum()) for w in layer.get_weights())) for layer in weighted]
    np.testing.assert_allclose(series.weight_norms[-1], expected, rtol=1e-5)

    batch = np.concatenate([probes, x[-20:][:29]])
    labels = np.concatenate([probe_labels, y[-20:][:29]])
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(keras.losses.sparse_categorical_crossentropy(labels, model(batch, training=False)))
    grads = tape.gradient(loss, [w for layer in weighted for w in layer.trainable_weights])
    sizes = [len(layer.trainable_weights) for layer in weighted]
    per_layer = np.split(np.array([float(tf.reduce_sum(g * g)) for g in grads]), np.cumsum(sizes)[:-1])
    np.testing.assert_allclose(series.grad_norms[-1], [np.sqrt(p.sum()) for p in per_layer], rtol=1e-4)
    assert series.loss[-1] == pytest.approx(float(loss), rel=1e-5)

    from cnnviz.inspect.extract import dead_filters

    for name in ("conv", "conv_b"):
        np.testing.assert_array_equal(series.dead[name][-1], dead_filters(model, batch, name))


def test_damaged_and_foreign_files_are_skipped_and_named(recorded, tmp_path):
    import shutil

    run_dir = tmp_path / "copy"
    shutil.copytree(recorded[0], run_dir)
    folder = snapshots.snapshot_dir(run_dir)
    (folder / "step-00000003.npz").write_bytes((folder / "step-00000003.npz").read_bytes()[:100])  # cut short
    np.savez(folder / "step-00000010.npz", step=np.int64(10))  # keys missing
    good = dict(np.load(folder / "step-00000013.npz"))
    good["kernel"] = np.zeros((5, 5, 1, 4), np.float32)
    np.savez(folder / "step-00000020.npz", **good)  # another shape
    (folder / "notes.txt").write_text("not a snapshot")
    (folder / ".step-00000030.npz.abc.tmp").write_bytes(b"half-written")
    series = snapshots.load_snapshots(run_dir)
    assert list(series.steps) == [0, 1, 13, 26]
    assert len(series.skipped) == 3
    assert "step-00000003.npz" in series.skipped[0] and "step-00000010.npz" in series.skipped[1]
    assert "step-00000020.npz" in series.skipped[2] and "shape" in series.skipped[2]


def test_a_cache_reads_only_new_or_changed_files(recorded, tmp_path, monkeypatch):
    import shutil

    run_dir = tmp_path / "live"
    shutil.copytree(recorded[0], run_dir)
    cache: dict = {}
    first = snapshots.load_snapshots(run_dir, cache)
    assert len(cache) == 6
    reads = []
    original = snapshots._read
    monkeypatch.setattr(snapshots, "_read", lambda path: reads.append(path.name) or original(path))
    again = snapshots.load_snapshots(run_dir, cache)
    assert reads == [] and list(again.steps) == list(first.steps)
    np.testing.assert_array_equal(again.kernels, first.kernels)
    folder = snapshots.snapshot_dir(run_dir)
    (folder / "step-00000039.npz").write_bytes((folder / "step-00000026.npz").read_bytes())  # a new file
    latest = snapshots.load_snapshots(run_dir, cache)
    assert reads == ["step-00000039.npz"] and len(latest) == 7


def test_no_snapshots_and_a_model_without_conv(tmp_path):
    import keras

    assert snapshots.load_snapshots(tmp_path) is None
    model = keras.Sequential([keras.Input((SIDE, SIDE, 1)), keras.layers.Flatten(),
                              keras.layers.Dense(CLASSES, activation="softmax")])
    model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy")
    x, y = tiny_data(32)
    callback = snapshots.snapshot_callback(tmp_path, *snapshots.pick_probes(x, y, CLASSES), early_batches=())
    model.fit(x, y, batch_size=16, epochs=1, verbose=0, callbacks=[callback])
    series = snapshots.load_snapshots(tmp_path)
    assert list(series.steps) == [0, 2] and series.kernels is None and not series.has_maps
    assert series.norm_layers == (model.layers[-1].name,) and series.dead == {}


def test_the_recorder_has_no_batch_end_hook():
    """Keras runs batch-end hooks asynchronously only when no callback defines one synchronously."""
    import keras

    callback = snapshots.snapshot_callback("unused", np.zeros((1, SIDE, SIDE, 1)), np.zeros(1))
    assert type(callback).on_train_batch_end is keras.callbacks.Callback.on_train_batch_end


def test_pick_probes_takes_the_first_image_of_each_class():
    images = np.arange(6)[:, None, None, None] * np.ones((6, 2, 2, 1))
    chosen, labels = snapshots.pick_probes(images, np.array([2, 0, 2, 1, 0, 1]), 4)
    np.testing.assert_array_equal(labels, [0, 1, 2])
    np.testing.assert_array_equal(chosen[:, 0, 0, 0], [1, 3, 0])
