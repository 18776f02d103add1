"""Fields of catalog texts shown on a page are escaped once, as their characters; texts made elsewhere (the CLI,
workers, files) and texts shown as text (tables of data, select boxes) keep them as they are."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import markdown_it
import pandas as pd
import pytest

from cnnviz import i18n
from cnnviz.i18n import Joined, Literal, literal_markdown, msg, t
from pages.common.text import plain, plain_table

HOSTILE = ["![i](http://203.0.113.9/a.png)", "$x^2$", ":red[red]", "__class__", ":smile: :material/home:",
           "<img src=http://203.0.113.9/b.png>", "[a](http://203.0.113.9/)", "http://203.0.113.9/c www.example.org",
           "1. one", "- item", "# heading", "===", "a & b &amp; c", "back\\slash", "`code`", "~~gone~~"]
AS_GIVEN = "there is no preset called '__class__'; known: a"
ORDINARY = ["run_1", "cats-vs-dogs v2.0 (3)", "12.5%", "first run", "model-2024", "학생 1"]


def _rendered(text: str) -> str:
    """What CommonMark (Streamlit's Markdown renderer, less its extensions) shows for `text`: plain text only."""
    out = markdown_it.MarkdownIt("commonmark").enable("strikethrough").render(text).strip()
    assert out.startswith("<p>") and out.endswith("</p>") and "<" not in out[3:-4], out
    return html.unescape(out[3:-4]).replace(i18n.WORD_JOINER, "")


@pytest.fixture
def on_a_page() -> Iterator[None]:
    i18n.set_field_escaper(literal_markdown)
    try:
        yield
    finally:
        i18n.set_field_escaper(None)


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_renders_as_exactly_its_characters(text: str) -> None:
    escaped = literal_markdown(text)
    assert _rendered(escaped) == text
    assert not re.search(r":\w+:|:red|://|www\.", escaped)  # emoji, directives and autolinks broken apart


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_names_are_left_as_they_are(text: str) -> None:
    assert literal_markdown(text) == text


def test_escaping_twice_changes_nothing() -> None:
    once = literal_markdown("__class__")
    assert literal_markdown(once) == once and plain(once) == once


def test_fields_are_escaped_on_a_page_only(on_a_page) -> None:
    shown = t("build.buildpage.no_preset", name="__class__", known="a")  # {name!r}: quoted, then escaped
    assert shown == r"there is no preset called '\_\_class\_\_'; known: a" and isinstance(shown, Literal)
    assert _rendered(shown) == "there is no preset called '__class__'; known: a"
    with i18n.fields_as_given():
        assert t("build.buildpage.no_preset", name="__class__", known="a") == AS_GIVEN


def test_fields_stay_as_they_are_off_a_page() -> None:
    assert t("build.buildpage.no_preset", name="__class__", known="a") == AS_GIVEN
    i18n.set_field_escaper(literal_markdown, when=lambda: False)  # a thread that is not a page's
    try:
        assert t("build.buildpage.no_preset", name="__class__", known="a") == AS_GIVEN
    finally:
        i18n.set_field_escaper(None)


def test_nested_texts_errors_and_lists_are_escaped_once(on_a_page) -> None:
    from cnnviz.arch.spec import SpecError

    error = SpecError("build.buildpage.no_preset", name="$x$", known="a")
    shown = t("build.buildpage.link_error", reason=error)
    assert r"'\$x\$'" in shown and r"\\" not in shown
    assert str(error) == r"there is no preset called '\$x\$'; known: a"
    reason = Joined(("*a*", Literal(r"\*b\*")))
    nested = t("build.buildpage.import_failed", source=msg("build.buildpage.pasted_source"), reason=reason)
    assert _rendered(nested) == "Could not import the pasted JSON: *a*, *b*. Kept the current architecture."


def test_numbers_keep_their_formats(on_a_page) -> None:
    shown = t("build.ownpages.mydata_imported", name="a_", n=12345, classes=3, shape="28×28")
    assert shown == r"Imported **a\_**: 12,345 images in 3 classes, each 28×28."


def test_tables_show_names_as_their_characters() -> None:
    frame = plain_table([{"__run__": "![i](http://203.0.113.9/a.png)", "n": 3}])
    assert list(frame.columns) == [r"\_\_run\_\_", "n"] and frame.iloc[0, 1] == 3
    assert _rendered(frame.iloc[0, 0]) == "![i](http://203.0.113.9/a.png)"
    styler = plain_table(pd.DataFrame({"name": ["$x$"], "p": [0.5]}).style.format(precision=3))
    assert styler.data.iloc[0, 0] == r"\$x\$"


def test_figures_show_names_as_their_characters_without_markdown_backslashes(on_a_page) -> None:
    """A plotly title, hover text or column header reads no Markdown (it would show Markdown's backslashes) but a
    few HTML tags: on a page, the fields of a figure's texts are escaped for plotly instead."""
    from cnnviz.figures import figure_text
    from cnnviz.figures.userdata import class_counts_figure

    name = "my_cat*s <b>x</b> $1"
    title = figure_text("play.ownpages.res_cam_title", name=name)
    assert "\\" not in title and "my_cat*s &lt;b&gt;x&lt;/b&gt; $1" in title and not isinstance(title, Literal)
    figure = class_counts_figure([name, "dog"], [3, 40])
    hover = figure.data[0].hovertext[0]
    assert "\\" not in hover and "my_cat*s &lt;b&gt;x&lt;/b&gt; $1" in hover
    assert "\\" in t("play.ownpages.res_cam_title", name=name)  # the same text for the page's Markdown is escaped
