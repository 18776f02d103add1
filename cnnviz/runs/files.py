"""One reader per run file: what it could read, and what is wrong with which file and what was used instead.

A run folder's files may be damaged by a crash or by hand (truncated, empty, garbage, a list or a folder where an
object belongs, wrong types, an unknown dataset, a model of another input shape). Every page and the CLI read them
through these functions, so one damaged file gives one clear message (catalog text) wherever it is read, and
whatever else still works is kept. A reader never raises for a damaged file: it returns `Read(value, problems)`,
`value` being what was used instead (None when nothing can stand in for it). Only `choose_model` raises, when the
run has no model file at all.

No TensorFlow here: model files are only checked for being whole archives; loading them is the workers' job.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from cnnviz.i18n import Message, msg
from cnnviz.runs import layout as runs

T = TypeVar("T")
HDF5_SIGNATURE = b"\x89HDF\r\n\x1a\n"
DEFAULT_VAL_FRACTION = 0.2
DEFAULT_SEED = 42


@dataclass(frozen=True)
class Read(Generic[T]):
    """What a reader could read (`value`) and what is wrong, each message naming the file and what was used."""

    value: T
    problems: tuple[Message, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.problems


def _json(run_dir: str | Path, name: str, expected: type) -> tuple[Any, Message | None]:
    """(content, None), or (None, why it cannot be used): missing, unreadable, not JSON, or not `expected`."""
    try:
        value = runs.read_json(Path(run_dir) / name)
    except runs.RunError as exc:
        if exc.key == "runs.file_unreadable":  # the path is long and the reader's reason is JSON's: name the file
            return None, msg("runfiles.unreadable", file=name, reason=exc.params.get("reason", ""))
        return None, exc.as_message()
    if not isinstance(value, expected):
        return None, msg("runs.wrong_type", file=name, got=type(value).__name__, expected=expected.__name__)
    return value, None


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and _finite(value)


def _finite(value: int | float) -> bool:
    try:
        return math.isfinite(value)
    except OverflowError:  # a 400-digit integer
        return False


# ---- config.json ------------------------------------------------------------------------------------------


def _known_dataset(config: dict[str, Any]) -> bool:
    from cnnviz.data.datasets import DATASETS, USER_DATASET

    name = config.get("dataset")
    if not isinstance(name, str):
        return False
    if name == USER_DATASET:
        return isinstance(config.get("data_path"), str) and bool(config["data_path"])
    return name.strip().lower().replace("-", "_") in DATASETS or bool(config.get("dataset_is_sample"))


def _config_problem(config: dict[str, Any]) -> Message | None:
    if not _known_dataset(config):
        return msg("runfiles.config_dataset", file=runs.CONFIG_FILE, value=repr(config.get("dataset"))[:80])
    fraction = config.get("val_fraction", DEFAULT_VAL_FRACTION)
    if not _is_number(fraction) or not 0 <= fraction < 1:
        return msg("runs.unusable_value", file=runs.CONFIG_FILE, key="'val_fraction'")
    seed = config.get("seed", DEFAULT_SEED)
    if not isinstance(seed, int) or isinstance(seed, bool) or not 0 <= seed < 2 ** 32:
        return msg("runs.unusable_value", file=runs.CONFIG_FILE, key="'seed'")
    limit = config.get("limit")
    if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool) or limit <= 0):
        return msg("runs.unusable_value", file=runs.CONFIG_FILE, key="'limit'")
    return None


def read_config(run_dir: str | Path) -> Read[dict[str, Any] | None]:
    """The training options, when they name a dataset this version knows and the split's settings are usable;
    else None: the run's images cannot be shown (its model still can, on uploaded images and drawings)."""
    config, problem = _json(run_dir, runs.CONFIG_FILE, dict)
    if config is not None:
        problem = _config_problem(config)
    if problem is None:
        return Read(config)
    return Read(None, (msg("runfiles.config_unusable", problem=problem),))


def read_stored_config(run_dir: str | Path) -> Read[dict[str, Any] | None]:
    """config.json as it is stored (to show it), whatever dataset it names; None when it is not a JSON object."""
    config, problem = _json(run_dir, runs.CONFIG_FILE, dict)
    return Read(config) if problem is None else Read(None, (problem,))


def config_for_data(run_dir: str | Path) -> dict[str, Any]:
    """The training options for reloading the run's data; RunError (saying which file and what is wrong) when they
    cannot be used."""
    read = read_config(run_dir)
    if read.value is None:
        raise runs.RunError("runfiles.no_data", problem=read.problems[0])
    return read.value


# ---- architecture.json ------------------------------------------------------------------------------------


def read_architecture(run_dir: str | Path) -> Read[Any]:
    """The run's architecture (cnnviz.arch.spec.Architecture) when it can be parsed and summarised, else None."""
    from cnnviz.arch.shapes import summarize
    from cnnviz.arch.spec import Architecture, SpecError

    data, problem = _json(run_dir, runs.ARCHITECTURE_FILE, dict)
    if data is not None:
        try:
            architecture = Architecture.from_dict(data)
            summarize(architecture)
            return Read(architecture)
        except SpecError as exc:
            problem = msg("runfiles.unreadable", file=runs.ARCHITECTURE_FILE, reason=exc.as_message())
        except (TypeError, ValueError, KeyError, AttributeError, OverflowError, RecursionError):
            problem = msg("runfiles.architecture_value", file=runs.ARCHITECTURE_FILE)  # a list where a name belongs
    return Read(None, (problem,))


