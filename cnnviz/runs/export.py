"""Take a trained model away: a TensorFlow Lite file and a small runnable predict.py beside it.

`tflite_bytes` converts a Keras model with `tf.lite.TFLiteConverter` (float32, no quantisation, so its
probabilities match Keras to rounding); `tflite_probabilities` runs a .tflite with the TFLite interpreter
(LiteRT's when installed, else TensorFlow's). `write_predict_script` writes a script that needs only numpy,
Pillow and an interpreter (or Keras for a .keras file), prepares an image file the way the run's data was
prepared (size, grey or colour, pad/crop/stretch, [0, 1]) and prints the most likely classes by name.
"""

from __future__ import annotations

import contextlib
import io
import json
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from cnnviz.i18n import CnnvizError

if TYPE_CHECKING:
    import keras

FITS = ("pad", "crop", "stretch")
SCRIPT_NAME = "predict.py"


class ExportError(CnnvizError):
    """A model that cannot be exported or an exported file that cannot be run; the message says why."""


@dataclass(frozen=True)
class Preprocessing:
    """How the run's images were made, so an image file can be prepared the same way."""

    input_shape: tuple[int, int, int]
    class_names: tuple[str, ...]
    fit: str = "stretch"  # "pad"/"crop": a user dataset (cnnviz.data.userdata); "stretch": resize to H×W

    def __post_init__(self) -> None:
        if self.fit not in FITS:
            raise ExportError("export.bad_fit", fit=self.fit)


@dataclass(frozen=True)
class ExportResult:
    tflite: Path
    script: Path
    keras: Path | None
    preprocessing: Preprocessing
    max_difference: float  # largest |TFLite − Keras| probability on the check images


# ---- TensorFlow Lite ----------------------------------------------------------------------------------


def tflite_bytes(model: keras.Model) -> bytes:
    """The model as a float32 TensorFlow Lite flatbuffer."""
    import tensorflow as tf

    try:
        with contextlib.redirect_stdout(io.StringIO()):  # the converter prints the exported signature
            return tf.lite.TFLiteConverter.from_keras_model(model).convert()
    except Exception as exc:  # converter errors come in many types
        raise ExportError("export.tflite_failed", reason=f"{type(exc).__name__}: {str(exc)[:300]}") from None


def export_tflite(model: keras.Model, out: str | Path) -> Path:
    from cnnviz.io import atomic_write_bytes

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(out, tflite_bytes(model))
    return out


def _interpreter_class() -> type:
    try:
        from ai_edge_litert.interpreter import Interpreter  # the maintained LiteRT runtime, when installed
    except ImportError:
        import tensorflow as tf

        Interpreter = tf.lite.Interpreter  # noqa: N806 - a class
    return Interpreter


def tflite_probabilities(tflite: bytes | Path, images: np.ndarray) -> np.ndarray:
    """Run a .tflite (bytes or file) on a batch (N, H, W, C) float32 → its outputs (N, classes)."""
    batch = np.ascontiguousarray(images, dtype=np.float32)
    content = tflite if isinstance(tflite, bytes) else Path(tflite).read_bytes()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # tf.lite.Interpreter announces its move to LiteRT
            interpreter = _interpreter_class()(model_content=content)
        source = interpreter.get_input_details()[0]
        interpreter.resize_tensor_input(source["index"], list(batch.shape))
        interpreter.allocate_tensors()
        interpreter.set_tensor(source["index"], batch)
        interpreter.invoke()
        return np.array(interpreter.get_tensor(interpreter.get_output_details()[0]["index"]))
    except Exception as exc:  # the interpreter raises ValueError/RuntimeError with its own text
        raise ExportError("export.tflite_run_failed", reason=f"{type(exc).__name__}: {str(exc)[:300]}") from None


def max_probability_difference(model: keras.Model, tflite: bytes | Path, images: np.ndarray) -> float:
    """Largest absolute difference between the .tflite's and Keras' outputs on the same images."""
    expected = np.asarray(model(np.asarray(images, np.float32), training=False))
    return float(np.max(np.abs(tflite_probabilities(tflite, images) - expected)))


# ---- predict.py -----------------------------------------------------------------------------------------

