"""One catalog of user-visible texts in English and Korean, and `t()` to read it.

Every text has a key ("area.name") and one entry per language in `cnnviz.texts`. `t(key, **params)`
returns the text in the current language with `{placeholders}` filled in (`str.format`, so `{n:,}` works).
The current language comes from a provider the UI registers (the Streamlit session's choice) or, outside
the UI (CLI, tests, workers), from `set_language` (default English).

Errors raised by the core subclass `CnnvizError`: they carry a key and parameters, so `str(error)` is the
message in whatever language is current where it is shown.

Catalog texts are Markdown, their fields are not: a name, a file's or a URL's value put in a text must show as
exactly its characters. The UI registers `literal_markdown` with `set_field_escaper`, so every field `t()` fills in
is escaped there (numbers, nested catalog texts and `Literal` text already escaped are left as they are); outside
the UI (CLI, workers, files) fields stay as they are.
"""

from __future__ import annotations

import numbers
import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

LANGUAGES: dict[str, str] = {"en": "English", "ko": "한국어"}
DEFAULT_LANGUAGE = "en"

_language: ContextVar[str] = ContextVar("cnnviz_language", default=DEFAULT_LANGUAGE)
_provider: Callable[[], str | None] | None = None
_field_escaper: Callable[[str], str] | None = None
_escape_when: Callable[[], bool] | None = None
# Set by fields_escaped_with: how fields are escaped in this context instead (_AS_GIVEN: not at all).
_fields_override: ContextVar[Callable[[str], str] | None] = ContextVar("cnnviz_fields_override", default=None)


class Literal(str):
    """Text already made safe for Markdown (escaped once, never again)."""


# What Markdown (CommonMark, GFM, and Streamlit's math, :colour[...] and :emoji: extensions) could act on anywhere
# in a line; underscores only where they can emphasise (not inside a word: run_1 stays run_1).
_ANYWHERE = re.compile(r"([\\`*\[\]<>$~])|(?<![^\W_])_|_(?![^\W_])|&(?=#?\w+;)")
# ... and what acts only where a line starts (a field may open a line): a heading, a list item.
_LINE_START = re.compile(r"^()([#=+\-])|^(\d+)([.)])(?=\s|$)")
# Drawn or linked from the text itself, escaped or not: :smile:, :material/home:, a directive :red (even without its
# [...]), http://host, www.host. An invisible word joiner breaks them apart.
_UNESCAPABLE = re.compile(r"(?<=:)(?=[^\W\d_]|[\w+/-]+:)|(?<=\w:)(?=//)|(?<=\bwww)(?=\.)", re.IGNORECASE)
WORD_JOINER = "\u2060"


def literal_markdown(text: object, limit: int = 1000) -> Literal:
    """`text` on one line, cut to `limit` characters and escaped so Streamlit's Markdown shows exactly its characters:
    no image fetched, no link, no math, no colour, no emoji, no HTML, no emphasis."""
    if isinstance(text, Literal):
        return text
    flat = " ".join(str(text).split())
    if len(flat) > limit:
        flat = flat[: limit - 1] + "…"
    flat = _ANYWHERE.sub(lambda m: "\\" + m.group(0), flat)
    flat = _LINE_START.sub(lambda m: f"{m.group(3) or ''}\\{m.group(2) or m.group(4)}", flat)
    return Literal(_UNESCAPABLE.sub(WORD_JOINER, flat))


def set_field_escaper(escaper: Callable[[str], str] | None, when: Callable[[], bool] | None = None) -> None:
    """Register how the UI escapes the fields `t()` fills in, and `when` (e.g. only in a page's own thread; None:
    always). No escaper: fields stay as they are."""
    global _field_escaper, _escape_when
    _field_escaper, _escape_when = escaper, when


_AS_GIVEN: Callable[[str], str] = str


@contextmanager
def fields_escaped_with(escaper: Callable[[str], str] | None) -> Iterator[None]:
    """Texts made inside this block escape their fields with `escaper` (None: keep them as they are) instead of the
    UI's Markdown escaper: for places that do not read Markdown (a table's cells, a text box, a plotly title, which
    reads a few HTML tags instead)."""
    token = _fields_override.set(escaper or _AS_GIVEN)
    try:
        yield
    finally:
        _fields_override.reset(token)


def fields_as_given() -> AbstractContextManager[None]:
    """Texts made inside this block keep their fields as they are: for places that show text as text, not Markdown
    (a table's cells, a text box's value)."""
    return fields_escaped_with(None)


