"""What a click costs the server, before and after the web process lost TensorFlow (issue 18), side by side in one run.

Two servers run at once on the same data: *before*, main as it was (`CNNVIZ_BASELINE`, default bba47e6, checked out
into a temporary git worktree), with TensorFlow in the web process; *after*, this working tree, whose Keras work runs
in inference worker processes. One real browser (Debian's Chromium) drives them in turns, action by action, so both
see the same machine. For every action it reads:

- the server process's own CPU time (psutil, user + system), which stays meaningful on a busy machine;
- the CPU time of the server's worker processes (inference and training workers, all its descendants), beside it;
- the wall time a person waits, from the input to the result drawn.

Actions: a Build edit (the first conv layer's filters, until the new total shows); a drawn stroke until the
prediction shows (timer from mouse-up); a Feature maps layer switch; a Confusion cell click; Explain's five methods
for a new class; the Train page's one-second poll while a job streams; every page's first visit (a new session each,
on a warmed server); and, for scale, each server's CPU per second with nobody clicking. Then memory: the server's
RSS after touring every page, after 20 more sessions came and went, and wall-clock Build edit and Draw latency while
two jobs train.

Targets (issue 18): ≤ 60 ms of server CPU per Build edit and per drawing, ≤ 150 ms per Feature maps switch and
Confusion click, ≤ 500 ms per first visit; RSS ≤ 250 MB after the tour and back within 10 % after 20 sessions;
Build edit p50 ≤ 300 ms / p95 ≤ 600 ms alone and p95 ≤ 1 s while two jobs train; Draw p95 ≤ 1 s while two train.

Run: python -m bench.bench_server   (about 15 minutes; needs Debian's chromium and Fashion-MNIST, as the tests do)
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
BASELINE = os.environ.get("CNNVIZ_BASELINE", "bba47e6")
EDITS = int(os.environ.get("BENCH_EDITS", "20"))
SWITCHES = int(os.environ.get("BENCH_SWITCHES", "10"))
SESSIONS = 20
PAGES = ("", "my_data", "build", "train", "runs", "compare", "feature_maps", "kernels", "confusion", "models",
         "explain", "filters", "adversarial", "predict", "draw", "lab", "layers_lab", "training_step", "concepts")
SESSION_TTL = 10  # s a closed session is kept for a reconnect (Streamlit's default, 120 s, only makes this slower)


# ---------------------------------------------------------------- servers


@dataclass
class Server:
    name: str
    root: Path
    process: subprocess.Popen
    url: str
    samples: dict[str, list[tuple[float, float, float]]] = field(default_factory=dict)

    @property
    def handle(self) -> psutil.Process:
        return psutil.Process(self.process.pid)

    def cpu(self) -> float:
        times = self.handle.cpu_times()
        return times.user + times.system

    def workers_cpu(self) -> float:
        total = 0.0
        for child in self.handle.children(recursive=True):
            with contextlib.suppress(psutil.Error):
                times = child.cpu_times()
                total += times.user + times.system
        return total

    def rss(self) -> int:
        return self.handle.memory_info().rss

    def record(self, action: str, server_s: float, workers_s: float, wall_s: float) -> None:
        self.samples.setdefault(action, []).append((server_s * 1000, workers_s * 1000, wall_s * 1000))


def start(root: Path, data: Path, log: Path, env: dict[str, str]) -> tuple[subprocess.Popen, str]:
    from tests.conftest import SERVER_INFERENCE_WORKERS, _free_port, _wait_until_up

    port = _free_port()
    environment = {**os.environ, "CNNVIZ_RUNS_DIR": str(data / "runs"), "CNNVIZ_DATASETS_DIR": str(data / "datasets"),
                   "CNNVIZ_MODELS_DIR": str(data / "models"), "PYTHONUNBUFFERED": "1", "TF_CPP_MIN_LOG_LEVEL": "2",
                   "CNNVIZ_INFERENCE_WORKERS": SERVER_INFERENCE_WORKERS, "PYTHONPATH": str(root),
                   "STREAMLIT_SERVER_DISCONNECTED_SESSION_TTL": str(SESSION_TTL), **env}
    cmd = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true", "--server.port", str(port),
           "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"]
    process = subprocess.Popen(cmd, cwd=root, env=environment, stdout=log.open("a"), stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    _wait_until_up(url, process)
    return process, url


@contextlib.contextmanager
def baseline_tree(commit: str) -> Iterator[Path]:
    """main as it was before the change, checked out beside this tree (removed afterwards)."""
    folder = Path(tempfile.mkdtemp(prefix="cnnviz-baseline-"))
    subprocess.run(["git", "worktree", "add", "--detach", str(folder / "tree"), commit], cwd=ROOT, check=True,
                   capture_output=True)
    try:
        yield folder / "tree"
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(folder / "tree")], cwd=ROOT, capture_output=True)


# ---------------------------------------------------------------- measuring one action


def measure(server: Server, page, action: str, change: Callable[[], None], shown: Callable[[], None],
            wall_from: Callable[[], float] | None = None) -> None:
    """Run `change`, wait until `shown`, then until the server is idle; record its CPU, its workers' CPU and the
    wall time until shown (from `wall_from()` when given: e.g. the mouse-up of a stroke)."""
    from tests.conftest import wait_for_idle

    server_before, workers_before = server.cpu(), server.workers_cpu()
    start_time = time.perf_counter()
    change()
    shown()
    wall = time.perf_counter() - (wall_from() if wall_from is not None else start_time)
    wait_for_idle(page, rerun_grace=300)
    server.record(action, server.cpu() - server_before, server.workers_cpu() - workers_before, wall)


def build_edits(server: Server, page, count: int, action: str = "Build edit") -> None:
    from tests.conftest import goto_page

    goto_page(page, server.url, "build")
    conv = page.get_by_test_id("stExpander").filter(has_text="1. conv2d ·")
    conv.locator("summary").click()
    field_ = conv.get_by_label("Filters", exact=True)
    for i in range(count):
        filters = 16 if i % 2 == 0 else 32
        expected = f"{333_526 - 320 - 18_496 + 10 * filters + (9 * filters + 1) * 64:,}"

        def change(filters: int = filters) -> None:
            field_.fill(str(filters))
            field_.press("Enter")

        def shown(expected: str = expected) -> None:
            page.wait_for_function(
                "(text) => [...document.querySelectorAll('[data-testid=stMetric]')].some(m => "
                "m.innerText.includes('Total params') && m.querySelector('[data-testid=stMetricValue]')"
                ".innerText.trim() === text)", arg=expected)

        measure(server, page, action, change, shown)


def draw_strokes(server: Server, page, count: int, action: str = "Draw stroke → prediction") -> None:
    from tests.conftest import goto_page, wait_for_idle

    goto_page(page, server.url, "draw")
    canvas = page.locator("canvas").last
    canvas.scroll_into_view_if_needed()
    prediction = page.locator("[data-testid=stMetricValue]").first
    for i in range(count):
        box = canvas.bounding_box()
        x = box["x"] + 90 + 10 * (i % 10)
        released = [0.0]

        def stroke(x: float = x, box: dict = box, released: list = released) -> None:
            page.mouse.move(x, box["y"] + 40)
            page.mouse.down()
            for step in range(1, 20):
                page.mouse.move(x, box["y"] + 40 + 10 * step, steps=2)
            page.mouse.up()
            released[0] = time.perf_counter()

        measure(server, page, action, stroke, lambda: prediction.wait_for(), wall_from=lambda r=released: r[0])
        page.get_by_role("button", name="Reset canvas & history").click()
        prediction.wait_for(state="detached")
        wait_for_idle(page)


def choose(page, label: str, option: str, exact: bool = True) -> None:
    """Pick `option` in the Streamlit select box labelled `label` (as tests/test_browser_choices.py does)."""
    box = page.get_by_role("combobox", name=label, exact=True)
    box.click()
    if not page.get_by_role("option").count():  # a click on the text field does not always open the list
        box.press("ArrowDown")
    page.get_by_role("option", name=option, exact=exact).first.click()


def feature_map_switches(server: Server, page, count: int) -> None:
    from tests.conftest import goto_page

    goto_page(page, server.url, "feature_maps")
    layers = ("conv2d", "max_pooling2d", "conv2d_1", "max_pooling2d_1")
    for i in range(count):
        layer = layers[i % len(layers)]

        def shown(layer: str = layer) -> None:  # exactly one map grid, the chosen layer's
            page.wait_for_function(
                "(l) => { const maps = [...document.querySelectorAll('.gtitle')].map(t => t.textContent)"
                ".filter(t => t.includes('): output')); return maps.length === 1 && maps[0].startsWith(l + ' ('); }",
                arg=layer)

        measure(server, page, "Feature maps layer switch", lambda layer=layer: choose(page, "Layer", layer), shown)


def confusion_clicks(server: Server, page, count: int) -> None:
    from tests.conftest import goto_page

    goto_page(page, server.url, "confusion")
    cells = page.locator(".js-plotly-plot .scatterlayer .point")
    cells.first.wait_for()
    for i in range(count):
        digit = i % 10
        measure(server, page, "Confusion cell click", lambda d=digit: cells.nth(d * 10 + d).click(force=True),
                lambda d=digit: page.get_by_text(f"correct images: true {d}, predicted {d}").wait_for())


def explain_classes(server: Server, page, count: int) -> None:
    from tests.conftest import goto_page

    goto_page(page, server.url, "explain")
    for i in range(count):
        digit = (i * 3 + 1) % 10

        measure(server, page, "Explain: five methods, new class",
                lambda d=digit: choose(page, "Explain the class", f"{d} (", exact=False),
                lambda d=digit: page.get_by_text(f"Which pixels speak for {d}", exact=True).wait_for())


def train_job(page, url: str, name: str, epochs: int = 40) -> None:
    from tests.conftest import goto_page, wait_for_idle

    goto_page(page, url, "train")
    page.get_by_text("A preset", exact=True).click()
    wait_for_idle(page)
    for label, value in (("Epochs", epochs), ("Limit training images (0 = all)", 1000)):
        field_ = page.get_by_label(label, exact=True)
        field_.fill(str(value))
        field_.press("Enter")
        wait_for_idle(page)
    page.get_by_role("textbox", name="Run name").fill(name)
    page.get_by_role("textbox", name="Run name").press("Enter")
    wait_for_idle(page)
    page.get_by_role("button", name="Start training").click()
    page.get_by_text(f"Run: {name}").wait_for(timeout=120_000)


def stop_job(page) -> None:
    from tests.conftest import click_the_one

    with contextlib.suppress(Exception):
        click_the_one(page.get_by_role("button", name="Stop", exact=True))


def train_polls(server: Server, page, seconds: float = 10.0) -> None:
    """The Train page's live panel reruns every second while a job streams: the server's CPU per second."""
    train_job(page, server.url, f"poll {server.name}")
    page.get_by_text("epoch", exact=False).first.wait_for(timeout=180_000)
    server_before, workers_before, start_time = server.cpu(), server.workers_cpu(), time.perf_counter()
    time.sleep(seconds)
    elapsed = time.perf_counter() - start_time
    per_poll = (server.cpu() - server_before) / elapsed, (server.workers_cpu() - workers_before) / elapsed
    server.record("Train page poll (per second, a job streaming)", per_poll[0], per_poll[1], 1.0)
    stop_job(page)


def idle(servers: list[Server], seconds: float = 20.0) -> None:
    """What each server spends per second with nobody clicking (its Dask scheduler's and client's timers, Streamlit's
    file watchers): part of every action's CPU below, which runs for about a second per action."""
    before = [(server.cpu(), server.workers_cpu()) for server in servers]
    time.sleep(seconds)
    for server, (cpu, workers) in zip(servers, before, strict=True):
        server.record("idle (per second, nobody clicking)", (server.cpu() - cpu) / seconds,
                      (server.workers_cpu() - workers) / seconds, 1.0)


