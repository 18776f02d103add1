"""Runs: every training run saved on disk; open one for the look-inside pages, rename, download, delete."""

import streamlit as st

from cnnviz import runs
from cnnviz.figures.training import history_curve
from pages.shared import state

st.title("Runs")
st.caption(f"Every training run is a folder under `{runs.runs_root()}`: its architecture, settings, history, "
           "best checkpoint and final model. They survive server restarts.")

all_runs = runs.list_runs()
if not all_runs:
    st.info("No runs yet: train a network first.", icon=":material/info:")
    st.page_link("pages/train.py", label="Go to Train", icon=":material/model_training:")
    st.stop()


def _acc(value: float | None) -> float | None:
    return round(value, 4) if isinstance(value, float) else None


rows = [{"name": r.name, "status": r.status, "dataset": r.dataset, "params": r.params,
         "best val acc": _acc(r.best_val_accuracy), "test acc": _acc(r.test_accuracy), "epochs": r.epochs_done,
         "created": r.created[:19].replace("T", " ")} for r in all_runs]
current = state.CURRENT_RUN.get()
table = st.dataframe(rows, hide_index=True, on_select="rerun", selection_mode="single-row", key="runs_table",
                     column_config={"params": st.column_config.NumberColumn(format="localized"),
                                    "best val acc": st.column_config.ProgressColumn(min_value=0, max_value=1,
                                                                                    format="%.4f")})
if any(r.status == runs.INTERRUPTED for r in all_runs):
    st.caption("Status *interrupted*: the server stopped while it trained; its history and best checkpoint are kept.")
selected = table.selection.rows
if not selected:
    st.info("Select a run in the table (click the box at the left of its row) to open, rename, download or "
            "delete it.", icon=":material/touch_app:")
    st.stop()

info = all_runs[selected[0]]
st.subheader(info.name)
if info.message:
    st.caption(info.message)
is_current = current is not None and str(current) == str(info.path)
actions = st.container(horizontal=True)
with actions:
    if st.button("Opened" if is_current else "Open", icon=":material/visibility:", key="runs_open",
                 disabled=is_current or not info.has_model, type="primary",
                 help="Use this run's model on the Feature maps, Kernels, Confusion matrix and Draw pages."):
        state.CURRENT_RUN.set(info.path)
        st.rerun()
    if info.has_model:
        st.download_button("Download .keras", runs.model_bytes(info.path), file_name=f"{info.path.name}.keras",
                           mime="application/octet-stream", icon=":material/download:", key="runs_download",
                           help="The trained model (final, or the best checkpoint if training never finished). "
                                "Load it with keras.models.load_model(path).")
    with st.popover("Rename", icon=":material/edit:"):
        new_name = st.text_input("New name", info.name, key=f"runs_rename_{info.path.name}", max_chars=100)
        if st.button("Save name", key="runs_rename_save"):
            try:
                runs.rename_run(info.path, new_name)
                st.rerun()
            except runs.RunError as exc:
                st.error(str(exc))
    if st.button("Delete…", icon=":material/delete:", key="runs_delete", disabled=info.status == "running"):
        state.RUN_PENDING_DELETE.set(str(info.path))

if state.RUN_PENDING_DELETE.get() == str(info.path):
    st.warning(f"Delete **{info.name}** and all its files (models, history)? This cannot be undone.")
    yes, no = st.columns([1, 6])
    if yes.button("Yes, delete", type="primary", key="runs_delete_yes"):
        try:
            runs.delete_run(info.path)
            if is_current:
                state.CURRENT_RUN.clear()
        except runs.RunError as exc:
            st.error(str(exc))
        state.RUN_PENDING_DELETE.clear()
        st.rerun()
    if no.button("Cancel", key="runs_delete_no"):
        state.RUN_PENDING_DELETE.clear()
        st.rerun()

history = runs.load_history(info.path)
if history:
    left, right = st.columns(2)
    left.plotly_chart(history_curve(history, "loss"), key="runs_loss")
    right.plotly_chart(history_curve(history, "accuracy"), key="runs_acc")
with st.expander("Settings and architecture"):
    st.json({"run": str(info.path), "config": runs.load_config(info.path),
             "architecture": runs.load_architecture(info.path).to_dict()}, expanded=False)
