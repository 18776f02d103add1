"""`lessons`, `check` and `solution`: the course from the command line (registered in cnnviz.cli.main).

    python -m cnnviz lessons [--json]
    python -m cnnviz check EXERCISE_ID --workspace NAME (--answer VALUE | --arch FILE | --run DIR) [--json]
    python -m cnnviz check LOOK_EXERCISE_ID --workspace NAME --run DIR --answer IMAGE_INDEX [--json]
    python -m cnnviz solution EXERCISE_ID --workspace NAME [--json]

The course is the shipped lessons plus the teacher's uploads (and `$CNNVIZ_LESSONS_DIR`). The workspace NAME is
`local`, a workspace id (24 hex digits) or, in class mode, a student's display name: it gives the variant of the
exercise. `check` is a grader's tool: it says right or wrong and records nothing. Each command is a thin layer over
functions taking the course and the answer (tested on their own).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cnnviz.cli.common import CliError, load_architecture
from cnnviz.i18n import CnnvizError, Message, t
from cnnviz.learn.course import Course, Exercise
from cnnviz.runs.workspace import (
    LOCAL,
    WORKSPACE_ID,
    Workspace,
    all_workspaces,
    class_mode,
    clean_display_name,
    local_workspace,
)

# How each kind of exercise is answered on the command line: the options it takes (and shows in messages).
ANSWER_FORMS = {"number": ("answer",), "choice": ("answer",), "build": ("arch",), "train": ("run",),
                "look": ("run", "answer")}
FORM_TEXT = {"answer": "--answer VALUE", "arch": "--arch FILE", "run": "--run DIR"}
LOOK_FORM_TEXT = "--run DIR --answer IMAGE_INDEX"


def load_the_course() -> Course:
    """The shipped lessons and the teacher's (the class uploads folder; `$CNNVIZ_LESSONS_DIR` is read by
    lessonfile itself)."""
    from cnnviz.learn.lessonfile import load_course, teacher_lessons_dir

    return load_course(extra_dirs=(teacher_lessons_dir(),))


def _warn_refused(course: Course) -> None:
    for error in course.refused:
        print(t("cli.warning", text=error), file=sys.stderr)


def _exercise(course: Course, exercise_id: str) -> Exercise:
    """The course's exercise; when there is none by that id, the refused files are said first (it may be in one)."""
    try:
        return course.exercise(exercise_id)
    except CnnvizError:
        _warn_refused(course)
        raise  # CourseError: exit 2, naming `lessons`


# ---- lessons -------------------------------------------------------------------------------------


def lessons_listing(course: Course) -> dict[str, Any]:
    """{"lessons": [{"id", "title": {"en", "ko"}, "exercises": [{"id", "kind"}]}]} in course order."""
    return {"lessons": [{"id": lesson.id, "title": {"en": lesson.title.en, "ko": lesson.title.ko},
                         "exercises": [{"id": exercise.id, "kind": exercise.kind} for exercise in lesson.exercises]}
                        for lesson in course.lessons]}


def lessons_text(course: Course, lang: str | None = None) -> str:
    """Each lesson's id and title (in `lang`, default the current language), then its exercises' ids and kinds."""
    lines = []
    for number, lesson in enumerate(course.lessons, start=1):
        lines.append(t("cli.lessons.lesson_line", lang=lang, number=number, id=lesson.id, title=lesson.title(lang)))
        lines.extend(t("cli.lessons.exercise_line", lang=lang, id=exercise.id, kind=exercise.kind)
                     for exercise in lesson.exercises)
    if not lines:
        lines.append(t("cli.lessons.none", lang=lang))
    return "\n".join(lines)


def _lessons(args: argparse.Namespace) -> int:
    course = load_the_course()
    _warn_refused(course)
    print(json.dumps(lessons_listing(course), ensure_ascii=False, indent=2) if args.json else lessons_text(course))
    return 0


# ---- which workspace -------------------------------------------------------------------------------


