"""Prepare a new image for a model the way that model's training images were made, and keep every step to show.

One way per kind of training data:

- "user": a dataset of the user's own images (`cnnviz.data.userdata`): the file is decoded, made grey or colour, and
  fitted to S×S by padding (aspect ratio kept) or cropping the centre, exactly as at import
  (`cnnviz.data.images.model_input`), then scaled to [0, 1];
- "mnist": a digit model (a run on MNIST, the bundled model): the MNIST steps of `cnnviz.data.preprocess.to_mnist`
  (grey, inverted if dark on light, cropped to the ink, 20 px, centred by mass in 28×28);
- "resize": any other model (CIFAR-10, Fashion-MNIST, an uploaded model): resized to its H×W, grey or colour
  (`cnnviz.data.preprocess.to_model_input`), inverted when the object is dark on a light background and the model
  takes grey images (Fashion-MNIST shows light garments on black).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from cnnviz.i18n import CnnvizError, t

KINDS = ("user", "mnist", "resize")
SHOWN_SIDE = 280  # the original is shown at most this big (the figure subsamples big steps anyway)


class PrepareError(CnnvizError):
    """An image that cannot be prepared for the model; the message says why."""


@dataclass(frozen=True)
class Preparation:
    """How a model's training images were made: `kind` (see the module doc), the model's input shape and, for a
    user dataset, "pad" or "crop"."""

    kind: str
    input_shape: tuple[int, int, int]
    fit: str = "stretch"

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown preparation {self.kind!r}; one of {', '.join(KINDS)}")
        if self.kind == "user" and (self.fit not in ("pad", "crop") or self.input_shape[0] != self.input_shape[1]):
            raise ValueError(f"a user dataset's images are square and padded or cropped, not {self.fit} "
                             f"{self.input_shape}")

    @property
    def grey(self) -> bool:
        return self.input_shape[-1] == 1


@dataclass(frozen=True)
class Prepared:
    image: np.ndarray  # (H, W, C) float32 in [0, 1]: what the network receives
    steps: tuple[tuple[str, np.ndarray], ...]  # (title, 2-D grey or (H, W, 3) colour array in [0, 1])
    empty: bool = False  # "mnist": no ink was found
    inverted: bool = False


def preparation_for_run(run_dir: str | Path) -> Preparation:
    """The preparation of a run's data: a user dataset's pad or crop, MNIST's steps, or a plain resize."""
    from cnnviz.inspect.predict import is_digit_model
    from cnnviz.runs import store as runs
    from cnnviz.runs.export import run_preprocessing

    recorded = run_preprocessing(run_dir)
    shape = tuple(int(v) for v in recorded.input_shape)
    if recorded.fit in ("pad", "crop"):
        return Preparation("user", shape, recorded.fit)  # type: ignore[arg-type]
    if is_digit_model(shape, runs.load_run(run_dir).dataset):
        return Preparation("mnist", shape)  # type: ignore[arg-type]
    return Preparation("resize", shape)  # type: ignore[arg-type]


def preparation_for_model(input_shape: tuple[int, ...], digits: bool = False) -> Preparation:
    """A model whose data is not known (an upload): a plain resize, or MNIST's steps for a 28×28×1 digit model."""
    shape = tuple(int(v) for v in input_shape)
    if digits and shape == (28, 28, 1):
        return Preparation("mnist", shape)  # type: ignore[arg-type]
    return Preparation("resize", shape)  # type: ignore[arg-type]


def _shown(array: np.ndarray) -> np.ndarray:
    """A float image (H, W) or (H, W, 3|4) for display: colour without alpha, longer side at most SHOWN_SIDE."""
    if array.ndim == 3:
        array = array[..., :3] if array.shape[-1] >= 3 else array[..., 0]
    step = max(1, int(np.ceil(max(array.shape[:2]) / SHOWN_SIDE)))
    return np.ascontiguousarray(array[::step, ::step], dtype=np.float32)


def _plane(array: np.ndarray) -> np.ndarray:
    """(H, W, 1) → (H, W); colour stays (H, W, 3)."""
    return array[..., 0] if array.ndim == 3 and array.shape[-1] == 1 else array


def _prepare_user(data: bytes, preparation: Preparation) -> Prepared:
    from PIL import Image

    from cnnviz.data.images import ImportSettings, UserDataError, model_input, to_8bit_plane
    from cnnviz.data.preprocess import upright

    size, _, channels = preparation.input_shape
    settings = ImportSettings(size=size, color=channels == 3, fit=preparation.fit)
    try:
        image = model_input(data, settings)
    except UserDataError as exc:
        raise PrepareError("prepare.not_usable", reason=str(exc)) from None
    with Image.open(io.BytesIO(data)) as opened:  # for display only: model_input decoded it already
        if opened.format == "JPEG" and opened.mode in ("RGB", "L", "CMYK"):
            opened.draft(opened.mode, (SHOWN_SIDE, SHOWN_SIDE))
        opened.load()
        original = upright(opened)
        width, height = original.size
        original.thumbnail((SHOWN_SIDE, SHOWN_SIDE))
        plane, _ = to_8bit_plane(original, settings.color)
    shown_original = np.asarray(original.convert("RGB"), np.float32) / 255.0
    steps = [(t("prepare.step_original", width=width, height=height), shown_original),
             (t("prepare.step_colour" if settings.color else "prepare.step_grey"),
              np.asarray(plane, np.float32) / 255.0),
             (t("prepare.step_pad" if settings.fit == "pad" else "prepare.step_crop", size=size), _plane(image))]
    return Prepared(image, tuple(steps))


def _prepare_resize(picture, preparation: Preparation, invert: bool | None) -> Prepared:
    from cnnviz.data.preprocess import as_float_array, looks_dark_on_light, to_grayscale, to_model_input

    height, width, channels = preparation.input_shape
    array = as_float_array(picture)
    steps = [(t("prepare.step_original", width=picture.width, height=picture.height), _shown(array))]
    if channels == 1 and array.ndim == 3:
        steps.append((t("prepare.step_grey"), _shown(to_grayscale(array))))
    if invert is None:
        invert = channels == 1 and looks_dark_on_light(to_grayscale(array))
    resized = to_model_input(picture, preparation.input_shape, invert=False)
    steps.append((t("prepare.step_resize", width=width, height=height), _plane(resized)))
    image = (1.0 - resized).astype(np.float32) if invert else resized
    if invert:
        steps.append((t("prepare.step_inverted"), _plane(image)))
    return Prepared(image, tuple(steps), inverted=bool(invert))


def prepare(data: bytes, preparation: Preparation, invert: bool | None = None) -> Prepared:
    """An image file's bytes prepared for the model; PrepareError with the reason when it is not a usable image.

    invert (kinds "mnist" and "resize"): True/False, or None to decide from the image's border (mostly bright:
    a dark object on light paper). A user dataset's images are never inverted (they were not at import)."""
    if preparation.kind == "user":
        return _prepare_user(data, preparation)
    from cnnviz.data.preprocess import ImageError, load_image, to_mnist

    try:
        picture = load_image(data)
        if preparation.kind == "mnist":
            done = to_mnist(picture, invert=invert)
            steps = tuple((title, _shown(array)) for title, array in done.steps)
            return Prepared(done.image, steps, done.empty, done.inverted)
        return _prepare_resize(picture, preparation, invert)
    except ImageError as exc:
        raise PrepareError("prepare.not_usable", reason=str(exc)) from None
