"""The convolution lab's arithmetic in plain numpy: what a Conv2D or pooling layer computes, one window at a time.

Everything works on three shapes: a 1-D sequence (n,), a 2-D grid (H, W) and a multi-channel map (H, W, C)
with a kernel (k,), (kh, kw) or (kh, kw, C). A 1-D sequence is handled as a 1-row grid.

Padding conventions (they only differ for "same"):
- "valid": no padding; "full": k − 1 zeros on each side (every input element meets every kernel element).
- "same", Keras/TensorFlow convention: total padding max((⌈n/s⌉ − 1)·s + k − n, 0), the smaller half before.
  With stride 1 that is k − 1 zeros, ⌊(k − 1)/2⌋ before: for an even kernel, one more zero *after*.
- "same", SciPy convention (stride 1 only in SciPy; stride here means keeping every s-th output):
  ``scipy.signal.correlate`` (1-D, and N-D) keeps the centre of the full output, which puts ⌊k/2⌋ zeros
  *before*; ``scipy.signal.correlate2d`` puts ⌊(k − 1)/2⌋ before, like TensorFlow; ``convolve``/``convolve2d``
  flip the kernel then put ⌊k/2⌋ before. For odd kernels all of these agree.
Keras layers compute cross-correlation (no flip), which is why the lab calls the Keras convention the default.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from typing import Literal

import numpy as np

from cnnviz import ASSETS_DIR
from cnnviz.i18n import CnnvizError, msg, t

Operation = Literal["correlate", "convolve"]
PaddingMode = Literal["valid", "same", "full"]
SameStyle = Literal["keras", "scipy"]
PoolKind = Literal["max", "average"]

OPERATIONS: tuple[str, ...] = ("correlate", "convolve")
PADDING_MODES: tuple[str, ...] = ("valid", "same", "full")
SAME_STYLES: tuple[str, ...] = ("keras", "scipy")
MNIST_SAMPLE = ASSETS_DIR / "mnist_sample.npz"
MAX_GRID_SIDE = 256


class LabError(CnnvizError):
    """Input the lab cannot compute with: a catalog key (`lab.*`) saying what is wrong and where."""


# ---- padding and output size ----------------------------------------------------------------------------


@dataclass(frozen=True)
class AxisPadding:
    """Zeros added before and after one axis, and the resulting output length."""

    size: int
    kernel: int
    stride: int
    before: int
    after: int

    @property
    def total(self) -> int:
        return self.before + self.after

    @property
    def output(self) -> int:
        return output_size(self.size, self.kernel, self.total, self.stride)

    def formula(self) -> str:
        """⌊(n + 2p − k) / s⌋ + 1 with this axis' numbers filled in (p₁ + p₂ when the sides differ)."""
        n, k, s = self.size, self.kernel, self.stride
        if self.before == self.after:
            pad_symbol, pad_value = "2p", f"2·{self.before}"
        else:
            pad_symbol, pad_value = "p₁ + p₂", f"{self.before} + {self.after}"
        return (f"⌊(n + {pad_symbol} − k) / s⌋ + 1 = ⌊({n} + {pad_value} − {k}) / {s}⌋ + 1 "
                f"= ⌊{n + self.total - k} / {s}⌋ + 1 = {self.output}")


def output_size(n: int, k: int, total_padding: int, stride: int) -> int:
    """⌊(n + p_total − k) / s⌋ + 1 (the symmetric case writes p_total as 2p)."""
    return (n + total_padding - k) // stride + 1


def keras_same_padding(n: int, k: int, stride: int) -> tuple[int, int]:
    """TensorFlow's SAME: output ⌈n/s⌉, total padding as needed, the smaller half before."""
    total = max((math.ceil(n / stride) - 1) * stride + k - n, 0)
    return total // 2, total - total // 2


def scipy_same_before(k: int, operation: Operation, two_d_function: bool) -> int:
    """Zeros SciPy's 'same' mode puts before the data (see the module docstring)."""
    if operation == "correlate" and two_d_function:
        return (k - 1) // 2
    return k // 2


