"""The one way cnnviz loads a Keras model file: runs, the bundled digit model and the user's uploads.

`load_model_file` opens a `.keras` file with `keras.saving.load_model(..., compile=False, safe_mode=True)`
after checking it without running anything: its size, that it is a zip holding `config.json` and
`model.weights.h5` (read with the same caps as any uploaded archive, see `cnnviz.data.safezip`), and that its
configuration names no Lambda layer, no Python module outside Keras and no layer class Keras does not
know. Safe mode exists because a `.keras` file can carry Python code (a Lambda layer's bytecode) that
loading would run on the server; such a file is refused with a message saying so. A corrupt or truncated
file gets a message, never a traceback. Before Keras builds anything, the parameters the configuration asks for
are counted from it (`config_layer_sizes`): a configuration asking for more weights than the file holds, or for
more memory than this process may use, is refused naming its largest layers (`refuse_oversized`).

`check_image_classifier` says whether a model can be looked inside here (one image input H×W×C with C 1
or 3, one class-vector output with at least 2 classes); `describe_model` lists its layers with our shape
and parameter formulas where the spec knows the layer type, otherwise Keras' own numbers.

Uploaded models are stored one per folder under a root: `root/<id>/model.keras` + `model.json`.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import tempfile
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cnnviz.arch.shapes import RowTotals, batch_norm_params, conv_params, dense_params
from cnnviz.data.safezip import (
    MB,
    ArchiveRefused,
    Budget,
    MemberUnreadable,
    ZipLimits,
    checked_members,
    open_archive,
    read_member,
)
from cnnviz.i18n import CnnvizError, Message, msg, t

if TYPE_CHECKING:
    import keras

MAX_MODEL_BYTES = 200 * MB
MAX_CONFIG_BYTES = 16 * MB
MODEL_FILE = "model.keras"
META_FILE = "model.json"
IMAGE_CHANNELS = (1, 3)
HDF5_SIGNATURE = b"\x89HDF\r\n\x1a\n"
MODEL_CLASSES = ("Functional", "Sequential", "Model")
_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,80}$")
_JSON_STRINGS = re.compile(rb'"(?:[^"\\]|\\.)*"')
_BRACKETS = re.compile(rb"[\[\]{}]")


class ModelLoadError(CnnvizError):
    """A model file that is missing, too large, unsafe, unreadable or not an image classifier."""


# ---- checking the file before Keras reads it ------------------------------------------------------------


def _zip_limits(max_bytes: int) -> ZipLimits:
    return ZipLimits(max_archive_bytes=max_bytes, max_unpacked_bytes=max(4 * max_bytes, 64 * MB), max_entries=64,
                     max_member_bytes=max(4 * max_bytes, 64 * MB))


def read_keras_config(path: str | Path, max_bytes: int = MAX_MODEL_BYTES) -> dict[str, Any]:
    """The model configuration inside a .keras file, after the size and archive checks (nothing is run)."""
    return _read_keras_file(Path(path), max_bytes)[0]


def _read_keras_file(path: Path, max_bytes: int) -> tuple[dict[str, Any], int]:
    """`read_keras_config` and the size of the weights file beside it."""
    if not path.is_file():
        raise ModelLoadError("models.not_found", file=str(path))
    size = path.stat().st_size
    if size > max_bytes:
        raise ModelLoadError("models.too_large", file=path.name, size_mb=size / MB, limit_mb=max_bytes / MB)
    with path.open("rb") as handle:
        if handle.read(len(HDF5_SIGNATURE)) == HDF5_SIGNATURE:
            raise ModelLoadError("models.legacy_h5", file=path.name)
    limits = _zip_limits(max_bytes)
    try:
        with open_archive(path, limits) as archive:
            members = {member.path: member for member in checked_members(archive, limits)}
            missing = [name for name in ("config.json", "model.weights.h5") if name not in members]
            if missing:
                raise ModelLoadError("models.not_keras", file=path.name, missing=", ".join(missing))
            if members["config.json"].declared_size > MAX_CONFIG_BYTES:
                raise ModelLoadError("models.unreadable", file=path.name, reason="config.json is too large")
            raw = read_member(archive, members["config.json"], limits, Budget(limits.max_unpacked_bytes))
    except ArchiveRefused as refused:
        if refused.key == "safezip.not_a_zip":
            raise ModelLoadError("models.not_keras_zip", file=path.name) from None
        raise ModelLoadError("models.archive_refused", file=path.name, reason=str(refused)) from None
    except MemberUnreadable as problem:
        raise ModelLoadError("models.unreadable", file=path.name, reason=t(problem.key, **problem.params)) from None
    if _nesting_depth(raw) > MAX_CONFIG_DEPTH:
        raise ModelLoadError("models.config_too_deep", file=path.name, limit=MAX_CONFIG_DEPTH)
    try:
        config = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ModelLoadError("models.unreadable", file=path.name, reason=f"config.json: {exc}") from None
    if not isinstance(config, dict):
        raise ModelLoadError("models.unreadable", file=path.name, reason="config.json is not a JSON object")
    _refuse_code(config, path.name)
    return config, members["model.weights.h5"].declared_size


def _nesting_depth(raw: bytes) -> int:
    """How deep the JSON text's brackets nest, counted without parsing it (parsing a 100,000-deep text recurses
    past Python's limit); brackets inside strings do not count."""
    depth = deepest = 0
    for bracket in _BRACKETS.findall(_JSON_STRINGS.sub(b"", raw)):
        depth += 1 if bracket in b"[{" else -1
        deepest = max(deepest, depth)
    return deepest


