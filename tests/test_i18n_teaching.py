"""The teaching texts, figures and class names speak the current language: every text really translated,
the same numbers in both languages, search in both languages, figures whose words are Korean and whose data
are identical under `set_language("ko")`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import plotly.graph_objects as go
import pytest

from cnnviz import i18n
from cnnviz.arch.presets import PRESETS
from cnnviz.arch.shapes import summarize
from cnnviz.arch.spec import LAYER_CLASSES
from cnnviz.data.classnames import class_key, display_class_names
from cnnviz.data.datasets import DATASET_INFO
from cnnviz.figures import architecture, draw, inspect
from cnnviz.figures import lab as lab_figures
from cnnviz.figures import training as training_figures
from cnnviz.i18n import t_or_empty
from cnnviz.learn import lab
from cnnviz.learn import training_step as lab_training
from cnnviz.learn.concepts import CONCEPTS, CONCEPTS_BY_KEY, search
from cnnviz.texts import CATALOG
from cnnviz.train.progress import TrainingEvent

ROOT = Path(__file__).resolve().parent.parent
HANGUL = re.compile(r"[\uac00-\ud7a3]")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
TEACHING_AREAS = ("glossary", "training_help", "concepts", "presets", "figures", "lab_text", "classes")
SAME_IN_BOTH = {"figures.inspect.f1"}  # "F1" is the metric's name in Korean too
FASHION = ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot")
FASHION_KO = ["티셔츠/탑", "바지", "풀오버", "드레스", "코트", "샌들", "셔츠", "스니커즈", "가방", "앵클 부츠"]


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language("en")


def teaching_keys() -> list[str]:
    return sorted(k for k in CATALOG if k.split(".")[0] in TEACHING_AREAS)


def both(make):
    """What make() returns in English and in Korean."""
    i18n.set_language("en")
    english = make()
    i18n.set_language("ko")
    korean = make()
    i18n.set_language("en")
    return english, korean


# ---- the catalog entries themselves ---------------------------------------------------------------------


@pytest.mark.parametrize("key", teaching_keys())
def test_every_teaching_text_is_really_translated_with_the_same_numbers(key: str) -> None:
    entry = CATALOG[key]
    if key not in SAME_IN_BOTH:
        assert entry["ko"] != entry["en"], key
        assert HANGUL.search(entry["ko"]), f"{key}: no Korean in {entry['ko']!r}"
    if not key.endswith(".keywords"):  # keywords are search words, not sentences
        # Korean may write a number where English writes a word ("1차원" for "flat"), never drop one.
        assert set(NUMBER.findall(entry["en"])) <= set(NUMBER.findall(entry["ko"])), key
        assert entry["en"].count("**") == entry["ko"].count("**"), key  # Markdown bold kept
        assert re.findall(r"`[^`]+`", entry["en"]) == re.findall(r"`[^`]+`", entry["ko"]), key  # code kept


def glossary_key(key: str) -> str:
    """The catalog key of a setting ('padding') or layer type ('Conv2D'), as the Build page names it."""
    return f"glossary.{key.lower()}"


def test_glossary_covers_every_layer_type_and_the_settings_the_build_page_asks_about() -> None:
    form = (ROOT / "pages/build/build_form.py").read_text(encoding="utf-8")
    asked = set(re.findall(r't_or_empty\("glossary\.(\w+)"\)', form))
    asked |= set(re.findall(r'_(?:number|choice)\(row, "[^"]+", (?:\w+, )?layer_id, "\w+", "(\w+)"', form))
    assert {"padding", "filters", "pool_size", "units"} <= asked  # the page still asks in these two ways
    for key in [*LAYER_CLASSES, *asked]:
        english, korean = both(lambda key=key: t_or_empty(glossary_key(key)))
        assert english and korean and english != korean, key
        assert glossary_key(key) in CATALOG
    assert t_or_empty(glossary_key("no_such_setting")) == ""


def test_training_help_covers_every_setting_the_train_pages_ask_about() -> None:
    train_pages = ("pages/build/train.py", "pages/build/training.py")
    source = "".join((ROOT / p).read_text(encoding="utf-8") for p in train_pages)
    asked = set(re.findall(r't_or_empty\("training_help\.(\w+)"\)', source))
    assert {"optimizer", "learning_rate", "early_stopping", "run_name"} <= asked
    for key in asked:
        english, korean = both(lambda key=key: t_or_empty(f"training_help.{key}"))
        assert english and HANGUL.search(korean) and not HANGUL.search(english), key
    assert t_or_empty("training_help.no_such_setting") == ""


def test_explain_padding_in_korean_says_padding_with_the_same_numbers() -> None:
    english, korean = both(lambda: t_or_empty("glossary.padding"))
    assert "패딩" in korean and "padding" in korean  # the Keras name beside the term
    for number in ("**26**", "**28**", "28 − 3 + 1"):
        assert number in english and number in korean
    assert not HANGUL.search(english)


# ---- concepts and presets ---------------------------------------------------------------------------------


def test_concepts_read_the_current_language() -> None:
    padding = CONCEPTS_BY_KEY["padding"]
    (title_en, text_en, what_en), (title_ko, text_ko, what_ko) = both(
        lambda: (padding.title, padding.explanation, [live.what for live in padding.live_in]))
    assert title_en == "Padding: valid, same, full" and "패딩" in title_ko
    assert "26×26" in text_en and "26×26" in text_ko and "30×30" in text_ko
    assert all(HANGUL.search(w) for w in what_ko) and not any(HANGUL.search(w) for w in what_en)
    for concept in CONCEPTS:
        english, korean = both(lambda concept=concept: (concept.title, concept.explanation, concept.keywords))
        assert english != korean and all(HANGUL.search(part) for part in korean[:2]), concept.key


@pytest.mark.parametrize("language", ["en", "ko"])
def test_search_finds_a_concept_by_its_english_or_korean_words_whatever_the_language(language: str) -> None:
    i18n.set_language(language)
    assert "padding" in [c.key for c in search("패딩")]
    assert "padding" in [c.key for c in search("padding")]
    assert "padding" in [c.key for c in search("PADDING 세임")]  # words of both languages at once
    assert [c.key for c in search("글로럿")] == [c.key for c in search("xavier")] == ["glorot"]
    assert [c.key for c in search("오차 행렬")] == ["confusion-matrix"]
    assert [c.key for c in search("과대적합 콜백")] == ["early-stopping"]  # a Korean keyword
    assert search("zzzz") == [] and len(search("")) == len(CONCEPTS)


def test_preset_titles_and_descriptions_in_korean_state_the_true_parameter_count() -> None:
    for name, preset in PRESETS.items():
        params = f"{summarize(preset.architecture).total_params:,}"
        (title_en, description_en), (title_ko, description_ko) = both(lambda p=preset: (p.title, p.description))
        assert params in description_en and params in description_ko, name
        assert HANGUL.search(description_ko) and HANGUL.search(title_ko) and title_ko != title_en, name


def test_learn_page_texts_read_the_current_language() -> None:
    sobel = lab.KERNEL_PRESETS["Sobel x"]
    (title_en, text_en), (title_ko, text_ko) = both(lambda: (sobel.title, sobel.description))
    assert title_en == "Sobel x" and "소벨" in title_ko and HANGUL.search(text_ko)
    roles_en, roles_ko = both(lambda: dict(lab_training.WEIGHT_ROLES))
    assert list(roles_en) == list(roles_ko) == list(lab_training.WEIGHT_NAMES)
    assert roles_ko["conv_w"] == "합성곱 커널 (kh, kw, 채널, 커널 수)" and roles_en["conv_w"].startswith("conv kernels")
    stage = lab_training.Stage("max_pooling", "tf.nn.max_pool2d(...)", (1, 14, 14, 10))
    assert both(lambda: stage.name) == ("max pooling", "최대 풀링")
    result = lab.slide(np.arange(36, dtype=np.float64).reshape(6, 6), np.ones((6, 6)), "correlate", "valid")
    english, korean = both(lambda: lab.step_at(result, 0).expression(max_terms=4))
    assert "(33 more)" in english and "(항 33개 더)" in korean
    assert english.split("=")[-1] == korean.split("=")[-1] == " 630"


# ---- class names -----------------------------------------------------------------------------------------


def test_display_class_names_translates_built_in_classes_only() -> None:
    assert DATASET_INFO["fashion_mnist"].class_names == FASHION  # the names the mapping was written for
    english, korean = both(lambda: display_class_names(DATASET_INFO["fashion_mnist"].class_names))
    assert english == list(FASHION) and korean == FASHION_KO
    cifar = DATASET_INFO["cifar10"].class_names
    english, korean = both(lambda: display_class_names(cifar))
    assert english == list(cifar)
    assert korean == ["비행기", "자동차", "새", "고양이", "사슴", "개", "개구리", "말", "배", "트럭"]
    digits = DATASET_INFO["mnist"].class_names
    assert both(lambda: display_class_names(digits)) == (list(digits), list(digits))
    own = ["cat_custom", "Coat2", "my shirt", "7"]
    assert both(lambda: display_class_names(own)) == (own, own)
    i18n.set_language("ko")
    assert display_class_names(FASHION_KO) == FASHION_KO  # translating twice changes nothing
    assert class_key("T-shirt/top") == "classes.t_shirt_top"


# ---- figures ---------------------------------------------------------------------------------------------

# Names that are the same in Korean: Keras/plotly identifiers, method names and units a learner types.
KEPT_WORDS = {"Grad", "CAM", "RGB", "softmax", "SGD", "log"}
WORD_KEYS = ("text", "name", "hovertemplate", "hovertext", "prefix", "label", "customdata")


def figure_words(fig: go.Figure) -> list[str]:
    """Every text a figure shows: titles, axis and colour-bar titles, annotations, trace names, hover, buttons."""
    out: list[str] = []

    def walk(node, inside_title: bool = False) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "template":
                    continue
                if isinstance(value, str) and (key in WORD_KEYS or inside_title or key == "title"):
                    out.append(value)
                elif key in WORD_KEYS and isinstance(value, list) and all(isinstance(v, str) for v in value):
                    out.extend(value)
                else:
                    walk(value, inside_title or key == "title")
        elif isinstance(node, (list, tuple)):
            for value in node:
                if isinstance(value, str) and inside_title:
                    out.append(value)
                else:
                    walk(value, inside_title)

    walk(fig.to_dict())
    return out


def english_words(texts: list[str]) -> set[str]:
    words: set[str] = set()
    for text in texts:
        text = re.sub(r"%\{[^}]*\}|<[^>]*>", " ", text)  # plotly tokens and HTML tags
        words |= set(re.findall(r"[A-Za-z]{3,}", text)) - KEPT_WORDS
    return words


def numbers_of(fig: go.Figure) -> list:
    """The figure's data (numbers as they are, texts by the numbers in them) and the numbers written in its
    texts: identical in every language."""
    def numbers(values):
        if isinstance(values, list) and values and all(isinstance(v, str) for v in values):
            return [NUMBER.findall(v) for v in values]
        return values

    data = [{k: numbers(v) for k, v in trace.items() if k in ("x", "y", "z", "customdata", "base", "width")}
            for trace in fig.to_dict()["data"]]
    return [repr(data), sorted(n for text in figure_words(fig) for n in NUMBER.findall(text))]


def event(kind: str, epoch: int, batch: int, loss: float, val: float | None = None) -> TrainingEvent:
    return TrainingEvent(kind, epoch, batch, 0, 0.0, 1.0, None, 0.001, loss, 0.5, val, 0.6 if val else None)


EVENTS = [event("batch", 1, b, 2.0 - b / 10) for b in (1, 2, 3, 4)] + [event("epoch", 1, 4, 1.6, val=1.7)]
HISTORY = [{"epoch": 1, "accuracy": 0.5, "val_accuracy": 0.45},
           {"epoch": 2, "accuracy": 0.9, "val_accuracy": 0.7, "partial": True, "batch": 12}]
PROBABILITIES = np.random.default_rng(0).dirichlet(np.ones(10))
CONV = lab.slide(np.arange(16.0).reshape(4, 4), np.ones((3, 3)), "convolve", "same")
RGB = lab.slide(np.random.default_rng(1).random((4, 4, 3)), np.ones((3, 3, 3)), "correlate", "valid")
FEATURE_MAP = np.arange(16.0).reshape(4, 4) - 8

FIGURES = {
    "learning curve": lambda: training_figures.learning_curve(EVENTS, "loss", 4),
    "history curve": lambda: training_figures.history_curve(HISTORY, "accuracy"),
    "probability bars": lambda: inspect.probability_bars(PROBABILITIES, FASHION),
    "feature maps": lambda: inspect.feature_map_grid(np.ones((4, 4, 3)), "1층"),  # titles come from the caller
    "flat activations": lambda: inspect.feature_map_grid(np.arange(5.0), "2층"),
    "kernels": lambda: inspect.kernel_grid(np.ones((3, 3, 1, 4)), "1층"),
    "weight histograms": lambda: inspect.weight_histograms(np.linspace(-1, 1, 10), np.ones(2), "",
                                                           np.zeros(10), np.zeros(2), 0.246),
    "confusion matrix": lambda: inspect.confusion_heatmap(np.eye(3, dtype=int) * 5 + 1, ["0", "1", "2"]),
    "grad-cam": lambda: inspect.gradcam_overlay(np.zeros((4, 4, 1)), np.zeros((4, 4))),
    "empty gallery": lambda: inspect.image_gallery(np.zeros((0, 4, 4, 1)), []),
    "convolution": lambda: lab_figures.convolution_figure(CONV, lab.step_at(CONV, 5)),
    "channels": lambda: lab_figures.channels_figure(RGB, lab.step_at(RGB, 0)),
    "step animation": lambda: lab_figures.step_animation(RGB),
    "pooling": lambda: lab_figures.pooling_figure(FEATURE_MAP, lab.pool2d(FEATURE_MAP, 2, kind="max"),
                                                  lab.pool2d(FEATURE_MAP, 2, kind="average"), (0, 1)),
    "softmax": lambda: lab_figures.softmax_figure(np.array([1.0, 2.0, 0.5]), np.array([0.2, 0.7, 0.1]),
                                                  ["0", "1", "2"], 1),
    "kernel tiles": lambda: lab_figures.kernels_figure(np.ones((3, 3, 1, 2)), "커널"),
    "loss curve": lambda: lab_figures.loss_curve([1.0, 0.5], [0.1, 0.2]),
    "digits": lambda: lab_figures.digits_figure(np.zeros((2, 4, 4)), [1, 2], [1, 3]),
    "class probabilities": lambda: draw.class_probabilities(PROBABILITIES, [str(i) for i in range(10)]),
}


@pytest.mark.parametrize("name", FIGURES)
def test_figures_in_korean_have_korean_words_and_the_same_numbers(name: str) -> None:
    english, korean = both(FIGURES[name])
    assert numbers_of(english) == numbers_of(korean)
    assert not english_words(figure_words(korean)), english_words(figure_words(korean))
    assert any(HANGUL.search(text) for text in figure_words(korean))
    assert not any(HANGUL.search(text) for text in figure_words(english) if text not in ("커널", "1층", "2층"))


def test_figure_titles_and_axis_titles_read_off_the_layout() -> None:
    loss_en, loss_ko = both(lambda: training_figures.learning_curve(EVENTS, "loss", 4))
    assert loss_en.layout.xaxis.title.text == "epoch" and loss_ko.layout.xaxis.title.text == "에포크"
    assert loss_ko.layout.title.text == "손실 (크로스 엔트로피, 낮을수록 좋음)"
    assert [trace.name for trace in loss_ko.data][1:] == ["훈련 손실 (에포크)", "검증 손실 (에포크)"]
    matrix_en, matrix_ko = both(lambda: inspect.confusion_heatmap(np.eye(2, dtype=int), FASHION[:2]))
    assert (matrix_ko.layout.xaxis.title.text, matrix_ko.layout.yaxis.title.text) == ("예측 클래스", "실제 클래스")
    assert matrix_ko.layout.title.text == "오차 행렬" and matrix_en.layout.title.text == "Confusion matrix"
    assert list(matrix_ko.data[0].x) == list(FASHION[:2])  # names a click reports back stay as the caller gave
    bars_en, bars_ko = both(lambda: inspect.probability_bars(PROBABILITIES, FASHION, top_k=3))
    order = np.argsort(PROBABILITIES)[::-1][:3]
    assert list(bars_ko.data[0].y) == [FASHION_KO[i] for i in order]
    assert list(bars_en.data[0].y) == [FASHION[i] for i in order]
    assert bars_ko.layout.xaxis.title.text == "확률" and bars_ko.layout.title.text == "예측 확률"
    pooling = FIGURES["pooling"]
    _, pooling_ko = both(pooling)
    assert [a.text for a in pooling_ko.layout.annotations] == ["특성 맵", "최대 풀링 → 2×2", "평균 풀링 → 2×2"]


def test_architecture_diagram_in_korean() -> None:
    summary = summarize(PRESETS["fashion-convnet"].architecture)
    english, korean = both(lambda: architecture.architecture_figure(summary))
    assert numbers_of(english)[0] == numbers_of(korean)[0]
    assert HANGUL.search(korean.layout.title.text) and "log₂" in korean.layout.title.text
    assert korean.data[0].name == "입력" and english.data[0].name == architecture.INPUT
    assert [t.name for t in korean.data][1:] == [t.name for t in english.data][1:]  # Keras layer names stay
    conv2_en, conv2_ko = (next(t for t in fig.data if t.name == "Conv2D").hovertext[1] for fig in (english, korean))
    assert "params: 18,496" in conv2_en and "파라미터: 18,496" in conv2_ko
    assert "(3·3·32 + 1)·64 = 18,496" in conv2_ko and "14×14×32 → 14×14×64" in conv2_ko
    bn = architecture.architecture_figure(summarize(PRESETS["cnnviz-strong"].architecture))
    i18n.set_language("ko")
    bn_ko = architecture.architecture_figure(summarize(PRESETS["cnnviz-strong"].architecture))
    bn_hover = next(t for t in bn.data if t.name == "BatchNormalization").hovertext[0]
    bn_hover_ko = next(t for t in bn_ko.data if t.name == "BatchNormalization").hovertext[0]
    assert "params: 128 (64 non-trainable)" in bn_hover and "파라미터: 128 (64개는 훈련되지 않음)" in bn_hover_ko


def test_metric_table_columns_follow_the_language() -> None:
    rows = lambda: inspect.metrics_rows(np.array([0.5]), np.array([0.25]), np.array([0.3]), np.array([4]),  # noqa: E731
                                        ["Coat"])
    english, korean = both(rows)
    assert english == [{"class": "Coat", "precision": 0.5, "recall": 0.25, "F1": 0.3, "images": 4}]
    assert korean == [{"클래스": "코트", "정밀도": 0.5, "재현율": 0.25, "F1": 0.3, "이미지 수": 4}]
    i18n.set_language("ko")
    assert list(inspect.metric_columns().values()) == list(korean[0])


def test_figure_errors_are_catalog_messages_and_still_value_errors() -> None:
    i18n.set_language("ko")
    with pytest.raises(ValueError, match=r"입력 채널 5: 0\.\.0 범위 밖입니다"):
        inspect.kernel_grid(np.ones((3, 3, 1, 2)), "k", input_channel=5)
