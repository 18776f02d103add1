"""Real browser, the journey of the issue: a learning-rate sweep of LeNet-5 opened whole on the Compare page, its
curves overlaid with the swept value as the legend, a verdict on the same test images, and the architectures of
the notes' seed-000 and seed-004 networks diffed; the page checked readable at 1024×768 and 1920×1080."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.compare_helpers import make_sweep_runs
from tests.conftest import SCREENSHOTS, goto_page, wait_for_idle
from tests.layout import full_height_screenshot, layout_problems

pytestmark = [pytest.mark.browser, pytest.mark.slow]

GROUP = "sweep-browser-lenet-lr"
RATES = (0.01, 0.001, 0.0001)


@pytest.fixture(scope="module")
def lr_sweep(runs_dir: Path) -> list[Path]:
    """Three finished LeNet-5 runs in the app server's runs folder, tagged as one sweep of the learning rate."""
    return make_sweep_runs(runs_dir, RATES, epochs=2, limit=400, base_name="browser lenet", group=GROUP)


def choose(page, label: str, option: str | re.Pattern) -> None:
    page.get_by_role("combobox", name=label).click()
    page.get_by_role("option", name=option).first.click()
    wait_for_idle(page, timeout=240_000)


def test_a_learning_rate_sweep_is_compared_and_two_presets_diffed(page, app_url: str, lr_sweep) -> None:
    from playwright.sync_api import expect

    page.set_viewport_size({"width": 1400, "height": 1000})
    goto_page(page, app_url, "compare")
    expect(page.get_by_text("Pick at least two runs")).to_be_visible()
    choose(page, "Open a sweep", re.compile(r"^learning_rate: 0\.01, 0\.001, 0\.0001 \(3 runs"))

    # the curves, one colour per learning rate, the value as the legend
    legends = page.locator(".legendtext")
    for rate in ("0.01", "0.001", "0.0001"):
        for part in ("train", "validation"):
            expect(legends.filter(has_text=re.compile(rf"^learning_rate={re.escape(rate)} · {part}$")).first) \
                .to_be_attached()
    expect(page.locator(".gtitle").filter(has_text="Loss (train solid, validation dotted")).to_have_count(1)
    # a verdict on the same 1,000 test images: two epochs at 0.01 beat two epochs at 0.0001 by far
    verdict = page.get_by_test_id("stAlert").filter(has_text="learning_rate=0.01 is better than learning_rate=0.0001")
    expect(verdict).to_be_visible(timeout=240_000)
    expect(verdict).to_contain_text("Holm-corrected p < 0.001 over 2 comparisons")
    expect(page.get_by_text("Confusion matrices: which classes improved")).to_be_visible()
    SCREENSHOTS.mkdir(exist_ok=True)
    full_height_screenshot(page, str(SCREENSHOTS / "compare_sweep_1400.png"))

    # the architectures of the notes' seed-000 and seed-004 networks, before training either
    choose(page, "A (from)", "Preset: Fashion-MNIST convnet (seeds 000/003)")
    choose(page, "B (to)", "Preset: MNIST convnet (seed 004)")
    expect(page.get_by_text("2 changed, 1 added, 2 removed, 4 the same.")).to_be_visible()
    diff_table = page.locator(".js-plotly-plot").filter(has_text="Architecture diff")
    expect(diff_table).to_contain_text("padding: same → valid")
    expect(diff_table).to_contain_text("333,526")
    expect(diff_table).to_contain_text("104,202")

    # readable on a projector and on a full-HD screen, with everything shown
    problems = {}
    for width, height in ((1024, 768), (1920, 1080)):
        page.set_viewport_size({"width": width, "height": height})
        page.wait_for_timeout(800)  # plotly relayouts to the new width
        found = layout_problems(page)
        if found:
            problems[width] = found
        full_height_screenshot(page, str(SCREENSHOTS / f"compare_sweep_{width}.png"))
    assert problems == {}
