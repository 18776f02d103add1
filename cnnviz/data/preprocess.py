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
from PIL import Image, ImageOps, UnidentifiedImageError

from cnnviz.i18n import CnnvizError, t

MNIST_SIDE = 28
MNIST_BOX = 20
# A pixel counts as ink when it is brighter than this fraction of the brightest ink (for the crop box).
INK_THRESHOLD = 0.2
# Less contrast than this between ink and background (on a 0-1 scale) means there is nothing drawn.
MIN_CONTRAST = 0.1
# Images larger than this (pixels, or pixels on one side) are refused: decoding them could exhaust memory.
MAX_PIXELS = 40_000_000
MAX_SIDE = 16_384
# Larger images are shrunk (in 8-bit, cheaply) so their longer side is at most this before any float work.
WORK_SIDE = 1024
# A sheet of paper in a photo: the largest bright region covering at least this share of the image, filling at
# least this share of its bounding box, with ink (dark holes) inside.
SHEET_MIN_AREA = 0.12
SHEET_MIN_FILL = 0.6
# The English text of "preprocess.empty_image" (ImageError(EMPTY_IMAGE_KEY) or t(EMPTY_IMAGE_KEY) shows it translated).
EMPTY_IMAGE_KEY = "preprocess.empty_image"
EMPTY_IMAGE = "the image is empty: no ink found (nothing drawn, or too little contrast)"


class ImageError(CnnvizError):
    """An image that cannot be read or used: a catalog key (`preprocess.*`) saying why."""


@dataclass
class Preprocessed:
    image: np.ndarray  # (28, 28, 1) float32 in [0, 1]: what the network receives
    steps: list[tuple[str, np.ndarray]] = field(default_factory=list)  # (title, 2-D or RGB array) to show; titles
    # in the language current when it was made
    empty: bool = False
    inverted: bool = False


def _too_large(width: int, height: int) -> ImageError:
    return ImageError("preprocess.too_large", width=width, height=height, limit=MAX_PIXELS, side=MAX_SIDE)


def upright(image: Image.Image) -> Image.Image:
    """The image as it is meant to be seen: phone photos store their rotation in EXIF (the one step for Draw,
    Predict, the CLI and the dataset import)."""
    return ImageOps.exif_transpose(image) or image


def load_image(data: bytes) -> Image.Image:
    """Decode image bytes (PNG, JPEG, BMP, GIF, ...), checking the size in the header before decoding, turn it
    upright (EXIF) and shrink a big photo to WORK_SIDE. Raises ImageError with the reason if they are not a usable
    image."""
    if not data:
        raise ImageError("preprocess.empty_file")
    try:
        image = Image.open(io.BytesIO(data))
        if image.width * image.height > MAX_PIXELS or max(image.size) > MAX_SIDE:
            raise _too_large(image.width, image.height)
        image.load()
        image = upright(image)
    except ImageError:
        raise
    except Image.DecompressionBombError:
        raise ImageError("preprocess.too_large_unknown", limit=MAX_PIXELS, side=MAX_SIDE) from None
    except UnidentifiedImageError:
        raise ImageError("preprocess.unknown_format") from None
    except (OSError, ValueError, SyntaxError) as exc:
        raise ImageError("preprocess.damaged", reason=str(exc)) from None
    return shrink(image)


def shrink(image: Image.Image, side: int = WORK_SIDE) -> Image.Image:
    """The image with its longer side at most `side` (8-bit resampling: cheap even for a huge photo)."""
    if max(image.size) <= side:
        return image
    if image.mode not in ("1", "L", "LA", "RGB", "RGBA"):
        image = image.convert("RGBA" if "A" in image.getbands() or "transparency" in image.info else "RGB")
    small = image.copy()
    small.thumbnail((side, side), Image.Resampling.LANCZOS)
    return small


# ---------------------------------------------------------------- conversion to planes


def _array_from_pil(image: Image.Image) -> np.ndarray:
    """A PIL image as a float array in [0, 1]: (H, W) for grey, (H, W, 3) or (H, W, 4) for colour."""
    mode = image.mode
    if mode in ("I;16", "I;16B", "I;16L", "I;16N"):
        return np.asarray(image, dtype=np.float32) / 65535.0
    if mode in ("I", "F"):
        values = np.asarray(image, dtype=np.float32)
        endless = int(np.count_nonzero(~np.isfinite(values)))
        if endless:  # a float TIFF: NaN would pass every test of ink below and look like an empty drawing
            raise ImageError("preprocess.pixels_not_finite", n=endless, total=values.size)
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
        raise ImageError("preprocess.bad_array_shape", shape=str(array.shape))
    if array.size == 0:
        raise ImageError("preprocess.no_pixels")
    if array.dtype == np.uint8:
        return array.astype(np.float32) / 255.0
    if array.dtype == np.uint16:
        return array.astype(np.float32) / 65535.0
    if array.dtype == bool:
        return array.astype(np.float32)
    if not np.issubdtype(array.dtype, np.number):
        raise ImageError("preprocess.not_numeric", dtype=str(array.dtype))
    values = array.astype(np.float32)
    if not np.isfinite(values).all():
        raise ImageError("preprocess.not_finite")
    top = float(values.max())
    return np.clip(values / (255.0 if top > 1.0 else 1.0), 0.0, 1.0)


