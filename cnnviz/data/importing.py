"""Making a user dataset: a .zip of one folder per class (`import_zip`), or classes the user names and fills with
uploads or webcam shots (`DatasetBuilder`). Every file goes through `cnnviz.data.images.decode_image`; what happened
to each one (skipped, converted, a class dropped) goes into the per-file report stored with the dataset.

An archive is unpacked through `cnnviz.data.safezip` within `ImportLimits`. `ImportRefused` means nothing was written;
a dataset that passes is stored by `cnnviz.data.userdata.write_dataset`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from cnnviz.data.datasets import USER_DATASET, DataError, Dataset
from cnnviz.data.images import MAX_IMAGE_PIXELS, ImportSettings, UnusableImage, UserDataError, decode_image
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
from cnnviz.data.userdata import (
    FEW_IMAGES_WARNING,
    MIN_IMAGES_PER_CLASS,
    FileNote,
    ImportReport,
    UserDatasetInfo,
    dataset_warnings,
    split_off_test,
    write_dataset,
)
from cnnviz.i18n import Joined, Message, msg, t

DEFAULT_VAL_FRACTION = 0.2  # TrainingConfig's default: a new dataset must split with it
MAX_NAME_LENGTH = 80
MAX_CLASS_NAME_LENGTH = 60

IGNORED_FILES = {"thumbs.db", "desktop.ini", "icon\r"}


class ImportRefused(UserDataError):
    """Nothing was written: the archive or the images as a whole are refused (the message names the rule)."""


@dataclass(frozen=True)
class ImportLimits:
    max_archive_bytes: int = 200 * MB
    max_unpacked_bytes: int = 1024 * MB
    max_files: int = 20_000
    max_file_bytes: int = 64 * MB
    max_image_pixels: int = MAX_IMAGE_PIXELS
    max_classes: int = 100
    max_stored_values: int = 150_000_000  # N·S·S·C; 600 MB once scaled to float32 for training
    max_ratio: float = 250.0

    def zip_limits(self) -> ZipLimits:
        return ZipLimits(max_archive_bytes=self.max_archive_bytes, max_unpacked_bytes=self.max_unpacked_bytes,
                         max_entries=self.max_files, max_member_bytes=self.max_file_bytes, max_ratio=self.max_ratio)


@dataclass(frozen=True)
class ImportResult:
    info: UserDatasetInfo
    report: ImportReport

    @property
    def warnings(self) -> tuple[Message, ...]:
        return self.info.warnings


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


# ---- collecting images, one class at a time -----------------------------------------------------------


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
        except UnusableImage as skip:
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
        info = write_dataset(root, name, tuple(kept), images, labels, self.settings, source, report)
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


def _check_splittable(labels: np.ndarray, n_classes: int) -> None:
    """Refuse a dataset that the test split, then the default train/validation split, cannot divide."""
    from cnnviz.data.datasets import split_train_val

    try:
        train, _ = split_off_test(labels, n_classes)
        part = Dataset(USER_DATASET, np.zeros((len(train), 0)), labels[train], np.zeros((0, 0)), np.zeros(0),
                       tuple(str(i) for i in range(n_classes)), "")
        split_train_val(part, DEFAULT_VAL_FRACTION)
    except (ValueError, DataError):
        raise ImportRefused("userdata.too_few_to_split", n=len(labels), classes=n_classes,
                            recommended=FEW_IMAGES_WARNING) from None


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
