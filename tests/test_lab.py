"""The lab's numpy arithmetic against SciPy, TensorFlow and Keras; the training step against finite differences."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import numpy as np
import pytest
from scipy import signal

from cnnviz.learn import lab
from cnnviz.learn import training_step as lt

SCIPY_2D = {"correlate": signal.correlate2d, "convolve": signal.convolve2d}
SCIPY_1D = {"correlate": signal.correlate, "convolve": signal.convolve}
MODES = ("valid", "same", "full")


def tf_conv(x: np.ndarray, kernel: np.ndarray, stride: tuple[int, int], padding) -> np.ndarray:
    """tf.nn.conv2d on an (H, W, C) input and an (kh, kw, C) kernel, one output channel."""
    import tensorflow as tf

    x4 = x.reshape(1, *x.shape).astype(np.float64)
    w4 = kernel.reshape(*kernel.shape, 1).astype(np.float64)
    return tf.nn.conv2d(x4, w4, strides=stride, padding=padding).numpy()[0, :, :, 0]


def tf_padding(result: lab.ConvResult):
    """The padding argument TF needs for the same output: 'SAME' for Keras' same, explicit pads otherwise."""
    if result.padding == "same" and result.same_style == "keras":
        return "SAME"
    if result.padding == "valid":
        return "VALID"
    return [[0, 0], [result.rows.before, result.rows.after], [result.cols.before, result.cols.after], [0, 0]]


# ---- tables of hand-picked cases ------------------------------------------------------------------------

SEED_X = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]], dtype=float)
SEED_W = np.array([[2, 0], [0, 0]], dtype=float)


@pytest.mark.parametrize(("padding", "same_style", "expected"), [
    ("valid", "keras", [[2, 4], [8, 10]]),  # the seed's correlate2d(x, w, mode='valid')
    ("same", "keras", [[2, 4, 6], [8, 10, 12], [14, 16, 18]]),  # tf.nn.conv2d(..., padding='SAME') in the seed
    ("same", "scipy", [[2, 4, 6], [8, 10, 12], [14, 16, 18]]),  # correlate2d puts the extra zero after, like TF
    ("full", "keras", [[0, 0, 0, 0], [0, 2, 4, 6], [0, 8, 10, 12], [0, 14, 16, 18]]),
])
def test_seed_example(padding: str, same_style: str, expected: list) -> None:
    result = lab.slide(SEED_X, SEED_W, "correlate", padding, 1, same_style)
    np.testing.assert_array_equal(result.output, expected)
    np.testing.assert_array_equal(result.output, signal.correlate2d(SEED_X, SEED_W, mode=padding))


def test_scipy_1d_same_centres_even_kernels_differently_from_tensorflow() -> None:
    x, w = np.array([1.0, 2.0, 3.0, 4.0]), np.array([1.0, 10.0])
    scipy_style = lab.correlate(x, w, "same", same_style="scipy")
    keras_style = lab.correlate(x, w, "same", same_style="keras")
    np.testing.assert_array_equal(scipy_style, signal.correlate(x, w, mode="same"))  # [10, 21, 32, 43]
    np.testing.assert_array_equal(keras_style, tf_conv(x[None, :, None], w[None, :, None], (1, 1), "SAME")[0])
    np.testing.assert_array_equal(scipy_style, [10, 21, 32, 43])
    np.testing.assert_array_equal(keras_style, [21, 32, 43, 4])


def test_convolution_flips_the_kernel() -> None:
    result = lab.slide(SEED_X, SEED_W, "convolve", "valid")
    np.testing.assert_array_equal(result.kernel_used[:, :, 0], [[0, 0], [0, 2]])
    np.testing.assert_array_equal(result.output, signal.convolve2d(SEED_X, SEED_W, mode="valid"))


