"""Turn a drawing or a photo into what a digit network expects, step by step, the way MNIST was made.

MNIST digits are white ink on black, cropped to the ink, scaled so the longer side is 20 px (keeping the
aspect ratio), then pasted into a 28×28 field so that their centre of mass sits at the centre. A network
trained on MNIST only works on drawings that went through the same steps: `to_mnist` does them and keeps
every intermediate image so the app can show them.

`to_model_input` is the plain version for any model input shape (resize, grey or colour, [0, 1]).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, UnidentifiedImageError

MNIST_SIDE = 28
MNIST_BOX = 20
# A pixel counts as ink when it is brighter than this fraction of the brightest ink (for the crop box).
INK_THRESHOLD = 0.2
# Less contrast than this between ink and background (on a 0-1 scale) means there is nothing drawn.
MIN_CONTRAST = 0.1
# Images larger than this (pixels) are refused: decoding them could exhaust memory.
MAX_PIXELS = 40_000_000


class ImageError(ValueError):
    """An image that cannot be read or used; the message says why."""


@dataclass
class Preprocessed:
    image: np.ndarray  # (28, 28, 1) float32 in [0, 1]: what the network receives
    steps: list[tuple[str, np.ndarray]] = field(default_factory=list)  # (title, 2-D or RGB array) to show
    empty: bool = False
    inverted: bool = False


def load_image(data: bytes) -> Image.Image:
    """Decode image bytes (PNG, JPEG, BMP, GIF, ...). Raises ImageError with the reason if they are not an image."""
    if not data:
        raise ImageError("the file is empty")
    try:
        image = Image.open(io.BytesIO(data))
        if image.width * image.height > MAX_PIXELS:
            raise ImageError(f"the image is too large ({image.width}×{image.height} pixels)")
        image.load()
    except ImageError:
        raise
    except UnidentifiedImageError:
        raise ImageError("not a readable image: not in any format Pillow knows (PNG, JPEG, GIF, BMP, WebP, "
                         "TIFF, ...)") from None
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise ImageError(f"not a readable image: the file is damaged or cut short ({exc})") from None
    return image


# ---------------------------------------------------------------- conversion to planes


def _array_from_pil(image: Image.Image) -> np.ndarray:
    """A PIL image as a float array in [0, 1]: (H, W) for grey, (H, W, 3) or (H, W, 4) for colour."""
    mode = image.mode
    if mode in ("I;16", "I;16B", "I;16L", "I;16N"):
        return np.asarray(image, dtype=np.float32) / 65535.0
    if mode in ("I", "F"):
        values = np.asarray(image, dtype=np.float32)
        top = float(values.max(initial=0.0))
        scale = 255.0 if top <= 255 else (65535.0 if top <= 65535 else top)
        return np.clip(values / scale, 0.0, 1.0)
    if mode in ("1", "L"):
        return np.asarray(image.convert("L"), dtype=np.float32) / 255.0
    has_alpha = mode in ("RGBA", "LA", "PA", "La", "RGBa") or (mode == "P" and "transparency" in image.info)
    converted = image.convert("RGBA" if has_alpha else "RGB")
    return np.asarray(converted, dtype=np.float32) / 255.0


def _array_from_numpy(image: np.ndarray) -> np.ndarray:
    array = np.asarray(image)
    if array.ndim == 3 and array.shape[-1] == 1:
        array = array[..., 0]
    if array.ndim not in (2, 3) or (array.ndim == 3 and array.shape[-1] not in (3, 4)):
        raise ImageError(f"expected an image array of shape (H, W), (H, W, 1), (H, W, 3) or (H, W, 4), "
                         f"got {array.shape}")
    if array.size == 0:
        raise ImageError("the image has no pixels")
    if array.dtype == np.uint8:
        return array.astype(np.float32) / 255.0
    if array.dtype == np.uint16:
        return array.astype(np.float32) / 65535.0
    if array.dtype == bool:
        return array.astype(np.float32)
    if not np.issubdtype(array.dtype, np.number):
        raise ImageError(f"image array has non-numeric type {array.dtype}")
    values = array.astype(np.float32)
    if not np.isfinite(values).all():
        raise ImageError("image array contains NaN or infinite values")
    top = float(values.max())
    return np.clip(values / (255.0 if top > 1.0 else 1.0), 0.0, 1.0)


def as_float_array(image: Image.Image | np.ndarray) -> np.ndarray:
    """Any supported image as floats in [0, 1]: (H, W) grey, (H, W, 3) RGB or (H, W, 4) RGBA."""
    if isinstance(image, Image.Image):
        return _array_from_pil(image)
    if isinstance(image, np.ndarray):
        return _array_from_numpy(image)
    raise ImageError(f"expected a PIL image or a numpy array, got {type(image).__name__}")


def _luminance(rgb: np.ndarray) -> np.ndarray:
    return rgb[..., 0] * 0.299 + rgb[..., 1] * 0.587 + rgb[..., 2] * 0.114


def _has_transparent_background(alpha: np.ndarray) -> bool:
    return float((alpha < 0.5).mean()) > 0.05


def to_grayscale(array: np.ndarray) -> np.ndarray:
    """(H, W) floats in [0, 1]. With a transparent background the ink is whatever is opaque, whatever its colour
    (strokes on a transparent layer); otherwise the luminance, composited over black."""
    if array.ndim == 2:
        return array.astype(np.float32)
    grey = _luminance(array[..., :3])
    if array.shape[-1] == 4:
        alpha = array[..., 3]
        if _has_transparent_background(alpha):
            return alpha.astype(np.float32)
        grey = grey * alpha
    return grey.astype(np.float32)


def border_level(grey: np.ndarray) -> float:
    """The median brightness of the outer frame (about 5% of the side): the background's level."""
    h, w = grey.shape
    band = max(1, round(min(h, w) * 0.05))
    frame = np.concatenate([grey[:band].ravel(), grey[-band:].ravel(), grey[:, :band].ravel(),
                            grey[:, -band:].ravel()])
    return float(np.median(frame))


