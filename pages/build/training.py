"""Train page pieces: the datasets' facts (their images stay in the workers), the settings form, the live job panel,
the final results."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from cnnviz import inference
from cnnviz.arch.presets import DEFAULT_PRESET, PRESETS
from cnnviz.arch.shapes import summarize
from cnnviz.arch.spec import Architecture, SpecError
from cnnviz.figures.training import learning_curve
from cnnviz.i18n import Literal, t, t_or_empty
from cnnviz.runs import files as runfiles
from cnnviz.runs import store as runs
from cnnviz.runs.workspace import Workspace
from cnnviz.train.config import LOSSES, LR_SCHEDULES, OPTIMIZERS, TrainingConfig
from cnnviz.train.jobs import format_wait, pace, queue_place, run_turn, seconds_left
from cnnviz.train.keras_setup import adapt_input_shape, adapt_output_classes, describe_mismatch
from cnnviz.train.progress import Progress, RunStream
from pages.common import explaining, state, workers
from pages.common.charts import chart
from pages.common.internals import live_internals
from pages.common.workspace import stop_run

if TYPE_CHECKING:
    from cnnviz.data.datasets import DatasetFacts

DATASET_CHOICES = {  # the dataset select box's built-in values → the dataset's name (its label: the catalog's)
    "mnist_sample": "MNIST",
    "mnist": "MNIST",
    "fashion_mnist": "Fashion-MNIST",
    "cifar10": "CIFAR-10",
}
ARCHITECTURE_SOURCES = ("build", "preset")  # the Network radio's values (labels: trainpage.source_<value>)


def optimizer_label(optimizer: str) -> str:
    if optimizer == "sgd":
        return t("build.trainpage.optimizer_sgd")
    return {"adam": "Adam", "rmsprop": "RMSprop"}[optimizer]


def dataset_facts(name: str, data_path: str | None, sample: bool, stamp: str = "",
                  progress: Any = None) -> DatasetFacts:
    """What a dataset holds, loaded by a worker once per server and dataset (`stamp` changes when a user dataset's
    files do); a download reports its bytes to `progress`. DataError is raised, never kept."""
    facts_kept = explaining.results_cache("dataset_facts", 16)
    key = (name, data_path or "", sample, stamp)
    found = facts_kept.get(key)
    if found is None:
        found = workers.call(inference.dataset_facts, name, data_path, sample, progress=progress)
        facts_kept.put(key, found)
    return found


def _fmt_shape(shape: tuple[int, ...]) -> str:
    return "×".join(str(v) for v in shape)


# ---- architecture and data --------------------------------------------------------------------------


def _preset_label(name: str) -> str:
    return t("build.trainpage.preset_option", title=PRESETS[name].title,
             params=summarize(PRESETS[name].architecture).total_params)


def pick_architecture() -> tuple[Architecture, str]:
    source = st.radio(t("build.trainpage.network"), ARCHITECTURE_SOURCES, horizontal=True,
                      index=state.held_index("train_arch_source", ARCHITECTURE_SOURCES), key="train_arch_source",
                      format_func=lambda s: t(f"build.trainpage.source_{s}"),
                      help=t_or_empty("training_help.architecture_source"), persist_state=state.KEEP)
    if source == "preset":
        names = list(PRESETS)
        name = st.selectbox(t("build.trainpage.preset"), names,
                            index=state.held_index("train_preset", names, names.index(DEFAULT_PRESET)),
                            key="train_preset", format_func=_preset_label,
                            help=t_or_empty("training_help.architecture_source"), persist_state=state.KEEP, width=WIDE)
        st.caption(PRESETS[name].description)
        return PRESETS[name].architecture, name
    return state.CURRENT_ARCHITECTURE.get(), "build"


def pick_dataset(workspace: Workspace) -> tuple[str, DatasetFacts | None]:
    mine = user_datasets(workspace)
    options = [*DATASET_CHOICES, *mine]
    if state.widget_value("train_dataset") not in (None, *options):  # a dataset of mine that was deleted since
        state.set_widget_value("train_dataset", options[0])
    choice = st.selectbox(t("build.trainpage.dataset"), options, format_func=lambda c: dataset_choice_label(c, mine),
                          index=state.held_index("train_dataset", options), key="train_dataset",
                          help=t_or_empty("training_help.dataset") + " " + t("build.ownpages.train_dataset_help_mine"),
                          persist_state=state.KEEP, width=WIDE)
    if choice in mine:
        return choice, _load_user_dataset(mine[choice])
    with st.expander(t("build.trainpage.own_files")):
        data_path = st.text_input(t("build.trainpage.data_path"), state.held("train_data_path", ""),
                                  key="train_data_path",
                                  help=t_or_empty("training_help.data_path"),
                                  placeholder=t("build.trainpage.data_path_placeholder"), persist_state=state.KEEP)
    from cnnviz.data.datasets import DataError

    if data_path.strip() and not workspace.local and not workspace.owns(data_path.strip()):
        # On a shared server a path would read anything the server can: only the workspace's own folders.
        st.error(t("build.trainpage.path_not_owned", path=repr(data_path.strip()[:80])), icon=":material/lock:")
        return choice, None

    try:
        with st.spinner(t("build.trainpage.loading", name=DATASET_CHOICES[choice])):
            dataset = _load_with_progress(choice, data_path.strip())
    except DataError as exc:
        st.error(t("build.trainpage.load_failed", reason=exc), icon=":material/error:")
        return choice, None
    st.caption(t("build.trainpage.source", source=dataset.source_text(), summary=dataset.summary()))
    if dataset.is_sample and choice != "mnist_sample":
        st.warning(t("build.trainpage.sample_instead"))
    return choice, dataset


# ---- the workspace's own datasets (My data) and downloads ---------------------------------------------------

USER_PREFIX = "user:"  # the dataset select box's value for a dataset of the workspace: "user:<dataset id>"


def user_datasets(workspace: Workspace) -> dict[str, Any]:
    """The workspace's intact datasets by select-box value (damaged ones are shown on My data, not here)."""
    from cnnviz.data.userdata import list_user_datasets

    return {f"{USER_PREFIX}{info.id}": info for info in list_user_datasets(workspace.datasets_dir) if info.ok}


