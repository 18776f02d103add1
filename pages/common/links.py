"""Shareable links: what a page puts in its URL (st.query_params), and a Copy link button."""

from __future__ import annotations

import html
import json
import math
from typing import Any
from urllib.parse import urlencode

import streamlit as st

from cnnviz.i18n import Joined, t
from pages.common import state


def page_link_url(params: dict[str, str]) -> str:
    """The current page's address with these query parameters (st.context.url has none of its own)."""
    base = st.context.url or ""
    return f"{base}?{urlencode(params)}" if params else base


COPY_BUTTON = """
<button id="copy" style="font: 14px sans-serif; padding: 6px 14px; border-radius: 8px; border: 1px solid #ccc;
        background: white; cursor: pointer;">📋 {label}</button>
<span id="done" style="font: 13px sans-serif; color: #2e7d32; margin-left: 8px;"></span>
<script>
document.getElementById("copy").onclick = async () => {{
  // The page's own address as it is now (the app keeps its settings in it), without a private workspace token.
  const url = new URL(window.parent.location.href);
  url.searchParams.delete("ws");
  const text = url.toString();
  try {{ await navigator.clipboard.writeText(text); }}
  catch (e) {{
    const area = document.createElement("textarea"); area.value = text; document.body.appendChild(area);
    area.select(); document.execCommand("copy"); area.remove();
  }}
  document.getElementById("done").textContent = {done};
}};
</script>"""


def copy_link(url: str, label: str | None = None) -> None:
    """The link as selectable text, and a button that copies the page's current address. The button's frame never
    changes (it reads the address when clicked), so editing the page does not reload it. navigator.clipboard needs
    https or localhost: a classroom's http://192.168.x.x falls back to the older copy command."""
    st.code(url, language=None, wrap_lines=True)
    label = label or t("common.links.copy")
    st.iframe(COPY_BUTTON.format(label=html.escape(label), done=json.dumps(t("common.links.copied"))), height=44)


class LinkCheck:
    """What a page's URL asked for, checked against what its widgets show after they read it: Streamlit drops a
    bound value it cannot use (a tampered ?lab_stride=9), silently; the user is told instead.

    Create it before the widgets, `note(key, shown)` each URL-bound widget's value as the URL writes it, then
    `report()` once at the end of the page."""

    def __init__(self) -> None:
        self.asked = {key: st.query_params[key] for key in st.query_params}
        self.shown: dict[str, str] = {}

    def note(self, key: str, shown: object) -> None:
        self.shown[key] = str(shown)

    def note_widgets(self, formats: dict[str, object] | None = None) -> None:
        """Note every URL-asked key that is a widget of this page, formatted as the URL writes it (a widget with a
        format_func puts its label in the URL, e.g. "convolution (flip)")."""
        formats = formats or {}
        for key in self.asked:
            if key in st.session_state:
                value = st.session_state[key]
                self.note(key, formats[key](value) if key in formats else value)

    def ignored(self) -> dict[str, str]:
        """Asked values the page dropped: Streamlit removed them from the URL and the widget shows something else."""
        return {key: value for key, value in self.asked.items()
                if key in self.shown and self.shown[key] != value and st.query_params.get(key) != value}

    def report(self) -> None:
        ignored = self.ignored()
        if ignored:
            items = Joined(tuple(t("common.links.ignored_item", key=key, asked=repr(value[:40]),
                                   shown=repr(self.shown[key]))
                                 for key, value in ignored.items()))
            st.warning(t("common.links.ignored", items=items), icon=":material/link_off:")


def _endless(url_value: str | None) -> bool:
    """True for a URL value that reads as a number without end: inf, -Infinity, nan, 1e400."""
    try:
        return url_value is not None and not math.isfinite(float(url_value))
    except ValueError:
        return False


def bound_number_input(label: str, min_value: int, max_value: int, value: int, *, key: str, **kwargs: Any) -> int:
    """`st.number_input` of a whole number kept in the URL (kwargs with bind="query-params") that survives a link
    asking for ?key=inf: Streamlit 1.67 turns such a value into int(inf) before its own range check, and the page
    into "cannot convert float infinity to integer". For that run the input is not bound (so the URL cannot seed
    it) and the value leaves the URL; on the next run it is bound again and the value chosen meanwhile goes into
    the URL. The page's LinkCheck names the value it dropped like any other it could not use."""
    endless = _endless(st.query_params.get(key))
    unbound = state.UNBOUND_INPUTS.get()
    if endless:
        kwargs = {**kwargs, "bind": None}
        unbound.add(key)
    elif key in unbound:  # bound again: set from code, the value chosen meanwhile is written into the link
        unbound.discard(key)
        chosen = state.widget_value(key)
        if chosen is not None:
            state.set_widget_value(key, chosen)
    number = int(st.number_input(label, min_value, max_value, value, key=key, **kwargs))
    if endless and key in st.query_params:
        del st.query_params[key]
    return number
