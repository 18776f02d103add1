"""Click latency in a real browser: from a change to the updated result on screen, and each page's first visit.

A teacher demonstrates by clicking, so what counts is the time a person waits: from the input event to the new
number (or picture) drawn in the page. Measured in Debian's Chromium driving `streamlit run app.py` on this
machine, 20 changes per interaction, p50 and p95:

- Build edit: the first conv layer's filters (alternately 16 and 32) until "Total params" shows the new total;
- lab stride: the convolution lab's stride slider until the output shape changes;
- lab step: one step of the step-through (a browser-side animation frame) until the written-out sum changes;
- confusion cell: a click on a matrix cell until the gallery names that cell.

Then the first visit to every page after the server starts (one browser touring the pages by their addresses, each
visit a new session), until the page has finished running and drawing.
Targets: Build and the labs p50 ≤ 300 ms, p95 ≤ 600 ms; every first visit ≤ 3 s.
Run: python -m bench.bench_clicks   (needs Debian's chromium, as the browser tests do)
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

CHANGES = 20
PAGES = ("", "build", "train", "runs", "feature_maps", "kernels", "confusion", "draw", "lab", "layers_lab",
         "training_step", "concepts")


def percentiles(samples_ms: list[float]) -> tuple[float, float]:
    ordered = sorted(samples_ms)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return statistics.median(ordered), p95


def timed(action: Callable[[], None], done: Callable[[], None]) -> float:
    start = time.perf_counter()
    action()
    done()
    return (time.perf_counter() - start) * 1000


def build_edits(page, url: str) -> list[float]:
    from tests.conftest import wait_for_idle

    page.goto(f"{url}/build")
    wait_for_idle(page)
    conv = page.get_by_test_id("stExpander").filter(has_text="1. conv2d ·")
    conv.locator("summary").click()
    field = conv.get_by_label("Filters", exact=True)
    samples = []
    for i in range(CHANGES):
        filters = 16 if i % 2 == 0 else 32
        expected = f"{333_526 - 320 - 18_496 + 10 * filters + (9 * filters + 1) * 64:,}"

        def change(filters: int = filters) -> None:
            field.fill(str(filters))
            field.press("Enter")

        def shown(expected: str = expected) -> None:  # the page redraws its elements: look them up each time
            page.wait_for_function(
                "(text) => [...document.querySelectorAll('[data-testid=stMetric]')].some(m => "
                "m.innerText.includes('Total params') && m.querySelector('[data-testid=stMetricValue]')"
                ".innerText.trim() === text)", arg=expected)
        samples.append(timed(change, shown))
        wait_for_idle(page)
    return samples


def lab_strides(page, url: str) -> list[float]:
    from tests.conftest import wait_for_idle

    page.goto(f"{url}/lab?lab_source=photo%3A+china.jpg&lab_side=12&lab_kernel_preset=Sobel+x")
    wait_for_idle(page)
    slider = page.get_by_test_id("stSlider").filter(has=page.get_by_text("Stride", exact=True)).get_by_role("slider")
    samples = []
    for i in range(CHANGES):
        stride = 2 if i % 2 == 0 else 1
        expected = f"output shape ({(12 - 3) // stride + 1}, {(12 - 3) // stride + 1})"
        key = "ArrowRight" if stride == 2 else "ArrowLeft"

        def change(key: str = key) -> None:
            slider.focus()
            slider.press(key)

        def shown(expected: str = expected) -> None:
            page.get_by_text(expected).wait_for()

        samples.append(timed(change, shown))
        wait_for_idle(page)
    return samples


def lab_steps(page, url: str) -> list[float]:
    """Steps of the step-through: clicks on the animation slider, answered in the browser (no script run)."""
    from tests.conftest import wait_for_idle

    page.goto(f"{url}/lab?lab_source=photo%3A+china.jpg&lab_side=12&lab_kernel_preset=Sobel+x")
    wait_for_idle(page)
    chart = page.locator(".js-plotly-plot").last
    chart.scroll_into_view_if_needed()
    rail = chart.locator(".slider-rail-rect").bounding_box()
    samples = []
    for i in range(CHANGES):
        position = (i * 7) % 100  # 10×10 output cells

        def change(position: int = position) -> None:
            page.mouse.click(rail["x"] + rail["width"] * (position + 0.5) / 100, rail["y"] + rail["height"] / 2)

        row, col = divmod(position, 10)

        def shown(row: int = row, col: int = col) -> None:
            page.wait_for_function(
                "(t) => [...document.querySelectorAll('.js-plotly-plot .annotation-text')].some("
                "e => e.textContent.startsWith(t))", arg=f"output[{row}, {col}] =")
        samples.append(timed(change, shown))
    return samples


def confusion_clicks(page, url: str) -> list[float]:
    from tests.conftest import wait_for_idle

    page.goto(f"{url}/confusion")
    wait_for_idle(page)
    cells = page.locator(".js-plotly-plot .scatterlayer .point")
    cells.first.wait_for()
    samples = []
    for i in range(CHANGES):
        digit = i % 10

        def change(digit: int = digit) -> None:
            cells.nth(digit * 10 + digit).click(force=True)

        def shown(digit: int = digit) -> None:
            page.get_by_text(f"correct images: true {digit}, predicted {digit}", exact=False).wait_for()

        samples.append(timed(change, shown))
        wait_for_idle(page)
    return samples


def first_visits(browser, url: str) -> dict[str, float]:
    """A visitor's first tour right after the server starts: one browser (its cache warms up like a person's),
    each page opened once by its address (a new Streamlit session each time), timed until fully drawn."""
    from tests.conftest import wait_for_idle

    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(120_000)
    times = {}
    for name in PAGES:
        start = time.perf_counter()
        page.goto(f"{url}/{name}")
        wait_for_idle(page, timeout=120_000, rerun_grace=0)
        times[name or "home"] = (time.perf_counter() - start) * 1000
    context.close()
    return times


def main() -> None:
    from playwright.sync_api import sync_playwright

    from tests.conftest import CHROMIUM, CHROMIUM_ARGS, streamlit_server
    from tests.inspect_helpers import make_tiny_run

    with tempfile.TemporaryDirectory() as folder:
        runs_dir = Path(folder) / "runs"
        make_tiny_run(runs_dir, name="bench run")
        with streamlit_server(runs_dir, Path(folder) / "server.log") as url, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            visits = first_visits(browser, url)  # before any other session warmed the server up
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.set_default_timeout(60_000)
            results = {"Build edit": build_edits(page, url), "lab stride": lab_strides(page, url),
                       "lab step (browser animation)": lab_steps(page, url),
                       "confusion cell click": confusion_clicks(page, url)}
            browser.close()
    print(f"{'interaction':<32}{'p50 (ms)':>10}{'p95 (ms)':>10}   ({CHANGES} changes each)")
    for name, samples in results.items():
        p50, p95 = percentiles(samples)
        print(f"{name:<32}{p50:>10.0f}{p95:>10.0f}")
    print(f"\n{'first visit after server start':<32}{'ms':>10}")
    for name, ms in visits.items():
        print(f"{name:<32}{ms:>10.0f}")


if __name__ == "__main__":
    main()
