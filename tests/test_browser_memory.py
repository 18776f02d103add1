"""Real browser: My models → Add model refuses a .keras file whose configuration asks for a layer its weights file
does not hold, saying which layer, before Keras builds it in the server's inference worker (issue 20, item 16)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests import model_files
from tests.conftest import goto_page, own_data_dirs, wait_for_idle
from tests.test_memory_guard import with_units

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_my_models_refuses_a_file_whose_config_asks_for_a_huge_layer(page, app_url: str, runs_dir: Path,
                                                                       tmp_path: Path) -> None:
    saved = model_files.save(model_files.residual_model(), tmp_path / "residual.keras")
    tampered = model_files.rewritten(saved, tmp_path / "tampered.keras", with_units(200_000))
    goto_page(page, app_url, "models")
    page.locator("input[type=file]").first.set_input_files(str(tampered))
    wait_for_idle(page)
    page.get_by_role("button", name="Add model").click()
    refusal = page.get_by_text(re.compile(r"tampered\.keras cannot be loaded: its configuration asks for 1,400,482 "
                                          r"parameters .* The largest layers \(parameters\): scores \(Dense\) "
                                          r"1,400,000;"))
    expect(refusal).to_be_visible(timeout=90_000)
    models_dir = own_data_dirs(runs_dir)[1]
    assert not any(folder.name.startswith("tampered") for folder in models_dir.glob("*"))  # nothing was stored