def _refuse_code(node: Any, file: str, layer: str = "") -> None:
    """Walk the configuration: a Lambda layer, a serialised Python function, or a module outside Keras is
    code that loading would import or run."""
    if isinstance(node, list):
        for item in node:
            _refuse_code(item, file, layer)
        return
    if not isinstance(node, dict):
        return
    class_name = node.get("class_name")
    inner = node.get("config")
    if isinstance(inner, dict) and isinstance(inner.get("name"), str) and class_name:
        layer = inner["name"]
    if class_name in ("Lambda", "__lambda__"):
        raise ModelLoadError("models.unsafe_lambda", file=file, layer=layer or "?")
    module = node.get("module")
    if isinstance(module, str) and module != "keras" and not module.startswith("keras."):
        raise ModelLoadError("models.unsafe_module", file=file, module=module[:80], name=str(class_name)[:80],
                             layer=layer or "?")
    for key, value in node.items():
        if key != "compile_config":  # with compile=False Keras never reads it (a custom loss is harmless here)
            _refuse_code(value, file, layer)


def _layer_configs(config: Any) -> list[dict[str, Any]]:
    """Every layer entry of the model configuration, nested models included."""
    found: list[dict[str, Any]] = []
    inner = config.get("config") if isinstance(config, dict) else None
    layers = inner.get("layers") if isinstance(inner, dict) else None
    for entry in layers if isinstance(layers, list) else []:
        if isinstance(entry, dict):
            found.append(entry)
            found.extend(_layer_configs(entry))
    return found


def _refuse_unknown_classes(config: dict[str, Any], file: str) -> None:
    import keras

    top = config.get("class_name")
    if not isinstance(top, str) or not isinstance(config.get("config"), dict):
        raise ModelLoadError("models.unreadable", file=file, reason="config.json describes no model")
    if top not in MODEL_CLASSES:
        raise ModelLoadError("models.custom_class", file=file, cls=str(top)[:80], layer="—")
    for entry in _layer_configs(config):
        class_name = entry.get("class_name")
        registered = entry.get("registered_name")
        custom = isinstance(registered, str) and ">" in registered
        if not isinstance(class_name, str) or custom or not (
                class_name in MODEL_CLASSES or isinstance(getattr(keras.layers, class_name, None), type)):
            layer = (entry.get("config") or {}).get("name", "?") if isinstance(entry.get("config"), dict) else "?"
            raise ModelLoadError("models.custom_class", file=file, cls=str(class_name)[:80], layer=layer)


# ---- the memory a load takes, from the configuration alone ----------------------------------------------

