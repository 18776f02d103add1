"""Confusion matrices of two runs on the same test images, their difference, and each class's recall change with
McNemar's test on that class's images."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from cnnviz.compare.stats import TestPredictions, check_paired, mcnemar_test


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
