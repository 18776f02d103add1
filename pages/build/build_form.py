"""Widgets of the Build page: the layer editor, presets, input shape, totals, table and import/export.

The architecture lives in `state.CURRENT_ARCHITECTURE`. Each layer has a stable id; its widgets are keyed
`build_w<id>_<field>`, so removing or moving a layer never hands its values to a neighbour, and replacing the
architecture (preset, import) gives every layer a fresh id, so no stale value survives. At the start of
each run `current_architecture()` reads the widget values back into the slot (Streamlit reruns the page on
every widget change, so the table is always live).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pandas as pd
import streamlit as st

from cnnviz.arch.codegen import keras_script
from cnnviz.arch.memory import estimate_training_memory
from cnnviz.arch.presets import PRESETS
from cnnviz.arch.shapes import LayerRow, Summary, fmt, format_bytes
from cnnviz.arch.spec import (
    ACTIVATIONS,
    MAX_LINK_CHARS,
    MAX_SIDE,
    MAX_WIDTH,
    PADDINGS,
    Architecture,
    AveragePooling2D,
    BatchNormalization,
    Conv2D,
    Dense,
    Dropout,
    Flatten,
    GlobalAveragePooling2D,
    Layer,
    MaxPooling2D,
    SpecError,
    from_link,
    parse_layer,
    to_link,
)
from cnnviz.i18n import Literal, Message, msg, t, t_or_empty
from pages.common import banners, state
from pages.common.display import THEME_PARAM
from pages.common.focus import focus_next_run
from pages.common.language import LANG_PARAM
from pages.common.links import copy_link, page_link_url
from pages.common.state import Outcome
from pages.common.text import plain, plain_table
from pages.common.workspace import TOKEN_PARAM

AT_END = -1  # the "Insert" choice that stays "at the end" however many layers there are
LAYER_PREFIX = "build_w"  # not a prefix of any slot key: forget_widgets(LAYER_PREFIX) must only drop widgets
INPUT_KEYS = {"height": "build_input_h", "width": "build_input_w", "channels": "build_input_c"}
PRESET_KEY = "build_preset"
ADD_KEY = "build_add"
IMPORT_FILE_KEY = "build_import_file"
IMPORT_TEXT_KEY = "build_import_text"

# What "Add layer" inserts: Keras defaults, except that hidden Conv2D/Dense layers get ReLU as in the notes.
NEW_LAYERS: dict[str, Layer] = {
    "Conv2D": Conv2D(32, (3, 3), activation="relu"),
    "MaxPooling2D": MaxPooling2D(),
    "AveragePooling2D": AveragePooling2D(),
    "BatchNormalization": BatchNormalization(),
    "Dropout": Dropout(0.25),
    "Flatten": Flatten(),
    "GlobalAveragePooling2D": GlobalAveragePooling2D(),
    "Dense": Dense(64, activation="relu"),
}


# ---------------------------------------------------------------- layer ⇄ widget values


def widget_key(layer_id: int, field: str) -> str:
    return f"{LAYER_PREFIX}{layer_id}_{field}"


def layer_values(layer: Layer) -> dict[str, Any]:
    """The editor's widget values for a layer (field name → value)."""
    if isinstance(layer, Conv2D):
        return {"filters": layer.filters, "kernel_h": layer.kernel_size[0], "kernel_w": layer.kernel_size[1],
                "stride_h": layer.strides[0], "stride_w": layer.strides[1], "padding": layer.padding,
                "activation": layer.activation, "use_bias": layer.use_bias}
    if isinstance(layer, MaxPooling2D):  # AveragePooling2D too
        strides = layer.strides or (None, None)
        return {"pool_h": layer.pool_size[0], "pool_w": layer.pool_size[1], "pool_stride_h": strides[0],
                "pool_stride_w": strides[1], "padding": layer.padding}
    if isinstance(layer, Dense):
        return {"units": layer.units, "activation": layer.activation, "use_bias": layer.use_bias}
    if isinstance(layer, Dropout):
        return {"rate": layer.rate}
    return {}