# A file holding N parameters has at least N / 2 bytes of weights (int4 quantization packs two in a byte).
MIN_BYTES_PER_PARAMETER = 0.5
WEIGHTS_SLACK_BYTES = 64 * 1024  # model.weights.h5's own structure, for tiny models
MAX_CONFIG_DEPTH = 200  # Keras nests a model in a few dozen levels; deeper is a file made to exhaust the stack


def _dim(value: Any) -> int:
    """A dimension or count from the configuration; 1 when unknown or not a positive integer (so the counts below
    are never above what Keras will build: too high would refuse a good file, too low only lets Keras decide)."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 1


def _input_shape(entry: dict[str, Any]) -> list[Any]:
    build = entry.get("build_config")
    shape = build.get("input_shape") if isinstance(build, dict) else None
    if isinstance(shape, list) and shape and isinstance(shape[0], list):  # several inputs: the first
        shape = shape[0]
    return shape if isinstance(shape, list) else []


def _channels(config: dict[str, Any], shape: list[Any]) -> int:
    if not shape:
        return 1
    return _dim(shape[1] if config.get("data_format") == "channels_first" and len(shape) > 2 else shape[-1])


def _prod(values: Any) -> int:
    total = 1
    for value in values if isinstance(values, list | tuple) else [values]:
        total *= _dim(value)
    return total


def _axis_size(config: dict[str, Any], shape: list[Any]) -> int:
    axes = config.get("axis", -1)
    axes = axes if isinstance(axes, list) else [axes]
    size = 1
    for axis in axes:
        if isinstance(axis, int) and shape and -len(shape) <= axis < len(shape):
            size *= _dim(shape[axis])
    return size


def config_layer_params(class_name: str, config: dict[str, Any], shape: list[Any]) -> int:
    """The parameters Keras will create for one layer of a saved configuration (input shape from its
    build_config), for the layers that hold weights; 0 for the others."""
    channels = _channels(config, shape)
    bias = 1 if config.get("use_bias", True) else 0
    units, filters = _dim(config.get("units")), _dim(config.get("filters"))
    if class_name in ("Dense", "EinsumDense"):
        return dense_params(_dim(shape[-1] if shape else 1), units, bool(bias))
    if class_name in ("Conv1D", "Conv2D", "Conv3D", "Conv1DTranspose", "Conv2DTranspose", "Conv3DTranspose"):
        groups = _dim(config.get("groups"))
        return conv_params(_prod(config.get("kernel_size")), max(1, channels // groups), filters, bool(bias))
    if class_name in ("DepthwiseConv1D", "DepthwiseConv2D"):
        multiplier = _dim(config.get("depth_multiplier"))
        return _prod(config.get("kernel_size")) * channels * multiplier + channels * multiplier * bias
    if class_name in ("SeparableConv1D", "SeparableConv2D"):
        multiplier = _dim(config.get("depth_multiplier"))
        return (_prod(config.get("kernel_size")) * channels * multiplier + channels * multiplier * filters
                + filters * bias)
    if class_name == "BatchNormalization":
        return batch_norm_params(_axis_size(config, shape))
    if class_name in ("LayerNormalization", "GroupNormalization"):
        return 2 * _axis_size(config, shape)
    if class_name == "Embedding":
        return _dim(config.get("input_dim")) * _dim(config.get("output_dim"))
    gates = {"SimpleRNN": 1, "GRU": 3, "LSTM": 4}.get(class_name)
    if gates:
        return gates * units * (_dim(shape[-1] if shape else 1) + units + 1)
    return 0


def config_layer_sizes(config: dict[str, Any]) -> list[tuple[str, str, int]]:
    """(name, class, parameters) of every layer of a model configuration that holds weights, nested models
    included: what Keras will allocate when it builds the model."""
    sizes = []
    for entry in _layer_configs(config):
        class_name, inner = entry.get("class_name"), entry.get("config")
        if not isinstance(class_name, str) or not isinstance(inner, dict) or class_name in MODEL_CLASSES:
            continue
        params = config_layer_params(class_name, inner, _input_shape(entry))
        if params:
            sizes.append((str(inner.get("name", class_name))[:80], class_name, params))
    return sizes


def refuse_oversized(config: dict[str, Any], file: str, weights_bytes: int, limit: int | None = None) -> None:
    """ModelLoadError before Keras builds anything when the configuration asks for more weights than the file
    holds (it was changed after saving) or for more memory than this process may use, naming the largest layers."""
    from cnnviz.arch.memory import estimate_loading_memory, refusal_message
    from cnnviz.arch.shapes import format_bytes

    sizes = config_layer_sizes(config)
    estimate = estimate_loading_memory(sizes)
    parameters = sum(params for _, _, params in sizes)
    if parameters * MIN_BYTES_PER_PARAMETER > weights_bytes + WEIGHTS_SLACK_BYTES:
        largest = sorted(sizes, key=lambda size: size[2], reverse=True)[:3]
        raise ModelLoadError("models.weights_missing", file=file, params=f"{parameters:,}",
                             size=format_bytes(estimate.weights), stored=format_bytes(weights_bytes),
                             layers="; ".join(f"{name} ({kind}) {params:,}" for name, kind, params in largest))
    if limit is None:
        from cnnviz.arch.memory import process_memory_limit

        limit = process_memory_limit()
    problem = refusal_message(estimate, limit, loading=True)
    if problem is not None:
        raise ModelLoadError("models.too_big_to_load", file=file, reason=problem)


# ---- loading ------------------------------------------------------------------------------------------


def load_model_file(path: str | Path, *, max_bytes: int = MAX_MODEL_BYTES) -> keras.Model:
    """A .keras file as a Keras model (not compiled); ModelLoadError with the reason when it cannot be."""
    path = Path(path)
    config, weights_bytes = _read_keras_file(path, max_bytes)
    refuse_oversized(config, path.name, weights_bytes)  # before importing Keras: a refused file costs nothing
    _refuse_unknown_classes(config, path.name)
    if path.suffix != ".keras":  # Keras decides the format by the name
        with tempfile.TemporaryDirectory(prefix="cnnviz-model-") as folder:
            copy = Path(folder) / MODEL_FILE
            shutil.copyfile(path, copy)
            return _keras_load(copy, path.name)
    return _keras_load(path, path.name)


def load_model_bytes(data: bytes, filename: str = MODEL_FILE, *, max_bytes: int = MAX_MODEL_BYTES) -> keras.Model:
    """An uploaded file's bytes as a model (checked like `load_model_file`)."""
    if len(data) > max_bytes:
        raise ModelLoadError("models.too_large", file=filename, size_mb=len(data) / MB, limit_mb=max_bytes / MB)
    with tempfile.TemporaryDirectory(prefix="cnnviz-model-") as folder:
        copy = Path(folder) / MODEL_FILE
        copy.write_bytes(data)
        try:
            return load_model_file(copy, max_bytes=max_bytes)
        except ModelLoadError as error:
            raise ModelLoadError(error.key, **{**error.params, **({"file": filename} if "file" in error.params
                                                                   else {})}) from None