@pytest.mark.parametrize(("n", "k", "s", "padding", "expected"), [
    (28, 3, 1, "valid", 26), (28, 3, 1, "same", 28), (28, 3, 1, "full", 30), (28, 3, 2, "same", 14),
    (5, 3, 2, "valid", 2), (4, 3, 2, "same", 2), (7, 2, 3, "full", 3), (9, 4, 1, "same", 9),
])
def test_output_size_formula(n: int, k: int, s: int, padding: str, expected: int) -> None:
    pad = lab.axis_padding(n, k, s, padding)
    assert pad.output == expected
    assert pad.formula().endswith(f"= {expected}")


def test_formula_fills_in_the_numbers() -> None:
    assert lab.axis_padding(28, 3, 1, "valid").formula() == \
        "⌊(n + 2p − k) / s⌋ + 1 = ⌊(28 + 2·0 − 3) / 1⌋ + 1 = ⌊25 / 1⌋ + 1 = 26"
    assert lab.axis_padding(4, 3, 2, "same").formula() == \
        "⌊(n + p₁ + p₂ − k) / s⌋ + 1 = ⌊(4 + 0 + 1 − 3) / 2⌋ + 1 = ⌊2 / 2⌋ + 1 = 2"


# ---- random cases against SciPy and TensorFlow ----------------------------------------------------------


def random_case(rng: np.random.Generator, channels: int = 1) -> tuple[np.ndarray, np.ndarray]:
    h, w = rng.integers(1, 10, size=2)
    kh, kw = rng.integers(1, h + 1), rng.integers(1, w + 1)  # odd, even, rectangular
    shape_x = (h, w) if channels == 1 else (h, w, channels)
    shape_k = (kh, kw) if channels == 1 else (kh, kw, channels)
    return rng.normal(size=shape_x), rng.normal(size=shape_k)


@pytest.mark.parametrize("operation", lab.OPERATIONS)
@pytest.mark.parametrize("padding", MODES)
def test_2d_matches_scipy_random(operation: str, padding: str) -> None:
    rng = np.random.default_rng(hash((operation, padding)) % 2**32)
    for _ in range(150):
        x, w = random_case(rng)
        stride = (int(rng.integers(1, 4)), int(rng.integers(1, 4)))
        ours = lab.slide(x, w, operation, padding, stride, same_style="scipy").output
        expected = SCIPY_2D[operation](x, w, mode=padding)[:: stride[0], :: stride[1]]
        np.testing.assert_allclose(ours, expected, atol=1e-12, err_msg=f"x {x.shape} w {w.shape} s {stride}")


@pytest.mark.parametrize("operation", lab.OPERATIONS)
@pytest.mark.parametrize("padding", MODES)
def test_1d_matches_scipy_random(operation: str, padding: str) -> None:
    rng = np.random.default_rng(hash((operation, padding, 1)) % 2**32)
    for _ in range(150):
        n = int(rng.integers(1, 15))
        x, w = rng.normal(size=n), rng.normal(size=int(rng.integers(1, n + 1)))
        stride = int(rng.integers(1, 4))
        ours = lab.slide(x, w, operation, padding, stride, same_style="scipy").output
        expected = SCIPY_1D[operation](x, w, mode=padding, method="direct")[::stride]
        np.testing.assert_allclose(ours, expected, atol=1e-12, err_msg=f"x {x.shape} w {w.shape} s {stride}")


@pytest.mark.parametrize("same_style", lab.SAME_STYLES)
@pytest.mark.parametrize("padding", MODES)
@pytest.mark.parametrize("channels", [1, 3])
def test_matches_tensorflow_conv2d_random(padding: str, same_style: str, channels: int) -> None:
    rng = np.random.default_rng(hash((padding, same_style, channels)) % 2**32)
    for _ in range(25):
        x, w = random_case(rng, channels)
        stride = (int(rng.integers(1, 4)), int(rng.integers(1, 4)))
        for operation in lab.OPERATIONS:
            result = lab.slide(x, w, operation, padding, stride, same_style)
            x3, used = result.x, result.kernel_used  # TF has no flip: pass the flipped kernel for a convolution
            expected = tf_conv(x3, used, stride, tf_padding(result))
            np.testing.assert_allclose(result.output, expected, atol=1e-10,
                                       err_msg=f"{operation} x {x.shape} w {w.shape} s {stride}")