def first_visits(server: Server, browser) -> None:
    from tests.conftest import wait_for_idle

    for name in PAGES:
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        page.set_default_timeout(120_000)
        server_before, workers_before, start_time = server.cpu(), server.workers_cpu(), time.perf_counter()
        page.goto(f"{server.url}/{name}")
        wait_for_idle(page, timeout=120_000, rerun_grace=1)  # 0 would mean no timeout at all (Playwright)
        server.record(f"first visit: {name or 'home'}", server.cpu() - server_before,
                      server.workers_cpu() - workers_before, time.perf_counter() - start_time)
        context.close()


def sessions_come_and_go(server: Server, browser) -> tuple[int, int]:
    """RSS (bytes) after the tour, and after SESSIONS more sessions opened Build and Feature maps and closed."""
    from tests.conftest import goto_page

    before = server.rss()
    contexts = []
    for _ in range(SESSIONS):
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        page.set_default_timeout(120_000)
        goto_page(page, server.url, "build")
        goto_page(page, server.url, "feature_maps")
        contexts.append(context)
    for context in contexts:
        context.close()
    time.sleep(SESSION_TTL + 20)  # Streamlit forgets a closed session after the TTL
    return before, server.rss()


# ---------------------------------------------------------------- the report


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def summary(samples: list[tuple[float, float, float]]) -> tuple[float, float, float, float]:
    """(median server CPU ms, median workers CPU ms, p50 wall ms, p95 wall ms)."""
    server_ms, workers_ms, wall_ms = zip(*samples, strict=True)
    return (statistics.median(server_ms), statistics.median(workers_ms), statistics.median(wall_ms),
            percentile(list(wall_ms), 0.95))


