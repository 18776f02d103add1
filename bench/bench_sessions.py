"""Server memory over sessions: 20 browser sessions open the heavy pages, then close; the server's resident memory
must come back to within 10% of where it was before them (every cache is bounded; what a session holds goes with
it).

One warm-up session first visits every heavy page once (TensorFlow, the run's model, the bundled digit model, the
dataset: the process-wide caches a server keeps), then the baseline is read. Then 20 sessions, four at a time, each
opens Feature maps (and uploads a photo), Kernels, the Confusion matrix, Draw (one stroke), One training step (one
step) and Build (one edit), and closes. Streamlit drops a closed session after `server.disconnectedSessionTTL`
(120 s by default; 5 s here). Run: python -m bench.bench_sessions
"""

from __future__ import annotations

import io
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
ROUNDS = 2


def rss(pid: int) -> int:
    import psutil

    return psutil.Process(pid).memory_info().rss


def photo() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 800), (230, 230, 225))
    ImageDraw.Draw(image).line([(200, 200), (400, 200), (300, 600)], fill=(20, 20, 30), width=30)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG")
    return buffer.getvalue()


def tour(browser, url: str) -> None:
    from tests.conftest import wait_for_idle

    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(180_000)
    try:
        page.goto(f"{url}/feature_maps")
        wait_for_idle(page)
        page.get_by_text("Upload an image", exact=True).click()
        wait_for_idle(page)
        page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(
            files=[{"name": "photo.jpg", "mimeType": "image/jpeg", "buffer": photo()}])
        wait_for_idle(page)
        for path in ("kernels", "confusion", "draw"):
            page.goto(f"{url}/{path}")
            wait_for_idle(page)
        canvas = page.locator("canvas").last
        canvas.wait_for(state="visible")
        canvas.scroll_into_view_if_needed()  # the pen must land on the canvas, not below the fold
        box = canvas.bounding_box()
        page.mouse.move(box["x"] + 140, box["y"] + 40)
        page.mouse.down()
        for step in range(1, 20):
            page.mouse.move(box["x"] + 140, box["y"] + 40 + 10 * step, steps=2)
        page.mouse.up()
        page.locator("[data-testid=stMetricValue]").first.wait_for()
        page.goto(f"{url}/training_step")
        wait_for_idle(page)
        page.get_by_role("button", name="Step", exact=True).click()
        wait_for_idle(page)
        page.goto(f"{url}/build")
        wait_for_idle(page)
        conv = page.get_by_test_id("stExpander").filter(has_text="1. conv2d ·")
        conv.locator("summary").click()
        conv.get_by_label("Filters", exact=True).fill("16")
        conv.get_by_label("Filters", exact=True).press("Enter")
        wait_for_idle(page)
    finally:
        context.close()


def main() -> None:
    from concurrent.futures import ThreadPoolExecutor

    from playwright.sync_api import sync_playwright

    from tests.conftest import CHROMIUM, CHROMIUM_ARGS, start_server, stop_process
    from tests.inspect_helpers import make_tiny_run

    with tempfile.TemporaryDirectory() as folder:
        runs_dir = Path(folder) / "runs"
        make_tiny_run(runs_dir, name="memory run")
        env = {"STREAMLIT_SERVER_DISCONNECTED_SESSION_TTL": "5"}
        server, url = start_server(runs_dir, Path(folder) / "server.log", env)
        peak = 0
        try:
            def one_tour(_: int) -> None:
                with sync_playwright() as p:  # one Playwright per thread: its sync API is not thread-safe
                    browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                    tour(browser, url)
                    browser.close()

            one_tour(0)
            time.sleep(20)
            baseline = rss(server.pid)
            finals = []
            for _ in range(ROUNDS):  # a second round tells a leak (it grows again) from caches filling up
                with ThreadPoolExecutor(max_workers=4) as pool:
                    for _ in pool.map(one_tour, range(20)):
                        peak = max(peak, rss(server.pid))
                for _ in range(12):  # closed sessions are dropped after the TTL
                    time.sleep(5)
                    peak = max(peak, rss(server.pid))
                finals.append(rss(server.pid))
                print(f"after round {len(finals)}: {finals[-1] / 1024**2:,.0f} MB", flush=True)
        finally:
            stop_process(server)
    print(f"server RSS after the warm-up session: {baseline / 1024**2:,.0f} MB")
    print(f"peak during {ROUNDS} × 20 sessions (4 at a time): {peak / 1024**2:,.0f} MB")
    for number, final in enumerate(finals, start=1):
        print(f"60 s after round {number}'s last session closed: {final / 1024**2:,.0f} MB "
              f"({final / baseline:.3f}× the baseline; target ≤ 1.10×)")


if __name__ == "__main__":
    main()