def _active_escaper() -> Callable[[str], str] | None:
    override = _fields_override.get()
    if override is not None:
        return None if override is _AS_GIVEN else override
    if _field_escaper is None or (_escape_when is not None and not _escape_when()):
        return None
    return _field_escaper


def normalize_language(value: Any) -> str | None:
    """'ko', 'ko-KR', 'KO_kr' → 'ko'; None for anything that is not a supported language."""
    if not isinstance(value, str) or not value:
        return None
    code = value.strip().lower().replace("_", "-").split("-")[0]
    return code if code in LANGUAGES else None


def set_language(language: str) -> None:
    """The language of this thread/context when no UI provider answers (the CLI's --lang, tests)."""
    code = normalize_language(language)
    if code is None:
        raise ValueError(f"unsupported language {language!r}; supported: {', '.join(LANGUAGES)}")
    _language.set(code)


@contextmanager
def language_scope(language: str) -> Iterator[None]:
    """`set_language(language)` for the duration of a `with` block, then the language before it again (the CLI's
    main() called in-process, tests)."""
    code = normalize_language(language)
    if code is None:
        raise ValueError(f"unsupported language {language!r}; supported: {', '.join(LANGUAGES)}")
    token = _language.set(code)
    try:
        yield
    finally:
        _language.reset(token)


def set_language_provider(provider: Callable[[], str | None] | None) -> None:
    """Register the UI's way to ask for the current session's language (None answers: use the fallback)."""
    global _provider
    _provider = provider


def current_language() -> str:
    if _provider is not None:
        try:
            code = normalize_language(_provider())
        except Exception:  # no session in this thread (a background thread, a worker)
            code = None
        if code is not None:
            return code
    return _language.get()


def _catalog() -> dict[str, dict[str, str]]:
    from cnnviz.texts import CATALOG

    return CATALOG


_OWNERS: dict[str, str] = {}  # key -> the module outside the core that added it with add_texts


def add_texts(texts: Mapping[str, Mapping[str, str]], owner: str) -> None:
    """Add texts said outside the core (the pages' own, pages/<section>/texts.py) to the one catalog, so `t`,
    `msg` and `has_text` find them like the core's. A key the catalog already holds from elsewhere is refused
    with a ValueError naming it; `owner` (the module adding the texts) may add its own again, as when Streamlit
    reloads a changed module."""
    catalog = _catalog()
    clashes = sorted(key for key in texts if key in catalog and _OWNERS.get(key) != owner)
    if clashes:
        raise ValueError(f"{owner} adds texts the catalog already has: {', '.join(clashes)}")
    catalog.update({key: dict(entry) for key, entry in texts.items()})
    _OWNERS.update(dict.fromkeys(texts, owner))


def has_text(key: str) -> bool:
    return key in _catalog()


def t(key: str, /, lang: str | None = None, **params: Any) -> str:
    """The text of `key` in `lang` (default: the current language), placeholders filled from params.

    An unknown key returns the key itself (a test keeps every key used in the code in the catalog)."""
    entry = _catalog().get(key)
    if entry is None:
        return key
    text = entry.get(lang or current_language()) or entry[DEFAULT_LANGUAGE]
    escape = _active_escaper()
    if params:
        # A parameter that is itself a text (a Message, an error) is shown in the same language as the whole.
        filled = text.format(**{name: _field(value, lang, escape) for name, value in params.items()})
        # A reason that ends its own sentence ("was it cut short?") followed by the template's full stop: one mark.
        text = DOUBLED_STOP.sub(r"\1", filled)
    return Literal(text) if escape is not None and escape is _field_escaper else text



def t_or_empty(key: str, /, **params: Any) -> str:
    """`t(key, **params)` when the catalog has `key`, else "": for texts that are there for some keys only (the
    teaching tooltips of settings and layer types)."""
    return t(key, **params) if has_text(key) else ""

DOUBLED_STOP = re.compile(r"(?<!\.)([?!.])\.(?=\s|$|\*)")


def _in_language(value: Any, lang: str | None) -> Any:
    return value.text(lang) if isinstance(value, Message | CnnvizError | Joined) else value


def _field(value: Any, lang: str | None, escape: Callable[[str], str] | None) -> Any:
    """A parameter as it goes into a text: nested texts in the same language, anything else a user or a file may
    have written escaped when the UI asked for it (numbers keep their format: {p:.1%})."""
    value = _in_language(value, lang)
    if escape is None or isinstance(value, Literal | numbers.Number | None):
        return value
    return _EscapedField(value, escape)


