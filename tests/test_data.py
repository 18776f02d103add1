"""cnnviz.data.datasets: every loading source on files the tests write, the bundled sample, Debian's
Fashion-MNIST, splits."""

from __future__ import annotations

import gzip
import json
import os
import pickle
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from cnnviz.cli.main import main as cli_main
from cnnviz.data import datasets as data

RNG = np.random.default_rng(7)


@pytest.fixture(autouse=True)
def empty_keras_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test starts with an empty Keras cache of its own and a cold dataset cache."""
    home = tmp_path / "keras_home"
    (home / "datasets").mkdir(parents=True)
    monkeypatch.setenv("KERAS_HOME", str(home))
    data.clear_cache()
    yield home / "datasets"
    data.clear_cache()


# ---- helpers that write real dataset files ------------------------------------------------------------


def write_idx(path: Path, array: np.ndarray, compress: bool) -> Path:
    header = bytes([0, 0, 0x08, array.ndim]) + b"".join(int(d).to_bytes(4, "big") for d in array.shape)
    payload = header + array.astype(np.uint8).tobytes()
    path.write_bytes(gzip.compress(payload) if compress else payload)
    return path


def fake_images(n: int, shape: tuple[int, ...]) -> np.ndarray:
    return RNG.integers(0, 256, size=(n, *shape), dtype=np.uint8)


def balanced_labels(n: int, classes: int = 10) -> np.ndarray:
    return RNG.permutation(np.arange(n) % classes).astype(np.uint8)


def write_idx_folder(folder: Path, n_train: int = 60, n_test: int = 20, compress: bool = True) -> dict[str, np.ndarray]:
    folder.mkdir(parents=True, exist_ok=True)
    arrays = {
        "x_train": fake_images(n_train, (28, 28)),
        "y_train": balanced_labels(n_train),
        "x_test": fake_images(n_test, (28, 28)),
        "y_test": balanced_labels(n_test),
    }
    suffix = ".gz" if compress else ""
    for key, stem in data._IDX_NAMES.items():
        write_idx(folder / (stem + suffix), arrays[key], compress)
    return arrays


def write_cifar_folder(folder: Path, per_batch: int = 10, n_test: int = 10) -> dict[str, np.ndarray]:
    """Small CIFAR-10 python batches in Keras's format: rows of 3072 = R plane, G plane, B plane."""
    folder.mkdir(parents=True, exist_ok=True)
    images = fake_images(5 * per_batch + n_test, (32, 32, 3))
    labels = balanced_labels(5 * per_batch + n_test)
    rows = images.transpose(0, 3, 1, 2).reshape(len(images), -1)
    for i in range(5):
        part = slice(i * per_batch, (i + 1) * per_batch)
        batch = {b"data": rows[part], b"labels": labels[part].tolist(), b"batch_label": b"training batch"}
        (folder / f"data_batch_{i + 1}").write_bytes(pickle.dumps(batch))
    test = {b"data": rows[5 * per_batch :], b"labels": labels[5 * per_batch :].tolist()}
    (folder / "test_batch").write_bytes(pickle.dumps(test))
    return {"images": images, "labels": labels}


def as_bytes(images: np.ndarray) -> np.ndarray:
    return np.rint(images * 255).astype(np.uint8)


# ---- bundled MNIST sample ---------------------------------------------------------------------------


def test_bundled_sample_holds_5000_real_digits_as_float_images_with_a_stratified_disjoint_test_part() -> None:
    sample = data.load_mnist_sample()
    assert sample.is_sample and sample.name == "mnist"
    assert "5,000" in sample.source
    assert sample.x_train.shape == (4000, 28, 28, 1) and sample.x_test.shape == (1000, 28, 28, 1)
    assert sample.input_shape == (28, 28, 1)
    for images in (sample.x_train, sample.x_test):
        assert images.dtype == np.float32 and images.min() == 0.0 and images.max() == 1.0
    assert Counter(sample.y_train.tolist()) == dict.fromkeys(range(10), 400)
    assert Counter(sample.y_test.tolist()) == dict.fromkeys(range(10), 100)
    assert sample.class_names == tuple("0123456789")

    train_rows = {row.tobytes() for row in as_bytes(sample.x_train)}
    test_rows = {row.tobytes() for row in as_bytes(sample.x_test)}
    assert not train_rows & test_rows
    with np.load(data.SAMPLE_FILE) as raw:
        assert raw["images"].shape == (5000, 28, 28) and raw["images"].dtype == np.uint8
        assert train_rows | test_rows == {row.reshape(28, 28, 1).tobytes() for row in raw["images"]}
    # MNIST digits are white ink on black: the border is dark, the centre has ink
    assert sample.x_train[:, :2].mean() < 0.01 and sample.x_train[:, 10:18, 10:18].mean() > 0.2


