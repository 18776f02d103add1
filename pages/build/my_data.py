"""My data: the workspace's own image datasets. Import a .zip of class folders, or build a dataset class by class
from uploaded files and webcam shots (Teachable-Machine style); see each dataset's class counts, a preview per
class and its warnings; train on it or delete it. Every dataset is then listed on the Train page beside MNIST."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import streamlit as st

from cnnviz.data import images, importing, userdata
from cnnviz.data.safezip import MB
from cnnviz.figures.userdata import class_counts_figure, class_preview_figure
from cnnviz.i18n import t
from pages.build.training import USER_PREFIX
from pages.common import banners, state
from pages.common.charts import chart
from pages.common.state import Outcome
from pages.common.text import file_size, plain
from pages.common.workspace import current_workspace

SECTIONS = ("datasets", "zip", "classes")
SIZES = (16, 28, 32, 48, 64, 96, 128)
PANEL = 520  # px: the count bars and the preview side by side on a wide screen, one above the other on a projector
IMAGE_TYPES = ["png", "jpg", "jpeg", "bmp", "gif", "webp", "tif", "tiff"]

workspace = current_workspace()
root = workspace.datasets_dir
quota = workspace.quotas.datasets


# ---- shared pieces ----------------------------------------------------------------------------------------


@st.cache_data(show_spinner=False, max_entries=16)
def class_examples(folder: str, sha256: str) -> dict[str, np.ndarray]:
    """The first images of each class (keyed on the content hash: a changed dataset is read again)."""
    return userdata.class_examples(folder)


def show_next(dataset_id: str) -> None:
    """After an import or a save: open the Datasets section on the new dataset (on the next run, before the
    widgets are drawn: a drawn widget's value cannot change)."""
    state.MYDATA_SHOW.set(dataset_id)


def apply_show_next() -> None:
    dataset_id = state.MYDATA_SHOW.get()
    if dataset_id:
        state.set_widget_value("mydata_section", "datasets")
        state.set_widget_value("mydata_view", dataset_id)
        state.MYDATA_SHOW.clear()


def settings_row(disabled: bool = False) -> images.ImportSettings:
    """Image size, grey or colour, pad or crop: how every image becomes the network's input."""
    row = st.container(horizontal=True, vertical_alignment="bottom")
    size = row.selectbox(t("build.ownpages.mydata_size"), SIZES,
                         index=state.held_index("mydata_size", SIZES, SIZES.index(32)), key="mydata_size", width=150,
                         format_func=lambda s: f"{s}×{s}", help=t("build.ownpages.mydata_size_help"), disabled=disabled,
                         persist_state=state.KEEP)
    colour = row.radio(t("build.ownpages.mydata_colour"), ("grey", "colour"), horizontal=True,
                       index=state.held_index("mydata_colour", ("grey", "colour")), key="mydata_colour",
                       format_func=lambda c: t(f"build.ownpages.mydata_opt_{c}"),
                       help=t("build.ownpages.mydata_colour_help"),
                       disabled=disabled, persist_state=state.KEEP)
    fit = row.radio(t("build.ownpages.mydata_fit"), images.FITS, horizontal=True,
                    index=state.held_index("mydata_fit", images.FITS), key="mydata_fit",
                    format_func=lambda f: t(f"build.ownpages.mydata_fit_{f}"), help=t("build.ownpages.mydata_fit_help"),
                    disabled=disabled, persist_state=state.KEEP)
    return images.ImportSettings(size=int(size), color=colour == "colour", fit=fit)


def room_left(datasets: list[userdata.UserDatasetInfo]) -> str | None:
    """Why no dataset may be added now (the workspace's quota), or None."""
    if len(datasets) >= quota:
        return t("build.ownpages.mydata_quota_full", n=len(datasets), limit=quota)
    return None


def disk_full() -> str | None:
    if workspace.disk_usage() >= workspace.quotas.disk_bytes:
        return t("build.ownpages.mydata_disk_full", gb=workspace.quotas.disk_bytes / 1024**3)
    return None


def stored(result: importing.ImportResult, text_key: str) -> None:
    info = result.info
    state.MYDATA_OUTCOME.set(Outcome.success(
        t(text_key, name=plain(info.name), n=info.n_images, classes=len(info.class_names),
          shape="×".join(map(str, info.image_shape))),
        lines=result.report.lines()))  # its warnings are shown with the dataset
    show_next(info.id)


# ---- the datasets -----------------------------------------------------------------------------------------


def _shape(info: userdata.UserDatasetInfo) -> str:
    return "×".join(str(v) for v in info.image_shape)


def dataset_table(datasets: list[userdata.UserDatasetInfo]) -> None:
    rows = [{t("build.ownpages.col_name"): ("⚠ " if not info.ok else "") + info.name,
             t("build.ownpages.col_classes"): len(info.class_names) if info.ok else None,
             t("build.ownpages.col_images"): info.n_images if info.ok else None,
             t("build.ownpages.col_shape"): _shape(info) if info.ok else "",
             t("build.ownpages.col_fit"): info.fit,
             t("build.ownpages.col_created"): info.created[:16].replace("T", " ")} for info in datasets]
    text = st.column_config.TextColumn
    st.dataframe(rows, hide_index=True, placeholder="–", column_config={
        t("build.ownpages.col_name"): text(width=200),
        t("build.ownpages.col_classes"): st.column_config.NumberColumn(width=70),
        t("build.ownpages.col_images"): st.column_config.NumberColumn(format="localized", width=80),
        t("build.ownpages.col_shape"): text(width=80), t("build.ownpages.col_fit"): text(width=50),
        t("build.ownpages.col_created"): text(width=130)})


def dataset_label(info: userdata.UserDatasetInfo) -> str:
    if not info.ok:
        return t("build.ownpages.mydata_damaged_label", name=info.name)
    return t("build.ownpages.mydata_label", name=info.name, n=info.n_images, classes=len(info.class_names),
             shape=_shape(info))


def delete(info: userdata.UserDatasetInfo) -> None:
    try:
        userdata.delete_user_dataset(root, info.id)
        state.MYDATA_OUTCOME.set(Outcome.success(t("build.ownpages.mydata_deleted", name=plain(info.name))))
    except userdata.UserDataError as exc:
        state.MYDATA_OUTCOME.set(Outcome.error(plain(exc, limit=800)))


def confirm_delete(info: userdata.UserDatasetInfo) -> None:
    banners.confirm_delete(t("build.ownpages.mydata_delete_confirm", name=plain(info.name)), "mydata",
                           lambda: delete(info), state.MYDATA_PENDING_DELETE)


def dataset_details(info: userdata.UserDatasetInfo) -> None:
    st.header(plain(info.name), anchor=False)
    if not info.ok:
        st.error(t("build.ownpages.mydata_damaged", problem=plain(info.problem, limit=600)),
                 icon=":material/broken_image:")
    else:
        row = st.container(horizontal=True, gap="large")
        row.metric(t("build.ownpages.col_images"), f"{info.n_images:,}", width="content")
        row.metric(t("build.ownpages.col_classes"), f"{len(info.class_names):,}", width="content")
        row.metric(t("build.ownpages.mydata_input"), _shape(info), width="content",
                   help=t("build.ownpages.mydata_input_help"))
        row.metric(t("build.ownpages.col_fit"), t(f"build.ownpages.mydata_fit_{info.fit}"), width="content")
        for warning in info.warnings:
            st.warning(plain(warning, limit=400), icon=":material/warning:")
        panels = st.container(horizontal=True)
        with panels.container(width=PANEL):
            chart(class_counts_figure(info.class_names, info.counts), key="mydata_counts")
        with panels.container(width=PANEL):
            try:
                examples = class_examples(str(info.path), info.sha256)
                chart(class_preview_figure(examples), key="mydata_preview")
            except images.UserDataError as exc:
                st.error(plain(exc, limit=600), icon=":material/broken_image:")
        lines = info.report.lines()
        if lines:
            with st.expander(t("build.ownpages.mydata_report", n=len(info.report.notes))):
                for line in lines:
                    st.caption(plain(line, limit=600))
    row = st.container(horizontal=True)
    if info.ok and row.button(t("build.ownpages.mydata_train"), icon=":material/model_training:", type="primary",
                              key="mydata_train", help=t("build.ownpages.mydata_train_help")):
        state.set_widget_value("train_dataset", f"{USER_PREFIX}{info.id}")
        st.switch_page("pages/build/train.py")
    if row.button(t("common.ownpages.delete"), icon=":material/delete:", key="mydata_delete"):
        state.MYDATA_PENDING_DELETE.set(info.id)
    if state.MYDATA_PENDING_DELETE.get() == info.id:
        confirm_delete(info)


def datasets_section(datasets: list[userdata.UserDatasetInfo]) -> None:
    if not datasets:
        st.info(t("build.ownpages.mydata_none"), icon=":material/info:")
        return
    dataset_table(datasets)
    by_id = {info.id: info for info in datasets}
    if state.widget_value("mydata_view") not in by_id:
        state.set_widget_value("mydata_view", datasets[0].id)
    chosen = st.selectbox(t("build.ownpages.mydata_dataset"), list(by_id),
                          index=state.held_index("mydata_view", list(by_id)),
                          key="mydata_view", width=560, format_func=lambda i: dataset_label(by_id[i]),
                          help=t("build.ownpages.mydata_dataset_help"), persist_state=state.KEEP)
    dataset_details(by_id[chosen])


# ---- importing a zip --------------------------------------------------------------------------------------


def _remember_zip() -> None:
    uploaded = state.widget_value("mydata_zip_upload")
    state.MYDATA_ZIP.set(None if uploaded is None else (uploaded.name, uploaded.getvalue()))


def import_archive(name: str, data: bytes, dataset_name: str, settings: images.ImportSettings) -> None:
    bar = st.progress(0.0, text=t("build.ownpages.mydata_reading", file=plain(name)))

    def progress(done: int, total: int) -> None:
        bar.progress(done / max(total, 1), text=t("build.ownpages.mydata_importing", done=done, total=total))

    try:
        result = importing.import_zip(data, dataset_name, root, settings, filename=name, progress=progress)
    except images.UserDataError as exc:  # ImportRefused: nothing was written
        state.MYDATA_OUTCOME.set(Outcome.error(t("build.ownpages.mydata_refused", file=plain(name),
                                                 reason=plain(exc, limit=800))))
        return
    finally:
        bar.empty()
    state.MYDATA_ZIP.clear()
    stored(result, "build.ownpages.mydata_imported")


def zip_section(datasets: list[userdata.UserDatasetInfo]) -> None:
    st.caption(t("build.ownpages.mydata_zip_intro"))
    settings = settings_row()
    limits = importing.ImportLimits()
    st.file_uploader(t("build.ownpages.mydata_zip"), type=["zip"], key="mydata_zip_upload", on_change=_remember_zip,
                     help=t("build.ownpages.mydata_zip_help", mb=limits.max_archive_bytes // MB,
                            files=limits.max_files))
    upload = state.MYDATA_ZIP.get()
    if upload is not None:
        st.caption(t("build.ownpages.mydata_zip_using", file=plain(upload[0]), size=file_size(len(upload[1]))))
    default_name = Path(upload[0]).stem if upload else ""
    row = st.container(horizontal=True, vertical_alignment="bottom")
    name = row.text_input(t("build.ownpages.mydata_name"), state.held("mydata_zip_name", ""), key="mydata_zip_name",
                          placeholder=default_name or None, max_chars=importing.MAX_NAME_LENGTH,
                          help=t("build.ownpages.mydata_name_help"), width=320,
                          persist_state=state.KEEP).strip() or default_name
    blocked = room_left(datasets)
    if row.button(t("build.ownpages.mydata_import"), type="primary", icon=":material/upload:", key="mydata_import",
                  disabled=upload is None or blocked is not None):
        problem = disk_full()
        if problem:
            state.MYDATA_OUTCOME.set(Outcome.error(problem))
        else:
            import_archive(upload[0], upload[1], name, settings)
        st.rerun()
    if blocked:
        st.warning(blocked, icon=":material/inventory_2:")


# ---- building class by class ----------------------------------------------------------------------------


def _class_key(name: str) -> str:
    return hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]


