"""What the explain pages compute, timed on the seed-000 Fashion-MNIST convnet trained a few epochs by the real
training job (so it recorded snapshots), and the issue's "done" walk-through on it.

    python -m bench.bench_explain_pages [--epochs 3] [--limit 0] [--run RUN_DIR]

Side by side in one process:
  * Why this answer: the five methods for one misclassified test image, cold (tracing the compiled functions) and
    warm, against a cache hit of the page's bounded cache;
  * What filters look for: each conv layer's grid and the class patterns computed, against reading them back from
    the run folder's cache (what a second visit costs);
  * Fool the network: one attack, the smallest flipping ε (150 ε in one batch), the easy-to-fool search and the
    accuracy-vs-ε curves on 500 test images (FGSM and iterated FGSM);
  * internals: every snapshot read (a first visit) against a poll that finds one new file (the live panel), and
    the replays' size in the browser (plotly JSON) and build time.
The machine is shared: compare the ratios, not the absolute times.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")


def _timed(function):
    started = time.perf_counter()
    value = function()
    return value, time.perf_counter() - started


def _train(epochs: int, limit: int | None) -> Path:
    from cnnviz.arch.presets import PRESETS
    from cnnviz.train.config import TrainingConfig
    from cnnviz.train.job import TrainingJob

    root = Path(tempfile.mkdtemp(prefix="cnnviz-bench-explain-"))
    config = TrainingConfig(dataset="fashion_mnist", epochs=epochs, batch_size=64, early_stopping=False,
                            tensorboard=False, seed=0, limit=limit)
    job = TrainingJob(PRESETS["fashion-convnet"].architecture, config, name="bench explain", root=root)
    progress, seconds = _timed(job.run)
    print(f"trained fashion-convnet {epochs} epoch(s) in {seconds:.0f} s: {progress.state}, "
          f"test accuracy {progress.test_metrics.get('accuracy', float('nan')):.4f}")
    return job.run_dir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--limit", type=int, default=0, help="training images (0 = all 48,000)")
    parser.add_argument("--run", help="an existing run folder of the fashion-convnet instead of training one")
    args = parser.parse_args()

    from cnnviz.figures.explain import feature_map_replay, kernel_replay
    from cnnviz.inspect import adversarial, attribution, extract, patterns
    from cnnviz.models.modelfile import load_model_file
    from cnnviz.runs import store as runs
    from cnnviz.train import snapshots
    from pages.common.explaining import BoundedCache

    run_dir = Path(args.run) if args.run else _train(args.epochs, args.limit or None)
    model_file = run_dir / runs.FINAL_MODEL
    model = load_model_file(model_file)
    dataset, _ = runs.run_split(run_dir)
    x, y = dataset.x_test, dataset.y_test
    probabilities = extract.predict_probabilities(model, x)
    predicted = probabilities.argmax(1)
    wrong = np.flatnonzero(predicted != y)
    # the confusion page's first gallery image: the most confident mistake of its worst cell
    matrix = extract.evaluate(y, probabilities, 10).matrix.copy()
    np.fill_diagonal(matrix, -1)
    true_class, pred_class = np.unravel_index(int(matrix.argmax()), matrix.shape)
    cell = wrong[(y[wrong] == true_class) & (predicted[wrong] == pred_class)]
    index = int(cell[np.argmax(probabilities[cell, pred_class])])
    image = x[index]
    names = dataset.class_names
    print(f"\nrun {run_dir}\ntest accuracy {np.mean(predicted == y):.4f}; worst cell true {names[true_class]} → "
          f"predicted {names[pred_class]} ({matrix.max()} images); explaining test image #{index} "
          f"(P({names[pred_class]}) = {probabilities[index, pred_class]:.3f})")

    print("\n## Why this answer: five methods, one image")
    cache = BoundedCache(160)
    for label, rounds in (("cold (traces)", 1), ("warm", 3)):
        times = {}
        for method in attribution.METHODS:
            samples = []
            for _ in range(rounds):
                result, seconds = _timed(lambda m=method: attribution.attribute(model, image, m, int(pred_class)))
                samples.append(seconds)
                cache.put(method, result)
            times[method] = float(np.median(samples))
        print(f"  {label:14s} " + "  ".join(f"{m} {1000 * s:.0f} ms" for m, s in times.items())
              + f"  | total {sum(times.values()):.2f} s")
    warm_total = sum(times.values())
    _, hit = _timed(lambda: [cache.get(m) for m in attribution.METHODS])
    print(f"  cache hit for all five: {1e6 * hit:.0f} µs ({warm_total / max(hit, 1e-9):,.0f}× faster than warm)")
    ig = cache.get("integrated-gradients")
    print(f"  {ig.completeness.text()}")

    print("\n## What filters look for")
    stamp_folder = Path(tempfile.mkdtemp(prefix="cnnviz-bench-patterns-"))
    for target in (*extract.conv_layer_names(model), patterns.CLASSES):
        computed, cold = _timed(lambda tg=target: patterns.cached_patterns(model, stamp_folder, tg,
                                                                           model_file=model_file))
        again, hit = _timed(lambda tg=target: patterns.cached_patterns(model, stamp_folder, tg, model_file=model_file))
        gain = float(np.median(computed.final_objective - computed.start_objective))
        name = "class patterns" if target == patterns.CLASSES else target
        print(f"  {name:15s} {len(computed.indices):3d} patterns: computed {cold:.2f} s, from the run's cache "
              f"{1000 * hit:.0f} ms ({cold / hit:.0f}×); median objective gain {gain:+.3g}; cached={again.cached}")

    print("\n## Fool the network")
    confident = np.flatnonzero((predicted == y) & (probabilities.max(1) > 0.99))
    target = int(confident[0])
    search, seconds = _timed(lambda: adversarial.smallest_flipping_epsilon(model, x[target], int(y[target])))
    attack, attack_s = _timed(lambda: adversarial.attack(model, x[target], search.smallest or 0.1, int(y[target])))
    print(f"  test image #{target} ({names[y[target]]}, {probabilities[target].max():.2%} sure): smallest flipping ε "
          f"{search.smallest} (150 ε in one batch: {seconds:.2f} s); attack at it {1000 * attack_s:.0f} ms → "
          f"{names[attack.predicted_after]} ({attack.probabilities_after.max():.1%})")
    found, seconds = _timed(lambda: adversarial.fragile_examples(model, x[:500], y[:500]))
    if found:
        best = found[0]
        print(f"  easy-to-fool search on 500 test images: {seconds:.2f} s, {len(found)} flip at ε ≤ 0.1; easiest #"
              f"{best.index} ({names[best.label]}, {best.confidence:.1%}) flips at ε = {best.epsilon}")
    for method in adversarial.METHODS:
        curve, seconds = _timed(lambda m=method: adversarial.accuracy_under_attack(model, x[:500], y[:500], method=m))
        points = ", ".join(f"{e:g}: {a:.2f}" for e, a in zip(curve.epsilons, curve.accuracy, strict=True))
        print(f"  curve {method:5s} on 500 images, 10 ε: {seconds:.1f} s  [{points}]")

    print("\n## Internals (snapshots)")
    files = snapshots.list_snapshot_files(run_dir)
    size = sum(path.stat().st_size for _, path in files)
    series, first = _timed(lambda: snapshots.load_snapshots(run_dir))
    cache_dict: dict = {}
    snapshots.load_snapshots(run_dir, cache_dict)
    newest = files[-1][1]
    os.utime(newest)  # as if the newest file had just been written
    _, poll = _timed(lambda: snapshots.load_snapshots(run_dir, cache_dict))
    held = sum(v.nbytes for _, content in cache_dict.values() for v in content.values())
    print(f"  {len(files)} snapshots ({size / 1e6:.2f} MB on disk, {held / 1e6:.2f} MB held per session): read all "
          f"{1000 * first:.0f} ms, a poll that finds one new file {1000 * poll:.0f} ms ({first / poll:.1f}×)")
    for label, build in (("kernel replay", lambda: kernel_replay(series)),
                         ("feature-map replay", lambda: feature_map_replay(series, 0, names))):
        figure, seconds = _timed(build)
        print(f"  {label}: {len(figure.frames)} frames, {len(figure.to_json()) / 1e6:.2f} MB of plotly JSON, "
              f"built in {1000 * seconds:.0f} ms")
    dead = {layer: [int(flags.sum()) for flags in series.dead[layer]] for layer in series.dead}
    print(f"  dead filters per snapshot: {json.dumps(dead)}")
    print(f"  first-layer kernels from {series.label(0)} to {series.label(len(series) - 1)}: mean |change| "
          f"{float(np.abs(series.kernels[-1] - series.kernels[0]).mean()):.4f}")


if __name__ == "__main__":
    main()
