"""One exercise as a student meets it: the prompt of their own variant, an answer of the exercise's kind, the
verdict (recorded), hints that unlock after a wrong try, and the solution after enough tries."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import streamlit as st

from cnnviz.arch.presets import PRESETS
from cnnviz.arch.shapes import fmt, summarize
from cnnviz.arch.spec import Architecture
from cnnviz.i18n import CnnvizError, Literal, t
from cnnviz.learn import attempts, exercises
from cnnviz.learn.attempts import Attempt
from cnnviz.learn.course import Exercise, Text
from cnnviz.runs.layout import KEPT
from cnnviz.runs.workspace import Workspace, WorkspaceError
from pages.common import state
from pages.common.text import lesson_markdown, plain

STATUS_ICONS = {"done": ":material/check_circle:", "stuck": ":material/error:", "tried": ":material/pending:",
                "not_started": ":material/radio_button_unchecked:"}
STATUS_COLOURS = {"done": "green", "stuck": "red", "tried": "orange", "not_started": "gray"}


def lesson_text(text: Text) -> str:
    return lesson_markdown(text())


def status_badge(status: str) -> None:
    st.badge(t(f"attempts.status.{status}"), icon=STATUS_ICONS[status], color=STATUS_COLOURS[status])


def _number_answer(exercise: Exercise, key: str) -> str:
    return st.text_input(t("learn.lessons.your_number"), key=f"{key}_number", max_chars=40,
                         help=t("learn.lessons.your_number_help"), width=260)


def _choice_answer(exercise: Exercise, key: str) -> str | None:
    options = exercise.check["options"]
    labels = {str(option["id"]): Text(option["text"]["en"], option["text"]["ko"]) for option in options}
    return st.radio(t("learn.lessons.your_choice"), list(labels), index=None, key=f"{key}_choice",
                    format_func=lambda option_id: lesson_text(labels[option_id]),
                    help=t("learn.lessons.your_choice_help"))


def _finished_runs(workspace: Workspace) -> list:
    return [info for info in workspace.list_runs() if info.status in KEPT]


def _run_answer(workspace: Workspace, key: str) -> Path | None:
    runs = _finished_runs(workspace)
    if not runs:
        st.info(t("learn.lessons.no_runs"), icon=":material/model_training:")
        st.page_link("pages/build/train.py", label=t("common.nav.train"), icon=":material/model_training:")
        return None
    by_path = {str(info.path): info for info in runs}
    chosen = st.selectbox(t("learn.lessons.your_run"), list(by_path), key=f"{key}_run",
                          format_func=lambda path: plain(by_path[path].name, 80), help=t("learn.lessons.your_run_help"))
    return Path(chosen) if chosen else None


def _look_answer(workspace: Workspace, key: str) -> exercises.LookAnswer | None:
    looked = attempts.looks(workspace)
    st.page_link("pages/explain/explain.py", label=t("learn.lessons.open_explain"), icon=":material/lightbulb:")
    if not looked:
        st.info(t("learn.lessons.no_looks"), icon=":material/visibility:")
        return None
    labels = {i: t("learn.lessons.look_label", image=look.image, run=plain(look.run, 60), label=look.label,
                   predicted=look.predicted) for i, look in enumerate(looked)}
    index = st.selectbox(t("learn.lessons.your_look"), list(labels), key=f"{key}_look", format_func=labels.get,
                         help=t("learn.lessons.your_look_help"))
    look = looked[index]
    try:
        run = workspace.run_folder(look.run)
    except WorkspaceError as exc:
        st.warning(str(exc), icon=":material/folder_off:")
        return None
    return exercises.LookAnswer(run, look.image, look.label, look.predicted)


def _start_architecture(exercise: Exercise) -> Architecture:
    """The network the exercise starts from: its preset, or no layers on its input shape."""
    start = exercise.check.get("start")
    if isinstance(start, str) and start in PRESETS:
        return PRESETS[start].architecture
    shape = exercise.check.get("input_shape") or (28, 28, 1)
    return Architecture(tuple(int(n) for n in shape), ())


def _build_answer(exercise: Exercise, key: str) -> None:
    """What the Build page holds now (the network the check reads), and a way to start from the exercise's network."""
    arch = state.CURRENT_ARCHITECTURE.get()
    summary = summarize(arch)
    if summary.ok:
        st.caption(t("learn.lessons.build_now", layers=len(arch.layers), params=fmt(summary.total_params),
                     shape="×".join(map(str, summary.output_shape))))
    else:
        st.caption(t("learn.lessons.build_broken", reason=plain(str(summary.errors[0]), 300)))
    row = st.container(horizontal=True)
    row.page_link("pages/build/build.py", label=t("learn.lessons.open_build"), icon=":material/stacks:")
    start = _start_architecture(exercise)
    if start != arch:
        row.button(t("learn.lessons.load_start"), key=f"{key}_start", icon=":material/restart_alt:",
                   on_click=state.CURRENT_ARCHITECTURE.set, args=(start,), help=t("learn.lessons.load_start_help"))


def _answer(exercise: Exercise, workspace: Workspace, key: str) -> tuple[object, str] | None:
    """The answer the form holds, and how it is written down in the attempts; None when there is none yet."""
    if exercise.kind == "number":
        text = _number_answer(exercise, key)
        return (text, text) if text.strip() else None
    if exercise.kind == "choice":
        chosen = _choice_answer(exercise, key)
        return (chosen, chosen) if chosen else None
    if exercise.kind == "train":
        run = _run_answer(workspace, key)
        return (run, run.name) if run else None
    if exercise.kind == "look":
        look = _look_answer(workspace, key)
        return (look, f"{look.run.name}#{look.image}") if look else None
    arch = state.CURRENT_ARCHITECTURE.get()
    return arch, t("learn.lessons.build_answer", layers=len(arch.layers))


