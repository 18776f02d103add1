"""`python -m cnnviz import-dataset` and `summary MODEL.keras`: reports, counts, and exit 2 with the reason."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cnnviz.cli.main import main as cli_main
from cnnviz.data.userdata import list_user_datasets
from tests.model_files import dense_model_file, lambda_model_file, residual_model, save
from tests.shapes_data import zip_bytes
from tests.test_userdata import class_files, png

ROOT = Path(__file__).resolve().parent.parent


def test_import_dataset_prints_the_report_and_the_class_counts(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    archive = tmp_path / "pets.zip"
    archive.write_bytes(zip_bytes(class_files(("cat", "dog"), n=5) + [("cat/notes.txt", b"hello"),
                                                                         ("dog/extra.png", png(seed=99))]))
    root = tmp_path / "datasets"
    assert cli_main(["import-dataset", str(archive), "--name", "My pets", "--size", "28", "--color",
                     "--root", str(root)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Skipped 1 files: cat/notes.txt (not an image")
    info = list_user_datasets(root)[0]
    assert out[1] == f"Imported “My pets”: 11 images of 28×28×3 in 2 classes, stored in {info.path}"
    assert out[2:4] == ["  cat       5", "  dog       6"]
    assert all(line.startswith("warning: Class") for line in out[4:]) and len(out) == 6


def test_import_dataset_json(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    archive = tmp_path / "ab.zip"
    archive.write_bytes(zip_bytes(class_files(n=12)))
    assert cli_main(["import-dataset", str(archive), "--name", "AB", "--root", str(tmp_path / "d"), "--fit", "crop",
                     "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["counts"] == [12, 12] and report["image_shape"] == [32, 32, 1] and report["fit"] == "crop"
    assert report["warnings"] == [] and report["report"] == []


@pytest.mark.parametrize(("entries", "options", "reason"), [
    ([("../escape.png", b"x")], [], "uses “..” to leave the archive's folder"),
    ([], ["--size", "4"], "from 8 to 128"),
    ([("a/x.txt", b"x")], [], "at least 2 classes"),
])
def test_refused_import_exits_2_with_the_reason_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture,
                                                                   entries, options, reason) -> None:
    archive = tmp_path / "bad.zip"
    archive.write_bytes(zip_bytes(class_files(("a",), n=5) + entries))
    root = tmp_path / "datasets"
    assert cli_main(["import-dataset", str(archive), "--name", "Bad", "--root", str(root), *options]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and reason in captured.err and captured.err.startswith("error: ")
    assert not root.exists() or list(root.iterdir()) == []


def test_missing_archive_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert cli_main(["import-dataset", str(tmp_path / "nope.zip"), "--name", "x", "--root", str(tmp_path)]) == 2
    assert "not a readable .zip" in capsys.readouterr().err


def test_summary_of_a_model_file(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = save(residual_model(), tmp_path / "residual.keras")
    assert cli_main(["summary", str(path)]) == 0
    out = capsys.readouterr().out
    assert 'Model "residual", input (None, 16, 16, 3)' in out
    assert "c1 (Conv2D)" in out and "(3·3·3 + 1)·4 = 112" in out and "← c1, c2" in out and "Accepted" in out
    assert cli_main(["summary", str(path), "--json"]) == 0
    described = json.loads(capsys.readouterr().out)
    assert described["accepted"] and described["layers"][2]["inbound"] == ["c1", "c2"]


def test_summary_refuses_unsafe_unreadable_and_non_image_models(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    unsafe = lambda_model_file(tmp_path / "lambda.keras", tmp_path / "ran.txt")
    assert cli_main(["summary", str(unsafe)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "Lambda layer" in captured.err and "safe_mode" in captured.err
    junk = tmp_path / "junk.keras"
    junk.write_bytes(b"junk")
    assert cli_main(["summary", str(junk)]) == 2
    assert "is not a .keras model file" in capsys.readouterr().err
    dense = dense_model_file(tmp_path / "dense.keras")
    assert cli_main(["summary", str(dense)]) == 2
    captured = capsys.readouterr()
    assert "(Dense)" in captured.out and "an image input is (None, height, width, channels)" in captured.err


def test_python_dash_m_exit_status(tmp_path: Path) -> None:
    archive = tmp_path / "bad.zip"
    archive.write_bytes(zip_bytes([("/abs/a.png", b"x")]))
    done = subprocess.run([sys.executable, "-m", "cnnviz", "import-dataset", str(archive), "--name", "x", "--root",
                           str(tmp_path / "d")], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "absolute path" in done.stderr and not (tmp_path / "d").exists()


@pytest.mark.slow
def test_train_and_evaluate_a_user_dataset_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    from cnnviz.arch.spec import Architecture, Conv2D, Dense, Flatten, MaxPooling2D

    archive = tmp_path / "abc.zip"
    archive.write_bytes(zip_bytes(class_files(("ant", "bee", "cat"), n=12)))
    root = tmp_path / "datasets"
    assert cli_main(["import-dataset", str(archive), "--name", "ABC", "--size", "16", "--root", str(root)]) == 0
    folder = list_user_datasets(root)[0].path
    arch = tmp_path / "arch.json"
    arch.write_text(Architecture((16, 16, 1), (Conv2D(4, (3, 3), activation="relu"), MaxPooling2D((2, 2)), Flatten(),
                                              Dense(3, activation="softmax"))).to_json(), encoding="utf-8")
    capsys.readouterr()
    run = tmp_path / "run"
    assert cli_main(["train", str(arch), "--dataset", "user", "--data-path", str(folder), "--epochs", "1",
                     "--out", str(run)]) == 0
    assert "test accuracy" in capsys.readouterr().out
    assert cli_main(["evaluate", str(run), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["class_names"] == ["ant", "bee", "cat"] and sum(map(sum, result["confusion_matrix"])) == 8
    assert cli_main(["train", str(arch), "--dataset", "user", "--epochs", "1", "--out", str(tmp_path / "r2")]) == 2
    assert "data_path" in capsys.readouterr().err
