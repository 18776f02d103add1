"""`python -m cnnviz import-dataset ...`, `export ...` and `summary MODEL.keras` (registered in cnnviz.cli.main).

Refusals (an unsafe archive or model file, a bad option) print the reason to stderr and exit with 2; an
import that is refused writes nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from cnnviz.cli.common import CliError
from cnnviz.i18n import CnnvizError, t


def _import_dataset(args: argparse.Namespace) -> int:
    from cnnviz.data.images import ImportSettings, UserDataError
    from cnnviz.data.importing import import_zip
    from cnnviz.data.userdata import default_root

    try:
        settings = ImportSettings(size=args.size, color=args.color, fit=args.fit)
        result = import_zip(Path(args.archive), args.name, Path(args.root) if args.root else default_root(),
                            settings)
    except UserDataError as exc:
        raise CliError(exc.key, **exc.params) from None
    info = result.info
    if args.json:
        print(json.dumps({"id": info.id, "path": str(info.path), "name": info.name,
                          "class_names": list(info.class_names), "counts": list(info.counts),
                          "image_shape": list(info.image_shape), "fit": info.fit, "sha256": info.sha256,
                          "report": [note.to_dict() for note in result.report.notes],
                          "report_lines": result.report.lines(), "warnings": [str(w) for w in result.warnings]},
                         ensure_ascii=False, indent=2))
        return 0
    for line in result.report.lines():
        print(line)
    height, width, channels = info.image_shape
    print(t("userdata.cli_imported", name=info.name, n=info.n_images, classes=len(info.class_names),
            shape=f"{height}×{width}×{channels}", path=str(info.path)))
    widest = max(len(name) for name in info.class_names)
    for name, count in zip(info.class_names, info.counts, strict=True):
        print(f"  {name:<{widest}}  {count:>6,}")
    for warning in result.warnings:
        print(t("userdata.cli_warning", text=str(warning)))
    return 0


def _export(args: argparse.Namespace) -> int:
    from cnnviz.models.modelfile import ModelLoadError
    from cnnviz.runs.export import ExportError, export_run
    from cnnviz.runs.layout import RunError

    try:
        result = export_run(args.run_dir, args.tflite, which=args.which, keras_path=args.keras)
    except (ExportError, ModelLoadError, RunError, OSError) as exc:
        raise CliError("general.error_where", where=args.run_dir, reason=exc if isinstance(exc, CnnvizError)
                       else str(exc)) from None
    print(t("export.cli_tflite", path=str(result.tflite), kb=result.tflite.stat().st_size / 1024,
            difference=result.max_difference))
    if result.keras is not None:
        print(t("export.cli_keras", path=str(result.keras)))
    print(t("export.cli_script", path=str(result.script), image="IMAGE.png"))
    return 0


def summarize_model_file(path: str, as_json: bool = False) -> int:
    """`summary MODEL.keras`: the layer table the model page shows; exit 2 with the reason when the file is
    unsafe or unreadable, or (after the table) when the model is not an image classifier."""
    from cnnviz.models.modelfile import ModelLoadError, describe_model, load_model_file, summary_text

    try:
        summary = describe_model(load_model_file(path))
    except ModelLoadError as exc:
        raise CliError(exc.key, **exc.params) from None
    if as_json:
        print(json.dumps({
            "name": summary.name, "input_shape": list(summary.input_shape), "output_shape": list(summary.output_shape),
            "accepted": summary.ok, "reason": None if summary.ok else str(summary.problem),
            "layers": [{"name": r.name, "type": r.type, "output_shape": r.output_shape, "params": r.params,
                        "trainable_params": r.trainable_params, "inbound": list(r.inbound), "known": r.known,
                        "formula": r.formula, "shape_formula": r.shape_formula, "flops": r.flops}
                       for r in summary.rows],
            "total_params": summary.total_params, "trainable_params": summary.trainable_params,
        }, ensure_ascii=False, indent=2))
    else:
        print(summary_text(summary))
    if not summary.ok:
        print(t("cli.error", reason=summary.problem), file=sys.stderr)
        return 2
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import-dataset", help="import a .zip of class folders as your own image dataset",
                       description="python -m cnnviz import-dataset ARCHIVE.zip --name NAME [--size 32] [--color]")
    p.add_argument("archive", help="a .zip holding one folder of images per class")
    p.add_argument("--name", required=True, help="the dataset's name (plain text)")
    p.add_argument("--size", type=int, default=32, help="images become SIZE×SIZE pixels (8 to 128; default 32)")
    p.add_argument("--color", action="store_true", help="keep colour (3 channels); default grey (1 channel)")
    p.add_argument("--fit", choices=("pad", "crop"), default="pad",
                   help="pad: keep the aspect ratio and pad with black; crop: cut the centre square")
    p.add_argument("--root", help="folder of your datasets (default $CNNVIZ_DATASETS_DIR or ./datasets)")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p.set_defaults(run=_import_dataset)

    p = sub.add_parser("export", help="export a run's model as TensorFlow Lite with a runnable predict.py",
                       description="python -m cnnviz export RUN_DIR --tflite OUT.tflite")
    p.add_argument("run_dir", help="a run folder (written by `train` or the app)")
    p.add_argument("--tflite", required=True, help="the .tflite file to write (predict.py goes beside it)")
    p.add_argument("--keras", help="also copy the model as this .keras file")
    p.add_argument("--which", choices=("final", "best"), default="final", help="final.keras or best.keras")
    p.set_defaults(run=_export)
