"""Train: pick the network, the data and the hyper-parameters, queue the job, and watch it learn live.

The server only queues: a Dask worker process trains, writing the run folder this page reads every second.
"""

from pathlib import Path

import streamlit as st

from cnnviz.arch.shapes import summarize
from cnnviz.i18n import t, t_or_empty
from cnnviz.runs import store as runs
from cnnviz.runs.layout import ACTIVE
from cnnviz.runs.workspace import WorkspaceError, all_workspaces
from cnnviz.train.config import ConfigError, TrainingConfig
from cnnviz.train.jobs import JobRefused, queue_training
from pages.build import sweep as sweep_ui
from pages.build import training as ui
from pages.common import state
from pages.common.text import plain
from pages.common.workspace import current_workspace, owned_run, runtime

WATCH_SECONDS = 5.0

st.title(t("build.trainpage.title"))
workspace = current_workspace()
cluster = runtime()
cluster.start_in_background()  # worker processes take seconds to start: by the Start click they are ready


def start(arch, config: TrainingConfig, images: int, name: str) -> None:
    """Queue the job (or remember why not, for the rerun to show)."""
    try:
        workspace.check_can_queue()
        run_dir = queue_training(cluster, workspace.id, workspace.runs_dir, arch, config, name, images)
        state.ACTIVE_RUN.set(run_dir)
        state.CURRENT_RUN.set(run_dir)
        state.TRAIN_START_ERROR.clear()
        sweep_ui.forget_group()
    except (ConfigError, JobRefused, WorkspaceError, ValueError) as exc:
        state.TRAIN_START_ERROR.set(t("build.trainpage.cannot_start", reason=exc))


def active_run() -> Path | None:
    """This session's job, or (a new session, a restarted server) the workspace's newest queued or training one.
    While a sweep runs, its run training now."""
    mine = sweep_ui.group_active_run(workspace) or owned_run(workspace, state.ACTIVE_RUN.get())
    if mine is None:
        mine = next((r.path for r in workspace.list_runs() if r.active), None)
        state.ACTIVE_RUN.set(mine)
        if mine is not None and state.widget_value("train_epochs") is None:  # nothing set in this session yet
            ui.show_settings_of(mine)
    return mine


run_dir = active_run()
busy = run_dir is not None and runs.load_run(run_dir).active
# A run its folder still calls active that this read judged over (e.g. a heartbeat caught while being rewritten) is
# watched slowly: the page then redraws with its Stop button by itself instead of staying without one.
watch = 1.0 if busy else (WATCH_SECONDS if run_dir is not None and runs.stored_status(run_dir) in ACTIVE else None)
badges = st.container(horizontal=True)
settings = cluster.settings
where = t("build.trainpage.badge_gpu", gpus=settings.gpus) if settings.gpus else t("build.trainpage.badge_cpu")
unavailable = cluster.unavailable()  # a separate scheduler that cannot be reached (the runtime reconnects)
if unavailable is None:
    badges.badge(t("build.trainpage.badge", where=where,
                   n=cluster.slots() if not cluster.embedded else settings.workers),
                 icon=":material/memory:", color="green" if settings.gpus else "gray",
                 help=t("build.trainpage.badge_help"))
else:
    st.warning(str(unavailable), icon=":material/cloud_off:")

with st.expander(t("build.trainpage.settings"), expanded=not busy):
    arch, arch_label = ui.pick_architecture()
    choice, dataset = ui.pick_dataset(workspace)
    ready = ui.fit_to_dataset(arch, dataset) if dataset is not None else None
    config = ui.settings_form(choice, settings.gpus > 0)
    out_of_range = ui.out_of_range()  # never train on a value the user did not choose
    for problem in out_of_range:
        st.error(problem, icon=":material/error:")
    too_big = None
    if ready is not None:
        st.caption(t("build.trainpage.network_summary", layers=len(ready.layers), params=summarize(ready).total_params,
                     shape="×".join(map(str, ready.input_shape))))
        if not out_of_range:
            too_big = ui.memory_line(ready, config, dataset, cluster.worker_memory_limit())
    auto_name = t("build.trainpage.auto_name", arch=arch_label, dataset=ui.dataset_short_name(choice))
    name = st.text_input(t("build.trainpage.run_name"), state.held("train_run_name", ""), key="train_run_name",
                         placeholder=auto_name, max_chars=runs.MAX_NAME, help=t_or_empty("training_help.run_name"),
                         persist_state=state.KEEP).strip() or auto_name
    images = dataset.images if dataset is not None else 0
    if st.button(t("build.trainpage.queued") if busy else t("build.trainpage.start"), type="primary",
                 icon=":material/play_arrow:",
                 key="train_start", disabled=busy or ready is None or too_big is not None or unavailable is not None
                 or bool(out_of_range),
                 help=t("build.trainpage.start_help")):
        # Handled here, not in an on_click callback: a callback would get the settings of the previous run, so a
        # run name typed just before the click would be lost. The rerun then shows the job and disables Start.
        start(ready, config, images, name)
        st.rerun()
    if state.TRAIN_START_ERROR.get():
        st.error(state.TRAIN_START_ERROR.get(), icon=":material/error:")
    sweep_ui.sweep_section(workspace, cluster, ready, config, dataset, name, busy or bool(out_of_range))

if run_dir is None:
    st.info(t("build.trainpage.choose_first"), icon=":material/info:")
else:
    sweep_ui.group_panel(workspace)
    st.header(t("build.trainpage.run_title", name=plain(runs.load_run(run_dir).name)), anchor=False)
    workspaces = all_workspaces() if not workspace.local else [workspace]
    if busy:
        ui.stop_button(run_dir)

    @st.fragment(run_every=watch)
    def live() -> None:
        still_active = ui.live_panel(run_dir, workspaces, cluster.slots())
        if still_active != busy:  # refresh the whole page once: Start and Stop follow, the polling starts or stops
            st.rerun()

    live()
    if not busy:
        st.page_link("pages/build/runs.py", label=t("build.trainpage.all_runs"), icon=":material/folder_open:")
