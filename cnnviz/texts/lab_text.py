"""Descriptive texts of the Learn pages' core (`cnnviz/lab.py`, `cnnviz/lab_training.py`): the kernel presets'
names and what they do, the steps of the tiny CNN's forward pass, what each of its weights is. (Their error
messages are in another area.) Kernel names stay the names image processing uses (Sobel, Laplacian)."""

TEXTS = {
    "lab_text.more_terms": {"en": "… ({count} more) …", "ko": "… (항 {count}개 더) …"},
    # ---- kernel presets: lab_text.kernel.<KernelPreset.text_key>.title / .description
    "lab_text.kernel.identity.title": {"en": "identity", "ko": "항등 (identity)"},
    "lab_text.kernel.identity.description": {
        "en": "copies the input: only the centre weight is 1",
        "ko": "입력을 그대로 복사합니다: 가운데 가중치만 1입니다",
    },
    "lab_text.kernel.box_blur.title": {"en": "box blur", "ko": "박스 블러"},
    "lab_text.kernel.box_blur.description": {
        "en": "the average of the 3×3 neighbourhood",
        "ko": "3×3 이웃의 평균입니다",
    },
    "lab_text.kernel.gaussian_blur.title": {"en": "Gaussian blur", "ko": "가우시안 블러"},
    "lab_text.kernel.gaussian_blur.description": {
        "en": "a weighted average: near pixels count more, so edges blur more gently than the box",
        "ko": "가중 평균입니다: 가까운 픽셀일수록 더 크게 반영되므로 박스 블러보다 경계가 부드럽게 흐려집니다",
    },
    "lab_text.kernel.sobel_x.title": {"en": "Sobel x", "ko": "소벨 x (Sobel x)"},
    "lab_text.kernel.sobel_x.description": {
        "en": "right minus left: large where brightness changes horizontally (vertical edges)",
        "ko": "오른쪽 빼기 왼쪽: 밝기가 가로 방향으로 바뀌는 곳(세로 경계선)에서 값이 큽니다",
    },
    "lab_text.kernel.sobel_y.title": {"en": "Sobel y", "ko": "소벨 y (Sobel y)"},
    "lab_text.kernel.sobel_y.description": {
        "en": "below minus above: large on horizontal edges",
        "ko": "아래 빼기 위: 가로 경계선에서 값이 큽니다",
    },
    "lab_text.kernel.sharpen.title": {"en": "sharpen", "ko": "선명하게 (sharpen)"},
    "lab_text.kernel.sharpen.description": {
        "en": "the pixel plus its difference from its neighbours: boosts edges",
        "ko": "픽셀에 이웃과의 차이를 더합니다: 경계가 강조됩니다",
    },
    "lab_text.kernel.laplacian.title": {"en": "Laplacian", "ko": "라플라시안 (Laplacian)"},
    "lab_text.kernel.laplacian.description": {
        "en": "neighbours minus 4× the centre: zero on flat areas, large on edges and spots in every direction",
        "ko": "이웃 빼기 가운데의 4×: 평평한 곳에서는 0이고, 모든 방향의 경계와 점에서 값이 큽니다",
    },
    "lab_text.kernel.seed_2x2.title": {"en": "seed 2×2 [[2, 0], [0, 0]]", "ko": "학습 노트의 2×2 [[2, 0], [0, 0]]"},
    "lab_text.kernel.seed_2x2.description": {
        "en": "the study notes' example: an even kernel, where 'same' padding conventions differ",
        "ko": "학습 노트의 예: 크기가 짝수인 커널이라 'same' 패딩을 넣는 방식이 라이브러리마다 다릅니다",
    },
    # ---- the tiny CNN's forward pass: lab_text.stage.<Stage.key>
    "lab_text.stage.input": {"en": "input", "ko": "입력"},
    "lab_text.stage.convolution": {"en": "convolution", "ko": "합성곱"},
    "lab_text.stage.relu": {"en": "ReLU", "ko": "렐루 (ReLU)"},
    "lab_text.stage.max_pooling": {"en": "max pooling", "ko": "최대 풀링"},
    "lab_text.stage.flatten": {"en": "flatten", "ko": "펼치기 (flatten)"},
    "lab_text.stage.dense_relu": {"en": "dense + ReLU", "ko": "완전 연결 + 렐루"},
    "lab_text.stage.output_logits": {"en": "output logits", "ko": "출력 로짓"},
    "lab_text.stage.softmax": {"en": "softmax", "ko": "소프트맥스 (softmax)"},
    # ---- its weights: lab_text.weight_role.<name>
    "lab_text.weight_role.conv_w": {
        "en": "conv kernels (kh, kw, channels, kernels)",
        "ko": "합성곱 커널 (kh, kw, 채널, 커널 수)",
    },
    "lab_text.weight_role.conv_b": {"en": "conv biases, one per kernel", "ko": "합성곱 편향, 커널마다 하나"},
    "lab_text.weight_role.w1": {
        "en": "hidden dense weights (features, units)",
        "ko": "은닉층(완전 연결 층) 가중치 (특성 수, 뉴런 수)",
    },
    "lab_text.weight_role.b1": {"en": "hidden dense biases", "ko": "은닉층 편향"},
    "lab_text.weight_role.w2": {
        "en": "output dense weights (units, classes)",
        "ko": "출력층 가중치 (뉴런 수, 클래스 수)",
    },
    "lab_text.weight_role.b2": {"en": "output biases, one per class", "ko": "출력층 편향, 클래스마다 하나"},
}
