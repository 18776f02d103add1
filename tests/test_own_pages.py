"""My data, My models, Predict, the Train page's own datasets and the Runs page's export, run headless with AppTest.

Every refusal is checked against the core (the page must show the reason `cnnviz.data.importing` /
`cnnviz.models.modelfile` give for the same bytes) and to leave the user's other datasets and models in place;
predictions are checked against Keras on the image prepared by the core."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from streamlit.testing.v1 import AppTest

from cnnviz.data import images, importing, userdata
from cnnviz.i18n import t
from cnnviz.models import modelfile
from pages.common.text import plain
from tests import model_files
from tests.conftest import as_read
from tests.inspect_helpers import plotly_array
from tests.shapes_data import SHAPES, encode, shape_image, shapes_files, shapes_zip, zip_bytes
from tests.test_cifar_download import keras_cache, served  # noqa: F401  (fixtures: CIFAR-10 on a local server)
from tests.test_userdata import bomb_zip, class_files, png

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 180


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """Empty runs, datasets and models folders of the local workspace."""
    dirs = {name: tmp_path / name for name in ("runs", "datasets", "models")}
    for name, env in (("runs", "CNNVIZ_RUNS_DIR"), ("datasets", "CNNVIZ_DATASETS_DIR"),
                      ("models", "CNNVIZ_MODELS_DIR")):
        monkeypatch.setenv(env, str(dirs[name]))
    return dirs


def _page(page: str, session: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / page), default_timeout=TIMEOUT)
    for key, value in (session or {}).items():
        at.session_state[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _ok(at: AppTest) -> AppTest:
    assert not at.exception, [e.value for e in at.exception]
    return at


def _snapshot(root: Path) -> list[tuple[str, int]]:
    return sorted((str(p.relative_to(root)), p.stat().st_size) for p in root.rglob("*")) if root.exists() else []


def _texts(elements) -> str:
    return " ".join(element.value for element in elements)


# ---- My data ----------------------------------------------------------------------------------------------


def _import(at: AppTest, name: str, data: bytes, *, colour: bool = True, size: int = 32, fit: str = "pad"
            ) -> AppTest:
    if at.radio(key="mydata_section").value != "zip":
        _ok(at.radio(key="mydata_section").set_value("zip").run())
    at.selectbox(key="mydata_size").set_value(size)
    at.radio(key="mydata_colour").set_value("colour" if colour else "grey")
    at.radio(key="mydata_fit").set_value(fit)
    _ok(at.file_uploader(key="mydata_zip_upload").set_value((name, data, "application/zip")).run())
    return _ok(at.button(key="mydata_import").click().run())


def test_a_zip_of_class_folders_becomes_a_dataset_with_counts_preview_and_report(workspace) -> None:
    files = shapes_files(per_class=12, seed=1)
    archive = zip_bytes([(f"shapes/{kind}/{name}", data) for kind, name, data in files]
                        + [("shapes/circle/notes.txt", b"three circles"), ("shapes/__MACOSX/._x.png", b"x")])
    at = _import(_page("pages/build/my_data.py"), "shapes.zip", archive)
    [info] = userdata.list_user_datasets(workspace["datasets"])
    assert info.class_names == SHAPES and info.counts == (12, 12, 12) and info.image_shape == (32, 32, 3)
    assert at.success[0].value == t("build.ownpages.mydata_imported", name="shapes", n=36, classes=3, shape="32×32×3")
    # the per-file report names the skipped file and its reason
    skipped = plain(info.report.lines()[0], limit=600)
    assert "notes.txt" in skipped and skipped in _texts(at.caption)
    # the Datasets section opens on it: its numbers, the count bars and the preview of each class
    assert at.radio(key="mydata_section").value == "datasets" and at.selectbox(key="mydata_view").value == info.id
    assert [m.value for m in at.metric] == ["36", "3", "32×32×3", "Pad"]
    counts, preview = at.get("plotly_chart")
    bars = json.loads(counts.proto.spec)["data"][0]
    assert bars["x"] == list(SHAPES) and plotly_array(bars["y"]).tolist() == [12, 12, 12]
    assert json.loads(preview.proto.spec)["layout"]["yaxis"]["ticktext"] == list(SHAPES)


def test_a_class_with_few_images_is_warned_about(workspace) -> None:
    archive = zip_bytes(class_files(("a", "b"), n=6) + [(f"c/c{i}.png", png(seed=100 + i)) for i in range(40)])
    at = _import(_page("pages/build/my_data.py"), "few.zip", archive, colour=False)
    warnings = _texts(at.warning)
    for expected in userdata.dataset_warnings(("a", "b", "c"), (6, 6, 40)):
        assert plain(expected, limit=400) in warnings
    assert len(userdata.dataset_warnings(("a", "b", "c"), (6, 6, 40))) == 3  # two small classes and the 6.7× imbalance


HOSTILE = {
    "parent path": lambda: zip_bytes(class_files() + [("../evil/x.png", png())]),
    "absolute path": lambda: zip_bytes(class_files() + [("/etc/cron.d/x.png", png())]),
    "zip bomb": bomb_zip,
    "not a zip": lambda: b"PK but not really a zip archive" * 10,
    "one class": lambda: zip_bytes(class_files(("a",))),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_hostile_archive_is_refused_with_its_rule_and_the_other_datasets_stay(workspace, case) -> None:
    existing = importing.import_zip(zip_bytes(class_files(n=6)), "Existing", workspace["datasets"]).info
    before = _snapshot(workspace["datasets"])
    archive = HOSTILE[case]()
    with pytest.raises(importing.ImportRefused) as refused:  # the core's reason for the same bytes
        importing.import_zip(archive, "probe", workspace["datasets"], images.ImportSettings(size=32, color=True))
    at = _import(_page("pages/build/my_data.py"), "hostile.zip", archive)
    [error] = at.error
    assert error.value == t("build.ownpages.mydata_refused", file="hostile.zip", reason=plain(refused.value, limit=800))
    assert _snapshot(workspace["datasets"]) == before
    _ok(at.radio(key="mydata_section").set_value("datasets").run())
    assert at.selectbox(key="mydata_view").options == [
        t("build.ownpages.mydata_label", name="Existing", n=12, classes=2, shape="32×32×1")]
    assert userdata.load_user_dataset(existing.path).num_classes == 2


def _jpeg(kind: str, seed: int) -> bytes:
    return encode(shape_image(kind, np.random.default_rng(seed), 80).convert("RGB"), "JPEG")


def test_a_dataset_built_class_by_class_from_files_and_webcam_shots(workspace) -> None:
    at = _page("pages/build/my_data.py")
    _ok(at.radio(key="mydata_section").set_value("classes").run())
    at.radio(key="mydata_colour").set_value("colour")
    for name in ("circle", "square", "circle"):  # the second "circle" is refused as a repeat
        at.text_input(key="mydata_new_class").input(name)
        _ok(next(b for b in at.button if b.label == t("build.ownpages.mydata_add_class")).click().run())
    assert at.error[0].value == plain(images.UserDataError("userdata.duplicate_class", cls="circle"), limit=800)
    ident = {name: hashlib.sha1(name.encode()).hexdigest()[:10] for name in ("circle", "square")}
    uploader = next(u for u in at.file_uploader if u.key.startswith(f"mydata_files_{ident['circle']}_"))
    uploads = [(f"c{i}.png", png(side=50, seed=i, kind="circle"), "image/png") for i in range(5)]
    _ok(uploader.set_value([*uploads, ("readme.png", b"not an image", "image/png")]).run())
    # the files went in and a fresh, empty uploader took the place of the used one
    assert not any(u.key == uploader.key for u in at.file_uploader)
    _ok(at.toggle(key=f"mydata_cam_on_{ident['square']}").set_value(True).run())
    for i in range(4):
        _ok(at.camera_input[0].set_value(("shot.jpg", _jpeg("square", i), "image/jpeg")).run())
    heads = [m.value for m in at.markdown if m.value.startswith("**")]
    assert heads == [t("build.ownpages.mydata_class_head", name="circle", n=5),
                     t("build.ownpages.mydata_class_head", name="square", n=4)]
    assert "readme.png" in _texts(at.caption)  # the skipped file, with its reason
    # settings are fixed once images are in
    assert at.selectbox(key="mydata_size").disabled and at.radio(key="mydata_colour").disabled
    at.text_input(key="mydata_build_name").input("desk things")
    _ok(at.button(key="mydata_save").click().run())
    [info] = userdata.list_user_datasets(workspace["datasets"])
    assert info.name == "desk things" and info.class_names == ("circle", "square") and info.counts == (5, 4)
    assert info.image_shape == (32, 32, 3) and info.source == {"kind": "classes", "upload": 5, "webcam": 4}
    assert at.success[0].value == t("build.ownpages.mydata_saved", name="desk things", n=9, classes=2, shape="32×32×3")
    expected = images.model_input(uploads[0][1], images.ImportSettings(size=32, color=True))
    stored = userdata.class_examples(info.path)["circle"][0]
    np.testing.assert_array_equal(stored, np.round(expected * 255).astype(np.uint8))


def test_delete_asks_first_and_removes_only_that_dataset(workspace) -> None:
    keep = importing.import_zip(zip_bytes(class_files(n=6)), "Keep", workspace["datasets"]).info
    drop = importing.import_zip(zip_bytes(class_files(("x", "y"), n=6)), "Drop", workspace["datasets"]).info
    at = _page("pages/build/my_data.py")
    _ok(at.selectbox(key="mydata_view").set_value(drop.id).run())
    _ok(at.button(key="mydata_delete").click().run())
    assert drop.path.exists() and t("build.ownpages.mydata_delete_confirm", name="Drop") == at.warning[-1].value
    _ok(at.button(key="mydata_delete_yes").click().run())
    assert not drop.path.exists() and keep.path.exists()
    assert at.selectbox(key="mydata_view").options == [t("build.ownpages.mydata_label", name="Keep", n=12, classes=2,
                                                         shape="32×32×1")]


def test_a_damaged_dataset_is_listed_with_its_problem(workspace) -> None:
    info = importing.import_zip(zip_bytes(class_files(n=6)), "Broken", workspace["datasets"]).info
    (info.path / userdata.DATA_FILE).unlink()
    at = _page("pages/build/my_data.py")
    damaged = userdata.read_info(info.path)
    assert at.selectbox(key="mydata_view").options == [t("build.ownpages.mydata_damaged_label", name="Broken")]
    problem = damaged.problem
    assert at.error[0].value == t("build.ownpages.mydata_damaged", problem=plain(problem, limit=600))
    assert not any(b.key == "mydata_train" for b in at.button) and at.button(key="mydata_delete")


def test_the_dataset_quota_disables_a_new_import(workspace) -> None:
    from cnnviz.runs.workspace import Quotas

    for i in range(Quotas().datasets):
        importing.import_zip(zip_bytes(class_files(n=6)), f"Set {i}", workspace["datasets"],
                             images.ImportSettings(size=8))
    at = _page("pages/build/my_data.py")
    _ok(at.radio(key="mydata_section").set_value("zip").run())
    _ok(at.file_uploader(key="mydata_zip_upload").set_value(("x.zip", zip_bytes(class_files()), "x")).run())
    assert at.button(key="mydata_import").disabled
    assert at.warning[0].value == t("build.ownpages.mydata_quota_full", n=10, limit=10)


# ---- My models ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def model_bytes(tmp_path_factory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("model_files")
    files = {
        "residual": model_files.save(model_files.residual_model(), folder / "residual.keras"),
        "lambda": model_files.lambda_model_file(folder / "lambda.keras", folder / "marker"),
        "dense": model_files.dense_model_file(folder / "dense.keras"),
    }
    data = {name: path.read_bytes() for name, path in files.items()}
    data["corrupt"] = b"PK\x03\x04" + bytes(range(256)) * 20
    data["truncated"] = data["residual"][: len(data["residual"]) // 2]
    data["marker"] = str(folder / "marker").encode()
    return data


def _upload_model(at: AppTest, name: str, data: bytes, classes: str = "") -> AppTest:
    _ok(at.file_uploader(key="models_upload").set_value((name, data, "application/octet-stream")).run())
    at.text_input(key="models_classes").input(classes)
    return _ok(at.button(key="models_add").click().run())


def test_an_uploaded_model_is_summarised_with_our_formulas_and_its_branches(workspace, model_bytes) -> None:
    at = _upload_model(_page("pages/look/models.py"), "residual.keras", model_bytes["residual"],
                       "circle, square, triangle")
    [stored] = modelfile.list_model_files(workspace["models"])
    assert stored.class_names == SHAPES and stored.input_shape == (16, 16, 3)
    assert at.success[0].value == t("look.ownpages.models_stored", name="residual")
    table = at.table[0].value
    model = modelfile.load_model_file(stored.model_file)
    layers = [layer for layer in model.layers if type(layer).__name__ != "InputLayer"]
    assert list(table[t("look.ownpages.col_layer")]) == [layer.name for layer in layers]
    assert list(table[t("look.ownpages.col_params")]) == [f"{layer.count_params():,}" for layer in layers]
    shapes = ["×".join(map(str, layer.output.shape[1:])) for layer in layers]
    assert list(table[t("look.ownpages.col_output")]) == shapes
    inbound = dict(zip(table[t("look.ownpages.col_layer")], table[t("look.ownpages.col_inbound")], strict=True))
    assert inbound["add"] == "c1, c2" and inbound["c2"] == "c1"  # the residual block's two branches
    formulas = dict(zip(table[t("look.ownpages.col_layer")], table[t("look.ownpages.col_formula")], strict=True))
    assert formulas["c1"] == plain("(3·3·3 + 1)·4 = 112") and formulas["add"] == t("look.ownpages.models_keras_count")
    assert t("look.ownpages.models_totals", total=model.count_params(), trainable=model.count_params(), frozen=0,
             known=6, n=8) in _texts(at.caption)


HOSTILE_MODELS = ("lambda", "corrupt", "truncated", "dense")


@pytest.mark.parametrize("case", HOSTILE_MODELS)
def test_a_hostile_or_unusable_model_file_is_refused_with_its_reason_and_the_others_stay(
        workspace, model_bytes, case) -> None:
    kept = modelfile.store_model_file(model_bytes["residual"], "kept.keras", workspace["models"])
    before = _snapshot(workspace["models"])
    with pytest.raises(modelfile.ModelLoadError) as refused:  # the core's reason for the same bytes
        modelfile.store_model_file(model_bytes[case], f"{case}.keras", workspace["models"])
    at = _upload_model(_page("pages/look/models.py"), f"{case}.keras", model_bytes[case])
    assert at.error[0].value == t("look.ownpages.models_refused", reason=plain(refused.value, limit=800))
    expected_reason = {"lambda": "Lambda layer", "corrupt": "is not a .keras model file",
                       "truncated": "is not a .keras model file", "dense": "an image input is"}[case]
    assert expected_reason in str(refused.value)
    assert not Path(model_bytes["marker"].decode()).exists()  # the Lambda's code never ran
    assert _snapshot(workspace["models"]) == before
    assert at.selectbox(key="models_view").options == [t("common.ownpages.upload_label", name="kept", shape="16×16×3",
                                                         n=3)]
    assert [m.id for m in modelfile.list_model_files(workspace["models"])] == [kept.id]


def _shape_photo(kind: str = "triangle", size: tuple[int, int] = (90, 60), seed: int = 5) -> bytes:
    """A shape on a non-square photo (so padding and cropping differ), as PNG."""
    square = shape_image(kind, np.random.default_rng(seed), max(size))
    return encode(square.resize(size), "PNG")


@pytest.mark.slow
def test_an_uploaded_model_on_feature_maps_kernels_confusion_and_predict(workspace, model_bytes) -> None:
    from cnnviz.inspect import extract

    stored = modelfile.store_model_file(model_bytes["residual"], "residual.keras", workspace["models"],
                                        class_names=SHAPES)
    model = modelfile.load_model_file(stored.model_file)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    _ok(at.run())
    _ok(at.switch_page("pages/look/models.py").run())
    _ok(at.button(key="models_open_feature_maps").click().run())
    assert at.title[0].value == "Feature maps"
    assert at.selectbox(key="fm_run").value == str(stored.path)
    assert at.radio(key="fm_source_own").options == ["Upload an image", "Last drawing"]  # no dataset split
    photo = _shape_photo()
    at.switch_page("pages/look/feature_maps.py")  # AppTest's next runs stay on the page st.switch_page opened
    _ok(at.file_uploader(key="fm_upload").set_value(("tri.png", photo, "image/png")).run())
    feature_layers = extract.feature_layer_names(model)
    assert "add" in feature_layers and len(at.get("plotly_chart")) == 3 + len(feature_layers)
    assert any(md.value.startswith("Predicted **") and md.value.split("**")[1] in SHAPES for md in at.markdown)

    _ok(at.switch_page("pages/look/kernels.py").run())
    assert at.selectbox(key="k_layer").options == ["c1", "c2", "c3"]
    assert t("look.ownpages.kernels_no_initial") in _texts(at.caption)
    assert at.info[0].value == t("look.ownpages.kernels_no_dead_check")
    assert len(at.get("plotly_chart")) == 3

    _ok(at.switch_page("pages/look/confusion.py").run())
    assert at.info[0].value == t("look.ownpages.confusion_needs_run") and not at.get("plotly_chart")

    _ok(at.switch_page("pages/play/predict.py").run())
    assert at.selectbox(key="pr_run").value == str(stored.path)
    _ok(at.file_uploader(key="pr_upload").set_value(("tri.png", photo, "image/png")).run())
    from cnnviz.data.preprocess import load_image, to_model_input

    expected = model.predict(to_model_input(load_image(photo), (16, 16, 3))[None], verbose=0)[0]
    assert at.metric[0].value == SHAPES[int(expected.argmax())]
    assert at.metric[1].value == f"{expected.max():.1%}"


# ---- Predict and the runs of a user dataset ------------------------------------------------------------------


@pytest.fixture(scope="module")
def shapes_run(tmp_path_factory) -> dict[str, Path]:
    """A user dataset of shapes (32×32 colour) and a small CNN trained on it in this process."""
    from cnnviz.arch.spec import Architecture, Conv2D, Dense, Flatten, MaxPooling2D
    from cnnviz.train.config import TrainingConfig
    from cnnviz.train.job import TrainingJob

    base = tmp_path_factory.mktemp("own")
    info = importing.import_zip(shapes_zip(per_class=40, seed=2), "Shapes", base / "datasets",
                                images.ImportSettings(size=32, color=True)).info
    arch = Architecture((32, 32, 3), (Conv2D(8, (3, 3), padding="same", activation="relu"), MaxPooling2D((2, 2)),
                                      Conv2D(16, (3, 3), padding="same", activation="relu"), MaxPooling2D((2, 2)),
                                      Flatten(), Dense(3, activation="softmax")))
    config = TrainingConfig(dataset="user", data_path=str(info.path), epochs=4, batch_size=16, learning_rate=0.003,
                            early_stopping=False, seed=1)
    progress = TrainingJob(arch, config, name="shapes run", root=base / "runs").run()
    assert progress.state == "finished", progress.message
    return {"base": base, "run": progress.run_dir, "dataset": info.path}


@pytest.fixture
def with_run(shapes_run, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    base = shapes_run["base"]
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(base / "runs"))
    monkeypatch.setenv("CNNVIZ_DATASETS_DIR", str(base / "datasets"))
    monkeypatch.setenv("CNNVIZ_MODELS_DIR", str(base / "models"))
    return shapes_run


@pytest.mark.slow
@pytest.mark.parametrize("source", ["upload", "camera"])
def test_predict_prepares_an_image_like_the_users_dataset(with_run, source) -> None:
    from cnnviz.runs import store as runs

    at = _page("pages/play/predict.py")
    assert at.selectbox(key="pr_run").value == str(with_run["run"])
    assert t("play.ownpages.predict_prep_user", size=32, colour="colour",
             fit="padded to a square") in _texts(at.caption)
    photo = _shape_photo("square", (120, 70))
    if source == "camera":
        photo = encode(Image.open(io.BytesIO(photo)).convert("RGB"), "JPEG")
        _ok(at.radio(key="pr_source").set_value("camera").run())
        _ok(at.camera_input(key="pr_camera").set_value(("shot.jpg", photo, "image/jpeg")).run())
    else:
        _ok(at.file_uploader(key="pr_upload").set_value(("square.png", photo, "image/png")).run())
    model = runs.load_model(with_run["run"])
    image = images.model_input(photo, images.ImportSettings(size=32, color=True, fit="pad"))
    expected = model.predict(image[None], verbose=0)[0]
    assert at.metric[0].value == SHAPES[int(expected.argmax())]
    assert at.metric[1].value == f"{expected.max():.1%}"
    charts = {chart.proto.id: json.loads(chart.proto.spec) for chart in at.get("plotly_chart")}
    bars = next(spec for spec in charts.values() if spec["data"][0]["type"] == "bar")
    assert bars["data"][0]["x"] == list(SHAPES)
    np.testing.assert_allclose(plotly_array(bars["data"][0]["y"]), expected, rtol=1e-5, atol=1e-6)
    # the input shown is the prepared image (stored colour pixels), after the grey-or-colour and padding steps
    shown = next(spec for spec in charts.values() if spec["data"][0]["type"] == "image" and
                 spec["layout"].get("title", {}).get("text") == t("play.ownpages.res_model_input", height=32, width=32))
    assert plotly_array(shown["data"][0]["z"]).shape == (32, 32, 3)
    assert [chart.key for chart in at.get("plotly_chart")] == [
        "pr_probabilities", "pr_steps", "pr_input", "pr_gradcam", "pr_maps_conv2d", "pr_maps_conv2d_1"]


@pytest.mark.slow
def test_predict_with_the_bundled_digit_model_uses_the_mnist_steps(workspace) -> None:
    from PIL import ImageDraw

    from cnnviz.data.preprocess import load_image, to_mnist
    from cnnviz.inspect.predict import Predictor

    picture = Image.new("RGB", (200, 160), "white")
    ImageDraw.Draw(picture).line([(100, 20), (100, 140)], fill=(10, 10, 10), width=14)
    data = encode(picture, "PNG")
    at = _page("pages/play/predict.py")
    assert at.selectbox(key="pr_run").value == "bundled" and at.selectbox(key="pr_run").options == [
        t("common.ownpages.bundled_model")]
    assert t("play.ownpages.predict_prep_mnist") in _texts(at.caption)
    _ok(at.file_uploader(key="pr_upload").set_value(("one.png", data, "image/png")).run())
    expected = Predictor.default().probabilities(to_mnist(load_image(data)).image)
    assert at.metric[0].value == str(int(expected.argmax())) and at.metric[1].value == f"{expected.max():.1%}"


def test_predict_says_why_a_file_is_not_an_image(workspace) -> None:
    at = _page("pages/play/predict.py")
    _ok(at.file_uploader(key="pr_upload").set_value(("notes.png", b"just text", "image/png")).run())
    assert at.error[0].value.startswith("notes.png: ") and "not a readable image" in at.error[0].value
    assert not at.metric


@pytest.mark.slow
def test_the_confusion_matrix_of_a_user_dataset_run_uses_its_class_names(with_run) -> None:
    from cnnviz.train.evaluate import evaluate_run

    at = _page("pages/look/confusion.py")
    result = evaluate_run(with_run["run"], "test")
    assert at.metric[0].value == f"{result['accuracy']:.2%}"
    heatmap = json.loads(at.get("plotly_chart")[0].proto.spec)["data"][0]
    assert list(heatmap["x"]) == list(SHAPES) and list(heatmap["y"]) == list(SHAPES)
    assert plotly_array(heatmap["text"]).tolist() == np.asarray(result["confusion_matrix"]).tolist()


# ---- Train: the workspace's datasets, the class count, the download progress --------------------------------


def _train_dataset_script() -> None:
    import streamlit as st

    from cnnviz.arch.presets import PRESETS
    from pages.build import training as ui
    from pages.common.workspace import current_workspace

    choice, dataset = ui.pick_dataset(current_workspace())
    if dataset is not None:
        ready = ui.fit_to_dataset(PRESETS["fashion-convnet"].architecture, dataset)
        if ready is not None:
            st.session_state["ready_architecture"] = ready.to_dict()
            st.session_state["data_fields"] = ui.training_data_fields(choice)


@pytest.mark.slow
def test_train_lists_my_datasets_and_adapts_the_input_shape_and_the_class_count(with_run) -> None:
    from cnnviz.arch.spec import Architecture
    from cnnviz.models.builder import build_model

    info = userdata.read_info(with_run["dataset"])
    at = AppTest.from_function(_train_dataset_script, default_timeout=TIMEOUT)
    _ok(at.run())
    choice = f"user:{info.id}"
    box = at.selectbox(key="train_dataset")
    assert t("build.ownpages.train_mine", name="Shapes", n=120, classes=3, shape="32×32×3") in box.options
    _ok(box.set_value(choice).run())
    label = t("build.ownpages.train_adapt_both", shape="32×32×3", n=3)
    assert at.checkbox(key="train_adapt").label == label
    _ok(at.checkbox(key="train_adapt").check().run())
    adapted = Architecture.from_dict(at.session_state["ready_architecture"])
    model = build_model(adapted)
    assert tuple(model.input_shape[1:]) == (32, 32, 3) and model.output_shape[-1] == 3
    assert at.success[0].value == t("build.ownpages.train_adapted", params=model.count_params())
    assert at.session_state["data_fields"] == {"dataset": "user", "sample": False,
                                               "data_path": str(with_run["dataset"].resolve())}


def test_a_deleted_dataset_chosen_on_train_falls_back_to_the_sample(workspace) -> None:
    at = AppTest.from_function(_train_dataset_script, default_timeout=TIMEOUT)
    at.session_state["train_dataset"] = "user:gone-1234abcd"
    _ok(at.run())
    assert at.selectbox(key="train_dataset").value == "mnist_sample"


def test_a_cifar_download_shows_its_progress(workspace, keras_cache, served) -> None:  # noqa: F811
    at = AppTest.from_function(_train_dataset_script, default_timeout=TIMEOUT)
    at.session_state["train_dataset"] = "cifar10"
    _ok(at.run())
    [bar] = at.get("progress")
    mb = served["size"] / 2**20
    assert bar.proto.value == 100
    assert bar.proto.text == t("build.ownpages.train_downloading", name="CIFAR-10", done=mb, total=mb)
    assert f"download ({served['url']})" in as_read(_texts(at.caption))


# ---- Runs: export ------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_export_gives_a_tflite_file_and_a_predict_py_that_agree_with_keras(with_run, tmp_path: Path) -> None:
    from cnnviz.runs import store as runs

    run_dir = with_run["run"]
    at = _page("pages/build/runs.py", {"runs_selected": str(run_dir)})
    _ok(at.button(key="runs_export").click().run())
    tflite = run_dir / "export" / "shapes_run.tflite"
    assert tflite.is_file() and (run_dir / "export" / "predict.py").is_file()
    downloads = {button.proto.label for button in at.get("download_button")}
    assert t("build.ownpages.export_script") in downloads
    assert t("build.ownpages.export_tflite", kb=tflite.stat().st_size / 1024) in downloads
    # the script runs the .tflite on an image file prepared like the dataset: same answer as Keras
    folder = tmp_path / "away"
    folder.mkdir()
    (folder / tflite.name).write_bytes(tflite.read_bytes())
    (folder / "predict.py").write_bytes((run_dir / "export" / "predict.py").read_bytes())
    photo = folder / "circle.png"
    photo.write_bytes(_shape_photo("circle", (70, 110)))
    out = subprocess.run([sys.executable, str(folder / "predict.py"), str(photo), "--json", "--top", "3"],
                         capture_output=True, text=True, timeout=300, cwd=folder, check=True)
    top = json.loads(out.stdout)[0]["top"]
    image = images.model_input(photo.read_bytes(), images.ImportSettings(size=32, color=True, fit="pad"))
    expected = runs.load_model(run_dir).predict(image[None], verbose=0)[0]
    assert [name for name, _ in top] == [SHAPES[i] for i in np.argsort(expected)[::-1]]
    np.testing.assert_allclose([p for _, p in top], np.sort(expected)[::-1], atol=1e-5)
