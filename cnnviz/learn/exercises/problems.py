"""Exercises that check themselves: each workspace's own variant of an exercise, the check of an answer of every kind
(number, build, train, look, choice) with a message about the mistake it most likely is, and the solution.

Every number comes from the core's own math (`cnnviz.arch.shapes`, `cnnviz.learn.lab`, the presets), never from a
second copy of the formulas. What `Exercise.check` holds for each kind: cnnviz/learn/lessons/FORMAT.md.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from cnnviz.arch import shapes
from cnnviz.arch.presets import PRESETS
from cnnviz.arch.spec import (
    LAYER_CLASSES,
    PADDINGS,
    Architecture,
    Conv2D,
    Dense,
    Flatten,
    Layer,
    MaxPooling2D,
    SpecError,
    parse_architecture,
    parse_input_shape,
)
from cnnviz.i18n import CnnvizError, Joined, Literal, Message, msg, t
from cnnviz.learn import lab
from cnnviz.learn.course import CourseError, Exercise, Text

if TYPE_CHECKING:
    from cnnviz.runs.layout import RunInfo

QUANTITIES: dict[str, tuple[str, ...]] = {
    "conv_output_size": ("input", "kernel", "padding", "stride"),
    "pool_output_size": ("input", "pool", "stride"),
    "padded_size": ("input", "kernel"),
    "conv_params": ("kernel", "channels", "filters"),
    "dense_params": ("inputs", "units"),
    "flatten_size": ("height", "width", "channels"),
    "cross_correlation_cell": ("size", "kernel_size", "values", "kernel_values"),
    "pooled_value": ("size", "pool", "values", "mode"),
    "network_params": ("preset", "padding"),
}
OPTIONAL_GIVENS: dict[str, tuple[str, ...]] = {"pool_output_size": ("stride",), "network_params": ("padding",)}
# Drawn from the givens (not given themselves): the prompt may show them too.
DERIVED: dict[str, tuple[str, ...]] = {
    "cross_correlation_cell": ("image", "kernel", "row", "col"),
    "pooled_value": ("grid", "row", "col"),
}
BUILD_RULES: tuple[str, ...] = ("last_feature_map", "max_params", "min_params", "outputs", "conv_padding",
                                "like_preset", "layer_count")
LOOK_NEEDS: tuple[str, ...] = ("mistake_explained",)
POOL_MODES = ("max", "average")
# The layer fields like_preset compares (and may be told to leave out).
LIKE_FIELDS = ("filters", "units", "kernel_size", "strides", "padding", "activation", "pool_size", "rate")
# Whole-number givens and their allowed range (a prompt with a 300×300 grid to add up by hand is no exercise).
INT_LIMITS: dict[str, tuple[int, int]] = {
    "input": (1, 4096), "kernel": (1, 64), "stride": (1, 16), "pool": (1, 16), "channels": (1, 4096),
    "filters": (1, 4096), "inputs": (1, 10_000_000), "units": (1, 100_000), "height": (1, 4096),
    "width": (1, 4096), "size": (2, 10), "kernel_size": (1, 5),
}
CHOICE_GIVENS: dict[str, tuple[str, ...]] = {"padding": PADDINGS, "mode": POOL_MODES, "preset": tuple(PRESETS)}
RANGE_GIVENS = ("values", "kernel_values")
TRAIN_FIELDS = ("dataset", "min_val_accuracy", "max_epochs", "early_stopping_restored")
BUILD_FIELDS = ("start", "input_shape", "rules", "solution")
MAX_DRAWS = 200
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


# ---- each workspace's variant --------------------------------------------------------------------------------


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


# ---- number: the answer and the mistakes ----------------------------------------------------------------------


def _network(v: dict[str, Any]) -> Architecture:
    arch = PRESETS[v["preset"]].architecture
    padding = v.get("padding")
    if padding is None:
        return arch
    layers = tuple(replace(layer, padding=padding) if isinstance(layer, Conv2D) else layer for layer in arch.layers)
    return replace(arch, layers=layers)


def _cell(operation: Callable[..., np.ndarray], v: dict[str, Any], row: int, col: int) -> float:
    return float(operation(np.array(v["image"], dtype=float), np.array(v["kernel"], dtype=float))[row, col])


def _pooled(v: dict[str, Any], row: int, col: int, mode: str | None = None) -> float:
    result = lab.pool2d(np.array(v["grid"], dtype=float), v["pool"], kind=mode or v["mode"])
    return float(result.output[row, col])


def _answer(quantity: str, v: dict[str, Any]) -> float:
    if quantity == "conv_output_size":
        return lab.axis_padding(v["input"], v["kernel"], v["stride"], v["padding"]).output
    if quantity == "pool_output_size":
        return lab.axis_padding(v["input"], v["pool"], v["stride"], "valid").output
    if quantity == "padded_size":
        return v["input"] + sum(lab.keras_same_padding(v["input"], v["kernel"], 1))
    if quantity == "conv_params":
        return shapes.conv_params(v["kernel"] * v["kernel"], v["channels"], v["filters"])
    if quantity == "dense_params":
        return shapes.dense_params(v["inputs"], v["units"])
    if quantity == "flatten_size":
        flat = Architecture((v["height"], v["width"], v["channels"]), (Flatten(),))
        return shapes.summarize(flat).output_shape[0]
    if quantity == "cross_correlation_cell":
        return _cell(lab.correlate, v, v["row"], v["col"])
    if quantity == "pooled_value":
        return _pooled(v, v["row"], v["col"])
    if quantity == "network_params":
        summary = shapes.summarize(_network(v))
        summary.raise_first_error()
        return summary.total_params
    raise CourseError("exercises.unknown_quantity", quantity=repr(quantity))  # check_problems keeps it out


def _rounded(quantity: str, v: dict[str, Any]) -> bool:
    """Whether the cells are real numbers, so an answer rounded to 2 decimals is right."""
    if quantity == "cross_correlation_cell":
        return any(float(c) != int(c) for grid in (v["image"], v["kernel"]) for row in grid for c in row)
    return quantity == "pooled_value" and v["mode"] == "average"


Mistake = tuple[float, Message]


def _mistakes(quantity: str, v: dict[str, Any]) -> list[Mistake]:
    """(the number a known mistake gives, what to say about it), most likely first."""
    return _MISTAKES[quantity](v)


def _conv_size_mistakes(v: dict[str, Any]) -> list[Mistake]:
    n, k, s, padding = v["input"], v["kernel"], v["stride"], v["padding"]
    valid = lab.axis_padding(n, k, s, "valid").output
    same = lab.axis_padding(n, k, s, "same").output
    found: list[Mistake] = []
    if padding == "valid":
        found.append((same, msg("exercises.m_same_for_valid", n=n, s=s)))
        if s > 1:
            found.append((n - k + 1, msg("exercises.m_stride_forgotten", s=s, formula=f"⌊({n} − {k}) / {s}⌋ + 1")))
        found.append(((n - k) // s, msg("exercises.m_plus_one", formula=f"⌊({n} − {k}) / {s}⌋ + 1")))
        found.append(((n - k) / s + 1, msg("exercises.m_no_floor", formula=f"⌊({n} − {k}) / {s}⌋ + 1")))
        found.append((-(-(n - k) // s) + 1, msg("exercises.m_ceil_not_floor", formula=f"⌊({n} − {k}) / {s}⌋ + 1")))
        return found
    found.append((valid, msg("exercises.m_valid_for_same", n=n, s=s)))
    if s > 1:
        found.append((n, msg("exercises.m_stride_forgotten", s=s, formula=f"⌈{n} / {s}⌉")))
    before, after = lab.keras_same_padding(n, k, s)
    for one_side in sorted({before, after} - {0}):
        found.append(((n + one_side - k) // s + 1, msg("exercises.m_one_side", p=one_side, total=before + after)))
    found.append((n / s, msg("exercises.m_ceil_forgotten", n=n, s=s)))
    return found


def _pool_size_mistakes(v: dict[str, Any]) -> list[Mistake]:
    n, p, s = v["input"], v["pool"], v["stride"]
    formula = f"⌊({n} − {p}) / {s}⌋ + 1"
    found: list[Mistake] = []
    if s > 1:
        found.append((n - p + 1, msg("exercises.m_stride_forgotten", s=s, formula=formula)))
    found.append(((n - p) // s, msg("exercises.m_plus_one", formula=formula)))
    found.append((lab.axis_padding(n, p, s, "same").output, msg("exercises.m_pool_same", formula=formula)))
    found.append(((n - p) / s + 1, msg("exercises.m_no_floor", formula=formula)))
    found.append((n / 2, msg("exercises.m_pool_halves", p=p, s=s, formula=formula)))
    return found


def _padded_mistakes(v: dict[str, Any]) -> list[Mistake]:
    n, k = v["input"], v["kernel"]
    before, after = lab.keras_same_padding(n, k, 1)
    return [
        (n, msg("exercises.m_padded_is_output", n=n, k=k)),
        (n + before, msg("exercises.m_one_side", p=before, total=before + after)),
        (n + after, msg("exercises.m_one_side", p=after, total=before + after)),
        (n + 2 * (k - 1), msg("exercises.m_padded_doubled", k=k, total=k - 1)),
        (n + k, msg("exercises.m_padded_k", k=k, total=k - 1)),
    ]


def _conv_params_mistakes(v: dict[str, Any]) -> list[Mistake]:
    k, c, f = v["kernel"], v["channels"], v["filters"]
    formula = f"({k}·{k}·{c} + 1)·{f}"
    return [
        (k * k * c * f, msg("exercises.m_conv_no_bias", f=f, formula=formula)),
        ((k * k + 1) * f, msg("exercises.m_conv_no_channels", c=c, formula=formula)),
        (k * k * f, msg("exercises.m_conv_no_channels_no_bias", c=c, f=f, formula=formula)),
        (k * k * c * f + 1, msg("exercises.m_one_bias", n=f, formula=formula)),
        ((k * c + 1) * f, msg("exercises.m_kernel_not_squared", k=k, formula=formula)),
    ]


def _dense_params_mistakes(v: dict[str, Any]) -> list[Mistake]:
    n, u = v["inputs"], v["units"]
    formula = f"({n:,} + 1)·{u:,}"
    return [
        (n * u, msg("exercises.m_dense_no_bias", u=u, formula=formula)),
        (n * u + 1, msg("exercises.m_one_bias", n=u, formula=formula)),
        (n + u, msg("exercises.m_added", formula=formula)),
        ((n + 1) * (u + 1), msg("exercises.m_dense_bias_input", formula=formula)),
    ]


def _flatten_mistakes(v: dict[str, Any]) -> list[Mistake]:
    h, w, c = v["height"], v["width"], v["channels"]
    formula = f"{h}·{w}·{c}"
    return [
        (h + w + c, msg("exercises.m_added", formula=formula)),
        (h * w, msg("exercises.m_flatten_no_channels", c=c, formula=formula)),
        (h * w + c, msg("exercises.m_added", formula=formula)),
    ]


def _other_cells(row: int, col: int, rows: int, cols: int) -> list[tuple[int, int, str]]:
    """The cells a student may have computed instead: row and column swapped, then the neighbours (r, c, key)."""
    cells = [(col, row, "exercises.m_swapped")] if row != col else []
    cells += [(row + dr, col + dc, "exercises.m_neighbour") for dr in (-1, 0, 1) for dc in (-1, 0, 1)
              if (dr, dc) != (0, 0)]
    return [(r, c, key) for r, c, key in cells if 0 <= r < rows and 0 <= c < cols]


def _cc_mistakes(v: dict[str, Any]) -> list[Mistake]:
    row, col = v["row"], v["col"]
    found: list[Mistake] = [(_cell(lab.convolve, v, row, col), msg("exercises.m_flipped"))]
    out = v["size"] - v["kernel_size"] + 1
    for r, c, key in _other_cells(row, col, out, out):
        found.append((_cell(lab.correlate, v, r, c), msg(key, r=r, c=c, row=row, col=col)))
    return found


def _pooled_mistakes(v: dict[str, Any]) -> list[Mistake]:
    row, col, mode, p = v["row"], v["col"], v["mode"], v["pool"]
    other = "average" if mode == "max" else "max"
    found: list[Mistake] = [(_pooled(v, row, col, other), msg(f"exercises.m_{other}_not_{mode}"))]
    if mode == "average":
        found.append((_pooled(v, row, col) * p * p, msg("exercises.m_sum_not_average", n=p * p)))
    out = lab.output_size(v["size"], p, 0, p)
    for r, c, key in _other_cells(row, col, out, out):
        found.append((_pooled(v, r, c), msg(key, r=r, c=c, row=row, col=col)))
    return found


def _network_mistakes(v: dict[str, Any]) -> list[Mistake]:
    summary = shapes.summarize(_network(v))
    found: list[Mistake] = []
    for padding in PADDINGS:
        if padding != v.get("padding"):
            other = shapes.summarize(_network({**v, "padding": padding}))
            if other.ok:
                found.append((other.total_params, msg("exercises.m_network_padding", padding=padding)))
    biases = sum(layer.filters if isinstance(layer, Conv2D) else layer.units
                 for layer in _network(v).layers if isinstance(layer, Conv2D | Dense))
    found.append((summary.total_params - biases, msg("exercises.m_network_no_bias", biases=show(biases))))
    if summary.non_trainable_params:
        found.append((summary.trainable_params, msg("exercises.m_network_trainable_only",
                                                    n=show(summary.non_trainable_params))))
    for row in summary.rows:
        if row.params:
            found.append((summary.total_params - row.params, msg(
                "exercises.m_network_layer_left_out", layer=_layer_name(row.position, row.type),
                params=show(row.params))))
    return found


_MISTAKES: dict[str, Callable[[dict[str, Any]], list[Mistake]]] = {
    "conv_output_size": _conv_size_mistakes,
    "pool_output_size": _pool_size_mistakes,
    "padded_size": _padded_mistakes,
    "conv_params": _conv_params_mistakes,
    "dense_params": _dense_params_mistakes,
    "flatten_size": _flatten_mistakes,
    "cross_correlation_cell": _cc_mistakes,
    "pooled_value": _pooled_mistakes,
    "network_params": _network_mistakes,
}


def _formula(quantity: str, v: dict[str, Any]) -> Message:
    """How to compute it, with the variant's numbers filled in (not the result)."""
    if quantity == "conv_output_size":
        n, k, s = v["input"], v["kernel"], v["stride"]
        if v["padding"] == "same":
            return msg("exercises.f_conv_same", formula=f"⌈n / s⌉ = ⌈{n} / {s}⌉")
        return msg("exercises.f_conv_valid", formula=f"⌊(n − k) / s⌋ + 1 = ⌊({n} − {k}) / {s}⌋ + 1")
    if quantity == "pool_output_size":
        n, p, s = v["input"], v["pool"], v["stride"]
        return msg("exercises.f_pool", formula=f"⌊(n − p) / s⌋ + 1 = ⌊({n} − {p}) / {s}⌋ + 1")
    if quantity == "padded_size":
        return msg("exercises.f_padded", formula=f"n + (k − 1) = {v['input']} + ({v['kernel']} − 1)")
    if quantity == "conv_params":
        k, c, f = v["kernel"], v["channels"], v["filters"]
        return msg("exercises.f_conv_params", formula=f"(k·k·c + 1)·f = ({k}·{k}·{c} + 1)·{f}")
    if quantity == "dense_params":
        return msg("exercises.f_dense_params", formula=f"(n + 1)·u = ({v['inputs']:,} + 1)·{v['units']:,}")
    if quantity == "flatten_size":
        return msg("exercises.f_flatten", formula=f"h·w·c = {v['height']}·{v['width']}·{v['channels']}")
    if quantity == "cross_correlation_cell":
        return msg("exercises.f_cc", k=v["kernel_size"], row=v["row"], col=v["col"])
    if quantity == "pooled_value":
        p = v["pool"]
        return msg(f"exercises.f_pooled_{v['mode']}", p=p, top=v["row"] * p, left=v["col"] * p)
    return msg("exercises.f_network", preset=v["preset"])


