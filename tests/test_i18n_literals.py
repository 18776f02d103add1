"""No user-visible English literal bypasses the catalog: a scan of pages/ and cnnviz/figures/ for string literals
handed to Streamlit (labels, tooltips, messages, Markdown) or to plotly (titles, names, hover texts).

What may stay a literal: text without two words of prose — Keras names (Conv2D, MaxPooling2D), units, numbers,
formulas, icons (":material/x:"), keys and code. Everything a person reads goes through `t()`."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

STREAMLIT_TEXT_CALLS = {
    "markdown", "caption", "title", "header", "subheader", "write", "text", "info", "warning", "error", "success",
    "toast", "exception", "button", "download_button", "link_button", "page_link", "form_submit_button", "checkbox",
    "toggle", "radio", "selectbox", "multiselect", "select_slider", "slider", "number_input", "text_input",
    "text_area", "file_uploader", "camera_input", "color_picker", "segmented_control", "pills", "expander",
    "popover", "tabs", "metric", "spinner", "progress", "status", "dialog", "code", "latex", "Page",
}
TEXT_KEYWORDS = {
    "label", "help", "placeholder", "caption", "title", "body", "text", "name", "hovertemplate", "texttemplate",
    "title_text", "xaxis_title", "yaxis_title", "legend_title_text", "tooltip", "value_label", "delta_description",
}
TEXT_DICT_KEYS = {"title", "text", "name", "hovertemplate", "label"}

# Prose: two words of letters, or one capitalised word of 4+ letters that is not a Keras/dataset name.
PROSE = re.compile(r"[A-Za-z]{2,}[ ,:;'’-]+[A-Za-z]{2,}|^[A-Z][a-z]{3,}$")
ALLOWED = re.compile(
    r"^(?:[:\w/]*material/\w+:?|Conv2D|MaxPooling2D|AveragePooling2D|GlobalAveragePooling2D|BatchNormalization|"
    r"Dense|Flatten|Dropout|Input|Keras|TensorFlow|TensorBoard|MNIST|Fashion-MNIST|CIFAR-10|cnnviz|Adam|SGD|RMSprop|"
    r"ReLU|softmax|sigmoid|tanh|relu|linear|Grad-CAM)$"
)


def _strings(node: ast.AST) -> list[str]:
    """The literal text of a str constant or the constant parts of an f-string."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return [part.value for part in node.values if isinstance(part, ast.Constant) and isinstance(part.value, str)]
    if isinstance(node, ast.BinOp):  # "a" + "b", "…%s" % x
        return _strings(node.left) + _strings(node.right)
    if isinstance(node, ast.IfExp):
        return _strings(node.body) + _strings(node.orelse)
    return []


def _is_prose(text: str) -> bool:
    stripped = text.strip()
    if not stripped or ALLOWED.match(stripped) or stripped.startswith(("<", "#", "@media")):
        return False  # HTML/CSS shells and code
    return bool(PROSE.search(stripped))


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


LOGGERS = {"LOG", "log", "logger", "logging"}  # a log line is for whoever runs the server, not a page's reader


def _candidates(call: ast.Call, streamlit_file: bool) -> list[ast.AST]:
    if isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name) and call.func.value.id in LOGGERS:
        return []
    keywords = TEXT_KEYWORDS - {"name"} if streamlit_file else TEXT_KEYWORDS  # a page's name= is a thread's or key's
    nodes: list[ast.AST] = [kw.value for kw in call.keywords if kw.arg in keywords]
    name = _call_name(call)
    if streamlit_file and name in STREAMLIT_TEXT_CALLS and call.args:
        nodes.append(call.args[0])
        if name == "tabs" and isinstance(call.args[0], (ast.List, ast.Tuple)):
            nodes.extend(call.args[0].elts)
    if name == "dict":
        nodes.extend(kw.value for kw in call.keywords if kw.arg in TEXT_DICT_KEYS)
    return nodes


def english_literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    streamlit_file = path.is_relative_to(ROOT / "pages") or path.name == "app.py"
    found = []
    for node in ast.walk(tree):
        candidates: list[ast.AST] = []
        if isinstance(node, ast.Call):
            candidates = _candidates(node, streamlit_file)
        elif isinstance(node, ast.Dict):
            candidates = [v for k, v in zip(node.keys, node.values, strict=True)
                          if isinstance(k, ast.Constant) and k.value in TEXT_DICT_KEYS]
        for candidate in candidates:
            for text in _strings(candidate):
                if _is_prose(text):
                    found.append(f"{path.relative_to(ROOT)}:{candidate.lineno}: {text.strip()[:60]!r}")
    return found


def scanned_files() -> list[Path]:
    return sorted([ROOT / "app.py", *(ROOT / "pages").rglob("*.py"), *(ROOT / "cnnviz" / "figures").rglob("*.py")])


def test_no_user_visible_english_literal_bypasses_the_catalog() -> None:
    found = [line for path in scanned_files() for line in english_literals(path)]
    assert not found, f"{len(found)} user-visible literals bypass the catalog:\n" + "\n".join(found)


def test_the_scan_finds_what_it_must(tmp_path: Path) -> None:
    sample = ROOT / "pages" / "_scan_sample.py"
    sample.write_text(
        'import streamlit as st\n'
        'st.button("Start training", help=t("x.y"))\n'
        'box.caption(f"{n} images were skipped")\n'
        'st.selectbox(t("a.b"), options, help="How many filters")\n'
        'st.metric("Parameters", 3)\n'
        'st.button(t("a.c"), icon=":material/play_arrow:")\n'
        'st.markdown("Conv2D")\n', encoding="utf-8")
    try:
        found = english_literals(sample)
    finally:
        sample.unlink()
    assert [line.split(": ", 1)[1] for line in found] == [
        "'Start training'", "'images were skipped'", "'How many filters'", "'Parameters'"]
