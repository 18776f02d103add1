"""Real browser, keyboard alone (issue 23): after opening a page, only Tab, Shift+Tab, Enter, Space, arrows and typing.
Build (add a layer, edit it, move it, remove it), Train (start, stop), the convolution lab's step-through and the
Draw page's keyboard way to a prediction; every control the keyboard lands on shows where the focus is."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from cnnviz.arch.presets import PRESETS
from cnnviz.arch.shapes import summarize
from cnnviz.arch.spec import Dense
from tests.conftest import SCREENSHOTS, goto_page, wait_for_idle

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# What the keyboard is on: its accessible name as a person would read it (aria-label, its <label>, or a line of its
# text), and how its focus shows (a checkbox or radio draws Chrome's ring on the input itself).
FOCUSED = """() => {
  const e = document.activeElement;
  if (!e || e === document.body) return null;
  const s = getComputedStyle(e);
  const labels = e.labels ? [...e.labels].map(l => l.innerText.trim()) : [];
  const lines = (e.innerText || '').split('\\n').map(x => x.trim()).filter(Boolean);
  return {tag: e.tagName, role: e.getAttribute('role') || '', aria: e.getAttribute('aria-label') || '',
          labels, lines, outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) || 0,
          boxShadow: s.boxShadow, testid: e.closest('[data-testid]')?.getAttribute('data-testid') || ''};
}"""

Wanted = str | Callable[[dict], bool]


def named(focused: dict, name: str) -> bool:
    if focused["aria"]:  # (a label's help button is inside the <label> too, and says "Help for <label>")
        return name == focused["aria"]
    return name in focused["labels"] or name in focused["lines"]


def shows_focus(focused: dict) -> bool:
    return (focused["outlineStyle"] != "none" and focused["outlineWidth"] > 0) or focused["boxShadow"] != "none"


def tab_to(page, wanted: Wanted, limit: int = 200, backwards: bool = False) -> dict:
    """Press Tab (or Shift+Tab) until the focused control is `wanted` (its accessible name, or a predicate of what
    FOCUSED describes); every control passed on the way, and the one arrived at, must show its focus."""
    matches = wanted if callable(wanted) else (lambda focused: named(focused, wanted))
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
        focused = page.evaluate(FOCUSED)
        if focused is None or focused["tag"] == "MAIN":  # the page itself, or the main area (a scroll target)
            continue
        assert shows_focus(focused), f"no visible focus on {focused}"
        if matches(focused):
            return focused
    raise AssertionError(f"{wanted!r} not reached in {limit} Tab presses")


def press(page, key: str) -> None:
    """A key that may rerun the page; wait for the run to end."""
    page.keyboard.press(key)
    wait_for_idle(page)


def type_number(page, value: int) -> None:
    """Replace the focused number field's value and commit it (Enter)."""
    page.keyboard.press("ControlOrMeta+A")
    page.keyboard.type(str(value))
    press(page, "Enter")


def choose_option(page, text: str) -> None:
    """In the focused select box: type to filter the list, then Enter takes the highlighted option."""
    page.keyboard.type(text)
    expect_option = page.get_by_role("option", name=text, exact=True)
    from playwright.sync_api import expect

    expect(expect_option).to_be_visible()
    press(page, "Enter")


def total_params(page):
    return page.get_by_test_id("stMetric").filter(has_text="Total params").get_by_test_id("stMetricValue")


def test_build_add_edit_move_remove_a_layer_by_keyboard(page, app_url: str) -> None:
    from playwright.sync_api import expect

    preset = PRESETS["fashion-convnet"].architecture
    goto_page(page, app_url, "build?preset=fashion-convnet")
    expect(total_params(page)).to_have_text(f"{summarize(preset).total_params:,}")

    tab_to(page, "New layer")
    choose_option(page, "Dense")
    tab_to(page, "Add layer")  # "Insert: at the end" is the default
    press(page, "Enter")
    added = replace(preset, layers=(*preset.layers, Dense(64, activation="relu")))
    expect(total_params(page)).to_have_text(f"{summarize(added).total_params:,}")

    tab_to(page, lambda f: f["tag"] == "SUMMARY" and any(line.startswith("9. dense_2") for line in f["lines"]),
           backwards=True)
    press(page, "Enter")  # opens the new layer's editor
    tab_to(page, "Units")
    type_number(page, 20)
    edited = replace(preset, layers=(*preset.layers, Dense(20, activation="relu")))
    expect(total_params(page)).to_have_text(f"{summarize(edited).total_params:,}")

    tab_to(page, "Up")
    press(page, "Enter")
    moved = replace(preset, layers=(*preset.layers[:-1], Dense(20, activation="relu"), preset.layers[-1]))
    assert summarize(moved).total_params != summarize(edited).total_params  # the oracle can tell them apart
    expect(total_params(page)).to_have_text(f"{summarize(moved).total_params:,}")
    expect(page.locator("summary").filter(has_text=re.compile(r"8\. dense_\d · Dense 20 relu"))).to_have_count(1)
    # the keyboard stays on the moved layer's Up button (drawn one layer higher), not back at the top of the page
    expect(page.locator(":focus")).to_have_accessible_name("Up")
    expect(page.locator("[data-testid=stExpander]", has=page.locator(":focus"))).to_contain_text("Dense 20")

    tab_to(page, "Remove")
    press(page, "Enter")
    expect(total_params(page)).to_have_text(f"{summarize(preset).total_params:,}")
    expect(page.locator("summary").filter(has_text="Dense 20")).to_have_count(0)
    # the keyboard lands on the layer that took the removed one's place
    expect(page.locator("summary:focus")).to_contain_text(re.compile(r"8\. dense_\d"))
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "keyboard_build_removed.png"), full_page=True)


