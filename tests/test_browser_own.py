"""Real browser, one journey: a new user uploads a zip of three classes on My data (and a hostile one, refused),
trains a network on it on the Train page (the job runs in a Dask worker), sees the confusion matrix with the class
names, predicts a new photo on Predict; then uploads a Keras model saved elsewhere (and a Lambda model, refused) on
My models and sees its feature maps."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from playwright.sync_api import expect

from tests import model_files
from tests.conftest import SCREENSHOTS, click_the_one, goto_page, wait_for_idle
from tests.shapes_data import SHAPES, encode, shape_image, shapes_zip, zip_bytes
from tests.test_userdata import class_files, png

pytestmark = [pytest.mark.browser, pytest.mark.slow]
PLOT = ".js-plotly-plot"


def shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"own_{name}.png"), full_page=True)


def go(page, title: str) -> None:
    """Through the sidebar, as a user does: the same session (a new page load would start a new one)."""
    page.get_by_test_id("stSidebarNav").get_by_role("link", name=title, exact=True).click()
    wait_for_idle(page)


def choose(page, label: str, option: str) -> None:
    box = page.get_by_role("combobox", name=label, exact=True)
    box.click()
    if not page.get_by_role("option").count():
        box.press("ArrowDown")
    page.get_by_role("option", name=option, exact=True).first.click()
    wait_for_idle(page)


def upload(page, path: Path) -> None:
    page.locator("input[type=file]").first.set_input_files(str(path))
    wait_for_idle(page)


def plots_at_least(page, n: int) -> None:
    page.wait_for_function(f"() => document.querySelectorAll('{PLOT}').length >= {n}", timeout=120_000)
    wait_for_idle(page)


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("own_files")
    photo = shape_image("triangle", np.random.default_rng(11), 120).resize((150, 100))
    paths = {"zip": folder / "shapes.zip", "hostile": folder / "sneaky.zip", "photo": folder / "triangle.png",
             "model": folder / "residual.keras", "lambda": folder / "lambda.keras"}
    paths["zip"].write_bytes(shapes_zip(per_class=60, seed=4))
    paths["hostile"].write_bytes(zip_bytes(class_files() + [("../evil/x.png", png())]))
    paths["photo"].write_bytes(encode(photo, "PNG"))
    model_files.save(model_files.residual_model(seed=3), paths["model"])
    model_files.lambda_model_file(paths["lambda"], folder / "marker")
    return paths


def test_own_images_trained_confused_and_predicted_then_an_own_model_looked_inside(page, app_url: str, files) -> None:
    page.set_viewport_size({"width": 1400, "height": 1100})

    # My data: the zip of three class folders, 32×32 colour
    goto_page(page, app_url, "my_data")
    page.get_by_text("Import a zip", exact=True).click()
    wait_for_idle(page)
    page.get_by_text("Colour (3 channels)", exact=True).click()
    wait_for_idle(page)
    upload(page, files["zip"])
    expect(page.get_by_text(re.compile(r"Chosen: shapes\.zip"))).to_be_visible()
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.get_by_text("Imported shapes: 180 images in 3 classes, each 32×32×3.")).to_be_visible(timeout=60_000)
    plots_at_least(page, 2)  # class counts and the preview of each class
    shot(page, "1_my_data")

    # a hostile zip is refused with its rule; the dataset stays
    page.get_by_text("Import a zip", exact=True).click()
    wait_for_idle(page)
    upload(page, files["hostile"])
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.get_by_text(re.compile(r"sneaky\.zip was not imported.*uses “\.\.” to leave"))).to_be_visible()
    page.get_by_text("My datasets", exact=True).click()
    wait_for_idle(page)
    expect(page.get_by_role("heading", name="shapes", exact=True)).to_be_visible()

    # Train: the dataset is listed beside MNIST; the network is adapted to 32×32×3 and 3 classes
    go(page, "Train")
    choose(page, "Dataset", "My data: shapes (180 images, 3 classes, 32×32×3)")
    page.get_by_text("Adapt the input shape to 32×32×3 and the last layer to 3 classes", exact=True).click()
    wait_for_idle(page)
    box = page.get_by_label("Epochs", exact=True)
    box.fill("8")
    box.press("Enter")
    wait_for_idle(page)
    page.get_by_role("textbox", name="Run name").fill("browser shapes")
    page.get_by_role("button", name="Start training").click()
    expect(page.get_by_text("Run: browser shapes")).to_be_visible(timeout=60_000)
    expect(page.get_by_text("Training finished.")).to_be_visible(timeout=240_000)
    shot(page, "2_train")

    # Confusion matrix with the user's class names
    go(page, "Confusion matrix")
    plots_at_least(page, 1)
    ticks = page.locator(f"{PLOT} .xtick text").all_text_contents()  # SVG text has no innerText
    assert set(SHAPES) <= set(ticks), ticks
    per_class = page.locator("[data-testid='stDataFrame']").filter(visible=True)  # (charts' tables are collapsed)
    expect(per_class).to_contain_text("triangle")
    shot(page, "3_confusion")

    # Predict a new photo with the run just trained
    go(page, "Predict")
    expect(page.get_by_text(re.compile(r"learned your own images.*32×32 pixels")).first).to_be_visible()
    upload(page, files["photo"])
    expect(page.get_by_text("Using triangle.png.")).to_be_visible(timeout=60_000)
    plots_at_least(page, 5)
    prediction = page.locator("[data-testid='stMetricValue']").first.inner_text().strip()
    assert prediction in SHAPES
    assert page.locator(".gtitle").filter(has_text=f"Grad-CAM for “{prediction}”").count() == 1
    shot(page, "4_predict")

    # My models: a Lambda model is refused; a residual model saved elsewhere is accepted and summarised
    go(page, "My models")
    upload(page, files["lambda"])
    page.get_by_role("button", name="Add model").click()
    expect(page.get_by_text(re.compile(r"is a Lambda layer, which stores Python code"))).to_be_visible(
        timeout=60_000)
    upload(page, files["model"])
    page.get_by_role("textbox", name="Class names (optional)").fill("circle, square, triangle")
    page.get_by_role("button", name="Add model").click()
    expect(page.get_by_text("Added the model residual.")).to_be_visible(timeout=60_000)
    table = page.locator("[data-testid='stTable']")
    expect(table).to_contain_text("add")
    expect(table).to_contain_text("c1, c2")
    shot(page, "5_models")

    # ... and its feature maps, on an uploaded photo (an uploaded model has no dataset). Until the rerun after
    # "Add model" ends, Streamlit can still show the previous run's elements beside the new ones: wait for it.
    wait_for_idle(page)
    click_the_one(page.get_by_role("button", name="Feature maps", exact=True))
    wait_for_idle(page)
    expect(page.get_by_role("heading", name="Feature maps")).to_be_visible()
    expect(page.get_by_text("An uploaded model comes without its dataset", exact=False)).to_be_visible()
    upload(page, files["photo"])
    plots_at_least(page, 3 + 5)  # input, top-k, Grad-CAM, then c1, c2, add, pool, c3
    body = page.inner_text("body")
    assert "c1 (Conv2D): output 16×16×4" in body and "add (Add): output 16×16×4" in body
    shot(page, "6_feature_maps")
