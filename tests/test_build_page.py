"""The Build page's logic without a browser (Streamlit AppTest). Numbers are checked against cnnviz.shapes,
whose agreement with Keras the oracle test establishes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from cnnviz.presets import PRESETS
from cnnviz.shapes import summarize
from cnnviz.spec import Architecture

PAGE = str(Path(__file__).resolve().parent.parent / "pages" / "build.py")


@pytest.fixture
def at() -> AppTest:
    app = AppTest.from_file(PAGE, default_timeout=60).run()
    assert not app.exception
    return app


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def layer_input(at: AppTest, position: int, field: str):
    """The number input of `field` (e.g. 'filters') of the layer at 1-based `position`."""
    ids = at.session_state["build_layer_ids"]
    return at.number_input(key=f"build_w{ids[position - 1]}_{field}")


def current(at: AppTest) -> Architecture:
    return at.session_state["build_architecture"]


def table_params(at: AppTest) -> list[int]:
    return list(at.dataframe[0].value["Params"])


def test_default_is_the_fashion_convnet(at: AppTest) -> None:
    assert metric(at, "Total params") == "333,526"
    assert current(at) == PRESETS["fashion-convnet"].architecture
    assert table_params(at) == [r.params for r in summarize(current(at)).rows]
    assert not at.error


def test_preset_selection_changes_the_totals(at: AppTest) -> None:
    at.selectbox(key="build_preset").set_value("mnist-convnet").run()
    assert metric(at, "Total params") == "104,202"
    assert current(at) == PRESETS["mnist-convnet"].architecture
    assert list(at.dataframe[0].value["Output shape"])[:2] == ["(26, 26, 32)", "(13, 13, 32)"]
    assert PRESETS["mnist-convnet"].description in [c.value for c in at.caption]
    at.selectbox(key="build_preset").set_value("cnnviz-strong").run()
    assert metric(at, "Non-trainable params") == "640"
    at.selectbox(key="build_preset").set_value("fashion-convnet").run()
    assert metric(at, "Total params") == "333,526"


def test_editing_filters_changes_params(at: AppTest) -> None:
    layer_input(at, 1, "filters").set_value(16).run()
    # conv2d: (3·3·1 + 1)·16 = 160; conv2d_1: (3·3·16 + 1)·64 = 9,280; the rest unchanged.
    assert table_params(at)[:3] == [160, 0, 9_280]
    assert metric(at, "Total params") == f"{333_526 - 320 + 160 - 18_496 + 9_280:,}"
    assert current(at).layers[0].filters == 16
    assert "(3·3·1 + 1)·16 = 160" in list(at.dataframe[0].value["Param formula"])


def test_input_channels_and_kernel_shape_edits(at: AppTest) -> None:
    at.selectbox(key="build_input_c").set_value(3).run()
    assert table_params(at)[0] == (3 * 3 * 3 + 1) * 32
    layer_input(at, 1, "kernel_w").set_value(5).run()
    assert current(at).layers[0].kernel_size == (3, 5)
    assert table_params(at)[0] == (3 * 5 * 3 + 1) * 32


def test_invalid_edit_shows_the_message_and_keeps_the_table(at: AppTest) -> None:
    at.selectbox(key="build_preset").set_value("mnist-convnet").run()
    layer_input(at, 5, "kernel_h").set_value(5).run()  # conv2d_2 sees a 5×5 map: a valid 5×5 kernel fits
    assert not at.error
    layer_input(at, 5, "kernel_h").set_value(6).run()
    message = "layer 5 (Conv2D): kernel 6×3 is larger than its 5×5 input (padding 'valid')"
    assert any(message in e.value for e in at.error)
    frame = at.dataframe[0].value
    assert frame["Problem"][4] == message
    assert list(frame["Params"])[:4] == [320, 0, 18_496, 0]  # the layers before it keep their numbers
    assert not [c for c in at.code if c.language == "python"]  # no Keras script for an invalid network
    layer_input(at, 5, "kernel_h").set_value(3).run()
    assert not at.error and metric(at, "Total params") == "104,202"


def test_remove_and_reorder_keep_each_layers_settings(at: AppTest) -> None:
    at.selectbox(key="build_preset").set_value("mnist-convnet").run()
    ids = at.session_state["build_layer_ids"]
    at.button(key=f"build_remove_{ids[1]}").click().run()  # drop max_pooling2d
    assert [layer.TYPE for layer in current(at).layers][:3] == ["Conv2D", "Conv2D", "MaxPooling2D"]
    assert layer_input(at, 2, "filters").value == 64  # not the removed layer's or a neighbour's value
    # Move Dense (last) above Flatten: Dense before Flatten is invalid.
    ids = at.session_state["build_layer_ids"]
    at.button(key=f"build_up_{ids[-1]}").click().run()
    assert any("Dense needs a flat input: add Flatten or GlobalAveragePooling2D before layer 5" in e.value
               for e in at.error)
    at.button(key=f"build_down_{ids[-1]}").click().run()
    assert not at.error
    assert [layer.TYPE for layer in current(at).layers][-2:] == ["Flatten", "Dense"]


def test_add_layer(at: AppTest) -> None:
    before = len(current(at).layers)
    at.selectbox(key="build_add_type").set_value("BatchNormalization").run()
    insert = next(s for s in at.selectbox if s.label == "Insert")
    insert.set_value(1).run()  # after conv2d
    next(b for b in at.button if b.label == "Add layer").click().run()
    arch = current(at)
    assert len(arch.layers) == before + 1 and arch.layers[1].TYPE == "BatchNormalization"
    assert metric(at, "Non-trainable params") == "64"
    assert metric(at, "Total params") == f"{333_526 + 128:,}"


def test_import_of_bad_json_keeps_the_architecture(at: AppTest) -> None:
    at.selectbox(key="build_preset").set_value("lenet5").run()
    before = current(at)
    for text, message in [
        ('{"input_shape": [28, 28, 1], "layers": [', "not valid JSON"),
        ('{"input_shape": [28, 28, 1], "layers": [{"type": "Conv2D", "filters": -4, "kernel_size": 3}]}',
         "layer 1 (Conv2D): 'filters' must be at least 1, got -4"),
        ('{"input_shape": [28, 28, 1], "layers": [{"type": "Conv3D"}]}', 'unknown layer type "Conv3D"'),
    ]:
        at.text_area(key="build_import_text").set_value(text).run()
        next(b for b in at.button if b.label == "Import pasted JSON").click().run()
        assert not at.exception
        assert any(message in e.value and "Kept the current architecture" in e.value for e in at.error), message
        assert current(at) == before
        assert metric(at, "Total params") == "61,706"


def test_import_of_good_json_replaces_the_architecture(at: AppTest) -> None:
    data = {"input_shape": [32, 32, 3], "layers": [
        {"type": "Conv2D", "filters": 8, "kernel_size": 3, "padding": "same", "activation": "relu"},
        {"type": "GlobalAveragePooling2D"}, {"type": "Dense", "units": 10, "activation": "softmax"}]}
    at.text_area(key="build_import_text").set_value(json.dumps(data)).run()
    next(b for b in at.button if b.label == "Import pasted JSON").click().run()
    assert current(at) == Architecture.from_dict(data)
    assert at.number_input(key="build_input_h").value == 32
    assert metric(at, "Total params") == f"{(27 + 1) * 8 + (8 + 1) * 10:,}"
    assert any("Imported the pasted JSON: 3 layers" in s.value for s in at.success)
    # The export shows the same JSON, and the Keras script is offered.
    assert any(Architecture.from_json(c.value) == current(at) for c in at.code if c.language == "json")
    assert any("layers.GlobalAveragePooling2D(name='global_average_pooling2d')" in c.value for c in at.code)


def test_switching_presets_leaves_no_stale_widget_values(at: AppTest) -> None:
    layer_input(at, 1, "filters").set_value(16).run()
    at.selectbox(key="build_preset").set_value("mnist-convnet").run()
    at.selectbox(key="build_preset").set_value("fashion-convnet").run()
    assert layer_input(at, 1, "filters").value == 32
    assert metric(at, "Total params") == "333,526"
    ids = at.session_state["build_layer_ids"]
    layer_keys = [n.key for n in at.number_input if n.key.startswith("build_w")]
    assert layer_keys and all(int(k[len("build_w"):].split("_")[0]) in ids for k in layer_keys)


def test_an_architecture_set_by_another_page_is_shown(at: AppTest) -> None:
    at.session_state["build_architecture"] = PRESETS["lenet5"].architecture
    at.run()
    assert metric(at, "Total params") == "61,706"
    assert layer_input(at, 1, "kernel_h").value == 5
