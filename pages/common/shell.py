"""The app shell: page config, the style every page shares, and deep links inside app.py's navigation."""

from __future__ import annotations

import json
import runpy
from pathlib import Path

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager
from streamlit.runtime.scriptrunner_utils.script_requests import RerunData
from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx

from cnnviz import i18n

ROOT = Path(__file__).resolve().parents[2]
ICON = ROOT / "cnnviz" / "assets" / "icon.png"  # local: a classroom may be offline

# Captions: Streamlit 1.67 draws them in the text colour at opacity 0.6 (#828180 on white, 3.9:1, washed out on a
# projector; axe-core's color-contrast). Opaque, in the inherited text colour at 72 %, they pass WCAG AA's 4.5:1 in
# the light theme (5.6:1 on white, 5.2:1 on the sidebar's grey) and the dark one (9.6:1), and still read as grey.
# A page's sections are h2 under its h1 (st.header: screen readers navigate by level, axe-core's heading-order), drawn
# at the size they had as st.subheader (h3).
# Streamlit's own "Stop" in the header's running indicator stops a page's script half-way, which means nothing to
# a student and sat beside the Train page's real Stop: hidden (the indicator itself stays).
# Below 1280 px (a projector's 1024 or 1280 px) the main column keeps its width for content instead of a 5rem
# margin on each side, and metric values shrink a little, so totals such as 4,194,304 fit.
STYLE = """<style>
.st-key-ws { display: none; }  /* the private link's token: kept in the address, not shown */
[data-testid="stCaptionContainer"] {
  opacity: 1 !important; color: color-mix(in srgb, currentColor 72%, transparent) !important;
}
[data-testid="stMain"] [data-testid="stMarkdownContainer"] h2 { font-size: 1.75rem; padding-top: 0.75rem; }
[data-testid="stStatusWidget"] button { display: none; }
@media (max-width: 1280px) {
  [data-testid="stMainBlockContainer"] { padding-left: 1.5rem; padding-right: 1.5rem; padding-top: 3rem; }
  [data-testid="stMetricValue"] { font-size: 1.75rem; }
  h1 { font-size: 2.25rem !important; }
}
/* ---- Tablets and phones (issue 23 item 6): begin ----
   Up to 640 px, a phone held upright: a smaller title, and Draw's controls closer together so its answer comes into
   view under the canvas without scrolling; select boxes too narrow for their value end in an ellipsis instead of a
   cut word; a table wider than the phone (Streamlit clips it) scrolls sideways in its own frame. */
@media (max-width: 640px) {
  h1 { font-size: 1.75rem !important; padding-top: 0.5rem !important; padding-bottom: 0.5rem !important; }
  [data-testid="stMain"] input[role="combobox"] { text-overflow: ellipsis; }
  .st-key-draw_controls { gap: 0.5rem; }
  [data-testid="stTable"] { overflow-x: auto !important; }
}
/* ---- Tablets and phones: end ---- */
</style>"""


# Korean wraps between words (어절) as Korean typesetting does, not between any two syllables; a word too long for
# its box may still break.
KOREAN_STYLE = """<style>
.st-key-ws { display: none; }  /* the private link's token: kept in the address, not shown */
p, li, label, summary, [data-testid="stMarkdownContainer"], [data-testid="stWidgetLabel"] {
  word-break: keep-all; overflow-wrap: anywhere;
}
</style>"""


# Keyboard focus (issue 23): Streamlit 1.67 draws no focus ring on the sidebar's page links, text and number
# fields or select boxes (a tinted border at most). One ring on whatever the keyboard is on, in Paul Tol's blue
# #4477AA, at least 3:1 (WCAG's non-text contrast) on all four backgrounds: white 4.7, the light sidebar 4.2, the
# dark theme 4.0 and its sidebar 3.2; inside a field's own box, where its frame would clip it.
FOCUS_STYLE = """<style>
:focus-visible { outline: 2px solid #4477AA !important; outline-offset: 2px; }
input:focus-visible, textarea:focus-visible { outline-offset: -2px; }
</style>"""


