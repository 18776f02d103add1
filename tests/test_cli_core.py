"""`python -m cnnviz summary | presets | export-code`: the CLI mirror of the core."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cnnviz.arch.presets import PRESETS
from cnnviz.arch.shapes import summarize
from cnnviz.cli.main import main

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cnnviz", *args], cwd=ROOT, capture_output=True, text=True)


def test_summary_json_for_a_file(tmp_path: Path) -> None:
    path = tmp_path / "arch.json"
    path.write_text(PRESETS["mnist-convnet"].architecture.to_json())
    out = run_cli("summary", str(path), "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["total_params"] == 104_202
    assert [layer["output_shape"] for layer in data["layers"]][:3] == [[26, 26, 32], [13, 13, 32], [11, 11, 64]]
    assert set(data["layers"][0]) >= {"name", "type", "output_shape", "params", "formula", "flops"}


def test_summary_table_for_a_preset(capsys: pytest.CaptureFixture) -> None:
    assert main(["summary", "--preset", "fashion-convnet"]) == 0
    out = capsys.readouterr().out
    assert "Total params: 333,526" in out and "dense (Dense)" in out and "(None, 7, 7, 64)" in out


def test_invalid_architecture_exits_2_with_the_page_message(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"input_shape": [28, 28, 1], "layers": [
        {"type": "Conv2D", "filters": 8, "kernel_size": 3}, {"type": "Dense", "units": 10}]}))
    out = run_cli("summary", str(path))
    assert out.returncode == 2
    expected = str(summarize(PRESETS["mnist-convnet"].architecture.__class__.from_json(path.read_text())).errors[0])
    assert out.stderr.strip() == f"error: {expected}"
    assert "Dense needs a flat input" in out.stderr and out.stdout == ""


@pytest.mark.parametrize(("content", "message"), [
    ("{not json", "not valid JSON"),
    ('{"input_shape": [28, 28, 1], "layers": [{"type": "Conv2D", "filters": 0, "kernel_size": 3}]}',
     "layer 1 (Conv2D): 'filters' must be at least 1, got 0"),
])
def test_malformed_files_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture, content: str, message: str) -> None:
    path = tmp_path / "a.json"
    path.write_text(content)
    assert main(["summary", str(path)]) == 2
    assert message in capsys.readouterr().err


def test_missing_file_and_unknown_preset(capsys: pytest.CaptureFixture) -> None:
    assert main(["summary", "/nonexistent/arch.json"]) == 2
    assert "cannot read /nonexistent/arch.json" in capsys.readouterr().err
    assert main(["summary", "--preset", "nope"]) == 2
    assert "unknown preset 'nope'" in capsys.readouterr().err


def test_presets_lists_all_with_params(capsys: pytest.CaptureFixture) -> None:
    assert main(["presets"]) == 0
    out = capsys.readouterr().out
    for name in PRESETS:
        assert name in out
    assert "333,526" in out and "104,202" in out


@pytest.mark.parametrize("name", ["NaN filters", "Infinity filters", "5,000-digit integer", "deeply nested arrays",
                                  "10,000 layers", "not UTF-8"])
def test_hostile_architecture_files_exit_2_with_a_message_never_a_traceback(name: str, tmp_path) -> None:
    from tests.test_spec import HOSTILE

    path = tmp_path / "arch.json"
    text = HOSTILE[name]
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    out = subprocess.run([sys.executable, "-m", "cnnviz", "summary", str(path)], capture_output=True, text=True,
                         cwd=ROOT)
    assert out.returncode == 2, out.stderr
    assert out.stderr.startswith("error: ") and "Traceback" not in out.stderr and len(out.stderr) < 600
