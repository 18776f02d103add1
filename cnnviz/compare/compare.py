"""Comparing runs: architecture and settings diffs, paired statistics on the same test images, confusion-matrix
differences, overlaid learning curves and a leaderboard. Numpy and SciPy only; the one function that needs a
model (`run_test_predictions`) imports Keras through :mod:`cnnviz.inspect.extract` when called.

Statistics, all on the same test images:

* accuracy with a binomial confidence interval (Wilson score, or Clopper–Pearson "exact", from SciPy) and a
  percentile bootstrap interval (seeded, so the page shows the same numbers every time);
* McNemar's paired test on the images exactly one of two models gets right: the exact binomial test when
  fewer than 25 images are discordant, else the chi-square test with continuity correction;
* Holm's correction when several runs are each compared against the first.

A verdict names a winner only when the (corrected) p-value is below the significance level.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from cnnviz.arch.shapes import Shape, Summary, summarize
from cnnviz.arch.spec import Architecture, Layer
from cnnviz.i18n import CnnvizError, Message, has_text, msg, t
from cnnviz.runs import store as runs

if TYPE_CHECKING:
    from cnnviz.data.datasets import Dataset

STATUSES = ("same", "changed", "added", "removed")
EXACT_BELOW = 25  # discordant pairs below which McNemar uses the exact binomial test
DEFAULT_ALPHA = 0.05
DEFAULT_CONFIDENCE = 0.95
BOOTSTRAP_RESAMPLES = 10_000


class CompareError(CnnvizError):
    """Runs that cannot be compared the way asked (different test sets, no test images, ...)."""


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


# ================================================================ predictions on the test set


@dataclass(frozen=True, eq=False)
class TestPredictions:
    """One run's predicted classes on its test set, enough for every paired statistic."""

    __test__ = False  # not a pytest class

    name: str
    dataset: str
    y_true: np.ndarray  # (n,) int labels
    y_pred: np.ndarray  # (n,) predicted classes
    class_names: tuple[str, ...] = ()
    fingerprint: str = ""  # hash of the test images and labels; "" when unknown

    def __post_init__(self) -> None:
        y_true = np.asarray(self.y_true).astype(np.int64).ravel()
        y_pred = np.asarray(self.y_pred).astype(np.int64).ravel()
        if len(y_true) != len(y_pred):
            raise CompareError("compare.error.length_mismatch", name=self.name, labels=len(y_true),
                               predictions=len(y_pred))
        object.__setattr__(self, "y_true", y_true)
        object.__setattr__(self, "y_pred", y_pred)

    @property
    def n(self) -> int:
        return len(self.y_true)

    @property
    def correct(self) -> np.ndarray:
        return self.y_true == self.y_pred

    @property
    def accuracy(self) -> float:
        return float(self.correct.mean()) if self.n else float("nan")

    @property
    def n_classes(self) -> int:
        seen = int(max(self.y_true.max(initial=-1), self.y_pred.max(initial=-1))) + 1
        return max(len(self.class_names), seen)


def fingerprint_test_set(x_test: np.ndarray, y_test: np.ndarray) -> str:
    digest = hashlib.sha1()
    for array in (np.ascontiguousarray(x_test), np.ascontiguousarray(np.asarray(y_test).astype(np.int64))):
        digest.update(str(array.shape).encode())
        digest.update(array.tobytes())
    return digest.hexdigest()


def run_test_predictions(run_dir: str | Path, which: str = "final", name: str | None = None,
                         dataset: Dataset | None = None, progress: Callable[[int, int], None] | None = None,
                         batch_size: int = 256) -> TestPredictions:
    """A saved run's predictions on its test set. The class probabilities are cached in the run folder as
    `predictions_<which>_test.npz`, the same file the look-inside pages use."""
    from cnnviz.inspect import extract

    run_dir = Path(run_dir)
    info = runs.load_run(run_dir)
    dataset = dataset if dataset is not None else runs.run_dataset(run_dir)
    model_file = runs.model_path(run_dir, which)
    probabilities = extract.cached_probabilities(run_dir / f"predictions_{which}_test.npz",
                                                 runs.load_model(run_dir, which), dataset.x_test, model_file,
                                                 progress=progress, batch_size=batch_size)
    return TestPredictions(name or info.name, info.dataset or dataset.name, dataset.y_test,
                           np.argmax(probabilities, axis=1), tuple(dataset.class_names),
                           fingerprint_test_set(dataset.x_test, dataset.y_test))


