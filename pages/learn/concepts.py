"""Concept index: every idea of the study notes in a few sentences, with links to where it is live in the app."""

import streamlit as st

from cnnviz.i18n import Literal, t
from cnnviz.learn.concepts import search
from pages.common import state
from pages.common.text import plain
from pages.learn.teaching import registered_pages

st.title(t("common.nav.concepts"))
st.caption(t("learn.concepts_page.caption"))

query = st.text_input(t("learn.concepts_page.search"), state.held("concepts_query", ""), key="concepts_query",
                      placeholder=t("learn.concepts_page.placeholder"), help=t("learn.concepts_page.search_help"),
                      width=420,
                      persist_state=state.KEEP)
found = search(query)
if not found:
    st.info(t("learn.concepts_page.none", query=Literal(f"“{plain(query, 40)}”")))
live_pages = registered_pages()
for concept in found:
    with st.container(border=True):
        st.markdown(f"## {concept.title}")
        st.markdown(concept.explanation)
        for live in concept.live_in:
            if live.page in live_pages:  # st.page_link fails for pages the app does not register
                st.page_link(live.page, label=t("learn.concepts_page.live_link", page=live_pages[live.page],
                                                what=live.what),
                             icon=":material/arrow_forward:")
