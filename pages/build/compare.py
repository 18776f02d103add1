"""Compare: two or more runs side by side: architectures (or presets), settings, learning curves, test accuracy
with paired tests on the same test images, confusion matrices, and the leaderboard of a dataset."""

from __future__ import annotations

import textwrap

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from cnnviz import i18n
from cnnviz.arch.presets import PRESETS
from cnnviz.arch.spec import SpecError
from cnnviz.compare import CompareError
from cnnviz.compare.diff import shape_text
from cnnviz.compare.leaderboard import leaderboard, left_out_note, left_out_of_board
from cnnviz.compare.stats import TestPredictions, pairing_problem
from cnnviz.data.datasets import DataError
from cnnviz.figures import compare as figures
from cnnviz.i18n import Literal, t
from cnnviz.models.modelfile import ModelLoadError
from cnnviz.runs import store as runs
from cnnviz.train import sweeps
from pages.build import comparing as shared
from pages.common import state
from pages.common.charts import chart
from pages.common.text import plain, plain_table
from pages.common.workspace import current_workspace

PANEL = 600  # px: two charts side by side on a wide screen, one above the other on a projector
FIELD = 220
WIDE = 460
DEFAULT_PRESETS = ("preset:fashion-convnet", "preset:mnist-convnet")  # the notes' seed-000 and seed-004 networks
INTERVALS = ("wilson", "exact", "bootstrap")
ALPHAS = (0.01, 0.05, 0.1)
KEEP = state.KEEP
TITLE_CHARS = 76  # a chart title's characters per line in a PANEL-wide chart (run names make titles long)


def fit_title(fig: go.Figure, chars: int = TITLE_CHARS) -> go.Figure:
    """A title longer than a panel is wide goes onto more lines (with room made above the plot) instead of being
    cut off at the panel's edge."""
    text = fig.layout.title.text or ""
    lines = textwrap.wrap(text, chars)
    if len(lines) > 1:
        extra = 24 * (len(lines) - 1)
        fig.update_layout(title_text="<br>".join(lines), margin_t=(fig.layout.margin.t or 40) + extra,
                          height=(fig.layout.height or 380) + extra)
    return fig


st.title(t("build.comparepages.title"))
st.caption(t("build.comparepages.intro"))
workspace = current_workspace()
everything = [info for info in workspace.list_runs() if info.status != runs.DAMAGED]
by_id = {info.run_id: info for info in everything}
groups = shared.sweep_groups(everything)


# ================================================================ what to compare


def _run_label(run_id: str) -> str:
    info = by_id[run_id]
    accuracy = (t("build.comparepages.pick.test_acc", acc=info.test_accuracy) if info.test_accuracy is not None
                else info.status)
    return f"{info.name} · {info.dataset} · {accuracy} · {info.created[5:16].replace('T', ' ')}"


def _group_label(group_id: str | None) -> str:
    if group_id is None:
        return t("build.comparepages.pick.no_group")
    group = groups[group_id]
    setting = group.setting if group.layer is None else t("build.comparepages.pick.setting_layer",
                                                          setting=group.setting,
                                                          layer=group.layer)
    return t("build.comparepages.pick.group_label", setting=setting, values=group.values_text, n=len(group.run_ids),
             created=group.created[5:16].replace("T", " "))


def _group_picked() -> None:
    group = state.widget_value("cmp_group")
    if group in groups:
        state.set_widget_value("cmp_runs", [run_id for run_id in groups[group].run_ids if run_id in by_id])


def _runs_edited() -> None:
    group = state.widget_value("cmp_group")
    if group in groups and list(state.widget_value("cmp_runs") or []) != list(groups[group].run_ids):
        state.set_widget_value("cmp_group", None)


