"""Exercises: every exercise of the course with where this student stands on it, and any one of them to do here."""

import pandas as pd
import streamlit as st

from cnnviz.i18n import t
from cnnviz.learn import attempts
from cnnviz.learn.course import Exercise
from pages.common import state
from pages.common.course import current_course
from pages.common.workspace import current_workspace
from pages.learn.exercising import lesson_text, show_exercise

CHOSEN_KEY = "exercises_chosen"
MARKS = {"done": "✓", "stuck": "!", "tried": "…", "not_started": "·"}

st.title(t("common.nav.exercises"))
st.caption(t("learn.lessons.exercises_intro"))
workspace = current_workspace()
course = current_course()
everything = course.exercises()
if not everything:
    st.info(t("learn.lessons.none"), icon=":material/school:")
    st.stop()
tried = attempts.attempts_by_exercise(workspace)
statuses = {exercise.id: attempts.status_of(tried.get(exercise.id, [])) for exercise in everything}

row = st.container(horizontal=True)
for status in attempts.STATUSES:
    row.metric(t(f"attempts.status.{status}"), sum(value == status for value in statuses.values()), border=True,
               width=170)


def first_line(exercise: Exercise, limit: int = 90) -> str:
    text = " ".join(exercise.prompt().split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


lessons = {lesson.id: lesson for lesson in course.lessons}
table = pd.DataFrame([{
    t("learn.lessons.col_lesson"): lesson_text(lessons[exercise.lesson].title),
    t("learn.lessons.col_exercise"): exercise.id,
    t("learn.lessons.col_kind"): t(f"learn.lessons.kind_{exercise.kind}"),
    t("learn.lessons.col_status"): f"{MARKS[statuses[exercise.id]]} {t(f'attempts.status.{statuses[exercise.id]}')}",
    t("learn.lessons.col_tries"): len(tried.get(exercise.id, [])),
    t("learn.lessons.col_prompt"): first_line(exercise),
} for exercise in everything])
st.dataframe(table, hide_index=True, width="stretch")

ids = [exercise.id for exercise in everything]
by_id = {exercise.id: exercise for exercise in everything}
chosen = st.selectbox(t("learn.lessons.open_exercise"), ids, index=state.held_index(CHOSEN_KEY, ids), key=CHOSEN_KEY,
                      format_func=lambda i: f"{MARKS[statuses[i]]} {i} · {first_line(by_id[i], 60)}",
                      help=t("learn.lessons.open_exercise_help"), persist_state=state.KEEP, width=560)
show_exercise(by_id[chosen], workspace, tried.get(chosen, []), attempts.load_class_settings().solutions_allowed,
              key=f"exlist_{chosen}")
