"""The concept index: each idea of the study notes, explained briefly, with the app pages where it is live.

Pages are named by their file path (as registered in app.py); the Concepts page links only those that exist.
Numbers follow the notes: 28×28 inputs, 3×3 kernels, the Fashion-MNIST convnet's 333,526 parameters.
"""

from __future__ import annotations

from dataclasses import dataclass

LAB = "pages/lab.py"
LAYERS_LAB = "pages/layers_lab.py"
TRAINING_STEP = "pages/training_step.py"
BUILD = "pages/build.py"
TRAIN = "pages/train.py"
FEATURE_MAPS = "pages/feature_maps.py"
KERNELS = "pages/kernels.py"
CONFUSION = "pages/confusion.py"
DRAW = "pages/draw.py"


@dataclass(frozen=True)
class LiveIn:
    """A page where the concept can be seen and played with, and what to do there."""

    page: str
    what: str


@dataclass(frozen=True)
class Concept:
    key: str
    title: str
    explanation: str  # Markdown
    live_in: tuple[LiveIn, ...]
    keywords: tuple[str, ...] = ()

    def matches(self, query: str) -> bool:
        text = " ".join((self.key, self.title, self.explanation, *self.keywords)).lower()
        return all(word in text for word in query.lower().split())


CONCEPTS: tuple[Concept, ...] = (
    Concept(
        "cross-correlation", "Cross-correlation vs convolution",
        "Slide a small array (the kernel, or weights) over the input; at each position multiply the overlapping "
        "numbers and add them up. That is **cross-correlation**. A true **convolution** first flips the kernel "
        "(left↔right and top↔bottom). Deep-learning libraries, Keras and `tf.nn.conv2d` included, compute "
        "cross-correlation and still call it convolution: the kernel is learned, so whether it is stored flipped "
        "makes no difference. SciPy has both: `correlate`/`correlate2d` and `convolve`/`convolve2d`.",
        (LiveIn(LAB, "switch between cross-correlation and convolution and see the flipped kernel"),),
        ("flip", "kernel", "scipy", "correlate2d", "convolve2d"),
    ),
    Concept(
        "padding", "Padding: valid, same, full",
        "Zeros added around the input before sliding. **valid**: none, the window only visits positions where it "
        "fits, so the map shrinks: 28×28 with a 3×3 kernel gives 26×26. **same**: enough zeros that the output "
        "keeps the input's size (28×28 → 28×28), so border pixels count as much as central ones. **full**: k − 1 "
        "zeros on every side, every input element meets every kernel element (output 30×30). With an even kernel "
        "'same' needs an odd number of zeros: TensorFlow puts the extra one after (right/bottom); SciPy's 1-D "
        "`correlate` puts it before. The notes' 2×2 kernel [[2, 0], [0, 0]] shows this.",
        (LiveIn(LAB, "change padding and watch the padded input, the output size and the formula"),
         LiveIn(BUILD, "each Conv2D row shows the shape formula for its padding")),
        ("valid", "same", "full", "border", "zero"),
    ),
    Concept(
        "stride", "Stride",
        "How far the window moves between two outputs. Stride 1 (the default) visits every position; stride 2 "
        "skips every other one and roughly halves the output. The notes prefer stride 1 with 'same' padding in "
        "the convolution and leave the shrinking to pooling, which works better in practice.",
        (LiveIn(LAB, "raise the stride and see the window jump and the output shrink"),
         LiveIn(BUILD, "set strides on a Conv2D or pooling layer")),
        ("step", "downsample"),
    ),
    Concept(
        "output-size", "Output size formula",
        "Along each axis, output = ⌊(n + 2p − k) / s⌋ + 1 for input length n, padding p on each side, kernel k "
        "and stride s. Valid, 3×3, stride 1 on 28: ⌊(28 + 0 − 3) / 1⌋ + 1 = 26. 'Same' picks p so the output "
        "is ⌈n / s⌉ (28 at stride 1, 14 at stride 2).",
        (LiveIn(LAB, "the formula is filled in with the current numbers"),
         LiveIn(BUILD, "every layer's output shape with its formula")),
        ("shape", "formula", "floor"),
    ),
    Concept(
        "feature-map", "Feature map",
        "The output of a convolution (or pooling) layer: one 2-D map per filter, high where the filter's pattern "
        "appears. A Conv2D with 32 filters on a 28×28×1 image gives a 28×28×32 ('same') or 26×26×32 ('valid') "
        "stack of feature maps.",
        (LiveIn(FEATURE_MAPS, "see every layer's feature maps for an image"),
         LiveIn(TRAINING_STEP, "the tiny CNN's 10 feature maps of the first digit")),
        ("activation map", "channels"),
    ),
    Concept(
        "filters", "Filters (kernels) and channels",
        "A filter is a small stack of weights, kh × kw × input channels: a kernel must cover every input channel "
        "at once, so its depth always equals the input's channels (1 for grayscale, 3 for RGB). Its per-channel "
        "products are added into **one** number per position. A layer with F filters outputs F channels. Early "
        "layers learn edges and blobs, later ones combinations of them, which is why the notes grow the filter "
        "count 32 → 64.",
        (LiveIn(LAB, "the multi-channel demo: an RGB crop and a 3×3×3 kernel"),
         LiveIn(KERNELS, "the learned kernels of a trained model")),
        ("kernel", "depth", "rgb", "channel"),
    ),
    Concept(
        "parameters", "Parameter formula",
        "A Conv2D layer has (kh · kw · input channels + 1) · filters parameters (the + 1 is each filter's bias): "
        "(3·3·1 + 1)·32 = 320 and (3·3·32 + 1)·64 = 18,496 in the notes. A Dense layer has (inputs + 1) · units: "
        "(3,136 + 1)·100 = 313,700. Pooling, Flatten and Dropout have none. The Fashion-MNIST convnet totals "
        "333,526.",
        (LiveIn(BUILD, "each layer's parameter count with the formula filled in"),),
        ("params", "weights", "bias", "count"),
    ),
    Concept(
        "pooling", "Max and average pooling",
        "Pooling shrinks each feature map without weights: a window (usually 2×2, stride 2) keeps the largest "
        "value (**max pooling**) or the mean (**average pooling**). 28×28×32 → 14×14×32: the channel count never "
        "changes. Max pooling usually works better because a feature map encodes whether a pattern is present; "
        "averaging dilutes a strong response.",
        (LiveIn(LAYERS_LAB, "max and average pooling side by side on the same map"),
         LiveIn(BUILD, "MaxPooling2D / AveragePooling2D layers")),
        ("max", "average", "downsample", "maxpooling2d"),
    ),
    Concept(
        "relu", "ReLU",
        "relu(x) = max(x, 0): negative values become 0, positive ones pass unchanged. Applied after each "
        "convolution it adds the non-linearity without which stacked layers would collapse into one linear map, "
        "and it trains faster than sigmoid. NumPy: `np.maximum(x, 0)`; TensorFlow: `tf.nn.relu(x)`.",
        (LiveIn(LAYERS_LAB, "ReLU applied to a feature map with negative values"),),
        ("activation", "nonlinearity"),
    ),
    Concept(
        "softmax", "Softmax",
        "Turns the last layer's raw scores (logits) z into probabilities: softmax(z)ᵢ = exp(zᵢ) / Σⱼ exp(zⱼ). "
        "All are positive and sum to 1; the largest logit gets the largest probability. Ten output units with "
        "softmax for ten classes.",
        (LiveIn(LAYERS_LAB, "edit logits and watch the probabilities"),
         LiveIn(DRAW, "the probabilities for a digit you draw")),
        ("probability", "logits", "output"),
    ),
    Concept(
        "flatten", "Flatten",
        "Unrolls the stack of feature maps into one long vector so a Dense layer can take it: 7×7×64 → 3,136 "
        "values. Only the batch axis is kept. No parameters.",
        (LiveIn(BUILD, "a Flatten layer and its output size"),
         LiveIn(TRAINING_STEP, "14×14×10 → 1,960 in the tiny CNN")),
        ("reshape", "vector"),
    ),
    Concept(
        "dense", "Dense (fully connected) layer",
        "Every unit is connected to every input value: output = activation(x · W + b). Dense layers learn "
        "global patterns over the whole input, while convolutions learn local patterns anywhere in the image. "
        "(3,136 + 1)·100 = 313,700 parameters in the notes' hidden layer.",
        (LiveIn(BUILD, "Dense layers and their parameter count"),
         LiveIn(TRAINING_STEP, "the gradients of the dense weights")),
        ("fully connected", "units", "matmul"),
    ),
    Concept(
        "dropout", "Dropout",
        "During training, a fraction (rate) of the inputs is set to 0 at random, different each batch; the "
        "survivors are scaled by 1 / (1 − rate) so the sum stays the same. At prediction time nothing is dropped. "
        "Units cannot rely on each other, which reduces over-fitting. The notes use Dropout(0.4) or (0.3) before "
        "the output layer.",
        (LiveIn(BUILD, "add a Dropout layer"), LiveIn(TRAIN, "compare training and validation loss")),
        ("overfitting", "regularisation", "rate"),
    ),
    Concept(
        "glorot", "Glorot (Xavier) initialisation",
        "Weights start as random numbers drawn uniformly from ±√(6 / (fan_in + fan_out)), where fan_in and "
        "fan_out count the connections into and out of a unit (for a 3×3×1 kernel with 10 filters: 9 and 90, so "
        "the limit is √(6/99) ≈ 0.246). The range keeps the signal's size roughly steady from layer to layer; "
        "it is Keras' default (`glorot_uniform`) and what the notes use with `tf.Variable`.",
        (LiveIn(TRAINING_STEP, "the limits of each weight and the initial values"),
         LiveIn(KERNELS, "trained kernels compared with their initial values")),
        ("xavier", "initializer", "init", "fan"),
    ),
    Concept(
        "optimizers", "SGD, Adam, RMSprop",
        "An optimizer turns gradients into weight updates. **SGD**: w ← w − lr · g, the learning rate sets the "
        "step size. **RMSprop** divides each step by a running average of recent gradient sizes, so every weight "
        "gets its own effective step. **Adam** adds momentum (a running average of the gradients themselves) to "
        "that; it is a robust default (`optimizer='adam'` in the notes). The notes' hand-written CNN uses "
        "`tf.optimizers.SGD` with `apply_gradients`.",
        (LiveIn(TRAINING_STEP, "take single SGD steps and watch the loss fall"),
         LiveIn(TRAIN, "choose the optimizer and learning rate for a real training run")),
        ("sgd", "adam", "rmsprop", "learning rate", "gradient descent", "gradienttape"),
    ),
    Concept(
        "cross-entropy", "Cross-entropy: sparse vs one-hot",
        "The classification loss: −log of the probability the model gives the right class. With integer labels "
        "(3) use `sparse_categorical_crossentropy`; with one-hot labels ([0, 0, 0, 1, 0, …], from "
        "`to_categorical`) use `categorical_crossentropy`. They compute the **same number**: in −Σ yᵢ log pᵢ only "
        "the target's term survives. The loss is 0 for certainty in the right class and grows fast as that "
        "probability falls.",
        (LiveIn(LAYERS_LAB, "pick a target and compare both losses"),
         LiveIn(TRAINING_STEP, "the batch's mean cross-entropy, step by step")),
        ("loss", "sparse", "one-hot", "categorical", "log"),
    ),
    Concept(
        "stratified-split", "Stratified train/validation split",
        "Part of the training data (20 % in the notes: 48,000 / 12,000) is held back to check the model on "
        "images it did not learn from. `train_test_split(..., stratify=y, random_state=42)` keeps each class's "
        "share the same in both parts, so the validation score is not skewed by an unlucky class mix.",
        (LiveIn(TRAIN, "the validation fraction and seed of a run"),),
        ("validation", "train_test_split", "split"),
    ),
    Concept(
        "early-stopping", "Early stopping",
        "Stop training when the validation loss has not improved for `patience` epochs (2 or 3 in the notes); "
        "with `restore_best_weights=True` the model goes back to its best epoch. It stops before over-fitting and "
        "saves time: the notes ask for 100 epochs but training ends after about 10.",
        (LiveIn(TRAIN, "set the patience and watch the run stop"),),
        ("patience", "callback", "overfitting"),
    ),
    Concept(
        "checkpoint", "Checkpoint",
        "`ModelCheckpoint(path, save_best_only=True)` saves the model to disk whenever the validation loss "
        "improves, so the best model survives even if later epochs get worse or training is interrupted.",
        (LiveIn(TRAIN, "each run keeps best.keras and final.keras"),),
        ("modelcheckpoint", "save", "best"),
    ),
    Concept(
        "confusion-matrix", "Confusion matrix",
        "A table of true class (rows) against predicted class (columns): the diagonal holds the correct "
        "predictions, every other cell a particular mistake (e.g. shirts taken for T-shirts). It shows *which* "
        "classes are confused, which a single accuracy number hides.",
        (LiveIn(CONFUSION, "click a cell to see the images behind it"),),
        ("errors", "accuracy", "mistakes"),
    ),
)

CONCEPTS_BY_KEY: dict[str, Concept] = {c.key: c for c in CONCEPTS}


def search(query: str) -> list[Concept]:
    """Concepts whose title, text or keywords contain every word of the query (all of them for '')."""
    return [c for c in CONCEPTS if c.matches(query)]


def pages_used() -> set[str]:
    return {live.page for concept in CONCEPTS for live in concept.live_in}
