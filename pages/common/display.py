"""The session's display, standard or projector mode (a high-contrast theme with larger text and thicker chart lines,
for the back row of a classroom): the address's ?theme= first (a shared link opens in its display), then the choice
made earlier in this session. Only projector mode is written into the address (?theme=projector); the standard
display keeps the address clean."""

from __future__ import annotations

import streamlit as st

from cnnviz.i18n import t
from pages.common import state
from pages.common.text import plain

THEME_PARAM = "theme"
SWITCH_KEY = "theme_switch"
STANDARD, PROJECTOR = "standard", "projector"
THEMES = (STANDARD, PROJECTOR)
REFUSED_LIMIT = 20  # characters of a refused ?theme= value named in the note

# Projector mode on Streamlit's light theme: every text pure black (captions too, unfaded), all text 1.25× (the
# root size: Streamlit sizes text and headings in rem), a 3 px focus outline, darker and thicker widget borders,
# underlined links in the page's content. A select box's value stays at 16 px: the pages size select boxes in px
# for their longest value (a run's name, dataset, accuracy and date), which at 17.5 px no longer fits. A metric's
# label wraps instead of ending in "…" ("Final test (1,000 images) ac…"). Selectors
# carry `body` to outrank shell.STYLE's caption rule.
PROJECTOR_STYLE = """<style>
html { font-size: 20px; }
body [data-testid="stApp"] { background-color: #ffffff; color: #000000; }
body [data-testid="stSidebar"] { color: #000000; }
body [data-testid="stMarkdownContainer"], body [data-testid="stMarkdownContainer"] *,
body [data-testid="stWidgetLabel"], body [data-testid="stWidgetLabel"] *,
body [data-testid="stMetricLabel"], body [data-testid="stMetricValue"], body [data-testid="stMetricDelta"],
body [data-testid="stExpander"] summary, body [data-testid="stTab"] p, body label, body h1, body h2, body h3,
body h4, body h5, body h6 { color: #000000 !important; }
body [data-testid="stCaptionContainer"], body [data-testid="stCaptionContainer"] * {
  opacity: 1 !important; color: #000000 !important;
}
body *:focus-visible { outline: 3px solid #000000 !important; outline-offset: 2px !important; }
body [data-testid="stSelectbox"] [role="group"]:focus-within,
body [data-testid="stMultiSelect"] [role="group"]:focus-within,
body [data-testid="stNumberInputContainer"]:focus-within, body [data-testid="stTextInputRootElement"]:focus-within,
body [data-testid="stTextAreaRootElement"]:focus-within { outline: 3px solid #000000 !important; outline-offset: 1px; }
body [data-testid="stSelectbox"] [role="group"], body [data-testid="stMultiSelect"] [role="group"],
body [data-testid="stNumberInputContainer"], body [data-testid="stTextInputRootElement"],
body [data-testid="stTextAreaRootElement"], body [data-testid="stExpander"] details,
body [data-testid="stFileUploaderDropzone"] { border: 2px solid #333333 !important; }
body button[data-testid="stBaseButton-secondary"] { border: 2px solid #333333 !important; color: #000000; }
body [data-testid="stMain"] a, body [data-testid="stSidebarUserContent"] a { text-decoration: underline !important; }
body [data-testid="stMain"] a { color: #0b3d91 !important; }
body [data-testid="stSelectbox"] input[role="combobox"] { font-size: 0.8rem !important; }
body [data-testid="stMetricLabel"] * { white-space: normal !important; text-overflow: clip !important; }
</style>"""


def _asked() -> str | None:
    return st.query_params.get(THEME_PARAM)


def choose_theme() -> str:
    """Decide this run's display, keep it in the address (projector mode only) and draw its style; an unknown
    ?theme= value gets the standard display and a note (shown by theme_switch)."""
    asked = _asked()
    if asked and asked not in THEMES:
        state.THEME_REFUSED.set(asked[:REFUSED_LIMIT])
        theme = STANDARD
    else:
        theme = asked or state.THEME.peek() or STANDARD
    state.THEME.set(theme)
    _keep_in_address(theme)
    if theme == PROJECTOR:
        st.html(PROJECTOR_STYLE)
    return theme


def _keep_in_address(theme: str) -> None:
    if theme == PROJECTOR:
        if _asked() != PROJECTOR:
            st.query_params[THEME_PARAM] = PROJECTOR
    elif THEME_PARAM in st.query_params:
        del st.query_params[THEME_PARAM]


def projector_on() -> bool:
    """Whether this session shows projector mode (charts then draw thicker lines and larger labels)."""
    return state.THEME.peek() == PROJECTOR


def _switched() -> None:
    theme = PROJECTOR if state.widget_value(SWITCH_KEY) else STANDARD
    state.THEME.set(theme)
    _keep_in_address(theme)


def theme_switch() -> None:
    """The sidebar's "Projector mode" switch, and the note about a refused ?theme= value."""
    state.set_widget_value(SWITCH_KEY, projector_on())
    st.sidebar.toggle(t("common.theme"), key=SWITCH_KEY, on_change=_switched, help=t("common.theme_help"))
    refused = state.THEME_REFUSED.peek()
    if refused is not None:
        state.THEME_REFUSED.clear()
        st.toast(t("common.theme_refused", asked=plain(refused, REFUSED_LIMIT), themes=", ".join(THEMES)),
                 icon=":material/contrast:")
