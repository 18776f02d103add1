"""cnnviz.compare.stats: paired statistics against statsmodels and SciPy, and a saved run's test predictions."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from scipy import stats
from statsmodels.stats.contingency_tables import mcnemar as sm_mcnemar
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import proportion_confint

from cnnviz.arch.spec import Architecture, Conv2D, Dense, Flatten
from cnnviz.compare import CompareError
from cnnviz.compare.confusion import confusion_difference
from cnnviz.compare.stats import (
    EXACT_BELOW,
    TestPredictions,
    accuracy_interval,
    accuracy_summary,
    bootstrap_accuracy,
    bootstrap_difference,
    compare_pair,
    compare_to_first,
    holm_adjust,
    mcnemar_counts,
    mcnemar_test,
    pairing_problem,
    run_test_predictions,
)
from cnnviz.i18n import set_language
from cnnviz.runs import store as runs


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("en")


# ================================================================ statistics


@pytest.mark.parametrize(("k", "n"), [(0, 20), (1, 20), (17, 20), (20, 20), (912, 1000), (9931, 10000)])
@pytest.mark.parametrize(("ours", "theirs"), [("wilson", "wilson"), ("exact", "beta")])
def test_binomial_intervals_match_statsmodels(k: int, n: int, ours: str, theirs: str) -> None:
    interval = accuracy_interval(k, n, 0.95, ours)
    low, high = proportion_confint(k, n, alpha=0.05, method=theirs)
    assert interval.low == pytest.approx(low, abs=1e-9) and interval.high == pytest.approx(high, abs=1e-9)
    assert interval.low <= k / n <= interval.high


@pytest.mark.parametrize(("b", "c"), [(0, 0), (0, 5), (3, 9), (12, 12), (1, 23), (30, 10), (25, 0), (140, 170)])
def test_mcnemar_matches_statsmodels_in_both_forms(b: int, c: int) -> None:
    table = [[500, b], [c, 400]]
    exact = mcnemar_counts(b, c, exact_below=10**9)
    reference = sm_mcnemar(table, exact=True)
    assert exact.method == "exact"
    assert exact.statistic == reference.statistic and exact.p_value == pytest.approx(reference.pvalue, abs=1e-12)
    if b + c:
        chi = mcnemar_counts(b, c, exact_below=0)
        reference = sm_mcnemar(table, exact=False, correction=True)
        assert chi.method == "chi2"
        assert chi.statistic == pytest.approx(reference.statistic) and chi.p_value == pytest.approx(reference.pvalue)
    automatic = mcnemar_counts(b, c)
    assert automatic.method == ("exact" if b + c < EXACT_BELOW else "chi2")


def test_mcnemar_counts_the_discordant_images_from_correctness_vectors() -> None:
    rng = np.random.default_rng(3)
    a = rng.random(400) < 0.8
    b = rng.random(400) < 0.85
    result = mcnemar_test(a, b)
    assert (result.only_a, result.only_b) == (int(np.sum(a & ~b)), int(np.sum(~a & b)))
    assert result.both + result.neither + result.discordant == 400
    reference = sm_mcnemar([[result.both, result.only_a], [result.only_b, result.neither]],
                           exact=result.method == "exact", correction=True)
    assert result.p_value == pytest.approx(reference.pvalue)


def test_holm_matches_statsmodels() -> None:
    p = [0.01, 0.04, 0.03, 0.2, 0.004]
    assert holm_adjust(p) == pytest.approx(list(multipletests(p, method="holm")[1]))
    assert holm_adjust([0.9, 0.8]) == pytest.approx(list(multipletests([0.9, 0.8], method="holm")[1]))


def test_bootstrap_interval_agrees_with_scipy_bootstrap() -> None:
    rng = np.random.default_rng(0)
    correct = rng.random(500) < 0.82
    ours = bootstrap_accuracy(correct, resamples=20_000, seed=1)
    theirs = stats.bootstrap((correct.astype(float),), np.mean, n_resamples=20_000, method="percentile",
                             rng=np.random.default_rng(2)).confidence_interval
    step = 1 / len(correct)  # accuracies move in steps of one image
    assert abs(ours.low - theirs.low) <= 1.5 * step and abs(ours.high - theirs.high) <= 1.5 * step
    assert ours.low < correct.mean() < ours.high
    assert bootstrap_accuracy(correct, seed=7) == bootstrap_accuracy(correct, seed=7)


def test_paired_bootstrap_difference_agrees_with_scipy_paired_bootstrap() -> None:
    rng = np.random.default_rng(4)
    a = rng.random(600) < 0.80
    b = np.where(rng.random(600) < 0.9, a, ~a)  # B agrees with A on ~90% of images
    ours = bootstrap_difference(a, b, resamples=20_000, seed=1)

    def difference(x, y, axis=-1):
        return np.mean(y, axis=axis) - np.mean(x, axis=axis)

    theirs = stats.bootstrap((a.astype(float), b.astype(float)), difference, paired=True, n_resamples=20_000,
                             method="percentile", rng=np.random.default_rng(2)).confidence_interval
    step = 1 / len(a)
    assert abs(ours.low - theirs.low) <= 2 * step and abs(ours.high - theirs.high) <= 2 * step


def predictions(name: str, y_true: np.ndarray, correct: np.ndarray, dataset: str = "mnist",
                n_classes: int = 10) -> TestPredictions:
    """Known-answer predictions: right where `correct`, else the next class."""
    y_pred = np.where(correct, y_true, (y_true + 1) % n_classes)
    return TestPredictions(name, dataset, y_true, y_pred, tuple(str(i) for i in range(n_classes)))


def test_verdict_names_a_winner_only_when_mcnemar_says_so() -> None:
    n = 1000
    y = np.arange(n) % 10
    base = np.ones(n, bool)
    base[:100] = False  # A: 900 right
    better = base.copy()
    better[:40] = True  # B fixes 40 of A's mistakes...
    better[500:510] = False  # ...and breaks 10 of its right answers
    a, b = predictions("A", y, base), predictions("B", y, better)
    result = compare_pair(a, b)
    assert (result.test.only_a, result.test.only_b) == (10, 40) and result.test.method == "chi2"
    assert result.significant and result.winner == "b"
    assert str(result.verdict()).startswith("B is better than A (p < 0.001")
    assert result.difference.low > 0  # the paired bootstrap interval excludes 0 too

    slightly = base.copy()
    slightly[:12] = True
    slightly[500:510] = False  # 12 fixed, 10 broken: B is ahead by 2 images
    close = compare_pair(a, predictions("C", y, slightly))
    assert close.accuracy_b > close.accuracy_a and close.test.method == "exact"
    assert not close.significant and close.winner is None
    assert str(close.verdict()).startswith("No significant difference between A and C")
    assert "α = 0.05" in str(close.verdict())
    same = compare_pair(a, predictions("D", y, base))
    assert "exactly the same test images right" in str(same.verdict())
    set_language("ko")
    assert "유의미한 차이가 없습니다" in str(close.verdict())


def test_compare_to_first_applies_holm_across_the_comparisons() -> None:
    n = 2000
    y = np.arange(n) % 10
    rng = np.random.default_rng(5)
    runs_ = [predictions(f"run{i}", y, rng.random(n) < p) for i, p in enumerate((0.80, 0.82, 0.80, 0.86))]
    results = compare_to_first(runs_)
    raw = [r.test.p_value for r in results]
    assert [r.p_adjusted for r in results] == pytest.approx(list(multipletests(raw, method="holm")[1]))
    assert all(r.comparisons == 3 for r in results)
    assert all(r.significant == (r.p_adjusted < 0.05) for r in results)
    assert "Holm" in str(results[-1].verdict())
    single = compare_to_first(runs_[:2])
    assert single[0].p_adjusted is None and single[0].p_value == single[0].test.p_value


def test_runs_on_different_test_sets_cannot_be_paired_and_say_why() -> None:
    y = np.arange(100) % 10
    ok = np.ones(100, bool)
    a = predictions("A", y, ok)
    with pytest.raises(CompareError, match="A was tested on mnist and B on fashion_mnist"):
        compare_pair(a, predictions("B", y, ok, dataset="fashion_mnist"))
    with pytest.raises(CompareError, match="100 test images and B has 60"):
        compare_pair(a, predictions("B", y[:60], ok[:60]))
    relabelled = y.copy()
    relabelled[:10] = (relabelled[:10] + 1) % 10
    with pytest.raises(CompareError, match="10 labels differ"):
        compare_pair(a, predictions("B", relabelled, ok))
    a2 = replace(a, fingerprint="x")
    with pytest.raises(CompareError, match="different test images"):
        confusion_difference(a2, replace(predictions("B", y, ok), fingerprint="y"))
    assert pairing_problem(a2, replace(a, name="B", fingerprint="x")) is None


def test_accuracy_summary_holds_all_three_intervals() -> None:
    y = np.arange(250) % 10
    correct = np.arange(250) % 5 != 0  # 200 of 250
    summary = accuracy_summary(predictions("A", y, correct))
    assert (summary.correct, summary.n, summary.accuracy) == (200, 250, 0.8)
    assert summary.wilson == accuracy_interval(200, 250, method="wilson")
    assert summary.exact.low == pytest.approx(proportion_confint(200, 250, method="beta")[0])
    assert summary.bootstrap.method == "bootstrap" and summary.bootstrap.low < 0.8 < summary.bootstrap.high
    assert summary.wilson.label == "95% Wilson interval"
    with pytest.raises(CompareError, match="no test images"):
        accuracy_interval(0, 0)


# ================================================================ predictions of a saved run


def test_run_test_predictions_are_the_models_argmax_and_are_cached(tmp_path: Path) -> None:
    import keras

    from cnnviz.data.datasets import Dataset
    from cnnviz.models.builder import build_model

    rng = np.random.default_rng(0)
    x = rng.random((60, 8, 8, 1), dtype=np.float32)
    y = np.arange(60) % 3
    dataset = Dataset("mnist", x, y, x[:30].copy(), y[:30].copy(), ("a", "b", "c"), "synthetic")
    arch = Architecture((8, 8, 1), (Conv2D(2, 3, activation="relu"), Flatten(), Dense(3, activation="softmax")))
    keras.utils.set_random_seed(0)
    model = build_model(arch)
    run_dir = runs.create_run(arch, {"dataset": "mnist"}, "tiny", model.count_params(), root=tmp_path)
    model.save(run_dir / runs.FINAL_MODEL)
    got = run_test_predictions(run_dir, dataset=dataset)
    expected = np.argmax(model.predict(dataset.x_test, verbose=0), axis=1)
    assert np.array_equal(got.y_pred, expected) and np.array_equal(got.y_true, dataset.y_test)
    assert got.name == "tiny" and got.class_names == ("a", "b", "c")
    assert (run_dir / "predictions_final_test.npz").exists()
    again = run_test_predictions(run_dir, dataset=dataset, name="again")
    assert again.fingerprint == got.fingerprint and pairing_problem(got, again) is None
