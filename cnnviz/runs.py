"""Training runs on disk: one folder per run under `runs_root()`.

A run folder holds::

    run.json            name, status, created, dataset, params, best_val_accuracy, input_shape, pid, ...
    architecture.json   the architecture spec (cnnviz.spec JSON)
    config.json         the training options (dataset, val_fraction, seed, limit, optimizer, ...)
    history.json        one dict per finished epoch, rewritten after every epoch
    events.jsonl        the job's stream, appended as it happens: batch and epoch metrics, phases, state
    best.keras          the best checkpoint (highest val_accuracy so far)
    final.keras         the model at the end of training (also after Stop)
    test_metrics.json   loss and accuracy on the test set
    STOP                present when someone asked the job to stop (the job checks it every batch)
    STARTED             made (exclusively) when a job starts training the queued run: a second start is refused
    heartbeat.json      rewritten by the job every few seconds while it lives (its memory); "ended" when it ends

Every write goes to a temporary file in the same folder that then replaces the target (`os.replace`),
so a kill at any moment leaves either the old or the new file, never half of one; events.jsonl is only
appended to, a line at a time. The job (in a Dask worker, or in the CLI's own process), the pages and a
restarted server all read the same folder: it is the one truth about a run.

Any of these files may be damaged by a crash or by hand: a damaged run is still listed, with what is wrong
(`RunInfo.problems`), and whatever still works (its history, an intact checkpoint) is kept.
TensorFlow is imported only by the functions that load or save models.
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import socket
import tempfile
import threading
import time
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cnnviz.i18n import CnnvizError, Message, has_text, msg
from cnnviz.spec import Architecture

if TYPE_CHECKING:
    import keras

    from cnnviz.data import Dataset, Split

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

STATUSES = ("queued", "running", "stopped", "finished", "diverged", "failed")
ACTIVE = ("queued", "running")
INTERRUPTED = "interrupted"  # shown, never written: "running" on disk but no live process owns it
DAMAGED = "damaged"  # shown, never written: run.json itself cannot be read
# A run trained on another machine (a Dask worker elsewhere) whose events have not moved for this long is taken
# for lost: its machine cannot be asked whether the process still lives.
STALE_SECONDS = 15 * 60
MAX_NAME = 100
RUN_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")

# Run folders being trained by this process (a TrainingJob registers its folder while it runs).
_live_runs: set[Path] = set()
_live_lock = threading.Lock()
_write_lock = threading.Lock()


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
        return any(_intact_model(self.path / name) for name in (FINAL_MODEL, BEST_MODEL))

    @property
    def damaged_models(self) -> tuple[str, ...]:
        """The model files this run has that cannot be loaded (cut short by a kill, or damaged by hand)."""
        return tuple(name for name in (FINAL_MODEL, BEST_MODEL)
                     if (self.path / name).exists() and not _intact_model(self.path / name))

    @property
    def active(self) -> bool:
        return self.status in ACTIVE


# ---- atomic writes ------------------------------------------------------------------------------


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_json(path: str | Path, obj: Any) -> None:
    atomic_write_bytes(path, json.dumps(obj, indent=2, default=_json_default).encode("utf-8"))


def _json_default(value: Any) -> Any:
    if hasattr(value, "tolist"):  # numpy arrays and scalars
        return value.tolist()
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def save_model_atomic(model: keras.Model, path: str | Path) -> None:
    """model.save() (or model.save_weights() for a `.weights.h5` path) into a temporary file beside `path`,
    then rename it over `path`."""
    path = Path(path)
    weights_only = path.name.endswith(".weights.h5")
    suffix = ".weights.h5" if weights_only else ".keras"
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name.split('.')[0]}.", suffix=suffix)
    os.close(fd)
    try:
        if weights_only:
            model.save_weights(tmp)
        else:
            model.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_json(path: str | Path, default: Any = None) -> Any:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        if default is not None:
            return default
        raise RunError("runs.file_missing", path=str(path)) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RunError("runs.file_unreadable", path=str(path), reason=str(exc)) from None


# ---- creating and updating ----------------------------------------------------------------------


def runs_root() -> Path:
    return Path(os.environ.get(RUNS_DIR_ENV) or "runs")


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", text).strip("-")[:40] or "run"


def now_iso() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def clean_name(name: str) -> str:
    """A run name as plain text on one line, at most MAX_NAME characters (it never becomes a path)."""
    flat = " ".join("".join(ch if ch.isprintable() else " " for ch in str(name)).split())
    return flat[:MAX_NAME]


def create_run(architecture: Architecture, config: dict[str, Any], name: str, params: int,
               root: str | Path | None = None, run_dir: str | Path | None = None, status: str = "running",
               **fields: Any) -> Path:
    """Make a new run folder (a fresh unique one under root, or exactly `run_dir`) with its first files.
    A server queueing a job creates it "queued"; `fields` go into run.json too."""
    if run_dir is None:
        base = Path(root) if root is not None else runs_root()
        base.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        run_dir = base / f"{stamp}-{_slug(name)}"
        suffix = 1
        while run_dir.exists():
            suffix += 1
            run_dir = base / f"{stamp}-{_slug(name)}-{suffix}"
    run_dir = Path(run_dir)
    if (run_dir / RUN_FILE).exists():
        raise RunError("runs.already_a_run", folder=str(run_dir))
    run_dir.mkdir(parents=True, exist_ok=True)
    atomic_write_json(run_dir / ARCHITECTURE_FILE, architecture.to_dict())
    atomic_write_json(run_dir / CONFIG_FILE, config)
    atomic_write_json(run_dir / HISTORY_FILE, [])
    atomic_write_json(run_dir / RUN_FILE, {
        "name": clean_name(name) or "run", "status": status, "created": now_iso(),
        "dataset": config.get("dataset", ""), "params": int(params), "best_val_accuracy": None,
        "input_shape": list(architecture.input_shape), **message_fields(None),
        **({"pid": os.getpid(), "worker": this_process()} if status == "running" else {}), **fields,
    })
    return run_dir


def this_process() -> dict[str, Any]:
    return {"host": socket.gethostname(), "pid": os.getpid()}


def start_run(run_dir: str | Path, config: dict[str, Any], params: int) -> None:
    """A queued run starts in this process: record who trains it, and the settings it derived (data source...)."""
    atomic_write_json(Path(run_dir) / CONFIG_FILE, config)
    update_run(run_dir, status="running", started=now_iso(), params=int(params), pid=os.getpid(),
               worker=this_process())


def update_run(run_dir: str | Path, **fields: Any) -> dict[str, Any]:
    """Merge fields into run.json (atomically) and return the new content."""
    path = Path(run_dir) / RUN_FILE
    with _write_lock:
        data = read_json(path)
        data.update(fields)
        atomic_write_json(path, data)
    return data


def append_history(run_dir: str | Path, epoch_logs: dict[str, Any]) -> list[dict[str, Any]]:
    path = Path(run_dir) / HISTORY_FILE
    with _write_lock:
        history = read_json(path, default=[])
        history.append(epoch_logs)
        atomic_write_json(path, history)
    return history


def register_live(run_dir: Path) -> None:
    with _live_lock:
        _live_runs.add(Path(run_dir).resolve())


def unregister_live(run_dir: Path) -> None:
    with _live_lock:
        _live_runs.discard(Path(run_dir).resolve())


def _pid_alive(pid: Any) -> bool:
    if not isinstance(pid, int) or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _process_alive(owner: Any, run_dir: Path, trains: bool = True) -> bool:
    """Whether the process recorded as {"host", "pid"} still lives. On this machine: ask the system (and, when it is
    this very process and `trains`, whether it really trains that run). On another machine: trust it while its
    events move."""
    if not isinstance(owner, dict):
        return False
    if owner.get("host") not in (None, socket.gethostname()):
        events = run_dir / EVENTS_FILE
        seen = events.stat().st_mtime if events.exists() else (run_dir / RUN_FILE).stat().st_mtime
        return time.time() - seen < STALE_SECONDS
    pid = owner.get("pid")
    if pid == os.getpid() and trains:
        with _live_lock:
            return run_dir.resolve() in _live_runs
    return pid == os.getpid() or _pid_alive(pid)


def _effective_status(run_dir: Path, data: dict[str, Any]) -> str:
    """The status on disk, except that a run no live job owns any more is "interrupted" (its heartbeat ended or
    stopped, or its process is gone). A queued job is owned by the server that queued it when that server runs the
    embedded cluster (its workers die with it); on a separate Dask cluster it waits there whatever happens to the
    server."""
    status = data.get("status", "failed")
    if status == "running":
        if job_alive(run_dir) is False:
            return INTERRUPTED
        owner = data.get("worker") or {"host": socket.gethostname(), "pid": data.get("pid")}
        return status if _process_alive(owner, run_dir) else INTERRUPTED
    if status == "queued":
        queued_by = data.get("queued_by") or {}
        if queued_by.get("scheduler") == "embedded" and not _process_alive(queued_by, run_dir, trains=False):
            return INTERRUPTED
    return status if status in STATUSES else DAMAGED


# ---- reading ------------------------------------------------------------------------------------


def _text(value: Any, default: str = "") -> str:
    return value if isinstance(value, str) else default


def _number(value: Any) -> float | None:
    if not isinstance(value, int | float) or isinstance(value, bool):
        return None
    try:
        return float(value) if math.isfinite(value) else None
    except OverflowError:  # a 400-digit integer written by hand
        return None


def _shape(value: Any) -> tuple[int, ...]:
    if isinstance(value, list) and all(isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in value):
        return tuple(value)
    return ()


def _read_part(path: Path, default: Any, expected: type, problems: list[Message]) -> Any:
    """A run file's content, or `default` (noting what is wrong) when it is damaged."""
    try:
        value = read_json(path, default=default)
    except RunError as exc:
        problems.append(exc.as_message())
        return default
    if not isinstance(value, expected):
        problems.append(msg("runs.wrong_type", file=path.name, got=type(value).__name__, expected=expected.__name__))
        return default
    return value