def _check_number(exercise: Exercise, answer: Any, workspace_id: str) -> Verdict:
    if isinstance(answer, int | float) and not isinstance(answer, bool):
        value = float(answer)
        if not math.isfinite(value):
            raise AnswerError("exercises.not_a_number", value=repr(answer))
    elif isinstance(answer, str):
        value = parse_number(answer)
    else:
        raise AnswerError("exercises.answer_type", kind="number", expected=msg("exercises.expect_number"))
    quantity = exercise.check["quantity"]
    v = variant(exercise, workspace_id)
    expected = _answer(quantity, v)
    rounded = _rounded(quantity, v)
    if _close(value, expected, rounded):
        return Verdict(True, msg("exercises.number_right", answer=show(expected)))
    for number, why in _mistakes(quantity, v):
        if not _close(number, expected, rounded) and _close(value, number, rounded):
            return Verdict(False, msg("exercises.number_wrong", answer=show(value), why=why))
    key = "exercises.too_large" if value > expected else "exercises.too_small"
    return Verdict(False, msg(key, answer=show(value), formula=_formula(quantity, v)))


# ---- build ------------------------------------------------------------------------------------------------------


def _layer_name(position: int, layer_type: str) -> Message:
    return msg("spec.at_layer_type", layer=position, layer_type=layer_type)


