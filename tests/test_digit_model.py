"""The digit model bundled with cnnviz: small, loads, and really reads digits it never trained on."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from PIL import Image, ImageDraw

from cnnviz.arch.shapes import layer_names, summarize
from cnnviz.arch.spec import Architecture
from cnnviz.data.datasets import load_mnist_sample
from cnnviz.data.preprocess import to_mnist
from cnnviz.inspect.predict import (
    Predictor,
    default_architecture_path,
    default_model_path,
    default_training_record_path,
)

MAX_BYTES = 2 * 1024 * 1024


@pytest.fixture(scope="module")
def predictor() -> Predictor:
    return Predictor.default()


def test_model_file_is_small():
    assert default_model_path().stat().st_size < MAX_BYTES


def test_held_out_accuracy_is_at_least_97_percent(predictor):
    sample = load_mnist_sample()
    assert len(sample.x_test) == 1000
    predicted = predictor.probabilities(sample.x_test).argmax(axis=1)
    accuracy = float((predicted == sample.y_test).mean())
    assert accuracy >= 0.97, accuracy


def test_architecture_file_matches_the_model(predictor):
    arch = Architecture.from_json(default_architecture_path().read_text(encoding="utf-8"))
    assert predictor.input_shape == arch.input_shape == (28, 28, 1)
    assert predictor.model.count_params() == summarize(arch).total_params
    names = [layer.name for layer in predictor.model.layers]
    assert names == layer_names(arch)


def test_training_record_describes_the_run():
    record = json.loads(default_training_record_path().read_text(encoding="utf-8"))
    assert record["held_out_accuracy"] >= 0.97
    assert "sample" in record["data"].lower()
    for key in ("epochs_run", "augmentation", "date", "script_version", "split"):
        assert key in record


def test_compiled_call_matches_keras_predict(predictor):
    images = load_mnist_sample().x_test[:16]
    fast = predictor.probabilities(images)
    reference = predictor.model.predict(images, verbose=0)
    np.testing.assert_allclose(fast, reference, atol=1e-5)
    np.testing.assert_allclose(predictor.probabilities(images[0]), reference[0], atol=1e-5)
    np.testing.assert_allclose(fast.sum(axis=1), 1.0, atol=1e-5)


def test_wrong_input_shape_is_refused(predictor):
    with pytest.raises(ValueError, match="expects images of shape"):
        predictor.probabilities(np.zeros((32, 32, 3), dtype=np.float32))


def arc(cx: float, cy: float, rx: float, ry: float, start: float, end: float, n: int = 30) -> list[tuple[float, float]]:
    return [(cx + rx * math.cos(math.radians(start + (end - start) * i / n)),
             cy + ry * math.sin(math.radians(start + (end - start) * i / n))) for i in range(n + 1)]


# Each digit as pen strokes on the 280×280 canvas, drawn the way people draw them with a mouse.
STROKES = {
    0: [arc(140, 140, 60, 95, 0, 360)],
    1: [[(140, 40), (140, 240)]],
    2: [arc(140, 90, 55, 50, 200, 360) + [(190, 110), (90, 240), (200, 240)]],
    3: [arc(135, 90, 55, 50, 210, 450), arc(135, 190, 60, 55, 270, 510)],
    4: [[(170, 40), (80, 170), (210, 170)], [(170, 90), (170, 250)]],
    5: [[(200, 45), (100, 45), (95, 130)], arc(135, 175, 65, 60, 230, 495)],
    6: [[(180, 40), (110, 120)] + arc(140, 180, 55, 55, 200, 560)],
    7: [[(80, 50), (200, 50), (120, 240)]],
    8: [arc(140, 90, 45, 45, 90, 450), arc(140, 190, 55, 50, -90, 270)],
    9: [arc(140, 95, 50, 50, 0, 360), [(190, 95), (180, 250)]],
}


def draw(strokes, width: int) -> np.ndarray:
    image = Image.new("RGBA", (280, 280), (0, 0, 0, 255))
    pen = ImageDraw.Draw(image)
    for stroke in strokes:
        pen.line(stroke, fill=(255, 255, 255, 255), width=width, joint="curve")
    return np.asarray(image)


def test_mouse_drawn_digits_are_recognised_at_several_pen_widths(predictor):
    """The point of the augmentation: clean, uniform strokes unlike MNIST's scans are still read right."""
    results = {(digit, width): int(np.argmax(predictor.probabilities(to_mnist(draw(strokes, width)).image)))
               for digit, strokes in STROKES.items() for width in (12, 20, 30)}
    wrong = {key: got for key, got in results.items() if got != key[0]}
    assert len(wrong) <= 2, f"(digit, pen width) -> predicted: {wrong}"
    assert not {key: got for key, got in wrong.items() if key[1] == 20}, wrong  # the page's default pen
