"""The Lessons and Exercises pages, as a student uses them (through app.py's navigation, in local mode): the place in
a lesson is kept on disk, answers are checked with a message about the mistake, hints and the solution unlock."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from cnnviz.learn import attempts, exercises
from cnnviz.learn.lessonfile import load_course
from cnnviz.runs.workspace import local_workspace

APP = str(Path(__file__).resolve().parent.parent / "app.py")
COURSE = load_course(environ={})
FIRST = COURSE.lessons[0]


@pytest.fixture(autouse=True)
def own_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CNNVIZ_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(tmp_path / "runs"))
    monkeypatch.delenv("CNNVIZ_LESSONS_DIR", raising=False)


def open_page(page: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def shown(at: AppTest) -> str:
    return "\n".join([m.value for m in at.markdown] + [e.value for e in at.error] + [s.value for s in at.success]
                     + [i.value for i in at.info] + [c.value for c in at.caption] + [w.value for w in at.warning])


def first_number_exercise() -> tuple[int, exercises.Exercise]:
    """The first step of the first lesson that holds a number exercise, and that exercise."""
    for index, step in enumerate(FIRST.steps):
        for exercise_id in step.exercises:
            exercise = COURSE.exercise(exercise_id)
            if exercise.kind == "number":
                return index, exercise
    raise AssertionError("the first lesson has no number exercise")


def go_to_step(at: AppTest, lesson_id: str, index: int) -> AppTest:
    at.selectbox(key=f"lessons_step_{lesson_id}").set_value(index).run()
    assert not at.exception, at.exception
    return at


def test_the_lessons_page_opens_the_first_lesson_and_keeps_the_step_on_disk() -> None:
    at = open_page("pages/learn/lessons.py")
    assert at.selectbox(key="lessons_lesson").value == FIRST.id
    assert FIRST.steps[0].title() in [s.value for s in at.header]
    at.button(key="lessons_next").click().run()
    assert FIRST.steps[1].title() in [s.value for s in at.header]
    assert attempts.position(local_workspace(), FIRST.id) == 1
    again = open_page("pages/learn/lessons.py")  # a new session: the place comes from the workspace's folder
    assert again.selectbox(key=f"lessons_step_{FIRST.id}").value == 1


def test_a_wrong_number_gets_its_mistake_named_and_a_hint_then_the_right_one_is_done() -> None:
    index, exercise = first_number_exercise()
    workspace = local_workspace()
    right = exercises.solution(exercise, workspace.id).answer
    at = go_to_step(open_page("pages/learn/lessons.py"), FIRST.id, index)
    at.text_input(key=f"ex_{exercise.id}_number").input(str(right + 1000))
    at.button(key=f"FormSubmitter:ex_{exercise.id}_form-{'Check'}").click().run()
    wrong = attempts.attempts(workspace, exercise.id)
    assert [a.correct for a in wrong] == [False]
    expected = exercises.check(exercise, str(right + 1000), workspace.id).message.text("en")
    assert any(expected.split(":")[0] in e.value for e in at.error)
    if exercise.hints:
        assert "Hint 1" in [x.label for x in at.expander]
    at.text_input(key=f"ex_{exercise.id}_number").input(f"{right:,}")
    at.button(key=f"FormSubmitter:ex_{exercise.id}_form-{'Check'}").click().run()
    assert [a.correct for a in attempts.attempts(workspace, exercise.id)] == [False, True]
    assert at.success, shown(at)


def test_the_solution_opens_after_the_tries_the_lesson_asks_for_unless_the_teacher_turned_it_off() -> None:
    index, exercise = first_number_exercise()
    workspace = local_workspace()
    for _ in range(exercise.solution_after):
        verdict = exercises.check(exercise, "-1", workspace.id)
        attempts.record_attempt(workspace, exercise.id, "-1", verdict.correct, verdict.message)
    at = go_to_step(open_page("pages/learn/lessons.py"), FIRST.id, index)
    at.button(key=f"ex_{exercise.id}_solution").click().run()
    answer = exercises.show(exercises.solution(exercise, workspace.id).answer)
    assert any(answer in m.value for m in at.markdown), shown(at)
    attempts.save_class_settings(attempts.ClassSettings(solutions_allowed=False))
    at = go_to_step(open_page("pages/learn/lessons.py"), FIRST.id, index)
    assert not any(b.key == f"ex_{exercise.id}_solution" for b in at.button)
    assert "turned solutions off" in shown(at)


def test_a_wrong_choice_says_why_that_option_is_wrong() -> None:
    exercise = next(e for e in COURSE.exercises() if e.kind == "choice")
    wrong = next(o for o in exercise.check["options"] if not o.get("correct"))
    at = open_page("pages/learn/exercises.py")
    at.selectbox(key="exercises_chosen").set_value(exercise.id).run()
    at.radio(key=f"exlist_{exercise.id}_choice").set_value(str(wrong["id"]))
    at.button(key=f"FormSubmitter:exlist_{exercise.id}_form-Check").click().run()
    assert not at.exception, at.exception
    first_words = " ".join(wrong["why"]["en"].split()[:4]).strip("*_`")
    assert any(first_words in e.value for e in at.error), shown(at)


def test_the_exercises_page_counts_each_status_and_a_build_exercise_reads_the_build_page() -> None:
    workspace = local_workspace()
    number = next(e for e in COURSE.exercises() if e.kind == "number")
    attempts.record_attempt(workspace, number.id, "1", True, exercises.check(number, "1", workspace.id).message)
    build = next(e for e in COURSE.exercises() if e.kind == "build")
    at = open_page("pages/learn/exercises.py")
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["done"] == "1" and metrics["not started"] == str(len(COURSE.exercises()) - 1)
    at.selectbox(key="exercises_chosen").set_value(build.id).run()
    at.session_state["build_architecture"] = exercises.solution(build, workspace.id).arch
    at.button(key=f"FormSubmitter:exlist_{build.id}_form-Check").click().run()
    assert [a.correct for a in attempts.attempts(workspace, build.id)] == [True], shown(at)
