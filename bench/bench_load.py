"""A class on one server: real browsers (Playwright contexts in Debian's Chromium) against `streamlit run app.py` in
class mode, every session its own private workspace. Three phases, measured in one run:

A. one session alone, nothing training: a Build edit (until the new total shows) and a Draw prediction (a stroke
   until the prediction shows), 20 each;
B. the same while two jobs train (two worker processes, at a lower OS priority than the server): targets Draw
   p95 ≤ 1 s and Build edit p95 ≤ 1.5 s;
C. 20 sessions at once: 4 train small networks, 4 draw, 6 edit on Build, 6 browse Feature maps. It reports any
   exception shown in a page, any session seeing another's state (its runs, its network), the Build edits' p50/p95
   against phase A, and the server's peak and final resident memory.

Run: python -m bench.bench_load   (takes several minutes; the 2 cores are shared by the server, the training
workers and Chromium's 20 pages, so phase C measures the whole machine, not the server alone)
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import statistics
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
STORM_SECONDS = 150


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


class MemoryWatch:
    """The server process's resident memory, sampled every 0.5 s in a thread."""

    def __init__(self, pid: int) -> None:
        import psutil

        self.process = psutil.Process(pid)
        self.samples: list[int] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.samples.append(self.process.memory_info().rss)
            except Exception:
                return
            time.sleep(0.5)

    def __enter__(self) -> MemoryWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


async def new_session(browser, url: str):
    from cnnviz.runs.workspace import new_workspace

    context = await browser.new_context(viewport={"width": 1400, "height": 1000})
    page = await context.new_page()
    page.set_default_timeout(int(os.environ.get("BENCH_TIMEOUT", "180000")))
    token, _ = new_workspace()
    return context, page, token


async def idle(page) -> None:
    """As tests.conftest.wait_for_idle: give a rerun 1.5 s to start, then wait until it has ended and drawn."""
    from playwright.async_api import TimeoutError as PlaywrightTimeoutError

    from tests.conftest import SCRIPT_STATE

    with contextlib.suppress(PlaywrightTimeoutError):  # the run had already finished, or none was triggered
        await page.wait_for_function(f"() => {SCRIPT_STATE} === 'running'", timeout=1_500)
    await page.wait_for_function(
        f"() => {SCRIPT_STATE} === 'notRunning' && !document.querySelector('[data-testid=\"stSkeleton\"]')")


async def goto(page, url: str, path: str, token: str) -> None:
    await page.goto(f"{url}/{path}?ws={token}")
    await idle(page)


async def build_edits(page, url: str, token: str, count: int, seed_filters: int) -> list[float]:
    await goto(page, url, "build", token)
    conv = page.get_by_test_id("stExpander").filter(has_text="1. conv2d ·")
    await conv.locator("summary").click()
    field = conv.get_by_label("Filters", exact=True)
    samples = []
    for i in range(count):
        filters = seed_filters + (i % 2)
        expected = f"{333_526 - 320 - 18_496 + 10 * filters + (9 * filters + 1) * 64:,}"
        start = time.perf_counter()
        await field.fill(str(filters))
        await field.press("Enter")
        await page.wait_for_function(
            "(text) => [...document.querySelectorAll('[data-testid=stMetric]')].some(m => "
            "m.innerText.includes('Total params') && m.querySelector('[data-testid=stMetricValue]')"
            ".innerText.trim() === text)", arg=expected)
        samples.append((time.perf_counter() - start) * 1000)
        await idle(page)
    return samples


async def draw_predictions(page, url: str, token: str, count: int) -> list[float]:
    """A stroke on the canvas until the prediction shows, then the canvas reset (the prediction goes away)."""
    await goto(page, url, "draw", token)
    canvas = page.locator("canvas").last
    await canvas.scroll_into_view_if_needed()
    prediction = page.locator("[data-testid=stMetricValue]").first
    samples = []
    for i in range(count):
        box = await canvas.bounding_box()
        x = box["x"] + 90 + 10 * (i % 10)
        start = time.perf_counter()
        await page.mouse.move(x, box["y"] + 40)
        await page.mouse.down()
        for step in range(1, 20):
            await page.mouse.move(x, box["y"] + 40 + 10 * step, steps=2)
        await page.mouse.up()
        await prediction.wait_for()
        samples.append((time.perf_counter() - start) * 1000)
        await idle(page)
        await page.get_by_role("button", name="Reset canvas & history").click()
        await prediction.wait_for(state="detached")
        await idle(page)
    return samples


