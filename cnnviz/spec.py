"""Architecture spec: plain dataclasses that round-trip through the project's JSON format.

The JSON form uses Keras names::

    {"input_shape": [28, 28, 1],
     "layers": [{"type": "Conv2D", "filters": 32, "kernel_size": 3, "padding": "same", "activation": "relu"},
                {"type": "MaxPooling2D", "pool_size": 2},
                {"type": "Flatten"},
                {"type": "Dense", "units": 10, "activation": "softmax"}]}

Missing keys take Keras' defaults. Parsing checks types and value ranges; whether the layers fit
together (shapes) is checked by :mod:`cnnviz.shapes`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, replace
from typing import Any, ClassVar

Pair = tuple[int, int]

ACTIVATIONS = ("linear", "relu", "sigmoid", "tanh", "softmax", "elu", "selu", "gelu", "swish", "leaky_relu")
PADDINGS = ("valid", "same")
MAX_SIDE = 4096
MAX_WIDTH = 100_000


class SpecError(ValueError):
    """An architecture that cannot be built. `layer` is the 1-based position, or None for the input."""

    def __init__(self, message: str, layer: int | None = None, layer_type: str | None = None):
        self.reason = message
        self.layer = layer
        self.layer_type = layer_type
        super().__init__(self._full_message())

    def _full_message(self) -> str:
        if self.layer is None:
            return self.reason
        where = f"layer {self.layer}" + (f" ({self.layer_type})" if self.layer_type else "")
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class Layer:
    """Base class: every layer kind is a frozen dataclass whose field names are Keras argument names."""

    TYPE: ClassVar[str] = ""
    PAIR_FIELDS: ClassVar[tuple[str, ...]] = ()

    def __post_init__(self) -> None:
        # Accept Keras' shorthand: an int n for a square (n, n) window.
        for name in self.PAIR_FIELDS:
            value = getattr(self, name)
            if isinstance(value, int):
                object.__setattr__(self, name, (value, value))
            elif isinstance(value, list):
                object.__setattr__(self, name, tuple(value))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.TYPE}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None:
                continue
            if isinstance(value, tuple):
                value = value[0] if value[0] == value[1] else list(value)
            out[f.name] = value
        return out


@dataclass(frozen=True)
class Conv2D(Layer):
    TYPE: ClassVar[str] = "Conv2D"
    PAIR_FIELDS: ClassVar[tuple[str, ...]] = ("kernel_size", "strides")
    filters: int = 32
    kernel_size: Pair = (3, 3)
    strides: Pair = (1, 1)
    padding: str = "valid"
    activation: str = "linear"
    use_bias: bool = True


@dataclass(frozen=True)
class MaxPooling2D(Layer):
    TYPE: ClassVar[str] = "MaxPooling2D"
    PAIR_FIELDS: ClassVar[tuple[str, ...]] = ("pool_size", "strides")
    pool_size: Pair = (2, 2)
    strides: Pair | None = None
    padding: str = "valid"

    @property
    def effective_strides(self) -> Pair:
        return self.strides or self.pool_size


@dataclass(frozen=True)
class AveragePooling2D(MaxPooling2D):
    TYPE: ClassVar[str] = "AveragePooling2D"


@dataclass(frozen=True)
class Flatten(Layer):
    TYPE: ClassVar[str] = "Flatten"


@dataclass(frozen=True)
class Dense(Layer):
    TYPE: ClassVar[str] = "Dense"
    units: int = 10
    activation: str = "linear"
    use_bias: bool = True


@dataclass(frozen=True)
class Dropout(Layer):
    TYPE: ClassVar[str] = "Dropout"
    rate: float = 0.5


@dataclass(frozen=True)
class BatchNormalization(Layer):
    TYPE: ClassVar[str] = "BatchNormalization"


@dataclass(frozen=True)
class GlobalAveragePooling2D(Layer):
    TYPE: ClassVar[str] = "GlobalAveragePooling2D"


LAYER_CLASSES: dict[str, type[Layer]] = {
    cls.TYPE: cls
    for cls in (Conv2D, MaxPooling2D, AveragePooling2D, Flatten, Dense, Dropout, BatchNormalization,
                GlobalAveragePooling2D)
}
# Keys whose value is given without a Keras default (the layer cannot be built without them).
REQUIRED_KEYS: dict[str, tuple[str, ...]] = {
    "Conv2D": ("filters", "kernel_size"),
    "Dense": ("units",),
    "Dropout": ("rate",),
}


@dataclass(frozen=True)
class Architecture:
    input_shape: tuple[int, int, int] = (28, 28, 1)
    layers: tuple[Layer, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        return {"input_shape": list(self.input_shape), "layers": [layer.to_dict() for layer in self.layers]}

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls, data: Any) -> Architecture:
        return parse_architecture(data)

    @classmethod
    def from_json(cls, text: str | bytes) -> Architecture:
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise SpecError(f"not valid JSON: {exc}") from None
        return parse_architecture(data)

    def with_layer(self, index: int, layer: Layer) -> Architecture:
        layers = list(self.layers)
        layers[index] = layer
        return replace(self, layers=tuple(layers))


# ---------------------------------------------------------------- parsing


def _type_name(value: Any) -> str:
    return {bool: "true/false", int: "a number", float: "a number", str: "a string", list: "a list",
            dict: "an object", type(None): "null"}.get(type(value), type(value).__name__)


def _positive_int(value: Any, key: str, limit: int = MAX_WIDTH) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value):
        raise ValueError(f"'{key}' must be a whole number, got {_type_name(value)} {json.dumps(value)}")
    if value < 1:
        raise ValueError(f"'{key}' must be at least 1, got {int(value)}")
    if value > limit:
        raise ValueError(f"'{key}' must be at most {limit:,}, got {int(value):,}")
    return int(value)


def _pair(value: Any, key: str) -> Pair:
    if isinstance(value, (list, tuple)):
        if len(value) != 2:
            raise ValueError(f"'{key}' must be a number or a [height, width] pair, got {len(value)} values")
        return (_positive_int(value[0], key, MAX_SIDE), _positive_int(value[1], key, MAX_SIDE))
    side = _positive_int(value, key, MAX_SIDE)
    return (side, side)


def _choice(value: Any, key: str, options: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in options:
        raise ValueError(f"'{key}' must be one of {', '.join(options)}; got {json.dumps(value)}")
    return value


def _activation(value: Any) -> str:
    return "linear" if value is None else _choice(value, "activation", ACTIVATIONS)


def _bool(value: Any, key: str) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"'{key}' must be true or false, got {json.dumps(value)}")
    return value


def _rate(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"'rate' must be a number in [0, 1), got {_type_name(value)} {json.dumps(value)}")
    if not 0 <= value < 1:
        raise ValueError(f"dropout 'rate' must be in [0, 1), got {value}")
    return float(value)


_FIELD_PARSERS = {
    "filters": lambda v: _positive_int(v, "filters"),
    "units": lambda v: _positive_int(v, "units"),
    "kernel_size": lambda v: _pair(v, "kernel_size"),
    "pool_size": lambda v: _pair(v, "pool_size"),
    "strides": lambda v: None if v is None else _pair(v, "strides"),
    "padding": lambda v: _choice(v, "padding", PADDINGS),
    "activation": _activation,
    "use_bias": lambda v: _bool(v, "use_bias"),
    "rate": _rate,
}


def parse_layer(data: Any, position: int) -> Layer:
    """Parse one layer object; `position` is 1-based and only used in messages."""
    if not isinstance(data, dict):
        raise SpecError(f"must be an object with a \"type\", got {_type_name(data)}", position)
    layer_type = data.get("type")
    if layer_type not in LAYER_CLASSES:
        known = ", ".join(LAYER_CLASSES)
        raise SpecError(f"unknown layer type {json.dumps(layer_type)} (known: {known})", position)
    cls = LAYER_CLASSES[layer_type]
    allowed = [f.name for f in fields(cls)]
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        if key == "type":
            continue
        if key not in allowed:
            hint = f"allowed: {', '.join(allowed)}" if allowed else "it takes no settings"
            raise SpecError(f"unknown key {json.dumps(key)} ({hint})", position, layer_type)
        try:
            kwargs[key] = _FIELD_PARSERS[key](value)
        except ValueError as exc:
            raise SpecError(str(exc), position, layer_type) from None
    missing = [k for k in REQUIRED_KEYS.get(layer_type, ()) if k not in kwargs]
    if missing:
        raise SpecError(f"missing {', '.join(repr(k) for k in missing)}", position, layer_type)
    return cls(**kwargs)


def parse_input_shape(value: Any) -> tuple[int, int, int]:
    if not isinstance(value, (list, tuple)) or len(value) != 3:
        raise SpecError(f"input_shape must be [height, width, channels], got {json.dumps(value)}")
    try:
        height, width = (_positive_int(v, "input_shape", MAX_SIDE) for v in value[:2])
        channels = _positive_int(value[2], "input_shape", 3)
    except ValueError as exc:
        raise SpecError(f"input_shape: {exc}") from None
    if channels not in (1, 3):
        raise SpecError(f"input_shape: channels must be 1 (grayscale) or 3 (colour), got {channels}")
    return (height, width, channels)


def parse_architecture(data: Any) -> Architecture:
    if not isinstance(data, dict):
        raise SpecError(f"an architecture must be a JSON object, got {_type_name(data)}")
    unknown = sorted(set(data) - {"input_shape", "layers"})
    if unknown:
        raise SpecError(f"unknown top-level key {json.dumps(unknown[0])} (allowed: input_shape, layers)")
    if "input_shape" not in data:
        raise SpecError("missing \"input_shape\", e.g. [28, 28, 1]")
    layers = data.get("layers", [])
    if not isinstance(layers, list):
        raise SpecError(f"\"layers\" must be a list, got {_type_name(layers)}")
    parsed = tuple(parse_layer(item, i) for i, item in enumerate(layers, start=1))
    return Architecture(parse_input_shape(data["input_shape"]), parsed)
