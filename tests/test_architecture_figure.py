"""Structure of the architecture diagram: one box per layer plus the input, sized and described by shape."""

from __future__ import annotations

import plotly.graph_objects as go

from cnnviz.arch.presets import PRESETS
from cnnviz.arch.shapes import summarize
from cnnviz.arch.spec import Architecture, Conv2D, Dense, Flatten
from cnnviz.figures.architecture import COLOURS, INVALID, INVALID_COLOUR, architecture_figure


def boxes_by_x(fig: go.Figure) -> dict[float, dict]:
    """x position → that box's trace name, height, width and hover text."""
    boxes = {}
    for trace in fig.data:
        assert isinstance(trace, go.Bar)
        for x, y, width, hover in zip(trace.x, trace.y, trace.width, trace.hovertext, strict=True):
            assert x not in boxes, f"two boxes at x={x}"
            boxes[x] = {"kind": trace.name, "height": y, "width": width, "hover": hover,
                        "colour": trace.marker.color}
    return dict(sorted(boxes.items()))


def test_fashion_convnet_has_a_box_per_layer_with_its_numbers_in_the_hover() -> None:
    summary = summarize(PRESETS["fashion-convnet"].architecture)
    boxes = list(boxes_by_x(architecture_figure(summary)).values())
    assert len(boxes) == len(summary.rows) + 1 == 9
    assert [b["kind"] for b in boxes] == ["Input", *(r.type for r in summary.rows)]
    assert "28×28×1" in boxes[0]["hover"]
    conv2 = boxes[3]["hover"]
    assert "conv2d_1</b> (Conv2D)" in conv2
    assert "14×14×32 → 14×14×64" in conv2
    assert "params: 18,496" in conv2 and "(3·3·32 + 1)·64 = 18,496" in conv2
    assert "same: ⌈14/1⌉ = 14" in conv2
    dense = boxes[6]["hover"]
    assert "3136 → 100" in dense and "313,700" in dense


def test_box_sizes_follow_the_shapes() -> None:
    boxes = list(boxes_by_x(architecture_figure(summarize(PRESETS["fashion-convnet"].architecture))).values())
    input_, conv1, pool1, conv2, pool2 = boxes[:5]
    # Height ∝ spatial size: 28 → 14 → 7.
    assert conv1["height"] == input_["height"] == 1.0
    assert pool1["height"] == conv2["height"] == 0.5
    assert pool2["height"] == 0.25
    # Width grows with channels but stays visible for 1 channel: 1 < 32 < 64.
    assert 0 < input_["width"] < conv1["width"] < conv2["width"]
    assert pool1["width"] == conv1["width"]
    # Flat vectors are thin bars; longer vectors are taller.
    flatten, dense, _, output = boxes[5:]
    assert flatten["width"] == dense["width"] < input_["width"]
    assert flatten["height"] > dense["height"] > output["height"] > 0


def test_colours_by_layer_type_and_bn_non_trainable_in_hover() -> None:
    fig = architecture_figure(summarize(PRESETS["cnnviz-strong"].architecture))
    colours = {trace.name: trace.marker.color for trace in fig.data}
    assert colours == {kind: COLOURS[kind] for kind in colours}
    assert len(set(colours.values())) == len(colours)
    bn = next(b for b in boxes_by_x(fig).values() if b["kind"] == "BatchNormalization")
    assert "params: 128 (64 non-trainable)" in bn["hover"]


def test_invalid_layer_is_red_with_its_message() -> None:
    arch = Architecture((28, 28, 1), (Conv2D(8, (3, 3)), Dense(10), Flatten(), Dense(10)))
    summary = summarize(arch)
    boxes = list(boxes_by_x(architecture_figure(summary)).values())
    assert len(boxes) == 5
    bad = boxes[2]
    assert bad["kind"] == INVALID and bad["colour"] == INVALID_COLOUR
    assert "layer 2 (Dense): Dense needs a flat input" in bad["hover"]
    assert all(b["kind"] != INVALID for i, b in enumerate(boxes) if i != 2)


def test_the_diagram_built_unchecked_is_the_validated_one() -> None:
    """The Build page draws the diagram without plotly's validation (on every click); validated, the same dict must
    give the same figure, so a misspelt property fails here."""
    import json

    import plotly.io as pio

    from cnnviz.figures.architecture import architecture_spec

    invalid = Architecture((28, 28, 1), (Conv2D(8, (3, 3)), Dense(10), Flatten(), Dense(10)))
    for arch in (*(preset.architecture for preset in PRESETS.values()), invalid):
        summary = summarize(arch)
        validated = go.Figure(architecture_spec(summary))
        assert json.loads(pio.to_json(architecture_figure(summary), validate=False)) == \
            json.loads(pio.to_json(validated))
