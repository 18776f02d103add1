"""Filter-pattern grid of the fashion-convnet's second conv layer (64 filters) on CPU, side by side.

    python -m bench.bench_patterns [--rounds 3] [--eager-filters 64] [--trained RUN_DIR]

Compares, in one process:
  * batched: cnnviz.inspect.patterns.filter_patterns — all 64 filters ascend together, a batch of 64 images in one
    compiled tf.function that runs 10 steps per call (timed cold, i.e. with its tracing, and warm);
  * eager loop: the same step function (patterns.step_function) called eagerly, one filter at a time, one
    call per step — the obvious way with tf.GradientTape.
Both start from the same images and run the same steps, and the bench checks that they end at the same
patterns. Weights: a run's trained model with --trained, else the preset freshly initialised (speed does not
depend on the weights). Target: the grid in <= 10 s on CPU.
"""

from __future__ import annotations

import argparse
import os
import time

import numpy as np

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="warm batched runs")
    parser.add_argument("--eager-filters", type=int, default=64, help="filters in the eager loop (time scaled to 64)")
    parser.add_argument("--trained", help="a run folder whose model to use")
    args = parser.parse_args()

    import keras
    import tensorflow as tf

    from cnnviz.arch.presets import PRESETS
    from cnnviz.inspect import patterns
    from cnnviz.models.builder import build_model
    from cnnviz.runs.store import load_model

    if args.trained:
        model = load_model(args.trained)
    else:
        keras.utils.set_random_seed(0)
        model = build_model(PRESETS["fashion-convnet"].architecture)
    layer = "conv2d_1"
    settings = patterns.PatternSettings()
    count = int(model.get_layer(layer).filters)

    start = time.perf_counter()
    cold = patterns.filter_patterns(model, layer, settings)
    cold_s = time.perf_counter() - start
    warm = []
    for _ in range(args.rounds):
        start = time.perf_counter()
        batched = patterns.filter_patterns(model, layer, settings)
        warm.append(time.perf_counter() - start)
    np.testing.assert_array_equal(batched.raw, cold.raw)

    _, step = patterns.step_function(model, layer, settings)
    starts = patterns._start_images(model, np.arange(count), settings)
    seed = tf.constant(settings.seed, tf.int32)

    def eager_loop(filters: int, steps: int) -> np.ndarray:
        done = []
        for index in range(filters):
            x, which = tf.constant(starts[index:index + 1]), tf.constant([index], tf.int32)
            for number in range(steps):
                x, _ = step(x, which, tf.constant(number, tf.int32), seed)
            done.append(np.asarray(x)[0])
        return np.stack(done)

    # Same computation: after a few steps both ways agree to float rounding for almost every filter. (A few
    # can part ways where graph and eager kernels break a tie differently, e.g. which of two equal values a
    # max pool passes the gradient to; over many steps the ascent, not being convex, can amplify that.)
    check_steps = 5
    short = patterns.filter_patterns(model, layer, patterns.PatternSettings(**{**settings.__dict__,
                                                                               "steps": check_steps}))
    per_filter = np.abs(eager_loop(count, check_steps) - short.raw).max(axis=(1, 2, 3))
    agreeing = int((per_filter < 1e-4).sum())
    assert agreeing >= 0.9 * count, per_filter

    eager_count = min(args.eager_filters, count)
    start = time.perf_counter()
    eager_loop(eager_count, settings.steps)
    eager_s = (time.perf_counter() - start) * count / eager_count

    warm_s = float(np.median(warm))
    gain = float(np.median(batched.final_objective / np.maximum(batched.start_objective, 1e-9)))
    print(f"fashion-convnet {layer}: {count} filters, {settings.steps} steps each "
          f"({'trained: ' + args.trained if args.trained else 'fresh weights'}), CPU")
    print(f"  batched compiled, cold (with tracing): {cold_s:6.2f} s")
    print(f"  batched compiled, warm (median of {args.rounds}): {warm_s:6.2f} s")
    scaled = "" if eager_count == count else f" ({eager_count} filters timed, scaled to {count})"
    print(f"  eager, one filter at a time:           {eager_s:6.2f} s{scaled}")
    print(f"  ratio eager / batched: {eager_s / cold_s:.1f}x cold, {eager_s / warm_s:.1f}x warm")
    print(f"  same computation: after {check_steps} steps {agreeing} of {count} filters agree within 1e-4 "
          f"(median difference {np.median(per_filter):.1e})")
    print(f"  median objective gain (final / start): {gain:.2f}x")
    print(f"  target <= 10 s: {'met' if cold_s <= 10 else 'MISSED'} (cold {cold_s:.2f} s)")


if __name__ == "__main__":
    main()
