"""Receptive fields: which input pixels one unit of a layer can see. Pure math, no TensorFlow.

Per axis and per layer, with k the window (kernel or pool size) and s the stride of the layer:

    jump  j_out = j_in · s                  (input pixels between neighbouring units)
    size  r_out = r_in + (k − 1) · j_in     (input pixels one unit spans)
    start a_out = a_in − p · j_in           (input coordinate of the first pixel unit 0 spans)

where p is the zero padding added before the layer's input: 0 for 'valid'; for 'same', TensorFlow pads
max((⌈n/s⌉ − 1)·s + k − n, 0) zeros in total on an input of n pixels and puts the odd one *after*, so
p = total // 2. Unit i then spans input pixels a + i·j … a + i·j + r − 1. Pixels outside the input are
padding: the region a unit really sees is that span clipped to the part of the input the layer's units reach
at all (a 'valid' window or a stride that does not fit the input drops the last pixels: no unit sees them).

Flatten, GlobalAveragePooling2D and Dense see everything the last map's units reach; BatchNormalization and
Dropout change no geometry.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cnnviz.arch.shapes import check, layer_names
from cnnviz.arch.spec import Architecture, BatchNormalization, Conv2D, Dropout, MaxPooling2D
from cnnviz.inspect import ExplainError


@dataclass(frozen=True)
class AxisField:
    size: int  # r: input pixels one unit spans (padding included)
    jump: int  # j: input pixels between neighbouring units
    start: int  # a: input coordinate of the first pixel unit 0 spans (negative: it starts in the padding)
    units: int  # units along this axis (the layer's output height or width)
    reach: int  # the last input pixel any unit of the layer sees

    def span(self, index: int) -> tuple[int, int]:
        """First and last input pixel unit `index` sees (inclusive), padding clipped away."""
        first = self.start + index * self.jump
        return max(0, first), min(self.reach, first + self.size - 1)


@dataclass(frozen=True)
class LayerField:
    position: int  # 1-based, like shapes.LayerRow
    name: str
    type: str
    spatial: bool  # False from Flatten / GlobalAveragePooling2D on: each unit sees the whole reachable input
    rows: AxisField
    cols: AxisField

    @property
    def size(self) -> tuple[int, int]:
        return self.rows.size, self.cols.size

    @property
    def jump(self) -> tuple[int, int]:
        return self.rows.jump, self.cols.jump

    @property
    def start(self) -> tuple[int, int]:
        return self.rows.start, self.cols.start


@dataclass(frozen=True)
class InputRegion:
    """Inclusive pixel box: rows top..bottom, columns left..right."""

    top: int
    left: int
    bottom: int
    right: int

    @property
    def height(self) -> int:
        return self.bottom - self.top + 1

    @property
    def width(self) -> int:
        return self.right - self.left + 1


def _padding_before(size: int, window: int, stride: int, padding: str) -> int:
    if padding != "same":
        return 0
    out = -(-size // stride)
    return max((out - 1) * stride + window - size, 0) // 2


def next_axis(axis: AxisField, window: int, stride: int, padding: str) -> AxisField:
    size_in = axis.units
    before = _padding_before(size_in, window, stride, padding)
    units = -(-size_in // stride) if padding == "same" else (size_in - window) // stride + 1
    size = axis.size + (window - 1) * axis.jump
    start = axis.start - before * axis.jump
    last_input_unit = min(size_in - 1, (units - 1) * stride - before + window - 1)
    reach = min(axis.reach, axis.start + last_input_unit * axis.jump + axis.size - 1)
    return AxisField(size, axis.jump * stride, start, units, reach)


def receptive_fields(arch: Architecture) -> list[LayerField]:
    """One LayerField per layer of a valid architecture (raises SpecError for an invalid one)."""
    check(arch)
    height, width = arch.input_shape[:2]
    rows = AxisField(1, 1, 0, height, height - 1)
    cols = AxisField(1, 1, 0, width, width - 1)
    spatial = True
    fields: list[LayerField] = []
    for position, (layer, name) in enumerate(zip(arch.layers, layer_names(arch), strict=True), start=1):
        if spatial and isinstance(layer, (Conv2D, MaxPooling2D)):  # MaxPooling2D covers AveragePooling2D
            window = layer.kernel_size if isinstance(layer, Conv2D) else layer.pool_size
            strides = layer.strides if isinstance(layer, Conv2D) else layer.effective_strides
            rows = next_axis(rows, window[0], strides[0], layer.padding)
            cols = next_axis(cols, window[1], strides[1], layer.padding)
        elif spatial and not isinstance(layer, (BatchNormalization, Dropout)):
            spatial = False  # Flatten, GlobalAveragePooling2D, Dense: one unit sees all the map
            rows = AxisField(rows.reach + 1 - rows.start, 0, rows.start, 1, rows.reach)
            cols = AxisField(cols.reach + 1 - cols.start, 0, cols.start, 1, cols.reach)
        fields.append(LayerField(position, name, layer.TYPE, spatial, rows, cols))
    return fields


def _keras_window(layer: Any) -> tuple[tuple[int, int], tuple[int, int], str] | None:
    """(window, strides, padding) of a Keras layer that slides a window, or None if it does not."""
    window = getattr(layer, "pool_size", None) or getattr(layer, "kernel_size", None)
    if window is None or len(tuple(window)) != 2:
        return None
    if any(int(d) != 1 for d in tuple(getattr(layer, "dilation_rate", (1, 1)))):
        raise _unplaceable(layer)
    strides = tuple(getattr(layer, "strides", None) or window)
    return (int(window[0]), int(window[1])), (int(strides[0]), int(strides[1])), str(layer.padding).lower()


def _unplaceable(layer: Any) -> Exception:
    return ExplainError("inspect.error.rf_layer", layer=layer.name, type=type(layer).__name__)


def model_receptive_fields(model: Any) -> list[LayerField]:
    """Receptive fields of a built Keras model whose layers form one chain (Sequential or a functional
    chain): windows from the layers' own kernel/pool size, strides and padding. Layers that keep the map's
    height and width without a window (BatchNormalization, Dropout, activations) change nothing; the first
    layer with a flat output ends the spatial part. Raises ExplainError for a model that is not one chain
    or a layer it cannot place (a dilated window, an unknown resizing layer)."""
    shape = tuple(int(d) for d in model.inputs[0].shape[1:3])
    rows = AxisField(1, 1, 0, shape[0], shape[0] - 1)
    cols = AxisField(1, 1, 0, shape[1], shape[1] - 1)
    spatial = True
    fields: list[LayerField] = []
    layers = [layer for layer in model.layers if type(layer).__name__ != "InputLayer"]
    chain = type(model).__name__ == "Sequential"  # always one chain (its symbolic tensors can come from rebuilds)
    previous = model.inputs[0]
    for position, layer in enumerate(layers, start=1):
        if not chain and layer.input is not previous:  # a branch, a merge or a shared layer: not one chain
            raise _unplaceable(layer)
        previous = layer.output
        out = tuple(layer.output.shape[1:])
        if spatial and len(out) == 3:
            window = _keras_window(layer)
            if window is not None:
                (kh, kw), (sh, sw), padding = window
                rows, cols = next_axis(rows, kh, sh, padding), next_axis(cols, kw, sw, padding)
            if (int(out[0]), int(out[1])) != (rows.units, cols.units):
                raise _unplaceable(layer)
        elif spatial:
            spatial = False
            rows = AxisField(rows.reach + 1 - rows.start, 0, rows.start, 1, rows.reach)
            cols = AxisField(cols.reach + 1 - cols.start, 0, cols.start, 1, cols.reach)
        fields.append(LayerField(position, layer.name, type(layer).__name__, spatial, rows, cols))
    return fields


def padding_free_units(axis: AxisField, input_size: int) -> tuple[int, int]:
    """First and last unit along an axis whose whole field lies inside the input (no padding in it);
    the middle unit when every unit touches padding."""
    first = -(-max(0, -axis.start) // axis.jump) if axis.jump else 0
    last = (input_size - axis.size - axis.start) // axis.jump if axis.jump else 0
    last = min(last, axis.units - 1)
    if first > last:
        middle = (axis.units - 1) // 2
        return middle, middle
    return first, last


def input_region(layer_field: LayerField, row: int, col: int) -> InputRegion:
    """The input pixels one output unit (row, col) of the layer sees, clipped to the input."""
    if not (0 <= row < layer_field.rows.units and 0 <= col < layer_field.cols.units):
        raise ExplainError("inspect.error.unit_outside", row=row, col=col, layer=layer_field.name,
                           height=layer_field.rows.units, width=layer_field.cols.units)
    top, bottom = layer_field.rows.span(row)
    left, right = layer_field.cols.span(col)
    return InputRegion(top, left, bottom, right)


def field_by_name(fields: list[LayerField], name: str) -> LayerField:
    for layer_field in fields:
        if layer_field.name == name:
            return layer_field
    raise ExplainError("inspect.error.no_layer", layer=name, layers=", ".join(f.name for f in fields))
