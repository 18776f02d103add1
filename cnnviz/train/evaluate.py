"""Evaluating a saved run: loss, accuracy and confusion matrix of its model on the test set, or on the exact
train / validation split it trained with (`evaluate_run`).

TensorFlow is imported only inside functions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cnnviz.runs import store as runs
from cnnviz.train.config import ConfigError, TrainingConfig
from cnnviz.train.keras_setup import loss_name, make_tf_dataset

SPLITS = ("train", "val", "test")


def evaluate_run(run_dir: str | Path, split: str = "test", which: str = "final",
                 batch_size: int = 256) -> dict[str, Any]:
    """Loss, accuracy and confusion matrix of a saved run's model on its test set, or on the exact
    train/validation split it trained with (re-made from the run's saved dataset, fraction, seed, limit)."""
    import numpy as np

    if split not in SPLITS:
        raise ConfigError("training.bad_split", options=", ".join(SPLITS), value=repr(split))
    dataset, parts = runs.run_split(run_dir)
    x, y = {"train": (parts.x_train, parts.y_train), "val": (parts.x_val, parts.y_val),
            "test": (dataset.x_test, dataset.y_test)}[split]
    from cnnviz.models.modelfile import load_model_file
    from cnnviz.runs.files import choose_model, config_for_data

    config = TrainingConfig.from_dict(config_for_data(run_dir))
    chosen = choose_model(run_dir, which)  # the other checkpoint when this one is damaged, said in `notes`
    model = load_model_file(chosen.value)
    num_classes = len(dataset.class_names)
    probabilities = model.predict(make_tf_dataset(x, y, batch_size, num_classes, False), verbose=0)
    predicted = np.argmax(probabilities, axis=1)
    picked = np.clip(probabilities[np.arange(len(y)), y.astype(int)], 1e-7, 1.0)  # Keras clips the same way
    confusion = np.zeros((num_classes, num_classes), dtype=int)
    np.add.at(confusion, (y.astype(int), predicted), 1)
    return {"split": split, "n": int(len(y)), "accuracy": float(np.mean(predicted == y)),
            "loss": float(-np.mean(np.log(picked))), "loss_function": loss_name(config),
            "class_names": list(dataset.class_names), "confusion_matrix": confusion.tolist(),
            "model_file": chosen.value.name, "notes": [str(problem) for problem in chosen.problems]}