def workspace_named(name: str, environ: dict[str, str] | None = None) -> Workspace:
    """`local`, a workspace id that exists on this server, or (in class mode) the one student with that display
    name (compared without case); CliError saying why otherwise."""
    if name == LOCAL:
        return local_workspace()
    if WORKSPACE_ID.match(name):
        for workspace in all_workspaces():
            if workspace.id == name:
                return workspace
        raise CliError("cli.lessons.no_workspace_id", id=name)
    if not class_mode(environ):
        raise CliError("cli.lessons.names_need_class_mode", name=repr(name))
    wanted = clean_display_name(name).casefold()
    found = [w for w in all_workspaces() if wanted and w.display_name().casefold() == wanted]
    if not found:
        raise CliError("cli.lessons.no_student", name=repr(name))
    if len(found) > 1:
        raise CliError("cli.lessons.many_students", name=repr(name), count=len(found),
                       ids=", ".join(w.id for w in found))
    return found[0]


# ---- check ---------------------------------------------------------------------------------------


def _form_text(kind: str) -> str:
    return LOOK_FORM_TEXT if kind == "look" else " | ".join(FORM_TEXT[o] for o in ANSWER_FORMS.get(kind, ()))


def image_index(value: str) -> int:
    """A test image's index as given to --answer for a look exercise."""
    text = value.strip()
    if not text.isdigit() or len(text) > 9:
        raise CliError("cli.lessons.not_an_index", value=repr(value))
    return int(text)


def run_folder(path: str, workspace: Workspace) -> Path:
    """--run: a run folder, or the id of one of the workspace's runs."""
    folder = Path(path)
    if folder.is_dir():
        return folder
    try:
        return workspace.run_folder(path)
    except CnnvizError:
        raise CliError("cli.lessons.no_run", path=path) from None


def answer_for(exercise: Exercise, workspace: Workspace, answer: str | None, arch: str | None, run: str | None,
               look: Callable[[Path, int], Any]) -> Any:
    """What `exercises.check` is given for the options used: the text of --answer (number, choice), the
    architecture read from --arch (build), the run folder (train), or `look(run, image index)` (look). CliError
    when the options do not fit the exercise's kind."""
    given = {name for name, value in (("answer", answer), ("arch", arch), ("run", run)) if value is not None}
    if given != set(ANSWER_FORMS.get(exercise.kind, ())):
        raise CliError("cli.lessons.answer_with", exercise=exercise.id, kind=exercise.kind,
                       form=_form_text(exercise.kind))
    if exercise.kind == "build":
        return load_architecture(arch, None)
    if exercise.kind == "train":
        return run_folder(run, workspace)  # type: ignore[arg-type]
    if exercise.kind == "look":
        index = image_index(answer)  # type: ignore[arg-type]
        return look(run_folder(run, workspace), index)  # type: ignore[arg-type]
    return answer


def label_and_prediction(run_dir: Path, index: int) -> tuple[int, int]:
    """The label of the run's test image `index` and the class its final model predicts for it (Keras)."""
    import numpy as np

    from cnnviz.cli.explain import load_model_and_classes
    from cnnviz.inspect.extract import predict_probabilities
    from cnnviz.runs import store

    dataset = store.run_dataset(run_dir)
    if not 0 <= index < len(dataset.x_test):
        raise CliError("cli.lessons.index_out_of_range", value=index, last=len(dataset.x_test) - 1)
    model, _, _ = load_model_and_classes(str(run_dir), "final")
    probabilities = predict_probabilities(model, dataset.x_test[index:index + 1])[0]
    return int(dataset.y_test[index]), int(np.argmax(probabilities))


def look_answer(run_dir: Path, index: int) -> Any:
    """The LookAnswer for the run's test image `index`: its label and the network's prediction."""
    from cnnviz.learn.exercises import LookAnswer

    label, predicted = label_and_prediction(run_dir, index)
    return LookAnswer(run=run_dir, image=index, label=label, predicted=predicted)


def _text_of(value: Any, lang: str | None = None) -> str:
    """A Message, an error, a Text (both languages) or a plain string, in `lang`."""
    if value is None:
        return ""
    if isinstance(value, Message | CnnvizError):
        return value.text(lang)
    if callable(value) and hasattr(value, "en"):  # cnnviz.learn.course.Text
        return value(lang)
    return str(value)


