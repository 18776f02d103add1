"""cnnviz.data.images, importing and userdata: hostile archives (a table, every rule), the per-file report,
conversions, storage.

Every archive is built in the test. Refusals are checked to write nothing and to leave an existing dataset
untouched (same folder listing, same content hash, still loadable)."""

from __future__ import annotations

import io
import stat
import struct
import zipfile
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from cnnviz.data import userdata
from cnnviz.data.images import ImportSettings, UserDataError, decode_image, model_input
from cnnviz.data.importing import DatasetBuilder, ImportLimits, ImportRefused, import_zip
from cnnviz.data.userdata import list_user_datasets, load_user_dataset
from tests.shapes_data import encode, shape_image, shapes_files, shapes_zip, zip_bytes

RNG = np.random.default_rng(3)


def png(side: int = 40, seed: int = 0, kind: str = "circle") -> bytes:
    return encode(shape_image(kind, np.random.default_rng(seed), side), "PNG")


def class_files(classes: tuple[str, ...] = ("a", "b"), n: int = 6, prefix: str = "") -> list[tuple[str, bytes]]:
    return [(f"{prefix}{c}/{c}{i}.png", png(seed=10 * k + i, kind=("circle", "square", "triangle")[k % 3]))
            for k, c in enumerate(classes) for i in range(n)]


def png_header(width: int, height: int) -> bytes:
    """A PNG whose header announces width×height (8-bit grey) and whose pixel data is cut short: decoding
    it would fail, so a skip for its size proves the size was read from the header before any decoding."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = chunk(b"IDAT", zlib.compress(b"\x00" * 64))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + pixels + chunk(b"IEND", b"")


def symlink_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in class_files():
            archive.writestr(name, data)
        link = zipfile.ZipInfo("a/link.png")
        link.create_system = 3
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "../../../etc/passwd")
    return buffer.getvalue()


def bomb_zip() -> bytes:
    """A 20 MB entry of zeros packed into ~20 KB: the ratio of a zip bomb."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in class_files():
            archive.writestr(name, data)
        archive.writestr("a/bomb.png", b"\x00" * (20 * 1024 * 1024))
    return buffer.getvalue()


def _patch_entry(data: bytes, name: str, *, flags: int | None = None, size: int | None = None) -> bytes:
    """Rewrite one entry's flag bits and/or declared uncompressed size, in its local and central headers."""
    raw = bytearray(data)
    encoded = name.encode()
    for signature, flag_at, size_at, name_len_at, name_at in ((b"PK\x03\x04", 6, 22, 26, 30),
                                                              (b"PK\x01\x02", 8, 24, 28, 46)):
        start = 0
        while (start := raw.find(signature, start)) >= 0:
            length = struct.unpack_from("<H", raw, start + name_len_at)[0]
            if bytes(raw[start + name_at:start + name_at + length]) == encoded:
                if flags is not None:
                    struct.pack_into("<H", raw, start + flag_at, flags)
                if size is not None:
                    struct.pack_into("<I", raw, start + size_at, size)
            start += 4
    return bytes(raw)


def lying_size_zip() -> bytes:
    """An entry whose directory says 1,000 bytes while it unpacks to 2 MB."""
    entries = class_files() + [("a/liar.png", RNG.integers(0, 256, 2 * 1024 * 1024, dtype=np.uint8).tobytes())]
    return _patch_entry(zip_bytes(entries), "a/liar.png", size=1000)


def lying_count_zip() -> bytes:
    """12 entries while the end-of-directory record claims 3."""
    data = bytearray(zip_bytes(class_files(n=6)))
    end = data.rfind(b"PK\x05\x06")
    struct.pack_into("<HH", data, end + 8, 3, 3)
    return bytes(data)


# ---- the table of refused archives ----------------------------------------------------------------------

