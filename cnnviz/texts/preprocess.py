"""Texts of cnnviz.data.preprocess: reading an image file, and the steps that turn a drawing into an MNIST digit."""

TEXTS = {
    "preprocess.empty_file": {"en": "the file is empty", "ko": "파일이 비어 있습니다"},
    "preprocess.empty_image": {
        "en": "the image is empty: no ink found (nothing drawn, or too little contrast)",
        "ko": "이미지가 비어 있습니다: 글씨를 찾지 못했습니다 (아무것도 그리지 않았거나 대비가 너무 약합니다)",
    },
    "preprocess.too_large": {
        "en": "the image is too large ({width:,}×{height:,} pixels); the limit is {limit:,} pixels and {side:,} pixels "
              "on a side",
        "ko": "이미지가 너무 큽니다 ({width:,}×{height:,} 픽셀). 최대 {limit:,} 픽셀, 한 변은 {side:,} 픽셀까지 "
              "읽습니다",
    },
    "preprocess.too_large_unknown": {
        "en": "the image is too large; the limit is {limit:,} pixels and {side:,} pixels on a side",
        "ko": "이미지가 너무 큽니다. 최대 {limit:,} 픽셀, 한 변은 {side:,} 픽셀까지 읽습니다",
    },
    "preprocess.unknown_format": {
        "en": "not a readable image: not in any format Pillow knows (PNG, JPEG, GIF, BMP, WebP, TIFF, ...)",
        "ko": "읽을 수 있는 이미지가 아닙니다: Pillow가 아는 형식(PNG, JPEG, GIF, BMP, WebP, TIFF 등)이 아닙니다",
    },
    "preprocess.damaged": {
        "en": "not a readable image: the file is damaged or cut short ({reason})",
        "ko": "읽을 수 있는 이미지가 아닙니다: 파일이 손상되었거나 잘렸습니다 ({reason})",
    },
    "preprocess.bad_array_shape": {
        "en": "expected an image array of shape (H, W), (H, W, 1), (H, W, 3) or (H, W, 4), got {shape}",
        "ko": "이미지 배열의 모양은 (H, W), (H, W, 1), (H, W, 3), (H, W, 4) 중 하나여야 합니다. 받은 모양: {shape}",
    },
    "preprocess.no_pixels": {"en": "the image has no pixels", "ko": "이미지에 픽셀이 하나도 없습니다"},
    "preprocess.not_numeric": {
        "en": "image array has non-numeric type {dtype}",
        "ko": "이미지 배열의 자료형 {dtype}은(는) 숫자가 아닙니다",
    },
    "preprocess.not_finite": {
        "en": "image array contains NaN or infinite values",
        "ko": "이미지 배열에 NaN이나 무한대 값이 있습니다",
    },
    "preprocess.pixels_not_finite": {
        "en": "{n:,} of the image's {total:,} pixels are not a number (NaN) or infinite, so there is no brightness to "
              "read there; save the image with finite values (or as an 8-bit PNG)",
        "ko": "이미지 픽셀 {total:,}개 중 {n:,}개가 숫자가 아니거나(NaN) 무한대라 밝기를 읽을 수 없습니다. "
              "유한한 값으로 (또는 8비트 PNG로) 저장해 주세요",
    },
    "preprocess.not_an_image": {
        "en": "expected a PIL image or a numpy array, got {kind}",
        "ko": "PIL 이미지나 numpy 배열이어야 합니다. 받은 것: {kind}",
    },
    "preprocess.bad_input_shape": {
        "en": "model input shape must be (height, width, 1 or 3), got {shape}",
        "ko": "모델 입력 모양은 (높이, 너비, 1 또는 3)이어야 합니다. 받은 모양: {shape}",
    },
    # the steps shown beside a drawing or photo
    "preprocess.step_yours": {"en": "Your image", "ko": "내 이미지"},
    "preprocess.step_grey": {"en": "Grayscale", "ko": "흑백으로 바꿈"},
    "preprocess.step_sheet": {
        "en": "The sheet of paper ({width}×{height})",
        "ko": "종이 부분 ({width}×{height})",
    },
    "preprocess.step_inverted": {"en": "Inverted: white ink on black", "ko": "반전: 검은 바탕에 흰 글씨"},
    "preprocess.step_cropped": {
        "en": "Cropped to the ink ({width}×{height})",
        "ko": "글씨 부분만 잘라냄 ({width}×{height})",
    },
    "preprocess.step_scaled": {
        "en": "Longer side scaled to {box} px ({width}×{height})",
        "ko": "긴 변을 {box} px로 맞춤 ({width}×{height})",
    },
    "preprocess.step_centred": {
        "en": "Centred by mass in 28×28: what the network sees",
        "ko": "무게중심을 28×28 가운데로: 신경망이 보는 입력",
    },
}
