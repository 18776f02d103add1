"""Datasets for training: MNIST, Fashion-MNIST and CIFAR-10 as float32 images in [0, 1] with a channel axis.

`load_dataset(name)` tries, in order: the Keras cache (`$KERAS_HOME/datasets` or `~/.keras/datasets`, read
directly in Keras's own formats), the path the user names and known system locations (Debian's
`/usr/share/datasets/fashion-mnist/`), a Keras download (online only), and for MNIST the bundled sample of
5,000 real digits. The returned `Dataset` says which source it came from and why earlier ones were skipped.
CIFAR-10 is downloaded here, in chunks and with a progress callback, into the folder Keras itself uses
(then checked against Keras' SHA-256 and unpacked the way Keras unpacks it); MNIST and Fashion-MNIST go
through Keras, which imports TensorFlow for that step only.

`load_training_dataset` is the one place that turns a training configuration's dataset fields (a built-in
name, the bundled sample, or "user" with a dataset folder from `cnnviz.data.userdata`) into a `Dataset`.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import os
import pickle
import shutil
import tarfile
import tempfile
import threading
import zipfile
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from cnnviz import ASSETS_DIR
from cnnviz.i18n import CnnvizError, Joined, Message, msg, t
from cnnviz.io import replacing

DATASETS = ("mnist", "fashion_mnist", "cifar10")
USER_DATASET = "user"  # TrainingConfig(dataset="user", data_path=<a cnnviz.data.userdata dataset folder>)

# Where and what keras.datasets.cifar10.load_data downloads (tests point the URL at a local server).
CIFAR10_URL = "https://www.cs.toronto.edu/~kriz/cifar-10-python.tar.gz"
CIFAR10_SHA256 = "6d958be074577803d12ecdefd02955f39262c83c16fe9348329d7fe0b5c001ce"
CIFAR10_DIRNAME = "cifar-10-batches-py-target"  # Keras 3's get_file(fname=..., extract=True) folder
DOWNLOAD_CHUNK = 256 * 1024
DownloadProgress = Callable[[int, "int | None"], None]  # (bytes done, bytes in total or None if unknown)
_PROGRESS: ContextVar[DownloadProgress | None] = ContextVar("cnnviz_download_progress", default=None)

SAMPLE_FILE = ASSETS_DIR / "mnist_sample.npz"
SAMPLE_TEST_SIZE = 1000
SAMPLE_TEST_SEED = 0

DEBIAN_FASHION_DIR = Path("/usr/share/datasets/fashion-mnist")
# Known system folders per dataset, tried after the user's path (tests may replace these).
SYSTEM_DIRS: dict[str, tuple[tuple[Path, str], ...]] = {
    "mnist": (),
    "fashion_mnist": ((DEBIAN_FASHION_DIR, "Debian package dataset-fashion-mnist"),),
    "cifar10": (),
}


@dataclass(frozen=True)
class DatasetInfo:
    name: str
    title: str
    image_shape: tuple[int, int, int]
    class_names: tuple[str, ...]
    train_size: int
    test_size: int
    keras_module: str

    def display_title(self, lang: str | None = None) -> str:
        """The title in `lang` (default the current language); `title` stays the English one."""
        return t(f"data.title.{self.name}", lang=lang)


DATASET_INFO: dict[str, DatasetInfo] = {
    "mnist": DatasetInfo(
        "mnist", "MNIST handwritten digits", (28, 28, 1), tuple(str(d) for d in range(10)), 60000, 10000, "mnist"
    ),
    "fashion_mnist": DatasetInfo(
        "fashion_mnist",
        "Fashion-MNIST clothing",
        (28, 28, 1),
        ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"),
        60000,
        10000,
        "fashion_mnist",
    ),
    "cifar10": DatasetInfo(
        "cifar10",
        "CIFAR-10 colour photos",
        (32, 32, 3),
        ("airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"),
        50000,
        10000,
        "cifar10",
    ),
}


class DataError(CnnvizError):
    """A dataset could not be loaded or is malformed: a catalog key (`data.*`) saying what and where."""


@dataclass(eq=False)
class Dataset:
    name: str
    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    class_names: tuple[str, ...]
    source: str  # where it came from, in English (recorded in a run's config)
    is_sample: bool = False
    skip_reasons: tuple[Message, ...] = ()  # why each source tried before `source` was not used
    image_fit: str | None = None  # user datasets: how files became images ("pad" or "crop"), for Predict/export
    source_label: Message | None = None  # `source` to show, in the viewer's language

    @property
    def skipped(self) -> tuple[str, ...]:
        """`skip_reasons` in the current language."""
        return tuple(str(reason) for reason in self.skip_reasons)

    def source_text(self, lang: str | None = None) -> str:
        """Where the images came from, in `lang` (default the current language)."""
        return self.source_label.text(lang) if self.source_label is not None else self.source

    @property
    def input_shape(self) -> tuple[int, int, int]:
        return tuple(int(d) for d in self.x_train.shape[1:])  # type: ignore[return-value]

    @property
    def num_classes(self) -> int:
        return len(self.class_names)

    def summary(self, lang: str | None = None) -> str:
        return self.facts().summary(lang)

    def facts(self) -> DatasetFacts:
        return DatasetFacts(self.name, self.input_shape, self.class_names, len(self.x_train), len(self.x_test),
                            self.source, self.is_sample, self.source_label)


@dataclass(frozen=True)
class DatasetFacts:
    """What a page shows and checks of a dataset, without its images (those stay in the worker that loaded it)."""

    name: str
    input_shape: tuple[int, int, int]
    class_names: tuple[str, ...]
    train_images: int
    test_images: int
    source: str
    is_sample: bool = False
    source_label: Message | None = None

    @property
    def images(self) -> int:
        return self.train_images + self.test_images

    @property
    def num_classes(self) -> int:
        return len(self.class_names)

    def source_text(self, lang: str | None = None) -> str:
        """Where the images came from, in `lang` (default the current language)."""
        return self.source_label.text(lang) if self.source_label is not None else self.source

    def summary(self, lang: str | None = None) -> str:
        h, w, c = self.input_shape
        return t("data.summary", lang=lang, train=self.train_images, test=self.test_images, shape=f"{h}×{w}×{c}",
                 classes=self.num_classes)


@dataclass(eq=False)
class Split:
    x_train: np.ndarray
    y_train: np.ndarray
    x_val: np.ndarray
    y_val: np.ndarray
    train_indices: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))  # rows of dataset.x_train
    val_indices: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))


@dataclass
class _Raw:
    """uint8 (or float) arrays as read from a source, before scaling."""

    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray


# ---- public API ---------------------------------------------------------------------------------


def load_dataset(name: str, path: str | Path | None = None, allow_download: bool = True,
                 progress: DownloadProgress | None = None) -> Dataset:
    """Load a dataset from the first source that works (see module doc); cached once per process.

    progress(done_bytes, total_bytes) is called while CIFAR-10 downloads (total is None when the server
    does not say)."""
    name = normalize_name(name)
    key_path = str(Path(path).expanduser().resolve()) if path else None
    with _lock_for((name, key_path, allow_download)):  # two sessions asking at once load it once
        token = _PROGRESS.set(progress)
        try:
            return _load_cached(name, key_path, allow_download)
        finally:
            _PROGRESS.reset(token)


_LOCKS: dict[tuple, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()


def _lock_for(key: tuple) -> threading.Lock:
    with _LOCKS_GUARD:
        return _LOCKS.setdefault(key, threading.Lock())


def load_mnist_sample() -> Dataset:
    """The bundled 5,000-digit MNIST sample (4,000 train + a fixed stratified 1,000 test); never the network."""
    return _load_sample_cached()


def split_train_val(dataset: Dataset, val_fraction: float = 0.2, seed: int = 42, limit: int | None = None) -> Split:
    """Stratified train/validation split of dataset's training images; the test set stays apart.

    `limit` caps the number of training images (stratified subsample); validation then keeps the same
    ratio to it (limit * val_fraction / (1 - val_fraction) images) so quick runs stay quick.
    """
    from sklearn.model_selection import train_test_split

    if not 0.0 < val_fraction < 1.0:
        raise DataError("data.bad_val_fraction", value=val_fraction)
    labels = dataset.y_train
    total = len(labels)
    full_train_size = total - int(np.ceil(total * val_fraction))
    if limit is not None and limit < 1:
        raise DataError("data.bad_limit", value=limit)
    if limit is None or limit >= full_train_size:
        sizes = {"test_size": val_fraction}
    else:
        sizes = {"train_size": limit, "test_size": max(1, int(round(limit * val_fraction / (1.0 - val_fraction))))}
    try:
        train_idx, val_idx = train_test_split(np.arange(total), stratify=labels, random_state=seed, **sizes)
    except ValueError as exc:  # e.g. fewer images than classes in one part
        raise DataError("data.cannot_split", total=total, fraction=val_fraction, limit=limit, reason=str(exc)) from None
    return Split(
        x_train=dataset.x_train[train_idx],
        y_train=labels[train_idx],
        x_val=dataset.x_train[val_idx],
        y_val=labels[val_idx],
        train_indices=train_idx,
        val_indices=val_idx,
    )


def normalize_name(name: str) -> str:
    key = name.strip().lower().replace("-", "_")
    if key not in DATASETS:
        raise DataError("data.unknown_dataset", name=repr(name), known=", ".join(DATASETS))
    return key


def keras_cache_dir() -> Path:
    """Where Keras keeps downloaded datasets: $KERAS_HOME/datasets, else ~/.keras/datasets (as Keras does)."""
    home = os.environ.get("KERAS_HOME")
    if home:
        return Path(home).expanduser() / "datasets"
    base = Path("~").expanduser()
    if not os.access(base, os.W_OK):
        base = Path("/tmp")
    return base / ".keras" / "datasets"


def clear_cache() -> None:
    """Forget every dataset loaded in this process (tests, or after new files appear)."""
    _load_cached.cache_clear()
    _load_sample_cached.cache_clear()


# ---- loading order --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Source:
    label: Message
    read: Callable[[], _Raw]
    named_by_user: bool = False  # a problem here is reported, not skipped


@functools.lru_cache(maxsize=8)
def _load_cached(name: str, path: str | None, allow_download: bool) -> Dataset:
    info = DATASET_INFO[name]
    skipped: list[Message] = []
    for source in _sources(name, path, allow_download):
        try:
            raw = source.read()
            x_train, y_train = _scaled(raw.x_train, raw.y_train, info, msg("data.part_train"))
            x_test, y_test = _scaled(raw.x_test, raw.y_test, info, msg("data.part_test"))
        except _NotThere as reason:
            skipped.append(msg("general.error_where", where=source.label, reason=reason.reason))
            continue
        except DataError as exc:
            if source.named_by_user:
                raise DataError("general.error_where", where=source.label, reason=exc) from None
            skipped.append(msg("general.error_where", where=source.label, reason=exc))
            continue
        return Dataset(name, x_train, y_train, x_test, y_test, info.class_names, source.label.text("en"), False,
                       tuple(skipped), source_label=source.label)
    if name == "mnist":
        sample = load_mnist_sample()
        return Dataset(**{**sample.__dict__, "skip_reasons": tuple(skipped)})
    tried = Joined(tuple(msg("data.tried", reason=reason) for reason in skipped), "\n")
    raise DataError("data.could_not_load", title=msg(f"data.title.{name}"), name=name, tried=tried)


def _sources(name: str, path: str | None, allow_download: bool) -> list[_Source]:
    cache = keras_cache_dir()
    sources = [_Source(msg("data.source_keras_cache", path=str(_keras_cache_location(name, cache))),
                       lambda: _read_keras_cache(name, cache))]
    if path:
        sources.append(_Source(msg("data.source_your_path", path=str(path)), lambda: _read_user_path(name, Path(path)),
                               named_by_user=True))
    for folder, label in SYSTEM_DIRS[name]:
        sources.append(_Source(msg("data.source_system", label=label, path=str(folder)),
                               functools.partial(_read_folder, name, folder)))
    if allow_download and name == "cifar10":
        sources.append(_Source(msg("data.source_download", url=CIFAR10_URL), lambda: _download_cifar10(cache)))
    elif allow_download:
        sources.append(_Source(msg("data.source_keras_download", name=name), lambda: _download(name)))
    else:
        sources.append(_Source(msg("data.source_keras_download_off"), _download_disabled))
    return sources


class _NotThere(Exception):
    """This source does not have the dataset (not an error: try the next one)."""

    def __init__(self, reason: Message) -> None:
        super().__init__(reason.text("en"))
        self.reason = reason


def _download_disabled() -> _Raw:
    raise _NotThere(msg("data.not_tried_offline"))


# ---- scaling and validation -------------------------------------------------------------------------


def _scaled(x: np.ndarray, y: np.ndarray, info: DatasetInfo, part: Message | str) -> tuple[np.ndarray, np.ndarray]:
    """Validate one image/label pair of arrays and return (float32 [0,1] NHWC, int64 labels), read-only."""
    x = np.asarray(x)
    y = np.asarray(y)
    if y.ndim == 2 and y.shape[1] == 1:
        y = y.reshape(-1)
    if x.ndim == 3:
        x = x.reshape(*x.shape, 1)
    if x.ndim != 4 or tuple(x.shape[1:]) != info.image_shape:
        raise DataError("data.bad_image_shape", part=part, shape=str(x.shape),
                        expected=", ".join(map(str, info.image_shape)))
    if len(x) == 0:
        raise DataError("data.no_images", part=part)
    if y.ndim != 1 or len(y) != len(x):
        raise DataError("data.label_count", part=part, n=len(x), shape=str(y.shape))
    if not np.issubdtype(y.dtype, np.integer):
        raise DataError("data.labels_not_int", part=part, dtype=str(y.dtype))
    if y.min() < 0 or y.max() >= len(info.class_names):
        raise DataError("data.labels_range", part=part, last=len(info.class_names) - 1, low=str(y.min()),
                        high=str(y.max()))
    if not (np.issubdtype(x.dtype, np.integer) or np.issubdtype(x.dtype, np.floating)):
        raise DataError("data.pixels_not_numbers", part=part, dtype=str(x.dtype))
    images = x.astype(np.float32)  # the one float copy
    if np.issubdtype(x.dtype, np.integer) or images.max() > 1.0:
        if images.min() < 0 or images.max() > 255:
            raise DataError("data.pixel_range", part=part, low=str(images.min()), high=str(images.max()))
        images /= 255.0
    labels = y.astype(np.int64)
    images.setflags(write=False)  # shared by every user of the process: nobody may edit it in place
    labels.setflags(write=False)
    return images, labels


# ---- IDX files (MNIST / Fashion-MNIST) ----------------------------------------------------------------

_IDX_NAMES = {
    "x_train": "train-images-idx3-ubyte",
    "y_train": "train-labels-idx1-ubyte",
    "x_test": "t10k-images-idx3-ubyte",
    "y_test": "t10k-labels-idx1-ubyte",
}


def read_idx(path: Path) -> np.ndarray:
    """Read one IDX file (gzip or raw) of unsigned bytes; DataError names the file on any problem."""
    try:
        data = path.read_bytes()
        if data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        raise DataError("data.cannot_read", path=str(path), reason=str(exc)) from None
    if len(data) < 4 or data[0] != 0 or data[1] != 0:
        raise DataError("data.idx_magic", path=str(path), magic=data[:4].hex() or msg("data.empty"))
    if data[2] != 0x08:
        raise DataError("data.idx_type", path=str(path), code=f"{data[2]:02x}")
    ndim = data[3]
    if ndim not in (1, 3):
        raise DataError("data.idx_dims", path=str(path), ndim=ndim)
    header = 4 + 4 * ndim
    if len(data) < header:
        raise DataError("data.idx_header", path=str(path))
    dims = tuple(int.from_bytes(data[4 + 4 * i : 8 + 4 * i], "big") for i in range(ndim))
    expected = int(np.prod(dims))
    if len(data) - header != expected:
        raise DataError("data.idx_size", path=str(path), dims=str(dims), expected=expected, held=len(data) - header)
    return np.frombuffer(data, dtype=np.uint8, offset=header).reshape(dims)


def _find_idx(folder: Path, stem: str) -> Path | None:
    # Keras and Debian use "train-images-idx3-ubyte.gz"; some copies use "train-images.idx3-ubyte".
    dotted = stem.replace("-idx", ".idx")
    for candidate in (stem + ".gz", stem, dotted + ".gz", dotted):
        if (folder / candidate).is_file():
            return folder / candidate
    return None


def _read_idx_folder(folder: Path) -> _Raw:
    found = {key: _find_idx(folder, stem) for key, stem in _IDX_NAMES.items()}
    missing = [_IDX_NAMES[key] for key, file in found.items() if file is None]
    if len(missing) == len(found):
        raise _NotThere(msg("data.no_idx_files", folder=str(folder)))
    if missing:
        raise DataError("data.incomplete_idx", folder=str(folder), missing=", ".join(missing))
    arrays = {key: read_idx(file) for key, file in found.items() if file is not None}
    for images, labels in (("x_train", "y_train"), ("x_test", "y_test")):
        if arrays[images].ndim != 3 or arrays[labels].ndim != 1:
            raise DataError("data.idx_pair_dims", images=str(found[images]), labels=str(found[labels]))
        if len(arrays[images]) != len(arrays[labels]):
            raise DataError("data.idx_pair_count", images=str(found[images]), n_images=len(arrays[images]),
                            labels=str(found[labels]), n_labels=len(arrays[labels]))
    return _Raw(**arrays)


# ---- .npz files (Keras's mnist.npz, or the user's own) -----------------------------------------------

_NPZ_KEYS = ("x_train", "y_train", "x_test", "y_test")


def read_npz(path: Path) -> _Raw:
    try:
        with np.load(path, allow_pickle=False) as archive:
            missing = [key for key in _NPZ_KEYS if key not in archive.files]
            if missing:
                raise DataError("data.npz_missing", path=str(path), missing=", ".join(missing),
                                found=", ".join(archive.files) or msg("data.none"), needed=", ".join(_NPZ_KEYS))
            return _Raw(**{key: archive[key] for key in _NPZ_KEYS})
    except (OSError, ValueError, EOFError, zipfile.BadZipFile) as exc:
        if isinstance(exc, DataError):
            raise
        raise DataError("data.npz_unreadable", path=str(path), reason=str(exc)) from None


# ---- CIFAR-10 python pickles ------------------------------------------------------------------------

_CIFAR_TRAIN = tuple(f"data_batch_{i}" for i in range(1, 6))
_CIFAR_TEST = "test_batch"


class _ArrayOnlyUnpickler(pickle.Unpickler):
    """Unpickles plain containers and numpy arrays only, so a hostile file cannot run code."""

    _ALLOWED = {
        ("numpy", "ndarray"),
        ("numpy", "dtype"),
        ("numpy.core.multiarray", "_reconstruct"),
        ("numpy._core.multiarray", "_reconstruct"),
    }

    def find_class(self, module: str, name: str) -> type:
        if (module, name) in self._ALLOWED:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"refusing to load {module}.{name}")


def read_cifar_batch(path: Path) -> tuple[np.ndarray, np.ndarray]:
    """One CIFAR-10 python batch file -> (uint8 images (N,32,32,3), labels (N,))."""
    try:
        with path.open("rb") as handle:
            batch = _ArrayOnlyUnpickler(handle, encoding="bytes").load()
        data = np.asarray(batch[b"data"], dtype=np.uint8)
        labels = np.asarray(batch[b"labels"])
    except (OSError, EOFError, pickle.UnpicklingError, KeyError, TypeError, ValueError, IndexError) as exc:
        raise DataError("data.cifar_unreadable", path=str(path), reason=f"{type(exc).__name__}: {exc}") from None
    if data.ndim != 2 or data.shape[1] != 3 * 32 * 32 or len(labels) != len(data):
        raise DataError("data.cifar_shape", path=str(path), data=str(data.shape), labels=str(labels.shape))
    return data.reshape(-1, 3, 32, 32).transpose(0, 2, 3, 1), labels


def _read_cifar_folder(folder: Path) -> _Raw:
    if (folder / "cifar-10-batches-py").is_dir():
        folder = folder / "cifar-10-batches-py"
    names = (*_CIFAR_TRAIN, _CIFAR_TEST)
    present = [n for n in names if (folder / n).is_file()]
    if not present:
        raise _NotThere(msg("data.no_cifar_files", folder=str(folder)))
    if len(present) < len(names):
        missing = sorted(set(names) - set(present))
        raise DataError("data.incomplete", folder=str(folder), missing=", ".join(missing))
    train = [read_cifar_batch(folder / n) for n in _CIFAR_TRAIN]
    x_test, y_test = read_cifar_batch(folder / _CIFAR_TEST)
    return _Raw(np.concatenate([x for x, _ in train]), np.concatenate([y for _, y in train]), x_test, y_test)


# ---- sources ----------------------------------------------------------------------------------------


def _keras_cache_location(name: str, cache: Path) -> Path:
    if name == "mnist":
        return cache / "mnist.npz"
    if name == "fashion_mnist":
        return cache / "fashion-mnist"
    # Keras 3 extracts to cifar-10-batches-py-target/; Keras 2 used cifar-10-batches-py/ directly.
    keras3 = cache / "cifar-10-batches-py-target"
    return keras3 if keras3.is_dir() else cache / "cifar-10-batches-py"


def _read_keras_cache(name: str, cache: Path) -> _Raw:
    location = _keras_cache_location(name, cache)
    if not location.exists():
        raise _NotThere(msg("data.not_downloaded"))
    if name == "mnist":
        return read_npz(location)
    return _read_folder(name, location)


def _read_folder(name: str, folder: Path) -> _Raw:
    if not folder.is_dir():
        raise _NotThere(msg("data.folder_missing", folder=str(folder)))
    if name == "cifar10":
        return _read_cifar_folder(folder)
    return _read_idx_folder(folder)


def _read_user_path(name: str, path: Path) -> _Raw:
    if not path.exists():
        raise DataError("data.no_such_path", path=str(path))
    if path.is_dir():
        try:
            return _read_folder(name, path)
        except _NotThere:
            what = msg("data.what_cifar" if name == "cifar10" else "data.what_idx")
            raise DataError("data.folder_holds_none", path=str(path), what=what) from None
    if path.suffix == ".npz":
        return read_npz(path)
    raise DataError("data.not_dataset_path", path=str(path), keys=", ".join(_NPZ_KEYS))


def _download(name: str) -> _Raw:
    import importlib

    module = importlib.import_module(f"keras.datasets.{DATASET_INFO[name].keras_module}")
    try:
        (x_train, y_train), (x_test, y_test) = module.load_data()
    except Exception as exc:  # Keras raises a bare Exception on network failures
        raise DataError("data.download_failed", reason=str(exc)) from None
    return _Raw(x_train, y_train, x_test, y_test)


def _download_cifar10(cache: Path) -> _Raw:
    return _read_cifar_folder(download_cifar10(cache, progress=_PROGRESS.get()))


def download_cifar10(cache: Path | None = None, progress: DownloadProgress | None = None,
                     timeout: float = 30.0) -> Path:
    """Fetch CIFAR-10 into the Keras cache exactly where keras.datasets.cifar10 keeps it
    (<cache>/cifar-10-batches-py-target_archive, unpacked into <cache>/cifar-10-batches-py-target/), in
    chunks with progress(done, total), check the SHA-256 Keras checks, and unpack. Returns the folder.
    A download that fails or does not match the checksum leaves nothing behind (DataError says why)."""
    cache = Path(cache) if cache is not None else keras_cache_dir()
    cache.mkdir(parents=True, exist_ok=True)
    archive = cache / f"{CIFAR10_DIRNAME}_archive"
    if not (archive.is_file() and _sha256_of(archive) == CIFAR10_SHA256):
        _fetch(CIFAR10_URL, archive, CIFAR10_SHA256, progress, timeout)
    target = cache / CIFAR10_DIRNAME
    _unpack_tar(archive, target)
    return target


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _fetch(url: str, target: Path, sha256: str, progress: DownloadProgress | None, timeout: float) -> None:
    import urllib.error
    import urllib.request

    digest = hashlib.sha256()
    try:
        with replacing(target, ".part") as out, urllib.request.urlopen(url, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
            done = 0
            if progress is not None:
                progress(0, total)
            for chunk in iter(lambda: response.read(DOWNLOAD_CHUNK), b""):
                out.write(chunk)
                digest.update(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
            if digest.hexdigest() != sha256:  # inside: the partial file is dropped, the target left as it was
                raise DataError("download.checksum", url=url, got=digest.hexdigest(), expected=sha256)
    except DataError:
        raise
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise DataError("download.failed", url=url, reason=str(getattr(exc, "reason", None) or exc)) from None


def _unpack_tar(archive: Path, target: Path) -> None:
    """Unpack into a temporary folder beside target (tarfile's "data" filter refuses links and paths that
    leave it), then put it in target's place."""
    temporary = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}."))
    try:
        with tarfile.open(archive, "r:*") as tar:
            tar.extractall(temporary, filter="data")
        if target.exists():
            shutil.rmtree(target)
        os.replace(temporary, target)
    except (tarfile.TarError, OSError, EOFError) as exc:
        raise DataError("download.unpack_failed", file=str(archive), reason=str(exc)) from None
    finally:
        shutil.rmtree(temporary, ignore_errors=True)


