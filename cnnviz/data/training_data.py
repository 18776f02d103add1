"""The dataset a training configuration names: the bundled MNIST sample, a user's own dataset folder or a
built-in dataset. One function above both kinds, so that neither module needs the other."""

from __future__ import annotations

from pathlib import Path

from cnnviz.data.datasets import USER_DATASET, DataError, Dataset, DownloadProgress, load_dataset, load_mnist_sample
from cnnviz.data.userdata import load_user_dataset


def load_training_dataset(name: str, data_path: str | Path | None = None, sample: bool = False,
                          allow_download: bool = True, progress: DownloadProgress | None = None) -> Dataset:
    """The dataset a training configuration names: the bundled MNIST sample, a user dataset folder
    (name "user"), or a built-in dataset (optionally from data_path)."""
    if sample:
        return load_mnist_sample()
    if name == USER_DATASET:
        if not data_path:
            raise DataError("userdata.needs_path")
        return load_user_dataset(data_path)
    return load_dataset(name, path=data_path, allow_download=allow_download, progress=progress)
