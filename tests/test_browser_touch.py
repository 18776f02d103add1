"""Real browser on a phone (390×844) and a tablet (820×1180) with touch (issue 23 item 6): a finger draws a digit on
Draw and its answer shows without scrolling; the sidebar starts collapsed and opens with a tap; Build, Train,
Confusion and Draw never push the page sideways. A 1024 px projector and a 1920 px screen keep the sidebar open."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.conftest import SCREENSHOTS, goto_page, wait_for_idle
from tests.inspect_helpers import make_tiny_run
from tests.layout import full_height_screenshot, layout_problems
from tests.test_browser_draw import predicted_digit, vertical_line

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# name: (width, height, device pixel ratio)
DEVICES = {"phone": (390, 844, 3), "tablet": (820, 1180, 2)}
PAGES = ("build", "train", "confusion", "draw")
CANVAS = 280  # Draw's canvas, in its own pixels (vertical_line's coordinates)

# Elements of the page (not their insides: a plotly chart's SVG; a table's rows, which scroll sideways in the table's
# own frame, see CLIPPED_TABLES_JS) that reach past the viewport's edges.
TOO_WIDE_JS = """() => [...document.querySelectorAll('[data-testid=stMain] [data-testid]')]
  .filter(el => /^st(ElementContainer|VerticalBlock|HorizontalBlock|PlotlyChart|Table|DataFrame|Metric|Form)$/
                  .test(el.getAttribute('data-testid')))
  .map(el => [el.getAttribute('data-testid'), el.getBoundingClientRect()])
  .filter(([, box]) => box.width > 0 && (box.left < -1 || box.right > window.innerWidth + 1))
  .map(([id, box]) => id + ' ' + Math.round(box.left) + '..' + Math.round(box.right))"""

# A table wider than its frame that the frame cuts off instead of scrolling: columns no one can reach.
CLIPPED_TABLES_JS = """() => [...document.querySelectorAll('[data-testid=stMain] [data-testid=stTable]')]
  .map(el => [el, el.querySelector('table')?.getBoundingClientRect().width || 0])
  .filter(([el, wide]) => wide > el.clientWidth + 1 && !['auto', 'scroll'].includes(getComputedStyle(el).overflowX))
  .map(([el, wide]) => 'table cut off: ' + Math.round(wide) + ' > ' + el.clientWidth + ' px')"""

@pytest.fixture(params=list(DEVICES))
def device(request, browser):
    """A fresh touch-screen browser page (its own Streamlit session, nothing remembered) and the device's name."""
    width, height, scale = DEVICES[request.param]
    context = browser.new_context(viewport={"width": width, "height": height}, device_scale_factor=scale,
                                  has_touch=True, is_mobile=True)
    page = context.new_page()
    page.set_default_timeout(60_000)
    yield page, request.param
    context.close()


@pytest.fixture(scope="module")
def trained_run(runs_dir: Path) -> Path:
    return make_tiny_run(runs_dir, name="touch run")


def touch_stroke(page, points: list[tuple[float, float]]) -> None:
    """One finger stroke through canvas coordinates (0..280): real touch events (touchstart, touchmove...,
    touchend) sent through the DevTools protocol, as a touch screen sends them; no mouse event."""
    box = page.locator("canvas").last.bounding_box()
    sx, sy = box["width"] / CANVAS, box["height"] / CANVAS
    at = [{"x": box["x"] + x * sx, "y": box["y"] + y * sy} for x, y in points]
    cdp = page.context.new_cdp_session(page)
    cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [at[0]]})
    for point in at[1:]:
        cdp.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [point]})
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    cdp.detach()


def main_scroll(page) -> tuple[int, int]:
    """How far the page is scrolled (Streamlit scrolls inside its main element), and the window itself."""
    return page.evaluate("() => document.querySelector('[data-testid=stMain]').scrollTop + window.scrollY"), \
        page.evaluate("() => window.scrollX")


