"""The live part of a lesson step, drawn inline beside its text: `show_live(live, workspace, key)`.

Each kind of FORMAT.md's table is a small function that reuses what the full page shows (the lab's arithmetic and
figures, the Build page's table, the look-inside pages' workers and figures), compact enough for a 1024×768 screen.
The parts about the student's own network use the workspace's newest finished run; without one they say what to
do instead of failing. Widget and chart keys start with `key`, so several steps can share a page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import numpy as np
import pandas as pd
import streamlit as st
from streamlit.errors import StreamlitAPIException

from cnnviz.arch.presets import DEFAULT_PRESET, PRESETS
from cnnviz.arch.shapes import Summary, fmt, summarize
from cnnviz.arch.spec import Architecture, Conv2D
from cnnviz.data.classnames import display_class_names
from cnnviz.figures import alt, figure_text
from cnnviz.figures import inspect as inspect_figures
from cnnviz.figures import lab as lab_figures
from cnnviz.figures.explain import pattern_grid
from cnnviz.figures.training import history_curve
from cnnviz.i18n import CnnvizError, current_language, t
from cnnviz.inference import ModelRef
from cnnviz.inspect import extract, patterns
from cnnviz.learn import lab
from cnnviz.learn import training_step as lab_training
from cnnviz.learn.concepts import CONCEPTS_BY_KEY
from cnnviz.learn.course import Live
from cnnviz.runs import files as runfiles
from cnnviz.runs import store as runs
from cnnviz.runs.layout import KEPT
from cnnviz.runs.workspace import Workspace
from pages.build import build_form
from pages.common import inspect as shared
from pages.common import state, workers
from pages.common.charts import chart
from pages.common.text import plain, plain_table
from pages.learn import teaching
from pages.learn.teaching import HELP

TRAIN_PAGE = "pages/build/train.py"
RUN_PARTS = ("training_curves", "confusion", "feature_maps", "kernels", "filter_patterns", "grad_cam")
CHART_HEIGHT = 300  # px: a chart beside a short text on a 1024×768 screen
SPLIT = "test"
# The layers lab's example map and logits (pages/learn/layers_lab.py shows the same numbers).
EXAMPLE_MAP = np.arange(1.0, 17.0).reshape(4, 4) * np.array([1, -1, 1, -1])
EXAMPLE_LOGITS = np.array([1.0, -0.5, 0.3, 3.2, -1.2, 2.1, 0.0, -0.3, 1.5, 0.4])
EXAMPLE_TARGET = 3
DROPOUT_SEED = 0
DIGIT_INDEX = 0  # the first digit of the bundled MNIST sample
KERNEL_BY_NAME = {preset.text_key: preset for preset in lab.KERNEL_PRESETS.values()}
PADDINGS = ("valid", "same")  # the lesson format's paddings (the lab also has 'full')


def show_live(live: Live, workspace: Workspace, key: str) -> None:
    """Draw `live` inline; `key` prefixes every widget and chart key. Never raises for a missing run or a setting
    the core refuses: says what is wrong or what to do."""
    draw = PARTS.get(live.kind)
    if draw is None:
        st.warning(t("learn.live.unknown_kind", kind=plain(live.kind, 40)), icon=":material/help:")
        return
    try:
        draw(dict(live.settings), workspace, key)
    except CnnvizError as exc:
        st.error(t("learn.live.cannot", reason=plain(str(exc), limit=600)), icon=":material/error:")
    except Exception as exc:  # a run's files or dataset gone meanwhile (Streamlit's stop and rerun are not Exceptions)
        if live.kind not in RUN_PARTS:
            raise
        st.error(t("learn.live.cannot", reason=plain(str(exc), limit=600)), icon=":material/error:")


# ---------------------------------------------------------------- small pieces


def page_link(page: str, label: str, icon: str) -> None:
    """A link to one of the app's pages; its label alone when the page is not in this app's navigation."""
    try:
        st.page_link(page, label=label, icon=icon)
    except StreamlitAPIException:
        st.caption(label)


def newest_run(workspace: Workspace) -> runs.RunInfo | None:
    """The workspace's newest run that finished (or was stopped) with a model (list_runs is newest first)."""
    return next((info for info in workspace.list_runs() if info.status in KEPT and info.has_model), None)


