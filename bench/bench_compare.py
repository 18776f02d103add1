"""Compare page and TensorBoard logging: what they cost, side by side with the obvious alternatives.

1. Weight histograms for TensorBoard, written at every epoch end on the training thread: TensorBoard's own
   `histogram_pb` (a values × 30 one-hot matrix) against `cnnviz.train.tblog.histogram_summary` (np.histogram, the
   same proto), for one large Dense kernel and for 2 million weights.
2. Everything the TensorBoard callback writes per epoch (scalars + every weight's histogram) for the presets.
3. Bootstrap interval of a 10,000-image test accuracy with 10,000 resamples: ours (a binomial draw per
   resample) against scipy.stats.bootstrap (resampling indices, in batches of 500 to bound memory), and the
   paired difference likewise.
Run: python -m bench.bench_compare
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")


def median_ms(fn: Callable[[], object], rounds: int = 5) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def histograms() -> None:
    import numpy as np
    from tensorboard.plugins.histogram.summary_v2 import histogram_pb

    from cnnviz.train.tblog import histogram_summary

    rng = np.random.default_rng(0)
    print(f"{'weights':>12}{'histogram_pb':>16}{'histogram_summary':>20}{'ratio':>8}")
    for n in (313_700, 2_000_000):
        values = rng.standard_normal(n).astype(np.float32)
        theirs = median_ms(lambda v=values: histogram_pb("w", v, buckets=30))
        ours = median_ms(lambda v=values: histogram_summary("w", v))
        print(f"{n:>12,}{theirs:>14.1f} ms{ours:>18.1f} ms{theirs / ours:>7.1f}×")


def per_epoch_logging() -> None:
    import keras

    from cnnviz.arch.presets import PRESETS
    from cnnviz.models.builder import build_model
    from cnnviz.train.tblog import EventWriters, write_epoch, write_weight_histograms

    logs = {"loss": 0.5, "accuracy": 0.8, "val_loss": 0.6, "val_accuracy": 0.78}
    print(f"\n{'preset':<18}{'params':>10}{'per epoch: scalars + histograms':>34}")
    for name in ("lenet5", "mnist-convnet", "fashion-convnet", "cnnviz-strong"):
        keras.utils.set_random_seed(0)
        model = build_model(PRESETS[name].architecture)
        with tempfile.TemporaryDirectory() as folder, EventWriters(folder) as writers:
            step = iter(range(1, 1000))

            def one_epoch(m=model, w=writers, s=step) -> None:
                epoch = next(s)
                write_epoch(w, epoch, logs, 0.001)
                write_weight_histograms(w, m, epoch)
                w.flush()

            ms = median_ms(one_epoch)
        print(f"{name:<18}{model.count_params():>10,}{ms:>31.1f} ms")


def bootstrap() -> None:
    import numpy as np
    from scipy import stats

    from cnnviz.compare.stats import bootstrap_accuracy, bootstrap_difference

    rng = np.random.default_rng(0)
    a = rng.random(10_000) < 0.91
    b = np.where(rng.random(10_000) < 0.95, a, ~a)

    def scipy_single() -> object:
        return stats.bootstrap((a.astype(float),), np.mean, n_resamples=10_000, method="percentile", batch=500,
                               rng=np.random.default_rng(1)).confidence_interval

    def scipy_paired() -> object:
        return stats.bootstrap((a.astype(float), b.astype(float)), lambda x, y, axis=-1: y.mean(axis) - x.mean(axis),
                               paired=True, n_resamples=10_000, method="percentile", batch=500,
                               rng=np.random.default_rng(1)).confidence_interval

    print(f"\n{'bootstrap, n = 10,000, 10,000 resamples':<42}{'scipy':>12}{'ours':>12}{'ratio':>9}")
    for label, theirs_fn, ours_fn in (
            ("accuracy", scipy_single, lambda: bootstrap_accuracy(a, resamples=10_000, seed=1)),
            ("paired difference", scipy_paired, lambda: bootstrap_difference(a, b, resamples=10_000, seed=1))):
        theirs = median_ms(theirs_fn, rounds=3)
        ours = median_ms(ours_fn, rounds=3)
        print(f"{label:<42}{theirs:>9.0f} ms{ours:>9.1f} ms{theirs / ours:>8.0f}×")
        print(f"{'':<4}intervals: scipy {theirs_fn()}  ours {ours_fn()}")


def main() -> None:
    histograms()
    per_epoch_logging()
    bootstrap()


if __name__ == "__main__":
    main()
