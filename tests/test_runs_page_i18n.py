"""The Runs and Class pages in English and Korean (AppTest through app.py with ?lang=): table headers, statuses and
the dataset a run trained on, a dataset of the user's own shown by the name they gave it on My data."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from cnnviz.arch.shapes import summarize
from cnnviz.data import importing, userdata
from cnnviz.i18n import language_scope
from cnnviz.runs import store as runs
from tests.inspect_helpers import TINY_ARCH, TINY_CONFIG
from tests.shapes_data import shapes_zip

ROOT = Path(__file__).resolve().parent.parent
DATASET_NAME = "leaves on the desk"


def own_dataset(root: Path) -> Path:
    return importing.import_zip(shapes_zip(per_class=6, seed=3, side=32), DATASET_NAME, root).info.path


def finished_run(root: Path, name: str, **config) -> Path:
    run_dir = runs.create_run(TINY_ARCH, {**TINY_CONFIG, **config}, name, summarize(TINY_ARCH).total_params, root=root)
    runs.update_run(run_dir, status="finished", test_accuracy=0.9)
    return run_dir


def app(page: str, lang: str, session: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params["lang"] = lang
    at.run()
    for key, value in (session or {}).items():
        at.session_state[key] = value
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_a_run_on_own_data_is_labelled_by_the_datasets_name(tmp_path: Path) -> None:
    folder = own_dataset(tmp_path / "datasets")
    own = runs.load_run(finished_run(tmp_path / "runs", "own", dataset="user", data_path=str(folder)))
    builtin = runs.load_run(finished_run(tmp_path / "runs", "digits", dataset="mnist"))
    with language_scope("en"):
        assert runs.dataset_label(own) == f"my data: {DATASET_NAME}"
        assert runs.dataset_label(builtin) == "mnist"
    with language_scope("ko"):
        assert runs.dataset_label(own) == f"내 데이터: {DATASET_NAME}"
        assert runs.dataset_label(builtin) == "mnist"
    userdata.delete_user_dataset(tmp_path / "datasets", folder.name)
    with language_scope("en"):
        assert runs.dataset_label(own) == "my data (deleted)"
    with language_scope("ko"):
        assert runs.dataset_label(own) == "내 데이터 (삭제됨)"


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "columns", "row"), [
    ("en", ["name", "status", "dataset", "params", "val acc", "test acc", "created"],
     ["finished", f"my data: {DATASET_NAME}"]),
    ("ko", ["이름", "상태", "데이터셋", "파라미터", "검증 정확도", "테스트 정확도", "만든 시각"],
     ["완료", f"내 데이터: {DATASET_NAME}"]),
])
def test_the_runs_table_speaks_the_readers_language(lang, columns, row, tmp_path: Path, monkeypatch) -> None:
    folder = own_dataset(tmp_path / "datasets")
    run_dir = finished_run(tmp_path / "runs", "own run", dataset="user", data_path=str(folder))
    monkeypatch.setenv(runs.RUNS_DIR_ENV, str(tmp_path / "runs"))
    at = app("pages/build/runs.py", lang, {"runs_selected": str(run_dir)})
    table = at.dataframe[0].value
    assert list(table.columns) == columns
    assert [table.iloc[0][columns[1]], table.iloc[0][columns[2]]] == row
    assert at.button(key="runs_open").label == ("Open" if lang == "en" else "열기")


@pytest.mark.slow
def test_the_class_page_names_statuses_and_own_datasets_in_korean(tmp_path: Path, monkeypatch) -> None:
    from cnnviz.runs import workspace

    monkeypatch.setenv(workspace.CLASS_MODE_ENV, "1")
    monkeypatch.setenv(workspace.DATA_DIR_ENV, str(tmp_path / "class-data"))
    monkeypatch.setenv(workspace.TEACHER_SECRET_ENV, "teacher-secret-for-tests")
    _, student = workspace.new_workspace()
    folder = own_dataset(student.datasets_dir)
    finished_run(student.runs_dir, "own run", dataset="user", data_path=str(folder))
    at = app("pages/build/class_view.py", "ko", {"teacher_ok": True})
    every_run, board = (frame.value for frame in at.dataframe[:2])
    assert every_run.iloc[0]["상태"] == "완료"
    assert every_run.iloc[0]["데이터셋"] == f"내 데이터: {DATASET_NAME}"
    assert at.selectbox(key="class_dataset").options == ["내 데이터"]
    assert at.selectbox(key="class_dataset").value == "user"  # the value stays the dataset's id
    assert list(board["상태"]) == ["완료"]  # the leaderboard's status column (cnnviz.figures.compare)
