"""The user's own image datasets: a .zip of one folder per class, or images added class by class.

Every image goes through one decoder (`decode_image`): only real image formats are opened (PNG, JPEG, GIF,
BMP, WebP, TIFF), the pixel count is checked on the header before anything is decoded, CMYK, 16-bit,
animated and transparent images are converted (and the conversion reported), and the image is resized to
the chosen square size, keeping its aspect ratio and padding with black (as Keras'
`pad_to_aspect_ratio=True` does) or cropping the centre (`crop_to_aspect_ratio=True`).

A dataset is stored once, in a folder of the user's `root`::

    root/<id>/data.npz        images (N, S, S, C) uint8 and labels (N,) int64
    root/<id>/manifest.json   name, class names, counts, size, colour, fit, source, sha256 content hash,
                              creation time and the per-file report

It is written into a hidden temporary folder under root and renamed into place at the end, so a failed
import leaves no trace and every other dataset untouched. The folder name is made from ASCII letters and
digits only: a name the user types is plain text and never becomes part of a path.

Loaded, it is a `cnnviz.data.datasets.Dataset` like MNIST: a fixed stratified test part is split off (as the
bundled MNIST sample does), and `cnnviz.data.datasets.split_train_val` makes train/validation from the rest.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import math
import os
import re
import secrets
import shutil
import tempfile
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np

from cnnviz.data.datasets import USER_DATASET, DataError, Dataset, DatasetInfo
from cnnviz.data.safezip import (
    MB,
    ArchiveRefused,
    Budget,
    MemberUnreadable,
    ZipLimits,
    checked_members,
    open_archive,
    read_member,
)
from cnnviz.i18n import Joined, Message, msg, t

DATASETS_DIR_ENV = "CNNVIZ_DATASETS_DIR"
MANIFEST_FILE = "manifest.json"
DATA_FILE = "data.npz"
FORMAT_VERSION = 1

FITS = ("pad", "crop")
MIN_SIZE, MAX_SIZE = 8, 128
SUGGESTED_SIZES = (28, 32, 64, 96)
MIN_IMAGES_PER_CLASS = 3  # one each for the training, validation and test sets
FEW_IMAGES_WARNING = 10
IMBALANCE_WARNING = 5.0
TEST_FRACTION = 0.2
TEST_SEED = 0
DEFAULT_VAL_FRACTION = 0.2  # TrainingConfig's default: a new dataset must split with it
MAX_NAME_LENGTH = 80
MAX_CLASS_NAME_LENGTH = 60

IMAGE_FORMATS = ("PNG", "JPEG", "GIF", "BMP", "WEBP", "TIFF")  # (phones' MPO is read as JPEG) never EPS: Ghostscript
IGNORED_FILES = {"thumbs.db", "desktop.ini", "icon\r"}
_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,80}$")


class UserDataError(DataError):
    """A user dataset that cannot be made, read or used; the message says what and where."""


class ImportRefused(UserDataError):
    """Nothing was written: the archive or the images as a whole are refused (the message names the rule)."""


@dataclass(frozen=True)
class ImportLimits:
    max_archive_bytes: int = 200 * MB
    max_unpacked_bytes: int = 1024 * MB
    max_files: int = 20_000
    max_file_bytes: int = 64 * MB
    max_image_pixels: int = 25_000_000
    max_classes: int = 100
    max_stored_values: int = 150_000_000  # N·S·S·C; 600 MB once scaled to float32 for training
    max_ratio: float = 250.0

    def zip_limits(self) -> ZipLimits:
        return ZipLimits(max_archive_bytes=self.max_archive_bytes, max_unpacked_bytes=self.max_unpacked_bytes,
                         max_entries=self.max_files, max_member_bytes=self.max_file_bytes, max_ratio=self.max_ratio)


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


# ---- the per-file report ----------------------------------------------------------------------------

NOTE_KINDS = ("skipped", "converted", "dropped")


@dataclass(frozen=True)
class FileNote:
    """What happened to one file (or, for "dropped", one class): a catalog key with its parameters."""

    file: str
    kind: str
    key: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def reason(self) -> Message:
        return msg(self.key, **self.params)

    def text(self, lang: str | None = None) -> str:
        return msg("userdata.note_line", file=self.file, reason=self.reason.text(lang)).text(lang)

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "kind": self.kind, "key": self.key, "params": self.params}

    @classmethod
    def from_dict(cls, data: Any) -> FileNote:
        if not isinstance(data, dict) or data.get("kind") not in NOTE_KINDS:
            raise ValueError(f"not a report entry: {data!r}"[:200])
        return cls(str(data.get("file", "")), data["kind"], str(data.get("key", "")), dict(data.get("params") or {}))


@dataclass(frozen=True)
class ImportReport:
    notes: tuple[FileNote, ...] = ()
    ignored: int = 0  # hidden and system files (__MACOSX/, .DS_Store, Thumbs.db) left out silently

    def of_kind(self, kind: str) -> tuple[FileNote, ...]:
        return tuple(note for note in self.notes if note.kind == kind)

    @property
    def skipped(self) -> tuple[FileNote, ...]:
        return self.of_kind("skipped")

    @property
    def converted(self) -> tuple[FileNote, ...]:
        return self.of_kind("converted")

    @property
    def dropped(self) -> tuple[FileNote, ...]:
        return self.of_kind("dropped")

    def lines(self, lang: str | None = None, shown: int = 5) -> list[str]:
        """Summary lines: 'skipped 3 files: notes.txt is not an image, …', then conversions, dropped classes."""
        lines = []
        for kind, key in (("skipped", "userdata.report_skipped"), ("converted", "userdata.report_converted"),
                          ("dropped", "userdata.report_dropped")):
            notes = self.of_kind(kind)
            if notes:
                listed = ", ".join(note.text(lang) for note in notes[:shown])
                if len(notes) > shown:
                    listed += msg("userdata.report_more", n=len(notes) - shown).text(lang)
                lines.append(msg(key, n=len(notes), list=listed).text(lang))
        if self.ignored:
            lines.append(msg("userdata.report_ignored", n=self.ignored).text(lang))
        return lines


# ---- stored datasets --------------------------------------------------------------------------------


@dataclass(frozen=True)
class UserDatasetInfo:
    """One dataset folder as listed: its manifest, or `problem` saying what is wrong with it."""

    path: Path
    id: str
    name: str
    class_names: tuple[str, ...] = ()
    counts: tuple[int, ...] = ()
    image_shape: tuple[int, int, int] = (0, 0, 0)
    fit: str = ""
    source: dict[str, Any] = field(default_factory=dict)
    sha256: str = ""
    created: str = ""
    report: ImportReport = field(default_factory=ImportReport)
    problem: Message | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def n_images(self) -> int:
        return sum(self.counts)

    @property
    def color(self) -> bool:
        return self.image_shape[2] == 3

    @property
    def warnings(self) -> tuple[Message, ...]:
        return dataset_warnings(self.class_names, self.counts)

    @property
    def settings(self) -> ImportSettings:
        """How its images were made, to prepare a new image (Predict) the same way."""
        return ImportSettings(size=self.image_shape[0], color=self.color, fit=self.fit or "pad")


@dataclass(frozen=True)
class ImportResult:
    info: UserDatasetInfo
    report: ImportReport

    @property
    def warnings(self) -> tuple[Message, ...]:
        return self.info.warnings


def default_root() -> Path:
    """Where the CLI keeps datasets: $CNNVIZ_DATASETS_DIR, else ./datasets (the app passes each workspace's own)."""
    return Path(os.environ.get(DATASETS_DIR_ENV) or "datasets")


def dataset_warnings(class_names: Iterable[str], counts: Iterable[int]) -> tuple[Message, ...]:
    """Classes with fewer than ~10 images, and a ≥5× imbalance between the largest and the smallest class."""
    pairs = list(zip(class_names, (int(c) for c in counts), strict=True))
    warnings = [msg("userdata.warn_few_images", cls=name, n=n, recommended=FEW_IMAGES_WARNING)
                for name, n in pairs if n < FEW_IMAGES_WARNING]
    if len(pairs) >= 2:
        big = max(pairs, key=lambda p: p[1])
        small = min(pairs, key=lambda p: p[1])
        if small[1] > 0 and big[1] / small[1] >= IMBALANCE_WARNING:
            warnings.append(msg("userdata.warn_imbalance", big=big[0], n_big=big[1], small=small[0],
                                n_small=small[1], ratio=big[1] / small[1]))
    return tuple(warnings)


# ---- names --------------------------------------------------------------------------------------------


def clean_text(text: Any, max_length: int, what: str) -> str:
    """A name as plain text: NFC, control characters removed, spaces collapsed; UserDataError if empty/long."""
    noun = msg("userdata.noun_dataset") if what == "dataset" else msg("userdata.noun_class")
    if not isinstance(text, str):
        raise UserDataError("userdata.bad_name", what=noun)
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch if unicodedata.category(ch) != "Cc" else " " for ch in text)
    text = " ".join(text.split())
    if not text:
        raise UserDataError("userdata.bad_name", what=noun)
    if len(text) > max_length:
        raise UserDataError("userdata.name_too_long", what=noun, n=len(text), limit=max_length)
    return text


