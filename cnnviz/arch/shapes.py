"""Pure shape, parameter, FLOP and memory math for an :class:`~cnnviz.arch.spec.Architecture`.

No TensorFlow here: the numbers are computed the way Keras computes them, and the tests hold them
against Keras itself. FLOPs are counted as multiply-adds (one per weight use); pooling counts one
operation per window element, other layers count one per output element or none.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from cnnviz.arch.spec import (
    Architecture,
    BatchNormalization,
    Conv2D,
    Dense,
    Dropout,
    Flatten,
    GlobalAveragePooling2D,
    Layer,
    MaxPooling2D,
    SpecError,
)
from cnnviz.i18n import msg, t

Shape = tuple[int, ...]
BYTES_PER_FLOAT = 4

# Keras' snake_case base names, used for layer names like "conv2d_1".
KERAS_BASE_NAMES = {
    "Conv2D": "conv2d",
    "MaxPooling2D": "max_pooling2d",
    "AveragePooling2D": "average_pooling2d",
    "Flatten": "flatten",
    "Dense": "dense",
    "Dropout": "dropout",
    "BatchNormalization": "batch_normalization",
    "GlobalAveragePooling2D": "global_average_pooling2d",
}


def conv_params(kernel_area: int, channels_in: int, filters: int, use_bias: bool = True) -> int:
    """Weights of a convolution: one kernel of kernel_area × channels_in per filter, plus a bias per filter."""
    return kernel_area * channels_in * filters + (filters if use_bias else 0)


def dense_params(inputs: int, units: int, use_bias: bool = True) -> int:
    """Weights of a fully connected layer: one per input and unit, plus a bias per unit."""
    return inputs * units + (units if use_bias else 0)


def batch_norm_params(channels: int) -> int:
    """Batch normalization keeps four numbers per channel: γ and β (trained), the moving mean and variance (not)."""
    return 4 * channels


class RowTotals:
    """The totals of a summary's rows (each with params, trainable_params and flops): one home for both the
    architecture's summary here and a loaded model's (cnnviz.models.modelfile.ModelSummary)."""

    rows: tuple

    @property
    def total_params(self) -> int:
        return sum(r.params for r in self.rows)

    @property
    def trainable_params(self) -> int:
        return sum(r.trainable_params for r in self.rows)

    @property
    def non_trainable_params(self) -> int:
        return self.total_params - self.trainable_params

    @property
    def total_flops(self) -> int:
        return sum(r.flops for r in self.rows)


@dataclass(frozen=True)
class LayerRow:
    position: int  # 1-based
    name: str
    type: str
    input_shape: Shape
    output_shape: Shape
    params: int = 0
    trainable_params: int = 0
    formula: str = ""  # how the parameters are counted, in the language current when it was computed
    shape_formula: str = ""
    flops: int = 0
    error: str | None = None  # what is wrong (the text of Summary.errors' SpecError, made when summarized)

    @property
    def non_trainable_params(self) -> int:
        return self.params - self.trainable_params

    @property
    def activation_bytes(self) -> int:
        return math.prod(self.output_shape) * BYTES_PER_FLOAT


@dataclass(frozen=True)
class Summary(RowTotals):
    input_shape: Shape
    rows: tuple[LayerRow, ...]
    errors: tuple[SpecError, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def output_shape(self) -> Shape:
        return self.rows[-1].output_shape if self.rows else self.input_shape

    @property
    def activation_bytes(self) -> int:
        """Bytes of all layer outputs for one image (float32), input included."""
        return (math.prod(self.input_shape) + sum(math.prod(r.output_shape) for r in self.rows)) * BYTES_PER_FLOAT

    def raise_first_error(self) -> None:
        if self.errors:
            raise self.errors[0]


def fmt(n: int) -> str:
    return f"{n:,}"


def _dims(pair: tuple[int, int]) -> str:
    return f"{pair[0]}×{pair[1]}"


def _spatial_out(size: int, window: int, stride: int, padding: str) -> int:
    if padding == "same":
        return -(-size // stride)
    return (size - window) // stride + 1


def _spatial_formula(size: int, window: int, stride: int, padding: str) -> str:
    out = _spatial_out(size, window, stride, padding)
    if padding == "same":
        return f"⌈{size}/{stride}⌉ = {out}"
    return f"⌊({size} − {window})/{stride}⌋ + 1 = {out}"


def _needs_map(shape: Shape, layer: Layer) -> None:
    if len(shape) != 3:
        raise SpecError("shapes.needs_map", kind=layer.TYPE, n=shape[0])


def _windowed(shape: Shape, window: tuple[int, int], strides: tuple[int, int], padding: str,
              what: str) -> tuple[Shape, str]:
    """Output (h, w) and its formula; SpecError when the window does not fit. `what`: a `shapes.*` key."""
    height, width = shape[0], shape[1]
    if padding == "valid" and (window[0] > height or window[1] > width):
        raise SpecError("shapes.window_too_large", what=msg(what), window=_dims(window), height=height, width=width)
    out = (_spatial_out(height, window[0], strides[0], padding), _spatial_out(width, window[1], strides[1], padding))
    if out[0] == out[1] and height == width and window[0] == window[1] and strides[0] == strides[1]:
        text = _spatial_formula(height, window[0], strides[0], padding)
    else:
        text = (f"h: {_spatial_formula(height, window[0], strides[0], padding)}, "
                f"w: {_spatial_formula(width, window[1], strides[1], padding)}")
    return out, f"{padding}: {text}"


def _conv(layer: Conv2D, shape: Shape) -> dict:
    (h, w), shape_formula = _windowed(shape, layer.kernel_size, layer.strides, layer.padding, "shapes.kernel")
    kh, kw = layer.kernel_size
    cin, f = shape[2], layer.filters
    weights = kh * kw * cin * f
    params = conv_params(kh * kw, cin, f, layer.use_bias)
    if layer.use_bias:
        formula = f"({kh}·{kw}·{cin} + 1)·{f} = {fmt(params)}"
    else:
        formula = t("shapes.formula_no_bias", formula=f"{kh}·{kw}·{cin}·{f} = {fmt(params)}")
    return dict(output_shape=(h, w, f), params=params, trainable_params=params, formula=formula,
                shape_formula=shape_formula, flops=h * w * weights)


def _pool(layer: MaxPooling2D, shape: Shape) -> dict:
    (h, w), shape_formula = _windowed(shape, layer.pool_size, layer.effective_strides, layer.padding,
                                      "shapes.pool_window")
    c = shape[2]
    return dict(output_shape=(h, w, c), shape_formula=shape_formula,
                flops=h * w * c * layer.pool_size[0] * layer.pool_size[1])


def _dense(layer: Dense, shape: Shape, position: int) -> dict:
    if len(shape) != 1:
        raise SpecError("shapes.dense_needs_flat", position=position, shape="×".join(map(str, shape)))
    n, units = shape[0], layer.units
    params = dense_params(n, units, layer.use_bias)
    formula = (f"({fmt(n)} + 1)·{units} = {fmt(params)}" if layer.use_bias
               else t("shapes.formula_no_bias", formula=f"{fmt(n)}·{units} = {fmt(params)}"))
    return dict(output_shape=(units,), params=params, trainable_params=params, formula=formula,
                flops=n * units)


def _batch_norm(shape: Shape) -> dict:
    c = shape[-1]
    params = batch_norm_params(c)
    return dict(output_shape=shape, params=params, trainable_params=params // 2,
                formula=t("shapes.formula_batch_norm", c=c, total=fmt(params), half=fmt(params // 2)),
                flops=2 * math.prod(shape))


def _layer_math(layer: Layer, shape: Shape, position: int) -> dict:
    """Keyword arguments for LayerRow (without names/positions); raises SpecError (without the place)."""
    numbers = _layer_numbers(layer, shape, position)
    return numbers if "formula" in numbers else {**numbers, "formula": t("shapes.no_weights")}


def _layer_numbers(layer: Layer, shape: Shape, position: int) -> dict:
    if isinstance(layer, (Conv2D, MaxPooling2D, GlobalAveragePooling2D)):
        _needs_map(shape, layer)
    if isinstance(layer, Conv2D):
        return _conv(layer, shape)
    if isinstance(layer, MaxPooling2D):  # AveragePooling2D too
        return _pool(layer, shape)
    if isinstance(layer, Dense):
        return _dense(layer, shape, position)
    if isinstance(layer, Flatten):
        n = math.prod(shape)
        text = "×".join(map(str, shape)) + f" = {fmt(n)}" if len(shape) > 1 else f"{fmt(n)}"
        return dict(output_shape=(n,), shape_formula=text)
    if isinstance(layer, GlobalAveragePooling2D):
        return dict(output_shape=(shape[2],), shape_formula=t("shapes.formula_gap", height=shape[0], width=shape[1]),
                    flops=math.prod(shape))
    if isinstance(layer, BatchNormalization):
        return _batch_norm(shape)
    if isinstance(layer, Dropout):
        return dict(output_shape=shape)
    raise SpecError("shapes.unsupported", kind=layer.TYPE)  # pragma: no cover - spec parsing prevents it


def layer_row(layer: Layer, name: str, input_shape: Shape, position: int = 1) -> LayerRow:
    """One layer's numbers on a given input, outside an Architecture (e.g. a layer of a loaded Keras model)."""
    shape = tuple(int(v) for v in input_shape)
    try:
        numbers = _layer_math(layer, shape, position)
    except SpecError as exc:
        return LayerRow(position, name, layer.TYPE, shape, shape, formula="—", error=str(exc))
    return LayerRow(position, name, layer.TYPE, shape, **numbers)


