"""The core speaks Korean too: every error class says the same failure in Korean with the same numbers and names,
errors survive pickling with their key, messages stored in a run folder are read back in the reader's language,
and the CLI's --lang / $CNNVIZ_LANG."""

from __future__ import annotations

import json
import os
import pickle
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest

from cnnviz import i18n
from cnnviz.runs import store as runs

ROOT = Path(__file__).resolve().parent.parent
HANGUL = re.compile(r"[\uac00-\ud7a3]")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@pytest.fixture
def korean() -> Iterator[None]:
    with i18n.language_scope("ko"):
        yield


def raised(action: Callable[[], object]) -> i18n.CnnvizError:
    with pytest.raises(i18n.CnnvizError) as info:
        action()
    return info.value


# ---- one failure per error class, as (what raises, the error class, names the text must keep) ------------------


def _bad_spec() -> None:
    from cnnviz.arch.spec import parse_architecture

    parse_architecture({"input_shape": [28, 28, 1], "layers": [{"type": "Conv2D", "filters": 0, "kernel_size": 3}]})


def _kernel_too_large() -> None:
    from cnnviz.arch.shapes import check
    from cnnviz.arch.spec import Architecture, Conv2D

    check(Architecture((4, 4, 1), (Conv2D(filters=8, kernel_size=5),)))


def _nested_input_shape() -> None:
    from cnnviz.arch.spec import parse_input_shape

    parse_input_shape([28, 0, 1])


def _bad_split() -> None:
    from cnnviz.data.datasets import load_mnist_sample, split_train_val

    split_train_val(load_mnist_sample(), val_fraction=1.5)


def _bad_idx(tmp: Path) -> Callable[[], object]:
    def action() -> None:
        from cnnviz.data.datasets import read_idx

        path = tmp / "broken-idx3-ubyte"
        path.write_bytes(b"\x00\x00\x08\x03" + (3).to_bytes(4, "big") * 3 + b"\x01" * 5)
        read_idx(path)
    return action


def _too_large_image() -> None:
    import io

    from PIL import Image

    from cnnviz.data.preprocess import load_image

    buffer = io.BytesIO()
    Image.new("L", (17_000, 2), 0).save(buffer, format="PNG")
    load_image(buffer.getvalue())


def _bad_config() -> None:
    from cnnviz.train.config import TrainingConfig

    TrainingConfig(batch_size=0, epochs=2000).validate()


def _not_a_run(tmp: Path) -> Callable[[], object]:
    return lambda: runs.load_run(tmp)


class _TinyWorkers:
    """A runtime whose workers have 100 MB: queue_training refuses the job before it would touch the cluster."""

    embedded = True

    def worker_memory_limit(self) -> int:
        return 100 * 1024**2


def _job_refused(tmp: Path) -> Callable[[], object]:
    def action() -> None:
        from cnnviz.arch.presets import PRESETS
        from cnnviz.train import jobs
        from cnnviz.train.config import TrainingConfig

        jobs.queue_training(_TinyWorkers(), "w", tmp, PRESETS["mnist-convnet"].architecture,
                            TrainingConfig(batch_size=4096), "big", images=70_000)
    return action


def _quota(tmp: Path) -> Callable[[], object]:
    def action() -> None:
        from cnnviz.arch.presets import PRESETS
        from cnnviz.runs.workspace import Quotas, Workspace

        space = Workspace("w", tmp / "runs", tmp / "datasets", tmp / "models", Quotas(queued_jobs=1))
        runs.create_run(PRESETS["lenet5"].architecture, {"dataset": "mnist"}, "one", 10, root=space.runs_dir,
                        status="queued")
        space.check_can_queue()
    return action


def _lab() -> None:
    from cnnviz.learn import lab

    lab.slide(np.zeros((2, 2)), np.zeros((3, 3)))


def _extract() -> None:
    from cnnviz.inspect.extract import evaluate

    evaluate(np.zeros(3, int), np.full((5, 10), 0.1))


def _cli() -> None:
    from cnnviz.cli.common import load_architecture

    load_architecture(None, "no-such-preset")


