"""The course the app ships: every file reads, it covers every concept of the index with at least 25 exercises of
all five kinds, and every exercise can be answered right (its solution passes its own check) in both languages."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from cnnviz.i18n import language_scope
from cnnviz.learn import exercises
from cnnviz.learn.concepts import CONCEPTS
from cnnviz.learn.course import KINDS
from cnnviz.learn.lessonfile import load_course

COURSE = load_course(environ={})
NUMBERS = [e for e in COURSE.exercises() if e.kind == "number"]


def test_every_shipped_lesson_reads_and_together_they_cover_the_chapter() -> None:
    assert COURSE.refused == ()
    assert len(COURSE.lessons) >= 5
    kinds = Counter(exercise.kind for exercise in COURSE.exercises())
    assert sum(kinds.values()) >= 25 and set(kinds) == set(KINDS)
    assert {concept.key for concept in CONCEPTS} <= {key for lesson in COURSE.lessons for key in lesson.concepts}
    quantities = {exercise.check["quantity"] for exercise in NUMBERS}
    assert quantities == set(exercises.QUANTITIES)


@pytest.mark.parametrize("exercise", COURSE.exercises(), ids=lambda e: e.id)
def test_every_prompt_is_filled_in_both_languages(exercise: exercises.Exercise) -> None:
    for lang in ("en", "ko"):
        with language_scope(lang):
            text = exercises.prompt(exercise, "0123456789abcdef01234567")
        assert text.strip() and not re.search(r"\{[a-z_]+\}", text), (lang, text)


@pytest.mark.parametrize("exercise", [e for e in COURSE.exercises() if e.kind in ("number", "choice", "build")],
                         ids=lambda e: e.id)
def test_every_solution_passes_its_own_check(exercise: exercises.Exercise) -> None:
    workspace = "0123456789abcdef01234567"
    solution = exercises.solution(exercise, workspace)
    answer = solution.arch if exercise.kind == "build" else str(solution.answer)
    assert exercises.check(exercise, answer, workspace).correct


def test_students_get_different_numbers_and_one_student_always_the_same() -> None:
    students = [f"{i:024x}" for i in range(20)]
    for exercise in NUMBERS:
        varies = any(isinstance(value, list | dict) for value in exercise.check["given"].values())
        drawn = {repr(exercises.variant(exercise, student)) for student in students}
        assert len(drawn) > 1 if varies else len(drawn) == 1, exercise.id
        assert exercises.variant(exercise, students[0]) == exercises.variant(exercise, students[0])
