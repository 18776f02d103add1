"""Learn pages: teaching tooltips, cached sample inputs, grid editors and the input/kernel pickers."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator, Mapping
from pathlib import Path

import numpy as np
import pandas as pd
import streamlit as st

from cnnviz.i18n import has_text, t
from cnnviz.learn import lab
from cnnviz.texts import CATALOG
from pages.common import state
from pages.common.links import bound_number_input
from pages.common.text import plain

ROOT = Path(__file__).resolve().parents[2]
# The labs' settings live in the page's URL (a teacher shares exactly this convolution) and, like every choice,
# survive leaving the page. A tampered value in the URL is ignored: the widget keeps its default.
# The URL holds what a bound select box or radio *shows* (its formatted option), so their options are
# language-neutral names with no translated format_func: a link made in Korean opens the same lab in English, and
# switching the language keeps every choice. Their meaning is told beside them (captions, tooltips).
SHARED: dict = {"persist_state": state.KEEP, "bind": "query-params"}
# A text kept in the URL is capped: the longest the labs take (256 numbers) fits, and the address stays far below
# what the server accepts (past ~64 KB a reload gets a bare "Invalid HTTP request").
URL_TEXT_CHARS = 4_000
SHARED_TEXT: dict = {**SHARED, "max_chars": URL_TEXT_CHARS}


class _Help(Mapping[str, str]):
    """The settings' tooltips, read from the catalog when shown: HELP["stride"] is in the session's language."""

    def __getitem__(self, name: str) -> str:
        key = f"learn.labs.help_{name}"
        if not has_text(key):
            raise KeyError(name)
        return t(key)

    def __iter__(self) -> Iterator[str]:
        return (key.removeprefix("learn.labs.help_") for key in CATALOG if key.startswith("learn.labs.help_"))

    def __len__(self) -> int:
        return sum(1 for _ in self)


HELP: Mapping[str, str] = _Help()


def shown(text: object) -> str:
    """A text from the core as it is shown: a catalog key or a Message in the session's language, else str()."""
    if isinstance(text, str):
        return t(text) if has_text(text) else text
    return str(text)


# ---- cached sample inputs -------------------------------------------------------------------------------


@st.cache_data(show_spinner=False, max_entries=32)
def cached_photo(name: str, side: int, grayscale: bool = True) -> np.ndarray:
    return lab.photo_crop(name, side, grayscale)


@st.cache_data(show_spinner=False, max_entries=32)
def cached_digit(index: int, side: int) -> tuple[np.ndarray, int]:
    return lab.mnist_digit(index, side)


# ---- editing numbers --------------------------------------------------------------------------------------


def parse_numbers(text: str, what: str) -> np.ndarray:
    """'2, 8, 3' or '2 8 3' → array; LabError naming the bad item. `what` is the field's name as shown."""
    items = [item for item in re.split(r"[,\s;]+", text.strip()) if item]
    if not items:
        raise lab.LabError(t("learn.labs.numbers_empty", what=what))
    values = []
    for position, item in enumerate(items, start=1):
        try:
            values.append(float(item))
        except ValueError:
            raise lab.LabError(t("learn.labs.numbers_bad", what=what, position=position, item=repr(item))) from None
    return np.array(values)


def grid_editor(base: np.ndarray, key: str, help: str, height: int | None = None) -> np.ndarray:
    """An editable table of numbers (cells left empty become NaN, which the lab reports by row and column).
    The edited numbers are kept for the session: leaving the page and coming back shows them again."""
    kept = state.EDITED_GRIDS.get()
    start = kept.get(key, np.asarray(base, dtype=float))
    frame = pd.DataFrame(start, columns=[str(c) for c in range(start.shape[1])])
    config = {c: st.column_config.NumberColumn(c, format="%.3g", width="small") for c in frame.columns}
    edited = st.data_editor(frame, key=key, hide_index=False, num_rows="fixed", column_config=config,
                            height=height if height else "auto", width="content").to_numpy(dtype=float)
    st.caption(help)
    if not np.array_equal(edited, start, equal_nan=True):
        state.EDITED_GRIDS.set({**kept, key: edited})
    return edited


def show_error(problem: Exception | str, where: str) -> None:
    """`problem` as its characters: a lab's error quotes what was typed or came in the address."""
    st.error(f"**{where}**: {plain(str(problem), limit=600)}", icon=":material/error:")


