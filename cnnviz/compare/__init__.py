"""Comparing runs: architecture and training-settings diffs (`diff`), one run's predictions on its test set and the
paired statistics on the same test images (`stats`), confusion matrices and their difference (`confusion`),
learning curves and the leaderboard (`leaderboard`). `CompareError` (below) is the error of all four.

May import cnnviz.arch, data, runs and inspect (never train: a comparison reads finished run folders)."""

from cnnviz.i18n import CnnvizError


class CompareError(CnnvizError):
    """Runs that cannot be compared the way asked (different test sets, no test images, ...)."""