def test_tensorflow_call_text_runs_and_matches() -> None:
    import tensorflow as tf  # noqa: F401  (used by eval)

    rng = np.random.default_rng(7)
    for _ in range(20):
        x, w = random_case(rng)
        for padding in MODES:
            for style in lab.SAME_STYLES:
                result = lab.slide(x, w, "convolve", padding, int(rng.integers(1, 3)), style)
                code = lab.tensorflow_call(result)
                np.testing.assert_allclose(eval(code), result.output, atol=1e-10, err_msg=code)


def test_scipy_call_text_is_offered_only_when_it_matches() -> None:
    rng = np.random.default_rng(8)
    offered = 0
    for _ in range(60):
        x, w = random_case(rng)
        for padding in MODES:
            result = lab.slide(x, w, "correlate", padding, int(rng.integers(1, 3)), "keras")
            code = lab.scipy_call(result)
            if code is not None:
                offered += 1
                np.testing.assert_allclose(eval(code, {"scipy": __import__("scipy"), "x": x, "w": w}),
                                           result.output, atol=1e-12, err_msg=code)
    assert offered > 100


def test_multichannel_output_is_the_sum_of_per_channel_correlations() -> None:
    rng = np.random.default_rng(3)
    x, w = rng.normal(size=(6, 5, 3)), rng.normal(size=(3, 3, 3))
    total = lab.correlate(x, w, "same")
    per_channel = sum(lab.correlate(x[:, :, c], w[:, :, c], "same") for c in range(3))
    np.testing.assert_allclose(total, per_channel)
    step = lab.step(lab.slide(x, w, padding="same"), 2, 3)
    np.testing.assert_allclose(step.channel_sums().sum(), total[2, 3])


def test_kernel_depth_must_equal_input_channels() -> None:
    with pytest.raises(lab.LabError, match="depth is 2 but the input has 3 channels"):
        lab.slide(np.zeros((4, 4, 3)), np.zeros((3, 3, 2)))


@pytest.mark.parametrize(("x", "w", "message"), [
    (np.zeros((2, 2)), np.zeros((3, 3)), "larger than the padded input"),
    (np.array([[1.0, np.nan]]), np.ones((1, 1)), "row 1, column 2"),
    (np.zeros((3, 3)), np.zeros(3), "1-D"),
])
def test_bad_input_says_what_is_wrong(x: np.ndarray, w: np.ndarray, message: str) -> None:
    with pytest.raises(lab.LabError, match=message):
        lab.slide(x, w)


def test_step_through_writes_out_the_multiply_add() -> None:
    result = lab.slide(SEED_X, SEED_W, padding="full")
    first = lab.step_at(result, 0)
    assert (first.top, first.left) == (0, 0)
    assert first.expression() == "0·2 + 0·0 + 0·0 + 1·0 = 0"
    last = lab.step_at(result, 15)
    assert (last.row, last.col) == (3, 3)
    assert last.expression() == "9·2 + 0·0 + 0·0 + 0·0 = 18"
    strided = lab.slide(np.arange(25.0).reshape(5, 5), np.ones((3, 3)), padding="valid", stride=2)
    s = lab.step(strided, 1, 1)
    assert (s.top, s.left) == (2, 2)
    assert s.value == strided.output[1, 1] == np.arange(25.0).reshape(5, 5)[2:5, 2:5].sum()


def test_every_step_equals_the_output() -> None:
    rng = np.random.default_rng(11)
    x, w = rng.normal(size=(7, 6, 2)), rng.normal(size=(3, 2, 2))
    result = lab.slide(x, w, "convolve", "same", (2, 1))
    values = [lab.step_at(result, i).value for i in range(result.output.size)]
    np.testing.assert_allclose(np.reshape(values, result.output.shape), result.output)


# ---- pooling, activations, losses, Glorot against Keras ---------------------------------------------------