def _rule_name(rule: Any) -> str:
    if isinstance(rule, dict):
        names = [name for name in rule if name != "except"]
        if len(names) == 1:
            return str(names[0])
    return ""


def _expected_input(check: dict[str, Any]) -> tuple[int, int, int]:
    if "input_shape" in check:
        return tuple(check["input_shape"])  # type: ignore[return-value]
    start = check.get("start")
    if start in PRESETS:
        return PRESETS[start].architecture.input_shape
    return (28, 28, 1)


def _feature_map_end(summary: shapes.Summary) -> int | None:
    """The index of the first Flatten / GlobalAveragePooling2D row, or None."""
    return next((i for i, row in enumerate(summary.rows) if row.type in ("Flatten", "GlobalAveragePooling2D")), None)


def _rule_last_feature_map(arch: Architecture, summary: shapes.Summary, want: list[int]) -> Message | None:
    end = _feature_map_end(summary)
    wanted = _dims(want)
    if end is None:
        return msg("exercises.b_no_flatten", want=wanted)
    shape = summary.rows[end - 1].output_shape if end else summary.input_shape
    if tuple(shape) == tuple(want):
        return None
    if end == 0:
        return msg("exercises.b_flatten_first", got=_dims(shape), want=wanted)
    row = summary.rows[end - 1]
    return msg("exercises.b_last_feature_map", layer=_layer_name(row.position, row.type), got=_dims(shape),
               want=wanted)


