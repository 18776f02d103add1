"""Keras model files for the model-upload tests: a residual functional CNN, a Lambda model, a model that is
not an image classifier, and files that are damaged or smuggle code past a naive loader."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path


def residual_model(seed: int = 0, input_shape: tuple[int, int, int] = (16, 16, 3), classes: int = 3):
    """conv → conv → Add (a residual block) → ReLU → max-pool → conv → GAP → Dense(softmax)."""
    import keras

    keras.utils.set_random_seed(seed)
    layers = keras.layers
    inputs = keras.Input(input_shape, name="image")
    first = layers.Conv2D(4, 3, padding="same", activation="relu", name="c1")(inputs)
    second = layers.Conv2D(4, 3, padding="same", name="c2")(first)
    merged = layers.Add(name="add")([first, second])
    x = layers.ReLU(name="relu")(merged)
    x = layers.MaxPooling2D(2, name="pool")(x)
    x = layers.Conv2D(6, 3, name="c3", activation="relu")(x)
    x = layers.GlobalAveragePooling2D(name="gap")(x)
    outputs = layers.Dense(classes, activation="softmax", name="scores")(x)
    return keras.Model(inputs, outputs, name="residual")


def save(model, path: Path) -> Path:
    model.save(path)
    return path


def lambda_model_file(path: Path, marker: Path) -> Path:
    """A model whose Lambda layer writes `marker` whenever its code runs (the file is removed after saving)."""
    import keras

    def touch_and_double(x):
        marker.write_text("the Lambda's code ran")
        return x * 2

    inputs = keras.Input((8, 8, 1))
    x = keras.layers.Lambda(lambda t: touch_and_double(t), name="double")(inputs)
    x = keras.layers.Flatten()(x)
    outputs = keras.layers.Dense(2, activation="softmax")(x)
    keras.Model(inputs, outputs).save(path)
    marker.unlink(missing_ok=True)
    return path


def dense_model_file(path: Path) -> Path:
    """A model of 10 numbers → 3 classes: not an image model."""
    import keras

    inputs = keras.Input((10,))
    outputs = keras.layers.Dense(3, activation="softmax")(keras.layers.Dense(8, activation="relu")(inputs))
    return save(keras.Model(inputs, outputs), path)


def image_model_file(path: Path, input_shape: tuple, units: int) -> Path:
    import keras

    inputs = keras.Input(input_shape)
    x = keras.layers.Conv2D(2, 3, padding="same")(inputs)
    outputs = keras.layers.Dense(units)(keras.layers.GlobalAveragePooling2D()(x))
    return save(keras.Model(inputs, outputs), path)


def rewritten(source: Path, target: Path, change_config=None, extra: dict[str, bytes] | None = None) -> Path:
    """A copy of a .keras file with its config.json changed and/or extra entries added."""
    with zipfile.ZipFile(source) as original:
        entries = {name: original.read(name) for name in original.namelist()}
    if change_config is not None:
        config = json.loads(entries["config.json"])
        change_config(config)
        entries["config.json"] = json.dumps(config).encode()
    entries.update(extra or {})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    target.write_bytes(buffer.getvalue())
    return target
