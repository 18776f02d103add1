"""The Class page's lessons section (pages/build/class_lessons.py), run through app.py in class mode behind the
teacher secret: the grid of statuses, the most common wrong answers, one student's answers, the CSV, the solutions
switch, and the teacher's own lesson files (a good upload joins the grid, a malformed one changes nothing)."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from cnnviz.i18n import Message, language_scope, msg, t
from cnnviz.learn import attempts
from cnnviz.learn.course import Course
from cnnviz.learn.lessonfile import load_course, parse_lesson, teacher_lessons_dir
from cnnviz.runs.workspace import all_workspaces
from pages.build import class_lessons
from tests.conftest import as_read
from tests.visible_text import english_sentences, page_texts

ROOT = Path(__file__).resolve().parent.parent
START = datetime(2026, 12, 6, 8, 0, tzinfo=UTC)
MINUTE = timedelta(minutes=1)


def wrong(answer: str) -> Message:
    """A wrong answer's message, as the exercises module would store one (a real catalog text)."""
    return msg("attempts.bad_exercise", exercise=answer)


@pytest.fixture
def classroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict:
    """A class server with two students who answered exercises of the shipped course:
    Alice: exercise 0 right, exercise 1 wrong three times (stuck: 12, 12, 13), exercise 2 wrong once (tried).
    Bob: exercise 0 wrong (7) then right, exercise 1 wrong once (12)."""
    from cnnviz.runs import workspace

    monkeypatch.setenv(workspace.CLASS_MODE_ENV, "1")
    monkeypatch.setenv(workspace.DATA_DIR_ENV, str(tmp_path / "class-data"))
    monkeypatch.setenv(workspace.TEACHER_SECRET_ENV, "teacher-secret-for-tests")
    monkeypatch.delenv("CNNVIZ_LESSONS_DIR", raising=False)
    course = load_course()
    ids = [exercise.id for exercise in course.exercises()]
    (_, alice), (_, bob) = workspace.new_workspace(), workspace.new_workspace()
    alice.set_display_name("Alice *the* [first]")
    bob.set_display_name("Bob")
    tries = [(alice, ids[0], "5", True), (alice, ids[1], "12", False), (alice, ids[1], "12", False),
             (alice, ids[1], "13", False), (alice, ids[2], "1", False), (bob, ids[0], "7", False),
             (bob, ids[0], "5", True),
             (bob, ids[1], "1 2", False)]  # "1 2" is read as the number 12: the latest message of the answer 12
    for minute, (student, exercise, answer, correct) in enumerate(tries):
        attempts.record_attempt(student, exercise, answer, correct,
                                msg("attempts.status.done") if correct else wrong(answer), now=START + minute * MINUTE)
    return {"course": course, "ids": ids, "alice": alice, "bob": bob}


def class_page(lang: str = "en") -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params["lang"] = lang
    at.run()
    at.session_state["teacher_ok"] = True
    at.switch_page("pages/build/class_view.py").run()
    return ok(at)


def ok(at: AppTest) -> AppTest:
    assert not at.exception, [e.value for e in at.exception]
    return at


def grid(at: AppTest):
    frames = [frame.value for frame in at.dataframe if list(frame.value.columns[:1]) == ["student"]
              and len(frame.value.columns) > 1 and str(frame.value.columns[1])[:1].isdigit()]
    assert len(frames) == 1
    return frames[0]


def table(at: AppTest, first_column: str):
    frames = [frame.value for frame in at.dataframe if list(frame.value.columns[:1]) == [first_column]]
    assert len(frames) == 1, [list(frame.value.columns) for frame in at.dataframe]
    return frames[0]


def row_of(frame, name: str):
    rows = frame[frame["student"].str.startswith(name)]
    assert len(rows) == 1, list(frame["student"])
    return rows.iloc[0]


def columns_of(course: Course) -> list[str]:
    return [f"{i}.{j} {exercise.id}" for i, lesson in enumerate(course.lessons, 1)
            for j, exercise in enumerate(lesson.exercises, 1)]


def test_the_grid_shows_each_students_status_of_every_exercise(classroom: dict) -> None:
    at = class_page()
    frame = grid(at)
    course, ids = classroom["course"], classroom["ids"]
    assert list(frame.columns) == ["student", *columns_of(course)]  # every exercise, in course order
    assert len(ids) >= 30
    alice, bob = row_of(frame, "Alice *the* [first] ("), row_of(frame, "Bob (")
    expected = {"Alice": {ids[0]: "✓", ids[1]: "!", ids[2]: "…"}, "Bob": {ids[0]: "✓", ids[1]: "…"}}
    for row, statuses in ((alice, expected["Alice"]), (bob, expected["Bob"])):
        shown = dict(zip(ids, row.iloc[1:], strict=True))
        assert shown == {exercise: statuses.get(exercise, "·") for exercise in ids}
    summary = frame.iloc[0]
    assert summary["student"] == "whole class"
    assert list(summary.iloc[1:4]) == ["✓2 !0", "✓0 !1", "✓0 !0"]
    assert set(summary.iloc[4:]) == {"✓0 !0"}
    legend = next(m.value for m in at.markdown if "✓" in m.value and "stuck" in m.value)
    assert ":green-background[✓ done]" in legend and ":red-background[! stuck]" in legend


