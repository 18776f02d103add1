"""What is wrong with a lesson file's `check` mapping, for each kind (`check_problems`): unknown fields, givens out
of range, rules that are not ones, a solution that fails its own rules, not exactly one right option...
"""

from __future__ import annotations

import math
from typing import Any

from cnnviz.arch.presets import PRESETS
from cnnviz.arch.spec import LAYER_CLASSES, PADDINGS, SpecError, parse_input_shape
from cnnviz.i18n import Message, msg
from cnnviz.learn.course import CourseError, Exercise, Text
from cnnviz.learn.exercises.building import (
    BUILD_FIELDS,
    BUILD_RULES,
    LIKE_FIELDS,
    _build_problems,
    _build_solution,
    _rule_name,
)
from cnnviz.learn.exercises.choices import _text
from cnnviz.learn.exercises.quantities import (
    CHOICE_GIVENS,
    INT_LIMITS,
    OPTIONAL_GIVENS,
    QUANTITIES,
    RANGE_GIVENS,
)
from cnnviz.learn.exercises.runs import LOOK_NEEDS, TRAIN_FIELDS
from cnnviz.learn.exercises.variants import variant

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
