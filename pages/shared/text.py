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
