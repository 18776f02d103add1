"""Pieces the "what the network learned" pages share: bounded result caches, lazily computed sections, the
image a page was opened on, and the receptive-field picker of the Feature maps page."""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np
import streamlit as st

from cnnviz.figures import figure_text
from cnnviz.i18n import t
from pages.common import state, workers
from pages.common.charts import chart

if TYPE_CHECKING:
    from cnnviz.inspect.receptive import LayerField
    from pages.common.workers import RemoteModel


class BoundedCache:
    """A process-wide least-recently-used dict of at most `size` results, safe to share between sessions.

    Unlike st.cache_data it tells whether a result is there before computing it, so a page shows a progress
    bar only when there is something to compute."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[Any, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Any) -> Any:
        with self._lock:
            if key not in self._items:
                return None
            self._items.move_to_end(key)
            return self._items[key]

    def put(self, key: Any, value: Any) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: Any) -> bool:
        with self._lock:
            return key in self._items


@st.cache_resource(show_spinner=False)
def results_cache(name: str, size: int) -> BoundedCache:
    """The process-wide cache called `name` (one per kind of result)."""
    return BoundedCache(size)


def model_key(choice: Any) -> str:
    """Names one model file version: its path and its stamp (a rewritten file gets a new key)."""
    return f"{choice.model_file}|{choice.stamp}"


def image_id(image: np.ndarray) -> str:
    return hashlib.sha1(np.ascontiguousarray(image, dtype=np.float32).tobytes()).hexdigest()[:16]


def cached(cache: BoundedCache, key: Any, compute: Callable[[], Any], spinner: str | None = None) -> Any:
    """The cached result, else computed (under a spinner saying `spinner`, if given) and kept."""
    found = cache.get(key)
    if found is None:
        if spinner is None:
            found = compute()
        else:
            with st.spinner(spinner):
                found = compute()
        cache.put(key, found)
    return found


# ---------------------------------------------------------------- sections computed only while open


def _remember_open(key: str) -> None:
    opened = dict(state.EXPLAIN_OPEN.get())
    opened[key] = bool(state.widget_value(key))
    state.EXPLAIN_OPEN.set(opened)


def lazy_expander(label: str, key: str, icon: str | None = None) -> Any:
    """An expander whose content the page computes only while it is open (check `.open`); whether it is open
    survives leaving the page."""
    return st.expander(label, expanded=state.EXPLAIN_OPEN.get().get(key, False), key=key, icon=icon,
                       on_change=_remember_open, args=(key,))


# ---------------------------------------------------------------- opening a page on an image


def open_on_image(page: str, run_dir: str, split: str, index: int, which: str | None = None) -> None:
    """Switch to a look-inside page (e.g. "pages/explain/explain.py") showing one dataset image of a run."""
    target: dict[str, Any] = {"run": run_dir, "split": split, "index": int(index), "page": page}
    if which is not None:
        target["which"] = which
    state.INSPECT_TARGET.set(target)
    st.switch_page(page)


# ---------------------------------------------------------------- receptive fields on the Feature maps page


def field_text(layer_field: LayerField) -> str:
    """"receptive field 5×5, jump 2" (or "sees the whole input" for a flat layer)."""
    if not layer_field.spatial:
        return t("common.explainpages.rf.whole")
    return t("common.explainpages.rf.short", size=_size(layer_field), jump=_pair(*layer_field.jump))


def _pair(a: int, b: int) -> str:
    return str(a) if a == b else f"{a}×{b}"


def _size(layer_field: LayerField) -> str:
    return f"{layer_field.rows.size}×{layer_field.cols.size}"


RF_KEY = "fm_rf"
RF_PANEL = 330  # px: the map and the image side by side on a 1024 px projector


def _unit_clicked() -> None:
    event = state.widget_value(f"{RF_KEY}_map")
    points = (event or {}).get("selection", {}).get("points", [])
    if points and "x" in points[0] and "y" in points[0]:
        state.set_widget_value(f"{RF_KEY}_col", int(points[0]["x"]))
        state.set_widget_value(f"{RF_KEY}_row", int(points[0]["y"]))


def _clamp(key: str, last: int, default: int) -> None:
    value = state.widget_value(key)
    if value is None or not 0 <= int(value) <= last:
        state.set_widget_value(key, default)


@st.fragment
def receptive_field_panel(model: RemoteModel, image: np.ndarray, fields: tuple[LayerField, ...]) -> None:
    """Pick a layer and a channel, click one unit of its map: the input pixels it sees are outlined on the
    image. A fragment: a click reruns only this panel."""
    from cnnviz.figures.explain import image_with_region, unit_picker
    from cnnviz.inspect.receptive import input_region

    by_name = {f.name: f for f in fields if f.spatial}
    names = [name for name in model.info.feature_layers if name in by_name]
    if not names:
        st.info(t("common.explainpages.rf.no_maps"))
        return
    row = st.container(horizontal=True, vertical_alignment="bottom")
    layer = row.selectbox(t("common.explainpages.rf.layer"), names, index=state.held_index(f"{RF_KEY}_layer", names),
                          key=f"{RF_KEY}_layer", width=200, persist_state=state.KEEP,
                          help=t("common.explainpages.rf.layer_help"))
    layer_field = by_name[layer]
    maps = workers.feature_maps(model.ref, image, (layer,))[layer]
    height, width, channels = maps.shape
    _clamp(f"{RF_KEY}_channel", channels - 1, 0)
    _clamp(f"{RF_KEY}_row", height - 1, height // 2)
    _clamp(f"{RF_KEY}_col", width - 1, width // 2)
    channel = row.number_input(t("common.explainpages.rf.channel", last=channels - 1), 0, channels - 1,
                               state.held(f"{RF_KEY}_channel", "min"), key=f"{RF_KEY}_channel", width=150,
                               persist_state=state.KEEP, help=t("common.explainpages.rf.channel_help"))
    unit_row = row.number_input(t("common.explainpages.rf.row", last=height - 1), 0, height - 1,
                                state.held(f"{RF_KEY}_row", "min"), key=f"{RF_KEY}_row", width=140,
                                persist_state=state.KEEP, help=t("common.explainpages.rf.unit_help"))
    unit_col = row.number_input(t("common.explainpages.rf.col", last=width - 1), 0, width - 1,
                                state.held(f"{RF_KEY}_col", "min"), key=f"{RF_KEY}_col", width=140,
                                persist_state=state.KEEP, help=t("common.explainpages.rf.unit_help"))
    region = input_region(layer_field, int(unit_row), int(unit_col))
    panels = st.container(horizontal=True)
    with panels.container(width=RF_PANEL):
        chart(unit_picker(maps[..., int(channel)],
                                    figure_text("common.explainpages.rf.map_title", layer=layer,
                                                                 channel=int(channel)),
                                    selected=(int(unit_row), int(unit_col)), height=330),
                        key=f"{RF_KEY}_map", on_select=_unit_clicked, selection_mode="points")
    with panels.container(width=RF_PANEL):
        chart(image_with_region(image, region, t("common.explainpages.rf.image_title", height=region.height,
                                                           width=region.width), height=330),
                        key=f"{RF_KEY}_image")
    st.caption(t("common.explainpages.rf.explained", layer=layer, size=_size(layer_field),
                 jump=_pair(*layer_field.jump), row=int(unit_row), col=int(unit_col), top=region.top,
                 bottom=region.bottom, left=region.left, right=region.right, height=region.height,
                 width=region.width))

