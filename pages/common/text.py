"""User-supplied text (run names, file and class names) shown in Markdown must stay plain text."""

from __future__ import annotations

import re
from typing import Any

import pandas as pd
from pandas.io.formats.style import Styler

from cnnviz.i18n import literal_markdown


def plain(text: object, limit: int = 120) -> str:
    """`text` escaped so Markdown shows it literally (a name like ![x](http://host/t.png) never fetches
    anything), on one line and cut to `limit` characters. Fields of `t()` are escaped by the catalog already (the
    shell registers the same escaper); this is for a name or a message shown on its own."""
    return literal_markdown(text, limit)


def _cell(value: Any) -> Any:
    return literal_markdown(value) if isinstance(value, str) else value


def plain_table(data: Any) -> pd.DataFrame | Styler:
    """`data` for st.table, which reads every cell and header as Markdown, with each text shown as its characters
    (run, class and layer names, settings read from a file). A Styler keeps its headers (its formats name them):
    escape a frame's headers before styling it."""
    if isinstance(data, Styler):
        for column in data.data.columns:
            data.data[column] = data.data[column].map(_cell)
        return data
    frame = data.copy() if isinstance(data, pd.DataFrame) else pd.DataFrame(data)
    frame = frame.map(_cell)
    frame.columns = [_cell(column) for column in frame.columns]
    if not pd.api.types.is_numeric_dtype(frame.index):  # its name is the page's own ("#"), drawn apart
        frame.index = pd.Index([_cell(label) for label in frame.index], name=frame.index.name)
    return frame


def file_size(n: int) -> str:
    """A file's size as Streamlit's uploader shows it beside the file (decimal units, one decimal: "277.8KB" there,
    "277.8 KB" here), so one file has one size on the page. Memory stays in Keras' binary units (format_bytes)."""
    for unit in ("B", "KB", "MB"):
        if n < 1000:
            return f"{n:,.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} GB"


_IMAGE = re.compile(r"!(?=\[)")


def lesson_markdown(text: str) -> str:
    """A lesson's own Markdown (a teacher may have written it) shown without anything that fetches from another
    host: an image becomes a link to it, which loads nothing until clicked; Streamlit shows HTML as text."""
    return _IMAGE.sub("", text)
