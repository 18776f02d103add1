"""Texts only Predict and Draw a digit say, in English and Korean.

Registered with the one catalog (cnnviz.i18n.add_texts) by pages.common.texts.register when
pages.common is imported."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # ---- from the former cnnviz/texts/draw.py
    "play.draw.caption": {
        "en": "The network predicts as soon as you lift the pen. Below: exactly what it received, and why it answered.",
        "ko": "펜을 떼는 순간 신경망이 예측합니다. 아래에서 신경망이 실제로 받은 입력과 그렇게 답한 이유를 볼 수 "
              "있습니다.",
    },
    "play.draw.model": {"en": "Model", "ko": "모델"},
    "play.draw.model_help": {
        "en": "Which trained network reads your digit. The bundled model ships with cnnviz, so this page works before "
              "you train anything. Your own runs appear here when they were trained on MNIST with a 28×28×1 input, "
              "the only input a drawing can become.",
        "ko": "어떤 훈련된 신경망이 숫자를 읽을지 고릅니다. 기본 모델은 cnnviz에 들어 있어서 아무것도 훈련하지 "
              "않아도 이 페이지를 쓸 수 있습니다. 직접 훈련한 실행은 MNIST로, 입력 크기 28×28×1로 훈련했을 때 "
              "여기에 나타납니다. 그림은 이 입력으로만 바꿀 수 있기 때문입니다.",
    },
    "play.draw.bundled_model": {"en": "Bundled digit model (ships with cnnviz)",
                                "ko": "기본 숫자 모델 (cnnviz에 포함)"},
    "play.draw.run_model": {"en": "Run: {name}", "ko": "실행: {name}"},
    "play.draw.run_model_accuracy": {
        "en": "Run: {name}, val. accuracy {accuracy:.1%}",
        "ko": "실행: {name}, 검증 정확도 {accuracy:.1%}",
    },
    "play.draw.loading_bundled": {"en": "Loading the bundled digit model…", "ko": "기본 숫자 모델을 불러오는 중…"},
    "play.draw.loading_run": {"en": "Loading the run's model…", "ko": "실행의 모델을 불러오는 중…"},
    "play.draw.excluded": {"en": "{count} saved run(s) not offered", "ko": "목록에 없는 저장된 실행 {count}개"},
    "play.draw.excluded_line": {"en": "- **{name}**: {reason}", "ko": "- **{name}**: {reason}"},
    "play.draw.no_model_yet": {"en": "no saved model yet", "ko": "아직 저장된 모델이 없습니다"},
    "play.draw.wrong_input": {
        "en": "its input is {shape}, but a drawing becomes one 28×28×1 grey image",
        "ko": "입력 크기가 {shape}이지만 그림은 28×28×1 흑백 이미지 하나가 됩니다",
    },
    "play.draw.unknown_shape": {"en": "unknown", "ko": "알 수 없음"},
    "play.draw.not_digits": {
        "en": "it learned {dataset}, not handwritten digits (MNIST)",
        "ko": "손글씨 숫자(MNIST)가 아니라 {dataset}을(를) 학습했습니다",
    },
    "play.draw.unknown_dataset": {"en": "an unknown dataset", "ko": "알 수 없는 데이터셋"},
    "play.draw.model_failed": {
        "en": "Could not load this model: {reason}. Pick another one above.",
        "ko": "이 모델을 불러올 수 없습니다: {reason}. 위에서 다른 모델을 고르세요.",
    },
    "play.draw.input": {"en": "Input", "ko": "입력"},
    "play.draw.input_help": {
        "en": "Draw with the mouse (or a finger), upload a photo or scan of a single handwritten digit, or pick a "
              "real handwritten example from the MNIST sample (no mouse needed).",
        "ko": "마우스(또는 손가락)로 그리거나, 손으로 쓴 숫자 하나를 찍은 사진이나 스캔을 올리거나, MNIST 샘플에서 "
              "사람이 실제로 쓴 예시를 고르세요 (마우스가 필요 없습니다).",
    },
    "play.draw.source_draw": {"en": "Draw", "ko": "그리기"},
    "play.draw.source_upload": {"en": "Upload a photo", "ko": "사진 올리기"},
    "play.draw.source_example": {"en": "Pick an example", "ko": "예시 고르기"},
    "play.draw.example_digit": {"en": "Digit", "ko": "숫자"},
    "play.draw.example_digit_help": {
        "en": "Which digit to show the network: a real handwritten one from the MNIST sample that ships with "
              "cnnviz. It goes through the same steps as a drawing, so you can see the prediction without a mouse.",
        "ko": "신경망에 보여 줄 숫자입니다. cnnviz에 함께 들어 있는 MNIST 샘플에서 사람이 실제로 손으로 쓴 숫자를 "
              "가져옵니다. 그림과 똑같은 단계를 거치므로 마우스 없이도 예측을 볼 수 있습니다.",
    },
    "play.draw.example_number": {"en": "Which one (1–{count})", "ko": "몇 번째 (1–{count})"},
    "play.draw.example_number_help": {
        "en": "The sample holds {count} handwritten examples of every digit, each written by a different hand. Step "
              "through them (arrow keys or +/−) and watch which ones the network finds hard.",
        "ko": "샘플에는 숫자마다 서로 다른 사람이 쓴 예시가 {count}개씩 있습니다. 화살표 키나 +/−로 하나씩 넘기며 "
              "신경망이 어떤 글씨를 어려워하는지 살펴보세요.",
    },
    "play.draw.example_caption": {
        "en": "A handwritten {digit} from the MNIST sample, number {number} of {count}.",
        "ko": "MNIST 샘플에서 가져온 손글씨 {digit}, {count}개 중 {number}번째입니다.",
    },
    "play.draw.pen_width": {"en": "Pen width (px)", "ko": "펜 굵기 (px)"},
    "play.draw.pen_width_help": {
        "en": "How thick the pen is, in canvas pixels (the canvas is 280×280). MNIST digits are about 2–3 pixels "
              "thick after being shrunk to fit a 20-pixel box, which a 15–25 px pen gives here. A very thin or very "
              "thick pen draws digits unlike anything the network learned from, and it gets less sure.",
        "ko": "캔버스 픽셀 단위의 펜 굵기입니다 (캔버스는 280×280). MNIST 숫자는 20픽셀 상자에 맞게 줄였을 때 "
              "굵기가 2–3픽셀쯤 되는데, 여기서는 15–25 px 펜이 그 굵기가 됩니다. 펜이 너무 가늘거나 굵으면 신경망이 "
              "학습한 숫자와 달라져서 확신이 떨어집니다.",
    },
    "play.draw.toolbar": {
        "en": "Toolbar: **undo** the last stroke, **redo**, or the bin to clear the canvas.",
        "ko": "도구 모음: 마지막 획 **되돌리기**, **다시 실행**, 휴지통은 캔버스 지우기입니다.",
    },
    "play.draw.upload": {"en": "Photo or scan of one digit", "ko": "숫자 하나를 찍은 사진이나 스캔"},
    "play.draw.upload_help": {
        "en": "Up to {megapixels} megapixels, any colour mode. It goes through the same MNIST steps as a drawing: "
              "grey, cropped, scaled to 20 px, centred by mass.",
        "ko": "최대 {megapixels}메가픽셀, 어떤 색상 모드든 괜찮습니다. 그림과 똑같은 MNIST 전처리를 거칩니다: "
              "흑백으로 바꾸고, 잘라 내고, 20 px로 줄이고, 무게 중심을 가운데로 옮깁니다.",
    },
    "play.draw.invert": {"en": "Invert (dark ink on light paper)", "ko": "반전 (밝은 종이에 어두운 글씨)"},
    "play.draw.invert_help": {
        "en": "MNIST digits are white ink on black. A photo of pen on paper is the opposite, so its brightness must "
              "be flipped. **Auto** flips it when the image's border is mostly bright (paper).",
        "ko": "MNIST 숫자는 검은 바탕에 흰 글씨입니다. 종이에 펜으로 쓴 사진은 그 반대라서 밝기를 뒤집어야 "
              "합니다. **자동**은 이미지 테두리가 대부분 밝으면(종이) 뒤집습니다.",
    },
    "play.draw.invert_auto": {"en": "Auto", "ko": "자동"},
    "play.draw.invert_yes": {"en": "Yes", "ko": "예"},
    "play.draw.invert_no": {"en": "No", "ko": "아니요"},
    "play.draw.using": {"en": "Using **{name}**.", "ko": "**{name}** 사용 중."},
    "play.draw.file_error": {"en": "{name}: {reason}", "ko": "{name}: {reason}"},
    "play.draw.empty_hint": {
        "en": "Draw a digit in the black box: one digit, as large as you like. The prediction appears when you lift "
              "the pen.",
        "ko": "검은 상자 안에 숫자 하나를 원하는 만큼 크게 그리세요. 펜을 떼면 예측이 나타납니다.",
    },
    "play.draw.upload_hint": {
        "en": "Upload an image of one digit to see the prediction.",
        "ko": "숫자 하나가 있는 이미지를 올리면 예측을 볼 수 있습니다.",
    },
    "play.draw.layer_count_help": {
        "en": "How many of the first convolution layers to show. The first layer responds to edges and stroke "
              "directions; deeper layers combine them into parts of digits (loops, corners, line ends), on smaller "
              "maps.",
        "ko": "앞에서부터 몇 개의 합성곱 층을 보여 줄지 정합니다. 첫 번째 층은 모서리와 획의 방향에 반응하고, 더 "
              "깊은 층은 그것들을 조합해 숫자의 부분(고리, 꺾인 곳, 선 끝)에 반응합니다. 특성 맵은 더 작아집니다.",
    },
    # ---- from the former cnnviz/texts/ownpages.py
    "play.ownpages.colour_word": {"en": "colour", "ko": "컬러"},
    "play.ownpages.grey_word": {"en": "grey", "ko": "흑백"},

    # the result panels (Predict and Draw)
    "play.ownpages.res_prediction": {"en": "Prediction", "ko": "예측"},
    "play.ownpages.res_confidence": {"en": "Confidence", "ko": "확신도"},
    "play.ownpages.res_confidence_help": {
        "en": "The softmax probability of the predicted class: how sure the network is. High confidence is not "
              "proof: networks can be confidently wrong.",
        "ko": "예측한 클래스의 소프트맥스(softmax) 확률, 곧 네트워크가 얼마나 확신하는지입니다. 확신도가 높다고 "
              "맞는 것은 아닙니다. 네트워크도 자신 있게 틀릴 수 있습니다.",
    },
    "play.ownpages.res_runner_up": {"en": "Runner-up: **{name}** at {p}.", "ko": "2위: **{name}** ({p})."},
    "play.ownpages.res_all_probabilities": {"en": "All {n} probabilities", "ko": "클래스 {n}개의 확률"},
    "play.ownpages.res_top_probabilities": {"en": "Top {k} probabilities", "ko": "확률 상위 {k}개"},
    "play.ownpages.res_receives": {"en": "What the network receives", "ko": "네트워크가 받는 입력"},
    "play.ownpages.res_model_input": {"en": "{height}×{width} model input", "ko": "{height}×{width} 모델 입력"},
    "play.ownpages.res_why": {"en": "Why this answer", "ko": "왜 이렇게 답했을까"},
    "play.ownpages.res_no_conv": {
        "en": "This model has no convolution layers, so there are no feature maps or Grad-CAM to show.",
        "ko": "이 모델에는 합성곱 층이 없어서 보여 줄 특성 맵이나 Grad-CAM이 없습니다.",
    },
    "play.ownpages.res_computing_cam": {"en": "Computing Grad-CAM…", "ko": "Grad-CAM 계산 중…"},
    "play.ownpages.res_cam_title": {"en": "Grad-CAM for “{name}”", "ko": "“{name}”의 Grad-CAM"},
    "play.ownpages.res_cam_caption": {
        "en": "Red: where the last convolution layer (`{layer}`) found the most evidence for **{name}**: the "
              "gradient of that class's score says which of its maps matter, and their weighted sum shows where.",
        "ko": "빨간 곳: 마지막 합성곱 층(`{layer}`)이 **{name}**의 근거를 가장 많이 찾은 곳입니다. 그 클래스 점수의 "
              "그레이디언트가 어떤 특성 맵이 중요한지 알려 주고, 그 맵들의 가중합이 위치를 보여 줍니다.",
    },
    "play.ownpages.res_layers_to_show": {"en": "Conv layers to show", "ko": "보여 줄 합성곱 층 수"},
    "play.ownpages.res_layers_help": {
        "en": "How many of the first convolution layers to show. The first layer responds to edges, colours and "
              "simple textures; deeper layers combine them into parts of objects, on smaller maps.",
        "ko": "앞쪽 합성곱 층을 몇 개까지 보여 줄지 정합니다. 첫 층은 모서리, 색, 단순한 무늬에 반응하고 더 깊은 "
              "층은 그것들을 조합해 물체의 부분에 반응하며 특성 맵은 더 작아집니다.",
    },
    "play.ownpages.res_maps_title": {
        "en": "{layer}: {n} feature maps of {height}×{width}",
        "ko": "{layer}: {height}×{width} 특성 맵 {n}개",
    },
    "play.ownpages.res_maps_caption": {
        "en": "Each tile is one filter's response to your image (bright = strong). Early filters light up on edges "
              "and colours; later ones on larger parts of the object.",
        "ko": "타일 하나가 필터 하나의 반응입니다(밝을수록 강함). 앞쪽 필터는 모서리와 색에, 뒤쪽 필터는 물체의 "
              "더 큰 부분에 반응합니다.",
    },
    "play.ownpages.draw_mnist_steps": {
        "en": "Like MNIST: grey levels, cropped to the ink, the longer side scaled to 20 px (keeping the shape), then "
              "placed in a 28×28 field so the ink's centre of mass is in the middle. Hover for pixel values.",
        "ko": "MNIST와 똑같이: 흑백으로 바꾸고, 잉크 부분만 잘라 긴 변을 20 px로 줄인 뒤(모양 유지) 잉크의 무게중심이 "
              "가운데 오도록 28×28 안에 놓습니다. 마우스를 올리면 픽셀 값이 보입니다.",
    },
    "play.ownpages.draw_maps_caption": {
        "en": "Each tile is one filter's response to your digit (bright = strong). Early filters light up on edges "
              "and strokes of one direction; later ones on larger parts of the digit.",
        "ko": "타일 하나가 필터 하나의 반응입니다(밝을수록 강함). 앞쪽 필터는 모서리와 한 방향의 획에, 뒤쪽 필터는 "
              "숫자의 더 큰 부분에 반응합니다.",
    },

    # Predict
    "play.ownpages.predict_title": {"en": "Predict", "ko": "예측하기"},
    "play.ownpages.predict_intro": {
        "en": "Try any trained network on a photo: it is prepared exactly the way that network's training images "
              "were, then you see the most likely classes, where the network looked (Grad-CAM) and what its first "
              "layers saw.",
        "ko": "학습된 네트워크에 사진을 넣어 보세요. 그 네트워크의 학습 이미지와 똑같은 방법으로 준비한 뒤, 가장 "
              "가능성 높은 클래스, 네트워크가 본 곳(Grad-CAM), 앞쪽 층이 본 것을 보여 줍니다.",
    },
    "play.ownpages.predict_source_camera": {"en": "Take a photo", "ko": "사진 찍기"},
    "play.ownpages.predict_source_help": {
        "en": "A picture file from your computer or phone, or a shot from the webcam (the browser asks for the "
              "camera first).",
        "ko": "컴퓨터나 휴대폰의 사진 파일, 또는 웹캠으로 찍은 사진입니다(브라우저가 먼저 카메라 사용을 묻습니다).",
    },
    "play.ownpages.predict_file_help": {
        "en": "PNG, JPEG, GIF, BMP, WebP or TIFF. It is prepared like the network's training images: see the steps "
              "below.",
        "ko": "PNG, JPEG, GIF, BMP, WebP, TIFF 파일. 네트워크의 학습 이미지와 똑같이 준비됩니다. 아래 단계를 보세요.",
    },
    "play.ownpages.predict_camera": {"en": "Webcam", "ko": "웹캠"},
    "play.ownpages.predict_camera_help": {
        "en": "Hold the object in the middle of the picture, on a plain background, as in the training images.",
        "ko": "학습 이미지처럼 단순한 배경에서 물체를 화면 가운데에 두고 찍으세요.",
    },
    "play.ownpages.predict_empty": {
        "en": "Upload an image or take a photo to see what the network makes of it.",
        "ko": "이미지를 올리거나 사진을 찍으면 네트워크가 무엇이라고 보는지 알려 줍니다.",
    },
    "play.ownpages.predict_using": {"en": "Using **{file}**.", "ko": "**{file}** 사용 중."},
    "play.ownpages.predict_answers_with": {
        "en": "Answers come from **{model}**, which tells apart: {classes}. For photos of other things, pick another "
              "model above.",
        "ko": "답은 **{model}**에서 나옵니다. 이 모델이 구분하는 것: {classes}. 다른 종류의 사진이라면 위에서 다른 "
              "모델을 고르세요.",
    },
    "play.ownpages.predict_invert": {"en": "Invert (dark object on light paper)",
                                     "ko": "반전 (밝은 종이 위 어두운 물체)"},
    "play.ownpages.invert_auto": {"en": "Auto", "ko": "자동"},
    "play.ownpages.invert_yes": {"en": "Yes", "ko": "예"},
    "play.ownpages.invert_no": {"en": "No", "ko": "아니요"},
    "play.ownpages.predict_invert_help": {
        "en": "MNIST and Fashion-MNIST show a light object on black. A photo of dark ink or a garment on white "
              "paper is the opposite, so its brightness must be flipped. **Auto** flips it when the image's border "
              "is mostly bright.",
        "ko": "MNIST와 Fashion-MNIST는 검은 배경에 밝은 물체입니다. 흰 종이 위 어두운 글씨나 옷 사진은 반대이므로 "
              "밝기를 뒤집어야 합니다. **자동**은 이미지 테두리가 대부분 밝으면 뒤집습니다.",
    },
    "play.ownpages.predict_like_mnist": {"en": "It learned MNIST-style digits", "ko": "MNIST 같은 숫자를 학습한 모델"},
    "play.ownpages.predict_like_mnist_help": {
        "en": "On: prepare the image with MNIST's steps (grey, cropped to the ink, 20 px, centred by mass). Off: "
              "just resize it to 28×28. Use the steps the model's training images went through.",
        "ko": "켜면 MNIST의 단계(흑백, 잉크 부분만 자르기, 20 px, 무게중심 맞추기)로 준비합니다. 끄면 28×28로 "
              "크기만 바꿉니다. 모델의 학습 이미지가 거친 방법을 고르세요.",
    },
    "play.ownpages.predict_prep_user": {
        "en": "This network learned your own images: a new image is made {colour}, {fit} and {size}×{size} pixels, "
              "exactly as at import.",
        "ko": "이 네트워크는 내 이미지로 학습했습니다. 새 이미지도 가져올 때와 똑같이 {colour}, {fit}, "
              "{size}×{size} 픽셀로 만듭니다.",
    },
    "play.ownpages.predict_prep_mnist": {
        "en": "This network learned handwritten digits (MNIST): a new image goes through MNIST's steps.",
        "ko": "이 네트워크는 손글씨 숫자(MNIST)를 학습했습니다. 새 이미지도 MNIST의 단계를 거칩니다.",
    },
    "play.ownpages.predict_prep_resize": {
        "en": "A new image is resized to {height}×{width} pixels, {colour}, values scaled to [0, 1].",
        "ko": "새 이미지를 {height}×{width} 픽셀, {colour}으로 바꾸고 값을 [0, 1]로 맞춥니다.",
    },
    "play.ownpages.predict_no_ink": {
        "en": "{file}: no digit found (nothing drawn, or too little contrast).",
        "ko": "{file}: 숫자를 찾지 못했습니다(그린 것이 없거나 대비가 너무 작음).",
    },
    # ---- from the former cnnviz/texts/runfiles.py
    "play.runfiles.model_not_digits": {
        "en": "{file} takes {model} images, not the 28×28×1 digits drawn here",
        "ko": "{file} 모델은 {model} 이미지를 받습니다. 여기서 그리는 28×28×1 숫자가 아닙니다",
    },
}
