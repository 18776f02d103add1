"""Real browser: the convolution lab reacts to padding and stride, and a training step runs."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.conftest import goto_page, wait_for_idle

pytestmark = pytest.mark.browser


def widget(page, test_id: str, label: str):
    return page.get_by_test_id(test_id).filter(has=page.get_by_text(label, exact=True))


def test_lab_padding_and_stride_update_the_formula(page, app_url: str) -> None:
    goto_page(page, app_url, "lab")
    expect(page.get_by_text("⌊(3 + 2·0 − 2) / 1⌋ + 1 = ⌊1 / 1⌋ + 1 = 2").first).to_be_visible()
    widget(page, "stRadio", "Padding").get_by_text("full", exact=True).click()
    wait_for_idle(page)
    expect(page.get_by_text("⌊(3 + 2·1 − 2) / 1⌋ + 1 = ⌊3 / 1⌋ + 1 = 4").first).to_be_visible()
    stride = widget(page, "stSlider", "Stride").get_by_role("slider")
    stride.focus()
    stride.press("ArrowRight")
    wait_for_idle(page)
    expect(page.get_by_text("⌊(3 + 2·1 − 2) / 2⌋ + 1 = ⌊3 / 2⌋ + 1 = 2").first).to_be_visible()
    expect(page.get_by_text("output shape (2, 2)")).to_be_visible()
    expect(page.locator(".js-plotly-plot").first).to_be_visible()
    # The step-through plays in the browser: the slider under the figure moves the window without a script run.
    chart = page.locator(".js-plotly-plot").last
    chart.scroll_into_view_if_needed()
    rail = chart.locator(".slider-rail-rect").bounding_box()
    page.mouse.click(rail["x"] + rail["width"] - 2, rail["y"] + rail["height"] / 2)  # the last of 4 positions
    expect(chart.locator(".annotation-text").filter(has_text="output[1, 1] = 5·2 + 6·0 + 8·0 + 9·0 = 10")
           ).to_be_visible()  # last window: stride 2 skips 9·2
    chart.get_by_text("▶ Play").click()  # plays through in the browser: the last frame ends on the same sum
    expect(chart.locator(".annotation-text").filter(has_text="output[1, 1] =")).to_be_visible(timeout=10_000)


def test_training_step_runs_and_the_loss_curve_grows(page, app_url: str) -> None:
    goto_page(page, app_url, "training_step")
    steps = page.get_by_test_id("stMetric").filter(has_text="Steps taken")
    expect(steps).to_contain_text("0", timeout=120_000)
    page.get_by_role("button", name="Step", exact=True).click()
    wait_for_idle(page, timeout=120_000)
    expect(steps).to_contain_text("1")
    expect(page.get_by_test_id("stMetric").filter(has_text="Loss now")).to_contain_text("since start")
    expect(page.locator(".js-plotly-plot").first).to_be_visible()


def test_a_link_with_an_endless_digit_opens_the_lab_and_says_so(page, app_url: str) -> None:
    goto_page(page, app_url, "lab?lab_source=MNIST&lab_digit=inf")
    expect(page.get_by_text("This link asked for settings this page cannot use")).to_be_visible()
    expect(page.get_by_text("lab_digit='inf' (kept '0')", exact=False)).to_be_visible()
    expect(page.get_by_test_id("stException")).to_have_count(0)
    assert "lab_digit" not in page.url and "lab_source=MNIST" in page.url
    digit = widget(page, "stNumberInput", "Digit number").locator("input")
    digit.fill("7")
    digit.press("Enter")
    wait_for_idle(page)
    expect(page.get_by_text(re.compile(r"A real handwritten \d from the bundled MNIST sample"))).to_be_visible()
    expect(digit).to_have_value("7")
    expect(page.get_by_test_id("stException")).to_have_count(0)
    assert "lab_digit=7" in page.url  # the next value chosen is in the link again