def pairing_problem(a: TestPredictions, b: TestPredictions) -> Message | None:
    """Why two runs' predictions cannot be paired image by image, or None when they can."""
    if a.dataset and b.dataset and a.dataset != b.dataset:
        return msg("compare.error.other_dataset", a=a.name, b=b.name, dataset_a=a.dataset, dataset_b=b.dataset)
    if a.n != b.n:
        return msg("compare.error.other_size", a=a.name, b=b.name, n_a=a.n, n_b=b.n)
    if not np.array_equal(a.y_true, b.y_true):
        return msg("compare.error.other_labels", a=a.name, b=b.name, n=int(np.sum(a.y_true != b.y_true)))
    if a.fingerprint and b.fingerprint and a.fingerprint != b.fingerprint:
        return msg("compare.error.other_images", a=a.name, b=b.name)
    return None


def check_paired(a: TestPredictions, b: TestPredictions) -> None:
    problem = pairing_problem(a, b)
    if problem is not None:
        raise CompareError(problem.key, **problem.params)
    if a.n == 0:
        raise CompareError("compare.error.no_images", name=a.name)


# ================================================================ statistics


@dataclass(frozen=True)
class Interval:
    low: float
    high: float
    method: str  # wilson | exact | bootstrap
    confidence: float

    @property
    def label(self) -> str:
        return t(f"compare.interval.{self.method}", confidence=round(100 * self.confidence))


def accuracy_interval(correct: int, n: int, confidence: float = DEFAULT_CONFIDENCE,
                      method: str = "wilson") -> Interval:
    """Binomial confidence interval for an accuracy of correct/n: Wilson score or Clopper–Pearson ("exact")."""
    from scipy.stats import binomtest

    if n <= 0:
        raise CompareError("compare.error.empty")
    if method not in ("wilson", "exact"):
        raise CompareError("compare.error.method", method=method, allowed="wilson, exact")
    ci = binomtest(int(correct), int(n)).proportion_ci(confidence_level=confidence, method=method)
    return Interval(float(ci.low), float(ci.high), method, confidence)


def _percentile_interval(samples: np.ndarray, confidence: float) -> tuple[float, float]:
    tail = (1 - confidence) / 2
    low, high = np.quantile(samples, [tail, 1 - tail])
    return float(low), float(high)


def bootstrap_accuracy(correct: np.ndarray, confidence: float = DEFAULT_CONFIDENCE,
                       resamples: int = BOOTSTRAP_RESAMPLES, seed: int = 0) -> Interval:
    """Percentile bootstrap interval of the mean of a 0/1 vector (resampling the test images with replacement).

    The number of correct images in a resample of n is Binomial(n, accuracy), so it is drawn directly: the
    same distribution as resampling indices, without the n × resamples array."""
    correct = np.asarray(correct, dtype=bool).ravel()
    n = len(correct)
    if n == 0:
        raise CompareError("compare.error.empty")
    rng = np.random.default_rng(seed)
    samples = rng.binomial(n, correct.mean(), size=resamples) / n
    return Interval(*_percentile_interval(samples, confidence), "bootstrap", confidence)


def bootstrap_difference(correct_a: np.ndarray, correct_b: np.ndarray, confidence: float = DEFAULT_CONFIDENCE,
                         resamples: int = BOOTSTRAP_RESAMPLES, seed: int = 0) -> Interval:
    """Paired percentile bootstrap interval of accuracy(B) − accuracy(A): images are resampled together, so
    each resample keeps how the two models did on the same image. Per image the difference is −1, 0 or +1;
    a resample's counts of those are Multinomial(n, observed shares), drawn directly."""
    a = np.asarray(correct_a, dtype=bool).ravel()
    b = np.asarray(correct_b, dtype=bool).ravel()
    n = len(a)
    if len(b) != n:
        raise ValueError(f"paired vectors of different lengths: {n} and {len(b)}")
    if n == 0:
        raise CompareError("compare.error.empty")
    shares = np.array([np.sum(a & ~b), np.sum(a == b), np.sum(~a & b)]) / n
    counts = np.random.default_rng(seed).multinomial(n, shares, size=resamples)
    samples = (counts[:, 2] - counts[:, 0]) / n
    return Interval(*_percentile_interval(samples, confidence), "bootstrap", confidence)