def axis_padding(n: int, k: int, stride: int, padding: PaddingMode, same_style: SameStyle = "keras",
                 operation: Operation = "correlate", two_d_function: bool = True) -> AxisPadding:
    if padding == "valid":
        before, after = 0, 0
    elif padding == "full":
        before, after = k - 1, k - 1
    elif padding == "same" and same_style == "keras":
        before, after = keras_same_padding(n, k, stride)
    elif padding == "same" and same_style == "scipy":
        before = scipy_same_before(k, operation, two_d_function)
        after = k - 1 - before
    else:
        raise LabError("lab.unknown_padding", padding=repr(padding), style=repr(same_style),
                       paddings=", ".join(PADDING_MODES), styles=", ".join(SAME_STYLES))
    return AxisPadding(size=n, kernel=k, stride=stride, before=before, after=after)


# ---- sliding-window correlation / convolution ------------------------------------------------------------


@dataclass(frozen=True)
class ConvResult:
    """The output of one sliding-window operation and everything needed to explain it."""

    x: np.ndarray  # the input as (H, W, C)
    kernel: np.ndarray  # the kernel as given, (kh, kw, C)
    kernel_used: np.ndarray  # what slides over the input: the kernel, or flipped for a convolution
    padded: np.ndarray  # the zero-padded input, (H + pads, W + pads, C)
    output: np.ndarray  # (out_h, out_w), or (out_w,) for 1-D input
    rows: AxisPadding
    cols: AxisPadding
    operation: Operation
    padding: PaddingMode
    same_style: SameStyle
    one_d: bool
    bias: float = 0.0

    @property
    def channels(self) -> int:
        return self.x.shape[2]

    @property
    def output_2d(self) -> np.ndarray:
        return self.output.reshape(self.rows.output, self.cols.output)


def _as_hwc(x: np.ndarray, kernel: np.ndarray) -> tuple[np.ndarray, np.ndarray, bool]:
    x = np.asarray(x, dtype=np.float64)
    kernel = np.asarray(kernel, dtype=np.float64)
    if x.ndim != kernel.ndim:
        raise LabError("lab.axes_differ", x_ndim=x.ndim, x_shape=str(x.shape), k_ndim=kernel.ndim,
                       k_shape=str(kernel.shape))
    if x.ndim == 1:
        return x[None, :, None], kernel[None, :, None], True
    if x.ndim == 2:
        return x[:, :, None], kernel[:, :, None], False
    if x.ndim == 3:
        if kernel.shape[2] != x.shape[2]:
            raise LabError("lab.depth_differs", depth=kernel.shape[2], channels=x.shape[2])
        return x, kernel, False
    raise LabError("lab.too_many_axes", ndim=x.ndim, shape=str(x.shape))


def _check_values(name: str, array: np.ndarray) -> None:
    """`name`: a `lab.noun_*` key (the input, the kernel, the feature map)."""
    if array.size == 0:
        raise LabError("lab.empty", what=msg(name))
    if not np.all(np.isfinite(array)):
        rows, cols = np.nonzero(~np.isfinite(array.reshape(array.shape[0], -1)))
        raise LabError("lab.not_a_number", what=msg(name), row=int(rows[0]) + 1, col=int(cols[0]) + 1)
    if max(array.shape) > MAX_GRID_SIDE:
        raise LabError("lab.too_large", what=msg(name), shape=str(array.shape), limit=MAX_GRID_SIDE)


def _pair(value: int | tuple[int, int], what: str, one_d: bool = False) -> tuple[int, int]:
    """`what`: a `lab.noun_*` key (stride, pool size, pool stride)."""
    pair = (1, value) if isinstance(value, int | np.integer) and one_d else value
    pair = (pair, pair) if isinstance(pair, int | np.integer) else tuple(pair)
    if len(pair) != 2 or any(int(v) != v or v < 1 for v in pair):
        raise LabError("lab.not_whole", what=msg(what), value=repr(value))
    return int(pair[0]), int(pair[1])


