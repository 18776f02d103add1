"""The course as the app holds it once read: lessons of steps, and exercises that check themselves.

Only the shapes live here (frozen dataclasses, no reading, no checking): `cnnviz.learn.lessonfile` reads and
validates lesson files into them (the format: `cnnviz/learn/lessons/FORMAT.md`), `cnnviz.learn.exercises` draws
each workspace's variant and checks answers, `cnnviz.learn.attempts` keeps what each student tried.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cnnviz.i18n import CnnvizError, current_language

KINDS = ("number", "build", "train", "look", "choice")
DEFAULT_SOLUTION_AFTER = 3


class CourseError(CnnvizError):
    """An exercise or lesson the course does not have, or an answer that is not one (`course.*` texts)."""


@dataclass(frozen=True)
class Text:
    """A text in both languages (Markdown)."""

    en: str
    ko: str

    def __call__(self, lang: str | None = None) -> str:
        return self.ko if (lang or current_language()) == "ko" else self.en


@dataclass(frozen=True)
class Live:
    """The live part of the app a step shows inline: one of the kinds FORMAT.md lists, with its settings."""

    kind: str
    settings: dict[str, Any] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class Step:
    id: str
    title: Text
    text: Text
    notice: Text | None = None
    live: Live | None = None
    page: str | None = None  # a page registered in app.py ("pages/learn/lab.py"): "open the full page"
    exercises: tuple[str, ...] = ()


@dataclass(frozen=True)
class Exercise:
    id: str
    kind: str  # one of KINDS
    prompt: Text  # may hold {name} placeholders, filled from the workspace's variant
    check: dict[str, Any] = field(hash=False)  # the kind's parameters, as validated by lessonfile
    lesson: str = ""  # the id of the lesson that holds it
    hints: tuple[Text, ...] = ()
    solution_after: int = DEFAULT_SOLUTION_AFTER
    explanation: Text | None = None


@dataclass(frozen=True)
class Lesson:
    id: str
    order: int
    title: Text
    summary: Text
    concepts: tuple[str, ...]
    steps: tuple[Step, ...]
    exercises: tuple[Exercise, ...]
    source: str  # the file it was read from, as messages name it
    shipped: bool = True  # False for a teacher's own lesson


@dataclass(frozen=True)
class Course:
    """Every lesson that could be read, in order, and why each refused file was refused."""

    lessons: tuple[Lesson, ...]
    refused: tuple[CnnvizError, ...] = ()

    def lesson(self, lesson_id: str) -> Lesson:
        for lesson in self.lessons:
            if lesson.id == lesson_id:
                return lesson
        raise CourseError("course.unknown_lesson", lesson=repr(lesson_id))

    def exercises(self) -> tuple[Exercise, ...]:
        return tuple(exercise for lesson in self.lessons for exercise in lesson.exercises)

    def exercise(self, exercise_id: str) -> Exercise:
        for exercise in self.exercises():
            if exercise.id == exercise_id:
                return exercise
        raise CourseError("course.unknown_exercise", exercise=repr(exercise_id))