_SCRIPT = '''#!/usr/bin/env python3
"""Classify image files with a CNN exported by cnnviz.

    python predict.py IMAGE [IMAGE ...] [--model FILE] [--top 3] [--invert] [--json]

Needs numpy and Pillow, and to run a .tflite file one of: ai-edge-litert, tflite-runtime or tensorflow
(a .keras file needs keras). Each image is prepared like the images the network learned from: resized to
INPUT_SIZE (FIT: "pad" keeps the aspect ratio and pads with black, "crop" cuts the centre square,
"stretch" resizes to the size), grey or colour, pixel values scaled to [0, 1].
"""

import argparse
import json
import os
import sys
import warnings
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

TITLE = __TITLE__
CLASS_NAMES = __CLASS_NAMES__
INPUT_SIZE = __INPUT_SIZE__  # (height, width)
CHANNELS = __CHANNELS__  # 1: grey, 3: colour (RGB)
FIT = __FIT__
MODEL = __MODEL__  # next to this script


def _to_plane(image):
    """8-bit "L" or "RGB": 16-bit scaled, CMYK converted, transparency over white."""
    if image.mode.startswith("I;16") or image.mode in ("I", "F"):
        values = np.asarray(image, dtype=np.float64)
        top = float(values.max(initial=0.0))
        scale = 65535.0 if image.mode.startswith("I;16") or top > 255 else (255.0 if top > 1 else 1.0)
        image = Image.fromarray(np.clip(np.round(values / scale * 255.0), 0, 255).astype(np.uint8), "L")
    if image.mode == "CMYK":
        image = image.convert("RGB")
    elif image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        if rgba.getchannel("A").getextrema()[0] < 255:
            rgba = Image.alpha_composite(Image.new("RGBA", rgba.size, (255, 255, 255, 255)), rgba)
        image = rgba.convert("RGB")
    elif image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    target = "RGB" if CHANNELS == 3 else "L"
    return image if image.mode == target else image.convert(target)


def _fit(image):
    height, width = INPUT_SIZE
    w, h = image.size
    lanczos = Image.Resampling.LANCZOS
    if FIT == "stretch":
        return image.resize((width, height), lanczos, reducing_gap=3.0)
    if FIT == "crop":
        target = width / height
        crop_w, crop_h = (h * target, h) if w / h > target else (w, w / target)
        left, top = (w - crop_w) / 2, (h - crop_h) / 2
        return image.resize((width, height), lanczos, box=(left, top, left + crop_w, top + crop_h),
                            reducing_gap=3.0)
    scale = min(width / w, height / h)
    new_size = (max(1, round(w * scale)), max(1, round(h * scale)))
    resized = image.resize(new_size, lanczos, reducing_gap=3.0)
    if new_size == (width, height):
        return resized
    canvas = Image.new(image.mode, (width, height), 0)
    canvas.paste(resized, ((width - new_size[0]) // 2, (height - new_size[1]) // 2))
    return canvas


def load_image(path, invert=False):
    """An image file as the network's input: (height, width, channels) float32 in [0, 1]."""
    with Image.open(path) as image:
        if image.format in ("JPEG", "MPO") and image.mode in ("RGB", "L", "CMYK"):
            image.draft(image.mode, (INPUT_SIZE[1], INPUT_SIZE[0]))
        image.load()
        image = ImageOps.exif_transpose(image) or image
        array = np.asarray(_fit(_to_plane(image)), dtype=np.float32) / 255.0
    if array.ndim == 2:
        array = array[..., None]
    return 1.0 - array if invert else array


def probabilities(model_path, batch):
    if str(model_path).endswith(".tflite"):
        os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
        warnings.simplefilter("ignore")
        try:
            from ai_edge_litert.interpreter import Interpreter
        except ImportError:
            try:
                from tflite_runtime.interpreter import Interpreter
            except ImportError:
                import tensorflow as tf

                Interpreter = tf.lite.Interpreter
        interpreter = Interpreter(model_path=str(model_path))
        source = interpreter.get_input_details()[0]
        interpreter.resize_tensor_input(source["index"], list(batch.shape))
        interpreter.allocate_tensors()
        interpreter.set_tensor(source["index"], batch.astype(np.float32))
        interpreter.invoke()
        return interpreter.get_tensor(interpreter.get_output_details()[0]["index"])
    import keras

    return keras.saving.load_model(model_path, compile=False).predict(batch, verbose=0)


def main(argv=None):
    parser = argparse.ArgumentParser(description="Classify images with " + TITLE)
    parser.add_argument("images", nargs="+", help="image files (PNG, JPEG, ...)")
    parser.add_argument("--model", default=str(Path(__file__).with_name(MODEL)), help=".tflite or .keras file")
    parser.add_argument("--top", type=int, default=3, help="how many classes to print per image")
    parser.add_argument("--invert", action="store_true", help="invert the image (dark ink on light paper)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)
    try:
        batch = np.stack([load_image(path, args.invert) for path in args.images])
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    results = []
    for path, row in zip(args.images, probabilities(args.model, batch)):
        order = np.argsort(row)[::-1][: max(1, args.top)]
        results.append({"image": path, "top": [[CLASS_NAMES[i], float(row[i])] for i in order]})
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
    else:
        for result in results:
            print(f"{result['image']}: {result['top'][0][0]}")
            for rank, (name, p) in enumerate(result["top"], start=1):
                print(f"  {rank}. {name}  {p:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
'''


