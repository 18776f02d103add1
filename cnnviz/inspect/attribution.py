"""Which pixels of one image mattered for one class: five attribution methods side by side.

* Grad-CAM (:func:`cnnviz.inspect.extract.grad_cam`): a conv layer's maps weighted by their mean gradient.
* Saliency: the gradient of the class score with respect to each input pixel.
* SmoothGrad: the saliency averaged over noisy copies of the image (seeded).
* Integrated Gradients: (x − baseline) × the gradient averaged along the straight path from a baseline to x;
  the attributions add up to score(x) − score(baseline) (completeness), which is checked and reported.
* Occlusion: how much the score drops when a window of the image is covered (window, stride, fill).

Every method explains the class score *before* softmax (the logit, see
:func:`cnnviz.inspect.extract.class_scores_forward`). Gradients and scores come from compiled `tf.function`s that take
a whole batch (all noisy copies, all path points, all occluded images) at once, built once per model and kept
in weak caches like :mod:`cnnviz.inspect.extract`'s.

Channels → one H×W map (the page and the CLI show the same map): :func:`reduce_channels`. Saliency and
SmoothGrad take the largest |gradient| over the channels (Simonyan et al. 2014); Integrated Gradients sums the
channels keeping the sign, so its map still adds up to the score difference; Grad-CAM and occlusion are per
pixel already (occlusion covers all channels of a pixel together).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from cnnviz.i18n import t
from cnnviz.inspect import ExplainError
from cnnviz.inspect.extract import as_batch, class_scores_forward, conv_layer_names, grad_cam, input_shape

if TYPE_CHECKING:
    import keras

METHODS = ("gradcam", "saliency", "smoothgrad", "integrated-gradients", "occlusion")
BASELINES = ("black", "blurred", "grey")
REDUCTIONS = ("max_abs", "sum", "sum_abs")
DEFAULT_REDUCTION = {"saliency": "max_abs", "smoothgrad": "max_abs", "integrated-gradients": "sum"}
COMPLETENESS_TOLERANCE = 0.01  # |Σ attributions − score difference| ≤ 1 % of |score difference| (or 1e-4)
BATCH_SIZE = 64  # images per compiled call

_GRADIENTS: weakref.WeakKeyDictionary[Any, Callable] = weakref.WeakKeyDictionary()
_SCORES: weakref.WeakKeyDictionary[Any, Callable] = weakref.WeakKeyDictionary()


# ---------------------------------------------------------------- results


@dataclass(frozen=True)
class Completeness:
    """Integrated Gradients' check: the attributions should add up to score(x) − score(baseline)."""

    attribution_sum: float
    score: float
    baseline_score: float

    @property
    def score_difference(self) -> float:
        return self.score - self.baseline_score

    @property
    def gap(self) -> float:
        return abs(self.attribution_sum - self.score_difference)

    @property
    def relative_gap(self) -> float:
        return self.gap / max(abs(self.score_difference), 1e-12)

    def holds(self, tolerance: float = COMPLETENESS_TOLERANCE) -> bool:
        return self.gap <= max(tolerance * abs(self.score_difference), 1e-4)

    def text(self, tolerance: float = COMPLETENESS_TOLERANCE) -> str:
        verdict = t("inspect.ig.holds" if self.holds(tolerance) else "inspect.ig.fails", percent=100 * tolerance)
        return t("inspect.ig.completeness", total=self.attribution_sum, difference=self.score_difference,
                 score=self.score, baseline=self.baseline_score, gap=self.gap, percent=100 * self.relative_gap,
                 verdict=verdict)


