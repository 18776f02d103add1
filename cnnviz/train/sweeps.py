"""Sweeps: "try several values" of one setting. Pure planning, no TensorFlow: given a base architecture and
training config, one setting and its values, check every value and return one run spec per value. The
training runtime queues the specs as one group; each run records its `sweep` tag in run.json so the Compare
page can open the group together and use the swept value as the legend.

Settings that can be swept: learning_rate, batch_size, optimizer (training config), dropout_rate (the `rate`
of one Dropout layer) and filters (of one Conv2D layer).

Values are typed as a list or a range (`parse_values`):

* a list, separated by commas, semicolons or spaces: ``0.1, 0.01, 0.001`` or ``adam sgd rmsprop``;
* a range ``START..END ×N`` (or ``xN``): N values from START to END. learning_rate, batch_size and filters are
  spaced evenly on a log scale (equal ratios: ``1e-3..1e-1 ×3`` → 0.001, 0.01, 0.1; ``16..64 x3`` → 16, 32, 64),
  dropout_rate evenly (``0..0.5 x3`` → 0, 0.25, 0.5). Whole-number settings are rounded.

Every run of a sweep keeps the base config's seed, so the runs share their train/validation split (and,
where the shapes allow, their initial weights): the swept setting is the only difference.
"""

from __future__ import annotations

import math
import re
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np

from cnnviz.arch.shapes import summarize
from cnnviz.arch.spec import MAX_WIDTH, Architecture, Conv2D, Dropout
from cnnviz.i18n import CnnvizError
from cnnviz.runs import store as runs
from cnnviz.train.config import MAX_BATCH_SIZE, OPTIMIZERS, ConfigError, TrainingConfig

SETTINGS = ("learning_rate", "batch_size", "dropout_rate", "filters", "optimizer")
LAYER_SETTINGS: dict[str, tuple[type, str]] = {"dropout_rate": (Dropout, "rate"), "filters": (Conv2D, "filters")}
LOG_SPACED = ("learning_rate", "batch_size", "filters")
WHOLE_NUMBERS = ("batch_size", "filters")
MIN_RUNS = 2
MAX_RUNS = 8
SWEEP_KEY = "sweep"  # the run.json key holding a run's SweepTag

_RANGE = re.compile(r"^\s*(?P<start>[^.\s][^\s]*?)\s*\.\.\s*(?P<end>[^\s×xX*]+)\s*[×xX*]\s*(?P<n>\d+)\s*$")


class SweepError(CnnvizError):
    """A sweep that cannot be run; the message names the setting and the offending value."""


@dataclass(frozen=True)
class SweepTag:
    """What run.json records about a run's place in a sweep."""

    group: str
    setting: str
    value: float | int | str
    layer: int | None  # 1-based layer position for dropout_rate / filters
    index: int  # 0-based position of the run in its sweep
    count: int

    @property
    def label(self) -> str:
        """Legend text: the Keras name and the value, e.g. "learning_rate=0.001", "filters (layer 3)=64"."""
        where = f" (layer {self.layer})" if self.layer is not None else ""
        return f"{self.setting}{where}={format_value(self.value)}"

    def to_dict(self) -> dict[str, Any]:
        return {"group": self.group, "setting": self.setting, "value": self.value, "layer": self.layer,
                "index": self.index, "count": self.count, "label": self.label}

    @classmethod
    def from_dict(cls, data: Any) -> SweepTag | None:
        if not isinstance(data, Mapping) or not isinstance(data.get("group"), str) or "value" not in data:
            return None
        layer = data.get("layer")
        return cls(data["group"], str(data.get("setting", "")), data["value"],
                   layer if isinstance(layer, int) else None, int(data.get("index") or 0), int(data.get("count") or 0))


@dataclass(frozen=True)
class SweepRun:
    """One run of a sweep, ready for the training runtime: `TrainingJob(run.architecture, run.config,
    name=run.name)`, then `runs.update_run(run_dir, **run.run_fields())`."""

    name: str
    architecture: Architecture
    config: TrainingConfig
    tag: SweepTag

    def run_fields(self) -> dict[str, Any]:
        return {SWEEP_KEY: self.tag.to_dict()}


