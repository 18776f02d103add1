"""A separate Dask cluster of real processes, started with the README's commands ("Several machines"):

    DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES=0 dask scheduler --port 8786
    PYTHONPATH=$PWD dask worker tcp://HOST:8786 --nthreads 1

(on a free loopback port, without dashboards). `retrying_scheduler=True` leaves out ALLOWED_FAILURES, as a cluster
someone else runs might: jobs must still never be retried."""

from __future__ import annotations

import os
import socket
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from tests.conftest import ROOT, stop_process

ALLOWED_FAILURES_ENV = "DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class DaskCluster:
    log_path: Path
    retrying_scheduler: bool = False
    port: int = field(default_factory=free_port)
    scheduler: subprocess.Popen | None = None
    workers: list[subprocess.Popen] = field(default_factory=list)

    @property
    def address(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def _env(self) -> dict[str, str]:
        env = {key: value for key, value in os.environ.items() if key != ALLOWED_FAILURES_ENV}
        return {**env, "PYTHONPATH": str(ROOT)}

    def _popen(self, command: list[str], env: dict[str, str]) -> subprocess.Popen:
        log = self.log_path.open("a")
        return subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)

    def start_scheduler(self) -> None:
        env = self._env() if self.retrying_scheduler else {**self._env(), ALLOWED_FAILURES_ENV: "0"}
        self.scheduler = self._popen(["dask", "scheduler", "--host", "127.0.0.1", "--port", str(self.port),
                                      "--no-dashboard"], env)

    def start_worker(self) -> None:
        self.workers.append(self._popen(["dask", "worker", self.address, "--nthreads", "1", "--no-dashboard"],
                                        self._env()))

    def start(self) -> DaskCluster:
        self.start_scheduler()
        self.start_worker()
        return self

    def kill_scheduler(self) -> None:
        assert self.scheduler is not None
        self.scheduler.kill()
        self.scheduler.wait(timeout=30)

    def stop_workers(self) -> None:
        for worker in self.workers:
            stop_process(worker)
        self.workers.clear()

    def stop(self) -> None:
        self.stop_workers()
        if self.scheduler is not None:
            stop_process(self.scheduler)
