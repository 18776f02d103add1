"""Adversarial examples: a change too small to see that flips the prediction.

FGSM (Goodfellow et al. 2015) takes one step of size ε in the direction of the sign of the loss gradient:
x' = clip₀₁(x + ε·sign(∇ₓ loss(x, y))). Iterated FGSM (Kurakin et al. 2017) takes `steps` smaller steps of
size α, each followed by a projection back into the ε-ball around x (every pixel within ±ε of the original)
and a clip to [0, 1]. The loss is the cross-entropy of label y computed from the logits (the class scores
before softmax), so a saturated softmax does not hide the gradient.

Everything runs in one compiled `tf.function` per model that takes a batch of images, each with its own
label and ε: the ε search and the accuracy curve are a few batched calls, not a loop of eager calls.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from cnnviz.inspect import ExplainError
from cnnviz.inspect.extract import ProgressCallback, as_batch, class_scores_forward, input_shape, predict_probabilities

if TYPE_CHECKING:
    import keras

METHODS = ("fgsm", "ifgsm")
DEFAULT_EPSILONS = (0.0, 0.01, 0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3)
SEARCH_EPSILONS = tuple(round(v, 3) for v in np.arange(0.002, 0.302, 0.002))  # 0.002 … 0.3

_ATTACKS: weakref.WeakKeyDictionary[Any, Callable] = weakref.WeakKeyDictionary()


@dataclass(frozen=True, eq=False)
class AdversarialResult:
    method: str
    epsilon: float
    alpha: float
    steps: int
    label: int  # the class whose loss was raised (the true label, or the prediction when none was given)
    original: np.ndarray  # (H, W, C)
    adversarial: np.ndarray
    probabilities_before: np.ndarray  # (classes,)
    probabilities_after: np.ndarray

    @property
    def perturbation(self) -> np.ndarray:
        """adversarial − original: every value within ±ε."""
        return self.adversarial - self.original

    @property
    def predicted_before(self) -> int:
        return int(np.argmax(self.probabilities_before))

    @property
    def predicted_after(self) -> int:
        return int(np.argmax(self.probabilities_after))

    @property
    def flipped(self) -> bool:
        """Did the predicted class change?"""
        return self.predicted_after != self.predicted_before


@dataclass(frozen=True, eq=False)
class FlipSearch:
    """Which ε of a grid flip the prediction of one image; `smallest` is the first that does (or None)."""

    method: str
    epsilons: np.ndarray
    predicted: np.ndarray  # predicted class after the attack at each ε
    predicted_before: int

    @property
    def flipped(self) -> np.ndarray:
        return self.predicted != self.predicted_before

    @property
    def smallest(self) -> float | None:
        hits = np.flatnonzero(self.flipped)
        return float(self.epsilons[hits[0]]) if len(hits) else None


@dataclass(frozen=True)
class FragileExample:
    """A correctly and confidently classified image and the smallest ε of the grid that flips it."""

    index: int
    label: int
    confidence: float
    epsilon: float


@dataclass(frozen=True, eq=False)
class RobustnessCurve:
    method: str
    epsilons: np.ndarray
    accuracy: np.ndarray  # accuracy under attack at each ε (ε = 0: the clean accuracy)
    n: int  # images


# ---------------------------------------------------------------- the compiled attack


def _attack_function(model: keras.Model) -> Callable:
    """(x, labels, ε per image, α per image, steps) → the attacked batch, compiled once per model."""
    if model not in _ATTACKS:
        import tensorflow as tf

        forward = class_scores_forward(model)
        height, width, channels = input_shape(model)

        @tf.function(input_signature=[tf.TensorSpec((None, height, width, channels), tf.float32),
                                      tf.TensorSpec((None,), tf.int32), tf.TensorSpec((None,), tf.float32),
                                      tf.TensorSpec((None,), tf.float32), tf.TensorSpec((), tf.int32)])
        def attack(x, labels, epsilon, alpha, steps):
            eps = tf.reshape(epsilon, (-1, 1, 1, 1))
            step = tf.reshape(alpha, (-1, 1, 1, 1))
            low, high = tf.maximum(x - eps, 0.0), tf.minimum(x + eps, 1.0)
            adversarial = x
            for _ in tf.range(steps):
                with tf.GradientTape() as tape:
                    tape.watch(adversarial)
                    logits = forward(adversarial)[1]
                    loss = tf.nn.sparse_softmax_cross_entropy_with_logits(labels, logits)
                grad = tape.gradient(loss, adversarial)
                adversarial = tf.clip_by_value(adversarial + step * tf.sign(grad), low, high)
            return adversarial

        _ATTACKS[model] = attack
    return _ATTACKS[model]


def _method_steps(method: str, epsilon: np.ndarray, steps: int, alpha: float | None) -> tuple[np.ndarray, int]:
    if method not in METHODS:
        raise ExplainError("inspect.error.choice", what="method", value=method, options=", ".join(METHODS))
    if method == "fgsm":
        return epsilon.astype(np.float32), 1
    if not 1 <= steps <= 1000:
        raise ExplainError("inspect.error.range", what="steps", value=steps, low=1, high=1000)
    step = np.full_like(epsilon, alpha, dtype=np.float32) if alpha is not None else 2.5 * epsilon / steps
    return step.astype(np.float32), int(steps)


def _check_epsilons(epsilons: Sequence[float] | np.ndarray) -> np.ndarray:
    """The ε values as float64 (as given: reported back exactly); the attack itself runs in float32."""
    values = np.asarray(epsilons, dtype=np.float64).ravel()
    if len(values) == 0 or not np.all(np.isfinite(values)) or values.min() < 0 or values.max() > 1:
        raise ExplainError("inspect.error.range", what="ε", value=list(np.asarray(epsilons).ravel()), low=0, high=1)
    return values


def attack_batch(model: keras.Model, images: np.ndarray, labels: np.ndarray, epsilon: float | np.ndarray,
                 method: str = "fgsm", steps: int = 10, alpha: float | None = None) -> np.ndarray:
    """Attacked copies of a batch (n, H, W, C); ε may be one number or one per image. Iterated FGSM's step
    α defaults to 2.5·ε/steps (Madry et al.), so the walk can reach the edge of the ε-ball and move along it."""
    batch = as_batch(model, images)
    labels = np.asarray(labels, dtype=np.int32).ravel()
    n_classes = int(model.outputs[0].shape[-1])
    if len(labels) != len(batch):
        raise ExplainError("inspect.error.label_count", labels=len(labels), images=len(batch))
    if len(labels) and (labels.min() < 0 or labels.max() >= n_classes):
        raise ExplainError("inspect.error.class_index", index=int(labels.max()), last=n_classes - 1)
    eps = _check_epsilons(np.broadcast_to(np.asarray(epsilon, dtype=np.float64), (len(batch),)))
    step, count = _method_steps(method, eps, steps, alpha)
    return np.asarray(_attack_function(model)(batch, labels, eps.astype(np.float32), step, np.int32(count)))


def attack(model: keras.Model, image: np.ndarray, epsilon: float, label: int | None = None, method: str = "fgsm",
           steps: int = 10, alpha: float | None = None) -> AdversarialResult:
    """Attack one image (H, W, C). `label` is the class whose loss is raised: the true label, or by default
    the model's own prediction (then any flip is a success)."""
    batch = as_batch(model, image)
    before = predict_probabilities(model, batch)[0]
    label = int(np.argmax(before)) if label is None else int(label)
    adversarial = attack_batch(model, batch, np.array([label]), epsilon, method, steps, alpha)
    after = predict_probabilities(model, adversarial)[0]
    step, count = _method_steps(method, np.array([epsilon], np.float32), steps, alpha)
    return AdversarialResult(method, float(epsilon), float(step[0]), count, label, batch[0], adversarial[0],
                             before, after)