@dataclass(frozen=True, eq=False)
class AttributionResult:
    """One method's answer for one image and class.

    `map` is what the page and the CLI show: (H, W) at the input's size. `signed` maps have meaningful
    negative values (evidence against the class); unsigned ones are ≥ 0. `raw` keeps the per-channel values
    (H, W, C) where the method has them.
    """

    method: str
    class_index: int
    score: float  # the class score (logit) of the image
    map: np.ndarray
    signed: bool
    reduction: str = ""  # how channels were reduced ("" when the method is per pixel already)
    raw: np.ndarray | None = None
    baseline: np.ndarray | None = None  # Integrated Gradients: the baseline image
    completeness: Completeness | None = None  # Integrated Gradients
    window_drops: np.ndarray | None = None  # occlusion: score drop per window position (rows, cols)
    window_tops: np.ndarray | None = None
    window_lefts: np.ndarray | None = None
    settings: dict[str, Any] = field(default_factory=dict)

    @property
    def title_key(self) -> str:
        return f"inspect.method.{self.method.replace('-', '_')}"

    @property
    def about_key(self) -> str:
        """Catalog key of the one line: what the map measures and when it misleads."""
        return f"inspect.about.{self.method.replace('-', '_')}"

    @property
    def title(self) -> str:
        return t(self.title_key)

    @property
    def about(self) -> str:
        return t(self.about_key)


# ---------------------------------------------------------------- channels


def reduce_channels(values: np.ndarray, how: str = "max_abs") -> np.ndarray:
    """(H, W, C) → (H, W): "max_abs" = the largest |value| over channels (for gradients, whose sign per
    channel says little); "sum" = the signed sum (keeps Integrated Gradients' completeness); "sum_abs" = Σ|value|.
    An (H, W) input is returned as float32 unchanged."""
    values = np.asarray(values, dtype=np.float32)
    if values.ndim == 2:
        return values
    if values.ndim != 3:
        raise ExplainError("inspect.error.attribution_shape", shape=str(values.shape))
    if how == "max_abs":
        return np.abs(values).max(axis=-1)
    if how == "sum":
        return values.sum(axis=-1)
    if how == "sum_abs":
        return np.abs(values).sum(axis=-1)
    raise ExplainError("inspect.error.choice", what="reduction", value=how, options=", ".join(REDUCTIONS))


# ---------------------------------------------------------------- compiled functions


def _signature(model: keras.Model) -> Any:
    import tensorflow as tf

    return tf.TensorSpec((None, *input_shape(model)), tf.float32)


def _scores_function(model: keras.Model) -> Callable:
    """x (n, H, W, C) → class scores before softmax (n, classes), compiled once per model."""
    if model not in _SCORES:
        import tensorflow as tf

        forward = class_scores_forward(model)
        _SCORES[model] = tf.function(lambda x: forward(x)[1], input_signature=[_signature(model)])
    return _SCORES[model]


def _gradients_function(model: keras.Model) -> Callable:
    """(x (n, H, W, C), class) → (the class score of each image (n,), its gradient w.r.t. the image).

    One call handles a whole batch: each image's score depends only on that image (inference mode), so the
    gradient of the batch's summed score gives every image its own gradient."""
    if model not in _GRADIENTS:
        import tensorflow as tf

        forward = class_scores_forward(model)

        @tf.function(input_signature=[_signature(model), tf.TensorSpec((), tf.int32)])
        def gradients(x, class_index):
            with tf.GradientTape() as tape:
                tape.watch(x)
                score = forward(x)[1][:, class_index]
            return score, tape.gradient(score, x)

        _GRADIENTS[model] = gradients
    return _GRADIENTS[model]


def _chunks(count: int, size: int = BATCH_SIZE) -> Iterator[slice]:
    for start in range(0, count, size):
        yield slice(start, min(start + size, count))


def class_scores(model: keras.Model, images: np.ndarray, batch_size: int = 256) -> np.ndarray:
    """Class scores before softmax (n, classes) for a batch (or (classes,) for one image)."""
    batch = as_batch(model, images)
    scores = _scores_function(model)
    out = np.concatenate([np.asarray(scores(batch[part])) for part in _chunks(len(batch), batch_size)])
    return out[0] if np.asarray(images).ndim == 3 else out


