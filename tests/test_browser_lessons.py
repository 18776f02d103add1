"""A class does the first lesson in real browsers: two students answer each of its exercises, each with their own
numbers (one right every time, one wrong at the first then right), and the teacher's grid on the Class page shows
exactly that (a third student who did nothing, nothing), then its CSV.
Screenshots of a lesson step at 1024×768 in English and Korean."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.conftest import SCREENSHOTS, streamlit_server, wait_for_idle

pytestmark = [pytest.mark.browser, pytest.mark.slow]
SECRET = "teacher-secret-for-lessons"


def first_lesson():
    from cnnviz.learn.lessonfile import load_course

    course = load_course(environ={})
    return course, course.lessons[0]


@pytest.fixture(scope="module")
def classroom(tmp_path_factory):
    from cnnviz.runs import workspace

    data = tmp_path_factory.mktemp("lesson-class")
    previous = workspace.os.environ.get(workspace.DATA_DIR_ENV)
    workspace.os.environ[workspace.DATA_DIR_ENV] = str(data)
    try:
        made = {student: workspace.new_workspace() for student in ("alice", "bob", "carol")}
        for student, (_, space) in made.items():
            space.set_display_name(student.title())
    finally:
        if previous is None:
            workspace.os.environ.pop(workspace.DATA_DIR_ENV)
        else:
            workspace.os.environ[workspace.DATA_DIR_ENV] = previous
    env = {"CNNVIZ_CLASS_MODE": "1", "CNNVIZ_DATA_DIR": str(data), "CNNVIZ_TEACHER_SECRET": SECRET}
    with streamlit_server(data / "unused-runs", data / "server.log", env) as url:
        yield url, {student: (token, space) for student, (token, space) in made.items()}


def open_lesson(browser, url: str, token: str, size: tuple[int, int] = (1400, 1000), lang: str = "en"):
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.goto(f"{url}/lessons?ws={token}&lang={lang}")
    wait_for_idle(page)
    return context, page


def next_step(page, lang: str = "en") -> None:
    page.get_by_role("button", name="다음" if lang == "ko" else "Next", exact=True).click()
    wait_for_idle(page)


def right_answer(exercise, workspace_id: str) -> str:
    from cnnviz.learn import exercises

    return exercises.show(exercises.solution(exercise, workspace_id).answer)


def answer(page, position: int, exercise, value: str) -> None:
    """Answer the step's `position`-th exercise (its own form) with `value`: a number, or a choice's option id."""
    form = page.get_by_test_id("stForm").nth(position)
    if exercise.kind == "number":
        form.get_by_label("Your answer", exact=True).fill(value)
    else:
        ids = [str(option["id"]) for option in exercise.check["options"]]
        form.get_by_role("radiogroup").locator("label").nth(ids.index(value)).click()
    form.get_by_role("button", name="Check", exact=True).click()
    wait_for_idle(page)
    expect(page.get_by_test_id("stAlert").filter(has_text="Your last answer").nth(position)).to_be_visible()


def do_the_lesson(browser, url: str, token: str, workspace_id: str, wrong_first: bool) -> None:
    """Every exercise of the first lesson, step by step, right; with `wrong_first`, the first one wrong before."""
    course, lesson = first_lesson()
    context, page = open_lesson(browser, url, token)
    try:
        first = True
        for index, step in enumerate(lesson.steps):
            if index:
                next_step(page)
            for position, exercise_id in enumerate(step.exercises):
                exercise = course.exercise(exercise_id)
                if first and wrong_first:
                    answer(page, position, exercise, "999999")
                    expect(page.get_by_text("Hint 1")).to_be_visible()  # unlocked by the wrong try
                first = False
                answer(page, position, exercise, right_answer(exercise, workspace_id))
    finally:
        context.close()


def test_two_students_do_the_first_lesson_and_the_teacher_sees_exactly_that(browser, classroom) -> None:
    from cnnviz.learn import attempts

    url, students = classroom
    course, lesson = first_lesson()
    (alice_token, alice), (bob_token, bob) = students["alice"], students["bob"]
    do_the_lesson(browser, url, alice_token, alice.id, wrong_first=False)
    do_the_lesson(browser, url, bob_token, bob.id, wrong_first=True)
    ids = [exercise.id for exercise in lesson.exercises]
    assert {e: [a.correct for a in attempts.attempts(alice, e)] for e in ids} == {e: [True] for e in ids}
    bob_tries = {e: [a.correct for a in attempts.attempts(bob, e)] for e in ids}
    assert bob_tries == {e: [False, True] if e == ids[0] else [True] for e in ids}

    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(60_000)
    try:
        page.goto(f"{url}/class_view?ws={alice_token}")
        wait_for_idle(page)
        page.get_by_label("Teacher secret", exact=True).fill(SECRET)
        page.get_by_role("button", name="Open").click()
        wait_for_idle(page)
        expect(page.get_by_text("Who did which exercise")).to_be_visible()
        with page.expect_download() as download:
            page.get_by_role("button", name="Download the grid (CSV)").click()
        rows = list(csv.reader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8-sig"))))
        header, body = rows[0], {row[0]: row[1:] for row in rows[1:]}
        assert header[1:] == [exercise.id for exercise in course.exercises()] and set(body) == {"Alice", "Bob", "Carol"}
        assert set(body["Carol"]) == {"not_started"}
        for name in ("Alice", "Bob"):
            assert [status for exercise, status in zip(header[1:], body[name], strict=True)] == [
                "done" if exercise in ids else "not_started" for exercise in header[1:]]
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "class_lessons_grid.png"), full_page=True)
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_lesson_step_reads_on_a_projector(browser, classroom, lang: str) -> None:
    url, students = classroom
    context, page = open_lesson(browser, url, students["carol"][0], size=(1024, 768), lang=lang)
    try:
        expect(page.locator("h1").first).to_have_text("레슨" if lang == "ko" else "Lessons")
        expect(page.locator(".js-plotly-plot").first).to_be_visible()  # the step's live part
        overflow = page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth")
        assert not overflow
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"lesson_step_{lang}_1024.png"), full_page=True)
    finally:
        context.close()