def layer_from_values(layer_type: str, values: dict[str, Any], position: int) -> Layer:
    """The inverse of `layer_values`, validated by the spec parser (raises SpecError)."""
    data: dict[str, Any] = {"type": layer_type}
    if layer_type == "Conv2D":
        data.update(filters=values["filters"], kernel_size=[values["kernel_h"], values["kernel_w"]],
                    strides=[values["stride_h"], values["stride_w"]], padding=values["padding"],
                    activation=values["activation"], use_bias=values["use_bias"])
    elif layer_type in ("MaxPooling2D", "AveragePooling2D"):
        pool = [values["pool_h"], values["pool_w"]]
        given = (values["pool_stride_h"], values["pool_stride_w"])
        data.update(pool_size=pool, padding=values["padding"])
        if any(v is not None for v in given):  # an empty side defaults to the pool size on that side
            data["strides"] = [side if side is not None else p for side, p in zip(given, pool, strict=True)]
    elif layer_type == "Dense":
        data.update(units=values["units"], activation=values["activation"], use_bias=values["use_bias"])
    elif layer_type == "Dropout":
        data.update(rate=values["rate"])
    return parse_layer(data, position)


# ---------------------------------------------------------------- editor state


def _seed_widgets(arch: Architecture, ids: list[int]) -> None:
    """Give every widget without a value the architecture's value (before the widgets render)."""
    shape_values = dict(zip(INPUT_KEYS.values(), arch.input_shape, strict=True))
    for key, value in shape_values.items():
        state.seed_widget(key, value)
    for layer, layer_id in zip(arch.layers, ids, strict=True):
        for field, value in layer_values(layer).items():
            state.seed_widget(widget_key(layer_id, field), value)


def _fresh_ids(count: int) -> list[int]:
    start = state.BUILD_NEXT_ID.get()
    state.BUILD_NEXT_ID.set(start + count)
    return list(range(start, start + count))


def _store(arch: Architecture, ids: list[int]) -> None:
    state.CURRENT_ARCHITECTURE.set(arch)
    state.BUILD_LAYER_IDS.set(ids)
    state.BUILD_SYNCED.set(arch)


def load_architecture(arch: Architecture) -> None:
    """Replace the architecture being edited; every widget re-reads its value from `arch`."""
    state.forget_widgets(LAYER_PREFIX)
    for key in INPUT_KEYS.values():
        state.forget_widget(key)
    _store(arch, _fresh_ids(len(arch.layers)))


def _read_widgets(arch: Architecture, ids: list[int]) -> tuple[Architecture, list[str]]:
    """The architecture as the widgets currently show it, and any value the spec refused (kept unchanged)."""
    problems: list[str] = []
    input_shape = tuple(int(state.widget_value(k)) for k in INPUT_KEYS.values())
    layers = []
    for position, (layer, layer_id) in enumerate(zip(arch.layers, ids, strict=True), start=1):
        values = {field: state.widget_value(widget_key(layer_id, field)) for field in layer_values(layer)}
        try:
            layers.append(layer_from_values(layer.TYPE, values, position))
        except SpecError as exc:
            problems.append(t("build.buildpage.kept_previous", reason=exc))
            layers.append(layer)
    return Architecture(input_shape, tuple(layers)), problems  # type: ignore[arg-type]


def current_architecture() -> tuple[Architecture, list[str]]:
    """Synchronise the slot with the editor's widgets and return it (plus any refused edit)."""
    arch = state.CURRENT_ARCHITECTURE.get()
    ids = state.BUILD_LAYER_IDS.get()
    if state.BUILD_SYNCED.get() != arch or len(ids) != len(arch.layers):
        load_architecture(arch)  # first visit, or another page replaced the architecture
        ids = state.BUILD_LAYER_IDS.get()
    _seed_widgets(arch, ids)
    edited, problems = _read_widgets(arch, ids)
    _store(edited, ids)
    return edited, problems


# ---------------------------------------------------------------- callbacks (run before the rerun)


def _load_selected_preset() -> None:
    state.BUILD_LINK_ERROR.clear()
    load_architecture(PRESETS[state.widget_value(PRESET_KEY)].architecture)


def _add_layer(layer_type: str, index: int) -> None:
    arch, _ = current_architecture()
    ids = state.BUILD_LAYER_IDS.get()
    index = len(ids) if index == AT_END else index
    layers = list(arch.layers)
    layers.insert(index, NEW_LAYERS[layer_type])
    _store(replace(arch, layers=tuple(layers)), [*ids[:index], *_fresh_ids(1), *ids[index:]])


