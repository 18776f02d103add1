"""The user's own image datasets as stored: writing one folder, then listing, reading, loading and deleting them.
They are made by `cnnviz.data.importing` (a .zip of one folder per class, or images added class by class) from
images decoded by `cnnviz.data.images`; the per-file report of that import is kept with the dataset.

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
import json
import math
import os
import re
import secrets
import shutil
import tempfile
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np

from cnnviz.data.datasets import USER_DATASET, Dataset, DatasetInfo
from cnnviz.data.images import FITS, MAX_SIZE, MIN_SIZE, ImportSettings, UserDataError
from cnnviz.i18n import Message, msg

DATASETS_DIR_ENV = "CNNVIZ_DATASETS_DIR"
MANIFEST_FILE = "manifest.json"
DATA_FILE = "data.npz"
FORMAT_VERSION = 1

MIN_IMAGES_PER_CLASS = 3  # one each for the training, validation and test sets
FEW_IMAGES_WARNING = 10
IMBALANCE_WARNING = 5.0
TEST_FRACTION = 0.2
TEST_SEED = 0
_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,80}$")


# ---- the per-file report (made by an import, kept in the manifest) ------------------------------------

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


# ---- writing a dataset folder --------------------------------------------------------------------------


def _folder_id(name: str, digest: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower())
    slug = slug.strip("-")[:32].strip("-") or "dataset"
    return f"{slug}-{digest[:8]}"


def _test_size(n: int, n_classes: int) -> int:
    return max(n_classes, math.ceil(n * TEST_FRACTION))


def split_off_test(labels: np.ndarray, n_classes: int) -> tuple[np.ndarray, np.ndarray]:
    """Sorted indices of the training part and of the fixed stratified test part (the same for the same labels)."""
    from sklearn.model_selection import train_test_split

    train, test = train_test_split(np.arange(len(labels)), test_size=_test_size(len(labels), n_classes),
                                   stratify=labels, random_state=TEST_SEED)
    return np.sort(train), np.sort(test)


def content_hash(class_names: tuple[str, ...], images: np.ndarray, labels: np.ndarray) -> str:
    digest = hashlib.sha256()
    digest.update(json.dumps({"class_names": list(class_names), "shape": list(images.shape)}).encode())
    digest.update(np.ascontiguousarray(images).tobytes())
    digest.update(np.ascontiguousarray(labels.astype(np.int64)).tobytes())
    return digest.hexdigest()


def write_dataset(root: Path, name: str, class_names: tuple[str, ...], images: np.ndarray, labels: np.ndarray,
                  settings: ImportSettings, source: dict[str, Any], report: ImportReport) -> UserDatasetInfo:
    """Store a new dataset folder under root with its manifest; it appears complete or not at all."""
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
    train, test = split_off_test(labels, len(info.class_names))
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
