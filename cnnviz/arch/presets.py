"""Ready-made architectures: the networks of the study notes the project grew from, and our own."""

from __future__ import annotations

from dataclasses import dataclass

from cnnviz.arch.spec import (
    Architecture,
    AveragePooling2D,
    BatchNormalization,
    Conv2D,
    Dense,
    Dropout,
    Flatten,
    MaxPooling2D,
)
from cnnviz.i18n import t


@dataclass(frozen=True)
class Preset:
    """A named network; its title and description are catalog texts (`preset.<name>.title`), shown in the
    current language."""

    name: str
    architecture: Architecture

    def _text(self, part: str) -> str:
        return t(f"presets.{self.name.replace('-', '_')}.{part}")

    @property
    def title(self) -> str:
        return self._text("title")

    @property
    def description(self) -> str:
        return self._text("description")


def _arch(*layers, input_shape=(28, 28, 1)) -> Architecture:
    return Architecture(input_shape, tuple(layers))


PRESETS: dict[str, Preset] = {p.name: p for p in (
    Preset(
        "fashion-convnet",
        _arch(
            Conv2D(32, (3, 3), padding="same", activation="relu"),
            MaxPooling2D((2, 2)),
            Conv2D(64, (3, 3), padding="same", activation="relu"),
            MaxPooling2D((2, 2)),
            Flatten(),
            Dense(100, activation="relu"),
            Dropout(0.4),
            Dense(10, activation="softmax"),
        ),
    ),
    Preset(
        "mnist-convnet",
        _arch(
            Conv2D(32, (3, 3), activation="relu"),
            MaxPooling2D((2, 2)),
            Conv2D(64, (3, 3), activation="relu"),
            MaxPooling2D((2, 2)),
            Conv2D(128, (3, 3), activation="relu"),
            Flatten(),
            Dense(10, activation="softmax"),
        ),
    ),
    Preset(
        "scratch-convnet",
        _arch(
            Conv2D(10, (3, 3), padding="same", activation="relu"),
            MaxPooling2D((2, 2)),
            Flatten(),
            Dense(100, activation="relu"),
            Dense(10, activation="softmax"),
        ),
    ),
    Preset(
        "lenet5",
        _arch(
            Conv2D(6, (5, 5), padding="same", activation="tanh"),
            AveragePooling2D((2, 2)),
            Conv2D(16, (5, 5), activation="tanh"),
            AveragePooling2D((2, 2)),
            Flatten(),
            Dense(120, activation="tanh"),
            Dense(84, activation="tanh"),
            Dense(10, activation="softmax"),
        ),
    ),
    Preset(
        "cnnviz-strong",
        _arch(
            Conv2D(32, (3, 3), padding="same", activation="relu"),
            BatchNormalization(),
            Conv2D(32, (3, 3), padding="same", activation="relu"),
            BatchNormalization(),
            MaxPooling2D((2, 2)),
            Dropout(0.25),
            Conv2D(64, (3, 3), padding="same", activation="relu"),
            BatchNormalization(),
            Conv2D(64, (3, 3), padding="same", activation="relu"),
            BatchNormalization(),
            MaxPooling2D((2, 2)),
            Dropout(0.25),
            Flatten(),
            Dense(128, activation="relu"),
            BatchNormalization(),
            Dropout(0.4),
            Dense(10, activation="softmax"),
        ),
    ),
)}

DEFAULT_PRESET = "fashion-convnet"
