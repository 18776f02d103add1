"""A tiny real run folder for look-inside tests: a small convnet trained briefly on the bundled MNIST sample."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from cnnviz.arch.spec import Architecture, Conv2D, Dense, Flatten, MaxPooling2D
from cnnviz.io import save_model_atomic

TINY_ARCH = Architecture((28, 28, 1), (
    Conv2D(4, (3, 3), padding="same", activation="relu"),
    MaxPooling2D((2, 2)),
    Conv2D(8, (3, 3), activation="relu"),
    MaxPooling2D((2, 2)),
    Flatten(),
    Dense(10, activation="softmax"),
))
TINY_CONFIG = {"dataset": "mnist", "dataset_is_sample": True, "val_fraction": 0.2, "seed": 42, "limit": 800}


def train_tiny_model(epochs: int = 2):
    """(model, split, dataset): TINY_ARCH fitted on 800 sample digits."""
    import keras

    from cnnviz.data.datasets import load_mnist_sample, split_train_val
    from cnnviz.models.builder import build_model

    keras.utils.set_random_seed(0)
    dataset = load_mnist_sample()
    split = split_train_val(dataset, TINY_CONFIG["val_fraction"], TINY_CONFIG["seed"], TINY_CONFIG["limit"])
    model = build_model(TINY_ARCH)
    model.compile(optimizer=keras.optimizers.Adam(0.01), loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    model.fit(split.x_train, split.y_train, epochs=epochs, batch_size=64, verbose=0)
    return model, split, dataset


def make_tiny_run(root: Path, name: str = "tiny inspect run", epochs: int = 2, save_initial: bool = False,
                  dataset: str = "mnist") -> Path:
    """A finished run folder under root, written through cnnviz.runs.store like the training job does. `dataset` names
    the dataset the run claims (its class names, whether a drawing suits it); the weights always learned MNIST."""
    from cnnviz.arch.shapes import summarize
    from cnnviz.models.builder import build_model
    from cnnviz.runs import store as runs

    config = {**TINY_CONFIG, "dataset": dataset}
    run_dir = runs.create_run(TINY_ARCH, config, name, summarize(TINY_ARCH).total_params, root=root)
    if save_initial:
        import keras

        keras.utils.set_random_seed(0)
        build_model(TINY_ARCH).save_weights(run_dir / "initial.weights.h5")
    model, split, _ = train_tiny_model(epochs)
    save_model_atomic(model, run_dir / runs.FINAL_MODEL)
    val_accuracy = float(np.mean(model.predict(split.x_val, verbose=0).argmax(1) == split.y_val))
    runs.append_history(run_dir, {"epoch": 1, "val_accuracy": val_accuracy})
    runs.update_run(run_dir, status="finished", best_val_accuracy=val_accuracy)
    return run_dir


def chart_spec(at, key: str) -> dict:
    """The plotly JSON of the chart an AppTest page drew with a key ending in `key`."""
    import json

    chart = next(c for c in at.get("plotly_chart") if c.proto.id.endswith(key))
    return json.loads(chart.proto.spec)


def plotly_array(value) -> np.ndarray:
    """A plotly array from a chart's JSON as floats: a list, or plotly's typed array {"dtype", "bdata", "shape"}."""
    if isinstance(value, dict):
        import base64

        data = np.frombuffer(base64.b64decode(value["bdata"]), dtype=np.dtype(value["dtype"]))
        if value.get("shape"):
            data = data.reshape([int(n) for n in str(value["shape"]).split(",")])
        return data.astype(float)
    return np.array(value, dtype=float)
