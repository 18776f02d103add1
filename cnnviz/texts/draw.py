"""Texts of the Draw page: draw a digit (or upload a photo of one) and see what the network predicts and why."""

TEXTS = {
    "draw.caption": {
        "en": "The network predicts as soon as you lift the pen. Below: exactly what it received, and why it answered.",
        "ko": "펜을 떼는 순간 신경망이 예측합니다. 아래에서 신경망이 실제로 받은 입력과 그렇게 답한 이유를 볼 수 "
              "있습니다.",
    },
    "draw.model": {"en": "Model", "ko": "모델"},
    "draw.model_help": {
        "en": "Which trained network reads your digit. The bundled model ships with cnnviz, so this page works before "
              "you train anything. Your own runs appear here when they were trained on MNIST with a 28×28×1 input, "
              "the only input a drawing can become.",
        "ko": "어떤 훈련된 신경망이 숫자를 읽을지 고릅니다. 기본 모델은 cnnviz에 들어 있어서 아무것도 훈련하지 "
              "않아도 이 페이지를 쓸 수 있습니다. 직접 훈련한 실행은 MNIST로, 입력 크기 28×28×1로 훈련했을 때 "
              "여기에 나타납니다. 그림은 이 입력으로만 바꿀 수 있기 때문입니다.",
    },
    "draw.bundled_model": {"en": "Bundled digit model (ships with cnnviz)", "ko": "기본 숫자 모델 (cnnviz에 포함)"},
    "draw.run_model": {"en": "Run: {name}", "ko": "실행: {name}"},
    "draw.run_model_accuracy": {
        "en": "Run: {name}, val. accuracy {accuracy:.1%}",
        "ko": "실행: {name}, 검증 정확도 {accuracy:.1%}",
    },
    "draw.loading_bundled": {"en": "Loading the bundled digit model…", "ko": "기본 숫자 모델을 불러오는 중…"},
    "draw.loading_run": {"en": "Loading the run's model…", "ko": "실행의 모델을 불러오는 중…"},
    "draw.excluded": {"en": "{count} saved run(s) not offered", "ko": "목록에 없는 저장된 실행 {count}개"},
    "draw.excluded_line": {"en": "- **{name}**: {reason}", "ko": "- **{name}**: {reason}"},
    "draw.no_model_yet": {"en": "no saved model yet", "ko": "아직 저장된 모델이 없습니다"},
    "draw.wrong_input": {
        "en": "its input is {shape}, but a drawing becomes one 28×28×1 grey image",
        "ko": "입력 크기가 {shape}이지만 그림은 28×28×1 흑백 이미지 하나가 됩니다",
    },
    "draw.unknown_shape": {"en": "unknown", "ko": "알 수 없음"},
    "draw.not_digits": {
        "en": "it learned {dataset}, not handwritten digits (MNIST)",
        "ko": "손글씨 숫자(MNIST)가 아니라 {dataset}을(를) 학습했습니다",
    },
    "draw.unknown_dataset": {"en": "an unknown dataset", "ko": "알 수 없는 데이터셋"},
    "draw.model_failed": {
        "en": "Could not load this model: {reason}. Pick another one above.",
        "ko": "이 모델을 불러올 수 없습니다: {reason}. 위에서 다른 모델을 고르세요.",
    },
    "draw.input": {"en": "Input", "ko": "입력"},
    "draw.input_help": {
        "en": "Draw with the mouse (or a finger), or upload a photo or scan of a single handwritten digit.",
        "ko": "마우스(또는 손가락)로 그리거나, 손으로 쓴 숫자 하나를 찍은 사진이나 스캔을 올리세요.",
    },
    "draw.source_draw": {"en": "Draw", "ko": "그리기"},
    "draw.source_upload": {"en": "Upload a photo", "ko": "사진 올리기"},
    "draw.pen_width": {"en": "Pen width (px)", "ko": "펜 굵기 (px)"},
    "draw.pen_width_help": {
        "en": "How thick the pen is, in canvas pixels (the canvas is 280×280). MNIST digits are about 2–3 pixels "
              "thick after being shrunk to fit a 20-pixel box, which a 15–25 px pen gives here. A very thin or very "
              "thick pen draws digits unlike anything the network learned from, and it gets less sure.",
        "ko": "캔버스 픽셀 단위의 펜 굵기입니다 (캔버스는 280×280). MNIST 숫자는 20픽셀 상자에 맞게 줄였을 때 "
              "굵기가 2–3픽셀쯤 되는데, 여기서는 15–25 px 펜이 그 굵기가 됩니다. 펜이 너무 가늘거나 굵으면 신경망이 "
              "학습한 숫자와 달라져서 확신이 떨어집니다.",
    },
    "draw.toolbar": {
        "en": "Toolbar: **undo** the last stroke, **redo**, or the bin to clear the canvas.",
        "ko": "도구 모음: 마지막 획 **되돌리기**, **다시 실행**, 휴지통은 캔버스 지우기입니다.",
    },
    "draw.upload": {"en": "Photo or scan of one digit", "ko": "숫자 하나를 찍은 사진이나 스캔"},
    "draw.upload_help": {
        "en": "Up to {megapixels} megapixels, any colour mode. It goes through the same MNIST steps as a drawing: "
              "grey, cropped, scaled to 20 px, centred by mass.",
        "ko": "최대 {megapixels}메가픽셀, 어떤 색상 모드든 괜찮습니다. 그림과 똑같은 MNIST 전처리를 거칩니다: "
              "흑백으로 바꾸고, 잘라 내고, 20 px로 줄이고, 무게 중심을 가운데로 옮깁니다.",
    },
    "draw.invert": {"en": "Invert (dark ink on light paper)", "ko": "반전 (밝은 종이에 어두운 글씨)"},
    "draw.invert_help": {
        "en": "MNIST digits are white ink on black. A photo of pen on paper is the opposite, so its brightness must "
              "be flipped. **Auto** flips it when the image's border is mostly bright (paper).",
        "ko": "MNIST 숫자는 검은 바탕에 흰 글씨입니다. 종이에 펜으로 쓴 사진은 그 반대라서 밝기를 뒤집어야 "
              "합니다. **자동**은 이미지 테두리가 대부분 밝으면(종이) 뒤집습니다.",
    },
    "draw.invert_auto": {"en": "Auto", "ko": "자동"},
    "draw.invert_yes": {"en": "Yes", "ko": "예"},
    "draw.invert_no": {"en": "No", "ko": "아니요"},
    "draw.using": {"en": "Using **{name}**.", "ko": "**{name}** 사용 중."},
    "draw.file_error": {"en": "{name}: {reason}", "ko": "{name}: {reason}"},
    "draw.empty_hint": {
        "en": "Draw a digit in the black box: one digit, as large as you like. The prediction appears when you lift "
              "the pen.",
        "ko": "검은 상자 안에 숫자 하나를 원하는 만큼 크게 그리세요. 펜을 떼면 예측이 나타납니다.",
    },
    "draw.upload_hint": {
        "en": "Upload an image of one digit to see the prediction.",
        "ko": "숫자 하나가 있는 이미지를 올리면 예측을 볼 수 있습니다.",
    },
    "draw.layer_count_help": {
        "en": "How many of the first convolution layers to show. The first layer responds to edges and stroke "
              "directions; deeper layers combine them into parts of digits (loops, corners, line ends), on smaller "
              "maps.",
        "ko": "앞에서부터 몇 개의 합성곱 층을 보여 줄지 정합니다. 첫 번째 층은 모서리와 획의 방향에 반응하고, 더 "
              "깊은 층은 그것들을 조합해 숫자의 부분(고리, 꺾인 곳, 선 끝)에 반응합니다. 특성 맵은 더 작아집니다.",
    },
}
