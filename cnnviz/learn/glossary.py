"""Teaching texts for every layer setting and layer type (tooltips on the Build page; reusable anywhere).

The texts live in the catalog (`cnnviz/texts/glossary.py`, keys `glossary.<key>`), in English and Korean;
`explain` returns them in the current language. Markdown allowed.
"""

from __future__ import annotations

from cnnviz.i18n import has_text, t


def glossary_key(key: str) -> str:
    """The catalog key of a setting ('padding') or layer type ('Conv2D')."""
    return f"glossary.{key.lower()}"


def explain(key: str) -> str:
    """The teaching text for a setting or layer type in the current language ('' if there is none)."""
    catalog_key = glossary_key(key)
    return t(catalog_key) if has_text(catalog_key) else ""
