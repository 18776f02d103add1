"""`python -m cnnviz explain` and `python -m cnnviz filters` on tiny saved models; the oracle is the same
computation done in-process on the same preprocessed image."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from cnnviz.cli import main as cli
from cnnviz.data.preprocess import load_image, to_model_input
from cnnviz.inspect import attribution

ROOT = Path(__file__).resolve().parent.parent
SIDE = 12


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    """A tiny convnet saved as .keras, and a picture (bigger than its input, so it gets resized)."""
    import keras

    folder = tmp_path_factory.mktemp("cli")
    keras.utils.set_random_seed(0)
    model = keras.Sequential([keras.Input((SIDE, SIDE, 1)),
                              keras.layers.Conv2D(3, 3, padding="same", activation="relu", name="conv_a"),
                              keras.layers.MaxPooling2D(name="pool"),
                              keras.layers.Conv2D(4, 3, activation="relu", name="conv_b"),
                              keras.layers.Flatten(name="flat"),
                              keras.layers.Dense(3, activation="softmax", name="out")])
    path = folder / "tiny.keras"
    model.save(path)
    picture = np.zeros((30, 30), np.uint8)
    picture[5:20, 8:14] = 255
    picture[22:27, 3:25] = 160
    image_path = folder / "picture.png"
    Image.fromarray(picture).save(image_path)
    loaded = keras.saving.load_model(path, compile=False)
    model_input = to_model_input(load_image(image_path.read_bytes()), (SIDE, SIDE, 1))
    return path, image_path, loaded, model_input


def run_module(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2"}
    return subprocess.run([sys.executable, "-m", "cnnviz", *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=180)


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_explain_json_in_a_fresh_process(saved):
    path, image_path, model, model_input = saved
    done = run_module("explain", str(path), str(image_path), "--method", "integrated-gradients", "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert {"label", "probabilities", "method", "attribution"} <= set(result)
    probabilities = np.asarray(model(model_input[None]))[0]
    np.testing.assert_allclose(result["probabilities"], probabilities, atol=1e-5)
    assert result["label"] == str(int(np.argmax(probabilities))) and result["method"] == "integrated-gradients"
    expected = attribution.integrated_gradients(model, model_input)
    assert np.asarray(result["attribution"]).shape == (SIDE, SIDE)
    np.testing.assert_allclose(result["attribution"], expected.map, rtol=1e-4, atol=1e-5)
    assert result["completeness"]["holds"] is True


@pytest.mark.parametrize("method,options", [
    ("saliency", []), ("smoothgrad", ["--samples", "5", "--seed", "2"]), ("gradcam", ["--layer", "conv_a"]),
    ("occlusion", ["--window", "3", "--stride", "2", "--fill", "mean"]),
])
def test_every_method_prints_the_map_the_page_shows(saved, capsys, method, options):
    path, image_path, model, model_input = saved
    code, out, err = run_cli(capsys, "explain", str(path), str(image_path), "--method", method, "--class", "2",
                             "--json", *options)
    assert code == 0, err
    result = json.loads(out)
    kwargs = {"saliency": {}, "smoothgrad": {"samples": 5, "seed": 2}, "gradcam": {"layer_name": "conv_a"},
              "occlusion": {"window": 3, "stride": 2, "fill": "mean"}}[method]
    expected = attribution.attribute(model, model_input, method, 2, **kwargs)
    assert result["class_index"] == 2
    np.testing.assert_allclose(result["attribution"], expected.map, rtol=1e-4, atol=1e-6)


def test_plain_text_output(saved, capsys):
    path, image_path, *_ = saved
    code, out, _ = run_cli(capsys, "explain", str(path), str(image_path), "--method", "saliency")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("prediction: ") and "Saliency" in lines[1] and "12×12" in lines[1]
    assert lines[-1].startswith("How much a tiny change")


def test_explain_a_run_folder_names_the_classes(tmp_path, capsys):
    from cnnviz.arch.spec import Architecture, Conv2D, Dense, Flatten
    from cnnviz.models.builder import build_model
    from cnnviz.runs.layout import FINAL_MODEL
    from cnnviz.runs.store import create_run

    arch = Architecture((28, 28, 1), (Conv2D(2, 3, activation="relu"), Flatten(), Dense(10, activation="softmax")))
    model = build_model(arch)
    run_dir = create_run(arch, {"dataset": "fashion_mnist"}, "tiny", model.count_params(), root=tmp_path)
    model.save(run_dir / FINAL_MODEL)
    picture = tmp_path / "p.png"
    Image.fromarray(np.random.default_rng(0).integers(0, 255, (28, 28), dtype=np.uint8)).save(picture)
    code, out, err = run_cli(capsys, "explain", str(run_dir), str(picture), "--method", "saliency", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["class_names"][0] == "T-shirt/top" and result["label"] in result["class_names"]


def test_filters_writes_the_grid_png_in_a_fresh_process(saved, tmp_path):
    path, *_ = saved
    out = tmp_path / "grid.png"
    done = run_module("filters", str(path), "--layer", "conv_b", "--out", str(out), "--steps", "5", "--scale", "2",
                      "--columns", "2", "--quiet")
    assert done.returncode == 0, done.stderr
    assert "4 filters of conv_b" in done.stdout
    grid = np.asarray(Image.open(out))
    assert grid.shape == (2 * 24 + 1, 2 * 24 + 1)  # 2×2 tiles of 12×12 pixels enlarged twice, 1-pixel gaps
    assert np.all(grid[24, :] == 255) and np.all(grid[:, 24] == 255)


def test_grid_image_layout():
    from cnnviz.cli.explain import grid_image

    tiles = np.stack([np.full((2, 3, 1), v) for v in (0.0, 0.5, 1.0)])
    grid = grid_image(tiles, columns=2, scale=2)
    assert grid.shape == (2 * 4 + 1, 2 * 6 + 1)
    assert grid[0, 0] == 0 and grid[0, 7] == 128 and grid[5, 0] == 255 and grid[5, 7] == 255  # (1, 1): no tile


def test_filters_of_a_run_folder_are_cached(tmp_path, capsys):
    from cnnviz.arch.spec import Architecture, Conv2D, Dense, Flatten
    from cnnviz.models.builder import build_model
    from cnnviz.runs.layout import FINAL_MODEL
    from cnnviz.runs.store import create_run

    arch = Architecture((10, 10, 1), (Conv2D(2, 3, activation="relu"), Flatten(), Dense(3, activation="softmax")))
    model = build_model(arch)
    run_dir = create_run(arch, {"dataset": "mnist"}, "tiny", model.count_params(), root=tmp_path)
    model.save(run_dir / FINAL_MODEL)
    args = ("filters", str(run_dir), "--layer", "conv2d", "--out", str(tmp_path / "g.png"), "--steps", "3", "--quiet")
    assert run_cli(capsys, *args)[0] == 0
    code, out, _ = run_cli(capsys, *args)
    assert code == 0 and "from the run's cache" in out
    assert len(list(run_dir.glob("patterns_conv2d_*.npz"))) == 1
    code, out, _ = run_cli(capsys, "filters", str(run_dir), "--classes", "--out", str(tmp_path / "c.png"), "--steps",
                           "3", "--quiet")
    assert code == 0 and "3 classes" in out


def test_bad_inputs_exit_2_with_a_message(saved, tmp_path, capsys):
    path, image_path, *_ = saved
    code, _, err = run_cli(capsys, "explain", str(tmp_path / "nothing.txt"), str(image_path), "--method", "saliency")
    assert code == 2 and "neither a run folder nor a .keras file" in err
    code, _, err = run_cli(capsys, "explain", str(tmp_path / "missing.keras"), str(image_path), "--method", "saliency")
    assert code == 2 and "does not exist" in err
    broken = tmp_path / "broken.keras"
    broken.write_bytes(b"not a zip")
    code, _, err = run_cli(capsys, "explain", str(broken), str(image_path), "--method", "saliency")
    assert code == 2 and "cannot load" in err
    code, _, err = run_cli(capsys, "explain", str(path), str(tmp_path / "none.png"), "--method", "saliency")
    assert code == 2 and "cannot read" in err
    code, _, err = run_cli(capsys, "explain", str(path), str(image_path), "--method", "saliency", "--class", "7")
    assert code == 2 and "0..2" in err
    code, _, err = run_cli(capsys, "explain", str(path), str(image_path), "--method", "occlusion", "--fill", "x")
    assert code == 2 and "--fill" in err
    code, _, err = run_cli(capsys, "filters", str(path), "--layer", "out", "--out", str(tmp_path / "g.png"))
    assert code == 2 and "conv_a, conv_b" in err
    code, _, err = run_cli(capsys, "filters", str(path), "--out", str(tmp_path / "g.png"))
    assert code == 2 and "--layer" in err
    with pytest.raises(SystemExit):
        cli.main(["explain", str(path), str(image_path), "--method", "lime"])
