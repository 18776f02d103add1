"""Class: the teacher's view of every workspace on this server: runs and jobs, the queue, and who won."""

import streamlit as st

from cnnviz import i18n
from cnnviz.compare.leaderboard import leaderboard, left_out_note, left_out_of_board, run_details
from cnnviz.data.datasets import USER_DATASET
from cnnviz.figures.compare import leaderboard_rows
from cnnviz.i18n import t
from cnnviz.runs import store as runs
from cnnviz.runs.store import status_label
from cnnviz.runs.workspace import Workspace, all_workspaces
from cnnviz.train.jobs import queue_order
from pages.build.class_lessons import class_lessons
from pages.common import state
from pages.common.text import plain
from pages.common.workspace import check_teacher_secret, is_class_mode, stop_run, teacher_secret

st.title(t("common.nav.class"))
if not is_class_mode():
    st.info(t("build.class.only_in_class_mode"), icon=":material/info:")
    st.stop()
secret = teacher_secret()
if not secret:
    st.warning(t("build.class.no_secret"), icon=":material/lock:")
    st.stop()
if not state.TEACHER_OK.get():
    with st.form("teacher_login"):
        given = st.text_input(t("build.class.secret"), type="password", help=t("build.class.secret_help"))
        if st.form_submit_button(t("build.class.open"), type="primary"):
            wait = check_teacher_secret(given, secret)
            if wait is None:
                state.TEACHER_OK.set(True)
                st.rerun()
            st.error(t("build.class.wrong_secret_wait", seconds=wait) if wait > 1 else t("build.class.wrong_secret"),
                     icon=":material/lock:")
    st.stop()


def _dataset_choice(dataset: str) -> str:
    """A dataset id of the leaderboard's select as people read it: every run on the students' own data is ranked
    together under "my data"."""
    return t("common.ownpages.run_own_dataset") if dataset == USER_DATASET else dataset


def _workspace_label(workspace: Workspace) -> str:
    """The student's own name for their workspace (plain text), with its code; else "student" and the code."""
    name = workspace.display_name()
    if name:
        return t("build.class.student_named", name=name, id=workspace.id[:6])
    return t("build.class.student", id=workspace.id[:6])


@st.fragment(run_every=3.0)
def class_view() -> None:
    workspaces = all_workspaces()
    labels = {ws.id: _workspace_label(ws) for ws in workspaces}
    with i18n.fields_as_given():  # the table shows text as text
        table_labels = {ws.id: _workspace_label(ws) for ws in workspaces}
    everything = [(ws, info) for ws in workspaces for info in ws.list_runs()]
    owners = {info.path: ws for ws, info in everything}
    active = [(owners[info.path], info) for info in queue_order([info for _, info in everything if info.active])]
    row = st.container(horizontal=True, gap="large")
    row.metric(t("build.class.workspaces"), len(workspaces), width="content")
    row.metric(t("build.class.runs"), len(everything), width="content")
    row.metric(t("build.class.training_now"), sum(info.status == "running" for _, info in active), width="content")
    row.metric(t("build.class.waiting"), sum(info.status == "queued" for _, info in active), width="content")

    st.header(t("build.class.queue"), anchor=False)
    if not active:
        st.caption(t("build.class.queue_empty"))
    for ws, info in active:
        line = st.container(horizontal=True, vertical_alignment="center")
        line.markdown(t("build.class.queue_line", name=plain(info.name), student=plain(labels[ws.id]),
                        status=status_label(info.status), dataset=plain(runs.dataset_label(info)),
                        params=info.params))
        line.button(t("build.class.stop"), key=f"class_stop_{ws.id}_{info.run_id}", icon=":material/stop_circle:",
                    on_click=stop_run, args=(info.path,), disabled=runs.stop_requested(info.path))

    st.header(t("build.class.every_run"), anchor=False)
    columns = {name: t(f"build.class.col_{name}") for name in
               ("student", "name", "status", "dataset", "params", "test_acc", "created")}
    rows = [{columns["student"]: table_labels[ws.id], columns["name"]: info.name,
             columns["status"]: status_label(info.status), columns["dataset"]: runs.dataset_label(info),
             columns["params"]: info.params, columns["test_acc"]: info.test_accuracy,
             columns["created"]: info.created[5:16].replace("T", " ")}
            for ws, info in everything]
    picked = st.dataframe(rows, hide_index=True, on_select="rerun", selection_mode="single-row", key="class_runs",
                          placeholder="–", column_config={
                              columns["params"]: st.column_config.NumberColumn(format="localized"),
                              columns["test_acc"]: st.column_config.NumberColumn(format="%.4f")})
    if picked.selection.rows:
        ws, info = everything[picked.selection.rows[0]]
        if st.button(t("build.class.delete", name=info.name[:40]), key="class_delete", icon=":material/delete:",
                     disabled=info.active, help=t("build.class.delete_help")):
            try:
                runs.delete_run(ws.run_folder(info.run_id))
            except runs.RunError as exc:
                st.error(str(exc))
            st.rerun()

    st.header(t("build.class.leaderboard"), anchor=False)
    datasets = sorted({info.dataset for _, info in everything if info.dataset})
    if datasets:
        dataset = st.selectbox(t("build.class.dataset"), datasets, index=state.held_index("class_dataset", datasets),
                               key="class_dataset", persist_state=state.KEEP, width=320,
                               help=t("build.class.dataset_help"),
                               format_func=_dataset_choice)
        infos = [info for _, info in everything if info.dataset == dataset]
        details = {info.path: run_details(info.path) for info in infos}
        board = leaderboard(infos, dataset, details)
        st.dataframe(leaderboard_rows(board), hide_index=True, placeholder="–")
        if left := left_out_of_board(infos, details):
            st.warning(plain(left_out_note(left), limit=1200), icon=":material/broken_image:")


class_view()
class_lessons()