@dataclass(frozen=True)
class AccuracySummary:
    name: str
    n: int
    correct: int
    wilson: Interval
    exact: Interval
    bootstrap: Interval

    @property
    def accuracy(self) -> float:
        return self.correct / self.n

    def interval(self, method: str) -> Interval:
        return {"wilson": self.wilson, "exact": self.exact, "bootstrap": self.bootstrap}[method]


def accuracy_summary(predictions: TestPredictions, confidence: float = DEFAULT_CONFIDENCE,
                     resamples: int = BOOTSTRAP_RESAMPLES, seed: int = 0) -> AccuracySummary:
    if predictions.n == 0:
        raise CompareError("compare.error.no_images", name=predictions.name)
    correct = predictions.correct
    k, n = int(correct.sum()), predictions.n
    return AccuracySummary(predictions.name, n, k, accuracy_interval(k, n, confidence, "wilson"),
                           accuracy_interval(k, n, confidence, "exact"),
                           bootstrap_accuracy(correct, confidence, resamples, seed))


@dataclass(frozen=True)
class McNemarResult:
    only_a: int  # images A gets right and B gets wrong
    only_b: int  # images B gets right and A gets wrong
    both: int
    neither: int
    statistic: float  # exact: min(only_a, only_b); chi2: (|only_a − only_b| − 1)² / (only_a + only_b)
    p_value: float
    method: str  # exact | chi2

    @property
    def discordant(self) -> int:
        return self.only_a + self.only_b

    @property
    def method_label(self) -> str:
        return t(f"compare.test.{self.method}")


def mcnemar_counts(only_a: int, only_b: int, both: int = 0, neither: int = 0,
                   exact_below: int = EXACT_BELOW) -> McNemarResult:
    """McNemar's test from the discordant counts: the exact two-sided binomial test (p = 0.5) when fewer than
    `exact_below` images are discordant, else chi-square (1 d.f.) with Edwards' continuity correction."""
    from scipy.stats import binom, chi2

    b, c = int(only_a), int(only_b)
    discordant = b + c
    if discordant == 0:
        return McNemarResult(b, c, int(both), int(neither), 0.0, 1.0, "exact")
    if discordant < exact_below:
        statistic = float(min(b, c))
        p_value = min(1.0, 2.0 * float(binom.cdf(statistic, discordant, 0.5)))
        return McNemarResult(b, c, int(both), int(neither), statistic, p_value, "exact")
    statistic = (abs(b - c) - 1) ** 2 / discordant
    return McNemarResult(b, c, int(both), int(neither), float(statistic), float(chi2.sf(statistic, 1)), "chi2")


def mcnemar_test(correct_a: np.ndarray, correct_b: np.ndarray, exact_below: int = EXACT_BELOW) -> McNemarResult:
    a = np.asarray(correct_a, dtype=bool).ravel()
    b = np.asarray(correct_b, dtype=bool).ravel()
    return mcnemar_counts(int(np.sum(a & ~b)), int(np.sum(~a & b)), int(np.sum(a & b)), int(np.sum(~a & ~b)),
                          exact_below)


def holm_adjust(p_values: Sequence[float]) -> list[float]:
    """Holm–Bonferroni adjusted p-values (same order as given): compare each with the significance level."""
    m = len(p_values)
    order = sorted(range(m), key=lambda i: p_values[i])
    adjusted = [0.0] * m
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * float(p_values[i])))
        adjusted[i] = running
    return adjusted


def format_p(p: float) -> str:
    return "< 0.001" if p < 0.001 else f"= {p:.3f}"