def report(servers: list[Server], memory: dict[str, tuple[int, int, int]]) -> None:
    before, after = servers
    print(f"\n{'action':<46}{'server CPU ms':>22}{'ratio':>7}{'workers CPU ms':>18}{'wall p50 ms':>16}"
          f"{'wall p95 ms':>16}   (before → after; medians)")
    for action in after.samples:
        if action not in before.samples:
            continue
        b, a = summary(before.samples[action]), summary(after.samples[action])
        ratio = b[0] / a[0] if a[0] > 0 else float("inf")
        print(f"{action:<46}{b[0]:>10.0f} → {a[0]:>7.0f}{ratio:>7.1f}×{b[1]:>7.0f} → {a[1]:>6.0f}"
              f"{b[2]:>7.0f} → {a[2]:>6.0f}{b[3]:>7.0f} → {a[3]:>6.0f}")
    print(f"\n{'server RSS (MB)':<46}{'after the tour':>16}{f'after {SESSIONS} sessions':>18}{'peak':>8}")
    for name, (toured, after_sessions, peak) in memory.items():
        print(f"{name:<46}{toured / 2**20:>16.0f}{after_sessions / 2**20:>18.0f}{peak / 2**20:>8.0f}")


def name_of(action: Callable) -> str:
    return getattr(getattr(action, "func", action), "__name__", "action")


