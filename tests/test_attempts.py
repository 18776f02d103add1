"""What each student tried (cnnviz.learn.attempts): recording, reading back damaged files, statuses, the teacher's
grid, the most common wrong answers and the CSV."""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from cnnviz.i18n import Message, msg
from cnnviz.learn import attempts as A
from cnnviz.learn.course import Course, Exercise, Lesson, Text
from cnnviz.runs.workspace import local_workspace, workspace_for_login

WRONG = msg("course.unknown_exercise", exercise="'x'")  # any catalog text with a parameter will do
RIGHT = msg("attempts.status.done")


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CNNVIZ_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(tmp_path / "runs"))
    return tmp_path / "data"


def student(login: str, name: str = ""):
    workspace = workspace_for_login(login)
    workspace.runs_dir.mkdir(parents=True, exist_ok=True)
    if name:
        workspace.set_display_name(name)
    return workspace


def course(*ids: str) -> Course:
    text = Text("t", "t")
    exercises = tuple(Exercise(i, "number", text, {}, lesson="one") for i in ids)
    return Course((Lesson("one", 1, text, text, (), (), exercises, "one.yaml"),))


def tries(*correct: bool) -> list[A.Attempt]:
    return [A.Attempt("ex", str(i), c, RIGHT if c else WRONG, "") for i, c in enumerate(correct)]


# ---- recording and reading back ------------------------------------------------------------------


def test_tries_are_read_back_oldest_first_with_their_message_in_each_language() -> None:
    ws = student("alice")
    start = datetime(2026, 12, 6, 9, 0, tzinfo=timezone(timedelta(hours=9)))
    A.record_attempt(ws, "conv-size", "26", False, WRONG, now=start)
    A.record_attempt(ws, "pool-size", "13", True, RIGHT, now=start + timedelta(minutes=1))
    back = A.record_attempt(ws, "conv-size", "1,234", True, RIGHT, now=start + timedelta(minutes=2))
    assert back == A.Attempt("conv-size", "1,234", True, RIGHT, "2026-12-06T00:02:00+00:00")
    everything = A.attempts(ws)
    assert [(a.exercise, a.answer, a.correct) for a in everything] == [
        ("conv-size", "26", False), ("pool-size", "13", True), ("conv-size", "1,234", True)]
    assert everything[0].time == "2026-12-06T00:00:00+00:00"  # kept in UTC
    assert everything[0].message == WRONG
    assert everything[0].message.text("ko") == WRONG.text("ko") != WRONG.text("en")
    assert [a.answer for a in A.attempts(ws, "conv-size")] == ["26", "1,234"]
    assert A.attempts(ws, "never-tried") == []


def test_an_error_is_kept_as_its_message_and_long_answers_are_cut() -> None:
    from cnnviz.learn.course import CourseError

    ws = student("bob")
    A.record_attempt(ws, "ex", "9" * 5000, False, CourseError("course.unknown_lesson", lesson="x" * 9000))
    [attempt] = A.attempts(ws)
    assert len(attempt.answer) == A.MAX_ANSWER and attempt.answer.startswith("999")
    assert attempt.message.key == "course.unknown_lesson"
    assert len(attempt.message.params["lesson"]) == A.MAX_PARAM


def test_a_message_holding_a_lessons_own_texts_is_kept_whole() -> None:
    """A choice's 'why' travels as a nested message with both languages (and the answer may be any text)."""
    why_en, why_ko = "Because *same* padding keeps the size. " * 40, "'same' 패딩은 크기를 유지합니다. " * 60
    nested = msg("course.unknown_lesson", lesson=msg("course.unknown_exercise", exercise=why_ko))
    ws = student("alice")
    A.record_attempt(ws, "ex", "답 \ud800 ✓\n두 줄", False, msg("course.unknown_exercise", exercise=why_en))
    A.record_attempt(ws, "ex", "b", False, nested)
    first, second = A.attempts(ws)
    assert first.answer == "답 \ud800 ✓\n두 줄" and first.message.params["exercise"] == why_en
    assert second.message == nested and second.message.text("ko") == nested.text("ko")
    huge = msg("course.unknown_lesson", lesson=[msg("course.unknown_exercise", exercise="z" * 3000)] * 40)
    assert A.record_attempt(ws, "ex", "c", False, huge).message == msg("attempts.message_lost")
    assert [a.answer for a in A.attempts(ws)] == [first.answer, "b", "c"]