def _remove_layer(layer_id: int) -> None:
    arch, _ = current_architecture()
    ids = state.BUILD_LAYER_IDS.get()
    index = ids.index(layer_id)
    state.forget_widgets(f"{LAYER_PREFIX}{layer_id}_")
    _store(replace(arch, layers=arch.layers[:index] + arch.layers[index + 1:]), ids[:index] + ids[index + 1:])
    rest = ids[index + 1:] or ids[:index][-1:]  # the layer that took its place, else the one before it
    focus_next_run(f".st-key-{layer_expander_key(rest[0])} summary" if rest else f".st-key-{ADD_KEY} button")


def _move_layer(layer_id: int, step: int) -> None:
    arch, _ = current_architecture()
    ids = list(state.BUILD_LAYER_IDS.get())
    i = ids.index(layer_id)
    j = i + step
    if not 0 <= j < len(ids):
        return
    layers = list(arch.layers)
    layers[i], layers[j] = layers[j], layers[i]
    ids[i], ids[j] = ids[j], ids[i]
    _store(replace(arch, layers=tuple(layers)), ids)
    at_edge = j == 0 if step < 0 else j == len(ids) - 1  # the button pressed is disabled there: take the other one
    direction = "up" if (step < 0) != at_edge else "down"
    focus_next_run(f".st-key-build_{direction}_{layer_id} button")


def import_json(text: str | bytes, source: str | Message) -> None:
    """Replace the architecture with the JSON's, or keep it and say exactly what is wrong. `source` names where the
    JSON came from (a file name, shown as plain text, or a Message)."""
    try:
        arch = Architecture.from_json(text)
    except SpecError as exc:
        state.BUILD_IMPORT_MESSAGE.set(Outcome.error(msg("build.buildpage.import_failed", source=source, reason=exc)))
        return
    state.BUILD_LINK_ERROR.clear()
    load_architecture(arch)
    state.BUILD_IMPORT_MESSAGE.set(Outcome.success(msg("build.buildpage.imported", source=source, n=len(arch.layers))))


def _import_uploaded() -> None:
    uploaded = state.widget_value(IMPORT_FILE_KEY)
    if uploaded is not None:
        import_json(uploaded.getvalue(), plain(uploaded.name))


def _import_pasted() -> None:
    import_json(state.widget_value(IMPORT_TEXT_KEY, ""), msg("build.buildpage.pasted_source"))


# ---------------------------------------------------------------- top controls

FIELD = 150  # px: one number or choice of the editor; rows of fields wrap on a narrow screen (a projector)


def render_preset_picker(arch: Architecture) -> None:
    names = list(PRESETS)
    st.selectbox(t("build.buildpage.preset"), names, index=state.held_index(PRESET_KEY, names), key=PRESET_KEY,
                 format_func=lambda n: PRESETS[n].title,
                 on_change=_load_selected_preset, help=t_or_empty("glossary.preset"), persist_state=state.KEEP)
    preset = PRESETS[state.widget_value(PRESET_KEY)]
    st.caption(preset.description)
    if arch != preset.architecture:
        st.caption(t("build.buildpage.preset_differs"))
        st.button(t("build.buildpage.reset_preset"), on_click=_load_selected_preset, icon=":material/restart_alt:",
                  help=t("build.buildpage.reset_preset_help"))


def render_input_shape() -> None:
    row = st.container(horizontal=True)
    height, width = INPUT_KEYS["height"], INPUT_KEYS["width"]
    row.number_input(t("build.buildpage.input_height"), min_value=1, max_value=MAX_SIDE,
                     value=state.held(height, "min"),
                     step=1, key=height, help=t_or_empty("glossary.input_height"), width=FIELD)
    row.number_input(t("build.buildpage.input_width"), min_value=1, max_value=MAX_SIDE, value=state.held(width, "min"),
                     step=1, key=width, help=t_or_empty("glossary.input_width"), width=FIELD)
    channels = INPUT_KEYS["channels"]
    row.selectbox(t("build.buildpage.channels"), (1, 3), index=state.held_index(channels, (1, 3)), key=channels,
                  help=t_or_empty("glossary.input_channels"),
                  format_func=lambda c: t("build.buildpage.channels_gray" if c == 1
                                          else "build.buildpage.channels_colour"),
                  width=FIELD + 30)


