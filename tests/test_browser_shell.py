"""The app shell: navigation, device badge, and deep links on a server no one has visited yet."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import SCREENSHOTS, streamlit_server, wait_for_idle

pytestmark = pytest.mark.browser


def test_first_visit_deep_link_gets_the_full_app(browser, tmp_path: Path) -> None:
    """On a fresh server the first request is a deep link: the page must still run inside app.py's
    navigation (sections, wide layout), not as a lone page of Streamlit's old pages/ folder mode."""
    from playwright.sync_api import expect

    with streamlit_server(tmp_path / "runs", tmp_path / "server.log") as url:
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        page = context.new_page()
        page.set_default_timeout(60_000)
        try:
            page.goto(f"{url}/concepts")
            wait_for_idle(page)
            nav = page.get_by_test_id("stSidebarNav")
            for section in ("Build & train", "Look inside", "Learn"):
                expect(nav.get_by_text(section, exact=True)).to_be_visible()
            expect(nav.get_by_text("Draw a digit")).to_be_visible()
            expect(nav.get_by_text("layers lab")).to_have_count(0)  # the old folder mode's file-name labels
            expect(page.get_by_role("heading", level=1)).to_contain_text("oncept")
            expect(page.get_by_text("Page not found")).to_have_count(0)  # the old mode found the address
            SCREENSHOTS.mkdir(exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS / "first_visit_deep_link.png"))
        finally:
            context.close()


def test_home_page_links_to_where_to_start_and_train_names_the_device(page, app_url: str) -> None:
    from playwright.sync_api import expect

    from tests.conftest import goto_page

    expect(page.get_by_text("build, train and look inside")).to_be_visible(timeout=60_000)
    page.get_by_role("link", name="Start with Build").click()
    expect(page.get_by_role("heading", name="Build a network")).to_be_visible(timeout=60_000)
    goto_page(page, app_url, "train")
    expect(page.get_by_text(re.compile(r"^(memory\s*)?CPU( · .*)?$")).first).to_be_visible(timeout=60_000)
