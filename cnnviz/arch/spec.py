"""Architecture spec: plain dataclasses that round-trip through the project's JSON format.

The JSON form uses Keras names::

    {"input_shape": [28, 28, 1],
     "layers": [{"type": "Conv2D", "filters": 32, "kernel_size": 3, "padding": "same", "activation": "relu"},
                {"type": "MaxPooling2D", "pool_size": 2},
                {"type": "Flatten"},
                {"type": "Dense", "units": 10, "activation": "softmax"}]}

Missing keys take Keras' defaults. Parsing checks types and value ranges; whether the layers fit
together (shapes) is checked by :mod:`cnnviz.arch.shapes`.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field, fields, replace
from typing import Any, ClassVar

from cnnviz.i18n import CnnvizError, Message, msg, t

Pair = tuple[int, int]

ACTIVATIONS = ("linear", "relu", "sigmoid", "tanh", "softmax", "elu", "selu", "gelu", "swish", "leaky_relu")
PADDINGS = ("valid", "same")
MAX_SIDE = 4096
MAX_WIDTH = 100_000
# Limits on what one architecture file, paste or link may hold: a network for learning fits easily, and a hostile
# file cannot hold the server (10,000 layers once held a core for 85 s).
MAX_LAYERS = 200
MAX_JSON_BYTES = 256 * 1024


class SpecError(CnnvizError):
    """An architecture that cannot be built: a catalog key (`spec.*`, `shapes.*`) and its parameters. `layer` is the
    1-based position, or None for the input or the whole; the text then starts with "layer 3 (Conv2D): "."""

    def __init__(self, key: str, /, layer: int | None = None, layer_type: str | None = None, **params: Any) -> None:
        place = {name: value for name, value in (("layer", layer), ("layer_type", layer_type)) if value is not None}
        super().__init__(key, **params, **place)  # the place travels in params, so it survives pickling

    @property
    def layer(self) -> int | None:
        return self.params.get("layer")

    @property
    def layer_type(self) -> str | None:
        return self.params.get("layer_type")

    @property
    def reason(self) -> str:
        """What is wrong, without where (the text in the current language)."""
        return t(self.key, **self.params)

    def at(self, layer: int, layer_type: str | None = None) -> SpecError:
        """The same problem, placed at a layer."""
        reason = {name: value for name, value in self.params.items() if name not in ("layer", "layer_type")}
        return SpecError(self.key, layer=layer, layer_type=layer_type, **reason)

    def as_message(self) -> Message:
        reason = msg(self.key, **self.params)
        if self.layer is None:
            return reason
        where = msg("spec.at_layer_type" if self.layer_type else "spec.at_layer", layer=self.layer,
                    layer_type=self.layer_type)
        return msg("general.error_where", where=where, reason=reason)

    def text(self, lang: str | None = None) -> str:
        return self.as_message().text(lang)

    def __str__(self) -> str:
        return self.text()


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
        """The architecture of JSON text, or of a file's bytes in UTF-8 (with or without a byte order mark), UTF-16
        or UTF-32: the one reader of Build's upload and paste and of the CLI."""
        if isinstance(text, str):
            text = text.removeprefix("\ufeff")  # json.loads refuses a BOM in text; in bytes it detects the encoding
        if len(text) > MAX_JSON_BYTES:
            raise SpecError("spec.json_too_large", size=len(text), limit=MAX_JSON_BYTES)
        try:
            data = json.loads(text, parse_constant=_refuse_constant, parse_int=_read_int)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise SpecError("spec.bad_json", reason=str(exc)) from None
        except RecursionError:
            raise SpecError("spec.json_too_deep") from None
        except ValueError as exc:  # an integer with thousands of digits, NaN, Infinity
            raise SpecError("spec.bad_json_value", reason=exc if isinstance(exc, SpecError) else str(exc)) from None
        return parse_architecture(data)

    def with_layer(self, index: int, layer: Layer) -> Architecture:
        layers = list(self.layers)
        layers[index] = layer
        return replace(self, layers=tuple(layers))


# ---------------------------------------------------------------- parsing