# ---- bundled sample ---------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _load_sample_cached() -> Dataset:
    from sklearn.model_selection import train_test_split

    try:
        with np.load(SAMPLE_FILE, allow_pickle=False) as archive:
            images, labels = archive["images"], archive["labels"]
    except (OSError, KeyError, ValueError) as exc:
        raise DataError("data.sample_unreadable", path=str(SAMPLE_FILE), reason=str(exc)) from None
    train_idx, test_idx = train_test_split(
        np.arange(len(labels)), test_size=SAMPLE_TEST_SIZE, stratify=labels, random_state=SAMPLE_TEST_SEED
    )
    info = DATASET_INFO["mnist"]
    source = msg("data.source_sample", n=len(labels), file=SAMPLE_FILE.name)
    x_train, y_train = _scaled(images[train_idx], labels[train_idx], info, f"{SAMPLE_FILE}")
    x_test, y_test = _scaled(images[test_idx], labels[test_idx], info, f"{SAMPLE_FILE}")
    return Dataset("mnist", x_train, y_train, x_test, y_test, info.class_names, source.text("en"), is_sample=True,
                   source_label=source)


__all__ = [
    "DATASETS",
    "DATASET_INFO",
    "USER_DATASET",
    "DataError",
    "Dataset",
    "DatasetFacts",
    "DatasetInfo",
    "Split",
    "clear_cache",
    "download_cifar10",
    "keras_cache_dir",
    "load_dataset",
    "load_mnist_sample",
    "normalize_name",
    "read_idx",
    "split_train_val",
]
