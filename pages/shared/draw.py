"""Draw page: the process-wide model cache and which saved runs can read a drawn digit."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from cnnviz import runs
from cnnviz.predict import Predictor, is_digit_model, predictor_for_run


@dataclass(frozen=True)
class ModelOption:
    label: str
    run_dir: str | None  # None: the bundled default model


@dataclass(frozen=True)
class ExcludedRun:
    name: str
    reason: str


@st.cache_resource(show_spinner="Loading the bundled digit model…")
def cached_default_predictor() -> Predictor:
    return Predictor.default()


@st.cache_resource(show_spinner="Loading the run's model…", max_entries=8)
def cached_run_predictor(run_dir: str, stamp: str) -> Predictor:
    """`stamp` (file name and modification time) makes a retrained run load afresh."""
    return predictor_for_run(run_dir)


def model_stamp(run_dir: str) -> str:
    path = runs.model_path(run_dir)
    return f"{path.name}:{path.stat().st_mtime_ns}"


def _exclusion_reason(info: runs.RunInfo) -> str | None:
    if not info.has_model:
        return "no saved model yet"
    if tuple(info.input_shape) != (28, 28, 1):
        shape = "×".join(str(v) for v in info.input_shape) or "unknown"
        return f"its input is {shape}, but a drawing becomes one 28×28×1 grey image"
    if not is_digit_model(info.input_shape, info.dataset):
        return f"it learned {info.dataset or 'an unknown dataset'}, not handwritten digits (MNIST)"
    return None


def model_options() -> tuple[list[ModelOption], list[ExcludedRun]]:
    """The bundled model first, then every saved MNIST run with a 28×28×1 input; the others with why not."""
    options = [ModelOption("Bundled digit model (ships with cnnviz)", None)]
    excluded: list[ExcludedRun] = []
    for info in runs.list_runs():
        reason = _exclusion_reason(info)
        if reason:
            excluded.append(ExcludedRun(info.name, reason))
            continue
        accuracy = f", val. accuracy {info.best_val_accuracy:.1%}" if info.best_val_accuracy is not None else ""
        options.append(ModelOption(f"Run: {info.name}{accuracy}", str(info.path)))
    return options, excluded


def predictor_for(option: ModelOption) -> Predictor:
    if option.run_dir is None:
        return cached_default_predictor()
    return cached_run_predictor(option.run_dir, model_stamp(option.run_dir))