def render_problems(summary: Summary, refused: list[str]) -> None:
    if summary.errors:
        items = Literal("\n".join(f"- {plain(error, limit=600)}" for error in summary.errors))
        st.error(t("build.buildpage.cannot_build", items=items), icon=":material/error:")
    for problem in refused:
        st.warning(problem)


def render_totals(summary: Summary) -> None:
    row = st.container(horizontal=True, gap="large")
    row.metric(t("build.buildpage.total_params"), fmt(summary.total_params), width="content",
               help=t("build.buildpage.total_params_help"))
    row.metric(t("build.buildpage.trainable_params"), fmt(summary.trainable_params), width="content",
               help=t("build.buildpage.trainable_params_help"))
    row.metric(t("build.buildpage.non_trainable_params"), fmt(summary.non_trainable_params), width="content",
               help=t("build.buildpage.non_trainable_params_help"))
    row.metric(t("build.buildpage.flops"), fmt(summary.total_flops), width="content",
               help=t("build.buildpage.flops_help"))
    row.metric(t("build.buildpage.activation_memory"), format_bytes(summary.activation_bytes), width="content",
               help=t("build.buildpage.activation_memory_help"))
    estimate = estimate_training_memory(summary)
    row.metric(t("build.buildpage.training_memory"), format_bytes(estimate.network), width="content",
               help=t("build.buildpage.training_memory_help", breakdown=estimate.breakdown()))


# ---------------------------------------------------------------- the layer table


# The summary table's columns: a language-neutral id → its header's catalog key ("#" needs none). Code looks columns
# up by id; render_table puts the headers of the current language on last.
COLUMN_HEADERS = {
    "#": None, "layer": "shapes.col_layer", "output": "compare.total.output_shape",
    "params": "build.buildpage.col_params",
    "param_formula": "build.buildpage.col_param_formula", "shape_formula": "build.buildpage.col_shape_formula",
    "flops": "shapes.col_flops", "trainable": "build.buildpage.col_trainable",
    "non_trainable": "build.buildpage.col_non_trainable",
    "problem": "build.buildpage.col_problem", "receptive_field": "build.explainpages.build.rf_column",
}
NUMBER_COLUMNS = ("params", "trainable", "non_trainable", "flops")


def summary_frame(summary: Summary) -> pd.DataFrame:
    """One row per layer, laid out like Keras' summary plus the formulas; ints stay ints. Columns are named by id
    (`COLUMN_HEADERS`). The trainable split appears only when some parameters are not trainable, the problem column
    only when a layer is invalid."""
    rows = [{
        "#": row.position, "layer": f"{row.name} ({row.type})",
        "output": "(" + ", ".join(map(str, row.output_shape)) + ")",
        "params": row.params, "param_formula": row.formula, "shape_formula": row.shape_formula, "flops": row.flops,
        "trainable": row.trainable_params, "non_trainable": row.non_trainable_params, "problem": row.error or "",
    } for row in summary.rows]
    columns = ["#", "layer", "output", "params", "param_formula", "shape_formula", "flops"]
    if summary.non_trainable_params:
        columns += ["trainable", "non_trainable"]
    if summary.errors:
        columns.append("problem")
    return pd.DataFrame(rows, columns=columns)


def column_header(column: str) -> str:
    key = COLUMN_HEADERS[column]
    return t(key) if key else column


def receptive_field_cells(arch: Architecture) -> list[str] | None:
    """Per layer, the input pixels one unit sees and the jump between neighbouring units ("8×8 · jump 2"), from
    the shape math (cnnviz.inspect.receptive); None while the network cannot be built."""
    from cnnviz.inspect.receptive import receptive_fields

    try:
        fields = receptive_fields(arch)
    except SpecError:
        return None

    def pair(a: int, b: int) -> str:
        return str(a) if a == b else f"{a}×{b}"

    return [t("build.explainpages.build.rf_cell", size=f"{f.rows.size}×{f.cols.size}", jump=pair(*f.jump)) if f.spatial
            else t("build.explainpages.build.rf_whole") for f in fields]


