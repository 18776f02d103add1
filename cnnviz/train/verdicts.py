"""Whether a run that ran to the end learned: `divergence_verdict` says why not (the loss diverged, or it stayed at
chance), with advice on the learning rate (`lr_advice`, also given when the loss stops being a number)."""

from __future__ import annotations

import math
from typing import Any

from cnnviz.i18n import Message, msg

# A verdict of "diverged": the loss ended this many times above where it started...
DIVERGED_LOSS_FACTOR = 3.0
# ...or validation accuracy stayed within this margin of chance (1 / classes) while the loss did not fall at all.
CHANCE_MARGIN = 0.05
STUCK_LOSS_SHARE = 0.98  # "did not fall": the last loss still this share of the first (a slow start falls more)


def lr_advice(learning_rate: float) -> Message:
    return msg("training.lr_advice", lr=learning_rate)


def divergence_verdict(first_loss: float | None, history: list[dict[str, Any]], num_classes: int,
                       learning_rate: float) -> Message | None:
    """Why a run that ran to the end must not be called a success, or None when it learned.

    Diverged: the last complete epoch's loss ended far above where training started. Stuck: validation
    accuracy never rose above chance (1 / classes, plus a small margin) while the loss did not fall."""
    complete = [h for h in history if not h.get("partial") and _finite(h.get("loss"))]
    if first_loss is None or not math.isfinite(first_loss) or not complete:
        return None
    last_loss = float(complete[-1]["loss"])
    chance = 1.0 / max(num_classes, 1)
    val_accuracies = [float(h["val_accuracy"]) for h in complete if _finite(h.get("val_accuracy"))]
    best_val = max(val_accuracies) if val_accuracies else None
    advice = lr_advice(learning_rate)
    if last_loss > DIVERGED_LOSS_FACTOR * first_loss:
        return msg("training.diverged", last=_readable(last_loss), first=float(first_loss), advice=advice)
    if best_val is not None and best_val <= chance + CHANCE_MARGIN and last_loss >= STUCK_LOSS_SHARE * first_loss:
        return msg("training.stuck", best=best_val, classes=num_classes, chance=chance, first=float(first_loss),
                   last=last_loss, advice=advice)
    return None


def divergence_message(first_loss: float | None, history: list[dict[str, Any]], num_classes: int,
                       learning_rate: float) -> str | None:
    """`divergence_verdict` in the current language."""
    verdict = divergence_verdict(first_loss, history, num_classes, learning_rate)
    return None if verdict is None else str(verdict)


def _readable(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.4g}"


def _finite(value: Any) -> bool:
    return isinstance(value, int | float) and math.isfinite(value)
