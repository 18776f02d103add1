"""Parsing, validation messages and JSON round trip of the architecture spec."""

from __future__ import annotations

import json
import random

import pytest

from cnnviz.arch.presets import PRESETS
from cnnviz.arch.spec import (
    Architecture,
    Conv2D,
    Dense,
    Flatten,
    MaxPooling2D,
    SpecError,
    parse_architecture,
)
from tests.archgen import random_architecture

ISSUE_EXAMPLE = {
    "input_shape": [28, 28, 1],
    "layers": [
        {"type": "Conv2D", "filters": 32, "kernel_size": 3, "strides": 1, "padding": "same", "activation": "relu"},
        {"type": "MaxPooling2D", "pool_size": 2},
        {"type": "Flatten"},
        {"type": "Dense", "units": 10, "activation": "softmax"},
    ],
}


def test_issue_example_parses_with_keras_defaults() -> None:
    arch = parse_architecture(ISSUE_EXAMPLE)
    assert arch.input_shape == (28, 28, 1)
    assert arch.layers == (
        Conv2D(32, (3, 3), (1, 1), "same", "relu", True),
        MaxPooling2D((2, 2), None, "valid"),
        Flatten(),
        Dense(10, "softmax", True),
    )
    assert arch.layers[1].effective_strides == (2, 2)


def test_round_trip_presets_and_random() -> None:
    rng = random.Random(1)
    archs = [p.architecture for p in PRESETS.values()]
    archs += [random_architecture(rng, valid_only=False) for _ in range(200)]
    for arch in archs:
        assert Architecture.from_json(arch.to_json()) == arch
        assert Architecture.from_dict(json.loads(json.dumps(arch.to_dict()))) == arch


def test_pairs_are_written_compactly() -> None:
    layer = Conv2D(8, (3, 5), strides=(2, 2))
    assert layer.to_dict()["kernel_size"] == [3, 5]
    assert layer.to_dict()["strides"] == 2
    assert "strides" not in MaxPooling2D((2, 2)).to_dict()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "an architecture must be a JSON object"),
        ({"layers": []}, 'missing "input_shape"'),
        ({"input_shape": [28, 28], "layers": []}, "input_shape must be [height, width, channels]"),
        ({"input_shape": [28, 28, 2], "layers": []}, "channels must be 1 (grayscale) or 3 (colour), got 2"),
        ({"input_shape": [0, 28, 1], "layers": []}, "input_shape: 'input_shape' must be at least 1, got 0"),
        ({"input_shape": [28, 28, 1], "layers": {}}, '"layers" must be a list'),
        ({"input_shape": [28, 28, 1], "layer": []}, 'unknown top-level key "layer"'),
        ({"input_shape": [28, 28, 1], "layers": [{"type": "Conv3D"}]}, 'layer 1: unknown layer type "Conv3D"'),
        ({"input_shape": [28, 28, 1], "layers": ["Dense"]}, 'layer 1: must be an object with a "type"'),
        ({"input_shape": [28, 28, 1], "layers": [{"type": "Flatten"}, {"type": "Dense", "unit": 3}]},
         'layer 2 (Dense): unknown key "unit" (allowed: units, activation, use_bias)'),
        ({"input_shape": [28, 28, 1], "layers": [{"type": "Conv2D", "filters": -3, "kernel_size": 3}]},
         "layer 1 (Conv2D): 'filters' must be at least 1, got -3"),
        ({"input_shape": [28, 28, 1], "layers": [{"type": "Conv2D", "filters": "32", "kernel_size": 3}]},
         "layer 1 (Conv2D): 'filters' must be a whole number, got a string \"32\""),
        ({"input_shape": [28, 28, 1], "layers": [{"type": "Conv2D", "filters": 2.5, "kernel_size": 3}]},
         "'filters' must be a whole number"),
        ({"input_shape": [28, 28, 1], "layers": [{"type": "Conv2D", "filters": 4, "kernel_size": 0}]},
         "'kernel_size' must be at least 1, got 0"),
        ({"input_shape": [28, 28, 1], "layers": [{"type": "Conv2D", "filters": 4, "kernel_size": [3, 3, 3]}]},
         "'kernel_size' must be a number or a [height, width] pair, got 3 values"),
        ({"input_shape": [28, 28, 1], "layers": [{"type": "Conv2D", "filters": 4}]},
         "layer 1 (Conv2D): missing 'kernel_size'"),
        ({"input_shape": [28, 28, 1], "layers": [{"type": "Conv2D", "filters": 4, "kernel_size": 3,
                                                 "padding": "full"}]},
         "'padding' must be one of valid, same"),
        ({"input_shape": [28, 28, 1], "layers": [{"type": "Conv2D", "filters": 4, "kernel_size": 3,
                                                 "activation": "relu6x"}]},
         "'activation' must be one of"),
        ({"input_shape": [28, 28, 1], "layers": [{"type": "Conv2D", "filters": 4, "kernel_size": 3, "use_bias": 1}]},
         "'use_bias' must be true or false, got 1"),
        ({"input_shape": [28, 28, 1], "layers": [{"type": "Dropout", "rate": 1.0}]},
         "layer 1 (Dropout): dropout 'rate' must be in [0, 1), got 1.0"),
        ({"input_shape": [28, 28, 1], "layers": [{"type": "Dropout", "rate": -0.1}]}, "must be in [0, 1)"),
        ({"input_shape": [28, 28, 1], "layers": [{"type": "Dropout"}]}, "layer 1 (Dropout): missing 'rate'"),
        ({"input_shape": [28, 28, 1], "layers": [{"type": "Dropout", "rate": None}]}, "'rate' must be a number"),
        ({"input_shape": [28, 28, 1], "layers": [{"type": "Flatten", "units": 3}]},
         'layer 1 (Flatten): unknown key "units" (it takes no settings)'),
    ],
)
def test_invalid_specs_get_clear_messages(data, message: str) -> None:
    with pytest.raises(SpecError) as info:
        parse_architecture(data)
    assert message in str(info.value)


