"""Crafted values in an architecture (issue 20, item 20): a layer "type" that is a list or an object, integers with
hundreds or thousands of digits, 1e400. Every way in (the CLI, Build's import, a ?net= link) says what is wrong and
where, in a short message, and never shows a traceback or Python's advice about int_max_str_digits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from cnnviz.arch.spec import Architecture, SpecError, to_link
from cnnviz.cli.main import main
from tests.conftest import as_read

PAGE = str(Path(__file__).resolve().parent.parent / "pages" / "build" / "build.py")
MESSAGE_LIMIT = 300  # characters: a message a learner reads whole


def crafted(layer: str) -> str:
    return '{"input_shape": [28, 28, 1], "layers": [{"type": "Flatten"}, ' + layer + "]}"


# (the second layer as JSON text, what the message must say)
IDS = ["type-list", "type-object", "rate-400-digits", "rate-negative-400-digits", "units-400-digits",
       "units-5000-digits", "units-negative-5000-digits", "units-1e300", "units-1e400", "rate-1e400",
       "kernel-400-digits"]
CASES = [pytest.param(layer, says, id=name) for name, (layer, says) in zip(IDS, [
    ('{"type": ["Dense"], "units": 10}', "layer 2: unknown layer type [\"Dense\"]"),
    ('{"type": {"name": "Dense"}, "units": 10}', "layer 2: unknown layer type {\"name\": \"Dense\"}"),
    ('{"type": "Dropout", "rate": ' + "9" * 400 + "}", "layer 2 (Dropout): dropout 'rate' must be in [0, 1), got a "
     "400-digit number"),
    ('{"type": "Dropout", "rate": -' + "9" * 400 + "}", "got a negative 400-digit number"),
    ('{"type": "Dense", "units": ' + "9" * 400 + "}", "layer 2 (Dense): 'units' must be at most 100,000, got a "
     "400-digit number"),
    ('{"type": "Dense", "units": ' + "9" * 5000 + "}", "layer 2 (Dense): 'units' must be at most 100,000, got a "
     "5,000-digit number"),
    ('{"type": "Dense", "units": -' + "9" * 5000 + "}", "'units' must be at least 1, got a negative 5,000-digit "
     "number"),
    ('{"type": "Dense", "units": 1e300}', "'units' must be at most 100,000, got 1e+300"),
    ('{"type": "Dense", "units": 1e400}', "layer 2 (Dense): 'units' must be a whole number, got inf"),
    ('{"type": "Dropout", "rate": 1e400}', "layer 2 (Dropout): 'rate' must be a number in [0, 1)"),
    ('{"type": "Conv2D", "filters": 2, "kernel_size": [' + "7" * 400 + ", 3]}",
     "'kernel_size' must be at most 4,096, got a 400-digit number"),
], strict=True)]


def check_message(text: str, says: str) -> None:
    assert says in text
    assert len(text) <= MESSAGE_LIMIT, text
    assert "int_max_str_digits" not in text and "Traceback" not in text


@pytest.mark.parametrize(("layer", "says"), CASES)
def test_the_spec_names_the_layer_and_field_in_a_short_message(layer: str, says: str) -> None:
    with pytest.raises(SpecError) as caught:
        Architecture.from_json(crafted(layer))
    check_message(str(caught.value), says)


def test_a_huge_input_side_is_cut_too() -> None:
    with pytest.raises(SpecError) as caught:
        Architecture.from_json('{"input_shape": [' + "9" * 5000 + ', 28, 1], "layers": []}')
    check_message(str(caught.value), "input_shape: 'input_shape' must be at most 4,096, got a 5,000-digit number")


def test_numbers_that_fit_still_parse() -> None:
    arch = Architecture.from_json(crafted('{"type": "Dense", "units": 10.0}'))
    assert arch.layers[1].units == 10
    assert Architecture.from_json(crafted('{"type": "Dropout", "rate": 0}')).layers[1].rate == 0.0


@pytest.mark.parametrize(("layer", "says"), CASES[:3] + CASES[5:6])
def test_the_cli_exits_2_with_the_message(tmp_path: Path, capsys, layer: str, says: str) -> None:
    path = tmp_path / "arch.json"
    path.write_text(crafted(layer), encoding="utf-8")
    assert main(["summary", str(path)]) == 2
    check_message(capsys.readouterr().err, says)


@pytest.mark.parametrize(("layer", "says"), [CASES[0], CASES[2], CASES[5]])
def test_builds_import_keeps_the_network_and_says_why(layer: str, says: str) -> None:
    at = AppTest.from_file(PAGE, default_timeout=60).run()
    before = at.session_state["build_architecture"]
    at.text_area(key="build_import_text").set_value(crafted(layer)).run()
    next(b for b in at.button if b.label == "Import pasted JSON").click().run()
    assert not at.exception
    errors = [e.value for e in at.error]
    assert any(says in as_read(e) and "Kept the current architecture" in e for e in errors), errors
    assert all(len(e) <= MESSAGE_LIMIT + 100 for e in errors)
    assert at.session_state["build_architecture"] == before


def link_of(text: str) -> str:
    """A ?net= token of any JSON text (to_link's packing, without parsing it first)."""
    import base64
    import zlib

    return base64.urlsafe_b64encode(zlib.compress(text.encode("utf-8"), 9)).decode("ascii").rstrip("=")


def test_link_of_matches_the_apps_packing() -> None:
    arch = Architecture.from_json(crafted('{"type": "Dense", "units": 10}'))
    assert link_of(arch.to_json(indent=None)) == to_link(arch)


@pytest.mark.parametrize(("layer", "says"), [CASES[1], CASES[3], CASES[5]])
def test_a_crafted_net_link_keeps_the_default_and_says_why(layer: str, says: str) -> None:
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.query_params["net"] = link_of(crafted(layer))
    at.run()
    assert not at.exception
    assert any("This link's network could not be opened" in e.value and says in e.value for e in at.error), \
        [e.value for e in at.error]


def test_json_dumps_of_a_crafted_message_param_never_fails() -> None:
    with pytest.raises(SpecError) as caught:
        Architecture.from_json(crafted('{"type": "Dense", "units": ' + "9" * 5000 + "}"))
    json.dumps(caught.value.as_message().to_dict())  # stored beside runs and events: must stay JSON


# ---- one JSON reader for the CLI and the page (issue 20, item 21) ----------------------------------------------

ENCODINGS = ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le"]


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_the_cli_reads_what_the_page_reads(tmp_path: Path, capsys, encoding: str) -> None:
    text = crafted('{"type": "Dense", "units": 10}')
    path = tmp_path / "arch.json"
    path.write_bytes(text.encode(encoding))
    assert Architecture.from_json(path.read_bytes()) == Architecture.from_json(text)  # what Build's upload does
    assert main(["summary", "--json", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["total_params"] == 28 * 28 * 10 + 10


def test_a_pasted_byte_order_mark_is_read_too() -> None:
    text = crafted('{"type": "Dense", "units": 10}')
    assert Architecture.from_json("\ufeff" + text) == Architecture.from_json(text)


def test_a_file_in_no_unicode_encoding_says_so(tmp_path: Path, capsys) -> None:
    path = tmp_path / "arch.json"
    path.write_bytes(crafted('{"type": "Dense", "units": 10, "activation": "ré"}').encode("latin-1"))
    assert main(["summary", str(path)]) == 2
    error = capsys.readouterr().err
    assert "not valid JSON" in error and "Traceback" not in error