def _biggest(summary: shapes.Summary) -> shapes.LayerRow:
    return max(summary.rows, key=lambda row: row.params)


def _rule_max_params(arch: Architecture, summary: shapes.Summary, limit: int) -> Message | None:
    total = summary.total_params
    if total <= limit:
        return None
    big = _biggest(summary)
    return msg("exercises.b_max_params", total=show(total), limit=show(limit),
               layer=_layer_name(big.position, big.type), params=show(big.params))


def _rule_min_params(arch: Architecture, summary: shapes.Summary, limit: int) -> Message | None:
    total = summary.total_params
    return None if total >= limit else msg("exercises.b_min_params", total=show(total), limit=show(limit))


def _rule_outputs(arch: Architecture, summary: shapes.Summary, units: int) -> Message | None:
    if not arch.layers:
        return msg("exercises.b_no_layers")
    last, position = arch.layers[-1], len(arch.layers)
    where = _layer_name(position, last.TYPE)
    if not isinstance(last, Dense):
        return msg("exercises.b_outputs_not_dense", layer=where, units=units)
    if last.units != units:
        return msg("exercises.b_outputs_units", layer=where, got=last.units, units=units)
    if last.activation != "softmax":
        return msg("exercises.b_outputs_activation", layer=where, got=last.activation)
    return None


def _rule_conv_padding(arch: Architecture, summary: shapes.Summary, padding: str) -> Message | None:
    for position, layer in enumerate(arch.layers, start=1):
        if isinstance(layer, Conv2D) and layer.padding != padding:
            return msg("exercises.b_conv_padding", layer=_layer_name(position, layer.TYPE), got=layer.padding,
                       want=padding)
    return None


def _fields_of(layer: Layer) -> dict[str, Any]:
    values = {name: getattr(layer, name) for name in LIKE_FIELDS if hasattr(layer, name)}
    if isinstance(layer, MaxPooling2D):
        values["strides"] = layer.effective_strides
    return values


def _rule_like_preset(arch: Architecture, summary: shapes.Summary, preset: str,
                      leave_out: tuple[str, ...] = ()) -> Message | None:
    theirs = PRESETS[preset].architecture.layers
    for position, (mine, model) in enumerate(zip(arch.layers, theirs, strict=False), start=1):
        where = _layer_name(position, mine.TYPE)
        if mine.TYPE != model.TYPE:
            return msg("exercises.b_like_type", position=position, got=mine.TYPE, want=model.TYPE, preset=preset)
        want = _fields_of(model)
        for name, value in _fields_of(mine).items():
            if name not in leave_out and value != want.get(name):
                return msg("exercises.b_like_field", layer=where, field=name, got=_shown_field(value),
                           want=_shown_field(want.get(name)), preset=preset)
    if len(arch.layers) != len(theirs):
        return msg("exercises.b_like_count", got=len(arch.layers), want=len(theirs), preset=preset,
                   types=", ".join(layer.TYPE for layer in theirs))
    return None