def render_table(summary: Summary, arch: Architecture | None = None, shown: range | None = None) -> None:
    """A plain table whose cells wrap, so every column stays readable at any width (a grid would cut the
    formulas off on a projector). Numbers are formatted here: a styled table costs a click ~200 ms to redraw.
    With `arch`, a column gives each layer's receptive field; with `shown`, only those rows (a page of layers)."""
    frame = summary_frame(summary)
    cells = receptive_field_cells(arch) if arch is not None and summary.ok else None
    if cells is not None and len(cells) == len(frame):
        frame.insert(frame.columns.get_loc("output") + 1, "receptive_field", cells)
    if shown is not None:
        frame = frame.iloc[shown.start:shown.stop]
    for column in NUMBER_COLUMNS:
        if column in frame:
            frame[column] = frame[column].map("{:,}".format)
    if "problem" in frame:
        frame["problem"] = frame["problem"].map(lambda text: f"⚠ {text}" if text else "")
    frame = frame.rename(columns=column_header)
    st.table(plain_table(frame.set_index("#")))
    rf_note = f" {t('build.explainpages.build.rf_caption')}" if cells is not None else ""
    st.caption(t("build.buildpage.table_caption") + rf_note)


# ---------------------------------------------------------------- the layer editor


def _short_settings(layer: Layer) -> str:
    if isinstance(layer, Conv2D):
        return f"{layer.filters} × {layer.kernel_size[0]}×{layer.kernel_size[1]} {layer.padding} {layer.activation}"
    if isinstance(layer, MaxPooling2D):
        return f"{layer.pool_size[0]}×{layer.pool_size[1]}"
    if isinstance(layer, Dense):
        return f"{layer.units} {layer.activation}"
    if isinstance(layer, Dropout):
        return f"{layer.rate:g}"
    return ""


def _expander_label(layer: Layer, row: LayerRow) -> str:
    shape = "×".join(map(str, row.output_shape))
    head = plain(f"{row.position}. {row.name} · {layer.TYPE} {_short_settings(layer)}".rstrip(), limit=200)
    tail = t("build.buildpage.layer_invalid") if row.error else t("build.buildpage.layer_shape_params", shape=shape,
                                                             params=fmt(row.params))
    return f"{head} {tail}"


# The editor's fields are called with their label's catalog key and their glossary key (`glossary.<key>`) as literals.
# Their values outlive a closed editor and a visit to another page (persist_state): only open editors are drawn.
def _number(row: Any, label_key: str, layer_id: int, field: str, help_key: str, **kwargs: Any) -> None:
    key = widget_key(layer_id, field)
    row.number_input(t(label_key), value=state.held(key, kwargs.pop("value", "min")), key=key,
                     help=t_or_empty(f"glossary.{help_key}"), width=FIELD, persist_state=state.KEEP, **kwargs)


def _choice(row: Any, label_key: str, options: tuple, layer_id: int, field: str, help_key: str) -> None:
    key = widget_key(layer_id, field)
    row.selectbox(t(label_key), options, index=state.held_index(key, options), key=key,
                  help=t_or_empty(f"glossary.{help_key}"), width=FIELD, persist_state=state.KEEP)


def _bias(row: Any, layer_id: int) -> None:
    key = widget_key(layer_id, "use_bias")
    row.checkbox(t("build.buildpage.use_bias"), value=state.held(key, True), key=key,
                 help=t_or_empty("glossary.use_bias"),
                 persist_state=state.KEEP)


def _conv_widgets(layer_id: int) -> None:
    row = st.container(horizontal=True, vertical_alignment="bottom")
    _number(row, "build.buildpage.filters", layer_id, "filters", "filters", min_value=1, max_value=MAX_WIDTH, step=1)
    _number(row, "build.buildpage.kernel_height", layer_id, "kernel_h", "kernel_size", min_value=1, max_value=MAX_SIDE,
            step=1)
    _number(row, "build.buildpage.kernel_width", layer_id, "kernel_w", "kernel_size", min_value=1, max_value=MAX_SIDE,
            step=1)
    _number(row, "build.buildpage.stride_down", layer_id, "stride_h", "strides", min_value=1, max_value=MAX_SIDE,
            step=1)
    _number(row, "build.buildpage.stride_across", layer_id, "stride_w", "strides", min_value=1, max_value=MAX_SIDE,
            step=1)
    _choice(row, "common.labs.padding", PADDINGS, layer_id, "padding", "padding")
    _choice(row, "build.buildpage.activation", ACTIVATIONS, layer_id, "activation", "activation")
    _bias(row, layer_id)


