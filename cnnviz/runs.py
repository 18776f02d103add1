"""Training runs on disk: one folder per run under `runs_root()`.

A run folder holds::

    run.json            name, status, created, dataset, params, best_val_accuracy, input_shape, pid, ...
    architecture.json   the architecture spec (cnnviz.spec JSON)
    config.json         the training options (dataset, val_fraction, seed, limit, optimizer, ...)
    history.json        one dict per finished epoch, rewritten after every epoch
    best.keras          the best checkpoint (highest val_accuracy so far)
    final.keras         the model at the end of training (also after Stop)
    test_metrics.json   loss and accuracy on the test set

Every write goes to a temporary file in the same folder that then replaces the target (`os.replace`),
so a kill at any moment leaves either the old or the new file, never half of one.
TensorFlow is imported only by the functions that load or save models.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

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

STATUSES = ("running", "stopped", "finished", "failed")
INTERRUPTED = "interrupted"  # shown, never written: "running" on disk but no live process owns it

# Run folders being trained by this process (a TrainingJob registers its folder while it runs).
_live_runs: set[Path] = set()
_live_lock = threading.Lock()
_write_lock = threading.Lock()


class RunError(Exception):
    """A run folder that is missing, incomplete or unreadable."""


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
    message: str = ""

    @property
    def has_model(self) -> bool:
        return (self.path / FINAL_MODEL).exists() or (self.path / BEST_MODEL).exists()


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
        raise RunError(f"{path} is missing") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RunError(f"{path} cannot be read: {exc}") from None


# ---- creating and updating ----------------------------------------------------------------------


def runs_root() -> Path:
    return Path(os.environ.get(RUNS_DIR_ENV) or "runs")


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", text).strip("-")[:40] or "run"


def now_iso() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def create_run(architecture: Architecture, config: dict[str, Any], name: str, params: int,
               root: str | Path | None = None, run_dir: str | Path | None = None) -> Path:
    """Make a new run folder (a fresh unique one under root, or exactly `run_dir`) with its first files."""
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
        raise RunError(f"{run_dir} already holds a run; choose another folder")
    run_dir.mkdir(parents=True, exist_ok=True)
    atomic_write_json(run_dir / ARCHITECTURE_FILE, architecture.to_dict())
    atomic_write_json(run_dir / CONFIG_FILE, config)
    atomic_write_json(run_dir / HISTORY_FILE, [])
    atomic_write_json(run_dir / RUN_FILE, {
        "name": name, "status": "running", "created": now_iso(), "dataset": config.get("dataset", ""),
        "params": int(params), "best_val_accuracy": None, "input_shape": list(architecture.input_shape),
        "pid": os.getpid(), "message": "",
    })
    return run_dir


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


def _effective_status(run_dir: Path, data: dict[str, Any]) -> str:
    status = data.get("status", "failed")
    if status != "running":
        return status
    pid = data.get("pid")
    if pid == os.getpid():
        with _live_lock:
            return "running" if run_dir.resolve() in _live_runs else INTERRUPTED
    return "running" if _pid_alive(pid) else INTERRUPTED


# ---- reading ------------------------------------------------------------------------------------


def load_run(path: str | Path) -> RunInfo:
    run_dir = Path(path)
    data = read_json(run_dir / RUN_FILE)
    if not isinstance(data, dict):
        raise RunError(f"{run_dir / RUN_FILE} is not a JSON object")
    history = read_json(run_dir / HISTORY_FILE, default=[])
    test = read_json(run_dir / TEST_METRICS_FILE, default={})
    return RunInfo(
        path=run_dir,
        name=str(data.get("name") or run_dir.name),
        dataset=str(data.get("dataset", "")),
        params=int(data.get("params") or 0),
        best_val_accuracy=data.get("best_val_accuracy"),
        created=str(data.get("created", "")),
        status=_effective_status(run_dir, data),
        input_shape=tuple(data.get("input_shape") or ()),
        epochs_done=len(history) if isinstance(history, list) else 0,
        test_accuracy=test.get("accuracy") if isinstance(test, dict) else None,
        message=str(data.get("message", "")),
    )


def list_runs(root: str | Path | None = None) -> list[RunInfo]:
    """Every readable run under root, newest first. Folders without a readable run.json are skipped."""
    base = Path(root) if root is not None else runs_root()
    if not base.is_dir():
        return []
    runs = []
    for child in base.iterdir():
        if child.is_dir() and (child / RUN_FILE).exists():
            try:
                runs.append(load_run(child))
            except RunError:
                continue
    return sorted(runs, key=lambda r: (r.created, r.path.name), reverse=True)


def load_history(run_dir: str | Path) -> list[dict[str, Any]]:
    return read_json(Path(run_dir) / HISTORY_FILE, default=[])


def load_test_metrics(run_dir: str | Path) -> dict[str, Any]:
    return read_json(Path(run_dir) / TEST_METRICS_FILE, default={})


def load_architecture(run_dir: str | Path) -> Architecture:
    return Architecture.from_dict(read_json(Path(run_dir) / ARCHITECTURE_FILE))


def load_config(run_dir: str | Path) -> dict[str, Any]:
    return read_json(Path(run_dir) / CONFIG_FILE)


def model_path(run_dir: str | Path, which: str = "final") -> Path:
    """final.keras (or best.keras when asked, or when final is missing after a kill)."""
    run_dir = Path(run_dir)
    order = [FINAL_MODEL, BEST_MODEL] if which == "final" else [BEST_MODEL, FINAL_MODEL]
    for name in order:
        if (run_dir / name).exists():
            return run_dir / name
    raise RunError(f"{run_dir} has no saved model yet (neither {FINAL_MODEL} nor {BEST_MODEL})")


def load_model(run_dir: str | Path, which: str = "final") -> keras.Model:
    import keras

    return keras.models.load_model(model_path(run_dir, which))


def model_bytes(run_dir: str | Path, which: str = "final") -> bytes:
    """The .keras file's bytes, for a download button."""
    return model_path(run_dir, which).read_bytes()


def run_split(run_dir: str | Path) -> tuple[Dataset, Split]:
    """Reload the run's dataset and recreate the exact train/validation split it trained on."""
    from cnnviz.data import load_dataset, load_mnist_sample, split_train_val

    config = load_config(run_dir)
    if config.get("dataset_is_sample") or config.get("sample"):
        dataset = load_mnist_sample()
    else:
        dataset = load_dataset(config["dataset"], path=config.get("data_path"))
    split = split_train_val(dataset, val_fraction=float(config.get("val_fraction", 0.2)),
                            seed=int(config.get("seed", 42)), limit=config.get("limit"))
    return dataset, split


# ---- managing -----------------------------------------------------------------------------------


def rename_run(run_dir: str | Path, new_name: str) -> RunInfo:
    """Change the run's display name (the folder stays put, so paths held elsewhere stay valid)."""
    new_name = new_name.strip()
    if not new_name:
        raise RunError("a run name cannot be empty")
    if len(new_name) > 100:
        raise RunError("a run name can have at most 100 characters")
    update_run(run_dir, name=new_name)
    return load_run(run_dir)


def delete_run(run_dir: str | Path) -> None:
    """Remove a run folder. Refuses folders that are not runs and runs this process is still training."""
    run_dir = Path(run_dir)
    if not (run_dir / RUN_FILE).exists():
        raise RunError(f"{run_dir} is not a run folder (no {RUN_FILE}); not deleting it")
    if load_run(run_dir).status == "running":
        raise RunError("this run is still training: stop it before deleting it")
    shutil.rmtree(run_dir)
