"""A class does the first lesson in real browsers: two students answer its first exercise (one right, one wrong then
right), each with their own numbers, and the teacher's grid on the Class page shows exactly that, then its CSV.
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


def first_exercise() -> tuple[int, object]:
    """The first lesson's first number exercise and the index of the step that holds it."""
    from cnnviz.learn.lessonfile import load_course

    course = load_course(environ={})
    lesson = course.lessons[0]
    for index, step in enumerate(lesson.steps):
        for exercise_id in step.exercises:
            exercise = course.exercise(exercise_id)
            if exercise.kind == "number":
                return index, exercise
    raise AssertionError("the first lesson has no number exercise")


@pytest.fixture(scope="module")
def classroom(tmp_path_factory):
    from cnnviz.runs import workspace

    data = tmp_path_factory.mktemp("lesson-class")
    previous = workspace.os.environ.get(workspace.DATA_DIR_ENV)
    workspace.os.environ[workspace.DATA_DIR_ENV] = str(data)
    try:
        made = {student: workspace.new_workspace() for student in ("alice", "bob")}
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


def open_step(browser, url: str, token: str, step: int, size: tuple[int, int] = (1400, 1000), lang: str = "en"):
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.goto(f"{url}/lessons?ws={token}&lang={lang}")
    wait_for_idle(page)
    for _ in range(step):
        page.get_by_role("button", name="다음" if lang == "ko" else "Next", exact=True).click()
        wait_for_idle(page)
    return context, page


def answer(page, value: str) -> None:
    field = page.get_by_label("Your answer", exact=True).first
    field.fill(value)
    page.get_by_role("button", name="Check", exact=True).first.click()
    wait_for_idle(page)


def test_two_students_do_the_first_exercise_and_the_teacher_sees_exactly_that(browser, classroom) -> None:
    from cnnviz.learn import attempts, exercises

    url, students = classroom
    index, exercise = first_exercise()
    right = {name: exercises.show(exercises.solution(exercise, space.id).answer)
             for name, (_, space) in students.items()}
    token, alice = students["alice"]
    context, page = open_step(browser, url, token, index)
    try:
        answer(page, right["alice"])
        expect(page.get_by_text("Your last answer").first).to_be_visible()
    finally:
        context.close()
    token, bob = students["bob"]
    context, page = open_step(browser, url, token, index)
    try:
        answer(page, "999999")
        expect(page.get_by_test_id("stAlert").filter(has_text="Your last answer 999999").first).to_be_visible()
        expect(page.get_by_text("Hint 1")).to_be_visible()  # unlocked by the wrong try
        answer(page, right["bob"])
    finally:
        context.close()
    assert [a.correct for a in attempts.attempts(alice, exercise.id)] == [True]
    assert [(a.answer, a.correct) for a in attempts.attempts(bob, exercise.id)] == [("999999", False),
                                                                                  (right["bob"], True)]

    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(60_000)
    try:
        page.goto(f"{url}/class_view?ws={students['alice'][0]}")
        wait_for_idle(page)
        page.get_by_label("Teacher secret", exact=True).fill(SECRET)
        page.get_by_role("button", name="Open").click()
        wait_for_idle(page)
        with page.expect_download() as download:
            page.get_by_role("button", name="Download the grid (CSV)").click()
        rows = list(csv.reader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8-sig"))))
        header, body = rows[0], {row[0]: row for row in rows[1:]}
        column = header.index(exercise.id)
        assert set(body) == {"Alice", "Bob"}
        assert body["Alice"][column] == "done" and body["Bob"][column] == "done"
        others = [i for i in range(1, len(header)) if i != column]
        assert all(body[name][i] == "not_started" for name in body for i in others)
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "class_lessons_grid.png"), full_page=True)
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_lesson_step_reads_on_a_projector(browser, classroom, lang: str) -> None:
    url, students = classroom
    context, page = open_step(browser, url, students["alice"][0], 0, size=(1024, 768), lang=lang)
    try:
        expect(page.locator("h1").first).to_have_text("레슨" if lang == "ko" else "Lessons")
        expect(page.locator(".js-plotly-plot").first).to_be_visible()  # the step's live part
        overflow = page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth")
        assert not overflow
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"lesson_step_{lang}_1024.png"), full_page=True)
    finally:
        context.close()