def _keras_load(path: Path, shown: str) -> keras.Model:
    import keras

    try:
        return keras.saving.load_model(path, compile=False, safe_mode=True)
    except Exception as exc:  # Keras raises ValueError, TypeError, OSError, KeyError, zipfile errors...
        text = " ".join(str(exc).split())
        if "safe_mode" in text or "arbitrary code" in text:
            raise ModelLoadError("models.unsafe_keras", file=shown, reason=text[:300]) from None
        raise ModelLoadError("models.unreadable", file=shown, reason=f"{type(exc).__name__}: {text[:300]}") from None


# ---- what the model is -----------------------------------------------------------------------------


def check_image_classifier(model: keras.Model) -> Message | None:
    """None when the model takes one image (None, H, W, C) with C 1 or 3 and outputs one class vector
    (None, K) with K ≥ 2; otherwise the reason it does not."""
    if len(model.inputs) != 1:
        return msg("models.not_one_input", n=len(model.inputs))
    if len(model.outputs) != 1:
        return msg("models.not_one_output", n=len(model.outputs))
    shape = tuple(model.inputs[0].shape)
    if len(shape) != 4:
        return msg("models.not_image_input", shape=_shape_text(shape))
    if shape[1] is None or shape[2] is None:
        return msg("models.input_size_not_fixed", shape=_shape_text(shape))
    if shape[3] not in IMAGE_CHANNELS:
        return msg("models.bad_channels", shape=_shape_text(shape), channels=shape[3])
    out = tuple(model.outputs[0].shape)
    if len(out) != 2 or out[1] is None or out[1] < 2:
        return msg("models.not_class_vector", shape=_shape_text(out))
    return None


