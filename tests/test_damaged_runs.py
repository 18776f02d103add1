"""Damaged run files (issue 20, items 18 and 19): one reader per run file (cnnviz.runs.files) says what is wrong with
which file and what was used instead; the look-inside pages, the Runs details, the CLI's `evaluate`, Compare and the
leaderboards use them, so a damaged file gives a message, never a traceback, and what works is kept."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from cnnviz.arch.shapes import summarize
from cnnviz.compare.leaderboard import left_out_note, left_out_of_board, load_leaderboard, run_details
from cnnviz.runs import files as runfiles
from cnnviz.runs import layout
from cnnviz.runs import store as runs
from tests.inspect_helpers import TINY_ARCH, TINY_CONFIG, make_tiny_run

ROOT = Path(__file__).resolve().parent.parent
LOOK_INSIDE = ("pages/look/kernels.py", "pages/look/feature_maps.py", "pages/explain/explain.py",
               "pages/look/confusion.py")

# What a crash or a hand may leave in a file: (file, what it then holds; None = a folder in its place).
CONFIG_DAMAGE = {
    "truncated": '{"dataset": "mni',
    "empty": "",
    "garbage": "\x00\xff garbage",
    "a list": "[1, 2]",
    "a folder": None,
    "wrong types": '{"dataset": "mnist", "val_fraction": "a fifth", "seed": [1], "limit": "all"}',
    "wrong-typed dataset": '{"dataset": 5}',
    "unknown dataset": '{"dataset": "no-such-set", "val_fraction": 0.2, "seed": 42}',
}


def damage(run_dir: Path, name: str, content: str | None) -> None:
    target = run_dir / name
    if target.is_dir():
        shutil.rmtree(target)
    else:
        target.unlink(missing_ok=True)
    if content is None:
        target.mkdir()
    else:
        target.write_text(content, encoding="utf-8")


def cheap_run(root: Path, name: str = "cheap", dataset: str = "mnist") -> Path:
    """A finished run folder without training: its model files are zip archives (whole, to the run layer)."""
    run_dir = runs.create_run(TINY_ARCH, {**TINY_CONFIG, "dataset": dataset}, name,
                              summarize(TINY_ARCH).total_params, root=root)
    for model in (runs.FINAL_MODEL, runs.BEST_MODEL):
        with zipfile.ZipFile(run_dir / model, "w") as archive:
            archive.writestr("config.json", "{}")
    runs.append_history(run_dir, {"epoch": 1, "val_accuracy": 0.5, "elapsed": 3.0})
    runs.atomic_write_json(run_dir / runs.TEST_METRICS_FILE, {"accuracy": 0.5, "loss": 1.2, "n": 100})
    runs.update_run(run_dir, status="finished", best_val_accuracy=0.5)
    return run_dir


def crafted_architecture(kind: str) -> str:
    """architecture.json's text with a list where a layer type belongs ("list type") or a 400-digit dropout rate
    ("huge rate")."""
    arch = TINY_ARCH.to_dict()
    if kind == "list type":
        arch["layers"][0]["type"] = ["Conv2D"]
        return json.dumps(arch)
    return json.dumps(arch)[:-2] + ', {"type": "Dropout", "rate": ' + "9" * 400 + "}]}"


# ---------------------------------------------------------------- the readers


@pytest.mark.parametrize("kind", list(CONFIG_DAMAGE))
def test_a_damaged_config_is_named_and_reloading_the_data_says_so(kind, tmp_path):
    run_dir = cheap_run(tmp_path)
    damage(run_dir, runs.CONFIG_FILE, CONFIG_DAMAGE[kind])
    read = runfiles.read_config(run_dir)
    assert read.value is None and "config.json" in str(read.problems[0])
    assert "uploaded image or a drawing" in str(read.problems[0])  # what still works
    with pytest.raises(runs.RunError, match="config.json"):  # never KeyError, TypeError or a bare path
        runs.run_split(run_dir)
    runs.run_class_names(run_dir)  # never raises: the names of a known dataset, or None


@pytest.mark.parametrize("content, expected", [
    ('{"input_sh', "cannot be read"),
    ("[1]", "holds list"),
    ("", "cannot be read"),
    (crafted_architecture("list type"), 'layer 1: unknown layer type ["Conv2D"]'),  # the spec names what and where
    (crafted_architecture("huge rate"), "dropout 'rate' must be in [0, 1), got a 400-digit number"),
], ids=["truncated", "list", "empty", "list-type", "huge-rate"])
def test_a_damaged_architecture_is_named(content, expected, tmp_path):
    run_dir = cheap_run(tmp_path)
    damage(run_dir, runs.ARCHITECTURE_FILE, content)
    read = runfiles.read_architecture(run_dir)
    assert read.value is None and "architecture.json" in str(read.problems[0]) and expected in str(read.problems[0])


def test_the_model_reader_says_when_it_shows_the_other_checkpoint(tmp_path):
    run_dir = cheap_run(tmp_path)
    assert runfiles.choose_model(run_dir).ok
    (run_dir / runs.FINAL_MODEL).write_bytes(b"PK\x03\x04 cut short")
    read = runfiles.choose_model(run_dir)
    assert read.value == run_dir / runs.BEST_MODEL
    assert [str(p) for p in read.problems] == ["final.keras is damaged: showing best.keras"]
    assert "final.keras is damaged: showing best.keras" in runs.load_run(run_dir).problems  # the Runs page says so
    (run_dir / runs.FINAL_MODEL).unlink()
    assert [str(p) for p in runfiles.choose_model(run_dir).problems] == ["final.keras is missing: showing best.keras"]


@pytest.mark.parametrize("content", ["", "garbage", None])
def test_damaged_initial_weights_give_way_to_a_fresh_initialisation_with_a_word(content, tmp_path):
    run_dir = cheap_run(tmp_path)
    assert runfiles.read_initial_weights(run_dir) == runfiles.Read(None)  # never saved: nothing to say
    damage(run_dir, layout.INITIAL_WEIGHTS, content)
    read = runfiles.read_initial_weights(run_dir)
    assert read.value is None
    assert str(read.problems[0]).startswith("initial.weights.h5 is damaged: showing a fresh initialisation")


def test_history_and_test_metrics_of_the_wrong_type_are_flagged(tmp_path):
    run_dir = cheap_run(tmp_path)
    damage(run_dir, runs.HISTORY_FILE, '[{"epoch": 1, "elapsed": 2.0}, "garbage", 7]')
    damage(run_dir, runs.TEST_METRICS_FILE, '{"accuracy": "high", "loss": [1], "n": 100}')
    history = runfiles.read_history(run_dir)
    assert history.value == [{"epoch": 1, "elapsed": 2.0}] and "2 of 3 entries" in str(history.problems[0])
    metrics = runfiles.read_test_metrics(run_dir)
    assert metrics.value == {"n": 100} and "'accuracy', 'loss'" in str(metrics.problems[0])
    info = runs.load_run(run_dir)
    assert info.test_accuracy is None
    assert any("test_metrics.json" in problem for problem in info.problems)  # was silent


def test_a_run_whose_run_json_was_deleted_is_listed_as_damaged(tmp_path):
    kept = cheap_run(tmp_path, "kept")
    orphan = cheap_run(tmp_path, "orphan")
    (orphan / runs.RUN_FILE).unlink()
    (tmp_path / "not-a-run").mkdir()  # a folder without models is still not a run
    listed = {info.path: info for info in runs.list_runs(tmp_path)}
    assert set(listed) == {kept, orphan}
    info = listed[orphan]
    assert info.status == runs.DAMAGED and info.has_model and info.name == orphan.name
    assert info.problems[0].startswith("run.json is missing")
    assert info.input_shape == TINY_ARCH.input_shape and info.test_accuracy == 0.5 and info.epochs_done == 1
    runs.delete_run(orphan)  # and it can be deleted from the app
    assert not orphan.exists()


def test_a_huge_number_in_run_json_does_not_break_the_list(tmp_path):
    run_dir = cheap_run(tmp_path)
    (run_dir / runs.RUN_FILE).write_text(
        json.dumps({**json.loads((run_dir / runs.RUN_FILE).read_text()), "params": 10 ** 400,
                    "best_val_accuracy": 10 ** 400}))
    info = runs.list_runs(tmp_path)[0]
    assert info.params == 0 and info.best_val_accuracy is None and any("'params'" in p for p in info.problems)


# ---------------------------------------------------------------- item 19: the leaderboards


def test_one_damaged_run_is_left_out_of_the_leaderboard_with_a_note(tmp_path):
    good = cheap_run(tmp_path, "good")
    list_type = cheap_run(tmp_path, "list type")
    damage(list_type, runs.ARCHITECTURE_FILE, crafted_architecture("list type"))
    huge = cheap_run(tmp_path, "huge rate")
    damage(huge, runs.ARCHITECTURE_FILE, crafted_architecture("huge rate"))
    metrics = cheap_run(tmp_path, "bad metrics")
    damage(metrics, runs.TEST_METRICS_FILE, "[]")
    board = load_leaderboard(tmp_path, dataset="mnist")
    assert [row.path for row in board] == [good]
    infos = runs.list_runs(tmp_path)
    left = left_out_of_board(infos, {info.path: run_details(info.path) for info in infos})
    assert {info.name for info, _ in left} == {"list type", "huge rate", "bad metrics"}
    note = left_out_note(left)
    assert note.startswith("Left out: ") and "architecture.json" in note and "test_metrics.json" in note


def test_the_class_leaderboard_leaves_a_damaged_run_out_with_a_note(tmp_path, monkeypatch):
    from cnnviz.runs import workspace

    monkeypatch.setenv(workspace.CLASS_MODE_ENV, "1")
    monkeypatch.setenv(workspace.DATA_DIR_ENV, str(tmp_path / "class-data"))
    monkeypatch.setenv(workspace.TEACHER_SECRET_ENV, "teacher-secret-for-tests")
    _, student = workspace.new_workspace()
    cheap_run(student.runs_dir, "good")
    bad = cheap_run(student.runs_dir, "list type")
    damage(bad, runs.ARCHITECTURE_FILE, crafted_architecture("list type"))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.session_state["teacher_ok"] = True
    at.switch_page("pages/build/class_view.py").run()
    assert not at.exception, [e.value for e in at.exception]
    board = at.dataframe[1].value
    assert list(board.iloc[:, 1]) == ["good"]
    assert any("Left out" in w.value and "list type" in w.value for w in at.warning)


# ---------------------------------------------------------------- pages and the CLI over a real tiny run


@pytest.fixture(scope="module")
def trained(tmp_path_factory) -> Path:
    """A tiny trained run with its initial weights and a best.keras beside final.keras."""
    run_dir = make_tiny_run(tmp_path_factory.mktemp("trained"), name="tiny", epochs=1, save_initial=True)
    shutil.copy(run_dir / runs.FINAL_MODEL, run_dir / runs.BEST_MODEL)
    return run_dir


def other_shape_model(path: Path) -> None:
    """A model of 32×32×3 images, where the run's are 28×28×1."""
    from cnnviz.arch.spec import Architecture, Conv2D, Dense, Flatten
    from cnnviz.models.builder import build_model

    build_model(Architecture((32, 32, 3), (Conv2D(4, (3, 3), activation="relu"), Flatten(),
                                           Dense(10, activation="softmax")))).save(path)