def format_value(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def new_group_id() -> str:
    return f"sweep-{datetime.now().strftime('%Y%m%d-%H%M%S')}-{secrets.token_hex(2)}"


# ---- values ---------------------------------------------------------------------------------------


def _check_setting(setting: str) -> None:
    if setting not in SETTINGS:
        raise SweepError("compare.sweep.error.unknown_setting", setting=setting, allowed=", ".join(SETTINGS))


def _number(token: Any, setting: str) -> float:
    if isinstance(token, bool):
        raise SweepError("compare.sweep.error.not_a_number", setting=setting, value=str(token))
    try:
        value = float(token)
    except (TypeError, ValueError):
        raise SweepError("compare.sweep.error.not_a_number", setting=setting, value=str(token)) from None
    if not math.isfinite(value):
        raise SweepError("compare.sweep.error.not_a_number", setting=setting, value=str(token))
    return value


def check_value(setting: str, raw: Any) -> float | int | str:
    """One value made legal for its setting (whole numbers as int, optimizer names lower-cased), or
    SweepError naming the value and the allowed range."""
    _check_setting(setting)
    if setting == "optimizer":
        name = str(raw).strip().lower()
        if name not in OPTIMIZERS:
            raise SweepError("compare.sweep.error.optimizer", value=str(raw), allowed=", ".join(OPTIMIZERS))
        return name
    value = _number(raw, setting)
    if setting == "learning_rate":
        if value <= 0:
            raise SweepError("compare.sweep.error.positive", setting=setting, value=format_value(value))
        return value
    if setting == "dropout_rate":
        if not 0 <= value < 1:
            raise SweepError("compare.sweep.error.rate", value=format_value(value))
        return value
    limit = MAX_BATCH_SIZE if setting == "batch_size" else MAX_WIDTH
    if value != int(value):
        raise SweepError("compare.sweep.error.whole", setting=setting, value=format_value(value))
    if not 1 <= value <= limit:
        raise SweepError("compare.sweep.error.range", setting=setting, value=format_value(value), low=1, high=limit)
    return int(value)


def _range_values(setting: str, start: float, end: float, count: int) -> list[float]:
    if setting in LOG_SPACED:
        if start <= 0 or end <= 0:
            raise SweepError("compare.sweep.error.log_range", setting=setting)
        values = np.geomspace(start, end, count)
    else:
        values = np.linspace(start, end, count)
    if setting in WHOLE_NUMBERS:
        return [float(round(v)) for v in values]
    return [float(f"{v:.12g}") for v in values]  # 0.0010000000000000002 → 0.001


def parse_values(setting: str, text: str) -> list[float | int | str]:
    """The values typed for a sweep (see the module docstring for the syntax), each checked."""
    _check_setting(setting)
    match = _RANGE.match(text or "")
    if match:
        if setting == "optimizer":
            raise SweepError("compare.sweep.error.optimizer_range")
        count = int(match["n"])
        if not MIN_RUNS <= count <= MAX_RUNS:
            raise SweepError("compare.sweep.error.count", n=count, low=MIN_RUNS, high=MAX_RUNS)
        raw: list[Any] = _range_values(setting, _number(match["start"], setting), _number(match["end"], setting), count)
    else:
        if ".." in (text or ""):
            raise SweepError("compare.sweep.error.range_syntax", text=text)
        raw = [token for token in re.split(r"[,;\s]+", text or "") if token]
    return check_values(setting, raw)


def check_values(setting: str, raw: Sequence[Any]) -> list[float | int | str]:
    values = [check_value(setting, v) for v in raw]
    if len(values) < MIN_RUNS:
        raise SweepError("compare.sweep.error.too_few", n=len(values), low=MIN_RUNS)
    if len(values) > MAX_RUNS:
        raise SweepError("compare.sweep.error.too_many", n=len(values), high=MAX_RUNS)
    seen: set[Any] = set()
    for value in values:
        if value in seen:
            raise SweepError("compare.sweep.error.duplicate", setting=setting, value=format_value(value))
        seen.add(value)
    return values


# ---- layers ---------------------------------------------------------------------------------------


def layer_choices(architecture: Architecture, setting: str) -> list[int]:
    """1-based positions of the layers a layer setting can be swept on (Dropout for dropout_rate, Conv2D for
    filters); empty for training settings."""
    if setting not in LAYER_SETTINGS:
        return []
    kind = LAYER_SETTINGS[setting][0]
    return [i for i, layer in enumerate(architecture.layers, start=1) if type(layer) is kind]


def _pick_layer(architecture: Architecture, setting: str, layer: int | None) -> int | None:
    if setting not in LAYER_SETTINGS:
        return None
    kind = LAYER_SETTINGS[setting][0].TYPE
    choices = layer_choices(architecture, setting)
    if not choices:
        raise SweepError("compare.sweep.error.no_layer", setting=setting, layer_type=kind)
    if layer is None:
        if len(choices) > 1:
            raise SweepError("compare.sweep.error.which_layer", setting=setting, layer_type=kind,
                             choices=", ".join(map(str, choices)))
        return choices[0]
    if layer not in choices:
        raise SweepError("compare.sweep.error.wrong_layer", setting=setting, layer=layer, layer_type=kind,
                         choices=", ".join(map(str, choices)))
    return layer


# ---- planning -------------------------------------------------------------------------------------


def _apply(architecture: Architecture, config: TrainingConfig, setting: str, value: Any,
           layer: int | None) -> tuple[Architecture, TrainingConfig]:
    if setting == "dropout_rate" or setting == "filters":
        assert layer is not None
        field = LAYER_SETTINGS[setting][1]
        changed = replace(architecture.layers[layer - 1], **{field: value})
        return architecture.with_layer(layer - 1, changed), config
    return architecture, replace(config, **{setting: value})


def plan_sweep(architecture: Architecture, config: TrainingConfig, setting: str, values: Sequence[Any],
               layer: int | None = None, base_name: str = "sweep", group: str | None = None) -> list[SweepRun]:
    """One SweepRun per value, every one checked: the value is legal, the architecture still fits together
    (cnnviz.arch.shapes) and the training config validates. Raises SweepError naming the first bad value."""
    _check_setting(setting)
    checked = check_values(setting, values)
    layer = _pick_layer(architecture, setting, layer)
    group = group or new_group_id()
    planned = []
    for index, value in enumerate(checked):
        arch, cfg = _apply(architecture, config, setting, value, layer)
        errors = summarize(arch).errors
        if errors:
            raise SweepError("compare.sweep.error.spec", setting=setting, value=format_value(value),
                             reason=str(errors[0]))
        try:
            cfg.validate()
        except ConfigError as exc:
            raise SweepError("compare.sweep.error.config", setting=setting, value=format_value(value),
                             reason=str(exc)) from None
        tag = SweepTag(group, setting, value, layer, index, len(checked))
        planned.append(SweepRun(f"{base_name} · {tag.label}", arch, cfg, tag))
    return planned


# ---- reading sweeps back --------------------------------------------------------------------------


def sweep_tag(run_dir: str | Path) -> SweepTag | None:
    """The run's sweep tag from its run.json, or None for a run that is not part of a sweep."""
    try:
        data = runs.read_json(Path(run_dir) / runs.RUN_FILE)
    except runs.RunError:
        return None
    return SweepTag.from_dict(data.get(SWEEP_KEY)) if isinstance(data, Mapping) else None


def legend_label(info: runs.RunInfo) -> str:
    """What the Compare page's legend shows for a run: the swept value for a sweep's run, else its name."""
    tag = sweep_tag(info.path)
    return tag.label if tag is not None else info.name


def group_runs(group: str, root: str | Path | None = None) -> list[runs.RunInfo]:
    """The runs of one sweep, in the order of their values."""
    found = []
    for info in runs.list_runs(root):
        tag = sweep_tag(info.path)
        if tag is not None and tag.group == group:
            found.append((tag.index, info.name, info))
    return [info for _, _, info in sorted(found, key=lambda item: item[:2])]