def require_image_classifier(model: keras.Model) -> None:
    reason = check_image_classifier(model)
    if reason is not None:
        raise ModelLoadError(reason.key, **reason.params)


def _shape_text(shape: tuple) -> str:
    return "(" + ", ".join("None" if v is None else str(v) for v in shape) + ")"


@dataclass(frozen=True)
class ModelRow:
    """One layer of a loaded model, with the same fields as `cnnviz.arch.shapes.LayerRow` plus its inbound layers.

    `known` is True when our spec knows the layer type: then formula/shape_formula/flops are ours (and
    match Keras' numbers); otherwise only Keras' class name, output shape and parameter count are shown."""

    position: int
    name: str
    type: str
    input_shape: tuple
    output_shape: tuple
    params: int
    trainable_params: int
    inbound: tuple[str, ...] = ()
    known: bool = False
    formula: str = ""
    shape_formula: str = ""
    flops: int = 0
    error: str | None = None

    @property
    def non_trainable_params(self) -> int:
        return self.params - self.trainable_params


@dataclass(frozen=True)
class ModelSummary(RowTotals):
    """A loaded model's layers (its totals: RowTotals; total_flops counts the layers whose formula we know)."""

    name: str
    input_shape: tuple
    output_shape: tuple
    rows: tuple[ModelRow, ...]
    sequential: bool
    problem: Message | None = None  # why it is not an image classifier, if it is not
    errors: tuple = field(default=())

    @property
    def ok(self) -> bool:
        return self.problem is None


    @property
    def has_branches(self) -> bool:
        return any(len(r.inbound) > 1 for r in self.rows)


def _dims(tensor_shape: Any) -> tuple:
    return tuple(None if v is None else int(v) for v in tuple(tensor_shape)[1:])


def inbound_layers(model: keras.Model, layer: keras.layers.Layer) -> tuple[str, ...]:
    """The names of the layers whose outputs feed `layer` (a Sequential model's: the layer before it)."""
    import keras

    if isinstance(model, keras.Sequential):
        names = [lay.name for lay in model.layers if type(lay).__name__ != "InputLayer"]
        index = names.index(layer.name)
        return (names[index - 1],) if index > 0 else ()
    try:
        tensors = layer._inbound_nodes[0].input_tensors
        return tuple(tensor._keras_history.operation.name for tensor in tensors)
    except (AttributeError, IndexError):
        return ()


def _spec_layer(layer: keras.layers.Layer) -> Any:
    """Our spec's version of a Keras layer, or None when the spec cannot describe it exactly."""
    from cnnviz.arch.spec import LAYER_CLASSES, SpecError, parse_layer

    kind = type(layer).__name__
    if kind not in LAYER_CLASSES:
        return None
    config = layer.get_config()
    if config.get("data_format", "channels_last") not in (None, "channels_last"):
        return None
    data: dict[str, Any] = {"type": kind}
    if kind == "Conv2D":
        if tuple(config.get("dilation_rate", (1, 1))) != (1, 1) or config.get("groups", 1) != 1:
            return None
        data.update(filters=config["filters"], kernel_size=list(config["kernel_size"]),
                    strides=list(config["strides"]), padding=config["padding"], use_bias=config["use_bias"])
    elif kind in ("MaxPooling2D", "AveragePooling2D"):
        strides = config.get("strides")
        data.update(pool_size=list(config["pool_size"]), strides=list(strides) if strides else None,
                    padding=config["padding"])
    elif kind == "Dense":
        data.update(units=config["units"], use_bias=config["use_bias"])
    elif kind == "Dropout":
        data.update(rate=config["rate"])
    elif kind == "BatchNormalization":
        if config.get("axis") not in (-1, [-1], 3, [3]) or not (config.get("center") and config.get("scale")):
            return None
    elif kind == "GlobalAveragePooling2D" and config.get("keepdims"):
        return None
    try:
        return parse_layer(data, 1)
    except (SpecError, KeyError, TypeError):
        return None


