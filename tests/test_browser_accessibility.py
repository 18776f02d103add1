"""axe-core (through axe-playwright-python, offline) on every page app.py registers, in English and Korean, at a
projector's 1024×768, after the page has drawn with a trained run present and chosen: no critical and no serious
violation except those listed in tests/data/axe_allowlist.json (Streamlit's own markup, with the upstream issue).
The page's `<html lang>` follows the app's language, also after switching it on a page. Each audit's counts by
impact go to tests/screenshots/axe_<server>_<language>.json for a person to read."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.conftest import SCREENSHOTS, streamlit_server, wait_for_idle
from tests.inspect_helpers import make_tiny_run

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
ALLOWLIST = ROOT / "tests" / "data" / "axe_allowlist.json"
WIDTH, HEIGHT = 1024, 768
LANGUAGES = ("en", "ko")
IMPACTS = ("critical", "serious", "moderate", "minor")
FAILING = ("critical", "serious")
SECRET = "teacher-secret-for-axe"

# Each page of app.py's navigation, by URL path ("" is Home). The Class page is audited on a class-mode server.
PAGES = ("", "my_data", "build", "train", "runs", "compare", "feature_maps", "kernels", "confusion", "models",
         "explain", "filters", "adversarial", "predict", "draw", "lessons", "exercises", "lab", "layers_lab",
         "training_step", "concepts")

# True when the element axe names (its CSS target) matches the allow-list entry's selector.
MATCHES_JS = """([target, selector]) => {
  const el = document.querySelector(target);
  return !!el && el.matches(selector);
}"""


def load_allowlist() -> list[dict]:
    entries = json.loads(ALLOWLIST.read_text(encoding="utf-8"))
    for entry in entries:
        assert set(entry) == {"rule", "selector", "element", "why", "upstream"}, entry
        assert entry["why"].strip() and entry["element"].strip(), entry
        assert entry["upstream"].startswith("https://github.com/streamlit/streamlit/"), entry
    return entries


def axe_violations(page) -> list[dict]:
    from axe_playwright_python.sync_playwright import Axe

    return Axe().run(page).response["violations"]


def _allowed(page, rule: str, node: dict, allowlist: list[dict]) -> bool:
    target = node["target"]
    if len(target) != 1 or not isinstance(target[0], str):  # inside an iframe or a shadow root: never Streamlit's
        return False
    return any(entry["rule"] == rule and page.evaluate(MATCHES_JS, [target[0], entry["selector"]])
               for entry in allowlist)


def audit_page(page, name: str, allowlist: list[dict], counts: Counter, nodes: Counter, refused: list[str]) -> None:
    """Run axe on the page as it is; add its rule violations to the counts by impact (also by impact and rule:
    `counts[(impact, rule)]`, and the elements by impact, rule and page: `counts[(impact, rule, page)]`), its
    elements to `nodes` by impact, and every critical or serious element the allow-list does not cover to
    `refused`."""
    for violation in axe_violations(page):
        impact = violation["impact"] or "minor"
        counts[impact] += 1
        counts[(impact, violation["id"])] += 1
        counts[(impact, violation["id"], name or "home")] += len(violation["nodes"])
        nodes[impact] += len(violation["nodes"])
        if impact not in FAILING:
            continue
        for node in violation["nodes"]:
            if not _allowed(page, violation["id"], node, allowlist):
                refused.append(f"{name or 'home'}: {violation['id']} ({impact}) {node['target']} "
                               f"{node['html'][:160]} {node.get('failureSummary', '')[:200]}")


def open_page(page, url: str) -> None:
    page.goto(url)
    wait_for_idle(page, timeout=90_000)
    expect(page.get_by_test_id("stSidebarNav")).to_be_visible()  # drawn, not the first run's blank
    expect(page.locator("h1").first).to_be_visible()
    page.wait_for_timeout(500)  # plotly lays out after the script run ends


def write_counts(label: str, counts: Counter, nodes: Counter, refused: list[str]) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    report = {"rules": {k: counts[k] for k in IMPACTS}, "elements": {k: nodes[k] for k in IMPACTS},
              "by_rule": {" ".join(k): n for k, n in sorted(counts.items(), key=str) if isinstance(k, tuple)},
              "refused": refused}
    (SCREENSHOTS / f"axe_{label}.json").write_text(json.dumps(report, indent=1, ensure_ascii=False))


@pytest.fixture(scope="module")
def chosen_run(runs_dir: Path) -> Path:
    return make_tiny_run(runs_dir, name="accessibility run")


@pytest.fixture
def projector(browser):
    context = browser.new_context(viewport={"width": WIDTH, "height": HEIGHT})
    page = context.new_page()
    page.set_default_timeout(90_000)
    yield page
    context.close()


def test_the_allowlist_names_streamlits_markup_only() -> None:
    entries = load_allowlist()
    assert all(entry["rule"] and entry["selector"] for entry in entries)
    assert len({(entry["rule"], entry["selector"]) for entry in entries}) == len(entries)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_has_no_serious_violation(projector, app_url: str, chosen_run: Path, language: str) -> None:
    allowlist = load_allowlist()
    counts, nodes, refused, langs = Counter(), Counter(), [], {}
    for name in PAGES:
        open_page(projector, f"{app_url}/{name}?lang={language}")
        langs[name] = projector.evaluate("() => document.documentElement.lang")
        audit_page(projector, name, allowlist, counts, nodes, refused)
    write_counts(f"app_{language}", counts, nodes, refused)
    assert refused == []
    assert set(langs.values()) == {language}, langs


@pytest.fixture(scope="module")
def classroom(tmp_path_factory):
    """A class-mode server with the teacher secret set and one student's run."""
    from cnnviz.runs import workspace

    data = tmp_path_factory.mktemp("axe-class-data")
    previous = workspace.os.environ.get(workspace.DATA_DIR_ENV)
    workspace.os.environ[workspace.DATA_DIR_ENV] = str(data)
    try:
        token, space = workspace.new_workspace()
        make_tiny_run(space.runs_dir, name="a student's run", epochs=1)
    finally:
        if previous is None:
            workspace.os.environ.pop(workspace.DATA_DIR_ENV)
        else:
            workspace.os.environ[workspace.DATA_DIR_ENV] = previous
    env = {"CNNVIZ_CLASS_MODE": "1", "CNNVIZ_DATA_DIR": str(data), "CNNVIZ_TEACHER_SECRET": SECRET}
    with streamlit_server(data / "unused-runs", data / "server.log", env) as url:
        yield url, token


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_class_page_and_a_students_page_have_no_serious_violation(projector, classroom, language: str) -> None:
    url, token = classroom
    allowlist = load_allowlist()
    counts, nodes, refused = Counter(), Counter(), []
    open_page(projector, f"{url}/feature_maps?ws={token}&lang={language}")  # the sidebar's name box and link
    audit_page(projector, "feature_maps (class mode)", allowlist, counts, nodes, refused)
    open_page(projector, f"{url}/class_view?ws={token}&lang={language}")
    audit_page(projector, "class_view (closed)", allowlist, counts, nodes, refused)
    projector.locator("input[type=password]").fill(SECRET)
    projector.get_by_test_id("stFormSubmitButton").get_by_role("button").click()
    wait_for_idle(projector, timeout=90_000)
    expect(projector.get_by_test_id("stDataFrame").first).to_contain_text("a student's run")
    projector.wait_for_timeout(500)
    assert projector.evaluate("() => document.documentElement.lang") == language
    audit_page(projector, "class_view", allowlist, counts, nodes, refused)
    write_counts(f"class_{language}", counts, nodes, refused)
    assert refused == []


def test_the_page_language_follows_the_switch(projector, app_url: str) -> None:
    page = projector
    open_page(page, f"{app_url}/build?lang=ko")
    assert page.evaluate("() => document.documentElement.lang") == "ko"
    page.get_by_test_id("stSidebar").get_by_text("English", exact=True).click()
    wait_for_idle(page)
    page.wait_for_function("() => document.documentElement.lang === 'en'")
    expect(page.get_by_test_id("stSidebarNav").get_by_role("link", name="Build")).to_be_visible()
    page.get_by_test_id("stSidebar").get_by_text("한국어", exact=True).click()
    wait_for_idle(page)
    page.wait_for_function("() => document.documentElement.lang === 'ko'")
    page.get_by_test_id("stSidebarNav").get_by_role("link").nth(2).click()  # another page, still in Korean
    wait_for_idle(page)
    assert page.evaluate("() => document.documentElement.lang") == "ko"
    assert "lang=ko" in page.url