def in_turns(servers: list[Server], browser, action: Callable[[Server, object], None]) -> None:
    """`action` on each server in turn, each with a fresh session."""
    for server in servers:
        print(f"  {server.name}: {name_of(action)}", flush=True)
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        page.set_default_timeout(180_000)
        try:
            action(server, page)
        except Exception as error:  # one stuck action must not cost the rest of a 25-minute run
            shot = Path(tempfile.gettempdir()) / f"bench-{server.name}-{name_of(action)}.png"
            page.screenshot(path=str(shot), full_page=True)
            print(f"  {server.name}: {name_of(action)} failed ({str(error).splitlines()[0]}); see {shot}", flush=True)
        finally:
            context.close()


def main() -> None:
    from playwright.sync_api import sync_playwright

    from tests.conftest import CHROMIUM, CHROMIUM_ARGS, stop_process

    with tempfile.TemporaryDirectory() as folder, baseline_tree(BASELINE) as old_root:
        data = Path(folder) / "data"
        subprocess.run([sys.executable, "-c", "from pathlib import Path; from tests.inspect_helpers import "
                        f"make_tiny_run; make_tiny_run(Path({str(data / 'runs')!r}), 'bench run', save_initial=True)"],
                       cwd=ROOT, check=True, env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2"})
        env = {"CNNVIZ_WORKERS": "2", "CNNVIZ_JOBS_PER_WORKSPACE": "2"}  # two jobs may train at once
        servers: list[Server] = []
        try:
            for name, root in (("before", old_root), ("after", ROOT)):
                own = Path(folder) / name  # each server its own copy: no cache file one writes helps the other
                shutil.copytree(data, own)
                process, url = start(root, own, Path(folder) / f"{name}.log", env)
                servers.append(Server(name, root, process, url))
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                run_all(servers, browser)
                browser.close()
        finally:
            for server in servers:
                stop_process(server.process)


def run_all(servers: list[Server], browser) -> None:
    memory: dict[str, tuple[int, int, int]] = {}
    for server in servers:  # warm up: every page once (workers started, imports done), not measured
        first_visits(server, browser)
        server.samples.clear()
    idle(servers)
    for server in servers:
        print(f"  {server.name}: first visits", flush=True)
        first_visits(server, browser)
    peaks = {server.name: server.rss() for server in servers}
    in_turns(servers, browser, functools.partial(build_edits, count=EDITS))
    in_turns(servers, browser, functools.partial(draw_strokes, count=EDITS))
    in_turns(servers, browser, functools.partial(feature_map_switches, count=SWITCHES))
    in_turns(servers, browser, functools.partial(confusion_clicks, count=SWITCHES))
    in_turns(servers, browser, functools.partial(explain_classes, count=max(3, SWITCHES // 2)))
    for server in servers:
        print(f"  {server.name}: {SESSIONS} sessions come and go", flush=True)
        toured = server.rss()
        _, after_sessions = sessions_come_and_go(server, browser)
        memory[server.name] = (toured, after_sessions, max(peaks[server.name], toured))
    in_turns(servers, browser, train_polls)
    for server in servers:  # wall-clock latency while two jobs train on this server
        trainers = [browser.new_context(viewport={"width": 1400, "height": 1000}) for _ in range(2)]
        pages = [context.new_page() for context in trainers]
        try:
            for i, page in enumerate(pages):
                page.set_default_timeout(180_000)
                train_job(page, server.url, f"background {server.name} {i}")
            time.sleep(10)  # both past their start-up
            busy = {"Build edit, 2 jobs training": build_edits, "Draw, 2 jobs training": draw_strokes}
            for label, action in busy.items():
                in_turns([server], browser, functools.partial(action, count=EDITS, action=label))
        finally:
            for page in pages:
                stop_job(page)
            for context in trainers:
                context.close()
    report(servers, memory)


if __name__ == "__main__":
    main()