def test_each_workspace_keeps_its_own_folder(data_dir: Path) -> None:
    alice, bob, local = student("alice"), student("bob"), local_workspace()
    assert A.learning_dir(alice) == alice.runs_dir.parent / "learning"
    assert A.learning_dir(local) == data_dir / "local" / "learning"
    A.record_attempt(alice, "ex", "1", True, RIGHT)
    A.record_attempt(local, "ex", "2", False, WRONG)
    assert [a.answer for a in A.attempts(alice)] == ["1"]
    assert [a.answer for a in A.attempts(local)] == ["2"]
    assert A.attempts(bob) == [] and not A.learning_dir(bob).exists()


def test_an_id_that_is_not_one_is_refused() -> None:
    ws = student("alice")
    for bad in ("../x", "Upper", "", "a" * 200, 7):
        with pytest.raises(A.AttemptsError) as info:
            A.record_attempt(ws, bad, "1", True, RIGHT)  # type: ignore[arg-type]
        assert info.value.key == "attempts.bad_exercise"
    assert A.attempts(ws) == []


def test_a_damaged_file_is_read_as_well_as_it_can_be() -> None:
    ws = student("alice")
    A.record_attempt(ws, "ex", "first", False, WRONG)
    path = A.learning_dir(ws) / A.ATTEMPTS_FILE
    good = json.loads(path.read_bytes().splitlines()[0])
    lines = [
        b"not json at all",
        b"\xff\xfe\x00 not utf-8",
        b"[" * 3000,  # nested beyond reason
        b"x" * (3 * 1024**2),  # one huge line
        json.dumps([1, 2, 3]).encode(),
        json.dumps({**good, "correct": "yes"}).encode(),  # wrong types: skipped
        json.dumps({**good, "exercise": "../../etc"}).encode(),
        json.dumps({**good, "exercise": 5}).encode(),
        json.dumps({**good, "answer": 12345, "time": "yesterday"}).encode(),  # kept: answer and time unreadable
        json.dumps({**good, "answer": "no message", "message": "oops"}).encode(),
        json.dumps({**good, "answer": "missing param", "message": {"key": "course.unknown_exercise",
                                                                   "params": {"other": 1}}}).encode(),
        json.dumps({**good, "answer": "bad format", "message": {"key": "attempts.too_many",
                                                                "params": {"limit": "many"}}}).encode(),
        json.dumps({**good, "answer": "unknown key", "message": {"key": "no.such.key"}}).encode(),
        json.dumps({**good, "answer": "y" * 1000}).encode(),
    ]
    with path.open("ab") as stream:
        stream.write(b"\n".join(lines) + b"\n" + b'{"exercise": "ex", "cut sh')  # the last line cut short
    A.record_attempt(ws, "ex", "after the crash", True, RIGHT)  # not glued to the cut line
    read = A.attempts(ws)
    assert [a.answer for a in read] == ["first", "", "no message", "missing param", "bad format", "unknown key",
                                        "y" * (A.MAX_ANSWER - 1) + "…", "after the crash"]
    assert read[1].time == "" and read[0].time == good["time"]
    lost = A.msg("attempts.message_lost")
    assert [a.message for a in read[2:6]] == [lost] * 4
    assert all(a.message.text("ko") for a in read)
    assert A.status_of(read) == "done"


def test_recording_stops_at_the_limit_with_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(A, "MAX_ATTEMPTS", 4)
    ws = student("alice")
    for i in range(4):
        A.record_attempt(ws, "ex", str(i), False, WRONG)
    path = A.learning_dir(ws) / A.ATTEMPTS_FILE
    before = path.read_bytes()
    with pytest.raises(A.AttemptsError) as info:
        A.record_attempt(ws, "ex", "5", True, RIGHT)
    assert info.value.key == "attempts.too_many" and "4" in str(info.value)
    assert path.read_bytes() == before and len(A.attempts(ws)) == 4


def test_a_file_grown_past_its_size_limit_is_not_written_further(monkeypatch: pytest.MonkeyPatch) -> None:
    ws = student("alice")
    A.record_attempt(ws, "ex", "1", False, WRONG)
    monkeypatch.setattr(A, "MAX_FILE_BYTES", 10)
    with pytest.raises(A.AttemptsError, match="most it keeps"):
        A.record_attempt(ws, "ex", "2", False, WRONG)


def _record_many(data_dir: str, login: str, who: int) -> None:
    import os

    os.environ["CNNVIZ_DATA_DIR"] = data_dir
    ws = workspace_for_login(login)
    for i in range(40):
        A.record_attempt(ws, "ex", f"{who}-{i}-" + "z" * 150, i % 2 == 0, WRONG)


def test_two_processes_writing_at_once_lose_no_line(data_dir: Path) -> None:
    ws = student("alice")
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_record_many, args=(str(data_dir), "alice", who)) for who in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert [worker.exitcode for worker in workers] == [0, 0]
    answers = [a.answer.split("-z")[0] for a in A.attempts(ws)]
    assert sorted(answers) == sorted(f"{who}-{i}" for who in range(2) for i in range(40))
    for who in range(2):  # each process's own lines stay in their order
        mine = [a for a in answers if a.startswith(f"{who}-")]
        assert mine == [f"{who}-{i}" for i in range(40)]