def load_run(path: str | Path) -> RunInfo:
    """The run in this folder. Only a folder without run.json is not a run (RunError); any damaged file inside
    is noted in `problems` and the rest of the run is read as well as it can be."""
    run_dir = Path(path)
    if not (run_dir / RUN_FILE).exists():
        if lost_its_run_json(run_dir):
            return run_without_run_json(run_dir)
        raise RunError("runs.not_a_run", folder=str(run_dir), file=RUN_FILE)
    problems: list[Message] = []
    data = _read_part(run_dir / RUN_FILE, {}, dict, problems)
    history = _read_part(run_dir / HISTORY_FILE, [], list, problems)
    test = _test_metrics(run_dir, problems)
    problems.extend(_model_problems(run_dir))
    for key, check in (("params", _number), ("input_shape", _shape)):
        if key in data and not check(data[key]):
            problems.append(msg("runs.unusable_value", file=RUN_FILE, key=repr(key)))
    epochs = [h for h in history if isinstance(h, dict)]
    elapsed = [_number(h.get("elapsed")) for h in epochs]
    return RunInfo(
        path=run_dir,
        name=clean_name(_text(data.get("name"))) or run_dir.name,
        dataset=_text(data.get("dataset")),
        params=int(_number(data.get("params")) or 0),
        best_val_accuracy=_number(data.get("best_val_accuracy")),
        created=_text(data.get("created")),
        status=_effective_status(run_dir, data) if data else DAMAGED,
        input_shape=_shape(data.get("input_shape")),
        epochs_done=len([h for h in epochs if not h.get("partial")]),
        test_accuracy=_number(test.get("accuracy")),
        status_message=stored_message(data),
        problem_messages=tuple(problems),
        training_seconds=next((e for e in reversed(elapsed) if e is not None), None),
    )


