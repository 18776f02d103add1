"""Test accuracy on full Fashion-MNIST (Debian's dataset-fashion-mnist) reached through the app's TrainingJob.

    python bench/fashion_accuracy.py                       # cnnviz-strong, the settings below
    python bench/fashion_accuracy.py --preset fashion-convnet --epochs 10 --batch-size 32 --lr-schedule constant

Target: cnnviz-strong ≥ 0.93 test accuracy in ≤ 10 epochs (the seeds' convnet reaches 0.911).
Prints one line per epoch, then a summary line; the run folder is kept under --root.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preset", default="cnnviz-strong")
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--learning-rate", type=float, default=0.001)
    parser.add_argument("--lr-schedule", default="cosine")
    parser.add_argument("--patience", type=int, default=3)
    parser.add_argument("--root", default="bench/runs")
    args = parser.parse_args()

    from cnnviz.arch.presets import PRESETS
    from cnnviz.data.datasets import load_dataset
    from cnnviz.train.config import TrainingConfig
    from cnnviz.train.job import TrainingJob

    dataset = load_dataset("fashion_mnist", allow_download=False)
    print(f"data: {dataset.source}: {len(dataset.x_train):,} train, {len(dataset.x_test):,} test", flush=True)
    config = TrainingConfig(dataset="fashion_mnist", epochs=args.epochs, batch_size=args.batch_size,
                            learning_rate=args.learning_rate, lr_schedule=args.lr_schedule, patience=args.patience,
                            early_stopping=True, restore_best_weights=True)
    print(f"config: {config}", flush=True)

    def on_epoch(e) -> None:
        print(f"epoch {e.epoch}: loss {e.loss:.4f} acc {e.accuracy:.4f} val_loss {e.val_loss:.4f} "
              f"val_acc {e.val_accuracy:.4f}  {e.samples_per_s:.0f} samples/s  elapsed {e.elapsed:.0f} s", flush=True)

    start = time.perf_counter()
    job = TrainingJob(PRESETS[args.preset].architecture, config, dataset=dataset, name=f"bench {args.preset}",
                      root=args.root, on_epoch=on_epoch)
    progress = job.run()
    print(f"RESULT preset={args.preset} state={progress.state} epochs={progress.epoch} "
          f"test_accuracy={progress.test_metrics.get('accuracy', float('nan')):.4f} "
          f"test_loss={progress.test_metrics.get('loss', float('nan')):.4f} "
          f"wall={time.perf_counter() - start:.0f}s run={progress.run_dir} {progress.message}", flush=True)


if __name__ == "__main__":
    main()
