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

from cnnviz.codegen import keras_script
from cnnviz.glossary import GLOSSARY
from cnnviz.presets import PRESETS
from cnnviz.shapes import LayerRow, Summary, fmt, format_bytes
from cnnviz.spec import (
    ACTIVATIONS,
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
    parse_layer,
)
from pages.shared import state

LAYER_PREFIX = "build_w"  # not a prefix of any slot key: forget_widgets(LAYER_PREFIX) must only drop widgets
INPUT_KEYS = {"height": "build_input_h", "width": "build_input_w", "channels": "build_input_c"}
PRESET_KEY = "build_preset"
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
        st.session_state.setdefault(key, value)
    for layer, layer_id in zip(arch.layers, ids, strict=True):
        for field, value in layer_values(layer).items():
            st.session_state.setdefault(widget_key(layer_id, field), value)


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
        st.session_state.pop(key, None)
    _store(arch, _fresh_ids(len(arch.layers)))


def _read_widgets(arch: Architecture, ids: list[int]) -> tuple[Architecture, list[str]]:
    """The architecture as the widgets currently show it, and any value the spec refused (kept unchanged)."""
    problems: list[str] = []
    input_shape = tuple(int(st.session_state[k]) for k in INPUT_KEYS.values())
    layers = []
    for position, (layer, layer_id) in enumerate(zip(arch.layers, ids, strict=True), start=1):
        values = {field: st.session_state[widget_key(layer_id, field)] for field in layer_values(layer)}
        try:
            layers.append(layer_from_values(layer.TYPE, values, position))
        except SpecError as exc:
            problems.append(f"{exc} (kept the previous settings)")
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
    load_architecture(PRESETS[st.session_state[PRESET_KEY]].architecture)


def _add_layer(layer_type: str, index: int) -> None:
    arch, _ = current_architecture()
    ids = state.BUILD_LAYER_IDS.get()
    layers = list(arch.layers)
    layers.insert(index, NEW_LAYERS[layer_type])
    _store(replace(arch, layers=tuple(layers)), [*ids[:index], *_fresh_ids(1), *ids[index:]])


def _remove_layer(layer_id: int) -> None:
    arch, _ = current_architecture()
    ids = state.BUILD_LAYER_IDS.get()
    index = ids.index(layer_id)
    state.forget_widgets(f"{LAYER_PREFIX}{layer_id}_")
    _store(replace(arch, layers=arch.layers[:index] + arch.layers[index + 1:]), ids[:index] + ids[index + 1:])


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


def import_json(text: str | bytes, source: str) -> None:
    """Replace the architecture with the JSON's, or keep it and say exactly what is wrong."""
    try:
        arch = Architecture.from_json(text)
    except SpecError as exc:
        state.BUILD_IMPORT_MESSAGE.set(("error", f"Could not import {source}: {exc}. Kept the current architecture."))
        return
    load_architecture(arch)
    state.BUILD_IMPORT_MESSAGE.set(("success", f"Imported {source}: {len(arch.layers)} layers."))


def _import_uploaded() -> None:
    uploaded = st.session_state.get(IMPORT_FILE_KEY)
    if uploaded is not None:
        import_json(uploaded.getvalue(), uploaded.name)


def _import_pasted() -> None:
    import_json(st.session_state.get(IMPORT_TEXT_KEY, ""), "the pasted JSON")


# ---------------------------------------------------------------- top controls


def render_preset_picker(arch: Architecture) -> None:
    names = list(PRESETS)
    st.selectbox("Preset", names, key=PRESET_KEY, format_func=lambda n: PRESETS[n].title,
                 on_change=_load_selected_preset, help=GLOSSARY["preset"])
    preset = PRESETS[st.session_state[PRESET_KEY]]
    st.caption(preset.description)
    if arch != preset.architecture:
        st.button("Reset to this preset", on_click=_load_selected_preset, icon=":material/restart_alt:",
                  help="Throw away your edits and load the preset shown above again.")


def render_input_shape() -> None:
    height, width, channels = st.columns(3)
    height.number_input("Input height", min_value=1, max_value=MAX_SIDE, step=1, key=INPUT_KEYS["height"],
                        help=GLOSSARY["input_height"])
    width.number_input("Input width", min_value=1, max_value=MAX_SIDE, step=1, key=INPUT_KEYS["width"],
                       help=GLOSSARY["input_width"])
    channels.selectbox("Channels", (1, 3), key=INPUT_KEYS["channels"], help=GLOSSARY["input_channels"],
                       format_func=lambda c: "1 (grayscale)" if c == 1 else "3 (colour)")


def render_problems(summary: Summary, refused: list[str]) -> None:
    if summary.errors:
        items = "\n".join(f"- {error}" for error in summary.errors)
        st.error(f"**This network cannot be built yet.** The rest of the table is provisional "
                 f"(an invalid layer passes its input on unchanged):\n{items}", icon=":material/error:")
    for problem in refused:
        st.warning(problem)


