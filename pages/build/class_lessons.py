"""Class: the lessons as the teacher sees them. Who did which exercise (live), the wrong answers most students gave,
one student's tries, the grid as CSV, solutions on or off for the class, and the teacher's own lesson files.

The grid is an st.dataframe (not a heatmap): 30 students × 38 exercises cannot be read at 1024×768 in one figure,
while a table keeps every cell a readable symbol, scrolls sideways with the student column pinned, and a lesson
filter narrows it to one lesson's exercises."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pandas as pd
import streamlit as st

from cnnviz import i18n
from cnnviz.i18n import msg, t
from cnnviz.learn import attempts
from cnnviz.learn.course import Course, Exercise, Lesson
from cnnviz.learn.lessonfile import (
    LessonError,
    add_teacher_lesson,
    remove_teacher_lesson,
)
from cnnviz.runs.workspace import Workspace, all_workspaces
from pages.common import state
from pages.common.banners import confirm_delete, outcome_banner
from pages.common.course import current_course
from pages.common.text import plain

REFRESH_SECONDS = 5.0
SYMBOLS = {"done": "✓", "stuck": "!", "tried": "…", "not_started": "·"}
# Half-transparent, so the grid reads on the light and the dark theme alike; the legend uses the same colours.
COLOURS = {"done": "rgba(33, 195, 84, 0.28)", "stuck": "rgba(255, 43, 43, 0.28)",
           "tried": "rgba(255, 164, 33, 0.32)", "not_started": ""}
LEGEND_COLOURS = {"done": "green", "stuck": "red", "tried": "orange"}
PROMPT_WORDS = 9
WRONG_ANSWERS_SHOWN = 8
GRID_MAX_HEIGHT = 560  # px: the grid scrolls below this (30 students and the summary fit at 1024×768 with it)
ALL_LESSONS = ""
KEY_LESSON = "class_lessons_lesson"
KEY_EXERCISE = "class_lessons_exercise"
KEY_STUDENT = "class_lessons_student"
KEY_SOLUTIONS = "class_lessons_solutions"
KEY_UPLOAD = "class_lessons_upload"

_MARKUP = re.compile(r"[*_`$#>|\\]")
_PLACEHOLDER = re.compile(r"\{\w+\}")  # a value of the student's variant: each student sees their own


def _first_words(text: str, words: int = PROMPT_WORDS) -> str:
    """The start of a prompt as a tooltip or a choice shows it: no Markdown marks, one line."""
    parts = _MARKUP.sub("", _PLACEHOLDER.sub("…", text)).split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _numbers(course: Course) -> dict[str, str]:
    """Each exercise's place in the course, "2.3" (the 3rd exercise of the 2nd lesson): it groups the grid's columns
    by lesson and ties them to the choices below the grid."""
    return {exercise.id: f"{i}.{j}" for i, lesson in enumerate(course.lessons, 1)
            for j, exercise in enumerate(lesson.exercises, 1)}


def column_name(exercise: Exercise, numbers: dict[str, str]) -> str:
    """An exercise's column in the grid: its place and its id ("1.2 cc-three-by-three")."""
    return f"{numbers[exercise.id]} {exercise.id}"


def _student_label(workspace: Workspace) -> str:
    """The student's own name (plain text: for tables and choices), with the start of the workspace's code."""
    with i18n.fields_as_given():
        name = workspace.display_name()
        if name:
            return t("build.class.student_named", name=name, id=workspace.id[:6])
        return t("build.class.student", id=workspace.id[:6])


# ---- the grid ---------------------------------------------------------------------------------------------------


def grid_frame(rows: Sequence[attempts.GridRow], course: Course, exercises: Sequence[Exercise],
               labels: dict[str, str]) -> pd.DataFrame:
    """The grid as the page shows it: a summary row (how many done ✓ and stuck !), then one row per student with
    each exercise's status as its symbol."""
    numbers = _numbers(course)
    student = t("build.class_lessons.col_student")
    summary = {student: t("build.class_lessons.summary_row")}
    for exercise in exercises:
        statuses = [row.statuses.get(exercise.id, "not_started") for row in rows]
        summary[column_name(exercise, numbers)] = (f"{SYMBOLS['done']}{statuses.count('done')} "
                                                   f"{SYMBOLS['stuck']}{statuses.count('stuck')}")
    lines = [summary]
    for row in rows:
        line = {student: labels.get(row.workspace_id, row.name)}
        line.update({column_name(exercise, numbers): SYMBOLS[row.statuses.get(exercise.id, "not_started")]
                     for exercise in exercises})
        lines.append(line)
    return pd.DataFrame(lines, columns=[student, *(column_name(exercise, numbers) for exercise in exercises)])