def _check(exercise: Exercise, workspace: Workspace, answer: tuple[object, str] | None) -> None:
    if answer is None:
        st.warning(t("learn.lessons.nothing_to_check"), icon=":material/edit:")
        return
    value, written = answer
    try:
        verdict = exercises.check(exercise, value, workspace.id)
    except CnnvizError as exc:  # a malformed answer: said, not counted as a try
        st.error(str(exc), icon=":material/error:")
        return
    try:
        attempts.record_attempt(workspace, exercise.id, written, verdict.correct, verdict.message)
    except CnnvizError as exc:
        st.warning(str(exc), icon=":material/save:")


def _verdict_text(exercise: Exercise, workspace: Workspace, attempt: Attempt) -> str:
    """The stored verdict; for a number or a choice, checked again (a lesson's own Markdown, stored, would show as
    text)."""
    if exercise.kind in ("number", "choice"):
        try:
            return exercises.check(exercise, attempt.answer, workspace.id).message.text()
        except CnnvizError:
            pass
    return attempt.message.text()


def _last_verdict(exercise: Exercise, workspace: Workspace, tries: Sequence[Attempt]) -> None:
    if not tries:
        return
    last = tries[-1]
    shown = t("learn.lessons.last_answer", answer=Literal(plain(last.answer, 80)),
              verdict=Literal(_verdict_text(exercise, workspace, last)))
    if last.correct:
        st.success(shown, icon=":material/check_circle:")
    else:
        st.error(shown, icon=":material/cancel:")


def _hints(exercise: Exercise, tries: Sequence[Attempt]) -> None:
    unlocked = attempts.hints_unlocked(tries, len(exercise.hints))
    for number, hint in enumerate(exercise.hints[:unlocked], start=1):
        with st.expander(t("learn.lessons.hint_n", n=number), icon=":material/lightbulb:"):
            st.markdown(lesson_text(hint))
    if exercise.hints and unlocked < len(exercise.hints) and not any(a.correct for a in tries):
        st.caption(t("learn.lessons.hint_after_try"))


def _show_solution(exercise_id: str) -> None:
    state.LESSON_SOLUTIONS_SHOWN.set(state.LESSON_SOLUTIONS_SHOWN.get() | {exercise_id})


def _solution(exercise: Exercise, workspace: Workspace, tries: Sequence[Attempt], allowed: bool, key: str) -> None:
    if not attempts.solution_unlocked(tries, exercise.solution_after, allowed):
        if not allowed:
            st.caption(t("learn.lessons.solutions_off"))
        elif not any(a.correct for a in tries):
            left = exercise.solution_after - attempts.wrong_tries(tries)
            st.caption(t("learn.lessons.solution_after", n=max(left, 0)))
        return
    if exercise.id not in state.LESSON_SOLUTIONS_SHOWN.get():
        st.button(t("learn.lessons.show_solution"), key=f"{key}_solution", icon=":material/key:",
                  on_click=_show_solution, args=(exercise.id,), help=t("learn.lessons.show_solution_help"))
        return
    solution = exercises.solution(exercise, workspace.id)
    with st.container(border=True):
        st.markdown(f"**{t('learn.lessons.solution')}**")
        if solution.answer is not None:
            st.markdown(t("learn.lessons.solution_answer", answer=Literal(plain(exercises.show(solution.answer)))))
        st.markdown(lesson_markdown(solution.text))
        if solution.arch is not None:
            st.button(t("learn.lessons.load_solution"), key=f"{key}_load_solution", icon=":material/stacks:",
                      on_click=state.CURRENT_ARCHITECTURE.set, args=(solution.arch,),
                      help=t("learn.lessons.load_solution_help"))
        if exercise.explanation is not None:
            st.markdown(lesson_text(exercise.explanation))


def show_exercise(exercise: Exercise, workspace: Workspace, tries: Sequence[Attempt], solutions_allowed: bool,
                  key: str) -> None:
    """The exercise in a bordered box; `tries`: this workspace's attempts at it, oldest first."""
    with st.container(border=True):
        head = st.container(horizontal=True, vertical_alignment="center")
        head.markdown(f"**{t('learn.lessons.exercise_title', kind=t(f'learn.lessons.kind_{exercise.kind}'))}**")
        with head:
            status_badge(attempts.status_of(tries))
        st.markdown(lesson_markdown(exercises.prompt(exercise, workspace.id)))
        if exercise.kind == "build":
            _build_answer(exercise, key)
        with st.form(f"{key}_form", border=False, enter_to_submit=True):
            answer = _answer(exercise, workspace, key)
            submitted = st.form_submit_button(t("learn.lessons.check"), type="primary", icon=":material/done_all:",
                                              help=t("learn.lessons.check_help"))
        if submitted:
            _check(exercise, workspace, answer)
            tries = attempts.attempts(workspace, exercise.id)
        _last_verdict(exercise, workspace, tries)
        if tries and tries[-1].correct and exercise.explanation is not None:
            st.markdown(lesson_text(exercise.explanation))
        _hints(exercise, tries)
        _solution(exercise, workspace, tries, solutions_allowed, key)
