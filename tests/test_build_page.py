"""The Build page's logic without a browser (Streamlit AppTest). Numbers are checked against cnnviz.arch.shapes,
whose agreement with Keras the oracle test establishes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from cnnviz.arch.presets import PRESETS
from cnnviz.arch.shapes import summarize
from cnnviz.arch.spec import Architecture
from cnnviz.i18n import language_scope
from tests.conftest import as_read

PAGE = str(Path(__file__).resolve().parent.parent / "pages" / "build" / "build.py")


@pytest.fixture
def at() -> AppTest:
    app = AppTest.from_file(PAGE, default_timeout=60).run()
    assert not app.exception
    return app


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def open_layer(at: AppTest, position: int) -> None:
    """Open the editor of the layer at 1-based `position`, as a click on its expander does (only open editors have
    widgets)."""
    layer_id = at.session_state["build_layer_ids"][position - 1]
    opened = at.session_state.get("build_open_layers", frozenset())
    if layer_id not in opened:
        at.session_state["build_open_layers"] = opened | {layer_id}
        at.run()


def layer_input(at: AppTest, position: int, field: str):
    """The number input of `field` (e.g. 'filters') of the layer at 1-based `position` (its editor opened)."""
    open_layer(at, position)
    ids = at.session_state["build_layer_ids"]
    return at.number_input(key=f"build_w{ids[position - 1]}_{field}")


def layer_button(at: AppTest, position: int, action: str):
    """The Up / Down / Remove button ('up', 'down', 'remove') of the layer at 1-based `position`."""
    open_layer(at, position)
    return at.button(key=f"build_{action}_{at.session_state['build_layer_ids'][position - 1]}")


def current(at: AppTest) -> Architecture:
    return at.session_state["build_architecture"]


def open_tab(at: AppTest, tab: str) -> None:
    """Open a tab under the table as a click would (the page keeps the open tab's id in this slot)."""
    at.session_state["build_tab_open"] = tab
    at.run()


def table(at: AppTest):
    return at.table[0].value


def table_params(at: AppTest) -> list[int]:
    return [int(value.replace(",", "")) for value in table(at)["Params"]]


def test_default_is_the_fashion_convnet(at: AppTest) -> None:
    assert metric(at, "Total params") == "333,526"
    assert current(at) == PRESETS["fashion-convnet"].architecture
    assert table_params(at) == [r.params for r in summarize(current(at)).rows]
    assert not at.error


def test_preset_selection_changes_the_totals(at: AppTest) -> None:
    at.selectbox(key="build_preset").set_value("mnist-convnet").run()
    assert metric(at, "Total params") == "104,202"
    assert current(at) == PRESETS["mnist-convnet"].architecture
    assert list(table(at)["Output shape"])[:2] == ["(26, 26, 32)", "(13, 13, 32)"]
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
    assert "(3·3·1 + 1)·16 = 160" in list(table(at)["Param formula"])


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
    assert any(message in as_read(e.value) for e in at.error)
    frame = table(at)
    assert list(frame["Problem"])[4] == f"⚠ {message}"
    assert table_params(at)[:4] == [320, 0, 18_496, 0]  # the layers before it keep their numbers
    open_tab(at, "code")
    assert not [c for c in at.code if c.language == "python"]  # no Keras script for an invalid network
    assert any("Fix the problems above first" in i.value for i in at.info)
    layer_input(at, 5, "kernel_h").set_value(3).run()
    assert not at.error and metric(at, "Total params") == "104,202"


def test_remove_and_reorder_keep_each_layers_settings(at: AppTest) -> None:
    at.selectbox(key="build_preset").set_value("mnist-convnet").run()
    layer_button(at, 2, "remove").click().run()  # drop max_pooling2d
    assert [layer.TYPE for layer in current(at).layers][:3] == ["Conv2D", "Conv2D", "MaxPooling2D"]
    assert layer_input(at, 2, "filters").value == 64  # not the removed layer's or a neighbour's value
    # Move Dense (last) above Flatten: Dense before Flatten is invalid.
    last = len(current(at).layers)
    layer_button(at, last, "up").click().run()
    assert any("Dense needs a flat input here: add Flatten or GlobalAveragePooling2D before layer 5" in e.value
               for e in at.error)
    layer_button(at, last - 1, "down").click().run()
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
        assert any(message in as_read(e.value) and "Kept the current architecture" in e.value
                   for e in at.error), message
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
    # The export shows the same JSON, and the Keras script is offered; only the open tab is computed.
    assert not [c for c in at.code if c.language in ("json", "python")]
    open_tab(at, "export")
    assert any(Architecture.from_json(c.value) == current(at) for c in at.code if c.language == "json")
    open_tab(at, "code")
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


def test_a_shared_link_opens_its_network_and_edits_update_the_link() -> None:
    from cnnviz.arch.spec import from_link, to_link

    arch = PRESETS["lenet5"].architecture.with_layer(0, PRESETS["lenet5"].architecture.layers[0].__class__(
        8, (5, 5), padding="same", activation="tanh"))
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.query_params["net"] = to_link(arch)
    at.run()
    assert current(at) == arch and not at.error
    assert metric(at, "Total params") == f"{summarize(arch).total_params:,}"
    layer_input(at, 1, "filters").set_value(4).run()
    assert from_link(at.query_params["net"]).layers[0].filters == 4  # the URL follows the edit


def test_a_preset_link_selects_the_preset() -> None:
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.query_params["preset"] = "mnist-convnet"
    at.run()
    assert metric(at, "Total params") == "104,202"
    assert at.selectbox(key="build_preset").value == "mnist-convnet"


@pytest.mark.parametrize(("param", "value", "says"), [
    ("net", "not-a-network", "damaged"),
    ("net", "eJwrSS0uAQAEXQHB", "not valid JSON"),
    ("preset", "../../etc/passwd", "there is no preset called"),
])
def test_a_tampered_link_keeps_the_default_and_says_why(param: str, value: str, says: str) -> None:
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.query_params[param] = value
    at.run()
    assert not at.exception
    assert any("This link's network could not be opened" in e.value and says in e.value for e in at.error)
    assert metric(at, "Total params") == "333,526"


def test_switching_to_korean_keeps_every_choice_and_translates_the_table(monkeypatch, tmp_path: Path) -> None:
    """Options are ids shown through format_func and the open tab is kept by id, so a language switch changes the
    words only; the table's columns are looked up by id, so the Korean table keeps its numbers and its ⚠."""
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(tmp_path))
    at = AppTest.from_file(str(Path(PAGE).parents[2] / "app.py"), default_timeout=60).run()
    at.switch_page("pages/build/build.py").run()
    at.selectbox(key="build_preset").set_value("cnnviz-strong").run()  # BatchNormalization: trainable split shown
    at.selectbox(key="build_add_type").set_value("Dropout").run()
    at.selectbox(key="build_add_where").set_value(0).run()
    at.selectbox(key="build_input_c").set_value(3).run()
    open_tab(at, "code")
    english = table(at)
    assert not at.exception and at.title[0].value == "Build a network"
    assert [c for c in at.code if c.language == "python"]

    # What the sidebar switch does (AppTest shows no sidebar after switch_page): the session's language changes and
    # the address loses its ?lang=. The widgets' values still arrive as the English labels the page last showed.
    at.session_state["language"] = "ko"
    at.query_params.clear()
    at.run()
    with language_scope("ko"):  # from now on AppTest reads the options the way a Korean page shows them
        assert not at.exception and at.title[0].value == "네트워크 만들기"
        assert at.selectbox(key="build_preset").value == "cnnviz-strong"
        assert at.selectbox(key="build_add_type").value == "Dropout"
        assert at.selectbox(key="build_add_where").value == 0
        assert at.selectbox(key="build_add_where").format_func(0) == "맨 앞에"
        assert at.selectbox(key="build_input_c").value == 3
        assert [c for c in at.code if c.language == "python"]  # the Keras code tab is still the open one
        korean = table(at)
        assert list(korean.columns) == ["층 (종류)", "출력 크기", "수용 영역", "파라미터", "파라미터 공식", "크기 공식",
                                        "FLOPs", "학습됨", "학습 안 됨"]
        assert list(korean["파라미터"]) == list(english["Params"])
        assert list(korean["학습 안 됨"]) == list(english["Non-trainable"])
        assert metric(at, "학습되지 않는 파라미터") != "0"

        at.number_input(key="build_input_h").set_value(1).run()  # too small for the first pooling: invalid
        assert any("이 네트워크는 아직 만들 수 없습니다" in e.value for e in at.error)
        problems = [cell for cell in table(at)["문제"] if cell]
        assert problems and all(cell.startswith("⚠ ") for cell in problems)


