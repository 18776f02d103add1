"""The Train page's "Try several values": plan a sweep of one setting from the single run's settings, queue it as one
group through the training runtime, and follow the group (each run's state, stop them all, open them on Compare)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import streamlit as st

from cnnviz.arch.shapes import format_bytes, summarize
from cnnviz.arch.spec import Architecture
from cnnviz.i18n import t
from cnnviz.runs import files as runfiles
from cnnviz.runs import store as runs
from cnnviz.runs.workspace import Workspace, WorkspaceError
from cnnviz.train import sweeps
from cnnviz.train.config import ConfigError, TrainingConfig
from cnnviz.train.jobs import JobRefused, JobRuntime, queue_training
from pages.common import state
from pages.common.text import plain, plain_table

if TYPE_CHECKING:
    from cnnviz.data.datasets import DatasetFacts

FIELD = 220
EXAMPLES = {  # what the values box starts with: three values a class would try first
    "learning_rate": "0.01, 0.001, 0.0001",
    "batch_size": "16, 32, 64",
    "dropout_rate": "0, 0.25, 0.5",
    "filters": "16, 32, 64",
    "optimizer": "adam, sgd, rmsprop",
}
KEEP = state.KEEP


# ---- planning --------------------------------------------------------------------------------------


def quota_problem(workspace: Workspace, count: int) -> str | None:
    """Why the workspace cannot take `count` more jobs at once (its quota of queued or training jobs, of runs, of
    disk), or None."""
    listed = workspace.list_runs()
    active = sum(info.active for info in listed)
    quotas = workspace.quotas
    if active + count > quotas.queued_jobs:
        return t("build.comparepages.sweep.quota_jobs", n=count, limit=quotas.queued_jobs, active=active)
    if len(listed) + count > quotas.runs:
        return t("build.comparepages.sweep.quota_runs", n=count, limit=quotas.runs, have=len(listed))
    try:
        workspace.check_can_queue()
    except WorkspaceError as exc:
        return str(exc)
    return None


def memory_problems(planned: list[sweeps.SweepRun], images: int, limit: int) -> dict[str, str]:
    """The planned runs too big for a training worker (a bigger batch, more filters), by run name, with why."""
    from cnnviz.arch.memory import estimate_training_memory, refusal

    found = {}
    for run in planned:
        estimate = estimate_training_memory(summarize(run.architecture), run.config.batch_size, run.config.optimizer,
                                            run.config.momentum, images)
        problem = refusal(estimate, limit)
        if problem:
            found[run.name] = problem
    return found


def preview_rows(planned: list[sweeps.SweepRun], images: int) -> list[dict[str, str]]:
    from cnnviz.arch.memory import estimate_training_memory

    rows = []
    for run in planned:
        summary = summarize(run.architecture)
        estimate = estimate_training_memory(summary, run.config.batch_size, run.config.optimizer,
                                            run.config.momentum, images)
        rows.append({t("build.comparepages.sweep.col_run"): run.name,
                     t("build.comparepages.sweep.col_value"): sweeps.format_value(run.tag.value),
                     t("build.comparepages.sweep.col_params"): f"{summary.total_params:,}",
                     t("build.comparepages.sweep.col_memory"): format_bytes(estimate.total)})
    return rows


def start_sweep(workspace: Workspace, cluster: JobRuntime, planned: list[sweeps.SweepRun], images: int
                ) -> list[Path]:
    """Queue every run of the sweep, each tagged with its place in the group as its folder is made. If one cannot be
    queued, the ones already queued are stopped (a sweep runs whole or not at all) and the reason is raised."""
    problem = quota_problem(workspace, len(planned))
    if problem:
        raise WorkspaceError(problem)
    queued: list[Path] = []
    try:
        for run in planned:
            queued.append(queue_training(cluster, workspace.id, workspace.runs_dir, run.architecture, run.config,
                                         run.name, images, fields=run.run_fields()))
    except (ConfigError, JobRefused, ValueError):
        for run_dir in queued:
            runs.request_stop(run_dir)
        raise
    return queued


def _layer_label(architecture: Architecture, position: int) -> str:
    layer = architecture.layers[position - 1]
    detail = (f"({layer.filters}, {'×'.join(map(str, layer.kernel_size))})" if hasattr(layer, "filters")
              else f"({layer.rate:g})" if hasattr(layer, "rate") else "")
    return t("build.comparepages.sweep.layer_label", position=position, type=layer.TYPE, detail=detail)


def sweep_section(workspace: Workspace, cluster: JobRuntime, architecture: Architecture | None,
                  config: TrainingConfig, dataset: DatasetFacts | None, name: str, busy: bool) -> None:
    """The "Try several values" controls under Start: the single run's settings are the base of every run."""
    if not st.toggle(t("build.comparepages.sweep.toggle"), state.held("train_sweep_on", False), key="train_sweep_on",
                     persist_state=KEEP, help=t("build.comparepages.sweep.toggle_help")):
        return
    if architecture is None or dataset is None:
        st.caption(t("build.comparepages.sweep.needs_network"))
        return
    row = st.container(horizontal=True, vertical_alignment="bottom")
    setting = row.selectbox(t("build.comparepages.sweep.setting"), sweeps.SETTINGS,
                            index=state.held_index("train_sweep_setting", sweeps.SETTINGS), key="train_sweep_setting",
                            format_func=lambda s: t(f"build.comparepages.sweep.setting_{s}"), persist_state=KEEP,
                            help=t("build.comparepages.sweep.setting_help"), width=FIELD + 80)
    layer = None
    if setting in sweeps.LAYER_SETTINGS:
        choices = sweeps.layer_choices(architecture, setting)
        if not choices:
            st.error(str(sweeps.SweepError("compare.sweep.error.no_layer", setting=setting,
                                           layer_type=sweeps.LAYER_SETTINGS[setting][0].TYPE)),
                     icon=":material/error:")
            return
        layer = row.selectbox(t("build.comparepages.sweep.layer"), choices,
                              index=state.held_index(f"train_sweep_layer_{setting}", choices),
                              key=f"train_sweep_layer_{setting}", format_func=lambda i: _layer_label(architecture, i),
                              persist_state=KEEP, help=t("build.comparepages.sweep.layer_help"), width=FIELD + 40)
    text = row.text_input(t("build.comparepages.sweep.values"),
                          state.held(f"train_sweep_values_{setting}", EXAMPLES[setting]),
                          key=f"train_sweep_values_{setting}", persist_state=KEEP,
                          help=t("build.comparepages.sweep.values_help"), width=FIELD + 80)
    try:
        values = sweeps.parse_values(setting, text)
        planned = sweeps.plan_sweep(architecture, config, setting, values, layer=layer, base_name=name)
    except sweeps.SweepError as exc:
        st.error(plain(str(exc), limit=400), icon=":material/error:")
        return
    images = dataset.images
    st.table(plain_table(preview_rows(planned, images)), hide_index=True)
    too_big = memory_problems(planned, images, cluster.worker_memory_limit())
    for run_name, problem in too_big.items():
        st.error(t("build.comparepages.sweep.too_big", name=plain(run_name), reason=plain(problem, limit=400)),
                 icon=":material/memory:")
    quota = quota_problem(workspace, len(planned))
    if quota:
        st.error(plain(quota, limit=400), icon=":material/block:")
    st.caption(t("build.comparepages.sweep.how", n=len(planned), at_once=cluster.settings.jobs_per_workspace))
    if st.button(t("build.comparepages.sweep.start", n=len(planned)), icon=":material/stacks:", key="train_sweep_start",
                 disabled=busy or bool(too_big) or bool(quota), help=t("build.comparepages.sweep.start_help")):
        try:
            queued = start_sweep(workspace, cluster, planned, images)
        except (ConfigError, JobRefused, WorkspaceError, ValueError) as exc:
            state.SWEEP_ERROR.set(t("build.comparepages.sweep.cannot_start", reason=str(exc)))
        else:
            state.SWEEP_ERROR.clear()
            state.TRAIN_START_ERROR.clear()
            state.SWEEP_GROUP.set(planned[0].tag.group)
            state.ACTIVE_RUN.set(queued[0])
            state.CURRENT_RUN.set(queued[0])
        st.rerun()
    if state.SWEEP_ERROR.get():
        st.error(plain(state.SWEEP_ERROR.get(), limit=600), icon=":material/error:")