def _shown_field(value: Any) -> str:
    if isinstance(value, tuple):
        return _dims(value)
    return show(value)


def _rule_layer_count(arch: Architecture, summary: shapes.Summary, spec: dict[str, Any]) -> Message | None:
    kind = spec["type"]
    count = sum(1 for layer in arch.layers if kind == layer.TYPE)
    if "min" in spec and count < spec["min"]:
        return msg("exercises.b_count_min", count=count, type=kind, limit=spec["min"])
    if "max" in spec and count > spec["max"]:
        return msg("exercises.b_count_max", count=count, type=kind, limit=spec["max"])
    return None


def _build_problems(check: dict[str, Any], arch: Architecture) -> list[Message]:
    """What keeps `arch` from passing the exercise (empty: it passes)."""
    expected = _expected_input(check)
    if tuple(arch.input_shape) != tuple(expected):
        return [msg("exercises.b_input_shape", got=_dims(arch.input_shape), want=_dims(expected))]
    summary = shapes.summarize(arch)
    if summary.errors:
        return [summary.errors[0].as_message()]
    problems = []
    for rule in check.get("rules", []):
        name = _rule_name(rule)
        if name == "like_preset":
            problem = _rule_like_preset(arch, summary, rule[name], tuple(rule.get("except", ())))
        else:
            problem = _RULES[name](arch, summary, rule[name])
        if problem is not None:
            problems.append(problem)
    return problems


_RULES: dict[str, Callable[..., Message | None]] = {
    "last_feature_map": _rule_last_feature_map,
    "max_params": _rule_max_params,
    "min_params": _rule_min_params,
    "outputs": _rule_outputs,
    "conv_padding": _rule_conv_padding,
    "like_preset": _rule_like_preset,
    "layer_count": _rule_layer_count,
}


def _check_build(exercise: Exercise, answer: Any) -> Verdict:
    if not isinstance(answer, Architecture):
        raise AnswerError("exercises.answer_type", kind="build", expected=msg("exercises.expect_architecture"))
    problems = _build_problems(exercise.check, answer)
    if not problems:
        summary = shapes.summarize(answer)
        return Verdict(True, msg("exercises.build_right", layers=len(answer.layers),
                                 params=show(summary.total_params)))
    if len(problems) == 1:
        return Verdict(False, problems[0])
    return Verdict(False, msg("exercises.build_wrong", problems=Joined(tuple(problems), "\n- ")))


def _build_solution(check: dict[str, Any]) -> Architecture:
    """The check's `solution`, else the architecture it most plainly asks for: the preset it is like (or starts
    from), with every Conv2D given the padding a conv_padding rule asks for."""
    if "solution" in check:
        solution = check["solution"]
        return solution if isinstance(solution, Architecture) else parse_architecture(solution)
    rules = check.get("rules", [])
    base = next((rule["like_preset"] for rule in rules if _rule_name(rule) == "like_preset"),
                check.get("start", "fashion-convnet"))
    arch = PRESETS[base].architecture
    padding = next((rule["conv_padding"] for rule in rules if _rule_name(rule) == "conv_padding"), None)
    if padding is not None:
        arch = _network({"preset": base, "padding": padding})
    return replace(arch, input_shape=_expected_input(check))


# ---- train ------------------------------------------------------------------------------------------------------


def _finished_run(path: Any, kind: str) -> RunInfo | Verdict:
    """The RunInfo of a finished run folder; AnswerError when it is not a run, a Verdict when it did not finish."""
    from cnnviz.runs import store as runs

    if not isinstance(path, Path):
        raise AnswerError("exercises.answer_type", kind=kind, expected=msg("exercises.expect_run"))
    try:
        info = runs.load_run(path)
    except CnnvizError as exc:
        raise AnswerError("exercises.not_a_run", folder=path.name, reason=exc) from None
    if info.status in ("queued", "running"):
        return Verdict(False, msg("exercises.t_not_finished", run=info.name, status=info.status_text))
    if info.status == "stopped":
        return Verdict(False, msg("exercises.t_stopped", run=info.name))
    if info.status != "finished":
        return Verdict(False, msg("exercises.t_failed", run=info.name, status=info.status_text))
    return info


def _history(path: Path) -> list[dict[str, Any]]:
    from cnnviz.runs import store as runs

    try:
        history = runs.read_json(path / runs.HISTORY_FILE, default=[])
    except CnnvizError:
        return []
    return [h for h in history if isinstance(h, dict) and not h.get("partial")] if isinstance(history, list) else []


def _config(path: Path) -> dict[str, Any]:
    from cnnviz.runs import store as runs
    from cnnviz.train.config import TrainingConfig

    try:
        stored = runs.load_config(path)
    except CnnvizError:
        stored = {}
    return {**TrainingConfig().to_dict(), **(stored if isinstance(stored, dict) else {})}


def _metric(entry: dict[str, Any], name: str) -> float | None:
    value = entry.get(name)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return float(value)


def _epoch_of(entry: dict[str, Any], index: int) -> int:
    epoch = entry.get("epoch")
    return epoch if isinstance(epoch, int) and not isinstance(epoch, bool) else index + 1


def _best_accuracy(history: list[dict[str, Any]], info: RunInfo) -> tuple[float | None, int | None]:
    scored = [(_metric(h, "val_accuracy"), _epoch_of(h, i)) for i, h in enumerate(history)]
    scored = [(acc, epoch) for acc, epoch in scored if acc is not None]
    if scored:
        best = max(acc for acc, _ in scored)
        return best, next(epoch for acc, epoch in scored if acc == best)  # Keras keeps the first best one
    return info.best_val_accuracy, None