REFUSED = [
    ("parent path", lambda: zip_bytes(class_files() + [("../evil/x.png", png())]), {}, "safezip.parent_path",
     "../evil/x.png"),
    ("parent path inside", lambda: zip_bytes(class_files() + [("a/../../x.png", png())]), {}, "safezip.parent_path",
     "a/../../x.png"),
    ("backslash parent path", lambda: zip_bytes(class_files() + [("a\\..\\..\\x.png", png())]), {},
     "safezip.parent_path", "x.png"),
    ("absolute path", lambda: zip_bytes(class_files() + [("/etc/cron.d/x.png", png())]), {}, "safezip.absolute_path",
     "/etc/cron.d/x.png"),
    ("drive letter", lambda: zip_bytes(class_files() + [("C:/Windows/x.png", png())]), {}, "safezip.drive_path",
     "C:/Windows/x.png"),
    ("symlink entry", symlink_zip, {}, "safezip.symlink", "a/link.png"),
    ("too many files", lambda: zip_bytes(class_files(n=6)), {"max_files": 10}, "safezip.too_many_entries", "12"),
    ("entry count that lies", lying_count_zip, {"max_files": 10}, "safezip.too_many_entries", "12"),
    ("archive too large", lambda: zip_bytes(class_files()), {"max_archive_bytes": 2_000}, "safezip.archive_too_large",
     "MB"),
    ("unpacked too large", lambda: zip_bytes(class_files()), {"max_unpacked_bytes": 1_000},
     "safezip.unpacked_too_large", "MB"),
    ("zip bomb", bomb_zip, {}, "safezip.bomb", "a/bomb.png"),
    ("not a zip", lambda: b"PK but not really a zip archive" * 10, {}, "safezip.not_a_zip", "zip"),
    ("empty file", lambda: b"", {}, "safezip.not_a_zip", "zip"),
    ("one class", lambda: zip_bytes(class_files(("a",))), {}, "userdata.too_few_classes", "2 classes"),
    ("classes too small", lambda: zip_bytes(class_files(("a", "b", "c"), n=2)), {}, "userdata.too_few_classes",
     "a (2 images"),
    ("too many classes", lambda: zip_bytes(class_files(("a", "b", "c"), n=3)), {"max_classes": 2},
     "userdata.too_many_classes", "3"),
    ("too few to split", lambda: zip_bytes(class_files(("a", "b", "c", "d"), n=3)), {}, "userdata.too_few_to_split",
     "12 images"),
    ("too many values", lambda: zip_bytes(class_files(n=6)), {"max_stored_values": 10 * 32 * 32},
     "userdata.too_many_values", "11"),
]


@pytest.fixture
def root_with_dataset(tmp_path: Path) -> tuple[Path, userdata.UserDatasetInfo]:
    root = tmp_path / "datasets"
    result = import_zip(zip_bytes(class_files(n=6)), "Existing", root)
    return root, result.info


def _snapshot(root: Path) -> list[tuple[str, int]]:
    return sorted((str(p.relative_to(root)), p.stat().st_size) for p in root.rglob("*"))


@pytest.mark.parametrize(("case", "build", "limits", "key", "named"), REFUSED, ids=[r[0] for r in REFUSED])
def test_hostile_or_unusable_archive_is_refused_and_nothing_is_written(
        root_with_dataset, monkeypatch: pytest.MonkeyPatch, case, build, limits, key, named) -> None:
    root, existing = root_with_dataset
    before = _snapshot(root)
    archive = build()
    if case in ("zip bomb", "symlink entry", "parent path", "absolute path", "drive letter"):
        # refused on the directory alone: no member may even be opened
        def never(*args, **kwargs):
            raise AssertionError("a member was read before the archive was refused")

        monkeypatch.setattr(zipfile.ZipFile, "open", never)
    with pytest.raises(ImportRefused) as refused:
        import_zip(archive, "Hostile", root, limits=ImportLimits(**limits))
    assert refused.value.key == key
    assert named in str(refused.value)
    assert _snapshot(root) == before
    assert [info.id for info in list_user_datasets(root)] == [existing.id]
    monkeypatch.undo()
    assert load_user_dataset(existing.path).num_classes == 2


