"""Training settings: `TrainingConfig` and its checks (`ConfigError` naming the option that cannot work), and the
choices it offers (optimizers, losses, learning-rate schedules) with their limits."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields
from typing import Any

from cnnviz.i18n import CnnvizError, Joined, Message, msg

OPTIMIZERS = ("adam", "rmsprop", "sgd")
LOSSES = ("sparse", "categorical")
LR_SCHEDULES = ("constant", "cosine")
MAX_EPOCHS = 1000
MAX_BATCH_SIZE = 65536


class ConfigError(CnnvizError):
    """Training options that cannot work: a catalog key (`training.*`) naming the option."""


@dataclass(frozen=True)
class TrainingConfig:
    dataset: str = "mnist"
    optimizer: str = "adam"
    learning_rate: float = 0.001
    momentum: float = 0.9  # SGD only
    lr_schedule: str = "constant"  # cosine: decays to 0 over all the epochs' batches
    batch_size: int = 32
    epochs: int = 5
    loss: str = "sparse"  # sparse: integer labels; categorical: one-hot labels
    val_fraction: float = 0.2
    seed: int = 42
    limit: int | None = None
    early_stopping: bool = True
    patience: int = 2
    restore_best_weights: bool = True
    save_best_checkpoint: bool = True
    mixed_precision: bool = False  # only takes effect on a GPU
    data_path: str | None = None
    sample: bool = False  # MNIST only: the bundled 5,000-digit sample instead of the full set
    record_snapshots: bool = True  # first-layer kernels, probe maps and norms over time (cnnviz.train.snapshots)
    tensorboard: bool = True  # event files in the run folder for `tensorboard --logdir` (cnnviz.train.tblog)

    def validate(self) -> None:
        from cnnviz.data.datasets import DATASETS, USER_DATASET

        problems: list[Message] = []
        if self.dataset not in (*DATASETS, USER_DATASET):
            problems.append(msg("training.bad_dataset", options=", ".join((*DATASETS, USER_DATASET)),
                                value=repr(self.dataset)))
        if self.dataset == USER_DATASET and not self.data_path:
            problems.append(msg("training.user_needs_path"))
        if self.optimizer not in OPTIMIZERS:
            problems.append(msg("training.bad_optimizer", options=", ".join(OPTIMIZERS), value=repr(self.optimizer)))
        if self.loss not in LOSSES:
            problems.append(msg("training.bad_loss", value=repr(self.loss)))
        if not (isinstance(self.learning_rate, int | float) and math.isfinite(self.learning_rate)
                and self.learning_rate > 0):
            problems.append(msg("training.bad_learning_rate", value=repr(self.learning_rate)))
        if self.lr_schedule not in LR_SCHEDULES:
            problems.append(msg("training.bad_schedule", options=", ".join(LR_SCHEDULES), value=repr(self.lr_schedule)))
        if not 0 <= self.momentum < 1:
            problems.append(msg("training.bad_momentum", value=self.momentum))
        if not 1 <= self.batch_size <= MAX_BATCH_SIZE:
            problems.append(msg("training.bad_batch_size", limit=MAX_BATCH_SIZE, value=self.batch_size))
        if not 1 <= self.epochs <= MAX_EPOCHS:
            problems.append(msg("training.bad_epochs", limit=MAX_EPOCHS, value=self.epochs))
        if not 0.01 <= self.val_fraction <= 0.5:
            problems.append(msg("training.bad_val_fraction", value=self.val_fraction))
        if self.limit is not None and self.limit < 10:
            problems.append(msg("training.bad_limit", value=self.limit))
        if self.patience < 0:
            problems.append(msg("training.bad_patience", value=self.patience))
        if self.sample and self.dataset != "mnist":
            problems.append(msg("training.sample_mnist_only"))
        if problems:
            raise ConfigError("training.config_problems", problems=Joined(tuple(problems), "; "))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrainingConfig:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

