"""Build exercises: the rules an architecture must pass (last_feature_map, max_params, min_params, outputs,
conv_padding, like_preset, layer_count), the check of a built architecture, and the architecture a check asks
for (its own `solution`, else the preset it is like or starts from).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from cnnviz.arch import shapes
from cnnviz.arch.presets import PRESETS
from cnnviz.arch.spec import Architecture, Conv2D, Dense, Layer, MaxPooling2D, parse_architecture
from cnnviz.i18n import Joined, Message, msg
from cnnviz.learn.course import Exercise
from cnnviz.learn.exercises.answers import AnswerError, Verdict, _dims, _layer_name, show
from cnnviz.learn.exercises.quantities import _network

BUILD_RULES: tuple[str, ...] = ("last_feature_map", "max_params", "min_params", "outputs", "conv_padding",
                                "like_preset", "layer_count")
# The layer fields like_preset compares (and may be told to leave out).
LIKE_FIELDS = ("filters", "units", "kernel_size", "strides", "padding", "activation", "pool_size", "rate")
BUILD_FIELDS = ("start", "input_shape", "rules", "solution")


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
