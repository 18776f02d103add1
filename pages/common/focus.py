"""Keep the keyboard's place when a button's own rerun takes it away: Remove deletes the focused button and Up/Down
draw it elsewhere, and the browser then puts focus back at the top of the page (a keyboard user would tab through
the whole page again). A callback names where focus belongs (`focus_next_run`, a CSS selector); the page's end
moves it there once the rerun has drawn it (`restore_focus`)."""

from __future__ import annotations

import json
import secrets

import streamlit as st

from pages.common import state

# The element may be drawn a moment after the script that looks for it: try every 50 ms for up to 3 s.
SCRIPT = """<script>/* {nonce} */ (() => {{
  const wanted = {selector};
  let tries = 0;
  const timer = setInterval(() => {{
    const element = document.querySelector(wanted);
    if (element && !element.disabled) {{ element.focus(); clearInterval(timer); }}
    else if (++tries > 60) clearInterval(timer);
  }}, 50);
}})();</script>"""


def focus_next_run(selector: str) -> None:
    """From a widget's callback: after this rerun, put the keyboard on the element `selector` finds."""
    state.FOCUS_TARGET.set(selector)


def restore_focus() -> None:
    """At the end of a page: move the keyboard where a callback of this run asked (once). The script is new every
    time (a nonce): the browser runs an inserted script once, and would not run an unchanged one again."""
    selector = state.FOCUS_TARGET.peek()
    if not selector:
        return
    state.FOCUS_TARGET.clear()
    st.sidebar.html(SCRIPT.format(nonce=secrets.token_hex(4), selector=json.dumps(selector)),
                    unsafe_allow_javascript=True)
