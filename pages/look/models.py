"""My models: bring a Keras model trained elsewhere (a .keras file), see its layers in our shape table, and look
inside it on Feature maps, Kernels and Predict. A file that would run code on the server (a Lambda layer, a class
outside Keras), a damaged file or a model that is not an image classifier is refused with the reason."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from cnnviz.data.safezip import MB
from cnnviz.i18n import t
from cnnviz.inference import ModelRef
from cnnviz.models import modelfile
from pages.common import banners, state, workers
from pages.common.state import Outcome
from pages.common.text import file_size, plain
from pages.common.workspace import current_workspace

LOOK_INSIDE = (("pages/look/feature_maps.py", "look.ownpages.models_open_maps", ":material/layers:"),
               ("pages/look/kernels.py", "look.ownpages.models_open_kernels", ":material/grid_on:"),
               ("pages/play/predict.py", "look.ownpages.models_open_predict", ":material/image_search:"))

workspace = current_workspace()
root = workspace.models_dir
quota = workspace.quotas.models
limit_mb = modelfile.MAX_MODEL_BYTES // MB


@workers.cached(max_entries=8)
def cached_summary(ref: ModelRef) -> modelfile.ModelSummary:
    return workers.pool().on_model(ref, modelfile.describe_model)


def _stamp(stored: modelfile.StoredModel) -> str:
    return f"{stored.sha256[:16]}:{stored.model_file.stat().st_mtime_ns}"


def _remember_upload() -> None:
    uploaded = state.widget_value("models_upload")
    state.MODELS_UPLOAD.set(None if uploaded is None else (uploaded.name, uploaded.getvalue()))
    state.MODELS_OUTCOME.clear()


def _class_names(text: str) -> tuple[str, ...] | None:
    names = tuple(" ".join(part.split()) for part in text.split(","))
    return names if any(names) else None


def store(name: str, data: bytes, shown_name: str, class_text: str) -> None:
    try:
        with st.spinner(t("look.ownpages.models_checking", file=plain(name))):
            stored = workers.call(modelfile.store_model_file, data, name, str(root), name=shown_name or None,
                                  class_names=_class_names(class_text), lane=workers.LONG)
    except modelfile.ModelLoadError as exc:
        state.MODELS_OUTCOME.set(Outcome.error(t("look.ownpages.models_refused", reason=plain(exc, limit=800))))
        return
    state.MODELS_UPLOAD.clear()
    state.MODELS_OUTCOME.set(Outcome.success(t("look.ownpages.models_stored", name=plain(stored.name))))
    state.MODELS_SHOW.set(stored.id)


def upload_section(stored_models: list[modelfile.StoredModel]) -> None:
    st.file_uploader(t("look.ownpages.models_file", mb=limit_mb), type=["keras"], key="models_upload",
                     on_change=_remember_upload, max_upload_size=limit_mb, help=t("look.ownpages.models_file_help"))
    upload = state.MODELS_UPLOAD.get()
    if upload is not None:
        st.caption(t("look.ownpages.models_using", file=plain(upload[0]), size=file_size(len(upload[1]))))
    row = st.container(horizontal=True, vertical_alignment="bottom")
    shown_name = row.text_input(t("look.ownpages.models_name"), state.held("models_name", ""), key="models_name",
                                max_chars=80, width=280, placeholder=Path(upload[0]).stem if upload else None,
                                help=t("look.ownpages.models_name_help"), persist_state=state.KEEP).strip()
    class_text = row.text_input(t("look.ownpages.models_classes"), state.held("models_classes", ""),
                                key="models_classes",
                                width=360, placeholder=t("look.ownpages.models_classes_hint"),
                                help=t("look.ownpages.models_classes_help"), persist_state=state.KEEP)
    full = len(stored_models) >= quota
    if row.button(t("look.ownpages.models_add"), type="primary", icon=":material/upload:", key="models_add",
                  disabled=upload is None or full):
        store(upload[0], upload[1], shown_name, class_text)
        st.rerun()
    if full:
        st.warning(t("look.ownpages.models_quota_full", n=len(stored_models), limit=quota),
                   icon=":material/inventory_2:")


def _shape_text(shape: tuple) -> str:
    if shape and isinstance(shape[0], tuple):
        return ", ".join(_shape_text(s) for s in shape)
    return "×".join("?" if v is None else str(v) for v in shape)


def summary_table(summary: modelfile.ModelSummary) -> None:
    """Our shape table: output shape, parameters and (for the layer types our spec knows) the formulas; other
    layers by Keras' name and numbers; for a model with branches, the layers each one reads from."""
    columns = [t("look.ownpages.col_layer"), t("look.ownpages.col_type"), t("look.ownpages.col_output"),
               t("look.ownpages.col_params"),
               t("look.ownpages.col_formula")]
    if not summary.sequential:
        columns.append(t("look.ownpages.col_inbound"))
    rows = []
    for row in summary.rows:
        cells = [plain(row.name), plain(row.type), _shape_text(row.output_shape), f"{row.params:,}",
                 plain(row.formula) if row.known else t("look.ownpages.models_keras_count")]
        if not summary.sequential:
            cells.append(plain(", ".join(row.inbound), limit=200))  # st.table reads Markdown: names stay text
        rows.append(dict(zip(columns, cells, strict=True)))
    st.table(rows)
    st.caption(t("look.ownpages.models_totals", total=summary.total_params, trainable=summary.trainable_params,
                 frozen=summary.non_trainable_params, known=sum(r.known for r in summary.rows), n=len(summary.rows)))


