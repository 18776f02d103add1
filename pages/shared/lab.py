"""Learn pages: teaching tooltips, cached sample inputs, grid editors and the input/kernel pickers."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import numpy as np
import pandas as pd
import streamlit as st

from cnnviz import lab

ROOT = Path(__file__).resolve().parents[2]

HELP = {
    "mode": "**2-D grid**: a grayscale image or a grid of numbers, as a Conv2D sees one channel. **1-D sequence**: "
            "the same idea on a row of numbers (the notes start here with `scipy.signal.correlate`). "
            "**Multi-channel**: a colour (RGB) crop, to see why a kernel has one slice per input channel.",
    "source": "What the kernel slides over. The notes' 3×3 grid [[1, 2, 3], [4, 5, 6], [7, 8, 9]] is small enough "
              "to check every number by hand; the photo crops (scikit-learn's sample photos) and the MNIST digit "
              "show what each kernel does to a real image.",
    "side": "The crop is resized to this many pixels per side. Up to 16 the value of every cell is printed; larger "
            "grids show colours only (hover a cell to read it).",
    "digit": "Which of the 5,000 real handwritten digits bundled with cnnviz to use.",
    "kernel": "The small grid of weights that slides over the input. In a trained CNN these numbers are learned; "
              "here you pick classic hand-made ones. **Sobel x** responds to left-right changes (vertical edges), "
              "**blur** kernels average, **sharpen** and **Laplacian** amplify differences. Edit any cell below.",
    "operation": "**Cross-correlation** multiplies the window by the kernel as it is: what Keras' Conv2D and "
                 "`tf.nn.conv2d` compute. **Convolution** (mathematics, `scipy.signal.convolve2d`) flips the "
                 "kernel left↔right and top↔bottom first. For a learned kernel the difference does not matter: "
                 "the network would simply learn the flipped weights.",
    "padding": "**valid**: no padding, the window only goes where it fits, so the output shrinks by k − 1 "
               "(28 → 26 with a 3×3 kernel). **same**: zeros around the input so the output keeps the input size "
               "(at stride 1); border pixels then count as much as central ones. **full**: k − 1 zeros on every "
               "side, so every input value meets every kernel weight; the output grows by k − 1.",
    "same_style": "Only matters for an even kernel side (2, 4): 'same' then needs an odd number of zeros, so one "
                  "side gets one more. **Keras / TensorFlow** put the extra zero after (right, bottom). "
                  "**SciPy** as in the notes: `scipy.signal.correlate` (1-D) puts it before, `correlate2d` after "
                  "(like TF), `convolve`/`convolve2d` flip the kernel and put it before.",
    "stride": "How many cells the window moves between two outputs. Stride 1 visits every position; stride 2 "
              "skips every other one, so the output is about half as long: ⌊(n + 2p − k) / s⌋ + 1. The notes keep "
              "stride 1 in convolutions and shrink with pooling instead.",
    "step": "Which output cell to explain: the orange box shows the window on the padded input that produced it, "
            "and below you see the multiplications and the sum written out. Slide to watch the window move.",
    "kernel_depth": "A kernel must cover every input channel at once: for an RGB image it is kh × kw × 3. Pick "
                    "another depth to see the error Keras would give you.",
    "channel_weights": "How much of the kernel each colour channel gets (the kernel's slice for that channel is "
                       "the pattern times this number). A learned kernel has independent numbers in each slice.",
    "pool_size": "Height and width of the pooling window. Pooling has no weights: max keeps the largest value of "
                 "each window, average keeps the mean. A 2×2 pool halves the map (28×28 → 14×14).",
    "pool_stride": "How far the pooling window moves. Keras uses the pool size by default, so windows do not "
                   "overlap; a smaller stride makes them overlap and shrinks the map less.",
    "pool_padding": "**valid** (the usual choice) drops leftover border rows/columns: 5×5 with a 2×2 pool → 2×2. "
                    "**same** pads so nothing is dropped (5×5 → 3×3); padded cells are ignored (max never picks "
                    "them, the average divides by the real cells only).",
    "pool_window": "Which pooling window to highlight on the feature map (and the output cell it makes).",
    "feature_map": "The map that pooling and ReLU are applied to. Filtering a digit with Sobel x gives negative "
                   "and positive values (dark-to-bright and bright-to-dark edges), which is what a conv layer "
                   "produces before its activation.",
    "logits": "The raw scores of the last Dense layer, one per class, before softmax. Any real numbers: edit them "
              "and watch the probabilities. Adding the same number to all of them changes nothing.",
    "target": "The true class of the example. The cross-entropy loss is −log(probability of this class): near 0 "
              "when the network is confident and right, large when it gives the right class little probability.",
    "batch_size": "How many real digits (balanced over the 10 classes) the step averages its loss and gradients "
                  "over. The notes train with 128; a small batch keeps every number on screen readable.",
    "units": "Neurons in the hidden Dense layer after flattening (the notes use 100). w1 then has "
             "14·14·kernels × units weights.",
    "kernels": "How many 3×3 kernels the convolution learns (the notes: 10). Each makes one feature map.",
    "learning_rate": "How big a step SGD takes against the gradient: w ← w − lr · g. Too small and the loss barely "
                     "moves; too large and it jumps past the minimum and can grow. The notes use 0.01 over many "
                     "batches; try 0.1 to see the loss fall within a few steps on one batch.",
    "seed": "Seed of the random Glorot-uniform initial weights: the same seed gives the same starting network.",
    "steps": "Steps to take at once (each is a full forward pass, GradientTape and SGD update on the same batch).",
    "concept_search": "Filter the concepts by words in their title or explanation, e.g. 'padding' or 'loss'.",
}


# ---- cached sample inputs -------------------------------------------------------------------------------


@st.cache_data(show_spinner=False, max_entries=32)
def cached_photo(name: str, side: int, grayscale: bool = True) -> np.ndarray:
    return lab.photo_crop(name, side, grayscale)


@st.cache_data(show_spinner=False, max_entries=32)
def cached_digit(index: int, side: int) -> tuple[np.ndarray, int]:
    return lab.mnist_digit(index, side)


# ---- editing numbers --------------------------------------------------------------------------------------


def parse_numbers(text: str, what: str) -> np.ndarray:
    """'2, 8, 3' or '2 8 3' → array; LabError naming the bad item."""
    items = [item for item in re.split(r"[,\s;]+", text.strip()) if item]
    if not items:
        raise lab.LabError(f"the {what} is empty: type numbers separated by commas")
    values = []
    for position, item in enumerate(items, start=1):
        try:
            values.append(float(item))
        except ValueError:
            raise lab.LabError(f"the {what}'s item {position} ({item!r}) is not a number") from None
    return np.array(values)


def grid_editor(base: np.ndarray, key: str, help: str, height: int | None = None) -> np.ndarray:
    """An editable table of numbers (cells left empty become NaN, which the lab reports by row and column)."""
    frame = pd.DataFrame(np.asarray(base, dtype=float), columns=[str(c) for c in range(base.shape[1])])
    config = {c: st.column_config.NumberColumn(c, format="%.3g", width="small") for c in frame.columns}
    edited = st.data_editor(frame, key=key, hide_index=False, num_rows="fixed", column_config=config,
                            height=height if height else "auto", width="content")
    st.caption(help)
    return edited.to_numpy(dtype=float)


def show_error(exc: Exception, where: str) -> None:
    st.error(f"**{where}**: {exc}", icon=":material/error:")


# ---- which pages are registered (page links fail for others) ----------------------------------------------


def registered_pages() -> dict[str, str]:
    """{file path: title} of the st.Page(...) entries in app.py whose file exists (read from app.py's source,
    so the Concepts page can skip links to pages this version of the app does not have)."""
    try:
        tree = ast.parse((ROOT / "app.py").read_text(encoding="utf-8"))
    except (OSError, SyntaxError):
        return {}
    pages = {}
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "Page" and node.args
                and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            titles = [k.value.value for k in node.keywords if k.arg == "title" and isinstance(k.value, ast.Constant)]
            path = node.args[0].value
            pages[path] = titles[0] if titles else Path(path).stem.replace("_", " ").title()
    return {path: title for path, title in pages.items() if (ROOT / path).exists()}


# ---- the lab's input and kernel pickers --------------------------------------------------------------------


EDIT_GRID = np.array([[0, 0, 0, 1, 1, 1], [0, 0, 0, 1, 1, 1], [0, 0, 0, 1, 1, 1],
                      [0, 0, 0, 1, 1, 1], [0, 0, 0, 1, 1, 1], [0, 0, 0, 1, 1, 1]], dtype=float)
SOURCES_2D = ("the notes' 3×3 grid", "editable grid", "photo: china.jpg", "photo: flower.jpg", "MNIST digit")


def pick_2d_input() -> np.ndarray:
    source = st.selectbox("Input", SOURCES_2D, key="lab_source", help=HELP["source"])
    if source == SOURCES_2D[0]:
        st.dataframe(pd.DataFrame(lab.SEED_GRID.astype(int)), hide_index=True, width="content")
        return lab.SEED_GRID
    if source == SOURCES_2D[1]:
        return grid_editor(EDIT_GRID, "lab_grid_editor", "A dark-to-bright vertical edge: try Sobel x. "
                                                           "Click a cell to change it.")
    side = st.slider("Size (pixels per side)", 5, 28, 12, key="lab_side", help=HELP["side"])
    if source == SOURCES_2D[4]:
        index = st.number_input("Digit number", 0, 4999, 0, key="lab_digit", help=HELP["digit"])
        image, label = cached_digit(int(index), side)
        st.caption(f"A real handwritten **{label}** from the bundled MNIST sample, {side}×{side}.")
        return image
    name = source.split(": ")[1]
    st.caption(f"A grayscale crop of scikit-learn's sample photo {name}, {side}×{side}, values 0 (black) to 1.")
    return cached_photo(name, side)


def pick_kernel(default: str, key: str, one_d: bool = False) -> np.ndarray:
    if one_d:
        text = st.text_input("Kernel (numbers separated by commas)", ", ".join(f"{v:g}" for v in lab.SEQUENCE_KERNEL),
                             key=f"{key}_text", help=HELP["kernel"])
        return parse_numbers(text, "kernel")
    names = list(lab.KERNEL_PRESETS)
    name = st.selectbox("Kernel", names, index=names.index(default), key=f"{key}_preset", help=HELP["kernel"])
    preset = lab.KERNEL_PRESETS[name]
    st.caption(preset.description)
    return grid_editor(np.round(preset.weights, 4), f"{key}_editor_{name}", "Edit any weight; pick the preset "
                                                                           "again (another one first) to reset.")