def smallest_flipping_epsilon(model: keras.Model, image: np.ndarray, label: int | None = None,
                              epsilons: Sequence[float] = SEARCH_EPSILONS, method: str = "fgsm", steps: int = 10,
                              alpha: float | None = None) -> FlipSearch:
    """Attack one image at every ε of a grid in one batch and report which ε flip its prediction."""
    batch = as_batch(model, image)
    grid = _check_epsilons(epsilons)
    before = int(np.argmax(predict_probabilities(model, batch)[0]))
    label = before if label is None else int(label)
    copies = np.repeat(batch, len(grid), axis=0)
    predicted = np.empty(len(grid), dtype=np.int64)
    for start in range(0, len(grid), 256):
        part = slice(start, start + 256)
        attacked = attack_batch(model, copies[part], np.full(len(grid[part]), label), grid[part], method, steps, alpha)
        predicted[part] = predict_probabilities(model, attacked).argmax(axis=1)
    return FlipSearch(method, grid, predicted, before)


def accuracy_under_attack(model: keras.Model, images: np.ndarray, labels: np.ndarray,
                          epsilons: Sequence[float] = DEFAULT_EPSILONS, method: str = "fgsm", steps: int = 10,
                          batch_size: int = 250, progress: ProgressCallback | None = None) -> RobustnessCurve:
    """Accuracy on `images` when every image is attacked (with its true label) at each ε, in batches;
    progress(done, total) counts attacked images."""
    batch = as_batch(model, images)
    labels = np.asarray(labels).astype(np.int64).ravel()
    grid = _check_epsilons(epsilons)
    if len(labels) != len(batch):
        raise ExplainError("inspect.error.label_count", labels=len(labels), images=len(batch))
    total, done = len(batch) * len(grid), 0
    accuracy = np.zeros(len(grid), dtype=np.float64)
    for i, eps in enumerate(grid):
        correct = 0
        for start in range(0, len(batch), batch_size):
            part = slice(start, start + batch_size)
            attacked = batch[part] if eps == 0 else attack_batch(model, batch[part], labels[part], float(eps),
                                                                   method, steps)
            correct += int((predict_probabilities(model, attacked).argmax(axis=1) == labels[part]).sum())
            done += len(labels[part])
            if progress is not None:
                progress(done, total)
        accuracy[i] = correct / max(len(batch), 1)
    return RobustnessCurve(method, grid, accuracy, len(batch))