def list_runs(root: str | Path | None = None) -> list[RunInfo]:
    """Every run under root, newest first; damaged ones too (with their problems). Folders without a run.json
    are not runs and are skipped."""
    base = Path(root) if root is not None else runs_root()
    if not base.is_dir():
        return []
    runs = []
    for child in base.iterdir():
        if child.is_dir() and ((child / RUN_FILE).exists() or lost_its_run_json(child)):
            try:
                runs.append(load_run(child))
            except RunError:
                continue
    return sorted(runs, key=lambda r: (r.created, r.path.name), reverse=True)


# ---- run folders with damaged or missing files (the readers are in cnnviz.runfiles) ----------------------


def lost_its_run_json(run_dir: Path) -> bool:
    """A folder with a model file but no run.json: a run whose run.json was deleted (a job writes run.json before
    any model, so a run being created never looks like this)."""
    return (not (run_dir / RUN_FILE).exists()
            and any((run_dir / name).is_file() for name in (FINAL_MODEL, BEST_MODEL)))


def run_without_run_json(run_dir: Path) -> RunInfo:
    """Such a run, listed as damaged under its folder's name, with what its other files still say."""
    from cnnviz.runfiles import read_architecture, read_stored_config

    problems = [msg("runfiles.run_json_missing", file=RUN_FILE)]
    config = read_stored_config(run_dir).value or {}
    architecture = read_architecture(run_dir).value
    history = _read_part(run_dir / HISTORY_FILE, [], list, problems)
    test = _test_metrics(run_dir, problems)
    return RunInfo(path=run_dir, name=run_dir.name, dataset=_text(config.get("dataset")), params=0,
                   best_val_accuracy=None, created="", status=DAMAGED,
                   input_shape=tuple(architecture.input_shape) if architecture is not None else (),
                   epochs_done=len([h for h in history if isinstance(h, dict) and not h.get("partial")]),
                   test_accuracy=_number(test.get("accuracy")), problem_messages=tuple(problems))