def slide(x: np.ndarray, kernel: np.ndarray, operation: Operation = "correlate", padding: PaddingMode = "valid",
          stride: int | tuple[int, int] = 1, same_style: SameStyle = "keras", bias: float = 0.0) -> ConvResult:
    """Slide `kernel` over `x` (cross-correlation, or convolution = correlation with the kernel flipped)."""
    if operation not in OPERATIONS:
        raise LabError("lab.unknown_operation", options=", ".join(OPERATIONS), value=repr(operation))
    x3, k3, one_d = _as_hwc(x, kernel)
    _check_values("lab.noun_input", x3)
    _check_values("lab.noun_kernel", k3)
    sh, sw = _pair(stride, "lab.noun_stride", one_d)
    two_d_function = not one_d
    rows = axis_padding(x3.shape[0], k3.shape[0], sh, padding, same_style, operation, two_d_function)
    cols = axis_padding(x3.shape[1], k3.shape[1], sw, padding, same_style, operation, two_d_function)
    for axis, pad in (("lab.noun_rows", rows), ("lab.noun_columns", cols)):
        if pad.output < 1:
            raise LabError("lab.kernel_too_large", kernel=pad.kernel, axis=msg(axis), size=pad.size, pad=pad.total,
                           padded=pad.size + pad.total)
    used = k3[::-1, ::-1, :] if operation == "convolve" else k3
    padded = np.pad(x3, ((rows.before, rows.after), (cols.before, cols.after), (0, 0)))
    windows = np.lib.stride_tricks.sliding_window_view(padded, used.shape)[:, :, 0]  # (oh1, ow1, kh, kw, C)
    windows = windows[::sh, ::sw][: rows.output, : cols.output]
    output = np.einsum("ijabc,abc->ij", windows, used) + bias
    return ConvResult(x=x3, kernel=k3, kernel_used=used, padded=padded, output=output[0] if one_d else output,
                      rows=rows, cols=cols, operation=operation, padding=padding, same_style=same_style,
                      one_d=one_d, bias=float(bias))


def correlate(x: np.ndarray, kernel: np.ndarray, padding: PaddingMode = "valid", stride: int | tuple[int, int] = 1,
              same_style: SameStyle = "keras") -> np.ndarray:
    return slide(x, kernel, "correlate", padding, stride, same_style).output


def convolve(x: np.ndarray, kernel: np.ndarray, padding: PaddingMode = "valid", stride: int | tuple[int, int] = 1,
             same_style: SameStyle = "keras") -> np.ndarray:
    return slide(x, kernel, "convolve", padding, stride, same_style).output


# ---- step-through: one output position written out -----------------------------------------------------


