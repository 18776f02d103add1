"""The quantities a number exercise asks for: their givens (which, which are optional, what is drawn from them,
the values allowed) and the right answer, from the core's own math (`cnnviz.arch.shapes`, `cnnviz.learn.lab`,
the presets), never from a second copy of the formulas.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import numpy as np

from cnnviz.arch import shapes
from cnnviz.arch.presets import PRESETS
from cnnviz.arch.spec import PADDINGS, Architecture, Conv2D, Flatten
from cnnviz.learn import lab
from cnnviz.learn.course import CourseError

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
POOL_MODES = ("max", "average")
# Whole-number givens and their allowed range (a prompt with a 300×300 grid to add up by hand is no exercise).
INT_LIMITS: dict[str, tuple[int, int]] = {
    "input": (1, 4096), "kernel": (1, 64), "stride": (1, 16), "pool": (1, 16), "channels": (1, 4096),
    "filters": (1, 4096), "inputs": (1, 10_000_000), "units": (1, 100_000), "height": (1, 4096),
    "width": (1, 4096), "size": (2, 10), "kernel_size": (1, 5),
}
CHOICE_GIVENS: dict[str, tuple[str, ...]] = {"padding": PADDINGS, "mode": POOL_MODES, "preset": tuple(PRESETS)}
RANGE_GIVENS = ("values", "kernel_values")


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
