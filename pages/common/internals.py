"""Internals that move during training, read from a run's snapshots (cnnviz.train.snapshots): live on the Train page,
replayed on Runs, Kernels and Feature maps (plotly animation frames: the slider and Play run in the browser)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import streamlit as st

from cnnviz.figures import figure_text
from cnnviz.i18n import Literal, t
from cnnviz.runs import store as runs
from pages.common import state
from pages.common.charts import chart

if TYPE_CHECKING:
    from cnnviz.train.snapshots import SnapshotSeries

KEPT_RUNS = 2  # runs whose snapshot files a session keeps read (the live one and the one looked at last)
PANEL = 440  # px: two panels side by side beside the sidebar from ~1360 px wide, one above the other below


def load_series(run_dir: str | Path | None) -> SnapshotSeries | None:
    """The run's snapshots (None when it has none); files read before are not read again."""
    from cnnviz.train.snapshots import load_snapshots

    if run_dir is None:
        return None
    caches = state.SNAPSHOT_CACHES.get()
    key = str(run_dir)
    cache = caches.pop(key, None) or {}
    caches[key] = cache  # most recently used last
    while len(caches) > KEPT_RUNS:
        caches.pop(next(iter(caches)))
    series = load_snapshots(run_dir, cache)
    return series if series is not None and len(series) else None


def class_names(run_dir: str | Path, count: int) -> tuple[str, ...]:
    names = runs.run_class_names(run_dir)
    return names if names is not None and len(names) >= count else tuple(str(i) for i in range(count))


def _n_classes(series: SnapshotSeries) -> int:
    return int(series.probabilities.shape[-1]) if series.probabilities.ndim == 3 else 0


def no_snapshots(uploaded: bool = False) -> None:
    st.info(t("common.explainpages.internals.uploaded" if uploaded else "common.explainpages.internals.none"),
            icon=":material/history_toggle_off:")


def _skipped(series: SnapshotSeries) -> None:
    if series.skipped:
        st.caption(t("common.explainpages.internals.skipped", count=len(series.skipped),
                     files="; ".join(series.skipped[:3])))


# ---------------------------------------------------------------- dead filters over time


def dead_spans(series: SnapshotSeries, layer: str) -> list[tuple[int, int, tuple[int, ...]]]:
    """(first snapshot, last snapshot, dead filters) for each stretch of snapshots with the same dead filters."""
    flags = series.dead.get(layer)
    if flags is None or len(flags) == 0:
        return []
    spans: list[tuple[int, int, tuple[int, ...]]] = []
    for index, row in enumerate(flags):
        dead = tuple(int(i) for i in np.flatnonzero(row))
        if spans and spans[-1][2] == dead:
            spans[-1] = (spans[-1][0], index, dead)
        else:
            spans.append((index, index, dead))
    return spans


def dead_summary(series: SnapshotSeries, layer: str) -> str:
    """One line: which filters of `layer` were dead (output 0 on the fixed batch) when."""
    parts = []
    for first, last, dead in dead_spans(series, layer):
        when = series.label(first) if first == last else t("common.explainpages.internals.from_to",
                                                           first=series.label(first),
                                                             last=series.label(last))
        what = (t("common.explainpages.internals.dead_none") if not dead else
                t("common.explainpages.internals.dead_some", count=len(dead), filters=", ".join(map(str, dead))))
        parts.append(f"{when}: {what}")
    return t("common.explainpages.internals.dead_line", layer=layer, spans=Literal(" · ".join(parts)))


def _dead_flag(series: SnapshotSeries) -> None:
    """Say which filters died, flagged (a warning) when the last snapshot has any."""
    for layer in series.dead:
        line = dead_summary(series, layer)
        if series.dead[layer][-1].any():
            st.warning(line, icon=":material/warning:")
        else:
            st.caption(line)


# ---------------------------------------------------------------- live, on the Train page