def delete(stored: modelfile.StoredModel) -> None:
    try:
        modelfile.delete_model_file(root, stored.id)
        if str(state.CURRENT_RUN.get()) == str(stored.path):
            state.CURRENT_RUN.clear()
        state.MODELS_OUTCOME.set(Outcome.success(t("look.ownpages.models_deleted", name=plain(stored.name))))
    except modelfile.ModelLoadError as exc:
        state.MODELS_OUTCOME.set(Outcome.error(plain(exc, limit=800)))


def confirm_delete(stored: modelfile.StoredModel) -> None:
    banners.confirm_delete(t("look.ownpages.models_delete_confirm", name=plain(stored.name)), "models",
                           lambda: delete(stored), state.MODELS_PENDING_DELETE)


def model_details(stored: modelfile.StoredModel) -> None:
    st.header(plain(stored.name), anchor=False)
    if stored.problem is not None:
        st.error(plain(stored.problem, limit=600), icon=":material/broken_image:")
    else:
        st.caption(t("look.ownpages.models_facts", file=plain(stored.filename), size=file_size(stored.size),
                     shape=_shape_text(stored.input_shape), n=len(stored.class_names),
                     names=plain(", ".join(stored.class_names), limit=200)))
        try:
            with st.spinner(t("look.ownpages.models_loading")):
                summary = cached_summary(ModelRef(str(stored.model_file), _stamp(stored)))
        except Exception as exc:  # a stored file damaged since: a message, never a traceback
            st.error(t("common.ownpages.cannot_load_model", name=plain(stored.name), reason=plain(exc, limit=600)),
                     icon=":material/broken_image:")
        else:
            if summary.has_branches:
                st.caption(t("look.ownpages.models_branches"))
            summary_table(summary)
            row = st.container(horizontal=True)
            for page, key, icon in LOOK_INSIDE:
                if row.button(t(key), icon=icon, key=f"models_open_{Path(page).stem}"):
                    state.CURRENT_RUN.set(stored.path)
                    st.switch_page(page)
    if st.button(t("common.ownpages.delete"), icon=":material/delete:", key="models_delete"):
        state.MODELS_PENDING_DELETE.set(stored.id)
    if state.MODELS_PENDING_DELETE.get() == stored.id:
        confirm_delete(stored)


def models_section(stored_models: list[modelfile.StoredModel]) -> None:
    if not stored_models:
        st.info(t("look.ownpages.models_none"), icon=":material/info:")
        return
    by_id = {stored.id: stored for stored in stored_models}
    shown = state.MODELS_SHOW.get()
    if shown in by_id:
        state.set_widget_value("models_view", shown)
        state.MODELS_SHOW.clear()
    elif state.widget_value("models_view") not in by_id:
        state.set_widget_value("models_view", stored_models[0].id)
    chosen = st.selectbox(t("look.ownpages.models_model"), list(by_id),
                          index=state.held_index("models_view", list(by_id)),
                          key="models_view", width=560, format_func=lambda i: _label(by_id[i]),
                          help=t("look.ownpages.models_model_help"), persist_state=state.KEEP)
    model_details(by_id[chosen])


def _label(stored: modelfile.StoredModel) -> str:
    if stored.problem is not None:
        return t("look.ownpages.models_damaged_label", name=stored.name)
    return t("common.ownpages.upload_label", name=stored.name, shape=_shape_text(stored.input_shape),
             n=len(stored.class_names))


st.title(t("look.ownpages.models_title"))
stored_models = modelfile.list_model_files(root)
st.caption(t("look.ownpages.models_intro", mb=limit_mb, n=len(stored_models), limit=quota))
banners.outcome_banner(state.MODELS_OUTCOME.get())
upload_section(stored_models)
st.divider()
models_section(stored_models)
