"""All st.session_state access goes through this module.

Each piece of per-user state is a typed `Slot` declared here, grouped by area, so one can see at a
glance everything a session holds. Widgets that own a `key=` are the only other writers.

Every choice a user makes survives leaving the page and coming back, for the whole session: keyed widgets
pass `persist_state=state.KEEP` (Streamlit then keeps their value when the page is not shown, which it
otherwise forgets) and are declared with the value they hold (`held`, `held_index`: so their first paint is
never a default), and what no widget can keep (a drawing, an uploaded file, an edited table, a selected
table row) lives in a Slot below.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import streamlit as st
from streamlit.errors import StreamlitAPIException

from cnnviz.arch.presets import DEFAULT_PRESET, PRESETS
from cnnviz.arch.spec import Architecture
from cnnviz.i18n import Message

T = TypeVar("T")

KEEP = "session"  # persist_state of every widget that holds a user's choice


@dataclass(frozen=True)
class Outcome:
    """What the last action on a page came to, shown once the page has rerun (pages.common.banners.outcome_banner):
    a success or an error, its text (a Message is translated when shown, in the language of that moment), and
    the lines of a report shown under it."""

    ok: bool
    text: str | Message
    lines: tuple[str, ...] = ()

    @classmethod
    def success(cls, text: str | Message, lines: Sequence[str] = ()) -> Outcome:
        return cls(True, text, tuple(lines))

    @classmethod
    def error(cls, text: str | Message) -> Outcome:
        return cls(False, text)


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

    def peek(self) -> T | None:
        """The value if this session has one, without storing the default."""
        return st.session_state.get(self.key)


def widget_value(key: str, default: Any = None) -> Any:
    """The current value of a keyed widget (or default before it first renders)."""
    return st.session_state.get(key, default)


def set_widget_value(key: str, value: Any) -> None:
    """Set a keyed widget's value before it renders (e.g. after loading a preset)."""
    st.session_state[key] = value


def held(key: str, default: Any) -> Any:
    """What a kept widget is declared with: the value it holds (kept while its page was away, or set by code), else
    `default`. A widget declared with another default first paints that default and shows its own value a moment
    later (0.1-0.5 s; Build's Filters showed 1, then 32): declared with what it holds, it never shows a value the
    session does not have."""
    return st.session_state.get(key, default)


def held_index(key: str, options: Sequence[Any], default: int = 0) -> int:
    """`held` for a select box or radio: the position of the option it holds (`default` when it holds none)."""
    value = st.session_state.get(key)
    return list(options).index(value) if value in options else default


def seed_widget(key: str, value: Any) -> None:
    """Give a keyed widget its first value unless it already has one (before it renders)."""
    st.session_state.setdefault(key, value)


def pin_widget_values() -> None:
    """Set every keyed widget's value to what it holds now; for a callback that changes the language.

    A select box or radio sends back the *text* it shows, which Streamlit maps to an option through the texts of
    the run that reads it: after a language switch that text is in the old language and matches no option (the
    widget then holds the text itself: a KeyError, or the choice lost). Read here, before the page runs, the value
    is still mapped through the last run's texts; set explicitly, it goes back to the browser in the new one."""
    for key in list(st.session_state.keys()):
        try:
            value = st.session_state[key]
            if _is_choice(value):  # not buttons (bool), uploads, tables or components: those cannot be set
                st.session_state[key] = value
        except (StreamlitAPIException, KeyError):
            continue


def _is_choice(value: Any) -> bool:
    if isinstance(value, (list, tuple)):
        return bool(value) and all(_is_choice(item) for item in value)
    return isinstance(value, (str, int, float)) and not isinstance(value, bool)


def forget_widget(key: str) -> None:
    """Drop one keyed widget's value (so it re-reads its default or a seeded value)."""
    st.session_state.pop(key, None)


def forget_widgets(prefix: str) -> None:
    """Drop every keyed widget whose key starts with prefix (so it re-reads its default)."""
    for key in [k for k in st.session_state if isinstance(k, str) and k.startswith(prefix)]:
        del st.session_state[key]


