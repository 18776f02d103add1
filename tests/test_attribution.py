"""Attribution methods against models whose right answer is known by construction."""

from __future__ import annotations

import numpy as np
import pytest

from cnnviz.inspect import ExplainError, attribution

SIDE = 8
QUADRANT = (slice(0, SIDE // 2), slice(0, SIDE // 2))
GRADIENT_METHODS = ("saliency", "smoothgrad", "integrated-gradients")


def top_left_model(channels: int = 2, seed: int = 0):
    """conv 3×3 'same' (tanh) → Flatten → Dense(16, tanh) → Dense(3, softmax), where the first Dense reads only
    the conv positions whose 3×3 window lies inside the top-left quadrant: the class scores depend on the
    top-left quadrant's pixels and on nothing else."""
    import keras

    keras.utils.set_random_seed(seed)
    model = keras.Sequential([
        keras.Input((SIDE, SIDE, channels)),
        keras.layers.Conv2D(4, 3, padding="same", activation="tanh"),
        keras.layers.Flatten(),
        keras.layers.Dense(16, activation="tanh"),
        keras.layers.Dense(3, activation="softmax"),
    ])
    rng = np.random.default_rng(seed)
    conv, _, hidden, _ = model.layers
    conv.set_weights([rng.normal(0, 0.8, (3, 3, channels, 4)), rng.normal(0, 0.3, 4)])
    kernel = rng.normal(0, 0.5, (SIDE * SIDE * 4, 16))
    rows, cols = np.meshgrid(np.arange(SIDE), np.arange(SIDE), indexing="ij")
    inside = (rows <= SIDE // 2 - 2) & (cols <= SIDE // 2 - 2)  # window rows r-1..r+1 stay in 0..3
    kernel[~np.repeat(inside.ravel(), 4)] = 0.0  # Flatten order: (row, column, channel)
    hidden.set_weights([kernel, rng.normal(0, 0.3, 16)])
    return model


def linear_model(seed: int = 1):
    """Flatten → Dense(2, softmax) with weights only on the top-left quadrant: logit₀ = Σ w·x + b."""
    import keras

    model = keras.Sequential([keras.Input((SIDE, SIDE, 1)), keras.layers.Flatten(),
                              keras.layers.Dense(2, activation="softmax")])
    rng = np.random.default_rng(seed)
    weights = rng.normal(0, 1, (SIDE, SIDE))
    weights[SIDE // 2:, :] = 0
    weights[:, SIDE // 2:] = 0
    kernel = np.stack([weights.ravel(), -weights.ravel()], axis=1)
    model.layers[-1].set_weights([kernel, np.array([0.3, -0.3])])
    return model, weights


@pytest.fixture(scope="module")
def top_left():
    model = top_left_model()
    image = np.random.default_rng(5).random((SIDE, SIDE, 2)).astype(np.float32)
    return model, image


@pytest.fixture(scope="module")
def linear():
    model, weights = linear_model()
    image = np.random.default_rng(6).random((SIDE, SIDE, 1)).astype(np.float32)
    return model, weights, image


@pytest.mark.parametrize("method", [*GRADIENT_METHODS, "occlusion"])
def test_every_method_puts_the_attribution_where_the_model_looks(top_left, method):
    model, image = top_left
    options = {"window": 2, "stride": 2} if method == "occlusion" else {}
    result = attribution.attribute(model, image, method, class_index=1, **options)
    assert result.map.shape == (SIDE, SIDE)
    assert np.abs(result.map).sum() > 0
    assert attribution.mass_fraction(result.map, QUADRANT) >= 0.99


def test_scores_are_the_logits_before_softmax(top_left):
    import keras

    model, image = top_left
    logits = keras.Sequential(model.layers[:-1])(image[None]) @ model.layers[-1].kernel + model.layers[-1].bias
    np.testing.assert_allclose(attribution.class_scores(model, image), np.asarray(logits)[0], rtol=1e-5, atol=1e-5)
    result = attribution.saliency(model, image, class_index=2)
    assert result.score == pytest.approx(float(np.asarray(logits)[0, 2]), abs=1e-5)


def test_a_final_softmax_layer_and_a_model_without_softmax_give_the_same_scores(top_left):
    import keras

    model, image = top_left
    dense = model.layers[-1]
    plain = keras.layers.Dense(3)
    separate = keras.Sequential([keras.Input((SIDE, SIDE, 2)), *model.layers[:-1], plain,
                                 keras.layers.Activation("softmax")])
    plain.set_weights(dense.get_weights())
    no_softmax = keras.Sequential([keras.Input((SIDE, SIDE, 2)), *model.layers[:-1], plain])
    expected = attribution.class_scores(model, image)
    np.testing.assert_allclose(attribution.class_scores(separate, image), expected, atol=1e-5)
    np.testing.assert_allclose(attribution.class_scores(no_softmax, image), expected, atol=1e-5)


@pytest.mark.parametrize("baseline", attribution.BASELINES)
def test_integrated_gradients_adds_up_to_the_score_difference(top_left, baseline):
    model, image = top_left
    result = attribution.integrated_gradients(model, image, class_index=0, baseline=baseline, steps=64)
    check = result.completeness
    direct = attribution.class_scores(model, np.stack([image, result.baseline]))[:, 0]
    assert check.score == pytest.approx(float(direct[0]), abs=1e-5)
    assert check.baseline_score == pytest.approx(float(direct[1]), abs=1e-5)
    assert abs(check.score_difference) > 0.05  # a real difference to explain
    assert check.holds(), check.text()
    assert check.relative_gap < 0.01
    assert float(result.map.sum()) == pytest.approx(check.attribution_sum, rel=1e-4, abs=1e-5)  # "sum" keeps it
    assert "Completeness" in check.text()


def test_integrated_gradients_with_too_few_steps_misses_completeness_and_says_so(top_left):
    model, image = top_left
    coarse = attribution.integrated_gradients(model, image, class_index=0, steps=2).completeness
    fine = attribution.integrated_gradients(model, image, class_index=0, steps=256).completeness
    assert fine.gap < coarse.gap  # the trapezoid rule converges
    assert fine.holds()


def test_linear_model_gives_the_analytic_answers(linear):
    model, weights, image = linear
    x = image[..., 0]
    saliency = attribution.saliency(model, image, class_index=0)
    np.testing.assert_allclose(saliency.map, np.abs(weights), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(saliency.raw[..., 0], weights, rtol=1e-5, atol=1e-6)
    smooth = attribution.smoothgrad(model, image, class_index=0, samples=8, noise=0.3)
    np.testing.assert_allclose(smooth.map, np.abs(weights), rtol=1e-5, atol=1e-6)  # a constant gradient
    for kind, x0 in (("black", 0.0), ("grey", 0.5)):
        ig = attribution.integrated_gradients(model, image, class_index=0, baseline=kind, steps=4)
        np.testing.assert_allclose(ig.map, (x - x0) * weights, rtol=1e-4, atol=1e-6)
        assert ig.completeness.gap < 1e-4
        assert ig.completeness.score_difference == pytest.approx(float(((x - x0) * weights).sum()), abs=1e-4)


@pytest.mark.parametrize("fill", [0.0, 0.5])
def test_occlusion_drops_the_score_by_the_covered_evidence(linear, fill):
    model, weights, image = linear
    x = image[..., 0]
    result = attribution.occlusion(model, image, class_index=0, window=3, stride=2, fill=fill)
    assert list(result.window_tops) == [0, 2, 4, 5] and list(result.window_lefts) == [0, 2, 4, 5]
    for i, top in enumerate(result.window_tops):
        for j, left in enumerate(result.window_lefts):
            covered = (slice(top, top + 3), slice(left, left + 3))
            expected = float((weights[covered] * (x[covered] - fill)).sum())
            assert result.window_drops[i, j] == pytest.approx(expected, abs=1e-4)
    assert result.window_drops[-1, -1] == pytest.approx(0.0, abs=1e-5)  # bottom-right: nothing the model reads


def test_occlusion_fill_mean_uses_the_image_mean(linear):
    model, weights, image = linear
    x = image[..., 0]
    result = attribution.occlusion(model, image, class_index=0, window=SIDE, stride=1, fill="mean")
    assert result.window_drops.shape == (1, 1)
    assert result.window_drops[0, 0] == pytest.approx(float((weights * (x - x.mean())).sum()), abs=1e-4)


def red_green_model():
    """Conv 1×1 (ReLU) copying the red channel to map 0 and the green one to map 1 → global average pooling
    → Dense(2, softmax) with the identity: class 0 = "red", class 1 = "green"."""
    import keras

    model = keras.Sequential([keras.Input((SIDE, SIDE, 3)), keras.layers.Conv2D(2, 1, activation="relu"),
                              keras.layers.GlobalAveragePooling2D(), keras.layers.Dense(2, activation="softmax")])
    kernel = np.zeros((1, 1, 3, 2))
    kernel[0, 0, 0, 0] = kernel[0, 0, 1, 1] = 1.0
    model.layers[0].set_weights([kernel, np.zeros(2)])
    model.layers[-1].set_weights([np.eye(2), np.zeros(2)])
    return model


def test_grad_cam_finds_each_class_where_its_colour_is():
    model = red_green_model()
    image = np.zeros((SIDE, SIDE, 3), np.float32)
    image[:4, :4, 0] = 1.0  # a red square in the top-left
    image[4:, 4:, 1] = 1.0  # a green square in the bottom-right
    red = attribution.gradcam(model, image, class_index=0)
    green = attribution.gradcam(model, image, class_index=1)
    assert attribution.mass_fraction(red.map, QUADRANT) >= 0.99
    assert attribution.mass_fraction(green.map, (slice(4, 8), slice(4, 8))) >= 0.99
    assert red.map.max() == pytest.approx(1.0) and red.map.min() >= 0


def test_grad_cam_lights_up_features_the_head_never_reads():
    """Its known failure (the 'misleads' line): channel weights are averaged over all positions, so a
    feature present everywhere is lit everywhere although only the top-left positions reach the score."""
    import keras

    model = keras.Sequential([keras.Input((SIDE, SIDE, 1)), keras.layers.Conv2D(1, 1, activation="relu"),
                              keras.layers.Flatten(), keras.layers.Dense(2, activation="softmax")])
    model.layers[0].set_weights([np.ones((1, 1, 1, 1)), np.zeros(1)])
    reads = np.zeros((SIDE, SIDE))
    reads[QUADRANT] = 1.0
    model.layers[-1].set_weights([np.stack([reads.ravel(), -reads.ravel()], axis=1), np.zeros(2)])
    image = np.ones((SIDE, SIDE, 1), np.float32)
    cam = attribution.gradcam(model, image, class_index=0)
    saliency = attribution.saliency(model, image, class_index=0)
    assert attribution.mass_fraction(cam.map, QUADRANT) == pytest.approx(0.25, abs=1e-6)
    assert attribution.mass_fraction(saliency.map, QUADRANT) == pytest.approx(1.0)


def test_smoothgrad_is_seeded(top_left):
    model, image = top_left
    first = attribution.smoothgrad(model, image, class_index=0, samples=6, seed=3)
    again = attribution.smoothgrad(model, image, class_index=0, samples=6, seed=3)
    other = attribution.smoothgrad(model, image, class_index=0, samples=6, seed=4)
    np.testing.assert_array_equal(first.map, again.map)
    assert not np.allclose(first.map, other.map)


def test_attribute_all_returns_the_five_maps_with_their_texts(top_left):
    model, image = top_left
    results = attribution.attribute_all(model, image, options={"occlusion": {"window": 2, "stride": 2}})
    assert [r.method for r in results] == list(attribution.METHODS)
    predicted = int(np.argmax(attribution.class_scores(model, image)))
    for result in results:
        assert result.class_index == predicted
        assert result.map.shape == (SIDE, SIDE)
        assert result.title != result.title_key and result.about != result.about_key  # both in the catalog
    assert [r.signed for r in results] == [False, False, False, True, True]


def test_reduce_channels():
    values = np.array([[[1.0, -3.0], [2.0, 0.5]]])
    np.testing.assert_allclose(attribution.reduce_channels(values, "max_abs"), [[3.0, 2.0]])
    np.testing.assert_allclose(attribution.reduce_channels(values, "sum"), [[-2.0, 2.5]])
    np.testing.assert_allclose(attribution.reduce_channels(values, "sum_abs"), [[4.0, 2.5]])
    with pytest.raises(ExplainError) as error:
        attribution.reduce_channels(values, "median")
    assert "median" in str(error.value)


def test_bad_requests_raise_errors_that_say_what(top_left):
    model, image = top_left
    with pytest.raises(ExplainError) as error:
        attribution.saliency(model, image, class_index=3)
    assert error.value.key == "inspect.error.class_index" and "0..2" in str(error.value)
    with pytest.raises(ExplainError, match="method"):
        attribution.attribute(model, image, "lime")
    with pytest.raises(ExplainError, match="window"):
        attribution.occlusion(model, image, window=0)
    with pytest.raises(ExplainError, match="baseline"):
        attribution.integrated_gradients(model, image, baseline="white")
    with pytest.raises(ExplainError, match="one image"):
        attribution.saliency(model, np.stack([image, image]))
    with pytest.raises(ValueError, match="does not match"):
        attribution.saliency(model, image[:4])