def restored_epoch(history: list[dict[str, Any]]) -> int | None:
    """The epoch EarlyStopping(monitor="val_loss", restore_best_weights=True) restores: the first with the lowest
    validation loss (Keras counts only a strictly lower loss as better). None when the history has no val_loss."""
    best: tuple[float, int] | None = None
    for index, entry in enumerate(history):
        loss = _metric(entry, "val_loss")
        if loss is not None and (best is None or loss < best[0]):
            best = (loss, _epoch_of(entry, index))
    return None if best is None else best[1]


def _check_train(exercise: Exercise, answer: Any) -> Verdict:
    info = _finished_run(answer, "train")
    if isinstance(info, Verdict):
        return info
    check, path = exercise.check, answer
    config, history = _config(path), _history(path)
    dataset = info.dataset or config["dataset"]  # run.json's, else config.json's (or the default)
    epochs_done = len(history) or info.epochs_done
    problems: list[Message] = []
    facts: list[Message] = [msg("exercises.t_fact_dataset", dataset=dataset)]
    if "dataset" in check and dataset != check["dataset"]:
        problems.append(msg("exercises.t_dataset", got=dataset, want=check["dataset"]))
    best, best_epoch = _best_accuracy(history, info)
    if "min_val_accuracy" in check:
        where = msg("exercises.t_epoch", epoch=best_epoch) if best_epoch is not None else ""
        if best is None:
            problems.append(msg("exercises.t_no_accuracy", want=check["min_val_accuracy"]))
        elif best < check["min_val_accuracy"]:
            problems.append(msg("exercises.t_accuracy", got=best, want=check["min_val_accuracy"], where=where))
        else:
            facts.append(msg("exercises.t_fact_accuracy", got=best, where=where))
    if "max_epochs" in check:
        if epochs_done > check["max_epochs"]:
            problems.append(msg("exercises.t_epochs", got=epochs_done, want=check["max_epochs"]))
        else:
            facts.append(msg("exercises.t_fact_epochs", got=epochs_done))
    if check.get("early_stopping_restored"):
        problem, fact = _early_stopping(config, history, epochs_done)
        problems.extend([problem] if problem else [])
        facts.extend([fact] if fact else [])
    if problems:
        if len(problems) == 1:
            return Verdict(False, problems[0])
        return Verdict(False, msg("exercises.train_wrong", problems=Joined(tuple(problems), "\n- ")))
    return Verdict(True, msg("exercises.train_right", run=info.name, facts=Joined(tuple(facts), "; ")))


def _early_stopping(config: dict[str, Any], history: list[dict[str, Any]],
                    epochs_done: int) -> tuple[Message | None, Message | None]:
    if not config.get("early_stopping"):
        return msg("exercises.t_es_off"), None
    if not config.get("restore_best_weights"):
        return msg("exercises.t_restore_off"), None
    planned = config.get("epochs")
    if isinstance(planned, int) and epochs_done >= planned:
        return msg("exercises.t_es_never_stopped", epochs=planned, patience=config.get("patience")), None
    epoch = restored_epoch(history)
    if epoch is None:
        return msg("exercises.t_no_val_loss"), None
    return None, msg("exercises.t_fact_restored", last=epochs_done, epoch=epoch)


# ---- look and choice ----------------------------------------------------------------------------------------------


def _class_name(run: Path, label: int) -> str:
    from cnnviz.runs import store as runs

    try:
        names = runs.run_class_names(run)
    except CnnvizError:
        names = None
    return names[label] if names and 0 <= label < len(names) else str(label)


def _check_look(exercise: Exercise, answer: Any) -> Verdict:
    if not isinstance(answer, LookAnswer):
        raise AnswerError("exercises.answer_type", kind="look", expected=msg("exercises.expect_look"))
    info = _finished_run(answer.run, "look")
    if isinstance(info, Verdict):
        return info
    label, predicted = _class_name(answer.run, answer.label), _class_name(answer.run, answer.predicted)
    if answer.label != answer.predicted:
        return Verdict(True, msg("exercises.look_right", image=answer.image, label=label, predicted=predicted))
    return Verdict(False, msg("exercises.look_not_a_mistake", image=answer.image, label=label))


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


# ---- check and solution ----------------------------------------------------------------------------------------


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


def _train_howto(check_: dict[str, Any]) -> str:
    steps = [msg("exercises.howto_dataset", dataset=check_["dataset"]) if "dataset" in check_ else None,
             msg("exercises.howto_epochs", epochs=check_["max_epochs"]) if "max_epochs" in check_ else None,
             msg("exercises.howto_early_stopping") if check_.get("early_stopping_restored") else None,
             msg("exercises.howto_accuracy", want=check_["min_val_accuracy"]) if "min_val_accuracy" in check_
             else None]
    return t("exercises.solution_train", steps=Joined(tuple(s for s in steps if s is not None), " "))


# ---- what is wrong with a lesson file's check ---------------------------------------------------------------------

Problems = list[tuple[str, Message]]


def check_problems(kind: str, check_: dict[str, Any]) -> Problems:
    """What is wrong with an exercise's `check` (field path inside it, reason); [] when it is fine."""
    if not isinstance(check_, dict):
        return [("", msg("exercises.p_not_mapping"))]
    checker = {"number": _number_problems, "build": _build_check_problems, "train": _train_problems,
               "look": _look_problems, "choice": _choice_problems}.get(kind)
    if checker is None:
        return [("", msg("exercises.unknown_kind", kind=_repr(kind)))]
    return checker(check_)