def test_one_lesson_can_be_shown_alone(classroom: dict) -> None:
    at = class_page()
    course = classroom["course"]
    second = course.lessons[1]
    at.selectbox(key=class_lessons.KEY_LESSON).set_value(second.id).run()
    assert list(grid(ok(at)).columns) == ["student", *(f"2.{j} {exercise.id}"
                                                       for j, exercise in enumerate(second.exercises, 1))]


def test_statuses_have_a_colour_and_a_symbol_each() -> None:
    rows = [attempts.GridRow("a", "A", {"x": "done", "y": "stuck"}), attempts.GridRow("b", "B", {"x": "tried"})]
    lesson = parse_lesson(t("build.class_lessons.how_example", lang="en"), "x.yaml")
    exercises = [replace(lesson.exercises[0], id="x"), replace(lesson.exercises[0], id="y")]
    small = Course(lessons=(replace(lesson, exercises=tuple(exercises)),))
    frame = class_lessons.grid_frame(rows, small, exercises, {"a": "A", "b": "B"})
    assert list(frame.columns) == ["student", "1.1 x", "1.2 y"]
    styles = class_lessons._grid_styles(frame)
    assert frame.iloc[1:, 1:].values.tolist() == [["✓", "!"], ["…", "·"]]
    backgrounds = styles.iloc[1:, 1:].values.tolist()
    assert len({backgrounds[0][0], backgrounds[0][1], backgrounds[1][0]}) == 3  # done, stuck, tried: three colours
    assert all("background-color" in css for css in (backgrounds[0][0], backgrounds[0][1], backgrounds[1][0]))
    assert backgrounds[1][1] == ""  # not started: the symbol alone
    assert len(set(class_lessons.SYMBOLS.values())) == len(attempts.STATUSES)


def test_the_most_common_wrong_answers_of_an_exercise(classroom: dict) -> None:
    at = class_page()
    ids = classroom["ids"]
    chooser = at.selectbox(key=class_lessons.KEY_EXERCISE)
    assert chooser.value == ids[1]  # opens on the exercise most students are stuck on
    assert f"{ids[1]} in {classroom['course'].lessons[0].title('en')}: of 3 students, 0 done, 1 stuck, 1 tried." in [
        as_read(c.value).replace("`", "") for c in at.caption]  # Alice, Bob and the teacher's own visit
    found = table(at, "answer")
    assert list(found["answer"]) == ["12", "13"]
    assert list(found["students"]) == [2, 1]  # Alice twice and Bob ("1 2") count as two students
    assert list(found["what they were told"]) == [wrong("1 2").text("en"), wrong("13").text("en")]
    chooser.set_value(ids[0]).run()
    assert list(table(ok(at), "answer")["answer"]) == ["7"]
    at.selectbox(key=class_lessons.KEY_EXERCISE).set_value(ids[3]).run()
    assert "No wrong answer to this exercise yet." in [c.value for c in ok(at).caption]


def test_a_students_every_answer_newest_first(classroom: dict) -> None:
    at = class_page()
    ids, alice = classroom["ids"], classroom["alice"]
    at.selectbox(key=class_lessons.KEY_STUDENT).set_value(alice.id).run()
    answers = table(ok(at), "time (UTC)")
    assert list(answers["exercise"]) == [f"1.3 {ids[2]}", *[f"1.2 {ids[1]}"] * 3, f"1.1 {ids[0]}"]
    assert list(answers["answer"]) == ["1", "13", "12", "12", "5"]
    assert list(answers["result"]) == ["✗ wrong"] * 4 + ["✓ right"]
    assert answers["what they were told"].iloc[0] == wrong("1").text("en")
    assert answers["what they were told"].iloc[-1] == "done"
    assert list(answers["time (UTC)"]) == [f"2026-12-06 08:0{minute}" for minute in (4, 3, 2, 1, 0)]
    assert "5 answers, newest first." in [c.value for c in at.caption]