def _keep_choices_valid() -> None:
    """A sweep sent by the Train page is opened once; runs deleted since are dropped from the pick."""
    requested = state.COMPARE_OPEN_GROUP.get()
    if requested is not None:
        state.COMPARE_OPEN_GROUP.clear()
        if requested in groups:
            state.set_widget_value("cmp_group", requested)
            _group_picked()
    chosen = state.widget_value("cmp_runs")
    if chosen is not None and any(run_id not in by_id for run_id in chosen):
        state.set_widget_value("cmp_runs", [run_id for run_id in chosen if run_id in by_id])
    if state.widget_value("cmp_group") not in (None, *groups):
        state.set_widget_value("cmp_group", None)


def pick_runs() -> list[shared.Picked]:
    _keep_choices_valid()
    if not everything:
        st.info(t("build.comparepages.pick.no_runs"), icon=":material/info:")
        return []
    if groups:
        st.selectbox(t("build.comparepages.pick.group"), [None, *groups], format_func=_group_label,
                     index=state.held_index("cmp_group", [None, *groups]), key="cmp_group", on_change=_group_picked,
                     help=t("build.comparepages.pick.group_help"), persist_state=KEEP, width=WIDE + 100)
    held = [run_id for run_id in state.held("cmp_runs", None) or [] if run_id in by_id]
    chosen = st.multiselect(t("build.comparepages.pick.runs"), list(by_id), held, format_func=_run_label,
                            key="cmp_runs",
                            on_change=_runs_edited, help=t("build.comparepages.pick.runs_help"), persist_state=KEEP,
                            placeholder=t("build.comparepages.pick.placeholder"))
    if len(chosen) < 2:
        st.info(t("build.comparepages.pick.need_two"), icon=":material/touch_app:")
    return shared.labelled([by_id[run_id] for run_id in chosen])


# ================================================================ architecture


def _source_options(picked: list[shared.Picked]) -> list[str]:
    return [f"run:{p.run_id}" for p in picked] + [f"preset:{name}" for name in PRESETS]


def _source(option: str, picked: list[shared.Picked]) -> tuple[shared.Source, str]:
    """The architecture's source and its label."""
    kind, _, ident = option.partition(":")
    if kind == "preset":
        return (shared.PRESET, ident), t("build.comparepages.arch.preset_label", title=PRESETS[ident].title)
    chosen = next(p for p in picked if p.run_id == ident)
    return (shared.RUN, str(chosen.path)), t("build.comparepages.arch.run_label", name=chosen.label)


def _default_sources(picked: list[shared.Picked]) -> None:
    """A new pick diffs its first two runs (a run and the seed-000 preset, or the seed-000 and seed-004 presets
    when fewer runs are picked); a choice made for the same pick is kept."""
    options = _source_options(picked)
    pick = tuple(p.run_id for p in picked)
    if state.COMPARE_ARCH_FOR.get() == pick and all(state.widget_value(k) in options
                                                    for k in ("cmp_arch_a", "cmp_arch_b")):
        return
    first_two = ([f"run:{p.run_id}" for p in picked] + list(DEFAULT_PRESETS))[:2]
    state.set_widget_value("cmp_arch_a", first_two[0])
    state.set_widget_value("cmp_arch_b", first_two[1])
    state.COMPARE_ARCH_FOR.set(pick)