def _unknown_fields(check_: dict[str, Any], known: tuple[str, ...], prefix: str = "") -> Problems:
    return [(f"{prefix}{name}", msg("exercises.p_unknown_field", name=_repr(name), known=", ".join(known)))
            for name in check_ if name not in known]


def _one_of(value: Any, options: Any) -> bool:
    """`value in options` for a YAML value that may be a list or mapping (not hashable)."""
    return isinstance(value, str) and value in options


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return isinstance(value, int) or math.isfinite(value)


def _repr(value: Any, limit: int = 60) -> str:
    """A value of a lesson file for a message, cut short (a file must not make the message huge)."""
    try:
        text = repr(value)
    except ValueError:  # an integer too long to print
        text = f"<{type(value).__name__}>"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _given_value_problem(name: str, value: Any) -> Message | None:
    """What is wrong with one fixed value of a given (None: it is fine)."""
    if name in CHOICE_GIVENS:
        options = CHOICE_GIVENS[name]
        return None if value in options else msg("exercises.p_given_choice", value=_repr(value),
                                                 options=", ".join(options))
    lo, hi = INT_LIMITS[name]
    if not _is_int(value) or not lo <= value <= hi:
        return msg("exercises.p_given_int", value=_repr(value), lo=lo, hi=hi)
    return None


def _given_problems(name: str, spec: Any) -> Problems:
    path = f"given.{name}"
    if name in RANGE_GIVENS:
        if isinstance(spec, dict) and set(spec) == {"min", "max"}:
            spec = [spec["min"], spec["max"]]
        ok = (isinstance(spec, list) and len(spec) == 2 and all(_is_number(v) and abs(v) <= 1000 for v in spec)
              and spec[0] <= spec[1])
        return [] if ok else [(path, msg("exercises.p_value_range", value=_repr(spec)))]
    if isinstance(spec, dict):
        if set(spec) != {"min", "max"} or name in CHOICE_GIVENS:
            return [(path, msg("exercises.p_given_form"))]
        problems = [(f"{path}.{end}", problem) for end in ("min", "max")
                    if (problem := _given_value_problem(name, spec[end])) is not None]
        if not problems and spec["min"] > spec["max"]:
            problems.append((path, msg("exercises.p_min_above_max", lo=spec["min"], hi=spec["max"])))
        return problems
    if isinstance(spec, list):
        if not spec:
            return [(path, msg("exercises.p_empty_list"))]
        return [(f"{path}[{i}]", problem) for i, value in enumerate(spec)
                if (problem := _given_value_problem(name, value)) is not None]
    problem = _given_value_problem(name, spec)
    return [] if problem is None else [(path, problem)]


def _number_problems(check_: dict[str, Any]) -> Problems:
    problems = _unknown_fields(check_, ("quantity", "given"))
    quantity = check_.get("quantity")
    if quantity not in QUANTITIES:
        return [*problems, ("quantity", msg("exercises.p_quantity", value=_repr(quantity),
                                            options=", ".join(QUANTITIES)))]
    given = check_.get("given", {})
    if not isinstance(given, dict):
        return [*problems, ("given", msg("exercises.p_not_mapping"))]
    names = QUANTITIES[quantity]
    problems += _unknown_fields(given, names, "given.")
    optional = OPTIONAL_GIVENS.get(quantity, ())
    problems += [(f"given.{name}", msg("exercises.p_missing", name=_repr(name)))
                 for name in names if name not in given and name not in optional]
    for name in names:
        if name in given:
            problems += _given_problems(name, given[name])
    if problems:
        return problems
    probe = Exercise("probe", "number", Text("", ""), check_)
    try:
        variant(probe, "check")
    except CourseError:
        return [("given", msg("exercises.p_no_sensible_draw"))]
    return []


def _build_check_problems(check_: dict[str, Any]) -> Problems:
    problems = _unknown_fields(check_, BUILD_FIELDS)
    if "start" in check_ and not _one_of(check_["start"], PRESETS):
        problems.append(("start", msg("exercises.p_preset", value=_repr(check_["start"]),
                                      options=", ".join(PRESETS))))
    if "input_shape" in check_:
        try:
            parse_input_shape(check_["input_shape"])
        except SpecError as exc:
            problems.append(("input_shape", exc.as_message()))
    rules = check_.get("rules", [])
    if not isinstance(rules, list) or not rules:
        problems.append(("rules", msg("exercises.p_rules_list")))
        rules = []
    for index, rule in enumerate(rules):
        problems += _rule_problems(index, rule)
    if problems:
        return problems
    try:
        arch = _build_solution(check_)
    except SpecError as exc:
        return [("solution", exc.as_message())]
    failing = _build_problems(check_, arch)
    where = "solution" if "solution" in check_ else "rules"
    return [(where, msg("exercises.p_solution_fails", reason=reason)) for reason in failing]


