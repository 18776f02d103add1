"""Feature-map extraction and whole-test-set predictions for the fashion-convnet preset (seed 000's net).

    python -m bench.bench_extract [--rounds 30]

Compares, side by side in the same process and interleaved round by round:
  * one-pass extraction (cnnviz.inspect.extract.feature_maps: compiled tf.function over all layers at once)
  * the obvious way: one sub-model per layer, each called with model.predict
and times predictions for the 10,000-image Fashion-MNIST test set (Debian's files when present, otherwise
generated images of the same shape). Weights are untrained: speed does not depend on their values.
Target: all feature maps of one image in <= 50 ms warm on CPU.
"""

from __future__ import annotations

import argparse
import os
import time

import numpy as np

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")


def _test_images() -> tuple[np.ndarray, str]:
    from cnnviz.data.datasets import DataError, load_dataset

    try:
        dataset = load_dataset("fashion_mnist", allow_download=False)
        return dataset.x_test, dataset.source
    except DataError:
        rng = np.random.default_rng(0)
        return rng.random((10_000, 28, 28, 1), dtype=np.float32), "generated 10,000 random 28×28×1 images"


def _percentiles(samples: list[float]) -> tuple[float, float]:
    values = np.array(samples) * 1000
    return float(np.percentile(values, 50)), float(np.percentile(values, 95))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()

    import keras

    from cnnviz.arch.presets import PRESETS
    from cnnviz.inspect import extract
    from cnnviz.models.builder import build_model

    model = build_model(PRESETS["fashion-convnet"].architecture)
    images, source = _test_images()
    layers = [layer.name for layer in extract.model_layers(model)]
    subs = {name: keras.Model(model.inputs, model.get_layer(name).output) for name in layers}

    def one_pass(image: np.ndarray) -> None:
        extract.feature_maps(model, image)

    def per_layer_predict(image: np.ndarray) -> None:
        for sub in subs.values():
            sub.predict(image[None], verbose=0)

    for warm in range(3):  # trace / build both paths before timing
        one_pass(images[warm])
        per_layer_predict(images[warm])
    fast, slow = [], []
    for i in range(args.rounds):
        image = images[i % len(images)]
        start = time.perf_counter()
        one_pass(image)
        fast.append(time.perf_counter() - start)
        start = time.perf_counter()
        per_layer_predict(image)
        slow.append(time.perf_counter() - start)
    fast50, fast95 = _percentiles(fast)
    slow50, slow95 = _percentiles(slow)
    print(f"fashion-convnet, {len(layers)} layers, {args.rounds} interleaved rounds, warm")
    print(f"  one pass (extract.feature_maps): p50 {fast50:7.2f} ms  p95 {fast95:7.2f} ms")
    print(f"  per-layer model.predict:         p50 {slow50:7.2f} ms  p95 {slow95:7.2f} ms")
    print(f"  ratio (p50): {slow50 / fast50:.1f}x faster; target <= 50 ms: {'met' if fast95 <= 50 else 'MISSED'}")

    extract.predict_probabilities(model, images[:256])  # trace
    model.predict(images[:256], batch_size=256, verbose=0)
    start = time.perf_counter()
    ours = extract.predict_probabilities(model, images, batch_size=256)
    ours_s = time.perf_counter() - start
    start = time.perf_counter()
    keras_out = model.predict(images, batch_size=256, verbose=0)
    keras_s = time.perf_counter() - start
    assert np.allclose(ours, keras_out, atol=1e-5)
    print(f"predictions for {len(images):,} test images ({source}):")
    print(f"  extract.predict_probabilities (batches of 256): {ours_s:6.2f} s "
          f"({len(images) / ours_s:,.0f} images/s)")
    print(f"  model.predict (batch 256):                      {keras_s:6.2f} s  ratio {keras_s / ours_s:.2f}x")


if __name__ == "__main__":
    main()