@st.fragment
def architecture_section(picked: list[shared.Picked]) -> None:
    st.header(t("build.comparepages.arch.title"), anchor=False)
    _default_sources(picked)
    options = _source_options(picked)
    with i18n.fields_as_given():  # a select box's options are text, not Markdown
        labels = {option: _source(option, picked)[1] for option in options}
    row = st.container(horizontal=True, vertical_alignment="bottom")
    option_a = row.selectbox(t("build.comparepages.arch.a"), options, format_func=labels.get,
                             index=state.held_index("cmp_arch_a", options), key="cmp_arch_a",
                             help=t("build.comparepages.arch.a_help"), persist_state=KEEP, width=WIDE)
    option_b = row.selectbox(t("build.comparepages.arch.b"), options, format_func=labels.get,
                             index=state.held_index("cmp_arch_b", options), key="cmp_arch_b",
                             help=t("build.comparepages.arch.b_help"), persist_state=KEEP, width=WIDE)
    (source_a, label_a), (source_b, label_b) = _source(option_a, picked), _source(option_b, picked)
    try:
        diff = shared.architecture_diff(shared.source_key(source_a), shared.source_key(source_b))
    except (runs.RunError, SpecError, ValueError) as exc:
        st.error(t("build.comparepages.arch.unreadable", reason=plain(exc, limit=300)), icon=":material/error:")
        return
    st.markdown(t("build.comparepages.arch.sides", a=plain(label_a), b=plain(label_b)))
    counts = diff.counts()
    if diff.identical:
        st.success(t("build.comparepages.arch.identical"), icon=":material/check_circle:")
    else:
        st.markdown(t("build.comparepages.arch.counts", **counts)
                    + (" " + t("build.comparepages.arch.input_changed") if diff.input_changed else ""))
    chart(figures.architecture_diff_figure(diff, "A", "B"), key="cmp_arch_chart")
    st.caption(t("build.comparepages.arch.legend"))
    if len(picked) >= 3:
        totals_table(picked)


def totals_table(picked: list[shared.Picked]) -> None:
    """Every picked run's size side by side (the diff above shows two at a time)."""
    from cnnviz.arch.shapes import format_bytes

    rows = []
    for p in picked:
        try:
            total = shared.totals(shared.source_key((shared.RUN, str(p.path))))
        except (runs.RunError, SpecError, ValueError):
            continue
        rows.append({t("compare.col.run"): p.label, t("compare.total.params"): f"{total.params:,}",
                     t("compare.total.flops"): f"{total.flops:,}",
                     t("compare.total.activation_memory"): format_bytes(total.activation_bytes),
                     t("compare.total.output_shape"): shape_text(total.output_shape)})
    st.markdown(t("build.comparepages.arch.totals_title"))
    st.table(plain_table(rows), hide_index=True)


# ================================================================ settings


def _highlight(row: pd.Series, differs: pd.Series) -> list[str]:
    colour = f"background-color: {figures.STATUS_COLORS['changed']}" if differs[row.name] else ""
    return [colour] * len(row)


@st.fragment
def settings_section(picked: list[shared.Picked]) -> None:
    st.header(t("build.comparepages.settings.title"), anchor=False)
    only = st.toggle(t("build.comparepages.settings.only"), state.held("cmp_only_diff", True), key="cmp_only_diff",
                     persist_state=KEEP, help=t("build.comparepages.settings.only_help"))
    diff = shared.settings_diff(shared.settings_key(picked))
    rows = figures.settings_rows(diff, only_different=only)
    if not rows:
        st.caption(t("build.comparepages.settings.none_differ"))
        return
    table = pd.DataFrame(rows)
    differs = table.pop(t("compare.col.differs"))
    st.table(plain_table(table).style.apply(_highlight, axis=1, differs=differs), hide_index=True)
    if not only:
        st.caption(t("build.comparepages.settings.highlight"))


# ================================================================ learning curves


@st.fragment
def curves_section(picked: list[shared.Picked]) -> None:
    st.header(t("build.comparepages.curves.title"), anchor=False)
    curves = [shared.run_curves(p) for p in picked]
    curves = [c for c in curves if c.epoch]
    if not curves:
        st.caption(t("build.comparepages.curves.none"))
        return
    x = st.segmented_control(t("build.comparepages.curves.x"), figures.X_AXES, default=state.held("cmp_x", "epoch"),
                             required=True,
                             format_func=lambda v: t(f"build.comparepages.curves.x_{v}"), key="cmp_x",
                             persist_state=KEEP, help=t("build.comparepages.curves.x_help"))
    panels = st.container(horizontal=True)
    for metric in figures.METRICS:
        with panels.container(width=PANEL):
            chart(fit_title(figures.curves_figure(curves, metric, x or "epoch")),
                            key=f"cmp_curves_{metric}")
    tags = [sweeps.sweep_tag(p.path) for p in picked]
    one_sweep = all(tags) and len({tag.group for tag in tags if tag}) == 1
    st.caption(t("build.comparepages.curves.legend_sweep") if one_sweep else t("build.comparepages.curves.legend"))
    if workspace.local:
        st.caption(t("build.comparepages.curves.tensorboard", folder=str(workspace.runs_dir)))