@dataclass(frozen=True)
class Step:
    """Output position (row, col): where the window sits on the padded input and the multiply-add it does."""

    row: int
    col: int
    top: int  # window's first row on the padded input
    left: int
    window: np.ndarray  # (kh, kw, C) values under the window
    kernel: np.ndarray  # (kh, kw, C) kernel as it slides (flipped for a convolution)
    products: np.ndarray  # window * kernel
    value: float  # sum of products (+ bias)
    bias: float = 0.0

    def expression(self, decimals: int = 3, max_terms: int = 27) -> str:
        """'1·2 + 2·0 + 4·0 + 5·0 = 2' (long sums are shortened in the middle)."""
        pairs = zip(self.window.ravel(), self.kernel.ravel(), strict=True)
        terms = [f"{_num(w, decimals)}·{_num(k, decimals)}" for w, k in pairs]
        if len(terms) > max_terms:
            more = t("lab_text.more_terms", count=len(terms) - max_terms + 1)
            terms = terms[: max_terms // 2] + [more] + terms[-(max_terms // 2):]
        bias = f" + {_num(self.bias, decimals)}" if self.bias else ""
        return " + ".join(terms) + bias + f" = {_num(self.value, decimals)}"

    def channel_sums(self) -> np.ndarray:
        """The part each input channel contributes: the output is their sum (plus bias)."""
        return self.products.sum(axis=(0, 1))


def _num(value: float, decimals: int) -> str:
    value = float(value)
    if value == int(value) and abs(value) < 1e12:
        return str(int(value))
    text = f"{value:.{decimals}f}".rstrip("0").rstrip(".")
    return f"({text})" if value < 0 else text


def step(result: ConvResult, row: int, col: int) -> Step:
    if not (0 <= row < result.rows.output and 0 <= col < result.cols.output):
        raise LabError("lab.outside_output", row=row, col=col, rows=result.rows.output, cols=result.cols.output)
    top, left = row * result.rows.stride, col * result.cols.stride
    kh, kw, _ = result.kernel_used.shape
    window = result.padded[top: top + kh, left: left + kw, :]
    products = window * result.kernel_used
    return Step(row=row, col=col, top=top, left=left, window=window, kernel=result.kernel_used, products=products,
                value=float(products.sum() + result.bias), bias=result.bias)


def step_at(result: ConvResult, index: int) -> Step:
    """The index-th output position in reading order (row by row)."""
    return step(result, *divmod(index, result.cols.output))


# ---- what SciPy and TensorFlow call the same thing ------------------------------------------------------


def scipy_call(result: ConvResult) -> str | None:
    """The SciPy expression that gives this output, or None when SciPy has no equivalent."""
    if result.channels != 1:
        return None
    if result.padding == "same" and result.same_style == "keras":
        for pad in (result.rows, result.cols):
            before = scipy_same_before(pad.kernel, result.operation, not result.one_d)
            if (pad.before, pad.after) != (before, pad.kernel - 1 - before):
                return None
    function = {("correlate", True): "correlate", ("correlate", False): "correlate2d",
                ("convolve", True): "convolve", ("convolve", False): "convolve2d"}[(result.operation, result.one_d)]
    sub = ""
    if _strided(result):
        sub = f"[::{result.cols.stride}]" if result.one_d else f"[::{result.rows.stride}, ::{result.cols.stride}]"
    return f"scipy.signal.{function}(x, w, mode='{result.padding}'){sub}"


def _strided(result: ConvResult) -> bool:
    return result.rows.stride > 1 or result.cols.stride > 1


def tensorflow_call(result: ConvResult) -> str:
    """The tf.nn.conv2d call that gives this output, written like the study notes (4-D input and kernel).
    TensorFlow never flips the kernel, so a convolution passes the flipped kernel."""
    rows, cols = result.rows, result.cols
    h, w, c = result.x.shape
    kh, kw, _ = result.kernel.shape
    kernel = "w[::-1, ::-1]" if result.operation == "convolve" else "w"
    if result.one_d:
        kernel = "w[::-1]" if result.operation == "convolve" else "w"
    keras_same = ((rows.before, rows.after) == keras_same_padding(rows.size, rows.kernel, rows.stride)
                  and (cols.before, cols.after) == keras_same_padding(cols.size, cols.kernel, cols.stride))
    if result.padding == "valid" or (result.padding == "same" and keras_same):
        padding = f"'{result.padding.upper()}'"
    else:
        padding = f"[[0, 0], [{rows.before}, {rows.after}], [{cols.before}, {cols.after}], [0, 0]]"
    strides = str(cols.stride) if rows.stride == cols.stride else f"({rows.stride}, {cols.stride})"
    out_shape = f"{cols.output}" if result.one_d else f"{rows.output}, {cols.output}"
    return (f"tf.nn.conv2d(x.reshape(1, {h}, {w}, {c}), {kernel}.reshape({kh}, {kw}, {c}, 1), strides={strides}, "
            f"padding={padding}).numpy().reshape({out_shape})")


# ---- pooling ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PoolResult:
    output: np.ndarray  # (out_h, out_w) or (out_h, out_w, C), like the input
    rows: AxisPadding
    cols: AxisPadding
    kind: PoolKind


def pool2d(x: np.ndarray, size: int | tuple[int, int] = 2, stride: int | tuple[int, int] | None = None,
           padding: Literal["valid", "same"] = "valid", kind: PoolKind = "max") -> PoolResult:
    """MaxPooling2D / AveragePooling2D as Keras does them (stride defaults to the pool size; 'same' padding
    cells are ignored: max never picks them and the average divides by the real cells only)."""
    x = np.asarray(x, dtype=np.float64)
    squeeze = x.ndim == 2
    x3 = x[:, :, None] if squeeze else x
    if x3.ndim != 3:
        raise LabError("lab.pool_shape", shape=str(x.shape))
    _check_values("lab.noun_feature_map", x3)
    ph, pw = _pair(size, "lab.noun_pool_size")
    sh, sw = (ph, pw) if stride is None else _pair(stride, "lab.noun_pool_stride")
    if padding not in ("valid", "same"):
        raise LabError("lab.pool_padding", value=repr(padding))
    rows = axis_padding(x3.shape[0], ph, sh, padding)
    cols = axis_padding(x3.shape[1], pw, sw, padding)
    if rows.output < 1 or cols.output < 1:
        raise LabError("lab.pool_too_large", ph=ph, pw=pw, height=x3.shape[0], width=x3.shape[1], padding=padding)
    padded = np.pad(x3, ((rows.before, rows.after), (cols.before, cols.after), (0, 0)), constant_values=np.nan)
    windows = np.lib.stride_tricks.sliding_window_view(padded, (ph, pw), axis=(0, 1))
    windows = windows[::sh, ::sw][: rows.output, : cols.output]  # (oh, ow, C, ph, pw)
    reduce = np.nanmax if kind == "max" else np.nanmean
    output = reduce(windows, axis=(3, 4))
    return PoolResult(output=output[:, :, 0] if squeeze else output, rows=rows, cols=cols, kind=kind)


# ---- activations, softmax, cross-entropy, Glorot --------------------------------------------------------


def relu(x: np.ndarray) -> np.ndarray:
    return np.maximum(np.asarray(x, dtype=np.float64), 0.0)


def softmax(logits: np.ndarray) -> np.ndarray:
    """exp(z_i) / Σ exp(z_j), computed after subtracting the max (same result, no overflow)."""
    z = np.asarray(logits, dtype=np.float64)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def log_softmax(logits: np.ndarray) -> np.ndarray:
    z = np.asarray(logits, dtype=np.float64)
    shifted = z - z.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


def one_hot(targets: int | np.ndarray, n_classes: int) -> np.ndarray:
    targets = np.asarray(targets)
    if np.any(targets < 0) or np.any(targets >= n_classes):
        raise LabError("lab.bad_target", target=str(targets.tolist()), last=n_classes - 1)
    return np.eye(n_classes)[targets]


def sparse_cross_entropy(logits: np.ndarray, targets: int | np.ndarray) -> np.ndarray:
    """−log softmax(z)[target]: the target is a class index (Keras' sparse_categorical_crossentropy)."""
    log_p = log_softmax(logits)
    targets = np.asarray(targets)
    one_hot(targets, log_p.shape[-1])  # validates the range
    return -np.take_along_axis(log_p, targets[..., None], axis=-1)[..., 0]


def one_hot_cross_entropy(logits: np.ndarray, targets_one_hot: np.ndarray) -> np.ndarray:
    """−Σ y_i · log softmax(z)_i with y one-hot (Keras' categorical_crossentropy): only the target term survives."""
    return -(np.asarray(targets_one_hot, dtype=np.float64) * log_softmax(logits)).sum(axis=-1)


@dataclass(frozen=True)
class GlorotLimit:
    shape: tuple[int, ...]
    fan_in: int
    fan_out: int

    @property
    def limit(self) -> float:
        return math.sqrt(6.0 / (self.fan_in + self.fan_out))

    def formula(self) -> str:
        return (f"√(6 / (fan_in + fan_out)) = √(6 / ({self.fan_in:,} + {self.fan_out:,})) = {self.limit:.4f}")


def glorot_limit(shape: tuple[int, ...]) -> GlorotLimit:
    """Keras' fans: Dense (in, out) → in, out; Conv (kh, kw, cin, cout) → kh·kw·cin, kh·kw·cout."""
    shape = tuple(int(d) for d in shape)
    if len(shape) < 2:
        raise LabError("lab.glorot_shape", shape=str(shape))
    receptive = math.prod(shape[:-2])
    return GlorotLimit(shape=shape, fan_in=shape[-2] * receptive, fan_out=shape[-1] * receptive)


# ---- kernels and sample inputs ---------------------------------------------------------------------------


@dataclass(frozen=True)
class KernelPreset:
    """A named kernel; `name` is its identifier, `title` and `description` are shown in the current language."""

    name: str
    weights: np.ndarray
    text_key: str  # catalog keys lab_text.kernel.<text_key>.title / .description

    @property
    def title(self) -> str:
        return t(f"lab_text.kernel.{self.text_key}.title")

    @property
    def description(self) -> str:
        return t(f"lab_text.kernel.{self.text_key}.description")


def _kernel_presets() -> dict[str, KernelPreset]:
    def k(rows: list[list[float]], scale: float = 1.0) -> np.ndarray:
        return np.array(rows, dtype=np.float64) * scale

    presets = [
        KernelPreset("identity", k([[0, 0, 0], [0, 1, 0], [0, 0, 0]]), "identity"),
        KernelPreset("box blur", k([[1, 1, 1], [1, 1, 1], [1, 1, 1]], 1 / 9), "box_blur"),
        KernelPreset("Gaussian blur", k([[1, 2, 1], [2, 4, 2], [1, 2, 1]], 1 / 16), "gaussian_blur"),
        KernelPreset("Sobel x", k([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]]), "sobel_x"),
        KernelPreset("Sobel y", k([[-1, -2, -1], [0, 0, 0], [1, 2, 1]]), "sobel_y"),
        KernelPreset("sharpen", k([[0, -1, 0], [-1, 5, -1], [0, -1, 0]]), "sharpen"),
        KernelPreset("Laplacian", k([[0, 1, 0], [1, -4, 1], [0, 1, 0]]), "laplacian"),
        KernelPreset("seed 2×2 [[2, 0], [0, 0]]", k([[2, 0], [0, 0]]), "seed_2x2"),
    ]
    return {p.name: p for p in presets}