def fragile_examples(model: keras.Model, images: np.ndarray, labels: np.ndarray, min_confidence: float = 0.9,
                     epsilons: Sequence[float] = tuple(np.round(np.arange(0.005, 0.1001, 0.005), 3)),
                     method: str = "fgsm", steps: int = 10, batch_size: int = 250,
                     progress: ProgressCallback | None = None) -> list[FragileExample]:
    """Images the model gets right with probability ≥ min_confidence that an attack flips at a small ε:
    sorted by that ε (smallest first), then by confidence (highest first). The grid is walked upwards, each ε
    one batched attack on the images not flipped yet; progress(done, total) counts the ε values."""
    batch = as_batch(model, images)
    labels = np.asarray(labels).astype(np.int64).ravel()
    if len(labels) != len(batch):
        raise ExplainError("inspect.error.label_count", labels=len(labels), images=len(batch))
    grid = np.sort(_check_epsilons(epsilons))
    probabilities = predict_probabilities(model, batch)
    confidence = probabilities[np.arange(len(batch)), labels] if len(batch) else np.zeros(0)
    waiting = np.flatnonzero((probabilities.argmax(axis=1) == labels) & (confidence >= min_confidence))
    found: list[FragileExample] = []
    for i, eps in enumerate(grid):
        for start in range(0, len(waiting), batch_size):
            part = waiting[start:start + batch_size]
            attacked = attack_batch(model, batch[part], labels[part], float(eps), method, steps)
            flipped = part[predict_probabilities(model, attacked).argmax(axis=1) != labels[part]]
            found += [FragileExample(int(j), int(labels[j]), float(confidence[j]), float(eps)) for j in flipped]
        waiting = np.setdiff1d(waiting, [f.index for f in found])
        if progress is not None:
            progress(i + 1, len(grid))
        if len(waiting) == 0:
            break
    return sorted(found, key=lambda f: (f.epsilon, -f.confidence))