def test_a_network_too_long_for_a_link_is_not_put_in_the_address(monkeypatch) -> None:
    """No link the app makes is one it would refuse to open (or one a server refuses: Tornado/uvicorn answer a bare
    "Invalid HTTP request" past ~64 KB): the Share tab says to share the JSON instead (issue 20, item 21)."""
    from cnnviz.arch.spec import to_link
    from pages.build import build_form

    monkeypatch.setattr(build_form, "MAX_LINK_CHARS", len(to_link(PRESETS["lenet5"].architecture)) - 1)
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.query_params["preset"] = "lenet5"  # a preset's link is its name: short
    at.run()
    assert at.query_params.get("preset") in ("lenet5", ["lenet5"])
    layer_input(at, 1, "filters").set_value(7).run()  # no longer the preset: its packed code is too long
    assert not at.exception
    assert "net" not in at.query_params and "preset" not in at.query_params
    open_tab(at, "share")
    assert any("too big for a link" in i.value and "Export" in i.value for i in at.info), [i.value for i in at.info]
    assert not any("net=" in c.value for c in at.code)


def long_network(n: int = 200) -> Architecture:
    from cnnviz.arch.spec import BatchNormalization, Conv2D, Dense, Flatten

    layers: list = []
    while len(layers) < n - 2:
        layers += [Conv2D(8, (3, 3), padding="same", activation="relu"), BatchNormalization()]
    return Architecture((28, 28, 1), (*layers[:n - 2], Flatten(), Dense(10, activation="softmax")))


