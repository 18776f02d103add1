"""The pure shape/parameter math: formulas, FLOPs, memory and the messages for invalid stacks."""

from __future__ import annotations

import math

import pytest

from cnnviz.arch.presets import PRESETS
from cnnviz.arch.shapes import check, layer_names, summarize, summary_json, summary_text
from cnnviz.arch.spec import (
    Architecture,
    AveragePooling2D,
    BatchNormalization,
    Conv2D,
    Dense,
    Dropout,
    Flatten,
    GlobalAveragePooling2D,
    MaxPooling2D,
    SpecError,
)


def arch(*layers, shape=(28, 28, 1)) -> Architecture:
    return Architecture(shape, tuple(layers))


def test_fashion_convnet_rows_match_the_notes() -> None:
    summary = summarize(PRESETS["fashion-convnet"].architecture)
    shapes = [r.output_shape for r in summary.rows]
    assert shapes == [(28, 28, 32), (14, 14, 32), (14, 14, 64), (7, 7, 64), (3136,), (100,), (100,), (10,)]
    assert [r.params for r in summary.rows] == [320, 0, 18_496, 0, 0, 313_700, 0, 1_010]
    assert summary.rows[2].formula == "(3·3·32 + 1)·64 = 18,496"
    assert summary.rows[5].formula == "(3,136 + 1)·100 = 313,700"
    assert summary.rows[0].shape_formula == "same: ⌈28/1⌉ = 28"
    assert summary.total_params == 333_526


def test_mnist_convnet_valid_padding_shrinks_by_two() -> None:
    summary = summarize(PRESETS["mnist-convnet"].architecture)
    assert summary.rows[0].output_shape == (26, 26, 32)
    assert summary.rows[0].shape_formula == "valid: ⌊(28 − 3)/1⌋ + 1 = 26"
    assert summary.rows[3].output_shape == (5, 5, 64)  # ⌊11/2⌋ drops the odd row
    assert summary.total_params == 104_202


@pytest.mark.parametrize(
    ("layer", "shape", "expected"),
    [
        (Conv2D(8, (3, 3), strides=(2, 2), padding="same"), (7, 7, 3), (4, 4, 8)),
        (Conv2D(8, (3, 3), strides=(2, 2), padding="valid"), (7, 7, 3), (3, 3, 8)),
        (Conv2D(4, (1, 5), padding="valid"), (9, 9, 1), (9, 5, 4)),
        (Conv2D(4, (2, 3), strides=(3, 1), padding="same"), (10, 11, 1), (4, 11, 4)),
        (MaxPooling2D((2, 2)), (7, 7, 5), (3, 3, 5)),
        (MaxPooling2D((2, 2), padding="same"), (7, 7, 5), (4, 4, 5)),
        (MaxPooling2D((3, 3), strides=(1, 1)), (7, 7, 5), (5, 5, 5)),
        (AveragePooling2D((2, 3), strides=(1, 2)), (5, 9, 2), (4, 4, 2)),
        (GlobalAveragePooling2D(), (7, 7, 5), (5,)),
        (Flatten(), (7, 7, 5), (245,)),
        (BatchNormalization(), (7, 7, 5), (7, 7, 5)),
        (Dropout(0.5), (7, 7, 5), (7, 7, 5)),
    ],
)
def test_output_shapes(layer, shape, expected) -> None:
    assert summarize(arch(layer, shape=shape)).rows[0].output_shape == expected


def test_batch_norm_counts_like_keras() -> None:
    row = summarize(arch(Conv2D(16, 3), BatchNormalization())).rows[1]
    assert (row.params, row.trainable_params, row.non_trainable_params) == (64, 32, 32)
    assert row.formula.startswith("4·16 = 64")


def test_no_bias_formula() -> None:
    row = summarize(arch(Conv2D(4, 3, use_bias=False))).rows[0]
    assert (row.params, row.formula) == (36, "3·3·1·4 = 36 (no bias)")


def test_flops_and_memory() -> None:
    summary = summarize(arch(Conv2D(32, 3), Flatten(), Dense(10)))
    conv, _, dense = summary.rows
    assert conv.flops == 26 * 26 * 32 * 3 * 3 * 1
    assert dense.flops == 26 * 26 * 32 * 10
    assert conv.activation_bytes == 26 * 26 * 32 * 4
    assert summary.activation_bytes == 4 * (28 * 28 + 2 * 26 * 26 * 32 + 10)
    assert summary.total_flops == conv.flops + dense.flops


@pytest.mark.parametrize(
    ("layers", "shape", "message"),
    [
        ((Conv2D(4, 3), MaxPooling2D(), Conv2D(4, 3), MaxPooling2D(), Conv2D(4, 3)), (16, 16, 1),
         "layer 5 (Conv2D): kernel 3×3 is larger than its 2×2 input (padding 'valid')"),
        ((Conv2D(4, 3), MaxPooling2D(), Conv2D(8, 3), Dense(10)), (28, 28, 1),
         "layer 4 (Dense): Dense needs a flat input here: add Flatten or GlobalAveragePooling2D before layer 4"),
        ((MaxPooling2D((5, 5)),), (4, 4, 1), "layer 1 (MaxPooling2D): pool window 5×5 is larger than its 4×4 input"),
        ((Flatten(), Conv2D(4, 3)), (8, 8, 1),
         "layer 2 (Conv2D): Conv2D needs a feature map (height, width, channels) but gets a flat vector of 64"),
        ((GlobalAveragePooling2D(), GlobalAveragePooling2D()), (8, 8, 1), "layer 2 (GlobalAveragePooling2D)"),
    ],
)
def test_invalid_stacks_name_layer_and_reason(layers, shape, message) -> None:
    summary = summarize(arch(*layers, shape=shape))
    assert not summary.ok
    assert str(summary.errors[0]).startswith(message)
    with pytest.raises(SpecError, match="^" + message.replace("(", r"\(").replace(")", r"\)")):
        check(arch(*layers, shape=shape))


def test_invalid_layer_keeps_rest_of_table_usable() -> None:
    summary = summarize(arch(Conv2D(4, 3), Dense(10), Flatten(), Dense(10)))
    assert [r.error is not None for r in summary.rows] == [False, True, False, False]
    assert summary.rows[2].output_shape == (26 * 26 * 4,)  # computed as if the bad layer were absent
    assert summary.rows[3].params == (26 * 26 * 4 + 1) * 10


def test_same_padding_never_fails_on_small_maps() -> None:
    summary = summarize(arch(Conv2D(4, 7, padding="same"), shape=(2, 2, 1)))
    assert summary.ok and summary.rows[0].output_shape == (2, 2, 4)


def test_layer_names_follow_keras() -> None:
    names = layer_names(arch(Conv2D(4, 3), MaxPooling2D(), Conv2D(4, 3), Flatten(), Dense(10), Dense(10)))
    assert names == ["conv2d", "max_pooling2d", "conv2d_1", "flatten", "dense", "dense_1"]


def test_text_and_json_outputs() -> None:
    summary = summarize(PRESETS["mnist-convnet"].architecture)
    text = summary_text(summary)
    assert "conv2d_1 (Conv2D)" in text and "(None, 11, 11, 64)" in text and "Total params: 104,202" in text
    data = summary_json(summary)
    assert data["total_params"] == 104_202
    assert data["layers"][0] == {**data["layers"][0], "name": "conv2d", "type": "Conv2D", "output_shape": [26, 26, 32],
                                 "params": 320, "flops": 26 * 26 * 32 * 9}
    assert math.prod(data["layers"][-2]["output_shape"]) == 1152
