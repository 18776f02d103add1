"""Runs: every training run saved on disk; open one for the look-inside pages, rename, download, delete."""

import re
from pathlib import Path

import streamlit as st

from cnnviz.figures.training import history_curve
from cnnviz.i18n import t
from cnnviz.runs import files as runfiles
from cnnviz.runs import store as runs
from cnnviz.runs.workspace import WorkspaceError
from cnnviz.train import tblog
from pages.common import banners, explaining, internals, state, workers
from pages.common.charts import chart
from pages.common.text import plain
from pages.common.workspace import current_workspace, stop_run

st.title(t("common.nav.runs"))
workspace = current_workspace()
st.caption(t("build.runspage.intro_local",
             folder=str(workspace.runs_dir)) if workspace.local else t("build.runspage.intro_class"))
if workspace.local:
    st.caption(t("build.comparepages.runs.tensorboard", folder=str(workspace.runs_dir)))


def _acc(value: float | None) -> float | None:
    return round(value, 4) if isinstance(value, float) else None


def download_name(info: runs.RunInfo) -> str:
    """The run's name as a safe file name (what the user called it, not the folder's time stamp)."""
    return (re.sub(r"[^\w.-]+", "_", info.name).strip("._")[:80] or "model") + ".keras"


def _columns() -> dict[str, str]:
    """The table's column headers in the reader's language (the Class page's words where they are the same)."""
    headers = {name: t(f"build.class.col_{name}") for name in ("name", "status", "dataset", "params", "test_acc",
                                                               "created")}
    return {**headers, "val_acc": t("build.runspage.col_val_acc")}


def run_table(all_runs: list[runs.RunInfo]) -> runs.RunInfo | None:
    col = _columns()
    rows = [{col["name"]: ("⚠ " if r.problems else "") + r.name, col["status"]: str(r.status_text),
             col["dataset"]: runs.dataset_label(r), col["params"]: r.params,
             col["val_acc"]: _acc(r.best_val_accuracy), col["test_acc"]: _acc(r.test_accuracy),
             col["created"]: r.created[5:16].replace("T", " ")} for r in all_runs]
    paths = [str(r.path) for r in all_runs]
    remembered = state.RUNS_SELECTED.get()
    default = {"selection": {"rows": [paths.index(remembered)]}} if remembered in paths else None
    number = st.column_config.NumberColumn
    table = st.dataframe(rows, hide_index=True, on_select="rerun", selection_mode="single-row", key="runs_table",
                         selection_default=default, placeholder="–", column_config={
                             col["name"]: st.column_config.TextColumn(width=135),
                             col["status"]: st.column_config.TextColumn(width=80),
                             col["dataset"]: st.column_config.TextColumn(width=95),
                             col["params"]: number(format="localized", width=70),
                             col["val_acc"]: number(format="%.4f", width=80, help=t("build.runspage.val_acc_help")),
                             col["test_acc"]: number(format="%.4f", width=90, help=t("build.runspage.test_acc_help")),
                             col["created"]: st.column_config.TextColumn(width=85)})
    if any(r.problems for r in all_runs):
        st.caption(t("build.runspage.damaged_note"))
    if any(r.status == runs.INTERRUPTED for r in all_runs):
        st.caption(t("build.runspage.interrupted_note"))
    selected = table.selection.rows
    if not selected:
        state.RUNS_SELECTED.clear()
        return None
    state.RUNS_SELECTED.set(paths[selected[0]])
    return all_runs[selected[0]]


def actions(info: runs.RunInfo) -> None:
    current = state.CURRENT_RUN.get()
    is_current = current is not None and str(current) == str(info.path)
    row = st.container(horizontal=True)
    if row.button(t("build.runspage.opened") if is_current else t("build.class.open"), icon=":material/visibility:",
                  key="runs_open", disabled=is_current or not info.has_model, type="primary",
                  help=t("build.runspage.open_help")):
        state.CURRENT_RUN.set(info.path)
        st.rerun()
    if info.has_model:
        row.download_button(t("build.runspage.download"), runs.model_bytes(info.path), file_name=download_name(info),
                            mime="application/octet-stream", icon=":material/download:", key="runs_download",
                            help=t("build.runspage.download_help"))
    if info.has_model and not info.active:
        with row.popover(t("build.ownpages.export"), icon=":material/ios_share:", help=t("build.ownpages.export_help")):
            export_panel(info)
    with row.popover(t("build.runspage.rename"), icon=":material/edit:"):
        new_name = st.text_input(t("build.runspage.new_name"), info.name, key=f"runs_rename_{info.path.name}",
                                 max_chars=100)
        if st.button(t("build.runspage.save_name"), key="runs_rename_save"):
            try:
                runs.rename_run(info.path, new_name)
                st.rerun()
            except runs.RunError as exc:
                st.error(str(exc))
    if info.active:
        row.button(t("build.class.stop"), icon=":material/stop_circle:", key="runs_stop", on_click=stop_run,
                   args=(info.path,), disabled=runs.stop_requested(info.path), help=t("build.runspage.stop_help"))
    if row.button(t("common.ownpages.delete"), icon=":material/delete:", key="runs_delete", disabled=info.active):
        state.RUN_PENDING_DELETE.set(str(info.path))
    if state.RUN_PENDING_DELETE.get() == str(info.path):
        confirm_delete(info, is_current)


EXPORT_FOLDER = "export"


