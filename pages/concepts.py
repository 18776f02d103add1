"""Concept index: every idea of the study notes in a few sentences, with links to where it is live in the app."""

import streamlit as st

from cnnviz.concepts import search
from pages.shared.lab import HELP, registered_pages

st.title("Concepts")
st.caption("The ideas of the study notes, each in a few sentences, and the pages where you can see them work.")

query = st.text_input("Search", key="concepts_query", placeholder="e.g. padding, loss, pooling",
                      help=HELP["concept_search"])
found = search(query)
if not found:
    st.info(f"No concept mentions {query!r}. Try a shorter word.")
live_pages = registered_pages()
for concept in found:
    with st.container(border=True):
        st.markdown(f"#### {concept.title}")
        st.markdown(concept.explanation)
        for live in concept.live_in:
            if live.page in live_pages:  # st.page_link fails for pages the app does not register
                st.page_link(live.page, label=f"{live_pages[live.page]}: {live.what}", icon=":material/arrow_forward:")
