"""Keep every page inside app.py's navigation, even on a first-visit deep link."""

from __future__ import annotations

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager


def ensure_app_shell() -> None:
    """Streamlit treats a `pages/` folder as an old-style (v1) multipage app until some session has run
    app.py's st.navigation. So the first visitor after a server start who opens a deep link such as /draw
    gets that page alone: no wide layout, no sections. If that is happening, switch the process to
    st.navigation mode (what app.py would do) and rerun: the rerun goes through app.py to the same page,
    whose URL path is its file name in both modes."""
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()
