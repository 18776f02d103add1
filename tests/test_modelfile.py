"""cnnviz.models.modelfile: the one model loader (safe mode, clear refusals), what a model is, stored uploads."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from cnnviz.models import modelfile
from cnnviz.models.modelfile import ModelLoadError, describe_model, load_model_file
from tests.model_files import (
    dense_model_file,
    image_model_file,
    lambda_model_file,
    residual_model,
    rewritten,
    save,
)


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("models")
    residual = save(residual_model(), folder / "residual.keras")
    return {
        "residual": residual,
        "lambda": lambda_model_file(folder / "lambda.keras", folder / "lambda-ran.txt"),
        "dense": dense_model_file(folder / "dense.keras"),
        "regression": image_model_file(folder / "regression.keras", (16, 16, 3), 1),
        "four_channels": image_model_file(folder / "rgba.keras", (16, 16, 4), 3),
        "any_size": image_model_file(folder / "any.keras", (None, None, 3), 3),
    }


def test_lambda_model_is_refused_saying_why_and_its_code_never_runs(files) -> None:
    import keras

    marker = files["lambda"].parent / "lambda-ran.txt"
    with pytest.raises(ModelLoadError) as refused:
        load_model_file(files["lambda"])
    assert refused.value.key == "models.unsafe_lambda"
    text = str(refused.value)
    assert "“double” is a Lambda layer" in text and "run that code on the server" in text and "safe_mode" in text
    assert "Lambda" in refused.value.text("ko") and "서버" in refused.value.text("ko")
    assert not marker.exists()
    with pytest.raises(ValueError, match="arbitrary code execution"):  # Keras' own safe mode agrees
        keras.saving.load_model(files["lambda"], safe_mode=True)


@pytest.mark.parametrize(("change", "key", "named"), [
    (lambda c: c["config"]["layers"][1].update(module="os", class_name="system"), "models.unsafe_module", "os"),
    (lambda c: c["config"]["layers"][1].update(module="__main__", class_name="Evil"), "models.unsafe_module",
     "__main__"),
    (lambda c: c["config"]["layers"][1].update(module=None, class_name="MyLayer", registered_name="Pkg>MyLayer"),
     "models.custom_class", "MyLayer"),
    (lambda c: c["config"]["layers"][1].update(class_name="NotAKerasLayer"), "models.custom_class", "NotAKerasLayer"),
    (lambda c: c.update(class_name="MyModel", module=None, registered_name="MyModel"), "models.custom_class",
     "MyModel"),
], ids=["os module", "main module", "registered custom class", "unknown class", "subclassed model"])
def test_code_outside_keras_is_refused_before_keras_reads_it(files, tmp_path: Path, change, key, named) -> None:
    crafted = rewritten(files["residual"], tmp_path / "crafted.keras", change)
    with pytest.raises(ModelLoadError) as refused:
        load_model_file(crafted)
    assert refused.value.key == key and named in str(refused.value)


@pytest.mark.parametrize(("make", "key"), [
    (lambda src, tmp: tmp.joinpath("junk.keras").write_bytes(b"not a model at all" * 50) and tmp / "junk.keras",
     "models.not_keras_zip"),
    (lambda src, tmp: tmp.joinpath("cut.keras").write_bytes(src.read_bytes()[: src.stat().st_size // 2])
     and tmp / "cut.keras", "models.not_keras_zip"),
    (lambda src, tmp: tmp.joinpath("old.h5").write_bytes(b"\x89HDF\r\n\x1a\n" + b"\x00" * 100) and tmp / "old.h5",
     "models.legacy_h5"),
    (lambda src, tmp: rewritten(src, tmp / "empty.keras", lambda c: c.clear()), "models.unreadable"),
    (lambda src, tmp: rewritten(src, tmp / "bomb.keras", extra={"pad.bin": b"\x00" * (20 * 1024 * 1024)}),
     "models.archive_refused"),
    (lambda src, tmp: tmp / "missing.keras", "models.not_found"),
], ids=["random bytes", "truncated", "legacy h5", "empty config", "zip bomb inside", "missing"])
def test_unreadable_files_get_a_message_not_a_traceback(files, tmp_path: Path, make, key) -> None:
    with pytest.raises(ModelLoadError) as refused:
        load_model_file(make(files["residual"], tmp_path))
    assert refused.value.key == key
    assert str(refused.value) and str(refused.value) != key and refused.value.text("ko") != key


def test_damaged_weights_are_unreadable(files, tmp_path: Path) -> None:
    broken = rewritten(files["residual"], tmp_path / "weights.keras", extra={"model.weights.h5": b"\x00" * 500})
    with pytest.raises(ModelLoadError) as refused:
        load_model_file(broken)
    assert refused.value.key == "models.unreadable" and "weights.keras" in str(refused.value)


def test_size_limit(files) -> None:
    with pytest.raises(ModelLoadError, match="limit") as refused:
        load_model_file(files["residual"], max_bytes=1000)
    assert refused.value.key == "models.too_large"


def test_one_loader_one_wording_for_runs_predict_and_uploads(files, tmp_path: Path) -> None:
    from cnnviz.inspect import predict
    from cnnviz.runs import store as runs

    assert predict.ModelLoadError is ModelLoadError
    junk = tmp_path / "final.keras"
    junk.write_bytes(b"junk" * 100)
    messages = set()
    for load in (lambda: load_model_file(junk), lambda: predict.load_keras_model(junk),
                 lambda: runs.load_model(tmp_path), lambda: modelfile.load_model_bytes(junk.read_bytes(), junk.name)):
        with pytest.raises(ModelLoadError) as refused:
            load()
        messages.add(str(refused.value))
    assert len(messages) == 1
    bundled = load_model_file(predict.default_model_path())
    assert modelfile.check_image_classifier(bundled) is None


@pytest.mark.parametrize(("name", "key"), [
    ("dense", "models.not_image_input"), ("regression", "models.not_class_vector"),
    ("four_channels", "models.bad_channels"), ("any_size", "models.input_size_not_fixed"),
])
def test_models_that_are_not_image_classifiers_are_refused_with_a_reason(files, name, key) -> None:
    model = load_model_file(files[name])
    reason = modelfile.check_image_classifier(model)
    assert reason is not None and reason.key == key


def test_residual_model_is_described_with_inbound_layers_and_our_formulas(files) -> None:
    model = load_model_file(files["residual"])
    assert modelfile.check_image_classifier(model) is None
    summary = describe_model(model)
    rows = {row.name: row for row in summary.rows}
    assert [row.name for row in summary.rows] == ["c1", "c2", "add", "relu", "pool", "c3", "gap", "scores"]
    assert rows["add"].inbound == ("c1", "c2") and not rows["add"].known and summary.has_branches
    assert rows["c2"].inbound == ("c1",) and rows["c1"].inbound == ("image",)
    assert rows["c1"].known and rows["c1"].formula == "(3·3·3 + 1)·4 = 112"
    assert rows["c3"].formula == "(3·3·4 + 1)·6 = 222" and rows["c3"].output_shape == (6, 6, 6)
    assert rows["relu"].type == "ReLU" and not rows["relu"].known and rows["relu"].formula == ""
    for layer in model.layers[1:]:
        assert rows[layer.name].params == layer.count_params()
        assert rows[layer.name].output_shape == tuple(layer.output.shape[1:])
    assert summary.total_params == model.count_params()
    text = modelfile.summary_text(summary)
    assert "add (Add)" in text and "← c1, c2" in text and "Accepted" in text


def test_description_of_a_built_sequential_model_matches_the_shape_table(tmp_path: Path) -> None:
    from cnnviz.arch.presets import PRESETS
    from cnnviz.arch.shapes import summarize
    from cnnviz.models.builder import build_model

    arch = PRESETS["fashion-convnet"].architecture
    model = load_model_file(save(build_model(arch), tmp_path / "preset.keras"))
    described = describe_model(model)
    expected = summarize(arch)
    assert [(r.name, r.type, r.output_shape, r.params, r.formula, r.shape_formula, r.flops) for r in described.rows] \
        == [(r.name, r.type, r.output_shape, r.params, r.formula, r.shape_formula, r.flops) for r in expected.rows]
    assert all(row.known for row in described.rows) and described.sequential


def test_uploads_are_checked_stored_listed_and_deleted(files, tmp_path: Path) -> None:
    root = tmp_path / "models"
    stored = modelfile.store_model_file(files["residual"].read_bytes(), "my net.keras", root,
                                        class_names=("cat", "dog", "fox"))
    assert stored.problem is None and stored.input_shape == (16, 16, 3) and stored.class_names == ("cat", "dog", "fox")
    assert stored.name == "my net" and stored.path.parent == root
    loaded = load_model_file(stored.model_file)
    image = np.random.default_rng(0).random((2, 16, 16, 3), np.float32)
    np.testing.assert_allclose(loaded.predict(image, verbose=0),
                               load_model_file(files["residual"]).predict(image, verbose=0), rtol=1e-6)
    for data, name, key in ((files["lambda"].read_bytes(), "lambda.keras", "models.unsafe_lambda"),
                            (files["dense"].read_bytes(), "dense.keras", "models.not_image_input"),
                            (b"junk", "junk.keras", "models.not_keras_zip")):
        with pytest.raises(ModelLoadError) as refused:
            modelfile.store_model_file(data, name, root)
        assert refused.value.key == key and (key == "models.not_image_input" or name in str(refused.value))
    with pytest.raises(ModelLoadError, match="2 class names"):
        modelfile.store_model_file(files["residual"].read_bytes(), "x.keras", root, class_names=("a", "b"))
    broken = root / "broken"
    broken.mkdir()
    listed = modelfile.list_model_files(root)
    assert {s.id for s in listed} == {stored.id, "broken"}  # refused uploads left nothing behind
    assert next(s for s in listed if s.id == "broken").problem is not None
    modelfile.delete_model_file(root, stored.id)
    assert [s.id for s in modelfile.list_model_files(root)] == ["broken"]
    with pytest.raises(ModelLoadError):
        modelfile.delete_model_file(root, "../models")
