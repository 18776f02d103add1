"""Texts of cnnviz.arch.shapes: why layers do not fit together, the formulas' words, the summary table."""

TEXTS = {
    "shapes.needs_map": {
        "en": "{kind} needs a feature map (height, width, channels) but gets a flat vector of {n:,} values; move it "
              "before Flatten/GlobalAveragePooling2D",
        "ko": "{kind} 층에는 특성 맵 (높이, 너비, 채널)이 들어가야 하는데 값 {n:,}개의 평평한 벡터가 들어옵니다. "
              "이 층을 Flatten/GlobalAveragePooling2D 앞으로 옮기세요",
    },
    "shapes.kernel": {"en": "kernel", "ko": "커널"},
    "shapes.pool_window": {"en": "pool window", "ko": "풀링 창"},
    "shapes.window_too_large": {
        "en": "{what} {window} is larger than its {height}×{width} input (padding 'valid')",
        "ko": "{what} 크기 {window}가 {height}×{width} 입력보다 큽니다 (패딩 (padding) 'valid')",
    },
    "shapes.dense_needs_flat": {
        "en": "Dense needs a flat input here: add Flatten or GlobalAveragePooling2D before layer {position} (its "
              "input is {shape}). Keras itself would accept this Dense and apply it to the last axis only, at every "
              "position separately; cnnviz refuses it because the network must end in one vector of class scores, "
              "as in the notes",
        "ko": "여기서 Dense(밀집 층)에는 평평한 입력이 들어가야 합니다. {position}번 층 앞에 Flatten이나 "
              "GlobalAveragePooling2D를 넣으세요 (지금 입력은 {shape}입니다). Keras 자체는 이 Dense를 받아들여 "
              "마지막 축에만, 위치마다 따로 적용하지만, 신경망은 노트에서처럼 클래스 점수 벡터 하나로 끝나야 하므로 "
              "cnnviz는 이를 허용하지 않습니다",
    },
    "shapes.unsupported": {"en": "unsupported layer type {kind}", "ko": "지원하지 않는 층 종류 {kind}입니다"},
    # words inside the formulas
    "shapes.no_weights": {"en": "0 (no weights)", "ko": "0 (가중치 없음)"},
    "shapes.formula_no_bias": {"en": "{formula} (no bias)", "ko": "{formula} (편향 없음)"},
    "shapes.formula_batch_norm": {
        "en": "4·{c} = {total} ({half} trainable γ, β; {half} non-trainable moving mean, variance)",
        "ko": "4·{c} = {total} (훈련되는 γ, β {half}개; 훈련되지 않는 이동 평균, 이동 분산 {half}개)",
    },
    "shapes.formula_gap": {
        "en": "mean over {height}×{width} per channel",
        "ko": "채널마다 {height}×{width}의 평균",
    },
    # the summary table (laid out like Keras' model.summary())
    "shapes.summary_title": {"en": "Model: \"{name}\"", "ko": "모델: \"{name}\""},
    "shapes.col_layer": {"en": "Layer (type)", "ko": "층 (종류)"},
    "shapes.col_output": {"en": "Output Shape", "ko": "출력 모양"},
    "shapes.col_params": {"en": "Param #", "ko": "파라미터 수"},
    "shapes.col_flops": {"en": "FLOPs", "ko": "FLOPs"},
    "shapes.total_params": {"en": "Total params: {n} ({size})", "ko": "전체 파라미터: {n} ({size})"},
    "shapes.trainable_params": {"en": "Trainable params: {n} ({size})", "ko": "훈련되는 파라미터: {n} ({size})"},
    "shapes.non_trainable_params": {
        "en": "Non-trainable params: {n} ({size})",
        "ko": "훈련되지 않는 파라미터: {n} ({size})",
    },
    "shapes.muladds_per_image": {"en": "Multiply-adds per image: {n}", "ko": "이미지 한 장당 곱셈-덧셈: {n}"},
    "shapes.activation_memory": {
        "en": "Activation memory per image: {size}",
        "ko": "이미지 한 장당 활성화 메모리: {size}",
    },
}
