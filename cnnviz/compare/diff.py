"""Architecture and training-settings diffs: two architectures aligned layer by layer (each side's shapes,
parameters and FLOPs from `cnnviz.arch.shapes.summarize`, the settings that changed), and the training settings of
several runs side by side."""

from __future__ import annotations

import difflib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cnnviz.arch.shapes import Shape, Summary, summarize
from cnnviz.arch.spec import Architecture, Layer
from cnnviz.compare import CompareError
from cnnviz.i18n import has_text, t

STATUSES = ("same", "changed", "added", "removed")


# ================================================================ architecture diff


@dataclass(frozen=True)
class SettingChange:
    """One layer setting (a Keras argument name) that differs: old value in A, new value in B."""

    name: str
    old: Any
    new: Any

    @property
    def text(self) -> str:
        return f"{self.name}: {value_text(self.old)} → {value_text(self.new)}"


@dataclass(frozen=True)
class LayerSide:
    """One layer as it is in one run: its settings and its numbers from `cnnviz.arch.shapes.summarize`."""

    position: int  # 1-based
    name: str  # Keras-style name (conv2d_1)
    type: str
    settings: tuple[tuple[str, Any], ...]  # Keras argument names and values, defaults filled in
    output_shape: Shape
    params: int
    flops: int
    error: str | None = None

    @property
    def settings_text(self) -> str:
        return ", ".join(f"{key}={value_text(value)}" for key, value in self.settings)

    @property
    def shape_text(self) -> str:
        return shape_text(self.output_shape)


@dataclass(frozen=True)
class LayerDiff:
    """One row of the aligned architectures. status: same | changed (same type, other settings) |
    added (only in B) | removed (only in A)."""

    status: str
    a: LayerSide | None
    b: LayerSide | None
    changes: tuple[SettingChange, ...] = ()

    @property
    def type(self) -> str:
        side = self.b or self.a
        assert side is not None
        return side.type

    @property
    def output_changed(self) -> bool:
        """Both sides exist and their output shape or parameter count differ (e.g. a same layer after a
        changed one)."""
        return (self.a is not None and self.b is not None
                and (self.a.output_shape != self.b.output_shape or self.a.params != self.b.params))

    @property
    def params_change(self) -> int:
        return (self.b.params if self.b else 0) - (self.a.params if self.a else 0)


@dataclass(frozen=True)
class Totals:
    params: int
    trainable_params: int
    flops: int
    activation_bytes: int
    output_shape: Shape
    ok: bool  # the architecture has no shape errors

    @classmethod
    def of(cls, summary: Summary) -> Totals:
        return cls(summary.total_params, summary.trainable_params, summary.total_flops, summary.activation_bytes,
                   tuple(summary.output_shape), summary.ok)


@dataclass(frozen=True)
class ArchitectureDiff:
    input_shape_a: Shape
    input_shape_b: Shape
    rows: tuple[LayerDiff, ...]
    totals_a: Totals
    totals_b: Totals

    @property
    def input_changed(self) -> bool:
        return self.input_shape_a != self.input_shape_b

    @property
    def identical(self) -> bool:
        return not self.input_changed and all(row.status == "same" for row in self.rows)

    def counts(self) -> dict[str, int]:
        return {status: sum(row.status == status for row in self.rows) for status in STATUSES}


