"""How the web process should reach its Keras workers: a process pool of its own, or the Dask cluster that trains.

Both run the same worker-side call (`cnnviz.inference._execute`: the bundled digit model, kept loaded, predicting
one drawn-size image) in one worker process; measured in alternating rounds in one run, for each call:

- the CPU time the *calling* process spends on it (psutil, user + system): what a click costs the web process,
  which every other session waits for;
- the wall time from the call to the answer.

Also the answer must be the same: the bench checks both return exactly the in-process probabilities.

Run: python -m bench.bench_inference   (about a minute)
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable

import numpy as np
import psutil

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

CALLS = 200
ROUNDS = 5


def timed_calls(call: Callable[[], np.ndarray], count: int) -> tuple[float, float]:
    """Median wall ms per call and the caller's CPU ms per call over `count` calls."""
    me = psutil.Process()
    before = me.cpu_times()
    walls = []
    for _ in range(count):
        start = time.perf_counter()
        call()
        walls.append((time.perf_counter() - start) * 1000)
    after = me.cpu_times()
    cpu = (after.user + after.system - before.user - before.system) * 1000 / count
    return statistics.median(walls), cpu


def main() -> None:
    from distributed import Client, LocalCluster

    from cnnviz import inference
    from cnnviz.i18n import current_language
    from cnnviz.inference import InferencePool, InferenceSettings, ModelRef
    from cnnviz.inspect import extract
    from cnnviz.inspect.predict import default_model_path

    image = np.random.default_rng(0).random((28, 28, 1), dtype=np.float32)
    ref = ModelRef.of_file(default_model_path())
    pool = InferencePool(InferenceSettings(quick_workers=1, long_workers=1, threads=1, models_kept=2)).start()
    cluster = LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(cluster)
    task = inference._Task(extract.predict_probabilities, (image,), {}, ref, current_language(), 0, False)
    try:
        by_pool = pool.on_model(ref, extract.predict_probabilities, image)
        by_dask = client.submit(inference._execute, task, pure=False).result()
        from cnnviz.models.modelfile import load_model_file

        here = extract.predict_probabilities(load_model_file(default_model_path()), image)
        assert np.array_equal(by_pool, here) and np.array_equal(by_dask, here), "the answers differ"
        results: dict[str, list[tuple[float, float]]] = {"process pool (cnnviz.inference)": [], "Dask client": []}
        for _ in range(ROUNDS):
            results["process pool (cnnviz.inference)"].append(
                timed_calls(lambda: pool.on_model(ref, extract.predict_probabilities, image), CALLS))
            results["Dask client"].append(
                timed_calls(lambda: client.submit(inference._execute, task, pure=False).result(), CALLS))
    finally:
        client.close()
        cluster.close()
        pool.close()
    print(f"one-image prediction in a worker, {ROUNDS} alternating rounds of {CALLS} calls (medians of the rounds)")
    print(f"{'':<36}{'wall ms/call':>14}{'caller CPU ms/call':>20}")
    pool_row = results["process pool (cnnviz.inference)"]
    for name, rows in results.items():
        wall = statistics.median(r[0] for r in rows)
        cpu = statistics.median(r[1] for r in rows)
        print(f"{name:<36}{wall:>14.2f}{cpu:>20.2f}")
    dask_cpu = statistics.median(r[1] for r in results["Dask client"])
    pool_cpu = statistics.median(r[1] for r in pool_row)
    print(f"caller CPU per call: Dask / process pool = {dask_cpu / max(pool_cpu, 1e-9):.1f}×; identical answers")


if __name__ == "__main__":
    main()
