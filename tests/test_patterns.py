"""Filter and class patterns against layers whose preferred input is known by construction."""

from __future__ import annotations

import numpy as np
import pytest

from cnnviz.inspect import ExplainError, patterns
from cnnviz.inspect.patterns import PatternSettings

SOBEL_X = np.array([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]])  # brightness rising left → right
PLAIN = PatternSettings(steps=60, jitter=0, blur=0.0, decay=0.0)


def edge_model(padding: str = "valid", side: int = 14):
    """One conv layer of two fixed edge detectors: filter 0 fires on vertical edges (Sobel-x), filter 1 on
    horizontal ones (Sobel-y); then a small head so the model is a classifier."""
    import keras

    keras.utils.set_random_seed(0)
    model = keras.Sequential([keras.Input((side, side, 1)),
                              keras.layers.Conv2D(2, 3, padding=padding, activation="relu", name="edges"),
                              keras.layers.Conv2D(3, 3, padding=padding, activation="relu", name="second"),
                              keras.layers.GlobalAveragePooling2D(), keras.layers.Dense(2, activation="softmax")])
    kernel = np.stack([SOBEL_X, SOBEL_X.T], axis=-1)[:, :, None, :]
    model.get_layer("edges").set_weights([kernel, np.zeros(2)])
    return model


def direction_strength(image: np.ndarray) -> tuple[float, float]:
    """Mean |change| along x (columns) and along y (rows)."""
    grey = image[..., 0]
    return float(np.abs(np.diff(grey, axis=1)).mean()), float(np.abs(np.diff(grey, axis=0)).mean())


@pytest.mark.parametrize("padding", ["valid", "same"])
def test_edge_detectors_get_patterns_of_their_orientation(padding):
    model = edge_model(padding)
    result = patterns.filter_patterns(model, "edges", PLAIN)
    vertical_edges, horizontal_edges = result.raw
    along_x, along_y = direction_strength(vertical_edges)
    assert along_x > 3 * along_y
    along_x, along_y = direction_strength(horizontal_edges)
    assert along_y > 3 * along_x
    assert np.all(result.final_objective > 5 * result.start_objective)  # the ascent really climbs
    assert result.images.min() >= 0 and result.images.max() <= 1
    assert result.images.shape == (2, 14, 14, 1)


def test_default_regularised_ascent_still_climbs():
    model = edge_model("same")
    result = patterns.filter_patterns(model, "edges")
    assert np.all(result.final_objective > 2 * result.start_objective)
    deeper = patterns.filter_patterns(model, "second")
    assert np.all(deeper.final_objective > deeper.start_objective)


def test_batched_ascent_equals_one_filter_at_a_time():
    model = edge_model("same")
    settings = PatternSettings(steps=25, seed=4)
    together = patterns.filter_patterns(model, "second", settings, batch_size=2)  # chunks of 2, then 1
    for index in range(3):
        alone = patterns.filter_patterns(model, "second", settings, filters=[index])
        np.testing.assert_allclose(alone.raw[0], together.raw[index], rtol=1e-4, atol=1e-4)
        assert alone.final_objective[0] == pytest.approx(together.final_objective[index], rel=1e-4)


def test_class_pattern_of_a_linear_model_is_the_sign_of_its_weights():
    """A linear class score w·x + b rises fastest along w; inside [0, 1] its maximum is x = 1 where w > 0
    and x = 0 where w < 0."""
    import keras

    model = keras.Sequential([keras.Input((6, 6, 1)), keras.layers.Flatten(),
                              keras.layers.Dense(2, activation="softmax")])
    w = np.random.default_rng(0).normal(0, 1, 36)
    model.layers[-1].set_weights([np.stack([w, -w], axis=1), np.zeros(2)])
    result = patterns.class_patterns(model, PatternSettings(steps=50, step_size=1.0, jitter=0, blur=0.0, decay=0.0,
                                                            clip=True))
    np.testing.assert_array_equal(result.raw[0].ravel(), (w > 0).astype(np.float32))
    np.testing.assert_array_equal(result.raw[1].ravel(), (w < 0).astype(np.float32))
    assert result.final_objective[0] == pytest.approx(float(w[w > 0].sum()), rel=1e-5)
    assert result.is_class_pattern


