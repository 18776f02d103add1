"""Texts of the look-inside pages (Confusion matrix, Feature maps, Kernels) and their shared pickers."""

TEXTS = {
    # ---- shared: model picker, splits, caches (pages/common/inspect.py)
    "inspectpages.split": {"en": "Split", "ko": "데이터 세트"},
    "inspectpages.split_test": {"en": "test", "ko": "테스트 세트"},
    "inspectpages.split_validation": {"en": "validation", "ko": "검증 세트"},
    "inspectpages.split_train": {"en": "train", "ko": "훈련 세트"},
    "inspectpages.split_help": {
        "en": "Which images to judge the network on. **train**: the images it learned from (high accuracy here and "
              "low elsewhere means it memorised them: overfitting). **validation**: held out during training and used "
              "to pick the best epoch. **test**: never used for any decision, so the honest estimate of how it will "
              "do on new images.",
        "ko": "어떤 이미지로 신경망을 평가할지 고릅니다. **훈련 세트**: 신경망이 학습한 이미지입니다 "
              "(여기서만 정확도가 높고 다른 세트에서 낮으면 이미지를 외운 것, 즉 과대적합입니다). "
              "**검증 세트**: 훈련 중에는 떼어 두었다가 가장 좋은 에포크를 고르는 데 씁니다. "
              "**테스트 세트**: 어떤 결정에도 쓰지 않았으므로 새 이미지에서 얼마나 잘할지를 정직하게 추정합니다.",
    },
    "inspectpages.model_help": {
        "en": "**final**: the weights at the end of training. **best**: the checkpoint with the highest validation "
              "accuracy (what early stopping would keep). They are the same file when the best epoch was the last.",
        "ko": "**마지막 (final)**: 훈련이 끝났을 때의 가중치입니다. **최고 (best)**: 검증 정확도가 가장 높았던 "
              "체크포인트입니다 (조기 종료가 남겨 둘 가중치). 가장 좋은 에포크가 마지막 에포크였다면 둘은 같은 "
              "파일입니다.",
    },
    "inspectpages.val_acc": {"en": "val acc {accuracy:.3f}", "ko": "검증 정확도 {accuracy:.3f}"},
    "inspectpages.no_val_acc": {"en": "no val acc", "ko": "검증 정확도 없음"},
    "inspectpages.still_training": {
        "en": "This run is still training: you see the latest saved checkpoint.",
        "ko": "이 실행은 아직 훈련 중입니다: 가장 최근에 저장된 체크포인트를 보고 있습니다.",
    },
    "inspectpages.loading_model": {"en": "Loading the trained model…", "ko": "훈련된 모델을 불러오는 중…"},
    "inspectpages.loading_split": {
        "en": "Loading the run's dataset and recreating its split…",
        "ko": "실행의 데이터셋을 불러와 훈련/검증/테스트 세트를 다시 나누는 중…",
    },
    "inspectpages.predicting": {
        "en": "Predicting {n:,} {split} images…",
        "ko": "{split} 이미지 {n:,}개를 예측하는 중…",
    },
    "inspectpages.predicting_progress": {
        "en": "Predicting {split} images: {done:,} / {total:,}",
        "ko": "{split} 이미지 예측 중: {done:,} / {total:,}",
    },
    # ---- shared: image chooser
    "inspectpages.source_dataset": {"en": "Dataset image", "ko": "데이터셋 이미지"},
    "inspectpages.source_drawing": {"en": "Last drawing", "ko": "마지막 그림"},
    "inspectpages.source_help": {
        "en": "What to feed the network. A **dataset image** comes with its true label, so you can see whether the "
              "prediction is right. An **uploaded** photo or drawing (PNG/JPEG, up to 40 megapixels) is converted "
              "every time the same way: resized to the model's input and turned grey or RGB to match it. "
              "The **last drawing** is the digit you drew on the Draw page.",
        "ko": "신경망에 넣을 이미지를 고릅니다. **데이터셋 이미지**는 정답 레이블이 함께 있어서 예측이 맞았는지 볼 수 "
              "있습니다. **올린** 사진이나 그림 (PNG/JPEG, 최대 40메가픽셀)은 모델의 입력 크기로 바꾸고, 모델에 맞게 "
              "흑백이나 RGB로 변환합니다. **마지막 그림**은 Draw 페이지에서 그린 숫자입니다.",
    },
    "inspectpages.empty_split": {
        "en": "The {split} split of this run is empty.",
        "ko": "이 실행의 {split}가 비어 있습니다.",
    },
    "inspectpages.image_index": {"en": "Image index (0–{last:,})", "ko": "이미지 번호 (0–{last:,})"},
    "inspectpages.image_index_help": {
        "en": "Position of the image in the chosen split. Use the dice for a random one.",
        "ko": "고른 데이터 세트 안에서 이미지의 위치입니다. 주사위 버튼을 누르면 무작위로 고릅니다.",
    },
    "inspectpages.random": {"en": "Random", "ko": "무작위"},
    "inspectpages.random_help": {
        "en": "Pick a random image of this split.",
        "ko": "이 데이터 세트에서 이미지를 무작위로 하나 고릅니다.",
    },
    "inspectpages.dataset_caption": {
        "en": "{split} image #{index:,}: true class {label}",
        "ko": "{split} 이미지 #{index:,}: 실제 클래스 {label}",
    },
    "inspectpages.image_file_help": {
        "en": "A photo or drawing, up to 40 megapixels; it is resized to the model's input "
              "({height}×{width}×{channels}).",
        "ko": "사진이나 그림, 최대 40메가픽셀입니다. 모델의 입력 크기 ({height}×{width}×{channels})로 바뀝니다.",
    },
    "inspectpages.upload_prompt": {
        "en": "Upload a photo or drawing to see what the network makes of it.",
        "ko": "사진이나 그림을 올리면 신경망이 그것을 무엇으로 보는지 알 수 있습니다.",
    },
    "inspectpages.invert": {
        "en": "Invert (dark object on a light background)",
        "ko": "색 반전 (밝은 배경에 어두운 물체)",
    },
    "inspectpages.invert_help": {
        "en": "MNIST and Fashion-MNIST show a light object on a black background. A photo of dark ink or a garment "
              "on white paper must be inverted to look like them; this is ticked automatically when the image's "
              "border is mostly light.",
        "ko": "MNIST와 Fashion-MNIST는 검은 배경 위의 밝은 물체입니다. 흰 종이 위의 어두운 글씨나 옷 사진은 색을 "
              "반전해야 그 이미지들처럼 보입니다. 이미지의 테두리가 대부분 밝으면 자동으로 체크됩니다.",
    },
    "inspectpages.cannot_use": {"en": "Cannot use {name}: {reason}", "ko": "{name}을(를) 쓸 수 없습니다: {reason}"},
    "inspectpages.uploaded_caption": {
        "en": "uploaded {name} ({width}×{height} → {input_height}×{input_width})",
        "ko": "올린 이미지 {name} ({width}×{height} → {input_height}×{input_width})",
    },
    "inspectpages.drawing_wrong_dataset": {
        "en": "Your drawing is a handwritten digit, but this network learned {dataset}: whatever it answered would "
              "mean nothing. Pick a run trained on MNIST (or use the Draw page's models).",
        "ko": "그린 것은 손글씨 숫자인데 이 신경망은 {dataset}을(를) 학습했습니다: 무엇이라고 답하든 의미가 "
              "없습니다. MNIST로 훈련한 실행을 고르세요 (또는 Draw 페이지의 모델을 쓰세요).",
    },
    "inspectpages.unknown_dataset": {"en": "an unknown dataset", "ko": "알 수 없는 데이터셋"},
    "inspectpages.nothing_drawn": {
        "en": "Nothing drawn yet: draw a digit on the Draw page first, then come back.",
        "ko": "아직 그린 것이 없습니다: 먼저 Draw 페이지에서 숫자를 그린 다음 돌아오세요.",
    },
    "inspectpages.your_drawing": {"en": "your last drawing", "ko": "마지막으로 그린 그림"},
    # ---- Confusion matrix page
    "inspectpages.cm_intro": {
        "en": "Row = the true class, column = what the network predicted. The diagonal holds the correct answers; "
              "every other cell is one kind of mistake. Click a cell to see its images.",
        "ko": "행 = 실제 클래스, 열 = 신경망이 예측한 클래스입니다. 대각선에는 맞힌 답이 있고, 나머지 칸은 각각 한 "
              "가지 종류의 오답입니다. 칸을 클릭하면 그 칸의 이미지를 볼 수 있습니다.",
    },
    "inspectpages.cm_cannot_load": {
        "en": "Cannot load this run's {split} data: {reason}",
        "ko": "이 실행의 {split} 데이터를 불러올 수 없습니다: {reason}",
    },
    "inspectpages.cm_empty_split": {
        "en": "The {split} split of this run is empty: choose another split.",
        "ko": "이 실행의 {split}가 비어 있습니다: 다른 데이터 세트를 고르세요.",
    },
    "inspectpages.accuracy": {"en": "Accuracy", "ko": "정확도"},
    "inspectpages.accuracy_help": {
        "en": "Share of images whose most likely class is the true one.",
        "ko": "가장 확률이 높은 클래스가 실제 클래스와 같은 이미지의 비율입니다.",
    },
    "inspectpages.mistakes": {"en": "Mistakes", "ko": "오답"},
    "inspectpages.mistakes_value": {"en": "{mistakes:,} of {total:,}", "ko": "{total:,}개 중 {mistakes:,}개"},
    "inspectpages.macro_f1": {"en": "Macro F1", "ko": "매크로 F1 점수"},
    "inspectpages.macro_f1_help": {
        "en": "The F1 score averaged over classes, each class counting the same however many images it has.",
        "ko": "클래스별 F1 점수의 평균입니다. 이미지가 몇 개이든 모든 클래스를 똑같이 셉니다.",
    },
    "inspectpages.cm_title": {"en": "{split}: {n:,} images", "ko": "{split}: 이미지 {n:,}개"},
    "inspectpages.per_class": {"en": "**Per class**", "ko": "**클래스별**"},
    "inspectpages.precision_help": {
        "en": "Of the images predicted as this class, the share that really are.",
        "ko": "이 클래스로 예측한 이미지 중 실제로 이 클래스인 비율입니다.",
    },
    "inspectpages.recall_help": {
        "en": "Of the images of this class, the share the network found.",
        "ko": "이 클래스의 이미지 중 신경망이 찾아낸 비율입니다.",
    },
    "inspectpages.f1_help": {
        "en": "Harmonic mean of precision and recall: high only when both are.",
        "ko": "정밀도와 재현율의 조화 평균입니다: 둘 다 높을 때만 높습니다.",
    },
    "inspectpages.cell_heading": {"en": "Images behind a cell", "ko": "한 칸에 속한 이미지"},
    "inspectpages.true_class": {"en": "True class", "ko": "실제 클래스"},
    "inspectpages.true_class_help": {
        "en": "The row of the matrix: what the images really are.",
        "ko": "오차 행렬의 행: 이미지가 실제로 무엇인지입니다.",
    },
    "inspectpages.predicted_class": {"en": "Predicted class", "ko": "예측 클래스"},
    "inspectpages.predicted_class_help": {
        "en": "The column: what the network said. Same as the true class = the correct ones.",
        "ko": "열: 신경망이 예측한 답입니다. 실제 클래스와 같으면 = 맞힌 이미지입니다.",
    },
    "inspectpages.gallery_correct": {
        "en": "**{count:,}** correct images: true *{true}*, predicted *{predicted}*",
        "ko": "맞힌 이미지 **{count:,}**개: 실제 *{true}*, 예측 *{predicted}*",
    },
    "inspectpages.gallery_mistaken": {
        "en": "**{count:,}** mistaken images: true *{true}*, predicted *{predicted}*",
        "ko": "틀린 이미지 **{count:,}**개: 실제 *{true}*, 예측 *{predicted}*",
    },
    "inspectpages.gallery_most_confident": {
        "en": "(showing the {k} most confident)",
        "ko": "(가장 확신한 {k}개만 표시)",
    },
    "inspectpages.gallery_caption_correct": {
        "en": "Above each image: its index in the {split} split, then P({predicted}).",
        "ko": "각 이미지 위: {split}에서의 번호, 그리고 P({predicted}).",
    },
    "inspectpages.gallery_caption_mistaken": {
        "en": "Above each image: its index in the {split} split, then P({predicted}) · P({true}).",
        "ko": "각 이미지 위: {split}에서의 번호, 그리고 P({predicted}) · P({true}).",
    },
    "inspectpages.open_hint": {
        "en": "Open an image on the Feature maps page (with Grad-CAM):",
        "ko": "이미지를 특성 맵 페이지에서 열기 (Grad-CAM과 함께):",
    },
    "inspectpages.open_help": {
        "en": "Open this image on the Feature maps page (with Grad-CAM).",
        "ko": "이 이미지를 특성 맵 페이지에서 엽니다 (Grad-CAM과 함께).",
    },
    # ---- Feature maps page
    "inspectpages.fm_intro": {
        "en": "Feed one image through a trained network and see what every convolution and pooling layer makes of "
              "it: each small picture is one channel (one filter's response), bright where the filter found its "
              "pattern.",
        "ko": "훈련된 신경망에 이미지 하나를 넣고 모든 합성곱 층과 풀링 층이 그 이미지를 어떻게 바꾸는지 봅니다: 작은 "
              "그림 하나가 채널 하나 (필터 하나의 응답)이고, 필터가 자기 패턴을 찾은 곳이 밝습니다.",
    },
    "inspectpages.correct": {"en": ":green[correct]", "ko": ":green[정답]"},
    "inspectpages.wrong": {"en": ":red[wrong]", "ko": ":red[오답]"},
    "inspectpages.top_k": {"en": "Top {k} predictions", "ko": "상위 {k}개 예측"},
    "inspectpages.predicted": {
        "en": "Predicted **{name}** ({probability}){verdict}",
        "ko": "예측: **{name}** ({probability}){verdict}",
    },
    "inspectpages.cam_no_conv": {
        "en": "Grad-CAM needs a Conv2D layer; this network has none.",
        "ko": "Grad-CAM에는 합성곱 층 (Conv2D)이 필요한데 이 신경망에는 없습니다.",
    },
    "inspectpages.cam_class": {"en": "Grad-CAM for class", "ko": "Grad-CAM을 볼 클래스"},
    "inspectpages.cam_class_help": {
        "en": "Grad-CAM asks: which places of the last conv layer's maps raised this class's score? It weights each "
              "map by the average gradient of the score and keeps the positive part, then scales it up to the image. "
              "Red = strongest evidence for the class.",
        "ko": "Grad-CAM은 이렇게 묻습니다: 마지막 합성곱 층의 특성 맵에서 어느 곳이 이 클래스의 점수를 올렸을까? "
              "각 맵에 점수의 평균 그레이디언트를 가중치로 곱해 더하고 양수 부분만 남긴 뒤, 이미지 크기로 키웁니다. "
              "빨강 = 이 클래스라는 가장 강한 근거입니다.",
    },
    "inspectpages.cam_layer_help": {
        "en": "The last conv layer sees the largest patterns with the most meaning; earlier layers give sharper but "
              "more edge-like maps.",
        "ko": "마지막 합성곱 층은 가장 크고 의미 있는 패턴을 봅니다. 앞쪽 층은 더 선명하지만 윤곽선 같은 맵을 "
              "줍니다.",
    },
    "inspectpages.cam_title": {"en": "Grad-CAM: {name}", "ko": "Grad-CAM: {name}"},
    "inspectpages.cam_value": {"en": "Grad-CAM", "ko": "Grad-CAM 값"},
    "inspectpages.cam_empty": {
        "en": "No place in {layer} raised the score of {name}: every weighted map sum was negative, so the positive "
              "part is empty. Try the predicted class or another layer.",
        "ko": "{layer}에서 {name}의 점수를 올린 곳이 없습니다: 가중합이 모든 곳에서 음수여서 양수 부분이 "
              "비어 있습니다. 예측 클래스나 다른 층을 골라 보세요.",
    },
    "inspectpages.inside": {"en": "Inside the network", "ko": "신경망 내부"},
    "inspectpages.all_layers": {"en": "All conv and pooling layers", "ko": "모든 합성곱 층과 풀링 층"},
    "inspectpages.layer_help": {
        "en": "Conv layers apply their filters (one output channel per filter); pooling layers shrink each map, "
              "keeping the strongest (max) or average response of each window. Flat layers (Flatten, Dense) are "
              "shown as bars, one per unit.",
        "ko": "합성곱 층은 필터를 적용합니다 (필터 하나당 출력 채널 하나). 풀링 층은 각 맵을 줄이면서 창마다 가장 "
              "강한 응답 (최대 풀링, max) 또는 평균 응답을 남깁니다. 1차원 층 (Flatten, Dense)은 뉴런마다 막대 하나로 "
              "보여 줍니다.",
    },
    "inspectpages.same_scale": {"en": "Same colour scale for all maps", "ko": "모든 맵에 같은 색 범위 쓰기"},
    "inspectpages.same_scale_help": {
        "en": "On: one colour scale per layer, so you can compare how strongly channels fire (dim maps barely "
              "responded). Off: each map is stretched to its own range, which shows the pattern even in weak "
              "channels.",
        "ko": "켜면: 층마다 색 범위가 하나여서 채널들이 얼마나 강하게 반응했는지 비교할 수 있습니다 (어두운 맵은 거의 "
              "반응하지 않은 것입니다). 끄면: 맵마다 자기 범위로 늘려서 약한 채널의 패턴도 보입니다.",
    },
    "inspectpages.no_feature_layers": {
        "en": "This network has no conv or pooling layers; pick a single layer instead.",
        "ko": "이 신경망에는 합성곱 층도 풀링 층도 없습니다. 대신 층 하나를 고르세요.",
    },
    "inspectpages.map_title": {"en": "{layer} ({kind}): output {shape}", "ko": "{layer} ({kind}): 출력 {shape}"},
    # ---- Kernels page
    "inspectpages.k_intro": {
        "en": "Each Conv2D layer learns a stack of small kernels (filters). Blue weights subtract, red weights add: "
              "a kernel with a red stripe beside a blue stripe is an edge detector. Training starts from random "
              "Glorot-uniform values; compare the two sides to see what training changed.",
        "ko": "합성곱 층 (Conv2D)마다 작은 커널 (필터) 여러 개를 학습합니다. 파란 가중치는 빼고 빨간 가중치는 "
              "더합니다: 빨간 줄 옆에 파란 줄이 있는 커널은 윤곽선 검출기입니다. 훈련은 무작위 Glorot 균등 분포 "
              "(glorot_uniform) 값에서 시작합니다. 양쪽을 비교해 훈련이 무엇을 바꿨는지 보세요.",
    },
    "inspectpages.k_no_conv": {
        "en": "This network has no Conv2D layer, so it has no kernels to show.",
        "ko": "이 신경망에는 합성곱 층 (Conv2D)이 없어서 보여 줄 커널이 없습니다.",
    },
    "inspectpages.k_layer_help": {
        "en": "Conv layers in order. The first sees pixels, so its kernels look like edge and blob detectors; later "
              "ones combine the earlier maps and are hard to read as pictures.",
        "ko": "합성곱 층을 순서대로 보여 줍니다. 첫 층은 픽셀을 보므로 커널이 윤곽선이나 얼룩 검출기처럼 "
              "보입니다. 뒤쪽 층은 앞 층의 특성 맵을 조합하므로 그림으로 읽기 어렵습니다.",
    },
    "inspectpages.k_channel": {"en": "Input channel (of {channels})", "ko": "입력 채널 (전체 {channels}개)"},
    "inspectpages.k_rgb": {"en": "RGB composite", "ko": "RGB 합성"},
    "inspectpages.k_channel_help": {
        "en": "A kernel of this layer is {height}×{width}×{channels}: one {height}×{width} slice per input channel, "
              "summed. You see one slice per filter at a time. For a colour first layer, 'RGB composite' shows the "
              "three slices as one small colour picture: the colour each filter responds to most.",
        "ko": "이 층의 커널은 {height}×{width}×{channels}입니다: 입력 채널마다 {height}×{width} 조각이 하나씩 있고, "
              "그 결과를 더합니다. 한 번에 필터마다 조각 하나를 봅니다. 컬러 이미지를 받는 첫 층이면 'RGB 합성'이 "
              "세 조각을 작은 컬러 그림 하나로 보여 줍니다: 각 필터가 가장 강하게 반응하는 색입니다.",
    },
    "inspectpages.k_initial_exact": {
        "en": "The exact weights this run started from (saved by the training job before the first step).",
        "ko": "이 실행이 시작할 때의 바로 그 가중치입니다 (훈련 작업이 첫 단계 전에 저장했습니다).",
    },
    "inspectpages.k_initial_fresh": {
        "en": "This run did not save its starting weights, so this is a fresh initialisation of the same layer with "
              "the same Glorot-uniform initialiser (seed 0): the same kind of random start, not the exact numbers.",
        "ko": "이 실행은 시작 가중치를 저장하지 않았습니다. 그래서 같은 층을 같은 Glorot 균등 분포 초기화 "
              "(glorot_uniform, seed 0)로 새로 초기화한 것입니다: 같은 종류의 무작위 시작이지만 숫자는 다릅니다.",
    },
    "inspectpages.k_trained_title": {
        "en": "Trained: {layer}, {filters} filters of {height}×{width}",
        "ko": "훈련 후: {layer}, {height}×{width} 필터 {filters}개",
    },
    "inspectpages.k_initial_title": {"en": "Initial: {layer}", "ko": "초깃값: {layer}"},
    "inspectpages.k_dead": {
        "en": "{dead} of {filters} filters are dead (red boxes): their ReLU output was 0 everywhere on {n} test "
              "images, so they never fire and get no gradient to recover: filters {which}.",
        "ko": "필터 {filters}개 중 {dead}개가 죽었습니다 (빨간 상자): 테스트 이미지 {n}개 어디에서나 ReLU 출력이 "
              "0이었습니다. 그래서 전혀 활성화되지 않고, 회복할 그레이디언트도 받지 못합니다: 필터 {which}.",
    },
    "inspectpages.k_no_dead": {
        "en": "No dead filters: every filter fired somewhere on {n} test images.",
        "ko": "죽은 필터가 없습니다: 모든 필터가 테스트 이미지 {n}개 중 어딘가에서 활성화되었습니다.",
    },
    "inspectpages.k_hist_title": {
        "en": "{layer}: weights and biases, initial vs trained",
        "ko": "{layer}: 가중치와 편향, 초깃값 vs 훈련 후",
    },
    "inspectpages.k_glorot": {
        "en": "Glorot uniform draws every weight from ±sqrt(6 / (fan_in + fan_out)) with fan = kernel area × "
              "channels: here ±{limit:.4f} (dotted lines); biases start at 0.",
        "ko": "Glorot 균등 분포 (glorot_uniform)는 모든 가중치를 ±sqrt(6 / (fan_in + fan_out)) 범위에서 뽑습니다. "
              "fan = 커널 넓이 × 채널 수이고, 여기서는 ±{limit:.4f}입니다 (점선). 편향은 0에서 시작합니다.",
    },
    "inspectpages.k_mean_change": {
        "en": "Mean absolute change during training: {change:.4f}.",
        "ko": "훈련하는 동안 바뀐 양의 평균 (절댓값): {change:.4f}.",
    },
}
