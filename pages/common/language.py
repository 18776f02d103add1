"""The session's language: the address's ?lang= first (a shared link opens in its language), then the choice made
earlier in this session, then the browser's locale. It is written back into the address on every page, and the
sidebar switch changes it without losing anything (widgets keep their values: their identity is their key)."""

from __future__ import annotations

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from cnnviz import i18n
from cnnviz.i18n import t
from pages.common import state
from pages.common.text import plain

LANG_PARAM = "lang"
SWITCH_KEY = "language_switch"


RUN_LANGUAGE = "cnnviz_language"  # this run's language, kept on Streamlit's run context by choose_language


def _session_language() -> str | None:
    """The catalog asks this for every text (hundreds per run): read from the run's context, the session state only
    before choose_language has run (a callback)."""
    ctx = get_script_run_ctx(suppress_warning=True)
    if ctx is None:  # a thread outside any session (the warm-up, a callback)
        return None
    return getattr(ctx, RUN_LANGUAGE, None) or state.LANGUAGE.peek()


def _in_a_page() -> bool:
    return get_script_run_ctx(suppress_warning=True) is not None


def _browser_language() -> str | None:
    try:
        return i18n.normalize_language(st.context.locale)
    except Exception:  # no browser behind this session (AppTest)
        return None


def choose_language() -> str:
    """Decide this run's language, register it as the catalog's, and keep it in the address."""
    i18n.set_language_provider(_session_language)
    # Every field of every text a page shows is shown as its characters (texts made elsewhere keep theirs).
    i18n.set_field_escaper(i18n.literal_markdown, when=_in_a_page)
    asked = st.query_params.get(LANG_PARAM)
    code = i18n.normalize_language(asked)
    if asked is not None and code is None:
        state.LANGUAGE_REFUSED.set(asked[:20])
    code = code or state.LANGUAGE.peek() or _browser_language() or i18n.DEFAULT_LANGUAGE
    state.LANGUAGE.set(code)
    _remember_for_this_run(code)
    if st.query_params.get(LANG_PARAM) != code:
        st.query_params[LANG_PARAM] = code
    return code


def _remember_for_this_run(code: str) -> None:
    ctx = get_script_run_ctx(suppress_warning=True)
    if ctx is not None:
        setattr(ctx, RUN_LANGUAGE, code)


def _switched() -> None:
    code = i18n.normalize_language(state.widget_value(SWITCH_KEY))
    if code:
        state.pin_widget_values()
        state.LANGUAGE.set(code)
        _remember_for_this_run(code)
        st.query_params[LANG_PARAM] = code


def language_switch() -> None:
    """The sidebar's 한국어 / English switch."""
    state.set_widget_value(SWITCH_KEY, state.LANGUAGE.get() or i18n.DEFAULT_LANGUAGE)
    st.sidebar.radio(t("common.language"), list(i18n.LANGUAGES), format_func=i18n.LANGUAGES.get, key=SWITCH_KEY,
                     horizontal=True, on_change=_switched, help=t("common.language_help"))
    refused = state.LANGUAGE_REFUSED.peek()
    if refused:
        state.LANGUAGE_REFUSED.clear()
        st.toast(t("common.language_refused", asked=plain(refused, 20), languages=", ".join(i18n.LANGUAGES.values())),
                 icon=":material/translate:")
