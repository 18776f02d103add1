"""User-supplied text (run names, file and class names) shown in Markdown must stay plain text."""

from __future__ import annotations

import re

# Every character Markdown (and Streamlit's extensions: :colour[...], $math$, ~strike~) could act on.
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&])")


def plain(text: object, limit: int = 120) -> str:
    """`text` escaped so Markdown shows it literally (a name like ![x](http://host/t.png) never fetches
    anything), on one line and cut to `limit` characters."""
    flat = " ".join(str(text).split())
    if len(flat) > limit:
        flat = flat[: limit - 1] + "…"
    return _MARKDOWN.sub(r"\\\1", flat)


def file_size(n: int) -> str:
    """A file's size as Streamlit's uploader shows it beside the file (decimal units, one decimal: "277.8KB" there,
    "277.8 KB" here), so one file has one size on the page. Memory stays in Keras' binary units (format_bytes)."""
    for unit in ("B", "KB", "MB"):
        if n < 1000:
            return f"{n:,.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} GB"