def _model_problems(run_dir: Path) -> list[Message]:
    """Each damaged model file, saying which one is shown instead when the other is whole."""
    problems = []
    for name, other in ((FINAL_MODEL, BEST_MODEL), (BEST_MODEL, FINAL_MODEL)):
        if (run_dir / name).exists() and not _intact_model(run_dir / name):
            instead = _intact_model(run_dir / other)
            problems.append(msg("runfiles.model_damaged_instead", file=name, instead=other) if instead
                            else msg("runs.model_damaged", file=name))
    return problems


def _test_metrics(run_dir: Path, problems: list[Message]) -> dict[str, Any]:
    from cnnviz.runfiles import read_test_metrics

    read = read_test_metrics(run_dir)
    problems.extend(read.problems)
    return read.value


def load_history(run_dir: str | Path) -> list[dict[str, Any]]:
    return read_json(Path(run_dir) / HISTORY_FILE, default=[])


def load_test_metrics(run_dir: str | Path) -> dict[str, Any]:
    return read_json(Path(run_dir) / TEST_METRICS_FILE, default={})


def load_architecture(run_dir: str | Path) -> Architecture:
    return Architecture.from_dict(read_json(Path(run_dir) / ARCHITECTURE_FILE))


def load_config(run_dir: str | Path) -> dict[str, Any]:
    return read_json(Path(run_dir) / CONFIG_FILE)


def _intact_model(path: Path) -> bool:
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
        if _intact_model(run_dir / name):
            return run_dir / name
    damaged = [name for name in order if (run_dir / name).exists()]
    if damaged:  # the one model loader refuses it, naming the file, in the same words as any other bad file
        return run_dir / damaged[0]
    raise RunError("runs.no_model", name=run_dir.name, final=FINAL_MODEL, best=BEST_MODEL)


