"""The live parts of lesson steps (pages/learn/live_parts.py) run headless with Streamlit's AppTest: every kind
renders, with its chart or table, on an empty workspace and on a real tiny run."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from cnnviz.arch.presets import PRESETS
from cnnviz.arch.shapes import summarize
from cnnviz.arch.spec import Conv2D
from cnnviz.learn import lab
from tests.inspect_helpers import chart_spec, make_tiny_run, plotly_array

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 180
RUN_KINDS = ("training_curves", "confusion", "feature_maps", "kernels", "filter_patterns", "grad_cam")
# The pages a live part links to are registered as in app.py, so st.page_link finds them.
SCRIPT = """
import streamlit as st
from cnnviz.learn.course import Live
from cnnviz.runs.workspace import local_workspace
from pages.learn.live_parts import show_live

def live():
    show_live(Live({kind!r}, {settings!r}), local_workspace(), "lv")

st.navigation([st.Page(live, title="Lesson", default=True)]
              + [st.Page(page) for page in {pages!r}]).run()
"""


def _app(tmp_path: Path, kind: str, settings: dict) -> AppTest:
    """An app whose first page shows one live part; `pages` beside it is the repository's, so links resolve."""
    from pages.learn.teaching import registered_pages

    folder = tmp_path / f"app-{kind}-{len(list(tmp_path.glob('app-*')))}"
    folder.mkdir()
    (folder / "pages").symlink_to(ROOT / "pages")
    (folder / "main.py").write_text(SCRIPT.format(kind=kind, settings=settings, pages=sorted(registered_pages())),
                                    encoding="utf-8")
    at = AppTest.from_file(str(folder / "main.py"), default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _charts(at: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def _text(at: AppTest) -> str:
    return " ".join(e.value for kind in ("markdown", "caption", "info", "warning") for e in at.get(kind))


@pytest.fixture()
def no_runs(tmp_path, monkeypatch):
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(tmp_path / "no-runs-here"))


# ---------------------------------------------------------------- without a run


@pytest.mark.parametrize("kind", RUN_KINDS)
def test_without_a_finished_run_the_part_says_to_train_first_with_a_link(kind, tmp_path, no_runs):
    at = _app(tmp_path, kind, {})
    assert any("no finished run" in info.value for info in at.info)
    links = at.get("page_link")
    assert len(links) == 1 and links[0].proto.label == "Train a network first: the Train page"
    assert links[0].proto.page_script_hash  # a real page of the app, not a dead link
    assert _charts(at) == []


def test_a_finished_run_whose_model_file_is_damaged_is_not_shown(tmp_path, monkeypatch):
    from cnnviz.runs import store as runs
    from tests.inspect_helpers import TINY_ARCH

    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(tmp_path / "runs"))
    run_dir = runs.create_run(TINY_ARCH, {"dataset": "mnist"}, "cut short", 1, root=tmp_path / "runs")
    (run_dir / runs.FINAL_MODEL).write_bytes(b"not a keras file")
    runs.update_run(run_dir, status="finished")
    at = _app(tmp_path, "kernels", {})
    assert any("no finished run" in info.value for info in at.info) and not at.error


def test_a_run_still_training_is_not_shown(tmp_path, monkeypatch):
    from cnnviz.runs import store as runs
    from tests.inspect_helpers import TINY_ARCH

    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(tmp_path / "runs"))
    runs.create_run(TINY_ARCH, {"dataset": "mnist"}, "still queued", 1, root=tmp_path / "runs")
    at = _app(tmp_path, "training_curves", {})
    assert any("no finished run" in info.value for info in at.info)


# ---------------------------------------------------------------- parts that need no run


def test_conv_lab_plays_the_digit_with_the_lessons_settings_and_the_student_can_change_them(tmp_path, no_runs):
    at = _app(tmp_path, "conv_lab", {"image": "digit", "kernel": "sobel_x", "padding": "same", "stride": 1})
    chart = chart_spec(at, "lv_conv_chart")
    assert len(chart["frames"]) == 28 * 28  # one frame per output cell, played in the browser
    assert "= 28" in _text(at) and "28×28" in _text(at)
    assert at.radio(key="lv_padding").value == "same"
    at.radio(key="lv_padding").set_value("valid").run()
    at.slider(key="lv_stride").set_value(2).run()
    assert not at.exception
    digit, _ = lab.mnist_digit(0, 28)
    expected = lab.correlate(digit, lab.KERNEL_PRESETS["Sobel x"].weights, "valid", 2)  # 13×13
    assert len(chart_spec(at, "lv_conv_chart")["frames"]) == expected.size == 13 * 13
    assert "= 13" in _text(at)


