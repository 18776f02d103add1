"""cnnviz entry point: page config and navigation only."""

import streamlit as st

st.set_page_config(page_title="cnnviz", page_icon=":material/neurology:", layout="wide")

PAGES = {
    "cnnviz": [
        st.Page("pages/home.py", title="Home", icon=":material/home:", default=True),
    ],
    "Build & train": [
        st.Page("pages/build.py", title="Build", icon=":material/stacks:"),
        st.Page("pages/train.py", title="Train", icon=":material/model_training:"),
        st.Page("pages/runs.py", title="Runs", icon=":material/folder_open:"),
    ],
    "Look inside": [
        st.Page("pages/feature_maps.py", title="Feature maps", icon=":material/layers:"),
        st.Page("pages/kernels.py", title="Kernels", icon=":material/grid_on:"),
        st.Page("pages/confusion.py", title="Confusion matrix", icon=":material/table_chart:"),
    ],
    "Play": [
        st.Page("pages/draw.py", title="Draw a digit", icon=":material/draw:"),
    ],
    "Learn": [
        st.Page("pages/lab.py", title="Convolution lab", icon=":material/grid_4x4:"),
        st.Page("pages/layers_lab.py", title="Pooling, ReLU, softmax", icon=":material/filter_alt:"),
        st.Page("pages/training_step.py", title="One training step", icon=":material/footprint:"),
        st.Page("pages/concepts.py", title="Concepts", icon=":material/menu_book:"),
    ],
}

st.navigation(PAGES).run()