def _grid_styles(frame: pd.DataFrame) -> pd.DataFrame:
    """Each status cell's background (the symbol says the same: never colour alone); the summary row in bold."""
    by_symbol = {SYMBOLS[status]: f"background-color: {colour}" for status, colour in COLOURS.items() if colour}
    css = frame.map(lambda cell: by_symbol.get(cell, ""))
    css.iloc[:, 0] = ""
    css.iloc[0, :] = "font-weight: bold"
    return css


def _legend() -> str:
    parts = []
    for status in attempts.STATUSES:
        item = f"{SYMBOLS[status]} {t(f'attempts.status.{status}')}"
        parts.append(f":{LEGEND_COLOURS[status]}-background[{item}]" if status in LEGEND_COLOURS else item)
    return "  ".join(parts)


def _lesson_choice(course: Course) -> list[Exercise]:
    """The lesson filter above the grid; the exercises it shows."""
    options = [ALL_LESSONS, *(lesson.id for lesson in course.lessons)]
    places = {lesson.id: i for i, lesson in enumerate(course.lessons, 1)}
    titles = {lesson.id: lesson.title() for lesson in course.lessons}
    chosen = st.selectbox(t("build.class_lessons.lesson"), options, index=state.held_index(KEY_LESSON, options),
                          key=KEY_LESSON, persist_state=state.KEEP, width=420,
                          help=t("build.class_lessons.lesson_help"),
                          format_func=lambda lesson: t("build.class_lessons.all_lessons") if lesson == ALL_LESSONS
                          else f"{places[lesson]}. {titles[lesson]}")
    if chosen == ALL_LESSONS or chosen not in places:
        return list(course.exercises())
    return list(course.lesson(chosen).exercises)


def _grid(course: Course, rows: Sequence[attempts.GridRow], labels: dict[str, str]) -> None:
    exercises = _lesson_choice(course)
    frame = grid_frame(rows, course, exercises, labels)
    numbers = _numbers(course)
    lessons = {lesson.id: lesson for lesson in course.lessons}
    config = {t("build.class_lessons.col_student"): st.column_config.TextColumn(pinned=True)}
    for exercise in exercises:
        lesson: Lesson = lessons[exercise.lesson]
        config[column_name(exercise, numbers)] = st.column_config.TextColumn(
            help=plain(t("build.class_lessons.column_help", lesson=lesson.title(),
                         prompt=_first_words(exercise.prompt())), limit=300),
            alignment="center")
    st.markdown(_legend())
    st.dataframe(frame.style.apply(_grid_styles, axis=None), hide_index=True, column_config=config,
                 height=min(GRID_MAX_HEIGHT, 38 + 35 * len(frame)), key="class_lessons_grid")
    st.download_button(t("build.class_lessons.csv"), attempts.grid_csv(rows, course), file_name="class-progress.csv",
                       mime="text/csv", key="class_lessons_csv", icon=":material/download:", on_click="ignore",
                       help=t("build.class_lessons.csv_help"))


# ---- the most common wrong answers, one student's tries ---------------------------------------------------------


def _exercise_label(course: Course) -> dict[str, str]:
    numbers = _numbers(course)
    return {exercise.id: f"{numbers[exercise.id]} · {_first_words(exercise.prompt())}" for exercise in
            course.exercises()}


def _most_wrong(rows: Sequence[attempts.GridRow], exercises: Sequence[Exercise]) -> int:
    """The place of the exercise most students are stuck on (then: tried without success); 0 when none."""
    def struggling(exercise: Exercise) -> tuple[int, int]:
        statuses = [row.statuses.get(exercise.id) for row in rows]
        return statuses.count("stuck"), statuses.count("tried")

    counts = [struggling(exercise) for exercise in exercises]
    best = max(counts, default=(0, 0))
    return counts.index(best) if best != (0, 0) else 0