def dataset_choice_label(choice: str, mine: dict[str, Any]) -> str:
    if choice in mine:
        info = mine[choice]
        return t("build.ownpages.train_mine", name=info.name, n=info.n_images, classes=len(info.class_names),
                 shape="×".join(str(v) for v in info.image_shape))
    return t(f"build.trainpage.dataset_{choice}") if choice in DATASET_CHOICES else choice


def dataset_short_name(choice: str) -> str:
    """The dataset's name for a run's default name."""
    if choice.startswith(USER_PREFIX):
        from cnnviz.data.userdata import read_info

        info = read_info(Path(_user_folder(choice)))
        return info.name if info.ok else choice[len(USER_PREFIX):]
    return choice


def _user_folder(choice: str) -> str:
    """The folder of a "user:<id>" choice, resolved inside this session's workspace (never a path from the state)."""
    from cnnviz.data.userdata import dataset_folder
    from pages.common.workspace import current_workspace

    return str(dataset_folder(current_workspace().datasets_dir, choice[len(USER_PREFIX):]).resolve())


def _load_user_dataset(info: Any) -> DatasetFacts | None:
    from cnnviz.data.datasets import USER_DATASET
    from cnnviz.data.images import UserDataError
    from cnnviz.data.userdata import MANIFEST_FILE

    try:
        stamp = str((Path(info.path) / MANIFEST_FILE).stat().st_mtime_ns)
        with st.spinner(t("build.ownpages.train_loading_mine", name=info.name)):
            dataset = dataset_facts(USER_DATASET, str(info.path), False, stamp)
    except (UserDataError, OSError) as exc:
        st.error(str(exc), icon=":material/error:")
        return None
    st.caption(t("build.ownpages.train_mine_source", summary=dataset.summary(),
                 fit=t("common.ownpages.fit_pad_word" if info.fit == "pad" else "common.ownpages.fit_crop_word")))
    return dataset


