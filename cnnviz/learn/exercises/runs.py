"""Train and look exercises, checked from run folders: a finished run, its dataset, best validation accuracy,
epochs and the epoch early stopping restored (`restored_epoch`), and how to train one; a look answer is right
when the network got the test image wrong.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cnnviz.i18n import CnnvizError, Joined, Message, msg, t
from cnnviz.learn.course import Exercise
from cnnviz.learn.exercises.answers import AnswerError, LookAnswer, Verdict

if TYPE_CHECKING:
    from cnnviz.runs.layout import RunInfo

LOOK_NEEDS: tuple[str, ...] = ("mistake_explained",)
TRAIN_FIELDS = ("dataset", "min_val_accuracy", "max_epochs", "early_stopping_restored")


def _finished_run(path: Any, kind: str) -> RunInfo | Verdict:
    """The RunInfo of a finished run folder; AnswerError when it is not a run, a Verdict when it did not finish."""
    from cnnviz.runs import store as runs

    if not isinstance(path, Path):
        raise AnswerError("exercises.answer_type", kind=kind, expected=msg("exercises.expect_run"))
    try:
        info = runs.load_run(path)
    except CnnvizError as exc:
        raise AnswerError("exercises.not_a_run", folder=path.name, reason=exc) from None
    if info.status in ("queued", "running"):
        return Verdict(False, msg("exercises.t_not_finished", run=info.name, status=info.status_text))
    if info.status == "stopped":
        return Verdict(False, msg("exercises.t_stopped", run=info.name))
    if info.status != "finished":
        return Verdict(False, msg("exercises.t_failed", run=info.name, status=info.status_text))
    return info


def _history(path: Path) -> list[dict[str, Any]]:
    from cnnviz.runs import store as runs

    try:
        history = runs.read_json(path / runs.HISTORY_FILE, default=[])
    except CnnvizError:
        return []
    return [h for h in history if isinstance(h, dict) and not h.get("partial")] if isinstance(history, list) else []


def _config(path: Path) -> dict[str, Any]:
    from cnnviz.runs import store as runs
    from cnnviz.train.config import TrainingConfig

    try:
        stored = runs.load_config(path)
    except CnnvizError:
        stored = {}
    return {**TrainingConfig().to_dict(), **(stored if isinstance(stored, dict) else {})}


def _metric(entry: dict[str, Any], name: str) -> float | None:
    value = entry.get(name)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return float(value)


def _epoch_of(entry: dict[str, Any], index: int) -> int:
    epoch = entry.get("epoch")
    return epoch if isinstance(epoch, int) and not isinstance(epoch, bool) else index + 1


def _best_accuracy(history: list[dict[str, Any]], info: RunInfo) -> tuple[float | None, int | None]:
    scored = [(_metric(h, "val_accuracy"), _epoch_of(h, i)) for i, h in enumerate(history)]
    scored = [(acc, epoch) for acc, epoch in scored if acc is not None]
    if scored:
        best = max(acc for acc, _ in scored)
        return best, next(epoch for acc, epoch in scored if acc == best)  # Keras keeps the first best one
    return info.best_val_accuracy, None


def restored_epoch(history: list[dict[str, Any]]) -> int | None:
    """The epoch EarlyStopping(monitor="val_loss", restore_best_weights=True) restores: the first with the lowest
    validation loss (Keras counts only a strictly lower loss as better). None when the history has no val_loss."""
    best: tuple[float, int] | None = None
    for index, entry in enumerate(history):
        loss = _metric(entry, "val_loss")
        if loss is not None and (best is None or loss < best[0]):
            best = (loss, _epoch_of(entry, index))
    return None if best is None else best[1]


def _check_train(exercise: Exercise, answer: Any) -> Verdict:
    info = _finished_run(answer, "train")
    if isinstance(info, Verdict):
        return info
    check, path = exercise.check, answer
    config, history = _config(path), _history(path)
    dataset = info.dataset or config["dataset"]  # run.json's, else config.json's (or the default)
    epochs_done = len(history) or info.epochs_done
    problems: list[Message] = []
    facts: list[Message] = [msg("exercises.t_fact_dataset", dataset=dataset)]
    if "dataset" in check and dataset != check["dataset"]:
        problems.append(msg("exercises.t_dataset", got=dataset, want=check["dataset"]))
    best, best_epoch = _best_accuracy(history, info)
    if "min_val_accuracy" in check:
        where = msg("exercises.t_epoch", epoch=best_epoch) if best_epoch is not None else ""
        if best is None:
            problems.append(msg("exercises.t_no_accuracy", want=check["min_val_accuracy"]))
        elif best < check["min_val_accuracy"]:
            problems.append(msg("exercises.t_accuracy", got=best, want=check["min_val_accuracy"], where=where))
        else:
            facts.append(msg("exercises.t_fact_accuracy", got=best, where=where))
    if "max_epochs" in check:
        if epochs_done > check["max_epochs"]:
            problems.append(msg("exercises.t_epochs", got=epochs_done, want=check["max_epochs"]))
        else:
            facts.append(msg("exercises.t_fact_epochs", got=epochs_done))
    if check.get("early_stopping_restored"):
        problem, fact = _early_stopping(config, history, epochs_done)
        problems.extend([problem] if problem else [])
        facts.extend([fact] if fact else [])
    if problems:
        if len(problems) == 1:
            return Verdict(False, problems[0])
        return Verdict(False, msg("exercises.train_wrong", problems=Joined(tuple(problems), "\n- ")))
    return Verdict(True, msg("exercises.train_right", run=info.name, facts=Joined(tuple(facts), "; ")))


def _early_stopping(config: dict[str, Any], history: list[dict[str, Any]],
                    epochs_done: int) -> tuple[Message | None, Message | None]:
    if not config.get("early_stopping"):
        return msg("exercises.t_es_off"), None
    if not config.get("restore_best_weights"):
        return msg("exercises.t_restore_off"), None
    planned = config.get("epochs")
    if isinstance(planned, int) and epochs_done >= planned:
        return msg("exercises.t_es_never_stopped", epochs=planned, patience=config.get("patience")), None
    epoch = restored_epoch(history)
    if epoch is None:
        return msg("exercises.t_no_val_loss"), None
    return None, msg("exercises.t_fact_restored", last=epochs_done, epoch=epoch)


def _class_name(run: Path, label: int) -> str:
    from cnnviz.runs import store as runs

    try:
        names = runs.run_class_names(run)
    except CnnvizError:
        names = None
    return names[label] if names and 0 <= label < len(names) else str(label)


def _check_look(exercise: Exercise, answer: Any) -> Verdict:
    if not isinstance(answer, LookAnswer):
        raise AnswerError("exercises.answer_type", kind="look", expected=msg("exercises.expect_look"))
    info = _finished_run(answer.run, "look")
    if isinstance(info, Verdict):
        return info
    label, predicted = _class_name(answer.run, answer.label), _class_name(answer.run, answer.predicted)
    if answer.label != answer.predicted:
        return Verdict(True, msg("exercises.look_right", image=answer.image, label=label, predicted=predicted))
    return Verdict(False, msg("exercises.look_not_a_mistake", image=answer.image, label=label))


def _train_howto(check_: dict[str, Any]) -> str:
    steps = [msg("exercises.howto_dataset", dataset=check_["dataset"]) if "dataset" in check_ else None,
             msg("exercises.howto_epochs", epochs=check_["max_epochs"]) if "max_epochs" in check_ else None,
             msg("exercises.howto_early_stopping") if check_.get("early_stopping_restored") else None,
             msg("exercises.howto_accuracy", want=check_["min_val_accuracy"]) if "min_val_accuracy" in check_
             else None]
    return t("exercises.solution_train", steps=Joined(tuple(s for s in steps if s is not None), " "))
