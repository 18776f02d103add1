"""A real browser fed Markdown through every place that shows what a user or a file wrote (URL parameters, an
imported architecture, a renamed run on the Runs, Compare and Class pages, a student's display name): the text is
shown as its characters, and the browser never asks any address but the app's own for anything."""

from __future__ import annotations

import base64
import json
import zlib
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from cnnviz.i18n import WORD_JOINER  # what breaks :red and http:// apart for Markdown; invisible
from tests.conftest import SCREENSHOTS, streamlit_server, wait_for_idle
from tests.inspect_helpers import make_tiny_run

pytestmark = [pytest.mark.browser, pytest.mark.slow]
SECRET = "teacher-secret-for-plain-text"
OUTSIDE = "203.0.113.9"  # TEST-NET-3: an address that is nobody's
IMAGE = f"![i](http://{OUTSIDE}/a)"
HOSTILE = f"{IMAGE} $x$ :red[r]"  # 38 characters: fits a preset name's 40 and a display name's 40
RUN_NAME = f"__class__ {HOSTILE}"


@pytest.fixture(scope="module")
def classroom(tmp_path_factory, browser):
    from cnnviz.runs import store as runs
    from cnnviz.runs import workspace

    data = tmp_path_factory.mktemp("plain-data")
    previous = workspace.os.environ.get(workspace.DATA_DIR_ENV)
    workspace.os.environ[workspace.DATA_DIR_ENV] = str(data)
    try:
        token, space = workspace.new_workspace()
        space.set_display_name(HOSTILE)
        runs.rename_run(make_tiny_run(space.runs_dir, name="first", epochs=1), RUN_NAME)
        runs.rename_run(make_tiny_run(space.runs_dir, name="second", epochs=1), RUN_NAME + " 2")
    finally:
        if previous is None:
            workspace.os.environ.pop(workspace.DATA_DIR_ENV)
        else:
            workspace.os.environ[workspace.DATA_DIR_ENV] = previous
    env = {"CNNVIZ_CLASS_MODE": "1", "CNNVIZ_DATA_DIR": str(data), "CNNVIZ_TEACHER_SECRET": SECRET}
    with streamlit_server(data / "unused-runs", data / "server.log", env) as url:
        yield url, token


@pytest.fixture
def recorded(browser, request):
    """A browser page and every address it asked for; requests for other hosts are refused (recorded first)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    asked: list[str] = []
    context.on("request", lambda req: asked.append(req.url))
    context.route(lambda url: not url.startswith("http://127.0.0.1:"), lambda route: route.abort())
    page = context.new_page()
    page.set_default_timeout(60_000)
    yield page, asked
    SCREENSHOTS.mkdir(exist_ok=True)
    try:
        page.screenshot(path=str(SCREENSHOTS / f"{request.node.name}.png"), full_page=True)
    finally:
        context.close()


def _visit(page, url: str) -> None:
    page.goto(url)
    wait_for_idle(page)


def _assert_literal(page, *texts: str) -> None:
    """Each text is on the page character for character, and nothing Markdown could have made from it is."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

    for text in texts:
        try:
            page.wait_for_function("([text, joiner]) => document.body.innerText.replaceAll(joiner, '').includes(text)",
                                   arg=[text, WORD_JOINER], timeout=30_000)
        except PlaywrightTimeoutError:
            shown = page.get_by_test_id("stMain").inner_text().replace(WORD_JOINER, "")
            raise AssertionError(f"{text!r} is not shown as written on {page.url}; the page shows:\n{shown}") from None
    images = page.locator(f"img[src*='{OUTSIDE}']")
    assert images.count() == 0, [images.nth(i).evaluate("e => e.closest('[data-testid]')?.dataset.testid + ': ' + "
                                                        "e.closest('[data-testid]')?.innerText") for i in
                                 range(images.count())]
    assert page.locator(f"a[href*='{OUTSIDE}']").count() == 0
    assert page.locator(".katex").count() == 0