def setup_app() -> None:
    """What app.py does before navigating: page config, the shared style, the inference workers' start (once per
    server, in the background), and (in class mode) the visitor's private workspace, whose address every page
    keeps."""
    from pages.common import workers
    from pages.common.display import choose_theme, theme_switch
    from pages.common.language import choose_language, language_switch
    from pages.common.workspace import current_workspace, display_name_box, keep_private_link, show_private_link_once

    st.set_page_config(page_title="cnnviz", page_icon=str(ICON), layout="wide")
    language = choose_language()
    st.html(STYLE + FOCUS_STYLE + (KOREAN_STYLE if language == "ko" else ""))
    choose_theme()  # projector mode's style, after the shared one
    set_page_language(language)
    collapse_sidebar_when_narrow()
    workers.start_in_background()
    current_workspace()
    keep_private_link()
    display_name_box()
    language_switch()
    theme_switch()
    show_private_link_once()


# Streamlit's initial_sidebar_state="auto" collapses the sidebar only at 768 px and below (its theme's `md`
# breakpoint, checked in the 1.67 frontend bundle), so a portrait tablet (820 px) gave the sidebar 300 px of its
# width. There is no setting for that breakpoint and the server cannot see the window: at 960 px and below (a
# tablet, a phone) collapse it once with its own button, unless this browser already chose (Streamlit remembers the
# reader's last open/close in localStorage "stSidebarCollapsed-…", and so keeps ours). A 1024 px projector keeps it.
NARROW_SIDEBAR_SCRIPT = """<script>
(() => {
  if (window.innerWidth > 960) return;
  const chosen = () => Object.keys(localStorage).some((key) => key.startsWith('stSidebarCollapsed-'));
  let tries = 0;
  const collapse = () => {
    const sidebar = document.querySelector('[data-testid=stSidebar]');
    if (chosen() || !sidebar || sidebar.getAttribute('data-collapsed') === 'true') return;  // (<= 768 px: Streamlit's)
    const button = document.querySelector('[data-testid=stSidebarCollapseButton] button');
    if (button) button.click();
    else if (++tries < 50) setTimeout(collapse, 100);
  };
  collapse();
})();
</script>"""


def collapse_sidebar_when_narrow() -> None:
    """Collapse the sidebar on a tablet or phone (NARROW_SIDEBAR_SCRIPT); it opens with its button as ever."""
    st.sidebar.html(NARROW_SIDEBAR_SCRIPT, unsafe_allow_javascript=True)


def set_page_language(language: str) -> None:
    """Streamlit's page says `<html lang="en">` whatever the app speaks (streamlit#15726), so a screen reader would
    read Korean with an English voice: set the document's language to this run's. The script runs in the page
    itself (st.html, not an iframe), again whenever the language changes."""
    code = json.dumps(language if language in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE)
    st.sidebar.html(f"<script>document.documentElement.lang = {code};</script>", unsafe_allow_javascript=True)


def ensure_app_shell() -> None:
    """Streamlit treats a `pages/` folder as an old-style (v1) multipage app until some session has run
    app.py's st.navigation. So the first visitor after a server start who opens a deep link such as /draw
    gets, in that mode, the file pages/draw.py alone: no wide layout, no sections. The pages live in their
    section's folder (pages/play/draw.py), which the old mode does not look into, so pages/ keeps one two-line
    file per address that only imports this package. If that is happening, switch the process to
    st.navigation mode (what app.py would do) and rerun through app.py to the page asked for, by its URL path
    (its file name, the same in both modes)."""
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        _rerun_to_intended_page()


def _rerun_to_intended_page() -> None:
    """Rerun to the page the browser asked for by its URL path (st.rerun would rerun the page the old mode
    fell back to)."""
    ctx = get_script_run_ctx()
    page_name = ctx.pages_manager.intended_page_name if ctx is not None else None
    if ctx is None or ctx.script_requests is None or not page_name:
        st.rerun()
    ctx.script_requests.request_rerun(RerunData(query_string=ctx.query_string, page_name=page_name,
                                                context_info=ctx.context_info))
    st.empty()  # a yield point, as in st.rerun: the runner stops the script here and reruns


def run_page(page: str) -> None:
    """What a file pages/<name>.py does, one per address (/lab): run app.py, whose navigation opens the page asked
    for (`page`, pages/learn/lab.py, by its URL path). Streamlit's old pages/ folder mode runs those files, as it
    finds no page in the sections' folders: on a server only for a fresh server's first visitor, whom importing this
    module has already sent through app.py (ensure_app_shell); AppTest turns the old mode on again for each run."""
    PagesManager.uses_pages_directory = False
    runpy.run_path(str(ROOT / "app.py"), run_name="__main__")
