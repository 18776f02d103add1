"""A tiny run trained by the real training job, so it has everything a run folder holds, snapshots included."""

from __future__ import annotations

from pathlib import Path

from tests.inspect_helpers import TINY_ARCH


def make_snapshot_run(root: Path, name: str = "tiny explain run", epochs: int = 2) -> Path:
    """TINY_ARCH trained by cnnviz.train.job.TrainingJob in this process on 800 digits of the bundled MNIST sample
    (25 batches per epoch: snapshots at the start, after batches 1 and 10, and after every epoch)."""
    from cnnviz.train.config import TrainingConfig
    from cnnviz.train.job import TrainingJob

    config = TrainingConfig(dataset="mnist", sample=True, limit=800, epochs=epochs, batch_size=32,
                            learning_rate=0.01, early_stopping=False, tensorboard=False, seed=42)
    job = TrainingJob(TINY_ARCH, config, name=name, root=root)
    progress = job.run()
    if progress.state != "finished":
        raise RuntimeError(f"the tiny training job ended {progress.state}: {progress.message}")
    return job.run_dir
