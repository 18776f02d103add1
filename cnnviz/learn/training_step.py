"""One training step of the study notes' tiny CNN, opened up (seed 001's ConvolutionNetwork).

conv 3×3 "same" (10 kernels) → ReLU → 2×2 max pool → flatten → dense + ReLU → dense → softmax, with explicit
tf.Variables initialised Glorot-uniform. A step runs the forward pass under `tf.GradientTape`, takes the
gradient of the mean cross-entropy for every weight, and applies plain SGD (w ← w − lr·g) through
`keras.optimizers.SGD.apply_gradients`, as the notes do. Weights travel as numpy arrays between steps, so a
page can keep them in its session and step again. TensorFlow is imported lazily.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import InitVar, dataclass, field, fields, replace
from typing import Any

import numpy as np

from cnnviz.i18n import t
from cnnviz.learn.lab import LabError, glorot_limit, mnist_images_at, mnist_labels

WEIGHT_NAMES = ("conv_w", "conv_b", "w1", "b1", "w2", "b2")


class _WeightRoles(Mapping[str, str]):
    """What each weight is, in the current language (catalog keys lab_text.weight_role.<name>)."""

    def __getitem__(self, name: str) -> str:
        if name not in WEIGHT_NAMES:
            raise KeyError(name)
        return t(f"lab_text.weight_role.{name}")

    def __iter__(self) -> Iterator[str]:
        return iter(WEIGHT_NAMES)

    def __len__(self) -> int:
        return len(WEIGHT_NAMES)


WEIGHT_ROLES: Mapping[str, str] = _WeightRoles()
DIGIT_NAMES = tuple(str(d) for d in range(10))


@dataclass(frozen=True)
class TinyCNN:
    conv_w: np.ndarray
    conv_b: np.ndarray
    w1: np.ndarray
    b1: np.ndarray
    w2: np.ndarray
    b2: np.ndarray

    def as_dict(self) -> dict[str, np.ndarray]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @property
    def n_kernels(self) -> int:
        return self.conv_w.shape[3]

    @property
    def n_params(self) -> int:
        return sum(int(w.size) for w in self.as_dict().values())


@dataclass(frozen=True)
class Batch:
    x: np.ndarray  # (N, 28, 28, 1) in [0, 1]
    y: np.ndarray  # (N,) int class indices
    class_names: tuple[str, ...] = DIGIT_NAMES


@dataclass(frozen=True)
class Stage:
    """One line of the forward pass: what runs (`name`, in the current language), its code and the shape it
    produces."""

    key: str  # catalog key lab_text.stage.<key>
    code: str
    shape: tuple[int, ...]

    @property
    def name(self) -> str:
        return t(f"lab_text.stage.{self.key}")


@dataclass(frozen=True)
class StepResult:
    learning_rate: float
    before: TinyCNN
    after: TinyCNN
    gradients: dict[str, np.ndarray]
    loss: float  # mean cross-entropy of the batch before the step
    new_loss: float  # ... and after it
    probabilities: np.ndarray  # (N, classes) before the step
    accuracy: float  # fraction of the batch predicted right before the step
    stages: list[Stage] = field(default_factory=list)
    feature_maps: np.ndarray | None = None  # first image after conv + ReLU, (h, w, kernels)

    def gradient_norms(self) -> dict[str, float]:
        return {name: float(np.linalg.norm(g)) for name, g in self.gradients.items()}

    @property
    def dead(self) -> bool:
        """No gradient reaches the kernels or the first dense layer: every ReLU after the convolution outputs 0
        for every image, so the output no longer depends on the input and cannot learn to (the loss drifts to
        ln(classes), the loss of guessing every class equally)."""
        return not self.gradients["conv_w"].any() and not self.gradients["w1"].any()


def sample_batch(size: int = 32, offset: int = 0) -> Batch:
    """A class-balanced batch of real digits from the bundled MNIST sample (round-robin over the classes)."""
    if not 1 <= size <= 500:
        raise LabError("lab.batch_size", value=size)
    labels = mnist_labels()
    per_class = [np.flatnonzero(labels == c) for c in range(10)]
    order = np.array([idx[(offset + i) % len(idx)] for i in range(size // 10 + 1) for idx in per_class][:size])
    return Batch(x=mnist_images_at(order)[..., None].astype(np.float32), y=labels[order])


def init_weights(input_shape: tuple[int, int, int] = (28, 28, 1), n_kernels: int = 10, units: int = 32,
                 n_classes: int = 10, seed: int = 0, dtype: type = np.float32) -> TinyCNN:
    """Glorot-uniform kernels and dense weights (uniform in ±√(6 / (fan_in + fan_out))), zero biases."""
    import keras

    h, w, c = input_shape
    n_features = (h // 2) * (w // 2) * n_kernels

    def glorot(shape: tuple[int, ...], offset: int) -> np.ndarray:
        initializer = keras.initializers.GlorotUniform(seed=seed * 10 + offset)
        return np.asarray(initializer(shape), dtype=dtype)

    return TinyCNN(conv_w=glorot((3, 3, c, n_kernels), 0), conv_b=np.zeros(n_kernels, dtype),
                   w1=glorot((n_features, units), 1), b1=np.zeros(units, dtype),
                   w2=glorot((units, n_classes), 2), b2=np.zeros(n_classes, dtype))


def glorot_table(weights: TinyCNN) -> list[tuple[str, tuple[int, ...], int, int, float, float]]:
    """(name, shape, fan_in, fan_out, limit, largest |w| now) for each Glorot-initialised weight."""
    rows = []
    for name in ("conv_w", "w1", "w2"):
        array = getattr(weights, name)
        g = glorot_limit(array.shape)
        rows.append((name, array.shape, g.fan_in, g.fan_out, g.limit, float(np.abs(array).max())))
    return rows


def _forward(tf, variables: dict, x, with_stages: bool = False):
    """The notes' forpass(): returns logits, and the stages (shapes) and first image's feature maps."""
    c_out = tf.nn.conv2d(x, variables["conv_w"], strides=1, padding="SAME") + variables["conv_b"]
    r_out = tf.nn.relu(c_out)
    p_out = tf.nn.max_pool2d(r_out, ksize=2, strides=2, padding="VALID")
    f_out = tf.reshape(p_out, [x.shape[0], -1])
    z1 = tf.matmul(f_out, variables["w1"]) + variables["b1"]
    a1 = tf.nn.relu(z1)
    z2 = tf.matmul(a1, variables["w2"]) + variables["b2"]
    if not with_stages:
        return z2, [], None
    stages = [
        Stage("input", "x", tuple(x.shape)),
        Stage("convolution", "tf.nn.conv2d(x, conv_w, strides=1, padding='SAME') + conv_b", tuple(c_out.shape)),
        Stage("relu", "tf.nn.relu(c_out)", tuple(r_out.shape)),
        Stage("max_pooling", "tf.nn.max_pool2d(r_out, ksize=2, strides=2, padding='VALID')", tuple(p_out.shape)),
        Stage("flatten", "tf.reshape(p_out, [batch, -1])", tuple(f_out.shape)),
        Stage("dense_relu", "tf.nn.relu(tf.matmul(f_out, w1) + b1)", tuple(a1.shape)),
        Stage("output_logits", "tf.matmul(a1, w2) + b2", tuple(z2.shape)),
        Stage("softmax", "tf.nn.softmax(z2)", tuple(z2.shape)),
    ]
    return z2, stages, r_out[0].numpy()


def _loss(tf, logits, y, n_classes: int):
    one_hot = tf.one_hot(y, n_classes, dtype=logits.dtype)
    return tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=one_hot, logits=logits))


def _check_batch(weights: TinyCNN, batch: Batch) -> None:
    if batch.x.ndim != 4 or batch.x.shape[-1] != weights.conv_w.shape[2]:
        raise LabError("lab.batch_shape", shape=str(batch.x.shape), channels=weights.conv_w.shape[2])
    n_features = (batch.x.shape[1] // 2) * (batch.x.shape[2] // 2) * weights.n_kernels
    if n_features != weights.w1.shape[0]:
        raise LabError("lab.features_differ", n=n_features, expected=weights.w1.shape[0])


def loss_value(weights: TinyCNN, batch: Batch) -> float:
    import tensorflow as tf

    _check_batch(weights, batch)
    dtype = weights.conv_w.dtype
    variables = {name: tf.constant(array) for name, array in weights.as_dict().items()}
    logits, _, _ = _forward(tf, variables, tf.constant(batch.x.astype(dtype)))
    return float(_loss(tf, logits, batch.y, weights.w2.shape[1]).numpy())


def training_step(weights: TinyCNN, batch: Batch, learning_rate: float = 0.01) -> StepResult:
    """Forward pass, loss, gradients by tf.GradientTape, one SGD step; the loss after the step too."""
    import keras
    import tensorflow as tf

    if not 0 < learning_rate <= 10:
        raise LabError("lab.learning_rate", value=learning_rate)
    _check_batch(weights, batch)
    dtype = weights.conv_w.dtype
    x = tf.constant(batch.x.astype(dtype))
    variables = {name: tf.Variable(array, name=name) for name, array in weights.as_dict().items()}
    weights_list = [variables[name] for name in WEIGHT_NAMES]
    with tf.GradientTape() as tape:
        logits, stages, maps = _forward(tf, variables, x, with_stages=True)
        loss = _loss(tf, logits, batch.y, weights.w2.shape[1])
    grads = tape.gradient(loss, weights_list)
    probabilities = tf.nn.softmax(logits).numpy()
    keras.optimizers.SGD(learning_rate=learning_rate).apply_gradients(zip(grads, weights_list, strict=True))
    after = TinyCNN(**{name: variables[name].numpy() for name in WEIGHT_NAMES})
    return StepResult(learning_rate=learning_rate, before=weights, after=after,
                      gradients={name: g.numpy() for name, g in zip(WEIGHT_NAMES, grads, strict=True)},
                      loss=float(loss.numpy()), new_loss=loss_value(after, batch), probabilities=probabilities,
                      accuracy=batch_accuracy(probabilities, batch.y), stages=stages, feature_maps=maps)


def batch_accuracy(probabilities: np.ndarray, y: np.ndarray) -> float:
    return float(np.mean(np.argmax(probabilities, axis=1) == y))


def with_weight(weights: TinyCNN, name: str, index: tuple[int, ...], value: float) -> TinyCNN:
    """A copy with one weight changed (for finite differences and 'what if' experiments)."""
    array = getattr(weights, name).copy()
    array[index] = value
    return replace(weights, **{name: array})


Runner = Callable[..., Any]  # run(function, *args): here, or in an inference worker (the web process has no TF)


def run_here(function: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
    return function(*args, **kwargs)


@dataclass
class Stepper:
    """A network being trained one step at a time on one fixed batch (what the Training step page keeps).

    `history[i]` is (loss, accuracy) of the batch after i steps; `preview` holds the gradients at the current
    weights and what the next step would do, so the page can show them before the step is taken. The TensorFlow
    work (the Glorot initialisation, each step) goes through `run`: the page passes its workers."""

    batch_size: int = 20
    n_kernels: int = 10
    units: int = 32
    seed: int = 0
    weights: TinyCNN = field(init=False)
    batch: Batch = field(init=False)
    steps: int = 0
    history: list[tuple[float, float]] = field(default_factory=list)
    preview: StepResult | None = None
    run: InitVar[Runner] = run_here

    def __post_init__(self, run: Runner) -> None:
        if not 1 <= self.n_kernels <= 64 or not 1 <= self.units <= 1024:
            raise LabError("lab.tiny_cnn_size", kernels=self.n_kernels, units=self.units)
        self.batch = sample_batch(self.batch_size, offset=self.seed)
        self.weights = run(init_weights, n_kernels=self.n_kernels, units=self.units, seed=self.seed)

    def preview_for(self, learning_rate: float, run: Runner = run_here) -> StepResult:
        if self.preview is None or self.preview.learning_rate != learning_rate:
            self.preview = run(training_step, self.weights, self.batch, learning_rate)
        if len(self.history) == self.steps:
            self.history.append((self.preview.loss, self.preview.accuracy))
        return self.preview

    def advance(self, learning_rate: float, run: Runner = run_here) -> StepResult:
        """Take the step: the previewed new weights become the current ones."""
        taken = self.preview_for(learning_rate, run)
        self.weights = taken.after
        self.steps += 1
        self.preview = None
        return taken
