"""Train the digit CNN that ships with cnnviz (the Draw page's default model).

Data: the bundled 5,000-digit MNIST sample. Its fixed stratified test part (1,000 images, seed 0, carved
by `cnnviz.data.datasets.load_mnist_sample`) is never trained on nor used to pick epochs: it only gives the
held-out accuracy at the end. The other 4,000 are split 90/10 into training and validation (early stopping).

Hand-drawn digits differ from MNIST's scans in position, slant, size and above all stroke width, so every
epoch sees a new random variant of each training digit: shifts, rotations, zoom and thicker or thinner
strokes (a blend of the image with its grey dilation or erosion).

Run from the repository root:  python scripts/train_digit_model.py   (a few minutes on 2 CPU cores)
Writes cnnviz/assets/digits.keras, digits_architecture.json and digits_training.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from cnnviz.arch.spec import Architecture, BatchNormalization, Conv2D, Dense, Dropout, Flatten, MaxPooling2D  # noqa: E402

SCRIPT_VERSION = 1
ASSETS = ROOT / "cnnviz" / "assets"
MODEL_FILE = ASSETS / "digits.keras"
ARCHITECTURE_FILE = ASSETS / "digits_architecture.json"
RECORD_FILE = ASSETS / "digits_training.json"
REQUIRED_ACCURACY = 0.97

AUGMENTATION = {
    "rotation_degrees": 12,
    "shift_fraction": 0.12,
    "zoom_fraction": 0.15,
    "stroke_width": "blend with 3×3 grey dilation (thicker, up to 100%) or erosion (thinner, up to 60%)",
}

DIGIT_ARCHITECTURE = Architecture(
    input_shape=(28, 28, 1),
    layers=(
        Conv2D(32, (3, 3), padding="same", activation="relu"),
        BatchNormalization(),
        MaxPooling2D((2, 2)),
        Conv2D(64, (3, 3), padding="same", activation="relu"),
        BatchNormalization(),
        MaxPooling2D((2, 2)),
        Conv2D(128, (3, 3), padding="same", activation="relu"),
        BatchNormalization(),
        MaxPooling2D((2, 2)),
        Flatten(),
        Dropout(0.4),
        Dense(64, activation="relu"),
        Dropout(0.3),
        Dense(10, activation="softmax"),
    ),
)


def augmenter(seed: int):
    """A function (batch of images) -> randomly varied batch, built from Keras preprocessing layers."""
    import keras
    import tensorflow as tf

    geometry = keras.Sequential([
        keras.layers.RandomRotation(AUGMENTATION["rotation_degrees"] / 360, fill_mode="constant", seed=seed),
        keras.layers.RandomTranslation(AUGMENTATION["shift_fraction"], AUGMENTATION["shift_fraction"],
                                       fill_mode="constant", seed=seed + 1),
        keras.layers.RandomZoom((-AUGMENTATION["zoom_fraction"], AUGMENTATION["zoom_fraction"]),
                                fill_mode="constant", seed=seed + 2),
    ])

    def stroke_width(images):
        dilated = tf.nn.max_pool2d(images, 3, 1, "SAME")
        eroded = -tf.nn.max_pool2d(-images, 3, 1, "SAME")
        amount = tf.random.uniform((tf.shape(images)[0], 1, 1, 1), -0.6, 1.0)
        thicker = images + tf.maximum(amount, 0.0) * (dilated - images)
        return thicker + tf.minimum(amount, 0.0) * (images - eroded)

    def augment(images):
        return tf.clip_by_value(stroke_width(geometry(images, training=True)), 0.0, 1.0)

    return augment


def training_data(x, y, batch_size: int, seed: int):
    import tensorflow as tf

    augment = augmenter(seed)

    def augment_batch(images, labels):
        return augment(images), labels

    return (tf.data.Dataset.from_tensor_slices((x, y))
            .shuffle(len(x), seed=seed, reshuffle_each_iteration=True)
            .batch(batch_size)
            .map(augment_batch, num_parallel_calls=tf.data.AUTOTUNE)
            .prefetch(tf.data.AUTOTUNE))


def strip_for_inference(model, architecture: Architecture):
    """A copy with the same weights and no optimizer state (a smaller file, nothing to resume)."""
    from cnnviz.models.builder import build_model

    clean = build_model(architecture, name="cnnviz_digits")
    clean.set_weights(model.get_weights())
    return clean


def held_out_accuracy(model, x, y) -> float:
    probabilities = model.predict(x, batch_size=500, verbose=0)
    return float((probabilities.argmax(axis=1) == y).mean())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=40, help="most epochs (early stopping usually ends sooner)")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--val-fraction", type=float, default=0.1)
    args = parser.parse_args(argv)

    import keras

    from cnnviz.arch.shapes import summarize
    from cnnviz.data.datasets import load_mnist_sample, split_train_val
    from cnnviz.models.builder import build_model

    keras.utils.set_random_seed(args.seed)
    dataset = load_mnist_sample()
    split = split_train_val(dataset, val_fraction=args.val_fraction, seed=args.seed)
    print(f"data: {dataset.source}; train {len(split.x_train)}, validation {len(split.x_val)}, "
          f"held-out test {len(dataset.x_test)}")

    model = build_model(DIGIT_ARCHITECTURE, name="cnnviz_digits")
    model.compile(optimizer=keras.optimizers.Adam(1e-3), loss="sparse_categorical_crossentropy",
                  metrics=["accuracy"])
    callbacks = [
        keras.callbacks.ReduceLROnPlateau(monitor="val_loss", factor=0.5, patience=3, min_lr=1e-5),
        keras.callbacks.EarlyStopping(monitor="val_accuracy", patience=8, restore_best_weights=True),
    ]
    started = time.monotonic()
    history = model.fit(training_data(split.x_train, split.y_train, args.batch_size, args.seed),
                        validation_data=(split.x_val, split.y_val), epochs=args.epochs, callbacks=callbacks,
                        verbose=2)
    seconds = time.monotonic() - started

    model = strip_for_inference(model, DIGIT_ARCHITECTURE)
    accuracy = held_out_accuracy(model, dataset.x_test, dataset.y_test)
    print(f"held-out accuracy on {len(dataset.x_test)} never-trained-on digits: {accuracy:.4f}")
    if accuracy < REQUIRED_ACCURACY:
        print(f"below the required {REQUIRED_ACCURACY}: nothing saved", file=sys.stderr)
        return 1

    ASSETS.mkdir(parents=True, exist_ok=True)
    model.save(MODEL_FILE)
    ARCHITECTURE_FILE.write_text(DIGIT_ARCHITECTURE.to_json() + "\n", encoding="utf-8")
    val_accuracy = history.history["val_accuracy"]
    record = {
        "model_file": MODEL_FILE.name,
        "architecture_file": ARCHITECTURE_FILE.name,
        "params": summarize(DIGIT_ARCHITECTURE).total_params,
        "model_bytes": MODEL_FILE.stat().st_size,
        "data": dataset.source,
        "split": {
            "held_out_test": f"{len(dataset.x_test)} images: the sample's fixed stratified test part (seed 0), "
                             "never trained on and not used for early stopping",
            "train": len(split.x_train),
            "validation": len(split.x_val),
            "val_fraction": args.val_fraction,
            "seed": args.seed,
        },
        "epochs_run": len(val_accuracy),
        "best_epoch": int(np.argmax(val_accuracy)) + 1,
        "best_val_accuracy": float(max(val_accuracy)),
        "held_out_accuracy": accuracy,
        "optimizer": "Adam, learning rate 1e-3 halved on plateau; batch " + str(args.batch_size),
        "augmentation": AUGMENTATION,
        "training_seconds": round(seconds, 1),
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "script": "scripts/train_digit_model.py",
        "script_version": SCRIPT_VERSION,
        "keras_version": keras.__version__,
        "python": platform.python_version(),
    }
    RECORD_FILE.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(f"saved {MODEL_FILE.relative_to(ROOT)} ({record['model_bytes']:,} bytes, {record['params']:,} params)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