@dataclass(frozen=True)
class PairedComparison:
    """B against A on the same test images."""

    name_a: str
    name_b: str
    n: int
    accuracy_a: float
    accuracy_b: float
    test: McNemarResult
    difference: Interval  # paired bootstrap interval of accuracy_b − accuracy_a
    alpha: float = DEFAULT_ALPHA
    p_adjusted: float | None = None  # Holm-adjusted, when several runs were compared against the first
    comparisons: int = 1

    @property
    def p_value(self) -> float:
        """The p-value the verdict uses (adjusted when a correction was applied)."""
        return self.test.p_value if self.p_adjusted is None else self.p_adjusted

    @property
    def significant(self) -> bool:
        return self.p_value < self.alpha

    @property
    def winner(self) -> str | None:
        """"a", "b", or None when the test does not show a difference."""
        if not self.significant or self.test.only_a == self.test.only_b:
            return None
        return "b" if self.test.only_b > self.test.only_a else "a"

    def verdict(self) -> Message:
        p = format_p(self.p_value)
        alpha = f"{self.alpha:g}"
        correction = self.p_adjusted is not None
        if self.test.discordant == 0:
            return msg("compare.verdict.identical", a=self.name_a, b=self.name_b)
        if self.winner is None:
            key = "compare.verdict.no_difference_holm" if correction else "compare.verdict.no_difference"
            return msg(key, a=self.name_a, b=self.name_b, p=p, alpha=alpha, m=self.comparisons)
        better, worse = (self.name_b, self.name_a) if self.winner == "b" else (self.name_a, self.name_b)
        key = "compare.verdict.better_holm" if correction else "compare.verdict.better"
        return msg(key, better=better, worse=worse, p=p, alpha=alpha, m=self.comparisons)

    def details(self) -> Message:
        """The numbers behind the verdict: discordant counts and which test was used."""
        return msg("compare.verdict.details", a=self.name_a, b=self.name_b, only_a=self.test.only_a,
                   only_b=self.test.only_b, n=self.n, test=self.test.method_label,
                   statistic=f"{self.test.statistic:.3f}", p=format_p(self.test.p_value))


def compare_pair(a: TestPredictions, b: TestPredictions, alpha: float = DEFAULT_ALPHA,
                 confidence: float = DEFAULT_CONFIDENCE, seed: int = 0) -> PairedComparison:
    check_paired(a, b)
    return PairedComparison(a.name, b.name, a.n, a.accuracy, b.accuracy, mcnemar_test(a.correct, b.correct),
                            bootstrap_difference(a.correct, b.correct, confidence, seed=seed), alpha)


def compare_to_first(predictions: Sequence[TestPredictions], alpha: float = DEFAULT_ALPHA,
                     holm: bool = True, confidence: float = DEFAULT_CONFIDENCE, seed: int = 0
                     ) -> list[PairedComparison]:
    """Every run after the first against the first; with `holm` (and more than one comparison) the p-values
    are Holm-adjusted so that "significant" keeps its meaning across the whole family of tests."""
    if len(predictions) < 2:
        raise CompareError("compare.error.need_two", n=len(predictions))
    first = predictions[0]
    pairs = [compare_pair(first, other, alpha, confidence, seed) for other in predictions[1:]]
    if not holm or len(pairs) < 2:
        return pairs
    adjusted = holm_adjust([p.test.p_value for p in pairs])
    return [PairedComparison(p.name_a, p.name_b, p.n, p.accuracy_a, p.accuracy_b, p.test, p.difference, alpha,
                             q, len(pairs)) for p, q in zip(pairs, adjusted, strict=True)]


# ================================================================ confusion matrices


def confusion_matrix(y_true: np.ndarray, y_pred: np.ndarray, n_classes: int) -> np.ndarray:
    """Rows = true class, columns = predicted class."""
    index = np.asarray(y_true, dtype=np.int64) * n_classes + np.asarray(y_pred, dtype=np.int64)
    return np.bincount(index, minlength=n_classes * n_classes).reshape(n_classes, n_classes)


@dataclass(frozen=True)
class ClassChange:
    index: int
    name: str
    support: int  # test images of this class
    recall_a: float
    recall_b: float
    only_a: int  # images of this class only A gets right
    only_b: int
    p_value: float  # McNemar on this class's images (not corrected for the number of classes)

    @property
    def change(self) -> float:
        return self.recall_b - self.recall_a


