"""Every page in Korean: run through app.py with ?lang=ko on a workspace with a real tiny run, it shows no English
sentence (Keras names, units, code and formulas aside), and the navigation follows the language."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.inspect_helpers import make_tiny_run
from tests.visible_text import english_sentences, page_texts

ROOT = Path(__file__).resolve().parent.parent
APP_PAGES = sorted(set(re.findall(r'st\.Page\("(pages/[\w/]+\.py)"', (ROOT / "app.py").read_text(encoding="utf-8"))))


@pytest.fixture(scope="module")
def run_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("korean_runs")
    make_tiny_run(root, name="작은 실험", save_initial=True)
    return root


def korean_app(page: str, session: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    at.query_params["lang"] = "ko"
    at.run()
    for key, value in (session or {}).items():
        at.session_state[key] = value
    at.switch_page(page).run()
    return at


def class_server(run_root: Path, data: Path, monkeypatch) -> dict:
    """The Class page exists only on a class server and opens behind the teacher secret: a student's workspace
    holds the run, and the session has given the secret."""
    from cnnviz.runs import workspace

    monkeypatch.setenv(workspace.CLASS_MODE_ENV, "1")
    monkeypatch.setenv(workspace.DATA_DIR_ENV, str(data))
    monkeypatch.setenv(workspace.TEACHER_SECRET_ENV, "teacher-secret-for-tests")
    _, student = workspace.new_workspace()
    for run in run_root.iterdir():
        shutil.copytree(run, student.runs_dir / run.name)
    return {"teacher_ok": True}


@pytest.mark.slow
@pytest.mark.parametrize("page", APP_PAGES)
def test_a_korean_page_has_no_english_sentence_left(page: str, run_root: Path, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(run_root))
    class_page = page == "pages/build/class_view.py"
    session = class_server(run_root, tmp_path / "class-data", monkeypatch) if class_page else None
    at = korean_app(page, session)
    assert not at.exception, [e.value for e in at.exception]
    texts = page_texts(at)
    assert any(re.search("[\uac00-\ud7a3]", text) for text in texts), "no Korean at all"
    assert english_sentences(texts) == []


def test_the_language_comes_from_the_link_and_stays_in_it(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(tmp_path))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["lang"] = "ko"
    at.run()
    assert at.title[0].value.startswith("cnnviz: 합성곱")
    assert at.radio(key="language_switch").value == "ko"
    at.radio(key="language_switch").set_value("en").run()
    assert at.title[0].value.startswith("cnnviz: build")
    assert at.query_params["lang"] in ("en", ["en"])


def test_an_unknown_language_in_the_link_is_named_and_english_shown(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(tmp_path))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["lang"] = "fr<script>"
    at.run()
    assert not at.exception
    assert at.title[0].value.startswith("cnnviz: build")
    assert any("fr" in toast.value and "한국어" in toast.value for toast in at.toast)
