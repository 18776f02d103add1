"""cnnviz.compare.confusion: confusion matrices and their difference against scikit-learn."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.metrics import confusion_matrix as sk_confusion_matrix
from sklearn.metrics import recall_score

from cnnviz.compare.confusion import confusion_difference
from cnnviz.compare.stats import TestPredictions


def test_confusion_difference_matches_sklearn_and_finds_the_improved_classes() -> None:
    rng = np.random.default_rng(6)
    y = rng.integers(0, 4, 300)
    pred_a = np.where(rng.random(300) < 0.7, y, rng.integers(0, 4, 300))
    pred_b = np.where(y == 2, y, pred_a)  # B gets every class-2 image right, otherwise like A
    a = TestPredictions("A", "mnist", y, pred_a, ("w", "x", "y", "z"))
    b = TestPredictions("B", "mnist", y, pred_b, ("w", "x", "y", "z"))
    diff = confusion_difference(a, b)
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