@dataclass(frozen=True, eq=False)
class ConfusionDiff:
    name_a: str
    name_b: str
    class_names: tuple[str, ...]
    matrix_a: np.ndarray
    matrix_b: np.ndarray
    classes: tuple[ClassChange, ...]

    @property
    def difference(self) -> np.ndarray:
        """B − A image counts per cell: up on the diagonal and down off it means B does better."""
        return self.matrix_b - self.matrix_a

    @property
    def improvement(self) -> np.ndarray:
        """The difference signed so that positive always means B does better (diagonal as is, off-diagonal
        negated): the colour of the difference heatmap."""
        diff = self.difference.astype(float)
        return np.where(np.eye(len(diff), dtype=bool), diff, -diff)

    def improved(self) -> list[ClassChange]:
        return sorted((c for c in self.classes if c.change > 0), key=lambda c: -c.change)

    def worsened(self) -> list[ClassChange]:
        return sorted((c for c in self.classes if c.change < 0), key=lambda c: c.change)


def confusion_difference(a: TestPredictions, b: TestPredictions) -> ConfusionDiff:
    """Both confusion matrices, their difference, and each class's recall change from A to B."""
    check_paired(a, b)
    n_classes = max(a.n_classes, b.n_classes)
    names = tuple(a.class_names or b.class_names) or tuple(str(i) for i in range(n_classes))
    names = names + tuple(str(i) for i in range(len(names), n_classes))
    matrix_a = confusion_matrix(a.y_true, a.y_pred, n_classes)
    matrix_b = confusion_matrix(b.y_true, b.y_pred, n_classes)
    classes = []
    for k in range(n_classes):
        rows = a.y_true == k
        support = int(rows.sum())
        test = mcnemar_test(a.correct[rows], b.correct[rows])
        recall_a = matrix_a[k, k] / support if support else float("nan")
        recall_b = matrix_b[k, k] / support if support else float("nan")
        classes.append(ClassChange(k, names[k], support, float(recall_a), float(recall_b), test.only_a, test.only_b,
                                   test.p_value))
    return ConfusionDiff(a.name, b.name, names, matrix_a, matrix_b, tuple(classes))


# ================================================================ curves


@dataclass(frozen=True)
class RunCurves:
    """Per-epoch values of one run from its history.json (None where a value was not recorded)."""

    name: str
    epoch: tuple[int, ...]
    elapsed: tuple[float | None, ...]  # seconds since training began, at the end of each epoch
    loss: tuple[float | None, ...]
    accuracy: tuple[float | None, ...]
    val_loss: tuple[float | None, ...]
    val_accuracy: tuple[float | None, ...]
    learning_rate: tuple[float | None, ...]

    def series(self, metric: str, validation: bool = False) -> tuple[float | None, ...]:
        return getattr(self, f"val_{metric}" if validation else metric)


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not _finite(value):
        return None
    return float(value)


def _finite(value: int | float) -> bool:
    try:
        return math.isfinite(value)
    except OverflowError:  # an integer too large for a float (a hand-edited file)
        return False


def run_curves(name: str, history: Sequence[Mapping[str, Any]]) -> RunCurves:
    entries = [h for h in history if isinstance(h, Mapping)]

    def column(key: str) -> tuple[float | None, ...]:
        return tuple(_number(h.get(key)) for h in entries)

    epochs = tuple(int(h["epoch"]) if isinstance(h.get("epoch"), int) else i + 1 for i, h in enumerate(entries))
    return RunCurves(name, epochs, column("elapsed"), column("loss"), column("accuracy"), column("val_loss"),
                     column("val_accuracy"), column("learning_rate"))


def load_run_curves(run_dir: str | Path, name: str | None = None) -> RunCurves:
    """The run's curves from its history.json (none when it is damaged: the Runs page says what is wrong)."""
    from cnnviz.runs.files import read_history

    return run_curves(name or runs.load_run(run_dir).name, read_history(run_dir).value)


# ================================================================ leaderboard


@dataclass(frozen=True)
class RunDetails:
    """What a leaderboard needs beyond RunInfo, read from the run folder (None when missing)."""

    flops: int | None = None
    training_seconds: float | None = None
    test_n: int | None = None
    architecture_error: bool = False
    problem: Message | None = None  # why the run cannot be ranked (a damaged architecture.json or test_metrics.json)