# ================================================================ test accuracy and paired tests


def _prediction_failure(p: shared.Picked, exc: Exception) -> str:
    return t("build.comparepages.stats.cannot_predict", name=plain(p.label), reason=plain(exc, limit=300))


def compute_predictions(with_model: list[shared.Picked], which: str
                        ) -> tuple[dict[str, TestPredictions], list[str]]:
    """Every run's test-set predictions (from the caches, else computed with a progress bar), by run id, and why
    some could not be made."""
    missing = [p for p in with_model if not shared.is_cached(p.path, which)]
    bar = st.progress(0.0, text=t("build.comparepages.stats.predicting_start")) if missing else None
    found: dict[str, TestPredictions] = {}
    problems: list[str] = []
    for i, p in enumerate(with_model):
        def report(done: int, total: int, i: int = i, p: shared.Picked = p) -> None:
            if bar is not None:
                share = (i + done / max(total, 1)) / len(with_model)
                bar.progress(min(share, 1.0), text=t("build.comparepages.stats.predicting", name=plain(p.label),
                                                     done=done,
                                                     total=total))

        try:
            found[p.run_id] = shared.test_predictions(p, which, progress=report)
        except (runs.RunError, DataError, ModelLoadError, CompareError, OSError, ValueError) as exc:
            problems.append(_prediction_failure(p, exc))
    if bar is not None:
        bar.empty()
    return found, problems


def _p_text(p: float) -> str:
    return "< 0.001" if p < 0.001 else f"{p:.3f}"