def _load_with_progress(choice: str, data_path: str) -> DatasetFacts:
    """A built-in dataset's facts; a download (CIFAR-10) shows a progress bar that stays at 100% once done. Already
    loaded: nothing is shown."""
    bar = st.empty()
    title = DATASET_CHOICES[choice]

    def progress(done: int, total: int | None) -> None:
        if total:
            bar.progress(min(1.0, done / total), text=t("build.ownpages.train_downloading", name=title,
                                                        done=done / 2**20,
                                                       total=total / 2**20))
        else:
            bar.progress(0.0, text=t("build.ownpages.train_downloading_unknown", name=title, done=done / 2**20))

    sample = choice == "mnist_sample"
    return dataset_facts("mnist" if sample else choice, data_path or None, sample, progress=progress)


def training_data_fields(choice: str) -> dict[str, Any]:
    """TrainingConfig's dataset fields for a choice of the dataset select box."""
    from cnnviz.data.datasets import USER_DATASET

    if choice.startswith(USER_PREFIX):
        return {"dataset": USER_DATASET, "sample": False, "data_path": _user_folder(choice)}
    return {"dataset": "mnist" if choice == "mnist_sample" else choice, "sample": choice == "mnist_sample",
            "data_path": state.widget_value("train_data_path", "").strip() or None}


def memory_line(arch: Architecture, config: TrainingConfig, dataset: DatasetFacts, limit: int) -> str | None:
    """The job's estimated memory next to the worker's limit; the refusal when it cannot fit."""
    from cnnviz.arch.memory import estimate_training_memory, refusal
    from cnnviz.arch.shapes import format_bytes

    images = dataset.images
    estimate = estimate_training_memory(summarize(arch), config.batch_size, config.optimizer, config.momentum, images)
    problem = refusal(estimate, limit)
    if problem:
        st.error(t("build.trainpage.too_big", problem=problem[0].upper() + problem[1:]), icon=":material/memory:")
    else:
        st.caption(t("build.trainpage.memory", total=format_bytes(estimate.total), limit=format_bytes(limit),
                     breakdown=estimate.breakdown()))
    return problem


def fit_to_dataset(arch: Architecture, dataset: DatasetFacts) -> Architecture | None:
    """The architecture to train (adapted to the images and the number of classes if the user agrees), or None
    after explaining why not."""
    try:
        problem = describe_mismatch(arch, dataset.input_shape, dataset.num_classes)
    except SpecError as exc:
        st.error(t("build.trainpage.cannot_build", reason=exc), icon=":material/error:")
        return None
    if problem is None:
        return arch
    other_shape = tuple(arch.input_shape) != dataset.input_shape
    units = summarize(arch).output_shape
    other_classes = tuple(units) != (dataset.num_classes,)
    can_adapt_classes = other_classes and adapt_output_classes(arch, dataset.num_classes) is not None
    if not other_shape and not can_adapt_classes:
        st.error(t("build.trainpage.does_not_fit", problem=problem), icon=":material/error:")
        return None
    if other_shape:
        st.warning(t("build.trainpage.other_shape", expected=_fmt_shape(arch.input_shape),
                     got=_fmt_shape(dataset.input_shape)), icon=":material/warning:")
    if can_adapt_classes:
        st.warning(t("build.ownpages.train_other_classes", units="×".join(map(str, units)), n=dataset.num_classes),
                   icon=":material/warning:")
    label = (t("build.trainpage.adapt_shape", shape=_fmt_shape(dataset.input_shape)) if not can_adapt_classes else
             t("build.ownpages.train_adapt_both", shape=_fmt_shape(dataset.input_shape), n=dataset.num_classes)
             if other_shape else t("build.ownpages.train_adapt_classes", n=dataset.num_classes))
    if not st.checkbox(label, state.held("train_adapt", False), key="train_adapt",
                       help=t_or_empty("training_help.adapt") + " " + t("build.ownpages.train_adapt_help"),
                       persist_state=state.KEEP):
        return None
    try:
        adapted = adapt_input_shape(arch, dataset.input_shape)
        if can_adapt_classes:
            adapted = adapt_output_classes(adapted, dataset.num_classes) or adapted
    except SpecError as exc:
        st.error(t("build.trainpage.adapted_invalid", shape=_fmt_shape(dataset.input_shape), reason=exc),
                 icon=":material/error:")
        return None
    problem = describe_mismatch(adapted, dataset.input_shape, dataset.num_classes)
    if problem:
        st.error(t("build.trainpage.adapted_still_wrong", problem=problem), icon=":material/error:")
        return None
    params = summarize(adapted).total_params
    st.success(t("build.ownpages.train_adapted", params=params) if can_adapt_classes else
               t("build.trainpage.adapted_shape", params=params))
    return adapted