def _gradients(model: keras.Model, batch: np.ndarray, class_index: int) -> tuple[np.ndarray, np.ndarray]:
    function = _gradients_function(model)
    scores, grads = [], []
    for part in _chunks(len(batch)):
        score, grad = function(batch[part], np.int32(class_index))
        scores.append(np.asarray(score))
        grads.append(np.asarray(grad))
    return np.concatenate(scores), np.concatenate(grads)


def _check_class(model: keras.Model, image: np.ndarray, class_index: int | None) -> tuple[np.ndarray, int]:
    batch = as_batch(model, image)
    if len(batch) != 1:
        raise ExplainError("inspect.error.one_image", count=len(batch))
    n_classes = int(model.outputs[0].shape[-1])
    if class_index is None:
        class_index = int(np.argmax(class_scores(model, batch)[0]))
    if not 0 <= int(class_index) < n_classes:
        raise ExplainError("inspect.error.class_index", index=class_index, last=n_classes - 1)
    return batch, int(class_index)


# ---------------------------------------------------------------- the methods


def saliency(model: keras.Model, image: np.ndarray, class_index: int | None = None,
             reduction: str = DEFAULT_REDUCTION["saliency"]) -> AttributionResult:
    """|∂ score / ∂ pixel|: how much a tiny change of each pixel would move the class score."""
    batch, class_index = _check_class(model, image, class_index)
    score, grad = _gradients(model, batch, class_index)
    return AttributionResult("saliency", class_index, float(score[0]), reduce_channels(grad[0], reduction),
                             signed=reduction == "sum", reduction=reduction, raw=grad[0],
                             settings={"reduction": reduction})


def smoothgrad(model: keras.Model, image: np.ndarray, class_index: int | None = None, samples: int = 32,
               noise: float = 0.15, seed: int = 0, reduction: str = DEFAULT_REDUCTION["smoothgrad"]
               ) -> AttributionResult:
    """The gradient averaged over `samples` copies of the image with Gaussian noise of standard deviation
    noise × (max − min of the image) (Smilkov et al. 2017: 10–20 % works best), all in one batch."""
    batch, class_index = _check_class(model, image, class_index)
    if not 1 <= samples <= 10_000:
        raise ExplainError("inspect.error.range", what="samples", value=samples, low=1, high=10_000)
    if not noise >= 0:
        raise ExplainError("inspect.error.range", what="noise", value=noise, low=0, high="∞")
    spread = float(batch.max() - batch.min()) or 1.0
    rng = np.random.default_rng(seed)
    noisy = batch + rng.normal(0.0, noise * spread, size=(samples, *batch.shape[1:])).astype(np.float32)
    _, grads = _gradients(model, noisy.astype(np.float32), class_index)
    mean = grads.mean(axis=0)
    score = float(class_scores(model, batch)[0, class_index])
    return AttributionResult("smoothgrad", class_index, score, reduce_channels(mean, reduction),
                             signed=reduction == "sum", reduction=reduction, raw=mean,
                             settings={"samples": samples, "noise": noise, "seed": seed, "reduction": reduction})


def make_baseline(image: np.ndarray, kind: str = "black", blur_sigma: float | None = None) -> np.ndarray:
    """The reference image Integrated Gradients starts from: "black" (all 0), "grey" (all 0.5) or "blurred"
    (the image under a Gaussian blur of blur_sigma pixels, default a sixth of its shorter side: the same
    colours, without the details)."""
    image = np.asarray(image, dtype=np.float32)
    if kind == "black":
        return np.zeros_like(image)
    if kind == "grey":
        return np.full_like(image, 0.5)
    if kind == "blurred":
        from scipy.ndimage import gaussian_filter

        sigma = blur_sigma if blur_sigma is not None else min(image.shape[:2]) / 6
        return gaussian_filter(image, sigma=(sigma, sigma, 0), mode="nearest").astype(np.float32)
    raise ExplainError("inspect.error.choice", what="baseline", value=kind, options=", ".join(BASELINES))