def render_totals(summary: Summary) -> None:
    cols = st.columns(5)
    cols[0].metric("Total params", fmt(summary.total_params),
                   help="Every weight and bias of the network: the sum of the Params column.")
    cols[1].metric("Trainable params", fmt(summary.trainable_params),
                   help="The numbers the optimizer updates during training.")
    cols[2].metric("Non-trainable params", fmt(summary.non_trainable_params),
                   help="BatchNormalization's moving mean and variance: updated from batch statistics, not by "
                        "gradients.")
    cols[3].metric("Multiply-adds / image", fmt(summary.total_flops),
                   help="Work for one forward pass: one multiply-add per weight use (a conv weight is used at "
                        "every output position).")
    cols[4].metric("Activation memory / image", format_bytes(summary.activation_bytes),
                   help="Memory of all layer outputs for one image (float32, input included); multiply by the "
                        "batch size for training.")


# ---------------------------------------------------------------- the layer table


COLUMNS = ["#", "Layer (type)", "Output shape", "Params", "Param formula", "Shape formula", "FLOPs", "Trainable",
           "Non-trainable", "Problem"]


def summary_frame(summary: Summary) -> pd.DataFrame:
    """One row per layer, laid out like Keras' summary plus the formulas; ints stay ints."""
    return pd.DataFrame([{
        "#": row.position, "Layer (type)": f"{row.name} ({row.type})",
        "Output shape": "(" + ", ".join(map(str, row.output_shape)) + ")",
        "Params": row.params, "Param formula": row.formula, "Shape formula": row.shape_formula, "FLOPs": row.flops,
        "Trainable": row.trainable_params, "Non-trainable": row.non_trainable_params, "Problem": row.error or "",
    } for row in summary.rows], columns=COLUMNS)


def render_table(summary: Summary) -> None:
    frame = summary_frame(summary)
    numbers = {c: "{:,}" for c in ("Params", "Trainable", "Non-trainable", "FLOPs")}
    styled = frame.style.format(numbers).apply(
        lambda row: ["background-color: #ffd6d6; color: #8b0000" if row["Problem"] else ""] * len(row), axis=1)
    st.dataframe(styled, hide_index=True, key="build_table", column_config={
        "#": st.column_config.NumberColumn(width=40),
        "Param formula": st.column_config.TextColumn(help="How Keras counts this layer's weights and biases."),
        "Shape formula": st.column_config.TextColumn(help="How the output height/width follow from the input."),
        "FLOPs": st.column_config.TextColumn(help="Multiply-adds for one image."),
        "Non-trainable": st.column_config.TextColumn(help="BatchNormalization's moving mean and variance."),
    })


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
    head = f"{row.position}. {row.name} · {layer.TYPE} {_short_settings(layer)}".rstrip()
    tail = "invalid" if row.error else f"→ {shape} · {fmt(row.params)} params"
    return f"{head} {tail}"


def _number(label: str, layer_id: int, field: str, help_key: str, **kwargs: Any) -> None:
    st.number_input(label, key=widget_key(layer_id, field), help=GLOSSARY[help_key], **kwargs)


def _conv_widgets(layer_id: int) -> None:
    c = st.columns(3)
    with c[0]:
        _number("Filters", layer_id, "filters", "filters", min_value=1, max_value=MAX_WIDTH, step=1)
    with c[1]:
        _number("Kernel height", layer_id, "kernel_h", "kernel_size", min_value=1, max_value=MAX_SIDE, step=1)
    with c[2]:
        _number("Kernel width", layer_id, "kernel_w", "kernel_size", min_value=1, max_value=MAX_SIDE, step=1)
    c = st.columns(3)
    with c[0]:
        _number("Stride (down)", layer_id, "stride_h", "strides", min_value=1, max_value=MAX_SIDE, step=1)
    with c[1]:
        _number("Stride (across)", layer_id, "stride_w", "strides", min_value=1, max_value=MAX_SIDE, step=1)
    c[2].selectbox("Padding", PADDINGS, key=widget_key(layer_id, "padding"), help=GLOSSARY["padding"])
    c = st.columns(3, vertical_alignment="bottom")
    c[0].selectbox("Activation", ACTIVATIONS, key=widget_key(layer_id, "activation"), help=GLOSSARY["activation"])
    c[1].checkbox("Use bias", key=widget_key(layer_id, "use_bias"), help=GLOSSARY["use_bias"])


def _pool_widgets(layer_id: int) -> None:
    c = st.columns(3)
    with c[0]:
        _number("Pool height", layer_id, "pool_h", "pool_size", min_value=1, max_value=MAX_SIDE, step=1)
    with c[1]:
        _number("Pool width", layer_id, "pool_w", "pool_size", min_value=1, max_value=MAX_SIDE, step=1)
    c[2].selectbox("Padding", PADDINGS, key=widget_key(layer_id, "padding"), help=GLOSSARY["pool_padding"])
    c = st.columns(3)
    with c[0]:
        _number("Stride (down)", layer_id, "pool_stride_h", "pool_strides", min_value=1, max_value=MAX_SIDE,
                step=1, value=None, placeholder="= pool")
    with c[1]:
        _number("Stride (across)", layer_id, "pool_stride_w", "pool_strides", min_value=1, max_value=MAX_SIDE,
                step=1, value=None, placeholder="= pool")