def verdict_output(verdict: Any, as_json: bool) -> str:
    message = _text_of(verdict.message)
    if as_json:
        return json.dumps({"correct": bool(verdict.correct), "message": message}, ensure_ascii=False)
    return t("cli.lessons.right" if verdict.correct else "cli.lessons.wrong", message=message)


def _check(args: argparse.Namespace) -> int:
    course = load_the_course()
    exercise = _exercise(course, args.exercise)
    workspace = workspace_named(args.workspace)
    answer = answer_for(exercise, workspace, args.answer, args.arch, args.run_dir, look_answer)
    from cnnviz.learn import exercises

    verdict = exercises.check(exercise, answer, workspace.id)  # AnswerError is a CnnvizError: exit 2
    print(verdict_output(verdict, args.json))
    return 0


# ---- solution ------------------------------------------------------------------------------------


def _number(value: Any) -> Any:
    """26.0 → 26; other numbers as they are."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def solution_json(exercise: Exercise, solution: Any) -> dict[str, Any]:
    """{"answer": ...} (number, choice), {"arch": the architecture JSON} (build) or {"text": ...} (train, look)."""
    if exercise.kind in ("number", "choice"):
        return {"answer": _number(solution.answer)}
    if exercise.kind == "build" and solution.arch is not None:
        return {"arch": solution.arch.to_dict()}
    return {"text": _text_of(solution.text)}


def solution_text(exercise: Exercise, solution: Any) -> str:
    """The solution for people: the answer (or the network, layer by layer, with its shapes), then its text."""
    lines = []
    if exercise.kind in ("number", "choice"):
        lines.append(t("cli.lessons.solution_answer", answer=_number(solution.answer)))
    elif exercise.kind == "build" and solution.arch is not None:
        from cnnviz.arch.shapes import summarize, summary_text

        lines.append(summary_text(summarize(solution.arch)))
    text = _text_of(solution.text)
    if text:
        lines.append(text)
    return "\n".join(lines)


def _solution(args: argparse.Namespace) -> int:
    course = load_the_course()
    exercise = _exercise(course, args.exercise)
    workspace = workspace_named(args.workspace)
    from cnnviz.learn import exercises

    solution = exercises.solution(exercise, workspace.id)
    shown = solution_json(exercise, solution)
    print(json.dumps(shown, ensure_ascii=False) if args.json else solution_text(exercise, solution))
    return 0


# ---- registering ---------------------------------------------------------------------------------


def register(sub: argparse._SubParsersAction) -> None:
    """`lessons`, `check` and `solution` (cnnviz.cli.main's REGISTRY lists this)."""
    p = sub.add_parser("lessons", help=t("cli.lessons.help_lessons"), description="python -m cnnviz lessons [--json]")
    p.add_argument("--json", action="store_true", help=t("cli.lessons.help_json"))
    p.set_defaults(run=_lessons)

    p = sub.add_parser("check", help=t("cli.lessons.help_check"),
                       description="python -m cnnviz check EXERCISE_ID --workspace NAME "
                                   "(--answer VALUE | --arch FILE | --run DIR [--answer IMAGE_INDEX]) [--json]")
    _exercise_args(p)
    p.add_argument("--answer", help=t("cli.lessons.help_answer"))
    p.add_argument("--arch", metavar="FILE", help=t("cli.lessons.help_arch"))
    p.add_argument("--run", dest="run_dir", metavar="DIR", help=t("cli.lessons.help_run"))  # `run`: the command
    p.add_argument("--json", action="store_true", help=t("cli.lessons.help_check_json"))
    p.set_defaults(run=_check)

    p = sub.add_parser("solution", help=t("cli.lessons.help_solution"),
                       description="python -m cnnviz solution EXERCISE_ID --workspace NAME [--json]")
    _exercise_args(p)
    p.add_argument("--json", action="store_true", help=t("cli.lessons.help_json"))
    p.set_defaults(run=_solution)


def _exercise_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("exercise", metavar="EXERCISE_ID", help=t("cli.lessons.help_exercise"))
    parser.add_argument("--workspace", required=True, metavar="NAME", help=t("cli.lessons.help_workspace"))