def _assert_stayed_home(asked: list[str]) -> None:
    away = [url for url in asked if url.startswith(("http:", "https:", "ws:", "wss:"))
            and not url.split("//", 1)[1].startswith("127.0.0.1:")]
    assert away == []


def _select_first_row(page) -> None:
    """Tick the first row of the page's first table (both runs carry RUN_NAME: either will do)."""
    box = page.get_by_test_id("stDataFrame").first.bounding_box()
    page.mouse.click(box["x"] + 16, box["y"] + 35 + 17)
    wait_for_idle(page)


def _layer_type_link(layer_type: str) -> str:
    text = json.dumps({"input_shape": [28, 28, 1], "layers": [{"type": layer_type}]})
    return base64.urlsafe_b64encode(zlib.compress(text.encode(), 9)).decode().rstrip("=")


def test_url_parameters_show_as_written(classroom, recorded) -> None:
    url, token = classroom
    page, asked = recorded
    _visit(page, f"{url}/build?ws={token}&preset=__class__")
    _assert_literal(page, "'__class__'")
    _visit(page, f"{url}/build?ws={token}&preset={quote(HOSTILE)}")
    _assert_literal(page, HOSTILE)
    _visit(page, f"{url}/build?ws={token}&net={_layer_type_link(HOSTILE)}")
    _assert_literal(page, HOSTILE)
    _visit(page, f"{url}/lab?ws={token}&lab_mode=RGB&lab_channel_weights={quote(IMAGE + '$x^2$:red[r]')}")
    _assert_literal(page, IMAGE + "$x^2$:red[r]")
    _visit(page, f"{url}/lab?ws={token}&lab_stride={quote(HOSTILE)}")
    _assert_literal(page, HOSTILE)
    _visit(page, f"{url}/?ws={token}&lang={quote('$x^2$:red[r]__c__')}")
    _assert_literal(page, "$x^2$:red[r]__c__")
    _assert_stayed_home(asked)


def test_an_imported_architecture_shows_as_written(classroom, recorded) -> None:
    url, token = classroom
    page, asked = recorded
    _visit(page, f"{url}/build?ws={token}")
    page.get_by_role("tab", name="Import JSON").click()
    wait_for_idle(page)
    pasted = json.dumps({"input_shape": [28, 28, 1], "layers": [{"type": HOSTILE}]})
    page.get_by_label("…or paste JSON").fill(pasted)
    page.get_by_role("button", name="Import pasted JSON").click()
    wait_for_idle(page)
    _assert_literal(page, HOSTILE)
    _assert_stayed_home(asked)


def test_names_on_runs_compare_and_class_pages_show_as_written(classroom, recorded) -> None:
    url, token = classroom
    page, asked = recorded
    _visit(page, f"{url}/runs?ws={token}")
    _select_first_row(page)
    _assert_literal(page, RUN_NAME)
    _visit(page, f"{url}/compare?ws={token}")
    for _ in range(2):  # both runs, picked as a person picks them
        page.get_by_role("combobox", name="Runs to compare").click()
        option = page.get_by_role("option").filter(has_text="__class__").first
        assert RUN_NAME in option.inner_text().replace(WORD_JOINER, "")  # the list shows names as text
        option.click()
        wait_for_idle(page)
    _assert_literal(page, RUN_NAME)
    # A select box's choice is text, not Markdown: the name shows without backslashes there too (A and B).
    chosen = [box.input_value() for box in page.locator("input[role=combobox]").all()]
    assert sum(f"Run: {RUN_NAME}" in value for value in chosen) == 2, chosen
    _visit(page, f"{url}/class_view?ws={token}")
    page.get_by_label("Teacher secret", exact=True).fill(SECRET)
    page.get_by_role("button", name="Open").click()
    wait_for_idle(page)
    grid = page.get_by_test_id("stDataFrame").first
    expect(grid).to_contain_text(RUN_NAME)
    expect(grid).to_contain_text(HOSTILE)  # the display name, as the student wrote it
    _select_first_row(page)
    _assert_literal(page, f"Delete {RUN_NAME[:40]}")
    _assert_stayed_home(asked)