def test_conv_lab_on_the_seed_grid_shows_the_notes_cross_correlation(tmp_path, no_runs):
    at = _app(tmp_path, "conv_lab", {"image": "seed_grid", "kernel": "seed_2x2", "operation": "correlate"})
    chart = chart_spec(at, "lv_conv_chart")
    assert len(chart["frames"]) == 4
    # Each frame writes its multiply-add; the notes' first cell: 1·2 + 2·0 + 4·0 + 5·0 = 2.
    captions = [a["text"] for frame in chart["frames"] for a in frame["layout"]["annotations"] if "·" in a["text"]]
    assert captions[0].endswith("1·2 + 2·0 + 4·0 + 5·0 = 2")
    assert [float(c.rsplit("= ", 1)[1]) for c in captions] == lab.correlate(lab.SEED_GRID, lab.SEED_GRID_KERNEL
                                                                            ).ravel().tolist()


@pytest.mark.parametrize("layer", ("relu", "max_pool", "average_pool", "softmax", "flatten", "dropout"))
def test_every_layer_of_the_layers_lab_draws_its_chart(layer, tmp_path, no_runs):
    at = _app(tmp_path, "layers_lab", {"layer": layer})
    assert len(_charts(at)) == (2 if layer == "flatten" else 1)


def test_layers_lab_numbers_match_the_lab_core(tmp_path, no_runs):
    from pages.learn.live_parts import EXAMPLE_MAP

    relu = chart_spec(_app(tmp_path, "layers_lab", {"layer": "relu"}), "lv_relu_chart")
    assert np.array_equal(plotly_array(relu["data"][1]["z"]), np.maximum(EXAMPLE_MAP, 0))
    blocks = EXAMPLE_MAP.reshape(2, 2, 2, 2).swapaxes(1, 2)  # the four 2×2 windows
    pooled = chart_spec(_app(tmp_path, "layers_lab", {"layer": "max_pool"}), "lv_pool_chart")
    assert np.array_equal(plotly_array(pooled["data"][1]["z"]), blocks.max(axis=(2, 3)))
    pooled = chart_spec(_app(tmp_path, "layers_lab", {"layer": "average_pool"}), "lv_pool_chart")
    assert np.array_equal(plotly_array(pooled["data"][1]["z"]), blocks.mean(axis=(2, 3)))
    flat = chart_spec(_app(tmp_path, "layers_lab", {"layer": "flatten"}), "lv_flatten_vector")
    assert plotly_array(flat["data"][0]["z"]).shape == (1, 16)
    assert np.array_equal(plotly_array(flat["data"][0]["z"]).ravel(), EXAMPLE_MAP.ravel())


def test_dropout_keeps_the_expected_sum_and_drops_about_the_rate():
    from pages.learn.live_parts import dropout_output

    x = np.ones((200, 200))
    kept, output = dropout_output(x, 0.4)
    assert abs((~kept).mean() - 0.4) < 0.01
    assert np.allclose(output[kept], 1 / 0.6) and not output[~kept].any()
    assert abs(output.mean() - 1.0) < 0.02


def test_network_shows_the_fashion_convnets_layers_and_333526_parameters(tmp_path, no_runs):
    at = _app(tmp_path, "network", {"preset": "fashion-convnet"})
    assert [m.value for m in at.metric] == ["333,526"]
    table = at.table[0].value
    assert len(table) == len(PRESETS["fashion-convnet"].architecture.layers)
    cells = table.to_string()
    assert "(28, 28, 32)" in cells and "313,700" in cells


def test_network_with_valid_padding_changes_every_conv_layer(tmp_path, no_runs):
    arch = PRESETS["fashion-convnet"].architecture
    valid = replace(arch, layers=tuple(replace(layer, padding="valid") if isinstance(layer, Conv2D) else layer
                                       for layer in arch.layers))
    total = summarize(valid).total_params
    assert total != 333_526
    at = _app(tmp_path, "network", {"preset": "fashion-convnet", "padding": "valid"})
    assert [m.value for m in at.metric] == [f"{total:,}"]
    cells = at.table[0].value.to_string()
    assert "(26, 26, 32)" in cells and "(28, 28, 32)" not in cells
    assert "padding='valid'" in _text(at)


def test_concept_shows_its_card_with_links_to_its_pages(tmp_path, no_runs):
    from cnnviz.learn.concepts import CONCEPTS_BY_KEY

    at = _app(tmp_path, "concept", {"concept": "padding"})
    concept = CONCEPTS_BY_KEY["padding"]
    assert any(concept.title in md.value for md in at.markdown)
    assert len(at.get("page_link")) == len(concept.live_in)


