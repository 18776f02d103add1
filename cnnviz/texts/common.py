"""Texts shared by every area: languages, generic words."""

TEXTS = {
    "common.error_where": {"en": "{where}: {reason}", "ko": "{where}: {reason}"},
}
