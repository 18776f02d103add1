"""cnnviz.compare.diff: architecture and settings diffs against known constructions."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cnnviz.arch.presets import PRESETS
from cnnviz.arch.shapes import summarize
from cnnviz.arch.spec import Architecture, Conv2D, Dense, Flatten, MaxPooling2D
from cnnviz.compare import CompareError
from cnnviz.compare.diff import SettingChange, architecture_diff, architecture_diffs, distinct_names, settings_diff
from cnnviz.i18n import set_language

LENET = PRESETS["lenet5"].architecture
SEED_000 = PRESETS["fashion-convnet"].architecture
SEED_004 = PRESETS["mnist-convnet"].architecture


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("en")


# ================================================================ architecture diff


def test_seed_000_against_seed_004_aligns_layer_by_layer() -> None:
    diff = architecture_diff(SEED_000, SEED_004)
    got = [(row.status, row.type) for row in diff.rows]
    assert got == [("changed", "Conv2D"), ("same", "MaxPooling2D"), ("changed", "Conv2D"), ("same", "MaxPooling2D"),
                   ("added", "Conv2D"), ("same", "Flatten"), ("removed", "Dense"), ("removed", "Dropout"),
                   ("same", "Dense")]
    assert [c.text for c in diff.rows[0].changes] == ["padding: same → valid"]
    # the same pooling layer gets a different map after the changed conv: its numbers differ, its settings not
    assert diff.rows[1].output_changed and diff.rows[1].a.output_shape == (14, 14, 32)
    assert diff.rows[1].b.output_shape == (13, 13, 32)
    added = diff.rows[4]
    assert added.a is None and added.b.params == (3 * 3 * 64 + 1) * 128 and added.b.output_shape == (3, 3, 128)
    # the preset descriptions state their parameter counts (from the study notes)
    assert (diff.totals_a.params, diff.totals_b.params) == (333_526, 104_202)
    assert diff.counts() == {"same": 4, "changed": 2, "added": 1, "removed": 2}
    assert not diff.identical


def test_an_inserted_conv_block_shows_as_added_not_as_everything_changed() -> None:
    layers = list(LENET.layers)
    block = [Conv2D(16, 3, padding="same", activation="tanh"), MaxPooling2D(2)]
    wider = Architecture(LENET.input_shape, tuple(layers[:2] + block + layers[2:]))
    diff = architecture_diff(LENET, wider)
    assert diff.counts() == {"same": len(layers), "changed": 0, "added": 2, "removed": 0}
    assert sorted(row.type for row in diff.rows if row.status == "added") == ["Conv2D", "MaxPooling2D"]
    assert [row.a.position for row in diff.rows if row.a is not None] == list(range(1, len(layers) + 1))
    # the reverse direction removes the same two layers
    assert architecture_diff(wider, LENET).counts()["removed"] == 2


def test_a_changed_setting_is_named_with_old_and_new_and_later_numbers_follow() -> None:
    changed = LENET.with_layer(0, replace(LENET.layers[0], filters=8))
    diff = architecture_diff(LENET, changed)
    first = diff.rows[0]
    assert first.status == "changed"
    assert first.changes == (SettingChange("filters", 6, 8),)
    assert first.params_change == (5 * 5 * 1 + 1) * 8 - (5 * 5 * 1 + 1) * 6
    second_conv = diff.rows[2]
    assert second_conv.status == "same" and second_conv.output_changed
    assert second_conv.params_change == (5 * 5 * 8 + 1) * 16 - (5 * 5 * 6 + 1) * 16
    assert diff.totals_b.params - diff.totals_a.params == sum(row.params_change for row in diff.rows)


def test_identical_architectures_and_a_changed_input_shape() -> None:
    same = architecture_diff(LENET, LENET)
    assert same.identical and all(row.status == "same" and not row.output_changed for row in same.rows)
    colour = replace(SEED_004, input_shape=(32, 32, 3))
    diff = architecture_diff(SEED_004, colour)
    assert diff.input_changed and not diff.identical
    assert diff.input_shape_b == (32, 32, 3)
    assert diff.totals_b.flops == summarize(colour).total_flops
    assert diff.totals_b.activation_bytes == summarize(colour).activation_bytes


def test_a_type_swap_is_removed_plus_added_and_n_way_compares_against_the_first() -> None:
    a = Architecture((8, 8, 1), (Flatten(), Dense(10, activation="softmax")))
    b = Architecture((8, 8, 1), (Conv2D(4, 3), Flatten(), Dense(10, activation="softmax")))
    c = Architecture((8, 8, 1), (Flatten(), Dense(20), Dense(10, activation="softmax")))
    diffs = architecture_diffs([a, b, c])
    assert [r.status for r in diffs[0].rows] == ["added", "same", "same"]
    assert [r.status for r in diffs[1].rows] == ["same", "added", "same"]
    with pytest.raises(CompareError, match="at least two runs"):
        architecture_diffs([a])


# ================================================================ settings diff


def test_settings_diff_flags_what_differs_in_a_readable_order() -> None:
    base = {"dataset": "mnist", "optimizer": "adam", "learning_rate": 0.001, "batch_size": 32, "epochs": 5,
            "early_stopping": True, "zzz_custom": 1}
    other = {**base, "learning_rate": 0.01, "batch_size": 32.0, "early_stopping": 1}
    other.pop("zzz_custom")
    diff = settings_diff({"A": base, "B": other})
    rows = {row.key: row for row in diff.rows}
    assert rows["learning_rate"].differs and rows["learning_rate"].values == (0.001, 0.01)
    assert not rows["batch_size"].differs  # 32 == 32.0
    assert rows["early_stopping"].differs  # true is not the number 1
    assert rows["zzz_custom"].differs and rows["zzz_custom"].values == (1, None)
    assert not rows["optimizer"].differs
    assert [r.key for r in diff.rows] == ["dataset", "optimizer", "learning_rate", "batch_size", "epochs",
                                          "early_stopping", "zzz_custom"]
    assert {r.key for r in diff.different} == {"learning_rate", "early_stopping", "zzz_custom"}
    assert rows["learning_rate"].label == "Learning rate (learning_rate)"
    set_language("ko")
    assert rows["learning_rate"].label == "학습률 (learning_rate)"
    assert rows["zzz_custom"].label == "zzz_custom"


def test_distinct_names_keep_tables_keyed_by_name_apart() -> None:
    assert distinct_names(["a", "b", "a", "a"]) == ["a", "b", "a (2)", "a (3)"]