def test_the_csv_download_holds_the_grid(classroom: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    saved: dict[str, bytes] = {}
    original = MemoryMediaFileStorage.load_and_get_id

    def keep(self, path_or_data, mimetype, kind, filename=None):
        if filename and filename.endswith(".csv"):
            saved[filename] = path_or_data if isinstance(path_or_data, bytes) else path_or_data.encode()
        return original(self, path_or_data, mimetype, kind, filename)

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", keep)
    at = class_page()
    assert at.get("download_button")[0].proto.label == "Download the grid (CSV)"
    text = saved["class-progress.csv"].decode("utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    ids = classroom["ids"]
    assert rows[0] == ["student", *ids]
    by_name = {row[0]: dict(zip(ids, row[1:], strict=True)) for row in rows[1:]}
    assert by_name["Alice *the* [first]"][ids[1]] == "stuck" and by_name["Alice *the* [first]"][ids[2]] == "tried"
    assert by_name["Bob"][ids[0]] == "done" and by_name["Bob"][ids[1]] == "tried"
    assert by_name["Bob"][ids[5]] == "not_started"
    course = classroom["course"]
    assert text == attempts.grid_csv(attempts.class_grid(all_workspaces(), course), course)


def test_the_solutions_switch_is_kept_for_the_class(classroom: dict) -> None:
    at = class_page()
    switch = at.toggle(key=class_lessons.KEY_SOLUTIONS)
    assert switch.value is True and attempts.load_class_settings().solutions_allowed is True
    switch.set_value(False).run()
    assert attempts.load_class_settings().solutions_allowed is False
    assert class_page().toggle(key=class_lessons.KEY_SOLUTIONS).value is False  # another session sees it off
    at.toggle(key=class_lessons.KEY_SOLUTIONS).set_value(True).run()
    assert attempts.load_class_settings().solutions_allowed is True


def example_lesson() -> bytes:
    return t("build.class_lessons.how_example", lang="en").encode("utf-8")


def test_the_example_lesson_is_a_valid_lesson_in_both_languages() -> None:
    for lang in ("en", "ko"):
        with language_scope(lang):
            lesson = parse_lesson(t("build.class_lessons.how_example"), "example.yaml")
        assert lesson.id == "my-first-lesson" and [e.id for e in lesson.exercises] == ["my-padding-question"]


def test_an_uploaded_lesson_joins_the_grid_and_can_be_removed(classroom: dict) -> None:
    at = class_page()
    at.file_uploader(key=class_lessons.KEY_UPLOAD).set_value(("mine.yaml", example_lesson(), "application/yaml"))
    ok(at.run())
    assert [s.value for s in at.success] == ["Added the lesson my-first-lesson with 1 exercises "
                                            "(kept as my-first-lesson.yaml)."]
    assert (teacher_lessons_dir() / "my-first-lesson.yaml").read_bytes() == example_lesson()
    last = len(classroom["course"].lessons) + 1
    assert list(grid(at).columns) == ["student", *columns_of(classroom["course"]), f"{last}.1 my-padding-question"]
    assert "**Padding keeps the size** · `my-first-lesson` · 1 exercises · my-first-lesson.yaml" in [
        as_read(m.value) for m in at.markdown]
    # the teacher looks at the new lesson alone and at its exercise, then removes the lesson
    at.selectbox(key=class_lessons.KEY_LESSON).set_value("my-first-lesson").run()
    at.selectbox(key=class_lessons.KEY_EXERCISE).set_value("my-padding-question").run()
    assert list(grid(ok(at)).columns) == ["student", f"{last}.1 my-padding-question"]
    at.button(key="class_lessons_remove_my-first-lesson").click().run()
    assert any("Remove the lesson" in w.value for w in ok(at).warning)
    at.button(key="class_lessons_remove_delete_yes").click().run()
    assert not (teacher_lessons_dir() / "my-first-lesson.yaml").exists()
    assert list(grid(ok(at)).columns) == ["student", *columns_of(classroom["course"])]
    assert [s.value for s in at.success] == ["Removed the lesson my-first-lesson."]


def test_a_malformed_upload_names_the_line_and_changes_nothing(classroom: dict) -> None:
    text = example_lesson().decode("utf-8")
    broken = text.replace("    kind: choice\n", "    kind: chooce\n")
    line = broken.splitlines().index("    kind: chooce") + 1
    at = class_page()
    at.file_uploader(key=class_lessons.KEY_UPLOAD).set_value(("broken.yaml", broken.encode(), "application/yaml"))
    ok(at.run())
    errors = [as_read(e.value) for e in at.error]
    assert len(errors) == 1
    assert errors[0].startswith(f"broken.yaml, line {line}, exercises[0].kind: 'chooce'"), errors[0]
    assert not teacher_lessons_dir().exists() or not any(teacher_lessons_dir().iterdir())
    assert list(grid(at).columns) == ["student", *columns_of(classroom["course"])]


def test_a_refused_file_in_the_course_is_listed_with_its_reason(classroom: dict) -> None:
    folder = teacher_lessons_dir()
    folder.mkdir(parents=True)
    (folder / "clash.yaml").write_text(example_lesson().decode().replace("id: my-padding-question",
                                                                         f"id: {classroom['ids'][0]}"))
    at = class_page()
    warnings = [as_read(w.value) for w in at.warning]
    assert any(w.startswith("clash.yaml") and classroom["ids"][0] in w for w in warnings), warnings


def test_the_section_speaks_korean(classroom: dict) -> None:
    at = class_page("ko")
    frame = table(at, "학생").rename(columns={"학생": "student"})
    assert frame.iloc[0]["student"] == "반 전체"
    assert list(row_of(frame, "Bob (").iloc[1:3]) == ["✓", "…"]
    assert at.toggle(key=class_lessons.KEY_SOLUTIONS).label == "학생이 풀이를 볼 수 있음"
    assert list(table(at, "답")["학생이 받은 메시지"]) == [wrong("1 2").text("ko"), wrong("13").text("ko")]
    assert english_sentences(page_texts(at)) == []