def test_sample_is_the_last_resort_for_mnist_and_says_what_was_tried() -> None:
    dataset = data.load_dataset("mnist", allow_download=False)
    assert dataset.is_sample
    assert any("Keras cache" in reason and "not downloaded" in reason for reason in dataset.skipped)
    assert any("downloads turned off" in reason for reason in dataset.skipped)
    assert dataset.summary() == "4,000 train + 1,000 test images, 28×28×1, 10 classes"


def test_loaded_datasets_are_cached_per_process_and_read_only() -> None:
    first = data.load_dataset("MNIST", allow_download=False)
    assert data.load_dataset("mnist", allow_download=False) is first
    with pytest.raises(ValueError):
        first.x_train[0, 0, 0, 0] = 0.5
    data.clear_cache()
    assert data.load_dataset("mnist", allow_download=False) is not first


def test_concurrent_first_loads_share_one_dataset() -> None:
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=4) as pool:
        loaded = list(pool.map(lambda _: data.load_dataset("mnist", allow_download=False), range(4)))
    assert all(dataset is loaded[0] for dataset in loaded)


def test_unknown_dataset_name_lists_the_known_ones() -> None:
    with pytest.raises(data.DataError, match="unknown dataset 'svhn'.*mnist, fashion_mnist, cifar10"):
        data.load_dataset("svhn")


# ---- IDX files --------------------------------------------------------------------------------------


@pytest.mark.parametrize("compress", [True, False])
def test_idx_round_trip(tmp_path: Path, compress: bool) -> None:
    images, labels = fake_images(7, (28, 28)), balanced_labels(7)
    assert np.array_equal(data.read_idx(write_idx(tmp_path / "img", images, compress)), images)
    assert np.array_equal(data.read_idx(write_idx(tmp_path / "lbl", labels, compress)), labels)


@pytest.mark.parametrize("compress", [True, False])
def test_idx_folder_as_user_path_loads_scaled_with_channel_axis(tmp_path: Path, compress: bool) -> None:
    folder = tmp_path / "my-fashion"
    arrays = write_idx_folder(folder, compress=compress)
    monkey_free = data.load_dataset("fashion_mnist", folder, allow_download=False)
    assert monkey_free.source == f"your path ({folder.resolve()})"
    assert monkey_free.x_train.shape == (60, 28, 28, 1) and monkey_free.x_test.shape == (20, 28, 28, 1)
    assert np.array_equal(as_bytes(monkey_free.x_train)[..., 0], arrays["x_train"])
    assert np.array_equal(monkey_free.y_test, arrays["y_test"])
    assert monkey_free.class_names[0] == "T-shirt/top" and monkey_free.class_names[9] == "Ankle boot"


def test_idx_folder_with_dotted_raw_names(tmp_path: Path) -> None:
    """Some MNIST copies name files train-images.idx3-ubyte (dot, no gzip)."""
    folder = tmp_path / "kaggle-style"
    arrays = write_idx_folder(folder, compress=False)
    for stem in data._IDX_NAMES.values():
        (folder / stem).rename(folder / stem.replace("-idx", ".idx"))
    dataset = data.load_dataset("mnist", folder, allow_download=False)
    assert np.array_equal(dataset.y_train, arrays["y_train"]) and not dataset.is_sample


def test_idx_with_bad_magic_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "train-images-idx3-ubyte"
    bad.write_bytes(b"PK\x03\x04" + bytes(100))
    with pytest.raises(data.DataError, match=r"train-images-idx3-ubyte: not an IDX file \(bad magic"):
        data.read_idx(bad)


def test_truncated_idx_names_the_file_and_sizes(tmp_path: Path) -> None:
    full = write_idx(tmp_path / "full", fake_images(4, (28, 28)), compress=False).read_bytes()
    cut = tmp_path / "t10k-images-idx3-ubyte"
    cut.write_bytes(full[:-100])
    with pytest.raises(data.DataError, match=r"t10k-images-idx3-ubyte: truncated.*3,136 bytes, file holds 3,036"):
        data.read_idx(cut)