def _refuse_constant(name: str) -> Any:
    raise SpecError("spec.constant_refused", name=name)


# Integers longer than this are read from their first digits and length only: Python refuses to convert longer
# digit strings (and converting them takes quadratic time), and every such number is out of range anyway.
READ_DIGITS = 30
# Numbers with more digits than this are named by their length in messages ("a 400-digit number").
SHOWN_DIGITS = 15


def _read_int(digits: str) -> int:
    """An integer of the JSON text; a very long one keeps its sign and number of digits, not its last digits."""
    if len(digits) <= READ_DIGITS:
        return int(digits)
    return int(digits[:READ_DIGITS]) * 10 ** (len(digits) - READ_DIGITS)


def _digit_count(value: int) -> int:
    """How many decimal digits |value| has, without converting it to text (refused past 4,300 digits)."""
    size = abs(value)
    count = int(math.log10(size)) + 1 if size else 1
    if size >= 10 ** count:  # log10 rounds near powers of ten
        count += 1
    elif count > 1 and size < 10 ** (count - 1):
        count -= 1
    return count


def _number(value: Any) -> Message | str:
    """A number for a message: short as it is, else named by its length (a hostile file must not make it huge)."""
    if isinstance(value, int) and not isinstance(value, bool):
        digits = _digit_count(value)
        if digits > SHOWN_DIGITS:
            return msg("spec.long_negative_number" if value < 0 else "spec.long_number", digits=digits)
        return f"{value:,}"
    return repr(value) if isinstance(value, float) else _show(value)


def _show(value: Any, limit: int = 60) -> str | Message:
    """A value as JSON for a message, cut short: a hostile file must not make the message huge."""
    if isinstance(value, int) and not isinstance(value, bool) and _digit_count(value) > SHOWN_DIGITS:
        return _number(value)
    try:
        text = json.dumps(value)
    except (TypeError, ValueError):  # not JSON, or an integer too long to print
        text = f"<{type(value).__name__}>"
    return text if len(text) <= limit else text[: limit - 1] + "…"


_TYPE_KEYS = {bool: "spec.type_bool", int: "spec.type_number", float: "spec.type_number", str: "spec.type_string",
              list: "spec.type_list", dict: "spec.type_object", type(None): "spec.type_null"}


def _type_name(value: Any) -> Message | str:
    key = _TYPE_KEYS.get(type(value))
    return msg(key) if key else type(value).__name__


def _positive_int(value: Any, key: str, limit: int = MAX_WIDTH) -> int:
    if isinstance(value, float) and not math.isfinite(value):
        raise SpecError("spec.not_finite_whole", key=key, value=str(value))
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value):
        raise SpecError("spec.not_whole", key=key, kind=_type_name(value), value=_show(value))
    shown = int(value) if abs(value) < 10**SHOWN_DIGITS else value  # 4.0 as 4, 1e300 as 1e+300
    if value < 1:
        raise SpecError("spec.below_one", key=key, value=_number(shown))
    if value > limit:
        raise SpecError("spec.above_limit", key=key, limit=limit, value=_number(shown))
    return int(value)


def _pair(value: Any, key: str) -> Pair:
    if isinstance(value, (list, tuple)):
        if len(value) != 2:
            raise SpecError("spec.not_pair", key=key, n=len(value))
        return (_positive_int(value[0], key, MAX_SIDE), _positive_int(value[1], key, MAX_SIDE))
    side = _positive_int(value, key, MAX_SIDE)
    return (side, side)