def _row(model: keras.Model, layer: keras.layers.Layer, position: int) -> ModelRow:
    from cnnviz.arch.shapes import layer_row

    try:
        inputs = layer.input
        input_shape: tuple = (tuple(_dims(t.shape) for t in inputs) if isinstance(inputs, list | tuple)
                              else _dims(inputs.shape))
        output_shape = _dims(layer.output.shape)
    except (AttributeError, ValueError):  # a layer used more than once has no single input/output
        input_shape, output_shape = (), ()
    params = int(layer.count_params()) if layer.built else 0
    trainable = sum(int(_size(w.shape)) for w in layer.trainable_weights)
    base = ModelRow(position, layer.name, type(layer).__name__, input_shape, output_shape, params, trainable,
                    inbound_layers(model, layer))
    spec = _spec_layer(layer)
    single_input = bool(input_shape) and all(isinstance(v, int) for v in input_shape)
    if spec is None or not single_input:
        return base
    ours = layer_row(spec, layer.name, input_shape, position)
    if ours.error or tuple(ours.output_shape) != output_shape or ours.params != params:
        return base  # our formula would not tell the truth about this layer
    return ModelRow(position, layer.name, base.type, input_shape, output_shape, params, trainable, base.inbound,
                    True, ours.formula, ours.shape_formula, ours.flops)


def _size(shape: Any) -> int:
    total = 1
    for v in tuple(shape):
        total *= int(v)
    return total


def describe_model(model: keras.Model) -> ModelSummary:
    """Every layer (input layer left out) with output shape, parameters, inbound layers, and our formulas
    for the layer types the spec knows."""
    import keras

    layers = [layer for layer in model.layers if type(layer).__name__ != "InputLayer"]
    rows = [_row(model, layer, position) for position, layer in enumerate(layers, start=1)]
    return ModelSummary(
        name=model.name, input_shape=_dims(model.inputs[0].shape) if model.inputs else (),
        output_shape=_dims(model.outputs[0].shape) if model.outputs else (), rows=tuple(rows),
        sequential=isinstance(model, keras.Sequential), problem=check_image_classifier(model))


def summary_text(summary: ModelSummary, lang: str | None = None) -> str:
    """A text table of `describe_model`, laid out like Keras' model.summary() with our formulas."""
    def shape(value: tuple) -> str:
        if value and isinstance(value[0], tuple):
            return ", ".join(_shape_text((None, *v)) for v in value)
        return _shape_text((None, *value))

    header = (f"{t('models.col_layer', lang=lang):<34}{t('models.col_output', lang=lang):<22}"
              f"{t('models.col_params', lang=lang):>12}  {t('models.col_formula', lang=lang)}")
    width = 110
    lines = [t("models.summary_title", lang=lang, name=summary.name, shape=_shape_text((None, *summary.input_shape))),
             "─" * width, header, "═" * width]
    for row in summary.rows:
        formula = row.formula if row.known else t("models.formula_unknown", lang=lang)
        lines.append(f"{row.name + ' (' + row.type + ')':<34}{shape(row.output_shape):<22}{row.params:>12,}  "
                     f"{formula}")
        if not summary.sequential and row.inbound:
            lines.append("    ← " + ", ".join(row.inbound))
    lines += ["═" * width,
              t("models.total_params", lang=lang, total=summary.total_params, trainable=summary.trainable_params,
                frozen=summary.non_trainable_params)]
    lines.append(t("models.accepted", lang=lang) if summary.problem is None
                 else t("models.refused_for_inspection", lang=lang, reason=summary.problem.text(lang)))
    return "\n".join(lines)


