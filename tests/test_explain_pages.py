"""The "what the network learned" pages headless (Streamlit AppTest) on a tiny run trained by the real training job
(so it has snapshots): what each page shows is checked against the core computed directly, or a known answer."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from pages.common.explaining import BoundedCache
from tests.explain_helpers import make_snapshot_run
from tests.inspect_helpers import chart_spec, make_tiny_run, plotly_array

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 180


@pytest.fixture(scope="module")
def run_root(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("explain_runs")
    return root, make_snapshot_run(root)


@pytest.fixture(scope="module")
def model(run_root):
    from cnnviz.models.modelfile import load_model_file

    return load_model_file(run_root[1] / "final.keras")


@pytest.fixture(scope="module")
def test_set(run_root):
    from cnnviz.runs import store as runs

    dataset, _ = runs.run_split(run_root[1])
    return dataset.x_test, dataset.y_test


def _page(page: str, root: Path, monkeypatch, state: dict | None = None) -> AppTest:
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(root))
    at = AppTest.from_file(str(ROOT / page), default_timeout=TIMEOUT)
    for key, value in (state or {}).items():
        at.session_state[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _texts(at: AppTest, *kinds: str) -> str:
    return "\n".join(str(el.value) for kind in kinds for el in at.get(kind))


# ---------------------------------------------------------------- the bounded cache


def test_bounded_cache_keeps_the_most_recently_used_results():
    cache = BoundedCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.get("a") == 1  # "a" is now the most recent
    cache.put("c", 3)
    assert "b" not in cache and cache.get("a") == 1 and cache.get("c") == 3 and len(cache) == 2
    assert cache.get("missing") is None


@pytest.mark.parametrize("page", ["pages/explain/explain.py", "pages/explain/filters.py",
                                  "pages/explain/adversarial.py"])
def test_without_runs_the_explain_pages_say_to_train_first(page, tmp_path, monkeypatch):
    at = _page(page, tmp_path / "no-runs-here", monkeypatch)
    assert any("no trained run" in info.value for info in at.info)
    assert list(at.get("plotly_chart")) == []


# ---------------------------------------------------------------- Why this answer


@pytest.mark.slow
def test_explain_page_shows_the_five_methods_as_the_core_computes_them(run_root, model, test_set, monkeypatch):
    from cnnviz.inspect import attribution

    root, _ = run_root
    at = _page("pages/explain/explain.py", root, monkeypatch)
    image = test_set[0][0]
    predicted = int(np.argmax(model.predict(image[None], verbose=0)[0]))
    row = chart_spec(at, "xp_row")
    titles = [a["text"] for a in row["layout"]["annotations"]]
    assert titles == ["input", "Grad-CAM", "Saliency (gradient)", "SmoothGrad", "Integrated Gradients", "Occlusion"]
    saliency = attribution.saliency(model, image, predicted)
    np.testing.assert_allclose(plotly_array(row["data"][2]["customdata"]), saliency.map, rtol=1e-4,
                               atol=1e-6)
    ig = attribution.integrated_gradients(model, image, predicted, baseline="black", steps=128)
    assert at.success[0].value == ig.completeness.text() and ig.completeness.holds()
    markdown = _texts(at, "markdown")
    for result in (saliency, ig):
        assert f"**{result.title}**: {result.about}" in markdown

    other = (predicted + 1) % 10
    next(box for box in at.selectbox if box.key.startswith("xp_class_")).set_value(other)
    at.number_input(key="xp_window").set_value(6)
    at.number_input(key="xp_stride").set_value(3).run()
    assert not at.exception
    assert at.header[0].value == f"Which pixels speak for {other}"
    np.testing.assert_allclose(plotly_array(chart_spec(at, "xp_row")["data"][2]["customdata"]),
                               attribution.saliency(model, image, other).map, rtol=1e-4, atol=1e-6)
    # 28 pixels, window 6, stride 3: starts 0, 3, ..., 21 and one flush with the edge (22) = 9 per axis
    assert "Occlusion ran 81 covered copies (6×6 window, stride 3)" in _texts(at, "caption")


@pytest.mark.slow
def test_the_confusion_page_opens_an_image_on_the_explain_page(run_root, monkeypatch):
    root, _ = run_root
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(root))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.run()
    at.switch_page("pages/look/confusion.py").run()
    at.radio(key="cm_which").set_value("best").run()
    assert not at.exception
    button = next(b for b in at.button if b.key.startswith("cm_explain_"))
    index = int(button.key.rsplit("_", 1)[1])
    button.click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value == "Why this answer?"
    assert at.number_input(key="xp_index").value == index and at.radio(key="xp_which").value == "best"
    assert f"test image #{index:,}" in _texts(at, "caption")
    assert "wrong" in _texts(at, "markdown")  # the confusion page opens on its worst mistake


# ---------------------------------------------------------------- What filters look for


@pytest.mark.slow
def test_filter_patterns_are_cached_per_run_layer_and_settings(run_root, model, monkeypatch):
    from cnnviz.figures.inspect import _grid_columns, mosaic
    from cnnviz.inspect import patterns
    from cnnviz.inspect.extract import _file_stamp

    root, run_dir = run_root
    stamp = _file_stamp(run_dir / "final.keras")
    at = _page("pages/explain/filters.py", root, monkeypatch)
    assert patterns.pattern_cache_file(run_dir, "conv2d", patterns.PatternSettings(), stamp).exists()
    assert patterns.pattern_cache_file(run_dir, patterns.CLASSES, patterns.CLASS_SETTINGS, stamp).exists()
    at = _page("pages/explain/filters.py", root, monkeypatch)  # a new session: both grids from the run's cache
    assert _texts(at, "caption").count("(kept with the run)") == 2

    at.toggle(key="pf_jitter_on").set_value(False)
    at.selectbox(key="pf_layer").set_value("conv2d_1").run()
    assert not at.exception
    without_jitter = replace(patterns.PatternSettings(), jitter=0)
    assert patterns.pattern_cache_file(run_dir, "conv2d_1", without_jitter, stamp).exists()
    direct = patterns.filter_patterns(model, "conv2d_1", without_jitter)
    shown = plotly_array(chart_spec(at, "pf_grid")["data"][0]["z"])
    expected = mosaic(direct.images[..., 0], _grid_columns(len(direct.images)))[0]
    np.testing.assert_allclose(shown, expected, atol=1e-5)
    assert "receptive field 8×8, jump 2" in _texts(at, "caption")


# ---------------------------------------------------------------- Fool the network


@pytest.mark.slow
def test_adversarial_page_flips_as_the_attack_does_and_measures_accuracy(run_root, model, test_set, monkeypatch):
    from cnnviz.inspect import adversarial

    root, _ = run_root
    at = _page("pages/explain/adversarial.py", root, monkeypatch)
    image, label = test_set[0][0], int(test_set[1][0])
    direct = adversarial.attack(model, image, 0.01, label)
    assert bool(at.error) == direct.flipped and bool(at.success) == (not direct.flipped)
    search = adversarial.smallest_flipping_epsilon(model, image, label)
    assert f"**Smallest ε that flips it:** {search.smallest:.3f}" in _texts(at, "markdown")

    at.button(key="adv_use").click().run()
    assert at.slider(key="adv_eps").value == pytest.approx(search.smallest)
    assert at.error and at.error[0].value.startswith("**Flipped.**")
    assert adversarial.attack(model, image, search.smallest, label).flipped

    at.button(key="adv_curve").click().run()
    assert not at.exception
    images, labels = test_set[0][:500], test_set[1][:500]
    clean = float(np.mean(model.predict(images, verbose=0).argmax(1) == labels))
    assert f"FGSM (one step): {clean:.1%} on clean images" in _texts(at, "caption")
    assert len(chart_spec(at, "adv_curve_chart")["data"]) == 1

    at.button(key="adv_find").click().run()
    assert not at.exception
    found = adversarial.fragile_examples(model, images, labels)[0]
    # opened at the smallest ε of the slider's grid (steps of 0.002) that flips it: slider and verdict agree
    smallest = adversarial.smallest_flipping_epsilon(model, images[found.index], found.label).smallest
    assert f"Found test image #{found.index}" in _texts(at, "caption")
    assert f"FGSM flips it at ε = {smallest:.3f}" in _texts(at, "caption")
    flipped = len(adversarial.fragile_examples(model, images, labels))  # counted among the right and ≥ 90 % sure
    assert (f"Of the first 500 test images, {flipped} of those the network gets right and is at least 90% sure of "
            "flip at ε ≤ 0.1") in _texts(at, "caption")
    assert at.number_input(key="adv_index").value == found.index
    assert at.slider(key="adv_eps").value == pytest.approx(smallest)
    assert at.error and at.error[0].value.startswith("**Flipped.**")


# ---------------------------------------------------------------- receptive fields


@pytest.mark.slow
def test_feature_maps_outline_the_input_a_unit_sees(run_root, monkeypatch):
    root, _ = run_root
    at = _page("pages/look/feature_maps.py", root, monkeypatch)
    titles = [spec["layout"]["title"]["text"] for c in at.get("plotly_chart") if "fm_map_" in c.proto.id
              for spec in [json.loads(c.proto.spec)]]
    # conv 3×3 same: 3, jump 1 → pool 2: 4, jump 2 → conv 3×3 valid: 4 + 2·2 = 8 → pool 2: 8 + 2 = 10, jump 4
    assert [title.split(" · ")[1] for title in titles] == [
        "receptive field 3×3, jump 1", "receptive field 4×4, jump 2", "receptive field 8×8, jump 2",
        "receptive field 10×10, jump 4"]
    at.selectbox(key="fm_rf_layer").set_value("conv2d_1").run()
    at.number_input(key="fm_rf_row").set_value(0)
    at.number_input(key="fm_rf_col").set_value(0).run()
    assert "sees input rows 0–6 and columns 0–6 (7×7 pixels" in _texts(at, "caption")  # field −1..6, padding cut
    at.number_input(key="fm_rf_row").set_value(2)
    at.number_input(key="fm_rf_col").set_value(3).run()
    assert "sees input rows 3–10 and columns 5–12 (8×8 pixels" in _texts(at, "caption")
    outline = chart_spec(at, "fm_rf_image")["layout"]["shapes"][0]
    assert (outline["x0"], outline["x1"], outline["y0"], outline["y1"]) == (4.5, 12.5, 2.5, 10.5)


def test_the_build_table_gives_each_layer_its_receptive_field():
    at = AppTest.from_file(str(ROOT / "pages" / "build" / "build.py"), default_timeout=60).run()
    assert not at.exception
    column = list(at.table[0].value["Receptive field"])
    # fashion-convnet: conv 3×3 same, pool 2, conv 3×3 same, pool 2, Flatten, Dense, Dropout, Dense
    assert column == ["3×3 · jump 1", "4×4 · jump 2", "8×8 · jump 2", "10×10 · jump 4"] + ["whole input"] * 4


# ---------------------------------------------------------------- training internals


def _frames(spec: dict) -> list[str]:
    return [frame["name"] for frame in spec.get("frames", [])]


@pytest.mark.slow
def test_kernels_feature_maps_and_runs_replay_every_snapshot(run_root, monkeypatch):
    from cnnviz.train.snapshots import load_snapshots

    root, run_dir = run_root
    series = load_snapshots(run_dir)
    assert len(series) == 5  # start, batches 1 and 10, epochs 1 and 2
    at = _page("pages/look/kernels.py", root, monkeypatch)
    replay = chart_spec(at, "k_kernel_replay")
    assert _frames(replay) == [f"s{i}" for i in range(5)]
    np.testing.assert_allclose(plotly_array(replay["frames"][-1]["data"][0]["z"])[:3, :3],
                               series.kernels[-1][:, :, 0, 0], atol=1e-4)  # filter 0's last kernel, top-left tile
    assert [step["label"] for step in replay["layout"]["sliders"][0]["steps"]] == [
        "epoch 0", "epoch 0 · batch 1", "epoch 0 · batch 10", "epoch 1", "epoch 2"]
    assert "Dead filters of conv2d" in _texts(at, "caption", "warning")

    at = _page("pages/look/feature_maps.py", root, monkeypatch, {"explain_open_sections": {"fm_replay_open": True}})
    assert _frames(chart_spec(at, "fm_map_replay")) == [f"s{i}" for i in range(5)]

    at = _page("pages/build/runs.py", root, monkeypatch, {"runs_selected": str(run_dir),
                                                    "explain_open_sections": {"runs_internals_open": True}})
    keys = [c.proto.id for c in at.get("plotly_chart")]
    assert any(k.endswith("runs_kernel_replay") for k in keys) and any(k.endswith("runs_norms") for k in keys)


@pytest.mark.slow
def test_runs_without_snapshots_say_so(tmp_path, monkeypatch):
    make_tiny_run(tmp_path)
    at = _page("pages/look/kernels.py", tmp_path, monkeypatch)
    assert any("recorded no snapshots" in info.value for info in at.info)
    assert not any(c.proto.id.endswith("k_kernel_replay") for c in at.get("plotly_chart"))


def _live(run_dir: str) -> None:
    from pathlib import Path

    from pages.common.internals import live_internals

    live_internals(Path(run_dir))


@pytest.mark.slow
def test_the_live_panel_reads_only_the_new_snapshot_files(run_root, tmp_path):
    _, run_dir = run_root
    live = tmp_path / "live-run"
    live.mkdir()
    (live / "snapshots").mkdir()
    files = sorted((run_dir / "snapshots").glob("step-*.npz"))
    shutil.copy(run_dir / "snapshots" / "probes.npz", live / "snapshots")
    for path in files[:3]:
        shutil.copy(path, live / "snapshots")
    at = AppTest.from_function(_live, kwargs={"run_dir": str(live)}, default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert "3 snapshots so far, the latest at epoch 0 · batch 10" in _texts(at, "caption")
    assert chart_spec(at, "train_live_kernels")["layout"]["title"]["text"] == "Kernels of conv2d at epoch 0 · batch 10"
    first_read = dict(at.session_state["explain_snapshot_caches"][str(live)])
    for path in files[3:]:  # two more epochs arrive while the page polls
        shutil.copy(path, live / "snapshots")
    at.run()
    assert "5 snapshots so far, the latest at epoch 2" in _texts(at, "caption")
    again = at.session_state["explain_snapshot_caches"][str(live)]
    assert len(again) == 5 and all(again[path][1] is first_read[path][1] for path in first_read)
    probes = chart_spec(at, "train_live_probes")
    assert len(probes["data"]) == 10  # one line per class...
    assert len(plotly_array(probes["data"][0]["y"])) == 5  # ...one point per moment


def _live_panel(run_dir: str) -> None:
    from pathlib import Path

    from pages.build.training import live_panel

    live_panel(Path(run_dir), [], 1)


@pytest.mark.slow
def test_the_train_pages_live_panel_shows_the_internals(run_root):
    _, run_dir = run_root
    at = AppTest.from_function(_live_panel, kwargs={"run_dir": str(run_dir)}, default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    keys = [c.proto.id for c in at.get("plotly_chart")]
    assert any(k.endswith("train_live_kernels") for k in keys) and any(k.endswith("train_live_probes") for k in keys)


@pytest.mark.slow
def test_opening_a_test_image_in_explain_is_kept_for_the_lessons_look_exercises(run_root, model, test_set, monkeypatch,
                                                                                tmp_path):
    from cnnviz.learn import attempts, exercises
    from cnnviz.learn.lessonfile import load_course
    from cnnviz.runs.workspace import local_workspace

    monkeypatch.setenv("CNNVIZ_DATA_DIR", str(tmp_path / "data"))
    root, run_dir = run_root
    at = _page("pages/explain/explain.py", root, monkeypatch)
    at.number_input(key="xp_index").set_value(3).run()
    predicted = [int(np.argmax(model.predict(test_set[0][i][None], verbose=0)[0])) for i in (3, 0)]
    looked = attempts.looks(local_workspace())
    assert [(look.run, look.image, look.label, look.predicted) for look in looked] == [
        (run_dir.name, 3, int(test_set[1][3]), predicted[0]), (run_dir.name, 0, int(test_set[1][0]), predicted[1])]
    look = next(e for e in load_course(environ={}).exercises() if e.kind == "look")
    answer = exercises.LookAnswer(run_dir, 3, int(test_set[1][3]), predicted[0])
    assert exercises.check(look, answer, "local").correct == (predicted[0] != int(test_set[1][3]))