def load_model(run_dir: str | Path, which: str = "final") -> keras.Model:
    """The run's model (not compiled), through the one loader (cnnviz.modelfile); ModelLoadError says why not."""
    from cnnviz.modelfile import load_model_file

    return load_model_file(model_path(run_dir, which))


def run_class_names(run_dir: str | Path) -> tuple[str, ...] | None:
    """The class names the run trained with: recorded in its config (user datasets need this), else those of
    the built-in dataset it names; None when neither is known."""
    from cnnviz.data import DATASET_INFO

    try:
        config = load_config(run_dir)
    except RunError:
        return None
    if not isinstance(config, dict):  # damaged by hand: cnnviz.runfiles says so where it matters
        return None
    names = config.get("class_names")
    if isinstance(names, list) and names and all(isinstance(n, str) for n in names):
        return tuple(names)
    info = DATASET_INFO.get(str(config.get("dataset", "")).strip().lower().replace("-", "_"))
    return info.class_names if info else None


def model_bytes(run_dir: str | Path, which: str = "final") -> bytes:
    """The .keras file's bytes, for a download button."""
    return model_path(run_dir, which).read_bytes()


def run_dataset(run_dir: str | Path) -> Dataset:
    """Reload the dataset the run trained on (cached per process by `cnnviz.data`)."""
    from cnnviz.data import load_training_dataset
    from cnnviz.runfiles import config_for_data

    config = config_for_data(run_dir)
    return load_training_dataset(config["dataset"], config.get("data_path"),
                                 sample=bool(config.get("dataset_is_sample") or config.get("sample")))


def run_split(run_dir: str | Path) -> tuple[Dataset, Split]:
    """Reload the run's dataset and recreate the exact train/validation split it trained on."""
    from cnnviz.data import split_train_val
    from cnnviz.runfiles import config_for_data

    config = config_for_data(run_dir)
    dataset = run_dataset(run_dir)
    split = split_train_val(dataset, val_fraction=float(config.get("val_fraction", 0.2)),
                            seed=int(config.get("seed", 42)), limit=config.get("limit"))
    return dataset, split


# ---- managing -----------------------------------------------------------------------------------


def rename_run(run_dir: str | Path, new_name: str) -> RunInfo:
    """Change the run's display name (the folder stays put, so paths held elsewhere stay valid)."""
    if len(new_name.strip()) > MAX_NAME:
        raise RunError("runs.name_too_long", limit=MAX_NAME)
    new_name = clean_name(new_name)
    if not new_name:
        raise RunError("runs.name_empty")
    update_run(run_dir, name=new_name)
    return load_run(run_dir)


def delete_run(run_dir: str | Path) -> None:
    """Remove a run folder. Refuses folders that are not runs and runs this process is still training."""
    run_dir = Path(run_dir)
    if not (run_dir / RUN_FILE).exists() and not lost_its_run_json(run_dir):
        raise RunError("runs.not_deleting", folder=str(run_dir), file=RUN_FILE)
    if load_run(run_dir).active:
        raise RunError("runs.still_active")
    shutil.rmtree(run_dir)


# ---- the event stream and the stop flag -------------------------------------------------------------


def append_events(run_dir: str | Path, records: list[dict[str, Any]]) -> None:
    """Append records to events.jsonl, one JSON line each (a reader ignores an unfinished last line)."""
    if not records:
        return
    text = "".join(json.dumps(record, default=_json_default, allow_nan=True) + "\n" for record in records)
    with open(Path(run_dir) / EVENTS_FILE, "a", encoding="utf-8") as stream:
        stream.write(text)
        stream.flush()


