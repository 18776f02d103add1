"""Real browser at 1024×768 in projector mode (issue 23 item 5): ?theme=projector draws larger, pure black text
(captions at least 7:1), thicker chart lines, nothing overflowing sideways, on Build, Train (a real run), Confusion
and Draw; the mode survives the sidebar's navigation; a tampered ?theme= gets the standard display and a note.
Screenshots: tests/screenshots/projector_mode_<page>.png."""

from __future__ import annotations

from statistics import median

import pytest
from playwright.sync_api import expect

from tests.conftest import SCREENSHOTS, goto_page, wait_for_idle
from tests.inspect_helpers import make_tiny_run
from tests.layout import full_height_screenshot, layout_problems
from tests.test_browser_draw import predicted_digit, stroke, vertical_line
from tests.test_browser_projector import CONTRAST_JS
from tests.test_browser_train import choose, fill_number

pytestmark = [pytest.mark.browser, pytest.mark.slow]

WIDTH, HEIGHT = 1024, 768
PROJECTOR = "theme=projector"
ROOT_FONT_JS = "() => parseFloat(getComputedStyle(document.documentElement).fontSize)"
# The body text: the size most of the main column's Markdown paragraphs are drawn at (captions aside).
BODY_FONT_JS = """() => {
  const sizes = [...document.querySelectorAll('[data-testid=stMain] [data-testid=stMarkdownContainer] p')]
    .filter(p => !p.closest('[data-testid=stCaptionContainer]') && p.offsetParent !== null)
    .map(p => getComputedStyle(p).fontSize);
  const counts = {};
  for (const size of sizes) counts[size] = (counts[size] || 0) + 1;
  const common = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return common ? parseFloat(common[0]) : null;
}"""
LINE_WIDTHS_JS = """() => [...document.querySelectorAll('.scatterlayer path.js-line')]
  .map(el => parseFloat(getComputedStyle(el).strokeWidth)).filter(w => w > 0)"""
# Every text a chart draws (the diagram's layer names and shapes, its title, ticks).
CHART_FONTS_JS = """() => [...document.querySelectorAll('.js-plotly-plot .main-svg text')]
  .filter(el => el.textContent.trim()).map(el => parseFloat(getComputedStyle(el).fontSize))"""


@pytest.fixture
def projector(browser):
    context = browser.new_context(viewport={"width": WIDTH, "height": HEIGHT})
    page = context.new_page()
    page.set_default_timeout(60_000)
    yield page
    context.close()


@pytest.fixture(scope="module")
def a_run(runs_dir):
    return make_tiny_run(runs_dir, name="projector mode run")


def open_in(page, app_url: str, path: str, theme: str | None = PROJECTOR) -> None:
    goto_page(page, app_url, f"{path}?{theme}" if theme else path)
    expect(page.get_by_test_id("stSidebarNav")).to_be_visible()
    expect(page.locator("h1").first).to_be_visible()


def body_font(page) -> float:
    page.wait_for_function(f"() => ({BODY_FONT_JS})() !== null")
    return page.evaluate(BODY_FONT_JS)


def chart_fonts(page) -> list[float]:
    page.wait_for_function(f"() => ({CHART_FONTS_JS})().length > 0")
    return page.evaluate(CHART_FONTS_JS)


def switch(page):
    return page.get_by_test_id("stSidebar").get_by_role("switch", name="Projector mode")


def captions_contrast(page) -> list[float]:
    captions = page.get_by_test_id("stCaptionContainer")
    return [captions.nth(i).evaluate(CONTRAST_JS) for i in range(captions.count()) if captions.nth(i).is_visible()]


def look(page, name: str) -> None:
    """The page's checks in projector mode, then its screenshot."""
    assert page.evaluate(ROOT_FONT_JS) == 20  # 1.25 × 16 px: every text and heading grows with it
    assert "theme=projector" in page.url  # (Build rewrites its address to the network's link: it keeps it too)
    expect(switch(page)).to_be_checked()
    ratios = captions_contrast(page)
    assert ratios and min(ratios) >= 7, (name, ratios)
    page.wait_for_timeout(500)  # plotly lays out after the script run ends
    SCREENSHOTS.mkdir(exist_ok=True)
    full_height_screenshot(page, str(SCREENSHOTS / f"projector_mode_{name}.png"))
    assert layout_problems(page) == [], name


def test_build_confusion_and_draw_in_projector_mode(projector, app_url: str, a_run) -> None:
    page = projector
    open_in(page, app_url, "build", theme=None)
    standard_body = body_font(page)
    standard_chart = chart_fonts(page)
    expect(switch(page)).not_to_be_checked()

    open_in(page, app_url, "build")
    body = body_font(page)
    assert standard_body and body >= 1.2 * standard_body, (standard_body, body)
    chart = chart_fonts(page)
    assert standard_chart and len(chart) == len(standard_chart), (standard_chart, chart)  # the diagram's labels
    assert median(chart) >= 1.3 * median(standard_chart), (standard_chart, chart)
    look(page, "build")

    # Through the sidebar's navigation (which drops the address's parameters): still in projector mode.
    page.get_by_test_id("stSidebarNav").get_by_role("link", name="Confusion matrix", exact=True).click()
    wait_for_idle(page, timeout=120_000)
    expect(page.locator(".js-plotly-plot").first).to_be_visible(timeout=120_000)
    wait_for_idle(page, timeout=120_000)
    look(page, "confusion")

    open_in(page, app_url, "draw")
    stroke(page, vertical_line())
    assert predicted_digit(page) == "1"
    look(page, "draw")

    # Switched off: the address and the page go back to the standard display.
    page.get_by_test_id("stSidebar").get_by_text("Projector mode", exact=True).click()  # as a person clicks it
    wait_for_idle(page)
    expect(switch(page)).not_to_be_checked()
    page.wait_for_function("() => !location.search.includes('theme=')")
    assert page.evaluate(ROOT_FONT_JS) == 16


def test_train_draws_its_curves_thicker(projector, app_url: str) -> None:
    """A real run of LeNet-5 on 200 images: its loss and accuracy curves on the Train page."""
    page = projector
    page.set_default_timeout(120_000)
    open_in(page, app_url, "train")
    page.get_by_text("A preset", exact=True).click()
    wait_for_idle(page)
    choose(page, "Preset", "LeNet-5")
    fill_number(page, "Epochs", 1)
    fill_number(page, "Limit training images (0 = all)", 200)
    page.get_by_role("textbox", name="Run name").fill("projector lenet")
    page.get_by_role("button", name="Start training").click()
    expect(page.get_by_text("Training finished.")).to_be_visible(timeout=400_000)
    wait_for_idle(page, timeout=120_000)
    expect(page.locator(".scatterlayer path.js-line").first).to_be_attached()
    widths = page.evaluate(LINE_WIDTHS_JS)
    assert widths and min(widths) >= 4, widths
    look(page, "train")


@pytest.mark.parametrize("asked", ["neon", "<script>x</script>"])
def test_a_tampered_theme_gets_the_standard_display_and_a_note(projector, app_url: str, asked: str) -> None:
    page = projector
    page.goto(f"{app_url}/build?theme={asked}")
    wait_for_idle(page)
    note = page.get_by_test_id("stToast").filter(has_text="standard")
    expect(note).to_be_visible()
    expect(note).to_contain_text(asked[:20])
    expect(note).to_contain_text("projector")
    assert page.evaluate(ROOT_FONT_JS) == 16
    expect(switch(page)).not_to_be_checked()
    assert "theme=" not in page.url
