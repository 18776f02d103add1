"""Pure shape+param math vs building the Keras model, side by side in one run.

    python -m bench.bench_shapes [--repeats N]

For each architecture (the presets and a 40-layer net) it alternates: summarize() timed over many
calls, then keras.Sequential(...) + count_params() timed over a few builds; medians per call and the
ratio are printed. Targets: ratio ≥ 100×, and under 1 ms per preset for the pure math.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

from cnnviz.arch.presets import PRESETS  # noqa: E402
from cnnviz.arch.shapes import summarize  # noqa: E402
from cnnviz.arch.spec import Architecture, BatchNormalization, Conv2D, Dense, Dropout, Flatten, MaxPooling2D  # noqa: E402
from cnnviz.models.builder import build_model  # noqa: E402


def forty_layer_net() -> Architecture:
    layers = []
    for block in range(6):
        filters = 16 * 2 ** min(block, 3)
        layers += [Conv2D(filters, 3, padding="same", activation="relu"), BatchNormalization(),
                   Conv2D(filters, 3, padding="same", activation="relu"), BatchNormalization(),
                   MaxPooling2D(2, padding="same"), Dropout(0.2)]
    layers += [Flatten(), Dense(128, activation="relu"), Dropout(0.3), Dense(10, activation="softmax")]
    assert len(layers) == 40
    return Architecture((64, 64, 3), tuple(layers))


def time_per_call(fn, calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.perf_counter() - start) / calls


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    import keras

    archs = {name: p.architecture for name, p in PRESETS.items()} | {"40-layer": forty_layer_net()}
    build_model(archs["fashion-convnet"]).count_params()  # warm TF up once
    print(f"{'architecture':<16}{'layers':>7}{'params':>12}{'math (µs)':>12}{'keras (ms)':>12}{'ratio':>10}")
    ratios = []
    for name, arch in archs.items():
        math_times, keras_times = [], []
        for _ in range(args.repeats):
            math_times.append(time_per_call(lambda a=arch: summarize(a).total_params, 200))
            keras_times.append(time_per_call(lambda a=arch: build_model(a).count_params(), 3))
            keras.backend.clear_session()
        math_s, keras_s = statistics.median(math_times), statistics.median(keras_times)
        ratios.append(keras_s / math_s)
        print(f"{name:<16}{len(arch.layers):>7}{summarize(arch).total_params:>12,}{math_s * 1e6:>12.1f}"
              f"{keras_s * 1e3:>12.1f}{keras_s / math_s:>9.0f}×")
    print(f"smallest ratio: {min(ratios):.0f}× (target ≥ 100×)")


if __name__ == "__main__":
    main()