async def train(page, url: str, token: str, name: str, epochs: int = 3) -> None:
    await goto(page, url, "train", token)
    await page.get_by_text("A preset", exact=True).click()
    await idle(page)
    for label, value in (("Epochs", epochs), ("Limit training images (0 = all)", 1000)):
        field = page.get_by_label(label, exact=True)
        await field.fill(str(value))
        await field.press("Enter")
        await idle(page)
    await page.get_by_role("textbox", name="Run name").fill(name)
    await page.get_by_role("textbox", name="Run name").press("Enter")
    await idle(page)
    await page.get_by_role("button", name="Start training").click()
    await page.get_by_text(f"Run: {name}").wait_for()


async def browse_feature_maps(page, url: str, token: str, until: float) -> int:
    await goto(page, url, "feature_maps", token)
    visits = 0
    while time.monotonic() < until:
        random = page.get_by_role("button", name="Random")
        if await random.count():
            await random.click()
        await idle(page)
        visits += 1
    return visits


async def problems_in(page) -> list[str]:
    found = []
    for selector in ("[data-testid=stException]",):
        if await page.locator(selector).count():
            found.append((await page.locator(selector).first.inner_text())[:200])
    return found


async def phase_alone(browser, url: str) -> tuple[list[float], list[float]]:
    context, page, token = await new_session(browser, url)
    try:
        return await build_edits(page, url, token, 20, 16), await draw_predictions(page, url, token, 20)
    finally:
        await context.close()


async def phase_two_jobs(browser, url: str, runs_root: Path) -> tuple[list[float], list[float]]:
    trainers = [await new_session(browser, url) for _ in range(2)]
    for i, (_, page, token) in enumerate(trainers):
        await train(page, url, token, f"background {i}", epochs=40)
    await wait_for_status(runs_root, "running", 2)
    context, page, token = await new_session(browser, url)
    try:
        measured = await build_edits(page, url, token, 20, 16), await draw_predictions(page, url, token, 20)
    finally:
        await context.close()
        for _, trainer_page, _ in trainers:
            stop = trainer_page.get_by_role("button", name="Stop", exact=True)
            if await stop.count():
                await stop.click()
        for trainer_context, _, _ in trainers:
            await trainer_context.close()
    return measured


def count_status(root: Path, status: str) -> int:
    from cnnviz.runs.workspace import all_workspaces

    return sum(1 for ws in all_workspaces() for info in ws.list_runs() if info.status == status)


