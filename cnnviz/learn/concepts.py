"""The concept index: each idea of the study notes, explained briefly, with the app pages where it is live.

Pages are named by their file path (as registered in app.py); the Concepts page links only those that exist.
Every text (title, explanation, what to do on each page, search keywords) is in the catalog
(`cnnviz/texts/concepts.py`) in English and Korean, read in the current language when asked for; `search`
matches both languages, so "padding" and "패딩" find the same concept.
Numbers follow the notes: 28×28 inputs, 3×3 kernels, the Fashion-MNIST convnet's 333,526 parameters.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from cnnviz.i18n import LANGUAGES, t

LAB = "pages/learn/lab.py"
LAYERS_LAB = "pages/learn/layers_lab.py"
TRAINING_STEP = "pages/learn/training_step.py"
BUILD = "pages/build/build.py"
TRAIN = "pages/build/train.py"
FEATURE_MAPS = "pages/look/feature_maps.py"
KERNELS = "pages/look/kernels.py"
CONFUSION = "pages/look/confusion.py"
DRAW = "pages/play/draw.py"


def _text_key(concept_key: str, part: str) -> str:
    return f"concepts.{concept_key.replace('-', '_')}.{part}"


@dataclass(frozen=True)
class LiveIn:
    """A page where the concept can be seen and played with, and what to do there (`what_key` in the catalog)."""

    page: str
    what_key: str

    @property
    def what(self) -> str:
        return t(self.what_key)


@dataclass(frozen=True)
class Concept:
    key: str
    live_in: tuple[LiveIn, ...]

    @property
    def title(self) -> str:
        return t(_text_key(self.key, "title"))

    @property
    def explanation(self) -> str:
        """Markdown, in the current language."""
        return t(_text_key(self.key, "explanation"))

    @property
    def keywords(self) -> tuple[str, ...]:
        return tuple(word.strip() for word in t(_text_key(self.key, "keywords")).split(","))

    def matches(self, query: str) -> bool:
        """Every word of the query appears in the key, title, explanation or keywords, in any language."""
        text = _search_text(self.key)
        return all(word in text for word in query.lower().split())


@cache
def _search_text(concept_key: str) -> str:
    parts = [concept_key]
    for lang in LANGUAGES:
        parts += [t(_text_key(concept_key, part), lang=lang) for part in ("title", "explanation", "keywords")]
    return " ".join(parts).lower()


def _concept(key: str, *pages: str) -> Concept:
    return Concept(key, tuple(LiveIn(page, _text_key(key, f"live.{n}")) for n, page in enumerate(pages)))


CONCEPTS: tuple[Concept, ...] = (
    _concept("cross-correlation", LAB),
    _concept("padding", LAB, BUILD),
    _concept("stride", LAB, BUILD),
    _concept("output-size", LAB, BUILD),
    _concept("feature-map", FEATURE_MAPS, TRAINING_STEP),
    _concept("filters", LAB, KERNELS),
    _concept("parameters", BUILD),
    _concept("pooling", LAYERS_LAB, BUILD),
    _concept("relu", LAYERS_LAB),
    _concept("softmax", LAYERS_LAB, DRAW),
    _concept("flatten", BUILD, TRAINING_STEP),
    _concept("dense", BUILD, TRAINING_STEP),
    _concept("dropout", BUILD, TRAIN),
    _concept("glorot", TRAINING_STEP, KERNELS),
    _concept("optimizers", TRAINING_STEP, TRAIN),
    _concept("cross-entropy", LAYERS_LAB, TRAINING_STEP),
    _concept("stratified-split", TRAIN),
    _concept("early-stopping", TRAIN),
    _concept("checkpoint", TRAIN),
    _concept("confusion-matrix", CONFUSION),
)

CONCEPTS_BY_KEY: dict[str, Concept] = {c.key: c for c in CONCEPTS}


def search(query: str) -> list[Concept]:
    """Concepts whose title, text or keywords (English or Korean) contain every word of the query (all for '')."""
    return [c for c in CONCEPTS if c.matches(query)]


def pages_used() -> set[str]:
    return {live.page for concept in CONCEPTS for live in concept.live_in}
