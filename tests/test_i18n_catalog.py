"""The catalog stays whole: every key in both languages with the same placeholders, every key used exists."""

from __future__ import annotations

import pickle
import re
import string
from pathlib import Path

import pytest

from cnnviz import i18n
from cnnviz.texts import CATALOG

ROOT = Path(__file__).resolve().parent.parent


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("key", sorted(CATALOG))
def test_every_key_has_both_languages_with_the_same_placeholders(key: str) -> None:
    entry = CATALOG[key]
    assert set(entry) == set(i18n.LANGUAGES), f"{key} has {sorted(entry)}"
    assert all(entry[lang].strip() for lang in i18n.LANGUAGES), f"{key} has an empty text"
    assert placeholders(entry["en"]) == placeholders(entry["ko"]), key


KEY_USE = re.compile(r"""\b(?:t|msg|CnnvizError|[A-Z]\w*Error)\(\s*["']([a-z_]+\.[a-z0-9_.]+)["']""")


def test_every_key_used_in_the_code_is_in_the_catalog() -> None:
    missing = set()
    for path in [*(ROOT / "cnnviz").rglob("*.py"), *(ROOT / "pages").rglob("*.py"), ROOT / "app.py"]:
        for key in KEY_USE.findall(path.read_text(encoding="utf-8")):
            if key not in CATALOG:
                missing.add(f"{path.relative_to(ROOT)}: {key}")
    assert not missing, sorted(missing)


def test_t_fills_placeholders_in_the_chosen_language() -> None:
    assert i18n.t("general.error_where", lang="ko", where="layer 2", reason="x") == "layer 2: x"
    assert i18n.t("common.language", lang="ko") == "언어"
    assert i18n.t("common.language", lang="en") == "Language"
    assert i18n.t("no.such_key") == "no.such_key"



def test_t_or_empty_gives_the_text_or_nothing_for_a_key_without_one() -> None:
    assert i18n.t_or_empty("general.error_where", lang="ko", where="layer 2", reason="x") == "layer 2: x"
    assert i18n.t_or_empty("common.language") == i18n.t("common.language") == "Language"
    assert i18n.t_or_empty("no.such_key") == "" and i18n.t_or_empty("no.such_key", n=1) == ""

def test_language_codes_are_normalised() -> None:
    assert i18n.normalize_language("ko-KR") == "ko"
    assert i18n.normalize_language("en_US") == "en"
    assert i18n.normalize_language("fr") is None
    assert i18n.normalize_language(None) is None


def test_provider_decides_and_falls_back_when_it_fails() -> None:
    try:
        i18n.set_language_provider(lambda: "ko")
        assert i18n.t("common.language") == "언어"
        i18n.set_language_provider(lambda: 1 / 0)
        assert i18n.current_language() == i18n.DEFAULT_LANGUAGE
    finally:
        i18n.set_language_provider(None)


def test_errors_carry_key_and_params_and_survive_pickling() -> None:
    error = i18n.CnnvizError("general.error_where", where="here", reason="broken")
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is i18n.CnnvizError and copy.key == error.key and copy.params == error.params
    assert str(copy) == "here: broken"
    assert copy.text("ko") == "here: broken"


class _Filler:
    def __format__(self, spec: str) -> str:
        return "X"

    def __getattr__(self, name: str) -> _Filler:
        return self

    def __getitem__(self, key: object) -> _Filler:
        return self


class _AnyValue(dict):
    def __missing__(self, name: str) -> _Filler:
        return _Filler()


def test_every_text_renders_its_bold_markers() -> None:
    """A bold closed right before a Korean particle after punctuation (`**왜?**를`) is not bold in CommonMark: the
    asterisks show. Every text in both languages, placeholders filled, renders without a stray `**`."""
    import markdown_it

    renderer = markdown_it.MarkdownIt("commonmark")
    stray = []
    for key, entry in CATALOG.items():
        for language, text in entry.items():
            html = renderer.render(string.Formatter().vformat(text, (), _AnyValue()))
            if "**" in re.sub(r"<code>.*?</code>", "", html, flags=re.S):
                stray.append(f"{key} [{language}]: {text[:80]}")
    assert stray == []


def test_page_texts_join_the_one_catalog_and_a_key_twice_is_refused() -> None:
    """The pages' own texts (pages/<section>/texts.py) are registered when pages.common is imported; a key the
    catalog has from elsewhere is refused, and the same module may add its texts again (a reload)."""
    from pages.build.texts import TEXTS as BUILD_TEXTS

    assert set(BUILD_TEXTS) <= set(CATALOG)
    key = next(iter(BUILD_TEXTS))
    with pytest.raises(ValueError, match=key.replace(".", r"\.")):
        i18n.add_texts({key: {"en": "x", "ko": "x"}}, owner="tests.elsewhere")
    with pytest.raises(ValueError, match="general.error_where"):
        i18n.add_texts({"general.error_where": {"en": "x", "ko": "x"}}, owner="tests.elsewhere")
    i18n.add_texts({key: BUILD_TEXTS[key]}, owner="pages.build.texts")
    assert CATALOG[key] == BUILD_TEXTS[key]