def _folder_id(name: str, digest: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower())
    slug = slug.strip("-")[:32].strip("-") or "dataset"
    return f"{slug}-{digest[:8]}"


# ---- decoding one image -----------------------------------------------------------------------------


class _Skip(Exception):
    def __init__(self, key: str, /, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


def _is_16_bit(image: Any) -> bool:
    if image.mode.startswith("I;16") or image.mode in ("I", "F"):
        return True
    return any(len(tile) > 3 and ";16" in str(tile[3]) for tile in getattr(image, "tile", ()) or ())


def _has_alpha(image: Any) -> bool:
    return image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (image.mode == "P" and "transparency" in image.info)


def _to_plane(image: Any, color: bool) -> tuple[Any, list[tuple[str, dict]]]:
    """An 8-bit "RGB" or "L" PIL image, and the conversions done on the way (key, params)."""
    from PIL import Image

    notes: list[tuple[str, dict]] = []
    if image.mode.startswith("I;16") or image.mode in ("I", "F"):
        values = np.asarray(image, dtype=np.float64)
        endless = int(np.count_nonzero(~np.isfinite(values)))
        if endless:  # a float TIFF: NaN would become black (or any byte) without a word
            raise _Skip("preprocess.pixels_not_finite", n=endless, total=values.size)
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


def decode_image(data: bytes, settings: ImportSettings, max_pixels: int = ImportLimits.max_image_pixels
                 ) -> tuple[np.ndarray, tuple[tuple[str, dict], ...]]:
    """One image file's bytes → (S, S, C) uint8 and the conversions made (catalog key, params).

    Raises `_Skip` (key, params) for anything that is not a usable image; the pixel count is checked on
    the header, before the image is decoded."""
    from PIL import Image, UnidentifiedImageError

    from cnnviz.data.preprocess import upright

    if not data:
        raise _Skip("userdata.skip_empty")
    try:
        image = Image.open(io.BytesIO(data), formats=IMAGE_FORMATS)
    except UnidentifiedImageError:
        raise _Skip("userdata.skip_not_image") from None
    except Image.DecompressionBombError:
        raise _Skip("userdata.skip_bomb", limit=max_pixels) from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise _Skip("userdata.skip_damaged", reason=str(exc)[:120] or type(exc).__name__) from None
    with image:
        width, height = image.size
        if width * height > max_pixels:
            raise _Skip("userdata.skip_too_many_pixels", width=width, height=height, pixels=width * height,
                        limit=max_pixels)
        if width < 1 or height < 1:
            raise _Skip("userdata.skip_damaged", reason=f"{width}×{height}")
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
            plane, conversions = _to_plane(image, settings.color)
            fitted = _fit(plane, settings)
        except _Skip:
            raise
        except (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError) as exc:
            raise _Skip("userdata.skip_damaged", reason=str(exc)[:120] or type(exc).__name__) from None
    array = np.asarray(fitted, dtype=np.uint8)
    if array.ndim == 2:
        array = array[..., None]
    return array, tuple(notes + conversions)


def model_input(data: bytes, settings: ImportSettings, max_pixels: int = ImportLimits.max_image_pixels
                ) -> np.ndarray:
    """An image file prepared exactly like the dataset's images, as the network's input: (S, S, C) float32
    in [0, 1]. UserDataError with the reason when it is not a usable image."""
    try:
        image, _ = decode_image(data, settings, max_pixels)
    except _Skip as skip:
        raise UserDataError("userdata.not_usable_image", reason=msg(skip.key, **skip.params)) from None
    return image.astype(np.float32) / 255.0


# ---- collecting images and writing a dataset ------------------------------------------------------------


class _Collector:
    """Decoded images per class plus the per-file report; shared by the zip import and the builder."""

    def __init__(self, settings: ImportSettings, limits: ImportLimits) -> None:
        self.settings = settings
        self.limits = limits
        self.images: dict[str, list[np.ndarray]] = {}
        self.notes: list[FileNote] = []
        self.ignored = 0

    @property
    def n_images(self) -> int:
        return sum(len(images) for images in self.images.values())

    def skip(self, file: str, key: str, **params: Any) -> FileNote:
        note = FileNote(file, "skipped", key, params)
        self.notes.append(note)
        return note

    def add(self, class_name: str, file: str, data: bytes) -> tuple[FileNote, ...]:
        """Decode and keep one image; the notes about this file (skipped, or converted)."""
        try:
            image, conversions = decode_image(data, self.settings, self.limits.max_image_pixels)
        except _Skip as skip:
            return (self.skip(file, skip.key, **skip.params),)
        values = (self.n_images + 1) * int(np.prod(self.settings.image_shape))
        if values > self.limits.max_stored_values:
            raise ImportRefused("userdata.too_many_values", n=self.n_images + 1, size=self.settings.size,
                                channels=self.settings.channels, limit=self.limits.max_stored_values)
        self.images.setdefault(class_name, []).append(image)
        notes = tuple(FileNote(file, "converted", key, params) for key, params in conversions)
        self.notes.extend(notes)
        return notes

    def finish(self, name: str, root: Path, source: dict[str, Any], order: list[str] | None = None
               ) -> ImportResult:
        """Drop classes too small to split, check what is left and write the dataset folder."""
        names = order if order is not None else sorted(self.images)
        kept = []
        notes = list(self.notes)
        for class_name in names:
            n = len(self.images.get(class_name, []))
            if n < MIN_IMAGES_PER_CLASS:
                notes.append(FileNote(class_name, "dropped", "userdata.dropped_class", {"n": n,
                                                                                      "minimum": MIN_IMAGES_PER_CLASS}))
            else:
                kept.append(class_name)
        report = ImportReport(tuple(notes), self.ignored)
        if len(kept) < 2:
            raise ImportRefused("userdata.too_few_classes", n=len(kept), minimum=MIN_IMAGES_PER_CLASS,
                                details="; ".join(self._why_too_few(report, names)))
        images = np.stack([image for class_name in kept for image in self.images[class_name]])
        labels = np.concatenate([np.full(len(self.images[c]), i, np.int64) for i, c in enumerate(kept)])
        _check_splittable(labels, len(kept))
        info = _write_dataset(root, name, tuple(kept), images, labels, self.settings, source, report)
        return ImportResult(info, report)


    def _why_too_few(self, report: ImportReport, names: list[str]) -> list[str]:
        """The report, and unless a class was left out for too few images (the report says so), which class folders
        held images: the reason one class is all there is (the zip's folders were not class folders)."""
        lines = report.lines()
        return lines if report.of_kind("dropped") else [*lines, self._classes_found(names)]

    def _classes_found(self, names: list[str], shown: int = 5) -> str:
        counts = [msg("userdata.class_count", name=name, n=len(self.images.get(name, []))) for name in names[:shown]]
        if not counts:
            return t("userdata.no_class_folders")
        more = msg("userdata.report_more", n=len(names) - shown).text() if len(names) > shown else ""
        return t("userdata.classes_found", list=Joined(tuple(counts)), more=more)


def _test_size(n: int, n_classes: int) -> int:
    return max(n_classes, math.ceil(n * TEST_FRACTION))


def _test_split(labels: np.ndarray, n_classes: int) -> tuple[np.ndarray, np.ndarray]:
    from sklearn.model_selection import train_test_split

    train, test = train_test_split(np.arange(len(labels)), test_size=_test_size(len(labels), n_classes),
                                   stratify=labels, random_state=TEST_SEED)
    return np.sort(train), np.sort(test)


def _check_splittable(labels: np.ndarray, n_classes: int) -> None:
    """Refuse a dataset that the test split, then the default train/validation split, cannot divide."""
    from cnnviz.data.datasets import split_train_val

    try:
        train, _ = _test_split(labels, n_classes)
        part = Dataset(USER_DATASET, np.zeros((len(train), 0)), labels[train], np.zeros((0, 0)), np.zeros(0),
                       tuple(str(i) for i in range(n_classes)), "")
        split_train_val(part, DEFAULT_VAL_FRACTION)
    except (ValueError, DataError):
        raise ImportRefused("userdata.too_few_to_split", n=len(labels), classes=n_classes,
                            recommended=FEW_IMAGES_WARNING) from None


def content_hash(class_names: tuple[str, ...], images: np.ndarray, labels: np.ndarray) -> str:
    digest = hashlib.sha256()
    digest.update(json.dumps({"class_names": list(class_names), "shape": list(images.shape)}).encode())
    digest.update(np.ascontiguousarray(images).tobytes())
    digest.update(np.ascontiguousarray(labels.astype(np.int64)).tobytes())
    return digest.hexdigest()


def _write_dataset(root: Path, name: str, class_names: tuple[str, ...], images: np.ndarray, labels: np.ndarray,
                   settings: ImportSettings, source: dict[str, Any], report: ImportReport) -> UserDatasetInfo:
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    digest = content_hash(class_names, images, labels)
    manifest = {
        "format": FORMAT_VERSION, "name": name, "class_names": list(class_names),
        "counts": [int(c) for c in np.bincount(labels, minlength=len(class_names))],
        "image_shape": list(settings.image_shape), "color": settings.color, "fit": settings.fit, "source": source,
        "sha256": digest, "created": datetime.now().astimezone().isoformat(timespec="seconds"),
        "report": [note.to_dict() for note in report.notes], "ignored": report.ignored,
    }
    temporary = Path(tempfile.mkdtemp(prefix=".import-", dir=root))
    try:
        with (temporary / DATA_FILE).open("wb") as handle:
            np.savez_compressed(handle, images=images, labels=labels)
        (temporary / MANIFEST_FILE).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
        folder = _move_into_place(temporary, root, _folder_id(name, digest))
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    return read_info(folder)


def _move_into_place(temporary: Path, root: Path, base: str) -> Path:
    for attempt in range(100):
        target = root / (base if attempt == 0 else f"{base}-{attempt + 1}" if attempt < 99 else
                         f"{base}-{secrets.token_hex(4)}")
        if target.exists():
            continue
        try:
            os.rename(temporary, target)  # atomic: the folder appears complete or not at all
            return target
        except OSError:  # another import took the name in between
            continue
    raise UserDataError("userdata.cannot_store", folder=str(root))


# ---- importing a zip ----------------------------------------------------------------------------------


def _ignored(parts: tuple[str, ...]) -> bool:
    return any(part == "__MACOSX" or part.startswith(".") for part in parts) or parts[-1].lower() in IGNORED_FILES


def import_zip(archive: bytes | Path, name: str, root: Path, settings: ImportSettings | None = None,
               limits: ImportLimits | None = None, *, filename: str | None = None,
               progress: Callable[[int, int], None] | None = None) -> ImportResult:
    """Import a .zip of class folders (`class/image.png`, optionally inside one top folder) as a new dataset
    under root. ImportRefused (nothing written) names the entry and the rule when the archive is refused;
    files that are not usable images are skipped and listed in the result's report."""
    settings = settings or ImportSettings()
    limits = limits or ImportLimits()
    name = clean_text(name, MAX_NAME_LENGTH, "dataset")
    zip_limits = limits.zip_limits()
    collector = _Collector(settings, limits)
    try:
        with open_archive(archive, zip_limits) as zipped:
            members = checked_members(zipped, zip_limits)
            visible = [m for m in members if not _ignored(m.parts)]
            collector.ignored = len(members) - len(visible)
            depth = _wrapper_depth([m.parts for m in visible])
            files = []
            for member in visible:
                parts = member.parts[depth:]
                if len(parts) < 2:
                    collector.skip(member.path, "userdata.skip_no_class_folder")
                    continue
                files.append((parts[0], member))
            if len({folder for folder, _ in files}) > limits.max_classes:
                raise ImportRefused("userdata.too_many_classes", n=len({f for f, _ in files}), limit=limits.max_classes)
            files = [(clean_text(folder, MAX_CLASS_NAME_LENGTH, "class"), member) for folder, member in files]
            classes = sorted({class_name for class_name, _ in files})
            budget = Budget(zip_limits.max_unpacked_bytes)
            for done, (class_name, member) in enumerate(files, start=1):
                try:
                    data = read_member(zipped, member, zip_limits, budget)
                except MemberUnreadable as problem:
                    collector.skip(member.path, problem.key, **problem.params)
                else:
                    collector.add(class_name, member.path, data)
                if progress is not None:
                    progress(done, len(files))
    except ArchiveRefused as refused:
        raise ImportRefused(refused.key, **refused.params) from None
    except UserDataError as error:
        if isinstance(error, ImportRefused):
            raise
        raise ImportRefused(error.key, **error.params) from None
    shown = filename or (Path(archive).name if isinstance(archive, Path | str) else None)
    source = {"kind": "zip", "file": shown, "files": len(files)}
    return collector.finish(name, root, source, order=classes)


def _single_top_folder(paths: list[tuple[str, ...]]) -> bool:
    """All entries inside one folder that itself holds folders: the class folders are one level down."""
    if not paths or any(len(parts) < 2 for parts in paths):
        return False
    return len({parts[0] for parts in paths}) == 1 and any(len(parts) >= 3 for parts in paths)


def _wrapper_depth(paths: list[tuple[str, ...]]) -> int:
    """How many folders wrap the class folders: one top folder, or the whole path of a zip made with it
    (a/b/c/d/e/f/cat/1.png): the class folders are the first ones in which the entries differ."""
    depth = 0
    while _single_top_folder([parts[depth:] for parts in paths]):
        depth += 1
    return depth


# ---- building class by class (uploads, webcam shots) --------------------------------------------------


class DatasetBuilder:
    """Classes the user names, filled with uploaded files or webcam shots; `save` stores the dataset.

    Classes keep the order they were added in (that order becomes the label numbers)."""

    def __init__(self, settings: ImportSettings | None = None, limits: ImportLimits | None = None) -> None:
        self.settings = settings or ImportSettings()
        self.limits = limits or ImportLimits()
        self._collector = _Collector(self.settings, self.limits)
        self._order: list[str] = []
        self._files = 0
        self._bytes = 0
        self._origins: dict[str, int] = {}

    @property
    def class_names(self) -> tuple[str, ...]:
        return tuple(self._order)

    @property
    def counts(self) -> dict[str, int]:
        return {name: len(self._collector.images.get(name, [])) for name in self._order}

    @property
    def report(self) -> ImportReport:
        return ImportReport(tuple(self._collector.notes))

    @property
    def warnings(self) -> tuple[Message, ...]:
        counts = self.counts
        return dataset_warnings(counts, counts.values())

    def add_class(self, name: str) -> str:
        """Add an empty class; returns the cleaned name. UserDataError for an empty, long or repeated name."""
        name = clean_text(name, MAX_CLASS_NAME_LENGTH, "class")
        if name in self._order:
            raise UserDataError("userdata.duplicate_class", cls=name)
        if len(self._order) >= self.limits.max_classes:
            raise UserDataError("userdata.too_many_classes", n=len(self._order) + 1, limit=self.limits.max_classes)
        self._order.append(name)
        return name

    def remove_class(self, name: str) -> None:
        if name in self._order:
            self._order.remove(name)
            self._collector.images.pop(name, None)
            self._collector.notes = [n for n in self._collector.notes if not n.file.startswith(f"{name}/")]

    def add_image(self, class_name: str, data: bytes, filename: str, origin: str = "upload"
                  ) -> tuple[FileNote, ...]:
        """Decode one file (an upload, or a webcam shot) into the class; returns the notes about it (skipped,
        or converted; empty when it went in as it was)."""
        if class_name not in self._order:
            raise UserDataError("userdata.unknown_class", cls=class_name)
        if self._files + 1 > self.limits.max_files:
            raise UserDataError("userdata.too_many_files", limit=self.limits.max_files)
        if self._bytes + len(data) > self.limits.max_unpacked_bytes:
            raise UserDataError("userdata.too_many_bytes", limit_mb=self.limits.max_unpacked_bytes / MB)
        if len(data) > self.limits.max_file_bytes:
            return (self._collector.skip(f"{class_name}/{filename}", "safezip.member_too_large",
                                         size_mb=len(data) / MB, limit_mb=self.limits.max_file_bytes / MB),)
        self._files += 1
        self._bytes += len(data)
        notes = self._collector.add(class_name, f"{class_name}/{filename}", data)
        if not any(note.kind == "skipped" for note in notes):
            self._origins[origin] = self._origins.get(origin, 0) + 1
        return notes

    def previews(self, class_name: str, limit: int = 8) -> np.ndarray:
        """The class's first images, (n, S, S, C) uint8."""
        images = self._collector.images.get(class_name, [])[:limit]
        return np.stack(images) if images else np.zeros((0, *self.settings.image_shape), np.uint8)

    def save(self, name: str, root: Path) -> ImportResult:
        name = clean_text(name, MAX_NAME_LENGTH, "dataset")
        source = {"kind": "classes", **{origin: n for origin, n in sorted(self._origins.items())}}
        return self._collector.finish(name, root, source, order=list(self._order))


# ---- listing, reading, deleting ------------------------------------------------------------------------


def _damaged(folder: Path, key: str, **params: Any) -> UserDatasetInfo:
    return UserDatasetInfo(path=folder, id=folder.name, name=folder.name, problem=msg(key, **params))


def _parse_manifest(data: Any) -> dict[str, Any]:
    """The manifest's fields checked for type and consistency; ValueError naming the first problem."""
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    if data.get("format") != FORMAT_VERSION:
        raise ValueError(f"format {data.get('format')!r}, expected {FORMAT_VERSION}")
    names, counts, shape = data.get("class_names"), data.get("counts"), data.get("image_shape")
    if not isinstance(data.get("name"), str) or not data["name"]:
        raise ValueError("no name")
    if not isinstance(names, list) or len(names) < 2 or not all(isinstance(n, str) and n for n in names):
        raise ValueError("class_names must list at least 2 names")
    if len(set(names)) != len(names):
        raise ValueError("class_names repeat a name")
    if not isinstance(counts, list) or len(counts) != len(names) or not all(
            isinstance(c, int) and not isinstance(c, bool) and c >= MIN_IMAGES_PER_CLASS for c in counts):
        raise ValueError(f"counts must give ≥ {MIN_IMAGES_PER_CLASS} images for each class")
    if (not isinstance(shape, list) or len(shape) != 3 or not all(isinstance(v, int) for v in shape)
            or shape[0] != shape[1] or not MIN_SIZE <= shape[0] <= MAX_SIZE or shape[2] not in (1, 3)):
        raise ValueError(f"image_shape {shape!r} is not [S, S, 1 or 3]")
    if data.get("fit") not in FITS:
        raise ValueError(f"fit {data.get('fit')!r} is not one of {', '.join(FITS)}")
    if not isinstance(data.get("sha256"), str) or not re.fullmatch(r"[0-9a-f]{64}", data["sha256"]):
        raise ValueError("sha256 is not a hex digest")
    report = data.get("report", [])
    if not isinstance(report, list):
        raise ValueError("report is not a list")
    return {"name": data["name"], "class_names": tuple(names), "counts": tuple(counts), "image_shape": tuple(shape),
            "fit": data["fit"], "source": data.get("source") if isinstance(data.get("source"), dict) else {},
            "sha256": data["sha256"], "created": str(data.get("created", "")),
            "report": ImportReport(tuple(FileNote.from_dict(n) for n in report), int(data.get("ignored") or 0))}


def read_info(folder: str | Path) -> UserDatasetInfo:
    """The dataset folder's manifest; never raises (a damaged folder comes back with `problem` set)."""
    folder = Path(folder)
    manifest_path = folder / MANIFEST_FILE
    try:
        raw = manifest_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return _damaged(folder, "userdata.damaged", reason=msg("userdata.missing_file", file=MANIFEST_FILE))
    except (OSError, UnicodeDecodeError) as exc:
        return _damaged(folder, "userdata.damaged", reason=str(exc))
    try:
        fields = _parse_manifest(json.loads(raw))
    except (json.JSONDecodeError, ValueError, TypeError) as exc:
        return _damaged(folder, "userdata.damaged", reason=f"{MANIFEST_FILE}: {exc}")
    if not (folder / DATA_FILE).is_file():
        return UserDatasetInfo(path=folder, id=folder.name, **fields,
                               problem=msg("userdata.damaged", reason=msg("userdata.missing_file", file=DATA_FILE)))
    return UserDatasetInfo(path=folder, id=folder.name, **fields)


def list_user_datasets(root: str | Path) -> list[UserDatasetInfo]:
    """Every dataset folder under root (damaged ones too, with their problem), newest first."""
    root = Path(root)
    if not root.is_dir():
        return []
    folders = [child for child in root.iterdir() if child.is_dir() and not child.name.startswith(".")]
    infos = [read_info(folder) for folder in folders]
    return sorted(infos, key=lambda info: (info.created, info.id), reverse=True)


def dataset_folder(root: str | Path, dataset_id: str) -> Path:
    """The folder of a dataset id under root; UserDataError for an id that is not one of ours."""
    if not isinstance(dataset_id, str) or not _ID_PATTERN.match(dataset_id):
        raise UserDataError("userdata.unknown_dataset", id=str(dataset_id)[:80])
    folder = Path(root) / dataset_id
    if not folder.is_dir():
        raise UserDataError("userdata.unknown_dataset", id=dataset_id)
    return folder


def delete_user_dataset(root: str | Path, dataset_id: str) -> None:
    """Remove one dataset folder (damaged ones too); nothing outside root can be named."""
    folder = dataset_folder(root, dataset_id)
    if not ((folder / MANIFEST_FILE).exists() or (folder / DATA_FILE).exists()):
        raise UserDataError("userdata.unknown_dataset", id=dataset_id)
    shutil.rmtree(folder)
    clear_cache()


def _read_arrays(folder: Path, info: UserDatasetInfo) -> tuple[np.ndarray, np.ndarray]:
    """images, labels from data.npz, checked against the manifest (shape, counts, content hash)."""
    import zipfile

    path = folder / DATA_FILE
    try:
        with np.load(path, allow_pickle=False) as archive:
            images, labels = archive["images"], archive["labels"]
    except (OSError, KeyError, ValueError, EOFError, zipfile.BadZipFile) as exc:
        raise UserDataError("userdata.cannot_load", folder=str(folder), reason=f"{DATA_FILE}: {exc}") from None
    problem = None
    if images.dtype != np.uint8 or images.ndim != 4 or tuple(images.shape[1:]) != info.image_shape:
        problem = f"images {images.dtype} {images.shape}, manifest says (N, {', '.join(map(str, info.image_shape))})"
    elif labels.ndim != 1 or len(labels) != len(images) or not np.issubdtype(labels.dtype, np.integer):
        problem = f"labels {labels.dtype} {labels.shape} for {len(images)} images"
    elif labels.min() < 0 or labels.max() >= len(info.class_names) or tuple(
            np.bincount(labels, minlength=len(info.class_names)).tolist()) != info.counts:
        problem = "labels do not match the class counts of the manifest"
    elif content_hash(info.class_names, images, labels) != info.sha256:
        problem = "the content hash does not match the manifest (the file was changed or damaged)"
    if problem:
        raise UserDataError("userdata.cannot_load", folder=str(folder), reason=problem)
    return images, labels.astype(np.int64)


def load_user_dataset(folder: str | Path) -> Dataset:
    """The dataset as a `cnnviz.data.datasets.Dataset` (float32 [0, 1]) with a fixed stratified test part;
    cached per process while its files are unchanged."""
    folder = Path(folder)
    info = read_info(folder)
    if info.problem is not None:
        raise UserDataError("userdata.cannot_load", folder=str(folder), reason=str(info.problem))
    stamps = tuple((p.stat().st_mtime_ns, p.stat().st_size) for p in (folder / MANIFEST_FILE, folder / DATA_FILE))
    return _load_cached(str(folder.resolve()), stamps)


@functools.lru_cache(maxsize=4)
def _load_cached(folder: str, stamps: tuple) -> Dataset:
    from cnnviz.data.datasets import _scaled

    path = Path(folder)
    info = read_info(path)
    images, labels = _read_arrays(path, info)
    train, test = _test_split(labels, len(info.class_names))
    spec = DatasetInfo(USER_DATASET, info.name, info.image_shape, info.class_names, len(train), len(test), "")
    x_train, y_train = _scaled(images[train], labels[train], spec, "training set")
    x_test, y_test = _scaled(images[test], labels[test], spec, "test set")
    return Dataset(USER_DATASET, x_train, y_train, x_test, y_test, info.class_names, f"{info.name} ({path})",
                   image_fit=info.fit)


def class_examples(folder: str | Path, per_class: int = 8) -> dict[str, np.ndarray]:
    """The first images of each class, (n, S, S, C) uint8, for a preview grid."""
    folder = Path(folder)
    info = read_info(folder)
    if info.problem is not None:
        raise UserDataError("userdata.cannot_load", folder=str(folder), reason=str(info.problem))
    images, labels = _read_arrays(folder, info)
    return {name: images[labels == i][:per_class] for i, name in enumerate(info.class_names)}


def clear_cache() -> None:
    _load_cached.cache_clear()
