"""Look-inside pages run headless with Streamlit's AppTest, on an empty runs folder and on a real tiny run."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import as_read
from tests.inspect_helpers import make_tiny_run

PAGES = ("pages/look/feature_maps.py", "pages/look/kernels.py", "pages/look/confusion.py")
TIMEOUT = 120
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def run_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("inspect_runs")
    run_dir = make_tiny_run(root, save_initial=True)
    return root, run_dir


def _run(page: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / page), default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _charts(at: AppTest) -> list:
    return list(at.get("plotly_chart"))


@pytest.mark.parametrize("page", PAGES)
def test_without_runs_the_page_says_to_train_first(page, tmp_path, monkeypatch):
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(tmp_path / "no-runs-here"))
    at = _run(page)
    assert any("no trained run" in info.value for info in at.info)
    assert _charts(at) == []


@pytest.mark.slow
def test_feature_maps_page_shows_input_predictions_grad_cam_and_every_map(run_root, monkeypatch):
    root, _ = run_root
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(root))
    at = _run("pages/look/feature_maps.py")
    assert "true class" in " ".join(c.value for c in at.caption)
    keys = {chart.proto.id for chart in _charts(at)}
    assert len(_charts(at)) == 3 + 4 + 2  # input, top-k, Grad-CAM + conv, pool, conv, pool + a unit and its field
    assert keys  # every chart rendered with an id
    labels = [as_read(e.label) for e in at.expander]  # each image chart says what it shows (issue 23: alt text)
    cam_class = next(box for box in at.selectbox if box.label == "Grad-CAM for class").value
    assert f"About this chart: Grad-CAM for {cam_class}" in labels
    assert "About this chart: feature maps of layer conv2d, 4 filters" in labels, labels
    assert "About this chart: feature maps of layer conv2d_1, 8 filters" in labels
    at.selectbox(key="fm_layer").set_value("flatten").run()
    assert not at.exception
    assert len(_charts(at)) == 4 + 2
    for index in (7, 8):  # Grad-CAM starts on the predicted class of each new image
        at.number_input(key="fm_index").set_value(index).run()
        assert f"#{index}" in " ".join(c.value for c in at.caption)
        cam_class = next(box for box in at.selectbox if box.label == "Grad-CAM for class")
        assert any(md.value.startswith(f"Predicted **{cam_class.value}**") for md in at.markdown)


@pytest.mark.slow
def test_kernels_page_uses_the_saved_initial_weights(run_root, monkeypatch):
    root, _ = run_root
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(root))
    at = _run("pages/look/kernels.py")
    assert len(_charts(at)) == 3  # trained grid, initial grid, histograms
    assert any("exact weights this run started from" in c.value for c in at.caption)
    at.selectbox(key="k_layer").set_value("conv2d_1").run()
    assert not at.exception
    assert at.selectbox(key="k_channel").options == [f"channel {i}" for i in range(4)]


@pytest.mark.slow
def test_kernels_page_without_saved_initial_weights_says_it_is_a_fresh_initialisation(tmp_path, monkeypatch):
    run_dir = make_tiny_run(tmp_path, epochs=1)
    assert not (run_dir / "initial.weights.h5").exists()
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(tmp_path))
    at = _run("pages/look/kernels.py")
    assert any("fresh initialisation of the same layer" in c.value for c in at.caption)


@pytest.mark.slow
def test_confusion_page_matches_a_direct_computation_and_lists_a_cells_images(run_root, monkeypatch):
    import keras

    from cnnviz.data.datasets import load_mnist_sample

    root, run_dir = run_root
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(root))
    at = _run("pages/look/confusion.py")
    dataset = load_mnist_sample()
    predicted = keras.models.load_model(run_dir / "final.keras").predict(dataset.x_test, verbose=0).argmax(1)
    accuracy = np.mean(predicted == dataset.y_test)
    assert at.metric[0].value == f"{accuracy:.2%}"
    assert (run_dir / "predictions_final_test.npz").exists()
    assert len(_charts(at)) == 2  # matrix and the default cell's gallery
    at.selectbox(key=f"cm_true_{run_dir.name}").set_value(3)
    at.selectbox(key=f"cm_pred_{run_dir.name}").set_value(3).run()
    correct_threes = int(np.sum((dataset.y_test == 3) & (predicted == 3)))
    assert any(f"**{correct_threes:,}** correct images" in md.value for md in at.markdown)
    inspect_buttons = [b for b in at.button if b.key.startswith("cm_open_")]
    assert len(inspect_buttons) == min(18, correct_threes)


@pytest.mark.slow
def test_confusion_page_sends_an_image_to_the_feature_map_page(run_root, monkeypatch):
    root, _ = run_root
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(root))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.run()
    at.switch_page("pages/look/confusion.py").run()
    assert not at.exception
    button = next(b for b in at.button if b.key.startswith("cm_open_"))
    index = int(button.label.split("#")[1])
    button.click().run()
    assert not at.exception
    assert at.title[0].value == "Feature maps"
    assert at.number_input(key="fm_index").value == index
    assert f"test image #{index:,}" in " ".join(c.value for c in at.caption)


@pytest.mark.slow
@pytest.mark.parametrize("page", PAGES)
def test_a_damaged_model_file_gets_a_message_not_a_traceback(page, tmp_path, monkeypatch):
    import zipfile

    run_dir = make_tiny_run(tmp_path, name="cut short")
    (run_dir / "final.keras").write_bytes(b"PK\x03\x04 cut short by a kill")  # not even a zip archive
    if (run_dir / "best.keras").exists():
        (run_dir / "best.keras").unlink()
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(tmp_path))
    at = _run(page)
    warning = " ".join(w.value for w in at.warning)
    assert "Cannot load the model of these runs" in warning and "cut short (final.keras)" in warning
    assert _charts(at) == []

    with zipfile.ZipFile(run_dir / "final.keras", "w") as archive:  # a zip, but no Keras model inside
        archive.writestr("hello.txt", "not a model")
    at = _run(page)
    assert any("Cannot load the model of this run" in error.value for error in at.error)
    assert _charts(at) == []


@pytest.mark.slow
def test_a_drawn_digit_is_refused_by_a_network_that_learned_clothes(tmp_path, monkeypatch):
    # Once: "Last drawing" offered to a Fashion-MNIST run, which answered "Predicted Shirt" without a word.
    make_tiny_run(tmp_path, name="clothes", dataset="fashion_mnist")
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(tmp_path))
    at = AppTest.from_file(str(ROOT / "pages/look/feature_maps.py"), default_timeout=TIMEOUT)
    at.session_state["draw_last_drawing"] = np.ones((28, 28, 1), np.float32) * 0.5
    at.run()
    at.radio(key="fm_source").set_value("drawing").run()  # the option value is an id; its label "Last drawing"
    assert not at.exception
    assert any("handwritten digit, but this network learned fashion" in w.value for w in at.warning)
    assert not any(md.value.startswith("Predicted") for md in at.markdown)
    assert _charts(at) == []


@pytest.mark.slow
def test_each_run_keeps_its_own_confusion_cell(tmp_path, monkeypatch):
    # Once: after switching runs the page kept the last run's classes ("0 mistaken images: true Dress, ...").
    first = make_tiny_run(tmp_path, name="first", epochs=1)
    second = make_tiny_run(tmp_path, name="second", epochs=2)
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(tmp_path))
    at = AppTest.from_file(str(ROOT / "pages/look/confusion.py"), default_timeout=TIMEOUT)
    at.run()
    at.selectbox(key="cm_run").set_value(str(first)).run()
    at.selectbox(key=f"cm_true_{first.name}").set_value(2)
    at.selectbox(key=f"cm_pred_{first.name}").set_value(7).run()
    at.selectbox(key="cm_run").set_value(str(second)).run()
    assert not at.exception
    true_class = at.selectbox(key=f"cm_true_{second.name}").value
    pred_class = at.selectbox(key=f"cm_pred_{second.name}").value
    gallery_text = next(md.value for md in at.markdown if "images: true" in md.value)
    count = int(gallery_text.split("**")[1].replace(",", ""))
    assert true_class != pred_class and count > 0  # the second run's own worst mistake, never an empty stale cell
    at.selectbox(key="cm_run").set_value(str(first)).run()
    assert (at.selectbox(key=f"cm_true_{first.name}").value, at.selectbox(key=f"cm_pred_{first.name}").value) == (2, 7)
