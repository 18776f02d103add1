"""Which models the Draw page offers: the bundled one, and saved runs that can read a 28×28×1 digit."""

from __future__ import annotations

import pytest

from cnnviz.arch.spec import Architecture, Conv2D, Dense, Flatten, MaxPooling2D
from cnnviz.models.builder import build_model
from cnnviz.runs.layout import FINAL_MODEL
from cnnviz.runs.store import create_run


def tiny_run(root, name: str, dataset: str, input_shape=(28, 28, 1), with_model: bool = True):
    arch = Architecture(input_shape, (Conv2D(2, (3, 3), activation="relu"), MaxPooling2D((2, 2)), Flatten(),
                                      Dense(10, activation="softmax")))
    run_dir = create_run(arch, {"dataset": dataset}, name, 0, root=root)
    if with_model:
        build_model(arch).save(run_dir / FINAL_MODEL)
    return run_dir


@pytest.fixture
def runs_root(tmp_path, monkeypatch):
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(tmp_path))
    return tmp_path


def test_only_mnist_runs_with_28x28x1_input_and_a_model_are_offered(runs_root):
    from pages.play.drawing import model_for, model_options

    digits = tiny_run(runs_root, "digits", "mnist")
    tiny_run(runs_root, "clothes", "fashion_mnist")
    tiny_run(runs_root, "colour", "cifar10", input_shape=(32, 32, 3))
    tiny_run(runs_root, "unfinished", "mnist", with_model=False)

    options, excluded = model_options()
    assert options[0].run_dir is None  # the bundled model always comes first
    assert [o.run_dir for o in options[1:]] == [str(digits)]
    reasons = {e.name: e.reason for e in excluded}
    assert set(reasons) == {"clothes", "colour", "unfinished"}
    assert "not handwritten digits" in reasons["clothes"]
    assert "32×32×3" in reasons["colour"]
    assert "no saved model" in reasons["unfinished"]

    chosen = model_for(options[1])
    assert chosen.model.info.input_shape == (28, 28, 1)
    assert chosen.class_names == tuple(str(d) for d in range(10))


def test_no_runs_means_only_the_bundled_model(runs_root):
    from pages.play.drawing import model_options

    options, excluded = model_options()
    assert len(options) == 1 and options[0].run_dir is None and excluded == []
