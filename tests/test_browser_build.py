"""The Build page in a real browser: pick a preset, change a layer, see the table change, make an invalid edit."""

from __future__ import annotations

import re
import time

import pytest

from tests.conftest import goto_page, wait_for_idle

pytestmark = pytest.mark.browser
WAIT = 60_000  # ms; CI machines are slow and shared, and every edit reruns the page


def metric(page, label: str):
    return page.get_by_test_id("stMetric").filter(has_text=label)


def problems(page):
    return page.get_by_test_id("stAlert").filter(has_text="This network cannot be built yet")


def params_cell_text(page, layer: str) -> str | None:
    """The Params cell of a layer's row in the summary table (a plain HTML table whose cells wrap), or None while
    the table is not drawn. The column is found by its header on every read: the receptive-field column before it
    comes and goes with the network's validity."""
    table = page.get_by_test_id("stTable")
    headers = [text.strip() for text in table.locator("thead tr").last.locator("th").all_inner_texts()]
    row = table.locator("tbody tr").filter(has=page.locator("td", has_text=re.compile(rf"^{layer} \(")))
    if "Params" not in headers or row.count() != 1:
        return None
    cells = row.locator("td").all_inner_texts()  # the "#" column heads the rows, not the header
    index = headers.index("Params")
    return cells[index].strip() if index < len(cells) else None


def expect_params(page, layer: str, value: str) -> None:
    deadline = time.monotonic() + WAIT / 1000
    while (shown := params_cell_text(page, layer)) != value:
        assert time.monotonic() < deadline, f"{layer} Params shows {shown!r}, not {value!r}"
        page.wait_for_timeout(200)


def open_layer(page, label_start: str):
    """Expand the editor of the layer whose label starts like '1. conv2d ·' and return it."""
    expander = page.get_by_test_id("stExpander").filter(has_text=label_start)
    expander.locator("summary").click()
    return expander


def set_number(container, label: str, value: int) -> None:
    field = container.get_by_label(label, exact=True)
    field.fill(str(value))
    field.press("Enter")


def test_build_page_preset_edit_and_invalid_edit(page, app_url: str) -> None:
    from playwright.sync_api import expect

    goto_page(page, app_url, "build")
    expect(page.get_by_role("heading", name="Build a network")).to_be_visible(timeout=WAIT)
    expect(metric(page, "Total params")).to_contain_text("333,526", timeout=WAIT)

    # Pick the MNIST convnet preset.
    page.get_by_test_id("stSelectbox").filter(has_text="Preset").click()
    page.get_by_role("option", name="MNIST convnet (seed 004)").click()
    expect(metric(page, "Total params")).to_contain_text("104,202", timeout=WAIT)
    expect_params(page, "conv2d_1", "18,496")

    # conv2d: 32 → 16 filters. Its params drop to (3·3·1 + 1)·16 = 160 and conv2d_1's to (3·3·16 + 1)·64.
    conv = open_layer(page, "1. conv2d ·")
    set_number(conv, "Filters", 16)
    expect(metric(page, "Total params")).to_contain_text(f"{104_202 - 320 + 160 - 18_496 + 9_280:,}", timeout=WAIT)
    expect_params(page, "conv2d", "160")
    expect_params(page, "conv2d_1", "9,280")
    expect(conv).to_contain_text("→ 26×26×16 · 160 params", timeout=WAIT)

    # Invalid: conv2d_2 sees a 5×5 map; a 6-high kernel does not fit without padding.
    last_conv = open_layer(page, "5. conv2d_2 ·")
    set_number(last_conv, "Kernel height", 6)
    message = "layer 5 (Conv2D): kernel 6×3 is larger than its 5×5 input (padding 'valid')"
    expect(problems(page)).to_contain_text(message, timeout=WAIT)
    expect(last_conv).to_contain_text(message, timeout=WAIT)
    # The rest of the table stays usable: the first layer still shows its edited numbers.
    expect_params(page, "conv2d", "160")

    # Fixing it clears the message.
    set_number(last_conv, "Kernel height", 3)
    expect(problems(page)).to_have_count(0, timeout=WAIT)
    wait_for_idle(page)


