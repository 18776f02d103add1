"""Real browser: train the smallest preset on the bundled MNIST sample, watch the charts and final metrics
appear, then find the run on the Runs page, rename it and open it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SCREENSHOTS, goto_page, wait_for_idle

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def fill_number(page, label: str, value: int) -> None:
    box = page.get_by_label(label, exact=True)
    box.fill(str(value))
    box.press("Enter")
    wait_for_idle(page)


def choose(page, select_label: str, option_text: str) -> None:
    page.get_by_role("combobox", name=select_label).click()  # opens the selectbox menu
    page.get_by_role("option", name=option_text).first.click()
    wait_for_idle(page)


def test_train_smallest_preset_then_find_it_on_runs_page(page, app_url: str, runs_dir: Path) -> None:
    from playwright.sync_api import expect

    page.set_viewport_size({"width": 1400, "height": 1800})  # room for the charts and results in the screenshots
    goto_page(page, app_url, "train")
    expect(page.get_by_text("Source: bundled MNIST sample", exact=False)).to_be_visible()
    page.get_by_text("A preset", exact=True).click()
    wait_for_idle(page)
    choose(page, "Preset", "LeNet-5")
    fill_number(page, "Epochs", 1)
    fill_number(page, "Limit training images (0 = all)", 200)
    # Typed, then straight to Start without Enter: the name must still be the run's (it once was lost).
    page.get_by_role("textbox", name="Run name").fill("browser lenet")
    page.get_by_role("button", name="Start training").click()

    # The live panel: progress text, both charts, then the final metrics.
    expect(page.get_by_text("Run: browser lenet")).to_be_visible(timeout=120_000)
    expect(page.get_by_text("Final test (1,000 images) accuracy")).to_be_visible(timeout=400_000)
    expect(page.get_by_text("Training finished.")).to_be_visible()
    expect(page.get_by_text("Epoch 1: validation accuracy")).to_be_visible()
    expect(page.get_by_text("Epoch 1/1 · batch 7/7", exact=False)).to_be_visible()  # 200 images / 32
    charts = page.locator("[data-testid='stPlotlyChart']")
    expect(charts).to_have_count(4)  # loss, accuracy, and the internals: first-layer kernels, probe predictions
    expect(page.locator(".js-plotly-plot .scatterlayer .trace").first).to_be_visible()
    assert page.locator(".gtitle").filter(has_text="Loss").count() == 1
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "train_page_finished.png"), full_page=True)

    # The runs folder is shared with the other browser tests: find this test's run by its name.
    run_dirs = [p for p in runs_dir.iterdir()
                if (p / "run.json").exists() and json.loads((p / "run.json").read_text())["name"] == "browser lenet"]
    assert len(run_dirs) == 1
    run = json.loads((run_dirs[0] / "run.json").read_text())
    assert run["name"] == "browser lenet" and run["status"] == "finished" and run["params"] == 61_706
    assert (run_dirs[0] / "final.keras").exists() and (run_dirs[0] / "best.keras").exists()

    # Navigating away and back (in the same session, through the sidebar) shows the same job.
    nav = page.get_by_test_id("stSidebarNav")
    nav.get_by_role("link", name="Runs", exact=True).click()
    wait_for_idle(page)
    # The grid draws on a canvas; its hidden cells still carry the text.
    expect(page.locator("[data-testid='stDataFrame']")).to_contain_text("browser lenet")
    nav.get_by_role("link", name="Train", exact=True).click()
    wait_for_idle(page)
    expect(page.get_by_text("Run: browser lenet")).to_be_visible()
    expect(page.get_by_text("Training finished.")).to_be_visible()

    # Runs page: select the run, rename it.
    nav.get_by_role("link", name="Runs", exact=True).click()
    wait_for_idle(page)
    grid = page.locator("[data-testid='stDataFrame']")
    expect(grid).to_be_visible()
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 15, box["y"] + 55)  # the first data row's selection box
    wait_for_idle(page)
    expect(page.get_by_role("heading", name="browser lenet")).to_be_visible()
    expect(page.get_by_role("button", name="Opened")).to_be_visible()  # the job's run is already the current run
    page.get_by_role("button", name="Rename").click()
    page.get_by_role("textbox", name="New name").fill("renamed lenet")
    page.get_by_role("button", name="Save name").click()
    wait_for_idle(page)
    expect(page.get_by_role("heading", name="renamed lenet")).to_be_visible()
    assert json.loads((run_dirs[0] / "run.json").read_text())["name"] == "renamed lenet"