def _pool_widgets(layer_id: int) -> None:
    row = st.container(horizontal=True, vertical_alignment="bottom")
    _number(row, "build.buildpage.pool_height", layer_id, "pool_h", "pool_size", min_value=1, max_value=MAX_SIDE,
            step=1)
    _number(row, "build.buildpage.pool_width", layer_id, "pool_w", "pool_size", min_value=1, max_value=MAX_SIDE, step=1)
    _number(row, "build.buildpage.stride_down", layer_id, "pool_stride_h", "pool_strides", min_value=1,
            max_value=MAX_SIDE,
            step=1, value=None, placeholder=t("build.buildpage.pool_stride_placeholder"))
    _number(row, "build.buildpage.stride_across", layer_id, "pool_stride_w", "pool_strides", min_value=1,
            max_value=MAX_SIDE,
            step=1, value=None, placeholder=t("build.buildpage.pool_stride_placeholder"))
    _choice(row, "common.labs.padding", PADDINGS, layer_id, "padding", "pool_padding")


def _dense_widgets(layer_id: int) -> None:
    row = st.container(horizontal=True, vertical_alignment="bottom")
    _number(row, "build.buildpage.units", layer_id, "units", "units", min_value=1, max_value=MAX_WIDTH, step=1)
    _choice(row, "build.buildpage.activation", ACTIVATIONS, layer_id, "activation", "activation")
    _bias(row, layer_id)


def _layer_widgets(layer: Layer, layer_id: int) -> None:
    if isinstance(layer, Conv2D):
        _conv_widgets(layer_id)
    elif isinstance(layer, MaxPooling2D):
        _pool_widgets(layer_id)
    elif isinstance(layer, Dense):
        _dense_widgets(layer_id)
    elif isinstance(layer, Dropout):
        _number(st, "build.buildpage.rate", layer_id, "rate", "rate", min_value=0.0, max_value=0.999, step=0.05,
                format="%.3f")


def _move_buttons(layer_id: int, index: int, count: int) -> None:
    row = st.container(horizontal=True)
    row.button(t("build.buildpage.up"), key=f"build_up_{layer_id}", icon=":material/arrow_upward:", disabled=index == 0,
               on_click=_move_layer, args=(layer_id, -1), help=t("build.buildpage.up_help"))
    row.button(t("build.buildpage.down"), key=f"build_down_{layer_id}", icon=":material/arrow_downward:",
               disabled=index == count - 1, on_click=_move_layer, args=(layer_id, 1),
               help=t("build.buildpage.down_help"))
    row.button(t("build.buildpage.remove"), key=f"build_remove_{layer_id}", icon=":material/delete:",
               on_click=_remove_layer,
               args=(layer_id,), help=t("build.buildpage.remove_help"))


def layer_expander_key(layer_id: int) -> str:
    return f"build_exp_{layer_id}"


def _remember_open(layer_id: int) -> None:
    opened = state.BUILD_OPEN_LAYERS.get()
    is_open = bool(state.widget_value(layer_expander_key(layer_id)))
    state.BUILD_OPEN_LAYERS.set(opened | {layer_id} if is_open else opened - {layer_id})


# A longer network is edited and tabled a page of layers at a time: at the 200-layer limit, 200 expanders and table
# rows took the browser 15-40 s to draw after every edit.
LAYERS_PER_PAGE = 25
LAYER_PAGE_KEY = "build_layer_page"


def render_layer_pages(n_layers: int) -> range:
    """The positions (0-based) of the layers the editor and the table show: all of a short network, else the page
    of LAYERS_PER_PAGE layers chosen here (kept for the session)."""
    if n_layers <= LAYERS_PER_PAGE:
        return range(n_layers)
    pages = {f"{start + 1}–{min(start + LAYERS_PER_PAGE, n_layers)}": start
             for start in range(0, n_layers, LAYERS_PER_PAGE)}
    labels = list(pages)
    chosen = st.radio(t("build.buildpage.layer_pages", n=n_layers), labels,
                      index=state.held_index(LAYER_PAGE_KEY, labels),
                      key=LAYER_PAGE_KEY, horizontal=True, persist_state=state.KEEP)
    start = pages[chosen]
    return range(start, min(start + LAYERS_PER_PAGE, n_layers))