def no_run_message() -> None:
    st.info(t("learn.live.no_run"), icon=":material/model_training:")
    page_link(TRAIN_PAGE, t("learn.live.go_train"), ":material/model_training:")


def run_caption(info: runs.RunInfo) -> None:
    accuracy = (t("common.inspectpages.val_acc", accuracy=info.best_val_accuracy)
                if isinstance(info.best_val_accuracy, float) else t("common.inspectpages.no_val_acc"))
    st.caption(t("learn.live.your_run", name=plain(info.name, 60), dataset=plain(runs.dataset_label(info), 60),
                 accuracy=accuracy))


def _setting(settings: dict[str, Any], name: str, default: Any) -> Any:
    value = settings.get(name, default)
    return default if value is None else value


def open_model(info: runs.RunInfo) -> tuple[shared.RunChoice, workers.RemoteModel] | None:
    """The run's model as the look-inside pages hold it (None, after saying why, when it cannot be loaded)."""
    choice = shared.RunChoice(info, "final")
    try:
        model = workers.describe(shared.model_ref(choice), t("common.inspectpages.loading_model"))
    except Exception as exc:  # a damaged or incompatible .keras file, or one deleted meanwhile
        st.error(t("common.ownpages.cannot_load_run", file=choice.model_file.name, reason=plain(exc, limit=600)))
        return None
    problem = runfiles.data_problem(info, choice.model_file, tuple(model.info.input_shape))
    if problem is not None:
        shared.damaged_file_warnings((problem,))
        choice = replace(choice, data_problem=problem)
    return choice, model


def run_and_model(workspace: Workspace) -> tuple[shared.RunChoice, workers.RemoteModel] | None:
    info = newest_run(workspace)
    if info is None:
        no_run_message()
        return None
    run_caption(info)
    return open_model(info)


def split_image(choice: shared.RunChoice, index: int) -> tuple[np.ndarray, int, int] | None:
    """(image, its label, the index used) of the run's test split; the index is clamped to the split."""
    if not choice.has_dataset:
        return None
    size = shared.split_size(choice.run_dir, SPLIT)
    if size == 0:
        st.warning(t("common.inspectpages.empty_split", split=shared.split_name(SPLIT)))
        return None
    index = min(max(int(index), 0), size - 1)
    image, label = shared.dataset_image(choice.run_dir, SPLIT, index)
    return image, label, index


def class_names(choice: shared.RunChoice, model: workers.RemoteModel) -> tuple[str, ...]:
    return tuple(display_class_names(shared.class_names(choice.run_dir, model.info.n_classes)))


# ---------------------------------------------------------------- conv_lab


def _conv_input(image: str) -> tuple[np.ndarray, str]:
    if image == "digit":
        digit, label = teaching.cached_digit(DIGIT_INDEX, 28)
        return digit, t("learn.live.conv_digit", label=label)
    return lab.SEED_GRID, t("learn.live.conv_seed_grid")


@st.cache_resource(show_spinner=False, max_entries=16)
def _conv_animation(image: str, kernel: str, operation: str, padding: str, stride: int, lang: str
                    ) -> tuple[lab.ConvResult, lab_figures.AnimatedFigure]:
    """The slide and its step-through (0.5 s for a 28×28 digit), once per setting and language (its texts)."""
    x, _ = _conv_input(image)
    result = lab.slide(x, KERNEL_BY_NAME[kernel].weights, operation, padding, stride)
    return result, lab_figures.step_animation(result, height=CHART_HEIGHT)


