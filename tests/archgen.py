"""Random architecture generator for the Keras-oracle tests and the benchmark."""

from __future__ import annotations

import random

from cnnviz.arch.spec import (
    Architecture,
    AveragePooling2D,
    BatchNormalization,
    Conv2D,
    Dense,
    Dropout,
    Flatten,
    GlobalAveragePooling2D,
    Layer,
    MaxPooling2D,
)

PADDINGS = ("valid", "same")


def _side(rng: random.Random, limit: int = 5) -> int:
    return rng.randint(1, limit)


def _pair(rng: random.Random, limit: int = 5) -> tuple[int, int]:
    return (_side(rng, limit), _side(rng, limit)) if rng.random() < 0.3 else (_side(rng, limit),) * 2


def random_feature_layer(rng: random.Random) -> Layer:
    roll = rng.random()
    if roll < 0.45:
        return Conv2D(rng.randint(1, 24), _pair(rng), strides=_pair(rng, 3), padding=rng.choice(PADDINGS),
                      activation=rng.choice(("relu", "linear", "tanh")), use_bias=rng.random() < 0.8)
    if roll < 0.7:
        cls = rng.choice((MaxPooling2D, AveragePooling2D))
        strides = None if rng.random() < 0.5 else _pair(rng, 3)
        return cls(_pair(rng, 3), strides=strides, padding=rng.choice(PADDINGS))
    if roll < 0.85:
        return BatchNormalization()
    return Dropout(round(rng.uniform(0, 0.9), 2))


def random_head(rng: random.Random) -> list[Layer]:
    layers: list[Layer] = [Flatten() if rng.random() < 0.6 else GlobalAveragePooling2D()]
    for _ in range(rng.randint(0, 3)):
        layers.append(rng.choice((
            Dense(rng.randint(1, 64), activation=rng.choice(("relu", "softmax", "linear")),
                  use_bias=rng.random() < 0.8),
            Dropout(0.3),
            BatchNormalization(),
        )))
    return layers


def random_architecture(rng: random.Random, valid_only: bool = True) -> Architecture:
    """A random architecture; with valid_only, retried until the shape math accepts it."""
    from cnnviz.arch.shapes import summarize

    while True:
        shape = (rng.randint(3, 40), rng.randint(3, 40), rng.choice((1, 3)))
        layers = [random_feature_layer(rng) for _ in range(rng.randint(0, 7))]
        if rng.random() < 0.85:
            layers += random_head(rng)
        arch = Architecture(shape, tuple(layers))
        if layers and (not valid_only or summarize(arch).ok):
            return arch