def _round(widget: str) -> int:
    return state.MYDATA_WIDGET_ROUND.get().get(widget, 0)


def _next_round(widget: str) -> None:
    rounds = dict(state.MYDATA_WIDGET_ROUND.get())
    rounds[widget] = rounds.get(widget, 0) + 1
    state.MYDATA_WIDGET_ROUND.set(rounds)


def _note_problem(exc: Exception) -> None:
    state.MYDATA_OUTCOME.set(Outcome.error(plain(exc, limit=800)))


def _add_files(class_name: str, widget: str, key: str) -> None:
    """The uploader's files go into the class; a fresh uploader takes their place."""
    builder: importing.DatasetBuilder = state.MYDATA_BUILDER.get()
    state.MYDATA_OUTCOME.clear()
    try:
        for uploaded in state.widget_value(key) or []:
            builder.add_image(class_name, uploaded.getvalue(), uploaded.name, origin="upload")
    except images.UserDataError as exc:
        _note_problem(exc)
    _next_round(widget)


def _add_shot(class_name: str, widget: str, key: str) -> None:
    """A webcam shot goes into the class; a fresh camera is ready for the next one."""
    builder: importing.DatasetBuilder = state.MYDATA_BUILDER.get()
    shot = state.widget_value(key)
    state.MYDATA_OUTCOME.clear()
    if shot is not None:
        try:
            number = builder.counts.get(class_name, 0) + 1
            builder.add_image(class_name, shot.getvalue(), f"webcam-{number:03d}.jpg", origin="webcam")
        except images.UserDataError as exc:
            _note_problem(exc)
    _next_round(widget)