def statistics_section(picked: list[shared.Picked]) -> tuple[list[TestPredictions], dict[str, tuple]] | None:
    """Test accuracy with intervals and the paired verdicts; the paired predictions (reference first) and the cache
    key of each (by name), for the confusion matrices."""
    st.header(t("build.comparepages.stats.title"), anchor=False)
    with_model = [p for p in picked if p.info.has_model]
    without = [p for p in picked if not p.info.has_model]
    if without:
        names = Literal(", ".join(plain(p.label, limit=60) for p in without))
        st.caption(t("build.comparepages.stats.no_model", names=names))
    if not with_model:
        return None
    ids = [p.run_id for p in with_model]
    if state.widget_value("cmp_reference") not in ids:
        state.set_widget_value("cmp_reference", ids[0])
    labels = {p.run_id: p.label for p in with_model}
    row = st.container(horizontal=True, vertical_alignment="bottom")
    reference = row.selectbox(t("build.comparepages.stats.reference"), ids, format_func=labels.get,
                              index=state.held_index("cmp_reference", ids), key="cmp_reference",
                              help=t("build.comparepages.stats.reference_help"), persist_state=KEEP, width=WIDE)
    method = row.selectbox(t("build.comparepages.stats.interval"), INTERVALS,
                           index=state.held_index("cmp_interval", INTERVALS, 0), key="cmp_interval",
                           format_func=lambda m: t(f"build.comparepages.stats.interval_{m}"),
                           help=t("build.comparepages.stats.interval_help"), persist_state=KEEP, width=FIELD + 40)
    alpha = row.selectbox(t("build.comparepages.stats.alpha"), ALPHAS, index=state.held_index("cmp_alpha", ALPHAS, 1),
                          key="cmp_alpha", format_func="{:g}".format, help=t("build.comparepages.stats.alpha_help"),
                          persist_state=KEEP, width=FIELD - 60)
    which = row.radio(t("common.comparepages.stats.weights"), ("final", "best"), horizontal=True,
                      index=state.held_index("cmp_which", ("final", "best")), key="cmp_which",
                      format_func=lambda w: t(f"common.comparepages.stats.weights_{w}"),
                      help=t("common.comparepages.stats.weights_help"), persist_state=KEEP)
    holm = True
    if len(with_model) >= 3:
        holm = row.toggle(t("build.comparepages.stats.holm"), state.held("cmp_holm", True), key="cmp_holm",
                          help=t("build.comparepages.stats.holm_help"), persist_state=KEEP)

    found, problems = compute_predictions(with_model, which)
    for problem in problems:
        st.warning(problem, icon=":material/error:")
    ordered = [p for p in with_model if p.run_id == reference] + [p for p in with_model if p.run_id != reference]
    predictions = [found[p.run_id] for p in ordered if p.run_id in found]
    if not predictions:
        return None
    key_of = {p.label: (*shared.predictions_key(p.path, which), p.label) for p in ordered if p.run_id in found}
    summaries = shared.accuracy_summaries(tuple(key_of[x.name] for x in predictions), tuple(predictions))
    first = predictions[0]
    paired = [first] + [p for p in predictions[1:] if pairing_problem(first, p) is None]
    for other in predictions[1:]:
        problem = pairing_problem(first, other)
        if problem is not None:
            st.warning(t("build.comparepages.stats.not_paired", reason=plain(str(problem), limit=600)),
                       icon=":material/link_off:")
    pairs = (shared.comparisons(tuple(key_of[x.name] for x in paired), float(alpha), holm, tuple(paired))
             if len(paired) >= 2 else ())

    panels = st.container(horizontal=True)
    with panels.container(width=PANEL):
        chart(fit_title(figures.accuracy_figure(list(summaries), method)), key="cmp_accuracy_chart")
    if pairs:
        with panels.container(width=PANEL):
            chart(fit_title(figures.difference_figure(list(pairs))), key="cmp_difference_chart")
        for pair in pairs:
            verdict = plain(str(pair.verdict()), limit=1000)
            if pair.winner is None:
                st.info(verdict, icon=":material/balance:")
            else:
                st.success(verdict, icon=":material/emoji_events:")
            st.caption(plain(str(pair.details()), limit=1000))
        with st.expander(t("build.comparepages.stats.numbers")):
            table = pd.DataFrame(figures.comparison_rows(list(pairs)))
            p_columns = [c for c in (t("compare.col.p_value"), t("compare.col.p_holm")) if c in table.columns]
            st.table(plain_table(table.style.format(precision=4).format(_p_text, subset=p_columns)), hide_index=True)
    elif len(predictions) >= 2:
        st.caption(t("build.comparepages.stats.nothing_paired"))
    st.caption(t("build.comparepages.stats.how"))
    return paired, key_of


# ================================================================ confusion matrices


def confusion_section(paired: list[TestPredictions], key_of: dict[str, tuple]) -> None:
    st.header(t("build.comparepages.confusion.title"), anchor=False)
    names = [p.name for p in paired]
    for key, default in (("cmp_cm_a", names[0]), ("cmp_cm_b", names[1])):
        if state.widget_value(key) not in names:
            state.set_widget_value(key, default)
    row = st.container(horizontal=True, vertical_alignment="bottom")
    name_a = row.selectbox(t("build.comparepages.confusion.a"), names, index=state.held_index("cmp_cm_a", names),
                           key="cmp_cm_a", persist_state=KEEP, width=WIDE,
                           help=t("build.comparepages.confusion.a_help"))
    name_b = row.selectbox(t("build.comparepages.confusion.b"), names, index=state.held_index("cmp_cm_b", names),
                           key="cmp_cm_b", persist_state=KEEP, width=WIDE,
                           help=t("build.comparepages.confusion.b_help"))
    if name_a == name_b:
        st.info(t("build.comparepages.confusion.same_run"), icon=":material/info:")
        return
    a, b = (next(p for p in paired if p.name == name) for name in (name_a, name_b))
    diff = shared.confusion((key_of[name_a], key_of[name_b]), a, b)
    chart(figures.confusion_pair_figure(diff), key="cmp_confusion_pair")
    panels = st.container(horizontal=True)
    with panels.container(width=PANEL):
        chart(fit_title(figures.confusion_difference_figure(diff)), key="cmp_confusion_difference")
    with panels.container(width=PANEL):
        chart(fit_title(figures.recall_change_figure(diff)), key="cmp_recall_change")
    better = Literal(", ".join(f"{plain(c.name, limit=40)} ({c.change:+.1%})" for c in diff.improved()))
    worse = Literal(", ".join(f"{plain(c.name, limit=40)} ({c.change:+.1%})" for c in diff.worsened()))
    st.markdown(t("build.comparepages.confusion.improved", b=plain(name_b), classes=better or "—"))
    st.markdown(t("build.comparepages.confusion.worsened", b=plain(name_b), classes=worse or "—"))
    st.caption(t("build.comparepages.confusion.how"))
    with st.expander(t("build.comparepages.confusion.per_class")):
        st.table(plain_table(figures.class_change_rows(diff)).style.format(precision=3), hide_index=True)


