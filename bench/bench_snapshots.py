"""Training throughput with the snapshot recorder on vs off (cnnviz.train.snapshots), side by side.

    python -m bench.bench_snapshots [--rounds 6] [--epochs 5] [--batch-size 32] [--dataset fashion_mnist]

The fashion-convnet preset is trained on the bundled MNIST sample (3,200 training images after the 20 %
validation split) the way the training job trains: a fresh compiled model per run, the job's tf.data
pipeline, model.fit with validation. Each round trains once without and once with the recorder (the order
alternates between rounds), from the same initial weights. Measured per run:
  * the whole model.fit wall time (everything: Keras' own tracing, the recorder's tracing, every snapshot),
  * the epoch throughput: training images per second inside the epochs (on_epoch_begin → on_epoch_end,
    so the early-batch and epoch-end snapshots are inside it; the recorder's one-time set-up is not),
  * the process CPU time of the fit (all threads): the work recording adds, whatever else the machine runs.
Target: recorder on ≥ 0.95× the throughput of recorder off. The sample's short epochs are the hard case (the
recorder's fixed costs weigh most); --dataset fashion_mnist trains on the full 48,000 training images instead.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import tempfile
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--epochs", type=int, default=5, help="5: the length of a default training run")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--dataset", choices=("sample", "fashion_mnist"), default="sample")
    args = parser.parse_args()

    import keras

    from cnnviz.arch.presets import PRESETS
    from cnnviz.data.datasets import load_dataset, load_mnist_sample, split_train_val
    from cnnviz.train import snapshots
    from cnnviz.train.config import TrainingConfig
    from cnnviz.train.keras_setup import build_compiled_model, make_tf_dataset

    full = args.dataset == "fashion_mnist"
    dataset = load_dataset("fashion_mnist", allow_download=False) if full else load_mnist_sample()
    split = split_train_val(dataset, val_fraction=0.2, seed=42)
    config = TrainingConfig(dataset="fashion_mnist" if full else "mnist", sample=not full, batch_size=args.batch_size,
                            epochs=args.epochs)
    arch = PRESETS["fashion-convnet"].architecture
    keras.utils.set_random_seed(0)
    initial = build_compiled_model(arch, config).get_weights()
    train = make_tf_dataset(split.x_train, split.y_train, args.batch_size, 10, False, shuffle=True, seed=0)
    val = make_tf_dataset(split.x_val, split.y_val, args.batch_size, 10, False)
    probes, probe_labels = snapshots.pick_probes(split.x_val, split.y_val, 10)
    scratch = Path(tempfile.mkdtemp(prefix="bench-snapshots-"))

    class EpochClock(keras.callbacks.Callback):
        def __init__(self) -> None:
            super().__init__()
            self.seconds = 0.0
            self._start = 0.0
            self.first_begin = self.last_end = 0.0

        def on_epoch_begin(self, epoch: int, logs: dict | None = None) -> None:
            self._start = time.perf_counter()
            self.first_begin = self.first_begin or self._start

        def on_epoch_end(self, epoch: int, logs: dict | None = None) -> None:
            self.last_end = time.perf_counter()
            self.seconds += self.last_end - self._start

    def run(record: bool, round_index: int) -> tuple[float, float, int, float, float]:
        gc.collect()  # the previous runs' models and functions go now, not in the middle of this run
        model = build_compiled_model(arch, config)
        model.set_weights(initial)
        clock = EpochClock()
        callbacks: list = []
        run_dir = scratch / f"round{round_index}"
        if record:
            callbacks.append(snapshots.snapshot_callback(run_dir, probes, probe_labels, split.x_val[10:],
                                                         split.y_val[10:]))
        callbacks.append(clock)  # last: its epoch end comes after the recorder's
        start, cpu_start = time.perf_counter(), time.process_time()
        model.fit(train, validation_data=val, epochs=args.epochs, callbacks=callbacks, verbose=0)
        end = time.perf_counter()
        wall, cpu = end - start, time.process_time() - cpu_start
        files = len(snapshots.list_snapshot_files(run_dir))
        outside = (clock.first_begin - start) + (end - clock.last_end)  # before the first / after the last epoch
        return wall, len(split.x_train) * args.epochs / clock.seconds, files, cpu, outside

    results: dict[bool, list[tuple[float, float, int, float, float]]] = {False: [], True: []}
    run(False, -1)  # warm-up: the process's first model and first traced function pay extra start-up costs,
    run(True, -1)  # which a long-running app server has paid long before
    for r in range(args.rounds):
        for record in ((False, True) if r % 2 == 0 else (True, False)):
            results[record].append(run(record, r))
            wall, speed, _, cpu, outside = results[record][-1]
            print(f"  round {r + 1} recorder {'on ' if record else 'off'}: fit {wall:5.2f} s (CPU {cpu:5.2f} s, "
                  f"{outside:4.2f} s outside the epochs), epochs {speed:7,.0f} images/s", flush=True)

    # The recorder's own cost, measured directly on a built model: set-up (tracing + the first snapshot)
    # and each further snapshot (the compiled pass and handing the arrays to the writer thread).
    model = build_compiled_model(arch, config)
    folder = scratch / "direct" / snapshots.SNAPSHOT_DIR
    folder.mkdir(parents=True)
    start = time.perf_counter()
    recorder = snapshots._Recorder(model, folder, probes, probe_labels, split.x_val[10:32], split.y_val[10:32])
    recorder.write(0, 0.0, "start")
    setup_s = time.perf_counter() - start
    per_snapshot = []
    for step in range(1, 11):
        start = time.perf_counter()
        recorder.write(step, 0.0, "batch")
        per_snapshot.append(time.perf_counter() - start)
    recorder.close()
    shutil.rmtree(scratch, ignore_errors=True)

    def median(record: bool, i: int) -> float:
        return float(np.median([res[i] for res in results[record]]))

    where = "Fashion-MNIST" if full else "the MNIST sample"
    print(f"fashion-convnet on {where}: {len(split.x_train):,} training images, batch {args.batch_size}, "
          f"{args.epochs} epochs, {args.rounds} interleaved rounds (medians)")
    print(f"  snapshots per recorded run: {results[True][0][2]} (start, early batches "
          f"{[b for b in snapshots.EARLY_BATCHES if b < len(split.x_train) // args.batch_size]}, every epoch)")
    for label, record in (("recorder off", False), ("recorder on ", True)):
        print(f"  {label}: model.fit {median(record, 0):6.2f} s (process CPU {median(record, 3):6.2f} s)   "
              f"epoch throughput {median(record, 1):8,.0f} images/s")
    def paired(i: int, higher_is_better: bool) -> float:
        """Median over rounds of the on/off ratio within a round (the two runs of a round are back to back,
        so a machine whose load drifts over minutes affects both alike)."""
        ratios = [(on[i] / off[i]) if higher_is_better else (off[i] / on[i])
                  for on, off in zip(results[True], results[False], strict=True)]
        return float(np.median(ratios))

    fit_ratio, epoch_ratio, cpu_ratio = paired(0, False), paired(1, True), paired(3, False)
    print("  ratio on/off (median of the per-round ratios):")
    print(f"    whole fit (throughput):  {fit_ratio:.3f}x")
    print(f"    epoch throughput:        {epoch_ratio:.3f}x")
    print(f"    process CPU time:        {cpu_ratio:.3f}x  (less sensitive to other jobs on the machine)")
    snapshot_s = float(np.median(per_snapshot))
    count = results[True][0][2]
    predicted = median(False, 0) / (median(False, 0) + setup_s + (count - 1) * snapshot_s)
    print(f"  recorder alone: set-up {setup_s * 1000:.0f} ms (tracing + first snapshot), then "
          f"{snapshot_s * 1000:.1f} ms per snapshot on the training thread")
    print(f"  → expected ratio for this run: {median(False, 0):.2f} / ({median(False, 0):.2f} + {setup_s:.2f} + "
          f"{count - 1}·{snapshot_s:.3f}) = {predicted:.3f}x")
    print(f"  target >= 0.95x: {'met' if min(fit_ratio, epoch_ratio, cpu_ratio) >= 0.95 else 'MISSED'} "
          "(all three measured ratios)")


if __name__ == "__main__":
    main()
