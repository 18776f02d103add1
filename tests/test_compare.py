"""cnnviz.compare.compare: diffs against known constructions, statistics against statsmodels and SciPy."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from scipy import stats
from sklearn.metrics import confusion_matrix as sk_confusion_matrix
from sklearn.metrics import recall_score
from statsmodels.stats.contingency_tables import mcnemar as sm_mcnemar
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import proportion_confint

from cnnviz.arch.presets import PRESETS
from cnnviz.arch.shapes import summarize
from cnnviz.arch.spec import Architecture, Conv2D, Dense, Flatten, MaxPooling2D
from cnnviz.compare import compare
from cnnviz.i18n import set_language
from cnnviz.runs import store as runs

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
    diff = compare.architecture_diff(SEED_000, SEED_004)
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
    diff = compare.architecture_diff(LENET, wider)
    assert diff.counts() == {"same": len(layers), "changed": 0, "added": 2, "removed": 0}
    assert sorted(row.type for row in diff.rows if row.status == "added") == ["Conv2D", "MaxPooling2D"]
    assert [row.a.position for row in diff.rows if row.a is not None] == list(range(1, len(layers) + 1))
    # the reverse direction removes the same two layers
    assert compare.architecture_diff(wider, LENET).counts()["removed"] == 2


def test_a_changed_setting_is_named_with_old_and_new_and_later_numbers_follow() -> None:
    changed = LENET.with_layer(0, replace(LENET.layers[0], filters=8))
    diff = compare.architecture_diff(LENET, changed)
    first = diff.rows[0]
    assert first.status == "changed"
    assert first.changes == (compare.SettingChange("filters", 6, 8),)
    assert first.params_change == (5 * 5 * 1 + 1) * 8 - (5 * 5 * 1 + 1) * 6
    second_conv = diff.rows[2]
    assert second_conv.status == "same" and second_conv.output_changed
    assert second_conv.params_change == (5 * 5 * 8 + 1) * 16 - (5 * 5 * 6 + 1) * 16
    assert diff.totals_b.params - diff.totals_a.params == sum(row.params_change for row in diff.rows)


def test_identical_architectures_and_a_changed_input_shape() -> None:
    same = compare.architecture_diff(LENET, LENET)
    assert same.identical and all(row.status == "same" and not row.output_changed for row in same.rows)
    colour = replace(SEED_004, input_shape=(32, 32, 3))
    diff = compare.architecture_diff(SEED_004, colour)
    assert diff.input_changed and not diff.identical
    assert diff.input_shape_b == (32, 32, 3)
    assert diff.totals_b.flops == summarize(colour).total_flops
    assert diff.totals_b.activation_bytes == summarize(colour).activation_bytes


def test_a_type_swap_is_removed_plus_added_and_n_way_compares_against_the_first() -> None:
    a = Architecture((8, 8, 1), (Flatten(), Dense(10, activation="softmax")))
    b = Architecture((8, 8, 1), (Conv2D(4, 3), Flatten(), Dense(10, activation="softmax")))
    c = Architecture((8, 8, 1), (Flatten(), Dense(20), Dense(10, activation="softmax")))
    diffs = compare.architecture_diffs([a, b, c])
    assert [r.status for r in diffs[0].rows] == ["added", "same", "same"]
    assert [r.status for r in diffs[1].rows] == ["same", "added", "same"]
    with pytest.raises(compare.CompareError, match="at least two runs"):
        compare.architecture_diffs([a])


# ================================================================ settings diff


def test_settings_diff_flags_what_differs_in_a_readable_order() -> None:
    base = {"dataset": "mnist", "optimizer": "adam", "learning_rate": 0.001, "batch_size": 32, "epochs": 5,
            "early_stopping": True, "zzz_custom": 1}
    other = {**base, "learning_rate": 0.01, "batch_size": 32.0, "early_stopping": 1}
    other.pop("zzz_custom")
    diff = compare.settings_diff({"A": base, "B": other})
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


# ================================================================ statistics


@pytest.mark.parametrize(("k", "n"), [(0, 20), (1, 20), (17, 20), (20, 20), (912, 1000), (9931, 10000)])
@pytest.mark.parametrize(("ours", "theirs"), [("wilson", "wilson"), ("exact", "beta")])
def test_binomial_intervals_match_statsmodels(k: int, n: int, ours: str, theirs: str) -> None:
    interval = compare.accuracy_interval(k, n, 0.95, ours)
    low, high = proportion_confint(k, n, alpha=0.05, method=theirs)
    assert interval.low == pytest.approx(low, abs=1e-9) and interval.high == pytest.approx(high, abs=1e-9)
    assert interval.low <= k / n <= interval.high


@pytest.mark.parametrize(("b", "c"), [(0, 0), (0, 5), (3, 9), (12, 12), (1, 23), (30, 10), (25, 0), (140, 170)])
def test_mcnemar_matches_statsmodels_in_both_forms(b: int, c: int) -> None:
    table = [[500, b], [c, 400]]
    exact = compare.mcnemar_counts(b, c, exact_below=10**9)
    reference = sm_mcnemar(table, exact=True)
    assert exact.method == "exact"
    assert exact.statistic == reference.statistic and exact.p_value == pytest.approx(reference.pvalue, abs=1e-12)
    if b + c:
        chi = compare.mcnemar_counts(b, c, exact_below=0)
        reference = sm_mcnemar(table, exact=False, correction=True)
        assert chi.method == "chi2"
        assert chi.statistic == pytest.approx(reference.statistic) and chi.p_value == pytest.approx(reference.pvalue)
    automatic = compare.mcnemar_counts(b, c)
    assert automatic.method == ("exact" if b + c < compare.EXACT_BELOW else "chi2")


def test_mcnemar_counts_the_discordant_images_from_correctness_vectors() -> None:
    rng = np.random.default_rng(3)
    a = rng.random(400) < 0.8
    b = rng.random(400) < 0.85
    result = compare.mcnemar_test(a, b)
    assert (result.only_a, result.only_b) == (int(np.sum(a & ~b)), int(np.sum(~a & b)))
    assert result.both + result.neither + result.discordant == 400
    reference = sm_mcnemar([[result.both, result.only_a], [result.only_b, result.neither]],
                           exact=result.method == "exact", correction=True)
    assert result.p_value == pytest.approx(reference.pvalue)


def test_holm_matches_statsmodels() -> None:
    p = [0.01, 0.04, 0.03, 0.2, 0.004]
    assert compare.holm_adjust(p) == pytest.approx(list(multipletests(p, method="holm")[1]))
    assert compare.holm_adjust([0.9, 0.8]) == pytest.approx(list(multipletests([0.9, 0.8], method="holm")[1]))


def test_bootstrap_interval_agrees_with_scipy_bootstrap() -> None:
    rng = np.random.default_rng(0)
    correct = rng.random(500) < 0.82
    ours = compare.bootstrap_accuracy(correct, resamples=20_000, seed=1)
    theirs = stats.bootstrap((correct.astype(float),), np.mean, n_resamples=20_000, method="percentile",
                             rng=np.random.default_rng(2)).confidence_interval
    step = 1 / len(correct)  # accuracies move in steps of one image
    assert abs(ours.low - theirs.low) <= 1.5 * step and abs(ours.high - theirs.high) <= 1.5 * step
    assert ours.low < correct.mean() < ours.high
    assert compare.bootstrap_accuracy(correct, seed=7) == compare.bootstrap_accuracy(correct, seed=7)


def test_paired_bootstrap_difference_agrees_with_scipy_paired_bootstrap() -> None:
    rng = np.random.default_rng(4)
    a = rng.random(600) < 0.80
    b = np.where(rng.random(600) < 0.9, a, ~a)  # B agrees with A on ~90% of images
    ours = compare.bootstrap_difference(a, b, resamples=20_000, seed=1)

    def difference(x, y, axis=-1):
        return np.mean(y, axis=axis) - np.mean(x, axis=axis)

    theirs = stats.bootstrap((a.astype(float), b.astype(float)), difference, paired=True, n_resamples=20_000,
                             method="percentile", rng=np.random.default_rng(2)).confidence_interval
    step = 1 / len(a)
    assert abs(ours.low - theirs.low) <= 2 * step and abs(ours.high - theirs.high) <= 2 * step


def predictions(name: str, y_true: np.ndarray, correct: np.ndarray, dataset: str = "mnist",
                n_classes: int = 10) -> compare.TestPredictions:
    """Known-answer predictions: right where `correct`, else the next class."""
    y_pred = np.where(correct, y_true, (y_true + 1) % n_classes)
    return compare.TestPredictions(name, dataset, y_true, y_pred, tuple(str(i) for i in range(n_classes)))


def test_verdict_names_a_winner_only_when_mcnemar_says_so() -> None:
    n = 1000
    y = np.arange(n) % 10
    base = np.ones(n, bool)
    base[:100] = False  # A: 900 right
    better = base.copy()
    better[:40] = True  # B fixes 40 of A's mistakes...
    better[500:510] = False  # ...and breaks 10 of its right answers
    a, b = predictions("A", y, base), predictions("B", y, better)
    result = compare.compare_pair(a, b)
    assert (result.test.only_a, result.test.only_b) == (10, 40) and result.test.method == "chi2"
    assert result.significant and result.winner == "b"
    assert str(result.verdict()).startswith("B is better than A (p < 0.001")
    assert result.difference.low > 0  # the paired bootstrap interval excludes 0 too

    slightly = base.copy()
    slightly[:12] = True
    slightly[500:510] = False  # 12 fixed, 10 broken: B is ahead by 2 images
    close = compare.compare_pair(a, predictions("C", y, slightly))
    assert close.accuracy_b > close.accuracy_a and close.test.method == "exact"
    assert not close.significant and close.winner is None
    assert str(close.verdict()).startswith("No significant difference between A and C")
    assert "α = 0.05" in str(close.verdict())
    same = compare.compare_pair(a, predictions("D", y, base))
    assert "exactly the same test images right" in str(same.verdict())
    set_language("ko")
    assert "유의미한 차이가 없습니다" in str(close.verdict())


def test_compare_to_first_applies_holm_across_the_comparisons() -> None:
    n = 2000
    y = np.arange(n) % 10
    rng = np.random.default_rng(5)
    runs_ = [predictions(f"run{i}", y, rng.random(n) < p) for i, p in enumerate((0.80, 0.82, 0.80, 0.86))]
    results = compare.compare_to_first(runs_)
    raw = [r.test.p_value for r in results]
    assert [r.p_adjusted for r in results] == pytest.approx(list(multipletests(raw, method="holm")[1]))
    assert all(r.comparisons == 3 for r in results)
    assert all(r.significant == (r.p_adjusted < 0.05) for r in results)
    assert "Holm" in str(results[-1].verdict())
    single = compare.compare_to_first(runs_[:2])
    assert single[0].p_adjusted is None and single[0].p_value == single[0].test.p_value


def test_runs_on_different_test_sets_cannot_be_paired_and_say_why() -> None:
    y = np.arange(100) % 10
    ok = np.ones(100, bool)
    a = predictions("A", y, ok)
    with pytest.raises(compare.CompareError, match="A was tested on mnist and B on fashion_mnist"):
        compare.compare_pair(a, predictions("B", y, ok, dataset="fashion_mnist"))
    with pytest.raises(compare.CompareError, match="100 test images and B has 60"):
        compare.compare_pair(a, predictions("B", y[:60], ok[:60]))
    relabelled = y.copy()
    relabelled[:10] = (relabelled[:10] + 1) % 10
    with pytest.raises(compare.CompareError, match="10 labels differ"):
        compare.compare_pair(a, predictions("B", relabelled, ok))
    a2 = replace(a, fingerprint="x")
    with pytest.raises(compare.CompareError, match="different test images"):
        compare.confusion_difference(a2, replace(predictions("B", y, ok), fingerprint="y"))
    assert compare.pairing_problem(a2, replace(a, name="B", fingerprint="x")) is None


def test_confusion_difference_matches_sklearn_and_finds_the_improved_classes() -> None:
    rng = np.random.default_rng(6)
    y = rng.integers(0, 4, 300)
    pred_a = np.where(rng.random(300) < 0.7, y, rng.integers(0, 4, 300))
    pred_b = np.where(y == 2, y, pred_a)  # B gets every class-2 image right, otherwise like A
    a = compare.TestPredictions("A", "mnist", y, pred_a, ("w", "x", "y", "z"))
    b = compare.TestPredictions("B", "mnist", y, pred_b, ("w", "x", "y", "z"))
    diff = compare.confusion_difference(a, b)
    assert np.array_equal(diff.matrix_a, sk_confusion_matrix(y, pred_a, labels=range(4)))
    assert np.array_equal(diff.matrix_b, sk_confusion_matrix(y, pred_b, labels=range(4)))
    assert np.array_equal(diff.difference, diff.matrix_b - diff.matrix_a)
    recall_a, recall_b = recall_score(y, pred_a, average=None), recall_score(y, pred_b, average=None)
    assert [c.recall_a for c in diff.classes] == pytest.approx(list(recall_a))
    assert [c.change for c in diff.classes] == pytest.approx(list(recall_b - recall_a))
    assert [c.name for c in diff.improved()] == ["y"] and diff.worsened() == []
    klass = diff.classes[2]
    assert klass.only_a == 0 and klass.only_b == int(np.sum((y == 2) & (pred_a != 2)))
    # the improvement map is positive wherever B does better: more on the diagonal, fewer off it
    assert np.all(diff.improvement[2] >= 0) and diff.improvement[2, 2] == klass.only_b
    assert np.all(diff.improvement[[0, 1, 3]] == 0)


def test_accuracy_summary_holds_all_three_intervals() -> None:
    y = np.arange(250) % 10
    correct = np.arange(250) % 5 != 0  # 200 of 250
    summary = compare.accuracy_summary(predictions("A", y, correct))
    assert (summary.correct, summary.n, summary.accuracy) == (200, 250, 0.8)
    assert summary.wilson == compare.accuracy_interval(200, 250, method="wilson")
    assert summary.exact.low == pytest.approx(proportion_confint(200, 250, method="beta")[0])
    assert summary.bootstrap.method == "bootstrap" and summary.bootstrap.low < 0.8 < summary.bootstrap.high
    assert summary.wilson.label == "95% Wilson interval"
    with pytest.raises(compare.CompareError, match="no test images"):
        compare.accuracy_interval(0, 0)


def test_distinct_names_keep_tables_keyed_by_name_apart() -> None:
    assert compare.distinct_names(["a", "b", "a", "a"]) == ["a", "b", "a (2)", "a (3)"]


# ================================================================ curves and leaderboard


def test_run_curves_keep_epochs_times_and_gaps() -> None:
    history = [{"epoch": 1, "elapsed": 2.5, "loss": 1.0, "accuracy": 0.6, "val_loss": 1.1, "val_accuracy": 0.55,
                "learning_rate": 0.01},
               {"epoch": 2, "elapsed": 5.0, "loss": 0.5, "accuracy": 0.8, "val_loss": None, "val_accuracy": None,
                "learning_rate": 0.01, "partial": True}]
    curves = compare.run_curves("A", history)
    assert curves.epoch == (1, 2) and curves.elapsed == (2.5, 5.0)
    assert curves.series("loss") == (1.0, 0.5) and curves.series("accuracy", validation=True) == (0.55, None)


def make_run(root: Path, name: str, dataset: str, accuracy: float | None, arch: Architecture = LENET,
             elapsed: float = 10.0, n: int = 1000, created: str | None = None) -> Path:
    run_dir = runs.create_run(arch, {"dataset": dataset}, name, summarize(arch).total_params, root=root,
                              run_dir=root / name)
    runs.append_history(run_dir, {"epoch": 1, "elapsed": elapsed, "loss": 0.5})
    if accuracy is not None:
        runs.atomic_write_json(run_dir / runs.TEST_METRICS_FILE, {"loss": 0.3, "accuracy": accuracy, "n": n})
        runs.update_run(run_dir, status="finished")
    if created:
        runs.update_run(run_dir, created=created)
    return run_dir


def test_leaderboard_sorts_by_test_accuracy_and_survives_missing_values(tmp_path: Path) -> None:
    make_run(tmp_path, "small", "mnist", 0.98, SEED_004, elapsed=30.0)
    make_run(tmp_path, "big", "mnist", 0.98, SEED_000, elapsed=50.0)
    make_run(tmp_path, "best", "mnist", 0.99, LENET, created="2020-01-01T00:00:00+00:00")
    make_run(tmp_path, "running", "mnist", None)
    make_run(tmp_path, "fashion", "fashion_mnist", 0.91)
    broken = make_run(tmp_path, "broken", "mnist", 0.5)
    (broken / runs.ARCHITECTURE_FILE).write_text("{not json", encoding="utf-8")
    (broken / runs.HISTORY_FILE).write_text(json.dumps([{"epoch": 1}]), encoding="utf-8")

    board = compare.load_leaderboard(tmp_path, dataset="mnist")
    # A run whose architecture.json cannot be read is left out of the board, with a note (issue 20, item 19).
    assert [(r.rank, r.name) for r in board] == [(1, "best"), (2, "small"), (2, "big"), (None, "running")]
    infos = runs.list_runs(tmp_path)
    left = compare.left_out_of_board(infos, {info.path: compare.run_details(info.path) for info in infos})
    assert [(info.name, "architecture.json" in str(why)) for info, why in left] == [("broken", True)]
    assert board[1].params == 104_202 and board[2].params == 333_526  # the tie goes to the smaller model
    assert board[1].training_seconds == 30.0 and board[1].flops == summarize(SEED_004).total_flops
    low, high = proportion_confint(980, 1000, method="wilson")
    assert (board[1].interval.low, board[1].interval.high) == pytest.approx((low, high))
    assert board[3].test_accuracy is None and board[3].interval is None
    everything = compare.load_leaderboard(tmp_path)
    assert {r.dataset for r in everything} == {"mnist", "fashion_mnist"} and everything[0].name == "best"


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
    got = compare.run_test_predictions(run_dir, dataset=dataset)
    expected = np.argmax(model.predict(dataset.x_test, verbose=0), axis=1)
    assert np.array_equal(got.y_pred, expected) and np.array_equal(got.y_true, dataset.y_test)
    assert got.name == "tiny" and got.class_names == ("a", "b", "c")
    assert (run_dir / "predictions_final_test.npz").exists()
    again = compare.run_test_predictions(run_dir, dataset=dataset, name="again")
    assert again.fingerprint == got.fingerprint and compare.pairing_problem(got, again) is None
