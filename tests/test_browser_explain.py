"""Real browser, one journey through "what the network learned" on a tiny run trained by the real training job (so
it recorded snapshots): a misclassified image from the Confusion page opened on Why this answer (five maps and the
completeness check), the first conv layer's filter patterns, an adversarial flip, a clicked feature-map unit's
receptive field, and the kernel replay played from epoch 0 to the last epoch on Kernels."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import SCREENSHOTS, goto_page, wait_for_idle
from tests.explain_helpers import make_snapshot_run
from tests.layout import full_height_screenshot

pytestmark = [pytest.mark.browser, pytest.mark.slow]
PLOT = ".js-plotly-plot"


@pytest.fixture(scope="module")
def snapshot_run(runs_dir: Path) -> Path:
    return make_snapshot_run(runs_dir, name="browser explain run")


def _open(page, app_url: str, url_path: str) -> None:
    goto_page(page, app_url, url_path)
    dialog = page.get_by_role("dialog")  # see test_browser_inspect: a first direct URL load may show this dialog
    if dialog.count() and "Page not found" in dialog.first.inner_text():
        page.keyboard.press("Escape")
        dialog.first.wait_for(state="hidden")


def _go(page, title: str) -> None:
    """Through the sidebar, as a user does: the same session (a new URL load would start a new one)."""
    page.get_by_test_id("stSidebarNav").get_by_role("link", name=title, exact=True).click()
    wait_for_idle(page, timeout=120_000)


def _expect_plots(page, at_least: int) -> None:
    page.wait_for_function(f"() => document.querySelectorAll('{PLOT}').length >= {at_least}", timeout=120_000)
    wait_for_idle(page, timeout=120_000)


def _shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    full_height_screenshot(page, str(SCREENSHOTS / f"explain_{name}.png"))


def test_from_a_mistake_to_its_explanation_filters_an_adversarial_flip_and_the_kernel_replay(page, app_url,
                                                                                               snapshot_run):
    page.set_default_timeout(120_000)
    # Confusion matrix: it opens on its worst mistake; "Why?" on the first (most confident) mistaken image.
    _open(page, app_url, "confusion")
    _expect_plots(page, 2)
    page.locator("[class*='st-key-cm_explain_'] button").first.click()
    page.get_by_role("heading", name="Why this answer?").wait_for()
    _expect_plots(page, 2)
    page.get_by_text(re.compile(r"wrong, the true class is")).wait_for()
    titles = page.locator(f"{PLOT} .annotation-text").all_text_contents()
    for method in ("Grad-CAM", "Saliency (gradient)", "SmoothGrad", "Integrated Gradients", "Occlusion"):
        assert method in titles
    assert "Completeness: Σ attributions" in page.inner_text("body")
    _shot(page, "why")

    # What filters look for: the first conv layer's 4 patterns and the 10 class patterns; jitter switched off.
    _go(page, "What filters look for")
    _expect_plots(page, 2)
    plot_titles = page.locator(f"{PLOT} .gtitle").all_text_contents()
    assert "What the 4 filters of conv2d look for" in plot_titles
    jitter = page.get_by_role("switch", name="Jitter", exact=True)
    assert jitter.is_checked()
    page.locator(".st-key-pf_jitter_on label").first.click()
    page.wait_for_function("() => !document.querySelector('.st-key-pf_jitter_on input').checked")
    wait_for_idle(page, timeout=120_000)
    _shot(page, "filters")

    # Fool the network: find a confident image that FGSM flips, and see it flip.
    _go(page, "Fool the network")
    _expect_plots(page, 1)
    page.get_by_role("button", name="Find an easy one to fool").click()
    page.get_by_text(re.compile(r"^Found test image #\d+")).wait_for()
    page.get_by_text(re.compile(r"^Flipped\.")).wait_for()
    _shot(page, "adversarial")

    # Feature maps: click a unit of conv2d's map; its receptive field is outlined on the input.
    _go(page, "Feature maps")
    _expect_plots(page, 9)
    unit_map = page.locator(PLOT).filter(has_text="click a unit")
    unit_map.locator(".scatterlayer .point").nth(5 * 28 + 7).click(force=True)  # row 5, column 7 of conv2d
    page.get_by_text(re.compile(r"unit \(x 7, y 5\) sees input rows 4–6 and columns 6–8")).wait_for()
    _shot(page, "receptive_field")

    # Kernels: the replay starts at epoch 0; Play runs it in the browser to the last epoch.
    _go(page, "Kernels")
    replay = page.locator(PLOT).filter(has=page.locator(".updatemenu-button"))
    replay.wait_for()
    wait_for_idle(page)
    current = replay.locator(".slider-group > .slider-label")  # the slider's current value (not its tick labels)
    assert current.text_content().strip() == "epoch 0"
    replay.locator(".updatemenu-button").first.click()
    page.wait_for_function("(el) => el.textContent.trim() === 'epoch 2'", arg=current.element_handle(),
                           timeout=30_000)
    _shot(page, "kernel_replay")

    # Back on What filters look for, jitter is still off (and that grid comes from the run's cache).
    _go(page, "What filters look for")
    _expect_plots(page, 2)
    assert not page.get_by_role("switch", name="Jitter", exact=True).is_checked()
