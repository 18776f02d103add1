"""User datasets and model files: what an import and a model load cost, side by side.

- Import: the same 900 generated shape images (PNG and JPEG, 64 px) zipped, imported at 32×32×3 (decode,
  convert, resize, store), against decoding the same bytes with Pillow alone (the floor); and 60 large
  phone-size JPEGs (3000×2000) with the JPEG draft mode (libjpeg decodes at 1/8 scale) against a full decode.
- Model load: the bundled digit model through cnnviz.models.modelfile.load_model_file (archive and config checks,
  then Keras safe mode) against keras.saving.load_model alone.
Run: python -m bench.bench_own
"""

from __future__ import annotations

import io
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")


def median_s(fn: Callable[[], object], rounds: int = 3) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    import numpy as np
    from PIL import Image

    from cnnviz.data.images import ImportSettings, decode_image
    from cnnviz.data.importing import import_zip
    from tests.shapes_data import encode, shape_image, shapes_files, zip_bytes

    files = shapes_files(per_class=300, seed=0)
    archive = zip_bytes((f"{c}/{n}", d) for c, n, d in files)
    settings = ImportSettings(size=32, color=True)
    with tempfile.TemporaryDirectory() as folder:
        counter = iter(range(1000))
        imported = median_s(lambda: import_zip(archive, f"bench {next(counter)}", Path(folder), settings))
    pillow = median_s(lambda: [Image.open(io.BytesIO(d)).load() for _, _, d in files])
    print(f"import 900 images (64 px → 32×32×3): {imported:.2f} s = {900 / imported:,.0f} images/s; "
          f"Pillow decode alone {pillow:.2f} s; ratio {imported / pillow:.1f}×")

    rng = np.random.default_rng(0)
    big = [encode(shape_image("circle", rng, 2000).resize((3000, 2000)), "JPEG") for _ in range(60)]
    drafted = median_s(lambda: [decode_image(d, settings) for d in big], rounds=2)
    full = median_s(lambda: [Image.open(io.BytesIO(d)).convert("RGB").resize((48, 32)) for d in big], rounds=2)
    print(f"60 JPEGs of 3000×2000: with draft {drafted:.2f} s ({60 / drafted:,.0f}/s), full decode + resize "
          f"{full:.2f} s; speed-up {full / drafted:.1f}×")

    import keras

    from cnnviz.inspect.predict import default_model_path
    from cnnviz.models.modelfile import load_model_file, read_keras_config

    path = default_model_path()
    load_model_file(path)  # warm up Keras
    ours, plain = [], []
    for _ in range(7):  # interleaved, so a busy neighbour slows both alike
        ours.append(median_s(lambda: load_model_file(path), rounds=1))
        plain.append(median_s(lambda: keras.saving.load_model(path, compile=False), rounds=1))
    checks = median_s(lambda: read_keras_config(path), rounds=20)
    ours_ms, plain_ms = statistics.median(ours) * 1000, statistics.median(plain) * 1000
    print(f"load digits.keras: load_model_file {ours_ms:.0f} ms, keras.saving.load_model {plain_ms:.0f} ms "
          f"(ratio {ours_ms / plain_ms:.2f}); the checks alone {checks * 1000:.1f} ms")


if __name__ == "__main__":
    main()