def integrated_gradients(model: keras.Model, image: np.ndarray, class_index: int | None = None,
                         baseline: str | np.ndarray = "black", steps: int = 128,
                         reduction: str = DEFAULT_REDUCTION["integrated-gradients"]) -> AttributionResult:
    """(x − x₀) × the mean gradient on the straight path x₀ → x (Sundararajan et al. 2017), by the trapezoid
    rule over steps + 1 points, all in batched calls. The result carries the baseline and the completeness
    numbers: Σ attributions vs score(x) − score(x₀)."""
    batch, class_index = _check_class(model, image, class_index)
    if not 2 <= steps <= 10_000:
        raise ExplainError("inspect.error.range", what="steps", value=steps, low=2, high=10_000)
    x = batch[0]
    kind = baseline if isinstance(baseline, str) else "custom"
    x0 = make_baseline(x, baseline) if isinstance(baseline, str) else np.asarray(baseline, dtype=np.float32)
    if x0.shape != x.shape:
        raise ExplainError("inspect.error.baseline_shape", shape=str(x0.shape), expected=str(x.shape))
    alphas = np.linspace(0.0, 1.0, steps + 1, dtype=np.float32)[:, None, None, None]
    path = x0[None] + alphas * (x - x0)[None]
    scores, grads = _gradients(model, path.astype(np.float32), class_index)
    weights = np.full(steps + 1, 1.0 / steps, dtype=np.float64)
    weights[[0, -1]] = 0.5 / steps
    mean_grad = np.tensordot(weights, grads.astype(np.float64), axes=1)
    attribution = ((x - x0) * mean_grad).astype(np.float32)
    completeness = Completeness(float(attribution.astype(np.float64).sum()), float(scores[-1]), float(scores[0]))
    return AttributionResult("integrated-gradients", class_index, float(scores[-1]),
                             reduce_channels(attribution, reduction), signed=reduction == "sum",
                             reduction=reduction, raw=attribution, baseline=x0, completeness=completeness,
                             settings={"baseline": kind, "steps": steps, "reduction": reduction})


def _pair(value: int | tuple[int, int], what: str) -> tuple[int, int]:
    pair = (value, value) if isinstance(value, (int, np.integer)) else tuple(value)
    if len(pair) != 2 or any(int(v) < 1 for v in pair):
        raise ExplainError("inspect.error.range", what=what, value=value, low=1, high="∞")
    return int(pair[0]), int(pair[1])


def _window_starts(size: int, window: int, stride: int) -> np.ndarray:
    """Window starts every `stride` pixels, plus one flush with the far edge so every pixel is covered."""
    starts = list(range(0, size - window + 1, stride))
    if starts[-1] != size - window:
        starts.append(size - window)
    return np.array(starts, dtype=np.int64)