def _dense_widgets(layer_id: int) -> None:
    c = st.columns(3)
    with c[0]:
        _number("Units", layer_id, "units", "units", min_value=1, max_value=MAX_WIDTH, step=1)
    c[1].selectbox("Activation", ACTIVATIONS, key=widget_key(layer_id, "activation"), help=GLOSSARY["activation"])
    c[2].checkbox("Use bias", key=widget_key(layer_id, "use_bias"), help=GLOSSARY["use_bias"])


def _layer_widgets(layer: Layer, layer_id: int) -> None:
    if isinstance(layer, Conv2D):
        _conv_widgets(layer_id)
    elif isinstance(layer, MaxPooling2D):
        _pool_widgets(layer_id)
    elif isinstance(layer, Dense):
        _dense_widgets(layer_id)
    elif isinstance(layer, Dropout):
        _number("Rate", layer_id, "rate", "rate", min_value=0.0, max_value=0.999, step=0.05, format="%.3f")


def _move_buttons(layer_id: int, index: int, count: int) -> None:
    row = st.container(horizontal=True)
    row.button("Up", key=f"build_up_{layer_id}", icon=":material/arrow_upward:", disabled=index == 0,
              on_click=_move_layer, args=(layer_id, -1), help="Move this layer one place earlier.")
    row.button("Down", key=f"build_down_{layer_id}", icon=":material/arrow_downward:", disabled=index == count - 1,
                on_click=_move_layer, args=(layer_id, 1), help="Move this layer one place later.")
    row.button("Remove", key=f"build_remove_{layer_id}", icon=":material/delete:", on_click=_remove_layer,
                  args=(layer_id,), help="Delete this layer.")


def render_layer_editor(arch: Architecture, summary: Summary) -> None:
    ids = state.BUILD_LAYER_IDS.get()
    for index, (layer, layer_id, row) in enumerate(zip(arch.layers, ids, summary.rows, strict=True)):
        icon = ":material/error:" if row.error else None
        with st.expander(_expander_label(layer, row), key=f"build_exp_{layer_id}", icon=icon):
            st.caption(GLOSSARY[layer.TYPE])
            _layer_widgets(layer, layer_id)
            if row.error:
                st.error(row.error)
            else:
                shape = f" · shape {row.shape_formula}" if row.shape_formula else ""
                st.caption(f"Output {row.output_shape} · params {row.formula}{shape}")
            _move_buttons(layer_id, index, len(ids))
    _render_add_layer(arch, summary)


def _render_add_layer(arch: Architecture, summary: Summary) -> None:
    kind, where = st.columns(2)
    layer_type = kind.selectbox("New layer", list(NEW_LAYERS), key="build_add_type",
                                help="The kind of layer to insert; hover a layer's settings to learn what they do.")
    names = [row.name for row in summary.rows]
    positions = list(range(len(arch.layers), -1, -1))
    index = where.selectbox("Insert", positions,
                            format_func=lambda i: "at the end" if i == len(names) else
                            ("at the start" if i == 0 else f"after {i}. {names[i - 1]}"),
                            help="Where the new layer goes in the stack.")
    st.caption(GLOSSARY[layer_type])
    st.button("Add layer", icon=":material/add:", on_click=_add_layer, args=(layer_type, index), type="primary")


# ---------------------------------------------------------------- import / export


def render_import(arch: Architecture) -> None:
    st.file_uploader("Upload an architecture JSON file", type=["json"], key=IMPORT_FILE_KEY,
                     on_change=_import_uploaded,
                     help='The format of the export: {"input_shape": [28, 28, 1], "layers": [{"type": "Conv2D", ...}]}')
    st.text_area("…or paste JSON", key=IMPORT_TEXT_KEY, height=140,
                 placeholder='{"input_shape": [28, 28, 1], "layers": [{"type": "Flatten"}, '
                             '{"type": "Dense", "units": 10, "activation": "softmax"}]}')
    st.button("Import pasted JSON", on_click=_import_pasted, icon=":material/upload:")
    message = state.BUILD_IMPORT_MESSAGE.get()
    if message:
        kind, text = message
        (st.error if kind == "error" else st.success)(text)


def render_export(arch: Architecture, summary: Summary) -> None:
    st.download_button("Download architecture JSON", arch.to_json(), file_name="architecture.json",
                       mime="application/json", on_click="ignore", icon=":material/download:")
    st.code(arch.to_json(), language="json")


def render_code(arch: Architecture, summary: Summary) -> None:
    if not summary.ok:
        st.info("Fix the problems above first: the script has to build the network.")
        return
    script = keras_script(arch)
    st.download_button("Download Keras script", script, file_name="cnnviz_model.py", mime="text/x-python",
                       on_click="ignore", icon=":material/download:")
    st.code(script, language="python")
