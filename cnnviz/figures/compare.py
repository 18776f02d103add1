"""Plotly figures and table rows for the Compare page: overlaid learning curves, accuracies with confidence
intervals, paired differences, confusion matrices side by side and their difference, the architecture and
settings diffs, and the leaderboard. Tables are returned as lists of dicts (for st.dataframe) with their
column names in the current language.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from cnnviz.arch.shapes import format_bytes
from cnnviz.compare.confusion import ConfusionDiff
from cnnviz.compare.diff import ArchitectureDiff, LayerDiff, SettingsDiff, shape_text, value_text
from cnnviz.compare.leaderboard import LeaderboardRow, RunCurves
from cnnviz.compare.stats import AccuracySummary, PairedComparison
from cnnviz.figures import palette, plotly_fields
from cnnviz.i18n import t
from cnnviz.runs.layout import status_message

# One colour per run, in the order the runs are given: Okabe & Ito's palette, told apart by red-green colour-blind
# eyes (plotly's default blue/red/green turns runs 2 and 3 the same olive for a deuteranope); and a marker shape per
# run as a second cue (past eight runs, a dash style too).
PALETTE = palette.RUNS
RUN_SYMBOLS = palette.RUN_SYMBOLS
DIVERGING = palette.BETTER_WORSE  # red: B worse, white: no change, blue: B better
STATUS_COLORS = {"same": "#ffffff", "changed": "#fff3c4", "added": "#d9f2d9", "removed": "#fadbd8"}
NUMBERS_CHANGED_COLOR = "#e8f1fb"  # a "same" layer whose output shape or parameters differ (after a change above)
TOTALS_COLOR = "#f0f2f6"
METRICS = ("loss", "accuracy")
X_AXES = ("epoch", "time")


def run_color(index: int) -> str:
    return palette.series_style(index).colour


def run_symbol(index: int, hollow: bool = False) -> str:
    return palette.series_style(index).symbol + ("-open" if hollow else "")


def run_dash(index: int, validation: bool = False) -> str:
    """Train lines solid and validation dotted for the first eight runs; later rounds of the palette dashed."""
    return palette.series_style(index, validation=validation).dash


def _labels(names: Sequence[str], labels: Sequence[str] | None) -> list[str]:
    return list(labels) if labels is not None else list(names)


# ---------------------------------------------------------------- curves


def curves_figure(curves: Sequence[RunCurves], metric: str = "loss", x: str = "epoch",
                  labels: Sequence[str] | None = None, height: int = 380) -> go.Figure:
    """Every run's train (solid) and validation (dotted) curve of one metric, one colour per run; x by epoch
    or by wall-clock seconds since training began. `labels` (e.g. the swept values) replace the run names."""
    if metric not in METRICS:
        raise ValueError(f"metric must be one of {', '.join(METRICS)}, not {metric!r}")
    if x not in X_AXES:
        raise ValueError(f"x must be one of {', '.join(X_AXES)}, not {x!r}")
    fig = go.Figure()
    names = _labels([c.name for c in curves], labels)
    for i, (run, name) in enumerate(zip(curves, names, strict=True)):
        xs = list(run.epoch) if x == "epoch" else list(run.elapsed)
        for validation in (False, True):
            ys = run.series(metric, validation)
            if not any(v is not None for v in ys):
                continue
            part = t("compare.fig.validation") if validation else t("compare.fig.train")
            fig.add_trace(go.Scatter(
                x=xs, y=list(ys), mode="lines+markers", name=f"{name} · {part}", legendgroup=f"run{i}",
                line={"color": run_color(i), "width": 2, "dash": run_dash(i, validation)},
                marker={"size": 7, "symbol": run_symbol(i, hollow=validation)},
                customdata=list(run.epoch),
                hovertemplate=f"{name}<br>{part}<br>" + t("compare.fig.epoch") + " %{customdata}<br>%{y:.4f}"
                              "<extra></extra>"))
    title = t(f"compare.fig.curves_{metric}")
    fig.update_layout(title=title, height=height, margin={"l": 50, "r": 10, "t": 40, "b": 40},
                      legend={"orientation": "h", "y": -0.2}, hovermode="closest", uirevision=f"{metric}-{x}")
    if x == "epoch":
        fig.update_xaxes(title=t("compare.fig.epoch"), dtick=1, rangemode="tozero")
    else:
        fig.update_xaxes(title=t("compare.fig.seconds"), rangemode="tozero")
    fig.update_yaxes(title=t(f"compare.fig.{metric}"))
    if metric == "accuracy":
        fig.update_yaxes(range=[0, 1.02])
    return fig


# ---------------------------------------------------------------- accuracy and differences


def accuracy_figure(summaries: Sequence[AccuracySummary], method: str = "wilson",
                    labels: Sequence[str] | None = None, height: int = 320) -> go.Figure:
    """Test accuracy of each run with its confidence interval as error bars (method: wilson, exact,
    bootstrap)."""
    names = _labels([s.name for s in summaries], labels)
    fig = go.Figure()
    for i, (summary, name) in enumerate(zip(summaries, names, strict=True)):
        interval = summary.interval(method)
        fig.add_trace(go.Scatter(
            x=[summary.accuracy], y=[name], mode="markers", name=name, showlegend=False,
            marker={"size": 12, "color": run_color(i), "symbol": run_symbol(i)},
            error_x={"type": "data", "symmetric": False, "array": [interval.high - summary.accuracy],
                     "arrayminus": [summary.accuracy - interval.low], "thickness": 2, "width": 8},
            hovertemplate=(f"{name}<br>" + t("compare.fig.accuracy") + f" {summary.accuracy:.4f} "
                           f"({summary.correct:,}/{summary.n:,})<br>{interval.label}: "
                           f"[{interval.low:.4f}, {interval.high:.4f}]<extra></extra>")))
    first = summaries[0].interval(method) if summaries else None
    fig.update_layout(title=t("compare.fig.accuracy_title", interval=first.label if first else ""),
                      height=max(height, 80 + 40 * len(summaries)), margin={"l": 10, "r": 10, "t": 40, "b": 40})
    fig.update_xaxes(title=t("compare.fig.test_accuracy"))
    fig.update_yaxes(autorange="reversed", type="category")
    return fig


def difference_figure(comparisons: Sequence[PairedComparison], labels: Sequence[str] | None = None,
                      height: int = 300) -> go.Figure:
    """Accuracy of each run minus the first run's, with the paired bootstrap interval; filled markers where
    McNemar's test finds the difference significant, open markers where it does not."""
    names = _labels([c.name_b for c in comparisons], labels)
    fig = go.Figure()
    for i, (comparison, name) in enumerate(zip(comparisons, names, strict=True)):
        delta = comparison.accuracy_b - comparison.accuracy_a
        interval = comparison.difference
        fig.add_trace(go.Scatter(
            x=[delta], y=[name], mode="markers", showlegend=False, name=name,
            marker={"size": 13, "color": run_color(i + 1),
                    "symbol": "diamond" if comparison.significant else "diamond-open", "line": {"width": 2}},
            error_x={"type": "data", "symmetric": False, "array": [interval.high - delta],
                     "arrayminus": [delta - interval.low], "thickness": 2, "width": 8},
            hovertemplate=f"{name}<br>{comparison.verdict()}<br>{comparison.details()}<extra></extra>"))
    fig.add_vline(x=0, line={"color": "#666", "width": 1, "dash": "dash"})
    reference = comparisons[0].name_a if comparisons else ""
    fig.update_layout(title=t("compare.fig.difference_title", reference=reference),
                      height=max(height, 80 + 40 * len(comparisons)), margin={"l": 10, "r": 10, "t": 40, "b": 40})
    fig.update_xaxes(title=t("compare.fig.difference_axis", reference=reference), zeroline=False)
    fig.update_yaxes(autorange="reversed", type="category")
    return fig


