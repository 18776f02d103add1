"""Ready-made architectures: the networks of the study notes the project grew from, and our own."""

from __future__ import annotations

from dataclasses import dataclass

from cnnviz.spec import (
    Architecture,
    AveragePooling2D,
    BatchNormalization,
    Conv2D,
    Dense,
    Dropout,
    Flatten,
    MaxPooling2D,
)


@dataclass(frozen=True)
class Preset:
    name: str
    title: str
    description: str
    architecture: Architecture


def _arch(*layers, input_shape=(28, 28, 1)) -> Architecture:
    return Architecture(input_shape, tuple(layers))


PRESETS: dict[str, Preset] = {p.name: p for p in (
    Preset(
        "fashion-convnet",
        "Fashion-MNIST convnet (seeds 000/003)",
        "Two 3×3 'same' conv blocks with 2×2 max pooling, then Dense 100 and Dropout 0.4. "
        "The notes train it with Adam and early stopping to about 0.91 test accuracy. 333,526 parameters.",
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
        "MNIST convnet (seed 004)",
        "Three 'valid' conv layers (32, 64, 128 filters) with max pooling between them: each valid 3×3 conv "
        "shrinks the map by 2, each pool halves it. About 0.99 on MNIST after 5 epochs. 104,202 parameters.",
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
        "From-scratch convnet (seed 001)",
        "The smallest net of the notes, built there by hand with tf.nn.conv2d and GradientTape: ten 3×3 "
        "kernels ('same'), ReLU, 2×2 max pooling to 14×14×10, Dense 100, Dense 10. 197,210 parameters.",
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
        "LeNet-5 (LeCun et al., 1998)",
        "The classic: 5×5 convolutions with tanh and average pooling. The first conv uses 'same' padding, "
        "standing in for the original's 32×32 padded input. 61,706 parameters.",
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
        "cnnviz strong default",
        "Our stronger default: two VGG-style blocks of two 3×3 'same' convs, each followed by batch "
        "normalisation, max pooling and dropout; then Dense 128. Aims at ≥ 0.93 on Fashion-MNIST in 10 epochs.",
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