def test_refusal_text_exists_in_korean_with_the_same_numbers(tmp_path: Path) -> None:
    with pytest.raises(ImportRefused) as refused:
        import_zip(zip_bytes(class_files(n=6)), "x", tmp_path, limits=ImportLimits(max_files=10))
    assert "12" in refused.value.text("ko") and "10" in refused.value.text("ko")
    assert refused.value.text("ko") != refused.value.text("en")


def test_a_failure_while_writing_leaves_no_trace(root_with_dataset, monkeypatch: pytest.MonkeyPatch) -> None:
    root, existing = root_with_dataset
    before = _snapshot(root)

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(np, "savez_compressed", disk_full)
    with pytest.raises(OSError, match="No space left"):
        import_zip(zip_bytes(class_files(("x", "y"))), "Second", root)
    assert _snapshot(root) == before  # the temporary folder is gone too
    monkeypatch.undo()
    assert load_user_dataset(existing.path).source.startswith("Existing")


# ---- the per-file report ----------------------------------------------------------------------------


def _image_bytes(image: Image.Image, fmt: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **options)
    return buffer.getvalue()


def test_per_file_report_skips_converts_and_drops_with_reasons(tmp_path: Path) -> None:
    grey16 = (np.arange(40 * 40, dtype=np.uint16).reshape(40, 40) * 40).astype(np.uint16)
    frames = [Image.new("RGB", (40, 40), colour) for colour in ((255, 0, 0), (0, 0, 255))]
    animated = io.BytesIO()
    frames[0].save(animated, format="GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    transparent = Image.new("RGBA", (40, 40), (0, 0, 0, 0))
    good = png()
    entries = class_files() + [
        ("a/notes.txt", b"these are my notes"),
        ("a/cut.png", good[: len(good) // 2]),
        ("a/empty.png", b""),
        ("a/huge.png", png_header(1, 30_000_000)),
        ("a/bomb.png", png_header(20_000, 20_000)),
        ("b/cmyk.jpg", _image_bytes(Image.new("CMYK", (40, 40), (0, 255, 255, 0)), "JPEG")),
        ("b/grey16.png", _image_bytes(Image.fromarray(grey16), "PNG")),
        ("b/animated.gif", animated.getvalue()),
        ("b/transparent.png", _image_bytes(transparent, "PNG")),
        ("b/script.eps", b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n"),
        ("loose.png", good),
        ("tiny/only.png", good),
        ("__MACOSX/a/._a0.png", b"mac resource fork"),
        ("a/.DS_Store", b"\x00\x00"),
        ("b/Thumbs.db", b"\x00"),
    ]
    result = import_zip(zip_bytes(entries), "Report", tmp_path, ImportSettings(size=16, color=True))
    skipped = {note.file: note.key for note in result.report.skipped}
    assert skipped == {
        "a/notes.txt": "userdata.skip_not_image",
        "a/cut.png": "userdata.skip_damaged",
        "a/empty.png": "userdata.skip_empty",
        "a/huge.png": "userdata.skip_too_many_pixels",
        "a/bomb.png": "userdata.skip_bomb",
        "b/script.eps": "userdata.skip_not_image",  # never handed to Ghostscript
        "loose.png": "userdata.skip_no_class_folder",
    }
    converted = {(note.file, note.key) for note in result.report.converted}
    assert converted == {("b/cmyk.jpg", "userdata.conv_cmyk"), ("b/grey16.png", "userdata.conv_16bit"),
                         ("b/animated.gif", "userdata.conv_animated"), ("b/transparent.png", "userdata.conv_alpha")}
    assert [(note.file, note.params["n"]) for note in result.report.dropped] == [("tiny", 1)]
    assert result.report.ignored == 3
    assert result.info.class_names == ("a", "b")
    assert result.info.counts == (6, 10)
    huge = next(note for note in result.report.skipped if note.file == "a/huge.png")
    assert "30,000,000" in str(huge.reason) and "25,000,000" in str(huge.reason)  # the size and the limit
    lines = result.report.lines()
    assert lines[0].startswith("Skipped 7 files: loose.png (not inside a class folder: put each class's images")
    assert ", … and 2 more" in lines[0]
    assert any(line.startswith("Converted 4 images") for line in lines)
    assert any(line.startswith("Left out 1 classes: tiny (1 images") for line in lines)
    # the report is stored in the manifest and reads back the same
    assert userdata.read_info(result.info.path).report == result.report


def test_conversions_give_the_pixels_they_promise() -> None:
    settings = ImportSettings(size=8, color=True)
    transparent, notes = decode_image(_image_bytes(Image.new("RGBA", (8, 8), (0, 0, 0, 0)), "PNG"), settings)
    assert notes == (("userdata.conv_alpha", {}),)
    assert (transparent == 255).all()  # fully transparent over white is white
    levels = np.full((8, 8), 65535, np.uint16)
    levels[:, :4] = 257 * 100
    grey, _ = decode_image(_image_bytes(Image.fromarray(levels), "PNG"), ImportSettings(size=8))
    assert grey.shape == (8, 8, 1) and grey[0, 0, 0] == 100 and grey[0, 7, 0] == 255
    frames = [Image.new("RGB", (8, 8), (200, 0, 0)), Image.new("RGB", (8, 8), (0, 0, 200))]
    gif = io.BytesIO()
    frames[0].save(gif, format="GIF", save_all=True, append_images=frames[1:])
    first, _ = decode_image(gif.getvalue(), settings)
    assert first[..., 0].min() > 150 and first[..., 2].max() < 50  # the red first frame
    cmyk, _ = decode_image(_image_bytes(Image.new("CMYK", (8, 8), (0, 0, 0, 0)), "TIFF"), settings)
    assert (cmyk == 255).all()  # no ink is white paper


def test_pad_keeps_the_aspect_ratio_and_crop_cuts_the_centre() -> None:
    wide = Image.new("L", (64, 32), 255)  # white, twice as wide as high
    padded, _ = decode_image(_image_bytes(wide, "PNG"), ImportSettings(size=32, fit="pad"))
    assert (padded[:8] == 0).all() and (padded[-8:] == 0).all() and (padded[8:24] == 255).all()
    stripes = np.zeros((32, 96), np.uint8)
    stripes[:, 32:64] = 255  # the centre third is white
    cropped, _ = decode_image(_image_bytes(Image.fromarray(stripes), "PNG"),
                              ImportSettings(size=32, fit="crop"))
    assert (cropped[:, 2:30] == 255).all()


def test_a_lying_entry_size_is_caught_on_the_bytes_read(tmp_path: Path) -> None:
    result = import_zip(lying_size_zip(), "Liar", tmp_path)
    liar = [note for note in result.report.skipped if note.file == "a/liar.png"]
    assert [note.key for note in liar] == ["safezip.damaged"]
    assert result.info.counts == (6, 6)


def test_an_encrypted_entry_is_skipped(tmp_path: Path) -> None:
    data = _patch_entry(zip_bytes(class_files(n=6)), "a/a0.png", flags=0x1)
    result = import_zip(data, "Locked", tmp_path)
    assert [(n.file, n.key) for n in result.report.skipped] == [("a/a0.png", "safezip.encrypted")]


def test_korean_windows_and_macos_names_become_readable_class_names(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for i in range(6):
            for cls, data in (("고양이", png(seed=i)), ("강아지", png(seed=i + 9, kind="square"))):
                info = zipfile.ZipInfo(f"{cls}/{i}.png")
                archive.writestr(info, data)
    raw = buffer.getvalue()
    # rewrite the UTF-8 names as cp949 without the UTF-8 flag, as Korean Windows does
    for cls in ("고양이", "강아지"):
        raw = raw.replace(cls.encode("utf-8"), cls.encode("cp949").ljust(len(cls.encode("utf-8")), b"_"))
    raw = raw.replace(b"PK\x03\x04\x14\x00\x00\x08", b"PK\x03\x04\x14\x00\x00\x00")
    raw = raw.replace(b"PK\x01\x02\x14\x03\x14\x00\x00\x08", b"PK\x01\x02\x14\x03\x14\x00\x00\x00")
    result = import_zip(raw, "Pets", tmp_path)
    assert sorted(result.info.class_names) == sorted(n + "___" for n in ("고양이", "강아지"))


def test_class_order_and_counts_match_keras_image_dataset_from_directory(tmp_path: Path) -> None:
    import keras

    entries = class_files(("zebra", "apple", "Mango"), n=5, prefix="top/")
    result = import_zip(zip_bytes(entries), "Fruit", tmp_path / "datasets")
    folder = tmp_path / "extracted"
    for name, data in entries:  # the test's own benign files, written out for Keras to read
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    keras_data = keras.utils.image_dataset_from_directory(folder / "top", image_size=(32, 32), batch_size=None,
                                                          shuffle=False, verbose=False)
    assert result.info.class_names == tuple(keras_data.class_names)
    labels = np.array([int(label) for _, label in keras_data])
    assert result.info.counts == tuple(np.bincount(labels).tolist())


# ---- storage, listing, loading ----------------------------------------------------------------------


def test_names_are_plain_text_and_never_paths(tmp_path: Path) -> None:
    name = "../../etc/<script>alert(1)</script> 모양"
    result = import_zip(zip_bytes(class_files()), name, tmp_path)
    assert result.info.name == name
    assert result.info.path.parent == tmp_path and result.info.id.startswith("etc-script-alert-1-script-")
    assert list(tmp_path.iterdir()) == [result.info.path]
    with pytest.raises(UserDataError):
        userdata.delete_user_dataset(tmp_path, "../" + result.info.id)
    with pytest.raises(UserDataError):
        import_zip(zip_bytes(class_files()), " \t\n", tmp_path)


def test_loaded_dataset_has_a_fixed_stratified_disjoint_test_part(tmp_path: Path) -> None:
    files = shapes_files(per_class=20, seed=5)
    result = import_zip(zip_bytes((f"{c}/{n}", d) for c, n, d in files), "Shapes", tmp_path,
                        ImportSettings(size=24, color=True))
    dataset = load_user_dataset(result.info.path)
    assert dataset.input_shape == (24, 24, 3) and dataset.class_names == ("circle", "square", "triangle")
    assert len(dataset.x_train) + len(dataset.x_test) == 60 and len(dataset.x_test) == 12
    assert np.bincount(dataset.y_test).tolist() == [4, 4, 4]
    assert dataset.x_train.dtype == np.float32 and dataset.x_train.min() >= 0.0 and dataset.x_train.max() <= 1.0
    with np.load(result.info.path / "data.npz") as stored:
        images = stored["images"].reshape(60, -1).astype(np.float32) / 255
    rows = {row.tobytes() for row in images}
    train_rows = {row.tobytes() for row in dataset.x_train.reshape(len(dataset.x_train), -1)}
    test_rows = {row.tobytes() for row in dataset.x_test.reshape(len(dataset.x_test), -1)}
    assert train_rows | test_rows == rows and not train_rows & test_rows
    userdata.clear_cache()
    again = load_user_dataset(result.info.path)
    np.testing.assert_array_equal(again.x_test, dataset.x_test)


def test_damaged_datasets_are_listed_with_the_problem_and_refuse_to_load(tmp_path: Path) -> None:
    good = import_zip(zip_bytes(class_files()), "Good", tmp_path).info
    broken_json = tmp_path / "broken-json"
    broken_json.mkdir()
    (broken_json / "manifest.json").write_text("{not json", encoding="utf-8")
    no_data = tmp_path / "no-data"
    no_data.mkdir()
    (no_data / "manifest.json").write_text((good.path / "manifest.json").read_text(encoding="utf-8"), "utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    listed = {info.id: info for info in list_user_datasets(tmp_path)}
    assert set(listed) == {good.id, "broken-json", "no-data", "empty"}
    assert listed[good.id].ok
    assert "manifest.json" in str(listed["broken-json"].problem)
    assert "data.npz is missing" in str(listed["no-data"].problem)
    assert "manifest.json is missing" in str(listed["empty"].problem)
    with pytest.raises(UserDataError, match="data.npz is missing"):
        load_user_dataset(no_data)


def test_changed_pixels_are_caught_by_the_content_hash(tmp_path: Path) -> None:
    info = import_zip(zip_bytes(class_files()), "Good", tmp_path).info
    with np.load(info.path / "data.npz") as stored:
        images, labels = stored["images"].copy(), stored["labels"]
    images[0, 0, 0, 0] ^= 1
    np.savez_compressed(info.path / "data.npz", images=images, labels=labels)
    with pytest.raises(UserDataError, match="content hash"):
        load_user_dataset(info.path)


def test_delete_removes_only_that_dataset(tmp_path: Path) -> None:
    first = import_zip(zip_bytes(class_files()), "First", tmp_path).info
    second = import_zip(zip_bytes(class_files(("x", "y"))), "Second", tmp_path).info
    userdata.delete_user_dataset(tmp_path, first.id)
    assert [info.id for info in list_user_datasets(tmp_path)] == [second.id]
    with pytest.raises(UserDataError):
        userdata.delete_user_dataset(tmp_path, first.id)


def test_warnings_for_few_images_and_imbalance() -> None:
    warnings = userdata.dataset_warnings(("cat", "dog", "fox"), (50, 9, 10))
    assert [w.key for w in warnings] == ["userdata.warn_few_images", "userdata.warn_imbalance"]
    assert "“dog” has only 9 images" in str(warnings[0])
    assert "“cat” has 50 images, “dog” only 9 (5.6×)" in str(warnings[1])
    assert [w.key for w in userdata.dataset_warnings(("a", "b"), (50, 10))] == ["userdata.warn_imbalance"]
    assert userdata.dataset_warnings(("a", "b"), (49, 10)) == ()


# ---- class by class ---------------------------------------------------------------------------------


def test_builder_adds_uploads_and_webcam_shots_and_saves_like_an_import(tmp_path: Path) -> None:
    builder = DatasetBuilder(ImportSettings(size=16, color=False))
    assert builder.add_class("  Thumbs  up ") == "Thumbs up"
    builder.add_class("Thumbs down")
    with pytest.raises(UserDataError, match="already"):
        builder.add_class("Thumbs up")
    with pytest.raises(UserDataError):
        builder.add_image("Nobody", png(), "x.png")
    for i in range(6):
        assert builder.add_image("Thumbs up", png(seed=i), f"up{i}.png") == ()
        builder.add_image("Thumbs down", _image_bytes(shape_image("square", np.random.default_rng(i), 40), "JPEG"),
                          f"shot{i}.jpg", origin="webcam")
    notes = builder.add_image("Thumbs down", b"not an image", "oops.txt")
    assert [n.key for n in notes] == ["userdata.skip_not_image"]
    assert builder.counts == {"Thumbs up": 6, "Thumbs down": 6}
    assert builder.previews("Thumbs up", 4).shape == (4, 16, 16, 1)
    assert [w.key for w in builder.warnings] == ["userdata.warn_few_images"] * 2
    result = builder.save("Thumbs", tmp_path)
    assert result.info.class_names == ("Thumbs up", "Thumbs down")  # the order they were added in
    assert result.info.source == {"kind": "classes", "upload": 6, "webcam": 6}
    assert [n.file for n in result.report.skipped] == ["Thumbs down/oops.txt"]
    dataset = load_user_dataset(result.info.path)
    assert dataset.input_shape == (16, 16, 1) and dataset.num_classes == 2
    expected, _ = decode_image(png(seed=0), ImportSettings(size=16))
    with np.load(result.info.path / "data.npz") as stored:
        np.testing.assert_array_equal(stored["images"][0], expected)


def test_builder_limits(tmp_path: Path) -> None:
    builder = DatasetBuilder(limits=ImportLimits(max_files=3, max_classes=2, max_image_pixels=1000))
    builder.add_class("a")
    builder.add_class("b")
    with pytest.raises(UserDataError, match="2"):
        builder.add_class("c")
    notes = builder.add_image("a", png(side=40), "big.png")  # 1,600 pixels > 1,000
    assert [n.key for n in notes] == ["userdata.skip_too_many_pixels"]
    builder.add_image("a", png(side=20), "ok.png")
    builder.add_image("b", png(side=20), "ok.png")
    with pytest.raises(UserDataError, match="3"):
        builder.add_image("b", png(side=20), "one-too-many.png")
    with pytest.raises(ImportRefused):
        builder.save("Too small", tmp_path)
    assert not tmp_path.exists() or list(tmp_path.iterdir()) == []


def test_settings_are_validated() -> None:
    with pytest.raises(UserDataError, match="8 .* 128|8부터 128"):
        ImportSettings(size=4)
    with pytest.raises(UserDataError, match="pad"):
        ImportSettings(fit="stretch")


def test_shapes_zip_imports_with_its_top_folder(tmp_path: Path) -> None:
    result = import_zip(shapes_zip(per_class=5), "Shapes", tmp_path, ImportSettings(size=32, color=True))
    assert result.info.class_names == ("circle", "square", "triangle") and result.info.counts == (5, 5, 5)
    assert result.report.notes == () and result.info.image_shape == (32, 32, 3)


# ---- figures and preparing a new image --------------------------------------------------------------


def test_count_bars_mark_small_classes_and_preview_shows_stored_pixels(tmp_path: Path) -> None:
    from cnnviz.figures.userdata import FEW, class_counts_figure, class_preview_figure

    info = import_zip(zip_bytes(class_files(("a", "b"), n=12) + class_files(("c",), n=4)), "Fig", tmp_path,
                      ImportSettings(size=16)).info
    bars = class_counts_figure(info.class_names, info.counts)
    assert list(bars.data[0].y) == [12, 12, 4] and list(bars.data[0].marker.color)[2] == FEW
    examples = userdata.class_examples(info.path, per_class=3)
    assert [len(v) for v in examples.values()] == [3, 3, 3]
    preview = class_preview_figure(examples, per_class=3)
    canvas = preview.data[0].z
    assert canvas.shape == (3 * 16 + 2 * 2, 3 * 16 + 2 * 2, 3)
    np.testing.assert_array_equal(canvas[18:34, 0:16, 0], examples["b"][0][..., 0])  # row 2, first tile
    assert list(preview.layout.yaxis.ticktext) == ["a", "b", "c"]


def test_a_new_image_is_prepared_like_the_dataset(tmp_path: Path) -> None:
    info = import_zip(zip_bytes(class_files()), "Prep", tmp_path, ImportSettings(size=20, color=True, fit="crop")).info
    assert info.settings == ImportSettings(size=20, color=True, fit="crop")
    image = model_input(png(seed=3), info.settings)
    expected, _ = decode_image(png(seed=3), info.settings)
    assert image.dtype == np.float32 and image.shape == (20, 20, 3)
    np.testing.assert_array_equal(image, expected / np.float32(255))
    with pytest.raises(UserDataError, match="not an image"):
        model_input(b"hello", info.settings)


def test_class_folders_nested_six_deep_are_found(tmp_path: Path) -> None:
    """A zip made with the full path (a/b/c/d/e/f/cat/1.png): the folders every file shares are wrappers, the
    class folders are the first that differ (issue 20, item 21)."""
    archive = zip_bytes(class_files(("cat", "dog"), prefix="a/b/c/d/e/f/"))
    result = import_zip(archive, "Deep", tmp_path)
    assert result.info.class_names == ("cat", "dog")


def test_one_class_folder_says_which_folder_it_found(tmp_path: Path) -> None:
    archive = zip_bytes(class_files(("cat",), n=6, prefix="photos/"))
    with pytest.raises(ImportRefused) as caught:
        import_zip(archive, "One", tmp_path)
    text = str(caught.value)
    assert "1 usable class" in text and "—" not in text
    assert "cat (6 images)" in text