def damaged_copy(trained: Path, root: Path, kind: str) -> Path:
    copy = root / trained.name
    shutil.copytree(trained, copy)
    if kind.startswith("config "):
        damage(copy, runs.CONFIG_FILE, CONFIG_DAMAGE[kind.removeprefix("config ")])
    elif kind == "architecture a list":
        damage(copy, runs.ARCHITECTURE_FILE, "[1]")
    elif kind == "initial weights garbage":
        damage(copy, layout.INITIAL_WEIGHTS, "garbage")
    elif kind == "final.keras truncated":
        data = (copy / runs.FINAL_MODEL).read_bytes()
        (copy / runs.FINAL_MODEL).write_bytes(data[: len(data) // 3])
    elif kind == "another input shape":
        (copy / runs.BEST_MODEL).unlink()
        other_shape_model(copy / runs.FINAL_MODEL)
    return copy


# kind → what the look-inside pages must say (each page shows it; Kernels alone reads the initial weights)
PAGE_DAMAGE = {
    **{f"config {kind}": "config.json" for kind in CONFIG_DAMAGE},
    "architecture a list": None,
    "initial weights garbage": None,
    "final.keras truncated": "final.keras is damaged: showing best.keras",
    "another input shape": "final.keras takes 32×32×3 images but this run's images are 28×28×1",
}


def _said(at: AppTest) -> str:
    return " ".join(w.value for w in list(at.warning) + list(at.error)).replace("\\", "")


@pytest.mark.slow
@pytest.mark.parametrize("kind", list(PAGE_DAMAGE))
@pytest.mark.parametrize("page", LOOK_INSIDE)
def test_look_inside_pages_say_what_is_damaged_and_keep_working(page, kind, trained, tmp_path, monkeypatch):
    damaged_copy(trained, tmp_path, kind)
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(tmp_path))
    at = AppTest.from_file(str(ROOT / page), default_timeout=120)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    expected = PAGE_DAMAGE[kind]
    if page == "pages/look/kernels.py" and kind in ("architecture a list", "initial weights garbage"):
        expected = "initial.weights.h5"
    if expected is not None:
        assert expected in _said(at)
    if page == "pages/look/kernels.py":
        assert len(at.get("plotly_chart")) >= 3  # trained grid, initial (or fresh) grid, histograms


@pytest.mark.slow
def test_runs_details_survive_a_damaged_history(trained, tmp_path, monkeypatch):
    copy = damaged_copy(trained, tmp_path, "none")
    damage(copy, runs.HISTORY_FILE, '{"epoch": 1')
    damage(copy, runs.CONFIG_FILE, "[1]")
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(tmp_path))
    at = AppTest.from_file(str(ROOT / "pages/build/runs.py"), default_timeout=120)
    at.session_state["runs_selected"] = str(copy)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert "history.json cannot be read" in _said(at)


