"""Writing files so that a kill at any moment leaves the old file or the new one, never half of one: write a
temporary file beside the target, flush it to disk, then rename it over the target (`os.replace`)."""

from __future__ import annotations

import fcntl
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO

if TYPE_CHECKING:
    import keras


@contextmanager
def replacing(path: str | Path, suffix: str = ".tmp") -> Iterator[BinaryIO]:
    """A binary file to write `path`'s new content into: it replaces `path` when the block ends without an error,
    and is deleted (leaving `path` as it was) when the block raises."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=suffix)
    try:
        with os.fdopen(fd, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    with replacing(path) as stream:
        stream.write(data)


def atomic_write_json(path: str | Path, obj: Any) -> None:
    atomic_write_bytes(path, json.dumps(obj, indent=2, default=json_default).encode("utf-8"))


def json_default(value: Any) -> Any:
    """What `json.dumps` writes for numpy arrays and scalars and for paths."""
    if hasattr(value, "tolist"):  # numpy arrays and scalars
        return value.tolist()
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def save_model_atomic(model: keras.Model, path: str | Path) -> None:
    """model.save() (or model.save_weights() for a `.weights.h5` path) into a temporary file beside `path`,
    then rename it over `path`."""
    path = Path(path)
    weights_only = path.name.endswith(".weights.h5")
    suffix = ".weights.h5" if weights_only else ".keras"
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name.split('.')[0]}.", suffix=suffix)
    os.close(fd)
    try:
        if weights_only:
            model.save_weights(tmp)
        else:
            model.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def locked_text(path: str | Path) -> Iterator[TextIO]:
    """`path` (made when missing) open for reading and rewriting under an exclusive lock that every process
    respects (several web processes share such a file), positioned at its start. Writes go to its end;
    `rewrite` replaces its content."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+", encoding="utf-8") as stream:
        fcntl.flock(stream, fcntl.LOCK_EX)
        stream.seek(0)
        yield stream


def rewrite(stream: TextIO, text: str) -> None:
    """Replace the whole content of a file opened by `locked_text` with `text`."""
    stream.seek(0)
    stream.truncate()
    stream.write(text)
