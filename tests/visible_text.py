"""What a person reads on a page run by AppTest, and the English sentences left in it (for the Korean pages test).

Text is read off the protos Streamlit would send: Markdown bodies, labels, tooltips, placeholders, options, tab and
expander labels, table headers, and plotly charts' titles, axis titles, trace names, hover templates, annotations."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

TEXT_FIELDS = ("body", "label", "help", "placeholder", "options", "text", "caption", "delta_description")

# Names a Korean learner types in code or meets in the notes as they are, units and short technical tokens.
KEPT_IN_ENGLISH = re.compile(
    r"\b(?:Conv2D|MaxPooling2D|AveragePooling2D|GlobalAveragePooling2D|BatchNormalization|Dense|Flatten|Dropout|"
    r"Input|Sequential|Keras|keras|TensorFlow|TensorBoard|TFLite|NumPy|SciPy|Dask|Grad-CAM(?:\+\+)?|Score-CAM|"
    r"SmoothGrad|Integrated Gradients|FGSM|MNIST|Fashion-MNIST|CIFAR-10|cnnviz|Adam|SGD|RMSprop|ReLU|relu|softmax|"
    r"sigmoid|tanh|linear|valid|same|full|padding|strides?|kernel_size|filters|units|rate|pool_size|activation|"
    r"use_bias|sparse_categorical_crossentropy|categorical_crossentropy|to_categorical|accuracy|val_accuracy|"
    r"val_loss|loss|epochs?|batch_size|learning_rate|momentum|patience|restore_best_weights|model\.\w+|"
    r"(?:best|final|initial)\.(?:keras|weights\.h5)|\w+\.(?:keras|json|npz|zip|png|jpg|csv|h5|tflite|py)|"
    r"GPU|CPU|RAM|MB|GB|KB|px|ms|s|x|y|ws|lang|JSON|URL|IDX|PNG|JPEG|ZIP|OK|vs|max|min|mean|argmax|"
    r"Debian|Chromium|Streamlit|plotly|LeNet-5|ImageNet|VGG|ResNet|T-shirt/top|Trouser|Pullover|Dress|Coat|Sandal|"
    r"Shirt|Sneaker|Bag|Ankle boot|airplane|automobile|bird|cat|deer|dog|frog|horse|ship|truck)\b"
)
CODE = re.compile(r"`[^`]*`|\$[^$]*\$|https?://\S+|\{[^}]*\}|:material/\w+:")
ENGLISH_RUN = re.compile(r"[A-Za-z][a-z]+(?:[ ,'’-]+[A-Za-z][a-z]+){2,}")  # three English words in a row


def _proto_texts(proto: Any) -> Iterator[str]:
    fields = getattr(getattr(proto, "DESCRIPTOR", None), "fields_by_name", {})
    for name in TEXT_FIELDS:
        if name in fields:
            value = getattr(proto, name)
            if isinstance(value, str):
                if not value.lstrip().startswith("<style>"):  # a style sheet (st.html) is not text anyone reads
                    yield value
            elif hasattr(value, "__iter__"):
                yield from (item for item in value if isinstance(item, str))
    if "spec" in fields and isinstance(proto.spec, str) and proto.spec.startswith("{"):
        yield from plotly_texts(json.loads(proto.spec))


def plotly_texts(spec: dict) -> Iterator[str]:
    layout = spec.get("layout", {})
    for key, value in layout.items():
        if key == "title" or key.startswith(("xaxis", "yaxis", "coloraxis")) or key == "legend":
            yield from _titles(value)
    for annotation in layout.get("annotations", []):
        yield str(annotation.get("text", ""))
    for trace in spec.get("data", []):
        for key in ("name", "hovertemplate"):
            if isinstance(trace.get(key), str):
                yield trace[key]
        yield from _titles(trace.get("colorbar", {}))


def _titles(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        title = value.get("title", value.get("text"))
        if isinstance(title, dict):
            title = title.get("text")
        if isinstance(title, str):
            yield title


def page_texts(at: Any) -> list[str]:
    """Every text an AppTest run shows (main area and sidebar)."""
    texts: list[str] = []
    for node in at._tree:
        proto = getattr(node, "proto", None)
        if proto is not None:
            texts.extend(_proto_texts(proto))
            for inner in ("expandable", "tab"):  # blocks keep their label one level down
                if hasattr(proto, inner) and proto.HasField(inner):
                    texts.extend(_proto_texts(getattr(proto, inner)))
    return [text for text in texts if text.strip()]


def english_sentences(texts: list[str], allowed: tuple[str, ...] = ()) -> list[str]:
    """Runs of three or more English words left after names kept in English, code and formulas are removed."""
    found = []
    for text in texts:
        for phrase in allowed:
            text = text.replace(phrase, " ")
        cleaned = KEPT_IN_ENGLISH.sub(" ", CODE.sub(" ", text))
        found.extend(match.group(0) for match in ENGLISH_RUN.finditer(cleaned))
    return found
