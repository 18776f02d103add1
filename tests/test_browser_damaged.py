"""Real browser: the look-inside pages over a run with damaged files (issue 20, item 18). A run whose config.json is a
list, whose final.keras was cut short and whose initial.weights.h5 is garbage: each page says what is wrong with which
file and what it shows instead, draws its figures from best.keras, and shows no traceback."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from cnnviz.runs import layout
from cnnviz.runs import store as runs
from tests.conftest import SCREENSHOTS, goto_page, streamlit_server, wait_for_idle
from tests.inspect_helpers import make_tiny_run

pytestmark = [pytest.mark.browser, pytest.mark.slow]
PLOT = ".js-plotly-plot"


@pytest.fixture(scope="module")
def damaged_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server of its own (the shared one's runs folder stays intact for the other browser tests)."""
    root = tmp_path_factory.mktemp("damaged-runs")
    run_dir = make_tiny_run(root, name="damaged run", epochs=1, save_initial=True)
    shutil.copy(run_dir / runs.FINAL_MODEL, run_dir / runs.BEST_MODEL)
    final = (run_dir / runs.FINAL_MODEL).read_bytes()
    (run_dir / runs.FINAL_MODEL).write_bytes(final[: len(final) // 3])
    (run_dir / runs.CONFIG_FILE).write_text("[1, 2]")
    (run_dir / layout.INITIAL_WEIGHTS).write_text("garbage")
    with streamlit_server(root, tmp_path_factory.mktemp("damaged-server") / "server.log") as url:
        yield url


@pytest.fixture
def damaged_page(browser, damaged_app: str, request: pytest.FixtureRequest) -> Iterator:
    """A fresh session; its screenshot is saved to tests/screenshots/ at the end, pass or fail (as `page` does)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(30_000)
    yield page
    SCREENSHOTS.mkdir(exist_ok=True)
    try:
        page.screenshot(path=str(SCREENSHOTS / f"{request.node.name}.png"), full_page=True)
    finally:
        context.close()


def _digit_photo(path: Path) -> Path:
    picture = Image.new("RGB", (240, 180), "white")
    ImageDraw.Draw(picture).line([(70, 30), (170, 30), (110, 160)], fill=(20, 20, 30), width=18)
    picture.save(path)
    return path


@pytest.mark.parametrize("url_path, plots, extra", [
    ("kernels", 3, "initial.weights.h5 is damaged: showing a fresh initialisation"),
    ("feature_maps", 7, None),  # input, top-k, Grad-CAM and the four maps of an uploaded photo
    ("explain", 1, None),  # the row of maps
])
def test_look_inside_pages_over_a_damaged_run_say_what_they_use_instead(damaged_page, damaged_app, url_path,
                                                                         plots, extra, tmp_path):
    page = damaged_page
    goto_page(page, damaged_app, url_path)
    dialog = page.get_by_role("dialog")  # Streamlit's spurious "Page not found" on a first direct URL load
    if dialog.count() and "Page not found" in dialog.first.inner_text():
        page.keyboard.press("Escape")
        dialog.first.wait_for(state="hidden")
    wait_for_idle(page)
    alerts = page.get_by_test_id("stAlert")
    alerts.filter(has_text="final.keras is damaged: showing best.keras").wait_for(timeout=90_000)
    alerts.filter(has_text="config.json holds list, not dict").wait_for()
    assert "uploaded image or a drawing" in page.inner_text("body")
    if extra:
        alerts.filter(has_text=extra).wait_for()
    if url_path != "kernels":  # the run's own images are not offered: the model still takes an uploaded photo
        page.locator("input[type=file]").set_input_files(str(_digit_photo(tmp_path / "seven.png")))
    page.wait_for_function(f"() => document.querySelectorAll('{PLOT}').length >= {plots}", timeout=90_000)
    wait_for_idle(page)
    assert page.get_by_test_id("stException").count() == 0
    assert "Traceback" not in page.inner_text("body")
