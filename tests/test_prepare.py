"""cnnviz.inspect.prepare: a new image is prepared exactly like the model's training images (user dataset, MNIST,
resize), and training.adapt_output_classes gives a network Keras builds with the dataset's number of classes."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from cnnviz.data import images, importing
from cnnviz.data.preprocess import load_image, to_mnist, to_model_input
from cnnviz.inspect import prepare
from tests.shapes_data import encode, shape_image, zip_bytes
from tests.test_userdata import class_files


def _photo(size: tuple[int, int] = (90, 60), kind: str = "circle") -> bytes:
    return encode(shape_image(kind, np.random.default_rng(3), max(size)).resize(size), "PNG")


@pytest.mark.parametrize("fit", ["pad", "crop"])
@pytest.mark.parametrize("channels", [1, 3])
def test_a_user_dataset_image_is_prepared_as_at_import(fit: str, channels: int) -> None:
    data = _photo()
    done = prepare.prepare(data, prepare.Preparation("user", (24, 24, channels), fit))
    expected = images.model_input(data, images.ImportSettings(size=24, color=channels == 3, fit=fit))
    np.testing.assert_array_equal(done.image, expected)
    titles = [title for title, _ in done.steps]
    assert titles[0] == "Your image (90×60)" and len(titles) == 3
    assert titles[-1].startswith("Padded" if fit == "pad" else "Centre cropped")
    last = done.steps[-1][1]
    np.testing.assert_array_equal(last, expected[..., 0] if channels == 1 else expected)


def test_pad_and_crop_differ_on_a_wide_photo() -> None:
    data = _photo((120, 40))
    pad = prepare.prepare(data, prepare.Preparation("user", (16, 16, 1), "pad")).image
    crop = prepare.prepare(data, prepare.Preparation("user", (16, 16, 1), "crop")).image
    assert pad[0].max() == 0.0 and pad[-1].max() == 0.0  # black bars above and below the wide picture
    assert not np.array_equal(pad, crop)


def test_a_resize_inverts_a_dark_object_on_light_paper_for_a_grey_model() -> None:
    picture = Image.new("RGB", (80, 80), "white")
    ImageDraw.Draw(picture).rectangle((20, 20, 60, 60), fill=(10, 10, 10))
    data = encode(picture, "PNG")
    done = prepare.prepare(data, prepare.Preparation("resize", (28, 28, 1)))
    assert done.inverted
    np.testing.assert_allclose(done.image, 1.0 - to_model_input(load_image(data), (28, 28, 1)), atol=1e-6)
    colour = prepare.prepare(data, prepare.Preparation("resize", (20, 20, 3)))
    assert not colour.inverted  # colour models learned colour photos as they are
    np.testing.assert_allclose(colour.image, to_model_input(load_image(data), (20, 20, 3)), atol=1e-6)


def test_a_digit_model_gets_the_mnist_steps() -> None:
    picture = Image.new("L", (100, 100), 255)
    ImageDraw.Draw(picture).line([(50, 10), (50, 90)], fill=0, width=8)
    data = encode(picture, "PNG")
    done = prepare.prepare(data, prepare.preparation_for_model((28, 28, 1), digits=True))
    np.testing.assert_array_equal(done.image, to_mnist(load_image(data)).image)
    assert done.inverted and not done.empty
    assert prepare.preparation_for_model((28, 28, 1)).kind == "resize"
    assert prepare.preparation_for_model((32, 32, 3), digits=True).kind == "resize"


def test_what_is_not_an_image_is_refused_with_the_reason() -> None:
    for kind, shape in (("user", (16, 16, 1)), ("resize", (16, 16, 1)), ("mnist", (28, 28, 1))):
        with pytest.raises(prepare.PrepareError, match="cannot be used"):
            prepare.prepare(b"hello", prepare.Preparation(kind, shape, "pad" if kind == "user" else "stretch"))


@pytest.mark.slow
@pytest.mark.parametrize("kind, shape, fit", [("user", (28, 28, 1), "pad"), ("user", (24, 24, 3), "crop"),
                                             ("resize", (28, 28, 1), "stretch"), ("mnist", (28, 28, 1), "stretch")])
def test_a_float_tiff_with_a_nan_pixel_is_refused_for_every_kind_of_model(kind: str, shape, fit: str) -> None:
    """Predict with a model of the user's own data, a resize or MNIST's steps: a NaN pixel is named, never turned
    into black pixels (or any byte) that the model then classifies."""
    import io

    values = np.zeros((28, 28), np.float32)
    values[10:18, 12:15] = 1.0
    values[3, 4] = values[5, 6] = np.nan
    buffer = io.BytesIO()
    Image.fromarray(values, mode="F").save(buffer, "TIFF")
    with pytest.raises(prepare.PrepareError) as caught:
        prepare.prepare(buffer.getvalue(), prepare.Preparation(kind, shape, fit))
    assert "2 of the image's 784 pixels are not a number (NaN)" in str(caught.value)


def test_a_dataset_import_skips_a_nan_tiff_and_says_why() -> None:
    import io

    values = np.full((28, 28), 0.5, np.float32)
    values[0, 0] = np.inf
    buffer = io.BytesIO()
    Image.fromarray(values, mode="F").save(buffer, "TIFF")
    with pytest.raises(images.UnusableImage) as caught:
        images.decode_image(buffer.getvalue(), images.ImportSettings(size=28, color=False, fit="pad"))
    assert caught.value.key == "preprocess.pixels_not_finite" and caught.value.params == {"n": 1, "total": 784}


def test_the_preparation_of_a_run_follows_its_data(tmp_path: Path) -> None:
    from cnnviz.runs import store as runs
    from tests.inspect_helpers import TINY_ARCH, make_tiny_run

    mnist = make_tiny_run(tmp_path / "runs", epochs=1)
    assert prepare.preparation_for_run(mnist) == prepare.Preparation("mnist", (28, 28, 1))
    clothes = make_tiny_run(tmp_path / "runs", name="clothes", epochs=1, dataset="fashion_mnist")
    assert prepare.preparation_for_run(clothes) == prepare.Preparation("resize", (28, 28, 1))
    info = importing.import_zip(zip_bytes(class_files(n=6)), "grey shapes", tmp_path / "datasets",
                                images.ImportSettings(size=28, fit="crop")).info
    mine = runs.create_run(TINY_ARCH, {"dataset": "user", "data_path": str(info.path), "class_names": ["a", "b"]},
                           "mine", 1, root=tmp_path / "runs")
    assert prepare.preparation_for_run(mine) == prepare.Preparation("user", (28, 28, 1), "crop")


def test_the_last_layer_follows_the_number_of_classes() -> None:
    from cnnviz.arch.presets import PRESETS
    from cnnviz.arch.spec import Architecture, Conv2D, Flatten, GlobalAveragePooling2D
    from cnnviz.models.builder import build_model
    from cnnviz.train.keras_setup import adapt_input_shape, adapt_output_classes, describe_mismatch

    arch = adapt_input_shape(PRESETS["mnist-convnet"].architecture, (32, 32, 3))
    adapted = adapt_output_classes(arch, 3)
    assert describe_mismatch(adapted, (32, 32, 3), 3) is None
    model = build_model(adapted)
    assert model.output_shape == (None, 3) and model.layers[-1].activation.__name__ == "softmax"
    assert adapted.layers[:-1] == arch.layers[:-1]
    no_dense = Architecture((8, 8, 1), (Conv2D(3, (3, 3)), GlobalAveragePooling2D()))
    assert adapt_output_classes(no_dense, 2) is None
    assert adapt_output_classes(Architecture((8, 8, 1), (Flatten(),)), 2) is None