KERNEL_PRESETS: dict[str, KernelPreset] = _kernel_presets()

SEED_GRID = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]], dtype=np.float64)
SEED_GRID_KERNEL = np.array([[2, 0], [0, 0]], dtype=np.float64)
SEQUENCE = np.array([2, 8, 3, 7, 1, 2, 0, 4, 5], dtype=np.float64)
SEQUENCE_KERNEL = np.array([2, 1, 5, 3], dtype=np.float64)
PHOTOS = ("china.jpg", "flower.jpg")
# Interesting square regions of scikit-learn's sample photos (top, left, side) in pixels.
PHOTO_REGIONS = {"china.jpg": (40, 200, 160), "flower.jpg": (120, 220, 200)}


def photo_crop(name: str = "china.jpg", side: int = 24, grayscale: bool = True) -> np.ndarray:
    """A square crop of one of scikit-learn's bundled sample photos, resized to side×side, values in [0, 1]."""
    from PIL import Image
    from sklearn.datasets import load_sample_image

    if name not in PHOTO_REGIONS:
        raise LabError("lab.unknown_photo", name=repr(name), options=", ".join(PHOTOS))
    top, left, size = PHOTO_REGIONS[name]
    crop = Image.fromarray(load_sample_image(name)[top: top + size, left: left + size])
    if grayscale:
        crop = crop.convert("L")
    pixels = np.asarray(crop.resize((side, side), Image.Resampling.LANCZOS), dtype=np.float64) / 255.0
    return np.clip(pixels, 0.0, 1.0)


