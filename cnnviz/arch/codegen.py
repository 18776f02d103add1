"""Architecture → a runnable Keras 3 Python script that builds the same model and prints its summary."""

from __future__ import annotations

from cnnviz.arch.shapes import check, fmt, layer_names
from cnnviz.arch.spec import Architecture, Conv2D, Dense, Dropout, Layer, MaxPooling2D

INDENT = " " * 8


def _py(value: object) -> str:
    """A Python literal; square pairs collapse to one int, like the JSON form and Keras' own shorthand."""
    if isinstance(value, tuple):
        return str(value[0]) if value[0] == value[1] else f"({value[0]}, {value[1]})"
    return repr(value)


def layer_arguments(layer: Layer) -> list[str]:
    """Keras constructor arguments for one layer, leaving out those equal to Keras' defaults."""
    args: list[str] = []
    if isinstance(layer, Conv2D):
        args += [str(layer.filters), f"kernel_size={_py(layer.kernel_size)}"]
        if layer.strides != (1, 1):
            args.append(f"strides={_py(layer.strides)}")
    elif isinstance(layer, MaxPooling2D):  # AveragePooling2D too
        args.append(f"pool_size={_py(layer.pool_size)}")
        if layer.strides is not None:
            args.append(f"strides={_py(layer.strides)}")
    elif isinstance(layer, Dense):
        args.append(str(layer.units))
    elif isinstance(layer, Dropout):
        args.append(_py(layer.rate))
    if isinstance(layer, (Conv2D, MaxPooling2D)) and layer.padding != "valid":
        args.append(f"padding={_py(layer.padding)}")
    if isinstance(layer, (Conv2D, Dense)):
        if layer.activation != "linear":
            args.append(f"activation={_py(layer.activation)}")
        if not layer.use_bias:
            args.append("use_bias=False")
    return args


def keras_script(arch: Architecture, model_name: str = "cnnviz") -> str:
    """Python source of a script that builds `arch` with Keras 3 and prints `model.summary()`.

    Each layer line carries a comment with the output shape and parameter count cnnviz computed, so a
    reader can compare them with the printed summary. Raises SpecError if the architecture is invalid.
    """
    summary = check(arch)
    lines = [
        '"""Built with cnnviz: the same network as on the Build page. Run: python this_file.py"""',
        "",
        "import keras",
        "from keras import layers",
        "",
        "model = keras.Sequential(",
        "    [",
        f'{INDENT}keras.Input(shape={tuple(arch.input_shape)}, name="input"),',
    ]
    for layer, name, row in zip(arch.layers, layer_names(arch), summary.rows, strict=True):
        call = f"layers.{layer.TYPE}({', '.join([*layer_arguments(layer), f'name={name!r}'])}),"
        lines.append(f"{INDENT}{call}  # -> {tuple(row.output_shape)}, {fmt(row.params)} params")
    lines += [
        "    ],",
        f"    name={model_name!r},",
        ")",
        "",
        f"# cnnviz counts {fmt(summary.total_params)} parameters "
        f"({fmt(summary.trainable_params)} trainable, {fmt(summary.non_trainable_params)} non-trainable).",
        "model.summary()",
        "",
        "# To train it, e.g. on Fashion-MNIST images scaled to [0, 1] with integer labels:",
        '# model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])',
        "# model.fit(x_train, y_train, epochs=10, validation_split=0.2)",
        "",
    ]
    return "\n".join(lines)