def comparison_rows(comparisons: Sequence[PairedComparison]) -> list[dict[str, Any]]:
    """One row per pair for st.dataframe: accuracies, discordant counts, test used, p-value(s), verdict."""
    rows = []
    for c in comparisons:
        row = {
            t("compare.col.run_a"): c.name_a, t("compare.col.run_b"): c.name_b,
            t("compare.col.accuracy_a"): c.accuracy_a, t("compare.col.accuracy_b"): c.accuracy_b,
            t("compare.col.only_a"): c.test.only_a, t("compare.col.only_b"): c.test.only_b,
            t("compare.col.test"): c.test.method_label, t("compare.col.p_value"): c.test.p_value,
        }
        if c.p_adjusted is not None:
            row[t("compare.col.p_holm")] = c.p_adjusted
        row[t("compare.col.verdict")] = str(c.verdict())
        rows.append(row)
    return rows


# ---------------------------------------------------------------- confusion matrices


def _percent(matrix: np.ndarray) -> np.ndarray:
    totals = matrix.sum(axis=1, keepdims=True)
    return np.divide(100.0 * matrix, totals, out=np.zeros(matrix.shape), where=totals > 0)


def _cell_hover() -> str:
    return t("compare.fig.true") + " %{y} → " + t("compare.fig.predicted") + " %{x}"