# ---- statuses, hints, solutions ------------------------------------------------------------------


@pytest.mark.parametrize(("correct", "status", "wrong"), [
    ((), "not_started", 0),
    ((False,), "tried", 1),
    ((False, False), "tried", 2),
    ((False, False, False), "stuck", 3),
    ((False, False, False, False, True), "done", 4),
    ((True, False, False, False), "done", 0),
    ((False, True, False), "done", 1),
])
def test_status_and_wrong_tries(correct: tuple[bool, ...], status: str, wrong: int) -> None:
    assert A.status_of(tries(*correct)) == status
    assert A.wrong_tries(tries(*correct)) == wrong
    assert status in A.STATUSES


def test_one_more_hint_per_wrong_try_up_to_the_number_of_hints() -> None:
    assert [A.hints_unlocked(tries(*[False] * n), 2) for n in range(5)] == [0, 1, 2, 2, 2]
    assert A.hints_unlocked(tries(False, True, False, False), 3) == 1  # wrong tries after the right one: no more
    assert A.hints_unlocked(tries(False, False), 0) == 0


def test_the_solution_after_enough_wrong_tries_or_a_right_one_when_the_teacher_allows() -> None:
    assert [A.solution_unlocked(tries(*[False] * n), 3, True) for n in range(5)] == [False, False, False, True, True]
    assert A.solution_unlocked(tries(True), 3, True)
    assert A.solution_unlocked([], 0, True)
    assert not A.solution_unlocked(tries(False, False, False, True), 3, False)


# ---- positions -----------------------------------------------------------------------------------


def test_positions_and_the_last_lesson() -> None:
    ws, other = student("alice"), student("bob")
    assert A.position(ws, "lesson-a") == 0 and A.last_lesson(ws) is None
    A.save_position(ws, "lesson-a", 3)
    A.save_position(ws, "lesson-b", 1)
    A.save_position(ws, "lesson-a", 4)
    assert (A.position(ws, "lesson-a"), A.position(ws, "lesson-b"), A.last_lesson(ws)) == (4, 1, "lesson-a")
    assert A.position(other, "lesson-a") == 0 and A.last_lesson(other) is None
    with pytest.raises(A.AttemptsError):
        A.save_position(ws, "../x", 1)


@pytest.mark.parametrize("content", [b"", b"{", b"[]", b'{"positions": [1], "last": 5}', b"\xff" * 10,
                                     b'{"positions": {"a": "3", "b": true, "C": 1, "d": -1}, "last": "../x"}'])
def test_a_damaged_progress_file_starts_over(content: bytes) -> None:
    ws = student("alice")
    A.save_position(ws, "lesson-a", 2)
    (A.learning_dir(ws) / A.PROGRESS_FILE).write_bytes(content)
    assert A.position(ws, "lesson-a") == 0 and A.position(ws, "a") == 0 and A.last_lesson(ws) is None
    A.save_position(ws, "lesson-b", 1)
    assert (A.position(ws, "lesson-b"), A.last_lesson(ws)) == (1, "lesson-b")