def _wrong_answers(course: Course, workspaces: Sequence[Workspace], rows: Sequence[attempts.GridRow]) -> None:
    st.subheader(t("build.class_lessons.wrong_title"), anchor=False)
    exercises = list(course.exercises())
    labels = _exercise_label(course)
    options = [exercise.id for exercise in exercises]
    chosen = st.selectbox(t("build.class_lessons.exercise"), options,
                          index=state.held_index(KEY_EXERCISE, options, _most_wrong(rows, exercises)),
                          key=KEY_EXERCISE, persist_state=state.KEEP, format_func=lambda ex: labels.get(ex, ex),
                          help=t("build.class_lessons.exercise_help"))
    exercise = course.exercise(chosen)
    statuses = [row.statuses.get(exercise.id, "not_started") for row in rows]
    st.caption(t("build.class_lessons.exercise_caption", id=exercise.id, lesson=course.lesson(exercise.lesson).title(),
                 done=statuses.count("done"), stuck=statuses.count("stuck"), tried=statuses.count("tried"),
                 students=len(statuses)))
    found = attempts.common_wrong_answers(workspaces, exercise.id, top=WRONG_ANSWERS_SHOWN)
    if not found:
        st.caption(t("build.class_lessons.no_wrong"))
        return
    columns = [t(f"build.class_lessons.col_{name}") for name in ("answer", "students", "message")]
    with i18n.fields_as_given():  # a table shows its cells as text
        table = [dict(zip(columns, (answer, count, message.text()), strict=True)) for answer, count, message in found]
    st.dataframe(table, hide_index=True, key="class_lessons_wrong", column_config={
        columns[0]: st.column_config.TextColumn(width="small"),
        columns[1]: st.column_config.NumberColumn(width="small", help=t("build.class_lessons.col_students_help")),
        columns[2]: st.column_config.TextColumn(width="large")})


def _time(stamp: str) -> str:
    """An attempt's UTC time to the minute ("2026-12-06 08:15"); "" when it was unreadable."""
    return stamp[:16].replace("T", " ")


def _exercise_name(exercise_id: str, numbers: dict[str, str]) -> str:
    """An exercise as the grid's column names it; one no longer in the course (its lesson removed) by its id."""
    return f"{numbers[exercise_id]} {exercise_id}" if exercise_id in numbers else exercise_id


def _student_attempts(course: Course, workspaces: Sequence[Workspace], labels: dict[str, str]) -> None:
    st.subheader(t("build.class_lessons.student_title"), anchor=False)
    options = [workspace.id for workspace in sorted(workspaces, key=lambda ws: (labels[ws.id].casefold(), ws.id))]
    chosen = st.selectbox(t("build.class_lessons.student"), options, index=state.held_index(KEY_STUDENT, options),
                          key=KEY_STUDENT, persist_state=state.KEEP, format_func=lambda ws: labels.get(ws, ws),
                          help=t("build.class_lessons.student_help"))
    workspace = next(ws for ws in workspaces if ws.id == chosen)
    tries = attempts.attempts(workspace)
    if not tries:
        st.caption(t("build.class_lessons.no_attempts"))
        return
    names = ("time", "exercise", "answer", "result", "message")
    columns = [t(f"build.class_lessons.col_{name}") for name in names]
    right, wrong = t("build.class_lessons.right"), t("build.class_lessons.wrong")
    numbers = _numbers(course)
    with i18n.fields_as_given():
        table = [dict(zip(columns, (_time(attempt.time), _exercise_name(attempt.exercise, numbers), attempt.answer,
                                    right if attempt.correct else wrong, attempt.message.text()), strict=True))
                 for attempt in reversed(tries)]  # newest first
    st.caption(t("build.class_lessons.attempts_count", count=len(tries)))
    st.dataframe(table, hide_index=True, key="class_lessons_attempts",
                 column_config={columns[4]: st.column_config.TextColumn(width="large")})


@st.fragment(run_every=REFRESH_SECONDS)
def progress() -> None:
    """The grid, the common wrong answers and one student's tries, read again every few seconds."""
    course = current_course()
    workspaces = all_workspaces()
    st.subheader(t("build.class_lessons.grid_title"), anchor=False)
    if not workspaces:
        st.caption(t("build.class_lessons.no_students"))
        return
    if not course.exercises():
        st.caption(t("build.class_lessons.no_exercises"))
        return
    labels = {workspace.id: _student_label(workspace) for workspace in workspaces}
    rows = attempts.class_grid(workspaces, course)
    _grid(course, rows, labels)
    _wrong_answers(course, workspaces, rows)
    _student_attempts(course, workspaces, labels)


