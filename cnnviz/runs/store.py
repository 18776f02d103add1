"""Training runs on disk: one folder per run under `runs_root()`.

A run folder holds::

    run.json            name, status, created, dataset, params, best_val_accuracy, input_shape, pid, ...
    architecture.json   the architecture spec (cnnviz.arch.spec JSON)
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
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cnnviz.arch.spec import Architecture
from cnnviz.i18n import Message, has_text, msg
from cnnviz.io import atomic_write_bytes, atomic_write_json, json_default
from cnnviz.runs.layout import (
    ARCHITECTURE_FILE,
    BEST_MODEL,
    CONFIG_FILE,
    DAMAGED,
    EVENTS_FILE,
    FINAL_MODEL,
    HEARTBEAT_FILE,
    HEARTBEAT_STALE_SECONDS,
    HISTORY_FILE,
    INTERRUPTED,
    MAX_NAME,
    RUN_FILE,
    RUNS_DIR_ENV,
    STALE_SECONDS,
    STARTED_FILE,
    STATUSES,
    STOP_FILE,
    TEST_METRICS_FILE,
    RunError,
    RunInfo,
    intact_model,
    message_fields,
    model_path,
    read_json,
    stored_message,
)
from cnnviz.runs.layout import status_message as status_message  # readers of runs call it from here

if TYPE_CHECKING:
    import keras

    from cnnviz.data.datasets import Dataset, Split


# Run folders being trained by this process (a TrainingJob registers its folder while it runs).
_live_runs: set[Path] = set()
_live_lock = threading.Lock()
_write_lock = threading.Lock()



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


def stored_status(run_dir: str | Path) -> str | None:
    """The status run.json holds, as written (None when it cannot be read): "running" also for a run no live job
    owns any more, which `load_run` calls interrupted."""
    try:
        data = read_json(Path(run_dir) / RUN_FILE, default={})
    except RunError:
        return None
    status = data.get("status") if isinstance(data, dict) else None
    return status if isinstance(status, str) else None


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


# ---- run folders with damaged or missing files (the readers are in cnnviz.runs.files) ----------------------


def lost_its_run_json(run_dir: Path) -> bool:
    """A folder with a model file but no run.json: a run whose run.json was deleted (a job writes run.json before
    any model, so a run being created never looks like this)."""
    return (not (run_dir / RUN_FILE).exists()
            and any((run_dir / name).is_file() for name in (FINAL_MODEL, BEST_MODEL)))


def run_without_run_json(run_dir: Path) -> RunInfo:
    """Such a run, listed as damaged under its folder's name, with what its other files still say."""
    from cnnviz.runs.files import read_architecture, read_stored_config

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
        if (run_dir / name).exists() and not intact_model(run_dir / name):
            instead = intact_model(run_dir / other)
            problems.append(msg("runfiles.model_damaged_instead", file=name, instead=other) if instead
                            else msg("runs.model_damaged", file=name))
    return problems


def _test_metrics(run_dir: Path, problems: list[Message]) -> dict[str, Any]:
    from cnnviz.runs.files import read_test_metrics

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


def load_model(run_dir: str | Path, which: str = "final") -> keras.Model:
    """The run's model (not compiled), through the one loader (cnnviz.models.modelfile); ModelLoadError says why not."""
    from cnnviz.models.modelfile import load_model_file

    return load_model_file(model_path(run_dir, which))


def run_class_names(run_dir: str | Path) -> tuple[str, ...] | None:
    """The class names the run trained with: recorded in its config (user datasets need this), else those of
    the built-in dataset it names; None when neither is known."""
    from cnnviz.data.datasets import DATASET_INFO

    try:
        config = load_config(run_dir)
    except RunError:
        return None
    if not isinstance(config, dict):  # damaged by hand: cnnviz.runs.files says so where it matters
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
    """Reload the dataset the run trained on (cached per process by `cnnviz.data.datasets`)."""
    from cnnviz.data.training_data import load_training_dataset
    from cnnviz.runs.files import config_for_data

    config = config_for_data(run_dir)
    return load_training_dataset(config["dataset"], config.get("data_path"),
                                 sample=bool(config.get("dataset_is_sample") or config.get("sample")))


def run_split(run_dir: str | Path) -> tuple[Dataset, Split]:
    """Reload the run's dataset and recreate the exact train/validation split it trained on."""
    from cnnviz.data.datasets import split_train_val
    from cnnviz.runs.files import config_for_data

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
    text = "".join(json.dumps(record, default=json_default, allow_nan=True) + "\n" for record in records)
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
    from cnnviz.data.datasets import USER_DATASET
    from cnnviz.data.userdata import read_info
    from cnnviz.i18n import t

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
    from cnnviz.i18n import t

    key = f"run_status.{status}"
    return t(key) if has_text(key) else status
