"""The Train page's "Try several values" headless (Streamlit AppTest): planning and refusing values, the workspace's
quota, and a sweep queued through a real Dask runtime as one tagged group that can be stopped at once."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from cnnviz.runs import store as runs
from cnnviz.train import jobs, sweeps
from pages.common.text import plain

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 240


def settings(workers: int = 1) -> jobs.RuntimeSettings:
    return jobs.RuntimeSettings(scheduler=None, workers=workers, threads_per_job=1,
                                memory_limit=jobs.parse_bytes("4GB"), jobs_per_workspace=1, gpus=0)


class IdleRuntime(jobs.JobRuntime):
    """A runtime that never starts its cluster: for tests that plan without queueing."""

    def start_in_background(self) -> None:
        pass

    def submit(self, run_dir: Path, workspace: str, function=jobs.run_job, turn: int = 0) -> str:
        raise AssertionError("nothing may be queued in this test")


def train_page(monkeypatch: pytest.MonkeyPatch, runs_dir: Path, runtime: jobs.JobRuntime, app: bool = False
               ) -> AppTest:
    import pages.common.workspace as workspace_pages

    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(runs_dir))
    monkeypatch.setattr(workspace_pages, "_runtime", runtime)
    at = AppTest.from_file(str(ROOT / ("app.py" if app else "pages/build/train.py")), default_timeout=TIMEOUT)
    at.run()
    if app:
        at.switch_page("pages/build/train.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def use_lenet(at: AppTest, epochs: int = 1, limit: int = 200) -> None:
    at.radio(key="train_arch_source").set_value("preset").run()
    at.selectbox(key="train_preset").set_value("lenet5")
    at.number_input(key="train_epochs").set_value(epochs)
    at.number_input(key="train_limit").set_value(limit)
    at.toggle(key="train_early").set_value(False)
    at.toggle(key="train_sweep_on").set_value(True).run()
    assert not at.exception, [e.value for e in at.exception]


def errors(at: AppTest) -> list[str]:
    return [e.value for e in at.error]


def preview(at: AppTest) -> list[dict]:
    return next(tb.value for tb in at.table if "value" in tb.value.columns).to_dict("records")


def test_values_are_planned_from_the_single_runs_settings_and_bad_ones_are_named(tmp_path, monkeypatch) -> None:
    at = train_page(monkeypatch, tmp_path / "runs", IdleRuntime(settings()))
    use_lenet(at)
    at.text_input(key="train_sweep_values_learning_rate").set_value("1e-3..1e-1 x3").run()
    rows = preview(at)
    assert [row["value"] for row in rows] == ["0.001", "0.01", "0.1"]
    assert [row["run"] for row in rows] == [f"lenet5 on mnist_sample · learning_rate={v}" for v in ("0.001", "0.01",
                                                                                                     "0.1")]
    assert {row["parameters"] for row in rows} == {"61,706"}
    assert not at.button(key="train_sweep_start").disabled and at.button(key="train_sweep_start").label == \
        "Start sweep (3 runs)"

    at.text_input(key="train_sweep_values_learning_rate").set_value("0.1, fast").run()
    assert errors(at) == [plain("learning_rate: 'fast' is not a number.", limit=400)]
    assert not [b for b in at.button if b.key == "train_sweep_start"]  # nothing to start

    at.selectbox(key="train_sweep_setting").set_value("dropout_rate").run()  # LeNet-5 has no Dropout layer
    assert errors(at) == ["dropout_rate: the architecture has no Dropout layer to change."]

    at.selectbox(key="train_sweep_setting").set_value("filters").run()
    assert at.selectbox(key="train_sweep_layer_filters").options == ["layer 1: Conv2D (6, 5×5)",
                                                                     "layer 3: Conv2D (16, 5×5)"]
    at.selectbox(key="train_sweep_layer_filters").set_value(3)
    at.text_input(key="train_sweep_values_filters").set_value("8, 16, 32").run()
    rows = preview(at)
    # layer 3 (16 → n filters of 5×5×6) feeds Dense(120) through a 5×5×n map: the parameter counts follow
    expected = [61_706 - (5 * 5 * 6 + 1) * 16 - 5 * 5 * 16 * 120 + (5 * 5 * 6 + 1) * n + 5 * 5 * n * 120
                for n in (8, 16, 32)]
    assert [row["parameters"] for row in rows] == [f"{p:,}" for p in expected]
    assert [row["value"] for row in rows] == ["8", "16", "32"]
    # every setting keeps its own values box
    at.selectbox(key="train_sweep_setting").set_value("learning_rate").run()
    assert at.text_input(key="train_sweep_values_learning_rate").value == "0.1, fast"


def test_a_sweep_beyond_the_workspaces_quota_is_refused(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("CNNVIZ_CLASS_MODE", "1")
    monkeypatch.setenv("CNNVIZ_DATA_DIR", str(tmp_path / "data"))
    at = train_page(monkeypatch, tmp_path / "unused", IdleRuntime(settings()))
    use_lenet(at)
    at.text_input(key="train_sweep_values_learning_rate").set_value("0.1, 0.01, 0.001, 0.0001").run()
    assert errors(at) == [plain("This sweep needs 4 jobs, but a workspace may have only 3 queued or training at "
                                "once (0 now): try fewer values, or wait for your jobs to finish.", limit=400)]
    assert at.button(key="train_sweep_start").disabled
    at.text_input(key="train_sweep_values_learning_rate").set_value("0.1, 0.01, 0.001").run()
    assert errors(at) == [] and not at.button(key="train_sweep_start").disabled


def wait_until(predicate, timeout: float = 300.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.5)


def hparams(run_dir: Path) -> dict:
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator
    from tensorboard.plugins.hparams import metadata

    accumulator = EventAccumulator(str(run_dir), size_guidance={"tensors": 0})
    accumulator.Reload()
    content = accumulator.PluginTagToContent(metadata.PLUGIN_NAME)[metadata.SESSION_START_INFO_TAG]
    info = metadata.parse_session_start_info_plugin_data(content)
    return {name: getattr(value, value.WhichOneof("kind")) for name, value in info.hparams.items()}


@pytest.fixture(scope="module")
def runtime():
    runtime = jobs.JobRuntime(settings()).start()
    yield runtime
    runtime.close()


@pytest.mark.slow
def test_start_sweep_queues_a_tagged_group_that_trains_opens_on_compare_and_stops_at_once(runtime, tmp_path,
                                                                                          monkeypatch) -> None:
    runs_dir = tmp_path / "runs"
    at = train_page(monkeypatch, runs_dir, runtime, app=True)
    use_lenet(at)
    at.selectbox(key="train_sweep_setting").set_value("filters").run()
    at.text_input(key="train_sweep_values_filters").set_value("4, 8").run()
    at.button(key="train_sweep_start").click().run()
    assert not at.exception, [e.value for e in at.exception]

    made = runs.list_runs(runs_dir)
    assert len(made) == 2 and all(info.active for info in made)
    tags = {info.name: sweeps.sweep_tag(info.path) for info in made}
    group = next(iter(tags.values())).group
    assert {(tag.group, tag.value, tag.layer, tag.count) for tag in tags.values()} == {(group, 4, 1, 2),
                                                                                       (group, 8, 1, 2)}
    assert [s.value for s in at.header if s.value.startswith("Sweep")] == ["Sweep of filters: 2 runs"]
    assert at.button(key="train_start").disabled  # one job (here: one group) at a time

    members = sweeps.group_runs(group, runs_dir)
    wait_until(lambda: not any(runs.load_run(info.path).active for info in members))
    for info, filters in zip(members, (4, 8), strict=True):
        assert runs.load_run(info.path).status == "finished"
        # the worker saw the tag when it started: its TensorBoard hyper-parameters name the swept value
        assert hparams(info.path)["sweep_filters (layer 1)"] == filters
        assert runs.load_architecture(info.path).layers[0].filters == filters
    at.run()
    progress = next(p for p in at.get("progress") if "runs done" in p.proto.text)
    assert progress.proto.text == "2 of 2 runs done" and progress.proto.value == 100
    states = next(tb.value for tb in at.table if "state" in tb.value.columns)
    assert list(states["value"]) == ["filters (layer 1)=4", "filters (layer 1)=8"]
    assert list(states["state"]) == ["finished", "finished"]

    at.button(key="train_sweep_compare").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value == "Compare runs"
    assert at.multiselect(key="cmp_runs").value == [info.run_id for info in members]

    # a second sweep, stopped as a whole while its runs wait or train (long enough that none can finish first,
    # however fast the machine)
    at.switch_page("pages/build/train.py").run()
    at.number_input(key="train_epochs").set_value(200)
    at.number_input(key="train_limit").set_value(0)
    at.text_input(key="train_sweep_values_filters").set_value("2, 3").run()
    at.button(key="train_sweep_start").click().run()
    second = [info for info in runs.list_runs(runs_dir) if info.path not in {m.path for m in members}]
    assert len(second) == 2
    at.button(key="train_sweep_stop_all").click().run()
    assert all(runs.stop_requested(info.path) for info in second)
    wait_until(lambda: not any(runs.load_run(info.path).active for info in second))
    assert {runs.load_run(info.path).status for info in second} == {"stopped"}