def read_events(run_dir: str | Path, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """The complete events after byte `offset`, and the offset to read from next time (tail the file)."""
    path = Path(run_dir) / EVENTS_FILE
    try:
        with open(path, "rb") as stream:
            stream.seek(offset)
            data = stream.read()
    except OSError:
        return [], offset
    end = data.rfind(b"\n") + 1
    events = []
    for line in data[:end].splitlines():
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError):
            continue  # a damaged line (by hand, or a crash mid-write on some filesystems) is skipped
        if isinstance(record, dict):
            events.append(record)
    return events, offset + end


def request_stop(run_dir: str | Path) -> None:
    """Ask the job training this run to stop after its current batch (or not to start, if it is queued).
    RunError when the folder cannot be written."""
    try:
        atomic_write_bytes(Path(run_dir) / STOP_FILE, now_iso().encode())
    except OSError as exc:
        raise RunError("runs.cannot_stop", folder=str(run_dir), reason=exc.strerror or str(exc)) from None


# ---- the job's start and heartbeat: a run is alive only while its job is ---------------------------------------


def claim_start(run_dir: str | Path) -> bool:
    """Take the run's one start (an exclusive create): False when a job already started it, e.g. one whose worker
    died and that Dask would run again from the beginning into the same folder."""
    try:
        fd = os.open(Path(run_dir) / STARTED_FILE, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    except FileExistsError:
        return False
    with os.fdopen(fd, "w", encoding="utf-8") as stream:
        stream.write(json.dumps({**this_process(), "time": now_iso()}))
    return True


def write_heartbeat(run_dir: str | Path, rss: int | None, ended: bool = False) -> None:
    """The job lives (or has just ended): rewritten in place, a few bytes, so that it works wherever the file
    itself can be written; a reader copes with a half-written one."""
    record = {**this_process(), "rss": rss, "ended": ended}
    with open(Path(run_dir) / HEARTBEAT_FILE, "w", encoding="utf-8") as stream:
        stream.write(json.dumps(record))


def read_heartbeat(run_dir: str | Path) -> dict[str, Any] | None:
    """The job's last heartbeat, or None (no heartbeat yet, or caught half-written)."""
    try:
        record = json.loads((Path(run_dir) / HEARTBEAT_FILE).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    return record if isinstance(record, dict) else None


def job_alive(run_dir: str | Path) -> bool | None:
    """Whether the job training this run lives, from its heartbeat: False once it ended or went silent for
    HEARTBEAT_STALE_SECONDS, None when the run has no heartbeat (older runs: only their process is known)."""
    path = Path(run_dir) / HEARTBEAT_FILE
    try:
        beaten = path.stat().st_mtime
    except OSError:
        return None
    record = read_heartbeat(run_dir)
    if record is not None and record.get("ended") is True:
        return False
    return time.time() - beaten < HEARTBEAT_STALE_SECONDS


def stop_requested(run_dir: str | Path) -> bool:
    return (Path(run_dir) / STOP_FILE).exists()


def dataset_label(info: RunInfo) -> str:
    """The dataset a run trained on, as a table shows it: a built-in one by its id ("mnist"), the user's own by the
    name they gave it on the My data page ("my data: leaves"), or "my data (deleted)" when that folder is gone."""
    from cnnviz.data import USER_DATASET
    from cnnviz.i18n import t
    from cnnviz.userdata import read_info

    if info.dataset != USER_DATASET:
        return info.dataset
    try:
        config = load_config(info.path)
    except RunError:
        config = None
    folder = config.get("data_path") if isinstance(config, dict) else None
    dataset = read_info(folder) if isinstance(folder, str) and folder else None
    if dataset is None or not dataset.ok:
        return t("runs.dataset_own_gone")
    return t("runs.dataset_own", name=dataset.name)


def status_label(status: str) -> str:
    """A run's status in the reader's language ("finished" → "완료"); an unknown word is shown as it is."""
    from cnnviz.i18n import has_text, t

    key = f"run_status.{status}"
    return t(key) if has_text(key) else status