def _user_data() -> None:
    from cnnviz.data.images import ImportSettings

    ImportSettings(size=5000)


CASES: dict[str, tuple[Callable[[Path], Callable[[], object]], str, tuple[str, ...]]] = {
    "SpecError (spec)": (lambda tmp: _bad_spec, "SpecError", ("'filters'", "Conv2D")),
    "SpecError (shapes)": (lambda tmp: _kernel_too_large, "SpecError", ("5×5", "4×4", "Conv2D", "'valid'")),
    "SpecError (nested reason)": (lambda tmp: _nested_input_shape, "SpecError", ("input_shape",)),
    "DataError (split)": (lambda tmp: _bad_split, "DataError", ()),
    "DataError (IDX file)": (_bad_idx, "DataError", ("broken-idx3-ubyte",)),
    "ImageError": (lambda tmp: _too_large_image, "ImageError", ("17,000",)),
    "ConfigError": (lambda tmp: _bad_config, "ConfigError", ()),
    "RunError": (_not_a_run, "RunError", ("run.json",)),
    "JobRefused": (_job_refused, "JobRefused", ("conv2d (Conv2D)", "GB", "MB")),
    "WorkspaceError": (_quota, "WorkspaceError", ()),
    "LabError": (lambda tmp: _lab, "LabError", ("'same'/'full'",)),
    "ExtractError": (lambda tmp: _extract, "ExtractError", ()),
    "CliError": (lambda tmp: _cli, "CliError", ("'no-such-preset'", "lenet5")),
    "UserDataError": (lambda tmp: _user_data, "UserDataError", ()),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_same_failure_in_korean_keeps_its_numbers_and_names(case: str, tmp_path: Path) -> None:
    make, class_name, names = CASES[case]
    error = raised(make(tmp_path))
    assert type(error).__name__ == class_name
    english, korean = error.text("en"), error.text("ko")
    assert not HANGUL.search(english), english
    assert HANGUL.search(korean), korean
    assert NUMBER.findall(english), english  # every sample failure names a number
    assert sorted(NUMBER.findall(korean)) == sorted(NUMBER.findall(english)), (english, korean)
    for name in names:
        assert name in english and name in korean, (name, english, korean)
    with i18n.language_scope("ko"):
        assert str(error) == korean
    assert str(error) == english


def test_old_bases_still_catch_the_errors(tmp_path: Path) -> None:
    from cnnviz.runs.workspace import WorkspaceError

    assert isinstance(raised(_bad_spec), ValueError)
    assert isinstance(raised(_bad_split), ValueError)
    assert isinstance(raised(_lab), ValueError) and isinstance(raised(_extract), ValueError)
    assert isinstance(raised(_quota(tmp_path)), PermissionError) and issubclass(WorkspaceError, PermissionError)


def test_every_core_error_is_a_value_error_under_one_base() -> None:
    """One base, and its subclasses agree: a page catching ValueError around core code catches every one of them."""
    import importlib
    import pkgutil

    import cnnviz
    from cnnviz.i18n import CnnvizError

    for module in pkgutil.walk_packages(cnnviz.__path__, "cnnviz."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)

    def subclasses(cls: type) -> set[type]:
        return {cls} | {s for sub in cls.__subclasses__() for s in subclasses(sub)}

    errors = {cls for cls in subclasses(CnnvizError) if cls.__module__.startswith("cnnviz.")}
    names = {cls.__name__ for cls in errors}
    assert {"RunError", "MemoryRefused", "ArchiveRefused", "ModelLoadError", "SpecError", "CliError"} <= names
    assert all(issubclass(cls, ValueError) for cls in errors)
    own_errors = [cls.__name__ for module in map(importlib.import_module, {c.__module__ for c in errors})
                  for cls in vars(module).values()
                  if isinstance(cls, type) and issubclass(cls, Exception) and cls.__module__ == module.__name__
                  and not issubclass(cls, CnnvizError) and not cls.__name__.startswith("_")]
    assert own_errors == []  # every public error a core module defines says its text through the one base


def test_an_archive_refused_as_a_whole_is_not_called_not_a_zip(tmp_path: Path) -> None:
    import zipfile

    from cnnviz.data.safezip import ArchiveRefused, ZipLimits, open_archive

    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for i in range(5):
            archive.writestr(f"{i}.txt", b"x")
    with pytest.raises(ArchiveRefused) as caught:
        open_archive(path, ZipLimits(max_entries=3))
    assert caught.value.key == "safezip.too_many_entries"


@pytest.mark.parametrize("case", sorted(CASES))
def test_errors_survive_pickling_with_key_and_params(case: str, tmp_path: Path) -> None:
    make, _, _ = CASES[case]
    error = raised(make(tmp_path))
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error) and copy.key == error.key
    assert copy.text("en") == error.text("en") and copy.text("ko") == error.text("ko")