def value_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "×".join(value_text(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return "None" if value is None else str(value)


def shape_text(shape: Sequence[int]) -> str:
    return "×".join(str(d) for d in shape)


def _settings(layer: Layer) -> tuple[tuple[str, Any], ...]:
    items = []
    for key, value in layer.to_dict().items():
        if key != "type":
            items.append((key, tuple(value) if isinstance(value, list) else value))
    return tuple(items)


def _signature(layer: Layer) -> tuple:
    return (layer.TYPE, _settings(layer))


def _side(layer: Layer, summary: Summary, index: int) -> LayerSide:
    row = summary.rows[index]
    return LayerSide(index + 1, row.name, layer.TYPE, _settings(layer), tuple(row.output_shape), row.params, row.flops,
                     row.error)


def _changes(a: Layer, b: Layer) -> tuple[SettingChange, ...]:
    old, new = dict(_settings(a)), dict(_settings(b))
    keys = list(old) + [k for k in new if k not in old]
    return tuple(SettingChange(k, old.get(k), new.get(k)) for k in keys if old.get(k) != new.get(k))


def _pair_by_type(a: Sequence[Layer], b: Sequence[Layer], i0: int, j0: int) -> list[tuple[int | None, int | None]]:
    """Inside a stretch where no layer matches exactly: pair layers of the same type (changed settings),
    the rest are removed (from A) then added (from B)."""
    pairs: list[tuple[int | None, int | None]] = []
    matcher = difflib.SequenceMatcher(None, [x.TYPE for x in a], [x.TYPE for x in b], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pairs += [(i0 + i, j0 + j) for i, j in zip(range(i1, i2), range(j1, j2), strict=True)]
        else:
            pairs += [(i0 + i, None) for i in range(i1, i2)]
            pairs += [(None, j0 + j) for j in range(j1, j2)]
    return pairs


def align_layers(a: Sequence[Layer], b: Sequence[Layer]) -> list[tuple[int | None, int | None]]:
    """Pairs of 0-based layer indices (None where a layer exists on one side only), in order.

    Identical layers are matched first (difflib on the layers' full settings), so an inserted block shows as
    added rather than shifting every later layer into "changed"; the stretches between are paired by type."""
    pairs: list[tuple[int | None, int | None]] = []
    matcher = difflib.SequenceMatcher(None, [_signature(x) for x in a], [_signature(x) for x in b], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pairs += list(zip(range(i1, i2), range(j1, j2), strict=True))
        else:
            pairs += _pair_by_type(a[i1:i2], b[j1:j2], i1, j1)
    return pairs


def architecture_diff(a: Architecture, b: Architecture) -> ArchitectureDiff:
    """Layer-by-layer diff of two architectures, with each side's shapes and parameters and the totals."""
    summary_a, summary_b = summarize(a), summarize(b)
    rows = []
    for i, j in align_layers(a.layers, b.layers):
        side_a = _side(a.layers[i], summary_a, i) if i is not None else None
        side_b = _side(b.layers[j], summary_b, j) if j is not None else None
        if side_a is None:
            rows.append(LayerDiff("added", None, side_b))
        elif side_b is None:
            rows.append(LayerDiff("removed", side_a, None))
        else:
            changes = _changes(a.layers[i], b.layers[j])  # type: ignore[index]
            rows.append(LayerDiff("changed" if changes else "same", side_a, side_b, changes))
    return ArchitectureDiff(tuple(a.input_shape), tuple(b.input_shape), tuple(rows), Totals.of(summary_a),
                            Totals.of(summary_b))


def architecture_diffs(architectures: Sequence[Architecture]) -> list[ArchitectureDiff]:
    """For more than two runs: each architecture against the first."""
    if len(architectures) < 2:
        raise CompareError("compare.error.need_two", n=len(architectures))
    return [architecture_diff(architectures[0], other) for other in architectures[1:]]


def distinct_names(names: Sequence[str]) -> list[str]:
    """Run names made unique for tables and legends keyed by name: a repeated name gets " (2)", " (3)", ..."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out


# ================================================================ settings diff

# The training settings in the order a learner reads them; config.json keys not listed here follow, sorted.
SETTING_ORDER = (
    "dataset", "sample", "data_path", "dataset_source", "dataset_is_sample", "n_train", "n_val", "n_test",
    "optimizer", "learning_rate", "lr_schedule", "momentum", "batch_size", "epochs", "loss", "val_fraction",
    "seed", "limit", "early_stopping", "patience", "restore_best_weights", "save_best_checkpoint",
    "mixed_precision", "mixed_precision_used", "replicas",
)


@dataclass(frozen=True)
class SettingRow:
    key: str  # the config.json key (TrainingConfig field name)
    values: tuple[Any, ...]  # one per run, None where a run's config lacks the key
    differs: bool

    @property
    def label(self) -> str:
        """Readable name in the current language, with the Keras/config name beside it."""
        key = f"compare.setting.{self.key}"
        return t(key) if has_text(key) else self.key


@dataclass(frozen=True)
class SettingsDiff:
    names: tuple[str, ...]
    rows: tuple[SettingRow, ...]

    @property
    def different(self) -> tuple[SettingRow, ...]:
        return tuple(row for row in self.rows if row.differs)

    @property
    def equal(self) -> tuple[SettingRow, ...]:
        return tuple(row for row in self.rows if not row.differs)


def _comparable(value: Any) -> tuple:
    """Equal settings compare equal across int/float (32 == 32.0) but not bool/number (True != 1)."""
    if value is None:
        return ("none",)
    if isinstance(value, bool):
        return ("bool", value)
    if isinstance(value, (int, float)):
        return ("number", float(value))
    return ("other", json.dumps(value, sort_keys=True, default=str))


def settings_diff(configs: Mapping[str, Mapping[str, Any]]) -> SettingsDiff:
    """The training settings of several runs side by side (config.json dicts keyed by run name): every
    setting any run has, each flagged whether the runs differ on it."""
    if len(configs) < 2:
        raise CompareError("compare.error.need_two", n=len(configs))
    names = tuple(configs)
    present = {key for config in configs.values() for key in config}
    keys = [k for k in SETTING_ORDER if k in present] + sorted(present - set(SETTING_ORDER))
    rows = []
    for key in keys:
        values = tuple(configs[name].get(key) for name in names)
        rows.append(SettingRow(key, values, len({_comparable(v) for v in values}) > 1))
    return SettingsDiff(names, tuple(rows))
