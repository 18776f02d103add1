"""MNIST-style preprocessing of drawings and uploads (cnnviz.preprocess)."""

from __future__ import annotations

import io
import subprocess
import sys

import numpy as np
import pytest
from PIL import Image, ImageDraw

from cnnviz.preprocess import ImageError, centre_of_mass, load_image, to_mnist, to_model_input

CANVAS = 280


def canvas_drawing(draw_strokes, mode: str = "RGBA", ink=(255, 255, 255), paper=(0, 0, 0)) -> Image.Image:
    """A drawing as the canvas returns it: white strokes on an opaque black 280×280 background."""
    colour = {"RGBA": (*paper, 255), "RGB": paper, "L": paper[0]}[mode]
    image = Image.new(mode, (CANVAS, CANVAS), colour)
    pen = ImageDraw.Draw(image)
    ink_colour = {"RGBA": (*ink, 255), "RGB": ink, "L": ink[0]}[mode]
    draw_strokes(pen, ink_colour)
    return image


def small_seven_top_left(pen: ImageDraw.ImageDraw, colour) -> None:
    pen.line([(20, 20), (80, 20), (45, 110)], fill=colour, width=8)


def ink_box(image: np.ndarray, threshold: float = 0.2) -> tuple[int, int]:
    rows, cols = np.nonzero(image > threshold)
    return rows.max() - rows.min() + 1, cols.max() - cols.min() + 1


def assert_mnist_like(result) -> None:
    assert not result.empty
    image = result.image[..., 0]
    assert result.image.shape == (28, 28, 1) and result.image.dtype == np.float32
    assert image.min() >= 0.0 and image.max() <= 1.0 and image.max() > 0.9
    row, col = centre_of_mass(image)
    assert abs(row - 14) <= 1.0 and abs(col - 14) <= 1.0, (row, col)
    height, width = ink_box(image)
    assert max(height, width) in (19, 20, 21), (height, width)


def test_small_off_centre_digit_is_centred_and_scaled_to_20_px():
    drawing = canvas_drawing(small_seven_top_left)
    raw = np.asarray(drawing.convert("L"), dtype=np.float32) / 255
    assert centre_of_mass(raw)[0] < 80  # really off-centre and small before
    result = to_mnist(drawing)
    assert_mnist_like(result)
    height, width = ink_box(result.image[..., 0])
    assert height > width  # the aspect ratio (a tall 7) is kept
    assert [title for title, _ in result.steps][-1].startswith("Centred by mass")
    assert len(result.steps) >= 5


def test_wide_digit_keeps_aspect_ratio_with_width_20():
    result = to_mnist(canvas_drawing(lambda pen, c: pen.line([(200, 200), (270, 200)], fill=c, width=10)))
    height, width = ink_box(result.image[..., 0])
    assert width in (19, 20, 21) and height <= 5


@pytest.mark.parametrize("mode", ["RGBA", "RGB", "L"])
def test_pil_modes_give_the_same_result(mode):
    reference = to_mnist(canvas_drawing(small_seven_top_left, "RGBA")).image
    result = to_mnist(canvas_drawing(small_seven_top_left, mode))
    assert_mnist_like(result)
    np.testing.assert_allclose(result.image, reference, atol=1e-5)


def test_palette_and_16_bit_images():
    drawing = canvas_drawing(small_seven_top_left, "L")
    reference = to_mnist(drawing).image
    palette = to_mnist(drawing.convert("P"))
    sixteen = to_mnist(Image.fromarray(np.asarray(drawing, dtype=np.uint16) * 257))
    assert sixteen.steps[0][1].max() == pytest.approx(1.0)
    for result in (palette, sixteen):
        assert_mnist_like(result)
        np.testing.assert_allclose(result.image, reference, atol=1e-3)


def test_numpy_arrays_uint8_and_float():
    drawing = np.asarray(canvas_drawing(small_seven_top_left, "RGBA"))
    assert_mnist_like(to_mnist(drawing))
    assert_mnist_like(to_mnist(drawing[..., 0].astype(np.float32) / 255))
    assert_mnist_like(to_mnist(drawing[..., :1]))


def test_strokes_on_transparent_background_count_as_ink_whatever_their_colour():
    image = Image.new("RGBA", (CANVAS, CANVAS), (0, 0, 0, 0))
    ImageDraw.Draw(image).line([(140, 30), (140, 250)], fill=(0, 0, 0, 255), width=14)
    result = to_mnist(image)
    assert_mnist_like(result)
    assert not result.inverted