@dataclass(frozen=True)
class _EscapedField:
    """A field escaped however the template writes it: {name}, {name!r} (quoted), {name:>10}."""

    value: Any
    escape: Callable[[str], str]

    def __format__(self, spec: str) -> str:
        return self.escape(format(self.value, spec))

    def __str__(self) -> str:
        return self.escape(str(self.value))

    def __repr__(self) -> str:
        return self.escape(repr(self.value))


@dataclass(frozen=True)
class Message:
    """A text to be translated when it is shown (not when it is made)."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return t(self.key, **self.params)

    def text(self, lang: str | None = None) -> str:
        return t(self.key, lang=lang, **self.params)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe form to store beside the English text (run.json, events.jsonl); see `from_dict`."""
        return {"key": self.key, "params": {name: _json_param(value) for name, value in self.params.items()}}

    @classmethod
    def from_dict(cls, data: Any) -> Message | None:
        """The message `to_dict` stored, or None when `data` is not one."""
        if not isinstance(data, dict) or not isinstance(data.get("key"), str):
            return None
        params = data.get("params")
        params = params if isinstance(params, dict) else {}
        return cls(current_key(data["key"]), {str(name): _param_from_json(value) for name, value in params.items()})


@dataclass(frozen=True)
class Joined:
    """Several texts (messages or plain strings) joined by `separator`, each in the language of the whole: a
    parameter for a list of reasons whose length only the data knows."""

    items: tuple[Any, ...]
    separator: str = ", "

    def __str__(self) -> str:
        return self.text()

    def text(self, lang: str | None = None) -> str:
        escape = _active_escaper()
        joined = self.separator.join(str(_field(item, lang, escape)) for item in self.items)
        return Literal(joined) if escape is not None and escape is _field_escaper else joined


_NESTED = "$message"  # marks a parameter that is itself a message in the stored form
_JOINED = "$joined"


def _json_param(value: Any) -> Any:
    if isinstance(value, CnnvizError):
        value = value.as_message()
    if isinstance(value, Message):
        return {_NESTED: value.to_dict()}
    if isinstance(value, Joined):
        return {_JOINED: [_json_param(item) for item in value.items], "separator": value.separator}
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple):
        return [_json_param(v) for v in value]
    if hasattr(value, "item") and callable(value.item):  # a numpy scalar
        return value.item()
    return str(value)


def _param_from_json(value: Any) -> Any:
    if isinstance(value, dict) and _NESTED in value:
        return Message.from_dict(value[_NESTED]) or ""
    if isinstance(value, dict) and isinstance(value.get(_JOINED), list):
        return Joined(tuple(_param_from_json(item) for item in value[_JOINED]), str(value.get("separator", ", ")))
    return value


# Keys renamed when every key's prefix came to name its texts module: a message an older version stored (in a run
# folder) is still shown in the reader's language.
RENAMED_PREFIXES = {"common.": "general.", "explain.": "inspect.", "fig.": "figures.", "concept.": "concepts.",
                    "preset.": "presets.", "train_help.": "training_help."}


def current_key(key: str) -> str:
    """`key`, or what it is called now when an older version stored it under a prefix since renamed."""
    if has_text(key):
        return key
    for old, new in RENAMED_PREFIXES.items():
        if key.startswith(old) and has_text(new + key[len(old):]):
            return new + key[len(old):]
    return key


def msg(key: str, /, **params: Any) -> Message:
    return Message(key, params)


class CnnvizError(ValueError):
    """Base of the core's user-facing errors: a catalog key plus parameters, shown in the current language.

    Every one is a ValueError (something given, a file, a setting or a run, is not what the core can use), so a
    handler that catches ValueError around core code catches them all; one that must let a particular error
    through (an archive refused as a whole, not "not a zip") catches that error first."""

    def __init__(self, key: str, /, **params: Any) -> None:
        self.key = key
        self.params = params
        super().__init__(key)

    def __str__(self) -> str:
        return t(self.key, **self.params)

    def text(self, lang: str | None = None) -> str:
        return t(self.key, lang=lang, **self.params)

    def as_message(self) -> Message:
        """The whole text as a Message (to store it, or show it later in another language)."""
        return Message(self.key, self.params)

    def __reduce__(self) -> tuple:  # survives pickling (Dask sends errors between processes)
        return (_rebuild_error, (type(self), self.key, self.params))


def _rebuild_error(cls: type[CnnvizError], key: str, params: dict[str, Any]) -> CnnvizError:
    # the base class whose __new__ builds this one: an error that is also an OSError (WorkspaceError) needs OSError's
    error = (OSError if issubclass(cls, OSError) else BaseException).__new__(cls)
    CnnvizError.__init__(error, key, **params)
    return error
