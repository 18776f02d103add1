"""The pages' one way to the inference workers (`cnnviz.inference`): every Keras computation a page needs goes
through `on_model` or `call`, so the web process never imports TensorFlow. A worker that died is replaced and the
call retried (a toast says so); when that fails too, the page says why and stops instead of showing a traceback."""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import streamlit as st

from cnnviz.i18n import t
from cnnviz.inference import LONG, QUICK, InferenceError, InferencePool, ModelRef, shared_pool
from cnnviz.inspect import extract

if TYPE_CHECKING:
    from cnnviz.inspect.extract import ModelInfo

__all__ = ["LONG", "QUICK", "RemoteModel", "cached", "call", "describe", "feature_maps", "grad_cam", "on_model", "pool",
           "probabilities_one", "start_in_background"]


@dataclass(frozen=True)
class RemoteModel:
    """A model as a page holds it: which file version (`ref`, what the workers load) and what it is (`info`)."""

    ref: ModelRef
    info: ModelInfo


def _retrying() -> None:
    st.toast(t("common.inference.retrying"), icon=":material/autorenew:")


def _stop_with(error: InferenceError) -> None:
    st.error(str(error), icon=":material/error:")
    st.stop()


def on_model(model: RemoteModel | ModelRef, function: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
    """`function(<the model>, *args, **kwargs)` in an inference worker (see `InferencePool.on_model`). Errors the
    function raises come back as themselves."""
    ref = model.ref if isinstance(model, RemoteModel) else model
    try:
        return shared_pool().on_model(ref, function, *args, on_retry=_retrying, **kwargs)
    except InferenceError as error:
        _stop_with(error)


def call(function: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
    """`function(*args, **kwargs)` in an inference worker (see `InferencePool.call`)."""
    try:
        return shared_pool().call(function, *args, on_retry=_retrying, **kwargs)
    except InferenceError as error:
        _stop_with(error)


def pool() -> InferencePool:
    """For functions under `cached`, which must not draw (a cached result is returned without running them)."""
    return shared_pool()


def cached(max_entries: int) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """`st.cache_data` (bounded) for a function that calls the workers through `pool()`; when the workers fail
    it, the page says why and stops."""

    def wrap(function: Callable[..., Any]) -> Callable[..., Any]:
        kept = st.cache_data(show_spinner=False, max_entries=max_entries)(function)

        @functools.wraps(function)
        def cached_call(*args: Any, **kwargs: Any) -> Any:
            try:
                return kept(*args, **kwargs)
            except InferenceError as error:
                _stop_with(error)

        return cached_call

    return wrap


MODELS_DESCRIBED = 64
_described: OrderedDict[ModelRef, ModelInfo] = OrderedDict()  # a ref names one version of a file: never stale
_described_lock = threading.Lock()


def describe(ref: ModelRef, loading: str) -> RemoteModel:
    """The model `ref` names, described by a worker (which keeps it loaded for the page's next calls), with the
    spinner `loading` only when the worker is asked (a spinner costs a thread per rerun). Raises what loading
    raised (ModelLoadError for a damaged file)."""
    with _described_lock:
        info = _described.get(ref)
    if info is None:
        with st.spinner(loading):
            try:
                info = pool().on_model(ref, extract.describe)
            except InferenceError as error:
                _stop_with(error)
        with _described_lock:
            _described[ref] = info
            while len(_described) > MODELS_DESCRIBED:
                _described.popitem(last=False)
    return RemoteModel(ref, info)


@cached(max_entries=256)
def probabilities_one(ref: ModelRef, image: np.ndarray) -> np.ndarray:
    """The model's class probabilities for one image."""
    return pool().on_model(ref, extract.predict_probabilities, image)[0]


@cached(max_entries=64)
def feature_maps(ref: ModelRef, image: np.ndarray, layers: tuple[str, ...]) -> dict[str, np.ndarray]:
    """`extract.feature_maps` of one image."""
    return pool().on_model(ref, extract.feature_maps, image, list(layers))


@cached(max_entries=64)
def grad_cam(ref: ModelRef, image: np.ndarray, class_index: int, layer: str | None = None) -> np.ndarray:
    """`extract.grad_cam` of one image (default layer: the last Conv2D)."""
    return pool().on_model(ref, extract.grad_cam, image, class_index, layer)


_started = threading.Event()


def start_in_background() -> None:
    """Spawn the inference workers once per server, in the background, so they have TensorFlow imported before
    the first visitor needs them."""
    if not _started.is_set():
        _started.set()
        threading.Thread(target=shared_pool().start, name="cnnviz-inference-start", daemon=True).start()