def test_a_kind_this_version_does_not_know_is_named_not_raised(tmp_path, no_runs):
    at = _app(tmp_path, "hologram", {})
    assert any("hologram" in w.value for w in at.warning)


def test_training_step_takes_a_step_at_the_lessons_learning_rate(tmp_path, no_runs):
    at = _app(tmp_path, "training_step", {"learning_rate": 0.1})
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Steps taken"] == "0"
    after = metrics["Loss after the next step"]
    at.button(key="lv_step").click().run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Steps taken"] == "1" and metrics["Loss now"] == after  # the step previewed is the step taken
    assert len(chart_spec(at, "lv_loss_chart")["data"][0]["x"]) == 2


# ---------------------------------------------------------------- on a real tiny run


@pytest.fixture(scope="module")
def run_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("live_runs")
    return root, make_tiny_run(root, name="my tiny run")


def _timed(tmp_path: Path, kind: str, settings: dict) -> tuple[AppTest, float]:
    start = time.monotonic()
    at = _app(tmp_path, kind, settings)
    return at, time.monotonic() - start


@pytest.mark.slow
def test_every_run_part_shows_the_newest_finished_run(run_root, tmp_path, monkeypatch):
    root, _ = run_root
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(root))
    timings = {}
    for kind, key in (("training_curves", "lv_curves"), ("confusion", "lv_confusion"), ("feature_maps", "lv_fm_maps"),
                      ("kernels", "lv_kernels"), ("grad_cam", "lv_cam")):
        at, timings[kind] = _timed(tmp_path, kind, {})
        assert "Your run 'my tiny run', trained on mnist" in _text(at), kind
        assert chart_spec(at, key), kind
        assert not at.get("page_link") and not at.error, kind
    print("live part timings (s):", {k: round(v, 2) for k, v in timings.items()})


@pytest.mark.slow
def test_confusion_counts_every_test_image(run_root, tmp_path, monkeypatch):
    from cnnviz.inference import split_size

    root, run_dir = run_root
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(root))
    at = _app(tmp_path, "confusion", {})
    matrix = plotly_array(chart_spec(at, "lv_confusion")["data"][0]["z"])
    assert matrix.shape == (10, 10) and matrix.sum() == split_size(str(run_dir), "test")
    assert at.metric[0].value == f"{np.trace(matrix) / matrix.sum():.2%}"


@pytest.mark.slow
def test_feature_maps_show_the_chosen_layer_and_kernels_the_first_conv(run_root, tmp_path, monkeypatch):
    root, _ = run_root
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(root))
    at = _app(tmp_path, "feature_maps", {"layer": 2, "image": 5})
    assert chart_spec(at, "lv_fm_maps")
    assert "conv2d_1 (Conv2D): output 12×12×8" in _text(at)  # layer 2: the second Conv2D
    assert "Test image #5" in _text(at)
    kernels = chart_spec(_app(tmp_path, "kernels", {}), "lv_kernels")
    assert "4 filters of 3×3" in kernels["layout"]["title"]["text"]


@pytest.mark.slow
def test_filter_patterns_wait_for_compute_then_stay(run_root, tmp_path, monkeypatch):
    root, _ = run_root
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(root))
    at = _app(tmp_path, "filter_patterns", {"layer": 0})
    assert _charts(at) == [] and "Press Compute" in _text(at)
    start = time.monotonic()
    at.button(key="lv_compute").click().run()
    seconds = time.monotonic() - start
    assert not at.exception, [e.value for e in at.exception]
    assert chart_spec(at, "lv_patterns")
    print(f"filter patterns of the first layer: {seconds:.1f} s")
    again = _app(tmp_path, "filter_patterns", {"layer": 0})  # kept with the run: no button the second time
    assert chart_spec(again, "lv_patterns") and not again.get("button")


def test_every_kind_of_the_lesson_format_has_a_live_part():
    from cnnviz.learn.lessonfile import LIVE_KINDS
    from pages.learn.live_parts import PARTS

    assert set(PARTS) == set(LIVE_KINDS)


def test_every_live_part_of_the_shipped_course_renders(tmp_path, no_runs):
    from cnnviz.learn.lessonfile import load_course

    course = load_course(environ={})  # the shipped lessons only
    assert not course.refused
    steps = [step for lesson in course.lessons for step in lesson.steps if step.live is not None]
    assert len({step.live.kind for step in steps}) >= 10  # the course uses nearly every kind
    for step in steps:
        at = _app(tmp_path, step.live.kind, step.live.settings)
        assert not at.error, (step.id, [e.value for e in at.error])
        assert _charts(at) or at.get("table") or at.get("page_link") or at.markdown, step.id