def confusion_pair_figure(diff: ConfusionDiff, labels: Sequence[str] | None = None) -> go.Figure:
    """Both runs' confusion matrices side by side (counts in the cells, coloured by % of the true class)."""
    names = list(diff.class_names)
    titles = _labels([diff.name_a, diff.name_b], labels)
    fig = make_subplots(rows=1, cols=2, subplot_titles=titles, horizontal_spacing=0.08)
    for col, matrix in enumerate((diff.matrix_a, diff.matrix_b), start=1):
        percent = _percent(matrix)
        fig.add_trace(go.Heatmap(
            z=percent, x=names, y=names, text=matrix, texttemplate="%{text}", colorscale=palette.CONFUSION,
            zmin=0, zmax=100,
            showscale=col == 2, colorbar={"title": t("compare.fig.percent_of_row"), "thickness": 12},
            customdata=np.stack([matrix, percent], axis=-1), name=titles[col - 1],
            hovertemplate=_cell_hover() + "<br>%{customdata[0]} " + t("compare.fig.images")
                          + " (%{customdata[1]:.1f}%)<extra></extra>"), row=1, col=col)
    n = len(names)
    fig.update_xaxes(title=t("compare.fig.predicted"), type="category", tickangle=-30)
    fig.update_yaxes(title=t("compare.fig.true"), type="category", autorange="reversed", col=1)
    # B's rows are A's: their names once, on the left (on a projector B's own would lie over A's last column)
    fig.update_yaxes(type="category", autorange="reversed", showticklabels=False, col=2)
    fig.update_layout(title=t("compare.fig.confusion_title"), height=max(380, 120 + 38 * n),
                      margin={"l": 10, "r": 10, "t": 70, "b": 10})
    return fig


def confusion_difference_figure(diff: ConfusionDiff, labels: Sequence[str] | None = None) -> go.Figure:
    """B − A per cell. The text is the signed change in image counts; the colour is signed so that blue always
    means B does better (more on the diagonal, fewer off it) and red that it does worse, centred on 0."""
    names = list(diff.class_names)
    name_a, name_b = _labels([diff.name_a, diff.name_b], labels)
    change = diff.difference
    colour = diff.improvement
    bound = float(max(1.0, np.abs(colour).max()))
    text = np.vectorize(lambda v: f"{v:+d}" if v else "0")(change)
    fig = go.Figure(go.Heatmap(
        z=colour, x=names, y=names, text=text, texttemplate="%{text}", colorscale=DIVERGING, zmid=0, zmin=-bound,
        zmax=bound, colorbar={"title": t("compare.fig.better_for", b=name_b), "thickness": 12},
        customdata=np.stack([diff.matrix_a, diff.matrix_b], axis=-1),
        hovertemplate=(_cell_hover() + f"<br>{name_a}: %{{customdata[0]}}<br>{name_b}: %{{customdata[1]}}"
                       f"<br>{name_b} − {name_a}: %{{text}}<extra></extra>")))
    fig.update_xaxes(title=t("compare.fig.predicted"), type="category", tickangle=-30)
    fig.update_yaxes(title=t("compare.fig.true"), type="category", autorange="reversed")
    fig.update_layout(title=t("compare.fig.confusion_difference_title", a=name_a, b=name_b),
                      height=max(380, 120 + 38 * len(names)), margin={"l": 10, "r": 10, "t": 50, "b": 10})
    return fig


