"""Draw page without a mouse: the "Pick an example" source shows the network a real handwritten digit from the
bundled MNIST sample and predicts it like a drawing."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from streamlit.testing.v1 import AppTest

from pages.play.drawing import example_count, example_digit

ROOT = Path(__file__).resolve().parent.parent
PAGE = str(ROOT / "pages" / "play" / "draw.py")


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def test_the_examples_are_real_digits_of_the_bundled_sample() -> None:
    archive = np.load(ROOT / "cnnviz" / "assets" / "mnist_sample.npz")
    images, labels = archive["images"], archive["labels"]
    assert example_count() == min(np.bincount(labels)) > 100
    seven = example_digit(7, 3)
    assert seven.shape == (28, 28) and seven.dtype == np.float32 and 0.99 < seven.max() <= 1.0
    assert np.allclose(seven, images[labels == 7][2] / 255.0, atol=1e-6)
    assert not np.array_equal(seven, example_digit(7, 4))


def test_a_chosen_example_digit_is_predicted() -> None:
    at = AppTest.from_file(PAGE, default_timeout=120).run()
    assert not at.exception
    assert not any(m.label == "Prediction" for m in at.metric)  # nothing drawn yet: no prediction
    at.radio(key="draw_source").set_value("example").run()
    assert not at.exception
    assert at.selectbox(key="draw_example_digit").help and at.number_input(key="draw_example_number").help
    assert metric(at, "Prediction") == "0"  # the first 0 of the sample
    assert "A handwritten 0 from the MNIST sample, number 1 of 500." in [c.value for c in at.caption]
    at.selectbox(key="draw_example_digit").set_value(7).run()
    at.number_input(key="draw_example_number").set_value(3).run()
    assert not at.exception
    assert metric(at, "Prediction") == "7"
    assert "A handwritten 7 from the MNIST sample, number 3 of 500." in [c.value for c in at.caption]