def looks_dark_on_light(grey: np.ndarray) -> bool:
    """True when the background (the border) is mostly bright: a pen-on-paper photo, to be inverted."""
    return border_level(grey) > 0.5


# ---------------------------------------------------------------- MNIST steps


def _ink_box(ink: np.ndarray) -> tuple[int, int, int, int] | None:
    """(top, bottom, left, right) bounds (exclusive end) of the pixels above the ink threshold."""
    mask = ink > INK_THRESHOLD * float(ink.max())
    rows, cols = np.flatnonzero(mask.any(axis=1)), np.flatnonzero(mask.any(axis=0))
    if rows.size == 0:
        return None
    return int(rows[0]), int(rows[-1]) + 1, int(cols[0]), int(cols[-1]) + 1


def _scale_longer_side(crop: np.ndarray, side: int = MNIST_BOX) -> np.ndarray:
    h, w = crop.shape
    factor = side / max(h, w)
    new_h, new_w = max(1, round(h * factor)), max(1, round(w * factor))
    # LANCZOS on a float image averages the big drawing's pixels into grey anti-aliased edges, like MNIST's.
    resized = Image.fromarray(crop.astype(np.float32), mode="F").resize((new_w, new_h), Image.Resampling.LANCZOS)
    return np.clip(np.asarray(resized, dtype=np.float32), 0.0, 1.0)


def centre_of_mass(image: np.ndarray) -> tuple[float, float]:
    """(row, column) of the brightness-weighted centre; the middle of the image if it is all black."""
    total = float(image.sum())
    if total <= 0:
        return (image.shape[0] - 1) / 2, (image.shape[1] - 1) / 2
    rows, cols = np.indices(image.shape)
    return float((rows * image).sum() / total), float((cols * image).sum() / total)


def _paste_centred_by_mass(digit: np.ndarray, side: int = MNIST_SIDE) -> np.ndarray:
    """Paste `digit` into a side×side black field so its centre of mass lands on the field's centre.

    Whole-pixel shift (no resampling blur); ink pushed past the edge is cut off, as in MNIST.
    """
    com_row, com_col = centre_of_mass(digit)
    centre = (side - 1) / 2
    top, left = round(centre - com_row), round(centre - com_col)
    field = np.zeros((side, side), dtype=np.float32)
    h, w = digit.shape
    src_top, src_left = max(0, -top), max(0, -left)
    dst_top, dst_left = max(0, top), max(0, left)
    rows = min(h - src_top, side - dst_top)
    cols = min(w - src_left, side - dst_left)
    if rows > 0 and cols > 0:
        field[dst_top:dst_top + rows, dst_left:dst_left + cols] = \
            digit[src_top:src_top + rows, src_left:src_left + cols]
    return field