@st.fragment
def tests_section(picked: list[shared.Picked]) -> None:
    """Statistics and confusion matrices: a click on their settings reruns only this part of the page."""
    result = statistics_section(picked)
    if result is not None and len(result[0]) >= 2:
        confusion_section(*result)


# ================================================================ leaderboard


def _mark(row: pd.Series, marked: pd.Series) -> list[str]:
    colour = f"background-color: {figures.NUMBERS_CHANGED_COLOR}" if marked[row.name] else ""
    return [colour] * len(row)


@st.fragment
def leaderboard_section(picked: list[shared.Picked]) -> None:
    st.header(t("build.comparepages.board.title"), anchor=False)
    datasets = sorted({info.dataset for info in everything if info.dataset})
    if not datasets:
        st.caption(t("build.comparepages.board.none"))
        return
    if state.widget_value("cmp_board_dataset") not in datasets:
        first = picked[0].info.dataset if picked and picked[0].info.dataset in datasets else datasets[0]
        state.set_widget_value("cmp_board_dataset", first)
    dataset = st.selectbox(t("build.comparepages.board.dataset"), datasets,
                           index=state.held_index("cmp_board_dataset", datasets), key="cmp_board_dataset",
                           persist_state=KEEP, help=t("build.comparepages.board.dataset_help"), width=FIELD + 80)
    infos = [info for info in everything if info.dataset == dataset]
    details = {info.path: shared.run_details(info) for info in infos}
    board = leaderboard(infos, dataset, details)
    columns = [t("compare.col.rank"), t("compare.col.run"), t("compare.col.test_accuracy"), t("compare.col.interval"),
               t("compare.col.params"), t("compare.col.flops"), t("compare.col.training_time"),
               t("compare.col.epochs"), t("compare.col.run_status")]
    table = pd.DataFrame(figures.leaderboard_rows(board), columns=columns)
    picked_paths = {p.path for p in picked}
    marked = pd.Series([row.path in picked_paths for row in board])
    styler = table.style.format({columns[0]: "{:.0f}", columns[2]: "{:.4f}", columns[4]: "{:,.0f}",
                                 columns[5]: "{:,.0f}"}, na_rep="–").apply(_mark, axis=1, marked=marked)
    st.table(plain_table(styler), hide_index=True)  # it wraps: a projector's narrow page still shows every column
    st.caption(t("build.comparepages.board.how") + (" " + t("build.comparepages.board.marked") if marked.any() else ""))
    if left := left_out_of_board(infos, details):
        st.warning(plain(left_out_note(left), limit=1200), icon=":material/broken_image:")


# ================================================================ the page
# Each section is a fragment: a choice inside one (the interval, the x axis, A and B...) reruns that section only.

picked = pick_runs()
architecture_section(picked)
if len(picked) >= 2:
    settings_section(picked)
if picked:
    curves_section(picked)
if len(picked) >= 2:
    tests_section(picked)
if everything:
    leaderboard_section(picked)
