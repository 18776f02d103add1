"""Class mode: a new workspace needs something a visitor cannot mint at will (issue 20, item 26): the teacher's
class code, when set, and at most so many new workspaces per address an hour. Headless (Streamlit AppTest)."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import pages.common.workspace as workspace_pages
from cnnviz.runs import workspace

ROOT = Path(__file__).resolve().parent.parent


def workspaces_on_disk(data: Path) -> list[Path]:
    folder = data / "workspaces"
    return sorted(folder.iterdir()) if folder.is_dir() else []


@pytest.fixture
def classroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CNNVIZ_CLASS_MODE", "1")
    monkeypatch.setenv("CNNVIZ_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("CNNVIZ_INFERENCE_WORKERS", "0")
    monkeypatch.setattr(workspace_pages, "_client_address", lambda: "10.0.0.7")  # AppTest's is a new mock each run
    return tmp_path


@pytest.fixture(scope="module", autouse=True)
def served_before(tmp_path_factory: pytest.TempPathFactory) -> None:
    """A server that has shown a page before: the very first run in a process draws its widgets under other ids
    (before app.py's navigation ever ran), and AppTest then loses the click that follows."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CNNVIZ_DATA_DIR", str(tmp_path_factory.mktemp("warm")))
        at.run()


def home(classroom: Path) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.mark.browser
def test_with_a_class_code_a_new_visitor_gets_a_workspace_only_for_the_right_code(browser, tmp_path: Path) -> None:
    """A real browser, the first visitor after the server started."""
    from playwright.sync_api import expect

    from tests.conftest import streamlit_server, wait_for_idle

    data = tmp_path / "data"
    env = {"CNNVIZ_CLASS_MODE": "1", "CNNVIZ_DATA_DIR": str(data), "CNNVIZ_CLASS_CODE": "maple-42"}
    with streamlit_server(tmp_path / "unused-runs", tmp_path / "server.log", env) as url:
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        page.set_default_timeout(60_000)
        try:
            page.goto(url)
            wait_for_idle(page)
            field = page.get_by_label("Class code", exact=True)
            expect(field).to_be_visible()
            assert not workspaces_on_disk(data)  # a visit makes nothing
            field.fill("maple-41")
            page.get_by_role("button", name="Join the class").click()
            expect(page.get_by_text("that is not the class code", exact=False)).to_be_visible()
            assert not workspaces_on_disk(data)
            page.get_by_label("Class code", exact=True).fill("maple-42")
            page.get_by_role("button", name="Join the class").click()
            expect(page.get_by_label("Class code", exact=True)).to_have_count(0)
            wait_for_idle(page)
            assert len(workspaces_on_disk(data)) == 1 and "ws=" in page.url  # the private link to bookmark
        finally:
            context.close()


def test_one_address_makes_at_most_so_many_new_workspaces_an_hour(classroom, monkeypatch) -> None:
    monkeypatch.setattr(workspace_pages, "NEW_WORKSPACES", workspace.NewWorkspaceLimit(per_hour=2))
    for _ in range(2):
        assert not home(classroom).error
    refused = home(classroom)  # a third fresh browser from the same address
    assert any("no new workspace now" in e.value for e in refused.error), [e.value for e in refused.error]
    assert len(workspaces_on_disk(classroom)) == 2


def test_the_new_workspace_limit_counts_per_address_over_the_last_hour(tmp_path: Path) -> None:
    limit = workspace.NewWorkspaceLimit(per_hour=2, root=tmp_path)
    limit.admit("10.0.0.1", now=1000.0)
    limit.admit("10.0.0.1", now=1100.0)
    with pytest.raises(workspace.WorkspaceError) as refused:
        limit.admit("10.0.0.1", now=1200.0)
    assert refused.value.key == "workspace.too_many_new" and refused.value.params["minutes"] == 57
    limit.admit("10.0.0.2", now=1200.0)  # another address
    limit.admit("10.0.0.1", now=1000.0 + workspace.NewWorkspaceLimit.WINDOW)  # an hour after the first
    assert "10.0.0.1" not in (tmp_path / workspace.NEW_WORKSPACES_FILE).read_text()  # addresses are hashed
