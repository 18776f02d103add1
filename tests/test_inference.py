"""The inference workers (cnnviz.inference): real worker processes give the answers the same core functions give in
this process, report progress, return errors as themselves, survive a killed worker, and keep quick calls apart
from long ones."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from cnnviz import inference
from cnnviz.data.preprocess import to_mnist
from cnnviz.i18n import language_scope
from cnnviz.inference import InferenceError, InferencePool, InferenceSettings, ModelRef
from cnnviz.inspect import adversarial, attribution, extract, patterns
from cnnviz.inspect.predict import Predictor, default_model_path


@pytest.fixture(scope="module")
def pool():
    workers = InferencePool(InferenceSettings(quick_workers=1, long_workers=1, threads=1, models_kept=2)).start()
    yield workers
    workers.close()


@pytest.fixture(scope="module")
def digits():
    """The bundled digit model, loaded here, and a drawn 7 as it reaches the model."""
    from PIL import Image, ImageDraw

    picture = Image.new("L", (280, 280), 0)
    draw = ImageDraw.Draw(picture)
    draw.line([(60, 60), (220, 60), (120, 240)], fill=255, width=24)
    image = to_mnist(np.asarray(picture)).image
    return Predictor.default().model, image


REF = ModelRef.of_file(default_model_path())


def test_drawing_prediction_is_the_one_made_in_this_process(pool, digits):
    model, image = digits
    here = Predictor.default().probabilities(image)
    there = pool.on_model(REF, extract.predict_probabilities, image)[0]
    np.testing.assert_allclose(there, here, rtol=0, atol=1e-6)
    assert there.argmax() == here.argmax() == 7


def test_feature_maps_grad_cam_and_description_match(pool, digits):
    model, image = digits
    layers = extract.conv_layer_names(model)
    there = pool.on_model(REF, extract.feature_maps, image, layers)
    for name, maps in extract.feature_maps(model, image, layers).items():
        np.testing.assert_allclose(there[name], maps, rtol=0, atol=1e-5)
    np.testing.assert_allclose(pool.on_model(REF, extract.grad_cam, image, 7),
                               extract.grad_cam(model, image, 7), rtol=0, atol=1e-5)
    info = pool.on_model(REF, extract.describe)
    assert info == extract.describe(model)
    assert info.conv_layers == tuple(layers) and info.n_classes == 10 and info.input_shape == (28, 28, 1)


@pytest.mark.parametrize("method", attribution.METHODS)
def test_every_explanation_matches(pool, digits, method):
    model, image = digits
    options = {"smoothgrad": {"samples": 8, "seed": 0}, "integrated-gradients": {"steps": 16},
               "occlusion": {"window": 4, "stride": 4}}.get(method, {})
    there = pool.on_model(REF, attribution.attribute, image, method, 7, **options)
    here = attribution.attribute(model, image, method, 7, **options)
    assert there.method == here.method == method
    np.testing.assert_allclose(there.map, here.map, rtol=1e-4, atol=1e-5)


def test_filter_patterns_and_an_attack_match(pool, digits, tmp_path):
    model, image = digits
    settings = patterns.PatternSettings(steps=5)
    there = pool.on_model(REF, patterns.cached_patterns, str(tmp_path / "worker"), "conv2d", settings)
    here = patterns.cached_patterns(model, tmp_path / "here", "conv2d", settings)
    np.testing.assert_allclose(there.raw, here.raw, rtol=1e-4, atol=1e-4)
    attacked = pool.on_model(REF, adversarial.attack, image, 0.1, 7)
    np.testing.assert_allclose(attacked.adversarial, adversarial.attack(model, image, 0.1, 7).adversarial,
                               rtol=0, atol=1e-6)


def test_progress_is_relayed_to_the_caller(pool):
    images = np.random.default_rng(0).random((1000, 28, 28, 1), dtype=np.float32)
    seen: list[tuple[int, int]] = []
    result = pool.on_model(REF, extract.predict_probabilities, images, batch_size=100,
                           progress=lambda *p: seen.append(p))
    assert result.shape == (1000, 10)
    assert seen and all(total == 1000 for _, total in seen)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_errors_come_back_as_themselves_in_the_callers_language(pool):
    with pytest.raises(extract.ExtractError) as caught:
        pool.on_model(REF, extract.grad_cam, np.zeros((28, 28, 1), np.float32), 12)
    assert caught.value.key == "extract.class_outside" and caught.value.params == {"index": 12, "last": 9}
    with language_scope("ko"):
        with pytest.raises(extract.ExtractError) as caught:
            pool.on_model(REF, extract.kernels, "dense")
        assert "Conv2D 층이 아니라" in str(caught.value)


def test_a_rewritten_model_file_is_loaded_again(pool, tmp_path):
    import shutil

    import keras

    copy = tmp_path / "model.keras"
    shutil.copyfile(default_model_path(), copy)
    assert len(pool.on_model(ModelRef.of_file(copy), extract.describe).conv_layers) == 3
    other = keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Conv2D(2, 3, name="only_conv"),
                              keras.layers.Flatten(), keras.layers.Dense(10, activation="softmax")])
    other.save(copy)
    assert pool.on_model(ModelRef.of_file(copy), extract.describe).conv_layers == ("only_conv",)


def die_once(marker: str) -> int:
    """In a worker: the first call kills its own process (as the kernel's OOM killer would); later calls answer."""
    if not Path(marker).exists():
        Path(marker).write_text("died")
        os.kill(os.getpid(), signal.SIGKILL)
    return os.getpid()


def always_die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def test_a_killed_worker_is_replaced_and_the_call_retried(pool, tmp_path):
    retries: list[bool] = []
    pid = pool.call(die_once, str(tmp_path / "marker"), on_retry=lambda: retries.append(True))
    assert retries == [True]
    assert pid != os.getpid() and pid in pool.worker_pids()
    assert pool.on_model(REF, extract.describe).n_classes == 10  # the new worker works


def test_a_worker_that_dies_twice_is_an_error_with_a_message(pool):
    with pytest.raises(InferenceError) as caught:
        pool.call(always_die)
    assert caught.value.key == "inference.worker_lost"
    assert "stopped twice" in str(caught.value)


def wait_for_file(path: str, progress=None) -> str:
    """A long task that only ends when the test says so (no clock involved)."""
    while not Path(path).exists():
        if progress is not None:
            progress(0, 1)
        time.sleep(0.05)
    return "released"


def test_a_long_task_never_holds_up_a_quick_one(pool, tmp_path):
    release = tmp_path / "release"
    outcome: list[str] = []
    long_call = threading.Thread(target=lambda: outcome.append(pool.call(wait_for_file, str(release),
                                                                          progress=lambda *p: None)))
    long_call.start()
    try:
        assert pool.on_model(REF, extract.describe).n_classes == 10  # answered while the long lane is busy
        assert not outcome
    finally:
        release.write_text("go")
        long_call.join(timeout=120)
    assert outcome == ["released"]


def test_inline_mode_runs_in_this_process_and_still_crosses_pickle(digits):
    model, image = digits
    inline = InferencePool(InferenceSettings(quick_workers=0, long_workers=0, threads=1, models_kept=2))
    assert inline.call(os.getpid) == os.getpid()
    seen: list[tuple[int, int]] = []
    result = inline.on_model(REF, extract.predict_probabilities, np.stack([image] * 3), batch_size=1,
                             progress=lambda *p: seen.append(p))
    assert seen == [(1, 3), (2, 3), (3, 3)] and result.shape == (3, 10)
    with pytest.raises(Exception, match="pickle|lambda|local object"):
        inline.call(lambda: 1)


def test_settings_from_the_environment():
    assert InferenceSettings.from_environment({}).quick_workers == 1
    assert InferenceSettings.from_environment({inference.WORKERS_ENV: "3", inference.MODELS_ENV: "2"}) == \
        InferenceSettings(quick_workers=3, long_workers=1, threads=max(1, (os.cpu_count() or 1) // 2), models_kept=2)
    assert InferenceSettings.from_environment({inference.WORKERS_ENV: "0"}).inline