def conv_lab(settings: dict[str, Any], workspace: Workspace, key: str) -> None:
    image = _setting(settings, "image", "seed_grid")
    kernel = _setting(settings, "kernel", "seed_2x2" if image == "seed_grid" else "sobel_x")
    row = st.container(horizontal=True, gap="medium", vertical_alignment="bottom")
    operation = row.radio(t("learn.labs.operation"), lab.OPERATIONS,
                          index=state.held_index(f"{key}_operation", lab.OPERATIONS,
                                                 lab.OPERATIONS.index(_setting(settings, "operation", "correlate"))),
                          key=f"{key}_operation", horizontal=True, help=HELP["operation"], width=220,
                          persist_state=state.KEEP)
    padding = row.radio(t("common.labs.padding"), PADDINGS,
                        index=state.held_index(f"{key}_padding", PADDINGS,
                                               PADDINGS.index(_setting(settings, "padding", "valid"))),
                        key=f"{key}_padding", horizontal=True, help=HELP["padding"], width=180,
                        persist_state=state.KEEP)
    stride = row.slider(t("learn.labs.stride"), 1, 4, state.held(f"{key}_stride", int(_setting(settings, "stride", 1))),
                        key=f"{key}_stride", help=HELP["stride"], width=160, persist_state=state.KEEP)
    _, input_caption = _conv_input(image)
    preset = KERNEL_BY_NAME[kernel]
    st.caption(f"{input_caption} {teaching.preset_caption(preset.name)}")
    try:
        result, figure = _conv_animation(image, kernel, operation, padding, int(stride), current_language())
    except lab.LabError as exc:
        teaching.show_error(exc, t("learn.labs.cannot_slide"))
        return
    if result.rows == result.cols:  # a square input and kernel: one formula says both sides
        st.markdown(t("learn.live.conv_output", rows=result.rows.output, cols=result.cols.output,
                      formula=result.rows.formula()))
    else:
        for name, pad in ((t("learn.labs.axis_height"), result.rows), (t("learn.labs.axis_width"), result.cols)):
            st.markdown(t("learn.labs.output_axis", name=name, n=pad.size, k=pad.kernel, before=pad.before,
                          after=pad.after, s=pad.stride, formula=pad.formula()))
    chart(figure, key=f"{key}_conv_chart")
    st.caption(t("learn.labs.step_caption")
               + (" " + t("learn.labs.convolve_caption") if operation == "convolve" else ""))


# ---------------------------------------------------------------- layers_lab


def _pooling(key: str, kind: str) -> None:
    max_pool = lab.pool2d(EXAMPLE_MAP, 2, 2, "valid", "max")
    average_pool = lab.pool2d(EXAMPLE_MAP, 2, 2, "valid", "average")
    pooled = max_pool if kind == "max_pool" else average_pool
    cells = pooled.output.size
    window = st.slider(t("learn.labs.window"), 0, cells - 1, state.held(f"{key}_window", 0), key=f"{key}_window",
                       help=HELP["pool_window"], width=240, persist_state=state.KEEP)
    row, col = divmod(int(window), pooled.cols.output)
    height, width = pooled.output.shape
    title = t("figures.lab.max_pooling" if kind == "max_pool" else "figures.lab.average_pooling", height=height,
              width=width)
    boxes = [(1, row * pooled.rows.stride, col * pooled.cols.stride, pooled.rows.kernel, pooled.cols.kernel),
             (2, row, col, 1, 1)]  # the window on the map, and the cell it makes
    chart(lab_figures.side_by_side([EXAMPLE_MAP, pooled.output], [t("figures.lab.feature_map"), title],
                                             diverging=True, height=CHART_HEIGHT - 40, boxes=boxes),
                    key=f"{key}_pool_chart")
    st.markdown(t("learn.labs.pool_output_axis", name=t("learn.labs.axis_height"), formula=pooled.rows.formula()))
    st.markdown(t("learn.labs.pool_window_values", window=window, max=max_pool.output[row, col],
                  average=average_pool.output[row, col]))
    st.caption(t("learn.live.pool_max" if kind == "max_pool" else "learn.live.pool_average"))


def _relu(key: str) -> None:
    chart(lab_figures.side_by_side([EXAMPLE_MAP, lab.relu(EXAMPLE_MAP)],
                                             [t("learn.labs.before_relu"), t("learn.labs.after_relu")],
                                             diverging=True, height=CHART_HEIGHT - 40), key=f"{key}_relu_chart")
    st.markdown(t("learn.labs.relu_negatives", negatives=int((EXAMPLE_MAP < 0).sum()), total=EXAMPLE_MAP.size))