def test_the_oldest_positions_go_when_there_are_too_many(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(A, "MAX_LESSONS", 3)
    ws = student("alice")
    for i in range(5):
        A.save_position(ws, f"l{i}", i + 1)
    assert [A.position(ws, f"l{i}") for i in range(5)] == [0, 0, 3, 4, 5]


# ---- the teacher's settings and view -------------------------------------------------------------


def test_class_settings_are_kept_and_a_damaged_file_means_the_defaults(data_dir: Path) -> None:
    assert A.load_class_settings() == A.ClassSettings(solutions_allowed=True)
    A.save_class_settings(A.ClassSettings(solutions_allowed=False))
    assert A.load_class_settings().solutions_allowed is False
    assert json.loads((data_dir / A.CLASS_SETTINGS_FILE).read_text()) == {"solutions_allowed": False}
    for content in ("{", '{"solutions_allowed": "no"}', "[]"):
        (data_dir / A.CLASS_SETTINGS_FILE).write_text(content)
        assert A.load_class_settings().solutions_allowed is True


def test_tries_grouped_by_exercise() -> None:
    ws = student("alice")
    for exercise, answer in (("a", "1"), ("b", "2"), ("a", "3")):
        A.record_attempt(ws, exercise, answer, False, WRONG)
    grouped = A.attempts_by_exercise(ws)
    assert {k: [a.answer for a in v] for k, v in grouped.items()} == {"a": ["1", "3"], "b": ["2"]}
    assert grouped["a"] == A.attempts(ws, "a")


def test_the_class_grid_has_every_exercise_of_every_student() -> None:
    zoe, alice, nameless = student("zoe", "Zoe"), student("alice", "alice"), student("n")
    A.record_attempt(zoe, "ex-a", "1", True, RIGHT)
    for answer in ("1", "2", "3"):
        A.record_attempt(alice, "ex-a", answer, False, WRONG)
    A.record_attempt(alice, "ex-b", "1", False, WRONG)
    A.record_attempt(alice, "not-in-course", "1", True, RIGHT)
    rows = A.class_grid([zoe, nameless, alice], course("ex-a", "ex-b", "ex-c"))
    assert [row.name for row in rows] == sorted(["alice", "Zoe", nameless.id[:8]], key=str.casefold)
    by_name = {row.name: row for row in rows}
    assert by_name["Zoe"].statuses == {"ex-a": "done", "ex-b": "not_started", "ex-c": "not_started"}
    assert by_name["alice"].statuses == {"ex-a": "stuck", "ex-b": "tried", "ex-c": "not_started"}
    assert by_name["alice"].workspace_id == alice.id
    assert set(by_name[nameless.id[:8]].statuses.values()) == {"not_started"}


def test_the_most_common_wrong_answers_count_students_once_and_ignore_right_ones() -> None:
    later = msg("attempts.status.tried")
    people = [student(f"s{i}") for i in range(5)]
    start = datetime(2026, 1, 1, tzinfo=UTC)
    for ws, answers in zip(people, [["1,234", "1234", "1 234"], [" 1234 "], ["26"], ["26", "Same"], ["same"]],
                           strict=True):
        for i, answer in enumerate(answers):
            A.record_attempt(ws, "ex", answer, False, WRONG, now=start + timedelta(minutes=i))
    A.record_attempt(people[4], "ex", "same", False, later, now=start + timedelta(hours=1))
    for ws in people:
        A.record_attempt(ws, "ex", "28", True, RIGHT)
    A.record_attempt(people[0], "other", "26", False, WRONG)
    common = A.common_wrong_answers(people, "ex")
    assert [(answer, n) for answer, n, _ in common] == [("1234", 2), ("26", 2), ("same", 2)]
    assert common[2][2] == later and common[0][2] == WRONG
    assert A.common_wrong_answers(people, "ex", top=1) == common[:1]
    assert A.common_wrong_answers(people, "nobody-tried") == []


def test_the_grid_as_csv_in_course_order_and_no_name_runs_as_a_formula() -> None:
    a, b = student("a", "=HYPERLINK(\"http://x\")"), student("b", "Kim, Min-ji")
    A.record_attempt(a, "ex-b", "1", True, RIGHT)
    shape = course("ex-b", "ex-a")
    text = A.grid_csv(A.class_grid([a, b], shape), shape)
    table = list(csv.reader(io.StringIO(text)))
    assert table[0] == ["student", "ex-b", "ex-a"]
    assert sorted(table[1:]) == [["'=HYPERLINK(\"http://x\")", "done", "not_started"],
                                 ["Kim, Min-ji", "not_started", "not_started"]]


def test_statuses_have_texts_in_both_languages() -> None:
    for status in A.STATUSES:
        key = f"attempts.status.{status}"
        assert Message(key).text("en") and Message(key).text("ko") != Message(key).text("en")


def test_the_test_images_a_student_opened_are_kept_newest_first_once_each() -> None:
    ws = student("looker")
    A.record_look(ws, "run-a", 17, 7, 1)
    A.record_look(ws, "run-a", 3, 2, 2)
    A.record_look(ws, "run-a", 17, 7, 1)  # opened again: moves to the front, kept once
    assert [(look.run, look.image, look.label, look.predicted) for look in A.looks(ws)] == [
        ("run-a", 17, 7, 1), ("run-a", 3, 2, 2)]
    assert A.looks(student("other")) == []
    for bad in (("../x", 1, 1, 1), ("run-a", -1, 1, 1), ("run-a", True, 1, 1)):
        with pytest.raises(A.AttemptsError):
            A.record_look(ws, *bad)
    (A.learning_dir(ws) / A.LOOKS_FILE).write_text('[{"run": "../../etc", "image": 1, "label": 1, "predicted": 2}, '
                                                   '"garbage", {"run": "ok", "image": 4, "label": 1, "predicted": 2}]')
    assert [look.run for look in A.looks(ws)] == ["ok"]
    (A.learning_dir(ws) / A.LOOKS_FILE).write_text("{not json")
    assert A.looks(ws) == []
