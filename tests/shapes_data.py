"""Generated image datasets for the user-dataset tests: circles, squares and triangles of random size,
position and colour on a contrasting background, in colour and in grey, saved as PNG and JPEG files and
zipped in the class-folder layout `keras.utils.image_dataset_from_directory` reads."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable

import numpy as np
from PIL import Image, ImageDraw

SHAPES = ("circle", "square", "triangle")


def _colours(rng: np.random.Generator) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """A background and a darker shape colour (by at least 90 of 255 in brightness), like ink on paper."""
    while True:
        background, ink = (tuple(int(v) for v in rng.integers(0, 256, 3)) for _ in range(2))
        luminance = [0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2] for c in (background, ink)]
        if luminance[0] - luminance[1] >= 90:
            return background, ink


def shape_image(kind: str, rng: np.random.Generator, side: int = 64, gray: bool = False) -> Image.Image:
    """One shape of random size (40–80% of the side), position and colours."""
    background, ink = _colours(rng)
    image = Image.new("RGB", (side, side), background)
    draw = ImageDraw.Draw(image)
    size = rng.uniform(0.4, 0.8) * side
    left = rng.uniform(0, side - size)
    top = rng.uniform(0, side - size)
    box = (left, top, left + size, top + size)
    if kind == "circle":
        draw.ellipse(box, fill=ink)
    elif kind == "square":
        draw.rectangle(box, fill=ink)
    elif kind == "triangle":
        draw.polygon([(left + size / 2, top), (left, top + size), (left + size, top + size)], fill=ink)
    else:
        raise ValueError(kind)
    return image.convert("L") if gray else image


def encode(image: Image.Image, fmt: str) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **({"quality": 92} if fmt == "JPEG" else {}))
    return buffer.getvalue()


def shapes_files(per_class: int = 60, seed: int = 0, side: int = 64, gray_every: int = 3
                 ) -> list[tuple[str, str, bytes]]:
    """(class, file name, bytes): every `gray_every`-th image grey, alternately PNG and JPEG."""
    rng = np.random.default_rng(seed)
    files = []
    for kind in SHAPES:
        for i in range(per_class):
            fmt = "PNG" if i % 2 == 0 else "JPEG"
            image = shape_image(kind, rng, side, gray=(i % gray_every == 0))
            files.append((kind, f"{kind}_{i:03d}.{'png' if fmt == 'PNG' else 'jpg'}", encode(image, fmt)))
    return files


def zip_bytes(entries: Iterable[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return buffer.getvalue()


def shapes_zip(per_class: int = 60, seed: int = 0, side: int = 64, top_folder: str | None = "shapes") -> bytes:
    """The shapes as a .zip of class folders (inside one top folder, as zipping a folder makes it)."""
    prefix = f"{top_folder}/" if top_folder else ""
    return zip_bytes((f"{prefix}{kind}/{name}", data) for kind, name, data in shapes_files(per_class, seed, side))
