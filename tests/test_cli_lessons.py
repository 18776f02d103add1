"""`python -m cnnviz lessons | check | solution` (cnnviz.cli.lessons): the course from the command line.

Most tests call the command's own functions with a course made here; the end-to-end ones at the bottom need the
real lesson reader and exercises (cnnviz.learn.lessonfile, cnnviz.learn.exercises) and skip without them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from cnnviz.arch.presets import PRESETS
from cnnviz.arch.shapes import summarize
from cnnviz.arch.spec import Architecture, SpecError
from cnnviz.cli import lessons as L
from cnnviz.cli.common import CliError
from cnnviz.cli.main import main
from cnnviz.i18n import CnnvizError, msg
from cnnviz.learn.course import Course, Exercise, Lesson, Text
from cnnviz.runs.workspace import local_workspace, workspace_for_login

KINDS = ("number", "choice", "build", "train", "look")


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CNNVIZ_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(tmp_path / "runs"))
    monkeypatch.delenv("CNNVIZ_CLASS_MODE", raising=False)
    monkeypatch.delenv("CNNVIZ_LANG", raising=False)
    return tmp_path / "data"


def make_course() -> Course:
    def exercise(kind: str) -> Exercise:
        return Exercise(f"ex-{kind}", kind, Text("Do it", "하세요"), {}, lesson="one")

    one = Lesson("one", 1, Text("The parts of a CNN", "CNN의 구성 요소"), Text("s", "s"), (), (),
                 tuple(exercise(kind) for kind in KINDS[:3]), "one.yaml")
    two = Lesson("two", 2, Text("Training", "훈련"), Text("s", "s"), (), (),
                 tuple(exercise(kind) for kind in KINDS[3:]), "two.yaml", shipped=False)
    return Course((one, two), refused=(CnnvizError("course.unknown_lesson", lesson="'broken.yaml'"),))


COURSE = make_course()


def student(login: str, name: str = ""):
    workspace = workspace_for_login(login)
    workspace.runs_dir.mkdir(parents=True, exist_ok=True)
    if name:
        workspace.set_display_name(name)
    return workspace


# ---- lessons -------------------------------------------------------------------------------------


def test_the_listing_as_json_has_every_lesson_and_exercise_in_order() -> None:
    assert L.lessons_listing(COURSE) == {"lessons": [
        {"id": "one", "title": {"en": "The parts of a CNN", "ko": "CNN의 구성 요소"},
         "exercises": [{"id": "ex-number", "kind": "number"}, {"id": "ex-choice", "kind": "choice"},
                       {"id": "ex-build", "kind": "build"}]},
        {"id": "two", "title": {"en": "Training", "ko": "훈련"},
         "exercises": [{"id": "ex-train", "kind": "train"}, {"id": "ex-look", "kind": "look"}]}]}


def test_the_readable_listing_follows_the_language() -> None:
    english, korean = L.lessons_text(COURSE, "en"), L.lessons_text(COURSE, "ko")
    assert english.splitlines()[0] == "1. The parts of a CNN  [one]"
    assert korean.splitlines()[0] == "1. CNN의 구성 요소  [one]"
    assert english.splitlines()[1].split() == ["ex-number", "(number)"]
    assert [line.split()[0] for line in english.splitlines()] == [
        "1.", "ex-number", "ex-choice", "ex-build", "2.", "ex-train", "ex-look"]
    assert L.lessons_text(Course(()), "en") == "the course has no lessons that could be read"


def test_the_lessons_command(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    monkeypatch.setattr(L, "load_the_course", lambda: COURSE)
    assert main(["lessons", "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out) == L.lessons_listing(COURSE)
    assert err.strip() == "warning: There is no lesson 'broken.yaml' in the course."  # a refused file is said
    assert main(["--lang", "ko", "lessons"]) == 0
    assert "2. 훈련  [two]" in capsys.readouterr().out


# ---- which workspace -------------------------------------------------------------------------------


def test_local_and_workspace_ids() -> None:
    alice = student("alice")
    assert L.workspace_named("local") == local_workspace()
    assert L.workspace_named(alice.id) == alice
    with pytest.raises(CliError) as info:
        L.workspace_named("0" * 24)
    assert info.value.key == "cli.lessons.no_workspace_id"


def test_display_names_in_class_mode_only_and_only_when_unique() -> None:
    alice, kim1, kim2 = student("alice", "Alice Park"), student("k1", "Kim"), student("k2", "kim")
    student("nameless")
    class_mode = {"CNNVIZ_CLASS_MODE": "1"}
    assert L.workspace_named("alice park", class_mode) == alice
    assert L.workspace_named("  Alice   Park ", class_mode) == alice
    with pytest.raises(CliError) as info:
        L.workspace_named("Alice Park", {})
    assert info.value.key == "cli.lessons.names_need_class_mode" and "CNNVIZ_CLASS_MODE=1" in str(info.value)
    with pytest.raises(CliError) as info:
        L.workspace_named("Kim", class_mode)
    assert info.value.key == "cli.lessons.many_students"
    assert kim1.id in str(info.value) and kim2.id in str(info.value) and "2 students" in str(info.value)
    for nobody in ("Bob", "", "  "):
        with pytest.raises(CliError) as info:
            L.workspace_named(nobody, class_mode)
        assert info.value.key == "cli.lessons.no_student"


# ---- check: the answer the options give ---------------------------------------------------------


def no_look(run: Path, index: int) -> Any:
    raise AssertionError("not a look exercise")


@pytest.mark.parametrize(("kind", "options", "form"), [
    ("number", {"arch": "a.json"}, "--answer VALUE"),
    ("number", {}, "--answer VALUE"),
    ("choice", {"answer": "a", "run": "r"}, "--answer VALUE"),
    ("build", {"answer": "3"}, "--arch FILE"),
    ("train", {"answer": "3"}, "--run DIR"),
    ("look", {"run": "r"}, "--run DIR --answer IMAGE_INDEX"),
    ("look", {"answer": "3"}, "--run DIR --answer IMAGE_INDEX"),
])
def test_options_that_do_not_fit_the_kind_say_which_do(kind: str, options: dict, form: str) -> None:
    given = {"answer": None, "arch": None, "run": None, **options}
    with pytest.raises(CliError) as info:
        L.answer_for(COURSE.exercise(f"ex-{kind}"), local_workspace(), look=no_look, **given)
    assert info.value.key == "cli.lessons.answer_with"
    assert str(info.value) == f"ex-{kind} is a {kind} exercise: answer it with {form}"


def test_number_and_choice_answers_are_given_as_written() -> None:
    ws = local_workspace()
    assert L.answer_for(COURSE.exercise("ex-number"), ws, "1,234", None, None, no_look) == "1,234"
    assert L.answer_for(COURSE.exercise("ex-choice"), ws, "b", None, None, no_look) == "b"


def test_a_build_answer_is_the_architecture_read_from_the_file(tmp_path: Path) -> None:
    arch = PRESETS["fashion-convnet"].architecture
    path = tmp_path / "arch.json"
    path.write_text(arch.to_json())
    read = L.answer_for(COURSE.exercise("ex-build"), local_workspace(), None, str(path), None, no_look)
    assert isinstance(read, Architecture) and read.to_dict() == arch.to_dict()
    path.write_text("{not json")
    with pytest.raises(SpecError):
        L.answer_for(COURSE.exercise("ex-build"), local_workspace(), None, str(path), None, no_look)
    with pytest.raises(CliError) as info:
        L.answer_for(COURSE.exercise("ex-build"), local_workspace(), None, str(tmp_path / "no.json"), None, no_look)
    assert info.value.key == "cli.cannot_read"


def test_a_run_is_a_folder_or_a_run_id_of_the_workspace(tmp_path: Path) -> None:
    from cnnviz.runs import store

    alice = student("alice")
    run_dir = store.create_run(PRESETS["mnist-convnet"].architecture, {"dataset": "mnist"}, "mine", 1,
                               root=alice.runs_dir)
    train = COURSE.exercise("ex-train")
    assert L.answer_for(train, alice, None, None, str(run_dir), no_look) == run_dir
    assert L.answer_for(train, alice, None, None, run_dir.name, no_look) == alice.runs_dir / run_dir.name
    for other in ("../x", "no-such-run", str(tmp_path / "missing")):
        with pytest.raises(CliError) as info:
            L.answer_for(train, alice, None, None, other, no_look)
        assert info.value.key == "cli.lessons.no_run"
    with pytest.raises(CliError):  # another student's run id is not one of this workspace's
        L.answer_for(train, student("bob"), None, None, run_dir.name, no_look)


def test_a_look_answer_is_made_from_the_run_and_the_image_index(tmp_path: Path) -> None:
    seen = []

    def look(run: Path, index: int) -> str:
        seen.append((run, index))
        return "looked"

    look_ex = COURSE.exercise("ex-look")
    assert L.answer_for(look_ex, local_workspace(), " 7 ", None, str(tmp_path), look) == "looked"
    assert seen == [(tmp_path, 7)]
    for bad in ("-1", "seven", "1.5", "", "1" * 12):
        with pytest.raises(CliError) as info:
            L.answer_for(look_ex, local_workspace(), bad, None, str(tmp_path), look)
        assert info.value.key == "cli.lessons.not_an_index"
    assert len(seen) == 1


@pytest.mark.slow
def test_the_label_and_the_prediction_of_a_test_image_are_the_runs(tmp_path: Path) -> None:
    from cnnviz.data.datasets import load_mnist_sample
    from cnnviz.runs import store
    from tests.inspect_helpers import make_tiny_run

    run_dir = make_tiny_run(tmp_path / "runs")
    dataset = load_mnist_sample()
    model = store.load_model(run_dir)
    predicted = model.predict(dataset.x_test[:20], verbose=0).argmax(axis=1)  # Keras is the oracle
    for index in (0, 3, 19):
        assert L.label_and_prediction(run_dir, index) == (int(dataset.y_test[index]), int(predicted[index]))
    with pytest.raises(CliError) as info:
        L.label_and_prediction(run_dir, len(dataset.x_test))
    assert f"0 to {len(dataset.x_test) - 1}" in str(info.value)


# ---- check and solution: what is printed ----------------------------------------------------------


@dataclass(frozen=True)
class Verdict:  # the shape cnnviz.learn.exercises returns
    correct: bool
    message: Any


@dataclass(frozen=True)
class Solution:
    answer: Any
    arch: Architecture | None
    text: Any


def test_a_verdict_as_json_and_as_text() -> None:
    wrong = Verdict(False, msg("course.unknown_lesson", lesson="'x'"))
    assert json.loads(L.verdict_output(wrong, True)) == {"correct": False,
                                                          "message": "There is no lesson 'x' in the course."}
    assert L.verdict_output(wrong, False) == "not right: There is no lesson 'x' in the course."
    assert L.verdict_output(Verdict(True, Text("Yes.", "네.")), False) == "right: Yes."
    from cnnviz.i18n import language_scope

    with language_scope("ko"):
        assert json.loads(L.verdict_output(wrong, True))["message"] == "과정에 'x' 레슨이 없습니다."
        assert L.verdict_output(Verdict(True, Text("Yes.", "네.")), False) == "정답: 네."


def test_solutions_by_kind() -> None:
    arch = PRESETS["mnist-convnet"].architecture
    number = Solution(26.0, None, Text("(28 - 3) / 1 + 1 = 26", "(28 - 3) / 1 + 1 = 26"))
    assert L.solution_json(COURSE.exercise("ex-number"), number) == {"answer": 26}
    assert L.solution_json(COURSE.exercise("ex-number"), Solution(0.5, None, "")) == {"answer": 0.5}
    assert L.solution_json(COURSE.exercise("ex-choice"), Solution("b", None, "")) == {"answer": "b"}
    built = L.solution_json(COURSE.exercise("ex-build"), Solution(None, arch, ""))
    assert Architecture.from_dict(json.loads(json.dumps(built))["arch"]).to_dict() == arch.to_dict()
    assert L.solution_json(COURSE.exercise("ex-train"), Solution(None, None, Text("Train", "훈련"))) == {
        "text": "Train"}
    assert L.solution_json(COURSE.exercise("ex-look"), Solution(None, None, "Open Explain")) == {
        "text": "Open Explain"}
    assert L.solution_text(COURSE.exercise("ex-number"), number) == "answer: 26\n(28 - 3) / 1 + 1 = 26"
    table = L.solution_text(COURSE.exercise("ex-build"), Solution(None, arch, ""))
    assert f"Total params: {summarize(arch).total_params:,}" in table


# ---- the commands in-process ----------------------------------------------------------------------


def test_check_and_solution_refuse_what_is_not_there(monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture) -> None:
    monkeypatch.setattr(L, "load_the_course", lambda: COURSE)
    assert main(["check", "no-such", "--workspace", "local", "--answer", "1"]) == 2
    assert capsys.readouterr().err.splitlines() == [  # the refused file first: the exercise may be in it
        "warning: There is no lesson 'broken.yaml' in the course.",
        "error: There is no exercise 'no-such' in the course (`python -m cnnviz lessons` lists them)."]
    assert main(["check", "ex-number", "--workspace", "nobody", "--answer", "1"]) == 2
    assert "warning" not in capsys.readouterr().err  # an exercise that is there: no warnings
    assert main(["solution", "no-such", "--workspace", "local", "--json"]) == 2
    assert "There is no exercise 'no-such'" in capsys.readouterr().err
    assert main(["check", "ex-number", "--workspace", "0" * 24, "--answer", "1"]) == 2
    assert "no workspace " + "0" * 24 in capsys.readouterr().err
    assert main(["check", "ex-number", "--workspace", "local", "--arch", "x.json"]) == 2
    assert capsys.readouterr().err.strip() == "error: ex-number is a number exercise: answer it with --answer VALUE"
    assert main(["--lang", "ko", "check", "ex-look", "--workspace", "local", "--run", "r", "--answer", "x"]) == 2
    assert "테스트 이미지 번호" in capsys.readouterr().err


def test_check_needs_a_workspace() -> None:
    with pytest.raises(SystemExit) as info:
        main(["check", "ex-number", "--answer", "1"])
    assert info.value.code == 2


# ---- end to end, with the real lesson reader and exercises ----------------------------------------


def real_course() -> Course:
    pytest.importorskip("cnnviz.learn.lessonfile")
    pytest.importorskip("cnnviz.learn.exercises")
    course = L.load_the_course()
    if not course.exercises():
        pytest.skip("no lessons shipped yet")
    return course


def first_of(course: Course, kind: str) -> Exercise:
    found = [exercise for exercise in course.exercises() if exercise.kind == kind]
    if not found:
        pytest.skip(f"no {kind} exercise in the course")
    return found[0]


def test_lessons_lists_the_real_course(capsys: pytest.CaptureFixture) -> None:
    course = real_course()
    assert main(["lessons", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed == L.lessons_listing(course)
    assert all(e["kind"] in KINDS for lesson in listed["lessons"] for e in lesson["exercises"])


def test_a_number_exercise_checked_with_its_own_solution(capsys: pytest.CaptureFixture) -> None:
    course = real_course()
    from cnnviz.learn import exercises

    exercise = first_of(course, "number")
    alice = student("alice")
    assert main(["solution", exercise.id, "--workspace", alice.id, "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)["answer"]
    assert answer == L._number(exercises.solution(exercise, alice.id).answer)
    assert main(["check", exercise.id, "--workspace", alice.id, "--answer", str(answer), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["correct"] is True
    assert main(["check", exercise.id, "--workspace", alice.id, "--answer", str(answer + 1), "--json"]) == 0
    verdict = json.loads(capsys.readouterr().out)
    assert verdict["correct"] is False and verdict["message"]
    assert main(["check", exercise.id, "--workspace", alice.id, "--answer", "twenty"]) == 2
    assert capsys.readouterr().err.startswith("error: ")


def test_a_build_exercise_checked_with_its_own_solution(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    course = real_course()
    exercise = first_of(course, "build")
    assert main(["solution", exercise.id, "--workspace", "local", "--json"]) == 0
    arch = json.loads(capsys.readouterr().out)["arch"]
    path = tmp_path / "arch.json"
    path.write_text(json.dumps(arch))
    assert main(["check", exercise.id, "--workspace", "local", "--arch", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["correct"] is True
    path.write_bytes(np.zeros(10, np.uint8).tobytes())
    assert main(["check", exercise.id, "--workspace", "local", "--arch", str(path)]) == 2


@pytest.mark.slow
def test_train_and_look_exercises_checked_on_a_real_run(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    course = real_course()
    from tests.inspect_helpers import make_tiny_run

    run_dir = make_tiny_run(tmp_path / "runs")
    kinds = {exercise.kind: exercise for exercise in course.exercises()}
    if "train" in kinds:
        assert main(["check", kinds["train"].id, "--workspace", "local", "--run", str(run_dir), "--json"]) == 0
        assert isinstance(json.loads(capsys.readouterr().out)["correct"], bool)
    if "look" in kinds:
        look = ["check", kinds["look"].id, "--workspace", "local", "--run", str(run_dir)]
        assert main([*look, "--answer", "0", "--json"]) == 0
        verdict = json.loads(capsys.readouterr().out)
        assert isinstance(verdict["correct"], bool) and verdict["message"]
        assert main([*look, "--answer", "100000"]) == 2
        assert "no test image 100000" in capsys.readouterr().err