def live_internals(run_dir: Path) -> None:
    """The newest snapshot's first-layer kernels and the probe images' predictions so far; called by the Train
    page's live panel every second (only new snapshot files are read)."""
    from cnnviz.figures.explain import probe_predictions_figure
    from cnnviz.figures.inspect import kernel_grid

    series = load_series(run_dir)
    st.markdown(f"**{t('common.explainpages.internals.live_title')}**")
    if series is None:
        st.caption(t("common.explainpages.internals.live_waiting"))
        return
    last = len(series) - 1
    names = class_names(run_dir, _n_classes(series))
    panels = st.container(horizontal=True)
    if series.kernels is not None:
        kernels = series.kernels[last]
        dead = series.dead.get(series.conv_layer or "")
        with panels.container(width=PANEL):
            title = figure_text("common.explainpages.internals.kernels_at", layer=series.conv_layer,
                                moment=series.label(last))
            chart(kernel_grid(kernels, title, 0,
                                        dead=None if dead is None else dead[last]), key="train_live_kernels")
    with panels.container(width=PANEL):
        chart(probe_predictions_figure(series, names), key="train_live_probes")
    st.caption(t("common.explainpages.internals.live_caption", count=len(series), moment=series.label(last)))


# ---------------------------------------------------------------- replays


def kernel_replay(series: SnapshotSeries, key: str) -> None:
    """The first conv layer's kernels over the recorded moments, with the dead filters per moment."""
    from cnnviz.figures.explain import kernel_replay as replay_figure

    if series.kernels is None:
        st.info(t("common.explainpages.internals.no_conv"))
        return
    channels = series.kernels.shape[3]
    channel = 0
    if channels > 1:
        channel = st.selectbox(t("common.explainpages.internals.input_channel", count=channels), range(channels),
                               index=state.held_index(f"{key}_replay_channel", range(channels)),
                               key=f"{key}_replay_channel", width=220, persist_state=state.KEEP,
                               help=t("common.explainpages.internals.input_channel_help"))
    chart(replay_figure(series, int(channel)), key=f"{key}_kernel_replay")
    st.caption(t("common.explainpages.internals.replay_caption", count=len(series), first=series.label(0),
                 last=series.label(len(series) - 1)))
    _dead_flag(series)
    _skipped(series)


def feature_map_replay(series: SnapshotSeries, names: tuple[str, ...], key: str) -> None:
    """One probe image's first-layer feature maps over the recorded moments, with its prediction."""
    from cnnviz.figures.explain import feature_map_replay as replay_figure
    from cnnviz.figures.inspect import image_figure

    if not series.has_maps or len(series.probe_labels) == 0:
        st.info(t("common.explainpages.internals.no_conv"))
        return
    labels = [int(label) for label in series.probe_labels]

    def probe_name(probe: int) -> str:
        return names[labels[probe]] if labels[probe] < len(names) else str(labels[probe])

    probe = st.selectbox(t("common.explainpages.internals.probe"), range(len(labels)), format_func=probe_name,
                         index=state.held_index(f"{key}_probe", range(len(labels))), key=f"{key}_probe", width=260,
                         persist_state=state.KEEP, help=t("common.explainpages.internals.probe_help"))
    panels = st.container(horizontal=True)
    with panels.container(width=200):
        chart(image_figure(series.probe_images[probe], t("common.explainpages.internals.probe_image"),
                                     height=200), key=f"{key}_probe_image")
        true_p = series.probabilities[:, probe, labels[probe]]
        st.caption(t("common.explainpages.internals.probe_sure", first=float(true_p[0]), last=float(true_p[-1])))
    with panels.container(width=720):
        chart(replay_figure(series, int(probe), names), key=f"{key}_map_replay")
    _skipped(series)


def training_story(run_dir: str | Path, key: str) -> None:
    """Runs page: the kernel replay, the probes' predictions, the norms and the dead filters of one run."""
    from cnnviz.figures.explain import norms_figure, probe_predictions_figure

    series = load_series(run_dir)
    if series is None:
        no_snapshots()
        return
    kernel_replay(series, key)
    names = class_names(run_dir, _n_classes(series))
    chart(probe_predictions_figure(series, names), key=f"{key}_probes")
    chart(norms_figure(series), key=f"{key}_norms")
    st.caption(t("common.explainpages.internals.norms_caption"))


def replay_for(choice: Any) -> SnapshotSeries | None:
    """The snapshots of a look-inside page's model, or None after saying why there are none."""
    if getattr(choice, "kind", "run") != "run":  # an uploaded or the bundled model: no training to replay
        no_snapshots(uploaded=True)
        return None
    series = load_series(choice.run_dir)
    if series is None:
        no_snapshots()
    return series