# ---- Language -----------------------------------------------------------------------------------
# The session's language ("en" | "ko"): chosen from ?lang=, the sidebar switch, or the browser's locale.
LANGUAGE: Slot[str | None] = Slot("language", lambda: None)
# A ?lang= value the app does not speak, to be named once.
LANGUAGE_REFUSED: Slot[str | None] = Slot("language_refused", lambda: None)


# ---- Display -------------------------------------------------------------------------------------
# The session's display ("standard" | "projector"): chosen from ?theme= or the sidebar's switch.
THEME: Slot[str | None] = Slot("theme", lambda: None)
# A ?theme= value the app does not have, to be named once.
THEME_REFUSED: Slot[str | None] = Slot("theme_refused", lambda: None)


# ---- Workspace (class mode) -----------------------------------------------------------------------
# The private token of this visitor's workspace (also in the page's address as ?ws=), and whether it was made in
# this session (the first page then says to bookmark the address).
WORKSPACE_TOKEN: Slot[str | None] = Slot("workspace_token", lambda: None)
WORKSPACE_NEW: Slot[bool] = Slot("workspace_new", bool)
# Whether this session gave the teacher secret (the Class page).
TEACHER_OK: Slot[bool] = Slot("teacher_ok", bool)


# ---- Build page -------------------------------------------------------------------------------
# The architecture being edited (a cnnviz.arch.spec.Architecture); the Train page trains this one.
CURRENT_ARCHITECTURE: Slot[Architecture] = Slot("build_architecture", lambda: PRESETS[DEFAULT_PRESET].architecture)
# Layer editor bookkeeping: a stable id per layer (widget keys use it, so removing or moving a layer never
# hands its widget values to a neighbour), the next free id, and the architecture the widgets were last
# synchronised with (when CURRENT_ARCHITECTURE differs, someone replaced it and the widgets are reseeded).
BUILD_LAYER_IDS: Slot[list[int]] = Slot("build_layer_ids", list)
# The layers whose editor is open on Build (their ids): only those get widgets, and they stay open through an edit
# (which changes the expander's label) and when the page is left.
BUILD_OPEN_LAYERS: Slot[frozenset[int]] = Slot("build_open_layers", frozenset)
BUILD_NEXT_ID: Slot[int] = Slot("build_next_id", int)
BUILD_SYNCED: Slot[Architecture | None] = Slot("build_synced", lambda: None)
# Outcome of the last JSON import (its text a cnnviz.i18n.Message, shown in the current language), or None.
BUILD_IMPORT_MESSAGE: Slot[Outcome | None] = Slot("build_import_message", lambda: None)
# The network code last read from or written to the page's URL (so a link is applied once, not on every rerun),
# and why the last link could not be opened (a Message, shown until another network is loaded).
BUILD_LINK: Slot[str | None] = Slot("build_link", lambda: None)
BUILD_LINK_ERROR: Slot[Message | None] = Slot("build_link_error", lambda: None)
# The open tab under the Build page's table, by id ("import", "export", "code", "share"; the same in every language).
BUILD_TAB: Slot[str | None] = Slot("build_tab_open", lambda: None)


# ---- Look inside (feature maps, kernels, confusion) ------------------------------------------
# Images uploaded on the look-inside pages, per page key: {key: (file name, bytes)} (an uploader forgets its file
# when its page is left; this keeps it for the session).
UPLOADED_IMAGES: Slot[dict[str, tuple[str, bytes]]] = Slot("look_inside_uploads", dict)
# An image sent to the feature-map page from the confusion page: {"run": path, "split": name, "index": i}.
INSPECT_TARGET: Slot[dict | None] = Slot("inspect_target", lambda: None)


