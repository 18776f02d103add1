"""Real browser: switching the language back and forth keeps every choice on the page, with no traceback.

A Streamlit select box or radio sends back the *text* it shows, and the server maps it to an option through the
texts of the current run; after a switch the text is in the other language (issue 19: Build's preset gave
`KeyError: 'LeNet-5 (LeCun 외, 1998)'`, Train lost its network and dataset)."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.conftest import goto_page, wait_for_idle
from tests.inspect_helpers import make_tiny_run
from tests.test_browser_choices import checked, choose, combobox, fill, radio

pytestmark = [pytest.mark.browser, pytest.mark.slow]

LANGUAGE_NAMES = {"en": "English", "ko": "한국어"}


@pytest.fixture(scope="module")
def language_run(runs_dir: Path) -> Path:
    return make_tiny_run(runs_dir, name="language run", save_initial=True)


def switch_language(page, code: str) -> None:
    page.get_by_test_id("stSidebar").get_by_text(LANGUAGE_NAMES[code], exact=True).click()
    wait_for_idle(page)
    assert f"lang={code}" in page.url


def no_traceback(page) -> None:
    errors = page.get_by_test_id("stException")
    assert errors.count() == 0, errors.first.inner_text()


def shown_values(page, boxes: list[str]) -> list[str]:
    """What each select box (by its position among the page's select boxes) shows now."""
    inputs = page.get_by_role("combobox")
    return [inputs.nth(int(i)).input_value() for i in boxes]


def round_trip(page, boxes: list[str], translated: bool = True) -> None:
    """en → ko → en → ko: every select box shows, in each language, what it showed the first time in it (and, when
    their options are words, in Korean at once, not after the next click)."""
    english = shown_values(page, boxes)
    assert all(english), english
    switch_language(page, "ko")
    no_traceback(page)
    korean = shown_values(page, boxes)
    assert all(korean) and (korean != english or not translated), (english, korean)
    switch_language(page, "en")
    no_traceback(page)
    assert shown_values(page, boxes) == english
    switch_language(page, "ko")
    no_traceback(page)
    assert shown_values(page, boxes) == korean
    switch_language(page, "en")
    no_traceback(page)
    assert shown_values(page, boxes) == english


def test_build_keeps_its_preset_and_network_through_language_switches(page, app_url: str) -> None:
    goto_page(page, app_url, "build?lang=en")
    choose(page, "Preset", "LeNet-5 (LeCun et al., 1998)")
    choose(page, "New layer", "Dropout")
    total = page.get_by_test_id("stMetricValue").first.inner_text()
    round_trip(page, ["0", "1", "2", "3"])
    expect(combobox(page, "Preset")).to_have_value("LeNet-5 (LeCun et al., 1998)")
    expect(page.get_by_test_id("stMetricValue").first).to_have_text(total)


def test_train_keeps_its_settings_through_language_switches(page, app_url: str, language_run: Path) -> None:
    goto_page(page, app_url, "train?lang=en")
    radio(page, "Network", "A preset")
    choose(page, "Preset", "MNIST convnet (seed 004) · 104,202 params")
    choose(page, "Dataset", "Fashion-MNIST: 70,000 clothing images")
    fill(page, "Epochs", 7)
    count = page.get_by_role("combobox").count()
    round_trip(page, [str(i) for i in range(count)])
    expect(checked(page, "Network", "A preset")).to_be_checked()
    expect(combobox(page, "Preset")).to_have_value("MNIST convnet (seed 004) · 104,202 params")
    expect(combobox(page, "Dataset")).to_have_value("Fashion-MNIST: 70,000 clothing images")
    expect(page.get_by_label("Epochs", exact=True)).to_have_value("7")


def test_look_inside_and_lab_keep_their_choices_through_language_switches(page, app_url: str,
                                                                          language_run: Path) -> None:
    goto_page(page, app_url, "feature_maps?lang=en")
    choose(page, "Split", "validation")
    choose(page, "Layer", "conv2d_1")
    count = page.get_by_role("combobox").count()
    round_trip(page, [str(i) for i in range(count)])
    expect(combobox(page, "Split")).to_have_value("validation")
    expect(combobox(page, "Layer")).to_have_value("conv2d_1")

    goto_page(page, app_url, "lab?lang=en")
    choose(page, "Input", "MNIST")
    count = page.get_by_role("combobox").count()
    round_trip(page, [str(i) for i in range(count)], translated=False)  # an image's and a kernel's names
