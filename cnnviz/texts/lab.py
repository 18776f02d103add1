"""Texts of cnnviz.learn.lab and cnnviz.learn.training_step: the convolution and pooling lab, and the one-step
training lab."""

TEXTS = {
    # what the lab computes with
    "lab.noun_input": {"en": "input", "ko": "입력"},
    "lab.noun_kernel": {"en": "kernel", "ko": "커널"},
    "lab.noun_feature_map": {"en": "feature map", "ko": "특성 맵"},
    "lab.noun_stride": {"en": "stride", "ko": "스트라이드 (strides)"},
    "lab.noun_pool_size": {"en": "pool size", "ko": "풀링 크기 (pool_size)"},
    "lab.noun_pool_stride": {"en": "pool stride", "ko": "풀링 스트라이드"},
    "lab.noun_rows": {"en": "rows", "ko": "행"},
    "lab.noun_columns": {"en": "columns", "ko": "열"},
    # convolution
    "lab.unknown_padding": {
        "en": "unknown padding {padding} / convention {style}: choose one of {paddings} / {styles}",
        "ko": "알 수 없는 패딩 {padding} / 방식 {style}입니다. {paddings} / {styles} 중에서 고르세요",
    },
    "lab.axes_differ": {
        "en": "the input is {x_ndim}-D {x_shape} but the kernel is {k_ndim}-D {k_shape}: a kernel must have the "
              "input's number of axes (for a (H, W, C) input, (kh, kw, C))",
        "ko": "입력은 {x_ndim}차원 {x_shape}인데 커널은 {k_ndim}차원 {k_shape}입니다. 커널의 축 수는 입력과 같아야 "
              "합니다 ((H, W, C) 입력이면 (kh, kw, C))",
    },
    "lab.depth_differs": {
        "en": "the kernel's depth is {depth} but the input has {channels} channels: a kernel covers every input "
              "channel at once, so its depth must equal the channels",
        "ko": "커널의 깊이는 {depth}인데 입력의 채널은 {channels}개입니다. 커널 하나가 입력의 모든 채널을 한꺼번에 "
              "덮으므로 깊이가 채널 수와 같아야 합니다",
    },
    "lab.too_many_axes": {
        "en": "the input has {ndim} axes {shape}; the lab takes (n,), (H, W) or (H, W, C)",
        "ko": "입력의 축이 {ndim}개입니다 {shape}. 실험실은 (n,), (H, W), (H, W, C)만 받습니다",
    },
    "lab.empty": {"en": "the {what} is empty", "ko": "{what}이(가) 비어 있습니다"},
    "lab.not_a_number": {
        "en": "the {what} has a missing or non-numeric value (first at row {row}, column {col}); fill every cell "
              "with a number",
        "ko": "{what}에 비었거나 숫자가 아닌 값이 있습니다 (처음 나온 곳: {row}행, {col}열). 모든 칸을 숫자로 "
              "채우세요",
    },
    "lab.too_large": {
        "en": "the {what} is {shape}; the lab keeps sides at most {limit}",
        "ko": "{what}의 크기가 {shape}입니다. 실험실에서는 한 변이 최대 {limit}입니다",
    },
    "lab.not_whole": {
        "en": "{what} must be a whole number ≥ 1, got {value}",
        "ko": "{what}은(는) 1 이상의 정수여야 합니다. 입력한 값: {value}",
    },
    "lab.unknown_operation": {
        "en": "operation must be one of {options}, got {value}",
        "ko": "연산은 {options} 중 하나여야 합니다. 입력한 값: {value}",
    },
    "lab.kernel_too_large": {
        "en": "the kernel ({kernel} {axis}) is larger than the padded input ({size} + {pad} = {padded} {axis}): no "
              "window fits. Use a smaller kernel, or 'same'/'full' padding",
        "ko": "커널 ({kernel} {axis})이 패딩한 입력 ({size} + {pad} = {padded} {axis})보다 큽니다. 창이 하나도 "
              "들어가지 않습니다. 커널을 작게 하거나 'same'/'full' 패딩 (padding)을 쓰세요",
    },
    "lab.outside_output": {
        "en": "output position ({row}, {col}) is outside the {rows}×{cols} output",
        "ko": "출력 위치 ({row}, {col})가 {rows}×{cols} 출력 밖에 있습니다",
    },
    # pooling
    "lab.pool_shape": {
        "en": "pooling takes an (H, W) or (H, W, C) map, got shape {shape}",
        "ko": "풀링은 (H, W) 또는 (H, W, C) 특성 맵을 받습니다. 받은 모양: {shape}",
    },
    "lab.pool_padding": {
        "en": "pooling padding must be 'valid' or 'same', got {value}",
        "ko": "풀링의 패딩 (padding)은 'valid' 또는 'same'이어야 합니다. 입력한 값: {value}",
    },
    "lab.pool_too_large": {
        "en": "the {ph}×{pw} pool is larger than the {height}×{width} map with '{padding}' padding: no window fits",
        "ko": "{ph}×{pw} 풀링 창이 '{padding}' 패딩의 {height}×{width} 특성 맵보다 큽니다. 창이 하나도 들어가지 "
              "않습니다",
    },
    # losses and initialisation
    "lab.bad_target": {
        "en": "target {target} is not a class index in 0…{last}",
        "ko": "정답 {target}은(는) 0…{last} 범위의 클래스 번호가 아닙니다",
    },
    "lab.glorot_shape": {
        "en": "Glorot initialisation needs a weight matrix or kernel, got shape {shape}",
        "ko": "Glorot 초기화에는 가중치 행렬이나 커널이 필요합니다. 받은 모양: {shape}",
    },
    "lab.unknown_photo": {
        "en": "unknown sample photo {name}; choose one of {options}",
        "ko": "알 수 없는 샘플 사진 {name}입니다. {options} 중에서 고르세요",
    },
    # one training step
    "lab.batch_size": {
        "en": "batch size must be between 1 and 500, got {value}",
        "ko": "배치 크기는 1부터 500 사이여야 합니다. 입력한 값: {value}",
    },
    "lab.batch_shape": {
        "en": "the batch has shape {shape}; expected (N, H, W, {channels})",
        "ko": "배치의 모양이 {shape}입니다. (N, H, W, {channels})이어야 합니다",
    },
    "lab.features_differ": {
        "en": "the images flatten to {n} features but w1 expects {expected}",
        "ko": "이미지를 펼치면 특성이 {n}개인데 w1은 {expected}개를 받습니다",
    },
    "lab.learning_rate": {
        "en": "learning rate must be in (0, 10], got {value}",
        "ko": "학습률은 (0, 10] 범위여야 합니다. 입력한 값: {value}",
    },
    "lab.tiny_cnn_size": {
        "en": "kernels must be 1…64 and units 1…1024, got {kernels} and {units}",
        "ko": "커널 수는 1…64, 유닛 수는 1…1024여야 합니다. 입력한 값: {kernels}, {units}",
    },
    # the stages of the forward pass
}
