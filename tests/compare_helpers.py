"""Real runs for the Compare page's tests: a learning-rate sweep of LeNet-5 on the bundled MNIST sample, trained
in-process with the same TrainingJob the workers run, and tagged as one sweep."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from cnnviz.arch.presets import PRESETS
from cnnviz.arch.spec import Architecture
from cnnviz.runs import store as runs
from cnnviz.train import sweeps
from cnnviz.train.config import TrainingConfig
from cnnviz.train.job import TrainingJob

LENET = PRESETS["lenet5"].architecture
LEARNING_RATES = (0.01, 0.001, 0.0001)


def sample_config(epochs: int = 2, limit: int = 400, **changes) -> TrainingConfig:
    return TrainingConfig(dataset="mnist", sample=True, epochs=epochs, batch_size=32, limit=limit,
                          early_stopping=False, record_snapshots=False, seed=42, **changes)


def train_run(root: Path, architecture: Architecture, config: TrainingConfig, name: str) -> Path:
    progress = TrainingJob(architecture, config, name=name, root=root).run()
    assert progress.state == "finished", progress.message
    return progress.run_dir


def make_sweep_runs(root: Path, learning_rates: Sequence[float] = LEARNING_RATES, epochs: int = 2,
                    limit: int = 400, architecture: Architecture = LENET, base_name: str = "lenet lr",
                    group: str | None = None) -> list[Path]:
    """One finished run per learning rate, in value order, each tagged with its place in the sweep."""
    planned = sweeps.plan_sweep(architecture, sample_config(epochs, limit), "learning_rate", list(learning_rates),
                                base_name=base_name, group=group)
    made = []
    for run in planned:
        run_dir = train_run(root, run.architecture, run.config, run.name)
        runs.update_run(run_dir, **run.run_fields())
        made.append(run_dir)
    return made
