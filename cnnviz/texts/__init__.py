"""The catalog of every user-visible text: one module per area, each a dict of key → {"en": ..., "ko": ...}.

These are the texts the core says; the texts only pages say live beside them (pages/<section>/texts.py) and join
this catalog through cnnviz.i18n.add_texts when pages.common is imported.

Keys are "area.name". Korean follows the study notes' terms (합성곱, 특성 맵, 필터/커널, 패딩, 스트라이드,
풀링, 드롭아웃, 조기 종료, 체크포인트, 오차 행렬) with the Keras name beside it where a learner would type it.
Numbers and formulas are identical in both languages.
"""

from __future__ import annotations

import importlib
import pkgutil

Entry = dict[str, str]


def _load() -> dict[str, Entry]:
    catalog: dict[str, Entry] = {}
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        texts: dict[str, Entry] = importlib.import_module(f"{__name__}.{module.name}").TEXTS
        duplicates = sorted(set(texts) & set(catalog))
        if duplicates:
            raise RuntimeError(f"cnnviz.texts.{module.name} redefines {', '.join(duplicates)}")
        catalog.update(texts)
    return catalog


CATALOG: dict[str, Entry] = _load()