def test_progress_is_reported_up_to_the_total():
    model = edge_model()
    seen: list[tuple[int, int]] = []
    patterns.filter_patterns(model, "second", PatternSettings(steps=25), progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (75, 75)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_functional_model_and_chosen_filters():
    import keras

    inputs = keras.Input((10, 10, 1))
    x = keras.layers.Conv2D(4, 3, activation="relu", name="c1")(inputs)
    x = keras.layers.MaxPooling2D()(x)
    x = keras.layers.Conv2D(5, 3, activation="relu", name="c2")(x)
    outputs = keras.layers.Dense(2, activation="softmax")(keras.layers.Flatten()(x))
    model = keras.Model(inputs, outputs)
    rng = np.random.default_rng(0)
    for name in ("c1", "c2"):  # seeded weights with a positive bias: no filter starts switched off
        layer = model.get_layer(name)
        layer.set_weights([rng.normal(0, 0.5, layer.kernel.shape), np.full(layer.bias.shape, 0.3)])
    result = patterns.filter_patterns(model, "c2", PatternSettings(steps=20), filters=[4, 0])
    assert list(result.indices) == [4, 0] and result.raw.shape == (2, 10, 10, 1)
    assert np.all(result.final_objective > result.start_objective)


def test_cache_is_reused_and_keyed_by_settings_and_model_file(tmp_path):
    model = edge_model()
    model_file = tmp_path / "model.keras"
    model_file.write_bytes(b"stand-in for the model file: only its stamp matters")
    settings = PatternSettings(steps=10)
    first = patterns.cached_patterns(model, tmp_path, "edges", settings, model_file)
    again = patterns.cached_patterns(model, tmp_path, "edges", settings, model_file)
    assert not first.cached and again.cached
    np.testing.assert_array_equal(first.raw, again.raw)
    np.testing.assert_array_equal(first.images, again.images)
    other = patterns.cached_patterns(model, tmp_path, "edges", PatternSettings(steps=10, jitter=0), model_file)
    assert not other.cached
    assert len(list(tmp_path.glob("patterns_edges_*.npz"))) == 2
    model_file.write_bytes(b"a retrained model, a new stamp ...")
    assert not patterns.cached_patterns(model, tmp_path, "edges", settings, model_file).cached


def test_damaged_cache_file_is_recomputed(tmp_path):
    model = edge_model()
    settings = PatternSettings(steps=5)
    path = patterns.pattern_cache_file(tmp_path, "edges", settings, "")
    path.write_bytes(b"PK\x03\x04 not really a zip")
    result = patterns.cached_patterns(model, tmp_path, "edges", settings)
    assert not result.cached and result.raw.shape == (2, 14, 14, 1)
    assert patterns.cached_patterns(model, tmp_path, "edges", settings).cached


def test_class_patterns_are_cached_too(tmp_path):
    model = edge_model()
    first = patterns.cached_patterns(model, tmp_path, patterns.CLASSES, PatternSettings(steps=5, clip=True))
    assert first.is_class_pattern and first.raw.shape == (2, 14, 14, 1)
    assert patterns.cached_patterns(model, tmp_path, patterns.CLASSES, PatternSettings(steps=5, clip=True)).cached


def test_deprocess_centres_on_the_starting_grey():
    images = np.stack([np.full((4, 4, 1), 0.5), np.full((4, 4, 1), 0.9), np.tile([0.0, 1.0], (4, 2))[..., None]])
    shown = patterns.deprocess(images)
    np.testing.assert_allclose(shown[0], 0.5)  # no change: grey
    np.testing.assert_allclose(shown[1], 0.7)  # a uniformly brighter image stays brighter
    np.testing.assert_allclose(shown[2, 0, :, 0], [0.3, 0.7, 0.3, 0.7])


def test_bad_layer_or_settings_say_what_is_wrong():
    model = edge_model()
    with pytest.raises(ExplainError) as error:
        patterns.filter_patterns(model, "dense")
    assert "edges, second" in str(error.value)
    with pytest.raises(ExplainError, match="steps"):
        patterns.filter_patterns(model, "edges", PatternSettings(steps=0))
    with pytest.raises(ExplainError, match="0 and 1"):
        patterns.filter_patterns(model, "edges", filters=[2])
