"""Texts shared by every area: languages, generic words."""

TEXTS = {
    "general.error_where": {"en": "{where}: {reason}", "ko": "{where}: {reason}"},
}