@pytest.mark.parametrize("kind", ["max", "average"])
@pytest.mark.parametrize("padding", ["valid", "same"])
def test_pooling_matches_keras_layers(kind: str, padding: str) -> None:
    import keras

    layer_class = keras.layers.MaxPooling2D if kind == "max" else keras.layers.AveragePooling2D
    rng = np.random.default_rng(hash((kind, padding)) % 2**32)
    for _ in range(15):
        h, w, c = (int(v) for v in rng.integers(2, 9, size=3))
        size = (int(rng.integers(1, min(h, w) + 1)), int(rng.integers(1, min(h, w) + 1)))
        stride = (int(rng.integers(1, 4)), int(rng.integers(1, 4)))
        x = rng.normal(size=(h, w, c)).astype(np.float32)
        expected = np.asarray(layer_class(pool_size=size, strides=stride, padding=padding)(x[None]))[0]
        ours = lab.pool2d(x, size, stride, padding, kind).output
        np.testing.assert_allclose(ours, expected, rtol=1e-5, atol=1e-6, err_msg=f"{x.shape} {size} {stride}")


def test_pooling_defaults_to_stride_equal_to_size() -> None:
    pooled = lab.pool2d(np.arange(16.0).reshape(4, 4), 2)
    np.testing.assert_array_equal(pooled.output, [[5, 7], [13, 15]])
    np.testing.assert_array_equal(lab.pool2d(np.arange(16.0).reshape(4, 4), 2, kind="average").output,
                                  [[2.5, 4.5], [10.5, 12.5]])


def test_relu_and_softmax_match_keras() -> None:
    import keras

    rng = np.random.default_rng(5)
    z = rng.normal(scale=5, size=(6, 10))
    np.testing.assert_allclose(lab.relu(z), np.asarray(keras.activations.relu(z)))
    np.testing.assert_allclose(lab.softmax(z), np.asarray(keras.activations.softmax(z)), rtol=1e-6)
    np.testing.assert_allclose(lab.softmax(np.array([1000.0, 0.0])), [1.0, 0.0])  # no overflow


def test_sparse_and_one_hot_cross_entropy_give_the_same_number_as_keras() -> None:
    import keras

    rng = np.random.default_rng(6)
    logits, targets = rng.normal(scale=3, size=(8, 10)), rng.integers(0, 10, size=8)
    sparse = lab.sparse_cross_entropy(logits, targets)
    dense = lab.one_hot_cross_entropy(logits, lab.one_hot(targets, 10))
    np.testing.assert_allclose(sparse, dense)
    keras_sparse = keras.losses.sparse_categorical_crossentropy(targets, logits, from_logits=True)
    keras_dense = keras.losses.categorical_crossentropy(lab.one_hot(targets, 10), logits, from_logits=True)
    np.testing.assert_allclose(sparse, np.asarray(keras_sparse), rtol=1e-5)
    np.testing.assert_allclose(dense, np.asarray(keras_dense), rtol=1e-5)
    with pytest.raises(lab.LabError, match="not a class index"):
        lab.sparse_cross_entropy(logits[0], 10)


@pytest.mark.parametrize("shape", [(3, 3, 1, 10), (1960, 100), (100, 10), (5, 5, 3, 64)])
def test_glorot_limit_bounds_keras_samples(shape: tuple[int, ...]) -> None:
    import keras

    limit = lab.glorot_limit(shape).limit
    samples = np.asarray(keras.initializers.GlorotUniform(seed=1)(shape))
    assert np.abs(samples).max() <= limit
    assert np.abs(samples).max() > 0.95 * limit  # uniform over the whole interval, not a narrower one


def test_glorot_fans_of_seed_001() -> None:
    g = lab.glorot_limit((3, 3, 1, 10))
    assert (g.fan_in, g.fan_out) == (9, 90)
    assert g.limit == pytest.approx((6 / 99) ** 0.5)


# ---- sample inputs and presets --------------------------------------------------------------------------


