"""Texts only Why this answer, What filters look for and Fool the network say, in English and Korean.

Registered with the one catalog (cnnviz.i18n.add_texts) by pages.common.texts.register when
pages.common is imported."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # ---- from the former cnnviz/texts/explain.py
    "explain.baseline.black": {"en": "black", "ko": "검정"},
    "explain.baseline.blurred": {"en": "blurred image", "ko": "흐리게 한 이미지"},
    "explain.baseline.grey": {"en": "grey", "ko": "회색"},
    # ---- from the former cnnviz/texts/explainpages.py
    # ---- Why this answer
    "explain.explainpages.explain.title": {"en": "Why this answer?", "ko": "왜 이렇게 답했을까?"},
    "explain.explainpages.explain.intro": {
        "en": "Five ways to ask which pixels of one image made the network choose a class, side by side. They answer "
              "slightly different questions, so they do not always agree: where they do, you can trust the answer "
              "more.",
        "ko": "한 이미지의 어느 픽셀 때문에 네트워크가 그 클래스를 골랐는지 다섯 가지 방법으로 나란히 물어봅니다. "
              "방법마다 묻는 질문이 조금씩 달라서 늘 같은 답을 내지는 않습니다. 여러 방법이 같은 곳을 가리키면 그 "
              "답을 더 믿을 수 있습니다.",
    },
    "explain.explainpages.explain.prediction": {
        "en": "The network says **{label}** ({p:.1%}){verdict}.",
        "ko": "네트워크의 답: **{label}** ({p:.1%}){verdict}.",
    },
    "explain.explainpages.explain.right": {"en": " · :green[right]", "ko": " · :green[정답]"},
    "explain.explainpages.explain.wrong": {
        "en": " · :red[wrong], the true class is **{true}**",
        "ko": " · :red[오답], 정답 클래스는 **{true}**",
    },
    "explain.explainpages.explain.mark_predicted": {"en": "predicted", "ko": "예측"},
    "explain.explainpages.explain.mark_true": {"en": "true class", "ko": "정답"},
    "explain.explainpages.explain.class": {"en": "Explain the class", "ko": "설명할 클래스"},
    "explain.explainpages.explain.class_help": {
        "en": "Every map answers: which pixels raise the score of THIS class? For a mistake, compare the predicted "
              "class with the true class: what did the network see for the wrong answer, and what did it miss of the "
              "right one? The score is the class score before softmax (the logit).",
        "ko": "모든 맵은 '어느 픽셀이 이 클래스의 점수를 올리는가?'에 답합니다. 틀린 이미지라면 예측한 클래스와 정답 "
              "클래스를 번갈아 보세요. 틀린 답의 근거로 무엇을 보았고, 정답의 무엇을 놓쳤는지 알 수 있습니다. 점수는 "
              "소프트맥스 (softmax) 전의 클래스 점수 (logit)입니다.",
    },
    "explain.explainpages.explain.cam_layer": {"en": "Grad-CAM layer", "ko": "Grad-CAM 합성곱 층"},
    "explain.explainpages.explain.cam_layer_help": {
        "en": "Grad-CAM weights this conv layer's feature maps by how much they raise the class score. The last conv "
              "layer has the most meaning but the coarsest grid; an earlier layer gives a sharper map of simpler "
              "features.",
        "ko": "Grad-CAM은 이 합성곱 층의 특성 맵에 클래스 점수를 올리는 정도만큼 가중치를 줍니다. 마지막 합성곱 층이 "
              "가장 의미 있는 특징을 보지만 격자가 가장 거칩니다. 앞쪽 층은 더 단순한 특징을 더 선명한 맵으로 보여 "
              "줍니다.",
    },
    "explain.explainpages.explain.samples": {"en": "SmoothGrad: noisy copies", "ko": "SmoothGrad: 잡음 복사본 수"},
    "explain.explainpages.explain.samples_help": {
        "en": "How many noisy copies of the image SmoothGrad averages the gradient over. More copies: a smoother, "
              "steadier map (all copies go through the network in one batch).",
        "ko": "SmoothGrad가 기울기를 평균 낼 잡음 섞인 복사본의 수입니다. 많을수록 맵이 부드럽고 안정적입니다 (모든 "
              "복사본이 한 배치로 네트워크를 통과합니다).",
    },
    "explain.explainpages.explain.noise": {"en": "SmoothGrad: noise level", "ko": "SmoothGrad: 잡음 크기"},
    "explain.explainpages.explain.noise_help": {
        "en": "The noise's standard deviation as a share of the image's brightness range. 10–20 % works best "
              "(Smilkov et al. 2017); 0 gives plain saliency back; too much noise blurs the map away.",
        "ko": "잡음의 표준편차를 이미지 밝기 범위에 대한 비율로 정합니다. 10–20 %가 가장 좋습니다 (Smilkov 외 2017). "
              "0이면 보통의 saliency와 같고, 너무 크면 맵이 흐려져 사라집니다.",
    },
    "explain.explainpages.explain.baseline": {
        "en": "Integrated Gradients: baseline",
        "ko": "Integrated Gradients: 기준 이미지",
    },
    "explain.explainpages.explain.baseline_help": {
        "en": "The image Integrated Gradients starts from: 'nothing there'. Black suits white-on-black digits but "
              "gives black pixels no credit at all; grey and the blurred image are other ideas of 'nothing'. The "
              "answer depends on this choice: try them.",
        "ko": "Integrated Gradients가 출발하는 '아무것도 없는' 이미지입니다. 검은 바탕에 흰 숫자에는 검정이 "
              "어울리지만 검은 픽셀은 몫을 전혀 받지 못합니다. 회색이나 흐리게 한 이미지는 '없음'을 다르게 정한 "
              "것입니다. 답이 이 선택에 따라 달라지니 바꿔 보세요.",
    },
    "explain.explainpages.explain.steps": {"en": "Integrated Gradients: steps",
                                           "ko": "Integrated Gradients: 단계 (steps)"},
    "explain.explainpages.explain.steps_help": {
        "en": "Points on the straight path from the baseline to the image where the gradient is taken. More steps: "
              "the attributions add up more exactly to the score difference (the completeness check below says how "
              "close).",
        "ko": "기준 이미지에서 이미지까지 곧은 경로 위에서 기울기를 구하는 점의 수입니다. 많을수록 기여도의 합이 "
              "점수 차이와 더 정확히 같아집니다 (아래 완전성 검사가 얼마나 가까운지 알려 줍니다).",
    },
    "explain.explainpages.explain.window": {"en": "Occlusion: window (1–{side} px)",
                                            "ko": "가리기: 창 크기 (1–{side} 픽셀)"},
    "explain.explainpages.explain.window_help": {
        "en": "The side of the square patch covered at each position. Small windows find small details but a network "
              "rarely changes its mind over a few pixels; large ones find whole parts but blur the map.",
        "ko": "위치마다 가리는 정사각형 조각의 한 변입니다. 창이 작으면 작은 부분을 찾지만 몇 픽셀로는 네트워크가 "
              "답을 잘 바꾸지 않고, 크면 큰 부분을 찾지만 맵이 흐려집니다.",
    },
    "explain.explainpages.explain.stride": {"en": "Occlusion: stride (px)", "ko": "가리기: 스트라이드 (px)"},
    "explain.explainpages.explain.stride_help": {
        "en": "How far the window moves between two positions (at most the window, so every pixel is covered). "
              "Stride 1 tries every position: the finest map and the most images to run.",
        "ko": "창이 한 번에 움직이는 픽셀 수입니다 (모든 픽셀이 가려지도록 창 크기 이하). 스트라이드 1은 모든 위치를 "
              "시도합니다. 맵이 가장 촘촘하지만 네트워크에 넣을 이미지도 가장 많습니다.",
    },
    "explain.explainpages.explain.fill": {"en": "Occlusion: cover with", "ko": "가리기: 덮는 색"},
    "explain.explainpages.explain.fill_help": {
        "en": "What the window is filled with. Black is 'nothing' for MNIST-like images; the image's mean or grey "
              "suit photos. A fill that looks like a feature to the network makes the map lie.",
        "ko": "창을 무엇으로 채울지 정합니다. MNIST 같은 이미지에는 검정이 '없음'이고, 사진에는 이미지 평균이나 "
              "회색이 어울립니다. 채운 색이 네트워크에게 특징처럼 보이면 맵이 틀린 말을 합니다.",
    },
    "explain.explainpages.explain.fill_black": {"en": "black (0)", "ko": "검정 (0)"},
    "explain.explainpages.explain.fill_grey": {"en": "grey (0.5)", "ko": "회색 (0.5)"},
    "explain.explainpages.explain.fill_mean": {"en": "the image's mean", "ko": "이미지 평균"},
    "explain.explainpages.explain.computing": {
        "en": "Computing {method} ({done} of {total} maps done)…",
        "ko": "{method} 계산 중 ({total}개 중 {done}개 완료)…",
    },
    "explain.explainpages.explain.row_heading": {
        "en": "Which pixels speak for {label}",
        "ko": "어느 픽셀이 {label}의 근거일까",
    },
    "explain.explainpages.explain.scale": {
        "en": "One colour scale for all maps: each map is divided by its own 99th percentile, so 1 is one of its "
              "strongest pixels. Red speaks for the class, blue (signed maps only) against it, white is 0. The "
              "methods measure different things in different units: compare where they point, not how high the "
              "numbers are (hover shows the raw value).",
        "ko": "모든 맵이 같은 색 눈금을 씁니다. 각 맵을 자기 99번째 백분위수로 나누었으므로 1은 그 맵에서 가장 강한 "
              "픽셀 중 하나입니다. 빨강은 이 클래스를 지지하고, 파랑은 (부호가 있는 맵에서만) 반대하며, 흰색은 "
              "0입니다. 방법마다 재는 것과 단위가 다르니 값의 크기가 아니라 가리키는 곳을 비교하세요 (마우스를 "
              "올리면 원래 값이 보입니다).",
    },
    "explain.explainpages.explain.no_conv": {
        "en": "Grad-CAM needs a Conv2D layer and this network has none, so it is left out.",
        "ko": "Grad-CAM에는 합성곱 층 (Conv2D)이 필요한데 이 네트워크에는 없어서 빠졌습니다.",
    },
    "explain.explainpages.explain.cam_empty": {
        "en": "Grad-CAM is empty: no place in {layer} raised the score of {label} (every weighted map sum was "
              "negative, and Grad-CAM keeps only the positive part).",
        "ko": "Grad-CAM이 비었습니다: {layer}의 어느 위치도 {label}의 점수를 올리지 않았습니다 (가중합이 모두 "
              "음수였고, Grad-CAM은 양수 부분만 남깁니다).",
    },
    "explain.explainpages.explain.occlusion_line": {
        "en": "Occlusion ran {count} covered copies ({window}×{window} window, stride {stride}). Covering the window "
              "at x {x}, y {y} hurt most: the score fell by {drop:.3g} (from {score:.3g}).",
        "ko": "가리기는 가린 복사본 {count}장을 네트워크에 넣었습니다 ({window}×{window} 창, 스트라이드 {stride}). x "
              "{x}, y {y}의 창을 가렸을 때 가장 크게 떨어졌습니다: 점수가 {score:.3g}에서 {drop:.3g}만큼 "
              "내려갔습니다.",
    },
    "explain.explainpages.explain.ig_heading": {
        "en": "Integrated Gradients: baseline and completeness",
        "ko": "Integrated Gradients: 기준 이미지와 완전성",
    },
    "explain.explainpages.explain.ig_caption": {
        "en": "Integrated Gradients walks from the baseline to the image and adds up the gradient on the way: each "
              "pixel's share of the score difference. Completeness: all the shares together must equal score(image) "
              "− score(baseline); a bigger gap means too few steps.",
        "ko": "Integrated Gradients는 기준 이미지에서 이미지까지 걸어가며 기울기를 모읍니다. 결과는 점수 차이에서 각 "
              "픽셀이 차지하는 몫입니다. 완전성: 몫을 모두 더하면 점수(이미지) − 점수(기준)과 같아야 합니다. 차이가 "
              "크면 단계가 모자란 것입니다.",
    },

    # ---- What filters look for
    "explain.explainpages.filters.title": {"en": "What filters look for", "ko": "필터가 찾는 패턴"},
    "explain.explainpages.filters.intro": {
        "en": "Start from a grey image and change it, step by step, in the direction that makes one filter fire more "
              "(gradient ascent). What comes out is the pattern the filter looks for: edges and stripes in the first "
              "conv layer, textures and parts of objects deeper in.",
        "ko": "회색 이미지에서 시작해서 필터 하나가 더 강하게 반응하는 방향으로 조금씩 바꿉니다 (경사 상승법). "
              "그렇게 나온 이미지가 그 필터가 찾는 패턴입니다. 첫 합성곱 층은 모서리와 줄무늬, 깊은 층은 질감과 "
              "물체의 부분을 찾습니다.",
    },
    "explain.explainpages.filters.filters_heading": {"en": "Filters of a conv layer", "ko": "합성곱 층의 필터"},
    "explain.explainpages.filters.no_conv": {
        "en": "This network has no Conv2D layer, so it has no filters to draw; the class patterns below still work.",
        "ko": "이 네트워크에는 합성곱 층 (Conv2D)이 없어서 그릴 필터가 없습니다. 아래 클래스 패턴은 볼 수 있습니다.",
    },
    "explain.explainpages.filters.layer_help": {
        "en": "The first conv layer sees pixels directly: its filters are edge, stripe and colour detectors. Each "
              "later layer combines the maps before it and sees a larger part of the image (its receptive field), so "
              "its patterns become textures and parts.",
        "ko": "첫 합성곱 층은 픽셀을 바로 봅니다. 그래서 필터가 모서리, 줄무늬, 색을 찾습니다. 뒤쪽 층은 앞 층의 "
              "특성 맵을 조합하고 이미지의 더 넓은 부분 (수용 영역)을 보므로 패턴이 질감이나 부분이 됩니다.",
    },
    "explain.explainpages.filters.steps": {"en": "Ascent steps", "ko": "상승 단계 수"},
    "explain.explainpages.filters.steps_help": {
        "en": "How many small changes the image gets. More steps: stronger, clearer patterns, and a longer wait (all "
              "the layer's filters climb together in one batch).",
        "ko": "이미지를 조금씩 바꾸는 횟수입니다. 많을수록 패턴이 강하고 뚜렷해지지만 더 오래 걸립니다 (층의 모든 "
              "필터가 한 배치로 함께 올라갑니다).",
    },
    "explain.explainpages.filters.jitter": {"en": "Jitter", "ko": "흔들기 (jitter)"},
    "explain.explainpages.filters.jitter_px": {"en": "Jitter: up to (px)", "ko": "흔들기: 최대 (픽셀)"},
    "explain.explainpages.filters.jitter_help": {
        "en": "Before each step, shift the image by a few random pixels. No pattern can rely on exact pixel "
              "positions any more, which removes the fine checkerboard noise. Switch it off to see that noise.",
        "ko": "매 단계 전에 이미지를 무작위로 몇 픽셀 옮깁니다. 패턴이 정확한 픽셀 위치에 기댈 수 없게 되어 자잘한 "
              "체크무늬 잡음이 사라집니다. 꺼 보면 그 잡음이 보입니다.",
    },
    "explain.explainpages.filters.blur": {"en": "Blur", "ko": "흐리기 (blur)"},
    "explain.explainpages.filters.blur_sigma": {"en": "Blur: σ (px)", "ko": "흐리기: σ (픽셀)"},
    "explain.explainpages.filters.blur_help": {
        "en": "Smooth each step's change with a Gaussian of σ pixels: the pattern grows in smooth, larger strokes "
              "instead of single pixels. Too much blur washes out fine edges.",
        "ko": "매 단계의 변화를 σ 픽셀의 가우시안으로 부드럽게 합니다. 패턴이 픽셀 하나하나가 아니라 부드럽고 굵은 "
              "획으로 자랍니다. 너무 세면 가는 모서리가 지워집니다.",
    },
    "explain.explainpages.filters.decay": {"en": "Decay", "ko": "감쇠 (decay)"},
    "explain.explainpages.filters.decay_rate": {"en": "Decay: per step", "ko": "감쇠: 단계마다"},
    "explain.explainpages.filters.decay_help": {
        "en": "Pull every pixel a little back toward grey after each step (like weight decay for the image). Pixels "
              "the filter does not care about fade to grey, so only what matters stays.",
        "ko": "매 단계 뒤에 모든 픽셀을 회색 쪽으로 조금 당깁니다 (이미지에 거는 가중치 감쇠). 필터가 신경 쓰지 않는 "
              "픽셀은 회색으로 돌아가고 중요한 부분만 남습니다.",
    },
    "explain.explainpages.filters.clip": {"en": "Keep pixels in 0–1", "ko": "픽셀을 0–1로 유지"},
    "explain.explainpages.filters.clip_help": {
        "en": "Keep every pixel between black and white, the range real images have. Off, the ascent may use any "
              "value and the picture is rescaled to show it.",
        "ko": "모든 픽셀을 실제 이미지처럼 검정과 흰색 사이로 유지합니다. 끄면 어떤 값이든 쓸 수 있고, 보여 줄 때 "
              "범위를 다시 맞춥니다.",
    },
    "explain.explainpages.filters.computing": {
        "en": "Gradient ascent for {what}: {done:,} of {total:,} filter steps…",
        "ko": "{what} 경사 상승 중: 필터 단계 {total:,}개 중 {done:,}개…",
    },
    "explain.explainpages.filters.grid_title": {
        "en": "What the {count} filters of {layer} look for",
        "ko": "{layer}의 필터 {count}개가 찾는 패턴",
    },
    "explain.explainpages.filters.outcome": {
        "en": "{count} patterns after {steps} steps{where}; median rise of the objective {gain:+.3g}.",
        "ko": "{steps}단계 뒤의 패턴 {count}개{where}; 목표값이 오른 정도의 중앙값 {gain:+.3g}.",
    },
    "explain.explainpages.filters.from_cache": {"en": " (kept with the run)", "ko": " (실행 폴더에 저장된 결과)"},
    "explain.explainpages.filters.computed": {"en": ", computed in {seconds:.1f} s",
                                              "ko": ", {seconds:.1f}초 동안 계산"},
    "explain.explainpages.filters.sees": {
        "en": "Each unit of this layer has a {rf}: the pattern repeats in windows of that size.",
        "ko": "이 층 유닛 하나의 {rf}입니다. 패턴이 그 크기의 창마다 되풀이됩니다.",
    },
    "explain.explainpages.filters.read_first": {
        "en": "Read it like the kernels: a bright stripe beside a dark one is an edge detector at that angle; a "
              "plain bright or dark tile is a brightness detector.",
        "ko": "커널처럼 읽으면 됩니다: 밝은 줄 옆에 어두운 줄이 있으면 그 방향의 모서리를 찾는 필터이고, 고르게 "
              "밝거나 어두우면 밝기를 찾는 필터입니다.",
    },
    "explain.explainpages.filters.read_deeper": {
        "en": "Conv layer {position} combines the patterns of the layers before it: look for repeated textures, "
              "curves and corners rather than single edges.",
        "ko": "{position}번째 합성곱 층은 앞 층의 패턴을 조합합니다: 모서리 하나보다 되풀이되는 질감, 곡선, 꼭짓점을 "
              "찾아보세요.",
    },
    "explain.explainpages.filters.classes_heading": {"en": "Class patterns", "ko": "클래스 패턴"},
    "explain.explainpages.filters.classes_intro": {
        "en": "The same ascent on each class score (before softmax) instead of a filter, {steps} steps with pixels "
              "kept in 0–1: the input the network finds most like each class. It rarely looks like a real example: "
              "the network only learned what tells the classes apart.",
        "ko": "필터 대신 각 클래스 점수 (소프트맥스 전)에 같은 경사 상승을 {steps}단계 적용했습니다 (픽셀은 0–1 "
              "유지). 네트워크가 그 클래스답다고 가장 강하게 느끼는 입력입니다. 실제 예시처럼 보이는 일은 드뭅니다: "
              "네트워크는 클래스를 구별하는 데 필요한 것만 배웠기 때문입니다.",
    },
    "explain.explainpages.filters.classes_what": {"en": "the class scores", "ko": "클래스 점수"},
    "explain.explainpages.filters.classes_title": {
        "en": "The input each class score likes best",
        "ko": "각 클래스 점수를 가장 높이는 입력",
    },

    # ---- Fool the network
    "explain.explainpages.adv.title": {"en": "Fool the network", "ko": "네트워크 속이기"},
    "explain.explainpages.adv.intro": {
        "en": "Change every pixel by at most ε, in the direction that hurts the network most (the sign of the loss "
              "gradient): a change you can barely see can flip a confident answer. These are adversarial examples.",
        "ko": "모든 픽셀을 많아야 ε만큼, 네트워크에 가장 해로운 방향 (손실 기울기의 부호)으로 바꿉니다. 눈으로는 "
              "거의 안 보이는 변화로도 자신 있던 답이 뒤집힐 수 있습니다. 이것이 적대적 예제입니다.",
    },
    "explain.explainpages.adv.find": {"en": "Find an easy one to fool", "ko": "쉽게 속는 이미지 찾기"},
    "explain.explainpages.adv.find_help": {
        "en": "Searches the first {n} test images for one the network gets right with at least 90 % confidence that "
              "FGSM flips at the smallest ε, and opens it.",
        "ko": "첫 테스트 이미지 {n}장에서 네트워크가 90 % 이상 확신하며 맞히지만 FGSM이 가장 작은 ε로 뒤집는 "
              "이미지를 찾아 엽니다.",
    },
    "explain.explainpages.adv.searching": {
        "en": "Attacking the confident test images: ε {done} of {total}…",
        "ko": "확신하는 테스트 이미지를 공격하는 중: ε {total}개 중 {done}개…",
    },
    "explain.explainpages.adv.attacking": {"en": "Attacking the image…", "ko": "이미지를 공격하는 중…"},
    "explain.explainpages.adv.searching_epsilon": {
        "en": "Trying {count} values of ε at once to find the smallest that flips it…",
        "ko": "뒤집히는 가장 작은 ε를 찾으려고 ε {count}개를 한꺼번에 시도하는 중…",
    },
    "explain.explainpages.adv.found": {
        "en": "Found test image #{index} ({label}, {p:.1%} sure): FGSM flips it at ε = {epsilon:.3f}. Of the first "
              "{n} test images, {count} of those the network gets right and is at least 90% sure of flip at "
              "ε ≤ 0.1 (the curve below counts every image, so it loses more).",
        "ko": "테스트 이미지 #{index} ({label}, {p:.1%} 확신): FGSM이 ε = {epsilon:.3f}에서 뒤집습니다. 첫 {n}장 중 "
              "네트워크가 맞히고 90% 이상 확신하는 이미지 가운데 {count}장이 ε ≤ 0.1에서 뒤집힙니다 (아래 곡선은 "
              "모든 이미지를 세므로 더 많이 잃습니다).",
    },
    "explain.explainpages.adv.found_none": {
        "en": "None of the confident images among the first {n} test images flips at ε ≤ 0.1.",
        "ko": "첫 테스트 이미지 {n}장 중 확신하는 이미지는 ε ≤ 0.1에서 하나도 뒤집히지 않았습니다.",
    },
    "explain.explainpages.adv.method": {"en": "Attack", "ko": "공격 방법"},
    "explain.explainpages.adv.method_help": {
        "en": "FGSM takes ONE step of size ε along the sign of the gradient. Iterated FGSM takes several smaller "
              "steps, each time recomputing the gradient and staying within ±ε of the original: it finds flips at "
              "smaller ε, at the cost of more computation.",
        "ko": "FGSM은 기울기 부호 방향으로 크기 ε인 걸음을 한 번만 걷습니다. 반복 FGSM은 더 작은 걸음을 여러 번 "
              "걸으며 매번 기울기를 다시 구하고 원본에서 ±ε 안에 머뭅니다. 계산은 더 들지만 더 작은 ε로도 뒤집습니다.",
    },
    "explain.explainpages.adv.epsilon": {"en": "ε (largest change per pixel)", "ko": "ε (픽셀마다 최대 변화량)"},
    "explain.explainpages.adv.epsilon_help": {
        "en": "Pixels run from 0 (black) to 1 (white); ε = 0.01 lets each pixel move by 1 % of that range, about 2.5 "
              "of the 255 grey levels. Start small and raise it until the prediction flips.",
        "ko": "픽셀 값은 0 (검정)부터 1 (흰색)까지입니다. ε = 0.01이면 각 픽셀이 그 범위의 1 %, 255단계 중 약 "
              "2.5단계만큼 움직일 수 있습니다. 작게 시작해서 예측이 뒤집힐 때까지 올려 보세요.",
    },
    "explain.explainpages.adv.steps": {"en": "Steps", "ko": "단계 (steps)"},
    "explain.explainpages.adv.steps_help": {
        "en": "How many small steps iterated FGSM takes (each of size 2.5·ε / steps, kept within ±ε).",
        "ko": "반복 FGSM이 걷는 작은 걸음의 수입니다 (걸음마다 크기 2.5·ε / steps, ±ε 안으로 유지).",
    },
    "explain.explainpages.adv.target_true": {
        "en": "The attack raises the loss of the true class, {label}.",
        "ko": "공격은 정답 클래스 {label}의 손실을 키웁니다.",
    },
    "explain.explainpages.adv.target_pred": {
        "en": "There is no true class for this image, so the attack raises the loss of the predicted class, {label}.",
        "ko": "이 이미지에는 정답이 없어서 예측한 클래스 {label}의 손실을 키웁니다.",
    },
    "explain.explainpages.adv.change": {
        "en": "each pixel moved by at most {epsilon:.3f} (≈ {levels:.1f} of 255 grey levels)",
        "ko": "각 픽셀이 많아야 {epsilon:.3f} (255단계 중 약 {levels:.1f}단계) 움직였습니다",
    },
    "explain.explainpages.adv.zero": {
        "en": "ε is 0: nothing changes. Move the slider to attack.",
        "ko": "ε가 0이라 아무것도 바뀌지 않습니다. 슬라이더를 움직여 공격해 보세요.",
    },
    "explain.explainpages.adv.flipped": {
        "en": "**Flipped.** {before} ({p:.1%}) became {after} ({q:.1%}): {change}.",
        "ko": "**뒤집혔습니다.** {before} ({p:.1%})이(가) {after} ({q:.1%})이(가) 되었습니다: {change}.",
    },
    "explain.explainpages.adv.held": {
        "en": "**Not fooled yet.** Still {before}: {p:.1%} before, {q:.1%} after; {change}.",
        "ko": "**아직 속지 않았습니다.** 여전히 {before}: 공격 전 {p:.1%}, 공격 후 {q:.1%}; {change}.",
    },
    "explain.explainpages.adv.already_wrong": {
        "en": "The network already got this image wrong before the attack (the true class is {true}).",
        "ko": "이 이미지는 공격 전부터 이미 틀렸습니다 (정답 클래스는 {true}).",
    },
    "explain.explainpages.adv.smallest": {
        "en": "**Smallest ε that flips it:** {epsilon:.3f} (≈ {levels:.1f} grey levels; tried {low:.3f} to "
              "{high:.3f} in steps of {step:.3f})",
        "ko": "**뒤집히는 가장 작은 ε:** {epsilon:.3f} (약 {levels:.1f}단계; {low:.3f}부터 {high:.3f}까지 {step:.3f} "
              "간격으로 시도)",
    },
    "explain.explainpages.adv.never": {
        "en": "**No ε up to {high:.2f} flips it** with this attack: try iterated FGSM.",
        "ko": "**이 공격으로는 ε {high:.2f}까지 뒤집히지 않습니다.** 반복 FGSM을 써 보세요.",
    },
    "explain.explainpages.adv.use": {"en": "Use ε = {epsilon:.3f}", "ko": "ε = {epsilon:.3f} 쓰기"},
    "explain.explainpages.adv.use_help": {
        "en": "Set the slider to the smallest ε that flips the prediction.",
        "ko": "슬라이더를 예측이 뒤집히는 가장 작은 ε로 맞춥니다.",
    },
    "explain.explainpages.adv.curve_heading": {"en": "Accuracy under attack", "ko": "공격받을 때의 정확도"},
    "explain.explainpages.adv.no_test_set": {
        "en": "This model came without its test set, so there is no accuracy curve.",
        "ko": "이 모델에는 테스트 세트가 없어서 정확도 곡선을 그릴 수 없습니다.",
    },
    "explain.explainpages.adv.curve_button": {
        "en": "Attack {n} test images: {method}",
        "ko": "테스트 이미지 {n}장 공격: {method}",
    },
    "explain.explainpages.adv.curve_help": {
        "en": "Attacks the first 500 test images at ten values of ε from 0 to 0.3 and measures the accuracy at each. "
              "Iterated FGSM does many times the work of FGSM: on a big network it takes a while.",
        "ko": "첫 테스트 이미지 500장을 ε 0부터 0.3까지 열 가지 값으로 공격하고 각각의 정확도를 잽니다. 반복 FGSM은 "
              "FGSM의 몇 배를 계산하므로 큰 네트워크에서는 시간이 걸립니다.",
    },
    "explain.explainpages.adv.curve_progress": {
        "en": "Attacking test images: {done:,} of {total:,}…",
        "ko": "테스트 이미지 공격 중: {total:,}장 중 {done:,}장…",
    },
    "explain.explainpages.adv.curve_hint": {
        "en": "How fast does the accuracy fall as ε grows? Press the button to measure it.",
        "ko": "ε가 커지면 정확도가 얼마나 빨리 떨어질까요? 버튼을 눌러 재 보세요.",
    },
    "explain.explainpages.adv.curve_line": {
        "en": "{method}: {clean:.1%} on clean images, {last:.1%} at ε = {eps:.2f}{half}.",
        "ko": "{method}: 원본 이미지에서 {clean:.1%}, ε = {eps:.2f}에서 {last:.1%}{half}.",
    },
    "explain.explainpages.adv.half": {
        "en": "; half the clean accuracy is lost by ε = {epsilon:.3f}",
        "ko": "; ε = {epsilon:.3f}에서 원래 정확도의 절반을 잃습니다",
    },
    "explain.explainpages.adv.no_data": {
        "en": "Cannot load this run's test images: {reason}",
        "ko": "이 실행의 테스트 이미지를 불러올 수 없습니다: {reason}",
    },
    "explain.explainpages.adv.empty_test": {
        "en": "This run's test set is empty.",
        "ko": "이 실행의 테스트 세트가 비어 있습니다.",
    },
}
