"""The memory guard: one refusal, from the shape math, wherever a training starts or a model file is loaded."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cnnviz import memory, runs
from cnnviz.presets import PRESETS
from cnnviz.shapes import check
from cnnviz.spec import Architecture, Dense, Flatten


def test_a_job_estimated_just_under_the_worker_limit_is_refused_below_dasks_terminate_threshold() -> None:
    estimate = memory.estimate_training_memory(check(PRESETS["lenet5"].architecture), 32, "adam", 0.9, 1400)
    # the case: 1.99 GB estimated for a 2.05 GB worker, which Dask's nanny killed at 95%
    limit = int(estimate.total * 2.05 / 1.99)
    message = memory.refusal(estimate, limit)
    assert message is not None and "Dask stops a worker at 95% of its limit" in message
    assert memory.usable_memory(limit) < limit * memory.TERMINATE_FRACTION
    # with room under the threshold it runs
    assert memory.refusal(estimate, int(estimate.total / (memory.TERMINATE_FRACTION * 0.9)) + 1) is None


# ---- every training passes the guard where it starts ------------------------------------------------------

BIG_DENSE = Architecture((28, 28, 1), (Flatten(), Dense(50_000, activation="relu"), Dense(10, activation="softmax")))
GIANT = Architecture((28, 28, 1), (Flatten(), Dense(100_000, activation="relu"), Dense(24_000, activation="relu"),
                                   Dense(10, activation="softmax")))


def train_here(tmp_path: Path, architecture: Architecture, **env: str) -> subprocess.CompletedProcess:
    arch = tmp_path / "arch.json"
    arch.write_text(architecture.to_json(), encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "cnnviz", "train", str(arch), "--dataset", "mnist", "--sample",
                           "--epochs", "1", "--limit", "100", "--out", str(tmp_path / "run")],
                          capture_output=True, text=True, timeout=600, env={**os.environ, **env})


@pytest.mark.slow
def test_the_cli_without_cluster_refuses_a_network_too_big_for_its_process(tmp_path: Path) -> None:
    # ~39 million parameters: about 2.8 GB to train with Adam, in a process allowed 2 GB
    result = train_here(tmp_path, BIG_DENSE, CNNVIZ_WORKER_MEMORY="2GB")
    assert result.returncode == 1, result.stdout[-2000:]
    assert "training this network needs about" in result.stderr and "dense (Dense)" in result.stderr
    assert "fewer units" in result.stderr and "epoch 1/1" not in result.stdout
    assert not (tmp_path / "run" / runs.FINAL_MODEL).exists()


@pytest.mark.slow
def test_the_cli_refuses_a_network_of_billions_of_parameters_before_allocating_it(tmp_path: Path) -> None:
    result = train_here(tmp_path, GIANT)  # ~2.4 billion parameters, against what this machine has free
    assert result.returncode == 1 and "needs about" in result.stderr, result.stderr[-2000:]
    assert "dense_1 (Dense)" in result.stderr  # the 100,000 → 24,000 layer, the largest
    assert not (tmp_path / "run" / runs.INITIAL_WEIGHTS).exists()