# ---- hyper-parameters -------------------------------------------------------------------------------

FIELD = 190  # px per setting: rows wrap on a narrow screen instead of squeezing the labels
WIDE = 520


def _row() -> DeltaGenerator:
    return st.container(horizontal=True, vertical_alignment="bottom")


# The number fields' ranges, checked by the page (`out_of_range`), not by the widgets: a widget's own min/max only
# turns the field red in the browser, which keeps the last valid value, so the job would train on a value nobody
# chose. Field key: (label key, lowest, highest).
NUMBER_RANGES: dict[str, tuple[str, float, float]] = {
    "train_lr": ("build.trainpage.learning_rate", 1e-6, 10.0),
    "train_momentum": ("build.trainpage.momentum", 0.0, 0.99),
    "train_batch": ("build.trainpage.batch_size", 1, 4096), "train_epochs": ("build.trainpage.epochs", 1, 200),
    "train_limit": ("build.trainpage.limit", 0, 1_000_000), "train_patience": ("build.trainpage.patience", 0, 50),
    "train_seed": ("build.trainpage.seed", 0, 2**31 - 1)}


def out_of_range() -> list[str]:
    """What is wrong with the number fields as they are now, one sentence per field outside its range."""
    problems = []
    for key, (label, low, high) in NUMBER_RANGES.items():
        value = state.widget_value(key)
        if isinstance(value, int | float) and not low <= value <= high:
            problems.append(t("build.trainpage.out_of_range", field=t(label), low=f"{low:g}", high=f"{high:g}",
                              value=f"{value:g}"))
    return problems