async def wait_for_status(root: Path, status: str, count: int, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while count_status(root, status) < count:
        assert time.monotonic() < deadline, f"{count} runs never were {status}"
        await asyncio.sleep(1)


async def phase_storm(browser, url: str, seed_token: str) -> dict:
    sessions = [await new_session(browser, url) for _ in range(20)]
    sessions[14:] = [(context, page, seed_token) for context, page, _ in sessions[14:]]  # one class's shared run
    until = time.monotonic() + STORM_SECONDS
    results: dict = {"build": [], "draw": [], "problems": [], "isolation": []}

    async def role(index: int) -> None:
        context, page, token = sessions[index]
        if index < 4:  # then watch the curves: the page's fragment reruns every second, never idle
            await train(page, url, token, f"storm {index}")
            await asyncio.sleep(max(0.0, until - time.monotonic()))
        elif index < 8:
            while time.monotonic() < until:
                results["draw"] += await draw_predictions(page, url, token, 3)
        elif index < 14:
            filters = 8 + 2 * index  # every builder edits its own network
            while time.monotonic() < until:
                results["build"] += await build_edits(page, url, token, 4, filters)
            await goto(page, url, "build", token)
            shown = await page.get_by_test_id("stExpander").filter(has_text="1. conv2d ·").inner_text()
            if f"Conv2D {filters} " not in shown and f"Conv2D {filters + 1} " not in shown:
                results["isolation"].append(f"session {index} shows another network: {shown[:80]}")
        else:
            await browse_feature_maps(page, url, token, until)
        results["problems"] += await problems_in(page)
        await goto(page, url, "runs", token)  # nobody sees anyone else's runs
        text = await page.inner_text("body")
        for other in range(4):
            if other != index and f"storm {other}" in text:
                results["isolation"].append(f"session {index} sees run 'storm {other}'")

    async def guarded(index: int) -> None:
        try:
            await role(index)
        except Exception as exc:  # a timeout under this load is a result, not the end of the benchmark
            results["problems"].append(f"session {index}: {type(exc).__name__}: {str(exc).splitlines()[0][:120]}")

    await asyncio.gather(*(guarded(i) for i in range(20)))
    for context, _, _ in sessions:
        await context.close()
    return results


def report(phase: str, measured: tuple[list[float], list[float]]) -> None:
    for label, samples in zip(("Build edit", "Draw prediction"), measured, strict=True):
        p50, p95 = percentiles(samples)
        print(f"[{phase}] {label}: p50 {p50:.0f} ms, p95 {p95:.0f} ms (n={len(samples)})", flush=True)


async def run(url: str, pid: int, runs_root: Path, seed_token: str) -> None:
    from playwright.async_api import async_playwright

    from tests.conftest import CHROMIUM, CHROMIUM_ARGS

    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        alone = await phase_alone(browser, url)
        report("alone", alone)
        two_jobs = await phase_two_jobs(browser, url, runs_root)
        report("two jobs training", two_jobs)
        with MemoryWatch(pid) as memory:
            storm = await phase_storm(browser, url, seed_token)
            await asyncio.sleep(20)  # sessions closed: let the server let go of them
        await browser.close()
    print(f"{'':<40}{'p50 (ms)':>10}{'p95 (ms)':>10}{'n':>6}")
    for label, samples in (("Build edit, alone", alone[0]), ("Draw prediction, alone", alone[1]),
                           ("Build edit, 2 jobs training", two_jobs[0]), ("Draw prediction, 2 jobs training",
                                                                            two_jobs[1]),
                           ("Build edit, 20 sessions", storm["build"]), ("Draw prediction, 20 sessions",
                                                                         storm["draw"])):
        if samples:
            p50, p95 = percentiles(samples)
            print(f"{label:<40}{p50:>10.0f}{p95:>10.0f}{len(samples):>6}")
    print(f"exceptions shown in pages: {storm['problems'] or 'none'}")
    print(f"sessions seeing another's state: {storm['isolation'] or 'none'}")
    print(f"server RSS during the storm: peak {max(memory.samples) / 1024**2:,.0f} MB, "
          f"final {memory.samples[-1] / 1024**2:,.0f} MB (start {memory.samples[0] / 1024**2:,.0f} MB)")


def main() -> None:
    from tests.conftest import start_server, stop_process
    from tests.inspect_helpers import make_tiny_run

    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        os.environ["CNNVIZ_DATA_DIR"] = str(data)  # the benchmark reads the workspaces the server writes
        from cnnviz.runs.workspace import new_workspace

        seed_token, seed = new_workspace()
        make_tiny_run(seed.runs_dir, name="seed run")
        env = {"CNNVIZ_CLASS_MODE": "1", "CNNVIZ_DATA_DIR": str(data), "CNNVIZ_WORKERS": "2",
               "CNNVIZ_JOBS_PER_WORKSPACE": "1"}
        server, url = start_server(Path(folder) / "runs", Path(folder) / "server.log", env)
        try:
            asyncio.run(run(url, server.pid, data, seed_token))
        finally:
            stop_process(server)


if __name__ == "__main__":
    main()