def test_upload_bad_then_good_json(page, app_url: str) -> None:
    from playwright.sync_api import expect

    goto_page(page, app_url, "build")
    expect(metric(page, "Total params")).to_contain_text("333,526", timeout=WAIT)
    uploader = page.get_by_test_id("stFileUploaderDropzoneInput")
    bad = b'{"input_shape": [28, 28, 1], "layers": [{"type": "Dense", "units": 0}]}'
    uploader.set_input_files(files=[{"name": "bad.json", "mimeType": "application/json", "buffer": bad}])
    expect(page.get_by_test_id("stAlert").filter(has_text="Could not import bad.json")).to_contain_text(
        "layer 1 (Dense): 'units' must be at least 1, got 0", timeout=WAIT)
    expect(metric(page, "Total params")).to_contain_text("333,526", timeout=WAIT)  # kept

    good = (b'{"input_shape": [32, 32, 3], "layers": [{"type": "Conv2D", "filters": 8, "kernel_size": 3}, '
            b'{"type": "GlobalAveragePooling2D"}, {"type": "Dense", "units": 10}]}')
    uploader.set_input_files(files=[{"name": "good.json", "mimeType": "application/json", "buffer": good}])
    expect(metric(page, "Total params")).to_contain_text(f"{(27 + 1) * 8 + (8 + 1) * 10:,}", timeout=WAIT)
    expect(page.get_by_test_id("stAlert").filter(has_text="Imported good.json: 3 layers")).to_be_visible(
        timeout=WAIT)
    expect(page.get_by_label("Input height", exact=True)).to_have_value("32", timeout=WAIT)


def test_a_network_at_the_layer_limit_opens_with_a_page_of_layers(page, app_url: str) -> None:
    """A 200-layer link (issue 20, item 21): the editor and the table show 25 layers, a chooser the others; the
    diagram keeps all 201 boxes without labels. The page holds a few thousand elements, not the ~12,500 that took
    the browser 15-40 s to draw."""
    from playwright.sync_api import expect

    from cnnviz.arch.spec import to_link
    from tests.test_build_page import long_network

    goto_page(page, app_url, "build?net=" + to_link(long_network()))
    expect(page.get_by_text("Layers shown (200 in all", exact=False)).to_be_visible(timeout=WAIT)
    layer_editors = page.get_by_test_id("stExpander").filter(has_not_text="About this chart")
    expect(layer_editors).to_have_count(25)
    expect(page.get_by_test_id("stTable").locator("tbody tr")).to_have_count(25)
    page.get_by_test_id("stRadio").get_by_text("176–200", exact=True).click()
    wait_for_idle(page)
    expect(layer_editors.last).to_contain_text("200. dense")
    expect(page.get_by_test_id("stTable").locator("tbody tr").first).to_contain_text("batch_normalization_87 (")
    assert page.evaluate("document.querySelectorAll('*').length") < 5_000
    expect(page.get_by_test_id("stException")).to_have_count(0)


def test_a_crafted_link_keeps_the_network_and_says_what_is_wrong(page, app_url: str) -> None:
    """A ?net= link whose layer type is a list, or whose rate has 400 digits (issue 20, item 20): the default network
    and a short message naming the layer, never a traceback."""
    from playwright.sync_api import expect

    from tests.test_crafted_values import crafted, link_of

    for layer, says in [('{"type": ["Dense"], "units": 10}', 'layer 2: unknown layer type ["Dense"]'),
                        ('{"type": "Dropout", "rate": ' + "9" * 400 + "}", "got a 400-digit number")]:
        goto_page(page, app_url, "build?net=" + link_of(crafted(layer)))
        expect(page.get_by_text("This link's network could not be opened", exact=False)).to_be_visible(timeout=WAIT)
        expect(page.get_by_text(says, exact=False)).to_be_visible()
        expect(page.get_by_test_id("stException")).to_have_count(0)
        expect(metric(page, "Total params")).to_contain_text("333,526")
