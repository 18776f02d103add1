"""Teaching tooltips for the training settings (Train page), in the spirit of the study notes.

The texts live in the catalog (`cnnviz/texts/training_help.py`, keys `train_help.<key>`), in English and Korean.
"""

from __future__ import annotations

from cnnviz.i18n import has_text, t


def training_help(key: str) -> str:
    """The tooltip of a training setting in the current language ('' if there is none)."""
    catalog_key = f"train_help.{key}"
    return t(catalog_key) if has_text(catalog_key) else ""
