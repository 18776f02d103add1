"""Exercises that check themselves: each workspace's own variant of an exercise, the check of an answer of every kind
(number, build, train, look, choice) with a message about the mistake it most likely is, and the solution.

Every number comes from the core's own math (`cnnviz.arch.shapes`, `cnnviz.learn.lab`, the presets), never from a
second copy of the formulas. What `Exercise.check` holds for each kind: cnnviz/learn/lessons/FORMAT.md.

This module holds `check` and `solution`, which dispatch by kind, and names the package's public API. The parts,
lowest first (a part imports only parts above it, never this module):
- `answers`: AnswerError, Verdict, LookAnswer, Solution; parse_number, show and the tolerances.
- `quantities`: the quantities of number exercises, their givens and their right answers.
- `building`: the build rules, the check of an architecture and the solution a build check asks for.
- `runs`: train and look checks read from run folders (restored_epoch) and how to train a passing run.
- `choices`: the check of a chosen option and a lesson's own text as a message (both_languages).
- `variants`: each workspace's draw (variant), the {names} of a prompt (placeholders) and the prompt filled in.
- `numbers`: the check of a number answer, the mistakes it diagnoses and the formula it shows.
- `problems`: check_problems, what is wrong with a lesson file's check mapping.
"""

from __future__ import annotations

from pathlib import Path

from cnnviz.arch import shapes
from cnnviz.arch.spec import Architecture
from cnnviz.i18n import t
from cnnviz.learn.course import CourseError, Exercise
from cnnviz.learn.exercises.answers import (
    ABSOLUTE_TOLERANCE,
    RELATIVE_TOLERANCE,
    ROUNDED_TOLERANCE,
    AnswerError,
    LookAnswer,
    Solution,
    Verdict,
    _plain,
    parse_number,
    show,
)
from cnnviz.learn.exercises.building import BUILD_FIELDS, BUILD_RULES, LIKE_FIELDS, _build_solution, _check_build
from cnnviz.learn.exercises.choices import _check_choice, _text, both_languages
from cnnviz.learn.exercises.numbers import Mistake, _check_number, _formula
from cnnviz.learn.exercises.problems import Problems, check_problems
from cnnviz.learn.exercises.quantities import (
    CHOICE_GIVENS,
    DERIVED,
    INT_LIMITS,
    OPTIONAL_GIVENS,
    POOL_MODES,
    QUANTITIES,
    RANGE_GIVENS,
    _answer,
)
from cnnviz.learn.exercises.quantities import _network as _network  # the tests reach it here
from cnnviz.learn.exercises.runs import (
    LOOK_NEEDS,
    TRAIN_FIELDS,
    _check_look,
    _check_train,
    _train_howto,
    restored_epoch,
)
from cnnviz.learn.exercises.variants import MAX_DRAWS, placeholders, prompt, variant

__all__ = [
    "ABSOLUTE_TOLERANCE", "BUILD_FIELDS", "BUILD_RULES", "CHOICE_GIVENS", "DERIVED", "INT_LIMITS", "LIKE_FIELDS",
    "LOOK_NEEDS", "MAX_DRAWS", "OPTIONAL_GIVENS", "POOL_MODES", "QUANTITIES", "RANGE_GIVENS", "RELATIVE_TOLERANCE",
    "ROUNDED_TOLERANCE", "TRAIN_FIELDS", "AnswerError", "Exercise", "LookAnswer", "Mistake", "Problems", "Solution",
    "Verdict", "both_languages", "check", "check_problems", "parse_number", "placeholders", "prompt",
    "restored_epoch", "show", "solution", "variant",
]


def check(exercise: Exercise, answer: str | Architecture | Path | LookAnswer, workspace_id: str) -> Verdict:
    """Whether `answer` solves this workspace's variant of the exercise, and what to say about it."""
    if exercise.kind == "number":
        return _check_number(exercise, answer, workspace_id)
    if exercise.kind == "build":
        return _check_build(exercise, answer)
    if exercise.kind == "train":
        return _check_train(exercise, answer)
    if exercise.kind == "look":
        return _check_look(exercise, answer)
    if exercise.kind == "choice":
        return _check_choice(exercise, answer)
    raise CourseError("exercises.unknown_kind", kind=repr(exercise.kind))


def solution(exercise: Exercise, workspace_id: str) -> Solution:
    """The answer to this workspace's variant and how it is found (the text in the current language)."""
    check_ = exercise.check
    if exercise.kind == "number":
        quantity = check_["quantity"]
        v = variant(exercise, workspace_id)
        value = _plain(_answer(quantity, v))
        return Solution(value, None, t("exercises.solution_number", formula=_formula(quantity, v),
                                       answer=show(value)))
    if exercise.kind == "choice":
        right = next(option for option in check_["options"] if option.get("correct"))
        why = _text(right["why"])
        return Solution(str(right["id"]), None, t("exercises.solution_choice", option=str(right["id"]),
                                                   why=both_languages(why) if why else ""))
    if exercise.kind == "build":
        arch = _build_solution(check_)
        summary = shapes.summarize(arch)
        return Solution(None, arch, t("exercises.solution_build", layers=len(arch.layers),
                                      params=show(summary.total_params)))
    if exercise.kind == "train":
        return Solution(None, None, _train_howto(check_))
    if exercise.kind == "look":
        return Solution(None, None, t("exercises.solution_look"))
    raise CourseError("exercises.unknown_kind", kind=repr(exercise.kind))
