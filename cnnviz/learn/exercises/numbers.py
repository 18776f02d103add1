"""The check of a number answer: right within the tolerances, else the known mistake it most likely is (each
quantity's diagnosed mistakes, most likely first), else too large or too small with the formula filled in.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from cnnviz.arch import shapes
from cnnviz.arch.spec import PADDINGS, Conv2D, Dense
from cnnviz.i18n import Message, msg
from cnnviz.learn import lab
from cnnviz.learn.course import Exercise
from cnnviz.learn.exercises.answers import AnswerError, Verdict, _close, _layer_name, parse_number, show
from cnnviz.learn.exercises.quantities import _answer, _cell, _network, _pooled
from cnnviz.learn.exercises.variants import variant


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
