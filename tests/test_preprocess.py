"""MNIST-style preprocessing of drawings and uploads (cnnviz.data.preprocess)."""

from __future__ import annotations

import io
import subprocess
import sys

import numpy as np
import pytest
from PIL import Image, ImageDraw

from cnnviz.data.preprocess import ImageError, centre_of_mass, load_image, to_mnist, to_model_input

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
    code = "import sys, cnnviz.data.preprocess, cnnviz.inspect.predict; print('tensorflow' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def photo_of_paper_on_a_table(angle: float = 0.0) -> tuple[Image.Image, tuple[int, int]]:
    """A 600×800 photo: a grey table, a white 422×615 sheet (turned by `angle` degrees) and a dark 7 on it.
    Returns the photo and the 7's (height, width) in pixels."""
    rng = np.random.default_rng(1)
    table = (90 + rng.normal(0, 6, (800, 600))).clip(0, 255).astype(np.uint8)
    photo = Image.fromarray(table, "L").convert("RGB")
    sheet = Image.new("L", (422, 615), 0)
    ImageDraw.Draw(sheet).rectangle([0, 0, 421, 614], fill=255)
    sheet = sheet.rotate(angle, expand=True, fillcolor=0)
    paper = Image.new("RGB", sheet.size, (236, 233, 226))
    photo.paste(paper, ((600 - sheet.width) // 2, (800 - sheet.height) // 2), sheet)
    pen = ImageDraw.Draw(photo)
    pen.line([(240, 300), (370, 300), (300, 520)], fill=(25, 25, 35), width=14)
    return photo, (520 - 300 + 14, 370 - 240 + 14)


@pytest.mark.parametrize("angle", [0.0, 7.0])
def test_a_photo_is_cropped_to_the_ink_not_to_the_sheet_of_paper(angle):
    photo, (digit_h, digit_w) = photo_of_paper_on_a_table(angle)
    result = to_mnist(photo)
    assert result.inverted
    assert any(title.startswith("The sheet of paper") for title, _ in result.steps)
    crop_title, crop = next((title, image) for title, image in result.steps if title.startswith("Cropped"))
    # Once the crop was the paper ("Cropped to the ink (422×615)"); now it is the 7, give or take its anti-aliasing.
    assert abs(crop.shape[0] - digit_h) <= 6 and abs(crop.shape[1] - digit_w) <= 6, crop_title
    assert_mnist_like(result)


def test_a_page_filling_the_frame_and_a_drawing_are_not_taken_for_a_sheet():
    light_paper = canvas_drawing(small_seven_top_left, "RGB", ink=(20, 20, 30), paper=(235, 230, 220))
    assert not any(title.startswith("The sheet") for title, _ in to_mnist(light_paper).steps)
    zero = canvas_drawing(lambda pen, c: pen.ellipse([60, 40, 220, 240], outline=c, width=40))
    assert not any(title.startswith("The sheet") for title, _ in to_mnist(zero, invert=False).steps)


def png_header(width: int, height: int) -> bytes:
    """A PNG that declares a size but holds no pixels: enough for a decoder to read the size, and refuse it."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IEND", b""))


@pytest.mark.parametrize(("width", "height"), [(30_000_000, 1), (8000, 6000), (20_000, 20_000)])
def test_oversized_images_are_refused_as_too_large_naming_the_limit(width, height):
    with pytest.raises(ImageError) as error:
        load_image(png_header(width, height))
    assert "too large" in str(error.value) and "40,000,000 pixels" in str(error.value)
    assert "damaged" not in str(error.value)


def test_a_big_photo_is_shrunk_before_any_float_work():
    big = Image.new("RGB", (4000, 3000), (200, 200, 200))
    buffer = io.BytesIO()
    big.save(buffer, "JPEG")
    image = load_image(buffer.getvalue())
    assert image.size == (1024, 768)


def test_an_image_without_ink_is_reported_empty():
    from cnnviz.data.preprocess import EMPTY_IMAGE
    from cnnviz.inspect.predict import predict_image

    for blank in (Image.new("RGBA", (50, 50), (0, 0, 0, 0)), Image.new("L", (50, 50), 0),
                  Image.new("RGB", (50, 50), (255, 255, 255))):
        assert to_mnist(blank).empty

    class NoModel:
        input_shape = (28, 28, 1)
        class_names = tuple(str(d) for d in range(10))

    with pytest.raises(ImageError, match="no ink found"):
        predict_image(NoModel(), Image.new("L", (50, 50), 0))
    assert "no ink found" in EMPTY_IMAGE


# ---- one image reader: EXIF rotation and float pixels (issue 20, item 21) ----------------------------------------

EXIF_ORIENTATION = 0x0112


def rotated_with_exif(upright: Image.Image, fmt: str = "PNG") -> bytes:
    """The file a phone writes: pixels stored turned 90° anticlockwise, EXIF orientation 6 ("turn clockwise to
    show")."""
    exif = Image.Exif()
    exif[EXIF_ORIENTATION] = 6
    buffer = io.BytesIO()
    upright.transpose(Image.Transpose.ROTATE_90).save(buffer, fmt, exif=exif)
    return buffer.getvalue()


def tall_seven() -> Image.Image:
    return canvas_drawing(small_seven_top_left, mode="L").crop((0, 0, 140, 280))


def test_load_image_turns_a_photo_upright_as_the_dataset_import_does() -> None:
    from cnnviz.data.images import ImportSettings, decode_image

    upright = tall_seven()
    data = rotated_with_exif(upright)
    loaded = load_image(data)
    assert loaded.size == upright.size == (140, 280)
    assert np.array_equal(np.asarray(loaded.convert("L")), np.asarray(upright))
    buffer = io.BytesIO()
    upright.save(buffer, "PNG")
    settings = ImportSettings(size=28, color=False, fit="pad")
    assert np.array_equal(decode_image(data, settings)[0], decode_image(buffer.getvalue(), settings)[0])


def test_the_digit_steps_of_a_rotated_photo_are_those_of_the_upright_one() -> None:
    upright = tall_seven()
    turned = to_mnist(load_image(rotated_with_exif(upright)), invert=False)
    direct = to_mnist(upright, invert=False)
    assert np.allclose(turned.image, direct.image)


def test_a_float_tiff_with_a_nan_pixel_says_so() -> None:
    values = np.zeros((28, 28), np.float32)
    values[10:18, 12:15] = 1.0
    values[3, 4] = np.nan
    buffer = io.BytesIO()
    Image.fromarray(values, mode="F").save(buffer, "TIFF")
    with pytest.raises(ImageError) as caught:
        to_mnist(load_image(buffer.getvalue()))
    assert "not a number" in str(caught.value) and "no ink" not in str(caught.value)
