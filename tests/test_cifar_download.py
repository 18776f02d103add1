"""CIFAR-10 download with progress, offline: a local http.server serves a small CIFAR-format tarball."""

from __future__ import annotations

import functools
import hashlib
import http.server
import tarfile
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from cnnviz.data import datasets as data
from tests.test_data import as_bytes, write_cifar_folder


@pytest.fixture
def keras_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "keras_home"
    (home / "datasets").mkdir(parents=True)
    monkeypatch.setenv("KERAS_HOME", str(home))
    data.clear_cache()
    yield home / "datasets"
    data.clear_cache()


@pytest.fixture
def served(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict]:
    """cifar-10-python.tar.gz (the real layout: cifar-10-batches-py/...) on a local server; the download
    URL and checksum point at it."""
    site = tmp_path / "site"
    written = write_cifar_folder(tmp_path / "batches" / "cifar-10-batches-py", per_batch=40, n_test=20)
    site.mkdir()
    archive = site / "cifar-10-python.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(tmp_path / "batches" / "cifar-10-batches-py", arcname="cifar-10-batches-py")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *args: None  # type: ignore[attr-defined]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/cifar-10-python.tar.gz"
    monkeypatch.setattr(data, "CIFAR10_URL", url)
    monkeypatch.setattr(data, "CIFAR10_SHA256", hashlib.sha256(archive.read_bytes()).hexdigest())
    monkeypatch.setattr(data, "DOWNLOAD_CHUNK", 4096)  # several progress steps for a small file
    try:
        yield {"url": url, "size": archive.stat().st_size, "written": written, "archive": archive}
    finally:
        server.shutdown()
        server.server_close()


def test_download_reports_progress_and_lands_where_keras_keeps_it(keras_cache: Path, served: dict) -> None:
    calls: list[tuple[int, int | None]] = []
    dataset = data.load_dataset("cifar10", progress=lambda done, total: calls.append((done, total)))
    assert dataset.source == f"download ({served['url']})"
    assert dataset.x_train.shape == (200, 32, 32, 3) and dataset.x_test.shape == (20, 32, 32, 3)
    assert np.array_equal(as_bytes(dataset.x_train), served["written"]["images"][:200])
    assert np.array_equal(dataset.y_test, served["written"]["labels"][200:])
    done = [d for d, _ in calls]
    assert calls[0] == (0, served["size"]) and done[-1] == served["size"] and done == sorted(done) and len(calls) > 3
    assert {total for _, total in calls} == {served["size"]}
    # Keras' own layout: the archive and its unpacked folder, so keras.datasets.cifar10 finds them too
    assert (keras_cache / "cifar-10-batches-py-target_archive").read_bytes() == served["archive"].read_bytes()
    assert (keras_cache / "cifar-10-batches-py-target" / "cifar-10-batches-py" / "test_batch").is_file()
    assert not [p for p in keras_cache.iterdir() if p.name.startswith(".")]
    data.clear_cache()
    again = data.load_dataset("cifar10", allow_download=False)  # now from the Keras cache, no network
    assert again.source.startswith("Keras cache (") and np.array_equal(again.x_train, dataset.x_train)


def test_a_download_that_fails_its_checksum_is_deleted(keras_cache: Path, served: dict,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "CIFAR10_SHA256", "0" * 64)
    with pytest.raises(data.DataError) as failure:
        data.load_dataset("cifar10")
    assert "SHA-256" in str(failure.value) and "0" * 64 in str(failure.value)
    assert list(keras_cache.iterdir()) == []


def test_download_function_directly(keras_cache: Path, served: dict) -> None:
    calls = []
    folder = data.download_cifar10(keras_cache, progress=lambda d, t: calls.append(d))
    assert folder == keras_cache / "cifar-10-batches-py-target" and calls[-1] == served["size"]
    calls.clear()
    data.download_cifar10(keras_cache, progress=lambda d, t: calls.append(d))
    assert calls == []  # the checked archive in the cache is reused, not fetched again