# ---- Draw page --------------------------------------------------------------------------------
# The last drawing (or upload) after MNIST-style preprocessing, as the network saw it: a (28, 28, 1) float32
# array in [0, 1], or None before anything was drawn. The feature-map page offers it as an input.
LAST_DRAWING: Slot[Any] = Slot("draw_last_drawing", lambda: None)
# The canvas's latest drawing (fabric.js JSON), and the drawing it was reopened with on entering the page (kept
# fixed while the page is shown: a changing initial drawing would make the canvas redraw and lose its undo).
DRAWING_JSON: Slot[dict | None] = Slot("draw_json", lambda: None)
DRAW_RESTORE: Slot[dict | None] = Slot("draw_restore", lambda: None)
# The canvas's latest pixels (RGBA array): a reopened canvas shows its drawing but sends no pixels until a stroke.
DRAWN_PIXELS: Slot[Any] = Slot("draw_pixels", lambda: None)
# The uploaded photo: (file name, bytes), or None.
DRAW_UPLOAD: Slot[tuple[str, bytes] | None] = Slot("draw_upload_file", lambda: None)


# ---- Learn (convolution lab, layers lab, training step) ------------------------------------------
# Tables of numbers the user edited (lab grids and kernels, logits), by editor key: {key: array}.
EDITED_GRIDS: Slot[dict[str, Any]] = Slot("learn_edited_grids", dict)
# The Training step page's network, batch and loss history: a cnnviz.learn.training_step.Stepper, or None before
# the first visit (the page then creates one with the default settings).
LEARN_STEPPER: Slot[Any] = Slot("learn_stepper", lambda: None)


# ---- Train & Runs pages -----------------------------------------------------------------------------
# The run folder (Path) of the job this session started last (queued, training or done), so leaving the Train page
# and coming back, or a new session of the same workspace, shows the same job; None before the first Start.
ACTIVE_RUN: Slot[Any] = Slot("train_active_run", lambda: None)
# The event streams read so far, per run folder: {str(run_dir): cnnviz.train.progress.RunStream} (tailing, not
# rereading).
RUN_STREAMS: Slot[dict[str, Any]] = Slot("train_run_streams", dict)
# Why the last Start could not start a job, or None.
TRAIN_START_ERROR: Slot[str | None] = Slot("train_start_error", lambda: None)
# The model the user is looking at, one for every page that shows one: a run folder (Path or str) opened on the Runs
# page, just trained, or chosen in any page's model picker (which may also choose "bundled", the bundled digit
# model); every picker opens on it when it offers it, until the user chooses another.
CURRENT_RUN: Slot[Any] = Slot("current_run", lambda: None)
# The weights ("final" | "best") chosen in any page's model picker; every picker shows them.
CURRENT_WEIGHTS: Slot[str | None] = Slot("current_weights", lambda: None)
# The run selected in the Runs page's table (its folder as str): a table row stays selected across pages.
RUNS_SELECTED: Slot[str | None] = Slot("runs_selected", lambda: None)
# The run whose deletion awaits confirmation on the Runs page (its folder as str), or None.
RUN_PENDING_DELETE: Slot[str | None] = Slot("runs_pending_delete", lambda: None)


# ---- Compare page and sweeps ----------------------------------------------------------------------------
# A sweep the Train page asked the Compare page to open (its group id): applied once on arrival, then cleared.
COMPARE_OPEN_GROUP: Slot[str | None] = Slot("compare_open_group", lambda: None)
# The runs picked when the architecture diff's A and B were last set to the pick's first two: a new pick resets them,
# a choice the user made for the same pick is kept.
COMPARE_ARCH_FOR: Slot[tuple[str, ...] | None] = Slot("compare_arch_for", lambda: None)
# The sweep this session queued last on the Train page (its group id), whose progress the Train page shows.
SWEEP_GROUP: Slot[str | None] = Slot("sweep_group", lambda: None)
# Why the last "Start sweep" queued nothing, or None.
SWEEP_ERROR: Slot[str | None] = Slot("sweep_error", lambda: None)


