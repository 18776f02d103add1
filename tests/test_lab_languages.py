"""The Learn labs in two languages: switching the language keeps every choice and the page's address, and a lab link
made in Korean opens the same lab in English (the address holds language-neutral values)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import AppTest

from cnnviz.i18n import LANGUAGES, t
from cnnviz.texts import CATALOG
from pages.learn.teaching import HELP

APP = str(Path(__file__).resolve().parent.parent / "app.py")
URL_WIDGETS = ("radio", "selectbox", "slider", "number_input", "text_input", "checkbox")


@pytest.fixture
def navigation_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every AppTest run goes through app.py, as on the server once app.py's st.navigation has run
    (pages/common/shell.py:ensure_app_shell). AppTest re-detects the pages/ folder on each run and then runs
    the page alone, without app.py's sidebar and its language switch."""
    original = PagesManager.__init__

    def navigation_only(self: PagesManager, *args, **kwargs) -> None:
        original(self, *args, **kwargs)
        PagesManager.uses_pages_directory = False

    monkeypatch.setattr(PagesManager, "__init__", navigation_only)


def open_lab(page: str, params: dict[str, str] | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    for key, value in (params or {}).items():
        at.query_params[key] = value
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def url_widgets(at: AppTest) -> list:
    return [w for kind in URL_WIDGETS for w in at.get(kind) if w.proto.query_param_key]


def address(at: AppTest) -> dict[str, str]:
    """What the browser writes into the address for the page's URL-bound widgets: a select box's or radio's shown
    option (its formatted label), the value of the others."""
    written = {}
    for widget in url_widgets(at):
        if widget.type in ("radio", "selectbox"):
            written[widget.key] = widget.options[widget.index]
        else:
            written[widget.key] = str(widget.value).lower() if isinstance(widget.value, bool) else str(widget.value)
    return written


def choices(at: AppTest) -> dict[str, object]:
    return {widget.key: widget.value for widget in url_widgets(at)}


def formulas(at: AppTest) -> list[str]:
    """The output-size formulas and numbers shown in Markdown code spans: the same in every language."""
    return [span for m in at.markdown for span in re.findall(r"`([^`]*)`", m.value)]


def switch_language(at: AppTest, language: str) -> None:
    at.radio(key="language_switch").set_value(language).run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.query_params["lang"] in (language, [language])


def test_lab_choices_and_address_survive_switching_the_language(navigation_mode: None) -> None:
    at = open_lab("pages/learn/lab.py", {"lang": "en"})
    at.selectbox(key="lab_source").set_value("MNIST").run()
    at.slider(key="lab_side").set_value(10).run()
    at.number_input(key="lab_digit").set_value(7).run()
    at.selectbox(key="lab_kernel_preset").set_value("Sobel y").run()
    at.radio(key="lab_operation").set_value("convolve").run()
    at.radio(key="lab_padding").set_value("same").run()
    at.radio(key="lab_same_style").set_value("scipy").run()
    at.slider(key="lab_stride").set_value(2).run()
    english = choices(at), address(at), formulas(at)
    assert english[0]["lab_operation"] == "convolve" and english[0]["lab_stride"] == 2
    assert english[1]["lab_operation"] == "convolve" and english[1]["lab_same_style"] == "SciPy"

    switch_language(at, "ko")
    assert at.title[0].value == t("learn.labs.lab_title", lang="ko")
    assert (choices(at), address(at), formulas(at)) == english

    switch_language(at, "en")
    assert at.title[0].value == "Convolution lab"
    assert (choices(at), address(at), formulas(at)) == english


def test_a_lab_link_made_in_korean_opens_the_same_lab_in_english(navigation_mode: None) -> None:
    korean = open_lab("pages/learn/lab.py", {"lang": "ko"})
    korean.radio(key="lab_mode").set_value("RGB").run()
    korean.slider(key="lab_rgb_side").set_value(5).run()
    korean.text_input(key="lab_channel_weights").set_value("1, 2, 3").run()
    korean.selectbox(key="lab_kernel_preset").set_value("Laplacian").run()
    korean.radio(key="lab_operation").set_value("convolve").run()
    korean.radio(key="lab_padding").set_value("full").run()
    korean.slider(key="lab_stride").set_value(2).run()
    assert korean.title[0].value == t("learn.labs.lab_title", lang="ko")
    link = address(korean)
    assert all(not re.search("[\uac00-\ud7a3]", value) for value in link.values()), link  # no Korean in the URL

    english = open_lab("pages/learn/lab.py", {**link, "lang": "en"})
    assert english.title[0].value == "Convolution lab"
    assert not english.warning, [w.value for w in english.warning]  # the link check found nothing dropped
    assert choices(english) == choices(korean)
    assert address(english) == link
    assert formulas(english) == formulas(korean)


def test_layers_lab_choices_survive_switching_and_its_korean_link_opens_in_english(navigation_mode: None) -> None:
    at = open_lab("pages/learn/layers_lab.py", {"lang": "ko"})
    at.selectbox(key="layers_source").set_value("4×4").run()
    at.slider(key="layers_pool_size").set_value(3).run()
    at.checkbox(key="layers_same_stride").uncheck().run()
    at.slider(key="layers_pool_stride").set_value(1).run()
    at.radio(key="layers_pool_padding").set_value("same").run()
    at.selectbox(key="layers_target").set_value(0).run()
    korean = choices(at), address(at), formulas(at)
    assert korean[0]["layers_source"] == "4×4" and korean[0]["layers_same_stride"] is False

    switch_language(at, "en")
    assert at.title[0].value == "Pooling, ReLU and softmax"
    assert (choices(at), address(at), formulas(at)) == korean

    english = open_lab("pages/learn/layers_lab.py", {**korean[1], "lang": "en"})
    assert not english.warning, [w.value for w in english.warning]
    assert (choices(english), address(english), formulas(english)) == korean


def test_every_lab_tooltip_is_in_both_languages() -> None:
    names = set(HELP)
    assert {"mode", "operation", "padding", "stride", "learning_rate"} <= names
    for name in names:
        entry = CATALOG[f"learn.labs.help_{name}"]
        assert set(entry) == set(LANGUAGES) and HELP[name] in entry.values()
    with pytest.raises(KeyError):
        HELP["no_such_setting"]