# ---- the class's settings and the teacher's own lessons ---------------------------------------------------------


def _save_solutions() -> None:
    allowed = bool(state.widget_value(KEY_SOLUTIONS, True))
    try:
        attempts.save_class_settings(attempts.ClassSettings(solutions_allowed=allowed))
    except attempts.AttemptsError as error:
        state.CLASS_LESSONS_OUTCOME.set(state.Outcome.error(error.as_message()))


def _solutions() -> None:
    st.subheader(t("build.class_lessons.settings_title"), anchor=False)
    # The file is what students' pages read: the toggle shows it, whichever teacher's tab changed it last.
    state.set_widget_value(KEY_SOLUTIONS, attempts.load_class_settings().solutions_allowed)
    st.toggle(t("build.class_lessons.solutions"), key=KEY_SOLUTIONS, on_change=_save_solutions,
              help=t("build.class_lessons.solutions_help"))


def _add_upload() -> None:
    uploaded = state.widget_value(KEY_UPLOAD)
    if uploaded is None:
        return
    try:
        lesson = add_teacher_lesson(uploaded.getvalue(), uploaded.name, current_course())
    except LessonError as error:
        state.CLASS_LESSONS_OUTCOME.set(state.Outcome.error(error.as_message()))
        return
    except OSError as error:
        state.CLASS_LESSONS_OUTCOME.set(state.Outcome.error(msg("build.class_lessons.cannot_save", reason=str(error))))
        return
    added = msg("build.class_lessons.added", id=lesson.id, exercises=len(lesson.exercises), file=f"{lesson.id}.yaml")
    state.CLASS_LESSONS_OUTCOME.set(state.Outcome.success(added))


def _remove(lesson_id: str) -> None:
    try:
        removed = remove_teacher_lesson(lesson_id)
    except OSError as error:
        state.CLASS_LESSONS_OUTCOME.set(state.Outcome.error(msg("build.class_lessons.cannot_save", reason=str(error))))
        return
    state.CLASS_LESSONS_OUTCOME.set(state.Outcome.success(msg("build.class_lessons.removed", id=lesson_id)) if removed
                else state.Outcome.error(msg("build.class_lessons.already_gone", id=lesson_id)))


def _own_lesson(lesson: Lesson) -> None:
    line = st.container(horizontal=True, vertical_alignment="center")
    line.markdown(t("build.class_lessons.own_line", title=lesson.title(), id=lesson.id, file=lesson.source,
                    exercises=len(lesson.exercises)))
    if line.button(t("build.class_lessons.remove"), key=f"class_lessons_remove_{lesson.id}", icon=":material/delete:",
                   help=t("build.class_lessons.remove_help")):
        state.CLASS_LESSONS_PENDING_REMOVE.set(lesson.id)
    if state.CLASS_LESSONS_PENDING_REMOVE.get() == lesson.id:
        confirm_delete(t("build.class_lessons.remove_confirm", title=lesson.title(), id=lesson.id),
                       "class_lessons_remove", lambda: _remove(lesson.id), state.CLASS_LESSONS_PENDING_REMOVE)


def _own_lessons() -> None:
    st.subheader(t("build.class_lessons.own_title"), anchor=False)
    with st.expander(t("build.class_lessons.how_title"), icon=":material/help:"):
        st.markdown(t("build.class_lessons.how_text"))
        st.code(t("build.class_lessons.how_example"), language="yaml")
    st.file_uploader(t("build.class_lessons.upload"), type=["yaml", "yml"], key=KEY_UPLOAD, on_change=_add_upload,
                     max_upload_size=1, help=t("build.class_lessons.upload_help"))  # MB; lessonfile allows 256 KB
    outcome_banner(state.CLASS_LESSONS_OUTCOME.get())
    course = current_course()
    own = [lesson for lesson in course.lessons if not lesson.shipped]
    if not own:
        st.caption(t("build.class_lessons.no_own"))
    for lesson in own:
        _own_lesson(lesson)
    if course.refused:
        st.markdown(t("build.class_lessons.refused_title"))
        for error in course.refused:
            st.warning(plain(str(error), limit=1200), icon=":material/block:")


def class_lessons() -> None:
    """The Class page's lessons section (the teacher is in: class_view.py checked the secret)."""
    st.divider()
    st.header(t("build.class_lessons.title"), anchor=False)
    progress()
    _solutions()
    _own_lessons()