def recall_change_figure(diff: ConfusionDiff, labels: Sequence[str] | None = None, height: int = 320) -> go.Figure:
    """Per class: recall of B minus recall of A (blue up: B finds more of that class)."""
    name_a, name_b = _labels([diff.name_a, diff.name_b], labels)
    changes = [c.change for c in diff.classes]
    fig = go.Figure(go.Bar(
        x=[c.name for c in diff.classes], y=changes,
        marker={"color": [palette.BETTER if v > 0 else palette.WORSE for v in changes]},
        customdata=[[c.recall_a, c.recall_b, c.only_a, c.only_b, c.p_value] for c in diff.classes],
        hovertemplate=("%{x}<br>" + t("compare.fig.recall") + f" {name_a}: %{{customdata[0]:.3f}}, {name_b}: "
                       "%{customdata[1]:.3f}<br>" + t("compare.col.only_a") + ": %{customdata[2]}, "
                       + t("compare.col.only_b") + ": %{customdata[3]}<br>McNemar p = %{customdata[4]:.3g}"
                       "<extra></extra>")))
    fig.add_hline(y=0, line={"color": "#666", "width": 1})
    fig.update_layout(title=t("compare.fig.recall_title", a=name_a, b=name_b), height=height,
                      margin={"l": 50, "r": 10, "t": 40, "b": 40})
    fig.update_xaxes(type="category", title=t("compare.fig.class"))
    fig.update_yaxes(title=t("compare.fig.recall_axis"), tickformat="+.1%")
    return fig


def class_change_rows(diff: ConfusionDiff) -> list[dict[str, Any]]:
    return [{t("compare.fig.class"): c.name, t("compare.col.images"): c.support,
             t("compare.col.recall_a", a=diff.name_a): c.recall_a, t("compare.col.recall_b", b=diff.name_b): c.recall_b,
             t("compare.col.change"): c.change, t("compare.col.only_a"): c.only_a, t("compare.col.only_b"): c.only_b,
             t("compare.col.p_value"): c.p_value} for c in diff.classes]


# ---------------------------------------------------------------- architecture and settings diffs


def _status_label(row: LayerDiff) -> str:
    return t(f"compare.status.{row.status}")


def architecture_diff_rows(diff: ArchitectureDiff, name_a: str = "A", name_b: str = "B") -> list[dict[str, Any]]:
    """One row per aligned layer, for st.dataframe (colour the rows with `STATUS_COLORS[row_statuses[i]]`)."""
    rows = []
    for row in diff.rows:
        a, b = row.a, row.b
        if row.status == "changed":
            settings = "; ".join(change.text for change in row.changes)
        else:
            settings = (b or a).settings_text if (b or a) else ""
        rows.append({
            t("compare.col.status"): _status_label(row),
            t("compare.col.layer"): row.type,
            t("compare.col.settings"): settings,
            t("compare.col.shape_of", name=name_a): a.shape_text if a else "",
            t("compare.col.shape_of", name=name_b): b.shape_text if b else "",
            t("compare.col.params_of", name=name_a): a.params if a else None,
            t("compare.col.params_of", name=name_b): b.params if b else None,
        })
    return rows


def row_statuses(diff: ArchitectureDiff) -> list[str]:
    return [row.status for row in diff.rows]


def row_colors(diff: ArchitectureDiff) -> list[str]:
    """Background colour per diff row: by status, and a light blue for same layers whose numbers changed."""
    return [NUMBERS_CHANGED_COLOR if row.status == "same" and row.output_changed else STATUS_COLORS[row.status]
            for row in diff.rows]


