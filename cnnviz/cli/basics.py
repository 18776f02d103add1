"""`summary`, `presets`, `export-code`, `datasets` and `predict`: the commands on architectures, datasets and one
image (registered in cnnviz.cli.main)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from cnnviz.cli.common import CliError, add_architecture_args, load_architecture
from cnnviz.i18n import CnnvizError, t

# ---- summary / presets / export-code ------------------------------------------------------------


def _summary(args: argparse.Namespace) -> int:
    from cnnviz.arch.shapes import check, summary_json, summary_text

    if args.arch and not args.preset and _is_model_file(args.arch):
        from cnnviz.cli.own import summarize_model_file

        return summarize_model_file(args.arch, args.json)
    summary = check(load_architecture(args.arch, args.preset))
    print(json.dumps(summary_json(summary), indent=2) if args.json else summary_text(summary))
    return 0


def _is_model_file(path: str) -> bool:
    """A saved Keras model (.keras zip, old HDF5 .h5) rather than an architecture JSON: by its name or its first
    bytes, so the model loader says what the file is instead of a text decoder failing on it."""
    from cnnviz.models.modelfile import HDF5_SIGNATURE

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
    from cnnviz.arch.presets import PRESETS
    from cnnviz.arch.shapes import summarize

    for preset in PRESETS.values():
        params = summarize(preset.architecture).total_params
        print(t("cli.preset_line", name=f"{preset.name:<18}", params=f"{params:>10,}", title=preset.title))
    return 0


def register_presets(sub: argparse._SubParsersAction) -> None:
    sub.add_parser("presets", help="list the preset architectures").set_defaults(run=_presets)


def _export_code(args: argparse.Namespace) -> int:
    from cnnviz.arch.codegen import keras_script
    from cnnviz.arch.shapes import check

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
    from cnnviz.data.datasets import DATASET_INFO, DATASETS, DataError, load_dataset, normalize_name

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
    from cnnviz.data.preprocess import ImageError, load_image
    from cnnviz.inspect.predict import ModelLoadError, Predictor, predict_image, predictor_for_run

    expected = 1 if args.default else 2
    if len(args.paths) != expected:
        raise CliError("cli.predict_usage")
    image_path = Path(args.paths[-1])
    try:
        image = load_image(image_path.read_bytes())
    except OSError as exc:
        raise CliError("cli.cannot_read", path=str(image_path), reason=str(exc)) from None
    except ImageError as exc:
        raise CliError("general.error_where", where=str(image_path), reason=exc) from None
    try:
        predictor = Predictor.default() if args.default else predictor_for_run(args.paths[0], args.which)
        result = predict_image(predictor, image, invert={"auto": None, "yes": True, "no": False}[args.invert])
    except (ModelLoadError, ImageError) as exc:
        raise CliError(exc.key, **exc.params) from None
    except Exception as exc:  # a run folder that is not one (RunError, missing files...)
        raise CliError("general.error_where", where=args.paths[0], reason=exc if isinstance(exc, CnnvizError)
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
