"""The Compare page headless (Streamlit AppTest) on real runs: the architecture diff (runs and presets), the settings
diff, overlaid curves, and verdicts checked against Keras' own predictions and statsmodels' McNemar and Holm."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from sklearn.metrics import recall_score
from statsmodels.stats.contingency_tables import mcnemar
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import proportion_confint
from streamlit.testing.v1 import AppTest

from cnnviz.arch.presets import PRESETS
from cnnviz.compare.diff import architecture_diff
from cnnviz.train import sweeps
from pages.common.text import plain
from tests.compare_helpers import LENET, make_sweep_runs, sample_config, train_run

PAGE = str(Path(__file__).resolve().parent.parent / "pages" / "build" / "compare.py")
TIMEOUT = 240
GROUP = "sweep-test-lr"
RATES = (0.01, 0.0003, 0.0001)


def run_page(runs_dir: Path, monkeypatch: pytest.MonkeyPatch, **session) -> AppTest:
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(runs_dir))
    at = AppTest.from_file(PAGE, default_timeout=TIMEOUT)
    for key, value in session.items():
        at.session_state[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def chart(at: AppTest, key_part: str) -> dict:
    """The plotly figure (as JSON) of the chart whose widget key contains `key_part`."""
    found = [c for c in at.get("plotly_chart") if key_part in (c.proto.id or "")]
    assert len(found) == 1, [c.proto.id for c in at.get("plotly_chart")]
    return json.loads(found[0].proto.spec)


def texts(elements) -> list[str]:
    return [e.value for e in elements]


@pytest.fixture(scope="module")
def sweep_dir(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    root = tmp_path_factory.mktemp("compare_runs")
    return root, make_sweep_runs(root, RATES, epochs=1, limit=300, group=GROUP)


# ================================================================ without runs: presets


def test_without_runs_the_seed_000_and_seed_004_presets_are_diffed(tmp_path: Path, monkeypatch) -> None:
    at = run_page(tmp_path / "none", monkeypatch)
    assert any("no runs yet" in text for text in texts(at.info))
    assert at.selectbox(key="cmp_arch_a").value == "preset:fashion-convnet"
    assert at.selectbox(key="cmp_arch_b").value == "preset:mnist-convnet"
    # the known answer (tests/test_compare_diff.py): two convs changed padding, a conv added, Dense and Dropout removed
    assert "2 changed, 1 added, 2 removed, 4 the same." in texts(at.markdown)
    cells = [str(v) for column in chart(at, "cmp_arch_chart")["data"][0]["cells"]["values"] for v in column]
    assert "333,526" in cells and "104,202" in cells  # total parameters side by side, as the notes state them
    assert "padding: same → valid" in cells
    assert [s.value for s in at.header] == ["Architecture, layer by layer"]


# ================================================================ a sweep of real runs


def keras_predictions(run_dirs: list[Path]) -> tuple[np.ndarray, list[np.ndarray]]:
    import keras

    from cnnviz.data.datasets import load_mnist_sample

    dataset = load_mnist_sample()
    predicted = [keras.models.load_model(d / "final.keras").predict(dataset.x_test, verbose=0).argmax(1)
                 for d in run_dirs]
    return dataset.y_test, predicted


def statsmodels_p(correct_a: np.ndarray, correct_b: np.ndarray) -> float:
    table = [[np.sum(correct_a & correct_b), np.sum(correct_a & ~correct_b)],
             [np.sum(~correct_a & correct_b), np.sum(~correct_a & ~correct_b)]]
    discordant = table[0][1] + table[1][0]
    return float(mcnemar(table, exact=discordant < 25, correction=True).pvalue)


@pytest.mark.slow
def test_a_sweep_opens_whole_with_settings_curves_and_verdicts_that_match_statsmodels(sweep_dir, monkeypatch):
    root, run_dirs = sweep_dir
    at = run_page(root, monkeypatch)
    labels = [f"learning_rate={rate:g}" for rate in RATES]
    at.selectbox(key="cmp_group").set_value(GROUP).run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.multiselect(key="cmp_runs").value == [d.name for d in run_dirs]  # in the order of the values

    # settings: only the learning rate differs
    settings = next(tb.value for tb in at.table if "setting" in tb.value.columns)
    assert settings.to_dict("records") == [{"setting": "Learning rate (learning_rate)",
                                            **{label: f"{rate:g}" for label, rate in zip(labels, RATES, strict=True)}}]
    # curves overlaid, the swept value as the legend, train and validation of each run
    for metric in ("loss", "accuracy"):
        names = [trace["name"] for trace in chart(at, f"cmp_curves_{metric}")["data"]]
        assert names == [f"{label} · {part}" for label in labels for part in ("train", "validation")]
    at.segmented_control(key="cmp_x").set_value("time").run()
    elapsed = [entry["elapsed"] for entry in json.loads((run_dirs[0] / "history.json").read_text())]
    assert chart(at, "cmp_curves_loss")["data"][0]["x"] == pytest.approx(elapsed)

    # statistics against Keras' predictions, statsmodels' McNemar (exact below 25 discordant images) and Holm
    y_true, predicted = keras_predictions(run_dirs)
    correct = [p == y_true for p in predicted]
    accuracy = chart(at, "cmp_accuracy_chart")["data"]
    for trace, right in zip(accuracy, correct, strict=True):
        low, high = proportion_confint(int(right.sum()), len(right), method="wilson")
        assert trace["x"][0] == pytest.approx(right.mean())
        assert trace["x"][0] - trace["error_x"]["arrayminus"][0] == pytest.approx(low)
        assert trace["x"][0] + trace["error_x"]["array"][0] == pytest.approx(high)
    raw = [statsmodels_p(correct[0], other) for other in correct[1:]]
    holm = multipletests(raw, method="holm")[1]
    numbers = next(tb.value for tb in at.table if "p (Holm)" in tb.value.columns)
    assert list(numbers["p-value"]) == pytest.approx(raw)
    assert list(numbers["p (Holm)"]) == pytest.approx(list(holm))
    shown = texts(at.success) + texts(at.info)
    for label, other, p in zip(labels[1:], correct[1:], holm, strict=True):
        if p >= 0.05:
            expected = f"No significant difference between {labels[0]} and {label}"
        elif np.sum(correct[0] & ~other) > np.sum(~correct[0] & other):
            expected = f"{labels[0]} is better than {label}"
        else:
            expected = f"{label} is better than {labels[0]}"
        assert any(text.startswith(plain(expected, limit=500)) for text in shown), (expected, shown)
    assert holm[-1] < 0.05  # 0.01 against 0.0001 after one epoch: a real difference the page must call

    # confusion matrices: the recall change per class is sklearn's
    recall_a = recall_score(y_true, predicted[0], average=None)
    recall_b = recall_score(y_true, predicted[1], average=None)
    per_class = next(tb.value for tb in at.table if "change" in tb.value.columns)
    assert list(per_class["change"]) == pytest.approx(list(recall_b - recall_a))
    improved = [k for k in np.argsort(-(recall_b - recall_a), kind="stable") if recall_b[k] > recall_a[k]]
    expected = ", ".join(f"{k} ({recall_b[k] - recall_a[k]:+.1%})" for k in improved) or "—"
    assert f"**{plain(labels[1])} finds more of:** {expected}" in texts(at.markdown)

    # another reference: the others are tested against it
    at.selectbox(key="cmp_reference").set_value(run_dirs[2].name).run()
    numbers = next(tb.value for tb in at.table if "p (Holm)" in tb.value.columns)
    assert list(numbers["A"]) == [labels[2], labels[2]] and list(numbers["B"]) == labels[:2]


@pytest.mark.slow
def test_the_train_pages_sweep_opens_preselected_and_a_run_diffs_against_a_preset(sweep_dir, monkeypatch) -> None:
    root, run_dirs = sweep_dir
    at = run_page(root, monkeypatch, compare_open_group=GROUP)
    assert at.multiselect(key="cmp_runs").value == [d.name for d in run_dirs]
    assert at.selectbox(key="cmp_group").value == GROUP
    assert "compare_open_group" not in at.session_state  # applied once
    assert "The two architectures are identical." in texts(at.success)  # a sweep of the learning rate

    at.multiselect(key="cmp_runs").set_value([run_dirs[0].name]).run()
    assert at.selectbox(key="cmp_group").value is None  # no longer the whole sweep
    assert at.selectbox(key="cmp_arch_a").value == f"run:{run_dirs[0].name}"
    at.selectbox(key="cmp_arch_b").set_value("preset:lenet5").run()
    assert "The two architectures are identical." in texts(at.success)  # the run trained the LeNet-5 preset
    at.selectbox(key="cmp_arch_b").set_value("preset:mnist-convnet").run()
    counts = architecture_diff(LENET, PRESETS["mnist-convnet"].architecture).counts()
    assert f"{counts['changed']} changed, {counts['added']} added, {counts['removed']} removed, " \
           f"{counts['same']} the same." in texts(at.markdown)
    assert any(text.endswith("→ **B** = " + plain("Preset: MNIST convnet (seed 004)")) for text in texts(at.markdown))


@pytest.mark.slow
def test_runs_on_different_test_sets_are_not_paired_and_the_page_says_why(sweep_dir, tmp_path, monkeypatch) -> None:
    from cnnviz.arch.spec import Architecture, Conv2D, Dense, Flatten, MaxPooling2D
    from cnnviz.data.images import ImportSettings
    from cnnviz.data.importing import import_zip
    from cnnviz.train.config import TrainingConfig
    from tests.shapes_data import shapes_zip

    _, run_dirs = sweep_dir
    shapes = import_zip(shapes_zip(per_class=40, seed=1), "Shapes", tmp_path / "datasets",
                        ImportSettings(size=28, color=False))
    arch = Architecture((28, 28, 1), (Conv2D(4, 3, activation="relu"), MaxPooling2D(4), Flatten(),
                                      Dense(3, activation="softmax")))
    config = TrainingConfig(dataset="user", data_path=str(shapes.info.path), epochs=1, batch_size=16,
                            early_stopping=False, record_snapshots=False)
    root = tmp_path / "runs"
    own = train_run(root, arch, config, "my shapes")
    digits = train_run(root, LENET, sample_config(epochs=1, limit=100), "digits")
    assert sweeps.sweep_tag(digits) is None and run_dirs
    at = run_page(root, monkeypatch, cmp_runs=[digits.name, own.name])
    warnings = texts(at.warning)
    expected = "Not tested against the reference: " + plain(
        "digits was tested on mnist and my shapes on user: a paired test needs the same test images.", limit=600)
    assert warnings == [expected]
    assert [trace["y"][0] for trace in chart(at, "cmp_accuracy_chart")["data"]] == ["digits", "my shapes"]
    assert texts(at.success) == [] and not [c for c in at.get("plotly_chart") if "confusion" in (c.proto.id or "")]
    assert any("No other run shares the reference's test images" in c for c in texts(at.caption))
