"""Exercises that check themselves (cnnviz.learn.exercises): every quantity against an independent oracle (Keras,
SciPy, numpy), each diagnosed mistake, variants per workspace, the build rules, train/look/choice checks, malformed
answers and the checks of a lesson file's `check`."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from cnnviz.arch.presets import PRESETS
from cnnviz.arch.spec import (
    Architecture,
    Conv2D,
    Dense,
    Dropout,
    Flatten,
    GlobalAveragePooling2D,
    MaxPooling2D,
)
from cnnviz.i18n import Message
from cnnviz.io import atomic_write_json
from cnnviz.learn import exercises as ex
from cnnviz.learn.course import CourseError, Exercise, Text
from cnnviz.runs import store as runs

ROOT = Path(__file__).resolve().parent.parent
WORKSPACES = [f"ws-{i}" for i in range(40)]


def number(quantity: str, given: dict[str, Any], exercise_id: str = "ex-number") -> Exercise:
    return Exercise(exercise_id, "number", Text("Compute it.", "계산하세요."), {"quantity": quantity, "given": given})


def workspace_where(exercise: Exercise, condition: Any) -> tuple[str, dict[str, Any]]:
    """The first workspace whose variant meets `condition` (deterministic: the same one every run)."""
    for workspace in (f"find-{i}" for i in range(500)):
        values = ex.variant(exercise, workspace)
        if condition(values):
            return workspace, values
    raise AssertionError("no workspace draws such a variant")


def wrong_because(verdict: ex.Verdict) -> str:
    """The catalog key of the mistake a wrong number was diagnosed as."""
    assert not verdict.correct and verdict.message.key == "exercises.number_wrong"
    assert "exercises." not in verdict.message.text("en") + verdict.message.text("ko")  # every key has its text
    return verdict.message.params["why"].key


# ---- every quantity against an independent oracle -----------------------------------------------------------------


@pytest.fixture(scope="module")
def keras_layers() -> Any:
    import keras

    return keras.layers


CONV = number("conv_output_size", {"input": {"min": 9, "max": 40}, "kernel": [1, 2, 3, 4, 5, 7],
                                   "padding": ["valid", "same"], "stride": [1, 2, 3]})
POOL = number("pool_output_size", {"input": {"min": 5, "max": 40}, "pool": [2, 3, 4], "stride": [1, 2, 3]})
POOL_DEFAULT_STRIDE = number("pool_output_size", {"input": {"min": 5, "max": 40}, "pool": [2, 3]})
PADDED = number("padded_size", {"input": {"min": 5, "max": 40}, "kernel": [2, 3, 4, 5, 6, 7]})
CONV_PARAMS = number("conv_params", {"kernel": [1, 3, 5], "channels": [1, 3, 16, 32], "filters": [8, 32, 64]})
DENSE_PARAMS = number("dense_params", {"inputs": {"min": 10, "max": 5000}, "units": [10, 64, 100, 128]})
FLATTEN = number("flatten_size", {"height": {"min": 1, "max": 14}, "width": {"min": 1, "max": 14},
                                  "channels": [1, 16, 32, 64]})
CC = number("cross_correlation_cell", {"size": [4, 5, 6], "kernel_size": [2, 3], "values": [0, 9],
                                       "kernel_values": [-2, 2]})
CC_REAL = number("cross_correlation_cell", {"size": 5, "kernel_size": 3, "values": [0, 9],
                                            "kernel_values": [-1.0, 1.0]}, "ex-cc-real")
POOLED = number("pooled_value", {"size": [4, 6], "pool": [2, 3], "values": [0, 9], "mode": ["max", "average"]})
NETWORK = number("network_params", {"preset": list(PRESETS), "padding": ["valid", "same"]})


@pytest.mark.parametrize("workspace", WORKSPACES[:12])
def test_conv_output_size_is_keras_own(workspace: str, keras_layers: Any) -> None:
    v = ex.variant(CONV, workspace)
    layer = keras_layers.Conv2D(1, v["kernel"], strides=v["stride"], padding=v["padding"])
    keras_side = layer.compute_output_shape((None, v["input"], v["input"], 1))[1]
    assert ex.solution(CONV, workspace).answer == keras_side
    assert ex.check(CONV, str(keras_side), workspace).correct


@pytest.mark.parametrize("exercise", [POOL, POOL_DEFAULT_STRIDE])
def test_pool_output_size_is_keras_own(exercise: Exercise, keras_layers: Any) -> None:
    for workspace in WORKSPACES[:10]:
        v = ex.variant(exercise, workspace)
        strides = exercise.check["given"].get("stride") and v["stride"]
        layer = keras_layers.MaxPooling2D(v["pool"], strides=strides)
        keras_side = layer.compute_output_shape((None, v["input"], v["input"], 1))[1]
        assert ex.solution(exercise, workspace).answer == keras_side
        assert v["stride"] == (v["pool"] if strides is None else strides)


def test_padded_size_is_what_same_padding_needs(keras_layers: Any) -> None:
    for workspace in WORKSPACES[:12]:
        v = ex.variant(PADDED, workspace)
        padded = ex.solution(PADDED, workspace).answer
        n, k = v["input"], v["kernel"]
        # A 'valid' window over the padded input gives exactly as many positions as 'same' keeps: n.
        assert keras_layers.Conv2D(1, k, padding="valid").compute_output_shape((None, padded, padded, 1))[1] == n
        assert keras_layers.Conv2D(1, k, padding="same").compute_output_shape((None, n, n, 1))[1] == n


def test_conv_and_dense_params_are_keras_counts(keras_layers: Any) -> None:
    for workspace in WORKSPACES[:8]:
        v = ex.variant(CONV_PARAMS, workspace)
        conv = keras_layers.Conv2D(v["filters"], v["kernel"])
        conv.build((None, 16, 16, v["channels"]))
        assert ex.solution(CONV_PARAMS, workspace).answer == conv.count_params()
        d = ex.variant(DENSE_PARAMS, workspace)
        dense = keras_layers.Dense(d["units"])
        dense.build((None, d["inputs"]))
        assert ex.solution(DENSE_PARAMS, workspace).answer == dense.count_params()


def test_flatten_size_is_keras_own(keras_layers: Any) -> None:
    for workspace in WORKSPACES[:8]:
        v = ex.variant(FLATTEN, workspace)
        shape = keras_layers.Flatten().compute_output_shape((None, v["height"], v["width"], v["channels"]))
        assert ex.solution(FLATTEN, workspace).answer == shape[1]


@pytest.mark.parametrize("exercise", [CC, CC_REAL])
def test_cross_correlation_cell_is_scipys(exercise: Exercise) -> None:
    from scipy.signal import correlate2d

    for workspace in WORKSPACES[:12]:
        v = ex.variant(exercise, workspace)
        image, kernel = np.array(v["image"], dtype=float), np.array(v["kernel"], dtype=float)
        assert image.shape == (v["size"], v["size"]) and kernel.shape == (v["kernel_size"],) * 2
        lo, hi = exercise.check["given"]["kernel_values"]
        assert kernel.min() >= lo and kernel.max() <= hi
        expected = correlate2d(image, kernel, mode="valid")[v["row"], v["col"]]
        assert ex.solution(exercise, workspace).answer == pytest.approx(expected)
        assert ex.check(exercise, repr(float(expected)), workspace).correct


def test_real_valued_cells_may_be_rounded_to_two_decimals() -> None:
    workspace, v = workspace_where(CC_REAL, lambda v: abs(ex._answer("cross_correlation_cell", v) * 100 % 1) > 0.2)
    value = ex.solution(CC_REAL, workspace).answer
    assert ex.check(CC_REAL, f"{value:.2f}", workspace).correct
    assert not ex.check(CC_REAL, f"{value + 0.02:.2f}", workspace).correct
    whole = number("cross_correlation_cell", CC.check["given"], "ex-cc-whole")
    answer = ex.solution(whole, "ws-1").answer
    assert isinstance(answer, int) and not ex.check(whole, str(answer + 0.004), "ws-1").correct


def test_pooled_value_is_numpys() -> None:
    for workspace in WORKSPACES[:16]:
        v = ex.variant(POOLED, workspace)
        grid, p, r, c = np.array(v["grid"], dtype=float), v["pool"], v["row"], v["col"]
        window = grid[r * p:(r + 1) * p, c * p:(c + 1) * p]
        expected = window.max() if v["mode"] == "max" else window.mean()
        assert ex.solution(POOLED, workspace).answer == pytest.approx(expected)
        assert 0 <= r < v["size"] // p and 0 <= c < v["size"] // p


def test_network_params_are_keras_counts_and_the_notes_numbers() -> None:
    from cnnviz.models.builder import build_model

    fashion = number("network_params", {"preset": "fashion-convnet"}, "ex-fashion")
    mnist = number("network_params", {"preset": "mnist-convnet"}, "ex-mnist")
    assert ex.solution(fashion, "a").answer == 333_526 and ex.solution(mnist, "a").answer == 104_202
    assert ex.check(fashion, "333,526", "a").correct and ex.check(mnist, "104 202", "a").correct
    seen = set()
    for workspace in WORKSPACES[:20]:
        v = ex.variant(NETWORK, workspace)
        if (v["preset"], v["padding"]) in seen:
            continue
        seen.add((v["preset"], v["padding"]))
        assert ex.solution(NETWORK, workspace).answer == build_model(ex._network(v)).count_params()
    assert len(seen) >= 4


# ---- each diagnosed mistake ---------------------------------------------------------------------------------------


def _conv(padding: str, stride: list[int]) -> Exercise:
    return number("conv_output_size", {"input": [27, 28, 31], "kernel": [3, 5], "padding": padding, "stride": stride},
                  f"ex-conv-{padding}-{stride[0]}")


MISTAKES = [
    (_conv("valid", [1, 2]), lambda v: -(-v["input"] // v["stride"]), "exercises.m_same_for_valid"),
    (_conv("same", [1, 2]), lambda v: (v["input"] - v["kernel"]) // v["stride"] + 1, "exercises.m_valid_for_same"),
    (_conv("valid", [2]), lambda v: v["input"] - v["kernel"] + 1, "exercises.m_stride_forgotten"),
    (_conv("same", [2]), lambda v: v["input"], "exercises.m_stride_forgotten"),
    (_conv("valid", [1]), lambda v: v["input"] - v["kernel"], "exercises.m_plus_one"),
    (_conv("same", [1]), lambda v: v["input"] + (v["kernel"] - 1) // 2 - v["kernel"] + 1, "exercises.m_one_side"),
    (number("conv_output_size", {"input": [27, 28], "kernel": [2, 4], "padding": "same", "stride": 1}, "ex-even"),
     lambda v: v["input"] + v["kernel"] // 2 - v["kernel"] + 1, "exercises.m_one_side"),
    (POOL, lambda v: (v["input"] - v["pool"]) // v["stride"], "exercises.m_plus_one"),
    (PADDED, lambda v: v["input"], "exercises.m_padded_is_output"),
    (number("padded_size", {"input": [20, 28], "kernel": [3, 5, 7]}), lambda v: v["input"] + (v["kernel"] - 1) // 2,
     "exercises.m_one_side"),
    (PADDED, lambda v: v["input"] + 2 * (v["kernel"] - 1), "exercises.m_padded_doubled"),
    (CONV_PARAMS, lambda v: v["kernel"] ** 2 * v["channels"] * v["filters"], "exercises.m_conv_no_bias"),
    (CONV_PARAMS, lambda v: (v["kernel"] ** 2 + 1) * v["filters"], "exercises.m_conv_no_channels"),
    (DENSE_PARAMS, lambda v: v["inputs"] * v["units"], "exercises.m_dense_no_bias"),
    (DENSE_PARAMS, lambda v: v["inputs"] + v["units"], "exercises.m_added"),
    (FLATTEN, lambda v: v["height"] + v["width"] + v["channels"], "exercises.m_added"),
    (FLATTEN, lambda v: v["height"] * v["width"], "exercises.m_flatten_no_channels"),
]


@pytest.mark.parametrize(("exercise", "mistake", "key"), MISTAKES,
                         ids=[f"{e.check['quantity']}-{k.split('.')[-1]}" for e, _, k in MISTAKES])
def test_a_known_mistake_is_named(exercise: Exercise, mistake: Any, key: str) -> None:
    def distinct(v: dict[str, Any]) -> bool:
        return mistake(v) != ex._answer(exercise.check["quantity"], v)

    workspace, v = workspace_where(exercise, distinct)
    verdict = ex.check(exercise, str(mistake(v)), workspace)
    assert wrong_because(verdict) == key
    text = verdict.message.text("en")
    assert text.startswith(f"Not {ex.show(mistake(v))}:") and "wrong" not in text.lower()
    assert ex.check(exercise, str(mistake(v)), workspace).message.text("ko") != text


FIXED_MISTAKES = [  # fixed numbers, worked out by hand so that each mistake gives its own number
    ("conv_output_size", {"input": 28, "kernel": 5, "padding": "valid", "stride": 2}, 12, "12.5", "m_no_floor"),
    ("conv_output_size", {"input": 28, "kernel": 5, "padding": "valid", "stride": 2}, 12, "13", "m_ceil_not_floor"),
    ("conv_output_size", {"input": 28, "kernel": 3, "padding": "same", "stride": 3}, 10, "9.3333333",
     "m_ceil_forgotten"),
    ("pool_output_size", {"input": 9, "pool": 2, "stride": 2}, 4, "5", "m_pool_same"),
    ("pool_output_size", {"input": 12, "pool": 3}, 4, "6", "m_pool_halves"),
    ("padded_size", {"input": 28, "kernel": 3}, 30, "31", "m_padded_k"),
    ("conv_params", {"kernel": 3, "channels": 4, "filters": 8}, 296, "72", "m_conv_no_channels_no_bias"),
    ("conv_params", {"kernel": 3, "channels": 4, "filters": 8}, 296, "289", "m_one_bias"),
    ("conv_params", {"kernel": 3, "channels": 4, "filters": 8}, 296, "104", "m_kernel_not_squared"),
    ("dense_params", {"inputs": 100, "units": 10}, 1010, "1,111", "m_dense_bias_input"),
    ("dense_params", {"inputs": 100, "units": 10}, 1010, "1001", "m_one_bias"),
]


@pytest.mark.parametrize(("quantity", "given", "right", "answer", "key"), FIXED_MISTAKES,
                         ids=[f"{q}-{k}" for q, _, _, _, k in FIXED_MISTAKES])
def test_more_known_mistakes_on_fixed_numbers(quantity: str, given: dict[str, Any], right: int, answer: str,
                                              key: str) -> None:
    exercise = number(quantity, given)
    assert ex.solution(exercise, "a").answer == right
    assert wrong_because(ex.check(exercise, answer, "a")) == f"exercises.{key}"


def test_trainable_only_is_named_for_a_network_with_batch_normalization() -> None:
    from cnnviz.models.builder import build_model

    exercise = number("network_params", {"preset": "cnnviz-strong"}, "ex-strong")
    model = build_model(PRESETS["cnnviz-strong"].architecture)
    trainable = sum(int(np.prod(weight.shape)) for weight in model.trainable_weights)
    assert ex.solution(exercise, "a").answer == model.count_params() > trainable
    verdict = ex.check(exercise, str(trainable), "a")
    assert wrong_because(verdict) == "exercises.m_network_trainable_only"
    assert f"{model.count_params() - trainable:,}" in verdict.message.text("en")


def test_the_flipped_kernel_and_the_neighbouring_cell_are_named() -> None:
    from scipy.signal import convolve2d, correlate2d

    for workspace in WORKSPACES[:10]:
        v = ex.variant(CC, workspace)
        image, kernel, r, c = np.array(v["image"]), np.array(v["kernel"]), v["row"], v["col"]
        flipped = convolve2d(image, kernel, mode="valid")[r, c]
        assert flipped != correlate2d(image, kernel, mode="valid")[r, c]  # drawn so that the mistake shows
        assert wrong_because(ex.check(CC, str(flipped), workspace)) == "exercises.m_flipped"
    def left_differs(v: dict[str, Any]) -> bool:
        image, kernel, r, c = np.array(v["image"]), np.array(v["kernel"]), v["row"], v["col"]
        out = correlate2d(image, kernel, mode="valid")
        return c > 0 and out[r, c - 1] not in (out[r, c], out[c, r], convolve2d(image, kernel, mode="valid")[r, c])

    workspace, v = workspace_where(CC, left_differs)
    out = correlate2d(np.array(v["image"]), np.array(v["kernel"]), mode="valid")
    left = out[v["row"], v["col"] - 1]
    verdict = ex.check(CC, str(left), workspace)
    assert wrong_because(verdict) == "exercises.m_neighbour"
    named = verdict.message.params["why"].params
    assert out[named["r"], named["c"]] == left and (named["r"], named["c"]) != (v["row"], v["col"])
    assert f"row {named['r']}, column {named['c']}" in verdict.message.text("en")


def test_rows_and_columns_swapped_are_named() -> None:
    from scipy.signal import convolve2d, correlate2d

    def swap_shows(v: dict[str, Any]) -> bool:
        image, kernel, r, c = np.array(v["image"]), np.array(v["kernel"]), v["row"], v["col"]
        out = correlate2d(image, kernel, mode="valid")
        return abs(r - c) > 1 and out[c, r] not in (out[r, c], convolve2d(image, kernel, mode="valid")[r, c])

    workspace, v = workspace_where(CC, swap_shows)
    swapped = correlate2d(np.array(v["image"]), np.array(v["kernel"]), mode="valid")[v["col"], v["row"]]
    verdict = ex.check(CC, str(swapped), workspace)
    assert wrong_because(verdict) == "exercises.m_swapped"
    assert f"row {v['col']}, column {v['row']}: rows and columns swapped" in verdict.message.text("en")


def test_max_for_average_and_average_for_max_are_named() -> None:
    for mode, key in (("max", "exercises.m_average_not_max"), ("average", "exercises.m_max_not_average")):
        exercise = number("pooled_value", {"size": 4, "pool": 2, "values": [0, 9], "mode": mode}, f"ex-pool-{mode}")
        for workspace in WORKSPACES[:6]:
            v = ex.variant(exercise, workspace)
            grid, r, c = np.array(v["grid"], dtype=float), v["row"], v["col"]
            window = grid[2 * r:2 * r + 2, 2 * c:2 * c + 2]
            other = window.mean() if mode == "max" else window.max()
            assert wrong_because(ex.check(exercise, str(other), workspace)) == key
    workspace, v = workspace_where(POOLED, lambda v: v["mode"] == "average")
    summed = ex._answer("pooled_value", v) * v["pool"] ** 2
    assert wrong_because(ex.check(POOLED, str(summed), workspace)) == "exercises.m_sum_not_average"


def test_network_mistakes_name_the_padding_the_biases_and_the_layer_left_out() -> None:
    fashion = number("network_params", {"preset": "fashion-convnet", "padding": "same"}, "ex-fashion-same")
    assert ex.solution(fashion, "a").answer == 333_526
    valid = number("network_params", {"preset": "fashion-convnet", "padding": "valid"}, "ex-fashion-valid")
    assert wrong_because(ex.check(fashion, str(ex.solution(valid, "a").answer), "a")) == "exercises.m_network_padding"
    no_bias = 333_526 - (32 + 64 + 100 + 10)
    assert wrong_because(ex.check(fashion, str(no_bias), "a")) == "exercises.m_network_no_bias"
    verdict = ex.check(fashion, str(333_526 - 10 * 101), "a")  # the last Dense layer left out
    assert wrong_because(verdict) == "exercises.m_network_layer_left_out"
    assert "layer 8 (Dense)" in verdict.message.text("en") and "1,010" in verdict.message.text("en")


def test_a_wrong_number_without_a_known_mistake_still_teaches() -> None:
    workspace, v = workspace_where(CONV_PARAMS, lambda v: v["kernel"] == 3 and v["channels"] == 16)
    verdict = ex.check(CONV_PARAMS, "7", workspace)
    text = verdict.message.text("en")
    assert not verdict.correct and verdict.message.key == "exercises.too_small"
    assert text.startswith("7 is too small.") and f"(3·3·16 + 1)·{v['filters']}" in text
    big = ex.check(CONV_PARAMS, "99,999,999", workspace)
    assert big.message.key == "exercises.too_large" and "99,999,999" in big.message.text("ko")


# ---- variants ------------------------------------------------------------------------------------------------------


def test_variants_are_stable_for_a_workspace_and_differ_between_workspaces() -> None:
    for exercise in (CONV, POOL, PADDED, CONV_PARAMS, DENSE_PARAMS, FLATTEN, CC, POOLED, NETWORK):
        assert ex.variant(exercise, "alice") == ex.variant(exercise, "alice")
        draws = {json.dumps(ex.variant(exercise, w), sort_keys=True) for w in WORKSPACES[:10]}
        assert len(draws) > 1, exercise.check["quantity"]
    assert ex.variant(CONV, "alice") != ex.variant(replace(CONV, id="another-exercise"), "alice") or \
        ex.variant(CONV, "bob") != ex.variant(replace(CONV, id="another-exercise"), "bob")


def test_variants_are_the_same_in_another_process() -> None:
    probe = ("import json; from cnnviz.learn import exercises as ex; from tests.test_exercises import CC, NETWORK; "
             "print(json.dumps([ex.variant(CC, 'alice'), ex.variant(NETWORK, 'bob')], sort_keys=True))")
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={"PYTHONHASHSEED": "123", "PATH": "/usr/bin:/bin"})
    here = json.dumps([ex.variant(CC, "alice"), ex.variant(NETWORK, "bob")], sort_keys=True)
    assert out.stdout.strip().splitlines()[-1] == here


def test_fixed_givens_give_every_workspace_the_same_and_nonsense_is_drawn_again() -> None:
    fixed = number("conv_output_size", {"input": 28, "kernel": 3, "padding": "valid", "stride": 1})
    assert {json.dumps(ex.variant(fixed, w)) for w in WORKSPACES[:5]} == {json.dumps(ex.variant(fixed, "x"))}
    tight = number("conv_output_size", {"input": {"min": 2, "max": 8}, "kernel": [5, 7, 9], "padding": "valid",
                                        "stride": 1})
    for workspace in WORKSPACES:
        v = ex.variant(tight, workspace)
        assert v["kernel"] <= v["input"]
    impossible = number("conv_output_size", {"input": 3, "kernel": 5, "padding": "valid", "stride": 1})
    with pytest.raises(CourseError):
        ex.variant(impossible, "alice")


def test_the_prompt_fills_values_and_writes_grids_as_aligned_code_blocks() -> None:
    exercise = replace(CC, prompt=Text("Image: {image} Kernel: {kernel} cell ({row}, {col}), keep {this}",
                                       "이미지: {image} 커널: {kernel} ({row}, {col}) 칸"))
    v = ex.variant(exercise, "alice")
    text = ex.prompt(exercise, "alice", "en")
    assert "keep {this}" in text and f"cell ({v['row']}, {v['col']})" in text
    blocks = text.split("```")
    assert len(blocks) == 5
    rows = blocks[1].strip("\n").split("\n")
    assert len(rows) == v["size"] and len({len(row) for row in rows}) == 1
    assert [int(cell) for cell in rows[0].split()] == v["image"][0]
    assert ex.prompt(exercise, "alice", "ko").startswith("이미지:")
    assert ex.placeholders(CC) == {"size", "kernel_size", "values", "kernel_values", "image", "kernel", "row", "col"}
    assert ex.placeholders(POOL_DEFAULT_STRIDE) == {"input", "pool", "stride"}
    assert ex.placeholders(number("network_params", {"preset": "lenet5"})) == {"preset"}
    ranges = replace(CC_REAL, prompt=Text("cells {values}, kernel {kernel_values}", "-"))
    assert ex.prompt(ranges, "alice", "en") == "cells [0, 9], kernel [-1, 1]"
    conv = replace(CONV, prompt=Text("{input} {kernel} {padding} {stride}", "-"))
    v = ex.variant(conv, "bob")
    assert ex.prompt(conv, "bob", "en") == f"{v['input']} {v['kernel']} {v['padding']} {v['stride']}"


# ---- parse_number and malformed answers ----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [("1,234", 1234), ("1 234", 1234), (" 12 ", 12), ("-0.5", -0.5),
                                             ("1,234,567.5", 1234567.5), ("3.", 3), ("\u22122", -2), ("1e3", 1000)])
def test_numbers_as_students_write_them(text: str, value: float) -> None:
    assert ex.parse_number(text) == value


@pytest.mark.parametrize("text", ["", "abc", "nan", "inf", "-Infinity", "1,23", "12 34", "0,5", "1..2", "3 filters"])
def test_what_is_not_a_number_is_refused(text: str) -> None:
    with pytest.raises(ex.AnswerError) as caught:
        ex.parse_number(text)
    assert caught.value.key in ("exercises.not_a_number", "exercises.decimal_comma")


def test_answers_of_the_wrong_kind_are_refused(tmp_path: Path) -> None:
    arch = PRESETS["fashion-convnet"].architecture
    cases = [(CONV, arch), (CONV, None), (CONV, float("nan")), (BUILD, "fashion-convnet"), (TRAIN, "a run"),
             (TRAIN, tmp_path), (LOOK, tmp_path), (CHOICE, "z"), (CHOICE, 1)]
    for exercise, answer in cases:
        with pytest.raises(ex.AnswerError):
            ex.check(exercise, answer, "alice")
    with pytest.raises(ex.AnswerError) as caught:
        ex.check(TRAIN, tmp_path, "alice")
    assert caught.value.key == "exercises.not_a_run" and tmp_path.name in str(caught.value)


# ---- build ---------------------------------------------------------------------------------------------------------

FASHION = PRESETS["fashion-convnet"].architecture
BUILD = Exercise("ex-build", "build", Text("Build it.", "만드세요."), {
    "start": "fashion-convnet",
    "rules": [{"last_feature_map": [5, 5, 64]}, {"max_params": 200_000}, {"outputs": 10}, {"conv_padding": "valid"},
              {"like_preset": "fashion-convnet", "except": ["padding"]}],
})


def build(rules: list[dict[str, Any]], **extra: Any) -> Exercise:
    return Exercise("ex-rule", "build", Text("-", "-"), {"rules": rules, **extra})


def valid_fashion() -> Architecture:
    return ex._network({"preset": "fashion-convnet", "padding": "valid"})


def test_the_derived_build_solution_passes_and_the_preset_itself_does_not() -> None:
    arch = ex.solution(BUILD, "alice").arch
    assert arch == valid_fashion() and ex.check(BUILD, arch, "alice").correct
    verdict = ex.check(BUILD, FASHION, "alice")
    text = verdict.message.text("en")
    assert not verdict.correct and text.startswith("Not yet:\n- ")
    assert "layer 4 (MaxPooling2D): its output is 7×7×64; the last feature map must be 5×5×64" in text
    assert "333,526 parameters; at most 200,000 allowed (layer 6 (Dense) holds 313,700 of them)" in text
    assert "layer 1 (Conv2D) uses padding 'same'; every Conv2D must use 'valid'" in text
    assert ex.check_problems("build", BUILD.check) == []


def test_last_feature_map_rule() -> None:
    exercise = build([{"last_feature_map": [7, 7, 64]}])
    assert ex.check(exercise, FASHION, "a").correct
    gap = replace(FASHION, layers=(*FASHION.layers[:4], GlobalAveragePooling2D(), Dense(10, activation="softmax")))
    assert ex.check(exercise, gap, "a").correct
    wrong = ex.check(exercise, valid_fashion(), "a")
    assert wrong.message.text("en") == ("layer 4 (MaxPooling2D): its output is 5×5×64; the last feature map must be "
                                        "7×7×64.")
    assert "4번 층 (MaxPooling2D)" in wrong.message.text("ko")
    no_flatten = Architecture((28, 28, 1), (Conv2D(8, 3),))
    assert ex.check(exercise, no_flatten, "a").message.key == "exercises.b_no_flatten"


def test_param_rules_name_the_count_and_the_biggest_layer() -> None:
    assert ex.check(build([{"max_params": 333_526}]), FASHION, "a").correct
    too_many = ex.check(build([{"max_params": 100_000}]), FASHION, "a")
    assert "333,526 parameters; at most 100,000 allowed" in too_many.message.text("en")
    assert ex.check(build([{"min_params": 333_526}]), FASHION, "a").correct
    too_few = ex.check(build([{"min_params": 400_000}]), FASHION, "a")
    assert too_few.message.text("en") == "333,526 parameters; at least 400,000 needed."


def test_outputs_rule() -> None:
    exercise = build([{"outputs": 10}])
    assert ex.check(exercise, FASHION, "a").correct
    five = FASHION.with_layer(7, Dense(5, activation="softmax"))
    assert "layer 8 (Dense) has 5 units; the output needs 10" in ex.check(exercise, five, "a").message.text("en")
    relu = FASHION.with_layer(7, Dense(10, activation="relu"))
    assert "layer 8 (Dense) uses the activation relu" in ex.check(exercise, relu, "a").message.text("en")
    ends_in_dropout = replace(FASHION, layers=FASHION.layers[:7])
    assert ex.check(exercise, ends_in_dropout, "a").message.text("en").startswith("The last layer is layer 7 (Dropout)")


def test_conv_padding_rule_names_the_first_layer_off() -> None:
    exercise = build([{"conv_padding": "same"}])
    assert ex.check(exercise, FASHION, "a").correct
    mixed = FASHION.with_layer(2, Conv2D(64, 3, padding="valid", activation="relu"))
    assert ex.check(exercise, mixed, "a").message.text("en") == (
        "layer 3 (Conv2D) uses padding 'valid'; every Conv2D must use 'same'.")


def test_like_preset_says_the_first_difference_and_leaves_out_what_it_is_told() -> None:
    exercise = build([{"like_preset": "fashion-convnet"}])
    assert ex.check(exercise, FASHION, "a").correct
    explicit_strides = FASHION.with_layer(1, MaxPooling2D((2, 2), strides=(2, 2)))
    assert ex.check(exercise, explicit_strides, "a").correct  # the same pooling written out
    assert ex.check(exercise, valid_fashion(), "a").message.text("en") == (
        "layer 1 (Conv2D): padding is valid; in fashion-convnet it is same.")
    assert ex.check(build([{"like_preset": "fashion-convnet", "except": ["padding"]}]), valid_fashion(), "a").correct
    rate = FASHION.with_layer(6, Dropout(0.5))
    assert ex.check(exercise, rate, "a").message.text("en") == (
        "layer 7 (Dropout): rate is 0.5; in fashion-convnet it is 0.4.")
    kernel = FASHION.with_layer(2, Conv2D(64, 5, padding="same", activation="relu"))
    assert "kernel_size is 5×5; in fashion-convnet it is 3×3" in ex.check(exercise, kernel, "a").message.text("en")
    swapped = FASHION.with_layer(1, Dropout(0.4))
    assert ex.check(exercise, swapped, "a").message.text("en") == (
        "Layer 2 is Dropout; in fashion-convnet it is MaxPooling2D.")
    short = replace(FASHION, layers=FASHION.layers[:7])
    assert ex.check(exercise, short, "a").message.text("en").startswith(
        "Your network has 7 layers; fashion-convnet has 8: Conv2D, MaxPooling2D")


def test_layer_count_rule() -> None:
    exercise = build([{"layer_count": {"type": "Conv2D", "min": 2, "max": 2}}])
    assert ex.check(exercise, FASHION, "a").correct
    three = replace(FASHION, layers=(Conv2D(16, 3, padding="same"), *FASHION.layers))
    assert ex.check(exercise, three, "a").message.text("en") == "3 Conv2D layers; at most 2 allowed."
    one = replace(FASHION, layers=FASHION.layers[2:])
    assert ex.check(exercise, one, "a").message.text("en") == "1 Conv2D layers; at least 2 needed."


def test_an_architecture_that_does_not_compute_gets_the_spec_error_and_the_input_must_match() -> None:
    broken = Architecture((28, 28, 1), (Flatten(), Conv2D(8, 3)))
    verdict = ex.check(build([{"max_params": 10}]), broken, "a")
    assert not verdict.correct and verdict.message.text("en").startswith("layer 2 (Conv2D):")
    rgb = replace(FASHION, input_shape=(32, 32, 3))
    verdict = ex.check(build([{"max_params": 10**9}]), rgb, "a")
    assert verdict.message.text("en") == "The input is 32×32×3; this exercise's images are 28×28×1."
    assert ex.check(build([{"max_params": 10**9}], input_shape=[32, 32, 3]), rgb, "a").correct


def test_a_given_solution_is_the_solution_and_must_pass() -> None:
    small = Architecture((28, 28, 1), (Conv2D(8, 3), MaxPooling2D(2), Flatten(), Dense(10, activation="softmax")))
    exercise = build([{"max_params": 20_000}, {"outputs": 10}], solution=small.to_dict())
    assert ex.check_problems("build", exercise.check) == []
    assert ex.solution(exercise, "a").arch == small and ex.check(exercise, small, "a").correct
    failing = build([{"max_params": 1_000}], solution=small.to_dict())
    problems = ex.check_problems("build", failing.check)
    assert [path for path, _ in problems] == ["solution"]
    assert "13,610 parameters; at most 1,000 allowed" in problems[0][1].text("en")
    underivable = build([{"max_params": 1_000}])
    assert [path for path, _ in ex.check_problems("build", underivable.check)] == ["rules"]
    broken = build([{"max_params": 1_000}], solution={"input_shape": [28, 28, 1], "layers": [{"type": "Conv"}]})
    assert [path for path, _ in ex.check_problems("build", broken.check)] == ["solution"]


# ---- train ---------------------------------------------------------------------------------------------------------

TRAIN = Exercise("ex-train", "train", Text("Train.", "훈련하세요."), {
    "dataset": "fashion_mnist", "min_val_accuracy": 0.85, "max_epochs": 6, "early_stopping_restored": True})


def make_run(root: Path, status: str = "finished", dataset: str = "fashion_mnist", epochs: int = 10,
             val_loss: list[float] | None = None, val_accuracy: list[float] | None = None, **config: Any) -> Path:
    """A run folder as a finished job leaves it: run.json, config.json, history.json (one entry per epoch)."""
    val_loss = val_loss if val_loss is not None else [0.6, 0.45, 0.40, 0.42, 0.43]
    val_accuracy = val_accuracy if val_accuracy is not None else [0.80, 0.84, 0.87, 0.86, 0.86][:len(val_loss)]
    full = {"dataset": dataset, "epochs": epochs, "early_stopping": True, "patience": 2, "restore_best_weights": True,
            **config}
    run_dir = runs.create_run(FASHION, full, "a run", 333_526, root=root, status="queued")
    history = [{"epoch": i + 1, "batch": 100, "elapsed": 2.0 * (i + 1), "loss": 0.5, "accuracy": 0.8,
                "val_loss": loss, "val_accuracy": acc, "partial": False}
               for i, (loss, acc) in enumerate(zip(val_loss, val_accuracy, strict=True))]
    atomic_write_json(run_dir / runs.HISTORY_FILE, history)
    best = max(val_accuracy) if val_accuracy else None
    runs.update_run(run_dir, status=status, best_val_accuracy=best, best_epoch=val_accuracy.index(best) + 1 if best
                    else None)
    return run_dir


def test_a_run_that_meets_every_condition_is_right_and_says_which_epoch_was_restored(tmp_path: Path) -> None:
    run_dir = make_run(tmp_path)
    verdict = ex.check(TRAIN, run_dir, "alice")
    text = verdict.message.text("en")
    assert verdict.correct, text
    assert "best validation accuracy 87.0% (epoch 3)" in text and "5 epochs" in text
    assert "stopped it after epoch 5 and restored epoch 3" in text
    assert "3번째 에포크" in verdict.message.text("ko")


def test_restored_epoch_is_the_first_lowest_validation_loss() -> None:
    history = [{"epoch": i + 1, "val_loss": loss} for i, loss in enumerate([0.5, 0.3, 0.3, 0.4])]
    assert ex.restored_epoch(history) == 2
    assert ex.restored_epoch([{"epoch": 1, "val_accuracy": 0.5}]) is None


@pytest.mark.parametrize(("kwargs", "key", "fragment"), [
    ({"status": "queued"}, "exercises.t_not_finished", "has not finished yet"),
    ({"status": "stopped"}, "exercises.t_stopped", "was stopped"),
    ({"status": "failed"}, "exercises.t_failed", "did not finish (failed)"),
    ({"status": "diverged"}, "exercises.t_failed", "did not finish (diverged)"),
    ({"dataset": "mnist"}, "exercises.t_dataset", "It trained on mnist; this exercise needs fashion_mnist"),
    ({"val_accuracy": [0.8, 0.82, 0.81, 0.80, 0.80]}, "exercises.t_accuracy",
     "Best validation accuracy 82.0% (epoch 2); it must reach 85.0%"),
    ({"val_loss": [0.9, 0.8, 0.7, 0.6, 0.5, 0.45, 0.44, 0.47, 0.5], "val_accuracy": [0.86] * 9, "epochs": 20},
     "exercises.t_epochs", "It trained 9 epochs; at most 6 allowed"),
    ({"early_stopping": False}, "exercises.t_es_off", "Early stopping was off"),
    ({"restore_best_weights": False}, "exercises.t_restore_off", "restore_best_weights was off"),
    ({"epochs": 5}, "exercises.t_es_never_stopped", "It ran all 5 epochs, so early stopping never stopped it"),
])
def test_each_way_a_run_falls_short_is_said(tmp_path: Path, kwargs: dict[str, Any], key: str, fragment: str) -> None:
    verdict = ex.check(TRAIN, make_run(tmp_path, **kwargs), "alice")
    assert not verdict.correct and verdict.message.key == key
    assert fragment in verdict.message.text("en")


def test_several_shortfalls_are_listed_together(tmp_path: Path) -> None:
    verdict = ex.check(TRAIN, make_run(tmp_path, dataset="mnist", early_stopping=False), "alice")
    text = verdict.message.text("en")
    assert verdict.message.key == "exercises.train_wrong" and text.count("\n- ") == 2
    assert "mnist" in text and "Early stopping was off" in text


def test_a_run_without_conditions_only_needs_to_have_finished(tmp_path: Path) -> None:
    anything = Exercise("ex-any-run", "train", Text("-", "-"), {})
    assert ex.check(anything, make_run(tmp_path, dataset="mnist"), "a").correct
    assert not ex.check(anything, make_run(tmp_path, status="stopped"), "a").correct


def test_the_run_written_before_the_house_is_read(tmp_path: Path) -> None:
    old = ROOT / "tests" / "data" / "run_written_before_the_house"
    verdict = ex.check(Exercise("ex-old", "train", Text("-", "-"), {"dataset": "mnist"}), old, "a")
    assert verdict.message.key == "exercises.t_stopped"


# ---- look ----------------------------------------------------------------------------------------------------------

LOOK = Exercise("ex-look", "look", Text("Explain a mistake.", "틀린 것을 설명하세요."), {"need": "mistake_explained"})


def test_a_mistake_explained_is_right_and_a_correct_image_is_not(tmp_path: Path) -> None:
    run_dir = make_run(tmp_path)
    right = ex.check(LOOK, ex.LookAnswer(run_dir, 17, label=7, predicted=5), "a")
    assert right.correct and "image 17: a Sneaker your network reads as Sandal" in right.message.text("en")
    mnist = make_run(tmp_path, dataset="mnist")
    assert "image 3: a 7 your network reads as 1" in ex.check(LOOK, ex.LookAnswer(mnist, 3, 7, 1), "a").message.text()
    same = ex.check(LOOK, ex.LookAnswer(mnist, 4, 2, 2), "a")
    assert not same.correct and "gets it right" in same.message.text("en") and "Confusion" in same.message.text("en")
    queued = ex.check(LOOK, ex.LookAnswer(make_run(tmp_path, status="queued"), 1, 2, 3), "a")
    assert not queued.correct and queued.message.key == "exercises.t_not_finished"


# ---- choice --------------------------------------------------------------------------------------------------------

CHOICE = Exercise("ex-choice", "choice", Text("Which?", "어느 것?"), {"options": [
    {"id": "a", "text": {"en": "Cross-correlation", "ko": "교차 상관"}, "correct": True,
     "why": {"en": "Keras does **not** flip the kernel.", "ko": "케라스는 커널을 뒤집지 않습니다."}},
    {"id": "b", "text": {"en": "Convolution", "ko": "합성곱"},
     "why": {"en": "That one flips the kernel.", "ko": "그것은 커널을 뒤집습니다."}},
]})


def test_a_choice_says_right_or_not_with_the_options_why_in_either_language() -> None:
    right = ex.check(CHOICE, "a", "x")
    assert right.correct and right.message.text("en") == "Right. Keras does **not** flip the kernel."
    assert right.message.text("ko") == "정답입니다. 케라스는 커널을 뒤집지 않습니다."
    wrong = ex.check(CHOICE, " b ", "x")
    assert not wrong.correct and wrong.message.text("en") == "Not this one. That one flips the kernel."
    stored = Message.from_dict(json.loads(json.dumps(wrong.message.to_dict())))
    assert stored is not None and stored.text("ko") == "이것은 아닙니다. 그것은 커널을 뒤집습니다."
    assert ex.solution(CHOICE, "x").answer == "a"
    with pytest.raises(ex.AnswerError) as caught:
        ex.check(CHOICE, "c", "x")
    assert "a, b" in str(caught.value)


def test_lesson_texts_in_a_choice_are_not_escaped_twice_in_the_page() -> None:
    from cnnviz import i18n

    i18n.set_field_escaper(i18n.literal_markdown)  # as the pages do
    try:
        assert ex.check(CHOICE, "a", "x").message.text("en") == "Right. Keras does **not** flip the kernel."
    finally:
        i18n.set_field_escaper(None)


# ---- solutions -----------------------------------------------------------------------------------------------------


def test_every_number_solution_is_right_and_whole_numbers_are_ints() -> None:
    for exercise in (CONV, POOL, PADDED, CONV_PARAMS, DENSE_PARAMS, FLATTEN, CC, CC_REAL, POOLED, NETWORK):
        for workspace in WORKSPACES[:5]:
            found = ex.solution(exercise, workspace)
            assert ex.check(exercise, str(found.answer), workspace).correct
            assert found.arch is None and ex.show(found.answer) in found.text and "exercises." not in found.text
            if exercise is not CC_REAL and exercise is not POOLED:
                assert isinstance(found.answer, int)


def test_train_and_look_solutions_say_how() -> None:
    train = ex.solution(TRAIN, "a")
    assert train.answer is None and train.arch is None
    assert "fashion_mnist" in train.text and "85.0%" in train.text and "restore_best_weights" in train.text
    look = ex.solution(LOOK, "a")
    assert look.answer is None and "Explain" in look.text


# ---- check_problems ------------------------------------------------------------------------------------------------


def test_good_checks_have_no_problems() -> None:
    for exercise in (CONV, POOL, POOL_DEFAULT_STRIDE, PADDED, CONV_PARAMS, DENSE_PARAMS, FLATTEN, CC, CC_REAL, POOLED,
                     NETWORK, BUILD, TRAIN, LOOK, CHOICE):
        assert ex.check_problems(exercise.kind, exercise.check) == [], exercise.id
    assert ex.check_problems("choice", {"options": [
        {"id": "a", "text": Text("x", "x"), "why": Text("y", "y"), "correct": True},
        {"id": "b", "text": Text("x", "x"), "why": Text("y", "y")}]}) == []


BAD_CHECKS = [
    ("number", {"quantity": "conv_size", "given": {}}, "quantity"),
    ("number", {"quantity": "conv_output_size", "given": {"input": 28, "kernel": 3, "padding": "full",
                                                          "stride": 1}}, "given.padding"),
    ("number", {"quantity": "conv_output_size", "given": {"input": 28, "kernel": 3, "padding": "valid"}},
     "given.stride"),
    ("number", {"quantity": "conv_output_size", "given": {"input": 28, "kernel": [3, 0], "padding": "valid",
                                                          "stride": 1}}, "given.kernel[1]"),
    ("number", {"quantity": "conv_output_size", "given": {"input": {"min": 30, "max": 20}, "kernel": 3,
                                                          "padding": "valid", "stride": 1}}, "given.input"),
    ("number", {"quantity": "conv_output_size", "given": {"input": 3, "kernel": 5, "padding": "valid",
                                                          "stride": 1}}, "given"),
    ("number", {"quantity": "dense_params", "given": {"inputs": 10, "units": 10, "bias": True}}, "given.bias"),
    ("number", {"quantity": "cross_correlation_cell", "given": {"size": 40, "kernel_size": 3, "values": [0, 9],
                                                                "kernel_values": [-1, 1]}}, "given.size"),
    ("number", {"quantity": "cross_correlation_cell", "given": {"size": 4, "kernel_size": 3, "values": [9, 0],
                                                                "kernel_values": [-1, 1]}}, "given.values"),
    ("number", {"quantity": "network_params", "given": {"preset": "resnet"}}, "given.preset"),
    ("number", {"quantity": "flatten_size", "given": {"height": 7, "width": 7, "channels": 8}, "answer": 1},
     "answer"),
    ("build", {"rules": [{"max_params": "many"}]}, "rules[0].max_params"),
    ("build", {"rules": [{"max_params": 1000}, {"maxparams": 10}]}, "rules[1]"),
    ("build", {"rules": [{"last_feature_map": [7, 7]}]}, "rules[0].last_feature_map"),
    ("build", {"rules": [{"like_preset": "fashion-convnet", "except": ["colour"]}]}, "rules[0].except[0]"),
    ("build", {"rules": [{"layer_count": {"type": "Conv3D", "min": 1}}]}, "rules[0].layer_count.type"),
    ("build", {"rules": [{"conv_padding": "full"}]}, "rules[0].conv_padding"),
    ("build", {"start": "resnet", "rules": [{"outputs": 10}]}, "start"),
    ("build", {"rules": []}, "rules"),
    ("build", {"rules": [{"like_preset": {"name": "fashion-convnet"}}]}, "rules[0].like_preset"),
    ("build", {"start": ["fashion-convnet"], "rules": [{"outputs": 10}]}, "start"),
    ("build", {"rules": [{"layer_count": {"type": ["Conv2D"], "min": 1}}]}, "rules[0].layer_count.type"),
    ("build", {"rules": [{"outputs": 10}], "solution": "a network"}, "solution"),
    ("train", {"min_val_accuracy": 10**400}, "min_val_accuracy"),
    ("train", {"dataset": "imagenet"}, "dataset"),
    ("train", {"min_val_accuracy": 90}, "min_val_accuracy"),
    ("train", {"max_epochs": 0}, "max_epochs"),
    ("train", {"early_stopping_restored": "yes"}, "early_stopping_restored"),
    ("look", {"need": "feature_maps_seen"}, "need"),
    ("choice", {"options": [{"id": "a", "text": {"en": "x", "ko": "x"}, "why": {"en": "y", "ko": "y"}}]},
     "options"),
    ("choice", {"options": [
        {"id": "a", "text": {"en": "x", "ko": "x"}, "why": {"en": "y", "ko": "y"}, "correct": True},
        {"id": "b", "text": {"en": "x", "ko": "x"}, "why": {"en": "y", "ko": "y"}, "correct": True}]}, "options"),
    ("choice", {"options": [
        {"id": "a", "text": {"en": "x", "ko": "x"}, "why": {"en": "y", "ko": "y"}, "correct": True},
        {"id": "b", "text": {"en": "x", "ko": "x"}}]}, "options[1].why"),
    ("choice", {"options": [
        {"id": "a", "text": {"en": "x", "ko": ""}, "why": {"en": "y", "ko": "y"}, "correct": True},
        {"id": "a", "text": {"en": "x", "ko": "x"}, "why": {"en": "y", "ko": "y"}}]}, "options[0].text"),
    ("choice", {"options": [
        {"id": "a", "text": {"en": "x", "ko": "x"}, "why": {"en": "y", "ko": "y"}, "correct": True},
        {"id": "a", "text": {"en": "x", "ko": "x"}, "why": {"en": "y", "ko": "y"}}]}, "options[1].id"),
]


@pytest.mark.parametrize(("kind", "check", "path"), BAD_CHECKS, ids=[f"{k}-{p}" for k, _, p in BAD_CHECKS])
def test_bad_checks_are_named_by_their_field(kind: str, check: dict[str, Any], path: str) -> None:
    problems = ex.check_problems(kind, check)
    assert path in [found for found, _ in problems], problems
    for _, reason in problems:
        assert reason.text("en") and reason.text("ko") != reason.text("en") and len(reason.text("en")) < 400


def test_public_names_the_lesson_loader_relies_on() -> None:
    assert set(ex.QUANTITIES) == {"conv_output_size", "pool_output_size", "padded_size", "conv_params",
                                  "dense_params", "flatten_size", "cross_correlation_cell", "pooled_value",
                                  "network_params"}
    assert ex.QUANTITIES["conv_output_size"] == ("input", "kernel", "padding", "stride")
    assert ex.BUILD_RULES == ("last_feature_map", "max_params", "min_params", "outputs", "conv_padding",
                              "like_preset", "layer_count")
    assert ex.LOOK_NEEDS == ("mistake_explained",)
    assert ex.check_problems("essay", {}) and ex.check_problems("number", "not a mapping")  # type: ignore[arg-type]


def test_the_check_examples_of_the_format_description_are_good_checks() -> None:
    import re

    import yaml

    text = (ROOT / "cnnviz" / "learn" / "lessons" / "FORMAT.md").read_text(encoding="utf-8")
    examples = []
    for section in re.split(r"^### ", text, flags=re.MULTILINE)[1:]:
        kind = section.split("`")[1]
        for block in re.findall(r"```yaml\n(.*?)```", section, flags=re.DOTALL):
            examples.append((kind, yaml.safe_load(block)["check"]))
    assert sorted({kind for kind, _ in examples}) == ["build", "choice", "look", "number", "train"]
    assert len(examples) == 6
    for kind, check in examples:
        if kind == "choice":  # the example elides its texts
            for option in check["options"]:
                option.update(text={"en": "x", "ko": "x"}, why={"en": "y", "ko": "y"})
        assert ex.check_problems(kind, check) == [], (kind, check)


def test_a_run_with_damaged_files_still_gets_a_verdict(tmp_path: Path) -> None:
    run_dir = make_run(tmp_path)
    (run_dir / runs.HISTORY_FILE).write_text("[{not json", encoding="utf-8")
    (run_dir / runs.CONFIG_FILE).write_text("{}", encoding="utf-8")
    verdict = ex.check(TRAIN, run_dir, "alice")
    # run.json still names the dataset and the best accuracy; without the history no epoch can be seen restored
    assert not verdict.correct and verdict.message.key == "exercises.t_no_val_loss"
    assert ex.check(Exercise("ex-acc", "train", Text("-", "-"), {"min_val_accuracy": 0.85}), run_dir, "a").correct
