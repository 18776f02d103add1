"""Capacity of one server process: how many Build edits per second it answers at p95 ≤ 1 s, and what a class of 30 sees.

Simulated students are protocol-level Streamlit sessions (bench/streamlit_client.py: Streamlit's own websocket and
protobuf messages, no browser), all in this one process at the lowest OS priority (nice 19), so the 2 cores go to the
server, not to 30 Chromium pages. An edit is the first conv layer's "Filters" on the Build page (default preset,
each session alternating between two values of its own); its latency runs from the click (the edit's scheduled time)
to the end of the rerun that shows the new "Total params". It does not include the browser's own redraw.

(a) one session alone: 40 edits one after another; p50/p95 and the server process's CPU per edit (user + system of
    the `streamlit run` process only, not its training/inference worker processes);
(b) open loop: 30 sessions; edits arrive as a Poisson process at a total rate stepped up (40 s per step), each to a
    random session (a session answers its own edits in order: an edit that arrives while that student's previous one
    is still running waits for it, and the wait counts); per step the offered and completed rates, p50/p95/max, the
    server's CPU (% of one core), this client's and the rest of the machine's (another job running meanwhile makes the
    step's numbers worthless); then the highest rate with p95 ≤ 1 s;
(c) the class: 30 sessions, each one edit every 10 s at its own random phase (3 edits/s in all), for 90 s.

Run: python -m bench.bench_capacity   (about 12 minutes; local mode, default settings)
"""

from __future__ import annotations

import asyncio
import os
import random
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.streamlit_client import Node, RunResult, StreamlitSession, build_total, metric_is

STUDENTS = 30
RATES = (1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 40, 48, 64)  # edits per second, all sessions together
STEP_SECONDS = 40
DRAIN_SECONDS = 30
CLASS_SECONDS = 90
CLASS_PERIOD = 10.0
TARGET_P95 = 1.0
LAYER = "1. conv2d ·"  # the first conv layer's editor (an expander whose label starts so)
EDIT_TIMEOUT = 60.0


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))] if ordered else float("nan")


class CpuMeter:
    """CPU seconds (user + system) of one process between `start()` and `stop()`, as % of one core."""

    def __init__(self, pid: int) -> None:
        import psutil

        self.process = psutil.Process(pid)
        self._cpu = 0.0
        self._wall = 0.0

    def _used(self) -> float:
        times = self.process.cpu_times()
        return times.user + times.system

    def start(self) -> None:
        self._cpu, self._wall = self._used(), time.monotonic()

    def stop(self) -> tuple[float, float]:
        """(CPU seconds used, % of one core)."""
        cpu, wall = self._used() - self._cpu, time.monotonic() - self._wall
        return cpu, 100 * cpu / wall


class MachineMeter(CpuMeter):
    """The same for the whole machine (every core's busy time, in % of one core: 200% = both cores busy)."""

    def __init__(self) -> None:
        self._cpu = 0.0
        self._wall = 0.0

    def _used(self) -> float:
        import psutil

        times = psutil.cpu_times()
        return sum(times) - times.idle - getattr(times, "iowait", 0.0)


@dataclass
class Student:
    """One session on Build, alternating its first conv layer between `low` and `low + 1` filters."""

    index: int
    url: str
    session: StreamlitSession = field(init=False)
    filters_input: Node = field(init=False)
    edits: int = 0
    queue: asyncio.Queue[tuple[int, float]] = field(default_factory=asyncio.Queue)

    @property
    def low(self) -> int:
        return 8 + self.index

    async def open(self) -> None:
        self.session = StreamlitSession(self.url, "build")
        await self.session.open(timeout=EDIT_TIMEOUT)
        editor = self.session.find_expander(LAYER)
        if not self.session.nodes("number_input", editor):  # the page draws only the open layers' widgets
            await self.session.change(editor, True, timeout=EDIT_TIMEOUT)
        self.filters_input = self.session.find("Filters", inside=LAYER, kind="number_input")

    async def edit(self) -> RunResult:
        """One edit, until the rerun has finished and shown the new total (raises on a timeout or an exception)."""
        filters = self.low + self.edits % 2
        self.edits += 1
        expect = metric_is("Total params", build_total(filters))
        result = await self.session.change(self.filters_input, filters, expect=expect, timeout=EDIT_TIMEOUT)
        if result.exceptions:
            raise RuntimeError(result.exceptions[0])
        self.filters_input = self.session.find("Filters", inside=LAYER, kind="number_input")  # in case its id moved
        return result

    async def reopen(self) -> None:
        await self.session.close()
        await self.open()