@pytest.mark.parametrize("mode", ["RGBA", "RGB", "L", "P"])
def test_empty_canvas_is_empty(mode):
    image = Image.new(mode, (CANVAS, CANVAS), 0)
    result = to_mnist(image)
    assert result.empty
    assert not result.image.any()


def test_faint_noise_is_empty_but_a_faint_stroke_is_not():
    rng = np.random.default_rng(0)
    noise = (rng.random((CANVAS, CANVAS)) * 0.05).astype(np.float32)
    assert to_mnist(noise).empty
    stroke = noise.copy()
    stroke[40:240, 130:145] += 0.4
    assert_mnist_like(to_mnist(stroke))


def test_dark_on_light_photo_is_inverted_automatically_or_when_asked():
    light_paper = canvas_drawing(small_seven_top_left, "RGB", ink=(20, 20, 30), paper=(235, 230, 220))
    reference = to_mnist(canvas_drawing(small_seven_top_left, "RGB")).image
    auto = to_mnist(light_paper)
    assert auto.inverted
    assert_mnist_like(auto)
    np.testing.assert_allclose(auto.image, reference, atol=0.05)
    forced = to_mnist(light_paper, invert=True)
    np.testing.assert_array_equal(forced.image, auto.image)
    not_inverted = to_mnist(light_paper, invert=False)  # the paper is taken for ink: nothing like a digit
    assert not_inverted.empty or ink_box(not_inverted.image[..., 0])[0] != ink_box(auto.image[..., 0])[0]


def test_light_on_dark_is_not_inverted_by_auto():
    assert not to_mnist(canvas_drawing(small_seven_top_left)).inverted


def test_real_mnist_digit_survives_the_round_trip():
    """An MNIST digit, enlarged like a canvas drawing, comes back close to the original."""
    sample = np.load("cnnviz/assets/mnist_sample.npz")
    digit = sample["images"][0].astype(np.float32) / 255
    big = np.asarray(Image.fromarray(digit, mode="F").resize((CANVAS, CANVAS), Image.Resampling.BILINEAR))
    result = to_mnist(big).image[..., 0]
    assert np.corrcoef(result.ravel(), digit.ravel())[0, 1] > 0.8


def test_load_image_reads_png_bytes():
    buffer = io.BytesIO()
    canvas_drawing(small_seven_top_left).save(buffer, format="PNG")
    assert_mnist_like(to_mnist(load_image(buffer.getvalue())))


@pytest.mark.parametrize("data", [b"", b"not an image at all", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40])
def test_corrupt_bytes_raise_image_error(data):
    with pytest.raises(ImageError):
        load_image(data)


def test_truncated_png_raises_image_error():
    buffer = io.BytesIO()
    canvas_drawing(small_seven_top_left).save(buffer, format="PNG")
    with pytest.raises(ImageError, match="not a readable image"):
        load_image(buffer.getvalue()[:200])


@pytest.mark.parametrize("shape", [(10,), (4, 4, 2), (0, 5)])
def test_bad_arrays_raise_image_error(shape):
    with pytest.raises(ImageError):
        to_mnist(np.zeros(shape))


@pytest.mark.parametrize("shape", [(28, 28, 1), (32, 32, 3), (64, 48, 1)])
def test_to_model_input_any_shape(shape):
    image = canvas_drawing(small_seven_top_left)
    result = to_model_input(image, shape)
    assert result.shape == shape and result.dtype == np.float32
    assert result.min() >= 0.0 and result.max() <= 1.0 and result.max() > 0.5


def test_to_model_input_grey_to_rgb_and_invert():
    grey = np.full((50, 50), 0.25, dtype=np.float32)
    rgb = to_model_input(grey, (32, 32, 3))
    np.testing.assert_allclose(rgb, 0.25, atol=1e-5)
    np.testing.assert_allclose(to_model_input(grey, (32, 32, 3), invert=True), 0.75, atol=1e-5)
    with pytest.raises(ImageError):
        to_model_input(grey, (32, 32, 2))


def test_importing_preprocess_does_not_import_tensorflow():
    code = "import sys, cnnviz.preprocess, cnnviz.predict; print('tensorflow' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