def predict_script(preprocessing: Preprocessing, model_filename: str, title: str = "cnnviz") -> str:
    """The text of a standalone predict.py for this model file and preprocessing."""
    height, width, channels = preprocessing.input_shape
    values = {
        "__TITLE__": json.dumps(" ".join(str(title).split())[:120], ensure_ascii=False),
        "__CLASS_NAMES__": json.dumps(list(preprocessing.class_names), ensure_ascii=False),
        "__INPUT_SIZE__": repr((int(height), int(width))),
        "__CHANNELS__": repr(int(channels)),
        "__FIT__": json.dumps(preprocessing.fit),
        "__MODEL__": json.dumps(Path(model_filename).name, ensure_ascii=False),
    }
    text = _SCRIPT
    for placeholder, value in values.items():
        text = text.replace(placeholder, value)
    return text


def write_predict_script(folder: str | Path, preprocessing: Preprocessing, model_filename: str,
                         title: str = "cnnviz") -> Path:
    from cnnviz.io import atomic_write_bytes

    path = Path(folder) / SCRIPT_NAME
    atomic_write_bytes(path, predict_script(preprocessing, model_filename, title).encode("utf-8"))
    return path


# ---- a run --------------------------------------------------------------------------------------------


def run_preprocessing(run_dir: str | Path) -> Preprocessing:
    """The preprocessing of a run's data: its input shape, class names and (user datasets) pad or crop."""
    from cnnviz.data.datasets import USER_DATASET
    from cnnviz.runs import store as runs

    config = runs.load_config(run_dir)
    shape = tuple(int(v) for v in runs.load_architecture(run_dir).input_shape)
    names = runs.run_class_names(run_dir)
    fit = "stretch"
    if config.get("dataset") == USER_DATASET:
        from cnnviz.data.userdata import read_info

        info = read_info(config.get("data_path") or "")
        fit = config.get("image_fit") or (info.fit if info.ok else "pad")  # recorded by the run, else the dataset's
        names = names or (info.class_names if info.ok else None)
    return Preprocessing(shape, tuple(names) if names else (), fit)  # type: ignore[arg-type]


def export_run(run_dir: str | Path, tflite_path: str | Path, *, which: str = "final",
               keras_path: str | Path | None = None, check_images: int = 8, seed: int = 0) -> ExportResult:
    """Write the run's model as .tflite (and .keras if asked) with predict.py beside the .tflite, and check the
    .tflite against Keras on `check_images` random images (the largest probability difference is returned)."""
    import shutil

    from cnnviz.runs import store as runs

    model = runs.load_model(run_dir, which)
    preprocessing = run_preprocessing(run_dir)
    classes = int(model.outputs[0].shape[-1])
    if len(preprocessing.class_names) != classes:
        preprocessing = Preprocessing(preprocessing.input_shape, tuple(str(i) for i in range(classes)),
                                      preprocessing.fit)
    tflite_path = export_tflite(model, tflite_path)
    images = np.random.default_rng(seed).random((max(1, check_images), *preprocessing.input_shape), np.float32)
    difference = max_probability_difference(model, tflite_path, images)
    saved_keras = None
    if keras_path is not None:
        saved_keras = Path(keras_path)
        saved_keras.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(runs.model_path(run_dir, which), saved_keras)
    title = runs.load_run(run_dir).name
    script = write_predict_script(tflite_path.parent, preprocessing, tflite_path.name, title)
    return ExportResult(tflite_path, script, saved_keras, preprocessing, difference)
