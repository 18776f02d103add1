"""Training throughput: the app's TrainingJob (streaming every batch, writing the run folder) against a plain
`model.fit` of the same model, data and batch size, measured side by side in one process.

    python bench/bench_training.py [--rounds 3] [--preset fashion-convnet] [--batch-size 32] [--epochs 3]

After one untimed warm-up of each, every round trains once with each (alternating which goes first) for
`epochs` epochs; the throughput of a round
is training images per second over the epochs after the first (the first one pays for tf.function tracing).
Both include the per-epoch validation pass; the job also includes its checkpoint and history writes.
Prints every round, the medians and the ratio job / plain (target ≥ 1.0).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")


def plain_fit(arch, split, batch_size: int, epochs: int, seed: int) -> float:
    """Images per second of a plain Keras script (numpy arrays into model.fit, verbose=0)."""
    import keras

    from cnnviz.models.builder import build_model

    keras.utils.set_random_seed(seed)
    model = build_model(arch)
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    stamps: list[float] = []

    class EpochClock(keras.callbacks.Callback):  # epoch hooks only: keeps Keras' batch dispatch untouched
        def on_epoch_end(self, epoch, logs=None):
            stamps.append(time.perf_counter())

    model.fit(split.x_train, split.y_train, validation_data=(split.x_val, split.y_val), batch_size=batch_size,
              epochs=epochs, verbose=0, callbacks=[EpochClock()])
    return len(split.x_train) * (epochs - 1) / (stamps[-1] - stamps[0])


def job_fit(arch, dataset, batch_size: int, epochs: int, seed: int, root: str, checkpoint: bool = True) -> float:
    from cnnviz.train.config import TrainingConfig
    from cnnviz.train.job import TrainingJob

    config = TrainingConfig(dataset="mnist", batch_size=batch_size, epochs=epochs, seed=seed, early_stopping=False,
                            save_best_checkpoint=checkpoint)
    job = TrainingJob(arch, config, dataset=dataset, root=root)
    progress = job.run()
    if progress.state != "finished":
        raise SystemExit(f"job ended {progress.state}: {progress.message}")
    ends = [e.elapsed for e in job.events_since(0) if e.kind == "epoch"]
    return job.n_train * (epochs - 1) / (ends[-1] - ends[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--preset", default="fashion-convnet")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--no-checkpoint", action="store_true",
                        help="job without best.keras saves: isolates the cost of streaming itself")
    args = parser.parse_args()
    if args.epochs < 2:
        raise SystemExit("--epochs must be at least 2 (the first epoch is not timed)")

    from cnnviz.arch.presets import PRESETS
    from cnnviz.data.datasets import load_mnist_sample, split_train_val

    arch = PRESETS[args.preset].architecture
    dataset = load_mnist_sample()
    split = split_train_val(dataset, 0.2, 42)  # the split TrainingJob makes with its defaults
    print(f"{args.preset}, {len(split.x_train):,} train / {len(split.x_val):,} val images of the bundled MNIST "
          f"sample, batch {args.batch_size}, {args.epochs} epochs per run, {os.cpu_count()} CPUs, job checkpoints "
          f"{'off' if args.no_checkpoint else 'on'}", flush=True)
    plain, job = [], []
    with tempfile.TemporaryDirectory() as root:
        plain_fit(arch, split, args.batch_size, 2, 42)  # warm-up, untimed: first-use costs of TF and tf.data
        job_fit(arch, dataset, args.batch_size, 2, 42, root, not args.no_checkpoint)
        for r in range(args.rounds):
            order = ("plain", "job") if r % 2 == 0 else ("job", "plain")
            for kind in order:
                if kind == "plain":
                    plain.append(plain_fit(arch, split, args.batch_size, args.epochs, 42))
                else:
                    job.append(job_fit(arch, dataset, args.batch_size, args.epochs, 42, root, not args.no_checkpoint))
            print(f"round {r + 1}: plain model.fit {plain[-1]:8.1f} img/s   TrainingJob {job[-1]:8.1f} img/s   "
                  f"ratio {job[-1] / plain[-1]:.3f}", flush=True)
    p, j = statistics.median(plain), statistics.median(job)
    print(f"median: plain model.fit {p:.1f} img/s, TrainingJob {j:.1f} img/s, ratio job/plain {j / p:.3f}")


if __name__ == "__main__":
    main()
