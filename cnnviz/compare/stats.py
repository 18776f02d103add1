"""One run's predictions on its test set and the paired statistics on the same test images. Numpy and SciPy only;
`run_test_predictions`, the one function that needs a model, imports Keras through :mod:`cnnviz.inspect.extract`
when called.

Statistics, all on the same test images:

* accuracy with a binomial confidence interval (Wilson score, or Clopper–Pearson "exact", from SciPy) and a
  percentile bootstrap interval (seeded, so the page shows the same numbers every time);
* McNemar's paired test on the images exactly one of two models gets right: the exact binomial test when
  fewer than 25 images are discordant, else the chi-square test with continuity correction;
* Holm's correction when several runs are each compared against the first.

A verdict names a winner only when the (corrected) p-value is below the significance level.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from cnnviz.compare import CompareError
from cnnviz.i18n import Message, msg, t
from cnnviz.runs import store as runs

if TYPE_CHECKING:
    from cnnviz.data.datasets import Dataset

EXACT_BELOW = 25  # discordant pairs below which McNemar uses the exact binomial test
DEFAULT_ALPHA = 0.05
DEFAULT_CONFIDENCE = 0.95
BOOTSTRAP_RESAMPLES = 10_000


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