@dataclass
class Sample:
    step: int
    clicked: float  # monotonic time the edit was due
    done: float
    ok: bool

    @property
    def latency(self) -> float:
        return self.done - self.clicked


async def serve(student: Student, samples: list[Sample], problems: list[str]) -> None:
    """The student's edits, in order: each (step, due time) from its queue, latency from the due time."""
    while True:
        step, due = await student.queue.get()
        try:
            await asyncio.sleep(max(0.0, due - time.monotonic()))
            try:
                await student.edit()
                samples.append(Sample(step, due, time.monotonic(), True))
            except (TimeoutError, RuntimeError, LookupError) as exc:
                samples.append(Sample(step, due, time.monotonic(), False))
                problems.append(f"student {student.index}: {type(exc).__name__} {str(exc)[:120]}")
                await student.reopen()
        finally:
            student.queue.task_done()


async def drain(students: list[Student], seconds: float) -> bool:
    try:
        async with asyncio.timeout(seconds):
            for student in students:
                await student.queue.join()
        return True
    except TimeoutError:
        return False


@dataclass
class StepResult:
    offered: float
    completed: float
    latencies: list[float]
    failed: int
    server_cpu: float
    client_cpu: float
    others_cpu: float  # the rest of the machine: anything above a few % means the numbers are not the server's alone
    drained: bool

    def row(self, label: str) -> str:
        lat = self.latencies
        return (f"{label:<10}{self.offered:>9.2f}{self.completed:>11.2f}{percentile(lat, 0.5) * 1000:>9.0f}"
                f"{percentile(lat, 0.95) * 1000:>9.0f}{max(lat, default=float('nan')) * 1000:>9.0f}"
                f"{self.server_cpu:>12.0f}{self.client_cpu:>12.0f}{self.others_cpu:>12.0f}{len(lat):>6}{self.failed:>7}"
                + ("" if self.drained else "  (not drained)"))


HEADER = (f"{'':<10}{'offered/s':>9}{'completed/s':>11}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}"
          f"{'server CPU%':>12}{'client CPU%':>12}{'others CPU%':>12}{'n':>6}{'failed':>7}")


async def run_window(step: int, students: list[Student], samples: list[Sample], schedule: list[tuple[float, int]],
                     seconds: float, meters: tuple[CpuMeter, CpuMeter, CpuMeter]) -> StepResult:
    """Feed `schedule` ((offset s, student)) into the students' queues over `seconds`, then let them finish."""
    start = time.monotonic()
    for meter in meters:
        meter.start()
    for offset, who in schedule:
        await asyncio.sleep(max(0.0, start + offset - time.monotonic()))
        students[who].queue.put_nowait((step, start + offset))
    await asyncio.sleep(max(0.0, start + seconds - time.monotonic()))
    server_cpu, client_cpu, machine_cpu = (meter.stop()[1] for meter in meters)
    end = time.monotonic()
    drained = await drain(students, DRAIN_SECONDS)
    mine = [s for s in samples if s.step == step]
    completed = sum(1 for s in mine if s.ok and s.done <= end)
    return StepResult(offered=len(schedule) / seconds, completed=completed / (end - start),
                      latencies=[s.latency for s in mine if s.ok], failed=sum(1 for s in mine if not s.ok),
                      server_cpu=server_cpu, client_cpu=client_cpu,
                      others_cpu=max(0.0, machine_cpu - server_cpu - client_cpu), drained=drained)