# ---- which pages are registered (page links fail for others) ----------------------------------------------


def _title(node: ast.expr) -> str | None:
    """A page title written as a string or as a catalog lookup (t of a nav key)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
        return t(str(node.args[0].value))
    return None


def registered_pages() -> dict[str, str]:
    """{file path: title} of the st.Page(...) entries in app.py whose file exists (read from app.py's source,
    so the Concepts page can skip links to pages this version of the app does not have)."""
    try:
        tree = ast.parse((ROOT / "app.py").read_text(encoding="utf-8"))
    except (OSError, SyntaxError):
        return {}
    pages = {}
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "Page" and node.args
                and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            titles = [_title(k.value) for k in node.keywords if k.arg == "title"]
            path = node.args[0].value
            pages[path] = titles[0] if titles and titles[0] else Path(path).stem.replace("_", " ").title()
    return {path: title for path, title in pages.items() if (ROOT / path).exists()}


# ---- the lab's input and kernel pickers --------------------------------------------------------------------


EDIT_GRID = np.array([[0, 0, 0, 1, 1, 1], [0, 0, 0, 1, 1, 1], [0, 0, 0, 1, 1, 1],
                      [0, 0, 0, 1, 1, 1], [0, 0, 0, 1, 1, 1], [0, 0, 0, 1, 1, 1]], dtype=float)
# Shown as they are and written into the URL as they are (see SHARED): names, not sentences.
SOURCES_2D = ("3×3", "6×6 ✎", "china.jpg", "flower.jpg", "MNIST")
PRESET_NAMES = {"identity": "learn.labs.preset_identity", "box blur": "learn.labs.preset_box_blur",
                "Gaussian blur": "learn.labs.preset_gaussian_blur", "Sobel x": "learn.labs.preset_sobel_x",
                "Sobel y": "learn.labs.preset_sobel_y", "sharpen": "learn.labs.preset_sharpen",
                "Laplacian": "learn.labs.preset_laplacian", "seed 2×2 [[2, 0], [0, 0]]": "learn.labs.preset_seed"}


def pick_2d_input() -> np.ndarray:
    source = st.selectbox(t("learn.labs.input"), SOURCES_2D, key="lab_source", help=HELP["source"], **SHARED)
    if source == SOURCES_2D[0]:
        st.dataframe(pd.DataFrame(lab.SEED_GRID.astype(int)), hide_index=True, width="content")
        st.caption(t("learn.labs.seed_grid_caption"))
        return lab.SEED_GRID
    if source == SOURCES_2D[1]:
        return grid_editor(EDIT_GRID, "lab_grid_editor", t("learn.labs.edit_grid_caption"))
    side = st.slider(t("learn.labs.size"), 5, 28, 12, key="lab_side", help=HELP["side"], **SHARED)
    if source == SOURCES_2D[4]:
        index = bound_number_input(t("learn.labs.digit"), 0, 4999, 0, key="lab_digit", help=HELP["digit"], **SHARED)
        image, label = cached_digit(index, side)
        st.caption(t("learn.labs.digit_caption", label=label, side=side))
        return image
    st.caption(t("learn.labs.photo_caption", name=source, side=side))
    return cached_photo(source, side)


def preset_caption(name: str) -> str:
    """The preset's name in the session's language and what it does."""
    preset = lab.KERNEL_PRESETS[name]
    shown_name = t(PRESET_NAMES[name]) if name in PRESET_NAMES else name
    return t("learn.labs.preset_caption", name=shown_name, description=shown(preset.description))


def pick_kernel(default: str, key: str, one_d: bool = False) -> np.ndarray:
    if one_d:
        text = st.text_input(t("learn.labs.kernel_numbers"), ", ".join(f"{v:g}" for v in lab.SEQUENCE_KERNEL),
                             key=f"{key}_text", help=HELP["kernel"], **SHARED_TEXT)
        return parse_numbers(text, t("learn.labs.what_kernel"))
    names = list(lab.KERNEL_PRESETS)
    name = st.selectbox(t("learn.labs.kernel"), names, index=names.index(default), key=f"{key}_preset",
                        help=HELP["kernel"], **SHARED)
    st.caption(preset_caption(name))
    return grid_editor(np.round(lab.KERNEL_PRESETS[name].weights, 4), f"{key}_editor_{name}",
                       t("learn.labs.kernel_editor_caption"))