def test_truncated_gzip_names_the_file(tmp_path: Path) -> None:
    path = write_idx(tmp_path / "x.gz", fake_images(50, (28, 28)), compress=True)
    path.write_bytes(path.read_bytes()[:-200])
    with pytest.raises(data.DataError, match=r"x\.gz: cannot read"):
        data.read_idx(path)


def test_corrupt_file_in_user_folder_is_reported_not_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "broken"
    write_idx_folder(folder)
    (folder / "train-labels-idx1-ubyte.gz").write_bytes(gzip.compress(b"\x00\x00\x08\x01\x00\x00\x00\x3c" + bytes(5)))
    with pytest.raises(data.DataError, match=r"your path .*broken\).*train-labels-idx1-ubyte\.gz: truncated"):
        data.load_dataset("fashion_mnist", folder)


def test_incomplete_folder_and_mismatched_counts_are_clear(tmp_path: Path) -> None:
    folder = tmp_path / "partial"
    write_idx_folder(folder)
    (folder / "t10k-labels-idx1-ubyte.gz").unlink()
    with pytest.raises(data.DataError, match="incomplete, missing t10k-labels-idx1-ubyte"):
        data.load_dataset("mnist", folder)
    write_idx(folder / "t10k-labels-idx1-ubyte.gz", balanced_labels(19), compress=True)
    with pytest.raises(data.DataError, match="holds 20 images but .*t10k-labels-idx1-ubyte.gz holds 19 labels"):
        data.load_dataset("mnist", folder)


# ---- .npz files ---------------------------------------------------------------------------------------


def test_npz_user_path_works(tmp_path: Path) -> None:
    x_train, y_train = fake_images(30, (28, 28)), balanced_labels(30)
    np.savez(tmp_path / "digits.npz", x_train=x_train, y_train=y_train, x_test=x_train[:10], y_test=y_train[:10])
    dataset = data.load_dataset("mnist", tmp_path / "digits.npz", allow_download=False)
    assert not dataset.is_sample and "digits.npz" in dataset.source
    assert np.array_equal(as_bytes(dataset.x_train)[..., 0], x_train)
    assert dataset.y_train.dtype == np.int64 and np.array_equal(dataset.y_train, y_train)


def test_npz_with_missing_keys_or_bad_labels_names_the_file(tmp_path: Path) -> None:
    np.savez(tmp_path / "a.npz", images=fake_images(3, (28, 28)))
    with pytest.raises(data.DataError, match=r"a\.npz: missing arrays x_train, y_train, x_test, y_test"):
        data.load_dataset("mnist", tmp_path / "a.npz")
    x = fake_images(10, (28, 28))
    np.savez(tmp_path / "b.npz", x_train=x, y_train=np.arange(10) + 3, x_test=x, y_test=np.arange(10) % 10)
    with pytest.raises(data.DataError, match=r"b\.npz\): training set: labels must be 0\.\.9, found 3\.\.12"):
        data.load_dataset("mnist", tmp_path / "b.npz")
    np.savez(
        tmp_path / "c.npz", x_train=fake_images(10, (32, 32, 3)), y_train=np.arange(10), x_test=x, y_test=x[:, 0, 0]
    )
    with pytest.raises(data.DataError, match=r"c\.npz\): training set: images have shape \(10, 32, 32, 3\)"):
        data.load_dataset("fashion_mnist", tmp_path / "c.npz")
    (tmp_path / "d.npz").write_bytes(b"not a zip")
    with pytest.raises(data.DataError, match=r"d\.npz: not a readable \.npz"):
        data.load_dataset("mnist", tmp_path / "d.npz")
    with pytest.raises(data.DataError, match="no such file or folder"):
        data.load_dataset("mnist", tmp_path / "nowhere.npz")


# ---- Keras cache ----------------------------------------------------------------------------------


def test_keras_cache_mnist_npz_is_used_first(empty_keras_cache: Path, tmp_path: Path) -> None:
    x, y = fake_images(40, (28, 28)), balanced_labels(40)
    np.savez_compressed(empty_keras_cache / "mnist.npz", x_train=x, y_train=y, x_test=x[:10], y_test=y[:10])
    other = tmp_path / "other.npz"
    np.savez(other, x_train=x[:20], y_train=y[:20], x_test=x[:10], y_test=y[:10])
    dataset = data.load_dataset("mnist", other, allow_download=False)
    assert dataset.source == f"Keras cache ({empty_keras_cache / 'mnist.npz'})"
    assert len(dataset.x_train) == 40 and not dataset.is_sample and dataset.skipped == ()