def _softmax(key: str) -> None:
    probabilities = lab.softmax(EXAMPLE_LOGITS)
    classes = [str(d) for d in range(len(EXAMPLE_LOGITS))]
    chart(lab_figures.softmax_figure(EXAMPLE_LOGITS, probabilities, classes, EXAMPLE_TARGET,
                                               height=CHART_HEIGHT - 20), key=f"{key}_softmax_chart")
    p = probabilities[EXAMPLE_TARGET]
    st.markdown(t("learn.labs.softmax_line", target=EXAMPLE_TARGET, z=EXAMPLE_LOGITS[EXAMPLE_TARGET],
                  total=np.exp(EXAMPLE_LOGITS).sum(), p=p))
    st.markdown(t("learn.labs.sparse_line", target=EXAMPLE_TARGET, p=p,
                  loss=float(lab.sparse_cross_entropy(EXAMPLE_LOGITS, EXAMPLE_TARGET))))


def _flatten(key: str) -> None:
    height, width = EXAMPLE_MAP.shape
    flat = EXAMPLE_MAP.reshape(1, -1)  # row by row, as Keras' Flatten reads an (h, w, c) map
    with st.container(width=220):
        chart(lab_figures.side_by_side([EXAMPLE_MAP], [t("learn.live.before_flatten", height=height,
                                                                    width=width)], diverging=True, height=220),
                        key=f"{key}_flatten_map")
    chart(lab_figures.side_by_side([flat], [t("learn.live.after_flatten", n=flat.size)], diverging=True,
                                             height=110), key=f"{key}_flatten_vector")
    st.caption(t("learn.live.flatten_caption", height=height, width=width, n=flat.size))


def dropout_output(x: np.ndarray, rate: float, seed: int = DROPOUT_SEED) -> tuple[np.ndarray, np.ndarray]:
    """(kept mask, output) of a Dropout layer while training: each value is kept with probability 1 − rate and
    scaled by 1 / (1 − rate), so the expected sum stays the same; at inference the layer passes x unchanged."""
    kept = np.random.default_rng(seed).random(x.shape) >= rate
    return kept, np.where(kept, x / (1.0 - rate), 0.0)


def _dropout(key: str) -> None:
    rate = st.slider(t("learn.live.dropout_rate"), 0.1, 0.9, state.held(f"{key}_rate", 0.5), step=0.1,
                     key=f"{key}_rate", help=t("learn.live.dropout_rate_help"), width=240, persist_state=state.KEEP)
    kept, output = dropout_output(EXAMPLE_MAP, float(rate))
    chart(lab_figures.side_by_side([EXAMPLE_MAP, output],
                                             [t("learn.live.before_dropout"), t("learn.live.after_dropout")],
                                             diverging=True, height=CHART_HEIGHT - 40), key=f"{key}_dropout_chart")
    st.caption(t("learn.live.dropout_caption", dropped=int((~kept).sum()), total=kept.size,
                 scale=1.0 / (1.0 - float(rate))))


LAYERS: dict[str, Callable[[str], None]] = {
    "relu": _relu, "max_pool": lambda key: _pooling(key, "max_pool"),
    "average_pool": lambda key: _pooling(key, "average_pool"), "softmax": _softmax, "flatten": _flatten,
    "dropout": _dropout,
}


def layers_lab(settings: dict[str, Any], workspace: Workspace, key: str) -> None:
    layer = _setting(settings, "layer", "relu")
    if layer not in LAYERS:
        st.warning(t("learn.live.unknown_setting", name="layer", value=plain(layer, 40)))
        return
    LAYERS[layer](key)


# ---------------------------------------------------------------- network


def with_padding(arch: Architecture, padding: str | None) -> Architecture:
    """The architecture with every Conv2D's padding set to `padding` (unchanged for None)."""
    if padding is None:
        return arch
    return replace(arch, layers=tuple(replace(layer, padding=padding) if isinstance(layer, Conv2D) else layer
                                      for layer in arch.layers))


NETWORK_COLUMNS = ("#", "layer", "output", "params", "param_formula")