def test_sample_inputs() -> None:
    photo = lab.photo_crop("china.jpg", 16)
    assert photo.shape == (16, 16) and 0 <= photo.min() < photo.max() <= 1
    assert lab.photo_crop("flower.jpg", 8, grayscale=False).shape == (8, 8, 3)
    digit, label = lab.mnist_digit(0)
    assert digit.shape == (28, 28) and digit.max() > 0.5 and 0 <= label <= 9
    assert lab.mnist_digit(0, side=12)[0].shape == (12, 12)


def test_kernel_presets_do_what_they_say() -> None:
    image = lab.photo_crop("china.jpg", 20)
    identity = lab.correlate(image, lab.KERNEL_PRESETS["identity"].weights, "same")
    np.testing.assert_allclose(identity, image)
    for name in ("box blur", "Gaussian blur"):
        assert lab.KERNEL_PRESETS[name].weights.sum() == pytest.approx(1.0)
    assert lab.KERNEL_PRESETS["Laplacian"].weights.sum() == 0
    ramp = np.tile(np.arange(6.0), (6, 1))  # brightness grows to the right: a constant horizontal gradient
    np.testing.assert_allclose(lab.correlate(ramp, lab.KERNEL_PRESETS["Sobel x"].weights), 8.0)
    np.testing.assert_allclose(lab.correlate(ramp, lab.KERNEL_PRESETS["Sobel y"].weights), 0.0)