def test_keras_cache_fashion_folder_is_used_before_debian_files(empty_keras_cache: Path) -> None:
    write_idx_folder(empty_keras_cache / "fashion-mnist", n_train=50, n_test=10)
    dataset = data.load_dataset("fashion_mnist", allow_download=False)
    assert dataset.source.startswith("Keras cache (") and dataset.source.endswith("fashion-mnist)")
    assert (len(dataset.x_train), len(dataset.x_test)) == (50, 10)


def test_corrupt_keras_cache_falls_back_and_says_why(empty_keras_cache: Path) -> None:
    (empty_keras_cache / "mnist.npz").write_bytes(b"half a download")
    dataset = data.load_dataset("mnist", allow_download=False)
    assert dataset.is_sample
    assert any("mnist.npz: not a readable .npz" in reason for reason in dataset.skipped)


def test_keras_cache_dir_follows_keras_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "kh"))
    assert data.keras_cache_dir() == tmp_path / "kh" / "datasets"
    monkeypatch.delenv("KERAS_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert data.keras_cache_dir() == tmp_path / ".keras" / "datasets"


# ---- CIFAR-10 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("layout", ["cifar-10-batches-py-target/cifar-10-batches-py", "cifar-10-batches-py"])
def test_cifar10_colour_batches_from_keras_cache(empty_keras_cache: Path, layout: str) -> None:
    written = write_cifar_folder(empty_keras_cache / layout)
    dataset = data.load_dataset("cifar10", allow_download=False)
    assert dataset.source.startswith("Keras cache (")
    assert dataset.x_train.shape == (50, 32, 32, 3) and dataset.x_test.shape == (10, 32, 32, 3)
    assert dataset.input_shape == (32, 32, 3)
    # pixels land on the right rows, columns and colour channels (CHW rows -> HWC images)
    assert np.array_equal(as_bytes(dataset.x_train), written["images"][:50])
    assert np.array_equal(as_bytes(dataset.x_test), written["images"][50:])
    assert np.array_equal(dataset.y_train, written["labels"][:50])
    assert dataset.class_names[0] == "airplane" and dataset.class_names[9] == "truck"


def test_cifar_pickle_that_would_run_code_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "cifar"
    write_cifar_folder(folder)
    marker = tmp_path / "pwned"
    (folder / "test_batch").write_bytes(pickle.dumps(_Exploit(str(marker))))
    with pytest.raises(data.DataError, match=r"test_batch: not a CIFAR-10 batch file.*refusing to load"):
        data.load_dataset("cifar10", folder, allow_download=False)
    assert not marker.exists()


class _Exploit:
    def __init__(self, path: str) -> None:
        self.path = path

    def __reduce__(self) -> tuple:
        return (os.mkdir, (self.path,))


# ---- Keras download ---------------------------------------------------------------------------------


def test_offline_download_failure_gives_a_clear_message(
    monkeypatch: pytest.MonkeyPatch, empty_keras_cache: Path
) -> None:
    """The real loaders run (cnnviz's CIFAR-10 download, keras.datasets for MNIST); only their network
    fetches are made to fail as they do offline."""
    import urllib.request
    from urllib.error import URLError

    from keras.src.backend import config
    from keras.src.utils import file_utils

    monkeypatch.setattr(config, "_KERAS_DIR", str(empty_keras_cache.parent))  # Keras read KERAS_HOME at import

    def offline(*args: object, **kwargs: object) -> None:
        raise URLError("[Errno -2] Name or service not known")

    monkeypatch.setattr(file_utils, "urlretrieve", offline)
    monkeypatch.setattr(urllib.request, "urlopen", offline)
    with pytest.raises(data.DataError) as failure:
        data.load_dataset("cifar10")
    message = str(failure.value)
    assert message.startswith("could not load CIFAR-10 colour photos (cifar10). Tried:")
    assert "Keras cache" in message and "not downloaded yet" in message
    assert (f"download ({data.CIFAR10_URL}): download from {data.CIFAR10_URL} failed, probably no internet"
            in message)
    assert "Name or service not known" in message
    assert sorted(p.name for p in empty_keras_cache.iterdir()) == []  # no partial file left behind
    # MNIST still works offline, and says the download was tried
    mnist = data.load_dataset("mnist")
    assert mnist.is_sample and any("download failed" in reason for reason in mnist.skipped)


# ---- Debian's Fashion-MNIST --------------------------------------------------------------------------


def test_full_fashion_mnist_from_debian_package() -> None:
    if not data.DEBIAN_FASHION_DIR.is_dir() and os.environ.get("CNNVIZ_ALLOW_MISSING_SYSTEM_DATA") == "1":
        pytest.skip("dataset-fashion-mnist not installed and CNNVIZ_ALLOW_MISSING_SYSTEM_DATA=1")
    dataset = data.load_dataset("fashion_mnist", allow_download=False)
    assert dataset.source.startswith("Debian package dataset-fashion-mnist (/usr/share/datasets/fashion-mnist)")
    assert dataset.x_train.shape == (60000, 28, 28, 1) and dataset.x_test.shape == (10000, 28, 28, 1)
    assert Counter(dataset.y_test.tolist()) == dict.fromkeys(range(10), 1000)
    assert dataset.x_train.dtype == np.float32 and 0.0 <= dataset.x_train.min() < dataset.x_train.max() <= 1.0
    split = data.split_train_val(dataset)
    assert (len(split.x_train), len(split.x_val)) == (48000, 12000)


# ---- split --------------------------------------------------------------------------------------------


def test_split_is_stratified_disjoint_complete_and_seeded() -> None:
    sample = data.load_mnist_sample()
    split = data.split_train_val(sample)
    assert (len(split.x_train), len(split.x_val)) == (3200, 800)
    assert Counter(split.y_train.tolist()) == dict.fromkeys(range(10), 320)
    assert Counter(split.y_val.tolist()) == dict.fromkeys(range(10), 80)
    assert not set(split.train_indices) & set(split.val_indices)
    assert sorted([*split.train_indices, *split.val_indices]) == list(range(4000))
    assert np.array_equal(split.x_val, sample.x_train[split.val_indices])
    assert np.array_equal(split.y_train, sample.y_train[split.train_indices])
    again = data.split_train_val(sample)
    assert np.array_equal(again.val_indices, split.val_indices)
    assert not np.array_equal(data.split_train_val(sample, seed=1).val_indices, split.val_indices)
    assert len(data.split_train_val(sample, val_fraction=0.1).x_val) == 400


def test_limit_caps_training_images_stratified_and_shrinks_validation_in_proportion() -> None:
    sample = data.load_mnist_sample()
    split = data.split_train_val(sample, limit=500)
    assert len(split.x_train) == 500 and len(split.x_val) == 125
    assert Counter(split.y_train.tolist()) == dict.fromkeys(range(10), 50)
    assert not set(split.train_indices) & set(split.val_indices)
    assert len(data.split_train_val(sample, limit=333).x_train) == 333
    assert len(data.split_train_val(sample, limit=10_000).x_train) == 3200  # a limit above the pool changes nothing


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"val_fraction": 0.0}, "between 0 and 1"),
        ({"val_fraction": 1.0}, "between 0 and 1"),
        ({"limit": 0}, "positive number"),
        ({"limit": 5}, "cannot split 4,000 images"),
    ],
)
def test_bad_split_settings_give_clear_errors(kwargs: dict, message: str) -> None:
    with pytest.raises(data.DataError, match=message):
        data.split_train_val(data.load_mnist_sample(), **kwargs)


# ---- CLI ----------------------------------------------------------------------------------------------


def test_cli_datasets_reports_source_and_sizes(capsys: pytest.CaptureFixture[str], empty_keras_cache: Path) -> None:
    write_cifar_folder(empty_keras_cache / "cifar-10-batches-py")
    assert cli_main(["datasets", "mnist", "cifar10", "--json"]) == 0
    report = {entry["name"]: entry for entry in json.loads(capsys.readouterr().out)}
    assert report["mnist"]["is_sample"] and (report["mnist"]["train"], report["mnist"]["test"]) == (4000, 1000)
    assert report["cifar10"]["source"].startswith("Keras cache") and report["cifar10"]["input_shape"] == [32, 32, 3]

    assert cli_main(["datasets", "mnist"]) == 0
    text = capsys.readouterr().out
    assert "source: bundled MNIST sample: 5,000 real digits" in text and "4,000 train + 1,000 test images" in text

    assert cli_main(["datasets", "nope"]) == 2
    assert "unknown dataset 'nope'" in capsys.readouterr().err