def network_frame(summary: Summary) -> pd.DataFrame:
    """The Build page's table (build_form.summary_frame), its columns for shapes and parameters only."""
    frame = build_form.summary_frame(summary)
    frame = frame[[c for c in (*NETWORK_COLUMNS, "problem") if c in frame]].copy()
    frame["params"] = frame["params"].map("{:,}".format)
    return frame.rename(columns=build_form.column_header)


def network(settings: dict[str, Any], workspace: Workspace, key: str) -> None:
    name = _setting(settings, "preset", DEFAULT_PRESET)
    if name not in PRESETS:
        st.warning(t("learn.live.unknown_setting", name="preset", value=plain(name, 60)))
        return
    padding = settings.get("padding")
    arch = with_padding(PRESETS[name].architecture, padding)
    summary = summarize(arch)
    caption = t("learn.live.network_caption", title=PRESETS[name].title)
    if padding is not None:
        caption += " " + t("learn.live.network_padding", padding=padding)
    st.caption(caption)
    build_form.render_problems(summary, [])
    st.metric(t("build.buildpage.total_params"), fmt(summary.total_params), help=t("build.buildpage.total_params_help"),
              width="content")
    st.table(plain_table(network_frame(summary).set_index("#")))


# ---------------------------------------------------------------- the student's run: curves, confusion, ...


def training_curves(settings: dict[str, Any], workspace: Workspace, key: str) -> None:
    info = newest_run(workspace)
    if info is None:
        no_run_message()
        return
    run_caption(info)
    history = runfiles.read_history(info.path).value
    if not history:
        st.info(t("learn.live.no_history", name=plain(info.name, 60)))
        return
    metric = _setting(settings, "metric", "loss")
    chart(history_curve(history, metric, height=CHART_HEIGHT), key=f"{key}_curves")


def confusion(settings: dict[str, Any], workspace: Workspace, key: str) -> None:
    opened = run_and_model(workspace)
    if opened is None:
        return
    choice, model = opened
    if not choice.has_dataset:
        return  # open_model said why its images cannot be used
    size = shared.split_size(choice.run_dir, SPLIT)
    if not size:
        st.warning(t("look.inspectpages.cm_empty_split", split=shared.split_name(SPLIT)))
        return
    evaluation = shared.split_evaluation(choice, model, SPLIT)
    names = class_names(choice, model)
    st.metric(t("look.inspectpages.accuracy"), f"{evaluation.accuracy:.2%}", help=t("look.inspectpages.accuracy_help"),
              width="content")
    figure = inspect_figures.confusion_heatmap(evaluation.matrix, names, figure_text(
        "look.inspectpages.cm_title", split=shared.split_name(SPLIT), n=size))
    figure.update_layout(height=CHART_HEIGHT + 120)
    chart(figure, key=f"{key}_confusion")


def _layer_at(model: workers.RemoteModel, index: int) -> str:
    layers = model.info.layers
    return layers[min(max(int(index), 0), len(layers) - 1)].name


def feature_maps(settings: dict[str, Any], workspace: Workspace, key: str) -> None:
    opened = run_and_model(workspace)
    if opened is None:
        return
    choice, model = opened
    picked = split_image(choice, _setting(settings, "image", 0))
    if picked is None:
        return
    image, label, index = picked
    layer = _layer_at(model, _setting(settings, "layer", 0))
    names = class_names(choice, model)
    with st.spinner(t("common.ownpages.res_computing_maps")):
        maps = workers.feature_maps(model.ref, image, (layer,))[layer]
    predicted = int(workers.probabilities_one(model.ref, image).argmax())
    panels = st.container(horizontal=True, gap="small")
    with panels.container(width=180):
        chart(inspect_figures.image_figure(image, "", height=180), key=f"{key}_fm_input",
              alt=alt.input_image(image))
    with panels.container(width="stretch"):
        shape = "×".join(str(d) for d in maps.shape)
        st.markdown(t("look.inspectpages.map_title", layer=layer, kind=model.info.layer_type(layer), shape=shape))
        figure = inspect_figures.feature_map_grid(maps, "")  # its title is the line above: a narrow chart cuts it
        figure.update_layout(height=min(figure.layout.height or CHART_HEIGHT, CHART_HEIGHT))
        chart(figure, key=f"{key}_fm_maps", alt=alt.feature_maps(layer, maps))
    st.caption(t("learn.live.image_caption", index=index, label=plain(_name(names, label)),
                 predicted=plain(_name(names, predicted))))