def _rule_problems(index: int, rule: Any) -> Problems:
    name = _rule_name(rule)
    path = f"rules[{index}]"
    if name not in BUILD_RULES:
        return [(path, msg("exercises.p_rule", value=_repr(name or rule), options=", ".join(BUILD_RULES)))]
    value, at = rule[name], f"{path}.{name}"
    if "except" in rule and name != "like_preset":
        return [(f"{path}.except", msg("exercises.p_except_only_like"))]
    if name == "last_feature_map" and not (isinstance(value, list) and len(value) == 3
                                           and all(_is_int(v) and v >= 1 for v in value)):
        return [(at, msg("exercises.p_shape", value=_repr(value)))]
    if name in ("max_params", "min_params", "outputs") and not (_is_int(value) and value >= 1):
        return [(at, msg("exercises.p_positive_int", value=_repr(value)))]
    if name == "conv_padding" and value not in PADDINGS:
        return [(at, msg("exercises.p_given_choice", value=_repr(value), options=", ".join(PADDINGS)))]
    if name == "like_preset":
        return _like_problems(path, rule)
    if name == "layer_count":
        return _layer_count_problems(at, value)
    return []


def _like_problems(path: str, rule: dict[str, Any]) -> Problems:
    if not _one_of(rule["like_preset"], PRESETS):
        return [(f"{path}.like_preset", msg("exercises.p_preset", value=_repr(rule["like_preset"]),
                                            options=", ".join(PRESETS)))]
    leave_out = rule.get("except", [])
    if not isinstance(leave_out, list):
        return [(f"{path}.except", msg("exercises.p_except_list", options=", ".join(LIKE_FIELDS)))]
    return [(f"{path}.except[{i}]", msg("exercises.p_given_choice", value=_repr(name), options=", ".join(LIKE_FIELDS)))
            for i, name in enumerate(leave_out) if name not in LIKE_FIELDS]


def _layer_count_problems(at: str, value: Any) -> Problems:
    if not isinstance(value, dict):
        return [(at, msg("exercises.p_not_mapping"))]
    problems = _unknown_fields(value, ("type", "min", "max"), f"{at}.")
    if not _one_of(value.get("type"), LAYER_CLASSES):
        problems.append((f"{at}.type", msg("exercises.p_given_choice", value=_repr(value.get("type")),
                                           options=", ".join(LAYER_CLASSES))))
    if "min" not in value and "max" not in value:
        problems.append((at, msg("exercises.p_count_bounds")))
    for end in ("min", "max"):
        if end in value and not (_is_int(value[end]) and value[end] >= 0):
            problems.append((f"{at}.{end}", msg("exercises.p_count_int", value=_repr(value[end]))))
    if not problems and "min" in value and "max" in value and value["min"] > value["max"]:
        problems.append((at, msg("exercises.p_min_above_max", lo=value["min"], hi=value["max"])))
    return problems


def _train_problems(check_: dict[str, Any]) -> Problems:
    from cnnviz.data.datasets import DATASETS
    from cnnviz.train.config import MAX_EPOCHS

    problems = _unknown_fields(check_, TRAIN_FIELDS)
    if "dataset" in check_ and check_["dataset"] not in DATASETS:
        problems.append(("dataset", msg("exercises.p_given_choice", value=_repr(check_["dataset"]),
                                        options=", ".join(DATASETS))))
    accuracy = check_.get("min_val_accuracy", 0.5)
    if not (_is_number(accuracy) and 0 < accuracy <= 1):
        problems.append(("min_val_accuracy", msg("exercises.p_accuracy", value=_repr(accuracy))))
    epochs = check_.get("max_epochs", 1)
    if not (_is_int(epochs) and 1 <= epochs <= MAX_EPOCHS):
        problems.append(("max_epochs", msg("exercises.p_given_int", value=_repr(epochs), lo=1, hi=MAX_EPOCHS)))
    if not isinstance(check_.get("early_stopping_restored", False), bool):
        problems.append(("early_stopping_restored", msg("exercises.p_bool",
                                                        value=_repr(check_["early_stopping_restored"]))))
    return problems


def _look_problems(check_: dict[str, Any]) -> Problems:
    problems = _unknown_fields(check_, ("need",))
    if check_.get("need") not in LOOK_NEEDS:
        problems.append(("need", msg("exercises.p_given_choice", value=_repr(check_.get("need")),
                                     options=", ".join(LOOK_NEEDS))))
    return problems


def _choice_problems(check_: dict[str, Any]) -> Problems:
    problems = _unknown_fields(check_, ("options",))
    options = check_.get("options")
    if not isinstance(options, list) or len(options) < 2:
        return [*problems, ("options", msg("exercises.p_options_list"))]
    seen: set[str] = set()
    for index, option in enumerate(options):
        path = f"options[{index}]"
        if not isinstance(option, dict):
            problems.append((path, msg("exercises.p_not_mapping")))
            continue
        problems += _unknown_fields(option, ("id", "text", "correct", "why"), f"{path}.")
        option_id = option.get("id")
        if not isinstance(option_id, str | int) or isinstance(option_id, bool) or not str(option_id).strip():
            problems.append((f"{path}.id", msg("exercises.p_option_id", value=_repr(option_id))))
        elif str(option_id) in seen:
            problems.append((f"{path}.id", msg("exercises.p_option_twice", value=_repr(str(option_id)))))
        else:
            seen.add(str(option_id))
        for field_name in ("text", "why"):
            if _text(option.get(field_name)) is None:
                problems.append((f"{path}.{field_name}", msg("exercises.p_text")))
        if not isinstance(option.get("correct", False), bool):
            problems.append((f"{path}.correct", msg("exercises.p_bool", value=_repr(option["correct"]))))
    right = sum(1 for option in options if isinstance(option, dict) and option.get("correct") is True)
    if right != 1:
        problems.append(("options", msg("exercises.p_one_correct", count=right)))
    return problems