def test_numpy_modules_do_not_import_tensorflow() -> None:
    code = ("import sys, cnnviz.learn.lab, cnnviz.learn.training_step, cnnviz.learn.concepts; "
            "print('tensorflow' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# ---- the training step --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def batch() -> lt.Batch:
    return lt.sample_batch(10)


def test_batch_is_class_balanced(batch: lt.Batch) -> None:
    assert sorted(batch.y.tolist()) == list(range(10))
    assert batch.x.shape == (10, 28, 28, 1)


def test_gradients_match_finite_differences(batch: lt.Batch) -> None:
    # Non-zero biases: with zero biases the black background sits exactly on ReLU's kink (0), where the
    # derivative is undefined and a finite difference is one-sided.
    rng = np.random.default_rng(0)
    weights = lt.init_weights(units=8, seed=3, dtype=np.float64)
    weights = replace(weights, conv_b=rng.normal(0, 0.05, 10), b1=rng.normal(0, 0.05, 8))
    result = lt.training_step(weights, batch, learning_rate=0.1)
    eps = 1e-6
    for name in lt.WEIGHT_NAMES:
        array = getattr(weights, name)
        for _ in range(2):
            index = tuple(int(rng.integers(0, d)) for d in array.shape)
            plus = lt.loss_value(lt.with_weight(weights, name, index, array[index] + eps), batch)
            minus = lt.loss_value(lt.with_weight(weights, name, index, array[index] - eps), batch)
            numeric = (plus - minus) / (2 * eps)
            assert result.gradients[name][index] == pytest.approx(numeric, rel=1e-4, abs=1e-8), (name, index)


def test_sgd_step_is_w_minus_lr_times_g_and_lowers_the_loss(batch: lt.Batch) -> None:
    weights = lt.init_weights(units=16, seed=1)
    result = lt.training_step(weights, batch, learning_rate=0.05)
    for name in lt.WEIGHT_NAMES:
        expected = getattr(weights, name) - 0.05 * result.gradients[name]
        np.testing.assert_allclose(getattr(result.after, name), expected, rtol=1e-6, atol=1e-7)
    assert result.loss == pytest.approx(lt.loss_value(weights, batch), rel=1e-6)
    assert result.new_loss == pytest.approx(lt.loss_value(result.after, batch), rel=1e-6)
    assert result.new_loss < result.loss
    assert [s.shape for s in result.stages][1:5] == [(10, 28, 28, 10), (10, 28, 28, 10), (10, 14, 14, 10),
                                                     (10, 1960)]


def test_a_network_whose_relus_are_all_off_is_named_dead(batch: lt.Batch) -> None:
    # What a too-large learning rate does: the conv biases end so negative that every ReLU outputs 0 for every
    # image. Then no gradient reaches the kernels or w1, the output is the same for every image, and the loss is
    # the loss of that constant guess (ln 10 when the output biases are equal).
    weights = lt.init_weights(units=16, seed=1)
    dead = lt.training_step(replace(weights, conv_b=np.full(10, -100.0, np.float32)), batch, learning_rate=1.0)
    assert dead.dead
    assert dead.loss == pytest.approx(np.log(10), abs=1e-5) and dead.new_loss == pytest.approx(dead.loss, abs=1e-3)
    assert not dead.gradients["conv_w"].any() and not dead.gradients["w1"].any()
    assert not lt.training_step(weights, batch, learning_rate=1.0).dead  # a fresh network is alive


def test_initial_weights_are_glorot_uniform() -> None:
    weights = lt.init_weights(units=100)
    for name, _shape, fan_in, fan_out, limit, largest in lt.glorot_table(weights):
        assert largest <= limit, name
        assert limit == pytest.approx((6 / (fan_in + fan_out)) ** 0.5)
    assert weights.n_params == 3 * 3 * 10 + 10 + 1960 * 100 + 100 + 100 * 10 + 10
    assert not weights.conv_b.any() and not weights.b1.any()


# ---- the concept index ------------------------------------------------------------------------------------


def test_concept_index_covers_the_issue_and_points_at_real_pages() -> None:
    from cnnviz.learn.concepts import CONCEPTS, CONCEPTS_BY_KEY, pages_used, search

    required = ["cross-correlation", "padding", "stride", "output-size", "feature-map", "filters", "parameters",
                "pooling", "relu", "softmax", "flatten", "dense", "dropout", "glorot", "optimizers", "cross-entropy",
                "stratified-split", "early-stopping", "checkpoint", "confusion-matrix"]
    assert set(required) <= set(CONCEPTS_BY_KEY)
    assert all(c.live_in and c.explanation for c in CONCEPTS)
    assert all(page.startswith("pages/") and page.endswith(".py") for page in pages_used())
    assert [c.key for c in search("xavier")] == ["glorot"]
    assert "18,496" in CONCEPTS_BY_KEY["parameters"].explanation
    assert len(search("")) == len(CONCEPTS)


def test_step_animation_has_one_frame_per_output_cell_each_boxing_its_window() -> None:
    from cnnviz.figures.lab import step_animation

    result = lab.slide(np.arange(1.0, 10.0).reshape(3, 3), np.array([[2.0, 0.0], [0.0, 0.0]]), padding="same")
    fig = step_animation(result)
    frames = fig.to_dict()["frames"]  # what the browser gets
    assert len(frames) == result.output.size == 9
    assert len(fig.layout.sliders[0].steps) == 9 and fig.layout.updatemenus[0].buttons[0].label == "▶ Play"
    for index, frame in enumerate(frames):
        step = lab.step_at(result, index)
        window, cell = frame["layout"]["shapes"][-2:]
        assert (window["x0"] + 0.5, window["y0"] + 0.5, window["x1"] - window["x0"]) == (step.left, step.top, 2)
        assert (cell["xref"], cell["x0"] + 0.5, cell["y0"] + 0.5) == ("x3", step.col, step.row)
        assert frame["layout"]["annotations"][-1]["text"].endswith(f"= {lab._num(step.value, 3)}")
        revealed = np.asarray(frame["data"][0]["z"], dtype=float)
        assert np.isfinite(revealed).sum() == index + 1  # the output fills in up to the current cell
        np.testing.assert_array_equal(revealed.flat[: index + 1], result.output_2d.flat[: index + 1])


def test_step_animation_of_an_rgb_input_boxes_every_channel() -> None:
    from cnnviz.figures.lab import step_animation

    x = np.random.default_rng(0).random((5, 5, 3))
    result = lab.slide(x, np.ones((3, 3, 3)), padding="valid", stride=2)
    frames = step_animation(result).to_dict()["frames"]
    assert len(frames) == 4
    assert len(frames[3]["layout"]["shapes"]) == 3 * 2 + 1  # window per channel, cell per channel map, the sum's
    assert "per channel" in frames[3]["layout"]["annotations"][-1]["text"]
