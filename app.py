"""cnnviz entry point: page config and navigation only."""

import streamlit as st

from cnnviz.i18n import t
from pages.common import state
from pages.common.shell import setup_app
from pages.common.workspace import is_class_mode

setup_app()

PAGES = {
    t("common.nav.section_app"): [
        st.Page("pages/start/home.py", title=t("common.nav.home"), icon=":material/home:", default=True),
    ],
    t("common.nav.section_build"): [
        st.Page("pages/build/my_data.py", title=t("common.nav.my_data"), icon=":material/photo_library:"),
        st.Page("pages/build/build.py", title=t("common.nav.build"), icon=":material/stacks:"),
        st.Page("pages/build/train.py", title=t("common.nav.train"), icon=":material/model_training:"),
        st.Page("pages/build/runs.py", title=t("common.nav.runs"), icon=":material/folder_open:"),
        st.Page("pages/build/compare.py", title=t("common.nav.compare"), icon=":material/compare_arrows:"),
    ],
    t("common.nav.section_look"): [
        st.Page("pages/look/feature_maps.py", title=t("common.nav.feature_maps"), icon=":material/layers:"),
        st.Page("pages/look/kernels.py", title=t("common.nav.kernels"), icon=":material/grid_on:"),
        st.Page("pages/look/confusion.py", title=t("common.nav.confusion"), icon=":material/table_chart:"),
        st.Page("pages/look/models.py", title=t("common.nav.my_models"), icon=":material/upload_file:"),
    ],
    t("common.explainpages.nav.section"): [
        st.Page("pages/explain/explain.py", title=t("common.explainpages.nav.explain"), icon=":material/lightbulb:"),
        st.Page("pages/explain/filters.py", title=t("common.explainpages.nav.filters"), icon=":material/texture:"),
        st.Page("pages/explain/adversarial.py", title=t("common.explainpages.nav.adversarial"),
                icon=":material/bug_report:"),
    ],
    t("common.nav.section_play"): [
        st.Page("pages/play/predict.py", title=t("common.nav.predict"), icon=":material/image_search:"),
        st.Page("pages/play/draw.py", title=t("common.nav.draw"), icon=":material/draw:"),
    ],
    t("common.nav.section_learn"): [
        st.Page("pages/learn/lessons.py", title=t("common.nav.lessons"), icon=":material/school:"),
        st.Page("pages/learn/exercises.py", title=t("common.nav.exercises"), icon=":material/task_alt:"),
        st.Page("pages/learn/lab.py", title=t("common.nav.lab"), icon=":material/grid_4x4:"),
        st.Page("pages/learn/layers_lab.py", title=t("common.nav.layers_lab"), icon=":material/filter_alt:"),
        st.Page("pages/learn/training_step.py", title=t("common.nav.training_step"), icon=":material/footprint:"),
        st.Page("pages/learn/concepts.py", title=t("common.nav.concepts"), icon=":material/menu_book:"),
    ],
}

if is_class_mode():  # the teacher opens /class_view; it is listed in the sidebar only once they have
    PAGES[t("common.nav.section_build")].append(st.Page("pages/build/class_view.py", title=t("common.nav.class"),
                                                 icon=":material/groups:",
                                                 visibility="visible" if state.TEACHER_OK.get() else "hidden"))

st.navigation(PAGES, expanded=True).run()  # every page listed: a "View more" hides the Learn pages
