"""Home: what cnnviz does and where to start."""

import streamlit as st

from cnnviz.i18n import t

st.title(t("start.home.title"))
st.markdown(t("start.home.intro"))
st.page_link("pages/learn/lessons.py", label=t("start.home.start_here"), icon=":material/school:")
row = st.container(horizontal=True)
row.page_link("pages/build/build.py", label=t("start.home.start_build"), icon=":material/stacks:")
row.page_link("pages/play/draw.py", label=t("common.nav.draw"), icon=":material/draw:")
row.page_link("pages/learn/lab.py", label=t("common.nav.lab"), icon=":material/grid_4x4:")
