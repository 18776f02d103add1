"""Each workspace's own variant of an exercise: a seed from the workspace and the exercise id, the draws of a number
exercise's givens (a draw that makes no sense, or where a known mistake gives the right number, is drawn again),
the {names} a prompt may use and the prompt with them filled in.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

import numpy as np

from cnnviz.arch.spec import SpecError
from cnnviz.learn import lab
from cnnviz.learn.course import CourseError, Exercise
from cnnviz.learn.exercises.answers import _close, _dims, show
from cnnviz.learn.exercises.building import _rule_name
from cnnviz.learn.exercises.quantities import (
    DERIVED,
    OPTIONAL_GIVENS,
    QUANTITIES,
    RANGE_GIVENS,
    _answer,
    _cell,
    _pooled,
)
from cnnviz.learn.exercises.runs import TRAIN_FIELDS

MAX_DRAWS = 200


def _seed(workspace_id: str, exercise_id: str) -> int:
    digest = hashlib.sha256(f"{workspace_id}\n{exercise_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def _draw(spec: Any, rng: np.random.Generator) -> Any:
    if isinstance(spec, dict):
        return int(rng.integers(int(spec["min"]), int(spec["max"]) + 1))
    if isinstance(spec, list | tuple):
        return spec[int(rng.integers(len(spec)))]
    return spec


def _value_range(spec: Any) -> tuple[float, float]:
    if isinstance(spec, dict):
        return spec["min"], spec["max"]
    return spec[0], spec[1]


def _draw_grid(spec: Any, side: int, rng: np.random.Generator) -> list[list[int | float]]:
    """A side×side grid of whole numbers in [lo, hi] when both ends are whole, else of numbers with one decimal."""
    lo, hi = _value_range(spec)
    if isinstance(lo, int) and isinstance(hi, int):
        cells = rng.integers(lo, hi + 1, size=(side, side))
        return [[int(v) for v in row] for row in cells]
    cells = np.round(rng.uniform(float(lo), float(hi), size=(side, side)), 1)
    return [[float(v) for v in row] for row in cells]


def _draw_number(quantity: str, given: dict[str, Any], rng: np.random.Generator, distinct: bool) -> dict | None:
    """One draw of the givens (and what follows from them), or None when it makes no sense."""
    drawn: dict[str, Any] = {}
    for name in QUANTITIES[quantity]:
        if name in given:
            drawn[name] = given[name] if name in RANGE_GIVENS else _draw(given[name], rng)
    if quantity == "pool_output_size":
        drawn.setdefault("stride", drawn["pool"])
    if quantity in ("cross_correlation_cell", "pooled_value"):
        window = drawn.get("kernel_size", drawn.get("pool"))
        if window > drawn["size"]:
            return None
        drawn["image" if quantity == "cross_correlation_cell" else "grid"] = _draw_grid(drawn["values"],
                                                                                         drawn["size"], rng)
        if quantity == "cross_correlation_cell":
            drawn["kernel"] = _draw_grid(drawn["kernel_values"], window, rng)
            out = drawn["size"] - window + 1
        else:
            out = lab.output_size(drawn["size"], window, 0, window)
        drawn["row"], drawn["col"] = int(rng.integers(out)), int(rng.integers(out))
    try:
        answer = _answer(quantity, drawn)
    except (lab.LabError, SpecError, KeyError, ValueError, IndexError):
        return None
    if quantity not in ("cross_correlation_cell", "pooled_value") and answer < 1:
        return None
    if distinct and any(_close(other, answer) for other in _must_differ(quantity, drawn)):
        return None  # a draw where a known mistake gives the right number cannot tell the student about it
    return drawn


def _must_differ(quantity: str, v: dict[str, Any]) -> list[float]:
    if quantity == "cross_correlation_cell":
        return [_cell(lab.convolve, v, v["row"], v["col"])]
    if quantity == "pooled_value":
        other = "average" if v["mode"] == "max" else "max"
        return [_pooled(v, v["row"], v["col"], other)]
    return []


def variant(exercise: Exercise, workspace_id: str) -> dict[str, Any]:
    """The values this workspace's student sees, the same every time (a seed from the workspace and the exercise
    id); a draw that makes no sense is drawn again. Kinds other than number have no draw: their check's values."""
    if exercise.kind != "number":
        return _fixed_values(exercise)
    quantity, given = exercise.check["quantity"], exercise.check.get("given", {})
    rng = np.random.default_rng(_seed(workspace_id, exercise.id))
    for attempt in range(MAX_DRAWS):
        drawn = _draw_number(quantity, given, rng, distinct=attempt < MAX_DRAWS // 2)
        if drawn is not None:
            return drawn
    raise CourseError("exercises.no_sensible_draw", exercise=exercise.id)


def _fixed_values(exercise: Exercise) -> dict[str, Any]:
    check = exercise.check
    if exercise.kind == "train":
        return {name: check[name] for name in TRAIN_FIELDS if name in check}
    if exercise.kind == "build":
        values: dict[str, Any] = {}
        for rule in check.get("rules", []):
            name = _rule_name(rule)
            if name in ("last_feature_map", "max_params", "min_params", "outputs", "conv_padding", "like_preset"):
                values[name] = rule[name]
        return values
    return {}


def placeholders(exercise: Exercise) -> set[str]:
    """The {names} a prompt of this exercise may use."""
    check = exercise.check
    if exercise.kind == "number":
        quantity = check.get("quantity")
        if quantity not in QUANTITIES:
            return set()
        names = {n for n in QUANTITIES[quantity] if n not in OPTIONAL_GIVENS.get(quantity, ())}
        names |= {n for n in OPTIONAL_GIVENS.get(quantity, ()) if n in check.get("given", {})}
        if quantity == "pool_output_size":
            names.add("stride")
        return names | set(DERIVED.get(quantity, ()))
    if exercise.kind == "train":
        return {name for name in TRAIN_FIELDS if name in check}
    if exercise.kind == "build":
        return set(_fixed_values(exercise))
    return set()


_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


def _format_value(name: str, value: Any) -> str:
    if name in RANGE_GIVENS:
        lo, hi = _value_range(value)
        return f"[{show(lo)}, {show(hi)}]"
    if isinstance(value, list) and value and isinstance(value[0], list):
        return _code_block(value)
    if isinstance(value, list):
        return _dims(value) if all(isinstance(v, int) for v in value) else ", ".join(map(show, value))
    if isinstance(value, float) and 0 < value < 1:
        return f"{value:g}"
    return show(value)


def _code_block(rows: list[list[Any]]) -> str:
    """A grid as a Markdown code block of right-aligned columns, on lines of its own."""
    cells = [[show(v) for v in row] for row in rows]
    width = max(len(c) for row in cells for c in row)
    lines = ["  ".join(c.rjust(width) for c in row) for row in cells]
    return "\n\n```\n" + "\n".join(lines) + "\n```\n\n"


def prompt(exercise: Exercise, workspace_id: str, lang: str | None = None) -> str:
    """The prompt in `lang` with its {names} filled from the workspace's variant (grids as code blocks); a brace
    that names nothing of the variant is left as it is."""
    values = variant(exercise, workspace_id)
    text = exercise.prompt(lang)
    return _PLACEHOLDER.sub(lambda m: _format_value(m.group(1), values[m.group(1)]) if m.group(1) in values
                            else m.group(0), text)
