"""Texts of "what the network learned": attribution, filter patterns, adversarial examples, training
snapshots, receptive fields, and the `explain` / `filters` commands."""

TEXTS = {
    # ---- method names and their one line: what the map measures, when it misleads
    "inspect.method.gradcam": {"en": "Grad-CAM", "ko": "Grad-CAM"},
    "inspect.method.saliency": {"en": "Saliency (gradient)", "ko": "saliency (기울기)"},
    "inspect.method.smoothgrad": {"en": "SmoothGrad", "ko": "SmoothGrad"},
    "inspect.method.integrated_gradients": {"en": "Integrated Gradients", "ko": "Integrated Gradients (적분 기울기)"},
    "inspect.method.occlusion": {"en": "Occlusion", "ko": "가리기 (occlusion)"},
    "inspect.about.gradcam": {
        "en": "Where the chosen conv layer's features that raise the class score are. Misleads: the map is as "
              "coarse as that layer's grid, and it lights up wherever those features fire, even where the "
              "rest of the network never looks.",
        "ko": "선택한 합성곱 층의 특성 중 클래스 점수를 올리는 것이 어디에 있는지 보여 줍니다. 주의: 그 층의 격자만큼 "
              "거칠고, 그 특성이 켜진 곳이면 네트워크 뒷부분이 보지 않는 곳도 밝게 나옵니다.",
    },
    "inspect.about.saliency": {
        "en": "How much a tiny change of each pixel would move the class score (|gradient|). Misleads: noisy "
              "and local; it shows where the score is sensitive, not what in the image is evidence.",
        "ko": "각 픽셀을 아주 조금 바꾸면 클래스 점수가 얼마나 움직이는지(|기울기|) 보여 줍니다. 주의: 잡음이 많고 "
              "국소적입니다. 점수가 민감한 곳이지, 이미지 속 증거를 뜻하지는 않습니다.",
    },
    "inspect.about.smoothgrad": {
        "en": "The gradient averaged over noisy copies of the image, so the speckle cancels out. Misleads: "
              "the picture depends on the noise level, and it still shows sensitivity, not evidence.",
        "ko": "잡음을 섞은 여러 복사본에서 구한 기울기의 평균이라 자글자글한 잡음이 상쇄됩니다. 주의: 잡음 크기에 따라 "
              "그림이 달라지고, 여전히 증거가 아니라 민감도를 보여 줍니다.",
    },
    "inspect.about.integrated_gradients": {
        "en": "Each pixel's share of score(image) − score(baseline); the shares add up to that difference. "
              "Misleads: the answer depends on the baseline (with a black baseline, black pixels get no credit).",
        "ko": "점수(이미지) − 점수(기준 이미지)를 픽셀마다 나눈 몫이며, 몫을 모두 더하면 그 차이가 됩니다. 주의: 기준 "
              "이미지에 따라 답이 달라집니다(검은 기준이면 검은 픽셀은 몫이 0).",
    },
    "inspect.about.occlusion": {
        "en": "How much the class score drops when a window of the image is covered. Misleads: blurred to the "
              "window's size, and the fill colour can itself look like a feature to the network.",
        "ko": "이미지의 한 창을 가렸을 때 클래스 점수가 얼마나 떨어지는지 보여 줍니다. 주의: 창 크기만큼 흐릿하고, "
              "가리는 색 자체가 네트워크에게 특징처럼 보일 수 있습니다.",
    },
    "inspect.ig.completeness": {
        "en": "Completeness: Σ attributions = {total:.4f}; score(x) − score(baseline) = {score:.4f} − {baseline:.4f} "
              "= {difference:.4f}; gap {gap:.2g} ({percent:.2f} %) {verdict}",
        "ko": "완전성 검사: Σ 기여도 = {total:.4f}; 점수(x) − 점수(기준) = {score:.4f} − {baseline:.4f} "
              "= {difference:.4f}; 차이 {gap:.2g} ({percent:.2f} %) {verdict}",
    },
    "inspect.ig.holds": {"en": "✓ within {percent:g} %", "ko": "✓ {percent:g} % 이내"},
    "inspect.ig.fails": {
        "en": "✗ more than {percent:g} %: use more steps",
        "ko": "✗ {percent:g} %보다 큼: 단계 (steps)를 늘리세요",
    },
    "inspect.ig.baseline": {"en": "baseline", "ko": "기준 이미지 (baseline)"},

    # ---- errors
    "inspect.error.attribution_shape": {
        "en": "expected attributions of shape (height, width, channels), got {shape}",
        "ko": "기여도의 모양은 (높이, 너비, 채널)이어야 하는데 {shape}입니다",
    },
    "inspect.error.choice": {
        "en": "{what} must be one of {options}, not {value}",
        "ko": "{what}은(는) {options} 중 하나여야 합니다 ({value}는 안 됩니다)",
    },
    "inspect.error.range": {
        "en": "{what} must be between {low} and {high}, got {value}",
        "ko": "{what}은(는) {low}에서 {high} 사이여야 하는데 {value}입니다",
    },
    "inspect.error.one_image": {
        "en": "explain one image at a time (got {count})",
        "ko": "한 번에 이미지 하나만 설명할 수 있습니다 ({count}장을 받았습니다)",
    },
    "inspect.error.class_index": {
        "en": "class index {index} is outside 0..{last}",
        "ko": "클래스 번호 {index}이(가) 0..{last} 범위를 벗어났습니다",
    },
    "inspect.error.baseline_shape": {
        "en": "the baseline has shape {shape} but the image has {expected}",
        "ko": "기준 이미지의 모양은 {shape}인데 이미지는 {expected}입니다",
    },
    "inspect.error.no_conv": {
        "en": "Grad-CAM needs a Conv2D layer and this model has none",
        "ko": "Grad-CAM에는 합성곱 층 (Conv2D)이 필요한데 이 모델에는 없습니다",
    },
    "inspect.error.not_conv": {
        "en": "{layer} is not a Conv2D layer of this model (its Conv2D layers: {convs})",
        "ko": "{layer}은(는) 이 모델의 합성곱 층 (Conv2D)이 아닙니다 (합성곱 층: {convs})",
    },
    "inspect.error.filter_index": {
        "en": "filter numbers of {layer} must be between 0 and {last}",
        "ko": "{layer}의 필터 번호는 0에서 {last} 사이여야 합니다",
    },
    "inspect.error.label_count": {
        "en": "{labels} labels for {images} images",
        "ko": "이미지는 {images}장인데 레이블은 {labels}개입니다",
    },
    "inspect.error.unit_outside": {
        "en": "unit (row {row}, column {col}) is outside {layer}'s {height}×{width} map",
        "ko": "위치 (행 {row}, 열 {col})은(는) {layer}의 {height}×{width} 맵 밖입니다",
    },
    "inspect.error.rf_layer": {
        "en": "cannot follow the receptive field through {layer} ({type}): only a single chain of convolution, "
              "pooling and size-keeping layers is supported",
        "ko": "{layer} ({type})에서는 수용 영역을 따라갈 수 없습니다: 합성곱, 풀링, 크기를 바꾸지 않는 층이 한 줄로 "
              "이어진 모델만 지원합니다",
    },
    "inspect.error.no_layer": {
        "en": "there is no layer {layer} (layers: {layers})",
        "ko": "{layer}라는 층이 없습니다 (층: {layers})",
    },

    # ---- training snapshots
    "inspect.snapshot.epoch": {"en": "epoch {epoch}", "ko": "에포크 {epoch}"},
    "inspect.snapshot.batch": {"en": "epoch 0 · batch {batch}", "ko": "에포크 0 · 배치 {batch}"},
    "inspect.snapshot.unreadable": {
        "en": "{file} skipped: cannot be read ({reason})",
        "ko": "{file} 건너뜀: 읽을 수 없습니다 ({reason})",
    },
    "inspect.snapshot.mismatch": {
        "en": "{file} skipped: its arrays do not match the other snapshots' shapes",
        "ko": "{file} 건너뜀: 배열 모양이 다른 스냅숏과 다릅니다",
    },

    # ---- attacks
    "inspect.attack.fgsm": {"en": "FGSM (one step)", "ko": "FGSM (한 번)"},
    "inspect.attack.ifgsm": {"en": "iterated FGSM", "ko": "반복 FGSM"},

    # ---- figure titles, axes and hover labels
    "inspect.fig.input": {"en": "input", "ko": "입력"},
    "inspect.fig.relative": {"en": "relative", "ko": "상대값"},
    "inspect.fig.value": {"en": "value", "ko": "값"},
    "inspect.fig.score_share": {"en": "share of the score", "ko": "점수 몫"},
    "inspect.fig.filter": {"en": "filter", "ko": "필터"},
    "inspect.fig.channel": {"en": "channel", "ko": "채널"},
    "inspect.fig.mean_rgb": {"en": "mean of R, G, B", "ko": "R, G, B 평균"},
    "inspect.fig.change": {"en": "change", "ko": "변화량"},
    "inspect.fig.original": {"en": "original:<br>{label} ({p:.1%})", "ko": "원본:<br>{label} ({p:.1%})"},
    "inspect.fig.perturbation": {
        "en": "perturbation ×{epsilon:g}⁻¹<br>(±ε = full colour)",
        "ko": "섭동 ×{epsilon:g}⁻¹<br>(±ε = 가장 진한 색)",
    },
    "inspect.fig.adversarial": {
        "en": "adversarial:<br>{label} ({p:.1%})",
        "ko": "적대적 예제:<br>{label} ({p:.1%})",
    },
    "inspect.fig.probabilities": {"en": "probabilities", "ko": "확률"},
    "inspect.fig.before": {"en": "before", "ko": "공격 전"},
    "inspect.fig.after": {"en": "after", "ko": "공격 후"},
    "inspect.fig.accuracy": {"en": "accuracy", "ko": "정확도"},
    "inspect.fig.robustness": {
        "en": "Accuracy under attack on {n:,} test images",
        "ko": "테스트 이미지 {n:,}장에서 공격받았을 때의 정확도",
    },
    "inspect.fig.kernel_replay": {
        "en": "Kernels of {layer} during training (red frame: dead filter)",
        "ko": "학습 중 {layer}의 커널 (빨간 테두리: 죽은 필터)",
    },
    "inspect.fig.map_replay": {
        "en": "Feature maps of {layer} for the probe image of class {label} during training",
        "ko": "학습 중 클래스 {label} 관찰 이미지 (probe)의 {layer} 특성 맵",
    },
    "inspect.fig.epoch": {"en": "epoch", "ko": "에포크"},
    "inspect.fig.true_class_probability": {"en": "probability of the true class", "ko": "정답 클래스의 확률"},
    "inspect.fig.probe_predictions": {
        "en": "How sure the model is of each probe image's class",
        "ko": "관찰 이미지 (probe)마다 정답 클래스를 얼마나 확신하는지",
    },
    "inspect.fig.weight_norms": {"en": "weight norm per layer", "ko": "층별 가중치 노름"},
    "inspect.fig.grad_norms": {
        "en": "gradient norm per layer (fixed batch, log scale)",
        "ko": "층별 기울기 노름 (고정 배치, 로그 눈금)",
    },
    "inspect.fig.dead_filters": {"en": "dead filters", "ko": "죽은 필터 수"},
    "inspect.fig.dead_in": {"en": "dead in {layer}", "ko": "{layer}의 죽은 필터"},
    "inspect.fig.sees": {
        "en": "this unit sees {height}×{width} input pixels",
        "ko": "이 유닛은 입력 {height}×{width} 픽셀을 봅니다",
    },
    "inspect.fig.layer": {"en": "layer", "ko": "층"},
    "inspect.fig.type": {"en": "type", "ko": "종류"},
    "inspect.fig.output": {"en": "output (h×w)", "ko": "출력 (높이×너비)"},
    "inspect.fig.field_size": {"en": "receptive field", "ko": "수용 영역 (receptive field)"},
    "inspect.fig.whole_input": {"en": "whole input", "ko": "입력 전체"},
    "inspect.fig.jump": {"en": "jump (input pixels between units)", "ko": "점프 (유닛 사이의 입력 픽셀 수)"},
    "inspect.fig.start": {"en": "start (first unit's top-left)", "ko": "시작 (첫 유닛의 왼쪽 위)"},

    # ---- the explain and filters commands
    "inspect.cli.help_explain": {
        "en": "show which pixels of an image a model's class score depends on (one attribution method)",
        "ko": "모델의 클래스 점수가 이미지의 어느 픽셀에 달려 있는지 보여 줍니다 (기여도 방법 하나)",
    },
    "inspect.cli.help_filters": {
        "en": "draw what each filter of a conv layer responds to most (gradient ascent) into a PNG grid",
        "ko": "합성곱 층의 각 필터가 가장 강하게 반응하는 패턴을 (경사 상승법으로) 찾아 PNG 격자로 그립니다",
    },
    "inspect.cli.help_model": {
        "en": "a run folder (written by `train` or the app) or a .keras model file",
        "ko": "실행 폴더 (`train`이나 앱이 만든 것) 또는 .keras 모델 파일",
    },
    "inspect.cli.help_image": {"en": "the image file to explain", "ko": "설명할 이미지 파일"},
    "inspect.cli.help_class": {
        "en": "explain this class number (default: the predicted class)",
        "ko": "이 클래스 번호를 설명합니다 (기본값: 예측한 클래스)",
    },
    "inspect.cli.help_which": {
        "en": "which model of a run folder: final.keras or best.keras",
        "ko": "실행 폴더의 어느 모델인지: final.keras 또는 best.keras (체크포인트)",
    },
    "inspect.cli.help_invert": {
        "en": "invert dark ink on light paper (auto: when the border is mostly bright)",
        "ko": "밝은 종이 위 어두운 글씨를 반전합니다 (auto: 가장자리가 대부분 밝을 때)",
    },
    "inspect.cli.help_cam_layer": {
        "en": "Grad-CAM: the Conv2D layer to use (default: the last one)",
        "ko": "Grad-CAM: 사용할 합성곱 층 (Conv2D) 이름 (기본값: 마지막 합성곱 층)",
    },
    "inspect.cli.help_occlusion": {"en": "occlusion: in pixels", "ko": "가리기 (occlusion): 픽셀 단위"},
    "inspect.cli.help_fill": {
        "en": "occlusion: the value covering the window (0..1) or 'mean' (the image's mean)",
        "ko": "가리기: 창을 덮을 값 (0..1) 또는 'mean' (이미지 평균)",
    },
    "inspect.cli.help_json": {
        "en": "print JSON: label, probabilities, method, attribution (height × width)",
        "ko": "JSON으로 출력: label, probabilities, method, attribution (높이 × 너비)",
    },
    "inspect.cli.help_layer": {
        "en": "the Conv2D layer whose filters to draw",
        "ko": "필터를 그릴 합성곱 층 (Conv2D) 이름",
    },
    "inspect.cli.help_classes": {
        "en": "draw the class patterns (the input that maximises each class score) instead",
        "ko": "대신 클래스 패턴 (각 클래스 점수를 최대로 만드는 입력)을 그립니다",
    },
    "inspect.cli.help_out": {"en": "the PNG file to write", "ko": "저장할 PNG 파일"},
    "inspect.cli.help_jitter": {
        "en": "shift the image by up to this many pixels before each step (0: off)",
        "ko": "매 단계 전에 이미지를 최대 이만큼 픽셀 이동합니다 (0: 끄기)",
    },
    "inspect.cli.help_blur": {
        "en": "smooth each step's change with a Gaussian of this σ in pixels (0: off)",
        "ko": "매 단계의 변화를 이 σ(픽셀)의 가우시안으로 부드럽게 합니다 (0: 끄기)",
    },
    "inspect.cli.help_decay": {
        "en": "pull every pixel toward grey by this fraction per step (0: off)",
        "ko": "매 단계 모든 픽셀을 이 비율만큼 회색 쪽으로 당깁니다 (0: 끄기)",
    },
    "inspect.cli.help_clip": {"en": "keep pixels in [0, 1]", "ko": "픽셀 값을 [0, 1]로 유지합니다"},
    "inspect.cli.help_scale": {
        "en": "enlarge each pixel this many times (default: tiles at least 56 pixels high)",
        "ko": "픽셀 하나를 이만큼 확대합니다 (기본값: 타일 높이 56픽셀 이상)",
    },
    "inspect.cli.help_quiet": {"en": "no progress output", "ko": "진행 상황을 출력하지 않습니다"},
    "inspect.cli.not_a_model": {
        "en": "{path} is neither a run folder nor a .keras file",
        "ko": "{path}은(는) 실행 폴더도 .keras 파일도 아닙니다",
    },
    "inspect.cli.no_file": {"en": "{path} does not exist", "ko": "{path}이(가) 없습니다"},
    "inspect.cli.cannot_load": {
        "en": "cannot load {path}: {reason}",
        "ko": "{path}을(를) 불러올 수 없습니다: {reason}",
    },
    "inspect.cli.cannot_read": {"en": "cannot read {path}: {reason}", "ko": "{path}을(를) 읽을 수 없습니다: {reason}"},
    "inspect.cli.cannot_write": {"en": "cannot write {path}: {reason}", "ko": "{path}에 쓸 수 없습니다: {reason}"},
    "inspect.cli.bad_fill": {
        "en": "--fill must be a number or 'mean', not {fill}",
        "ko": "--fill은 숫자나 'mean'이어야 합니다 ({fill}은 안 됩니다)",
    },
    "inspect.cli.layer_or_classes": {
        "en": "give --layer NAME (a Conv2D layer) or --classes",
        "ko": "--layer 이름 (합성곱 층) 또는 --classes를 주세요",
    },
    "inspect.cli.prediction": {"en": "prediction: {label} ({p:.1%})", "ko": "예측: {label} ({p:.1%})"},
    "inspect.cli.summary": {
        "en": "{method} for class {target}: a {height}×{width} map from {low:.4g} to {high:.4g}, strongest at "
              "x {x}, y {y}",
        "ko": "클래스 {target}의 {method}: {height}×{width} 맵, {low:.4g}부터 {high:.4g}까지, 가장 강한 곳 "
              "x {x}, y {y}",
    },
    "inspect.cli.from_cache": {"en": " (from the run's cache)", "ko": " (실행 폴더의 캐시에서)"},
    "inspect.cli.wrote_grid": {
        "en": "wrote {path}: patterns of the {count} filters of {layer} in {seconds:.1f} s{cached}; median objective "
              "gain {gain:+.3g}",
        "ko": "{path} 저장: {layer}의 필터 {count}개 패턴, {seconds:.1f}초{cached}; 목표값 증가 중앙값 {gain:+.3g}",
    },
    "inspect.cli.wrote_classes": {
        "en": "wrote {path}: patterns of the {count} classes in {seconds:.1f} s{cached}; median class score "
              "gain {gain:+.3g}",
        "ko": "{path} 저장: 클래스 {count}개의 패턴, {seconds:.1f}초{cached}; 클래스 점수 증가 중앙값 {gain:+.3g}",
    },
}
