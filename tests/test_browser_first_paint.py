"""Real browser: a widget's first paint shows the value it holds, never its declared default for a moment.

A widget whose kept value differs from the default it is declared with used to appear with the default and switch
to its value a moment later (0.1-0.5 s, longer on a busy server or a slow laptop): Build's Filters showed 1, then
32. In that window a student sees, and can act on, a value the network does not have; a quick submit could store
it (issue 19, item 00: a network wiped to its minimums). So every kept widget is declared with the value it holds.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.conftest import goto_page, wait_for_idle
from tests.test_browser_build import open_layer, set_number

pytestmark = pytest.mark.browser

FIELDS = "input[type=number], input[type=checkbox], input[role=combobox]"
# Records, for every number input, checkbox, toggle and select box that appears, the value of its first paint (by
# its label).
WATCH_FIRST_PAINT = """(fields) => {
  window.__firstPaint = {};
  const note = () => {
    for (const input of document.querySelectorAll(fields)) {
      const label = input.getAttribute("aria-label") || input.closest("label")?.innerText?.trim() || "?";
      if (input.__noted) continue;
      input.__noted = true;
      window.__firstPaint[label] = input.type === "checkbox" ? String(input.checked) : input.value;
    }
  };
  new MutationObserver(note).observe(document.body, {childList: true, subtree: true});
}"""
SETTLED = """(fields) => Object.fromEntries(Array.from(document.querySelectorAll(fields))
  .map(input => [input.getAttribute("aria-label") || input.closest("label")?.innerText?.trim() || "?",
                 input.type === "checkbox" ? String(input.checked) : input.value]))"""


def nav(page, name: str) -> None:
    page.get_by_test_id("stSidebarNav").get_by_role("link", name=name, exact=True).click()
    wait_for_idle(page)


def first_paint_of(page, name: str) -> tuple[dict[str, str], dict[str, str]]:
    """Open page `name` from the navigation; what each field showed when it first appeared, and what it shows
    once the page has settled."""
    page.evaluate(WATCH_FIRST_PAINT, FIELDS)
    nav(page, name)
    page.wait_for_timeout(1_000)  # a late correction of the value would come within this
    wait_for_idle(page)
    return page.evaluate("() => window.__firstPaint"), page.evaluate(SETTLED, FIELDS)


def differing(first: dict[str, str], settled: dict[str, str]) -> dict[str, tuple[str, str]]:
    return {label: (value, settled[label]) for label, value in first.items()
            if label in settled and settled[label] != value}


def test_coming_back_every_kept_field_first_shows_its_own_value(page, app_url: str) -> None:
    goto_page(page, app_url, "build?preset=fashion-convnet")
    conv = open_layer(page, "1. conv2d ·")
    expect(conv.get_by_label("Filters", exact=True)).to_have_value("32")
    set_number(conv, "Filters", 24)
    wait_for_idle(page)
    pool = open_layer(page, "2. max_pooling2d")
    expect(pool.get_by_label("Pool height", exact=True)).to_have_value("2")
    dense = open_layer(page, "6. dense")
    dense.get_by_text("Use bias", exact=True).click()  # off: its checkbox's default is on
    wait_for_idle(page)
    nav(page, "Train")
    set_number(page, "Epochs", 7)
    page.get_by_role("combobox", name="Optimizer").click()
    page.get_by_role("option", name="SGD", exact=False).first.click()
    wait_for_idle(page)
    page.get_by_text("Early stopping", exact=True).click()
    wait_for_idle(page)

    first, settled = first_paint_of(page, "Build")
    assert {"Filters", "Units", "Pool height", "Input height"} <= first.keys(), first
    assert (settled["Filters"], settled["Units"]) == ("24", "100")
    assert differing(first, settled) == {}

    first, settled = first_paint_of(page, "Train")
    assert settled["Epochs"] == "7" and "Epochs" in first, first
    assert settled["Optimizer"].startswith("SGD") and "Optimizer" in first, first
    assert differing(first, settled) == {}


def test_a_quick_edit_while_build_draws_keeps_the_network(page, app_url: str) -> None:
    """Item 00 as a fast hand does it: the moment the kept editors appear on coming back, change the input height.
    The network keeps every other value (the edit is the only change)."""
    goto_page(page, app_url, "build?preset=fashion-convnet")
    conv = open_layer(page, "1. conv2d ·")
    expect(conv.get_by_label("Filters", exact=True)).to_have_value("32")
    nav(page, "Train")
    page.evaluate("""() => {
      const edit = () => {
        const height = document.querySelector("input[aria-label='Input height']");
        if (!document.querySelector("input[aria-label='Filters']") || !height) return false;
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
        setValue.call(height, "32");
        height.dispatchEvent(new Event("input", {bubbles: true}));
        height.dispatchEvent(new KeyboardEvent("keydown", {key: "Enter", code: "Enter", keyCode: 13, bubbles: true}));
        return true;
      };
      const watcher = new MutationObserver(() => { if (edit()) watcher.disconnect(); });
      watcher.observe(document.body, {childList: true, subtree: true});
    }""")
    nav(page, "Build")
    page.wait_for_timeout(1_000)
    wait_for_idle(page)
    expect(page.get_by_label("Input height", exact=True)).to_have_value("32")
    expect(page.get_by_label("Filters", exact=True)).to_have_value("32")
    # the seed convnet on 32×28 inputs: its first dense layer sees 8×7×64 = 3,584 values, not 7×7×64
    expect(page.get_by_test_id("stMetric").filter(has_text="Total params")).to_contain_text("378,326")
    assert re.search(r"preset=|net=", page.url)
