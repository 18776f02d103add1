"""Compare page pieces: what to compare (runs and presets), and bounded caches of everything computed from them.

Every cache is keyed on the files it reads (their modification times), so a run still training, renamed or
retrained is never served stale. Test-set predictions live in a small process-wide LRU rather than
`st.cache_data`: a cached function replays the elements drawn inside it, and the predictions report their
progress to a bar drawn outside.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import streamlit as st

from cnnviz import inference
from cnnviz.arch.presets import PRESETS
from cnnviz.arch.spec import Architecture
from cnnviz.compare import diff, leaderboard, stats
from cnnviz.compare.confusion import ConfusionDiff, confusion_difference
from cnnviz.runs import files as runfiles
from cnnviz.runs import store as runs
from cnnviz.train import sweeps
from pages.common import workers

RUN = "run"
PRESET = "preset"
PREDICTIONS_KEPT = 24  # TestPredictions of a 10,000-image test set: two int64 vectors, 160 KB each


def file_stamp(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


# ---------------------------------------------------------------- runs shown on the page


@dataclass(frozen=True)
class Picked:
    """A run as the page shows it: its folder and a label unique among the runs compared (the swept value for a
    sweep's run, else its name)."""

    info: runs.RunInfo
    label: str

    @property
    def path(self) -> Path:
        return self.info.path

    @property
    def run_id(self) -> str:
        return self.info.run_id


def labelled(infos: Sequence[runs.RunInfo]) -> list[Picked]:
    labels = diff.distinct_names([sweeps.legend_label(info) for info in infos])
    return [Picked(info, label) for info, label in zip(infos, labels, strict=True)]


# ---------------------------------------------------------------- sweep groups


@dataclass(frozen=True)
class Group:
    id: str
    tags: tuple[sweeps.SweepTag, ...]
    run_ids: tuple[str, ...]  # in the order of the swept values
    created: str

    @property
    def setting(self) -> str:
        return self.tags[0].setting if self.tags else ""

    @property
    def values_text(self) -> str:
        return ", ".join(sweeps.format_value(tag.value) for tag in self.tags)

    @property
    def layer(self) -> int | None:
        return self.tags[0].layer if self.tags else None


def sweep_groups(infos: Sequence[runs.RunInfo]) -> dict[str, Group]:
    """Every sweep among these runs, newest first, each with its runs in value order."""
    found: dict[str, list[tuple[sweeps.SweepTag, runs.RunInfo]]] = {}
    for info in infos:
        tag = sweeps.sweep_tag(info.path)
        if tag is not None:
            found.setdefault(tag.group, []).append((tag, info))
    groups = []
    for group, members in found.items():
        members.sort(key=lambda item: (item[0].index, item[1].name))
        groups.append(Group(group, tuple(tag for tag, _ in members), tuple(info.run_id for _, info in members),
                            min(info.created for _, info in members)))
    return {g.id: g for g in sorted(groups, key=lambda g: (g.created, g.id), reverse=True)}


# ---------------------------------------------------------------- architectures: runs and presets

Source = tuple[str, str]  # (RUN, run folder) or (PRESET, preset name)


def source_key(source: Source) -> tuple[str, str, int]:
    kind, ident = source
    stamp = file_stamp(Path(ident) / runs.ARCHITECTURE_FILE) if kind == RUN else 0
    return kind, ident, stamp


def _architecture(kind: str, ident: str) -> Architecture:
    if kind == PRESET:
        return PRESETS[ident].architecture
    read = runfiles.read_architecture(ident)
    if read.value is None:
        raise runs.RunError("runfiles.no_data", problem=read.problems[0])
    return read.value


@st.cache_data(show_spinner=False, max_entries=32)
def architecture_diff(key_a: tuple[str, str, int], key_b: tuple[str, str, int]) -> diff.ArchitectureDiff:
    """RunError or SpecError (raised, not cached) when a run's architecture.json cannot be read."""
    return diff.architecture_diff(_architecture(*key_a[:2]), _architecture(*key_b[:2]))


@st.cache_data(show_spinner=False, max_entries=64)
def totals(key: tuple[str, str, int]) -> diff.Totals:
    from cnnviz.arch.shapes import summarize

    return diff.Totals.of(summarize(_architecture(*key[:2])))


# ---------------------------------------------------------------- settings and curves


@st.cache_data(show_spinner=False, max_entries=32)
def settings_diff(keys: tuple[tuple[str, str, int], ...]) -> diff.SettingsDiff:
    """keys: (label, run folder, config.json stamp) per run; a run whose config cannot be read shows no values."""
    configs = {}
    for label, folder, _ in keys:
        try:
            config = runs.load_config(folder)
        except runs.RunError:
            config = {}
        configs[label] = config if isinstance(config, dict) else {}
    return diff.settings_diff(configs)


def settings_key(picked: Sequence[Picked]) -> tuple[tuple[str, str, int], ...]:
    return tuple((p.label, str(p.path), file_stamp(p.path / runs.CONFIG_FILE)) for p in picked)


@st.cache_data(show_spinner=False, max_entries=64)
def curves(folder: str, label: str, stamp: int) -> leaderboard.RunCurves:
    return leaderboard.load_run_curves(folder, label)


def run_curves(picked: Picked) -> leaderboard.RunCurves:
    return curves(str(picked.path), picked.label, file_stamp(picked.path / runs.HISTORY_FILE))


# ---------------------------------------------------------------- leaderboard


@st.cache_data(show_spinner=False, max_entries=256)
def details(folder: str, stamps: tuple[int, int, int]) -> leaderboard.RunDetails:
    return leaderboard.run_details(folder)


def run_details(info: runs.RunInfo) -> leaderboard.RunDetails:
    stamps = tuple(file_stamp(info.path / name) for name in (runs.ARCHITECTURE_FILE, runs.HISTORY_FILE,
                                                              runs.TEST_METRICS_FILE))
    return details(str(info.path), stamps)


# ---------------------------------------------------------------- test-set predictions


class PredictionCache:
    """A bounded, thread-safe LRU of TestPredictions keyed on (run folder, weights, model file stamp)."""

    def __init__(self, size: int = PREDICTIONS_KEPT) -> None:
        self.size = size
        self._items: OrderedDict[tuple, stats.TestPredictions] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple) -> stats.TestPredictions | None:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: tuple, value: stats.TestPredictions) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)


