"""Train: pick the network, the data and the hyper-parameters, start, and watch it learn live."""

import streamlit as st

from cnnviz.shapes import summarize
from cnnviz.training import ConfigError, TrainingJob
from cnnviz.training_help import training_help
from pages.shared import state
from pages.shared import train as ui
from pages.shared.cached import cached_device_info

st.title("Train")
device = cached_device_info()
job = state.TRAINING_JOB.get()
busy = job is not None and not job.done
badges = st.container(horizontal=True)
with badges:
    st.badge(device.label, icon=":material/memory:", color="green" if device.has_gpu else "gray",
             help="Where TensorFlow runs the training. With several GPUs the batches are split across them "
                  "(MirroredStrategy).")
    mixed = job is not None and job.snapshot().mixed_precision
    st.badge(f"mixed precision {'on' if mixed else 'off'}", color="violet" if mixed else "gray",
             help=training_help("mixed_precision"))

with st.expander("Network, data and settings", expanded=job is None):
    arch, arch_label = ui.pick_architecture()
    choice, dataset = ui.pick_dataset()
    ready = ui.fit_to_dataset(arch, dataset) if dataset is not None else None
    if ready is not None:
        st.caption(f"Network: {len(ready.layers)} layers, {summarize(ready).total_params:,} parameters, input "
                   f"{'×'.join(map(str, ready.input_shape))}.")
    config = ui.settings_form(choice, device.has_gpu)
    auto_name = f"{arch_label} on {choice}"
    name = st.text_input("Run name", key="train_run_name", placeholder=auto_name,
                         help=training_help("run_name")).strip() or auto_name
    start = st.button("Start training", type="primary", icon=":material/play_arrow:", key="train_start",
                      disabled=busy or ready is None,
                      help="Trains in the background: you can leave this page and come back.")

if start and ready is not None and dataset is not None:
    try:
        job = TrainingJob(ready, config, dataset=dataset, name=name).start()
        state.TRAINING_JOB.set(job)
        busy = True
    except (ConfigError, ValueError) as exc:
        st.error(f"Cannot start: {exc}", icon=":material/error:")

if job is None:
    st.info("Choose a network and a dataset above, then press **Start training**. Loss and accuracy curves "
            "appear here while it trains.", icon=":material/info:")
else:
    st.subheader(f"Run: {job.name}")

    @st.fragment(run_every=1.0 if busy else None)
    def live() -> None:
        ui.live_panel(job)
        if busy and job.done:  # refresh the whole page once: re-enables Start, stops the polling
            if job.run_dir is not None:
                state.CURRENT_RUN.set(job.run_dir)
            st.rerun()

    live()
    if job.done and job.run_dir is not None:
        st.page_link("pages/runs.py", label="All runs", icon=":material/folder_open:")
