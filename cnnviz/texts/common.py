"""Texts shared by every area: languages, generic words."""

TEXTS = {
    "common.language": {"en": "Language", "ko": "언어"},
    "common.error_where": {"en": "{where}: {reason}", "ko": "{where}: {reason}"},
}