def _name(names: tuple[str, ...], index: int) -> str:
    return names[index] if 0 <= index < len(names) else str(index)


@workers.cached(max_entries=32)
def layer_kernels(ref: ModelRef, layer: str) -> tuple[np.ndarray, np.ndarray | None]:
    """A conv layer's weights and biases (as the Kernels page reads them)."""
    return workers.pool().on_model(ref, extract.kernels, layer)


def kernels(settings: dict[str, Any], workspace: Workspace, key: str) -> None:
    opened = run_and_model(workspace)
    if opened is None:
        return
    _, model = opened
    convs = model.info.conv_layers
    if not convs:
        st.info(t("look.inspectpages.k_no_conv"))
        return
    weights, _ = layer_kernels(model.ref, convs[0])
    kh, kw, cin, cout = weights.shape
    title = figure_text("look.inspectpages.k_trained_title", layer=convs[0], filters=cout, height=kh, width=kw)
    figure = inspect_figures.kernel_grid(weights, title, "rgb" if cin == 3 else 0)
    figure.update_layout(height=min(figure.layout.height or CHART_HEIGHT, CHART_HEIGHT))
    chart(figure, key=f"{key}_kernels", alt=alt.kernels(convs[0], weights, "rgb" if cin == 3 else 0))
    st.caption(t("learn.live.kernels_caption", channels=cin))


def _conv_at(model: workers.RemoteModel, index: int) -> str | None:
    """The conv layer at `index` of the model's layers, or the last one before it (the first when none is)."""
    convs = model.info.conv_layers
    if not convs:
        return None
    before = [layer.name for layer in model.info.layers[: max(int(index), 0) + 1] if layer.name in convs]
    return before[-1] if before else convs[0]


def filter_patterns(settings: dict[str, Any], workspace: Workspace, key: str) -> None:
    opened = run_and_model(workspace)
    if opened is None:
        return
    choice, model = opened
    layer = _conv_at(model, _setting(settings, "layer", 0))
    if layer is None:
        st.info(t("explain.explainpages.filters.no_conv"), icon=":material/info:")
        return
    pattern_settings = patterns.PatternSettings()
    result = patterns.cached_result(choice.folder, layer, pattern_settings, choice.model_file)
    if result is None:
        st.caption(t("learn.live.patterns_slow", layer=layer))
        if not st.button(t("learn.live.compute"), key=f"{key}_compute", icon=":material/play_arrow:",
                         help=t("learn.live.patterns_help")):
            return
        result = _ascend(choice, model, layer, pattern_settings)
        if result is None:
            return
    title = figure_text("explain.explainpages.filters.grid_title", layer=layer, count=len(result.indices))
    figure = pattern_grid(result, title)
    figure.update_layout(height=CHART_HEIGHT)
    chart(figure, key=f"{key}_patterns")
    st.caption(t("learn.live.patterns_caption", steps=result.settings.steps))


def _ascend(choice: shared.RunChoice, model: workers.RemoteModel, layer: str,
            settings: patterns.PatternSettings) -> patterns.PatternResult | None:
    """Gradient ascent for every filter of `layer` in a worker, with a progress bar; kept in the run folder."""
    bar = st.progress(0.0, text=t("explain.explainpages.filters.computing", what=layer, done=0, total=1))

    def report(done: int, total: int) -> None:
        bar.progress(min(done / max(total, 1), 1.0),
                     text=t("explain.explainpages.filters.computing", what=layer, done=done, total=total))

    try:
        return workers.on_model(model, patterns.cached_patterns, str(choice.folder), layer, settings,
                                str(choice.model_file), progress=report)
    except CnnvizError as exc:
        st.error(str(exc), icon=":material/error:")
        return None
    finally:
        bar.empty()