def layer_expanders(at: AppTest) -> list:
    """The layers' editors (the diagram's "About this chart" expander left out)."""
    return [e for e in at.expander if as_read(e.label) != "About this chart"]


def table_positions(at: AppTest) -> list[int]:
    table = at.table[0].value
    return [int(position) for position in table.index]


def test_a_network_at_the_layer_limit_is_edited_and_tabled_a_page_at_a_time() -> None:
    """200 expanders, 200 table rows and 600 diagram labels took the browser 15-40 s to draw on every edit
    (issue 20, item 21): a long network shows one page of layers in the editor and the table, the diagram boxes
    without per-layer labels (hover tells them), and the totals of the whole network."""
    from cnnviz.arch.spec import to_link
    from cnnviz.figures.architecture import architecture_spec
    from pages.build.build_form import LAYERS_PER_PAGE

    arch = long_network()
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.query_params["net"] = to_link(arch)
    at.run()
    assert not at.exception and current(at) == arch
    assert metric(at, "Total params") == f"{summarize(arch).total_params:,}"
    assert len(layer_expanders(at)) == LAYERS_PER_PAGE and table_positions(at) == list(range(1, LAYERS_PER_PAGE + 1))
    assert len(architecture_spec(summarize(arch))["layout"]["annotations"]) == 0
    pages = at.radio(key="build_layer_page")
    pages.set_value(pages.options[-1]).run()  # the last page: layers 176-200
    assert table_positions(at) == list(range(176, 201))
    assert as_read(layer_expanders(at)[0].label).startswith("176. ")
    assert as_read(layer_expanders(at)[-1].label).startswith("200. dense")
    layer_input(at, 200, "units").set_value(7).run()  # an edit on the last page
    assert current(at).layers[-1].units == 7 and at.radio(key="build_layer_page").value == pages.options[-1]


def test_a_short_network_has_no_pages() -> None:
    at = AppTest.from_file(PAGE, default_timeout=60).run()
    assert not [r for r in at.radio if r.key == "build_layer_page"]
    assert len(layer_expanders(at)) == len(current(at).layers)