def run_details(run_dir: str | Path) -> RunDetails:
    """Read through cnnviz.runs.files: a damaged file gives a `problem`, never an exception."""
    from cnnviz.runs import files as runfiles

    run_dir = Path(run_dir)
    architecture = runfiles.read_architecture(run_dir)
    flops, broken = None, architecture.value is None
    if architecture.value is not None:
        summary = summarize(architecture.value)
        flops, broken = summary.total_flops, not summary.ok
    history = runfiles.read_history(run_dir).value
    seconds = _number(history[-1].get("elapsed")) if history else None
    test = runfiles.read_test_metrics(run_dir)
    problems = architecture.problems + test.problems
    return RunDetails(flops, seconds, test.value.get("n"), broken, problems[0] if problems else None)


def left_out_of_board(infos: Sequence[runs.RunInfo], details: Mapping[Path, RunDetails]
                      ) -> list[tuple[runs.RunInfo, Message]]:
    """The runs a leaderboard leaves out, each with why: run.json damaged or missing, or an architecture.json or
    test_metrics.json that cannot be read. One damaged run never breaks the board for the others."""
    left = []
    for info in infos:
        more = details.get(info.path, RunDetails())
        if info.status == runs.DAMAGED:
            left.append((info, info.problem_messages[0] if info.problem_messages else runs.status_message(info.status)))
        elif more.problem is not None:
            left.append((info, more.problem))
    return left


def left_out_note(left: Sequence[tuple[runs.RunInfo, Message]]) -> str:
    """"Left out: <run> (<what is wrong>); ..." in the current language ("" when none is left out)."""
    if not left:
        return ""
    return t("runfiles.left_out", runs="; ".join(f"{info.name} ({problem})" for info, problem in left))


@dataclass(frozen=True)
class LeaderboardRow:
    rank: int | None  # 1 = best test accuracy; equal accuracies share a rank; None without a test accuracy
    name: str
    path: Path
    dataset: str
    test_accuracy: float | None
    interval: Interval | None  # Wilson interval of the test accuracy when the test-set size is known
    params: int
    flops: int | None
    training_seconds: float | None
    epochs: int
    status: str
    best_val_accuracy: float | None
    created: str


def _created_order(created: str) -> float:
    try:
        return datetime.fromisoformat(created).timestamp()
    except ValueError:
        return 0.0


def leaderboard(infos: Sequence[runs.RunInfo], dataset: str | None = None,
                details: Mapping[Path, RunDetails] | None = None) -> list[LeaderboardRow]:
    """Runs (optionally of one dataset) sorted by test accuracy, best first; ties go to the smaller model,
    then the earlier run. Runs without a test accuracy (running, failed, stopped early) come last, unranked."""
    details = details or {}
    left_out = {info.path for info, _ in left_out_of_board(infos, details)}
    chosen = [info for info in infos if (dataset is None or info.dataset == dataset) and info.path not in left_out]

    def key(info: runs.RunInfo) -> tuple:
        accuracy = _number(info.test_accuracy)
        return (accuracy is None, -(accuracy or 0.0), info.params, _created_order(info.created), info.name)

    rows: list[LeaderboardRow] = []
    previous: tuple[float, int] | None = None
    for position, info in enumerate(sorted(chosen, key=key), start=1):
        more = details.get(info.path, RunDetails())
        accuracy = _number(info.test_accuracy)
        rank = None
        if accuracy is not None:
            rank = previous[1] if previous is not None and previous[0] == accuracy else position
            previous = (accuracy, rank)
        interval = None
        if accuracy is not None and more.test_n:
            interval = accuracy_interval(round(accuracy * more.test_n), more.test_n)
        rows.append(LeaderboardRow(rank, info.name, info.path, info.dataset, accuracy, interval, info.params,
                                   more.flops, more.training_seconds, info.epochs_done, info.status,
                                   _number(info.best_val_accuracy), info.created))
    return rows


def load_leaderboard(root: str | Path | None = None, dataset: str | None = None) -> list[LeaderboardRow]:
    """The leaderboard of every run under the runs folder (or `root`)."""
    infos = [info for info in runs.list_runs(root) if dataset is None or info.dataset == dataset]
    return leaderboard(infos, dataset, {info.path: run_details(info.path) for info in infos})
