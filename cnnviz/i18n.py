"""One catalog of user-visible texts in English and Korean, and `t()` to read it.

Every text has a key ("area.name") and one entry per language in `cnnviz.texts`. `t(key, **params)`
returns the text in the current language with `{placeholders}` filled in (`str.format`, so `{n:,}` works).
The current language comes from a provider the UI registers (the Streamlit session's choice) or, outside
the UI (CLI, tests, workers), from `set_language` (default English).

Errors raised by the core subclass `CnnvizError`: they carry a key and parameters, so `str(error)` is the
message in whatever language is current where it is shown.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

LANGUAGES: dict[str, str] = {"en": "English", "ko": "한국어"}
DEFAULT_LANGUAGE = "en"

_language: ContextVar[str] = ContextVar("cnnviz_language", default=DEFAULT_LANGUAGE)
_provider: Callable[[], str | None] | None = None


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


def has_text(key: str) -> bool:
    return key in _catalog()


def t(key: str, /, lang: str | None = None, **params: Any) -> str:
    """The text of `key` in `lang` (default: the current language), placeholders filled from params.

    An unknown key returns the key itself (a test keeps every key used in the code in the catalog)."""
    entry = _catalog().get(key)
    if entry is None:
        return key
    text = entry.get(lang or current_language()) or entry[DEFAULT_LANGUAGE]
    if not params:
        return text
    # A parameter that is itself a text (a Message, an error) is shown in the same language as the whole.
    filled = text.format(**{name: _in_language(value, lang) for name, value in params.items()})
    # A reason that ends its own sentence ("was it cut short?") followed by the template's full stop: one mark.
    return DOUBLED_STOP.sub(r"\1", filled)


DOUBLED_STOP = re.compile(r"(?<!\.)([?!.])\.(?=\s|$|\*)")


def _in_language(value: Any, lang: str | None) -> Any:
    return value.text(lang) if isinstance(value, Message | CnnvizError | Joined) else value


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
        return cls(data["key"], {str(name): _param_from_json(value) for name, value in params.items()})


@dataclass(frozen=True)
class Joined:
    """Several texts (messages or plain strings) joined by `separator`, each in the language of the whole: a
    parameter for a list of reasons whose length only the data knows."""

    items: tuple[Any, ...]
    separator: str = ", "

    def __str__(self) -> str:
        return self.text()

    def text(self, lang: str | None = None) -> str:
        return self.separator.join(str(_in_language(item, lang)) for item in self.items)


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


def msg(key: str, /, **params: Any) -> Message:
    return Message(key, params)


class CnnvizError(Exception):
    """Base of the core's user-facing errors: a catalog key plus parameters, shown in the current language."""

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
    error = cls.__new__(cls)
    CnnvizError.__init__(error, key, **params)
    return error