async def alone(url: str, server: CpuMeter, machine: MachineMeter) -> None:
    student = Student(STUDENTS, url)
    await student.open()
    for _ in range(5):  # warm-up
        await student.edit()
    server.start()
    await asyncio.sleep(5)
    _, idle = server.stop()
    results = []
    server.start()
    machine.start()
    for _ in range(40):
        results.append(await student.edit())
    cpu, share = server.stop()
    _, busy = machine.stop()
    await student.session.close()
    latencies = [r.seconds for r in results]
    shown = [r.matched_after or r.seconds for r in results]
    print(f"(a) one session alone: Build edit p50 {percentile(latencies, 0.5) * 1000:.0f} ms, "
          f"p95 {percentile(latencies, 0.95) * 1000:.0f} ms (n={len(latencies)}; the new total arrives after "
          f"p50 {percentile(shown, 0.5) * 1000:.0f} ms, the rest of the rerun after that); server CPU "
          f"{cpu / len(latencies) * 1000:.0f} ms per edit (idle server: {idle:.1f}% of a core); "
          f"{results[-1].messages} messages per rerun; the rest of the machine used {max(0.0, busy - share):.0f}% "
          "of a core meanwhile (this client included)", flush=True)


async def run(url: str, server_pid: int) -> None:
    rng = random.Random(4)
    server, client, machine = CpuMeter(server_pid), CpuMeter(os.getpid()), MachineMeter()
    meters = (server, client, machine)
    await alone(url, server, machine)

    students = [Student(i, url) for i in range(STUDENTS)]
    opened = time.monotonic()
    for student in students:
        await student.open()
    print(f"    {STUDENTS} sessions opened on Build in {time.monotonic() - opened:.1f} s", flush=True)
    samples: list[Sample] = []
    problems: list[str] = []
    workers = [asyncio.create_task(serve(s, samples, problems)) for s in students]

    print(f"(b) open loop, {STUDENTS} sessions, Poisson arrivals, {STEP_SECONDS} s per step", flush=True)
    print(HEADER, flush=True)
    best = 0.0
    for step, rate in enumerate(RATES):
        schedule, at = [], rng.expovariate(rate)
        while at < STEP_SECONDS:
            schedule.append((at, rng.randrange(STUDENTS)))
            at += rng.expovariate(rate)
        result = await run_window(step, students, samples, schedule, STEP_SECONDS, meters)
        print(result.row(f"{rate}/s"), flush=True)
        p95 = percentile(result.latencies, 0.95)
        if p95 <= TARGET_P95 and not result.failed:
            best = rate
        if p95 > 3 * TARGET_P95 or not result.drained:
            print("    saturated: higher rates skipped", flush=True)
            break
    print(f"    highest offered rate with p95 ≤ {TARGET_P95:.0f} s: {best} edits/s", flush=True)

    await drain(students, 120)
    await asyncio.sleep(5)
    print(f"(c) class of {STUDENTS}: each one edit every {CLASS_PERIOD:.0f} s at a random phase, {CLASS_SECONDS} s",
          flush=True)
    schedule = sorted((phase + k * CLASS_PERIOD, who) for who, phase in
                      enumerate(rng.uniform(0, CLASS_PERIOD) for _ in students)
                      for k in range(int(CLASS_SECONDS / CLASS_PERIOD)))
    result = await run_window(len(RATES), students, samples, schedule, CLASS_SECONDS, meters)
    print(HEADER, flush=True)
    print(result.row("class"), flush=True)
    for worker in workers:
        worker.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    for student in students:
        await student.session.close()
    print(f"problems: {problems[:5] or 'none'}" + (f" (+{len(problems) - 5} more)" if len(problems) > 5 else ""))
    print(f"server RSS at the end: {server.process.memory_info().rss / 1024**2:,.0f} MB; "
          f"server nice {server.process.nice()}, client nice {os.nice(0)}; {os.cpu_count()} cores")


def settle(limit: float = 90) -> None:
    """Wait until the machine is quiet: the server answers before its worker processes have imported TensorFlow.
    Say so if it never is (another job on the machine: the results then are not the server's alone)."""
    import psutil

    deadline = time.monotonic() + limit
    while (busy := psutil.cpu_percent(interval=2)) > 10:
        if time.monotonic() > deadline:
            print(f"WARNING: the machine stays busy ({busy:.0f}% of all cores) without this benchmark", flush=True)
            return


def main() -> None:
    from tests.conftest import start_server, stop_process

    with tempfile.TemporaryDirectory() as folder:
        # The server first, at normal priority (a child inherits its parent's niceness), then this client drops to 19.
        server, url = start_server(Path(folder) / "runs", Path(folder) / "server.log")
        os.nice(19)
        try:
            settle()
            asyncio.run(run(url, server.pid))
        finally:
            stop_process(server)


if __name__ == "__main__":
    main()