def settings_form(dataset_choice: str, has_gpu: bool) -> TrainingConfig:
    keep = state.KEEP
    row = _row()
    optimizer = row.selectbox(t("build.trainpage.optimizer"), OPTIMIZERS, format_func=optimizer_label,
                              index=state.held_index("train_optimizer", OPTIMIZERS), key="train_optimizer",
                              help=t_or_empty("training_help.optimizer"), persist_state=keep, width=FIELD)
    learning_rate = row.number_input(t("build.trainpage.learning_rate"), value=state.held("train_lr", 0.001),
                                     format="%.5f", step=0.0005, key="train_lr",
                                     help=t_or_empty("training_help.learning_rate"), persist_state=keep, width=FIELD)
    momentum = row.number_input(t("build.trainpage.momentum"), value=state.held("train_momentum", 0.9), step=0.05,
                                key="train_momentum", help=t_or_empty("training_help.momentum"),
                                disabled=optimizer != "sgd", persist_state=keep, width=FIELD)
    lr_schedule = row.selectbox(t("build.trainpage.lr_schedule"), LR_SCHEDULES,
                                index=state.held_index("train_lr_schedule", LR_SCHEDULES), key="train_lr_schedule",
                                format_func=lambda s: t(f"build.trainpage.lr_schedule_{s}"),
                                help=t_or_empty("training_help.lr_schedule"), persist_state=keep, width=FIELD)
    row = _row()
    batch_size = row.number_input(t("build.trainpage.batch_size"), value=state.held("train_batch", 32),
                                  key="train_batch",
                                  help=t_or_empty("training_help.batch_size"), persist_state=keep, width=FIELD)
    epochs = row.number_input(t("build.trainpage.epochs"), value=state.held("train_epochs", 5), key="train_epochs",
                              help=t_or_empty("training_help.epochs"), persist_state=keep, width=FIELD)
    loss = row.selectbox(t("build.trainpage.loss"), LOSSES, format_func=lambda s: t(f"build.trainpage.loss_{s}"),
                         index=state.held_index("train_loss", LOSSES), key="train_loss",
                         help=t_or_empty("training_help.loss"), persist_state=keep, width=FIELD + 40)
    limit = row.number_input(t("build.trainpage.limit"), value=state.held("train_limit", 0), step=100,
                             key="train_limit", help=t_or_empty("training_help.limit"), persist_state=keep,
                             width=FIELD + 40)
    row = _row()
    early = row.toggle(t("build.trainpage.early_stopping"), state.held("train_early", True), key="train_early",
                       help=t_or_empty("training_help.early_stopping"), persist_state=keep)
    patience = row.number_input(t("build.trainpage.patience"), value=state.held("train_patience", 2),
                                key="train_patience",
                                help=t_or_empty("training_help.patience"), disabled=not early, persist_state=keep,
                                width=FIELD)
    restore = row.toggle(t("build.trainpage.restore_best"), state.held("train_restore", True), key="train_restore",
                         help=t_or_empty("training_help.restore_best_weights"), disabled=not early, persist_state=keep)
    checkpoint = row.toggle(t("build.trainpage.save_checkpoint"), state.held("train_checkpoint", True),
                            key="train_checkpoint", help=t_or_empty("training_help.save_best_checkpoint"),
                            persist_state=keep)
    row = _row()
    val_fraction = row.slider(t("build.trainpage.val_fraction"), 0.05, 0.5, state.held("train_val", 0.2), 0.05,
                              key="train_val", help=t_or_empty("training_help.val_fraction"), persist_state=keep,
                              width=FIELD + 60)
    seed = row.number_input(t("build.trainpage.seed"), value=state.held("train_seed", 42), key="train_seed",
                            help=t_or_empty("training_help.seed"), persist_state=keep, width=FIELD)
    mixed = row.toggle(t("build.trainpage.mixed_precision"), state.held("train_mixed", False), key="train_mixed",
                       help=t_or_empty("training_help.mixed_precision"), persist_state=keep) if has_gpu else False
    return TrainingConfig(
        **training_data_fields(dataset_choice),
        optimizer=optimizer, learning_rate=float(learning_rate), momentum=float(momentum), lr_schedule=lr_schedule,
        batch_size=int(batch_size), epochs=int(epochs), loss=loss, val_fraction=float(val_fraction), seed=int(seed),
        limit=int(limit) or None, early_stopping=early, patience=int(patience), restore_best_weights=restore,
        save_best_checkpoint=checkpoint, mixed_precision=mixed)


# Each training setting's widget, by its TrainingConfig field (the run's config.json holds the same names).
SETTING_WIDGETS = {"optimizer": "train_optimizer", "learning_rate": "train_lr", "momentum": "train_momentum",
                   "lr_schedule": "train_lr_schedule", "batch_size": "train_batch", "epochs": "train_epochs",
                   "loss": "train_loss", "early_stopping": "train_early", "patience": "train_patience",
                   "restore_best_weights": "train_restore", "save_best_checkpoint": "train_checkpoint",
                   "val_fraction": "train_val", "seed": "train_seed", "mixed_precision": "train_mixed"}


def _dataset_choice(config: dict[str, Any]) -> str | None:
    """The dataset select box's value for a run's config, or None when the box cannot offer it."""
    from cnnviz.data.datasets import USER_DATASET

    dataset = str(config.get("dataset", ""))
    if dataset == USER_DATASET:
        return f"{USER_PREFIX}{Path(str(config.get('data_path', ''))).name}"
    if dataset == "mnist" and (config.get("sample") or config.get("dataset_is_sample")):
        return "mnist_sample"
    return dataset if dataset in DATASET_CHOICES else None


