"""FGSM and iterated FGSM against a linear softmax model, where the gradient's sign and the ε that flips a
prediction are known in closed form."""

from __future__ import annotations

import numpy as np
import pytest

from cnnviz.inspect import ExplainError, adversarial

SIDE = 4


@pytest.fixture(scope="module")
def linear():
    """logit₀ − logit₁ = d·x + b₀ with b₀ = −d·0.5 (the margin is 0 at mid-grey): the cross-entropy of class 0
    rises fastest along −sign(d)."""
    import keras

    model = keras.Sequential([keras.Input((SIDE, SIDE, 1)), keras.layers.Flatten(),
                              keras.layers.Dense(2, activation="softmax")])
    rng = np.random.default_rng(0)
    w0, w1 = rng.normal(0, 1, SIDE * SIDE), rng.normal(0, 1, SIDE * SIDE)
    model.layers[-1].set_weights([np.stack([w0, w1], axis=1), np.array([-0.5 * (w0 - w1).sum(), 0.0])])
    d = (w0 - w1).reshape(SIDE, SIDE, 1)
    return model, d


def margin(d: np.ndarray, x: np.ndarray) -> float:
    """logit₀ − logit₁."""
    return float((d * (x - 0.5)).sum())


def image_with_margin(d: np.ndarray, wanted: float, seed: int) -> np.ndarray:
    """An image in [0.3, 0.7] whose logit margin d·x is `wanted` (so ε up to 0.3 never reaches 0 or 1)."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(0.45, 0.55, d.shape)
    x = x + (wanted - margin(d, x)) * np.sign(d) / float(np.abs(d).sum())
    assert x.min() >= 0.3 and x.max() <= 0.7
    return x.astype(np.float32)


def test_fgsm_steps_against_the_sign_of_the_weight_difference(linear):
    model, d = linear
    x = image_with_margin(d, 1.0, seed=1)
    result = adversarial.attack(model, x, epsilon=0.05, label=0)
    np.testing.assert_allclose(result.perturbation, -0.05 * np.sign(d), atol=1e-6)
    assert margin(d, result.adversarial) == pytest.approx(1.0 - 0.05 * np.abs(d).sum(), abs=1e-4)
    assert result.flipped == (1.0 - 0.05 * np.abs(d).sum() < 0)
    assert result.predicted_before == 0 and result.label == 0
    assert result.probabilities_after[0] < result.probabilities_before[0]


def test_the_smallest_flipping_epsilon_is_margin_over_l1_norm(linear):
    model, d = linear
    x = image_with_margin(d, 1.3, seed=2)
    threshold = 1.3 / float(np.abs(d).sum())  # FGSM moves the margin by ε·‖d‖₁
    grid = np.round(np.arange(0.001, 0.301, 0.001), 3)
    assert np.min(np.abs(grid - threshold)) > 1e-5  # no grid point sits on the edge
    search = adversarial.smallest_flipping_epsilon(model, x, epsilons=grid)
    expected = float(grid[np.searchsorted(grid, threshold)])
    assert search.smallest == expected
    np.testing.assert_array_equal(search.flipped, grid > threshold)
    ifgsm = adversarial.smallest_flipping_epsilon(model, x, epsilons=grid, method="ifgsm", steps=10)
    assert ifgsm.smallest == expected  # a linear model: every step goes the same way, ending at the same corner


def test_iterated_fgsm_on_a_linear_model_ends_at_the_fgsm_corner(linear):
    model, d = linear
    x = image_with_margin(d, 0.8, seed=3)
    once = adversarial.attack(model, x, 0.04, label=0)
    iterated = adversarial.attack(model, x, 0.04, label=0, method="ifgsm", steps=10)
    np.testing.assert_allclose(iterated.adversarial, once.adversarial, atol=1e-6)
    assert iterated.alpha == pytest.approx(0.01) and iterated.steps == 10


def test_attacks_stay_in_the_epsilon_ball_and_in_zero_one(linear):
    model, d = linear
    x = np.random.default_rng(4).choice([0.0, 0.02, 0.5, 0.98, 1.0], size=d.shape).astype(np.float32)
    for method in adversarial.METHODS:
        result = adversarial.attack(model, x, 0.1, method=method, steps=7, alpha=0.05)
        assert np.abs(result.perturbation).max() <= 0.1 + 1e-6
        assert result.adversarial.min() >= 0 and result.adversarial.max() <= 1
    clipped = adversarial.attack(model, x, 0.1, label=0)
    expected = np.clip(x - 0.1 * np.sign(d), 0, 1)
    np.testing.assert_allclose(clipped.adversarial, expected, atol=1e-6)


def test_accuracy_curve_matches_the_analytic_flips(linear):
    model, d = linear
    rng = np.random.default_rng(5)
    norm = float(np.abs(d).sum())
    wanted = rng.uniform(0.02, 0.14, 40) * norm * rng.choice([-1, 1], 40)  # each image's flip ε = |margin|/‖d‖₁
    images = np.stack([image_with_margin(d, m, seed=10 + i) for i, m in enumerate(wanted)])
    labels = (wanted < 0).astype(int)  # the class each image is predicted as
    epsilons = (0.0, 0.03, 0.07, 0.11, 0.3)
    flip_at = np.abs(wanted) / norm
    assert min(np.min(np.abs(flip_at - e)) for e in epsilons) > 1e-4
    seen = []
    curve = adversarial.accuracy_under_attack(model, images, labels, epsilons, batch_size=16,
                                              progress=lambda done, total: seen.append((done, total)))
    expected = [float(np.mean(flip_at > e)) for e in epsilons]
    np.testing.assert_allclose(curve.accuracy, expected)
    assert curve.accuracy[0] == 1.0 and curve.n == 40
    assert seen[-1] == (200, 200)
    assert list(curve.epsilons) == list(epsilons)


def test_fragile_examples_are_the_confident_ones_that_flip_first(linear):
    model, d = linear
    norm = float(np.abs(d).sum())
    margins = np.array([0.012, 0.031, 0.052, -0.018, 0.15, 0.004]) * norm  # flip ε = |margin| / ‖d‖₁
    images = np.stack([image_with_margin(d, m, seed=30 + i) for i, m in enumerate(margins)])
    labels = np.array([0, 0, 0, 1, 0, 1])  # the last is misclassified (never a candidate); #4 flips beyond the grid
    grid = (0.01, 0.02, 0.03, 0.04, 0.06)
    found = adversarial.fragile_examples(model, images, labels, min_confidence=0.0, epsilons=grid)
    assert [(f.index, f.epsilon) for f in found] == [(3, 0.02), (0, 0.02), (1, 0.04), (2, 0.06)]
    probabilities = np.asarray(model(images))
    assert found[0].confidence == pytest.approx(float(probabilities[3, 1]), rel=1e-5)
    assert found[0].confidence >= found[1].confidence  # same ε: the more confident first
    confident = adversarial.fragile_examples(model, images, labels, min_confidence=0.99, epsilons=grid)
    assert {f.index for f in confident} <= {f.index for f in found}
    assert all(probabilities[f.index, f.label] >= 0.99 for f in confident)


def test_bad_inputs_say_what_is_wrong(linear):
    model, d = linear
    x = np.full(d.shape, 0.5, np.float32)
    with pytest.raises(ExplainError, match="method"):
        adversarial.attack(model, x, 0.1, method="pgd")
    with pytest.raises(ExplainError, match="ε"):
        adversarial.attack(model, x, -0.1)
    with pytest.raises(ExplainError, match="0..1"):
        adversarial.attack(model, x, 0.1, label=2)
    with pytest.raises(ExplainError, match="3 labels for 2 images"):
        adversarial.accuracy_under_attack(model, np.stack([x, x]), [0, 1, 0])
