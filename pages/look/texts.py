"""Texts only Feature maps, Kernels, Confusion matrix and My models say, in English and Korean.

Registered with the one catalog (cnnviz.i18n.add_texts) by pages.common.texts.register when
pages.common is imported."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # ---- from the former cnnviz/texts/explainpages.py
    # ---- Confusion page: the Explain button
    "look.explainpages.confusion.explain": {"en": "Why?", "ko": "왜?"},
    "look.explainpages.confusion.explain_help": {
        "en": "Open image #{index} on the Why this answer page: five attribution maps side by side.",
        "ko": "이미지 #{index}을(를) '왜 이렇게 답했을까' 페이지에서 엽니다: 기여도 맵 다섯 개를 나란히 봅니다.",
    },
    "look.explainpages.confusion.hint": {
        "en": "**Why?** opens the image on the Why this answer page: which pixels made the network say what it said, "
              "five ways.",
        "ko": "**왜?** 버튼을 누르면 '왜 이렇게 답했을까' 페이지에서 이미지를 엽니다: 어느 픽셀 때문에 그렇게 답했는지 "
              "다섯 가지 방법으로 봅니다.",
    },
    "look.explainpages.internals.kernels_heading": {
        "en": "Kernels during training (replay)",
        "ko": "학습 중의 커널 (다시 보기)",
    },
    "look.explainpages.internals.first_layer_only": {
        "en": "The training snapshots keep the first conv layer only ({layer}).",
        "ko": "학습 스냅숏에는 첫 합성곱 층 ({layer})만 저장됩니다.",
    },
    "look.explainpages.internals.fm_expander": {
        "en": "Feature maps during training (replay)",
        "ko": "학습 중의 특성 맵 (다시 보기)",
    },
    "look.explainpages.rf.heading": {"en": "What one unit sees", "ko": "유닛 하나가 보는 곳"},
    "look.explainpages.rf.intro": {
        "en": "Click a unit of a feature map (or type its row and column): the part of the input it sees, its "
              "receptive field, is outlined on the image. Deeper layers see larger parts.",
        "ko": "특성 맵의 유닛 하나를 클릭하세요 (행과 열을 입력해도 됩니다). 그 유닛이 보는 입력의 범위, 곧 수용 "
              "영역이 이미지에 표시됩니다. 깊은 층일수록 더 넓게 봅니다.",
    },
    "look.explainpages.rf.unavailable": {
        "en": "The receptive-field math follows one chain of layers; this network branches or has a layer it cannot "
              "place.",
        "ko": "수용 영역 계산은 층이 한 줄로 이어진 네트워크만 따라갑니다. 이 네트워크는 갈라지거나 계산할 수 없는 "
              "층이 있습니다.",
    },
    # ---- from the former cnnviz/texts/inspectpages.py
    # ---- Confusion matrix page
    "look.inspectpages.cm_intro": {
        "en": "Row = the true class, column = what the network predicted. The diagonal holds the correct answers; "
              "every other cell is one kind of mistake. Click a cell to see its images.",
        "ko": "행 = 실제 클래스, 열 = 신경망이 예측한 클래스입니다. 대각선에는 맞힌 답이 있고, 나머지 칸은 각각 한 "
              "가지 종류의 오답입니다. 칸을 클릭하면 그 칸의 이미지를 볼 수 있습니다.",
    },
    "look.inspectpages.cm_cannot_load": {
        "en": "Cannot load this run's {split} data: {reason}",
        "ko": "이 실행의 {split} 데이터를 불러올 수 없습니다: {reason}",
    },
    "look.inspectpages.cm_empty_split": {
        "en": "The {split} split of this run is empty: choose another split.",
        "ko": "이 실행의 {split}가 비어 있습니다: 다른 데이터 세트를 고르세요.",
    },
    "look.inspectpages.accuracy": {"en": "Accuracy", "ko": "정확도"},
    "look.inspectpages.accuracy_help": {
        "en": "Share of images whose most likely class is the true one.",
        "ko": "가장 확률이 높은 클래스가 실제 클래스와 같은 이미지의 비율입니다.",
    },
    "look.inspectpages.mistakes": {"en": "Mistakes", "ko": "오답"},
    "look.inspectpages.mistakes_value": {"en": "{mistakes:,} of {total:,}", "ko": "{total:,}개 중 {mistakes:,}개"},
    "look.inspectpages.macro_f1": {"en": "Macro F1", "ko": "매크로 F1 점수"},
    "look.inspectpages.macro_f1_help": {
        "en": "The F1 score averaged over classes, each class counting the same however many images it has.",
        "ko": "클래스별 F1 점수의 평균입니다. 이미지가 몇 개이든 모든 클래스를 똑같이 셉니다.",
    },
    "look.inspectpages.cm_title": {"en": "{split}: {n:,} images", "ko": "{split}: 이미지 {n:,}개"},
    "look.inspectpages.per_class": {"en": "**Per class**", "ko": "**클래스별**"},
    "look.inspectpages.precision_help": {
        "en": "Of the images predicted as this class, the share that really are.",
        "ko": "이 클래스로 예측한 이미지 중 실제로 이 클래스인 비율입니다.",
    },
    "look.inspectpages.recall_help": {
        "en": "Of the images of this class, the share the network found.",
        "ko": "이 클래스의 이미지 중 신경망이 찾아낸 비율입니다.",
    },
    "look.inspectpages.f1_help": {
        "en": "Harmonic mean of precision and recall: high only when both are.",
        "ko": "정밀도와 재현율의 조화 평균입니다: 둘 다 높을 때만 높습니다.",
    },
    "look.inspectpages.cell_heading": {"en": "Images behind a cell", "ko": "한 칸에 속한 이미지"},
    "look.inspectpages.true_class": {"en": "True class", "ko": "실제 클래스"},
    "look.inspectpages.true_class_help": {
        "en": "The row of the matrix: what the images really are.",
        "ko": "오차 행렬의 행: 이미지가 실제로 무엇인지입니다.",
    },
    "look.inspectpages.predicted_class": {"en": "Predicted class", "ko": "예측 클래스"},
    "look.inspectpages.predicted_class_help": {
        "en": "The column: what the network said. Same as the true class = the correct ones.",
        "ko": "열: 신경망이 예측한 답입니다. 실제 클래스와 같으면 = 맞힌 이미지입니다.",
    },
    "look.inspectpages.gallery_correct": {
        "en": "**{count:,}** correct images: true *{true}*, predicted *{predicted}*",
        "ko": "맞힌 이미지 **{count:,}**개: 실제 *{true}*, 예측 *{predicted}*",
    },
    "look.inspectpages.gallery_mistaken": {
        "en": "**{count:,}** mistaken images: true *{true}*, predicted *{predicted}*",
        "ko": "틀린 이미지 **{count:,}**개: 실제 *{true}*, 예측 *{predicted}*",
    },
    "look.inspectpages.gallery_most_confident": {
        "en": "(showing the {k} most confident)",
        "ko": "(가장 확신한 {k}개만 표시)",
    },
    "look.inspectpages.gallery_caption_correct": {
        "en": "Above each image: its index in the {split} split, then P({predicted}).",
        "ko": "각 이미지 위: {split}에서의 번호, 그리고 P({predicted}).",
    },
    "look.inspectpages.gallery_caption_mistaken": {
        "en": "Above each image: its index in the {split} split, then P({predicted}) · P({true}).",
        "ko": "각 이미지 위: {split}에서의 번호, 그리고 P({predicted}) · P({true}).",
    },
    "look.inspectpages.open_hint": {
        "en": "Open an image on the Feature maps page (with Grad-CAM):",
        "ko": "이미지를 특성 맵 페이지에서 열기 (Grad-CAM과 함께):",
    },
    "look.inspectpages.open_help": {
        "en": "Open this image on the Feature maps page (with Grad-CAM).",
        "ko": "이 이미지를 특성 맵 페이지에서 엽니다 (Grad-CAM과 함께).",
    },
    # ---- Feature maps page
    "look.inspectpages.fm_intro": {
        "en": "Feed one image through a trained network and see what every convolution and pooling layer makes of "
              "it: each small picture is one channel (one filter's response), bright where the filter found its "
              "pattern.",
        "ko": "훈련된 신경망에 이미지 하나를 넣고 모든 합성곱 층과 풀링 층이 그 이미지를 어떻게 바꾸는지 봅니다: 작은 "
              "그림 하나가 채널 하나 (필터 하나의 응답)이고, 필터가 자기 패턴을 찾은 곳이 밝습니다.",
    },
    "look.inspectpages.correct": {"en": ":green[correct]", "ko": ":green[정답]"},
    "look.inspectpages.wrong": {"en": ":red[wrong]", "ko": ":red[오답]"},
    "look.inspectpages.top_k": {"en": "Top {k} predictions", "ko": "상위 {k}개 예측"},
    "look.inspectpages.predicted": {
        "en": "Predicted **{name}** ({probability}){verdict}",
        "ko": "예측: **{name}** ({probability}){verdict}",
    },
    "look.inspectpages.cam_no_conv": {
        "en": "Grad-CAM needs a Conv2D layer; this network has none.",
        "ko": "Grad-CAM에는 합성곱 층 (Conv2D)이 필요한데 이 신경망에는 없습니다.",
    },
    "look.inspectpages.cam_class": {"en": "Grad-CAM for class", "ko": "Grad-CAM을 볼 클래스"},
    "look.inspectpages.cam_class_help": {
        "en": "Grad-CAM asks: which places of the last conv layer's maps raised this class's score? It weights each "
              "map by the average gradient of the score and keeps the positive part, then scales it up to the image. "
              "Red = strongest evidence for the class.",
        "ko": "Grad-CAM은 이렇게 묻습니다: 마지막 합성곱 층의 특성 맵에서 어느 곳이 이 클래스의 점수를 올렸을까? "
              "각 맵에 점수의 평균 그레이디언트를 가중치로 곱해 더하고 양수 부분만 남긴 뒤, 이미지 크기로 키웁니다. "
              "빨강 = 이 클래스라는 가장 강한 근거입니다.",
    },
    "look.inspectpages.cam_layer_help": {
        "en": "The last conv layer sees the largest patterns with the most meaning; earlier layers give sharper but "
              "more edge-like maps.",
        "ko": "마지막 합성곱 층은 가장 크고 의미 있는 패턴을 봅니다. 앞쪽 층은 더 선명하지만 윤곽선 같은 맵을 "
              "줍니다.",
    },
    "look.inspectpages.cam_title": {"en": "Grad-CAM: {name}", "ko": "Grad-CAM: {name}"},
    "look.inspectpages.cam_empty": {
        "en": "No place in {layer} raised the score of {name}: every weighted map sum was negative, so the positive "
              "part is empty. Try the predicted class or another layer.",
        "ko": "{layer}에서 {name}의 점수를 올린 곳이 없습니다: 가중합이 모든 곳에서 음수여서 양수 부분이 "
              "비어 있습니다. 예측 클래스나 다른 층을 골라 보세요.",
    },
    "look.inspectpages.inside": {"en": "Inside the network", "ko": "신경망 내부"},
    "look.inspectpages.all_layers": {"en": "All conv and pooling layers", "ko": "모든 합성곱 층과 풀링 층"},
    "look.inspectpages.layer_help": {
        "en": "Conv layers apply their filters (one output channel per filter); pooling layers shrink each map, "
              "keeping the strongest (max) or average response of each window. Flat layers (Flatten, Dense) are "
              "shown as bars, one per unit.",
        "ko": "합성곱 층은 필터를 적용합니다 (필터 하나당 출력 채널 하나). 풀링 층은 각 맵을 줄이면서 창마다 가장 "
              "강한 응답 (최대 풀링, max) 또는 평균 응답을 남깁니다. 1차원 층 (Flatten, Dense)은 뉴런마다 막대 하나로 "
              "보여 줍니다.",
    },
    "look.inspectpages.same_scale": {"en": "Same colour scale for all maps", "ko": "모든 맵에 같은 색 범위 쓰기"},
    "look.inspectpages.same_scale_help": {
        "en": "On: one colour scale per layer, so you can compare how strongly channels fire (dim maps barely "
              "responded). Off: each map is stretched to its own range, which shows the pattern even in weak "
              "channels.",
        "ko": "켜면: 층마다 색 범위가 하나여서 채널들이 얼마나 강하게 반응했는지 비교할 수 있습니다 (어두운 맵은 거의 "
              "반응하지 않은 것입니다). 끄면: 맵마다 자기 범위로 늘려서 약한 채널의 패턴도 보입니다.",
    },
    "look.inspectpages.no_feature_layers": {
        "en": "This network has no conv or pooling layers; pick a single layer instead.",
        "ko": "이 신경망에는 합성곱 층도 풀링 층도 없습니다. 대신 층 하나를 고르세요.",
    },
    "look.inspectpages.map_title": {"en": "{layer} ({kind}): output {shape}", "ko": "{layer} ({kind}): 출력 {shape}"},
    # ---- Kernels page
    "look.inspectpages.k_intro": {
        "en": "Each Conv2D layer learns a stack of small kernels (filters). Blue weights subtract, red weights add: "
              "a kernel with a red stripe beside a blue stripe is an edge detector. Training starts from random "
              "Glorot-uniform values; compare the two sides to see what training changed.",
        "ko": "합성곱 층 (Conv2D)마다 작은 커널 (필터) 여러 개를 학습합니다. 파란 가중치는 빼고 빨간 가중치는 "
              "더합니다: 빨간 줄 옆에 파란 줄이 있는 커널은 윤곽선 검출기입니다. 훈련은 무작위 Glorot 균등 분포 "
              "(glorot_uniform) 값에서 시작합니다. 양쪽을 비교해 훈련이 무엇을 바꿨는지 보세요.",
    },
    "look.inspectpages.k_no_conv": {
        "en": "This network has no Conv2D layer, so it has no kernels to show.",
        "ko": "이 신경망에는 합성곱 층 (Conv2D)이 없어서 보여 줄 커널이 없습니다.",
    },
    "look.inspectpages.k_layer_help": {
        "en": "Conv layers in order. The first sees pixels, so its kernels look like edge and blob detectors; later "
              "ones combine the earlier maps and are hard to read as pictures.",
        "ko": "합성곱 층을 순서대로 보여 줍니다. 첫 층은 픽셀을 보므로 커널이 윤곽선이나 얼룩 검출기처럼 "
              "보입니다. 뒤쪽 층은 앞 층의 특성 맵을 조합하므로 그림으로 읽기 어렵습니다.",
    },
    "look.inspectpages.k_channel": {"en": "Input channel (of {channels})", "ko": "입력 채널 (전체 {channels}개)"},
    "look.inspectpages.k_rgb": {"en": "RGB composite", "ko": "RGB 합성"},
    "look.inspectpages.k_channel_help": {
        "en": "A kernel of this layer is {height}×{width}×{channels}: one {height}×{width} slice per input channel, "
              "summed. You see one slice per filter at a time. For a colour first layer, 'RGB composite' shows the "
              "three slices as one small colour picture: the colour each filter responds to most.",
        "ko": "이 층의 커널은 {height}×{width}×{channels}입니다: 입력 채널마다 {height}×{width} 조각이 하나씩 있고, "
              "그 결과를 더합니다. 한 번에 필터마다 조각 하나를 봅니다. 컬러 이미지를 받는 첫 층이면 'RGB 합성'이 "
              "세 조각을 작은 컬러 그림 하나로 보여 줍니다: 각 필터가 가장 강하게 반응하는 색입니다.",
    },
    "look.inspectpages.k_initial_exact": {
        "en": "The exact weights this run started from (saved by the training job before the first step).",
        "ko": "이 실행이 시작할 때의 바로 그 가중치입니다 (훈련 작업이 첫 단계 전에 저장했습니다).",
    },
    "look.inspectpages.k_initial_fresh": {
        "en": "This run did not save its starting weights, so this is a fresh initialisation of the same layer with "
              "the same Glorot-uniform initialiser (seed 0): the same kind of random start, not the exact numbers.",
        "ko": "이 실행은 시작 가중치를 저장하지 않았습니다. 그래서 같은 층을 같은 Glorot 균등 분포 초기화 "
              "(glorot_uniform, seed 0)로 새로 초기화한 것입니다: 같은 종류의 무작위 시작이지만 숫자는 다릅니다.",
    },
    "look.inspectpages.k_trained_title": {
        "en": "Trained: {layer}, {filters} filters of {height}×{width}",
        "ko": "훈련 후: {layer}, {height}×{width} 필터 {filters}개",
    },
    "look.inspectpages.k_initial_title": {"en": "Initial: {layer}", "ko": "초깃값: {layer}"},
    "look.inspectpages.k_dead": {
        "en": "{dead} of {filters} filters are dead (red boxes): their ReLU output was 0 everywhere on {n} test "
              "images, so they never fire and get no gradient to recover: filters {which}.",
        "ko": "필터 {filters}개 중 {dead}개가 죽었습니다 (빨간 상자): 테스트 이미지 {n}개 어디에서나 ReLU 출력이 "
              "0이었습니다. 그래서 전혀 활성화되지 않고, 회복할 그레이디언트도 받지 못합니다: 필터 {which}.",
    },
    "look.inspectpages.k_no_dead": {
        "en": "No dead filters: every filter fired somewhere on {n} test images.",
        "ko": "죽은 필터가 없습니다: 모든 필터가 테스트 이미지 {n}개 중 어딘가에서 활성화되었습니다.",
    },
    "look.inspectpages.k_hist_title": {
        "en": "{layer}: weights and biases, initial vs trained",
        "ko": "{layer}: 가중치와 편향, 초깃값 vs 훈련 후",
    },
    "look.inspectpages.k_glorot": {
        "en": "Glorot uniform draws every weight from ±sqrt(6 / (fan_in + fan_out)) with fan = kernel area × "
              "channels: here ±{limit:.4f} (dotted lines); biases start at 0.",
        "ko": "Glorot 균등 분포 (glorot_uniform)는 모든 가중치를 ±sqrt(6 / (fan_in + fan_out)) 범위에서 뽑습니다. "
              "fan = 커널 넓이 × 채널 수이고, 여기서는 ±{limit:.4f}입니다 (점선). 편향은 0에서 시작합니다.",
    },
    "look.inspectpages.k_mean_change": {
        "en": "Mean absolute change during training: {change:.4f}.",
        "ko": "훈련하는 동안 바뀐 양의 평균 (절댓값): {change:.4f}.",
    },
    # ---- from the former cnnviz/texts/ownpages.py
    "look.ownpages.col_layer": {"en": "Layer", "ko": "층"},
    "look.ownpages.col_type": {"en": "Type", "ko": "종류"},
    "look.ownpages.col_output": {"en": "Output shape", "ko": "출력 모양"},
    "look.ownpages.col_params": {"en": "Param #", "ko": "파라미터 수"},
    "look.ownpages.col_formula": {"en": "Formula", "ko": "계산식"},
    "look.ownpages.col_inbound": {"en": "Reads from", "ko": "입력 받는 층"},
    "look.ownpages.kernels_no_initial": {
        "en": "An uploaded model comes without the weights it started from, so this is a fresh initialisation of "
              "the same layer with its own initialiser (seed 0): the same kind of random start, not its numbers.",
        "ko": "올린 모델에는 학습을 시작할 때의 가중치가 없습니다. 그래서 같은 층을 그 층의 초기화 방법으로 새로 "
              "초기화한 값(seed 0)을 보여 줍니다. 같은 종류의 무작위 시작점일 뿐 실제 값은 아닙니다.",
    },
    "look.ownpages.kernels_no_dead_check": {
        "en": "Dead filters are found on a run's test images; an uploaded model has none, so they are not marked.",
        "ko": "죽은 필터는 실행 기록의 테스트 세트 이미지로 찾습니다. 올린 모델에는 테스트 세트가 없어서 표시하지 "
              "않습니다.",
    },
    "look.ownpages.confusion_needs_run": {
        "en": "A confusion matrix needs a run's test set: the images the network never learned from, with their "
              "true classes. An uploaded model comes without one. Pick a run here, or try the model on your own "
              "images on the Predict page.",
        "ko": "오차 행렬에는 실행 기록의 테스트 세트(네트워크가 학습에 쓰지 않은, 정답이 붙은 이미지)가 필요합니다. "
              "올린 모델에는 테스트 세트가 없습니다. 여기서 실행 기록을 고르거나 예측하기 페이지에서 내 이미지로 "
              "모델을 시험해 보세요.",
    },

    # My models
    "look.ownpages.models_title": {"en": "My models", "ko": "내 모델"},
    "look.ownpages.models_intro": {
        "en": "Bring a Keras model trained elsewhere (model.save(\"model.keras\") in a notebook) and look inside it: "
              "its layers here, then Feature maps, Kernels, Grad-CAM and Predict. Files up to {mb} MB; your models: "
              "{n} of {limit}.",
        "ko": "다른 곳에서 학습한 Keras 모델(노트북에서 model.save(\"model.keras\")로 저장)을 가져와 속을 "
              "들여다보세요. "
              "여기서 층을 보고, 특성 맵, 필터/커널, Grad-CAM, 예측하기에서 쓸 수 있습니다. 파일은 {mb} MB까지, "
              "내 모델: {limit}개 중 {n}개.",
    },
    "look.ownpages.models_file": {
        "en": "Keras model file (.keras, up to {mb} MB)",
        "ko": "Keras 모델 파일 (.keras, 최대 {mb} MB)",
    },
    "look.ownpages.models_file_help": {
        "en": "A .keras file. It is loaded with Keras' safe mode (safe_mode=True): a Lambda layer or any class "
              "outside Keras would run code on the server, so such a file is refused. The model must take one image "
              "(height × width × 1 or 3 channels) and output one score per class.",
        "ko": ".keras 파일입니다. Keras 안전 모드(safe_mode=True)로 불러옵니다. Lambda 층이나 Keras 밖의 클래스는 "
              "서버에서 코드를 실행하게 되므로 그런 파일은 거부합니다. 모델은 이미지 하나(높이 × 너비 × 채널 1개 또는 "
              "3개)를 받아 클래스마다 점수 하나를 내야 합니다.",
    },
    "look.ownpages.models_using": {
        "en": "Chosen: **{file}** ({size}).",
        "ko": "선택한 파일: **{file}** ({size}).",
    },
    "look.ownpages.models_name": {"en": "Model name", "ko": "모델 이름"},
    "look.ownpages.models_name_help": {
        "en": "How the model is listed here and on the look-inside pages (plain text); default: the file's name.",
        "ko": "여기와 들여다보기 페이지에서 보이는 모델 이름입니다(일반 텍스트). 비우면 파일 이름을 씁니다.",
    },
    "look.ownpages.models_classes": {"en": "Class names (optional)", "ko": "클래스 이름 (선택)"},
    "look.ownpages.models_classes_hint": {"en": "e.g. cat, dog, bird", "ko": "예: 고양이, 개, 새"},
    "look.ownpages.models_classes_help": {
        "en": "The names of the output classes, in the order of the model's output, separated by commas. Without "
              "them the classes are numbered 0, 1, 2, …",
        "ko": "모델 출력 순서대로 클래스 이름을 쉼표로 나누어 적습니다. 적지 않으면 0, 1, 2, …로 번호를 붙입니다.",
    },
    "look.ownpages.models_add": {"en": "Add model", "ko": "모델 추가"},
    "look.ownpages.models_checking": {"en": "Checking {file}…", "ko": "{file} 확인 중…"},
    "look.ownpages.models_refused": {
        "en": "Not added (your other models are unchanged): {reason}",
        "ko": "추가하지 않았습니다(다른 모델은 그대로입니다): {reason}",
    },
    "look.ownpages.models_stored": {"en": "Added the model **{name}**.", "ko": "모델 **{name}**을(를) 추가했습니다."},
    "look.ownpages.models_quota_full": {
        "en": "You have {n} models, the limit is {limit}: delete one before adding another.",
        "ko": "모델이 {n}개로 최대 {limit}개에 닿았습니다. 새로 추가하기 전에 하나를 삭제하세요.",
    },
    "look.ownpages.models_none": {
        "en": "No model uploaded yet.",
        "ko": "아직 올린 모델이 없습니다.",
    },
    "look.ownpages.models_model": {"en": "Model", "ko": "모델"},
    "look.ownpages.models_model_help": {
        "en": "One of your uploaded models (newest first).",
        "ko": "내가 올린 모델 중 하나(최신순).",
    },
    "look.ownpages.models_damaged_label": {"en": "⚠ {name} (damaged)", "ko": "⚠ {name} (손상됨)"},
    "look.ownpages.models_facts": {
        "en": "From {file} ({size}) · input {shape} · {n} classes: {names}",
        "ko": "{file}에서 ({size}) · 입력 {shape} · 클래스 {n}개: {names}",
    },
    "look.ownpages.models_loading": {"en": "Loading the model…", "ko": "모델 불러오는 중…"},
    "look.ownpages.models_branches": {
        "en": "This model has branches (a layer reads from more than one layer, as in a residual block): “Reads "
              "from” names each layer's inputs.",
        "ko": "이 모델에는 갈래가 있습니다(잔차 블록처럼 한 층이 여러 층의 출력을 받음). “입력 받는 층”이 각 층의 "
              "입력을 알려 줍니다.",
    },
    "look.ownpages.models_keras_count": {
        "en": "(Keras' count: not a layer type of our builder)",
        "ko": "(Keras가 센 값: 이 앱의 층 종류가 아님)",
    },
    "look.ownpages.models_totals": {
        "en": "Total params: {total:,} (trainable {trainable:,}, non-trainable {frozen:,}). Our formulas check "
              "{known} of {n} layers; the others show Keras' own numbers.",
        "ko": "전체 파라미터: {total:,} (학습 가능 {trainable:,}, 학습 불가 {frozen:,}). {n}개 층 중 {known}개는 이 "
              "앱의 계산식으로 확인했고, 나머지는 Keras가 센 값입니다.",
    },
    "look.ownpages.models_open_maps": {"en": "Feature maps", "ko": "특성 맵"},
    "look.ownpages.models_open_kernels": {"en": "Kernels", "ko": "필터/커널"},
    "look.ownpages.models_open_predict": {"en": "Predict", "ko": "예측하기"},
    "look.ownpages.models_delete_confirm": {
        "en": "Delete the model **{name}** from the server?",
        "ko": "모델 **{name}**을(를) 서버에서 삭제할까요?",
    },
    "look.ownpages.models_deleted": {"en": "Deleted the model {name}.", "ko": "모델 {name}을(를) 삭제했습니다."},
}
