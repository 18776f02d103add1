"""cnnviz entry point: page config and navigation only."""

import streamlit as st

st.set_page_config(page_title="cnnviz", page_icon="🧠", layout="wide")

PAGES = {
    "cnnviz": [
        st.Page("pages/home.py", title="Home", icon=":material/home:", default=True),
    ],
    "Build & train": [
        st.Page("pages/build.py", title="Build", icon=":material/stacks:"),
    ],
}

st.navigation(PAGES).run()
