"""Real browsers on a server in class mode: each visitor sees only their own workspace, whatever address they try;
the teacher's Class page (behind the teacher secret) sees everyone's runs."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import expect

from tests.conftest import SCREENSHOTS, streamlit_server, wait_for_idle
from tests.inspect_helpers import make_tiny_run

pytestmark = [pytest.mark.browser, pytest.mark.slow]
SECRET = "teacher-secret-for-tests"


@pytest.fixture(scope="module")
def classroom(tmp_path_factory, browser):
    from cnnviz.runs import workspace

    data = tmp_path_factory.mktemp("class-data")
    previous = workspace.os.environ.get(workspace.DATA_DIR_ENV)
    workspace.os.environ[workspace.DATA_DIR_ENV] = str(data)
    try:
        made = {student: workspace.new_workspace() for student in ("alice", "bob")}
        tokens = {student: token for student, (token, _) in made.items()}
        for student, (_, space) in made.items():
            make_tiny_run(space.runs_dir, name=f"{student}'s run", epochs=1)
    finally:
        if previous is None:
            workspace.os.environ.pop(workspace.DATA_DIR_ENV)
        else:
            workspace.os.environ[workspace.DATA_DIR_ENV] = previous
    env = {"CNNVIZ_CLASS_MODE": "1", "CNNVIZ_DATA_DIR": str(data), "CNNVIZ_TEACHER_SECRET": SECRET}
    with streamlit_server(data / "unused-runs", data / "server.log", env) as url:
        yield url, tokens, data / "server.log"


def _id(token: str) -> str:
    from cnnviz.runs import workspace

    return workspace.workspace_id(f"token:{token}")[:6]


def visit(browser, url: str):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.goto(url)
    wait_for_idle(page)
    return context, page


def test_two_students_never_see_each_other(browser, classroom) -> None:
    url, tokens, log = classroom
    for student, other in (("alice", "bob"), ("bob", "alice")):
        context, page = visit(browser, f"{url}/runs?ws={tokens[student]}")
        try:
            grid = page.get_by_test_id("stDataFrame")
            expect(grid).to_contain_text(f"{student}'s run")
            expect(grid).not_to_contain_text(f"{other}'s run")
            page.goto(f"{url}/feature_maps?ws={tokens[student]}")  # the look-inside pages' run list too
            wait_for_idle(page)
            page.get_by_role("combobox", name="Run").click()
            page.get_by_role("combobox", name="Run").press("ArrowDown")
            expect(page.get_by_role("option").first).to_be_visible()  # the list opens after the key press
            listed = " ".join(page.get_by_role("option").all_inner_texts())
            assert f"{student}'s run" in listed and f"{other}'s run" not in listed
        finally:
            context.close()


def test_a_new_visitor_gets_a_private_link_and_a_tampered_one_is_refused(browser, classroom) -> None:
    url, tokens, log = classroom
    context, page = visit(browser, f"{url}/runs")
    try:
        expect(page.get_by_text("Your private workspace is ready")).to_be_visible()
        expect(page.get_by_text("No runs yet")).to_be_visible()
        page.wait_for_function("() => new URLSearchParams(location.search).has('ws')")
        token = parse_qs(urlparse(page.url).query)["ws"][0]
        assert token not in tokens.values() and len(token) >= 40
        page.get_by_test_id("stSidebarNav").get_by_role("link", name="Build", exact=True).click()
        wait_for_idle(page)
        page.wait_for_function("() => location.pathname.endsWith('/build') && location.search.includes('ws=')")
        assert parse_qs(urlparse(page.url).query)["ws"][0] == token
    finally:
        context.close()
    typo = tokens["alice"][:-1] + ("A" if tokens["alice"][-1] != "A" else "B")  # well formed, one letter off
    for tampered, malformed in (("../../workspaces/" + tokens["alice"], True), ("x" * 70, True), (typo, False)):
        context, page = visit(browser, f"{url}/runs?ws={tampered}")
        try:
            expect(page.get_by_text("This link opens no workspace")).to_be_visible()
            reason = "this private link is not valid" if malformed else "no workspace on this server has this"
            expect(page.get_by_text(reason)).to_be_visible()
            expect(page.get_by_text("No runs yet")).to_have_count(0)  # no workspace was opened behind their back
            assert "alice's run" not in page.inner_text("body")
            page.get_by_role("button", name="Open a new, empty workspace").click()
            expect(page.get_by_text("Your private workspace is ready")).to_be_visible()  # on the home page
            page.get_by_test_id("stSidebarNav").get_by_role("link", name="Runs", exact=True).click()
            expect(page.get_by_text("No runs yet")).to_be_visible()  # never alice's workspace
            new = parse_qs(urlparse(page.url).query)["ws"][0]
            assert new not in (tampered, *tokens.values())
            page.get_by_test_id("stSidebar").get_by_text("My private link").click()
            expect(page.get_by_test_id("stSidebar").get_by_test_id("stCode")).to_contain_text(f"?ws={new}")
        finally:
            context.close()


def test_the_teacher_sees_every_workspace_behind_the_secret(browser, classroom) -> None:
    url, tokens, log = classroom
    student, page = visit(browser, f"{url}/runs?ws={tokens['bob']}")  # bob gives his name, in his own sidebar
    try:
        expect(page.get_by_test_id("stSidebarNav").get_by_role("link", name="Class")).to_have_count(0)
        name = page.get_by_label("My name for the teacher", exact=True)
        name.fill("Bob ![x](http://evil.example/x.png)")
        name.press("Enter")
        wait_for_idle(page)
    finally:
        student.close()
    context, page = visit(browser, f"{url}/class_view?ws={tokens['alice']}")
    try:
        secret = page.get_by_label("Teacher secret", exact=True)
        for wait in ("That is not the teacher secret.", "each answer takes longer (2 s now)"):
            secret.fill("a guess")
            page.get_by_role("button", name="Open").click()
            expect(page.get_by_text(wait)).to_be_visible()
        expect(page.get_by_test_id("stDataFrame")).to_have_count(0)
        expect(page.get_by_test_id("stSidebarNav").get_by_role("link", name="Class")).to_have_count(0)
        secret.fill(SECRET)
        page.get_by_role("button", name="Open").click()
        wait_for_idle(page)
        grid = page.get_by_test_id("stDataFrame").first
        expect(grid).to_contain_text("alice's run")
        expect(grid).to_contain_text("bob's run")
        expect(grid).to_contain_text(f"Bob ![x](http://evil.example/x.png) ({_id(tokens['bob'])})")
        expect(page.get_by_test_id("stSidebarNav").get_by_role("link", name="Class")).to_be_visible()
        assert log.read_text().count("wrong teacher secret from") >= 2  # for the teacher to see
        expect(page.get_by_text("Leaderboard")).to_be_visible()
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "class_page.png"), full_page=True)
    finally:
        context.close()


def test_the_class_page_stays_closed_to_students_without_the_secret(browser, classroom) -> None:
    url, tokens, log = classroom
    context, page = visit(browser, f"{url}/class_view?ws={tokens['bob']}")
    try:
        expect(page.get_by_label("Teacher secret", exact=True)).to_be_visible()
        assert "alice's run" not in page.inner_text("body")
    finally:
        context.close()


def test_local_paths_outside_the_workspace_are_refused(browser, classroom) -> None:
    url, tokens, log = classroom
    context, page = visit(browser, f"{url}/train?ws={tokens['alice']}")
    try:
        page.get_by_text("Load from my own files").click()
        field = page.get_by_label("Folder or .npz", exact=True)
        field.fill(str(Path.home() / ".ssh"))
        field.press("Enter")
        wait_for_idle(page)
        expect(page.get_by_text("files can only be loaded from your own workspace")).to_be_visible()
        assert "holds no IDX files" not in page.inner_text("body")
    finally:
        context.close()
