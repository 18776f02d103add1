"""What a run folder is made of: its files, its statuses and the messages it stores, `RunInfo` (a run as a list
shows it), the one JSON reader of its files, and which model file to load. The store (cnnviz.runs.store) writes
and lists runs with these; the readers of damaged files (cnnviz.runs.files) check them."""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cnnviz.i18n import CnnvizError, Message, current_key, has_text, msg

RUNS_DIR_ENV = "CNNVIZ_RUNS_DIR"
RUN_FILE = "run.json"
ARCHITECTURE_FILE = "architecture.json"
CONFIG_FILE = "config.json"
HISTORY_FILE = "history.json"
TEST_METRICS_FILE = "test_metrics.json"
BEST_MODEL = "best.keras"
FINAL_MODEL = "final.keras"
INITIAL_WEIGHTS = "initial.weights.h5"  # the weights before the first step, for "what did training change?"
EVENTS_FILE = "events.jsonl"
STOP_FILE = "STOP"
STARTED_FILE = "STARTED"
HEARTBEAT_FILE = "heartbeat.json"
HEARTBEAT_SECONDS = 5.0  # how often a job rewrites its heartbeat
# A running run whose heartbeat has not moved for this long has no live job, whatever its worker process does
# (a job that failed without being able to say so, e.g. its folder became unwritable).
HEARTBEAT_STALE_SECONDS = 90.0

# The statuses run.json holds: a job owns the run while it is ACTIVE; DONE is how it ended.
ACTIVE = ("queued", "running")
DONE = ("finished", "stopped", "diverged", "failed")
STATUSES = (*ACTIVE, *DONE)
KEPT = ("finished", "stopped")  # ended with a model the student chose to keep (not failed, diverged or running)
INTERRUPTED = "interrupted"  # shown, never written: "running" on disk but no live process owns it
DAMAGED = "damaged"  # shown, never written: run.json itself cannot be read
# A run trained on another machine (a Dask worker elsewhere) whose events have not moved for this long is taken
# for lost: its machine cannot be asked whether the process still lives.
STALE_SECONDS = 15 * 60
MAX_NAME = 100
RUN_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")


class RunError(CnnvizError):
    """A run folder that is missing, incomplete or unreadable: a catalog key (`runs.*`)."""


def status_message(status: str) -> Message:
    """A run status (queued, running, ..., interrupted, damaged) as a text to show; an unknown one as it is."""
    key = f"runs.status.{status}"
    return msg(key) if has_text(key) else msg("runs.stored_text", text=status)


# ---- messages stored in run.json and events.jsonl ------------------------------------------------------------
# A message is written three times: `message` (the English text, for people reading the file and old readers),
# `message_key` and `message_params` (to show it in the reader's language). `stored_message` reads it back.


def message_fields(message: Message | str | None, name: str = "message") -> dict[str, Any]:
    """The fields that store `message` under `name` (a run's status message, an event's message); a plain string
    is stored as it is, without a key."""
    if message is None or isinstance(message, str):
        return {name: message or "", f"{name}_key": None, f"{name}_params": {}}
    stored = message.to_dict()
    return {name: message.text("en"), f"{name}_key": stored["key"], f"{name}_params": stored["params"]}


def stored_message(record: Mapping[str, Any], name: str = "message") -> Message | None:
    """The message `message_fields` stored in a record, in whatever language it is shown; the stored English text
    for records without a usable key (old run folders, a key this version does not know, damaged parameters)."""
    key = record.get(f"{name}_key")
    key = current_key(key) if isinstance(key, str) else key
    if isinstance(key, str) and has_text(key):
        message = Message.from_dict({"key": key, "params": record.get(f"{name}_params")})
        try:
            if message is not None:
                message.text("en")  # the stored parameters fill the text (a hand-edited file may not)
                return message
        except (KeyError, IndexError, ValueError, TypeError, AttributeError):
            pass
    text = record.get(name)
    return msg("runs.stored_text", text=text) if isinstance(text, str) and text else None


@dataclass(frozen=True)
class RunInfo:
    path: Path
    name: str
    dataset: str
    params: int
    best_val_accuracy: float | None
    created: str
    status: str
    input_shape: tuple[int, ...]
    epochs_done: int = 0
    test_accuracy: float | None = None
    status_message: Message | None = None  # why it ended as it did (failed, diverged, stopped)
    problem_messages: tuple[Message, ...] = ()  # what is damaged in the folder (the run is still listed)
    training_seconds: float | None = None

    @property
    def run_id(self) -> str:
        return self.path.name

    @property
    def message(self) -> str:
        """`status_message` in the current language ("" when there is none)."""
        return "" if self.status_message is None else str(self.status_message)

    @property
    def problems(self) -> tuple[str, ...]:
        """`problem_messages` in the current language."""
        return tuple(str(problem) for problem in self.problem_messages)

    @property
    def status_text(self) -> Message:
        return status_message(self.status)

    @property
    def has_model(self) -> bool:
        return any(intact_model(self.path / name) for name in (FINAL_MODEL, BEST_MODEL))

    @property
    def damaged_models(self) -> tuple[str, ...]:
        """The model files this run has that cannot be loaded (cut short by a kill, or damaged by hand)."""
        return tuple(name for name in (FINAL_MODEL, BEST_MODEL)
                     if (self.path / name).exists() and not intact_model(self.path / name))

    @property
    def active(self) -> bool:
        return self.status in ACTIVE


def read_json(path: str | Path, default: Any = None) -> Any:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        if default is not None:
            return default
        raise RunError("runs.file_missing", path=str(path)) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RunError("runs.file_unreadable", path=str(path), reason=str(exc)) from None


def intact_model(path: Path) -> bool:
    """A .keras file is a zip archive: one cut short by a crash (or damaged by hand) is not one."""
    try:
        return path.is_file() and zipfile.is_zipfile(path)
    except OSError:
        return False


def model_path(run_dir: str | Path, which: str = "final") -> Path:
    """final.keras (or best.keras when asked, or when final is missing or damaged, e.g. cut short by a kill)."""
    run_dir = Path(run_dir)
    order = [FINAL_MODEL, BEST_MODEL] if which == "final" else [BEST_MODEL, FINAL_MODEL]
    for name in order:
        if intact_model(run_dir / name):
            return run_dir / name
    damaged = [name for name in order if (run_dir / name).exists()]
    if damaged:  # the one model loader refuses it, naming the file, in the same words as any other bad file
        return run_dir / damaged[0]
    raise RunError("runs.no_model", name=run_dir.name, final=FINAL_MODEL, best=BEST_MODEL)
