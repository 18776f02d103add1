"""Class names as the learner reads them: the built-in datasets' names in the current language.

The English class names of the built-in datasets (`cnnviz.data.datasets.DATASET_INFO`: Fashion-MNIST's and CIFAR-10's)
map to the catalog keys `classes.<slug>`; every other name (MNIST's digits, which need no translation, and a
user's own dataset's classes) is returned as it is. A name that is already translated is not a key either,
so applying this twice is harmless.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from cnnviz.i18n import has_text, t


def class_key(name: str) -> str:
    """'T-shirt/top' → 'classes.t_shirt_top'."""
    return "classes." + re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


@cache
def _keys() -> dict[str, str]:
    from cnnviz.data.datasets import DATASET_INFO

    names = (name for info in DATASET_INFO.values() for name in info.class_names)
    return {name: class_key(name) for name in names if has_text(class_key(name))}


def display_class_name(name: str) -> str:
    key = _keys().get(name)
    return t(key) if key else name


def display_class_names(names: Sequence[str]) -> list[str]:
    """Each name in the current language if it is a built-in dataset's class, else unchanged."""
    return [display_class_name(str(name)) for name in names]