@pytest.mark.parametrize("text", ["", "{", "not json", b"\xff\xfe\x00"])
def test_malformed_json_is_a_spec_error(text) -> None:
    with pytest.raises(SpecError, match="not valid JSON"):
        Architecture.from_json(text)


def test_error_knows_its_layer() -> None:
    with pytest.raises(SpecError) as info:
        parse_architecture({"input_shape": [28, 28, 1], "layers": [{"type": "Flatten"}, {"type": "Dense"}]})
    assert (info.value.layer, info.value.layer_type) == (2, "Dense")
    assert info.value.reason == "missing 'units'"


def _conv(**settings) -> str:
    layer = {"type": "Conv2D", "filters": 8, "kernel_size": 3, **settings}
    return json.dumps({"input_shape": [28, 28, 1], "layers": [layer]})


HOSTILE = {
    "NaN filters": _conv().replace('"filters": 8', '"filters": NaN'),
    "Infinity filters": _conv().replace('"filters": 8', '"filters": Infinity'),
    "-Infinity kernel": _conv().replace('"kernel_size": 3', '"kernel_size": -Infinity'),
    "1e309 overflows to inf": _conv().replace('"filters": 8', '"filters": 1e309'),
    "NaN dropout rate": '{"input_shape": [28, 28, 1], "layers": [{"type": "Dropout", "rate": NaN}]}',
    "5,000-digit integer": _conv().replace('"filters": 8', '"filters": ' + "9" * 5000),
    "5,000-digit input side": '{"input_shape": [' + "9" * 5000 + ', 28, 1], "layers": []}',
    "deeply nested arrays": '{"input_shape": [28, 28, 1], "layers": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "10,000 layers": json.dumps({"input_shape": [28, 28, 1], "layers": [{"type": "Flatten"}] * 10_000}),
    "a 1 MB string": json.dumps({"input_shape": [28, 28, 1], "layers": [{"type": "x" * 1_000_000}]}),
    "1e20 filters": _conv().replace('"filters": 8', '"filters": 1e20'),
    "huge key": json.dumps({"input_shape": [28, 28, 1], "layers": [{"type": "Flatten", "k" * 10_000: 1}]}),
    "not UTF-8": b"\xff\xfe{\x00",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_architecture_json_gets_a_short_clear_error(name: str) -> None:
    with pytest.raises(SpecError) as error:
        Architecture.from_json(HOSTILE[name])
    message = str(error.value)
    assert 10 < len(message) < 400, message


def test_limits_are_named_in_their_messages() -> None:
    with pytest.raises(SpecError, match="10,000 layers; the limit is 200"):
        Architecture.from_json(HOSTILE["10,000 layers"])
    with pytest.raises(SpecError, match="bytes; the limit is 262,144"):
        Architecture.from_json(HOSTILE["a 1 MB string"])
    with pytest.raises(SpecError, match="nested too deeply|limit"):
        Architecture.from_json(HOSTILE["deeply nested arrays"])


def test_link_tokens_round_trip_every_preset_and_stay_short() -> None:
    from cnnviz.arch.spec import from_link, to_link

    for preset in PRESETS.values():
        token = to_link(preset.architecture)
        assert from_link(token) == preset.architecture
        assert len(token) < 600 and token.replace("-", "").replace("_", "").isalnum()


@pytest.mark.parametrize("token", ["", "!!!", "eJz", "A" * 9000, "eJwrSS0uAQAEXQHB"])
def test_damaged_link_tokens_get_a_clear_error(token: str) -> None:
    from cnnviz.arch.spec import from_link

    with pytest.raises(SpecError) as error:
        from_link(token)
    assert "link" in str(error.value) or "JSON" in str(error.value) or "object" in str(error.value)


def test_a_zip_bomb_link_is_refused_before_it_is_unpacked() -> None:
    import base64
    import zlib

    from cnnviz.arch.spec import from_link

    bomb = base64.urlsafe_b64encode(zlib.compress(b" " * 50_000_000, 9)).decode().rstrip("=")
    assert len(bomb) < 80_000
    with pytest.raises(SpecError, match="limit|unpacks"):
        from_link(bomb[:7_900] if len(bomb) > 8_000 else bomb)


def test_a_preset_that_calls_itself_the_smallest_is_the_smallest() -> None:
    from cnnviz.arch.shapes import summarize

    params = {name: summarize(p.architecture).total_params for name, p in PRESETS.items()}
    for name, preset in PRESETS.items():
        if "smallest" in preset.description.lower():
            assert params[name] == min(params.values()), f"{name} says smallest but {min(params, key=params.get)} is"
        assert f"{params[name]:,} param" in preset.description, name  # every description states its true count