def _exported(info: runs.RunInfo) -> tuple[Path, Path, dict] | None:
    """The run's TFLite file and predict.py if they were made from its current model, else None."""
    folder = info.path / EXPORT_FOLDER
    try:
        record = runs.read_json(folder / "export.json", default={"none": True})
        model = runs.model_path(info.path)
    except runs.RunError:
        return None
    tflite = folder / str(record.get("tflite", ""))
    script = folder / "predict.py"
    if (not isinstance(record, dict) or record.get("model") != f"{model.name}:{model.stat().st_mtime_ns}"
            or not tflite.is_file() or tflite.suffix != ".tflite" or not script.is_file()):
        return None
    return tflite, script, record


def _export(info: runs.RunInfo) -> None:
    from cnnviz.models.modelfile import ModelLoadError
    from cnnviz.runs.export import ExportError, export_run

    folder = info.path / EXPORT_FOLDER
    tflite = folder / (download_name(info).removesuffix(".keras") + ".tflite")
    model = runs.model_path(info.path)
    try:
        with st.spinner(t("build.ownpages.export_working")):
            result = workers.call(export_run, str(info.path), str(tflite), lane=workers.LONG)
    except (ExportError, ModelLoadError, runs.RunError, OSError) as exc:
        st.error(t("build.ownpages.export_failed", reason=str(exc)), icon=":material/error:")
        return
    runs.atomic_write_json(folder / "export.json", {"tflite": tflite.name, "difference": result.max_difference,
                                                    "model": f"{model.name}:{model.stat().st_mtime_ns}"})


def export_panel(info: runs.RunInfo) -> None:
    """TensorFlow Lite and a runnable predict.py, made once per model (kept in the run folder's export/)."""
    st.caption(t("build.ownpages.export_intro"))
    done = _exported(info)
    if done is None:
        if not st.button(t("build.ownpages.export_make"), icon=":material/build:", key="runs_export", type="primary"):
            return
        _export(info)
        done = _exported(info)
        if done is None:
            return
    tflite, script, record = done
    st.download_button(t("build.ownpages.export_tflite", kb=tflite.stat().st_size / 1024), tflite.read_bytes(),
                       file_name=tflite.name, mime="application/octet-stream", icon=":material/download:",
                       key="runs_export_tflite")
    st.download_button(t("build.ownpages.export_script"), script.read_bytes(), file_name="predict.py",
                       mime="text/x-python",
                       icon=":material/download:", key="runs_export_script")
    st.caption(t("build.ownpages.export_how", file=tflite.name, difference=float(record.get("difference", 0.0))))


def delete(info: runs.RunInfo, is_current: bool) -> None:
    try:
        runs.delete_run(workspace.run_folder(info.run_id))
        if is_current:
            state.CURRENT_RUN.clear()
    except (runs.RunError, WorkspaceError) as exc:
        st.error(str(exc))


def confirm_delete(info: runs.RunInfo, is_current: bool) -> None:
    banners.confirm_delete(t("build.runspage.delete_confirm", name=plain(info.name)), "runs",
                           lambda: delete(info, is_current), state.RUN_PENDING_DELETE, icon=None)


def tensorboard_files(info: runs.RunInfo) -> None:
    """A run made before runs wrote TensorBoard event files gets them from its history.json, on request."""
    if tblog.has_events(info.path):
        return
    st.caption(t("build.comparepages.runs.no_events"))
    if st.button(t("build.comparepages.runs.write_events"), key="runs_write_events", icon=":material/monitoring:",
                 help=t("build.comparepages.runs.write_events_help")):
        try:
            workers.call(tblog.write_run_events, str(info.path), lane=workers.LONG)
            st.success(t("build.comparepages.runs.events_written"), icon=":material/check_circle:")
        except (runs.RunError, ValueError, OSError) as exc:
            st.error(t("build.comparepages.runs.events_failed", reason=plain(exc, limit=300)), icon=":material/error:")


def details(info: runs.RunInfo) -> None:
    st.header(plain(info.name), anchor=False)
    st.caption(t("build.runspage.summary", epochs=info.epochs_done, status=info.status_text,
                 created=info.created[:16].replace("T", " ")))
    if info.message:
        st.caption(plain(info.message, limit=600))
    for problem in info.problems:
        st.warning(t("build.runspage.damaged", problem=plain(problem, limit=300)), icon=":material/broken_image:")
    actions(info)
    history = runfiles.read_history(info.path).value  # what is wrong with it is among the problems above
    if history and not info.active:
        tensorboard_files(info)
    if history:
        left, right = st.columns(2)
        chart(where=left, fig=history_curve(history, "loss"), key="runs_loss")
        chart(where=right, fig=history_curve(history, "accuracy"), key="runs_acc")
    with explaining.lazy_expander(t("build.explainpages.internals.runs_expander"), "runs_internals_open",
                                  icon=":material/movie:") as story:
        if story.open:
            internals.training_story(info.path, "runs")
    with st.expander(t("build.runspage.settings")):
        shown: dict = {"run": info.run_id}
        for part, read in (("config", runfiles.read_stored_config), ("architecture", runfiles.read_architecture)):
            found = read(info.path)
            if found.value is None:
                shown[part] = t("build.runspage.unreadable", reason=found.problems[0])
            else:
                shown[part] = found.value.to_dict() if hasattr(found.value, "to_dict") else found.value
        st.json(shown, expanded=False)


all_runs = workspace.list_runs()
if not all_runs:
    st.info(t("build.runspage.no_runs"), icon=":material/info:")
    st.page_link("pages/build/train.py", label=t("common.ownpages.go_train"), icon=":material/model_training:")
    st.stop()


@st.fragment(run_every=3.0 if any(r.active for r in all_runs) else None)
def runs_view() -> None:
    """Refreshes itself every few seconds while a run trains, so its status, epochs and accuracy follow it."""
    chosen = run_table(workspace.list_runs())
    if chosen is None:
        st.info(t("build.runspage.select_hint"), icon=":material/touch_app:")
    else:
        details(chosen)


runs_view()
