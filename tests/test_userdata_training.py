"""End to end on a user dataset, offline: a .zip of generated shapes (colour and grey, PNG and JPEG) imported
as 32×32×3, trained with the existing TrainingJob to ≥ 0.95 test accuracy, then looked inside in colour."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from cnnviz.arch.spec import Architecture, Conv2D, Dense, Flatten, MaxPooling2D
from cnnviz.data.images import ImportSettings
from cnnviz.data.importing import import_zip
from cnnviz.data.userdata import load_user_dataset
from cnnviz.inspect import extract
from cnnviz.runs import store as runs
from cnnviz.train.config import TrainingConfig
from cnnviz.train.evaluate import evaluate_run
from cnnviz.train.job import TrainingJob
from tests.shapes_data import SHAPES, shapes_zip

pytestmark = pytest.mark.slow  # imports 900 images and trains 8 short epochs (about 10 s on 2 cores)

SHAPES_ARCH = Architecture((32, 32, 3), (
    Conv2D(16, (3, 3), padding="same", activation="relu"),
    MaxPooling2D((2, 2)),
    Conv2D(32, (3, 3), padding="same", activation="relu"),
    MaxPooling2D((2, 2)),
    Conv2D(64, (3, 3), padding="same", activation="relu"),
    MaxPooling2D((2, 2)),
    Flatten(),
    Dense(3, activation="softmax"),
))


@pytest.fixture(scope="module")
def trained_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("shapes")
    result = import_zip(shapes_zip(per_class=300, seed=0), "Shapes", base / "datasets",
                        ImportSettings(size=32, color=True))
    config = TrainingConfig(dataset="user", data_path=str(result.info.path), epochs=8, batch_size=16,
                            learning_rate=0.002, early_stopping=False, seed=42)
    progress = TrainingJob(SHAPES_ARCH, config, name="shapes", root=base / "runs").run()
    assert progress.state == "finished", progress.message
    return progress.run_dir, result.info.path


def test_a_cnn_learns_the_users_shapes(trained_run) -> None:
    run_dir, dataset_dir = trained_run
    test = runs.load_test_metrics(run_dir)
    print(f"shapes test accuracy {test['accuracy']:.4f} on {test['n']} images")
    assert test["n"] == 180 and test["accuracy"] >= 0.95
    config = runs.load_config(run_dir)
    assert config["dataset"] == "user" and config["class_names"] == list(SHAPES) and config["image_fit"] == "pad"
    assert runs.run_class_names(run_dir) == SHAPES
    # the run reloads its exact data through the one dispatch, and Keras agrees with the recorded metrics
    dataset, split = runs.run_split(run_dir)
    assert dataset.input_shape == (32, 32, 3) and len(split.x_train) + len(split.x_val) == 720
    result = evaluate_run(run_dir, "test")
    assert result["class_names"] == list(SHAPES)
    assert result["accuracy"] == pytest.approx(test["accuracy"], abs=1e-6)
    assert np.asarray(result["confusion_matrix"]).sum() == 180
    assert load_user_dataset(dataset_dir).class_names == SHAPES


def test_feature_maps_of_an_rgb_input_and_colour_kernels(trained_run) -> None:
    import keras

    from cnnviz.figures.inspect import kernel_grid

    run_dir, _ = trained_run
    model = runs.load_model(run_dir)
    dataset, _ = runs.run_split(run_dir)
    image = dataset.x_test[0]
    assert image.shape == (32, 32, 3) and not np.allclose(image[..., 0], image[..., 1])  # really colour
    names = extract.feature_layer_names(model)
    maps = extract.feature_maps(model, image, names)
    for name in names:
        expected = keras.Model(model.inputs, model.get_layer(name).output).predict(image[None], verbose=0)[0]
        np.testing.assert_allclose(maps[name], expected, rtol=1e-5, atol=1e-5)
    first = extract.conv_layer_names(model)[0]
    weights, bias = extract.kernels(model, first)
    assert weights.shape == (3, 3, 3, 16) and bias.shape == (16,)
    np.testing.assert_array_equal(weights, model.get_layer(first).get_weights()[0])
    figure = kernel_grid(weights, "first layer", input_channel="rgb")
    assert figure.data[0].z.shape[-1] == 3  # drawn as an RGB image
