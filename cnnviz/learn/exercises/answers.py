"""What an answer is and how it is told: the answer error and the verdict every check returns (AnswerError,
Verdict), what a look answer and a solution hold (LookAnswer, Solution), numbers as students write them
(parse_number, the tolerances) and as messages show them (show, and a layer's name).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from cnnviz.arch.spec import Architecture
from cnnviz.i18n import CnnvizError, Message, msg

RELATIVE_TOLERANCE = 1e-6
ABSOLUTE_TOLERANCE = 1e-9
ROUNDED_TOLERANCE = 0.005 + 1e-9  # an answer with real-valued cells may be rounded to 2 decimals


class AnswerError(CnnvizError):
    """An answer that is not one: not a number, an option the exercise does not have, not a run folder..."""


@dataclass(frozen=True)
class Verdict:
    correct: bool
    message: Message  # what was right, or which mistake it most likely is: never just "wrong"


@dataclass(frozen=True)
class LookAnswer:
    """What the student opened: the run, the test image, its true label and what the network predicted."""

    run: Path
    image: int
    label: int
    predicted: int


@dataclass(frozen=True)
class Solution:
    answer: float | int | str | None  # number: the number; choice: the option id
    arch: Architecture | None  # build: an architecture that passes
    text: str  # how it is done, in the current language


# ---- numbers as students write them and as messages show them ---------------------------------------------------

_GROUPED = re.compile(r"[+-]?\d{1,3}(?:([, \u00a0\u202f])\d{3})(?:\1\d{3})*(?:\.\d*)?")


def parse_number(text: str) -> float:
    """'1,234', '1 234', ' 12 ', '-0.5', '1e3' → a float; AnswerError for anything else (nan and inf too)."""
    if not isinstance(text, str):
        raise AnswerError("exercises.not_a_number", value=repr(text))
    cleaned = text.strip().replace("\u2212", "-")  # the minus sign a keyboard in a formula app may type
    if _GROUPED.fullmatch(cleaned):
        cleaned = re.sub(r"[, \u00a0\u202f]", "", cleaned)
    elif re.fullmatch(r"[+-]?\d+,\d+", cleaned):
        raise AnswerError("exercises.decimal_comma", value=cleaned)
    try:
        value = float(cleaned)
    except ValueError:
        raise AnswerError("exercises.not_a_number", value=repr(text.strip()[:40])) from None
    if not math.isfinite(value):
        raise AnswerError("exercises.not_a_number", value=repr(text.strip()[:40]))
    return value


def _close(answer: float, expected: float, rounded: bool = False) -> bool:
    gap = abs(answer - expected)
    return gap <= max(ABSOLUTE_TOLERANCE, RELATIVE_TOLERANCE * abs(expected)) or (rounded and gap <= ROUNDED_TOLERANCE)


def _plain(value: float) -> int | float:
    """An integral float as an int (26.0 → 26); others rounded past float noise."""
    return int(round(value)) if abs(value - round(value)) < 1e-9 else round(float(value), 10)


def show(value: Any) -> str:
    """A number as messages show it: 1,234 or 0.25 (at most 4 decimals); anything else as it is."""
    if isinstance(value, bool) or not isinstance(value, int | float | np.integer | np.floating):
        return str(value)
    value = _plain(float(value))
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:.4f}".rstrip("0").rstrip(".")


def _dims(shape: tuple[int, ...] | list[int]) -> str:
    return "×".join(str(v) for v in shape)


def _layer_name(position: int, layer_type: str) -> Message:
    return msg("spec.at_layer_type", layer=position, layer_type=layer_type)