def render_layer_editor(arch: Architecture, summary: Summary, shown: range | None = None) -> None:
    """One expander per layer (of the `shown` positions), its label the layer's settings, shape and parameters.
    Only an open expander's widgets are made (opening one reruns the page): a network's ~80 widgets cost every edit
    tens of milliseconds of the server's time and the browser hundreds to redraw. A closed layer's values live in
    the architecture and are seeded into its widgets when it opens (`_seed_widgets`)."""
    ids = state.BUILD_LAYER_IDS.get()
    shown = range(len(ids)) if shown is None else shown
    for index, (layer, layer_id, row) in enumerate(zip(arch.layers, ids, summary.rows, strict=True)):
        if index not in shown:
            continue
        icon = ":material/error:" if row.error else None
        opened = layer_id in state.BUILD_OPEN_LAYERS.get()  # Streamlit forgets it when the label changes
        editor = st.expander(_expander_label(layer, row), opened, key=layer_expander_key(layer_id), icon=icon,
                             on_change=_remember_open, args=(layer_id,))
        if not editor.open:
            continue
        with editor:
            st.caption(t_or_empty(f"glossary.{layer.TYPE.lower()}"))
            _layer_widgets(layer, layer_id)
            if row.error:
                st.error(row.error)
            else:
                shape = t("build.buildpage.layer_shape_formula", formula=row.shape_formula) if row.shape_formula else ""
                st.caption(t("build.buildpage.layer_output", shape=row.output_shape, formula=row.formula) + shape)
            _move_buttons(layer_id, index, len(ids))
    _render_add_layer(arch, summary)


def _render_add_layer(arch: Architecture, summary: Summary) -> None:
    row = st.container(horizontal=True, vertical_alignment="bottom")
    layer_type = row.selectbox(t("build.buildpage.new_layer"), list(NEW_LAYERS), width=230, key="build_add_type",
                               index=state.held_index("build_add_type", list(NEW_LAYERS)),
                               persist_state=state.KEEP, help=t("build.buildpage.new_layer_help"))
    names = [r.name for r in summary.rows]
    positions = [AT_END, *range(len(arch.layers) - 1, -1, -1)]

    def where(i: int) -> str:
        if i == AT_END:
            return t("build.buildpage.at_end")
        return t("build.buildpage.at_start") if i == 0 else t("build.buildpage.after", position=i, name=names[i - 1])

    index = row.selectbox(t("build.buildpage.insert"), positions, index=state.held_index("build_add_where", positions),
                          key="build_add_where", width=260, persist_state=state.KEEP,
                          format_func=where, help=t("build.buildpage.insert_help"))
    row.button(t("build.buildpage.add_layer"), icon=":material/add:", on_click=_add_layer, args=(layer_type, index),
               type="primary", key=ADD_KEY)
    st.caption(t_or_empty(f"glossary.{layer_type.lower()}"))


# ---------------------------------------------------------------- the tabs below the table


TAB_LABELS = {"import": "build.buildpage.tab_import", "export": "build.buildpage.tab_export",
              "code": "build.buildpage.tab_code",
              "share": "build.buildpage.tab_share"}
TAB_KEY = "build_tab"


def _remember_tab() -> None:
    opened = state.widget_value(TAB_KEY)
    state.BUILD_TAB.set(next((tab for tab, key in TAB_LABELS.items() if t(key) == opened), None))


def tabs(ids: list[str]) -> Any:
    """Tabs (by id, see `TAB_LABELS`) that run only the open one's code; the open tab is kept for the session by
    id, so it stays open when the language changes."""
    remembered = state.BUILD_TAB.get()
    labels = [t(TAB_LABELS[tab]) for tab in ids]
    default = labels[ids.index(remembered)] if remembered in ids else labels[0]
    return st.tabs(labels, key=TAB_KEY, on_change=_remember_tab, default=default)


# ---------------------------------------------------------------- links

LINK_PARAM = "net"
PRESET_PARAM = "preset"


def _link_code(arch: Architecture) -> tuple[str, str]:
    """The URL parameter for this network: a preset's name when it is one, else the packed architecture."""
    preset = next((name for name, p in PRESETS.items() if p.architecture == arch), None)
    return (PRESET_PARAM, preset) if preset else (LINK_PARAM, to_link(arch))