# ---- uploaded models, stored per folder ----------------------------------------------------------------


@dataclass(frozen=True)
class StoredModel:
    path: Path
    id: str
    name: str
    filename: str = ""
    sha256: str = ""
    size: int = 0
    input_shape: tuple[int, ...] = ()
    class_names: tuple[str, ...] = ()
    created: str = ""
    problem: Message | None = None

    @property
    def model_file(self) -> Path:
        return self.path / MODEL_FILE


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:32].strip("-") or "model"


def store_model_file(data: bytes, filename: str, root: str | Path, *, name: str | None = None,
                     class_names: tuple[str, ...] | None = None, max_bytes: int = MAX_MODEL_BYTES) -> StoredModel:
    """Check an uploaded .keras file (safe loading, image classifier) and keep it under root.

    ModelLoadError (nothing written) when it is refused. Class names default to "0", "1", …"""
    root = Path(root)
    shown = " ".join(str(name or Path(filename).stem or "model").split())[:80] or "model"
    model = load_model_bytes(data, filename, max_bytes=max_bytes)
    require_image_classifier(model)
    num_classes = int(model.outputs[0].shape[-1])
    names = tuple(str(n) for n in class_names) if class_names else tuple(str(i) for i in range(num_classes))
    if len(names) != num_classes:
        raise ModelLoadError("models.class_names_count", n=len(names), classes=num_classes)
    digest = hashlib.sha256(data).hexdigest()
    meta = {"name": shown, "filename": Path(filename).name[:200], "sha256": digest, "size": len(data),
            "input_shape": list(_dims(model.inputs[0].shape)), "class_names": list(names),
            "created": datetime.now().astimezone().isoformat(timespec="seconds")}
    root.mkdir(parents=True, exist_ok=True)
    temporary = Path(tempfile.mkdtemp(prefix=".upload-", dir=root))
    try:
        (temporary / MODEL_FILE).write_bytes(data)
        (temporary / META_FILE).write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
        base = f"{_slug(shown)}-{digest[:8]}"
        target = root / base
        suffix = 1
        while target.exists():
            suffix += 1
            target = root / f"{base}-{suffix}"
        temporary.rename(target)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    return read_stored_model(target)


def read_stored_model(folder: str | Path) -> StoredModel:
    """A stored model's facts; never raises (a damaged folder comes back with `problem` set)."""
    folder = Path(folder)
    try:
        meta = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
        if not isinstance(meta, dict):
            raise ValueError("not a JSON object")
        stored = StoredModel(folder, folder.name, str(meta["name"]), str(meta.get("filename", "")),
                             str(meta.get("sha256", "")), int(meta.get("size", 0)),
                             tuple(int(v) for v in meta["input_shape"]), tuple(str(n) for n in meta["class_names"]),
                             str(meta.get("created", "")))
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        return StoredModel(folder, folder.name, folder.name, problem=msg("models.stored_damaged", reason=str(exc)))
    if not (folder / MODEL_FILE).is_file():
        return StoredModel(**{**stored.__dict__, "problem": msg("models.stored_damaged", reason=MODEL_FILE)})
    return stored


def list_model_files(root: str | Path) -> list[StoredModel]:
    root = Path(root)
    if not root.is_dir():
        return []
    stored = [read_stored_model(child) for child in root.iterdir()
              if child.is_dir() and not child.name.startswith(".")]
    return sorted(stored, key=lambda s: (s.created, s.id), reverse=True)


def delete_model_file(root: str | Path, model_id: str) -> None:
    if not isinstance(model_id, str) or not _ID_PATTERN.match(model_id) or not (Path(root) / model_id).is_dir():
        raise ModelLoadError("models.not_found", file=str(model_id)[:80])
    folder = Path(root) / model_id
    if not ((folder / META_FILE).exists() or (folder / MODEL_FILE).exists()):
        raise ModelLoadError("models.not_found", file=model_id)
    shutil.rmtree(folder)
