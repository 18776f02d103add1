"""Confusion matrix, per-class metrics and the images behind any cell of a trained run."""

import numpy as np
import streamlit as st

from cnnviz.data.classnames import display_class_names
from cnnviz.figures import figure_text
from cnnviz.figures import inspect as figures
from cnnviz.i18n import t
from pages.common import explaining, state
from pages.common import inspect as shared
from pages.common.charts import chart
from pages.common.text import plain

GALLERY_SIZE = 18
PANEL = 560  # px: matrix and per-class table side by side on a wide screen, one above the other on a projector

st.title(t("figures.inspect.confusion_title"))
st.caption(t("look.inspectpages.cm_intro"))

choice, model = shared.pick_run_and_model("cm")
if not choice.has_dataset:  # an uploaded model: no test set to count its mistakes on (a run: said why above)
    if choice.kind != "run":
        st.info(t("look.ownpages.confusion_needs_run"), icon=":material/table_chart:")
    st.stop()
split = shared.pick_split("cm_split", horizontal=True)
split_name = shared.split_name(split)
try:
    size = shared.split_size(choice.run_dir, split)
    evaluation = shared.split_evaluation(choice, model, split) if size else None
except Exception as exc:  # the run's dataset is no longer available here
    st.error(t("look.inspectpages.cm_cannot_load", split=split_name, reason=exc))
    st.stop()
if evaluation is None:
    st.warning(t("look.inspectpages.cm_empty_split", split=split_name))
    st.stop()
n_classes = model.info.n_classes
# The names as the reader reads them (built-in datasets' classes in the current language); the matrix's axes use
# them too, so a click reports one of these and is mapped back to its index here.
names = tuple(display_class_names(shared.class_names(choice.run_dir, n_classes)))
# The chosen cell belongs to this run: another run (other classes, other mistakes) starts on its own worst cell.
TRUE_KEY, PRED_KEY = f"cm_true_{choice.info.path.name}", f"cm_pred_{choice.info.path.name}"


def _worst_cell() -> tuple[int, int]:
    off = evaluation.matrix.copy()
    np.fill_diagonal(off, -1)
    r, c = np.unravel_index(int(off.argmax()), off.shape)
    return int(r), int(c)


def _cell_clicked() -> None:
    event = state.widget_value("cm_chart")
    points = (event or {}).get("selection", {}).get("points", [])
    if points and points[0].get("x") in names and points[0].get("y") in names:
        state.set_widget_value(TRUE_KEY, names.index(points[0]["y"]))
        state.set_widget_value(PRED_KEY, names.index(points[0]["x"]))


if state.widget_value(TRUE_KEY) is None or state.widget_value(TRUE_KEY) >= n_classes:
    worst = _worst_cell()
    state.set_widget_value(TRUE_KEY, worst[0])
    state.set_widget_value(PRED_KEY, worst[1])
true_class, pred_class = state.widget_value(TRUE_KEY), state.widget_value(PRED_KEY)

row = st.container(horizontal=True, gap="large")
row.metric(t("look.inspectpages.accuracy"), f"{evaluation.accuracy:.2%}", width="content",
           help=t("look.inspectpages.accuracy_help"))
row.metric(t("look.inspectpages.mistakes"), t("look.inspectpages.mistakes_value", mistakes=len(evaluation.errors()),
                                         total=size), width="content")
row.metric(t("look.inspectpages.macro_f1"), f"{evaluation.per_class.f1.mean():.3f}", width="content",
           help=t("look.inspectpages.macro_f1_help"))

panels = st.container(horizontal=True)
with panels.container(width=PANEL):
    chart(figures.confusion_heatmap(evaluation.matrix, names,
                                              figure_text("look.inspectpages.cm_title", split=split_name, n=size),
                                              selected=(true_class, pred_class)),
                    key="cm_chart", on_select=_cell_clicked, selection_mode="points")
with panels.container(width=PANEL):
    st.markdown(t("look.inspectpages.per_class"))
    metrics = evaluation.per_class
    columns = figures.metric_columns()  # the table's column names in the current language, by English name
    st.dataframe(figures.metrics_rows(metrics.precision, metrics.recall, metrics.f1, metrics.support, names),
                 hide_index=True, column_config={
                     columns[name]: st.column_config.ProgressColumn(
                         columns[name], format="%.3f", min_value=0, max_value=1, width="small", help=t(help_key))
                     for name, help_key in (("precision", "look.inspectpages.precision_help"),
                                            ("recall", "look.inspectpages.recall_help"),
                                            ("F1", "look.inspectpages.f1_help"))})

st.header(t("look.inspectpages.cell_heading"))
row = st.container(horizontal=True)
row.selectbox(t("look.inspectpages.true_class"), range(n_classes), format_func=lambda i: names[i],
              index=state.held_index(TRUE_KEY, range(n_classes)), key=TRUE_KEY, width=260, persist_state=state.KEEP,
              help=t("look.inspectpages.true_class_help"))
row.selectbox(t("look.inspectpages.predicted_class"), range(n_classes), format_func=lambda i: names[i],
              index=state.held_index(PRED_KEY, range(n_classes)), key=PRED_KEY, width=260, persist_state=state.KEEP,
              help=t("look.inspectpages.predicted_class_help"))
indices = evaluation.cell_indices(true_class, pred_class)
# Most confident first: confident mistakes are the most telling ones.
indices = indices[np.argsort(-evaluation.probabilities[indices, pred_class])]
mistake = true_class != pred_class
heading = t("look.inspectpages.gallery_mistaken" if mistake else "look.inspectpages.gallery_correct",
            count=len(indices),
            true=plain(names[true_class]), predicted=plain(names[pred_class]))
if len(indices) > GALLERY_SIZE:
    heading += " " + t("look.inspectpages.gallery_most_confident", k=GALLERY_SIZE)
st.markdown(heading)
shown = indices[:GALLERY_SIZE]
if len(shown):
    titles = figures.gallery_titles(shown, evaluation.probabilities[shown, pred_class],
                                    evaluation.probabilities[shown, true_class] if mistake else None)
    st.caption(t("look.inspectpages.gallery_caption_mistaken" if mistake
                 else "look.inspectpages.gallery_caption_correct",
                 split=split_name, predicted=plain(names[pred_class]), true=plain(names[true_class])))
    images = shared.dataset_images(choice.run_dir, split, tuple(int(i) for i in shown))
    chart(figures.image_gallery(images, titles, columns=6), key="cm_gallery")
    st.markdown(t("look.inspectpages.open_hint"))
    st.caption(t("look.explainpages.confusion.hint"))
    buttons = st.container(horizontal=True)
    for index in shown:
        pair = buttons.container(horizontal=True, gap="small", width="content")  # one image's two buttons
        if pair.button(f"#{index}", key=f"cm_open_{index}", icon=":material/search:",
                       help=t("look.inspectpages.open_help")):
            explaining.open_on_image("pages/look/feature_maps.py", choice.run_dir, split, int(index), choice.which)
        if pair.button(t("look.explainpages.confusion.explain"), key=f"cm_explain_{index}", icon=":material/lightbulb:",
                       help=t("look.explainpages.confusion.explain_help", index=int(index))):
            explaining.open_on_image("pages/explain/explain.py", choice.run_dir, split, int(index), choice.which)
