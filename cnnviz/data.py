"""Datasets for training: MNIST, Fashion-MNIST and CIFAR-10 as float32 images in [0, 1] with a channel axis.

`load_dataset(name)` tries, in order: the Keras cache (`$KERAS_HOME/datasets` or `~/.keras/datasets`, read
directly in Keras's own formats), the path the user names and known system locations (Debian's
`/usr/share/datasets/fashion-mnist/`), a Keras download (online only), and for MNIST the bundled sample of
5,000 real digits. The returned `Dataset` says which source it came from and why earlier ones were skipped.
TensorFlow is imported only for the download step.
"""

from __future__ import annotations

import functools
import gzip
import os
import pickle
import threading
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

DATASETS = ("mnist", "fashion_mnist", "cifar10")

ASSETS_DIR = Path(__file__).resolve().parent / "assets"
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


class DataError(ValueError):
    """A dataset could not be loaded or is malformed; the message says what and where."""


@dataclass(eq=False)
class Dataset:
    name: str
    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    class_names: tuple[str, ...]
    source: str
    is_sample: bool = False
    skipped: tuple[str, ...] = ()  # why each source tried before `source` was not used

    @property
    def input_shape(self) -> tuple[int, int, int]:
        return tuple(int(d) for d in self.x_train.shape[1:])  # type: ignore[return-value]

    @property
    def num_classes(self) -> int:
        return len(self.class_names)

    def summary(self) -> str:
        h, w, c = self.input_shape
        return (
            f"{len(self.x_train):,} train + {len(self.x_test):,} test images, {h}×{w}×{c}, {self.num_classes} classes"
        )


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


def load_dataset(name: str, path: str | Path | None = None, allow_download: bool = True) -> Dataset:
    """Load a dataset from the first source that works (see module doc); cached once per process."""
    name = normalize_name(name)
    key_path = str(Path(path).expanduser().resolve()) if path else None
    with _lock_for((name, key_path, allow_download)):  # two sessions asking at once load it once
        return _load_cached(name, key_path, allow_download)


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
        raise DataError(f"validation fraction must be between 0 and 1 (exclusive), got {val_fraction}")
    labels = dataset.y_train
    total = len(labels)
    full_train_size = total - int(np.ceil(total * val_fraction))
    if limit is not None and limit < 1:
        raise DataError(f"limit must be a positive number of training images, got {limit}")
    if limit is None or limit >= full_train_size:
        sizes = {"test_size": val_fraction}
    else:
        sizes = {"train_size": limit, "test_size": max(1, int(round(limit * val_fraction / (1.0 - val_fraction))))}
    try:
        train_idx, val_idx = train_test_split(np.arange(total), stratify=labels, random_state=seed, **sizes)
    except ValueError as exc:  # e.g. fewer images than classes in one part
        raise DataError(
            f"cannot split {total:,} images (validation fraction {val_fraction}, limit {limit}): {exc}"
        ) from None
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
        raise DataError(f"unknown dataset {name!r}; known: {', '.join(DATASETS)}")
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
    label: str
    read: Callable[[], _Raw]
    named_by_user: bool = False  # a problem here is reported, not skipped


@functools.lru_cache(maxsize=8)
def _load_cached(name: str, path: str | None, allow_download: bool) -> Dataset:
    info = DATASET_INFO[name]
    skipped: list[str] = []
    for source in _sources(name, path, allow_download):
        try:
            raw = source.read()
            x_train, y_train = _scaled(raw.x_train, raw.y_train, info, "training set")
            x_test, y_test = _scaled(raw.x_test, raw.y_test, info, "test set")
        except _NotThere as reason:
            skipped.append(f"{source.label}: {reason}")
            continue
        except DataError as exc:
            if source.named_by_user:
                raise DataError(f"{source.label}: {exc}") from None
            skipped.append(f"{source.label}: {exc}")
            continue
        return Dataset(name, x_train, y_train, x_test, y_test, info.class_names, source.label, False, tuple(skipped))
    if name == "mnist":
        sample = load_mnist_sample()
        return Dataset(**{**sample.__dict__, "skipped": tuple(skipped)})
    tried = "\n".join(f"  - {reason}" for reason in skipped)
    raise DataError(f"could not load {info.title} ({name}). Tried:\n{tried}")


