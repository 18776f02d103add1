"""Names users type are shown as text: Markdown in them is never rendered (no image fetched, no link)."""

from __future__ import annotations

import html
import re

import markdown_it

from cnnviz.i18n import WORD_JOINER
from pages.common.text import plain

HOSTILE = ["![x](http://host/t.png)", "[click](javascript:alert(1))", "<img src=x onerror=alert(1)>",
           "**bold** _it_ `code`", "# heading", "- list item", "1. numbered", "> quote", "a & b ~~gone~~",
           "../../etc/passwd", "name_with_underscores_"]


def test_escaped_names_render_as_exactly_their_characters() -> None:
    # CommonMark (as Streamlit's Markdown renderer) turns \X back into X and renders nothing else.
    renderer = markdown_it.MarkdownIt("commonmark")
    for name in HOSTILE:
        rendered = renderer.render(plain(name)).strip()
        assert rendered.startswith("<p>") and rendered.endswith("</p>"), rendered
        assert html.unescape(re.sub(r"</?p>", "", rendered)).replace(WORD_JOINER, "") == name


def test_names_are_one_line_and_cut_short() -> None:
    assert "\n" not in plain("a\nb\n\n- list")
    assert plain("x" * 500).endswith("…") and len(plain("x" * 500)) == 120