@pytest.mark.slow
@pytest.mark.parametrize("content", ["[1, 2]", '{"dataset": "mnist", "seed": "x"}', '{"dataset": [1]}'])
def test_cli_evaluate_names_a_damaged_config(content, trained, tmp_path, capsys):
    from cnnviz.cli.main import main

    copy = damaged_copy(trained, tmp_path, "none")
    damage(copy, runs.CONFIG_FILE, content)
    assert main(["evaluate", str(copy)]) == 2
    assert "config.json" in capsys.readouterr().err


@pytest.mark.slow
def test_cli_evaluate_says_when_it_uses_best_keras(trained, tmp_path, capsys):
    from cnnviz.cli.main import main

    copy = damaged_copy(trained, tmp_path, "final.keras truncated")
    assert main(["evaluate", str(copy), "--json"]) == 0
    captured = capsys.readouterr()
    assert "final.keras is damaged: showing best.keras" in captured.err
    assert json.loads(captured.out)["model_file"] == "best.keras"


def test_compare_survives_damaged_runs_whichever_are_picked(tmp_path, monkeypatch):
    good = cheap_run(tmp_path, "good")
    list_type = cheap_run(tmp_path, "list type")
    damage(list_type, runs.ARCHITECTURE_FILE, crafted_architecture("list type"))
    huge = cheap_run(tmp_path, "huge rate")
    damage(huge, runs.ARCHITECTURE_FILE, crafted_architecture("huge rate"))
    history = cheap_run(tmp_path, "cut history")
    damage(history, runs.HISTORY_FILE, '[{"epoch": 1, "elapsed": ' + "9" * 400 + "}, 5, ")
    config = cheap_run(tmp_path, "list config")
    damage(config, runs.CONFIG_FILE, "[1]")
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(tmp_path))
    for picked in ([good, history], [good, list_type, huge, history, config]):
        at = AppTest.from_file(str(ROOT / "pages/build/compare.py"), default_timeout=120)
        at.session_state["cmp_runs"] = [run_dir.name for run_dir in picked]
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        note = next(w.value for w in at.warning if w.value.startswith("Left out")).replace("\\", "")
        assert "list type (architecture.json" in note and "huge rate (architecture.json" in note


