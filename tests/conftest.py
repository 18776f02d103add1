"""Shared fixtures. Browser tests (marked `browser`) share one `streamlit run app.py` server."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import pages.common  # noqa: F401  (the pages' own texts join the catalog, as in the app: pages/common/texts.py)

ROOT = Path(__file__).resolve().parent.parent
# The page tests (AppTest) run the pages' Keras work in their own process, so the core they patch is the core the
# page uses; every server a test starts runs real inference workers (`start_server`).
os.environ.setdefault("CNNVIZ_INFERENCE_WORKERS", "0")
SERVER_INFERENCE_WORKERS = "1"
CHROMIUM = os.environ.get("CNNVIZ_CHROMIUM", "/usr/bin/chromium")
EXPECT_TIMEOUT_MS = 30_000
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
SCREENSHOTS = ROOT / "tests" / "screenshots"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_up(url: str, proc: subprocess.Popen, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"streamlit did not answer at {url} within {timeout}s")


@pytest.fixture(scope="session", autouse=True)
def own_data_root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Every test's class-mode folders, lessons' progress and teacher settings in a folder of the session's own,
    never ./cnnviz-data in the repository (a test that needs its own sets CNNVIZ_DATA_DIR itself)."""
    folder = tmp_path_factory.mktemp("cnnviz-data")
    previous = os.environ.get("CNNVIZ_DATA_DIR")
    os.environ["CNNVIZ_DATA_DIR"] = previous or str(folder)
    yield Path(os.environ["CNNVIZ_DATA_DIR"])
    if previous is None:
        os.environ.pop("CNNVIZ_DATA_DIR", None)


@pytest.fixture(scope="session")
def runs_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The runs folder the browser-tested app server uses (empty at the start of the session)."""
    return tmp_path_factory.mktemp("runs")


def own_data_dirs(runs_dir: Path) -> tuple[Path, Path]:
    """The datasets and models folders (My data, My models) of a server started on `runs_dir`: beside it, never the
    repository's own ./datasets and ./models."""
    return runs_dir.with_name(f"{runs_dir.name}-datasets"), runs_dir.with_name(f"{runs_dir.name}-models")


def start_server(runs_dir: Path, log_path: Path, env: dict[str, str] | None = None) -> tuple[subprocess.Popen, str]:
    """`streamlit run app.py` on a free loopback port (started, answering); its process and URL."""
    port = _free_port()
    datasets_dir, models_dir = own_data_dirs(runs_dir)
    environment = {**os.environ, "CNNVIZ_RUNS_DIR": str(runs_dir), "CNNVIZ_DATASETS_DIR": str(datasets_dir),
                   "CNNVIZ_MODELS_DIR": str(models_dir), "PYTHONUNBUFFERED": "1",
                   "CNNVIZ_DATA_DIR": str(runs_dir.with_name(f"{runs_dir.name}-data")),
                   "CNNVIZ_INFERENCE_WORKERS": SERVER_INFERENCE_WORKERS, **(env or {})}
    cmd = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
           "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
           "--server.fileWatcherType", "none"]
    log = log_path.open("a")
    proc = subprocess.Popen(cmd, cwd=ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url, proc)
    except BaseException:
        stop_process(proc)
        raise
    return proc, url


def stop_process(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=15)


@contextlib.contextmanager
def streamlit_server(runs_dir: Path, log_path: Path, env: dict[str, str] | None = None) -> Iterator[str]:
    """`streamlit run app.py` on a free loopback port; yields its URL, stops it on exit."""
    proc, url = start_server(runs_dir, log_path, env)
    try:
        yield url
    finally:
        stop_process(proc)


@pytest.fixture(scope="session")
def app_url(runs_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with streamlit_server(runs_dir, tmp_path_factory.mktemp("streamlit") / "server.log") as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator:
    playwright = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: apt-get install chromium (see README)")
    # Playwright's 5 s default for expect(...) is shorter than a slow CI machine takes to load a lazily loaded
    # component (the data grid, plotly) in a fresh browser context: seen failing on one fresh machine.
    playwright.expect.set_options(timeout=EXPECT_TIMEOUT_MS)
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, app_url: str, request: pytest.FixtureRequest) -> Iterator:
    """A fresh browser page (own Streamlit session) on the app's home page. A screenshot is saved
    to tests/screenshots/<test name>.png at the end, pass or fail, for a person to look at."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    pg.set_default_timeout(30_000)
    pg.goto(app_url)
    wait_for_idle(pg)
    yield pg
    SCREENSHOTS.mkdir(exist_ok=True)
    try:
        pg.screenshot(path=str(SCREENSHOTS / f"{request.node.name}.png"), full_page=True)
    finally:
        context.close()


def goto_page(page, app_url: str, url_path: str) -> None:
    """Open an app page by its URL path (e.g. 'build') and wait for Streamlit to finish running it."""
    page.goto(f"{app_url}/{url_path}")
    wait_for_idle(page)


SCRIPT_STATE = "document.querySelector('[data-testid=\"stApp\"]')?.getAttribute('data-test-script-state')"


def click_the_one(locator, attempts: int = 20, done: Callable[[], bool] | None = None) -> None:
    """Click a button a page draws once, as a person would. While a rerun (or a fragment's timed rerun) is
    under way, Streamlit can still show the previous run's copy of an element beside the new one, for a
    moment; a strict locator then matches two. Wait for one, click, and retry if a rerun doubled it again.

    A click can land and still be reported as failed (on a busy machine the page reran under Playwright before it
    had finished with the click); `done` says whether the click's effect is already there, so it is not retried
    against a button that has rightly gone (Stop, once the run stopped)."""
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import expect

    for attempt in range(attempts):
        if attempt and done is not None and done():
            return
        expect(locator).to_have_count(1)
        try:
            locator.click(timeout=2_000)
            return
        except PlaywrightError:
            if attempt == attempts - 1:
                raise


def wait_for_idle(page, timeout: float = 60_000, rerun_grace: float = 1_500) -> None:
    """Wait until Streamlit has finished running the page script.

    Streamlit 1.67 marks its root with data-test-script-state = initial | running | notRunning (the status
    widget is absent before the first run starts and lingers in a fade-out after a run, so it cannot tell).
    The run can end long before the page is drawn: lazily loaded elements (metrics, charts, tables...) show
    an stSkeleton placeholder until their code has loaded, seconds on a busy machine; so wait for those too.
    Right after a click or fill the rerun may not have started yet: give it `rerun_grace` ms to start, then
    wait for it to end. After an interaction, still prefer `expect(...)` on the text you expect to change."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

    page.wait_for_selector("[data-testid='stApp']", timeout=timeout)
    if rerun_grace > 0:  # (a timeout of 0 is none at all to Playwright: it would wait for ever)
        with contextlib.suppress(PlaywrightTimeoutError):  # the run had already finished, or none was triggered
            page.wait_for_function(f"() => {SCRIPT_STATE} === 'running'", timeout=rerun_grace)
    page.wait_for_function(
        f"() => {SCRIPT_STATE} === 'notRunning' && !document.querySelector('[data-testid=\"stSkeleton\"]')",
        timeout=timeout)


def as_read(markdown: str) -> str:
    """What a reader sees of a Markdown text a page shows (AppTest gives the source): fields a user or a file
    supplied arrive escaped (backslashes, a word joiner inside `http://` and `:name`, see cnnviz.i18n)."""
    import re

    from cnnviz.i18n import WORD_JOINER

    return re.sub(r"\\(.)", r"\1", markdown).replace(WORD_JOINER, "")
