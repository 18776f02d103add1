"""Every page on a projector (1024×768) and on a full-HD screen (1920×1080): no metric cut to "333,…", no select
box showing a letter, no label broken inside a word, no table wider than its frame, nothing scrolling sideways,
and not one request leaving the machine (a classroom may be offline), in English and in Korean. Screenshots go to
tests/screenshots/ for a person to look at."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.conftest import SCREENSHOTS, own_data_dirs, wait_for_idle
from tests.inspect_helpers import make_tiny_run
from tests.layout import full_height_screenshot, layout_problems

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PAGES = ("", "build", "train", "runs", "compare", "feature_maps", "kernels", "confusion", "explain", "filters",
         "adversarial", "draw", "predict", "lab", "layers_lab", "training_step", "concepts", "my_data", "models")
SIZES = ((1024, 768), (1920, 1080))
LANGUAGES = ("en", "ko")


@pytest.fixture(scope="module")
def clothes_run(runs_dir: Path) -> Path:
    """A run that names Fashion-MNIST's long class names ("T-shirt/top", "Ankle boot") for the confusion matrix."""
    return make_tiny_run(runs_dir, name="layout run on clothes", dataset="fashion_mnist")


@pytest.fixture(scope="module")
def own_data(runs_dir: Path) -> None:
    """A colour dataset with a long name on My data and a residual model on My models."""
    from cnnviz.data import images, importing
    from cnnviz.models import modelfile
    from tests import model_files
    from tests.shapes_data import SHAPES, shapes_zip

    datasets_dir, models_dir = own_data_dirs(runs_dir)
    importing.import_zip(shapes_zip(per_class=12, seed=9), "layout shapes photographed on the desk", datasets_dir,
                         images.ImportSettings(size=32, color=True))
    model = model_files.save(model_files.residual_model(), runs_dir.with_name("layout-residual.keras"))
    modelfile.store_model_file(model.read_bytes(), "residual network from the notebook.keras", models_dir,
                               class_names=SHAPES)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("width", "height"), SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_page_is_readable_and_stays_offline(browser, app_url: str, clothes_run: Path, own_data, width: int,
                                                  height: int, language: str) -> None:
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.set_default_timeout(90_000)
    outside: list[str] = []
    page.on("request", lambda request: outside.append(request.url)
            if urlparse(request.url).hostname not in ("127.0.0.1", "localhost") and
            urlparse(request.url).scheme in ("http", "https", "ws", "wss") else None)
    problems: dict[str, list[str]] = {}
    SCREENSHOTS.mkdir(exist_ok=True)
    try:
        for name in PAGES:
            page.goto(f"{app_url}/{name}?lang={language}")
            wait_for_idle(page, timeout=90_000)
            page.wait_for_timeout(300)  # plotly lays out after the script run ends
            found = layout_problems(page)
            if found:
                problems[name or "home"] = found
            full_height_screenshot(page, str(SCREENSHOTS / f"layout_{language}_{name or 'home'}_{width}.png"))
    finally:
        context.close()
    assert problems == {}
    assert outside == []