def _add_class() -> None:
    builder: importing.DatasetBuilder = state.MYDATA_BUILDER.get()
    try:
        builder.add_class(state.widget_value("mydata_new_class", ""))
        state.MYDATA_OUTCOME.clear()
        state.set_widget_value("mydata_new_class", "")
    except images.UserDataError as exc:
        _note_problem(exc)


def _remove_class(class_name: str) -> None:
    state.MYDATA_BUILDER.get().remove_class(class_name)


def current_builder(settings: images.ImportSettings) -> importing.DatasetBuilder:
    """The builder of this session; while it holds no image yet it follows the settings (keeping its classes)."""
    builder = state.MYDATA_BUILDER.get()
    if builder is None or (sum(builder.counts.values()) == 0 and builder.settings != settings):
        fresh = importing.DatasetBuilder(settings)
        for name in builder.class_names if builder is not None else ():
            fresh.add_class(name)
        state.MYDATA_BUILDER.set(fresh)
        builder = fresh
    return builder


def class_card(builder: importing.DatasetBuilder, name: str) -> None:
    ident = _class_key(name)
    card = st.container(border=True)
    head = card.container(horizontal=True, vertical_alignment="center")
    head.markdown(t("build.ownpages.mydata_class_head", name=plain(name), n=builder.counts[name]))
    head.button(t("build.ownpages.mydata_remove_class"), icon=":material/close:", key=f"mydata_remove_{ident}",
                on_click=_remove_class, args=(name,), help=t("build.ownpages.mydata_remove_class_help"))
    files_widget = f"files_{ident}"
    files_key = f"mydata_files_{ident}_{_round(files_widget)}"
    card.file_uploader(t("build.ownpages.mydata_class_files", name=plain(name)), type=IMAGE_TYPES,
                       accept_multiple_files=True, key=files_key, on_change=_add_files,
                       args=(name, files_widget, files_key), help=t("build.ownpages.mydata_class_files_help"))
    if card.toggle(t("build.ownpages.mydata_webcam"), state.held(f"mydata_cam_on_{ident}", False),
                   key=f"mydata_cam_on_{ident}", help=t("build.ownpages.mydata_webcam_help"), persist_state=state.KEEP):
        cam_widget = f"cam_{ident}"
        cam_key = f"mydata_cam_{ident}_{_round(cam_widget)}"
        card.camera_input(t("build.ownpages.mydata_shot", name=plain(name)), key=cam_key, on_change=_add_shot,
                          args=(name, cam_widget, cam_key), help=t("build.ownpages.mydata_shot_help"), width=420)