# ---- following a group -----------------------------------------------------------------------------


def current_group(workspace: Workspace) -> str | None:
    """The sweep this session queued last; in a new session, the sweep of the workspace's newest active run."""
    group = state.SWEEP_GROUP.get()
    if group is None:
        active = next((info for info in workspace.list_runs() if info.active), None)
        tag = sweeps.sweep_tag(active.path) if active is not None else None
        if tag is not None:
            group = tag.group
            state.SWEEP_GROUP.set(group)
    return group


def group_active_run(workspace: Workspace) -> Path | None:
    """The run of the current sweep to watch live: the one training (else the next queued), remembered as the
    session's job; None when no run of the group is active."""
    group = current_group(workspace)
    if group is None:
        return None
    members = sweeps.group_runs(group, workspace.runs_dir)
    live = (next((info for info in members if info.status == "running"), None)
            or next((info for info in members if info.active), None))
    if live is None:
        return None
    state.ACTIVE_RUN.set(live.path)
    return live.path


def forget_group() -> None:
    """A single run started: the page follows it, not the last sweep."""
    state.SWEEP_GROUP.clear()
    state.SWEEP_ERROR.clear()


def tag_label(tag: sweeps.SweepTag) -> str:
    """The swept value of a run, e.g. "learning_rate=0.001", "filters (layer 3)=64", in the current language."""
    if tag.layer is None:
        return tag.label
    return t("build.trainpage.sweep_tag_layer", setting=tag.setting, layer=tag.layer,
             value=sweeps.format_value(tag.value))


