"""Alt text for the app's images: what an image chart shows, in words a screen reader reads before the numbers.

A chart's `describe` sentence is read from its traces (a mosaic of 32 feature maps is one heatmap to it); these
say what the picture is: the digit drawn and what the network made of it, the feature maps of which layer and which
of its filters responds most, a layer's kernels, where Grad-CAM found the evidence. Each returns an `Alt`: a short
name (the "About this chart" label, read right after the chart) and a sentence (first inside it).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ParamSpec

import numpy as np

from cnnviz.i18n import fields_escaped_with, t

P = ParamSpec("P")


@dataclass(frozen=True)
class Alt:
    name: str  # a few words: what the image is
    sentence: str  # what it shows


def _plain_text(make: Callable[P, Alt]) -> Callable[P, Alt]:
    """Alt text as plain characters (a layer name is not Markdown here): the page escapes it once, where it shows it."""
    @functools.wraps(make)
    def plain(*args: P.args, **kwargs: P.kwargs) -> Alt:
        with fields_escaped_with(None):
            return make(*args, **kwargs)
    return plain


def _size(array: np.ndarray) -> tuple[int, int]:
    return int(array.shape[0]), int(array.shape[1])


@_plain_text
def input_image(image: np.ndarray, drawn: bool = False) -> Alt:
    """The exact input a network receives: (H, W, 1) grey or (H, W, 3) colour; `drawn` for the Draw page's digit."""
    image = np.asarray(image)
    height, width = _size(image)
    colour = image.ndim == 3 and image.shape[-1] == 3
    kind = "drawn" if drawn else "input"
    ink = float((image > 0.5).mean()) if image.size else 0.0
    return Alt(t(f"figures.alt.{kind}_name"),
               t(f"figures.alt.{kind}", height=height, width=width,
                 pixels=t("figures.alt.colour" if colour else "figures.alt.grey"), ink=f"{ink:.0%}"))


@_plain_text
def prediction(probabilities: Sequence[float], class_names: Sequence[str]) -> Alt:
    """The class probabilities: the predicted class, its probability, the runner-up."""
    p = np.asarray(probabilities, dtype=np.float64)
    order = np.argsort(p)[::-1]
    best = int(order[0])
    name = str(class_names[best]) if best < len(class_names) else str(best)
    sentence = t("figures.alt.prediction", name=name, p=f"{p[best]:.1%}", n=len(p))
    if len(order) > 1:
        second = int(order[1])
        sentence += " " + t("figures.alt.runner_up",
                            name=str(class_names[second]) if second < len(class_names) else str(second),
                            p=f"{p[second]:.1%}")
    return Alt(t("figures.alt.prediction_name", name=name), sentence)


@_plain_text
def feature_maps(layer: str, maps: np.ndarray) -> Alt:
    """One layer's output (h, w, filters), or a flat one (units,): which filter responds most, how many stay dark.
    Filters are counted from 1, as the grid's hover says."""
    maps = np.asarray(maps, dtype=np.float64)
    count = int(maps.shape[-1])
    name = t("figures.alt.maps_name", layer=layer, n=count)
    if maps.ndim == 1:
        top = int(np.argmax(maps))
        return Alt(name, t("figures.alt.flat", layer=layer, n=count, top=top + 1, value=f"{maps[top]:.3g}"))
    means = maps.reshape(-1, count).mean(axis=0)
    top = int(np.argmax(means))
    dark = int((np.abs(maps).reshape(-1, count).max(axis=0) == 0).sum())
    height, width = _size(maps)
    return Alt(name, t("figures.alt.maps", layer=layer, n=count, height=height, width=width, top=top + 1,
                       value=f"{means[top]:.3g}", dark=dark))


@_plain_text
def kernels(layer: str, weights: np.ndarray, input_channel: int | str = 0) -> Alt:
    """A conv layer's weights (kh, kw, in, out) as drawn for one input channel (or as colour, "rgb")."""
    weights = np.asarray(weights, dtype=np.float64)
    kh, kw, _, filters = weights.shape
    shown = weights if input_channel == "rgb" else weights[:, :, int(input_channel), :]
    channel = t("figures.alt.rgb") if input_channel == "rgb" else str(int(input_channel) + 1)
    return Alt(t("figures.alt.kernels_name", layer=layer, n=filters),
               t("figures.alt.kernels", layer=layer, n=filters, kh=kh, kw=kw, channel=channel,
                 low=f"{shown.min():.3g}", high=f"{shown.max():.3g}"))


@_plain_text
def grad_cam(class_name: str, cam: np.ndarray) -> Alt:
    """Grad-CAM heat (H, W) in [0, 1] over the image: where the evidence for the class is strongest, as a part of
    the image (top/middle/bottom, left/centre/right) and the pixel."""
    cam = np.asarray(cam, dtype=np.float64)
    name = t("figures.alt.cam_name", name=class_name)
    if not cam.size or not np.isfinite(cam).any() or np.nanmax(cam) <= 0:
        return Alt(name, t("figures.alt.cam_none", name=class_name))
    row, col = np.unravel_index(int(np.nanargmax(cam)), cam.shape)
    height, width = cam.shape
    vertical = ("top", "middle", "bottom")[min(2, 3 * int(row) // height)]
    horizontal = ("left", "centre", "right")[min(2, 3 * int(col) // width)]
    strong = float((cam >= 0.5).mean())
    return Alt(name, t("figures.alt.cam", name=class_name, where=t(f"figures.alt.where_{vertical}_{horizontal}"),
                       row=int(row) + 1, col=int(col) + 1, share=f"{strong:.0%}"))
