"""Texts several sections of pages say (navigation, shell, model pickers, uploads, deletions), in English and Korean.

Registered with the one catalog (cnnviz.i18n.add_texts) by pages.common.texts.register when
pages.common is imported."""

from __future__ import annotations

import importlib
from pathlib import Path

from cnnviz.i18n import add_texts

TEXTS: dict[str, dict[str, str]] = {
    # ---- from the former cnnviz/texts/common.py
    "common.language": {"en": "Language", "ko": "언어"},
    # ---- from the former cnnviz/texts/comparepages.py
    "common.comparepages.stats.weights": {"en": "Weights", "ko": "가중치"},
    "common.comparepages.stats.weights_final": {"en": "final", "ko": "마지막"},
    "common.comparepages.stats.weights_best": {"en": "best", "ko": "최고"},
    "common.comparepages.stats.weights_help": {
        "en": "final: each run's weights at the end of training. best: its checkpoint with the highest "
              "validation accuracy.",
        "ko": "마지막: 학습이 끝났을 때의 가중치. 최고: 검증 정확도가 가장 높았던 체크포인트.",
    },
    # ---- from the former cnnviz/texts/explainpages.py
    # ---- navigation
    "common.explainpages.nav.section": {"en": "Explain", "ko": "설명하기"},
    "common.explainpages.nav.explain": {"en": "Why this answer", "ko": "왜 이렇게 답했을까"},
    "common.explainpages.nav.filters": {"en": "What filters look for", "ko": "필터가 찾는 패턴"},
    "common.explainpages.nav.adversarial": {"en": "Fool the network", "ko": "네트워크 속이기"},
    "common.explainpages.filters.layer": {"en": "Conv layer", "ko": "합성곱 층"},

    # ---- training internals (Train, Runs, Kernels, Feature maps)
    "common.explainpages.internals.none": {
        "en": "This run recorded no snapshots of its training (runs trained before snapshots existed, or with them "
              "switched off), so there is nothing to replay.",
        "ko": "이 실행은 학습 중 스냅숏을 기록하지 않았습니다 (스냅숏 기능 이전에 학습했거나 꺼 두었습니다). 다시 볼 "
              "것이 없습니다.",
    },
    "common.explainpages.internals.uploaded": {
        "en": "An uploaded model comes without its training history, so there is nothing to replay.",
        "ko": "업로드한 모델에는 학습 기록이 없어서 다시 볼 것이 없습니다.",
    },
    "common.explainpages.internals.skipped": {
        "en": "{count} snapshot file(s) could not be used: {files}",
        "ko": "스냅숏 파일 {count}개를 쓸 수 없었습니다: {files}",
    },
    "common.explainpages.internals.from_to": {"en": "{first} to {last}", "ko": "{first}부터 {last}까지"},
    "common.explainpages.internals.dead_none": {"en": "none", "ko": "없음"},
    "common.explainpages.internals.dead_some": {
        "en": "{count} dead (filters {filters})",
        "ko": "{count}개 죽음 (필터 {filters})",
    },
    "common.explainpages.internals.dead_line": {
        "en": "Dead filters of {layer} (output 0 on the whole fixed batch): {spans}",
        "ko": "{layer}의 죽은 필터 (고정 배치 전체에서 출력이 0): {spans}",
    },
    "common.explainpages.internals.live_title": {
        "en": "Inside the network while it learns",
        "ko": "학습하는 동안 네트워크 안",
    },
    "common.explainpages.internals.live_waiting": {
        "en": "The first snapshot (kernels before the first step) is written when training starts.",
        "ko": "첫 스냅숏 (첫 단계 전의 커널)은 학습이 시작될 때 기록됩니다.",
    },
    "common.explainpages.internals.kernels_at": {"en": "Kernels of {layer} at {moment}",
                                                 "ko": "{moment}의 {layer} 커널"},
    "common.explainpages.internals.live_caption": {
        "en": "{count} snapshots so far, the latest at {moment}: the kernels start as random noise and turn into "
              "edge detectors; each probe image's line climbs as the network learns its class.",
        "ko": "지금까지 스냅숏 {count}개, 가장 최근은 {moment}: 커널은 무작위 잡음에서 시작해 모서리 검출기가 되고, "
              "네트워크가 클래스를 배울수록 관찰 이미지 (probe)의 선이 올라갑니다.",
    },
    "common.explainpages.internals.no_conv": {
        "en": "This network has no Conv2D layer: its snapshots hold no kernels or feature maps.",
        "ko": "이 네트워크에는 합성곱 층 (Conv2D)이 없어서 스냅숏에 커널이나 특성 맵이 없습니다.",
    },
    "common.explainpages.internals.input_channel": {
        "en": "Replay: input channel (of {count})",
        "ko": "다시 보기: 입력 채널 ({count}개 중)",
    },
    "common.explainpages.internals.input_channel_help": {
        "en": "A first-layer kernel has one slice per input channel (R, G, B for colour images): the replay shows "
              "one slice of every filter.",
        "ko": "첫 층의 커널은 입력 채널마다 조각이 하나씩 있습니다 (컬러 이미지면 R, G, B). 다시 보기는 모든 필터의 "
              "한 조각을 보여 줍니다.",
    },
    "common.explainpages.internals.replay_caption": {
        "en": "{count} moments from {first} to {last}: press ▶ or drag the slider (it all runs in your browser). "
              "Early batches are recorded too, where the kernels move fastest. The last frame is the last epoch "
              "trained; with 'restore best weights' the saved model may be an earlier epoch.",
        "ko": "{first}부터 {last}까지 {count}개의 순간: ▶를 누르거나 슬라이더를 끌어 보세요 (모두 브라우저에서 "
              "돌아갑니다). 커널이 가장 빨리 변하는 처음 몇 배치도 기록했습니다. 마지막 장면은 마지막으로 학습한 "
              "에포크이고, '최고 가중치 복원'을 켰다면 저장된 모델은 더 이른 에포크일 수 있습니다.",
    },
    "common.explainpages.internals.probe": {"en": "Probe image", "ko": "관찰 이미지 (probe)"},
    "common.explainpages.internals.probe_help": {
        "en": "The run keeps one fixed validation image per class (a probe) and records its first-layer feature maps "
              "and prediction at every snapshot.",
        "ko": "실행은 클래스마다 검증 세트 이미지 하나를 고정해 두고 (관찰 이미지, probe) 스냅숏마다 그 이미지의 첫 "
              "층 특성 맵과 예측을 기록합니다.",
    },
    "common.explainpages.internals.probe_image": {"en": "probe", "ko": "관찰 이미지"},
    "common.explainpages.internals.probe_sure": {
        "en": "Probability of its true class: {first:.1%} at the start, {last:.1%} at the end.",
        "ko": "정답 클래스의 확률: 처음 {first:.1%}, 마지막 {last:.1%}.",
    },
    "common.explainpages.internals.norms_caption": {
        "en": "Weight norms grow as the weights move away from their small random start; gradient norms (on a fixed "
              "batch) shrink as the loss falls. A gradient norm near 0 in the first layers while later ones are "
              "large means the signal is not getting through (vanishing gradients).",
        "ko": "가중치 노름은 작은 무작위 시작값에서 멀어지며 커지고, 기울기 노름 (고정 배치에서)은 손실이 줄면서 "
              "작아집니다. 뒤쪽 층은 큰데 앞쪽 층의 기울기 노름이 0에 가까우면 신호가 전달되지 않는 것입니다 (기울기 "
              "소실).",
    },
    "common.explainpages.rf.short": {"en": "receptive field {size}, jump {jump}",
                                     "ko": "수용 영역 {size}, 점프 {jump}"},
    "common.explainpages.rf.whole": {"en": "sees the whole input", "ko": "입력 전체를 봄"},
    "common.explainpages.rf.no_maps": {
        "en": "This network has no conv or pooling layer with a feature map.",
        "ko": "이 네트워크에는 특성 맵을 내는 합성곱 층이나 풀링 층이 없습니다.",
    },
    "common.explainpages.rf.layer": {"en": "Layer of the unit", "ko": "유닛의 층"},
    "common.explainpages.rf.layer_help": {
        "en": "Every conv or pooling layer widens what one unit sees: a 3×3 conv by 2 × the jump, a 2×2 pooling by "
              "the jump and it doubles the jump.",
        "ko": "합성곱 층과 풀링 층마다 유닛 하나가 보는 범위가 넓어집니다: 3×3 합성곱은 2 × 점프만큼, 2×2 풀링은 "
              "점프만큼 넓히고 점프를 두 배로 만듭니다.",
    },
    "common.explainpages.rf.channel": {"en": "Channel (0–{last})", "ko": "채널 (0–{last})"},
    "common.explainpages.rf.channel_help": {
        "en": "Which filter's map to click on. All channels of a layer have the same receptive field; the map just "
              "shows where this filter fired.",
        "ko": "클릭할 필터의 맵을 고릅니다. 한 층의 채널은 모두 수용 영역이 같고, 맵은 이 필터가 어디서 반응했는지 "
              "보여 줄 뿐입니다.",
    },
    "common.explainpages.rf.row": {"en": "Row y (0–{last})", "ko": "행 y (0–{last})"},
    "common.explainpages.rf.col": {"en": "Column x (0–{last})", "ko": "열 x (0–{last})"},
    "common.explainpages.rf.unit_help": {
        "en": "The unit whose receptive field is outlined; clicking the map sets it.",
        "ko": "수용 영역을 표시할 유닛입니다. 맵을 클릭하면 바뀝니다.",
    },
    "common.explainpages.rf.map_title": {
        "en": "{layer}, channel {channel}: click a unit",
        "ko": "{layer}, 채널 {channel}: 유닛을 클릭하세요",
    },
    "common.explainpages.rf.image_title": {
        "en": "It sees {height}×{width} input pixels",
        "ko": "입력 {height}×{width} 픽셀을 봅니다",
    },
    "common.explainpages.rf.explained": {
        "en": "{layer} has a receptive field of {size} and a jump of {jump}: unit (x {col}, y {row}) sees input rows "
              "{top}–{bottom} and columns {left}–{right} ({height}×{width} pixels; smaller than {size} where the "
              "field reaches into the padding).",
        "ko": "{layer}의 수용 영역은 {size}, 점프는 {jump}입니다: 유닛 (x {col}, y {row})은(는) 입력의 행 "
              "{top}–{bottom}, 열 {left}–{right}을(를) 봅니다 ({height}×{width} 픽셀; 수용 영역이 패딩까지 닿는 "
              "곳에서는 {size}보다 작습니다).",
    },
    # ---- from the former cnnviz/texts/inference.py
    "common.inference.retrying": {
        "en": "The worker process computing this stopped; retrying with a new one…",
        "ko": "이 계산을 하던 작업 프로세스가 멈췄습니다. 새 프로세스로 다시 시도하는 중…",
    },
    # ---- from the former cnnviz/texts/inspectpages.py
    # ---- shared: model picker, splits, caches (pages/common/inspect.py)
    "common.inspectpages.split": {"en": "Split", "ko": "데이터 세트"},
    "common.inspectpages.split_test": {"en": "test", "ko": "테스트 세트"},
    "common.inspectpages.split_validation": {"en": "validation", "ko": "검증 세트"},
    "common.inspectpages.split_train": {"en": "train", "ko": "훈련 세트"},
    "common.inspectpages.split_help": {
        "en": "Which images to judge the network on. **train**: the images it learned from (high accuracy here and "
              "low elsewhere means it memorised them: overfitting). **validation**: held out during training and used "
              "to pick the best epoch. **test**: never used for any decision, so the honest estimate of how it will "
              "do on new images.",
        "ko": "어떤 이미지로 신경망을 평가할지 고릅니다. **훈련 세트**: 신경망이 학습한 이미지입니다 "
              "(여기서만 정확도가 높고 다른 세트에서 낮으면 이미지를 외운 것, 즉 과대적합입니다). "
              "**검증 세트**: 훈련 중에는 떼어 두었다가 가장 좋은 에포크를 고르는 데 씁니다. "
              "**테스트 세트**: 어떤 결정에도 쓰지 않았으므로 새 이미지에서 얼마나 잘할지를 정직하게 추정합니다.",
    },
    "common.inspectpages.model_help": {
        "en": "**final**: the weights at the end of training. **best**: the checkpoint with the highest validation "
              "accuracy (what early stopping would keep). They are the same file when the best epoch was the last.",
        "ko": "**마지막 (final)**: 훈련이 끝났을 때의 가중치입니다. **최고 (best)**: 검증 정확도가 가장 높았던 "
              "체크포인트입니다 (조기 종료가 남겨 둘 가중치). 가장 좋은 에포크가 마지막 에포크였다면 둘은 같은 "
              "파일입니다.",
    },
    "common.inspectpages.val_acc": {"en": "val acc {accuracy:.3f}", "ko": "검증 정확도 {accuracy:.3f}"},
    "common.inspectpages.no_val_acc": {"en": "no val acc", "ko": "검증 정확도 없음"},
    "common.inspectpages.still_training": {
        "en": "This run is still training: you see the latest saved checkpoint.",
        "ko": "이 실행은 아직 훈련 중입니다: 가장 최근에 저장된 체크포인트를 보고 있습니다.",
    },
    "common.inspectpages.loading_model": {"en": "Loading the trained model…", "ko": "훈련된 모델을 불러오는 중…"},
    "common.inspectpages.loading_split": {
        "en": "Loading the run's dataset and recreating its split…",
        "ko": "실행의 데이터셋을 불러와 훈련/검증/테스트 세트를 다시 나누는 중…",
    },
    "common.inspectpages.predicting": {
        "en": "Predicting {n:,} {split} images…",
        "ko": "{split} 이미지 {n:,}개를 예측하는 중…",
    },
    "common.inspectpages.predicting_progress": {
        "en": "Predicting {split} images: {done:,} / {total:,}",
        "ko": "{split} 이미지 예측 중: {done:,} / {total:,}",
    },
    # ---- shared: image chooser
    "common.inspectpages.source_dataset": {"en": "Dataset image", "ko": "데이터셋 이미지"},
    "common.inspectpages.source_drawing": {"en": "Last drawing", "ko": "마지막 그림"},
    "common.inspectpages.source_help": {
        "en": "What to feed the network. A **dataset image** comes with its true label, so you can see whether the "
              "prediction is right. An **uploaded** photo or drawing (PNG/JPEG, up to 40 megapixels) is converted "
              "every time the same way: resized to the model's input and turned grey or RGB to match it. "
              "The **last drawing** is the digit you drew on the Draw page.",
        "ko": "신경망에 넣을 이미지를 고릅니다. **데이터셋 이미지**는 정답 레이블이 함께 있어서 예측이 맞았는지 볼 수 "
              "있습니다. **올린** 사진이나 그림 (PNG/JPEG, 최대 40메가픽셀)은 모델의 입력 크기로 바꾸고, 모델에 맞게 "
              "흑백이나 RGB로 변환합니다. **마지막 그림**은 Draw 페이지에서 그린 숫자입니다.",
    },
    "common.inspectpages.empty_split": {
        "en": "The {split} split of this run is empty.",
        "ko": "이 실행의 {split}가 비어 있습니다.",
    },
    "common.inspectpages.image_index": {"en": "Image index (0–{last:,})", "ko": "이미지 번호 (0–{last:,})"},
    "common.inspectpages.image_index_help": {
        "en": "Position of the image in the chosen split. Use the dice for a random one.",
        "ko": "고른 데이터 세트 안에서 이미지의 위치입니다. 주사위 버튼을 누르면 무작위로 고릅니다.",
    },
    "common.inspectpages.random": {"en": "Random", "ko": "무작위"},
    "common.inspectpages.random_help": {
        "en": "Pick a random image of this split.",
        "ko": "이 데이터 세트에서 이미지를 무작위로 하나 고릅니다.",
    },
    "common.inspectpages.dataset_caption": {
        "en": "{split} image #{index:,}: true class {label}",
        "ko": "{split} 이미지 #{index:,}: 실제 클래스 {label}",
    },
    "common.inspectpages.image_file_help": {
        "en": "A photo or drawing, up to 40 megapixels; it is resized to the model's input "
              "({height}×{width}×{channels}).",
        "ko": "사진이나 그림, 최대 40메가픽셀입니다. 모델의 입력 크기 ({height}×{width}×{channels})로 바뀝니다.",
    },
    "common.inspectpages.upload_prompt": {
        "en": "Upload a photo or drawing to see what the network makes of it.",
        "ko": "사진이나 그림을 올리면 신경망이 그것을 무엇으로 보는지 알 수 있습니다.",
    },
    "common.inspectpages.invert": {
        "en": "Invert (dark object on a light background)",
        "ko": "색 반전 (밝은 배경에 어두운 물체)",
    },
    "common.inspectpages.invert_help": {
        "en": "MNIST and Fashion-MNIST show a light object on a black background. A photo of dark ink or a garment "
              "on white paper must be inverted to look like them; this is ticked automatically when the image's "
              "border is mostly light.",
        "ko": "MNIST와 Fashion-MNIST는 검은 배경 위의 밝은 물체입니다. 흰 종이 위의 어두운 글씨나 옷 사진은 색을 "
              "반전해야 그 이미지들처럼 보입니다. 이미지의 테두리가 대부분 밝으면 자동으로 체크됩니다.",
    },
    "common.inspectpages.cannot_use": {"en": "Cannot use {name}: {reason}",
                                       "ko": "{name}을(를) 쓸 수 없습니다: {reason}"},
    "common.inspectpages.uploaded_caption": {
        "en": "uploaded {name} ({width}×{height} → {input_height}×{input_width})",
        "ko": "올린 이미지 {name} ({width}×{height} → {input_height}×{input_width})",
    },
    "common.inspectpages.drawing_wrong_dataset": {
        "en": "Your drawing is a handwritten digit, but this network learned {dataset}: whatever it answered would "
              "mean nothing. Pick a run trained on MNIST (or use the Draw page's models).",
        "ko": "그린 것은 손글씨 숫자인데 이 신경망은 {dataset}을(를) 학습했습니다: 무엇이라고 답하든 의미가 "
              "없습니다. MNIST로 훈련한 실행을 고르세요 (또는 Draw 페이지의 모델을 쓰세요).",
    },
    "common.inspectpages.unknown_dataset": {"en": "an unknown dataset", "ko": "알 수 없는 데이터셋"},
    "common.inspectpages.nothing_drawn": {
        "en": "Nothing drawn yet: draw a digit on the Draw page first, then come back.",
        "ko": "아직 그린 것이 없습니다: 먼저 Draw 페이지에서 숫자를 그린 다음 돌아오세요.",
    },
    "common.inspectpages.your_drawing": {"en": "your last drawing", "ko": "마지막으로 그린 그림"},
    # ---- from the former cnnviz/texts/labs.py
    "common.labs.padding": {"en": "Padding", "ko": "패딩 (padding)"},
    # ---- from the former cnnviz/texts/nav.py
    "common.nav.section_app": {"en": "cnnviz", "ko": "cnnviz"},
    "common.nav.section_build": {"en": "Build & train", "ko": "만들고 훈련하기"},
    "common.nav.section_look": {"en": "Look inside", "ko": "안을 들여다보기"},
    "common.nav.section_play": {"en": "Play", "ko": "직접 해 보기"},
    "common.nav.section_learn": {"en": "Learn", "ko": "배우기"},
    "common.nav.home": {"en": "Home", "ko": "홈"},
    "common.nav.build": {"en": "Build", "ko": "모델 만들기"},
    "common.nav.train": {"en": "Train", "ko": "훈련"},
    "common.nav.runs": {"en": "Runs", "ko": "훈련 기록"},
    "common.nav.compare": {"en": "Compare", "ko": "실행 비교"},
    "common.nav.my_data": {"en": "My data", "ko": "내 데이터"},
    "common.nav.my_models": {"en": "My models", "ko": "내 모델"},
    "common.nav.predict": {"en": "Predict", "ko": "예측하기"},
    "common.nav.class": {"en": "Class", "ko": "수업"},
    "common.nav.feature_maps": {"en": "Feature maps", "ko": "특성 맵"},
    "common.nav.kernels": {"en": "Kernels", "ko": "커널"},
    "common.nav.confusion": {"en": "Confusion matrix", "ko": "오차 행렬"},
    "common.nav.draw": {"en": "Draw a digit", "ko": "숫자 그리기"},
    "common.nav.lab": {"en": "Convolution lab", "ko": "합성곱 실험실"},
    "common.nav.layers_lab": {"en": "Pooling, ReLU, softmax", "ko": "풀링, 렐루, 소프트맥스"},
    "common.nav.training_step": {"en": "One training step", "ko": "훈련 한 단계"},
    "common.nav.concepts": {"en": "Concepts", "ko": "개념"},
    "common.nav.lessons": {"en": "Lessons", "ko": "레슨"},
    "common.nav.exercises": {"en": "Exercises", "ko": "연습 문제"},
    "common.language_help": {
        "en": "The language of every page, chart and message. It is kept in the page's address (?lang=ko), so a "
              "link you share opens in the same language. Switching keeps everything you chose.",
        "ko": "모든 페이지, 차트, 메시지의 언어입니다. 페이지 주소에 (?lang=ko) 남기 때문에 공유한 링크도 같은 "
              "언어로 열립니다. 언어를 바꿔도 선택한 내용은 그대로 남습니다.",
    },
    "common.language_refused": {
        "en": "The link asked for the language '{asked}'; cnnviz speaks {languages}.",
        "ko": "링크가 '{asked}' 언어를 요청했지만 cnnviz는 {languages}만 지원합니다.",
    },
    "common.theme": {"en": "Projector mode", "ko": "프로젝터 모드"},
    "common.theme_help": {
        "en": "For a projector and the back row of a classroom: pure black text on white, larger letters, thicker "
              "chart lines and bigger chart labels, a thick outline around what the keyboard is on. It is kept in "
              "the page's address (?theme=projector), so a link you share opens the same way.",
        "ko": "프로젝터와 교실 뒷자리를 위한 화면입니다. 흰 바탕에 진한 검은 글씨, 더 큰 글자, 더 굵은 차트 선과 "
              "더 큰 차트 글씨, 키보드가 가리키는 곳에 굵은 테두리를 씁니다. 페이지 주소에 (?theme=projector) "
              "남기 때문에 공유한 링크도 같은 화면으로 열립니다.",
    },
    "common.theme_refused": {
        "en": "The link asked for the display '{asked}'; cnnviz shows {themes}. The standard display is shown.",
        "ko": "링크가 '{asked}' 화면을 요청했지만 cnnviz에는 {themes}만 있습니다. 기본 화면으로 보여 줍니다.",
    },
    # ---- from the former cnnviz/texts/ownpages.py
    # navigation
    # common words and buttons
    "common.ownpages.delete": {"en": "Delete…", "ko": "삭제…"},
    "common.ownpages.yes_delete": {"en": "Yes, delete", "ko": "네, 삭제합니다"},
    "common.ownpages.cancel": {"en": "Cancel", "ko": "취소"},
    "common.ownpages.fit_pad_word": {"en": "padded to a square", "ko": "정사각형으로 패딩"},
    "common.ownpages.fit_crop_word": {"en": "centre cropped", "ko": "가운데를 잘라냄"},

    # the model picker of the look-inside pages and Predict
    "common.ownpages.model_picker": {"en": "Run or model", "ko": "실행 기록 또는 모델"},
    "common.ownpages.model_picker_help": {
        "en": "A saved training run (newest first; each keeps its architecture, settings, data split and trained "
              "weights), or a Keras model you uploaded on the My models page (only its weights: no dataset, no "
              "history).",
        "ko": "저장된 학습 실행 기록(최신순, 각각 구조, 설정, 데이터 분할, 학습된 가중치를 갖고 있음) 또는 "
              "내 모델 페이지에서 올린 Keras 모델(가중치만 있고 데이터셋과 학습 기록은 없음)입니다.",
    },
    "common.ownpages.run_own_dataset": {"en": "my data", "ko": "내 데이터"},
    "common.ownpages.upload_label": {
        "en": "My model: {name} · input {shape} · {n} classes",
        "ko": "내 모델: {name} · 입력 {shape} · 클래스 {n}개",
    },
    "common.ownpages.bundled_model": {
        "en": "Bundled digit model (ships with cnnviz)",
        "ko": "기본 숫자 모델 (cnnviz에 들어 있음)",
    },
    "common.ownpages.damaged_models": {
        "en": "Cannot load the model of these runs, so they are not offered here: {runs}. Their model files are "
              "damaged (a training process killed while saving, or a file changed by hand); the Runs page keeps "
              "their history.",
        "ko": "다음 실행의 모델을 불러올 수 없어서 여기에 보이지 않습니다: {runs}. 모델 파일이 손상되었습니다 (저장 "
              "중에 훈련 프로세스가 종료되었거나 파일을 직접 바꾼 경우). 훈련 기록 페이지에는 학습 기록이 남아 "
              "있습니다.",
    },
    "common.ownpages.no_model_yet": {
        "en": "There is no trained run to look inside yet. Train a network first (a couple of epochs on the MNIST "
              "sample take under a minute), or upload a Keras model on the My models page, then come back here.",
        "ko": "아직 들여다볼 학습된 실행 기록이 없습니다. 먼저 네트워크를 학습시키거나(MNIST 샘플로 에포크 두어 번은 "
              "1분도 안 걸립니다) 내 모델 페이지에서 Keras 모델을 올린 다음 다시 오세요.",
    },
    "common.ownpages.go_train": {"en": "Go to Train", "ko": "학습 페이지로"},
    "common.ownpages.go_models": {"en": "Upload a model", "ko": "모델 올리기"},
    "common.ownpages.open_train_in_nav": {
        "en": "Open **Train** or **My models** in the navigation.",
        "ko": "메뉴에서 **Train** 또는 **내 모델**을 여세요.",
    },
    "common.ownpages.cannot_load_run": {
        "en": "Cannot load the model of this run ({file}): {reason}",
        "ko": "이 실행 기록의 모델({file})을 불러올 수 없습니다: {reason}",
    },
    "common.ownpages.cannot_load_model": {
        "en": "Cannot load the model {name}: {reason}",
        "ko": "모델 {name}을(를) 불러올 수 없습니다: {reason}",
    },
    "common.ownpages.no_dataset_images": {
        "en": "An uploaded model comes without its dataset: feed it a photo or drawing of your own.",
        "ko": "올린 모델에는 데이터셋이 없습니다. 직접 가진 사진이나 그림을 넣어 보세요.",
    },
    "common.ownpages.drawing_unknown_model": {
        "en": "Your drawing is a handwritten digit, resized to this model's input. Only a model that learned digits "
              "can make sense of it.",
        "ko": "그린 그림은 손글씨 숫자이고 이 모델의 입력 크기로 바뀝니다. 숫자를 학습한 모델만 제대로 읽을 수 "
              "있습니다.",
    },
    "common.ownpages.res_computing_maps": {"en": "Computing feature maps…", "ko": "특성 맵 계산 중…"},
    "common.ownpages.predict_source": {"en": "Image", "ko": "이미지"},
    "common.ownpages.predict_source_upload": {"en": "Upload an image", "ko": "이미지 올리기"},
    "common.ownpages.predict_file": {"en": "Image file", "ko": "이미지 파일"},
    # ---- from the former cnnviz/texts/shell.py
    "common.workspace.login_prompt": {
        "en": "Log in to open your own workspace: your runs and data are private to you.",
        "ko": "로그인하면 나만의 작업 공간이 열립니다. 내 훈련 기록과 데이터는 나만 볼 수 있습니다.",
    },
    "common.workspace.login": {"en": "Log in", "ko": "로그인"},
    "common.workspace.token_refused": {
        "en": "**This link opens no workspace:** {reason}. Check the address against your bookmark, or ask your "
              "teacher; or start again in a new, empty workspace.",
        "ko": "**이 링크로는 작업 공간을 열 수 없습니다:** {reason}. 주소를 북마크와 비교해 보거나 선생님께 "
              "물어보세요. 아니면 새 빈 작업 공간에서 다시 시작하세요.",
    },
    "common.workspace.my_name": {"en": "My name for the teacher", "ko": "선생님께 보일 내 이름"},
    "common.workspace.my_name_help": {
        "en": "How your teacher's Class page names your workspace (otherwise 'student' and a code). Up to 40 "
              "characters; other students never see it.",
        "ko": "선생님의 수업 페이지에 내 작업 공간이 이 이름으로 보입니다 (없으면 '학생'과 코드). 40자까지이며 다른 "
              "학생에게는 보이지 않습니다.",
    },
    "common.workspace.open_new": {"en": "Open a new, empty workspace", "ko": "새 빈 작업 공간 열기"},
    "common.workspace.back_to_mine": {"en": "Back to my workspace", "ko": "내 작업 공간으로 돌아가기"},
    "common.workspace.my_link": {"en": "My private link", "ko": "내 개인 링크"},
    "common.workspace.my_link_help": {
        "en": "Your workspace's address: bookmark it or copy it somewhere safe (the button at its right copies it). "
              "Anyone with it can open your runs and data.",
        "ko": "내 작업 공간의 주소입니다. 북마크하거나 안전한 곳에 복사해 두세요 (오른쪽 버튼으로 복사). 이 주소를 "
              "아는 사람은 누구나 내 훈련 기록과 데이터를 열 수 있습니다.",
    },
    "common.workspace.link_code": {"en": "Your workspace's private code", "ko": "내 작업 공간의 비밀 코드"},
    "common.workspace.ready": {
        "en": "**Your private workspace is ready.** Bookmark this page now: its address is your key to your runs and "
              "data (anyone with it can open them, so keep it to yourself).",
        "ko": "**개인 작업 공간이 준비되었습니다.** 지금 이 페이지를 북마크하세요. 이 주소가 내 훈련 기록과 데이터를 "
              "여는 열쇠입니다 (주소를 아는 사람은 누구나 열 수 있으니 다른 사람에게 알려 주지 마세요).",
    },
    "common.links.copy": {"en": "Copy link", "ko": "링크 복사"},
    "common.links.copied": {"en": "Copied", "ko": "복사했습니다"},
    "common.links.ignored_item": {"en": "{key}={asked} (kept {shown})", "ko": "{key}={asked} ({shown} 유지)"},
    "common.links.ignored": {
        "en": "This link asked for settings this page cannot use: {items}. The page shows its defaults for them "
              "instead.",
        "ko": "이 링크가 이 페이지에서 쓸 수 없는 설정을 요청했습니다: {items}. 대신 기본값을 보여 줍니다.",
    },
    # ---- from the former cnnviz/texts/workspace.py
    "common.workspace.class_code_prompt": {
        "en": "To get a private workspace, type the class code your teacher gives. Already have one? Open your "
              "private link (the address you bookmarked).",
        "ko": "개인 작업 공간을 받으려면 선생님이 알려 주신 수업 코드를 입력하세요. 이미 있다면 북마크한 개인 "
              "링크를 여세요.",
    },
    "common.workspace.class_code": {"en": "Class code", "ko": "수업 코드"},
    "common.workspace.class_code_join": {"en": "Join the class", "ko": "수업에 참여"},
    "common.workspace.class_code_wrong": {
        "en": "that is not the class code: check it with your teacher (it is case-sensitive)",
        "ko": "수업 코드가 아닙니다: 선생님께 확인하세요 (대소문자를 구분합니다)",
    },
}


def register() -> None:
    """Add these texts and every section's (pages/<section>/texts.py) to the catalog: pages.common does it when
    first imported, so every page (also one run alone) and app.py find them."""
    add_texts(TEXTS, owner=__name__)
    for path in sorted(Path(__file__).resolve().parents[1].glob("*/texts.py")):
        if path.parent.name != "common":
            module = importlib.import_module(f"pages.{path.parent.name}.texts")
            add_texts(module.TEXTS, owner=module.__name__)
