"""Real processes: the Streamlit server killed with SIGKILL in the middle of training, then started again.

With a separate Dask cluster (`dask scheduler` + `dask worker`), the job keeps training through the kill and the
restarted server's Train page re-attaches to it: the same curves, and Stop works. With the embedded cluster the
job dies with the server, and the run keeps its history and best checkpoint and is listed as interrupted."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.conftest import SCREENSHOTS, click_the_one, start_server, stop_process, wait_for_idle
from tests.dask_cluster import DaskCluster

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def wait_until(predicate, timeout: float = 300.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.5)


def epochs_done(run_dir: Path) -> int:
    try:
        return len(json.loads((run_dir / "history.json").read_text()))
    except (OSError, json.JSONDecodeError):
        return 0


def status(run_dir: Path) -> str:
    from cnnviz.runs import store as runs

    return runs.load_run(run_dir).status


def the_run(runs_dir: Path) -> Path:
    found = [p for p in runs_dir.iterdir() if (p / "run.json").exists()] if runs_dir.exists() else []
    assert len(found) == 1, found
    return found[0]


LONG_EPOCHS = 200


def start_long_training(browser, url: str, name: str) -> None:
    """Through the Train page, as a student would: the default preset on the whole MNIST sample for the most epochs
    the form allows, without early stopping, so that it still trains minutes later on any machine (150 epochs of
    1,500 images once finished before the restarted server's page could press Stop)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1400})
    page = context.new_page()
    page.set_default_timeout(90_000)
    try:
        page.goto(f"{url}/train")
        wait_for_idle(page)
        page.get_by_text("A preset", exact=True).click()
        wait_for_idle(page)
        page.get_by_text("Early stopping", exact=True).click()  # it must still train when the server is back
        wait_for_idle(page)
        for label, value in (("Epochs", LONG_EPOCHS), ("Limit training images (0 = all)", 0)):
            field = page.get_by_label(label, exact=True)
            field.fill(str(value))
            field.press("Enter")
            wait_for_idle(page)
        page.get_by_role("textbox", name="Run name").fill(name)
        page.get_by_role("textbox", name="Run name").press("Enter")
        wait_for_idle(page)
        page.get_by_role("button", name="Start training").click()
        expect(page.get_by_text(f"Run: {name}")).to_be_visible()
    finally:
        context.close()


def assert_long(run_dir: Path) -> None:
    from cnnviz.runs import store as runs

    config = runs.load_config(run_dir)
    assert (config["epochs"], config["limit"], config["early_stopping"]) == (LONG_EPOCHS, None, False)  # None: all


@pytest.fixture
def separate_cluster(tmp_path: Path):
    """A real `dask scheduler` and one `dask worker` process, started with the README's commands."""
    cluster = DaskCluster(tmp_path / "dask.log").start()
    try:
        yield cluster.address
    finally:
        cluster.stop()


def test_with_a_separate_cluster_a_killed_server_loses_no_training(browser, separate_cluster, tmp_path) -> None:
    runs_dir = tmp_path / "runs"
    env = {"CNNVIZ_SCHEDULER": separate_cluster}
    server, url = start_server(runs_dir, tmp_path / "server.log", env)
    try:
        start_long_training(browser, url, "survives the kill")
        run_dir = the_run(runs_dir)
        assert_long(run_dir)
        wait_until(lambda: epochs_done(run_dir) >= 1, what="the first epoch")
    finally:
        server.kill()  # SIGKILL: no shutdown code runs
        server.wait(timeout=30)
    before = epochs_done(run_dir)
    wait_until(lambda: epochs_done(run_dir) > before, what="an epoch trained while no server ran")
    assert status(run_dir) == "running"

    server, url = start_server(runs_dir, tmp_path / "server.log", env)
    context = browser.new_context(viewport={"width": 1400, "height": 1400})
    page = context.new_page()
    page.set_default_timeout(90_000)
    try:
        page.goto(f"{url}/train")
        wait_for_idle(page)
        expect(page.get_by_text("Run: survives the kill")).to_be_visible(timeout=60_000)  # re-attached
        expect(page.get_by_text(re.compile(rf"^Epoch \d+/{LONG_EPOCHS} · batch"))).to_be_visible(timeout=30_000)
        # the curves are drawn again (the live panel redraws every second, so its charts are not counted)
        expect(page.locator(".js-plotly-plot .scatterlayer .trace").first).to_be_visible()
        try:
            click_the_one(page.get_by_role("button", name="Stop", exact=True),  # its panel redraws every second
                          done=lambda: (run_dir / "STOP").exists())
        except AssertionError as exc:  # say what the page showed instead, and what the run folder held
            SCREENSHOTS.mkdir(exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS / "restart_no_stop_button.png"), full_page=True)
            held = {name: (run_dir / name).read_text(errors="replace")[:400]
                    for name in ("run.json", "heartbeat.json") if (run_dir / name).exists()}
            raise AssertionError(f"{exc}\npage: {page.inner_text('body')[:1500]}\nrun folder: {held}") from None
        wait_until(lambda: status(run_dir) == "stopped", what="the stop")
        expect(page.get_by_text("stopped by the user", exact=False)).to_be_visible(timeout=60_000)
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "restart_reattached_and_stopped.png"), full_page=True)
    finally:
        context.close()
        stop_process(server)
    assert (run_dir / "final.keras").exists() and (run_dir / "test_metrics.json").exists()


def test_with_the_embedded_cluster_the_job_dies_with_the_server_and_the_run_is_kept(browser, tmp_path) -> None:
    runs_dir = tmp_path / "runs"
    server, url = start_server(runs_dir, tmp_path / "server.log")
    try:
        start_long_training(browser, url, "dies with the server")
        run_dir = the_run(runs_dir)
        assert_long(run_dir)
        wait_until(lambda: epochs_done(run_dir) >= 1, what="the first epoch")
    finally:
        server.kill()
        server.wait(timeout=30)
    wait_until(lambda: status(run_dir) == "interrupted", timeout=120, what="the worker to die with its server")
    kept = epochs_done(run_dir)
    assert kept >= 1 and (run_dir / "best.keras").exists()

    server, url = start_server(runs_dir, tmp_path / "server.log")
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(90_000)
    try:
        page.goto(f"{url}/runs")
        wait_for_idle(page)
        expect(page.get_by_test_id("stDataFrame")).to_contain_text("interrupted")
    finally:
        context.close()
        stop_process(server)
    assert epochs_done(run_dir) == kept  # nothing trained it after the server died
