"""The look-inside pages in Korean beyond their first screen: a Fashion-MNIST run's classes in Korean on the
confusion matrix (axes, selects, table), the per-class table's progress columns configured under their Korean
names, and the Feature maps and Kernels pages' other states without an English sentence."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from cnnviz import i18n
from cnnviz.data.datasets import DATASET_INFO
from cnnviz.figures.inspect import metric_columns
from tests.inspect_helpers import make_tiny_run
from tests.visible_text import english_sentences, page_texts

ROOT = Path(__file__).resolve().parent.parent
FASHION_KO = ["티셔츠/탑", "바지", "풀오버", "드레스", "코트", "샌들", "셔츠", "스니커즈", "가방", "앵클 부츠"]


@pytest.fixture(scope="module")
def clothes_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("korean_clothes")
    make_tiny_run(root, name="clothes", dataset="fashion_mnist", epochs=1)
    return root


@pytest.fixture
def korean() -> Iterator[None]:
    # AppTest formats a widget's options with its format_func outside the session, where only this fallback counts.
    i18n.set_language("ko")
    yield
    i18n.set_language("en")


def korean_page(page: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    at.query_params["lang"] = "ko"
    at.run()
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _page_tables(at: AppTest) -> list:
    """The page's own tables: those in a chart's "About this chart" expander (its data as text) left out."""
    about = tuple(i18n.t("figures.describe.about", lang) for lang in ("en", "ko"))  # an image's label goes on
    charts = {id(frame) for e in at.expander if e.label.startswith(about) for frame in e.dataframe}
    return [frame for frame in at.dataframe if id(frame) not in charts]


def _column_config(at: AppTest) -> dict:
    return json.loads(_page_tables(at)[0].proto.columns)


@pytest.mark.slow
def test_korean_confusion_page_shows_korean_classes_and_keeps_its_progress_columns(clothes_root, monkeypatch,
                                                                                   korean) -> None:
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(clothes_root))
    at = korean_page("pages/look/confusion.py")
    assert english_sentences(page_texts(at)) == []

    columns = metric_columns()
    assert (columns["precision"], columns["recall"]) == ("정밀도", "재현율")
    config = _column_config(at)
    for name in ("precision", "recall", "F1"):
        assert config[columns[name]]["type_config"]["type"] == "progress", name
        assert config[columns[name]]["label"] == columns[name]
    table = _page_tables(at)[0].value
    assert table[columns["class"]].tolist() == FASHION_KO

    selects = [box for box in at.selectbox if box.key.startswith(("cm_true_", "cm_pred_"))]
    assert [box.label for box in selects] == ["실제 클래스", "예측 클래스"]
    for box in selects:
        assert box.options == FASHION_KO and isinstance(box.value, int)  # values stay class indices
    # A click reports the axis label of the cell: the axes carry exactly the names the selects show.
    matrix = json.loads(at.get("plotly_chart")[0].proto.spec)["data"][0]
    assert list(matrix["x"]) == FASHION_KO and list(matrix["y"]) == FASHION_KO

    true_key, pred_key = selects[0].key, selects[1].key
    at.selectbox(key=true_key).set_value(1)
    at.selectbox(key=pred_key).set_value(1).run()
    assert not at.exception
    assert any(md.value.startswith("맞힌 이미지") and "*바지*" in md.value for md in at.markdown)


@pytest.mark.slow
def test_the_english_confusion_table_keeps_its_english_column_names(clothes_root, monkeypatch) -> None:
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(clothes_root))
    at = AppTest.from_file(str(ROOT / "pages/look/confusion.py"), default_timeout=180)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    config = _column_config(at)
    assert {name: config[name]["type_config"]["type"] for name in ("precision", "recall", "F1")} == {
        "precision": "progress", "recall": "progress", "F1": "progress"}
    assert _page_tables(at)[0].value["class"].tolist() == list(DATASET_INFO["fashion_mnist"].class_names)


@pytest.mark.slow
def test_korean_feature_maps_and_kernels_in_their_other_states(clothes_root, monkeypatch, korean) -> None:
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(clothes_root))
    at = korean_page("pages/look/feature_maps.py")
    assert at.selectbox(key="fm_layer").options[0] == "모든 합성곱 층과 풀링 층"
    assert at.radio(key="fm_source").options == ["데이터셋 이미지", "이미지 올리기", "마지막 그림"]
    assert any("실제 클래스" in c.value for c in at.caption)
    cam_class = next(box for box in at.selectbox if box.key.startswith("fm_cam_class_"))
    assert cam_class.options == FASHION_KO
    assert any(md.value.startswith(f"예측: **{FASHION_KO[cam_class.value]}**") for md in at.markdown)
    at.radio(key="fm_source").set_value("upload").run()
    assert not at.exception
    assert english_sentences(page_texts(at)) == []

    at.switch_page("pages/look/kernels.py").run()
    assert not at.exception
    at.selectbox(key="k_layer").set_value("conv2d_1").run()
    assert not at.exception
    assert at.selectbox(key="k_channel").options == [f"채널 {i}" for i in range(4)]
    assert english_sentences(page_texts(at)) == []
