"""Train page pieces: cached datasets, the settings form, the live job panel, the final results."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import streamlit as st

from cnnviz.figures.training import learning_curve
from cnnviz.presets import DEFAULT_PRESET, PRESETS
from cnnviz.shapes import summarize
from cnnviz.spec import Architecture, SpecError
from cnnviz.training import LR_SCHEDULES, OPTIMIZERS, Progress, TrainingConfig, adapt_input_shape, describe_mismatch
from cnnviz.training_help import training_help
from pages.shared import state

if TYPE_CHECKING:
    from cnnviz.data import Dataset
    from cnnviz.training import TrainingJob

DATASET_CHOICES = {
    "mnist_sample": "MNIST: bundled 5,000-digit sample (no download, seconds to train)",
    "mnist": "MNIST: full 70,000 digits (Keras cache or download)",
    "fashion_mnist": "Fashion-MNIST: 70,000 clothing images",
    "cifar10": "CIFAR-10: 60,000 colour photos 32×32×3 (Keras cache or download)",
}
OPTIMIZER_LABELS = {"adam": "Adam", "rmsprop": "RMSprop", "sgd": "SGD (with momentum)"}
LOSS_LABELS = {"sparse": "sparse: integer labels", "categorical": "categorical: one-hot labels"}


@st.cache_resource(show_spinner=False, max_entries=4)
def cached_dataset(choice: str, data_path: str) -> Dataset:
    """Loaded once per process and shared by every session (DataError is raised, never cached)."""
    from cnnviz.data import load_dataset, load_mnist_sample

    if choice == "mnist_sample":
        return load_mnist_sample()
    return load_dataset(choice, path=data_path or None)


def _fmt_shape(shape: tuple[int, ...]) -> str:
    return "×".join(str(v) for v in shape)


# ---- architecture and data --------------------------------------------------------------------------


def _preset_label(name: str) -> str:
    return f"{PRESETS[name].title} · {summarize(PRESETS[name].architecture).total_params:,} params"


def pick_architecture() -> tuple[Architecture, str]:
    source = st.radio("Network", ("The Build page's network", "A preset"), horizontal=True, key="train_arch_source",
                      help=training_help("architecture_source"))
    if source == "A preset":
        names = list(PRESETS)
        name = st.selectbox("Preset", names, index=names.index(DEFAULT_PRESET), key="train_preset",
                            format_func=_preset_label,
                            help=training_help("architecture_source"))
        st.caption(PRESETS[name].description)
        return PRESETS[name].architecture, name
    return state.CURRENT_ARCHITECTURE.get(), "build"


def pick_dataset() -> tuple[str, Dataset | None]:
    choice = st.selectbox("Dataset", list(DATASET_CHOICES), format_func=DATASET_CHOICES.get, key="train_dataset",
                          help=training_help("dataset"))
    with st.expander("Load from my own files"):
        data_path = st.text_input("Folder or .npz", key="train_data_path", help=training_help("data_path"),
                                  placeholder="e.g. /usr/share/datasets/fashion-mnist")
    from cnnviz.data import DataError

    try:
        with st.spinner(f"Loading {DATASET_CHOICES[choice].split(':')[0]}… (once per server)"):
            dataset = cached_dataset(choice, data_path.strip())
    except DataError as exc:
        st.error(f"Could not load the dataset: {exc}", icon=":material/error:")
        return choice, None
    st.caption(f"**Source:** {dataset.source} · {dataset.summary()}")
    if dataset.is_sample and choice != "mnist_sample":
        st.warning("The full dataset is not available here, so the bundled 5,000-digit sample is used.")
    return choice, dataset


def fit_to_dataset(arch: Architecture, dataset: Dataset) -> Architecture | None:
    """The architecture to train (adapted to the images if the user agrees), or None after explaining why not."""
    try:
        problem = describe_mismatch(arch, dataset.input_shape, dataset.num_classes)
    except SpecError as exc:
        st.error(f"This network cannot be built: {exc}. Fix it on the Build page.", icon=":material/error:")
        return None
    if problem is None:
        return arch
    if tuple(arch.input_shape) == dataset.input_shape:
        st.error(f"This network does not fit the dataset: {problem}.", icon=":material/error:")
        return None
    st.warning(f"The network expects {_fmt_shape(arch.input_shape)} images, the dataset has "
               f"{_fmt_shape(dataset.input_shape)}.", icon=":material/warning:")
    if not st.checkbox(f"Adapt the input shape to {_fmt_shape(dataset.input_shape)}", key="train_adapt",
                       help=training_help("adapt")):
        return None
    try:
        adapted = adapt_input_shape(arch, dataset.input_shape)
    except SpecError as exc:
        st.error(f"With a {_fmt_shape(dataset.input_shape)} input this network is invalid: {exc}. Change the layers "
                 "on the Build page.", icon=":material/error:")
        return None
    problem = describe_mismatch(adapted, dataset.input_shape, dataset.num_classes)
    if problem:
        st.error(f"Adapted, the network still does not fit: {problem}.", icon=":material/error:")
        return None
    st.success(f"Adapted: {summarize(adapted).total_params:,} parameters with the new input shape.")
    return adapted


# ---- hyper-parameters -------------------------------------------------------------------------------


def settings_form(dataset_choice: str, has_gpu: bool) -> TrainingConfig:
    h = training_help
    c1, c2, c3, c4 = st.columns(4)
    optimizer = c1.selectbox("Optimizer", OPTIMIZERS, format_func=OPTIMIZER_LABELS.get, key="train_optimizer",
                             help=h("optimizer"))
    learning_rate = c2.number_input("Learning rate", 1e-6, 10.0, 0.001, format="%.5f", step=0.0005, key="train_lr",
                                    help=h("learning_rate"))
    momentum = c3.number_input("Momentum", 0.0, 0.99, 0.9, step=0.05, key="train_momentum", help=h("momentum"),
                               disabled=optimizer != "sgd")
    lr_schedule = c4.selectbox("Learning-rate schedule", LR_SCHEDULES, key="train_lr_schedule", help=h("lr_schedule"))
    c1, c2, c3, c4 = st.columns(4)
    batch_size = c1.number_input("Batch size", 1, 4096, 32, key="train_batch", help=h("batch_size"))
    epochs = c2.number_input("Epochs", 1, 200, 5, key="train_epochs", help=h("epochs"))
    loss = c3.selectbox("Loss", ("sparse", "categorical"), format_func=LOSS_LABELS.get, key="train_loss",
                        help=h("loss"))
    limit = c4.number_input("Limit training images (0 = all)", 0, 1_000_000, 0, step=100, key="train_limit",
                            help=h("limit"))
    c1, c2, c3, c4 = st.columns(4)
    early = c1.toggle("Early stopping", True, key="train_early", help=h("early_stopping"))
    patience = c2.number_input("Patience (epochs)", 0, 50, 2, key="train_patience", help=h("patience"),
                               disabled=not early)
    restore = c3.toggle("Restore best weights", True, key="train_restore", help=h("restore_best_weights"),
                        disabled=not early)
    checkpoint = c4.toggle("Save best checkpoint", True, key="train_checkpoint", help=h("save_best_checkpoint"))
    c1, c2, c3, _ = st.columns(4)
    val_fraction = c1.slider("Validation fraction", 0.05, 0.5, 0.2, 0.05, key="train_val", help=h("val_fraction"))
    seed = c2.number_input("Seed", 0, 2**31 - 1, 42, key="train_seed", help=h("seed"))
    mixed = c3.toggle("Mixed precision", False, key="train_mixed", help=h("mixed_precision")) if has_gpu else False
    return TrainingConfig(
        dataset="mnist" if dataset_choice == "mnist_sample" else dataset_choice,
        sample=dataset_choice == "mnist_sample",
        optimizer=optimizer, learning_rate=float(learning_rate), momentum=float(momentum), lr_schedule=lr_schedule,
        batch_size=int(batch_size), epochs=int(epochs), loss=loss, val_fraction=float(val_fraction), seed=int(seed),
        limit=int(limit) or None, early_stopping=early, patience=int(patience), restore_best_weights=restore,
        save_best_checkpoint=checkpoint, mixed_precision=mixed,
        data_path=state.widget_value("train_data_path", "").strip() or None)


# ---- the live panel ---------------------------------------------------------------------------------


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "…"
    seconds = int(round(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}" if seconds >= 60 else f"{seconds} s"


def progress_line(p: Progress) -> str:
    if p.state in ("queued", "running") and p.batches_per_epoch == 0:
        return f"{p.phase.capitalize()}…"
    text = (f"Epoch {p.epoch}/{p.epochs} · batch {p.batch}/{p.batches_per_epoch} · "
            f"{p.samples_per_s:,.0f} samples/s · elapsed {_duration(p.elapsed)}")
    if not p.done:
        text += f" · ETA {_duration(p.eta)}" + (f" · {p.phase}" if p.phase != "training" else "")
    return text


def live_panel(job: TrainingJob) -> None:
    p = job.snapshot()
    st.progress(p.fraction, text=progress_line(p))
    if not p.done:
        st.button("Stop", icon=":material/stop_circle:", key="train_stop", on_click=job.stop,
                  disabled=p.state == "stopping", type="primary",
                  help="Ends training after the current batch. The model trained so far is saved and evaluated.")
    events = job.events_since(0)
    left, right = st.columns(2)
    left.plotly_chart(learning_curve(events, "loss", p.batches_per_epoch), key="train_loss_chart")
    right.plotly_chart(learning_curve(events, "accuracy", p.batches_per_epoch), key="train_acc_chart")
    if p.done:
        render_results(p)


@dataclass(frozen=True)
class _Row:
    part: str
    accuracy: float | None
    loss: float | None


def render_results(p: Progress) -> None:
    if p.state == "failed":
        st.error(f"Training failed: {p.message}", icon=":material/error:")
    elif p.state == "stopped":
        st.warning(p.message or "Stopped.", icon=":material/stop_circle:")
    else:
        st.success("Training finished.", icon=":material/check_circle:")
    f, t = p.final_metrics, p.test_metrics
    rows = [_Row("Last epoch's train accuracy", f.get("train_accuracy"), f.get("train_loss")),
            _Row("Last epoch's validation accuracy", f.get("val_accuracy"), f.get("val_loss")),
            _Row(f"Final test ({t.get('n', 0):,} images) accuracy", t.get("accuracy"), t.get("loss"))]
    cols = st.columns(3)
    for col, row in zip(cols, rows, strict=True):
        acc = "–" if row.accuracy is None else f"{row.accuracy:.4f}"
        loss = "–" if row.loss is None else f"loss {row.loss:.4f}"
        col.metric(row.part, acc, loss, delta_color="off", delta_arrow="off", border=True)
    st.caption("Train accuracy is measured while training (dropout active), validation and test on unseen images. "
               "A test accuracy far below train accuracy means over-fitting. With *restore best weights* the saved "
               "and tested model is the one from the epoch with the lowest validation loss.")
