"""Lessons: the chapter of the study notes as a path of short lessons. Each step is a short text, what to notice,
and the live part of the app it is about; its exercises check themselves. Where the student is, is kept."""

import streamlit as st

from cnnviz.i18n import t
from cnnviz.learn import attempts
from cnnviz.learn.course import Lesson
from pages.common import state
from pages.common.course import current_course
from pages.common.text import plain
from pages.common.workspace import current_workspace
from pages.learn.exercising import lesson_text, show_exercise
from pages.learn.live_parts import show_live
from pages.learn.teaching import registered_pages

LESSON_KEY = "lessons_lesson"

st.title(t("common.nav.lessons"))
st.caption(t("learn.lessons.intro"))
workspace = current_workspace()
course = current_course()
for refused in course.refused:
    st.warning(str(refused), icon=":material/description:")
if not course.lessons:
    st.info(t("learn.lessons.none"), icon=":material/school:")
    st.stop()

tried = attempts.attempts_by_exercise(workspace)
lessons = {lesson.id: lesson for lesson in course.lessons}


def done_in(lesson: Lesson) -> int:
    return sum(attempts.status_of(tried.get(exercise.id, [])) == "done" for exercise in lesson.exercises)


def lesson_label(lesson_id: str) -> str:
    lesson = lessons[lesson_id]
    return t("learn.lessons.lesson_label", n=course.lessons.index(lesson) + 1, title=lesson_text(lesson.title),
             done=done_in(lesson), total=len(lesson.exercises))


if state.widget_value(LESSON_KEY) not in lessons:  # first visit, or a lesson since removed: where the student was
    last = attempts.last_lesson(workspace)
    state.set_widget_value(LESSON_KEY, last if last in lessons else course.lessons[0].id)
lesson_ids = list(lessons)
lesson = lessons[st.selectbox(t("learn.lessons.lesson"), lesson_ids, index=state.held_index(LESSON_KEY, lesson_ids),
                              key=LESSON_KEY, format_func=lesson_label,
                              help=t("learn.lessons.lesson_help"), persist_state=state.KEEP, width=560)]
st.markdown(lesson_text(lesson.summary))

step_key = f"lessons_step_{lesson.id}"
count = len(lesson.steps)
if not isinstance(state.widget_value(step_key), int) or not 0 <= state.widget_value(step_key) < count:
    state.set_widget_value(step_key, min(attempts.position(workspace, lesson.id), count - 1))


def remember_step() -> None:
    attempts.save_position(workspace, lesson.id, state.widget_value(step_key))


def move(by: int) -> None:
    state.set_widget_value(step_key, max(0, min(count - 1, state.widget_value(step_key) + by)))
    remember_step()


navigation = st.container(horizontal=True, vertical_alignment="bottom")
navigation.button(t("learn.lessons.previous"), icon=":material/arrow_back:", key="lessons_previous",
                  disabled=state.widget_value(step_key) == 0, on_click=move, args=(-1,),
                  help=t("learn.lessons.previous_help"))
index = navigation.selectbox(t("learn.lessons.step"), range(count), index=state.widget_value(step_key), key=step_key,
                             on_change=remember_step,
                             format_func=lambda i: t("learn.lessons.step_label", n=i + 1, count=count,
                                                     title=lesson_text(lesson.steps[i].title)),
                             help=t("learn.lessons.step_help"), persist_state=state.KEEP, width=420)
navigation.button(t("learn.lessons.next"), icon=":material/arrow_forward:", key="lessons_next",
                  disabled=index == count - 1, on_click=move, args=(1,), help=t("learn.lessons.next_help"))
step = lesson.steps[index]

st.header(lesson_text(step.title), anchor=False)
text, live = st.columns([2, 3], gap="medium")
with text:
    st.markdown(lesson_text(step.text))
    if step.notice is not None:
        st.info(lesson_text(step.notice), icon=":material/visibility:")
    pages = registered_pages()
    if step.page in pages:
        st.page_link(step.page, label=t("learn.lessons.open_page", page=pages[step.page]),
                     icon=":material/open_in_new:")
with live:
    if step.live is not None:
        show_live(step.live, workspace, key=f"live_{lesson.id}_{step.id}")

settings = attempts.load_class_settings()
by_id = {exercise.id: exercise for exercise in lesson.exercises}
shown = [by_id[exercise_id] for exercise_id in step.exercises if exercise_id in by_id]
if index == count - 1:  # the lesson's exercises no step holds come with its last step
    placed = {exercise_id for s in lesson.steps for exercise_id in s.exercises}
    shown += [exercise for exercise in lesson.exercises if exercise.id not in placed]
if shown:
    st.header(t("learn.lessons.exercises", n=len(shown)), anchor=False)
for exercise in shown:
    show_exercise(exercise, workspace, tried.get(exercise.id, []), settings.solutions_allowed,
                  key=f"ex_{exercise.id}")
if index == count - 1 and course.lessons.index(lesson) + 1 < len(course.lessons):
    following = course.lessons[course.lessons.index(lesson) + 1]
    st.button(t("learn.lessons.next_lesson", title=plain(following.title(), 120)), icon=":material/school:",
              key="lessons_next_lesson", on_click=state.set_widget_value, args=(LESSON_KEY, following.id),
              help=t("learn.lessons.next_lesson_help"))
