"""cnnviz.train.sweeps: value parsing, checking, planning, and reading a sweep's runs back."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import numpy as np
import pytest

from cnnviz.arch.presets import PRESETS
from cnnviz.arch.shapes import summarize
from cnnviz.arch.spec import Architecture, Dense, Flatten
from cnnviz.i18n import set_language
from cnnviz.runs import store as runs
from cnnviz.train import sweeps
from cnnviz.train.config import TrainingConfig

LENET = PRESETS["lenet5"].architecture
FASHION = PRESETS["fashion-convnet"].architecture  # conv at 1 and 3, dropout at 7


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("en")


@pytest.mark.parametrize(("setting", "text", "expected"), [
    ("learning_rate", "0.1, 0.01, 0.001", [0.1, 0.01, 0.001]),
    ("learning_rate", "1e-3 1e-2;1e-1", [0.001, 0.01, 0.1]),
    ("learning_rate", "1e-3..1e-1 ×3", [0.001, 0.01, 0.1]),
    ("learning_rate", "1e-4 .. 1e-2 x 5", list(np.geomspace(1e-4, 1e-2, 5))),
    ("batch_size", "16..64 x3", [16, 32, 64]),
    ("batch_size", "32, 64, 128", [32, 64, 128]),
    ("filters", "8..32 X3", [8, 16, 32]),
    ("dropout_rate", "0..0.5 x3", [0.0, 0.25, 0.5]),
    ("dropout_rate", "0.2, 0.4", [0.2, 0.4]),
    ("optimizer", "Adam, sgd rmsprop", ["adam", "sgd", "rmsprop"]),
])
def test_parse_values_lists_and_ranges(setting: str, text: str, expected: list) -> None:
    values = sweeps.parse_values(setting, text)
    assert values == pytest.approx(expected) if setting != "optimizer" else values == expected
    if setting in sweeps.WHOLE_NUMBERS:
        assert all(type(v) is int for v in values)


@pytest.mark.parametrize(("setting", "text", "message"), [
    ("learning_rate", "0.1, fast", "learning_rate: 'fast' is not a number"),
    ("learning_rate", "0.1, -0.01", "learning_rate: -0.01 must be greater than 0"),
    ("learning_rate", "0.1, nan", "'nan' is not a number"),
    ("learning_rate", "0..0.1 x3", "both ends must be greater than 0"),
    ("learning_rate", "0.1", "at least 2 values (got 1)"),
    ("learning_rate", "1e-3..1e-1 x20", "between 2 and 8 values, not 20"),
    ("learning_rate", "1e-3..1e-1", "is not a range"),
    ("learning_rate", "0.1, 0.10", "learning_rate: 0.1 is given twice"),
    ("batch_size", "32, 48.5", "batch_size: 48.5 must be a whole number"),
    ("batch_size", "32, 0", "batch_size: 0 must be between 1 and 65,536"),
    ("batch_size", "1..2 x3", "batch_size: 1 is given twice"),  # 1, 1.41→1, 2
    ("dropout_rate", "0.2, 1", "dropout_rate: 1 must be at least 0 and below 1"),
    ("optimizer", "adam, adagrad", "optimizer: 'adagrad' is not one of adam, rmsprop, sgd"),
    ("optimizer", "adam..sgd x2", "optimizer takes names, not a range"),
    ("momentum", "0.1, 0.2", "'momentum' cannot be swept"),
])
def test_bad_values_are_named(setting: str, text: str, message: str) -> None:
    with pytest.raises(sweeps.SweepError) as caught:
        sweeps.parse_values(setting, text)
    assert message in str(caught.value)


def test_errors_speak_korean_too() -> None:
    set_language("ko")
    with pytest.raises(sweeps.SweepError, match="0 이상 1 미만"):
        sweeps.parse_values("dropout_rate", "0.5, 1.5")


def test_a_learning_rate_sweep_changes_only_the_learning_rate() -> None:
    base = TrainingConfig(dataset="mnist", epochs=3, batch_size=64, seed=7)
    planned = sweeps.plan_sweep(LENET, base, "learning_rate", [0.1, 0.01, 0.001], base_name="LeNet-5", group="g")
    assert [p.config.learning_rate for p in planned] == [0.1, 0.01, 0.001]
    for p in planned:
        assert p.architecture == LENET
        assert all(getattr(p.config, f.name) == getattr(base, f.name) for f in fields(TrainingConfig)
                   if f.name != "learning_rate")
    assert [p.name for p in planned] == ["LeNet-5 · learning_rate=0.1", "LeNet-5 · learning_rate=0.01",
                                         "LeNet-5 · learning_rate=0.001"]
    assert planned[1].run_fields() == {"sweep": {"group": "g", "setting": "learning_rate", "value": 0.01,
                                                 "layer": None, "index": 1, "count": 3,
                                                 "label": "learning_rate=0.01"}}


def test_layer_sweeps_change_one_layer_and_need_a_layer_when_ambiguous() -> None:
    assert sweeps.layer_choices(FASHION, "filters") == [1, 3]
    assert sweeps.layer_choices(FASHION, "dropout_rate") == [7]
    assert sweeps.layer_choices(FASHION, "learning_rate") == []
    with pytest.raises(sweeps.SweepError, match=r"several Conv2D layers \(positions 1, 3\)"):
        sweeps.plan_sweep(FASHION, TrainingConfig(), "filters", [16, 64])
    with pytest.raises(sweeps.SweepError, match="layer 2 is not a Conv2D layer"):
        sweeps.plan_sweep(FASHION, TrainingConfig(), "filters", [16, 64], layer=2)
    with pytest.raises(sweeps.SweepError, match="no Dropout layer"):
        sweeps.plan_sweep(LENET, TrainingConfig(), "dropout_rate", [0.1, 0.2])

    planned = sweeps.plan_sweep(FASHION, TrainingConfig(), "filters", [16, 128], layer=3)
    for p, filters in zip(planned, (16, 128), strict=True):
        changed = [i for i, (x, y) in enumerate(zip(FASHION.layers, p.architecture.layers, strict=True)) if x != y]
        assert changed == [2] and p.architecture.layers[2].filters == filters
        assert summarize(p.architecture).rows[2].params == (3 * 3 * 32 + 1) * filters
        assert p.tag.layer == 3 and p.tag.label == f"filters (layer 3)={filters}"
    dropout = sweeps.plan_sweep(FASHION, TrainingConfig(), "dropout_rate", [0.0, 0.5])  # the only Dropout
    assert [p.architecture.layers[6].rate for p in dropout] == [0.0, 0.5]


def test_a_sweep_of_a_broken_architecture_or_config_names_the_value() -> None:
    broken = Architecture((28, 28, 1), (Dense(10), Flatten()))  # Dense needs a flat input
    with pytest.raises(sweeps.SweepError, match="learning_rate = 0.1 does not fit the architecture: layer 1"):
        sweeps.plan_sweep(broken, TrainingConfig(), "learning_rate", [0.1, 0.01])
    with pytest.raises(sweeps.SweepError, match="batch_size = 32 is not a usable training setting: epochs"):
        sweeps.plan_sweep(LENET, TrainingConfig(epochs=0), "batch_size", [32, 64])


def test_sweep_runs_are_read_back_as_a_group_in_value_order(tmp_path: Path) -> None:
    planned = sweeps.plan_sweep(LENET, TrainingConfig(), "optimizer", ["sgd", "adam", "rmsprop"], group="grp")
    other = sweeps.plan_sweep(LENET, TrainingConfig(), "batch_size", [16, 32], group="other")
    for p in [*reversed(planned), *other]:  # written in another order than the sweep's
        run_dir = runs.create_run(p.architecture, p.config.to_dict(), p.name, 1, root=tmp_path)
        runs.update_run(run_dir, **p.run_fields())
    runs.create_run(LENET, {}, "plain run", 1, root=tmp_path)
    group = sweeps.group_runs("grp", tmp_path)
    assert [sweeps.legend_label(info) for info in group] == ["optimizer=sgd", "optimizer=adam", "optimizer=rmsprop"]
    assert sweeps.sweep_tag(group[0].path) == planned[0].tag
    plain = next(info for info in runs.list_runs(tmp_path) if info.name == "plain run")
    assert sweeps.sweep_tag(plain.path) is None and sweeps.legend_label(plain) == "plain run"
    assert sweeps.new_group_id() != sweeps.new_group_id()