def show_settings_of(run_dir: Path) -> None:
    """Set the form to the settings `run_dir` trained with (before the form draws): a session that finds a job it
    did not start (a reload, another tab) shows that job's settings, not the defaults, under it."""
    config, arch = runfiles.read_stored_config(run_dir).value, runfiles.read_architecture(run_dir).value
    if config is None or arch is None:  # a damaged run folder: the form keeps its defaults
        return
    for field, key in SETTING_WIDGETS.items():
        if isinstance(config.get(field), (bool, int, float, str)):
            state.set_widget_value(key, config[field])
    limit = config.get("limit")
    state.set_widget_value("train_limit", limit if isinstance(limit, int) and not isinstance(limit, bool) else 0)
    choice = _dataset_choice(config)
    if choice is not None:
        state.set_widget_value("train_dataset", choice)
    preset = next((name for name, p in PRESETS.items() if p.architecture.layers == arch.layers), None)
    state.set_widget_value("train_arch_source", "preset" if preset else "build")
    if preset:
        state.set_widget_value("train_preset", preset)
    else:
        state.CURRENT_ARCHITECTURE.set(arch)


# ---- the live panel ---------------------------------------------------------------------------------


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "…"
    seconds = int(round(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}" if seconds >= 60 else t("build.trainpage.seconds", seconds=seconds)


def progress_line(p: Progress) -> str:
    """What the job is doing now, in words: never frozen on a batch while it stops, validates or evaluates."""
    if p.state in ("queued", "running", "stopping") and p.batches_per_epoch == 0:
        phase = str(p.phase_text)
        capital = phase[:1].upper() + phase[1:]
        return t("build.trainpage.phase_now", phase=Literal(capital) if isinstance(phase, Literal) else capital)
    text = t("build.trainpage.progress", epoch=p.epoch, epochs=p.epochs, batch=p.batch, batches=p.batches_per_epoch)
    if p.samples_per_s:
        text += t("build.trainpage.progress_rate", rate=p.samples_per_s)
    text += t("build.trainpage.progress_elapsed", time=_duration(p.elapsed))
    if p.done or p.state == runs.INTERRUPTED:
        return text
    if p.phase == "validating":
        return text + t("build.trainpage.progress_validating", batch=p.val_batch, batches=p.val_batches)
    if p.phase != "training":
        return text + t("build.trainpage.progress_phase", phase=p.phase_text)
    return text + t("build.trainpage.progress_eta",
                    time=_duration(p.eta) if p.eta is not None else t("build.trainpage.estimating"))


def stream_for(run_dir: Path) -> RunStream:
    """This session's reader of the run's event stream (it tails the file: only new lines are read)."""
    streams = state.RUN_STREAMS.get()
    if str(run_dir) not in streams:
        streams[str(run_dir)] = RunStream(run_dir)
    return streams[str(run_dir)].update()


PACE_RUNS = 20  # the newest finished runs that tell how fast this server's jobs really go


def _estimate(info: runs.RunInfo) -> float:
    try:
        return float(runs.read_json(info.path / runs.RUN_FILE, default={}).get("estimated_seconds") or 0)
    except (runs.RunError, OSError, TypeError, ValueError):  # a damaged folder: no estimate
        return 0.0


def _planned_epochs(info: runs.RunInfo) -> int:
    epochs = (runfiles.read_stored_config(info.path).value or {}).get("epochs")
    return epochs if isinstance(epochs, int) and not isinstance(epochs, bool) and epochs > 0 else 0


def queue_message(info: runs.RunInfo, workspaces: list[Workspace], slots: int) -> str:
    """Where a queued job stands among every workspace's queued jobs, and about how long until it starts."""
    listed = [r for ws in workspaces for r in ws.list_runs()]
    active = [r for r in listed if r.active]
    queued = [r for r in active if r.status == "queued"]
    finished = [r for r in listed if r.status == "finished" and r.training_seconds][:PACE_RUNS]
    speed = pace([(_estimate(r), float(r.training_seconds or 0)) for r in finished])
    estimates = {r.path: _estimate(r) * speed for r in active}
    running_left = [seconds_left(estimates[r.path], _planned_epochs(r), r.epochs_done, r.training_seconds or 0.0)
                    for r in active if r.status == "running"]
    place = queue_place(info, queued, running_left, estimates, slots, {r.path: run_turn(r) for r in queued})
    if place.ahead == 0 and len(running_left) < slots:
        return t("build.trainpage.queue_starting")
    return t("build.trainpage.queue_waiting", position=place.position, ahead=place.ahead, running=len(running_left),
             slots=slots, wait=format_wait(place.wait_seconds))


def stop_button(run_dir: Path) -> None:
    """Stop for an active run. Drawn outside the live panel: a button inside a fragment that redraws every second
    lost a click now and then (the element replaced under the pointer, or the click folded into a timed rerun);
    here the click is an ordinary rerun of the page, which then shows "Stopping…"."""
    stopping = runs.stop_requested(run_dir)
    st.button(t("build.comparepages.group.stopping") if stopping else t("build.trainpage.stop"),
              icon=":material/stop_circle:",
              key="train_stop", on_click=stop_run, args=(run_dir,), disabled=stopping, type="primary",
              help=t("build.trainpage.stop_help"))


def live_panel(run_dir: Path, workspaces: list[Workspace], slots: int) -> bool:
    """The job's progress, curves and, once it is over, its results; whether it is still active."""
    try:
        info = runs.load_run(run_dir)
    except runs.RunError:
        st.warning(t("build.trainpage.run_gone"), icon=":material/folder_off:")
        return False
    stream = stream_for(run_dir)
    p = stream.progress(info.status, info.message)
    if p.state == "queued":
        st.info(queue_message(info, workspaces, slots), icon=":material/hourglass_top:")
    st.progress(p.fraction if p.state != "queued" else 0.0, text=progress_line(p))
    left, right = st.columns(2)
    chart(where=left, fig=learning_curve(stream.events, "loss", p.batches_per_epoch), key="train_loss_chart")
    chart(where=right, fig=learning_curve(stream.events, "accuracy", p.batches_per_epoch), key="train_acc_chart")
    if p.state != "queued":
        live_internals(run_dir)  # first-layer kernels and probe predictions, from the run's snapshots
    if not info.active:
        render_results(p)
    return info.active


@dataclass(frozen=True)
class _Row:
    part: str
    accuracy: float | None
    loss: float | None


def _outcome(p: Progress) -> None:
    if p.state == runs.INTERRUPTED:
        st.warning(t("build.trainpage.interrupted"), icon=":material/power_off:")
    elif p.state == "failed":
        st.error(t("build.trainpage.failed", message=p.message), icon=":material/error:")
    elif p.state == "diverged":
        st.error(t("build.trainpage.not_a_success", message=p.message), icon=":material/trending_up:")
    elif p.state == "stopped":
        st.warning(p.message or t("build.trainpage.stopped"), icon=":material/stop_circle:")
    else:
        st.success(t("build.trainpage.finished"), icon=":material/check_circle:")


def render_results(p: Progress) -> None:
    _outcome(p)
    final, test = p.final_metrics, p.test_metrics
    epoch = t("build.trainpage.epoch_n", epoch=final["epoch"]) if "epoch" in final else t("build.trainpage.last_epoch")
    if final.get("partial"):
        epoch = t("build.trainpage.partial", epoch=epoch)
    rows = [_Row(t("build.trainpage.train_accuracy", epoch=epoch), final.get("train_accuracy"),
                 final.get("train_loss")),
            _Row(t("build.trainpage.val_accuracy", epoch=epoch), final.get("val_accuracy"), final.get("val_loss")),
            _Row(t("build.trainpage.test_accuracy", n=test.get("n", 0)), test.get("accuracy"), test.get("loss"))]
    row = st.container(horizontal=True)
    for item in rows:
        acc = "–" if item.accuracy is None else f"{item.accuracy:.4f}"
        loss = "–" if item.loss is None else t("build.trainpage.loss_value", loss=item.loss)
        row.metric(item.part, acc, loss, delta_color="off", delta_arrow="off", border=True, width=260)
    partial_note = t("build.trainpage.results_partial_note") if p.state == "stopped" else ""
    st.caption(t("build.trainpage.results_note") + partial_note)
