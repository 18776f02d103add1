"""Real browser: one choice of run for every page that shows one (issue 19 items 1 and 2). A run picked on one page
is the run every other look-inside page opens on, until the user picks another; a jump from the confusion matrix
to the feature maps carries the run, the split and the image."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.conftest import goto_page, wait_for_idle
from tests.inspect_helpers import make_tiny_run
from tests.test_browser_choices import choose, combobox, go

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PICKER = "Run or model"
OLDER = "run chosen first"


@pytest.fixture(scope="module")
def two_runs(runs_dir: Path) -> tuple[Path, Path]:
    older = make_tiny_run(runs_dir, name=OLDER, save_initial=True)
    newer = make_tiny_run(runs_dir, name="run trained later", epochs=1)  # the newest, listed first; other weights
    return older, newer


def pick_older(page) -> None:
    box = combobox(page, PICKER)
    box.click()
    if not page.get_by_role("option").count():
        box.press("ArrowDown")
    page.get_by_role("option", name=re.compile(f"^{OLDER} ·")).first.click()
    wait_for_idle(page)


def shows_older(page) -> None:
    expect(combobox(page, PICKER)).to_have_value(re.compile(f"^{OLDER} ·"))


def test_a_run_chosen_on_one_page_is_the_run_every_page_shows(page, app_url: str, two_runs) -> None:
    goto_page(page, app_url, "feature_maps")
    expect(combobox(page, PICKER)).not_to_have_value(re.compile(f"^{OLDER} ·"))  # the newest comes first
    pick_older(page)
    for title in ("Kernels", "Confusion matrix", "Why this answer", "Fool the network", "What filters look for",
                  "Predict", "Feature maps"):
        go(page, title)
        shows_older(page)


def test_inspect_one_from_the_confusion_matrix_opens_that_run_and_image(page, app_url: str, two_runs) -> None:
    goto_page(page, app_url, "confusion")
    pick_older(page)
    choose(page, "True class", "3")
    choose(page, "Predicted class", "3")
    page.get_by_text(re.compile(r"correct images: true 3, predicted 3")).wait_for(timeout=60_000)
    button = page.get_by_role("button", name=re.compile(r"#\d+$")).first
    index = int(re.search(r"#(\d+)", button.inner_text()).group(1))
    button.click()
    page.wait_for_url(re.compile(r"/feature_maps"))
    wait_for_idle(page)
    shows_older(page)
    page.get_by_text(f"test image #{index:,}: true class 3").wait_for(timeout=60_000)


def test_explains_class_box_shows_the_probabilities_of_the_run_now_chosen(page, app_url: str, two_runs) -> None:
    goto_page(page, app_url, "explain")
    box = combobox(page, "Explain the class")
    before = box.input_value()
    pick_older(page)
    after = box.input_value()
    box.click()
    if not page.get_by_role("option").count():
        box.press("ArrowDown")
    offered = [text.strip() for text in page.get_by_role("option").all_inner_texts()]
    page.keyboard.press("Escape")
    assert after != before  # the two runs' probabilities differ
    assert after in offered, (before, after, offered)  # the label of this run's probability, not the last run's
