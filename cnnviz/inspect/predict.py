"""Fast single-image inference: load a model once, then call it through one compiled TensorFlow graph.

`model.predict` builds a data pipeline and a fresh step function on every call, which costs tens of
milliseconds per drawing. A `tf.function` with a fixed input signature is traced once (at warm-up) and
then runs the same graph each call, in a few milliseconds on a CPU.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from cnnviz import ASSETS_DIR
from cnnviz.models.modelfile import ModelLoadError as ModelLoadError  # re-exported: pages catch it here
from cnnviz.models.modelfile import load_model_file

if TYPE_CHECKING:
    import keras

    from cnnviz.data.preprocess import Preprocessed

DIGIT_CLASSES = tuple(str(d) for d in range(10))


def default_model_path() -> Path:
    """The digit CNN that ships with cnnviz (trained by scripts/train_digit_model.py)."""
    return ASSETS_DIR / "digits.keras"


def default_training_record_path() -> Path:
    return ASSETS_DIR / "digits_training.json"


def default_architecture_path() -> Path:
    return ASSETS_DIR / "digits_architecture.json"


def load_keras_model(path: str | Path) -> keras.Model:
    """The model file through the one loader (cnnviz.models.modelfile: safe mode, one wording for every problem)."""
    return load_model_file(path)


@dataclass
class Predictor:
    """Wraps a Keras classifier; `probabilities(images)` runs the compiled graph and returns numpy."""

    model: Any
    class_names: tuple[str, ...] = DIGIT_CLASSES
    source: str = ""
    _call: Any = field(default=None, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def __post_init__(self) -> None:
        import tensorflow as tf

        signature = [tf.TensorSpec(shape=(None, *self.input_shape), dtype=tf.float32)]
        model = self.model
        self._call = tf.function(lambda x: model(x, training=False), input_signature=signature,
                                 reduce_retracing=True)
        self.probabilities(np.zeros(self.input_shape, dtype=np.float32))  # trace once now, not on first use

    @classmethod
    def from_file(cls, path: str | Path, class_names: tuple[str, ...] = DIGIT_CLASSES) -> Predictor:
        return cls(load_keras_model(path), class_names=class_names, source=str(path))

    @classmethod
    def default(cls) -> Predictor:
        return cls.from_file(default_model_path())

    @property
    def input_shape(self) -> tuple[int, int, int]:
        return tuple(int(v) for v in self.model.input_shape[1:])

    @property
    def num_classes(self) -> int:
        return int(self.model.output_shape[-1])

    def probabilities(self, images: np.ndarray) -> np.ndarray:
        """(H, W, C) → (classes,), or (N, H, W, C) → (N, classes): the softmax output, float32."""
        batch = np.asarray(images, dtype=np.float32)
        single = batch.ndim == len(self.input_shape)
        if single:
            batch = batch[None]
        if batch.shape[1:] != self.input_shape:
            raise ValueError(f"model expects images of shape {self.input_shape}, got {batch.shape[1:]}")
        with self._lock:  # one Streamlit process serves many sessions from the same cached Predictor
            output = self._call(batch).numpy()
        return output[0] if single else output

    def label(self, probabilities: np.ndarray) -> str:
        index = int(np.argmax(probabilities))
        return self.class_names[index] if index < len(self.class_names) else str(index)


# ---------------------------------------------------------------- saved runs and image files


def run_class_names(dataset: str) -> tuple[str, ...] | None:
    """The class names of a run's dataset, or None if the name is unknown."""
    from cnnviz.data.datasets import DATASET_INFO, DataError, normalize_name

    try:
        return DATASET_INFO[normalize_name(dataset)].class_names
    except DataError:
        return None


def is_digit_model(input_shape: tuple[int, ...], dataset: str) -> bool:
    """Can this model read a drawn digit? It must take one 28×28 grey image and have learned MNIST digits."""
    return tuple(input_shape) == (28, 28, 1) and dataset.strip().lower() == "mnist"


def class_names_of_run(run_dir: str | Path, n_classes: int) -> tuple[str, ...]:
    """The names the run recorded, else its dataset's, else numbers."""
    from cnnviz.runs.store import load_run
    from cnnviz.runs.store import run_class_names as recorded_class_names

    return (recorded_class_names(run_dir) or run_class_names(load_run(run_dir).dataset)
            or tuple(str(i) for i in range(n_classes)))


def predictor_for_run(run_dir: str | Path, which: str = "final") -> Predictor:
    from cnnviz.runs.layout import model_path

    path = model_path(run_dir, which)
    model = load_keras_model(path)
    return Predictor(model, class_names=class_names_of_run(run_dir, int(model.output_shape[-1])), source=str(path))


@dataclass
class Prediction:
    label: str
    index: int
    probabilities: np.ndarray
    model_input: np.ndarray
    preprocessed: Preprocessed | None  # the MNIST-style steps, for digit models


def predict_image(predictor: Predictor, image: Any, invert: bool | None = None) -> Prediction:
    """Preprocess like the model's training data (MNIST steps for a digit model, a plain resize otherwise)
    and predict. Raises ImageError for unusable or empty images."""
    from cnnviz.data.preprocess import ImageError, to_mnist, to_model_input

    preprocessed = None
    if predictor.input_shape == (28, 28, 1) and predictor.class_names == DIGIT_CLASSES:
        preprocessed = to_mnist(image, invert=invert)
        if preprocessed.empty:
            raise ImageError("preprocess.empty_image")
        model_input = preprocessed.image
    else:
        model_input = to_model_input(image, predictor.input_shape, invert=bool(invert))
    probabilities = predictor.probabilities(model_input)
    index = int(np.argmax(probabilities))
    return Prediction(predictor.label(probabilities), index, probabilities, model_input, preprocessed)
