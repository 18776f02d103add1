"""`python -m cnnviz explain ...` and `python -m cnnviz filters ...` (registered in cnnviz.cli.main).

    python -m cnnviz explain (RUN_DIR | MODEL.keras) IMAGE --method {gradcam,saliency,smoothgrad,
                             integrated-gradients,occlusion} [--json]
    python -m cnnviz filters (RUN_DIR | MODEL.keras) --layer NAME --out grid.png

`explain --json` prints {"label", "probabilities", "method", "attribution", ...}: the attribution is the
input's height × width, channels reduced the way the page shows them (cnnviz.inspect.attribution.reduce_channels).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cnnviz.cli.common import CliError
from cnnviz.i18n import CnnvizError, t

if TYPE_CHECKING:
    import keras
    import numpy as np


def _cli_error(message: str) -> Exception:
    return CliError(message)


def load_model_and_classes(path: str, which: str = "final") -> tuple[keras.Model, tuple[str, ...], Path | None]:
    """A run folder (its final/best model, class names from its dataset) or a .keras file (classes by number).
    Returns the model, the class names and the model file (for caches)."""
    target = Path(path)
    if target.is_dir():
        from cnnviz.inspect.predict import run_class_names
        from cnnviz.models.modelfile import load_model_file
        from cnnviz.runs.files import choose_model
        from cnnviz.runs.layout import RunError
        from cnnviz.runs.store import load_run

        try:
            info = load_run(target)
            chosen = choose_model(target, which)
            model_file = chosen.value
            for note in chosen.problems:  # "final.keras is damaged: showing best.keras"
                print(t("cli.note", note=note), file=sys.stderr)
            model = load_model_file(model_file)
        except RunError as exc:
            raise _cli_error(str(exc)) from None
        except Exception as exc:  # a damaged model file: Keras raises many kinds
            raise _cli_error(t("inspect.cli.cannot_load", path=path, reason=f"{type(exc).__name__}: {exc}")) from None
        names = run_class_names(info.dataset)
    elif target.suffix == ".keras":
        if not target.is_file():
            raise _cli_error(t("inspect.cli.no_file", path=path))
        import keras

        try:
            model = keras.saving.load_model(target, compile=False, safe_mode=True)
        except Exception as exc:  # not a zip, a foreign file, unsafe lambdas...
            raise _cli_error(t("inspect.cli.cannot_load", path=path, reason=f"{type(exc).__name__}: {exc}")) from None
        names, model_file = None, target
    else:
        raise _cli_error(t("inspect.cli.not_a_model", path=path))
    classes = int(model.outputs[0].shape[-1])
    if names is None or len(names) != classes:
        names = tuple(str(i) for i in range(classes))
    return model, names, model_file


def _read_image(path: str, model: keras.Model, class_names: tuple[str, ...], invert: str) -> np.ndarray:
    """The image as the model sees it: the same preprocessing as `predict` (MNIST steps for a digit model)."""
    from cnnviz.data.preprocess import ImageError, load_image
    from cnnviz.inspect.predict import Predictor, predict_image

    image_path = Path(path)
    try:
        image = load_image(image_path.read_bytes())
        result = predict_image(Predictor(model, class_names=class_names, source=str(path)), image,
                               invert={"auto": None, "yes": True, "no": False}[invert])
    except OSError as exc:
        raise _cli_error(t("inspect.cli.cannot_read", path=path, reason=str(exc))) from None
    except (ImageError, ValueError) as exc:
        raise _cli_error(f"{image_path}: {exc}") from None
    return result.model_input


def _method_options(args: argparse.Namespace) -> dict[str, Any]:
    if args.method == "gradcam":
        return {"layer_name": args.layer}
    if args.method == "smoothgrad":
        return {"samples": args.samples, "noise": args.noise, "seed": args.seed}
    if args.method == "integrated-gradients":
        return {"baseline": args.baseline, "steps": args.steps}
    if args.method == "occlusion":
        fill: float | str = args.fill if args.fill == "mean" else float(args.fill)
        return {"window": args.window, "stride": args.stride, "fill": fill}
    return {}


def _explain(args: argparse.Namespace) -> int:
    import numpy as np

    from cnnviz.inspect.attribution import attribute
    from cnnviz.inspect.extract import predict_probabilities

    if args.method == "occlusion" and args.fill != "mean":
        try:
            float(args.fill)
        except ValueError:
            raise _cli_error(t("inspect.cli.bad_fill", fill=args.fill)) from None
    model, class_names, _ = load_model_and_classes(args.model, args.which)
    image = _read_image(args.image, model, class_names, args.invert)
    probabilities = predict_probabilities(model, image)[0]
    predicted = int(np.argmax(probabilities))
    try:
        result = attribute(model, image, args.method, args.class_index, **_method_options(args))
    except CnnvizError as exc:
        raise _cli_error(str(exc)) from None
    except ValueError as exc:  # e.g. an unknown --layer: Keras names it
        raise _cli_error(str(exc)) from None
    output: dict[str, Any] = {
        "label": class_names[predicted],
        "probabilities": [round(float(p), 6) for p in probabilities],
        "method": args.method,
        "attribution": [[float(f"{v:.6g}") for v in row] for row in result.map],
        "class_index": result.class_index,
        "class_names": list(class_names),
    }
    if result.completeness is not None:
        check = result.completeness
        output["completeness"] = {"attribution_sum": check.attribution_sum, "score": check.score,
                                  "baseline_score": check.baseline_score, "gap": check.gap, "holds": check.holds()}
    if args.json:
        print(json.dumps(output))
        return 0
    height, width = result.map.shape
    row, col = np.unravel_index(int(np.argmax(np.abs(result.map))), result.map.shape)
    print(t("inspect.cli.prediction", label=class_names[predicted], p=float(probabilities[predicted])))
    print(t("inspect.cli.summary", method=result.title, target=class_names[result.class_index], height=height,
            width=width, x=int(col), y=int(row), low=float(result.map.min()), high=float(result.map.max())))
    if result.completeness is not None:
        print(result.completeness.text())
    print(result.about)
    return 0


def register_explain(sub: argparse._SubParsersAction) -> None:
    from cnnviz.inspect.attribution import BASELINES, METHODS

    p = sub.add_parser("explain", help=t("inspect.cli.help_explain"),
                       description="python -m cnnviz explain (RUN_DIR | MODEL.keras) IMAGE --method METHOD [--json]")
    p.add_argument("model", metavar="RUN_DIR|MODEL.keras", help=t("inspect.cli.help_model"))
    p.add_argument("image", metavar="IMAGE", help=t("inspect.cli.help_image"))
    p.add_argument("--method", required=True, choices=METHODS)
    p.add_argument("--class", dest="class_index", type=int, help=t("inspect.cli.help_class"))
    p.add_argument("--which", choices=("final", "best"), default="final", help=t("inspect.cli.help_which"))
    p.add_argument("--invert", choices=("auto", "yes", "no"), default="auto", help=t("inspect.cli.help_invert"))
    p.add_argument("--layer", help=t("inspect.cli.help_cam_layer"))
    p.add_argument("--samples", type=int, default=32, help="SmoothGrad")
    p.add_argument("--noise", type=float, default=0.15, help="SmoothGrad")
    p.add_argument("--seed", type=int, default=0, help="SmoothGrad")
    p.add_argument("--baseline", choices=BASELINES, default="black", help="Integrated Gradients")
    p.add_argument("--steps", type=int, default=128, help="Integrated Gradients")
    p.add_argument("--window", type=int, default=4, help=t("inspect.cli.help_occlusion"))
    p.add_argument("--stride", type=int, default=2, help=t("inspect.cli.help_occlusion"))
    p.add_argument("--fill", default="0", help=t("inspect.cli.help_fill"))
    p.add_argument("--json", action="store_true", help=t("inspect.cli.help_json"))
    p.set_defaults(run=_explain)


# ---- filters --------------------------------------------------------------------------------------


def grid_image(images: np.ndarray, columns: int | None = None, scale: int | None = None, gap: int = 1) -> np.ndarray:
    """Tiles (n, h, w, c) in [0, 1] → one uint8 image with white gaps, each pixel enlarged `scale` times
    (default: tiles at least 56 pixels high)."""
    import numpy as np

    count, height, width, channels = images.shape
    columns = columns or max(1, math.ceil(math.sqrt(count)))
    rows = math.ceil(count / columns)
    scale = scale or max(1, math.ceil(56 / height))
    big_h, big_w = height * scale, width * scale
    canvas = np.full((rows * (big_h + gap) - gap, columns * (big_w + gap) - gap, channels), 255, dtype=np.uint8)
    for i, tile in enumerate(images):
        top, left = (i // columns) * (big_h + gap), (i % columns) * (big_w + gap)
        enlarged = np.kron(np.clip(tile, 0, 1), np.ones((scale, scale, 1)))
        canvas[top:top + big_h, left:left + big_w] = np.round(enlarged * 255).astype(np.uint8)
    return canvas[..., 0] if channels == 1 else canvas


def _filters(args: argparse.Namespace) -> int:
    import numpy as np
    from PIL import Image

    from cnnviz.inspect.patterns import (
        CLASS_SETTINGS,
        CLASSES,
        PatternSettings,
        cached_patterns,
        class_patterns,
        filter_patterns,
    )

    if not args.layer and not args.classes:
        raise _cli_error(t("inspect.cli.layer_or_classes"))
    model, class_names, model_file = load_model_and_classes(args.model, args.which)
    target = CLASSES if args.classes else args.layer
    defaults = CLASS_SETTINGS if args.classes else PatternSettings()
    settings = PatternSettings(
        steps=args.steps or defaults.steps, step_size=args.step_size or defaults.step_size,
        jitter=defaults.jitter if args.jitter is None else args.jitter,
        blur=defaults.blur if args.blur is None else args.blur,
        decay=defaults.decay if args.decay is None else args.decay,
        clip=defaults.clip if args.clip is None else args.clip == "yes", seed=args.seed)

    def progress(done: int, total: int) -> None:
        if not args.quiet:
            print(f"\r{done:,}/{total:,}", end="", flush=True)

    try:
        if Path(args.model).is_dir():  # run folders keep the result, like the page does
            result = cached_patterns(model, args.model, target, settings, model_file, progress=progress)
        elif args.classes:
            result = class_patterns(model, settings, progress=progress)
        else:
            result = filter_patterns(model, target, settings, progress=progress)
    except CnnvizError as exc:
        raise _cli_error(str(exc)) from None
    if not args.quiet:
        print()
    out = Path(args.out)
    try:
        Image.fromarray(grid_image(result.images, args.columns, args.scale)).save(out)
    except (OSError, ValueError) as exc:
        raise _cli_error(t("inspect.cli.cannot_write", path=str(out), reason=str(exc))) from None
    print(t("inspect.cli.wrote_classes" if args.classes else "inspect.cli.wrote_grid", path=str(out),
            count=len(result.images), layer=args.layer, seconds=result.seconds,
            gain=float(np.median(result.final_objective - result.start_objective)),
            cached=t("inspect.cli.from_cache") if result.cached else ""))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Both commands, `explain` then `filters` (cnnviz.cli.main's REGISTRY lists this)."""
    register_explain(sub)
    register_filters(sub)


