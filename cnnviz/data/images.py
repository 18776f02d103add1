"""One image file made into a dataset image: the settings of a user dataset's images (`ImportSettings`: size,
grey or colour, pad or crop) and the one decoder every image goes through (`decode_image`), also for a new image
shown to a model trained on such a dataset (`model_input`).

Only real image formats are opened (PNG, JPEG, GIF, BMP, WebP, TIFF), the pixel count is checked on the header before
anything is decoded, CMYK, 16-bit, animated and transparent images are converted (and the conversion reported), and
the image is resized to the chosen square size, keeping its aspect ratio and padding with black (as Keras'
`pad_to_aspect_ratio=True` does) or cropping the centre (`crop_to_aspect_ratio=True`).

`UserDataError`, the error of every user-dataset module (`images`, `userdata`, `importing`), lives here in the
lowest of them.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

import numpy as np

from cnnviz.data.datasets import DataError
from cnnviz.i18n import CnnvizError, msg

FITS = ("pad", "crop")
MIN_SIZE, MAX_SIZE = 8, 128
SUGGESTED_SIZES = (28, 32, 64, 96)
IMAGE_FORMATS = ("PNG", "JPEG", "GIF", "BMP", "WEBP", "TIFF")  # (phones' MPO is read as JPEG) never EPS: Ghostscript
MAX_IMAGE_PIXELS = 25_000_000


class UserDataError(DataError):
    """A user dataset that cannot be made, read or used; the message says what and where."""


@dataclass(frozen=True)
class ImportSettings:
    size: int = 32
    color: bool = False
    fit: str = "pad"  # "pad": keep the aspect ratio, pad with black; "crop": cut the centre square

    def __post_init__(self) -> None:
        if isinstance(self.size, bool) or not isinstance(self.size, int) or not MIN_SIZE <= self.size <= MAX_SIZE:
            raise UserDataError("userdata.bad_size", size=self.size, low=MIN_SIZE, high=MAX_SIZE)
        if self.fit not in FITS:
            raise UserDataError("userdata.bad_fit", fit=self.fit)

    @property
    def channels(self) -> int:
        return 3 if self.color else 1

    @property
    def image_shape(self) -> tuple[int, int, int]:
        return (self.size, self.size, self.channels)


class UnusableImage(CnnvizError):
    """Not a usable image: why, as a catalog key and its parameters (an import skips the file with that reason)."""


def _is_16_bit(image: Any) -> bool:
    if image.mode.startswith("I;16") or image.mode in ("I", "F"):
        return True
    return any(len(tile) > 3 and ";16" in str(tile[3]) for tile in getattr(image, "tile", ()) or ())


def _has_alpha(image: Any) -> bool:
    return image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (image.mode == "P" and "transparency" in image.info)


def to_8bit_plane(image: Any, color: bool) -> tuple[Any, list[tuple[str, dict]]]:
    """An 8-bit "RGB" or "L" PIL image, and the conversions done on the way (key, params)."""
    from PIL import Image

    notes: list[tuple[str, dict]] = []
    if image.mode.startswith("I;16") or image.mode in ("I", "F"):
        values = np.asarray(image, dtype=np.float64)
        endless = int(np.count_nonzero(~np.isfinite(values)))
        if endless:  # a float TIFF: NaN would become black (or any byte) without a word
            raise UnusableImage("preprocess.pixels_not_finite", n=endless, total=values.size)
        top = float(values.max(initial=0.0))
        scale = 65535.0 if image.mode.startswith("I;16") or top > 255 else (255.0 if top > 1 else 1.0)
        image = Image.fromarray(np.clip(np.round(values / scale * 255.0), 0, 255).astype(np.uint8), "L")
    if image.mode == "CMYK":
        image = image.convert("RGB")
        notes.append(("userdata.conv_cmyk", {}))
    elif _has_alpha(image):
        rgba = image.convert("RGBA")
        if rgba.getchannel("A").getextrema()[0] < 255:
            white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
            rgba = Image.alpha_composite(white, rgba)
            notes.append(("userdata.conv_alpha", {}))
        image = rgba.convert("RGB")
    elif image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    target = "RGB" if color else "L"
    return (image if image.mode == target else image.convert(target)), notes


def _fit(image: Any, settings: ImportSettings) -> Any:
    from PIL import Image

    side = settings.size
    width, height = image.size
    lanczos = Image.Resampling.LANCZOS
    if settings.fit == "crop":
        square = min(width, height)
        left, top = (width - square) / 2, (height - square) / 2
        return image.resize((side, side), lanczos, box=(left, top, left + square, top + square), reducing_gap=3.0)
    scale = side / max(width, height)
    new_size = (max(1, round(width * scale)), max(1, round(height * scale)))
    resized = image.resize(new_size, lanczos, reducing_gap=3.0)
    if new_size == (side, side):
        return resized
    canvas = Image.new(image.mode, (side, side), 0)
    canvas.paste(resized, ((side - new_size[0]) // 2, (side - new_size[1]) // 2))
    return canvas


def decode_image(data: bytes, settings: ImportSettings, max_pixels: int = MAX_IMAGE_PIXELS
                 ) -> tuple[np.ndarray, tuple[tuple[str, dict], ...]]:
    """One image file's bytes → (S, S, C) uint8 and the conversions made (catalog key, params).

    Raises `UnusableImage` (key, params) for anything that is not a usable image; the pixel count is checked on
    the header, before the image is decoded."""
    from PIL import Image, UnidentifiedImageError

    from cnnviz.data.preprocess import upright

    if not data:
        raise UnusableImage("userdata.skip_empty")
    try:
        image = Image.open(io.BytesIO(data), formats=IMAGE_FORMATS)
    except UnidentifiedImageError:
        raise UnusableImage("userdata.skip_not_image") from None
    except Image.DecompressionBombError:
        raise UnusableImage("userdata.skip_bomb", limit=max_pixels) from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise UnusableImage("userdata.skip_damaged", reason=str(exc)[:120] or type(exc).__name__) from None
    with image:
        width, height = image.size
        if width * height > max_pixels:
            raise UnusableImage("userdata.skip_too_many_pixels", width=width, height=height, pixels=width * height,
                        limit=max_pixels)
        if width < 1 or height < 1:
            raise UnusableImage("userdata.skip_damaged", reason=f"{width}×{height}")
        notes: list[tuple[str, dict]] = []
        if getattr(image, "is_animated", False):
            notes.append(("userdata.conv_animated", {}))
        if _is_16_bit(image):
            notes.append(("userdata.conv_16bit", {}))
        if image.format in ("JPEG", "MPO") and image.mode in ("RGB", "L", "CMYK"):
            image.draft(image.mode, (settings.size, settings.size))  # libjpeg decodes at 1/2…1/8 scale: fast
        try:
            image.load()
            image = upright(image)
            plane, conversions = to_8bit_plane(image, settings.color)
            fitted = _fit(plane, settings)
        except UnusableImage:
            raise
        except (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError) as exc:
            raise UnusableImage("userdata.skip_damaged", reason=str(exc)[:120] or type(exc).__name__) from None
    array = np.asarray(fitted, dtype=np.uint8)
    if array.ndim == 2:
        array = array[..., None]
    return array, tuple(notes + conversions)


def model_input(data: bytes, settings: ImportSettings, max_pixels: int = MAX_IMAGE_PIXELS
                ) -> np.ndarray:
    """An image file prepared exactly like the dataset's images, as the network's input: (S, S, C) float32
    in [0, 1]. UserDataError with the reason when it is not a usable image."""
    try:
        image, _ = decode_image(data, settings, max_pixels)
    except UnusableImage as skip:
        raise UserDataError("userdata.not_usable_image", reason=msg(skip.key, **skip.params)) from None
    return image.astype(np.float32) / 255.0
