"""Texts of cnnviz.arch.spec: reading an architecture (JSON, a shared link) and what is wrong with it."""

TEXTS = {
    # where a problem is
    "spec.at_layer": {"en": "layer {layer}", "ko": "{layer}번 층"},
    "spec.at_layer_type": {"en": "layer {layer} ({layer_type})", "ko": "{layer}번 층 ({layer_type})"},
    # JSON kinds, as a learner sees them in the file
    "spec.type_bool": {"en": "true/false", "ko": "참/거짓(true/false)"},
    "spec.type_number": {"en": "a number", "ko": "숫자"},
    "spec.type_string": {"en": "a string", "ko": "문자열"},
    "spec.type_list": {"en": "a list", "ko": "리스트"},
    "spec.type_object": {"en": "an object", "ko": "객체"},
    "spec.type_null": {"en": "null", "ko": "null"},
    # a number too long to print
    "spec.long_number": {"en": "a {digits:,}-digit number", "ko": "{digits:,}자리 수"},
    "spec.long_negative_number": {"en": "a negative {digits:,}-digit number", "ko": "{digits:,}자리 음수"},
    # the JSON itself
    "spec.json_too_large": {
        "en": "the architecture JSON is {size:,} bytes; the limit is {limit:,}",
        "ko": "모델 구조 JSON이 {size:,}바이트입니다. 최대 {limit:,}바이트까지 읽습니다",
    },
    "spec.bad_json": {
        "en": "not valid JSON: {reason}",
        "ko": "올바른 JSON이 아닙니다: {reason}",
    },
    "spec.json_too_deep": {
        "en": "not valid JSON for an architecture: nested too deeply",
        "ko": "모델 구조로 쓸 수 있는 JSON이 아닙니다: 너무 깊게 중첩되어 있습니다",
    },
    "spec.bad_json_value": {
        "en": "not valid JSON for an architecture: {reason}",
        "ko": "모델 구조로 쓸 수 있는 JSON이 아닙니다: {reason}",
    },
    "spec.constant_refused": {
        "en": "{name} is not a number an architecture can use",
        "ko": "{name}은(는) 모델 구조에 쓸 수 있는 숫자가 아닙니다",
    },
    # one setting
    "spec.not_finite_whole": {
        "en": "'{key}' must be a whole number, got {value}",
        "ko": "'{key}' 값은 정수여야 합니다. 입력한 값: {value}",
    },
    "spec.not_whole": {
        "en": "'{key}' must be a whole number, got {kind} {value}",
        "ko": "'{key}' 값은 정수여야 합니다. 입력한 값: {kind} {value}",
    },
    "spec.below_one": {
        "en": "'{key}' must be at least 1, got {value}",
        "ko": "'{key}' 값은 1 이상이어야 합니다. 입력한 값: {value}",
    },
    "spec.above_limit": {
        "en": "'{key}' must be at most {limit:,}, got {value}",
        "ko": "'{key}' 값은 {limit:,} 이하여야 합니다. 입력한 값: {value}",
    },
    "spec.not_pair": {
        "en": "'{key}' must be a number or a [height, width] pair, got {n} values",
        "ko": "'{key}' 값은 숫자 하나 또는 [높이, 너비] 두 개여야 합니다. 입력한 값은 {n}개입니다",
    },
    "spec.not_choice": {
        "en": "'{key}' must be one of {options}; got {value}",
        "ko": "'{key}' 값은 {options} 중 하나여야 합니다. 입력한 값: {value}",
    },
    "spec.not_bool": {
        "en": "'{key}' must be true or false, got {value}",
        "ko": "'{key}' 값은 true 또는 false여야 합니다. 입력한 값: {value}",
    },
    "spec.rate_not_number": {
        "en": "'rate' must be a number in [0, 1), got {kind} {value}",
        "ko": "'rate' 값은 [0, 1) 범위의 숫자여야 합니다. 입력한 값: {kind} {value}",
    },
    "spec.rate_range": {
        "en": "dropout 'rate' must be in [0, 1), got {value}",
        "ko": "드롭아웃 비율 'rate'는 [0, 1) 범위여야 합니다. 입력한 값: {value}",
    },
    # one layer
    "spec.layer_not_object": {
        "en": "must be an object with a \"type\", got {kind}",
        "ko": "\"type\"이 있는 객체여야 합니다. 입력한 값: {kind}",
    },
    "spec.layer_unknown": {
        "en": "unknown layer type {name} (known: {known})",
        "ko": "알 수 없는 층 종류 {name}입니다 (쓸 수 있는 층: {known})",
    },
    "spec.key_unknown": {
        "en": "unknown key {name} ({hint})",
        "ko": "알 수 없는 설정 {name}입니다 ({hint})",
    },
    "spec.allowed_keys": {"en": "allowed: {keys}", "ko": "쓸 수 있는 설정: {keys}"},
    "spec.no_settings": {"en": "it takes no settings", "ko": "이 층은 설정이 없습니다"},
    "spec.missing_keys": {
        "en": "missing {keys}",
        "ko": "{keys} 설정이 빠졌습니다",
    },
    # the input and the whole
    "spec.input_shape_form": {
        "en": "input_shape must be [height, width, channels], got {value}",
        "ko": "input_shape는 [높이, 너비, 채널]이어야 합니다. 입력한 값: {value}",
    },
    "spec.input_shape_problem": {"en": "input_shape: {reason}", "ko": "input_shape: {reason}"},
    "spec.input_channels": {
        "en": "input_shape: channels must be 1 (grayscale) or 3 (colour), got {channels}",
        "ko": "input_shape: 채널은 1(흑백) 또는 3(컬러)이어야 합니다. 입력한 값: {channels}",
    },
    "spec.not_object": {
        "en": "an architecture must be a JSON object, got {kind}",
        "ko": "모델 구조는 JSON 객체여야 합니다. 입력한 값: {kind}",
    },
    "spec.top_key_unknown": {
        "en": "unknown top-level key {name} (allowed: input_shape, layers)",
        "ko": "알 수 없는 최상위 키 {name}입니다 (쓸 수 있는 키: input_shape, layers)",
    },
    "spec.no_input_shape": {
        "en": "missing \"input_shape\", e.g. [28, 28, 1]",
        "ko": "\"input_shape\"가 빠졌습니다. 예: [28, 28, 1]",
    },
    "spec.layers_not_list": {
        "en": "\"layers\" must be a list, got {kind}",
        "ko": "\"layers\"는 리스트여야 합니다. 입력한 값: {kind}",
    },
    "spec.too_many_layers": {
        "en": "the architecture has {n:,} layers; the limit is {limit}",
        "ko": "모델 구조의 층이 {n:,}개입니다. 최대 {limit}개까지 쓸 수 있습니다",
    },
    # shared links
    "spec.link_empty": {"en": "the link holds no network", "ko": "링크에 신경망이 들어 있지 않습니다"},
    "spec.link_too_long": {
        "en": "the link's network is {n:,} characters long; the limit is {limit:,}",
        "ko": "링크의 신경망 코드가 {n:,}자입니다. 최대 {limit:,}자까지 읽습니다",
    },
    "spec.link_damaged": {
        "en": "the link's network is damaged (it is not a cnnviz network code); was it cut short?",
        "ko": "링크의 신경망 코드가 손상되었습니다 (cnnviz 신경망 코드가 아닙니다). 링크가 잘리지 않았는지 확인하세요",
    },
    "spec.link_too_large": {
        "en": "the link's network unpacks to more than {limit:,} bytes",
        "ko": "링크의 신경망 코드를 풀면 {limit:,}바이트가 넘습니다",
    },
}
