"""Command-line mirror of the core: `python -m cnnviz [--lang ko] COMMAND ...`.

Each command is a `register_*` function adding a sub-parser whose `run` default returns the exit code.
Exit status 2 means the input (architecture, file, option) was invalid; the message goes to stderr.
Messages meant for people come out in the language of `--lang` (or `$CNNVIZ_LANG`; default English).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable

from cnnviz.cli import basics, explain, lessons, own, train
from cnnviz.cli.common import EXIT_INVALID, LANG_ENV
from cnnviz.i18n import DEFAULT_LANGUAGE, LANGUAGES, CnnvizError, language_scope, normalize_language, t

# Commands in the order `--help` lists them: each module of this package registers its own.
REGISTRY: list[Callable[[argparse._SubParsersAction], None]] = [
    basics.register_summary,
    basics.register_presets,
    basics.register_export_code,
    basics.register_datasets,
    train.register_train,
    train.register_evaluate,
    basics.register_predict,
    own.register,  # import-dataset, export
    explain.register,  # explain, filters
    lessons.register,  # lessons, check, solution
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m cnnviz", description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=tuple(LANGUAGES), help=f"language of the messages (default: ${LANG_ENV} "
                                                                  f"or {DEFAULT_LANGUAGE})")
    sub = parser.add_subparsers(dest="command", required=True)
    for register in REGISTRY:
        register(sub)
    return parser


def chosen_language(argv: list[str], environ: dict[str, str] | None = None) -> str:
    """--lang (before the command), else $CNNVIZ_LANG when it names a supported language, else English."""
    early = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    early.add_argument("--lang")
    known, _ = early.parse_known_args(argv)  # a bad --lang is reported by the real parser, with its usage line
    env = os.environ if environ is None else environ
    return normalize_language(known.lang) or normalize_language(env.get(LANG_ENV)) or DEFAULT_LANGUAGE


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    with language_scope(chosen_language(argv)):  # parsers built inside: catalog help texts follow --lang too
        args = build_parser().parse_args(argv)
        try:
            return args.run(args)
        except CnnvizError as exc:  # SpecError, CliError and every other core error the commands let through
            print(t("cli.error", reason=exc), file=sys.stderr)
            return EXIT_INVALID


if __name__ == "__main__":
    sys.exit(main())