def register_filters(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("filters", help=t("inspect.cli.help_filters"),
                       description="python -m cnnviz filters (RUN_DIR | MODEL.keras) --layer NAME --out grid.png")
    p.add_argument("model", metavar="RUN_DIR|MODEL.keras", help=t("inspect.cli.help_model"))
    p.add_argument("--layer", help=t("inspect.cli.help_layer"))
    p.add_argument("--classes", action="store_true", help=t("inspect.cli.help_classes"))
    p.add_argument("--out", required=True, help=t("inspect.cli.help_out"))
    p.add_argument("--which", choices=("final", "best"), default="final", help=t("inspect.cli.help_which"))
    p.add_argument("--steps", type=int)
    p.add_argument("--step-size", type=float)
    p.add_argument("--jitter", type=int, help=t("inspect.cli.help_jitter"))
    p.add_argument("--blur", type=float, help=t("inspect.cli.help_blur"))
    p.add_argument("--decay", type=float, help=t("inspect.cli.help_decay"))
    p.add_argument("--clip", choices=("yes", "no"), help=t("inspect.cli.help_clip"))
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--columns", type=int)
    p.add_argument("--scale", type=int, help=t("inspect.cli.help_scale"))
    p.add_argument("--quiet", action="store_true", help=t("inspect.cli.help_quiet"))
    p.set_defaults(run=_filters)