def occlusion(model: keras.Model, image: np.ndarray, class_index: int | None = None,
              window: int | tuple[int, int] = 4, stride: int | tuple[int, int] = 2, fill: float | str = 0.0,
              batch_size: int = 256) -> AttributionResult:
    """Cover a window × window patch (all channels) with `fill` (a value, or "mean": the image's mean) at
    every stride step; the drop of the class score is the window's importance (Zeiler & Fergus 2014).
    The map gives each pixel the mean drop of the windows that cover it; `window_drops` keeps the drop per
    window position."""
    batch, class_index = _check_class(model, image, class_index)
    x = batch[0]
    height, width = x.shape[:2]
    wh, ww = _pair(window, "window")
    sh, sw = _pair(stride, "stride")
    wh, ww = min(wh, height), min(ww, width)
    if isinstance(fill, str):
        if fill != "mean":
            raise ExplainError("inspect.error.choice", what="fill", value=fill, options="mean, a number")
        fill_value = float(x.mean())
    else:
        fill_value = float(fill)
    tops, lefts = _window_starts(height, wh, sh), _window_starts(width, ww, sw)
    grid_top, grid_left = (a.ravel() for a in np.meshgrid(tops, lefts, indexing="ij"))
    rows, cols = np.arange(height), np.arange(width)
    scores_fn = _scores_function(model)
    base_score = float(np.asarray(scores_fn(batch))[0, class_index])
    drops = np.empty(len(grid_top), dtype=np.float64)
    for part in _chunks(len(grid_top), batch_size):
        top, left = grid_top[part, None], grid_left[part, None]
        inside = (((rows[None, :] >= top) & (rows[None, :] < top + wh))[:, :, None]
                  & ((cols[None, :] >= left) & (cols[None, :] < left + ww))[:, None, :])
        covered = np.where(inside[..., None], np.float32(fill_value), x[None]).astype(np.float32)
        drops[part] = base_score - np.asarray(scores_fn(covered))[:, class_index]
    total = np.zeros((height, width), dtype=np.float64)
    count = np.zeros((height, width), dtype=np.float64)
    for top, left, drop in zip(grid_top, grid_left, drops, strict=True):
        total[top:top + wh, left:left + ww] += drop
        count[top:top + wh, left:left + ww] += 1
    heat = (total / np.maximum(count, 1)).astype(np.float32)
    return AttributionResult("occlusion", class_index, base_score, heat, signed=True,
                             window_drops=drops.reshape(len(tops), len(lefts)).astype(np.float32),
                             window_tops=tops, window_lefts=lefts,
                             settings={"window": (wh, ww), "stride": (sh, sw), "fill": fill})


def gradcam(model: keras.Model, image: np.ndarray, class_index: int | None = None, layer_name: str | None = None
            ) -> AttributionResult:
    """Grad-CAM (cnnviz.inspect.extract.grad_cam) as an attribution result: (H, W) in [0, 1]."""
    batch, class_index = _check_class(model, image, class_index)
    if not conv_layer_names(model):
        raise ExplainError("inspect.error.no_conv")
    heat = grad_cam(model, batch[0], class_index, layer_name)
    score = float(class_scores(model, batch)[0, class_index])
    return AttributionResult("gradcam", class_index, score, heat, signed=False,
                             settings={"layer": layer_name or conv_layer_names(model)[-1]})


_METHOD_FUNCTIONS: dict[str, Callable[..., AttributionResult]] = {
    "gradcam": gradcam, "saliency": saliency, "smoothgrad": smoothgrad,
    "integrated-gradients": integrated_gradients, "occlusion": occlusion,
}


def attribute(model: keras.Model, image: np.ndarray, method: str, class_index: int | None = None,
              **options: Any) -> AttributionResult:
    """Run one method by name (see METHODS); options go to that method's function."""
    if method not in _METHOD_FUNCTIONS:
        raise ExplainError("inspect.error.choice", what="method", value=method, options=", ".join(METHODS))
    return _METHOD_FUNCTIONS[method](model, image, class_index, **options)


def attribute_all(model: keras.Model, image: np.ndarray, class_index: int | None = None,
                  options: dict[str, dict[str, Any]] | None = None) -> list[AttributionResult]:
    """All five methods for one image and class, in METHODS order (the class defaults to the prediction)."""
    _, class_index = _check_class(model, image, class_index)
    options = options or {}
    methods = [m for m in METHODS if m != "gradcam" or conv_layer_names(model)]
    return [attribute(model, image, m, class_index, **options.get(m, {})) for m in methods]


def mass_fraction(attribution_map: np.ndarray, region: tuple[slice, slice]) -> float:
    """The share of Σ|attribution| that falls inside region (rows, columns): 1.0 = all of it."""
    magnitude = np.abs(np.asarray(attribution_map, dtype=np.float64))
    total = magnitude.sum()
    return float(magnitude[region].sum() / total) if total > 0 else 0.0