# ---- Own data and models (My data, My models, Predict, export) ---------------------------------------------
# Note: CURRENT_RUN may also hold an uploaded model's folder (My models' "Feature maps" / "Kernels" / "Predict"
# buttons open it there): the look-inside pickers list runs and uploaded models side by side.
# The zip chosen on My data, kept until it is imported or replaced: (file name, bytes), or None.
MYDATA_ZIP: Slot[tuple[str, bytes] | None] = Slot("mydata_zip", lambda: None)
# The outcome of the last import, save or deletion on My data, shown after the rerun (with an import's report
# lines), or None.
MYDATA_OUTCOME: Slot[Outcome | None] = Slot("mydata_outcome", lambda: None)
# The dataset (its id) to open in My data's Datasets section on the next run (after an import or a save), or None.
MYDATA_SHOW: Slot[str | None] = Slot("mydata_show", lambda: None)
# The dataset being built class by class: a cnnviz.data.importing.DatasetBuilder (decoded images, per-file
# notes), or None.
MYDATA_BUILDER: Slot[Any] = Slot("mydata_builder", lambda: None)
# Counters that give the per-class uploaders and cameras a fresh key once their files went into the builder.
MYDATA_WIDGET_ROUND: Slot[dict[str, int]] = Slot("mydata_widget_round", dict)
# The dataset (its id) whose deletion awaits confirmation on My data, or None.
MYDATA_PENDING_DELETE: Slot[str | None] = Slot("mydata_pending_delete", lambda: None)
# The .keras file chosen on My models, kept until it is stored or replaced: (file name, bytes), or None.
MODELS_UPLOAD: Slot[tuple[str, bytes] | None] = Slot("models_upload_file", lambda: None)
# The outcome of the last model upload or deletion, or None.
MODELS_OUTCOME: Slot[Outcome | None] = Slot("models_outcome", lambda: None)
# The stored model (its id) to show on My models' next run (just uploaded), or None.
MODELS_SHOW: Slot[str | None] = Slot("models_show", lambda: None)
# The stored model (its id) whose deletion awaits confirmation on My models, or None.
MODELS_PENDING_DELETE: Slot[str | None] = Slot("models_pending_delete", lambda: None)
# Images to predict on the Predict page, per source ("upload", "camera"): {source: (file name, bytes)}.
PREDICT_IMAGES: Slot[dict[str, tuple[str, bytes]]] = Slot("predict_images", dict)


# ---- Explain pages (why this answer, filters, fool the network) and training internals -------------
# What cnnviz.train.snapshots.load_snapshots has read per run folder (str): {run_dir: {file: (stamp, content)}}, so a
# page that polls a training run reads only the new snapshot files. The few runs looked at last.
SNAPSHOT_CACHES: Slot[dict[str, dict]] = Slot("explain_snapshot_caches", dict)
# Accuracy-vs-ε curves this session computed, per model ("model file|stamp"): {model: [(method, steps), ...]},
# so coming back to the page shows them again (the curves themselves sit in a bounded process-wide cache).
ROBUSTNESS_ASKED: Slot[dict[str, list[tuple[str, int]]]] = Slot("explain_robustness_asked", dict)
# Whether each lazily computed section (an expander whose content is computed only while open) is open: {key: bool}.
EXPLAIN_OPEN: Slot[dict[str, bool]] = Slot("explain_open_sections", dict)
# What the "find an image that is easy to fool" search found last: {"model": key, "message": text}, or None.
ADVERSARIAL_FOUND: Slot[dict | None] = Slot("explain_adversarial_found", lambda: None)
# URL-bound inputs drawn unbound for one run (their link asked for an endless number): the next run writes the
# value chosen back into the URL, which the unbound input could not.
UNBOUND_INPUTS: Slot[set[str]] = Slot("links_unbound_inputs", set)

# Where the keyboard belongs after this rerun (a CSS selector; pages/common/focus.py), set by a button's callback.
FOCUS_TARGET: Slot[str | None] = Slot("focus_target", lambda: None)

# ---- lessons
LESSON_SOLUTIONS_SHOWN: Slot[frozenset[str]] = Slot("lesson_solutions_shown", frozenset)  # exercise ids
LAST_LOOK: Slot[tuple | None] = Slot("lesson_last_look", lambda: None)  # the test image last kept for look exercises
CLASS_LESSONS_OUTCOME: Slot[Outcome | None] = Slot("class_lessons_outcome", lambda: None)  # upload, removal, switch
CLASS_LESSONS_PENDING_REMOVE: Slot[str | None] = Slot("class_lessons_pending_remove", lambda: None)  # lesson id
