"""All st.session_state access goes through this module.

Each piece of per-user state is a typed `Slot` declared here, grouped by area, so one can see at a
glance everything a session holds. Widgets that own a `key=` are the only other writers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import streamlit as st

from cnnviz.presets import DEFAULT_PRESET, PRESETS
from cnnviz.spec import Architecture

T = TypeVar("T")


@dataclass(frozen=True)
class Slot(Generic[T]):
    key: str
    default: Callable[[], T]

    def get(self) -> T:
        if self.key not in st.session_state:
            st.session_state[self.key] = self.default()
        return st.session_state[self.key]

    def set(self, value: T) -> None:
        st.session_state[self.key] = value

    def clear(self) -> None:
        st.session_state.pop(self.key, None)


def widget_value(key: str, default: Any = None) -> Any:
    """The current value of a keyed widget (or default before it first renders)."""
    return st.session_state.get(key, default)


def set_widget_value(key: str, value: Any) -> None:
    """Set a keyed widget's value before it renders (e.g. after loading a preset)."""
    st.session_state[key] = value


def forget_widgets(prefix: str) -> None:
    """Drop every keyed widget whose key starts with prefix (so it re-reads its default)."""
    for key in [k for k in st.session_state if isinstance(k, str) and k.startswith(prefix)]:
        del st.session_state[key]


# ---- Build page -------------------------------------------------------------------------------
# The architecture being edited (a cnnviz.spec.Architecture); the Train page trains this one.
CURRENT_ARCHITECTURE: Slot[Architecture] = Slot("build_architecture", lambda: PRESETS[DEFAULT_PRESET].architecture)
# Layer editor bookkeeping: a stable id per layer (widget keys use it, so removing or moving a layer never
# hands its widget values to a neighbour), the next free id, and the architecture the widgets were last
# synchronised with (when CURRENT_ARCHITECTURE differs, someone replaced it and the widgets are reseeded).
BUILD_LAYER_IDS: Slot[list[int]] = Slot("build_layer_ids", list)
BUILD_NEXT_ID: Slot[int] = Slot("build_next_id", int)
BUILD_SYNCED: Slot[Architecture | None] = Slot("build_synced", lambda: None)
# Outcome of the last JSON import: ("success" | "error", message), or None.
BUILD_IMPORT_MESSAGE: Slot[tuple[str, str] | None] = Slot("build_import_message", lambda: None)


# ---- Look inside (feature maps, kernels, confusion) ------------------------------------------
# An image sent to the feature-map page from the confusion page: {"run": path, "split": name, "index": i}.
INSPECT_TARGET: Slot[dict | None] = Slot("inspect_target", lambda: None)


# ---- Draw page --------------------------------------------------------------------------------
# The last drawing (or upload) after MNIST-style preprocessing, as the network saw it: a (28, 28, 1) float32
# array in [0, 1], or None before anything was drawn. The feature-map page offers it as an input.
LAST_DRAWING: Slot[Any] = Slot("draw_last_drawing", lambda: None)


# ---- Learn (convolution lab, layers lab, training step) ------------------------------------------
# The Training step page's network, batch and loss history: a cnnviz.lab_training.Stepper, or None before
# the first visit (the page then creates one with the default settings).
LEARN_STEPPER: Slot[Any] = Slot("learn_stepper", lambda: None)


# ---- Train & Runs pages -----------------------------------------------------------------------------
# The session's training job (a cnnviz.training.TrainingJob, running or done), so leaving the Train page
# and coming back shows the same job; None before the first Start.
TRAINING_JOB: Slot[Any] = Slot("train_job", lambda: None)
# The run folder (pathlib.Path) the user is looking at: opened on the Runs page, just trained, or last chosen
# on a look-inside page. The look-inside pages open on it.
CURRENT_RUN: Slot[Any] = Slot("current_run", lambda: None)
# The run whose deletion awaits confirmation on the Runs page (its folder as str), or None.
RUN_PENDING_DELETE: Slot[str | None] = Slot("runs_pending_delete", lambda: None)
