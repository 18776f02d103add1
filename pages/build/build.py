"""Build: stack layers and see every output shape, parameter count and formula update live."""

import streamlit as st

from cnnviz.arch.shapes import summarize
from cnnviz.figures.architecture import architecture_figure
from cnnviz.i18n import t
from pages.build import build_form
from pages.common.charts import chart
from pages.common.focus import restore_focus

build_form.apply_link()
arch, refused = build_form.current_architecture()
summary = summarize(arch)
link = build_form.publish_link(arch)

st.title(t("build.buildpage.title"))
st.caption(t("build.buildpage.intro"))
build_form.render_link_error()
build_form.render_preset_picker(arch)
build_form.render_input_shape()
build_form.render_problems(summary, refused)
build_form.render_totals(summary)
chart(architecture_figure(summary), key="build_diagram")

st.header(t("build.buildpage.layers"))
shown = build_form.render_layer_pages(len(arch.layers))
build_form.render_layer_editor(arch, summary, shown)
st.header(t("build.buildpage.summary"))
build_form.render_table(summary, arch, shown)

TABS = {"import": lambda: build_form.render_import(arch),  # by id: build_form.TAB_LABELS gives their labels
        "export": lambda: build_form.render_export(arch, summary),
        "code": lambda: build_form.render_code(arch, summary),
        "share": lambda: build_form.render_share(link)}
# Only the open tab is computed and drawn: the export and the Keras script are long highlighted code blocks that
# would slow down every edit.
for tab, render in zip(build_form.tabs(list(TABS)), TABS.values(), strict=True):
    if tab.open:
        with tab:
            render()
restore_focus()
