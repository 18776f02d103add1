"""Real browser: a run trained in the test, then its feature maps (test image and an uploaded photo), kernels
and confusion matrix, clicking a matrix cell and sending one of its images to the feature-map view."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from tests.conftest import goto_page, wait_for_idle
from tests.inspect_helpers import make_tiny_run

pytestmark = [pytest.mark.browser, pytest.mark.slow]
PLOT = ".js-plotly-plot"


@pytest.fixture(scope="module")
def tiny_run(runs_dir: Path) -> Path:
    return make_tiny_run(runs_dir, name="browser inspect run", save_initial=True)


def _open(page, app_url: str, url_path: str) -> None:
    goto_page(page, app_url, url_path)
    # A fresh session sometimes gets Streamlit's "Page not found" dialog on its first direct URL load even
    # though the page renders behind it; the dialog makes the page inert, so close it.
    dialog = page.get_by_role("dialog")
    if dialog.count() and "Page not found" in dialog.first.inner_text():
        page.keyboard.press("Escape")
        dialog.first.wait_for(state="hidden")


def _expect_plots(page, at_least: int) -> None:
    page.wait_for_function(f"() => document.querySelectorAll('{PLOT}').length >= {at_least}", timeout=90_000)
    wait_for_idle(page)


def _digit_photo(path: Path) -> Path:
    """A dark '7' on white paper, 240×180 RGB: nothing like the 28×28 training images."""
    picture = Image.new("RGB", (240, 180), "white")
    pen = ImageDraw.Draw(picture)
    pen.line([(70, 30), (170, 30), (110, 160)], fill=(20, 20, 30), width=18)
    picture.save(path)
    return path


def test_feature_maps_for_a_test_image_and_an_upload(page, app_url, tiny_run, tmp_path):
    _open(page, app_url, "feature_maps")
    _expect_plots(page, 7)  # input, top-k, Grad-CAM, 2 conv + 2 pool grids
    body = page.inner_text("body")
    assert "true class" in body and "conv2d (Conv2D): output 28×28×4" in body
    page.get_by_text("Upload an image").click()
    wait_for_idle(page)
    page.locator("input[type=file]").set_input_files(str(_digit_photo(tmp_path / "seven.png")))
    page.get_by_text("uploaded seven.png (240×180 → 28×28)").wait_for(timeout=60_000)
    _expect_plots(page, 7)
    assert page.get_by_role("checkbox", name="Invert (dark object on a light background)").is_checked()


def test_kernels_before_and_after_training(page, app_url, tiny_run):
    _open(page, app_url, "kernels")
    _expect_plots(page, 3)
    body = page.inner_text("body")
    assert "Trained: conv2d" in body and "Initial: conv2d" in body


def test_confusion_cell_click_and_jump_to_feature_maps(page, app_url, tiny_run):
    _open(page, app_url, "confusion")
    _expect_plots(page, 2)
    assert "Accuracy" in page.inner_text("body")
    # Click the diagonal cell of digit 3: markers are laid out row by row over the 10×10 matrix.
    page.locator(f"{PLOT} .scatterlayer .point").nth(3 * 10 + 3).click(force=True)
    page.get_by_text(re.compile(r"correct images: true 3, predicted 3")).wait_for(timeout=60_000)
    wait_for_idle(page)
    button = page.get_by_role("button", name=re.compile(r"#\d+$")).first
    index = re.search(r"#(\d+)", button.inner_text()).group(1)
    button.click()
    page.get_by_text(f"test image #{int(index):,}: true class 3").wait_for(timeout=60_000)
    _expect_plots(page, 7)
