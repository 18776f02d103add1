"""Learn pages: the lab's numpy sliding window against SciPy and tf.nn.conv2d, and one training step.

Targets: the lab's computation for anything the page offers (up to a 28×28 digit, 3×3 kernel, plus every
step-through explanation) well under 50 ms, so the page answers at once; one training step of the tiny CNN
(batch 20) under 1 s so "Step ×25" finishes in seconds. Run: python -m bench.bench_lab
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable

import numpy as np

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")


def median_ms(fn: Callable[[], object], rounds: int = 7, inner: int = 20) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(inner):
            fn()
        times.append((time.perf_counter() - start) / inner * 1000)
    return statistics.median(times)


def main() -> None:
    import tensorflow as tf
    from scipy.signal import correlate2d

    from cnnviz.learn import lab
    from cnnviz.learn import training_step as lab_training

    digit, _ = lab.mnist_digit(0)
    sobel = lab.KERNEL_PRESETS["Sobel x"].weights
    x4, w4 = digit.reshape(1, 28, 28, 1), sobel.reshape(3, 3, 1, 1)
    np.testing.assert_allclose(lab.correlate(digit, sobel, "same"), correlate2d(digit, sobel, "same"), atol=1e-12)

    ours = median_ms(lambda: lab.slide(digit, sobel, padding="same"))
    scipy_ms = median_ms(lambda: correlate2d(digit, sobel, "same"))
    tf_ms = median_ms(lambda: tf.nn.conv2d(x4, w4, strides=1, padding="SAME").numpy())
    result = lab.slide(digit, sobel, padding="same")
    all_steps = median_ms(lambda: [lab.step_at(result, i).expression() for i in range(result.output.size)],
                          rounds=3, inner=1)
    print("28×28 digit, 3×3 Sobel, 'same' (median ms per call)")
    print(f"  cnnviz.learn.lab.slide      {ours:8.3f}")
    print(f"  scipy correlate2d     {scipy_ms:8.3f}   lab / scipy = {ours / scipy_ms:.1f}×")
    print(f"  tf.nn.conv2d          {tf_ms:8.3f}   lab / tf    = {ours / tf_ms:.2f}×")
    print(f"  all 784 step texts    {all_steps:8.1f}")

    stepper = lab_training.Stepper(batch_size=20)
    stepper.advance(0.1)  # warm-up: first call traces TF kernels
    step_ms = median_ms(lambda: stepper.advance(0.1), rounds=5, inner=3)
    print(f"one training step (batch 20, 10 kernels, 32 units, incl. loss after the step): {step_ms:.0f} ms")


if __name__ == "__main__":
    main()
