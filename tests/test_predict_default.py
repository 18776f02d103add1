"""Predict, before the user chooses a model, opens on one meant for photos like theirs and says which it is
(issue 19 item 4: with a Fashion-MNIST run the newest, a photographed digit first read "Bag 29%")."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from cnnviz.i18n import t
from tests.inspect_helpers import make_tiny_run

ROOT = Path(__file__).resolve().parent.parent
PAGE = str(ROOT / "pages" / "play" / "predict.py")


@pytest.fixture
def runs_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(tmp_path / "runs"))
    monkeypatch.setenv("CNNVIZ_MODELS_DIR", str(tmp_path / "models"))
    return tmp_path / "runs"


def predict_page(session: dict | None = None) -> AppTest:
    at = AppTest.from_file(PAGE, default_timeout=120)
    for key, value in (session or {}).items():
        at.session_state[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def captions(at: AppTest) -> str:
    """The captions as read (Markdown's escapes of what a user or a file named removed)."""
    return " ".join(caption.value for caption in at.caption).replace("\\", "")


@pytest.mark.slow
def test_a_digit_run_is_preferred_to_a_newer_clothing_run(runs_root: Path) -> None:
    digits = make_tiny_run(runs_root, name="digit run", dataset="mnist")
    clothes = make_tiny_run(runs_root, name="clothing run", dataset="fashion_mnist")  # the newest
    at = predict_page()
    assert at.selectbox(key="pr_run").value == str(digits)
    assert "Answers come from **digit run**, which tells apart: 0, 1, 2, 3, …" in captions(at)
    chosen = predict_page({"current_run": str(clothes)})  # chosen on another page: that choice holds
    assert chosen.selectbox(key="pr_run").value == str(clothes)
    assert "Answers come from **clothing run**, which tells apart: T-shirt/top, Trouser" in captions(chosen)


@pytest.mark.slow
def test_with_only_a_clothing_run_the_bundled_digit_model_answers(runs_root: Path) -> None:
    make_tiny_run(runs_root, name="clothing run", dataset="fashion_mnist")
    at = predict_page()
    assert at.selectbox(key="pr_run").value == "bundled"
    assert f"Answers come from **{t('common.ownpages.bundled_model')}**" in captions(at)