def sidebar_width(page) -> float:
    return page.get_by_test_id("stSidebar").bounding_box()["width"]


def test_a_finger_draws_a_one_and_its_answer_shows_without_scrolling(device, app_url: str) -> None:
    page, name = device
    width, height, _ = DEVICES[name]
    goto_page(page, app_url, "draw")
    page.get_by_text("Draw a digit in the black box").wait_for()
    canvas = page.locator("canvas").last.bounding_box()
    assert canvas["y"] + canvas["height"] <= height  # the whole canvas is there to draw on, unscrolled
    touch_stroke(page, vertical_line())
    assert predicted_digit(page) == "1"
    answer = page.get_by_test_id("stMetric").first.bounding_box()
    assert main_scroll(page) == (0, 0)  # nothing scrolled, neither by the finger nor by the page
    assert answer["y"] >= 0 and answer["y"] + answer["height"] <= height, (answer, height)
    assert answer["x"] >= 0 and answer["x"] + answer["width"] <= width, (answer, width)
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}_draw_answer.png"))
    assert layout_problems(page) + page.evaluate(TOO_WIDE_JS) == []
def test_the_sidebar_starts_collapsed_and_opens_with_a_tap(device, app_url: str) -> None:
    page, name = device
    goto_page(page, app_url, "build")
    expect(page.locator("h1").first).to_be_visible()
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar).to_have_attribute("data-collapsed", "true")
    assert sidebar_width(page) == 0
    expect(page.get_by_test_id("stSidebarNav")).not_to_be_in_viewport()
    page.get_by_test_id("stExpandSidebarButton").tap()
    expect(sidebar).to_have_attribute("data-collapsed", "false")
    expect(page.get_by_test_id("stSidebarNav")).to_be_in_viewport()
    expect(page.get_by_test_id("stSidebarNav").get_by_text("Draw a digit", exact=True)).to_be_visible()
    assert sidebar_width(page) > 200
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}_sidebar_open.png"))
    page.get_by_test_id("stSidebarNav").get_by_text("Draw a digit", exact=True).tap()  # a page chosen by touch opens
    expect(page.locator("h1").first).to_have_text("Draw a digit")
    wait_for_idle(page)


def test_no_page_overflows_sideways(device, app_url: str, trained_run: Path) -> None:
    page, name = device
    width, _, _ = DEVICES[name]
    problems = {}
    for url_path in PAGES:
        goto_page(page, app_url, url_path)
        expect(page.locator("h1").first).to_be_visible()
        page.wait_for_timeout(500)  # plotly lays out after the script run ends
        if url_path == "confusion":  # the trained run's confusion matrix is drawn
            expect(page.locator(".js-plotly-plot").first).to_be_visible()
        # A select box shows its value on one line: on a phone (about 340 px for it) a long one ("MNIST: bundled
        # 5,000-digit sample (no download, seconds to train)") ends in an ellipsis and a tap shows the whole list; on
        # a tablet every one fits.
        found = [p for p in layout_problems(page) + page.evaluate(TOO_WIDE_JS) + page.evaluate(CLIPPED_TABLES_JS)
                 if not (name == "phone" and p.startswith("select box cut: "))]
        if found:
            problems[url_path] = found
        assert page.evaluate("() => document.documentElement.scrollWidth") <= width
        SCREENSHOTS.mkdir(exist_ok=True)
        full_height_screenshot(page, str(SCREENSHOTS / f"{name}_{url_path}.png"))
    assert problems == {}


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_a_projector_and_a_wide_screen_keep_the_sidebar_open(browser, app_url: str, size) -> None:
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    try:
        page = context.new_page()
        goto_page(page, app_url, "build")
        expect(page.get_by_test_id("stSidebarNav")).to_be_in_viewport()
        page.wait_for_timeout(1_500)  # the narrow-screen script would have collapsed it by now
        expect(page.get_by_test_id("stSidebar")).to_have_attribute("data-collapsed", "false")
        assert sidebar_width(page) >= 250
    finally:
        context.close()
