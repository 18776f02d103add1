"""Real browser: on every page, the choices a user makes survive a visit to another page and the way back through
the sidebar (Streamlit forgets a widget's value when its page is not shown; the app must not)."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.conftest import goto_page, wait_for_idle
from tests.inspect_helpers import make_tiny_run
from tests.test_browser_draw import predicted_digit, stroke, vertical_line

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def choices_run(runs_dir: Path) -> Path:
    return make_tiny_run(runs_dir, name="choices run", save_initial=True)


def go(page, title: str) -> None:
    """Leave through the sidebar, as a user does (the same session, unlike a new page load)."""
    page.get_by_test_id("stSidebarNav").get_by_role("link", name=title, exact=True).click()
    wait_for_idle(page)


def away_and_back(page, title: str, elsewhere: str = "Concepts") -> None:
    go(page, elsewhere)
    go(page, title)


def choose(page, label: str, option: str) -> None:
    box = page.get_by_role("combobox", name=label, exact=True)
    box.click()
    if not page.get_by_role("option").count():  # a click on the text field does not always open the list
        box.press("ArrowDown")
    page.get_by_role("option", name=option, exact=True).first.click()
    wait_for_idle(page)


def fill(where, label: str, value) -> None:
    box = where.get_by_label(label, exact=True)
    box.fill(str(value))
    box.press("Enter")
    wait_for_idle(box.page)


def combobox(page, label: str):
    return page.get_by_role("combobox", name=label, exact=True)


def radio(page, label: str, option: str) -> None:
    page.get_by_test_id("stRadio").filter(has=page.get_by_text(label, exact=True)).get_by_text(
        option, exact=True).click()
    wait_for_idle(page)


def checked(page, label: str, option: str):
    group = page.get_by_test_id("stRadio").filter(has=page.get_by_text(label, exact=True))
    return group.get_by_role("radio", name=option, exact=True)


def test_train_settings_survive_a_visit_to_kernels(page, app_url: str, choices_run: Path) -> None:
    goto_page(page, app_url, "train")
    radio(page, "Network", "A preset")
    choose(page, "Preset", "MNIST convnet (seed 004) · 104,202 params")
    choose(page, "Dataset", "Fashion-MNIST: 70,000 clothing images")
    fill(page, "Epochs", 7)
    fill(page, "Batch size", 64)
    away_and_back(page, "Train", elsewhere="Kernels")
    expect(checked(page, "Network", "A preset")).to_be_checked()
    expect(combobox(page, "Preset")).to_have_value("MNIST convnet (seed 004) · 104,202 params")
    expect(combobox(page, "Dataset")).to_have_value("Fashion-MNIST: 70,000 clothing images")
    expect(page.get_by_label("Epochs", exact=True)).to_have_value("7")
    expect(page.get_by_label("Batch size", exact=True)).to_have_value("64")


def test_build_choices_and_network_survive_and_the_preset_box_tells_the_truth(page, app_url: str) -> None:
    goto_page(page, app_url, "build")
    choose(page, "Preset", "MNIST convnet (seed 004)")
    conv = page.get_by_test_id("stExpander").filter(has_text="1. conv2d ·")
    conv.locator("summary").click()
    fill(conv, "Filters", 16)
    choose(page, "New layer", "Dropout")
    away_and_back(page, "Build", elsewhere="Train")
    expect(combobox(page, "Preset")).to_have_value("MNIST convnet (seed 004)")
    expect(page.get_by_text("The layers below differ from this preset")).to_be_visible()
    expect(page.get_by_test_id("stMetric").filter(has_text="Total params")).to_contain_text(
        f"{104_202 - 320 + 160 - 18_496 + 9_280:,}")
    expect(combobox(page, "New layer")).to_have_value("Dropout")


def copy_the_link(page) -> str:
    """Click the share box's Copy link button until its frame says it copied (a click that lands before the frame's
    script has bound the button does nothing), then read the clipboard the click wrote."""
    frame = page.frame_locator("iframe").last
    deadline = time.monotonic() + 60
    copied = ""
    while "/lab?" not in copied:
        assert time.monotonic() < deadline, f"the Copy link button never copied the link (clipboard: {copied!r})"
        frame.get_by_role("button", name="Copy link").click()
        page.wait_for_timeout(500)
        copied = page.evaluate("navigator.clipboard.readText()")
    return copied


def test_lab_settings_survive_and_live_in_the_url(page, app_url: str) -> None:
    goto_page(page, app_url, "lab")
    radio(page, "Padding", "same")
    stride = page.get_by_test_id("stSlider").filter(has=page.get_by_text("Stride", exact=True)).get_by_role("slider")
    stride.focus()
    stride.press("ArrowRight")
    wait_for_idle(page)
    choose(page, "Kernel", "Sobel x")
    assert "lab_padding=same" in page.url and "lab_stride=2" in page.url
    shared = page.url
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.get_by_text("Share this convolution").click()
    copied = copy_the_link(page)
    assert "lab_padding=same" in copied and "lab_stride=2" in copied and "/lab?" in copied
    away_and_back(page, "Convolution lab")
    expect(checked(page, "Padding", "same")).to_be_checked()
    expect(combobox(page, "Kernel")).to_have_value("Sobel x")
    expect(page.get_by_text("output shape (2, 2)")).to_be_visible()  # 3×3, 'same', stride 2
    # The link opens the same convolution in a fresh session (another browser, a student's).
    other = page.context.browser.new_context(viewport={"width": 1400, "height": 1000})
    fresh = other.new_page()
    try:
        fresh.goto(shared)
        wait_for_idle(fresh)
        expect(checked(fresh, "Padding", "same")).to_be_checked()
        expect(fresh.get_by_text("output shape (2, 2)")).to_be_visible()
    finally:
        other.close()


def test_layers_lab_and_training_step_and_concepts_keep_their_choices(page, app_url: str) -> None:
    goto_page(page, app_url, "layers_lab")
    grid = page.get_by_test_id("stDataFrame").filter(visible=True).last  # (not a chart's table, in its expander)
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()  # the grid draws on a canvas: the logit of class 3 is row 4 (after the header), right
    page.mouse.dblclick(box["x"] + box["width"] * 0.75, box["y"] + 35 * 4 + 17)
    editor = page.locator("#portal input.gdg-input").first  # the cell editor the grid opens over itself
    editor.fill("9.5")
    editor.press("Enter")
    wait_for_idle(page)
    expect(page.get_by_text(re.compile(r"exp\(9\.5\)"))).to_be_visible()  # softmax uses the edited logit
    choose(page, "Target class", "7")
    expect(page.get_by_text(re.compile(r"the class 7 logit"))).to_be_visible()
    away_and_back(page, "Pooling, ReLU, softmax")
    expect(combobox(page, "Target class")).to_have_value("7")
    expect(page.get_by_test_id("stDataFrame").filter(visible=True).last).to_contain_text("9.5")

    goto_page(page, app_url, "training_step")
    expect(page.get_by_test_id("stMetric").filter(has_text="Steps taken")).to_contain_text("0", timeout=120_000)
    steps = page.get_by_test_id("stSlider").filter(has=page.get_by_text("Steps per click", exact=True))
    steps.get_by_role("slider").focus()
    steps.get_by_role("slider").press("ArrowRight")
    wait_for_idle(page)
    away_and_back(page, "One training step")
    expect(steps.get_by_role("slider")).to_have_attribute("aria-valuetext", "5")

    go(page, "Concepts")
    fill(page, "Search", "padding")
    away_and_back(page, "Concepts", elsewhere="Home")
    expect(page.get_by_label("Search", exact=True)).to_have_value("padding")


def test_look_inside_pages_keep_their_choices(page, app_url: str, choices_run: Path) -> None:
    goto_page(page, app_url, "feature_maps")
    choose(page, "Split", "validation")
    index = page.get_by_label(re.compile(r"^Image index \(0–"))
    index.fill("5")
    index.press("Enter")
    wait_for_idle(page)
    choose(page, "Layer", "conv2d_1")
    away_and_back(page, "Feature maps")
    expect(combobox(page, "Split")).to_have_value("validation")
    expect(index).to_have_value("5")
    expect(combobox(page, "Layer")).to_have_value("conv2d_1")

    go(page, "Kernels")
    choose(page, "Conv layer", "conv2d_1")
    away_and_back(page, "Kernels")
    expect(combobox(page, "Conv layer")).to_have_value("conv2d_1")

    go(page, "Confusion matrix")
    choose(page, "True class", "4")
    choose(page, "Predicted class", "9")
    away_and_back(page, "Confusion matrix")
    expect(combobox(page, "True class")).to_have_value("4")
    expect(combobox(page, "Predicted class")).to_have_value("9")


def test_a_drawing_and_the_pen_survive_leaving_the_draw_page(page, app_url: str) -> None:
    goto_page(page, app_url, "draw")
    pen = page.get_by_test_id("stSlider").filter(has=page.get_by_text("Pen width (px)", exact=True))
    pen.get_by_role("slider").focus()
    pen.get_by_role("slider").press("ArrowRight")
    wait_for_idle(page)
    stroke(page, vertical_line())
    assert predicted_digit(page) == "1"
    away_and_back(page, "Draw a digit")
    expect(pen.get_by_role("slider")).to_have_attribute("aria-valuetext", "21")
    assert predicted_digit(page) == "1"  # the drawing came back, and with it the prediction


def test_the_selected_run_stays_selected(page, app_url: str, choices_run: Path) -> None:
    goto_page(page, app_url, "runs")
    grid = page.get_by_test_id("stDataFrame")
    expect(grid).to_contain_text("choices run")
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 15, box["y"] + 55)  # the first row's selection box (newest run first)
    wait_for_idle(page)
    heading = page.get_by_role("heading", level=2)
    expect(heading).to_be_visible()
    name = heading.inner_text()
    away_and_back(page, "Runs")
    expect(page.get_by_role("heading", name=name, level=2)).to_be_visible()