def save_builder(builder: importing.DatasetBuilder, name: str) -> None:
    problem = disk_full()
    if problem:
        state.MYDATA_OUTCOME.set(Outcome.error(problem))
        return
    try:
        with st.spinner(t("build.ownpages.mydata_saving")):
            result = builder.save(name, root)
    except images.UserDataError as exc:
        state.MYDATA_OUTCOME.set(Outcome.error(t("build.ownpages.mydata_not_saved", reason=plain(exc, limit=800))))
        return
    state.MYDATA_BUILDER.clear()
    stored(result, "build.ownpages.mydata_saved")


def classes_section(datasets: list[userdata.UserDatasetInfo]) -> None:
    st.caption(t("build.ownpages.mydata_classes_intro"))
    existing = state.MYDATA_BUILDER.get()
    locked = existing is not None and sum(existing.counts.values()) > 0
    settings = settings_row(disabled=locked)
    builder = current_builder(settings) if not locked else existing
    if locked:
        st.caption(t("build.ownpages.mydata_settings_locked"))
    with st.form("mydata_class_form", border=False, enter_to_submit=True):
        row = st.container(horizontal=True, vertical_alignment="bottom")
        row.text_input(t("build.ownpages.mydata_new_class"), key="mydata_new_class", width=320,
                       max_chars=importing.MAX_CLASS_NAME_LENGTH, placeholder=t("build.ownpages.mydata_new_class_hint"),
                       help=t("build.ownpages.mydata_new_class_help"))
        row.form_submit_button(t("build.ownpages.mydata_add_class"), icon=":material/add:", on_click=_add_class)
    if not builder.class_names:
        st.info(t("build.ownpages.mydata_no_classes"), icon=":material/info:")
        return
    for name in builder.class_names:
        class_card(builder, name)
    counts = builder.counts
    if sum(counts.values()):
        panels = st.container(horizontal=True)
        with panels.container(width=PANEL):
            chart(class_counts_figure(list(counts), list(counts.values())), key="mydata_build_counts")
        with panels.container(width=PANEL):
            chart(class_preview_figure({n: builder.previews(n) for n in builder.class_names}),
                            key="mydata_build_preview")
    for line in builder.report.lines():
        st.caption(plain(line, limit=600))
    for warning in builder.warnings:
        st.warning(plain(warning, limit=400), icon=":material/warning:")
    row = st.container(horizontal=True, vertical_alignment="bottom")
    name = row.text_input(t("build.ownpages.mydata_name"), state.held("mydata_build_name", ""), key="mydata_build_name",
                          max_chars=importing.MAX_NAME_LENGTH, placeholder=t("build.ownpages.mydata_build_name_hint"),
                          help=t("build.ownpages.mydata_name_help"), width=320, persist_state=state.KEEP).strip()
    ready = [n for n, c in counts.items() if c >= userdata.MIN_IMAGES_PER_CLASS]
    blocked = room_left(datasets)
    if row.button(t("build.ownpages.mydata_save"), type="primary", icon=":material/save:", key="mydata_save",
                  disabled=len(ready) < 2 or blocked is not None, help=t("build.ownpages.mydata_save_help")):
        # Not disabled while the name is empty: a name typed just before the click arrives with the click.
        save_builder(builder, name)
        st.rerun()
    if row.button(t("build.ownpages.mydata_start_over"), icon=":material/restart_alt:", key="mydata_start_over",
                  help=t("build.ownpages.mydata_start_over_help")):
        state.MYDATA_BUILDER.clear()
        st.rerun()
    if blocked:
        st.warning(blocked, icon=":material/inventory_2:")
    elif len(ready) < 2:
        st.caption(t("build.ownpages.mydata_need_two", minimum=userdata.MIN_IMAGES_PER_CLASS))


# ---- the page -----------------------------------------------------------------------------------------------

st.title(t("build.ownpages.mydata_title"))
datasets = userdata.list_user_datasets(root)
st.caption(t("build.ownpages.mydata_intro", n=len(datasets), limit=quota))
banners.outcome_banner(state.MYDATA_OUTCOME.get())
apply_show_next()
section = st.radio(t("build.ownpages.mydata_section"), SECTIONS, horizontal=True,
                   index=state.held_index("mydata_section", SECTIONS), key="mydata_section",
                   format_func=lambda s: t(f"build.ownpages.mydata_section_{s}"), label_visibility="collapsed",
                   on_change=state.MYDATA_OUTCOME.clear, persist_state=state.KEEP)
if section == "datasets":
    datasets_section(datasets)
elif section == "zip":
    zip_section(datasets)
else:
    classes_section(datasets)
