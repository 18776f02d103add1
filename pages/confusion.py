"""Confusion matrix, per-class metrics and the images behind any cell of a trained run."""

import numpy as np
import streamlit as st

from cnnviz import extract
from cnnviz.figures import inspect as figures
from pages.shared import inspect as shared
from pages.shared import state

GALLERY_SIZE = 18

st.title("Confusion matrix")
st.caption("Row = the true class, column = what the network predicted. The diagonal holds the correct answers; "
           "every other cell is one kind of mistake. Click a cell to see its images.")

choice, model = shared.pick_run_and_model("cm")
split = st.radio("Split", shared.SPLITS, horizontal=True, key="cm_split", help=shared.SPLIT_HELP)
try:
    images, labels = shared.split_arrays(choice.run_dir, split)
except Exception as exc:  # the run's dataset is no longer available here
    st.error(f"Cannot load this run's {split} data: {exc}")
    st.stop()
if len(images) == 0:
    st.warning(f"The {split} split of this run is empty: choose another split.")
    st.stop()
n_classes = int(model.outputs[0].shape[-1])
names = shared.class_names(choice.run_dir, n_classes)
evaluation = extract.evaluate(labels, shared.split_probabilities(choice, split), n_classes)


def _worst_cell() -> tuple[int, int]:
    off = evaluation.matrix.copy()
    np.fill_diagonal(off, -1)
    r, c = np.unravel_index(int(off.argmax()), off.shape)
    return int(r), int(c)


def _cell_clicked() -> None:
    event = state.widget_value("cm_chart")
    points = (event or {}).get("selection", {}).get("points", [])
    if points and points[0].get("x") in names and points[0].get("y") in names:
        state.set_widget_value("cm_true", names.index(points[0]["y"]))
        state.set_widget_value("cm_pred", names.index(points[0]["x"]))


if state.widget_value("cm_true") is None or state.widget_value("cm_true") >= n_classes:
    worst = _worst_cell()
    state.set_widget_value("cm_true", worst[0])
    state.set_widget_value("cm_pred", worst[1])
true_class, pred_class = state.widget_value("cm_true"), state.widget_value("cm_pred")

m1, m2, m3 = st.columns(3)
m1.metric("Accuracy", f"{evaluation.accuracy:.2%}", help="Share of images whose most likely class is the true one.")
m2.metric("Mistakes", f"{len(evaluation.errors()):,} of {len(labels):,}")
m3.metric("Macro F1", f"{evaluation.per_class.f1.mean():.3f}",
          help="The F1 score averaged over classes, each class counting the same however many images it has.")

left, right = st.columns([1, 1])
with left:
    st.plotly_chart(figures.confusion_heatmap(evaluation.matrix, names, f"{split}: {len(labels):,} images",
                                              selected=(true_class, pred_class)),
                    key="cm_chart", on_select=_cell_clicked, selection_mode="points")
with right:
    st.markdown("**Per class**")
    metrics = evaluation.per_class
    st.dataframe(figures.metrics_rows(metrics.precision, metrics.recall, metrics.f1, metrics.support, names),
                 hide_index=True, column_config={
                     "precision": st.column_config.ProgressColumn(
                         "precision", format="%.3f", min_value=0, max_value=1, width="small",
                         help="Of the images predicted as this class, the share that really are."),
                     "recall": st.column_config.ProgressColumn(
                         "recall", format="%.3f", min_value=0, max_value=1, width="small",
                         help="Of the images of this class, the share the network found."),
                     "F1": st.column_config.ProgressColumn(
                         "F1", format="%.3f", min_value=0, max_value=1, width="small",
                         help="Harmonic mean of precision and recall: high only when both are."),
                 })

st.subheader("Images behind a cell")
c1, c2 = st.columns(2)
c1.selectbox("True class", range(n_classes), format_func=lambda i: names[i], key="cm_true",
             help="The row of the matrix: what the images really are.")
c2.selectbox("Predicted class", range(n_classes), format_func=lambda i: names[i], key="cm_pred",
             help="The column: what the network said. Same as the true class = the correct ones.")
indices = evaluation.cell_indices(true_class, pred_class)
# Most confident first: confident mistakes are the most telling ones.
indices = indices[np.argsort(-evaluation.probabilities[indices, pred_class])]
kind = "correct" if true_class == pred_class else "mistaken"
st.markdown(f"**{len(indices):,}** {kind} images: true *{names[true_class]}*, predicted *{names[pred_class]}*"
            + (f" (showing the {GALLERY_SIZE} most confident)" if len(indices) > GALLERY_SIZE else ""))
shown = indices[:GALLERY_SIZE]
if len(shown):
    titles = [f"#{i} · P({names[pred_class]})={evaluation.probabilities[i, pred_class]:.2f}"
              + ("" if true_class == pred_class else f" · P(true)={evaluation.probabilities[i, true_class]:.2f}")
              for i in shown]
    st.plotly_chart(figures.image_gallery(images[shown], titles, columns=6), key="cm_gallery")
    buttons = st.columns(6)
    for position, index in enumerate(shown):
        if buttons[position % 6].button(f"Inspect #{index}", key=f"cm_open_{index}",
                                        help="Open this image on the Feature maps page (with Grad-CAM)."):
            state.INSPECT_TARGET.set({"run": choice.run_dir, "split": split, "index": int(index)})
            st.switch_page("pages/feature_maps.py")