# ---- history.json and test_metrics.json -------------------------------------------------------------------


def read_history(run_dir: str | Path) -> Read[list[dict[str, Any]]]:
    """One dict per finished epoch; an empty history when the file is damaged, entries that are not dicts left out
    (each case said)."""
    history, problem = _json(run_dir, runs.HISTORY_FILE, list)
    if history is None:
        if problem is not None and problem.key == "runs.file_missing":
            return Read([])
        return Read([], (msg("runfiles.history_unusable", problem=problem),))
    epochs = [entry for entry in history if isinstance(entry, dict)]
    if len(epochs) < len(history):
        return Read(epochs, (msg("runfiles.history_entries", file=runs.HISTORY_FILE,
                                 dropped=len(history) - len(epochs), total=len(history)),))
    return Read(epochs)


METRIC_KEYS = {"accuracy": "number", "loss": "number", "n": "count"}


def read_test_metrics(run_dir: str | Path) -> Read[dict[str, Any]]:
    """Test loss, accuracy and size: {} when the run has none; values of the wrong type left out, and said."""
    metrics, problem = _json(run_dir, runs.TEST_METRICS_FILE, dict)
    if metrics is None:
        if problem is not None and problem.key == "runs.file_missing":
            return Read({})
        return Read({}, (msg("runfiles.test_metrics_unusable", problem=problem),))
    kept, wrong = dict(metrics), []
    for key, kind in METRIC_KEYS.items():
        if key not in metrics:
            continue
        value = metrics[key]
        good = (isinstance(value, int) and not isinstance(value, bool) and value > 0) if kind == "count" \
            else _is_number(value)
        if key == "accuracy" and good and not 0 <= value <= 1:
            good = False
        if not good:
            kept.pop(key)
            wrong.append(repr(key))
    if wrong:
        return Read(kept, (msg("runfiles.test_metrics_values", file=runs.TEST_METRICS_FILE, keys=", ".join(wrong)),))
    return Read(kept)


# ---- the model files --------------------------------------------------------------------------------------


def choose_model(run_dir: str | Path, which: str = "final") -> Read[Path]:
    """final.keras (or best.keras when asked); the other one when the asked-for file is damaged or missing, saying
    so ("final.keras is damaged: showing best.keras"). RunError when the run has no intact model file."""
    run_dir = Path(run_dir)
    asked, other = (runs.FINAL_MODEL, runs.BEST_MODEL) if which == "final" else (runs.BEST_MODEL, runs.FINAL_MODEL)
    if runs.intact_model(run_dir / asked):
        return Read(run_dir / asked)
    if runs.intact_model(run_dir / other):
        key = "runfiles.model_damaged_instead" if (run_dir / asked).exists() else "runfiles.model_missing_instead"
        return Read(run_dir / other, (msg(key, file=asked, instead=other),))
    return Read(runs.model_path(run_dir, which))  # a damaged file the one loader refuses by name, or RunError


def read_initial_weights(run_dir: str | Path) -> Read[Path | None]:
    """initial.weights.h5 when it is a whole HDF5 file and the architecture to load it into can be read; else None
    (a fresh initialisation stands in), saying why. None without a word when the run never saved them."""
    path = Path(run_dir) / runs.INITIAL_WEIGHTS
    if not path.exists():
        return Read(None)
    try:
        with open(path, "rb") as stream:
            whole = stream.read(len(HDF5_SIGNATURE)) == HDF5_SIGNATURE
    except OSError:  # a folder, or unreadable
        whole = False
    if not whole:
        return Read(None, (msg("runfiles.initial_damaged", file=runs.INITIAL_WEIGHTS),))
    architecture = read_architecture(run_dir)
    if architecture.value is None:
        return Read(None, (msg("runfiles.initial_no_architecture", file=runs.INITIAL_WEIGHTS,
                               architecture=runs.ARCHITECTURE_FILE),))
    return Read(path)


def initial_weights_unusable(error: Exception) -> Message:
    """What to say when the initial weights passed the checks above but still could not be loaded (their shapes do
    not fit the architecture, say)."""
    return msg("runfiles.initial_unloadable", file=runs.INITIAL_WEIGHTS, reason=str(error)[:300])


# ---- the model against the run's data ---------------------------------------------------------------------


def recorded_input_shape(info: runs.RunInfo) -> tuple[int, ...]:
    """The shape of the run's images as its folder records it: run.json, else architecture.json; () when unknown."""
    if info.input_shape:
        return info.input_shape
    architecture = read_architecture(info.path).value
    return tuple(architecture.input_shape) if architecture is not None else ()


def shape_text(shape: tuple[int, ...]) -> str:
    return "×".join(str(v) for v in shape)


def data_problem(info: runs.RunInfo, model_file: Path, model_input: tuple[int, ...]) -> Message | None:
    """Why the run's own images cannot go through this model (its config.json, or a model of another input shape),
    or None when they can."""
    config = read_config(info.path)
    if config.value is None:
        return config.problems[0]
    recorded = recorded_input_shape(info)
    if recorded and tuple(model_input) != tuple(recorded):
        return msg("runfiles.model_other_shape", file=model_file.name, model=shape_text(tuple(model_input)),
                   data=shape_text(recorded))
    return None