PREDICTIONS = PredictionCache()


def predictions_key(path: Path, which: str) -> tuple[str, str, str, int]:
    """RunError when the run has no intact model file."""
    model = runs.model_path(path, which)
    return str(path), which, model.name, file_stamp(model)


def is_cached(path: Path, which: str) -> bool:
    try:
        return PREDICTIONS.get(predictions_key(path, which)) is not None
    except runs.RunError:
        return True  # nothing to compute


def test_predictions(picked: Picked, which: str, progress: Callable[[int, int], None] | None = None
                     ) -> stats.TestPredictions:
    """The run's predicted classes on its test set, named by its label. Raises RunError (no model), DataError (its
    data cannot be loaded here) or ModelLoadError."""
    key = predictions_key(picked.path, which)
    found = PREDICTIONS.get(key)
    if found is None:
        found = workers.call(inference.run_test_predictions, str(picked.path), which, progress=progress)
        PREDICTIONS.put(key, found)
    return replace(found, name=picked.label)


# ---------------------------------------------------------------- statistics
# `keys` identify the predictions passed (run folder, weights, model stamp, label): the unhashed arguments follow them.


@st.cache_data(show_spinner=False, max_entries=64)
def accuracy_summaries(keys: tuple, _predictions: tuple[stats.TestPredictions, ...]
                       ) -> tuple[stats.AccuracySummary, ...]:
    """Each run's test accuracy with its Wilson, exact and (seeded) bootstrap intervals."""
    return tuple(stats.accuracy_summary(p) for p in _predictions)


@st.cache_data(show_spinner=False, max_entries=64)
def comparisons(keys: tuple, alpha: float, holm: bool, _predictions: tuple[stats.TestPredictions, ...]
                ) -> tuple[stats.PairedComparison, ...]:
    """Every run after the first tested against the first (the page checked they are paired)."""
    return tuple(stats.compare_to_first(_predictions, alpha=alpha, holm=holm))


@st.cache_data(show_spinner=False, max_entries=32)
def confusion(keys: tuple, _a: stats.TestPredictions, _b: stats.TestPredictions) -> ConfusionDiff:
    return confusion_difference(_a, _b)
