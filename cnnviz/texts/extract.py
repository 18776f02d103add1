"""Texts of cnnviz.inspect.extract: looking inside a trained model (feature maps, kernels, Grad-CAM, evaluation)."""

TEXTS = {
    "extract.not_image_model": {
        "en": "expected an image model with input (height, width, channels), got {shape}",
        "ko": "입력이 (높이, 너비, 채널)인 이미지 모델이어야 합니다. 받은 입력 모양: {shape}",
    },
    "extract.image_shape": {
        "en": "image shape {shape} does not match the model's input {expected}",
        "ko": "이미지 모양 {shape}이(가) 모델의 입력 {expected}와 맞지 않습니다",
    },
    "extract.not_conv": {
        "en": "{layer} is a {kind}, not a Conv2D layer",
        "ko": "{layer}은(는) Conv2D 층이 아니라 {kind} 층입니다",
    },
    "extract.no_maps": {
        "en": "{layer} does not output feature maps (shape {shape})",
        "ko": "{layer} 층의 출력은 특성 맵이 아닙니다 (모양 {shape})",
    },
    "extract.count_differs": {
        "en": "{labels} labels but {predictions} predictions",
        "ko": "레이블은 {labels}개인데 예측은 {predictions}개입니다",
    },
    "extract.no_conv": {
        "en": "Grad-CAM needs a Conv2D layer and this model has none",
        "ko": "Grad-CAM에는 Conv2D 층이 필요한데 이 모델에는 합성곱 층이 없습니다",
    },
    "extract.class_outside": {
        "en": "class index {index} is outside 0..{last}",
        "ko": "클래스 번호 {index}이(가) 0..{last} 범위 밖입니다",
    },
    "extract.grad_cam_caveat": {
        "en": "{layer} uses {activation} instead of ReLU, so empty background does not give 0 in its feature maps: "
              "Grad-CAM can light up areas where nothing is drawn. Read it with care, or compare with the other "
              "attribution methods.",
        "ko": "{layer} 층은 ReLU 대신 {activation} 활성화 함수를 쓰기 때문에 빈 배경도 특성 맵에서 0이 되지 "
              "않습니다. 그래서 Grad-CAM이 아무것도 그리지 않은 곳을 밝게 보여 줄 수 있습니다. 조심해서 읽거나 다른 "
              "기여도 방법과 비교해 보세요.",
    },
    "extract.index_outside": {
        "en": "image number {index} is outside 0..{last}",
        "ko": "이미지 번호 {index}이(가) 0..{last} 범위 밖입니다",
    },
}