def as_float_array(image: Image.Image | np.ndarray) -> np.ndarray:
    """Any supported image as floats in [0, 1]: (H, W) grey, (H, W, 3) RGB or (H, W, 4) RGBA."""
    if isinstance(image, Image.Image):
        return _array_from_pil(image)
    if isinstance(image, np.ndarray):
        return _array_from_numpy(image)
    raise ImageError("preprocess.not_an_image", kind=type(image).__name__)


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


def otsu_threshold(values: np.ndarray) -> float:
    """The grey level that best splits the values into two classes (Otsu's method, 256 bins over [0, 1])."""
    counts, edges = np.histogram(values, bins=256, range=(0.0, 1.0))
    centres = (edges[:-1] + edges[1:]) / 2
    weight = np.cumsum(counts).astype(np.float64)
    total = weight[-1]
    mass = np.cumsum(counts * centres)
    with np.errstate(divide="ignore", invalid="ignore"):
        mean_low = mass / weight
        mean_high = (mass[-1] - mass) / (total - weight)
        between = weight * (total - weight) * (mean_low - mean_high) ** 2
    between = np.nan_to_num(between[:-1], nan=-1.0)
    return float(centres[int(np.argmax(between))])


def find_sheet(grey: np.ndarray) -> tuple[int, int, int, int, np.ndarray] | None:
    """A sheet of paper in a photo: (top, bottom, left, right, mask) of the largest bright region when it covers
    at least SHEET_MIN_AREA of the image, fills at least SHEET_MIN_FILL of its bounding box, leaves a margin
    (it is not the whole frame) and holds dark marks (the ink); else None."""
    from scipy import ndimage

    if float(grey.max()) - float(grey.min()) < MIN_CONTRAST:
        return None
    bright = grey > otsu_threshold(grey)
    labels, count = ndimage.label(bright)
    if count == 0:
        return None
    sizes = np.bincount(labels.ravel())[1:]
    biggest = int(np.argmax(sizes)) + 1
    region = labels == biggest
    rows, cols = np.flatnonzero(region.any(axis=1)), np.flatnonzero(region.any(axis=0))
    top, bottom, left, right = int(rows[0]), int(rows[-1]) + 1, int(cols[0]), int(cols[-1]) + 1
    box_area = (bottom - top) * (right - left)
    whole_frame = (bottom - top) >= grey.shape[0] - 2 and (right - left) >= grey.shape[1] - 2
    if sizes[biggest - 1] < SHEET_MIN_AREA * grey.size or sizes[biggest - 1] < SHEET_MIN_FILL * box_area \
            or whole_frame:
        return None
    filled = ndimage.binary_fill_holes(region)
    if not (filled & ~region).any():  # no dark marks inside: a bright object, not a sheet with ink on it
        return None
    return top, bottom, left, right, filled[top:bottom, left:right]


def _display(array: np.ndarray) -> np.ndarray:
    return array[..., :3] if array.ndim == 3 else array


def to_mnist(image: Image.Image | np.ndarray, invert: bool | None = None) -> Preprocessed:
    """MNIST-style preprocessing of a drawing or photo of one digit.

    invert: True for dark ink on a light background, False for light ink on dark (the canvas),
    None to decide from the border (mostly bright → invert).
    """
    array = as_float_array(image)
    steps: list[tuple[str, np.ndarray]] = [(t("preprocess.step_yours"), _display(array))]
    grey = to_grayscale(array)
    if array.ndim == 3:
        steps.append((t("preprocess.step_grey"), grey))
    sheet = find_sheet(grey) if invert is not False else None
    if sheet is not None:  # a photo of paper on a darker table: the ink is on the paper, the paper is background
        top, bottom, left, right, on_sheet = sheet
        paper = float(np.median(grey[top:bottom, left:right][on_sheet]))
        grey = np.where(on_sheet, grey[top:bottom, left:right], paper).astype(np.float32)
        steps.append((t("preprocess.step_sheet", width=right - left, height=bottom - top), grey))
    inverted = looks_dark_on_light(grey) if invert is None else bool(invert)
    if inverted:
        grey = 1.0 - grey
        steps.append((t("preprocess.step_inverted"), grey))
    background = border_level(grey)
    ink = np.clip(grey - background, 0.0, None)
    if float(ink.max(initial=0.0)) < MIN_CONTRAST or _ink_box(ink) is None:
        blank = np.zeros((MNIST_SIDE, MNIST_SIDE, 1), dtype=np.float32)
        return Preprocessed(image=blank, steps=steps, empty=True, inverted=inverted)
    ink = ink / float(ink.max())
    top, bottom, left, right = _ink_box(ink)
    crop = ink[top:bottom, left:right]
    steps.append((t("preprocess.step_cropped", width=crop.shape[1], height=crop.shape[0]), crop))
    scaled = _scale_longer_side(crop)
    steps.append((t("preprocess.step_scaled", box=MNIST_BOX, width=scaled.shape[1], height=scaled.shape[0]), scaled))
    final = _paste_centred_by_mass(scaled)
    steps.append((t("preprocess.step_centred"), final))
    return Preprocessed(image=final[..., None], steps=steps, empty=False, inverted=inverted)


# ---------------------------------------------------------------- any model input


def to_model_input(image: Image.Image | np.ndarray, input_shape: tuple[int, ...], invert: bool = False
                   ) -> np.ndarray:
    """Resize to the model's H×W, with 1 (grey) or 3 (RGB) channels, as float32 in [0, 1]: (H, W, C)."""
    if len(input_shape) != 3 or input_shape[-1] not in (1, 3):
        raise ImageError("preprocess.bad_input_shape", shape=str(tuple(input_shape)))
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