def test_a_spec_error_keeps_its_place_through_pickling() -> None:
    error = raised(_bad_spec)
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.layer, copy.layer_type) == (1, "Conv2D") == (error.layer, error.layer_type)
    assert copy.reason == "'filters' must be at least 1, got 0"
    assert copy.text("en") == "layer 1 (Conv2D): 'filters' must be at least 1, got 0"
    assert copy.text("ko").startswith("1번 층 (Conv2D): ")


def test_nested_messages_follow_the_language_of_the_whole(korean: None) -> None:
    error = raised(_nested_input_shape)
    assert error.text("en") == "input_shape: 'input_shape' must be at least 1, got 0"
    assert str(error).startswith("input_shape: ") and HANGUL.search(str(error))


def test_korean_texts_use_the_notes_terms(korean: None) -> None:
    from cnnviz.arch.memory import estimate_training_memory, refusal
    from cnnviz.arch.presets import PRESETS
    from cnnviz.arch.shapes import summarize

    assert "커널" in str(raised(_kernel_too_large)) and "패딩" in str(raised(_kernel_too_large))
    estimate = estimate_training_memory(summarize(PRESETS["mnist-convnet"].architecture), 4096, "adam", 0.9, 70_000)
    text = refusal(estimate, 100 * 1024**2)
    assert text is not None and "가중치" in text and "100.00 MB" in text


# ---- messages stored in a run folder ------------------------------------------------------------------------------


