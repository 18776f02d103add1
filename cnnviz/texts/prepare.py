"""Texts of cnnviz.inspect.prepare: preparing a new image for a model step by step (Predict)."""

TEXTS = {
    "prepare.not_usable": {
        "en": "This image cannot be used: {reason}",
        "ko": "이 이미지는 쓸 수 없습니다: {reason}",
    },
    "prepare.step_original": {"en": "Your image ({width}×{height})", "ko": "내 이미지 ({width}×{height})"},
    "prepare.step_grey": {"en": "Grey (1 channel)", "ko": "흑백 (채널 1개)"},
    "prepare.step_colour": {"en": "Colour (3 channels: R, G, B)", "ko": "컬러 (채널 3개: R, G, B)"},
    "prepare.step_pad": {
        "en": "Padded to a square, {size}×{size}: what the network sees",
        "ko": "정사각형으로 패딩, {size}×{size}: 네트워크가 보는 입력",
    },
    "prepare.step_crop": {
        "en": "Centre cropped, {size}×{size}: what the network sees",
        "ko": "가운데를 잘라 {size}×{size}: 네트워크가 보는 입력",
    },
    "prepare.step_resize": {"en": "Resized to {width}×{height}", "ko": "{width}×{height}로 크기 조정"},
    "prepare.step_inverted": {
        "en": "Inverted: a light object on black, what the network sees",
        "ko": "반전: 검은 배경에 밝은 물체, 네트워크가 보는 입력",
    },
}
