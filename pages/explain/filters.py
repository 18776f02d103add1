"""What filters look for: the input each filter of a conv layer responds to most (gradient ascent), and the input
each class score likes best."""

from __future__ import annotations

import math

import numpy as np
import streamlit as st

from cnnviz.data.classnames import display_class_names
from cnnviz.figures import figure_text
from cnnviz.figures.explain import pattern_grid
from cnnviz.figures.inspect import GAP, _grid_columns
from cnnviz.i18n import CnnvizError, t
from cnnviz.inspect import patterns
from pages.common import explaining, state, workers
from pages.common import inspect as shared
from pages.common.charts import chart

KEY = "pf"
FIELD = 170

st.title(t("explain.explainpages.filters.title"))
st.caption(t("explain.explainpages.filters.intro"))

choice, model = shared.pick_run_and_model(KEY)
n_classes = model.info.n_classes
names = tuple(display_class_names(shared.class_names(choice.run_dir, n_classes)))  # in the reader's language
convs = list(model.info.conv_layers)
defaults = patterns.PatternSettings()


def ascend(target: str, settings: patterns.PatternSettings, what: str) -> patterns.PatternResult | None:
    """The patterns from the run's cache, else computed with a progress bar (and then cached)."""
    found = patterns.cached_result(choice.folder, target, settings, choice.model_file)
    if found is not None:  # read here: no need to wait for a worker
        return found
    bar = st.progress(0.0, text=t("explain.explainpages.filters.computing", what=what, done=0, total=1))

    def report(done: int, total: int) -> None:
        bar.progress(min(done / max(total, 1), 1.0),
                     text=t("explain.explainpages.filters.computing", what=what, done=done, total=total))

    try:
        result = workers.on_model(model, patterns.cached_patterns, str(choice.folder), target, settings,
                                  str(choice.model_file), progress=report)
    except CnnvizError as exc:
        st.error(str(exc), icon=":material/error:")
        result = None
    bar.empty()
    return result


def show_grid(result: patterns.PatternResult, title: str, key: str, names: list[str] | None = None,
              max_columns: int = 16) -> None:
    """The mosaic about 140 px per tile wide (a 4-filter layer does not fill a 1920 px screen with four giant
    tiles) and exactly as high as its tiles need."""
    count, height, width = result.images.shape[:3]
    columns = _grid_columns(count, max_columns)
    rows = math.ceil(count / columns)
    chart_width = min(1100, 60 + 140 * columns)
    fig = pattern_grid(result, title, names=names, max_columns=max_columns)
    aspect = (rows * (height + GAP) - GAP) / (columns * (width + GAP) - GAP)
    fig.update_layout(height=int(70 + (chart_width - 20) * aspect))
    chart(fig, key=key, width=chart_width)


def outcome(result: patterns.PatternResult) -> str:
    gain = float(np.median(result.final_objective - result.start_objective))
    where = (t("explain.explainpages.filters.from_cache") if result.cached
             else t("explain.explainpages.filters.computed", seconds=result.seconds))
    return t("explain.explainpages.filters.outcome", count=len(result.indices), steps=result.settings.steps, gain=gain,
             where=where)


# ---------------------------------------------------------------- a conv layer's filters

st.header(t("explain.explainpages.filters.filters_heading"), anchor=False)
if not convs:
    st.info(t("explain.explainpages.filters.no_conv"), icon=":material/info:")
