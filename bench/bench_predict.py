"""Draw-page latency: MNIST-style preprocessing + inference for 200 drawings on the CPU.

The drawings are held-out digits of the bundled MNIST sample rendered as the canvas returns them (280×280
RGBA, white on opaque black). For each drawing, both ways of running the model are timed side by side on
the same preprocessed input, in alternating order: the Predictor's compiled call and `model.predict`.

Run from the repository root:  python bench/bench_predict.py [--drawings 200]
Target: p95 of preprocessing + compiled inference ≤ 30 ms.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402

from cnnviz.data.datasets import load_mnist_sample  # noqa: E402
from cnnviz.data.preprocess import as_canvas_drawing, to_mnist  # noqa: E402
from cnnviz.inspect.predict import Predictor  # noqa: E402

TARGET_P95_MS = 30.0


def percentiles(samples_ms: list[float]) -> tuple[float, float]:
    return float(np.percentile(samples_ms, 50)), float(np.percentile(samples_ms, 95))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drawings", type=int, default=200)
    args = parser.parse_args()

    sample = load_mnist_sample()
    drawings = [as_canvas_drawing(digit) for digit in sample.x_test[: args.drawings]]
    labels = sample.y_test[: args.drawings]
    predictor = Predictor.default()
    model = predictor.model
    model.predict(to_mnist(drawings[0]).image[None], verbose=0)  # warm up predict's own machinery too

    pre_ms, fast_ms, slow_ms = [], [], []
    agree = correct = 0
    for i, drawing in enumerate(drawings):
        start = time.perf_counter()
        model_input = to_mnist(drawing).image
        pre_ms.append((time.perf_counter() - start) * 1000)

        def compiled(x=model_input):
            begin = time.perf_counter()
            out = predictor.probabilities(x)
            fast_ms.append((time.perf_counter() - begin) * 1000)
            return out

        def keras_predict(x=model_input):
            begin = time.perf_counter()
            out = model.predict(x[None], verbose=0)[0]
            slow_ms.append((time.perf_counter() - begin) * 1000)
            return out

        first, second = (compiled, keras_predict) if i % 2 == 0 else (keras_predict, compiled)
        a, b = first(), second()
        agree += int(np.argmax(a) == np.argmax(b))
        correct += int(np.argmax(a) == labels[i])

    total_fast = [p + f for p, f in zip(pre_ms, fast_ms, strict=True)]
    total_slow = [p + s for p, s in zip(pre_ms, slow_ms, strict=True)]
    rows = [("preprocessing (to_mnist)", pre_ms), ("inference, compiled call", fast_ms),
            ("inference, model.predict", slow_ms), ("total, compiled call", total_fast),
            ("total, model.predict", total_slow)]
    print(f"{len(drawings)} drawings (280×280 RGBA canvas renderings of held-out MNIST sample digits), "
          f"{os.cpu_count()} CPU cores (load average {os.getloadavg()[0]:.1f}), model {Path(predictor.source).name}")
    print(f"{'':28} {'p50 ms':>8} {'p95 ms':>8}")
    for name, values in rows:
        p50, p95 = percentiles(values)
        print(f"{name:28} {p50:8.2f} {p95:8.2f}")
    fast50, fast95 = percentiles(fast_ms)
    slow50, slow95 = percentiles(slow_ms)
    total95 = percentiles(total_fast)[1]
    print(f"model.predict / compiled call, inference: {slow50 / fast50:.1f}× at p50, {slow95 / fast95:.1f}× at p95")
    print(f"same answer both ways: {agree}/{len(drawings)}; correct digit: {correct}/{len(drawings)}")
    verdict = "meets" if total95 <= TARGET_P95_MS else "MISSES"
    print(f"p95 preprocessing + compiled inference {total95:.1f} ms {verdict} the {TARGET_P95_MS:.0f} ms target")
    return 0 if total95 <= TARGET_P95_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