def _share_done(info: runs.RunInfo) -> float:
    if not info.active:
        return 1.0
    epochs = (runfiles.read_stored_config(info.path).value or {}).get("epochs")
    epochs = epochs if isinstance(epochs, int) and not isinstance(epochs, bool) and epochs > 0 else 0
    return min(1.0, info.epochs_done / epochs) if epochs else 0.0


def _stop_all(run_dirs: list[Path]) -> None:
    for run_dir in run_dirs:
        runs.request_stop(run_dir)


def _open_compare(group: str) -> None:
    state.COMPARE_OPEN_GROUP.set(group)


def group_panel(workspace: Workspace) -> None:
    """The current sweep's runs, each with its state, an overall progress, Stop the whole group, and Compare."""
    group = current_group(workspace)
    if group is None:
        return
    members = sweeps.group_runs(group, workspace.runs_dir)
    if not members:
        return

    @st.fragment(run_every=2.0 if any(info.active for info in members) else None)
    def panel() -> None:
        infos = sweeps.group_runs(group, workspace.runs_dir)
        tag = sweeps.sweep_tag(infos[0].path) if infos else None
        setting = tag.setting if tag is not None else ""
        st.header(t("build.comparepages.group.title", setting=setting, n=len(infos)), anchor=False)
        done = sum(_share_done(info) for info in infos) / max(len(infos), 1)
        finished = sum(not info.active for info in infos)
        st.progress(done, text=t("build.comparepages.group.progress", done=finished, n=len(infos)))
        rows = []
        for info in infos:
            run_tag = sweeps.sweep_tag(info.path)
            rows.append({t("build.comparepages.group.col_value"): tag_label(run_tag) if run_tag else info.name,
                         t("build.comparepages.group.col_state"): t(f"build.comparepages.group.state_{info.status}")
                         if info.status in (*runs.STATUSES, runs.INTERRUPTED) else info.status,
                         t("build.comparepages.group.col_epochs"): info.epochs_done,
                         t("build.comparepages.group.col_val"): "–" if info.best_val_accuracy is None
                         else f"{info.best_val_accuracy:.4f}",
                         t("build.comparepages.group.col_test"): "–" if info.test_accuracy is None
                         else f"{info.test_accuracy:.4f}"})
        st.table(plain_table(rows), hide_index=True)
        active = [info.path for info in infos if info.active]
        row = st.container(horizontal=True)
        stopping = bool(active) and all(runs.stop_requested(path) for path in active)
        row.button(t("build.comparepages.group.stopping") if stopping else t("build.comparepages.group.stop_all"),
                   icon=":material/stop_circle:", key="train_sweep_stop_all", on_click=_stop_all, args=(active,),
                   disabled=not active or stopping, help=t("build.comparepages.group.stop_all_help"))
        if row.button(t("build.comparepages.group.compare"), icon=":material/compare_arrows:",
                      key="train_sweep_compare",
                      on_click=_open_compare, args=(group,), help=t("build.comparepages.group.compare_help")):
            st.switch_page("pages/build/compare.py")

    panel()
