"""The exported Keras script really runs and prints the summary cnnviz computed."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from cnnviz.arch.codegen import keras_script
from cnnviz.arch.presets import PRESETS
from cnnviz.arch.shapes import summarize
from cnnviz.arch.spec import Architecture, Conv2D, Dense, SpecError

ROW_END = re.compile(r"^[├└]")


def parse_keras_summary(text: str) -> tuple[list[tuple[str, tuple[int, ...], int]], int]:
    """(name, output shape, params) per layer and the total, from Keras 3's rich `model.summary()` table.
    Long names wrap onto a second line of the same row, so cells are joined until the row separator."""
    rows, cells = [], ["", "", ""]
    for line in text.splitlines():
        if line.startswith("│"):
            parts = [p.strip() for p in line.strip("│").split("│")]
            cells = [f"{old} {new}".strip() for old, new in zip(cells, parts, strict=True)]
        elif ROW_END.match(line) and cells[0]:
            name = cells[0].split(" (")[0]
            shape = tuple(int(v) for v in re.findall(r"\d+", cells[1]))
            rows.append((name, shape, int(cells[2].replace(",", ""))))
            cells = ["", "", ""]
    total = re.search(r"Total params: ([\d,]+)", text)
    assert total, f"no total in Keras output:\n{text}"
    return rows, int(total.group(1).replace(",", ""))


MARKER = "=== cnnviz script: "
# Runs each script file as __main__ in one interpreter, so TensorFlow's import is paid once.
RUNNER = """
import runpy, sys
for path in sys.argv[1:]:
    print("=== cnnviz script: " + path, flush=True)
    runpy.run_path(path, run_name="__main__")
"""


def run_scripts(sources: dict[str, str], tmp_path: Path) -> dict[str, str]:
    """Each script's stdout, from one subprocess that runs them all."""
    paths = []
    for name, source in sources.items():
        (tmp_path / f"{name}.py").write_text(source, encoding="utf-8")
        paths.append(str(tmp_path / f"{name}.py"))
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2", "COLUMNS": "200"}
    proc = subprocess.run([sys.executable, "-c", RUNNER, *paths], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=600)
    assert proc.returncode == 0, f"generated script failed:\n{proc.stderr[-3000:]}"
    chunks = proc.stdout.split(MARKER)[1:]
    return {Path(chunk.splitlines()[0]).stem: chunk for chunk in chunks}


@pytest.mark.slow
def test_generated_scripts_print_the_same_summary(tmp_path: Path) -> None:
    # Two presets plus a rectangular colour net with strides, no-bias and pooling strides/padding.
    custom = Architecture.from_dict({"input_shape": [30, 22, 3], "layers": [
        {"type": "Conv2D", "filters": 8, "kernel_size": [3, 5], "strides": [2, 1], "use_bias": False},
        {"type": "BatchNormalization"},
        {"type": "AveragePooling2D", "pool_size": 3, "strides": 2, "padding": "same"},
        {"type": "GlobalAveragePooling2D"},
        {"type": "Dense", "units": 4, "activation": "softmax", "use_bias": False}]})
    archs = {"mnist_convnet": PRESETS["mnist-convnet"].architecture,
             "cnnviz_strong": PRESETS["cnnviz-strong"].architecture, "custom": custom}
    outputs = run_scripts({name: keras_script(arch) for name, arch in archs.items()}, tmp_path)
    assert sorted(outputs) == sorted(archs)
    for name, arch in archs.items():
        rows, total = parse_keras_summary(outputs[name])
        expected = summarize(arch)
        assert total == expected.total_params, name
        assert rows == [(r.name, r.output_shape, r.params) for r in expected.rows], name


def test_script_only_passes_non_default_arguments() -> None:
    source = keras_script(PRESETS["fashion-convnet"].architecture)
    assert "layers.Conv2D(32, kernel_size=3, padding='same', activation='relu', name='conv2d')" in source
    assert "layers.MaxPooling2D(pool_size=2, name='max_pooling2d')" in source
    assert "layers.Dropout(0.4, name='dropout')" in source
    assert 'keras.Input(shape=(28, 28, 1), name="input")' in source
    assert source.rstrip().splitlines()[-3:][0].startswith("# To train it")
    compile(source, "exported.py", "exec")


def test_invalid_architecture_is_refused_with_the_layer_named() -> None:
    arch = Architecture((28, 28, 1), (Conv2D(8, (3, 3)), Dense(10)))
    with pytest.raises(SpecError, match="layer 2"):
        keras_script(arch)


def test_cli_export_code_matches_function() -> None:
    out = subprocess.run([sys.executable, "-m", "cnnviz", "export-code", "--preset", "lenet5"], capture_output=True,
                         text=True, timeout=60, cwd=Path(__file__).resolve().parent.parent)
    assert out.returncode == 0, out.stderr
    assert out.stdout == keras_script(PRESETS["lenet5"].architecture)