def _sources(name: str, path: str | None, allow_download: bool) -> list[_Source]:
    cache = keras_cache_dir()
    sources = [_Source(f"Keras cache ({_keras_cache_location(name, cache)})", lambda: _read_keras_cache(name, cache))]
    if path:
        sources.append(_Source(f"your path ({path})", lambda: _read_user_path(name, Path(path)), named_by_user=True))
    for folder, label in SYSTEM_DIRS[name]:
        sources.append(_Source(f"{label} ({folder})", functools.partial(_read_folder, name, folder)))
    if allow_download:
        sources.append(_Source(f"Keras download (keras.datasets.{name}.load_data)", lambda: _download(name)))
    else:
        sources.append(_Source("Keras download", _download_disabled))
    return sources


class _NotThere(Exception):
    """This source does not have the dataset (not an error: try the next one)."""


def _download_disabled() -> _Raw:
    raise _NotThere("not tried (downloads turned off)")


# ---- scaling and validation -------------------------------------------------------------------------


def _scaled(x: np.ndarray, y: np.ndarray, info: DatasetInfo, part: str) -> tuple[np.ndarray, np.ndarray]:
    """Validate one image/label pair of arrays and return (float32 [0,1] NHWC, int64 labels), read-only."""
    x = np.asarray(x)
    y = np.asarray(y)
    if y.ndim == 2 and y.shape[1] == 1:
        y = y.reshape(-1)
    if x.ndim == 3:
        x = x.reshape(*x.shape, 1)
    if x.ndim != 4 or tuple(x.shape[1:]) != info.image_shape:
        raise DataError(f"{part}: images have shape {x.shape}, expected (N, {', '.join(map(str, info.image_shape))})")
    if len(x) == 0:
        raise DataError(f"{part}: holds no images")
    if y.ndim != 1 or len(y) != len(x):
        raise DataError(f"{part}: {len(x):,} images but labels have shape {y.shape}")
    if not np.issubdtype(y.dtype, np.integer):
        raise DataError(f"{part}: labels must be integers, got {y.dtype}")
    if y.min() < 0 or y.max() >= len(info.class_names):
        raise DataError(f"{part}: labels must be 0..{len(info.class_names) - 1}, found {y.min()}..{y.max()}")
    if not (np.issubdtype(x.dtype, np.integer) or np.issubdtype(x.dtype, np.floating)):
        raise DataError(f"{part}: pixels must be numbers, got {x.dtype}")
    images = x.astype(np.float32)  # the one float copy
    if np.issubdtype(x.dtype, np.integer) or images.max() > 1.0:
        if images.min() < 0 or images.max() > 255:
            raise DataError(f"{part}: pixel values must be 0..255 (or 0..1), found {images.min()}..{images.max()}")
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
        raise DataError(f"{path}: cannot read ({exc})") from None
    if len(data) < 4 or data[0] != 0 or data[1] != 0:
        raise DataError(f"{path}: not an IDX file (bad magic number {data[:4].hex() or 'empty'})")
    if data[2] != 0x08:
        raise DataError(f"{path}: IDX element type 0x{data[2]:02x} is not unsigned bytes (0x08)")
    ndim = data[3]
    if ndim not in (1, 3):
        raise DataError(f"{path}: IDX file has {ndim} dimensions, expected 1 (labels) or 3 (images)")
    header = 4 + 4 * ndim
    if len(data) < header:
        raise DataError(f"{path}: truncated IDX header")
    dims = tuple(int.from_bytes(data[4 + 4 * i : 8 + 4 * i], "big") for i in range(ndim))
    expected = int(np.prod(dims))
    if len(data) - header != expected:
        raise DataError(
            f"{path}: truncated or padded: header says {dims} = {expected:,} bytes, file holds {len(data) - header:,}"
        )
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
        raise _NotThere(f"no IDX files in {folder}")
    if missing:
        raise DataError(f"{folder}: incomplete, missing {', '.join(missing)}(.gz)")
    arrays = {key: read_idx(file) for key, file in found.items() if file is not None}
    for images, labels in (("x_train", "y_train"), ("x_test", "y_test")):
        if arrays[images].ndim != 3 or arrays[labels].ndim != 1:
            raise DataError(f"{found[images]}, {found[labels]}: expected a 3-D image file and a 1-D label file")
        if len(arrays[images]) != len(arrays[labels]):
            raise DataError(
                f"{found[images]} holds {len(arrays[images]):,} images but "
                f"{found[labels]} holds {len(arrays[labels]):,} labels"
            )
    return _Raw(**arrays)


# ---- .npz files (Keras's mnist.npz, or the user's own) -----------------------------------------------

_NPZ_KEYS = ("x_train", "y_train", "x_test", "y_test")


