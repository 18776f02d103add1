"""cnnviz.runs.export: a trained run as TensorFlow Lite (checked against Keras) with a predict.py that runs."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from cnnviz.arch.spec import Architecture, Conv2D, Dense, Flatten, MaxPooling2D
from cnnviz.cli.main import main as cli_main
from cnnviz.data.images import ImportSettings, decode_image
from cnnviz.data.importing import import_zip
from cnnviz.runs import export
from cnnviz.runs import store as runs
from cnnviz.train.config import TrainingConfig
from cnnviz.train.job import TrainingJob
from tests.shapes_data import SHAPES, encode, shape_image, shapes_zip

pytestmark = pytest.mark.slow  # trains a small run, converts to TFLite, runs predict.py in subprocesses

SETTINGS = ImportSettings(size=24, color=True, fit="crop")
ARCH = Architecture((24, 24, 3), (Conv2D(8, (3, 3), activation="relu"), MaxPooling2D((2, 2)), Flatten(),
                                  Dense(3, activation="softmax")))


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("export")
    info = import_zip(shapes_zip(per_class=40, seed=4), "Shapes", base / "datasets", SETTINGS).info
    config = TrainingConfig(dataset="user", data_path=str(info.path), epochs=3, batch_size=16, early_stopping=False)
    progress = TrainingJob(ARCH, config, name="shapes export", root=base / "runs").run()
    assert progress.state == "finished", progress.message
    return progress.run_dir


def test_tflite_probabilities_match_keras_on_20_images(run_dir: Path, tmp_path: Path) -> None:
    model = runs.load_model(run_dir)
    dataset, _ = runs.run_split(run_dir)
    images = dataset.x_test[:20]
    assert len(images) == 20
    path = export.export_tflite(model, tmp_path / "model.tflite")
    lite = export.tflite_probabilities(path, images)
    keras_probabilities = model.predict(images, verbose=0)
    difference = float(np.max(np.abs(lite - keras_probabilities)))
    print(f"TFLite vs Keras on 20 images: max |difference| = {difference:.2e}")
    assert lite.shape == (20, 3) and difference < 1e-5
    np.testing.assert_array_equal(lite.argmax(1), keras_probabilities.argmax(1))
    assert export.max_probability_difference(model, path.read_bytes(), images) == pytest.approx(difference)


def _load_script(path: Path):
    spec = importlib.util.spec_from_file_location("exported_predict", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_exported_predict_script_runs_and_names_the_keras_top_class(run_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = export.export_run(run_dir, out / "shapes.tflite", keras_path=out / "shapes.keras")
    assert result.script == out / "predict.py" and result.max_difference < 1e-5
    assert result.preprocessing == export.Preprocessing((24, 24, 3), SHAPES, "crop")
    assert runs.load_config(run_dir)["image_fit"] == "crop"  # recorded by the run: export needs no dataset
    wide = shape_image("triangle", np.random.default_rng(11), side=64).resize((96, 64))  # not square: crop
    picture = tmp_path / "my photo.png"
    picture.write_bytes(encode(wide, "PNG"))
    # the script prepares the file exactly as the dataset import did
    script = _load_script(result.script)
    expected_input = decode_image(picture.read_bytes(), SETTINGS)[0].astype(np.float32) / 255.0
    np.testing.assert_array_equal(script.load_image(str(picture)), expected_input)
    model = runs.load_model(run_dir)
    expected = model.predict(expected_input[None], verbose=0)[0]
    done = subprocess.run([sys.executable, str(result.script), str(picture), "--top", "3"], capture_output=True,
                          text=True, timeout=300, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"{picture}: {SHAPES[int(np.argmax(expected))]}"
    assert len(lines) == 4 and lines[1].startswith(f"  1. {SHAPES[int(np.argmax(expected))]}  ")
    with_keras = subprocess.run([sys.executable, str(result.script), str(picture), "--model", str(result.keras),
                                 "--json"], capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert with_keras.returncode == 0, with_keras.stderr
    top = json.loads(with_keras.stdout)[0]["top"]
    assert {name: p for name, p in top} == pytest.approx(dict(zip(SHAPES, expected.tolist(), strict=True)), abs=1e-5)


def test_cli_export(run_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    target = tmp_path / "cli" / "model.tflite"
    assert cli_main(["export", str(run_dir), "--tflite", str(target)]) == 0
    out = capsys.readouterr().out
    assert target.is_file() and (target.parent / "predict.py").is_file()
    assert f"Wrote {target}" in out and "predict.py" in out
    assert cli_main(["export", str(tmp_path / "no-run"), "--tflite", str(tmp_path / "x.tflite")]) == 2
    assert "no saved model" in capsys.readouterr().err
    assert not (tmp_path / "x.tflite").exists()
