"""Real browser: draw digits on the canvas with the mouse and read the network's answer (no training first)."""

from __future__ import annotations

import math

import pytest

from tests.conftest import goto_page, wait_for_idle

pytestmark = pytest.mark.browser

METRIC = "[data-testid='stMetricValue']"


def drawing_surface(page):
    canvas = page.locator("canvas").last
    canvas.wait_for(state="visible")
    canvas.scroll_into_view_if_needed()
    return canvas.bounding_box()


def stroke(page, points: list[tuple[float, float]]) -> None:
    """One pen stroke through canvas coordinates (0..280), as a person drags the mouse."""
    box = drawing_surface(page)
    x0, y0 = box["x"], box["y"]
    page.mouse.move(x0 + points[0][0], y0 + points[0][1])
    page.mouse.down()
    for x, y in points[1:]:
        page.mouse.move(x0 + x, y0 + y, steps=2)
    page.mouse.up()


def vertical_line() -> list[tuple[float, float]]:
    return [(140, 40 + 10 * i) for i in range(21)]


def closed_loop() -> list[tuple[float, float]]:
    return [(140 + 60 * math.sin(2 * math.pi * i / 40), 140 - 95 * math.cos(2 * math.pi * i / 40))
            for i in range(43)]


def predicted_digit(page, previous: str | None = None) -> str:
    """The value of the 'Prediction' metric once the script run triggered by the stroke has finished."""
    metric = page.locator(METRIC).first
    metric.wait_for(state="visible")
    if previous is not None:
        page.wait_for_function(
            "([sel, prev]) => { const e = document.querySelector(sel); return e && e.innerText.trim() !== prev; }",
            arg=[METRIC, previous])
    wait_for_idle(page)
    return page.locator(METRIC).first.inner_text().strip()


def reset_canvas(page) -> None:
    page.get_by_role("button", name="Reset canvas & history").click()
    page.get_by_text("Draw a digit in the black box").wait_for()
    wait_for_idle(page)


def test_draw_one_then_zero_with_the_mouse(page, app_url):
    goto_page(page, app_url, "draw")
    page.get_by_text("Draw a digit in the black box").wait_for()  # empty canvas: a hint, no guess
    assert page.locator(METRIC).count() == 0

    stroke(page, vertical_line())
    assert predicted_digit(page) == "1"
    main = page.get_by_test_id("stMainBlockContainer")  # the navigation also has a page called "Why this answer"
    assert main.get_by_text("What the network receives").is_visible()
    assert main.get_by_text("Why this answer").is_visible()
    assert page.get_by_text("Grad-CAM for").count() >= 1

    reset_canvas(page)  # the toolbar's clear button empties the canvas and the prediction goes away
    assert page.locator(METRIC).count() == 0

    stroke(page, closed_loop())
    assert predicted_digit(page) == "0"


def test_undo_removes_the_last_stroke(page, app_url):
    goto_page(page, app_url, "draw")
    stroke(page, vertical_line())
    assert predicted_digit(page) == "1"
    # A bar across the top turns the "1" into something else (a 7 or a T-shape); undo brings the 1 back.
    stroke(page, [(60 + 10 * i, 40) for i in range(17)])
    changed = predicted_digit(page, previous="1")
    assert changed != "1"
    page.get_by_role("button", name="Undo").click()
    assert predicted_digit(page, previous=changed) == "1"


def test_upload_a_photo_of_dark_ink_on_paper_and_a_corrupt_file(page, app_url, tmp_path):
    import numpy as np
    from PIL import Image

    from cnnviz.data.datasets import load_mnist_sample
    from cnnviz.data.preprocess import as_canvas_drawing

    sample = load_mnist_sample()
    index = int(np.flatnonzero(sample.y_test == 4)[0])
    paper = tmp_path / "four_on_paper.png"
    Image.fromarray(255 - as_canvas_drawing(sample.x_test[index])[..., :3]).save(paper)
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n this is not really a png")

    goto_page(page, app_url, "draw")
    page.get_by_text("Upload a photo").click()
    wait_for_idle(page)
    uploader = page.get_by_test_id("stFileUploaderDropzoneInput")
    uploader.set_input_files(str(paper))
    assert predicted_digit(page) == "4"  # auto-inverted: the border is bright paper
    assert page.locator(".annotation-text").filter(has_text="Inverted:").count() >= 1  # a step title (wrapped)

    uploader.set_input_files(str(broken))
    page.get_by_text("broken.png: not a readable image").wait_for()
    wait_for_idle(page)
    assert page.locator(METRIC).count() == 0