def read_npz(path: Path) -> _Raw:
    try:
        with np.load(path, allow_pickle=False) as archive:
            missing = [key for key in _NPZ_KEYS if key not in archive.files]
            if missing:
                raise DataError(
                    f"{path}: missing arrays {', '.join(missing)} (found {', '.join(archive.files) or 'none'}); "
                    f"an .npz needs {', '.join(_NPZ_KEYS)}"
                )
            return _Raw(**{key: archive[key] for key in _NPZ_KEYS})
    except (OSError, ValueError, EOFError, zipfile.BadZipFile) as exc:
        if isinstance(exc, DataError):
            raise
        raise DataError(f"{path}: not a readable .npz file ({exc})") from None


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
        raise DataError(f"{path}: not a CIFAR-10 batch file ({type(exc).__name__}: {exc})") from None
    if data.ndim != 2 or data.shape[1] != 3 * 32 * 32 or len(labels) != len(data):
        raise DataError(f"{path}: expected N rows of 3072 pixels and N labels, got {data.shape} and {labels.shape}")
    return data.reshape(-1, 3, 32, 32).transpose(0, 2, 3, 1), labels


def _read_cifar_folder(folder: Path) -> _Raw:
    if (folder / "cifar-10-batches-py").is_dir():
        folder = folder / "cifar-10-batches-py"
    names = (*_CIFAR_TRAIN, _CIFAR_TEST)
    present = [n for n in names if (folder / n).is_file()]
    if not present:
        raise _NotThere(f"no CIFAR-10 batch files in {folder}")
    if len(present) < len(names):
        missing = sorted(set(names) - set(present))
        raise DataError(f"{folder}: incomplete, missing {', '.join(missing)}")
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
        raise _NotThere("not downloaded yet")
    if name == "mnist":
        return read_npz(location)
    return _read_folder(name, location)


def _read_folder(name: str, folder: Path) -> _Raw:
    if not folder.is_dir():
        raise _NotThere(f"{folder} does not exist")
    if name == "cifar10":
        return _read_cifar_folder(folder)
    return _read_idx_folder(folder)


def _read_user_path(name: str, path: Path) -> _Raw:
    if not path.exists():
        raise DataError(f"{path}: no such file or folder")
    if path.is_dir():
        try:
            return _read_folder(name, path)
        except _NotThere:
            what = "CIFAR-10 batch files (data_batch_1..5, test_batch)" if name == "cifar10" else "IDX files"
            raise DataError(f"{path}: folder holds no {what}") from None
    if path.suffix == ".npz":
        return read_npz(path)
    raise DataError(f"{path}: expected a folder of dataset files or an .npz with {', '.join(_NPZ_KEYS)}")


def _download(name: str) -> _Raw:
    import importlib

    module = importlib.import_module(f"keras.datasets.{DATASET_INFO[name].keras_module}")
    try:
        (x_train, y_train), (x_test, y_test) = module.load_data()
    except Exception as exc:  # Keras raises a bare Exception on network failures
        raise DataError(f"download failed, probably no internet connection ({exc})") from None
    return _Raw(x_train, y_train, x_test, y_test)


# ---- bundled sample ---------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _load_sample_cached() -> Dataset:
    from sklearn.model_selection import train_test_split

    try:
        with np.load(SAMPLE_FILE, allow_pickle=False) as archive:
            images, labels = archive["images"], archive["labels"]
    except (OSError, KeyError, ValueError) as exc:
        raise DataError(
            f"{SAMPLE_FILE}: bundled MNIST sample unreadable ({exc}); run scripts/make_mnist_sample.py"
        ) from None
    train_idx, test_idx = train_test_split(
        np.arange(len(labels)), test_size=SAMPLE_TEST_SIZE, stratify=labels, random_state=SAMPLE_TEST_SEED
    )
    info = DATASET_INFO["mnist"]
    source = f"bundled MNIST sample: {len(labels):,} real digits ({SAMPLE_FILE.name}, see MNIST_SAMPLE.md)"
    x_train, y_train = _scaled(images[train_idx], labels[train_idx], info, f"{SAMPLE_FILE}")
    x_test, y_test = _scaled(images[test_idx], labels[test_idx], info, f"{SAMPLE_FILE}")
    return Dataset("mnist", x_train, y_train, x_test, y_test, info.class_names, source, is_sample=True)


__all__ = [
    "DATASETS",
    "DATASET_INFO",
    "DataError",
    "Dataset",
    "DatasetInfo",
    "Split",
    "clear_cache",
    "keras_cache_dir",
    "load_dataset",
    "load_mnist_sample",
    "normalize_name",
    "read_idx",
    "split_train_val",
]