def _display(array: np.ndarray) -> np.ndarray:
    return array[..., :3] if array.ndim == 3 else array


def to_mnist(image: Image.Image | np.ndarray, invert: bool | None = None) -> Preprocessed:
    """MNIST-style preprocessing of a drawing or photo of one digit.

    invert: True for dark ink on a light background, False for light ink on dark (the canvas),
    None to decide from the border (mostly bright → invert).
    """
    array = as_float_array(image)
    steps: list[tuple[str, np.ndarray]] = [("Your image", _display(array))]
    grey = to_grayscale(array)
    if array.ndim == 3:
        steps.append(("Grayscale", grey))
    inverted = looks_dark_on_light(grey) if invert is None else bool(invert)
    if inverted:
        grey = 1.0 - grey
        steps.append(("Inverted: white ink on black", grey))
    background = border_level(grey)
    ink = np.clip(grey - background, 0.0, None)
    if float(ink.max(initial=0.0)) < MIN_CONTRAST or _ink_box(ink) is None:
        blank = np.zeros((MNIST_SIDE, MNIST_SIDE, 1), dtype=np.float32)
        return Preprocessed(image=blank, steps=steps, empty=True, inverted=inverted)
    ink = ink / float(ink.max())
    top, bottom, left, right = _ink_box(ink)
    crop = ink[top:bottom, left:right]
    steps.append((f"Cropped to the ink ({crop.shape[1]}×{crop.shape[0]})", crop))
    scaled = _scale_longer_side(crop)
    steps.append((f"Longer side scaled to {MNIST_BOX} px ({scaled.shape[1]}×{scaled.shape[0]})", scaled))
    final = _paste_centred_by_mass(scaled)
    steps.append(("Centred by mass in 28×28: what the network sees", final))
    return Preprocessed(image=final[..., None], steps=steps, empty=False, inverted=inverted)


# ---------------------------------------------------------------- any model input


def to_model_input(image: Image.Image | np.ndarray, input_shape: tuple[int, ...], invert: bool = False
                   ) -> np.ndarray:
    """Resize to the model's H×W, with 1 (grey) or 3 (RGB) channels, as float32 in [0, 1]: (H, W, C)."""
    if len(input_shape) != 3 or input_shape[-1] not in (1, 3):
        raise ImageError(f"model input shape must be (height, width, 1 or 3), got {tuple(input_shape)}")
    height, width, channels = (int(v) for v in input_shape)
    array = as_float_array(image)
    if channels == 1:
        planes = to_grayscale(array)[..., None]
    elif array.ndim == 2:
        planes = np.repeat(array[..., None], 3, axis=-1)
    else:
        rgb = array[..., :3]
        planes = rgb * array[..., 3:4] if array.shape[-1] == 4 else rgb
    resized = np.stack([
        np.asarray(Image.fromarray(planes[..., c].astype(np.float32), mode="F")
                   .resize((width, height), Image.Resampling.LANCZOS), dtype=np.float32)
        for c in range(channels)], axis=-1)
    resized = np.clip(resized, 0.0, 1.0)
    return (1.0 - resized if invert else resized).astype(np.float32)


def as_canvas_drawing(digit: np.ndarray, side: int = 280) -> np.ndarray:
    """An MNIST digit (28, 28[, 1]) enlarged into the RGBA array the drawing canvas returns (white ink on an
    opaque black side×side background, uint8): for trying the page, the CLI and benchmarks on real digits."""
    grey = np.asarray(digit, dtype=np.float32).reshape(digit.shape[0], digit.shape[1])
    if grey.max() > 1.0:
        grey = grey / 255.0
    big = Image.fromarray(grey, mode="F").resize((side, side), Image.Resampling.BILINEAR)
    ink = (np.clip(np.asarray(big), 0.0, 1.0) * 255).round().astype(np.uint8)
    return np.dstack([ink, ink, ink, np.full_like(ink, 255)])