else:
    row = st.container(horizontal=True, vertical_alignment="bottom")
    layer = row.selectbox(t("common.explainpages.filters.layer"), convs, index=state.held_index(f"{KEY}_layer", convs),
                          key=f"{KEY}_layer", width=240, persist_state=state.KEEP,
                          help=t("explain.explainpages.filters.layer_help"))
    steps = row.number_input(t("explain.explainpages.filters.steps"), 10, 400,
                             state.held(f"{KEY}_steps", defaults.steps),
                             step=10, key=f"{KEY}_steps", width=FIELD, persist_state=state.KEEP,
                             help=t("explain.explainpages.filters.steps_help"))
    row = st.container(horizontal=True, vertical_alignment="bottom")
    jitter_on = row.toggle(t("explain.explainpages.filters.jitter"), state.held(f"{KEY}_jitter_on", True),
                           key=f"{KEY}_jitter_on", persist_state=state.KEEP,
                           help=t("explain.explainpages.filters.jitter_help"))
    jitter = row.number_input(t("explain.explainpages.filters.jitter_px"), 1, 8,
                              state.held(f"{KEY}_jitter", max(defaults.jitter, 1)), key=f"{KEY}_jitter", width=FIELD,
                              disabled=not jitter_on, persist_state=state.KEEP,
                              help=t("explain.explainpages.filters.jitter_help"))
    blur_on = row.toggle(t("explain.explainpages.filters.blur"), state.held(f"{KEY}_blur_on", True),
                         key=f"{KEY}_blur_on",
                         persist_state=state.KEEP, help=t("explain.explainpages.filters.blur_help"))
    blur = row.number_input(t("explain.explainpages.filters.blur_sigma"), 0.1, 3.0,
                            state.held(f"{KEY}_blur", defaults.blur),
                            step=0.1, format="%.1f", key=f"{KEY}_blur", width=FIELD, disabled=not blur_on,
                            persist_state=state.KEEP, help=t("explain.explainpages.filters.blur_help"))
    row = st.container(horizontal=True, vertical_alignment="bottom")
    decay_on = row.toggle(t("explain.explainpages.filters.decay"), state.held(f"{KEY}_decay_on", True),
                          key=f"{KEY}_decay_on",
                          persist_state=state.KEEP, help=t("explain.explainpages.filters.decay_help"))
    decay = row.number_input(t("explain.explainpages.filters.decay_rate"), 0.01, 0.3,
                             state.held(f"{KEY}_decay", defaults.decay), step=0.01, format="%.2f", key=f"{KEY}_decay",
                             width=FIELD, disabled=not decay_on, persist_state=state.KEEP,
                             help=t("explain.explainpages.filters.decay_help"))
    clip = row.toggle(t("explain.explainpages.filters.clip"), state.held(f"{KEY}_clip", defaults.clip),
                      key=f"{KEY}_clip",
                      persist_state=state.KEEP, help=t("explain.explainpages.filters.clip_help"))
    settings = patterns.PatternSettings(steps=int(steps), step_size=defaults.step_size,
                                        start_noise=defaults.start_noise, jitter=int(jitter) if jitter_on else 0,
                                        blur=float(blur) if blur_on else 0.0,
                                        decay=float(decay) if decay_on else 0.0, clip=bool(clip))
    result = ascend(layer, settings, layer)
    if result is not None:
        fields = model.info.fields
        field = next((f for f in fields or [] if f.name == layer), None)
        sees = ""
        if field is not None and field.spatial:
            sees = f" {t('explain.explainpages.filters.sees', rf=explaining.field_text(field))}"
        position = convs.index(layer) + 1
        title = figure_text("explain.explainpages.filters.grid_title", layer=layer, count=len(result.indices))
        show_grid(result, title, f"{KEY}_grid")
        st.caption(outcome(result) + sees)
        st.caption(t("explain.explainpages.filters.read_first" if position == 1
                     else "explain.explainpages.filters.read_deeper",
                     position=position))

# ---------------------------------------------------------------- class patterns

st.header(t("explain.explainpages.filters.classes_heading"), anchor=False)
st.caption(t("explain.explainpages.filters.classes_intro", steps=patterns.CLASS_SETTINGS.steps))
classes = ascend(patterns.CLASSES, patterns.CLASS_SETTINGS, t("explain.explainpages.filters.classes_what"))
if classes is not None:
    labels = [names[int(i)] if int(i) < len(names) else str(int(i)) for i in classes.indices]
    show_grid(classes, t("explain.explainpages.filters.classes_title"), f"{KEY}_classes", names=labels, max_columns=10)
    st.caption(outcome(classes))
