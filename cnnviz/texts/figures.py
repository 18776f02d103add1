"""Words of the figures (`cnnviz/figures/architecture.py`, `training.py`, `inspect.py`, `lab.py`, `draw.py`):
titles, axis titles, legend names, hover words. Plotly's own `%{x}` tokens are passed in as parameters, so a
Korean sentence can put them where Korean word order wants them."""

TEXTS = {
    # ---- words shared by several figures
    "figures.input": {"en": "input", "ko": "입력"},
    "figures.value": {"en": "value", "ko": "값"},
    "figures.class": {"en": "class", "ko": "클래스"},
    "figures.probability": {"en": "probability", "ko": "확률"},
    "figures.epoch": {"en": "epoch", "ko": "에포크"},
    "figures.train": {"en": "train", "ko": "훈련"},
    "figures.validation": {"en": "validation", "ko": "검증"},
    "figures.loss": {"en": "loss", "ko": "손실"},
    "figures.accuracy": {"en": "accuracy", "ko": "정확도"},
    "figures.channel": {"en": "channel", "ko": "채널"},
    "figures.filter": {"en": "filter", "ko": "필터"},
    "figures.weight": {"en": "weight", "ko": "가중치"},
    "figures.unit": {"en": "unit", "ko": "뉴런"},
    "figures.row_col": {"en": "row {row}, col {col}", "ko": "{row}행 {col}열"},
    "figures.predicted_class": {"en": "predicted class", "ko": "예측 클래스"},
    "figures.true_class": {"en": "true class", "ko": "실제 클래스"},
    # ---- the architecture diagram
    "figures.arch.title": {
        "en": "Box height ∝ feature-map height, width ∝ log₂ channels; thin bars are flat vectors",
        "ko": "상자 높이 ∝ 특성 맵 높이, 너비 ∝ log₂ 채널 수; 얇은 막대는 1차원 벡터",
    },
    "figures.arch.input": {"en": "input", "ko": "입력"},
    "figures.arch.input_axes": {"en": "height × width × channels", "ko": "높이 × 너비 × 채널"},
    "figures.arch.legend_input": {"en": "Input", "ko": "입력"},
    "figures.arch.legend_invalid": {"en": "Invalid layer", "ko": "잘못된 층"},
    "figures.arch.params": {"en": "params: {params}", "ko": "파라미터: {params}"},
    "figures.arch.non_trainable": {"en": "{count} non-trainable", "ko": "{count}개는 훈련되지 않음"},
    "figures.arch.formula": {"en": "formula: {formula}", "ko": "공식: {formula}"},
    "figures.arch.shape": {"en": "shape: {formula}", "ko": "크기: {formula}"},
    # ---- learning curves
    "figures.train.title_loss": {
        "en": "Loss (cross-entropy, lower is better)",
        "ko": "손실 (크로스 엔트로피, 낮을수록 좋음)",
    },
    "figures.train.title_accuracy": {"en": "Accuracy (higher is better)", "ko": "정확도 (높을수록 좋음)"},
    "figures.train.batch_trace": {
        "en": "{part} {metric} (per batch, running mean of the epoch)",
        "ko": "{part} {metric} (배치마다, 그 에포크의 누적 평균)",
    },
    "figures.train.batch_hover": {"en": "epoch {epoch}, batch {batch}", "ko": "에포크 {epoch}, 배치 {batch}"},
    "figures.train.epoch_trace": {"en": "{part} {metric} (epoch)", "ko": "{part} {metric} (에포크)"},
    "figures.train.partial_trace": {
        "en": "{part} {metric}, partial epoch",
        "ko": "{part} {metric}, 중간에 멈춘 에포크",
    },
    "figures.train.partial": {"en": "partial", "ko": "중간에 멈춤"},
    "figures.train.partial_after": {
        "en": "partial: stopped after {batches} batches",
        "ko": "중간에 멈춤: 배치 {batches}개 뒤 정지",
    },
    "figures.train.partial_after_of": {
        "en": "partial: stopped after {batches} of {total} batches",
        "ko": "중간에 멈춤: 배치 {total}개 중 {batches}개 뒤 정지",
    },
    # ---- looking inside: predictions, feature maps, kernels, weights, confusion matrix
    "figures.inspect.predicted_probabilities": {"en": "Predicted probabilities", "ko": "예측 확률"},
    "figures.inspect.evidence": {"en": "evidence", "ko": "근거"},
    "figures.inspect.per_map": {"en": "per map", "ko": "맵별"},
    "figures.inspect.activation": {"en": "activation", "ko": "활성화 값"},
    "figures.inspect.weights": {"en": "weights", "ko": "가중치"},
    "figures.inspect.biases": {"en": "biases", "ko": "편향"},
    "figures.inspect.trained": {"en": "trained", "ko": "훈련 후"},
    "figures.inspect.initial": {"en": "initial", "ko": "초깃값"},
    "figures.inspect.histogram_name": {
        "en": "{part}, {label}: mean {mean:+.4f}, std {std:.4f}",
        "ko": "{part}, {label}: 평균 {mean:+.4f}, 표준편차 {std:.4f}",
    },
    "figures.inspect.count_values": {"en": "{count} values", "ko": "값 {count}개"},
    "figures.inspect.glorot_limit": {"en": "Glorot ±{limit:.3f}", "ko": "글로럿 ±{limit:.3f}"},
    "figures.inspect.confusion_title": {"en": "Confusion matrix", "ko": "오차 행렬"},
    "figures.inspect.percent_of_row": {"en": "% of row", "ko": "실제 클래스 중 %"},
    "figures.inspect.cell_hover": {
        "en": "true {true} → predicted {predicted}<br>{count} images ({percent} of {true})",
        "ko": "실제 {true} → 예측 {predicted}<br>이미지 {count}장 ({true}의 {percent})",
    },
    "figures.inspect.cell_click_hover": {
        "en": "true {true} → predicted {predicted}<br>{count} images ({percent})<br>click to see them",
        "ko": "실제 {true} → 예측 {predicted}<br>이미지 {count}장 ({percent})<br>클릭하면 이미지를 볼 수 있습니다",
    },
    "figures.inspect.cells": {"en": "cells", "ko": "칸"},
    "figures.inspect.precision": {"en": "precision", "ko": "정밀도"},
    "figures.inspect.recall": {"en": "recall", "ko": "재현율"},
    "figures.inspect.f1": {"en": "F1", "ko": "F1"},
    "figures.inspect.images": {"en": "images", "ko": "이미지 수"},
    "figures.inspect.no_images": {"en": "no images", "ko": "이미지가 없습니다"},
    # ---- the Learn pages' figures (convolution lab, pooling/ReLU/softmax, one training step)
    "figures.lab.padded_input": {"en": "padded input", "ko": "패딩된 입력"},
    "figures.lab.kernel": {"en": "kernel", "ko": "커널"},
    "figures.lab.flipped_kernel": {"en": "flipped kernel (convolution)", "ko": "뒤집힌 커널 (합성곱)"},
    "figures.lab.output": {"en": "output", "ko": "출력"},
    "figures.lab.output_size": {"en": "output {height}×{width}", "ko": "출력 {height}×{width}"},
    "figures.lab.red": {"en": "red", "ko": "빨강"},
    "figures.lab.green": {"en": "green", "ko": "초록"},
    "figures.lab.blue": {"en": "blue", "ko": "파랑"},
    "figures.lab.channel_n": {"en": "channel {channel}", "ko": "채널 {channel}"},
    "figures.lab.channel_input": {"en": "{channel} input", "ko": "{channel} 입력"},
    "figures.lab.channel_kernel": {"en": "{channel} kernel", "ko": "{channel} 커널"},
    "figures.lab.kernel_slice": {"en": "kernel slice for {channel}", "ko": "{channel}에 쓰는 커널 조각"},
    "figures.lab.channel_map": {"en": "{channel} map", "ko": "{channel} 맵"},
    "figures.lab.sum_of_maps": {"en": "sum of the maps = output", "ko": "맵의 합 = 출력"},
    "figures.lab.feature_map": {"en": "feature map", "ko": "특성 맵"},
    "figures.lab.max_pooling": {"en": "max pooling → {height}×{width}", "ko": "최대 풀링 → {height}×{width}"},
    "figures.lab.average_pooling": {"en": "average pooling → {height}×{width}", "ko": "평균 풀링 → {height}×{width}"},
    "figures.lab.logits_title": {"en": "logits z (raw scores)", "ko": "로짓 z (원시 점수)"},
    "figures.lab.softmax_title": {"en": "softmax(z): probabilities", "ko": "softmax(z): 확률"},
    "figures.lab.logit": {"en": "logit", "ko": "로짓"},
    "figures.lab.step": {"en": "step", "ko": "단계"},
    "figures.lab.loss_trace": {"en": "loss (cross-entropy)", "ko": "손실 (크로스 엔트로피)"},
    "figures.lab.batch_accuracy": {"en": "batch accuracy", "ko": "배치 정확도"},
    "figures.lab.steps_taken": {"en": "SGD steps taken", "ko": "진행한 SGD 단계 수"},
    "figures.lab.image_n": {"en": "image {index}", "ko": "이미지 {index}"},
    "figures.lab.output_at": {"en": "output[{index}]", "ko": "출력[{index}]"},
    "figures.lab.per_channel_sum": {
        "en": "{where} = per channel {parts} = {value}",
        "ko": "{where} = 채널별 {parts} = {value}",
    },
    "figures.lab.play": {"en": "▶ Play", "ko": "▶ 재생"},
    "figures.lab.pause": {"en": "❚❚ Pause", "ko": "❚❚ 일시 정지"},
    "figures.lab.output_position": {"en": "output position", "ko": "출력 위치"},
    # ---- data a figure cannot draw
    "figures.error.maps_shape": {
        "en": "expected maps of shape (h, w, channels) or (n,), got {shape}",
        "ko": "특성 맵은 (h, w, channels) 또는 (n,) 모양이어야 하는데 {shape}입니다",
    },
    "figures.error.kernel_shape": {
        "en": "expected a conv kernel (kh, kw, in, out), got {shape}",
        "ko": "합성곱 커널은 (kh, kw, in, out) 모양이어야 하는데 {shape}입니다",
    },
    "figures.error.input_channel": {
        "en": "input channel {channel} is outside 0..{last}",
        "ko": "입력 채널 {channel}: 0..{last} 범위 밖입니다",
    },
    "figures.error.rgb_channels": {
        "en": "an RGB view needs 3 input channels, this layer has {channels}",
        "ko": "RGB로 보려면 입력 채널이 3개여야 하는데 이 층은 {channels}개입니다",
    },
    "figures.cam_value": {"en": "Grad-CAM", "ko": "Grad-CAM 값"},
    # ---- the text alternative of every chart (`cnnviz/figures/describe.py`), read by screen readers
    "figures.describe.about": {"en": "About this chart", "ko": "이 차트에 대하여"},
    "figures.describe.about_alt": {"en": "About this chart: {alt}", "ko": "이 차트에 대하여: {alt}"},
    # ---- alt text of image charts (`cnnviz/figures/alt.py`): what the picture is, before its numbers
    "figures.alt.drawn_name": {"en": "the digit drawn", "ko": "그린 숫자"},
    "figures.alt.drawn": {
        "en": "The digit drawn, as the network receives it: {height}×{width} {pixels}, {ink} of them ink.",
        "ko": "네트워크가 받는 그대로의 그린 숫자: {height}×{width} {pixels}, 그중 {ink}가 잉크입니다."},
    "figures.alt.input_name": {"en": "the image the network receives", "ko": "네트워크가 받는 이미지"},
    "figures.alt.input": {
        "en": "The image as the network receives it: {height}×{width} {pixels}, {ink} of them bright.",
        "ko": "네트워크가 받는 그대로의 이미지: {height}×{width} {pixels}, 그중 {ink}가 밝습니다."},
    "figures.alt.grey": {"en": "grey pixels", "ko": "흑백 픽셀"},
    "figures.alt.colour": {"en": "colour pixels", "ko": "컬러 픽셀"},
    "figures.alt.prediction_name": {"en": "predicted {name}", "ko": "예측: {name}"},
    "figures.alt.prediction": {
        "en": "The network predicts {name} with probability {p} (of {n} classes).",
        "ko": "네트워크는 {n}개 클래스 중 {name}(으)로 예측합니다. 확률 {p}."},
    "figures.alt.runner_up": {"en": "Next: {name} at {p}.", "ko": "다음: {name} {p}."},
    "figures.alt.maps_name": {"en": "feature maps of layer {layer}, {n} filters",
                              "ko": "{layer} 층의 특성 맵, 필터 {n}개"},
    "figures.alt.maps": {
        "en": "The feature maps of layer {layer}: {n} filters, each map {height}×{width}. Filter {top} responds "
              "most strongly on average ({value}). Filters at zero everywhere for this image: {dark}.",
        "ko": "{layer} 층의 특성 맵: 필터 {n}개, 맵 하나는 {height}×{width}입니다. 평균으로 필터 {top}이(가) 가장 "
              "강하게 반응합니다({value}). 이 이미지에서 모든 곳이 0인 필터: {dark}개."},
    "figures.alt.flat": {
        "en": "The output of layer {layer}: {n} values; unit {top} is the largest ({value}).",
        "ko": "{layer} 층의 출력: 값 {n}개; 유닛 {top}이(가) 가장 큽니다({value})."},
    "figures.alt.kernels_name": {"en": "kernels of layer {layer}, {n} filters", "ko": "{layer} 층의 커널, 필터 {n}개"},
    "figures.alt.kernels": {
        "en": "The kernels of layer {layer}: {n} filters of {kh}×{kw} weights, input channel {channel}; weights "
              "from {low} to {high}.",
        "ko": "{layer} 층의 커널: {kh}×{kw} 가중치의 필터 {n}개, 입력 채널 {channel}; 가중치는 {low}부터 {high}까지."},
    "figures.alt.rgb": {"en": "red, green and blue as colour", "ko": "빨강·초록·파랑을 색으로"},
    "figures.alt.cam_name": {"en": "Grad-CAM for {name}", "ko": "{name}에 대한 Grad-CAM"},
    "figures.alt.cam": {
        "en": "Grad-CAM for class {name} laid over the image: the evidence is strongest in {where} (row {row}, "
              "column {col}); {share} of the image counts at least half as much.",
        "ko": "이미지 위에 겹친 클래스 {name}의 Grad-CAM: 근거는 {where}(행 {row}, 열 {col})에서 가장 강하고, "
              "이미지의 {share}가 그 절반 이상입니다."},
    "figures.alt.cam_none": {"en": "Grad-CAM for class {name} finds no evidence anywhere in this image.",
                             "ko": "클래스 {name}의 Grad-CAM은 이 이미지 어디에서도 근거를 찾지 못합니다."},
    "figures.alt.where_top_left": {"en": "the top left", "ko": "왼쪽 위"},
    "figures.alt.where_top_centre": {"en": "the top middle", "ko": "가운데 위"},
    "figures.alt.where_top_right": {"en": "the top right", "ko": "오른쪽 위"},
    "figures.alt.where_middle_left": {"en": "the middle left", "ko": "왼쪽 가운데"},
    "figures.alt.where_middle_centre": {"en": "the centre", "ko": "한가운데"},
    "figures.alt.where_middle_right": {"en": "the middle right", "ko": "오른쪽 가운데"},
    "figures.alt.where_bottom_left": {"en": "the bottom left", "ko": "왼쪽 아래"},
    "figures.alt.where_bottom_centre": {"en": "the bottom middle", "ko": "가운데 아래"},
    "figures.alt.where_bottom_right": {"en": "the bottom right", "ko": "오른쪽 아래"},
    "figures.describe.title": {"en": "Chart: {title}.", "ko": "차트: {title}."},
    "figures.describe.empty": {"en": "The chart has no data yet.", "ko": "차트에 아직 데이터가 없습니다."},
    "figures.describe.more": {"en": "And {n} more.", "ko": "외 {n}개."},
    "figures.describe.frames": {"en": "An animation of {n} steps.", "ko": "{n}단계 애니메이션입니다."},
    "figures.describe.trace_n": {"en": "series {index}", "ko": "계열 {index}"},
    "figures.describe.other": {"en": "{name}: a {kind} trace.", "ko": "{name}: {kind} 그래프."},
    "figures.describe.curve_rose": {
        "en": "{name} rose from {first} to {last} over {n} epochs; best at epoch {best}.",
        "ko": "{name}: {n} 에포크 동안 {first}에서 {last}까지 올랐고, 가장 좋은 값은 에포크 {best}.",
    },
    "figures.describe.curve_fell": {
        "en": "{name} fell from {first} to {last} over {n} epochs; best at epoch {best}.",
        "ko": "{name}: {n} 에포크 동안 {first}에서 {last}까지 내려갔고, 가장 좋은 값은 에포크 {best}.",
    },
    "figures.describe.curve_flat": {
        "en": "{name} stayed at {first} over {n} epochs; best at epoch {best}.",
        "ko": "{name}: {n} 에포크 동안 {first} 그대로였고, 가장 좋은 값은 에포크 {best}.",
    },
    "figures.describe.curve_single": {
        "en": "{name} was {value} at epoch {epoch}.",
        "ko": "{name}: 에포크 {epoch}에서 {value}.",
    },
    "figures.describe.point": {"en": "{name}: {value} at {where}.", "ko": "{name}: {where}에서 {value}."},
    "figures.describe.series": {
        "en": "{name}: from {first} to {last} over {n} points; lowest {low} at {low_at}, highest {high} at {high_at}.",
        "ko": "{name}: 점 {n}개에서 {first}부터 {last}까지; 최저 {low}({low_at}), 최고 {high}({high_at}).",
    },
    "figures.describe.bars": {
        "en": "{name}: {n} bars; largest {top} ({top_value}), smallest {bottom} ({bottom_value}).",
        "ko": "{name}: 막대 {n}개; 가장 큰 막대 {top}({top_value}), 가장 작은 막대 {bottom}({bottom_value}).",
    },
    "figures.describe.heatmap": {
        "en": "{name}: a {rows} × {cols} grid with values from {low} to {high}; highest at {where}.",
        "ko": "{name}: {rows} × {cols} 격자, 값의 범위 {low} ~ {high}; 가장 큰 값은 {where}.",
    },
    "figures.describe.image": {
        "en": "{name}: an image of {height} × {width} pixels.",
        "ko": "{name}: {height} × {width} 픽셀 이미지.",
    },
    "figures.describe.table": {"en": "A table of {rows} rows.", "ko": "{rows}행의 표."},
    "figures.describe.confusion": {
        "en": "{title}: {n} classes; {correct} of {total} predictions correct ({percent}).",
        "ko": "{title}: 클래스 {n}개; 예측 {total}개 중 {correct}개 정답({percent}).",
    },
    "figures.describe.confusion_mistake": {
        "en": "Most frequent mistake: true {true} predicted as {predicted} ({count} times).",
        "ko": "가장 잦은 오류: 실제 {true} → 예측 {predicted} ({count}번).",
    },
    "figures.describe.confusion_none": {"en": "No mistakes.", "ko": "오류가 없습니다."},
    "figures.describe.architecture": {
        "en": "The network's {n} layers, from {input} in to {output} out; the table lists each layer's shapes and "
              "parameters.",
        "ko": "네트워크의 층 {n}개: 입력 {input}에서 출력 {output}까지; 표에 층마다 입력·출력 크기와 파라미터가 "
              "있습니다.",
    },
    "figures.describe.col_layer": {"en": "layer", "ko": "층"},
    "figures.describe.col_shapes": {"en": "input → output", "ko": "입력 → 출력"},
    "figures.describe.col_params": {"en": "parameters", "ko": "파라미터"},
    "figures.describe.col_bar": {"en": "bar", "ko": "막대"},
    "figures.describe.col_value": {"en": "value", "ko": "값"},
    "figures.describe.col_trace": {"en": "series", "ko": "계열"},
    "figures.describe.col_points": {"en": "points", "ko": "점 개수"},
    "figures.describe.col_min": {"en": "lowest", "ko": "최솟값"},
    "figures.describe.col_max": {"en": "highest", "ko": "최댓값"},
}
