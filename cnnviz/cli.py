"""Command-line mirror of the core: `python -m cnnviz [--lang ko] COMMAND ...`.

Each command is a `register_*` function adding a sub-parser whose `run` default returns the exit code.
Exit status 2 means the input (architecture, file, option) was invalid; the message goes to stderr.
Messages meant for people come out in the language of `--lang` (or `$CNNVIZ_LANG`; default English).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

from cnnviz import cli_explain
from cnnviz.i18n import DEFAULT_LANGUAGE, LANGUAGES, CnnvizError, language_scope, normalize_language, t
from cnnviz.spec import MAX_JSON_BYTES, Architecture, SpecError

EXIT_INVALID = 2
LANG_ENV = "CNNVIZ_LANG"


class CliError(CnnvizError):
    """A user error: printed to stderr, exit status 2. Raised with a `cli.*` key (or a text already made)."""


def load_architecture(path: str | None, preset: str | None) -> Architecture:
    from cnnviz.presets import PRESETS

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


# ---- summary / presets / export-code ------------------------------------------------------------


def _summary(args: argparse.Namespace) -> int:
    from cnnviz.shapes import check, summary_json, summary_text

    if args.arch and not args.preset and _is_model_file(args.arch):
        from cnnviz.cli_own import summarize_model_file

        return summarize_model_file(args.arch, args.json)
    summary = check(load_architecture(args.arch, args.preset))
    print(json.dumps(summary_json(summary), indent=2) if args.json else summary_text(summary))
    return 0


def _is_model_file(path: str) -> bool:
    """A saved Keras model (.keras zip, old HDF5 .h5) rather than an architecture JSON: by its name or its first
    bytes, so the model loader says what the file is instead of a text decoder failing on it."""
    from cnnviz.modelfile import HDF5_SIGNATURE

    if path.lower().endswith((".keras", ".h5", ".hdf5")):
        return True
    try:
        with open(path, "rb") as handle:
            start = handle.read(len(HDF5_SIGNATURE))
    except OSError:
        return False  # load_architecture reports it
    return start == HDF5_SIGNATURE or start.startswith(b"PK\x03\x04")


def register_summary(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("summary", help="print every layer's output shape, parameters and FLOPs "
                                       "(of an architecture JSON, a preset, or a .keras model file)")
    add_architecture_args(p)
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(run=_summary)


def _presets(args: argparse.Namespace) -> int:
    from cnnviz.presets import PRESETS
    from cnnviz.shapes import summarize

    for preset in PRESETS.values():
        params = summarize(preset.architecture).total_params
        print(t("cli.preset_line", name=f"{preset.name:<18}", params=f"{params:>10,}", title=preset.title))
    return 0


def register_presets(sub: argparse._SubParsersAction) -> None:
    sub.add_parser("presets", help="list the preset architectures").set_defaults(run=_presets)


def _export_code(args: argparse.Namespace) -> int:
    from cnnviz.codegen import keras_script
    from cnnviz.shapes import check

    arch = load_architecture(args.arch, args.preset)
    check(arch)
    print(keras_script(arch), end="")
    return 0


def register_export_code(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export-code", help="print a runnable Keras 3 script that builds the architecture")
    add_architecture_args(p)
    p.set_defaults(run=_export_code)


# ---- datasets -------------------------------------------------------------------------------------


def _datasets(args: argparse.Namespace) -> int:
    from cnnviz.data import DATASET_INFO, DATASETS, DataError, load_dataset, normalize_name

    try:
        names = [normalize_name(n) for n in args.names] or list(DATASETS)
    except DataError as exc:
        raise CliError(exc.key, **exc.params) from None
    if args.path and len(names) != 1:
        raise CliError("cli.path_needs_one")
    report, failed = [], False
    for name in names:
        try:
            data = load_dataset(name, args.path, allow_download=args.download)
        except DataError as exc:
            report.append({"name": name, "title": DATASET_INFO[name].display_title(), "error": str(exc)})
            failed = True
            continue
        report.append(
            {
                "name": name,
                "title": DATASET_INFO[name].display_title(),
                "source": data.source_text(),
                "is_sample": data.is_sample,
                "train": len(data.x_train),
                "test": len(data.x_test),
                "input_shape": list(data.input_shape),
                "classes": list(data.class_names),
                "skipped": list(data.skipped),
            }
        )
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for entry in report:
            print(f"{entry['name']} — {entry['title']}")
            if "error" in entry:
                print("  " + entry["error"].replace("\n", "\n  "))
                continue
            shape = "×".join(map(str, entry["input_shape"]))
            print(t("cli.dataset_source", source=entry["source"]))
            print("  " + t("data.summary", train=entry["train"], test=entry["test"], shape=shape,
                           classes=len(entry["classes"])))
            for reason in entry["skipped"]:
                print(t("cli.dataset_not_used", reason=reason))
        if failed and not args.download:
            print(t("cli.dataset_download_hint"))
    return 1 if failed and args.names else 0  # listing everything is informative, not a failure


def register_datasets(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("datasets", help="list each dataset, the source it loads from and its sizes")
    p.add_argument("names", nargs="*", help="datasets to check (default: all)")
    p.add_argument("--path", help="a folder of IDX/CIFAR files or an .npz to try (one dataset only)")
    p.add_argument("--download", action="store_true", help="allow a Keras download when no local copy exists")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p.set_defaults(run=_datasets)


# ---- predict ------------------------------------------------------------------------------------


def _predict(args: argparse.Namespace) -> int:
    from cnnviz.predict import ModelLoadError, Predictor, predict_image, predictor_for_run
    from cnnviz.preprocess import ImageError, load_image

    expected = 1 if args.default else 2
    if len(args.paths) != expected:
        raise CliError("cli.predict_usage")
    image_path = Path(args.paths[-1])
    try:
        image = load_image(image_path.read_bytes())
    except OSError as exc:
        raise CliError("cli.cannot_read", path=str(image_path), reason=str(exc)) from None
    except ImageError as exc:
        raise CliError("common.error_where", where=str(image_path), reason=exc) from None
    try:
        predictor = Predictor.default() if args.default else predictor_for_run(args.paths[0], args.which)
        result = predict_image(predictor, image, invert={"auto": None, "yes": True, "no": False}[args.invert])
    except (ModelLoadError, ImageError) as exc:
        raise CliError(exc.key, **exc.params) from None
    except Exception as exc:  # a run folder that is not one (RunError, missing files...)
        raise CliError("common.error_where", where=args.paths[0], reason=exc if isinstance(exc, CnnvizError)
                       else str(exc)) from None
    probabilities = [round(float(p), 6) for p in result.probabilities]
    if args.json:
        print(json.dumps({"label": result.label, "index": result.index, "probabilities": probabilities,
                          "class_names": list(predictor.class_names), "model": predictor.source}))
    else:
        print(t("cli.prediction", label=result.label, p=probabilities[result.index], model=predictor.source))
    return 0


def register_predict(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("predict", help="classify an image file with a saved run's model or the bundled digit model",
                       description="python -m cnnviz predict (RUN_DIR | --default) IMAGE [--json]")
    p.add_argument("paths", nargs="+", metavar="PATH", help="RUN_DIR IMAGE, or only IMAGE with --default")
    p.add_argument("--default", action="store_true", help="use the digit model bundled with cnnviz")
    p.add_argument("--which", choices=("final", "best"), default="final", help="which checkpoint of the run")
    p.add_argument("--invert", choices=("auto", "yes", "no"), default="auto",
                   help="invert dark ink on light paper (auto: when the border is mostly bright)")
    p.add_argument("--json", action="store_true", help='print {"label", "probabilities", ...} as JSON')
    p.set_defaults(run=_predict)


# ---- train / evaluate (cnnviz/cli_train.py) ---------------------------------------------------------


def register_train(sub: argparse._SubParsersAction) -> None:
    from cnnviz.cli_train import register_train as register

    register(sub)


def register_evaluate(sub: argparse._SubParsersAction) -> None:
    from cnnviz.cli_train import register_evaluate as register

    register(sub)


def register_own(sub: argparse._SubParsersAction) -> None:
    from cnnviz.cli_own import register

    register(sub)


# Commands in the order `--help` lists them; other areas append their register_* functions here.
REGISTRY: list[Callable[[argparse._SubParsersAction], None]] = [
    register_summary,
    register_presets,
    register_export_code,
    register_datasets,
    register_train,
    register_evaluate,
    register_predict,
    register_own,  # import-dataset, export (cnnviz/cli_own.py)
    cli_explain.register,  # explain, filters
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


if __name__ == "__main__":  # `python -m cnnviz.cli`: run the imported module's main, so its CliError is the one
    from cnnviz.cli import main as _main  # the subcommands raise

    sys.exit(_main())