def grad_cam(settings: dict[str, Any], workspace: Workspace, key: str) -> None:
    opened = run_and_model(workspace)
    if opened is None:
        return
    choice, model = opened
    if not model.info.conv_layers:
        st.info(t("look.inspectpages.cam_no_conv"))
        return
    picked = split_image(choice, _setting(settings, "image", 0))
    if picked is None:
        return
    image, label, index = picked
    names = class_names(choice, model)
    predicted = int(workers.probabilities_one(model.ref, image).argmax())
    cam = workers.grad_cam(model.ref, image, predicted, None)
    layer = model.info.conv_layers[-1]
    with st.container(width=360):
        chart(inspect_figures.gradcam_overlay(image, cam, t("look.inspectpages.cam_title",
                                                                      name=_name(names, predicted)),
                                                        height=CHART_HEIGHT), key=f"{key}_cam",
              alt=alt.grad_cam(_name(names, predicted), cam))
    st.caption(t("learn.live.image_caption", index=index, label=plain(_name(names, label)),
                 predicted=plain(_name(names, predicted))) + " " + t("learn.live.cam_caption", layer=layer))
    caveat = model.info.grad_cam_caveat(layer)
    if caveat:
        st.warning(caveat, icon=":material/warning:")


# ---------------------------------------------------------------- training_step and concept


def training_step(settings: dict[str, Any], workspace: Workspace, key: str) -> None:
    """The Training step page's network (the same one: a step taken here shows there), one step at the lesson's
    learning rate."""
    learning_rate = float(_setting(settings, "learning_rate", 0.1))
    stepper = state.LEARN_STEPPER.get()
    if stepper is None:
        with st.spinner(t("learn.labs.creating_network")):
            stepper = lab_training.Stepper(run=workers.call)
        state.LEARN_STEPPER.set(stepper)
    if st.button(t("learn.live.step_button", lr=learning_rate), key=f"{key}_step", type="primary",
                 icon=":material/play_arrow:", help=t("learn.labs.step_button_help")):
        stepper.advance(learning_rate, workers.call)
    with st.spinner(t("learn.labs.forward_and_gradients")):
        result = stepper.preview_for(learning_rate, workers.call)
    losses = [loss for loss, _ in stepper.history]
    if result.dead:
        st.error(t("learn.labs.dead_network", lr=learning_rate), icon=":material/heart_broken:")
    colour = "off" if result.dead else "inverse"
    row = st.container(horizontal=True, gap="large")
    row.metric(t("learn.labs.steps_taken"), stepper.steps, width="content")
    row.metric(t("learn.labs.loss_now"), f"{result.loss:.4f}", width="content")
    row.metric(t("learn.labs.loss_next"), f"{result.new_loss:.4f}", delta=f"{result.new_loss - result.loss:+.4f}",
               delta_color=colour, width="content")
    chart(lab_figures.loss_curve(losses, [acc for _, acc in stepper.history], height=CHART_HEIGHT - 60),
                    key=f"{key}_loss_chart")
    st.caption(t("learn.live.step_caption", lr=learning_rate, batch=len(stepper.batch.y)))


def concept(settings: dict[str, Any], workspace: Workspace, key: str) -> None:
    found = CONCEPTS_BY_KEY.get(str(settings.get("concept", "")))
    if found is None:
        st.warning(t("learn.live.unknown_setting", name="concept", value=plain(settings.get("concept", ""), 60)))
        return
    live_pages = teaching.registered_pages()
    with st.container(border=True):
        st.markdown(f"### {found.title}")
        st.markdown(found.explanation)
        for live in found.live_in:
            if live.page in live_pages:
                page_link(live.page, t("learn.concepts_page.live_link", page=live_pages[live.page], what=live.what),
                          ":material/arrow_forward:")


PARTS: dict[str, Callable[[dict[str, Any], Workspace, str], None]] = {
    "conv_lab": conv_lab, "layers_lab": layers_lab, "network": network, "training_curves": training_curves,
    "confusion": confusion, "feature_maps": feature_maps, "kernels": kernels, "filter_patterns": filter_patterns,
    "grad_cam": grad_cam, "training_step": training_step, "concept": concept,
}