@functools.lru_cache(maxsize=1)
def _mnist_sample() -> tuple[np.ndarray, np.ndarray]:
    """The bundled sample as stored (uint8 images, 3.9 MB), read once per process."""
    with np.load(MNIST_SAMPLE) as data:
        images, labels = data["images"], data["labels"].astype(np.int64)
    images.flags.writeable = labels.flags.writeable = False  # shared by every caller
    return images, labels


def mnist_digits(count: int | None = None, start: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Real digits from the bundled MNIST sample: images (N, 28, 28) float in [0, 1], labels (N,) int."""
    images, labels = _mnist_sample()
    stop = len(images) if count is None else start + count
    return images[start:stop].astype(np.float64) / 255.0, labels[start:stop].copy()


def mnist_labels() -> np.ndarray:
    """The bundled sample's labels (read-only): which digit each image is, without converting any image."""
    return _mnist_sample()[1]


def mnist_images_at(indices: np.ndarray) -> np.ndarray:
    """The bundled sample's images at `indices`, (N, 28, 28) float in [0, 1], as `mnist_digits` gives them."""
    return _mnist_sample()[0][indices].astype(np.float64) / 255.0


def mnist_digit(index: int = 0, side: int = 28) -> tuple[np.ndarray, int]:
    """One digit of the bundled sample, optionally resized (smaller grids keep every number readable)."""
    images, labels = mnist_digits(1, start=index % 5000)
    image = images[0]
    if side != 28:
        from PIL import Image

        small = Image.fromarray((image * 255).astype(np.uint8)).resize((side, side), Image.Resampling.LANCZOS)
        image = np.asarray(small, dtype=np.float64) / 255.0
    return image, int(labels[0])
