"""`python -m cnnviz predict (RUN_DIR | --default) IMAGE --json`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from cnnviz.cli.main import main
from cnnviz.data.datasets import load_mnist_sample
from cnnviz.data.preprocess import as_canvas_drawing, to_mnist
from cnnviz.inspect.predict import Predictor

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def sample():
    return load_mnist_sample()


def save_png(path: Path, array: np.ndarray) -> Path:
    Image.fromarray(array).save(path)
    return path


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["predict", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_default_model_from_the_command_line(tmp_path, sample):
    """The real entry point in a fresh process: a canvas-like drawing of a held-out digit is read correctly."""
    index = int(np.flatnonzero(sample.y_test == 3)[0])
    image = save_png(tmp_path / "three.png", as_canvas_drawing(sample.x_test[index]))
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2"}
    done = subprocess.run([sys.executable, "-m", "cnnviz", "predict", "--default", str(image), "--json"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["label"] == "3"
    assert len(result["probabilities"]) == 10
    assert sum(result["probabilities"]) == pytest.approx(1.0, abs=1e-4)
    assert int(np.argmax(result["probabilities"])) == 3


def test_probabilities_are_those_of_the_page_preprocessing(tmp_path, capsys, sample):
    drawing = as_canvas_drawing(sample.x_test[5])
    image = save_png(tmp_path / "digit.png", drawing)
    code, out, _ = run_cli(capsys, "--default", str(image), "--json")
    assert code == 0
    expected = Predictor.default().probabilities(to_mnist(drawing).image)
    np.testing.assert_allclose(json.loads(out)["probabilities"], expected, atol=1e-5)


def test_dark_ink_on_light_paper_is_inverted(tmp_path, capsys, sample):
    index = int(np.flatnonzero(sample.y_test == 7)[0])
    paper = 255 - as_canvas_drawing(sample.x_test[index])[..., :3]
    code, out, _ = run_cli(capsys, "--default", str(save_png(tmp_path / "paper.jpg", paper)), "--json")
    assert code == 0 and json.loads(out)["label"] == "7"


def test_plain_text_output(tmp_path, capsys, sample):
    index = int(np.flatnonzero(sample.y_test == 1)[0])
    code, out, _ = run_cli(capsys, "--default", str(save_png(tmp_path / "one.png", as_canvas_drawing(
        sample.x_test[index]))))
    assert code == 0 and out.startswith("1 ") and "confident" in out


@pytest.mark.parametrize("content", [b"", b"garbage, not a picture", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"])
def test_corrupt_image_exits_2_with_a_message(tmp_path, capsys, content):
    path = tmp_path / "broken.png"
    path.write_bytes(content)
    code, out, err = run_cli(capsys, "--default", str(path), "--json")
    assert code == 2 and out == ""
    assert "broken.png" in err and "error:" in err


def test_missing_image_and_wrong_arguments_exit_2(tmp_path, capsys):
    code, _, err = run_cli(capsys, "--default", str(tmp_path / "nope.png"))
    assert code == 2 and "cannot read" in err
    code, _, err = run_cli(capsys, str(tmp_path / "only-one.png"))
    assert code == 2 and "RUN_DIR IMAGE" in err


def test_empty_drawing_exits_2(tmp_path, capsys):
    blank = save_png(tmp_path / "blank.png", np.zeros((280, 280), dtype=np.uint8))
    code, _, err = run_cli(capsys, "--default", str(blank))
    assert code == 2 and "empty" in err


def make_run(root: Path, dataset: str, input_shape: tuple[int, int, int]) -> Path:
    from cnnviz.arch.spec import Architecture, Conv2D, Dense, Flatten, MaxPooling2D
    from cnnviz.models.builder import build_model
    from cnnviz.runs.layout import FINAL_MODEL
    from cnnviz.runs.store import create_run

    arch = Architecture(input_shape, (Conv2D(4, (3, 3), activation="relu"), MaxPooling2D((2, 2)), Flatten(),
                                      Dense(10, activation="softmax")))
    model = build_model(arch)
    run_dir = create_run(arch, {"dataset": dataset}, f"tiny {dataset}", model.count_params(), root=root)
    model.save(run_dir / FINAL_MODEL)
    return run_dir


def test_saved_mnist_run(tmp_path, capsys, sample):
    run_dir = make_run(tmp_path / "runs", "mnist", (28, 28, 1))
    drawing = as_canvas_drawing(sample.x_test[0])
    code, out, _ = run_cli(capsys, str(run_dir), str(save_png(tmp_path / "d.png", drawing)), "--json")
    assert code == 0
    result = json.loads(out)
    import keras

    model = keras.models.load_model(run_dir / "final.keras")
    expected = model.predict(to_mnist(drawing).image[None], verbose=0)[0]
    np.testing.assert_allclose(result["probabilities"], expected, atol=1e-5)
    assert result["label"] == str(int(np.argmax(expected)))


def test_saved_colour_run_gets_a_plain_resize(tmp_path, capsys):
    run_dir = make_run(tmp_path / "runs", "cifar10", (32, 32, 3))
    photo = save_png(tmp_path / "photo.png", np.random.default_rng(0).integers(0, 255, (60, 90, 3), dtype=np.uint8))
    code, out, _ = run_cli(capsys, str(run_dir), str(photo), "--json")
    assert code == 0
    result = json.loads(out)
    assert result["class_names"][0] == "airplane" and result["label"] in result["class_names"]


def test_not_a_run_folder_exits_2(tmp_path, capsys, sample):
    image = save_png(tmp_path / "d.png", as_canvas_drawing(sample.x_test[0]))
    code, _, err = run_cli(capsys, str(tmp_path), str(image))
    assert code == 2 and str(tmp_path) in err


def test_a_phone_photo_turned_by_exif_is_read_upright(tmp_path, capsys, sample):
    """The file stores the digit turned 90° with EXIF orientation 6: CLI predict and the Predict page's preparation
    see the upright digit, as the dataset import does (issue 20, item 21)."""
    from cnnviz.inspect.prepare import Preparation, prepare

    drawing = as_canvas_drawing(sample.x_test[5])
    exif = Image.Exif()
    exif[0x0112] = 6
    path = tmp_path / "photo.png"
    Image.fromarray(drawing).transpose(Image.Transpose.ROTATE_90).save(path, exif=exif)
    code, out, _ = run_cli(capsys, "--default", str(path), "--json")
    assert code == 0
    expected = Predictor.default().probabilities(to_mnist(drawing).image)
    np.testing.assert_allclose(json.loads(out)["probabilities"], expected, atol=1e-5)
    prepared = prepare(path.read_bytes(), Preparation("mnist", (28, 28, 1)), invert=False)
    np.testing.assert_allclose(prepared.image, to_mnist(drawing, invert=False).image, atol=1e-6)