def test_a_nan_run_is_read_back_in_korean(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cnnviz.train.config import TrainingConfig
    from cnnviz.train.job import TrainingJob
    from cnnviz.train.progress import RunStream
    from tests.test_training import SMALL, exploding_loss, synthetic_dataset

    monkeypatch.setattr("cnnviz.train.keras_setup.make_loss", lambda config: exploding_loss(0))
    progress = TrainingJob(SMALL, TrainingConfig(epochs=2, batch_size=16), dataset=synthetic_dataset(),
                           root=tmp_path).run()
    assert progress.state == "failed" and "epoch 1, batch 1" in progress.message
    stored = json.loads((progress.run_dir / runs.RUN_FILE).read_text())
    assert stored["message"] == progress.message and stored["message_key"] == "training.nan"
    assert stored["message_params"]["epoch"] == 1 and stored["message_params"]["batch"] == 1
    with i18n.language_scope("ko"):
        info = runs.load_run(progress.run_dir)
        live = RunStream(progress.run_dir).update().progress(info.status, info.status_message)
        assert info.message == live.message
        assert "에포크 1, 배치 1" in info.message and "학습률 (0.001)" in info.message
        assert "체크포인트" in info.message and HANGUL.search(str(live.phase_text))
        assert str(info.status_text) == "실패"
    assert runs.load_run(progress.run_dir).message == progress.message  # English again outside the scope


def test_a_stored_divergence_verdict_is_read_back_in_korean(tmp_path: Path) -> None:
    from cnnviz.arch.presets import PRESETS
    from cnnviz.train.verdicts import divergence_verdict

    history = [{"epoch": 1, "loss": 1e6, "val_accuracy": 0.2}, {"epoch": 2, "loss": 36_026_248.0, "val_accuracy": 0.19}]
    verdict = divergence_verdict(2.30, history, 10, 1e6)
    run_dir = runs.create_run(PRESETS["lenet5"].architecture, {"dataset": "mnist"}, "lr 1e6", 10, root=tmp_path)
    runs.update_run(run_dir, status="diverged", **runs.message_fields(verdict))
    english = runs.load_run(run_dir).message
    assert english.startswith("training diverged: the loss ended at 36,026,248") and "(1e+06)" in english
    with i18n.language_scope("ko"):
        korean = runs.load_run(run_dir).message
    assert HANGUL.search(korean) and "36,026,248" in korean and "2.3" in korean and "1e+06" in korean


def test_an_old_run_folder_without_keys_shows_its_english_text(tmp_path: Path, korean: None) -> None:
    from cnnviz.arch.presets import PRESETS

    run_dir = runs.create_run(PRESETS["lenet5"].architecture, {"dataset": "mnist"}, "old", 10, root=tmp_path)
    data = json.loads((run_dir / runs.RUN_FILE).read_text())
    data = {k: v for k, v in data.items() if not k.startswith("message_")}
    data.update(status="failed", message="ran out of memory (written by an older cnnviz)")
    (run_dir / runs.RUN_FILE).write_text(json.dumps(data))
    assert runs.load_run(run_dir).message == "ran out of memory (written by an older cnnviz)"
    # a key this version does not know, or parameters that do not fill the text: the English text too
    for key, params in (("training.no_such_message", {}), ("training.nan", {"epoch": 1})):
        runs.update_run(run_dir, message_key=key, message_params=params)
        assert runs.load_run(run_dir).message == "ran out of memory (written by an older cnnviz)"


def test_load_problems_are_shown_in_the_readers_language(tmp_path: Path) -> None:
    from cnnviz.arch.presets import PRESETS

    run_dir = runs.create_run(PRESETS["lenet5"].architecture, {"dataset": "mnist"}, "damaged", 10, root=tmp_path)
    (run_dir / runs.HISTORY_FILE).write_text("{not json")
    (run_dir / runs.FINAL_MODEL).write_bytes(b"cut short")
    info = runs.load_run(run_dir)
    assert any("final.keras is damaged" in p for p in info.problems)
    with i18n.language_scope("ko"):
        problems = info.problems
    assert len(problems) == 2 and all(HANGUL.search(p) for p in problems)
    assert any("history.json" in p for p in problems) and any("final.keras" in p for p in problems)


def test_job_failures_written_by_the_server_carry_keys(tmp_path: Path) -> None:
    from cnnviz.arch.presets import PRESETS
    from cnnviz.train import jobs

    run_dir = runs.create_run(PRESETS["lenet5"].architecture, {"dataset": "mnist"}, "oom", 10, root=tmp_path,
                              status="queued")
    jobs.mark_failed(run_dir, i18n.msg("jobs.out_of_memory", limit="2.00 GB",
                                                  kept=i18n.msg("jobs.kept_nothing")))
    info = runs.load_run(run_dir)
    assert info.status == "failed" and info.message.startswith("ran out of memory") and "2.00 GB" in info.message
    with i18n.language_scope("ko"):
        assert "메모리" in runs.load_run(run_dir).message and "2.00 GB" in runs.load_run(run_dir).message
        events, _ = runs.read_events(run_dir)
        assert "2.00 GB" in str(runs.stored_message(events[-1])) and HANGUL.search(str(runs.stored_message(events[-1])))
    assert jobs.format_wait(150) == "about 3 min" and jobs.format_wait(150, lang="ko") == "약 3분"


# ---- the command line -----------------------------------------------------------------------------------------------

BAD_ARCHITECTURE = {"input_shape": [28, 28, 1], "layers": [{"type": "Conv2D", "filters": 8, "kernel_size": 3},
                                                            {"type": "Dens", "units": 10}]}


def run_cli(*args: str, lang_env: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "CNNVIZ_LANG"}
    if lang_env is not None:
        env["CNNVIZ_LANG"] = lang_env
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, env=env)


