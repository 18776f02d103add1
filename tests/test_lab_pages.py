"""The Learn pages run without exceptions (through app.py's navigation) and react to their settings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "app.py")


def open_page(page: str, timeout: float = 120) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=timeout)
    at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def texts(at: AppTest) -> str:
    return "\n".join([m.value for m in at.markdown] + [c.value for c in at.code] + [i.value for i in at.info])


def step_texts(at: AppTest) -> list[str]:
    """The multiply-add written under the step-through figure, one per animation frame (they play in the browser)."""
    chart = next(c for c in at.get("plotly_chart") if c.proto.id and "lab_steps_chart" in c.proto.id)
    frames = json.loads(chart.proto.spec)["frames"]
    return [frame["layout"]["annotations"][-1]["text"] for frame in frames]


def errors(at: AppTest) -> str:
    return "\n".join(e.value for e in at.error)


def test_lab_formula_follows_padding_and_stride() -> None:
    at = open_page("pages/learn/lab.py")
    assert "⌊(3 + 2·0 − 2) / 1⌋ + 1 = ⌊1 / 1⌋ + 1 = 2" in texts(at)  # the notes' 3×3 grid, 2×2 kernel, valid
    assert "output shape **(2, 2)**" in texts(at)
    at.radio(key="lab_padding").set_value("full").run()
    assert "⌊(3 + 2·1 − 2) / 1⌋ + 1 = ⌊3 / 1⌋ + 1 = 4" in texts(at)
    assert "output shape **(4, 4)**" in texts(at)
    at.slider(key="lab_stride").set_value(2).run()
    assert "⌊(3 + 2·1 − 2) / 2⌋ + 1 = ⌊3 / 2⌋ + 1 = 2" in texts(at)
    at.radio(key="lab_padding").set_value("same").run()
    assert "⌊(3 + 0 + 1 − 2) / 2⌋ + 1" in texts(at)  # TF's 'same' at stride 2: the odd zero goes after
    assert not at.exception


def test_lab_step_through_writes_out_the_sum() -> None:
    at = open_page("pages/learn/lab.py")
    steps = step_texts(at)
    assert steps[0] == "output[0, 0] = 1·2 + 2·0 + 4·0 + 5·0 = 2"
    assert steps[3] == "output[1, 1] = 5·2 + 6·0 + 8·0 + 9·0 = 10"
    at.slider(key="lab_stride").set_value(2).run()
    assert step_texts(at) == ["output[0, 0] = 1·2 + 2·0 + 4·0 + 5·0 = 2"]  # a 3×3 input, stride 2: one window


def test_lab_convolution_shows_flip_and_even_kernel_conventions() -> None:
    at = open_page("pages/learn/lab.py")
    at.radio(key="lab_operation").set_value("convolve").run()
    assert step_texts(at)[0].endswith("1·0 + 2·0 + 4·0 + 5·2 = 10")  # the flipped kernel [[0, 0], [0, 2]]
    at.radio(key="lab_padding").set_value("same").run()
    assert "conventions disagree" in texts(at)


def test_lab_multichannel_needs_matching_kernel_depth() -> None:
    at = open_page("pages/learn/lab.py")
    at.radio(key="lab_mode").set_value("RGB").run()
    assert not errors(at)
    assert all("per channel" in text for text in step_texts(at))
    at.selectbox(key="lab_depth").set_value(2).run()
    assert "depth is 2 but the input has 3 channels" in errors(at)
    assert not at.exception


def test_lab_bad_sequence_says_which_item() -> None:
    at = open_page("pages/learn/lab.py")
    at.radio(key="lab_mode").set_value("1-D").run()
    assert "output shape **(6,)**" in texts(at)  # 9 numbers, kernel of 4, valid
    at.text_input(key="lab_sequence").set_value("1, 2, x, 4").run()
    assert "item 3 ('x') is not a number" in errors(at)
    at.text_input(key="lab_sequence").set_value("1, 2").run()
    assert "larger than the padded input" in errors(at)
    assert not at.exception


def test_layers_lab_pooling_and_cross_entropy() -> None:
    at = open_page("pages/learn/layers_lab.py")
    assert "⌊(12 + 2·0 − 2) / 2⌋ + 1 = ⌊10 / 2⌋ + 1 = 6" in texts(at)
    at.slider(key="layers_pool_size").set_value(3).run()
    assert "⌊(12 + 2·0 − 3) / 3⌋ + 1 = ⌊9 / 3⌋ + 1 = 4" in texts(at)
    sparse = next(m.value for m in at.markdown if m.value.startswith("**Sparse**"))
    one_hot = next(m.value for m in at.markdown if m.value.startswith("**One-hot**"))
    assert sparse.rsplit("**", 2)[-2] == one_hot.rsplit("**", 2)[-2]  # the same number
    at.selectbox(key="layers_target").set_value(0).run()
    assert next(m.value for m in at.markdown if m.value.startswith("**Sparse**")) != sparse
    assert not at.exception


def test_concepts_page_lists_and_filters() -> None:
    at = open_page("pages/learn/concepts.py")
    titles = [m.value for m in at.markdown if m.value.startswith("## ")]
    assert len(titles) >= 20
    links = {link.proto.label for link in at.get("page_link")}
    assert "Convolution lab: switch between cross-correlation and convolution and see the flipped kernel" in links
    assert "One training step: the limits of each weight and the initial values" in links
    assert "Confusion matrix: click a cell to see the images behind it" in links
    at.text_input(key="concepts_query").set_value("glorot").run()
    titles = [m.value for m in at.markdown if m.value.startswith("## ")]
    assert titles == ["## Glorot (Xavier) initialisation"]
    at.text_input(key="concepts_query").set_value("zzzz").run()
    assert "No concept mentions" in texts(at)


@pytest.mark.slow
def test_training_step_page_steps_and_the_loss_falls() -> None:
    at = open_page("pages/learn/training_step.py", timeout=240)
    assert at.metric[0].value == "0"
    loss_before = float(at.metric[1].value)
    at.button(key="step_button").click().run()
    assert not at.exception, at.exception
    assert at.metric[0].value == "1"
    assert float(at.metric[1].value) < loss_before
    assert "Check: the optimizer's new weights equal w − lr · g" in texts(at)


def test_concept_links_only_target_registered_existing_pages() -> None:
    from pages.learn.teaching import ROOT, registered_pages

    pages = registered_pages()
    assert pages["pages/learn/lab.py"] == "Convolution lab"
    assert pages["pages/learn/concepts.py"] == "Concepts"
    assert all((ROOT / path).exists() for path in pages)


def test_a_tampered_lab_link_keeps_the_defaults_and_says_so() -> None:
    at = AppTest.from_file(APP, default_timeout=120)
    at.switch_page("pages/learn/lab.py")
    at.query_params["lab_stride"] = "9"
    at.query_params["lab_padding"] = "bogus"
    at.run()
    assert not at.exception
    assert at.slider(key="lab_stride").value == 1 and at.radio(key="lab_padding").value == "valid"
    warning = " ".join(w.value for w in at.warning)
    assert "This link asked for settings this page cannot use" in warning
    assert "lab_stride='9'" in warning and "lab_padding='bogus'" in warning


def test_a_good_lab_link_opens_that_convolution_without_a_warning() -> None:
    at = AppTest.from_file(APP, default_timeout=120)
    at.switch_page("pages/learn/lab.py")
    at.query_params["lab_stride"] = "2"
    at.query_params["lab_padding"] = "full"
    at.query_params["lab_operation"] = "convolve"
    at.run()
    assert at.slider(key="lab_stride").value == 2 and at.radio(key="lab_padding").value == "full"
    assert at.radio(key="lab_operation").value == "convolve"
    assert not at.warning


@pytest.mark.parametrize("asked", ["inf", "-inf", "1e400", "nan", "Infinity"])
@pytest.mark.parametrize(("page", "params", "key"), [
    ("pages/learn/lab.py", {"lab_source": "MNIST"}, "lab_digit"),
    ("pages/learn/layers_lab.py", {}, "layers_digit"),
], ids=["lab", "layers_lab"])
def test_a_link_with_an_endless_digit_keeps_the_default_and_says_so(page: str, params: dict, key: str,
                                                                      asked: str) -> None:
    at = AppTest.from_file(APP, default_timeout=120)
    at.switch_page(page)
    for name, value in {**params, key: asked}.items():
        at.query_params[name] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.number_input(key=key).value == 0
    warning = " ".join(w.value for w in at.warning)
    assert "This link asked for settings this page cannot use" in warning and f"{key}='{asked}'" in warning
    assert key not in at.query_params
    at.number_input(key=key).set_value(7).run()  # the input still works (the browser writes it into the URL)
    assert not at.exception and at.number_input(key=key).value == 7


@pytest.mark.parametrize(("page", "mode"), [("pages/learn/lab.py", "1-D"), ("pages/learn/lab.py", "RGB")])
def test_every_text_a_lab_keeps_in_its_address_is_capped(page: str, mode: str) -> None:
    """A text input bound to the URL holds at most URL_TEXT_CHARS characters, so the address stays far below what
    the server accepts (~64 KB: past it a reload gets a bare "Invalid HTTP request") (issue 20, item 21)."""
    from pages.learn.teaching import URL_TEXT_CHARS

    at = open_page(page)
    at.radio(key="lab_mode").set_value(mode).run()
    bound = [box for box in at.text_input if box.key.startswith("lab_")]
    assert bound and all(0 < box.proto.max_chars <= URL_TEXT_CHARS for box in bound), \
        [(box.key, box.proto.max_chars) for box in bound]
    assert 256 * len("-0.125, ") <= URL_TEXT_CHARS  # the longest sequence the lab takes (256 numbers) still fits
