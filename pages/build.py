"""Build: stack layers and see every output shape, parameter count and formula update live."""

import streamlit as st

from cnnviz.figures.architecture import architecture_figure
from cnnviz.shapes import summarize
from pages.shared import build_form

arch, refused = build_form.current_architecture()
summary = summarize(arch)

st.title("Build a network")
st.caption("Pick a preset or stack your own layers. Every change updates the shapes, parameters and formulas "
           "below, computed exactly as Keras does. Hover any setting to learn what it does.")

preset_col, shape_col = st.columns([3, 2])
with preset_col:
    build_form.render_preset_picker(arch)
with shape_col:
    build_form.render_input_shape()

build_form.render_problems(summary, refused)
build_form.render_totals(summary)
st.plotly_chart(architecture_figure(summary), key="build_diagram")

editor_col, table_col = st.columns([5, 7])
with editor_col:
    st.subheader("Layers")
    build_form.render_layer_editor(arch, summary)
with table_col:
    st.subheader("Summary")
    build_form.render_table(summary)

import_tab, export_tab, code_tab = st.tabs(["Import JSON", "Export JSON", "Keras code"])
with import_tab:
    build_form.render_import(arch)
with export_tab:
    build_form.render_export(arch, summary)
with code_tab:
    build_form.render_code(arch, summary)