def totals_rows(diff: ArchitectureDiff, name_a: str = "A", name_b: str = "B") -> list[dict[str, Any]]:
    """Input shape, output shape, parameters, FLOPs and activation memory of both architectures."""
    ta, tb = diff.totals_a, diff.totals_b
    items = [
        ("compare.total.input_shape", shape_text(diff.input_shape_a), shape_text(diff.input_shape_b)),
        ("compare.total.output_shape", shape_text(ta.output_shape), shape_text(tb.output_shape)),
        ("compare.total.params", f"{ta.params:,}", f"{tb.params:,}"),
        ("compare.total.trainable_params", f"{ta.trainable_params:,}", f"{tb.trainable_params:,}"),
        ("compare.total.flops", f"{ta.flops:,}", f"{tb.flops:,}"),
        ("compare.total.activation_memory", format_bytes(ta.activation_bytes), format_bytes(tb.activation_bytes)),
    ]
    return [{"": t(key), name_a: va, name_b: vb} for key, va, vb in items]


@plotly_fields
def architecture_diff_figure(diff: ArchitectureDiff, name_a: str = "A", name_b: str = "B") -> go.Figure:
    """The architecture diff as a table whose rows are coloured by status (added green, removed red,
    changed yellow); the totals follow below a blank row."""
    rows = architecture_diff_rows(diff, name_a, name_b)
    headers = [t("compare.col.status"), t("compare.col.layer"), t("compare.col.settings"),
               t("compare.col.shape_of", name=name_a), t("compare.col.shape_of", name=name_b),
               t("compare.col.params_of", name=name_a), t("compare.col.params_of", name=name_b)]
    cells = [[_cell(r[h]) for r in rows] for h in headers]
    fills = row_colors(diff)
    totals = totals_rows(diff, name_a, name_b)
    for total in totals:  # below the layers: the label in the settings column, the values under the shapes
        for i, column in enumerate(cells):
            column.append({2: f"<b>{total['']}</b>", 3: total[name_a], 4: total[name_b]}.get(i, ""))
        fills.append(TOTALS_COLOR)
    wrapped = sum(1 + len(r[headers[2]]) // 60 for r in rows)  # long settings wrap onto more lines
    fig = go.Figure(go.Table(
        columnwidth=[1.0, 1.6, 4.4, 1.5, 1.5, 1.2, 1.2],
        header={"values": [f"<b>{h}</b>" for h in headers], "fill_color": "#e8eaf0", "align": "left"},
        cells={"values": cells, "fill_color": [fills] * len(headers), "align": "left", "height": 26}))
    fig.update_layout(title=t("compare.fig.architecture_title", a=name_a, b=name_b),
                      height=110 + 30 * (wrapped + len(totals) + 1), margin={"l": 10, "r": 10, "t": 40, "b": 10})
    return fig


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else str(value)


def settings_rows(diff: SettingsDiff, only_different: bool = False) -> list[dict[str, Any]]:
    """Settings side by side for st.dataframe; a "differs" column flags the rows that differ."""
    rows = []
    for row in diff.rows:
        if only_different and not row.differs:
            continue
        entry: dict[str, Any] = {t("compare.col.setting"): row.label}
        for name, value in zip(diff.names, row.values, strict=True):
            entry[name] = "—" if value is None else value_text(value)
        entry[t("compare.col.differs")] = row.differs
        rows.append(entry)
    return rows


# ---------------------------------------------------------------- leaderboard


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes}:{secs:02d}" if minutes else f"{seconds:.1f} s"


def leaderboard_rows(rows: Sequence[LeaderboardRow]) -> list[dict[str, Any]]:
    """The leaderboard for st.dataframe: rank, run, test accuracy with its 95% interval, size and time."""
    table = []
    for row in rows:
        interval = f"[{row.interval.low:.4f}, {row.interval.high:.4f}]" if row.interval else "—"
        table.append({
            t("compare.col.rank"): row.rank, t("compare.col.run"): row.name, t("compare.col.dataset"): row.dataset,
            t("compare.col.test_accuracy"): row.test_accuracy, t("compare.col.interval"): interval,
            t("compare.col.params"): row.params, t("compare.col.flops"): row.flops,
            t("compare.col.training_time"): _duration(row.training_seconds), t("compare.col.epochs"): row.epochs,
            t("compare.col.run_status"): str(status_message(row.status)),
        })
    return table