def test_draw_says_when_it_uses_best_keras_and_refuses_a_model_of_another_shape(tmp_path, monkeypatch):
    from cnnviz.models.builder import build_model
    from pages.play.drawing import model_for, model_options

    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(tmp_path))
    run_dir = runs.create_run(TINY_ARCH, dict(TINY_CONFIG), "digits", 0, root=tmp_path)
    build_model(TINY_ARCH).save(run_dir / runs.BEST_MODEL)
    (run_dir / runs.FINAL_MODEL).write_bytes(b"PK\x03\x04 cut short")
    option = model_options()[0][1]
    assert [str(note) for note in model_for(option).notes] == ["final.keras is damaged: showing best.keras"]
    other_shape_model(run_dir / runs.FINAL_MODEL)
    with pytest.raises(runs.RunError, match="final.keras takes 32×32×3 images, not the 28×28×1 digits"):
        model_for(option)


@pytest.mark.slow
def test_cli_explain_says_when_it_uses_best_keras(trained, tmp_path, capsys):
    from cnnviz.cli.explain import load_model_and_classes

    copy = damaged_copy(trained, tmp_path, "final.keras truncated")
    _, _, model_file = load_model_and_classes(str(copy))
    assert model_file == copy / runs.BEST_MODEL
    assert "final.keras is damaged: showing best.keras" in capsys.readouterr().err


def test_the_runs_page_lists_a_run_without_run_json_and_says_what_is_wrong(tmp_path, monkeypatch):
    orphan = cheap_run(tmp_path, "orphan")
    (orphan / runs.RUN_FILE).unlink()
    damage(orphan, runs.TEST_METRICS_FILE, '{"accuracy": "high"}')
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(tmp_path))
    at = AppTest.from_file(str(ROOT / "pages/build/runs.py"), default_timeout=120)
    at.session_state["runs_selected"] = str(orphan)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.dataframe[0].value.iloc[0, 0] == f"⚠ {orphan.name}"
    said = _said(at)
    assert "run.json is missing" in said and "test_metrics.json: 'accuracy' has a value of the wrong type" in said