def _choice(value: Any, key: str, options: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in options:
        raise SpecError("spec.not_choice", key=key, options=", ".join(options), value=_show(value))
    return value


def _activation(value: Any) -> str:
    return "linear" if value is None else _choice(value, "activation", ACTIVATIONS)


def _bool(value: Any, key: str) -> bool:
    if not isinstance(value, bool):
        raise SpecError("spec.not_bool", key=key, value=_show(value))
    return value


def _rate(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or \
            (isinstance(value, float) and not math.isfinite(value)):  # (an int may be too long to make a float)
        raise SpecError("spec.rate_not_number", kind=_type_name(value), value=_show(value))
    if not 0 <= value < 1:
        raise SpecError("spec.rate_range", value=_number(value))
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
        raise SpecError("spec.layer_not_object", layer=position, kind=_type_name(data))
    layer_type = data.get("type")
    if not isinstance(layer_type, str) or layer_type not in LAYER_CLASSES:  # a list or object is not even hashable
        raise SpecError("spec.layer_unknown", layer=position, name=_show(layer_type), known=", ".join(LAYER_CLASSES))
    cls = LAYER_CLASSES[layer_type]
    allowed = [f.name for f in fields(cls)]
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        if key == "type":
            continue
        if key not in allowed:
            hint = msg("spec.allowed_keys", keys=", ".join(allowed)) if allowed else msg("spec.no_settings")
            raise SpecError("spec.key_unknown", layer=position, layer_type=layer_type, name=_show(key), hint=hint)
        try:
            kwargs[key] = _FIELD_PARSERS[key](value)
        except SpecError as exc:
            raise exc.at(position, layer_type) from None
    missing = [k for k in REQUIRED_KEYS.get(layer_type, ()) if k not in kwargs]
    if missing:
        raise SpecError("spec.missing_keys", layer=position, layer_type=layer_type,
                        keys=", ".join(repr(k) for k in missing))
    return cls(**kwargs)


def parse_input_shape(value: Any) -> tuple[int, int, int]:
    if not isinstance(value, (list, tuple)) or len(value) != 3:
        raise SpecError("spec.input_shape_form", value=_show(value))
    try:
        height, width = (_positive_int(v, "input_shape", MAX_SIDE) for v in value[:2])
        channels = _positive_int(value[2], "input_shape", 3)
    except SpecError as exc:
        raise SpecError("spec.input_shape_problem", reason=exc) from None
    if channels not in (1, 3):
        raise SpecError("spec.input_channels", channels=channels)
    return (height, width, channels)


def parse_architecture(data: Any) -> Architecture:
    if not isinstance(data, dict):
        raise SpecError("spec.not_object", kind=_type_name(data))
    unknown = sorted(set(data) - {"input_shape", "layers"})
    if unknown:
        raise SpecError("spec.top_key_unknown", name=_show(unknown[0]))
    if "input_shape" not in data:
        raise SpecError("spec.no_input_shape")
    layers = data.get("layers", [])
    if not isinstance(layers, list):
        raise SpecError("spec.layers_not_list", kind=_type_name(layers))
    if len(layers) > MAX_LAYERS:
        raise SpecError("spec.too_many_layers", n=len(layers), limit=MAX_LAYERS)
    parsed = tuple(parse_layer(item, i) for i, item in enumerate(layers, start=1))
    return Architecture(parse_input_shape(data["input_shape"]), parsed)


# ---------------------------------------------------------------- links

MAX_LINK_CHARS = 8_000


def to_link(arch: Architecture) -> str:
    """The architecture as a short URL-safe token (compact JSON, zlib, base64url) for a shareable link."""
    import base64
    import zlib

    packed = zlib.compress(arch.to_json(indent=None).encode("utf-8"), 9)
    return base64.urlsafe_b64encode(packed).decode("ascii").rstrip("=")


def from_link(token: str) -> Architecture:
    """The architecture of a link token; SpecError saying what is wrong with a damaged or hostile one."""
    import base64
    import binascii
    import zlib

    if not isinstance(token, str) or not token:
        raise SpecError("spec.link_empty")
    if len(token) > MAX_LINK_CHARS:
        raise SpecError("spec.link_too_long", n=len(token), limit=MAX_LINK_CHARS)
    try:
        packed = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        inflater = zlib.decompressobj()
        text = inflater.decompress(packed, MAX_JSON_BYTES + 1)  # never inflate more than a file may hold
    except (binascii.Error, ValueError, zlib.error):
        raise SpecError("spec.link_damaged") from None
    if len(text) > MAX_JSON_BYTES or inflater.unconsumed_tail:
        raise SpecError("spec.link_too_large", limit=MAX_JSON_BYTES)
    return Architecture.from_json(text)