def layer_names(arch: Architecture) -> list[str]:
    """Keras-style unique names: conv2d, conv2d_1, dense, dense_1, ..."""
    seen: Counter[str] = Counter()
    names = []
    for layer in arch.layers:
        base = KERAS_BASE_NAMES[layer.TYPE]
        names.append(base if seen[base] == 0 else f"{base}_{seen[base]}")
        seen[base] += 1
    return names


def summarize(arch: Architecture) -> Summary:
    """Every layer's numbers. An invalid layer gets an error and passes its input through unchanged,
    so the layers after it still get (provisional) numbers."""
    shape: Shape = tuple(arch.input_shape)
    rows: list[LayerRow] = []
    errors: list[SpecError] = []
    for position, (layer, name) in enumerate(zip(arch.layers, layer_names(arch), strict=True), start=1):
        try:
            numbers = _layer_math(layer, shape, position)
        except SpecError as exc:
            error = exc.at(position, layer.TYPE)
            errors.append(error)
            rows.append(LayerRow(position, name, layer.TYPE, shape, shape, formula="—", error=str(error)))
            continue
        rows.append(LayerRow(position, name, layer.TYPE, shape, **numbers))
        shape = numbers["output_shape"]
    return Summary(tuple(arch.input_shape), tuple(rows), tuple(errors))


