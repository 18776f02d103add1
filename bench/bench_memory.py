"""Training memory: the estimate from the shape math against the peak resident memory of real training processes.

For a few networks, batch sizes and optimizers, a fresh Python process trains on the bundled MNIST sample (two
epochs of 2,000 images, a validation part and the 1,000 test images) exactly as a Dask worker would
(`TrainingJob`), and its peak RSS (`ru_maxrss`) is compared with `cnnviz.arch.memory.estimate_training_memory`.
The guard refuses a job whose estimate passes the worker's limit, so the estimate should not be below what a job
really takes. Run: python -m bench.bench_memory
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

CASES = [  # (label, architecture JSON, batch size, optimizer)
    ("fashion-convnet, batch 32, Adam", "fashion-convnet", 32, "adam"),
    ("fashion-convnet, batch 256, Adam", "fashion-convnet", 256, "adam"),
    ("cnnviz-strong, batch 64, Adam", "cnnviz-strong", 64, "adam"),
    ("lenet5, batch 32, SGD", "lenet5", 32, "sgd"),
    ("wide Dense (Flatten → 4,096 units), batch 32, Adam",
     {"input_shape": [28, 28, 1], "layers": [{"type": "Flatten"},
                                             {"type": "Dense", "units": 4096, "activation": "relu"},
                                             {"type": "Dense", "units": 10, "activation": "softmax"}]}, 32, "adam"),
    ("big Dense (Flatten → 50,000 units: 39 M params), batch 32, Adam",
     {"input_shape": [28, 28, 1], "layers": [{"type": "Flatten"},
                                             {"type": "Dense", "units": 50000, "activation": "relu"},
                                             {"type": "Dense", "units": 10, "activation": "softmax"}]}, 32, "adam"),
    ("wide conv (128 filters at 28×28 ×2), batch 128, Adam",
     {"input_shape": [28, 28, 1], "layers": [
         {"type": "Conv2D", "filters": 128, "kernel_size": 3, "padding": "same", "activation": "relu"},
         {"type": "Conv2D", "filters": 128, "kernel_size": 3, "padding": "same", "activation": "relu"},
         {"type": "GlobalAveragePooling2D"}, {"type": "Dense", "units": 10, "activation": "softmax"}]}, 128, "adam"),
]

CHILD = r"""
import json, resource, sys, tempfile
from cnnviz.arch.presets import PRESETS
from cnnviz.arch.spec import Architecture
from cnnviz.train.config import TrainingConfig
from cnnviz.train.job import TrainingJob
spec, batch, optimizer = json.loads(sys.argv[1])
arch = PRESETS[spec].architecture if isinstance(spec, str) else Architecture.from_dict(spec)
config = TrainingConfig(dataset="mnist", sample=True, epochs=2, batch_size=batch, optimizer=optimizer, limit=2000,
                        early_stopping=False)
with tempfile.TemporaryDirectory() as folder:
    progress = TrainingJob(arch, config, root=folder).run()
print(json.dumps({"state": progress.state, "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}))
"""


def measure(spec: object, batch: int, optimizer: str) -> int:
    out = subprocess.run([sys.executable, "-c", CHILD, json.dumps([spec, batch, optimizer])], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["state"] in ("finished", "diverged"), result  # a slow SGD start may be judged stuck: same memory
    return int(result["peak"])


def main() -> None:
    from cnnviz.arch.memory import estimate_training_memory
    from cnnviz.arch.presets import PRESETS
    from cnnviz.arch.shapes import format_bytes, summarize
    from cnnviz.arch.spec import Architecture

    images = 4000 + 1000  # what the Train page passes: the dataset's train and test images (the sample)
    print(f"{'network':<55}{'estimate':>12}{'measured peak':>15}{'estimate / peak':>17}")
    for label, spec, batch, optimizer in CASES:
        arch = PRESETS[spec].architecture if isinstance(spec, str) else Architecture.from_dict(spec)
        estimate = estimate_training_memory(summarize(arch), batch, optimizer, 0.9, images).total
        peak = measure(spec, batch, optimizer)
        print(f"{label:<55}{format_bytes(estimate):>12}{format_bytes(peak):>15}{estimate / peak:>16.2f}×")


if __name__ == "__main__":
    main()