def apply_link() -> None:
    """Open the network a shared link carries (?net=… or ?preset=…), once; a damaged or tampered link keeps the
    current network and says what is wrong."""
    param, value = next(((k, st.query_params[k]) for k in (LINK_PARAM, PRESET_PARAM) if k in st.query_params),
                        (None, None))
    if param is None or f"{param}={value}" == state.BUILD_LINK.get():
        return
    state.BUILD_LINK.set(f"{param}={value}")
    try:
        if param == PRESET_PARAM:
            if value not in PRESETS:
                raise SpecError("build.buildpage.no_preset", name=value[:40], known=", ".join(PRESETS))
            arch = PRESETS[value].architecture
            state.set_widget_value(PRESET_KEY, value)
        else:
            arch = from_link(value)
    except SpecError as exc:
        state.BUILD_LINK_ERROR.set(msg("build.buildpage.link_error", reason=exc))
        return
    load_architecture(arch)


def publish_link(arch: Architecture) -> str | Message:
    """Put the network into the page's URL (so reloading or sharing it opens the same network); its link, or why
    there is none: a code longer than a link may hold is never made (the app would refuse to open it, and a server
    refuses a long address with a bare "Invalid HTTP request")."""
    param, value = _link_code(arch)
    too_long = len(value) > MAX_LINK_CHARS
    wanted = {key: st.query_params[key] for key in (LANG_PARAM, THEME_PARAM) if key in st.query_params}
    if not too_long:
        wanted[param] = value
    # Class mode's key stays as it is (Streamlit keeps it: it is bound to a widget, see keep_private_link).
    shown = {key: value for key, value in st.query_params.items() if key != TOKEN_PARAM}
    if shown != wanted:
        for key in shown.keys() - wanted.keys():
            del st.query_params[key]
        st.query_params.update(wanted)
    state.BUILD_LINK.set(f"{param}={value}")
    if too_long:
        return msg("build.buildpage.link_too_long", n=len(value), limit=MAX_LINK_CHARS)
    shared = {key: wanted[key] for key in (LANG_PARAM, param) if key in wanted}  # never the private key
    return page_link_url(shared)


def render_link_error() -> None:
    message = state.BUILD_LINK_ERROR.get()
    if message:
        st.error(str(message), icon=":material/link_off:")


# ---------------------------------------------------------------- import / export


FORMAT_EXAMPLE = '{"input_shape": [28, 28, 1], "layers": [{"type": "Conv2D", ...}]}'
PASTE_EXAMPLE = ('{"input_shape": [28, 28, 1], "layers": [{"type": "Flatten"}, '
                 '{"type": "Dense", "units": 10, "activation": "softmax"}]}')


def render_import(arch: Architecture) -> None:
    st.file_uploader(t("build.buildpage.upload_json"), type=["json"], key=IMPORT_FILE_KEY, on_change=_import_uploaded,
                     max_upload_size=1,  # MB, the least Streamlit can say; the spec refuses more than 256 KB
                     help=t("build.buildpage.upload_json_help", example=FORMAT_EXAMPLE))
    st.text_area(t("build.buildpage.paste_json"), key=IMPORT_TEXT_KEY, height=140, placeholder=PASTE_EXAMPLE)
    st.button(t("build.buildpage.import_pasted"), on_click=_import_pasted, icon=":material/upload:")
    banners.outcome_banner(state.BUILD_IMPORT_MESSAGE.get(), icons=False)


def render_export(arch: Architecture, summary: Summary) -> None:
    st.download_button(t("build.buildpage.download_json"), arch.to_json(), file_name="architecture.json",
                       mime="application/json", on_click="ignore", icon=":material/download:")
    st.code(arch.to_json(), language="json")


def render_share(link: str | Message) -> None:
    if isinstance(link, Message):
        st.info(str(link), icon=":material/link_off:")
        return
    st.markdown(t("build.buildpage.share_intro"))
    copy_link(link)


def render_code(arch: Architecture, summary: Summary) -> None:
    if not summary.ok:
        st.info(t("build.buildpage.fix_first"))
        return
    script = keras_script(arch)
    st.download_button(t("build.buildpage.download_script"), script, file_name="cnnviz_model.py", mime="text/x-python",
                       on_click="ignore", icon=":material/download:")
    st.code(script, language="python")
