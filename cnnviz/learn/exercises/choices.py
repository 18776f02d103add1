"""Choice exercises: the option chosen is right or wrong, with the lesson's own why in both languages."""

from __future__ import annotations

from typing import Any

from cnnviz.i18n import Literal, Message, msg
from cnnviz.learn.course import Exercise, Text
from cnnviz.learn.exercises.answers import AnswerError, Verdict


def _text(value: Any) -> Text | None:
    if isinstance(value, Text):
        return value
    if isinstance(value, dict) and all(isinstance(value.get(lang), str) and value[lang].strip()
                                       for lang in ("en", "ko")):
        return Text(value["en"], value["ko"])
    return None


def both_languages(text: Text) -> Message:
    """A lesson's own text as a Message that shows it in the language of the whole and survives being stored."""
    return msg("exercises.lesson_text", en=Literal(text.en), ko=Literal(text.ko))


def _check_choice(exercise: Exercise, answer: Any) -> Verdict:
    options = exercise.check["options"]
    if not isinstance(answer, str):
        raise AnswerError("exercises.answer_type", kind="choice", expected=msg("exercises.expect_option"))
    chosen = next((option for option in options if str(option["id"]) == answer.strip()), None)
    if chosen is None:
        raise AnswerError("exercises.unknown_option", value=repr(answer[:40]),
                          options=", ".join(str(option["id"]) for option in options))
    why = _text(chosen["why"])
    why_message = both_languages(why) if why is not None else ""
    correct = bool(chosen.get("correct"))
    return Verdict(correct, msg("exercises.choice_right" if correct else "exercises.choice_wrong", why=why_message))