def test_cli_lang_ko_prints_the_invalid_layer_in_korean(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(BAD_ARCHITECTURE))
    english = run_cli("cnnviz.cli.main", "summary", str(path))
    korean = run_cli("cnnviz.cli.main", "--lang", "ko", "summary", str(path))
    assert english.returncode == korean.returncode == 2 and english.stdout == korean.stdout == ""
    assert english.stderr.startswith("error: layer 2: unknown layer type \"Dens\"")
    assert korean.stderr.startswith("오류: 2번 층: ") and "\"Dens\"" in korean.stderr and HANGUL.search(korean.stderr)
    assert "Traceback" not in korean.stderr
    from_env = run_cli("cnnviz", "summary", str(path), lang_env="ko_KR.UTF-8")
    assert from_env.returncode == 2 and from_env.stderr == korean.stderr
    assert run_cli("cnnviz", "--lang", "en", "summary", str(path), lang_env="ko").stderr == english.stderr


def test_cli_summary_table_in_korean_keeps_the_numbers(capsys: pytest.CaptureFixture) -> None:
    from cnnviz.cli.main import main

    assert main(["--lang", "ko", "summary", "--preset", "fashion-convnet"]) == 0
    korean = capsys.readouterr().out
    assert "전체 파라미터: 333,526" in korean and "dense (Dense)" in korean and "(None, 7, 7, 64)" in korean
    assert i18n.current_language() == "en"  # main() in-process leaves the language as it found it
    assert main(["summary", "--preset", "fashion-convnet"]) == 0
    assert "Total params: 333,526" in capsys.readouterr().out


def test_cli_rejects_an_unknown_language() -> None:
    done = run_cli("cnnviz", "--lang", "fr", "presets")
    assert done.returncode == 2 and "invalid choice: 'fr'" in done.stderr


def test_a_stored_error_keeps_its_place_and_nested_reasons() -> None:
    from cnnviz.train.progress import phase_message

    crash = i18n.msg("training.crashed", kind="SpecError", reason=raised(_bad_spec))
    stored = json.loads(json.dumps(runs.message_fields(crash)))  # as written to run.json and read back
    assert stored["message"] == "SpecError: layer 1 (Conv2D): 'filters' must be at least 1, got 0"
    again = runs.stored_message(stored)
    assert again is not None and again.text("en") == stored["message"]
    assert again.text("ko") == "SpecError: 1번 층 (Conv2D): 'filters' 값은 1 이상이어야 합니다. 입력한 값: 0"
    assert phase_message("loading the dataset").text("ko") == "데이터셋을 불러오는 중"
    assert phase_message("interrupted").text("ko") == "중단됨" and phase_message("made up").text("ko") == "made up"


AREAS = ("spec", "shapes", "builder", "data", "preprocess", "training", "runs", "jobs", "memory", "workspace", "lab",
         "extract", "device", "cli")
KEY_LITERAL = re.compile(r"""["']((?:""" + "|".join(AREAS) + r""")\.[a-z0-9_.]*[a-z0-9_])["']""")
FILE_NAME = re.compile(r"\.(npz|json|jsonl|keras|h5|py|md|txt|png|zip)$")


def test_keys_named_indirectly_exist() -> None:
    """Keys handed around as strings (phases, layer nouns, stage names) are in the catalog too."""
    from cnnviz.data.datasets import DATASET_INFO
    from cnnviz.texts import CATALOG
    from cnnviz.train.progress import PHASE_KEYS

    sources = [path for path in (ROOT / "cnnviz").rglob("*.py") if path.parent.name != "texts"]  # not the catalog
    used = {key for path in sources for key in KEY_LITERAL.findall(path.read_text()) if not FILE_NAME.search(key)}
    assert len(used) > 150 and not sorted(used - set(CATALOG))
    assert all(key in CATALOG for key in PHASE_KEYS.values())
    assert all(f"runs.status.{status}" in CATALOG for status in (*runs.STATUSES, runs.INTERRUPTED, runs.DAMAGED))
    assert all(HANGUL.search(info.display_title("ko")) for info in DATASET_INFO.values())
