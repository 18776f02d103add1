"""What every command of the CLI shares: its user error, its exit status, reading an architecture argument."""

from __future__ import annotations

import argparse
from pathlib import Path

from cnnviz.arch.spec import MAX_JSON_BYTES, Architecture, SpecError
from cnnviz.i18n import CnnvizError

EXIT_INVALID = 2
LANG_ENV = "CNNVIZ_LANG"


class CliError(CnnvizError):
    """A user error: printed to stderr, exit status 2. Raised with a `cli.*` key (or a text already made)."""


def load_architecture(path: str | None, preset: str | None) -> Architecture:
    from cnnviz.arch.presets import PRESETS

    if preset:
        if preset not in PRESETS:
            raise CliError("cli.unknown_preset", name=repr(preset), known=", ".join(PRESETS))
        return PRESETS[preset].architecture
    if not path:
        raise CliError("cli.need_architecture")
    try:
        with Path(path).open("rb") as file:
            data = file.read(MAX_JSON_BYTES + 1)  # more is refused (and a device like /dev/zero never ends)
        size = max(len(data), Path(path).stat().st_size)
    except OSError as exc:
        raise CliError("cli.cannot_read", path=path, reason=str(exc)) from None
    if size > MAX_JSON_BYTES:
        raise SpecError("spec.json_too_large", size=size, limit=MAX_JSON_BYTES)
    return Architecture.from_json(data)  # the encoding is found as Build's upload finds it


def add_architecture_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("arch", nargs="?", help="architecture JSON file")
    parser.add_argument("--preset", help="use a preset instead of a file (see `presets`)")