def metric_value(page, label: str):
    return page.get_by_test_id("stMetric").filter(has_text=label).get_by_test_id("stMetricValue")


def test_train_start_and_stop_by_keyboard(page, app_url: str, runs_dir: Path) -> None:
    from playwright.sync_api import expect

    goto_page(page, app_url, "train")
    expect(page.get_by_text("Source: bundled MNIST sample", exact=False)).to_be_visible()
    tab_to(page, "Epochs")
    type_number(page, 50)  # long enough to be stopped while it trains
    tab_to(page, "Limit training images (0 = all)")
    type_number(page, 200)
    tab_to(page, "Run name")
    page.keyboard.type("keyboard run")
    tab_to(page, "Start training")
    press(page, "Enter")
    expect(page.get_by_text("Run: keyboard run")).to_be_visible(timeout=120_000)
    # Stopped while it trains (a batch done), not while the worker is still starting.
    expect(page.get_by_text(re.compile(r"Epoch \d+/50 · batch [1-9]"))).to_be_visible(timeout=300_000)
    tab_to(page, "Stop")
    press(page, "Enter")
    expect(page.get_by_text("stopped by the user; the model trained so far is saved")).to_be_visible(timeout=180_000)
    expect(page.get_by_text("Training finished.")).to_have_count(0)
    run = next(json.loads(f.read_text()) for f in runs_dir.glob("*/run.json")
               if json.loads(f.read_text())["name"] == "keyboard run")
    assert run["status"] == "stopped"
    page.get_by_text("stopped by the user; the model trained so far is saved").scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / "keyboard_train_stopped.png"))


def test_step_through_the_convolution_lab_and_a_training_step_by_keyboard(page, app_url: str) -> None:
    from playwright.sync_api import expect

    goto_page(page, app_url, "lab")
    position = page.get_by_test_id("stText").filter(has_text="output[")
    expect(position).to_have_count(1)
    expect(position).to_contain_text("output[0, 0] = ")
    focused = tab_to(page, lambda f: f["aria"].startswith("Output cell (of "))
    cells = int(re.search(r"of (\d+)", focused["aria"]).group(1))
    assert cells >= 3
    figure_caption = page.locator(".js-plotly-plot .annotation-text").filter(has_text="output[")
    seen = [position.inner_text()]
    for expected in ("output[0, 1] = ", "output[1, 0] = " if cells == 4 else "output[0, 2] = "):
        press(page, "ArrowRight")
        expect(position).to_contain_text(expected)
        expect(figure_caption).to_contain_text(expected)  # the figure shows the same cell
        seen.append(position.inner_text())
    assert len(set(seen)) == 3  # each step wrote out another cell's multiply-adds
    press(page, "End")
    expect(page.get_by_role("slider", name=f"Output cell (of {cells})")).to_have_value(str(cells))
    expect(position).not_to_contain_text(seen[-1])
    page.screenshot(path=str(SCREENSHOTS / "keyboard_lab_step.png"), full_page=True)

    goto_page(page, app_url, "training_step")
    expect(metric_value(page, "Steps taken")).to_have_text("0")
    tab_to(page, "Step")
    press(page, "Enter")
    expect(metric_value(page, "Steps taken")).to_have_text("1")


def test_draw_predicts_an_example_digit_by_keyboard(page, app_url: str) -> None:
    from playwright.sync_api import expect

    goto_page(page, app_url, "draw")
    # Streamlit's own skip link comes first and passes the sidebar's twenty-odd page links.
    tab_to(page, "Skip to main content", limit=1)
    press(page, "Enter")
    focused = tab_to(page, lambda f: True, limit=1)
    assert page.evaluate("document.activeElement.closest('[data-testid=stMain]') !== null"), focused
    tab_to(page, lambda f: f["tag"] == "INPUT" and "Draw" in f["labels"])  # the checked radio of the source group
    press(page, "ArrowRight")
    press(page, "ArrowRight")
    expect(page.get_by_role("radio", name="Pick an example")).to_be_checked()
    tab_to(page, "Digit")
    choose_option(page, "7")
    tab_to(page, "Which one (1–500)")
    type_number(page, 3)
    expect(page.get_by_text("A handwritten 7 from the MNIST sample, number 3 of 500.")).to_be_visible()
    expect(metric_value(page, "Prediction")).to_have_text("7")
    page.screenshot(path=str(SCREENSHOTS / "keyboard_draw_example.png"), full_page=True)