def check(arch: Architecture) -> Summary:
    """Summarize and raise the first SpecError, if any."""
    summary = summarize(arch)
    summary.raise_first_error()
    return summary


def format_bytes(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:,.0f} {unit}" if unit == "B" else f"{n:,.2f} {unit}"
        n /= 1024
    return f"{n:.2f} GB"  # pragma: no cover


def summary_text(summary: Summary, title: str = "Sequential", lang: str | None = None) -> str:
    """A text table laid out like Keras' model.summary() (its labels in `lang`, default the current language)."""
    def label(key: str, **params: object) -> str:
        return t(key, lang=lang, **params)

    width = 92
    lines = [label("shapes.summary_title", name=title), "─" * width,
             f"{label('shapes.col_layer'):<36}{label('shapes.col_output'):<24}{label('shapes.col_params'):>12}  "
             f"{label('shapes.col_flops'):>14}", "═" * width]
    for row in summary.rows:
        shape = "(None, " + ", ".join(map(str, row.output_shape)) + ")"
        lines.append(f"{row.name + ' (' + row.type + ')':<36}{shape:<24}{fmt(row.params):>12}  {fmt(row.flops):>14}")
        if row.error:
            lines.append(f"  ⚠ {row.error}")
    counts = [("shapes.total_params", summary.total_params), ("shapes.trainable_params", summary.trainable_params),
              ("shapes.non_trainable_params", summary.non_trainable_params)]
    lines += ["═" * width,
              *(" " + label(key, n=fmt(n), size=format_bytes(n * BYTES_PER_FLOAT)) for key, n in counts),
              " " + label("shapes.muladds_per_image", n=fmt(summary.total_flops)),
              " " + label("shapes.activation_memory", size=format_bytes(summary.activation_bytes)),
              "─" * width]
    return "\n".join(lines)


def summary_json(summary: Summary) -> dict:
    return {
        "layers": [
            {"name": r.name, "type": r.type, "output_shape": list(r.output_shape), "params": r.params,
             "trainable_params": r.trainable_params, "formula": r.formula, "shape_formula": r.shape_formula,
             "flops": r.flops, "activation_bytes": r.activation_bytes}
            for r in summary.rows
        ],
        "total_params": summary.total_params,
        "trainable_params": summary.trainable_params,
        "non_trainable_params": summary.non_trainable_params,
        "total_flops": summary.total_flops,
    }
