"""Texts of the pages for the user's own data and models: My data, My models, Predict, the shared result panels
(Predict and Draw), the model picker of the look-inside pages, the Train page's own datasets and the export."""

TEXTS = {
    # navigation
    # common words and buttons
    "ownpages.delete": {"en": "Delete…", "ko": "삭제…"},
    "ownpages.yes_delete": {"en": "Yes, delete", "ko": "네, 삭제합니다"},
    "ownpages.cancel": {"en": "Cancel", "ko": "취소"},
    "ownpages.colour_word": {"en": "colour", "ko": "컬러"},
    "ownpages.grey_word": {"en": "grey", "ko": "흑백"},
    "ownpages.fit_pad_word": {"en": "padded to a square", "ko": "정사각형으로 패딩"},
    "ownpages.fit_crop_word": {"en": "centre cropped", "ko": "가운데를 잘라냄"},
    "ownpages.col_name": {"en": "name", "ko": "이름"},
    "ownpages.col_classes": {"en": "classes", "ko": "클래스 수"},
    "ownpages.col_images": {"en": "images", "ko": "이미지 수"},
    "ownpages.col_shape": {"en": "input", "ko": "입력"},
    "ownpages.col_fit": {"en": "fit", "ko": "맞춤"},
    "ownpages.col_created": {"en": "created", "ko": "만든 때"},
    "ownpages.col_layer": {"en": "Layer", "ko": "층"},
    "ownpages.col_type": {"en": "Type", "ko": "종류"},
    "ownpages.col_output": {"en": "Output shape", "ko": "출력 모양"},
    "ownpages.col_params": {"en": "Param #", "ko": "파라미터 수"},
    "ownpages.col_formula": {"en": "Formula", "ko": "계산식"},
    "ownpages.col_inbound": {"en": "Reads from", "ko": "입력 받는 층"},

    # the model picker of the look-inside pages and Predict
    "ownpages.model_picker": {"en": "Run or model", "ko": "실행 기록 또는 모델"},
    "ownpages.model_picker_help": {
        "en": "A saved training run (newest first; each keeps its architecture, settings, data split and trained "
              "weights), or a Keras model you uploaded on the My models page (only its weights: no dataset, no "
              "history).",
        "ko": "저장된 학습 실행 기록(최신순, 각각 구조, 설정, 데이터 분할, 학습된 가중치를 갖고 있음) 또는 "
              "내 모델 페이지에서 올린 Keras 모델(가중치만 있고 데이터셋과 학습 기록은 없음)입니다.",
    },
    "ownpages.run_own_dataset": {"en": "my data", "ko": "내 데이터"},
    "ownpages.upload_label": {
        "en": "My model: {name} · input {shape} · {n} classes",
        "ko": "내 모델: {name} · 입력 {shape} · 클래스 {n}개",
    },
    "ownpages.bundled_model": {
        "en": "Bundled digit model (ships with cnnviz)",
        "ko": "기본 숫자 모델 (cnnviz에 들어 있음)",
    },
    "ownpages.damaged_models": {
        "en": "Cannot load the model of these runs, so they are not offered here: {runs}. Their model files are "
              "damaged (a training process killed while saving, or a file changed by hand); the Runs page keeps "
              "their history.",
        "ko": "다음 실행의 모델을 불러올 수 없어서 여기에 보이지 않습니다: {runs}. 모델 파일이 손상되었습니다 (저장 "
              "중에 훈련 프로세스가 종료되었거나 파일을 직접 바꾼 경우). 훈련 기록 페이지에는 학습 기록이 남아 "
              "있습니다.",
    },
    "ownpages.no_model_yet": {
        "en": "There is no trained run to look inside yet. Train a network first (a couple of epochs on the MNIST "
              "sample take under a minute), or upload a Keras model on the My models page, then come back here.",
        "ko": "아직 들여다볼 학습된 실행 기록이 없습니다. 먼저 네트워크를 학습시키거나(MNIST 샘플로 에포크 두어 번은 "
              "1분도 안 걸립니다) 내 모델 페이지에서 Keras 모델을 올린 다음 다시 오세요.",
    },
    "ownpages.go_train": {"en": "Go to Train", "ko": "학습 페이지로"},
    "ownpages.go_models": {"en": "Upload a model", "ko": "모델 올리기"},
    "ownpages.open_train_in_nav": {
        "en": "Open **Train** or **My models** in the navigation.",
        "ko": "메뉴에서 **Train** 또는 **내 모델**을 여세요.",
    },
    "ownpages.cannot_load_run": {
        "en": "Cannot load the model of this run ({file}): {reason}",
        "ko": "이 실행 기록의 모델({file})을 불러올 수 없습니다: {reason}",
    },
    "ownpages.cannot_load_model": {
        "en": "Cannot load the model {name}: {reason}",
        "ko": "모델 {name}을(를) 불러올 수 없습니다: {reason}",
    },
    "ownpages.no_dataset_images": {
        "en": "An uploaded model comes without its dataset: feed it a photo or drawing of your own.",
        "ko": "올린 모델에는 데이터셋이 없습니다. 직접 가진 사진이나 그림을 넣어 보세요.",
    },
    "ownpages.drawing_unknown_model": {
        "en": "Your drawing is a handwritten digit, resized to this model's input. Only a model that learned digits "
              "can make sense of it.",
        "ko": "그린 그림은 손글씨 숫자이고 이 모델의 입력 크기로 바뀝니다. 숫자를 학습한 모델만 제대로 읽을 수 "
              "있습니다.",
    },
    "ownpages.kernels_no_initial": {
        "en": "An uploaded model comes without the weights it started from, so this is a fresh initialisation of "
              "the same layer with its own initialiser (seed 0): the same kind of random start, not its numbers.",
        "ko": "올린 모델에는 학습을 시작할 때의 가중치가 없습니다. 그래서 같은 층을 그 층의 초기화 방법으로 새로 "
              "초기화한 값(seed 0)을 보여 줍니다. 같은 종류의 무작위 시작점일 뿐 실제 값은 아닙니다.",
    },
    "ownpages.kernels_no_dead_check": {
        "en": "Dead filters are found on a run's test images; an uploaded model has none, so they are not marked.",
        "ko": "죽은 필터는 실행 기록의 테스트 세트 이미지로 찾습니다. 올린 모델에는 테스트 세트가 없어서 표시하지 "
              "않습니다.",
    },
    "ownpages.confusion_needs_run": {
        "en": "A confusion matrix needs a run's test set: the images the network never learned from, with their "
              "true classes. An uploaded model comes without one. Pick a run here, or try the model on your own "
              "images on the Predict page.",
        "ko": "오차 행렬에는 실행 기록의 테스트 세트(네트워크가 학습에 쓰지 않은, 정답이 붙은 이미지)가 필요합니다. "
              "올린 모델에는 테스트 세트가 없습니다. 여기서 실행 기록을 고르거나 예측하기 페이지에서 내 이미지로 "
              "모델을 시험해 보세요.",
    },

    # the result panels (Predict and Draw)
    "ownpages.res_prediction": {"en": "Prediction", "ko": "예측"},
    "ownpages.res_confidence": {"en": "Confidence", "ko": "확신도"},
    "ownpages.res_confidence_help": {
        "en": "The softmax probability of the predicted class: how sure the network is. High confidence is not "
              "proof: networks can be confidently wrong.",
        "ko": "예측한 클래스의 소프트맥스(softmax) 확률, 곧 네트워크가 얼마나 확신하는지입니다. 확신도가 높다고 "
              "맞는 것은 아닙니다. 네트워크도 자신 있게 틀릴 수 있습니다.",
    },
    "ownpages.res_runner_up": {"en": "Runner-up: **{name}** at {p}.", "ko": "2위: **{name}** ({p})."},
    "ownpages.res_all_probabilities": {"en": "All {n} probabilities", "ko": "클래스 {n}개의 확률"},
    "ownpages.res_top_probabilities": {"en": "Top {k} probabilities", "ko": "확률 상위 {k}개"},
    "ownpages.res_receives": {"en": "What the network receives", "ko": "네트워크가 받는 입력"},
    "ownpages.res_model_input": {"en": "{height}×{width} model input", "ko": "{height}×{width} 모델 입력"},
    "ownpages.res_why": {"en": "Why this answer", "ko": "왜 이렇게 답했을까"},
    "ownpages.res_no_conv": {
        "en": "This model has no convolution layers, so there are no feature maps or Grad-CAM to show.",
        "ko": "이 모델에는 합성곱 층이 없어서 보여 줄 특성 맵이나 Grad-CAM이 없습니다.",
    },
    "ownpages.res_computing_cam": {"en": "Computing Grad-CAM…", "ko": "Grad-CAM 계산 중…"},
    "ownpages.res_cam_title": {"en": "Grad-CAM for “{name}”", "ko": "“{name}”의 Grad-CAM"},
    "ownpages.res_cam_caption": {
        "en": "Red: where the last convolution layer (`{layer}`) found the most evidence for **{name}**: the "
              "gradient of that class's score says which of its maps matter, and their weighted sum shows where.",
        "ko": "빨간 곳: 마지막 합성곱 층(`{layer}`)이 **{name}**의 근거를 가장 많이 찾은 곳입니다. 그 클래스 점수의 "
              "그레이디언트가 어떤 특성 맵이 중요한지 알려 주고, 그 맵들의 가중합이 위치를 보여 줍니다.",
    },
    "ownpages.res_layers_to_show": {"en": "Conv layers to show", "ko": "보여 줄 합성곱 층 수"},
    "ownpages.res_layers_help": {
        "en": "How many of the first convolution layers to show. The first layer responds to edges, colours and "
              "simple textures; deeper layers combine them into parts of objects, on smaller maps.",
        "ko": "앞쪽 합성곱 층을 몇 개까지 보여 줄지 정합니다. 첫 층은 모서리, 색, 단순한 무늬에 반응하고 더 깊은 "
              "층은 그것들을 조합해 물체의 부분에 반응하며 특성 맵은 더 작아집니다.",
    },
    "ownpages.res_computing_maps": {"en": "Computing feature maps…", "ko": "특성 맵 계산 중…"},
    "ownpages.res_maps_title": {
        "en": "{layer}: {n} feature maps of {height}×{width}",
        "ko": "{layer}: {height}×{width} 특성 맵 {n}개",
    },
    "ownpages.res_maps_caption": {
        "en": "Each tile is one filter's response to your image (bright = strong). Early filters light up on edges "
              "and colours; later ones on larger parts of the object.",
        "ko": "타일 하나가 필터 하나의 반응입니다(밝을수록 강함). 앞쪽 필터는 모서리와 색에, 뒤쪽 필터는 물체의 "
              "더 큰 부분에 반응합니다.",
    },
    "ownpages.draw_mnist_steps": {
        "en": "Like MNIST: grey levels, cropped to the ink, the longer side scaled to 20 px (keeping the shape), then "
              "placed in a 28×28 field so the ink's centre of mass is in the middle. Hover for pixel values.",
        "ko": "MNIST와 똑같이: 흑백으로 바꾸고, 잉크 부분만 잘라 긴 변을 20 px로 줄인 뒤(모양 유지) 잉크의 무게중심이 "
              "가운데 오도록 28×28 안에 놓습니다. 마우스를 올리면 픽셀 값이 보입니다.",
    },
    "ownpages.draw_maps_caption": {
        "en": "Each tile is one filter's response to your digit (bright = strong). Early filters light up on edges "
              "and strokes of one direction; later ones on larger parts of the digit.",
        "ko": "타일 하나가 필터 하나의 반응입니다(밝을수록 강함). 앞쪽 필터는 모서리와 한 방향의 획에, 뒤쪽 필터는 "
              "숫자의 더 큰 부분에 반응합니다.",
    },

    # Predict
    "ownpages.predict_title": {"en": "Predict", "ko": "예측하기"},
    "ownpages.predict_intro": {
        "en": "Try any trained network on a photo: it is prepared exactly the way that network's training images "
              "were, then you see the most likely classes, where the network looked (Grad-CAM) and what its first "
              "layers saw.",
        "ko": "학습된 네트워크에 사진을 넣어 보세요. 그 네트워크의 학습 이미지와 똑같은 방법으로 준비한 뒤, 가장 "
              "가능성 높은 클래스, 네트워크가 본 곳(Grad-CAM), 앞쪽 층이 본 것을 보여 줍니다.",
    },
    "ownpages.predict_source": {"en": "Image", "ko": "이미지"},
    "ownpages.predict_source_upload": {"en": "Upload an image", "ko": "이미지 올리기"},
    "ownpages.predict_source_camera": {"en": "Take a photo", "ko": "사진 찍기"},
    "ownpages.predict_source_help": {
        "en": "A picture file from your computer or phone, or a shot from the webcam (the browser asks for the "
              "camera first).",
        "ko": "컴퓨터나 휴대폰의 사진 파일, 또는 웹캠으로 찍은 사진입니다(브라우저가 먼저 카메라 사용을 묻습니다).",
    },
    "ownpages.predict_file": {"en": "Image file", "ko": "이미지 파일"},
    "ownpages.predict_file_help": {
        "en": "PNG, JPEG, GIF, BMP, WebP or TIFF. It is prepared like the network's training images: see the steps "
              "below.",
        "ko": "PNG, JPEG, GIF, BMP, WebP, TIFF 파일. 네트워크의 학습 이미지와 똑같이 준비됩니다. 아래 단계를 보세요.",
    },
    "ownpages.predict_camera": {"en": "Webcam", "ko": "웹캠"},
    "ownpages.predict_camera_help": {
        "en": "Hold the object in the middle of the picture, on a plain background, as in the training images.",
        "ko": "학습 이미지처럼 단순한 배경에서 물체를 화면 가운데에 두고 찍으세요.",
    },
    "ownpages.predict_empty": {
        "en": "Upload an image or take a photo to see what the network makes of it.",
        "ko": "이미지를 올리거나 사진을 찍으면 네트워크가 무엇이라고 보는지 알려 줍니다.",
    },
    "ownpages.predict_using": {"en": "Using **{file}**.", "ko": "**{file}** 사용 중."},
    "ownpages.predict_answers_with": {
        "en": "Answers come from **{model}**, which tells apart: {classes}. For photos of other things, pick another "
              "model above.",
        "ko": "답은 **{model}**에서 나옵니다. 이 모델이 구분하는 것: {classes}. 다른 종류의 사진이라면 위에서 다른 "
              "모델을 고르세요.",
    },
    "ownpages.predict_invert": {"en": "Invert (dark object on light paper)", "ko": "반전 (밝은 종이 위 어두운 물체)"},
    "ownpages.invert_auto": {"en": "Auto", "ko": "자동"},
    "ownpages.invert_yes": {"en": "Yes", "ko": "예"},
    "ownpages.invert_no": {"en": "No", "ko": "아니요"},
    "ownpages.predict_invert_help": {
        "en": "MNIST and Fashion-MNIST show a light object on black. A photo of dark ink or a garment on white "
              "paper is the opposite, so its brightness must be flipped. **Auto** flips it when the image's border "
              "is mostly bright.",
        "ko": "MNIST와 Fashion-MNIST는 검은 배경에 밝은 물체입니다. 흰 종이 위 어두운 글씨나 옷 사진은 반대이므로 "
              "밝기를 뒤집어야 합니다. **자동**은 이미지 테두리가 대부분 밝으면 뒤집습니다.",
    },
    "ownpages.predict_like_mnist": {"en": "It learned MNIST-style digits", "ko": "MNIST 같은 숫자를 학습한 모델"},
    "ownpages.predict_like_mnist_help": {
        "en": "On: prepare the image with MNIST's steps (grey, cropped to the ink, 20 px, centred by mass). Off: "
              "just resize it to 28×28. Use the steps the model's training images went through.",
        "ko": "켜면 MNIST의 단계(흑백, 잉크 부분만 자르기, 20 px, 무게중심 맞추기)로 준비합니다. 끄면 28×28로 "
              "크기만 바꿉니다. 모델의 학습 이미지가 거친 방법을 고르세요.",
    },
    "ownpages.predict_prep_user": {
        "en": "This network learned your own images: a new image is made {colour}, {fit} and {size}×{size} pixels, "
              "exactly as at import.",
        "ko": "이 네트워크는 내 이미지로 학습했습니다. 새 이미지도 가져올 때와 똑같이 {colour}, {fit}, "
              "{size}×{size} 픽셀로 만듭니다.",
    },
    "ownpages.predict_prep_mnist": {
        "en": "This network learned handwritten digits (MNIST): a new image goes through MNIST's steps.",
        "ko": "이 네트워크는 손글씨 숫자(MNIST)를 학습했습니다. 새 이미지도 MNIST의 단계를 거칩니다.",
    },
    "ownpages.predict_prep_resize": {
        "en": "A new image is resized to {height}×{width} pixels, {colour}, values scaled to [0, 1].",
        "ko": "새 이미지를 {height}×{width} 픽셀, {colour}으로 바꾸고 값을 [0, 1]로 맞춥니다.",
    },
    "ownpages.predict_no_ink": {
        "en": "{file}: no digit found (nothing drawn, or too little contrast).",
        "ko": "{file}: 숫자를 찾지 못했습니다(그린 것이 없거나 대비가 너무 작음).",
    },

    # My data
    "ownpages.mydata_title": {"en": "My data", "ko": "내 데이터"},
    "ownpages.mydata_intro": {
        "en": "Teach a network your own classes: photograph a few kinds of objects, import them here, then train on "
              "them like on MNIST. Your datasets: {n} of {limit}.",
        "ko": "내가 정한 클래스를 네트워크에 가르쳐 보세요. 몇 가지 물체를 찍어 여기로 가져온 다음 MNIST처럼 "
              "학습시키면 됩니다. 내 데이터셋: {limit}개 중 {n}개.",
    },
    "ownpages.mydata_section": {"en": "Section", "ko": "구역"},
    "ownpages.mydata_section_datasets": {"en": "My datasets", "ko": "내 데이터셋"},
    "ownpages.mydata_section_zip": {"en": "Import a zip", "ko": "zip 가져오기"},
    "ownpages.mydata_section_classes": {"en": "Add images class by class", "ko": "클래스별로 이미지 추가"},
    "ownpages.mydata_none": {
        "en": "No dataset yet: import a zip of class folders, or add images class by class.",
        "ko": "아직 데이터셋이 없습니다. 클래스별 폴더를 담은 zip을 가져오거나 클래스별로 이미지를 추가하세요.",
    },
    "ownpages.mydata_dataset": {"en": "Dataset", "ko": "데이터셋"},
    "ownpages.mydata_dataset_help": {
        "en": "One of your datasets (newest first): its class counts, a preview of each class and its warnings.",
        "ko": "내 데이터셋 중 하나(최신순): 클래스별 개수, 클래스마다의 미리보기, 경고를 보여 줍니다.",
    },
    "ownpages.mydata_label": {
        "en": "{name} · {n} images · {classes} classes · {shape}",
        "ko": "{name} · 이미지 {n}장 · 클래스 {classes}개 · {shape}",
    },
    "ownpages.mydata_damaged_label": {"en": "⚠ {name} (damaged)", "ko": "⚠ {name} (손상됨)"},
    "ownpages.mydata_damaged": {
        "en": "This dataset cannot be used: {problem} You can delete it.",
        "ko": "이 데이터셋은 쓸 수 없습니다: {problem} 삭제할 수 있습니다.",
    },
    "ownpages.mydata_input": {"en": "Network input", "ko": "네트워크 입력"},
    "ownpages.mydata_input_help": {
        "en": "Height × width × channels of every image: the input shape of a network that learns this dataset "
              "(the Train page adapts the network to it).",
        "ko": "모든 이미지의 높이 × 너비 × 채널, 곧 이 데이터셋을 학습할 네트워크의 입력 모양입니다(학습 페이지가 "
              "네트워크를 여기에 맞춰 줍니다).",
    },
    "ownpages.mydata_report": {"en": "Import report ({n} notes)", "ko": "가져오기 보고서 ({n}건)"},
    "ownpages.mydata_train": {"en": "Train on it", "ko": "이 데이터로 학습"},
    "ownpages.mydata_train_help": {
        "en": "Opens the Train page with this dataset chosen.",
        "ko": "이 데이터셋을 고른 채로 학습 페이지를 엽니다.",
    },
    "ownpages.mydata_delete_confirm": {
        "en": "Delete the dataset **{name}**? Its images are removed from the server; runs trained on it keep their "
              "models but can no longer show their data.",
        "ko": "데이터셋 **{name}**을(를) 삭제할까요? 이미지가 서버에서 지워집니다. 이 데이터로 학습한 실행 기록의 "
              "모델은 남지만 데이터는 더 이상 볼 수 없습니다.",
    },
    "ownpages.mydata_deleted": {"en": "Deleted the dataset {name}.", "ko": "데이터셋 {name}을(를) 삭제했습니다."},
    "ownpages.mydata_quota_full": {
        "en": "You have {n} datasets, the limit is {limit}: delete one before adding another.",
        "ko": "데이터셋이 {n}개로 최대 {limit}개에 닿았습니다. 새로 추가하기 전에 하나를 삭제하세요.",
    },
    "ownpages.mydata_disk_full": {
        "en": "Your runs, datasets and models already use the {gb:,.0f} GB your workspace may hold: delete some first.",
        "ko": "실행 기록, 데이터셋, 모델이 작업 공간의 한도 {gb:,.0f} GB를 이미 쓰고 있습니다. 먼저 몇 개를 "
              "삭제하세요.",
    },
    "ownpages.mydata_size": {"en": "Image size", "ko": "이미지 크기"},
    "ownpages.mydata_size_help": {
        "en": "Every image becomes a square of this many pixels: the network's input. Small (28, 32) trains fast "
              "and suits simple shapes, as MNIST and CIFAR-10 do; large (64, 96) keeps detail but every conv layer "
              "costs more, and a network learns it more slowly.",
        "ko": "모든 이미지가 이 크기의 정사각형이 되고, 이것이 네트워크의 입력입니다. 작은 크기(28, 32)는 학습이 "
              "빠르고 MNIST나 CIFAR-10처럼 단순한 모양에 알맞습니다. 큰 크기(64, 96)는 세부를 살리지만 합성곱 층마다 "
              "계산이 늘고 학습이 느려집니다.",
    },
    "ownpages.mydata_colour": {"en": "Colour", "ko": "색"},
    "ownpages.mydata_opt_grey": {"en": "Grey (1 channel)", "ko": "흑백 (채널 1개)"},
    "ownpages.mydata_colour_help": {
        "en": "**Grey**: one channel, like MNIST: shapes and brightness only. **Colour**: three channels (R, G, B), "
              "like CIFAR-10: the first conv layer's kernels are then 3 deep and can learn colours, with 3× the "
              "weights in that layer.",
        "ko": "**흑백**: MNIST처럼 채널 1개, 모양과 밝기만 봅니다. **컬러**: CIFAR-10처럼 채널 3개(R, G, B). 첫 "
              "합성곱 층의 커널 깊이가 3이 되어 색을 배울 수 있고, 그 층의 가중치가 3배가 됩니다.",
    },
    "ownpages.mydata_opt_colour": {"en": "Colour (3 channels)", "ko": "컬러 (채널 3개)"},
    "ownpages.mydata_fit": {"en": "Not square?", "ko": "정사각형이 아니면?"},
    "ownpages.mydata_fit_pad": {"en": "Pad", "ko": "패딩"},
    "ownpages.mydata_fit_crop": {"en": "Crop", "ko": "자르기"},
    "ownpages.mydata_fit_help": {
        "en": "**Pad** keeps the whole picture and its proportions and fills the rest of the square with black (like "
              "Keras' pad_to_aspect_ratio). **Crop** cuts the centre square (like crop_to_aspect_ratio): the "
              "object fills more pixels, but what lies near the edges is lost.",
        "ko": "**패딩**은 사진 전체와 비율을 그대로 두고 정사각형의 남는 곳을 검은색으로 채웁니다(Keras의 "
              "pad_to_aspect_ratio). **자르기**는 가운데 정사각형만 잘라냅니다(crop_to_aspect_ratio). 물체가 더 많은 "
              "픽셀을 차지하지만 가장자리는 잘립니다.",
    },
    "ownpages.mydata_name": {"en": "Dataset name", "ko": "데이터셋 이름"},
    "ownpages.mydata_name_help": {
        "en": "How the dataset is listed here and on the Train page (plain text).",
        "ko": "여기와 학습 페이지에서 보이는 데이터셋 이름입니다(일반 텍스트).",
    },
    "ownpages.mydata_zip_intro": {
        "en": "A .zip with one folder per class, the folder's name being the class name (cats/…, dogs/…), as "
              "Keras' image_dataset_from_directory reads them. Files that are not images are skipped and listed.",
        "ko": "클래스마다 폴더 하나, 폴더 이름이 곧 클래스 이름인 .zip 파일입니다(cats/…, dogs/…). Keras의 "
              "image_dataset_from_directory가 읽는 구조와 같습니다. 이미지가 아닌 파일은 건너뛰고 목록으로 "
              "알려 줍니다.",
    },
    "ownpages.mydata_zip": {"en": "Zip of class folders", "ko": "클래스별 폴더를 담은 zip"},
    "ownpages.mydata_zip_help": {
        "en": "Up to {mb} MB and {files:,} files. The archive is read in memory, never unpacked on the server; paths "
              "that leave the folder (../), links and zip bombs are refused.",
        "ko": "최대 {mb} MB, 파일 {files:,}개까지. 압축 파일은 서버에 풀지 않고 메모리에서 읽습니다. 폴더 밖을 "
              "가리키는 경로(../), 링크, 압축 폭탄은 거부합니다.",
    },
    "ownpages.mydata_zip_using": {
        "en": "Chosen: **{file}** ({size}).",
        "ko": "선택한 파일: **{file}** ({size}).",
    },
    "ownpages.mydata_import": {"en": "Import", "ko": "가져오기"},
    "ownpages.mydata_reading": {"en": "Reading {file}…", "ko": "{file} 읽는 중…"},
    "ownpages.mydata_importing": {"en": "Images: {done:,} / {total:,}", "ko": "이미지: {done:,} / {total:,}"},
    "ownpages.mydata_refused": {
        "en": "{file} was not imported, and nothing was changed. {reason}",
        "ko": "{file}을(를) 가져오지 않았고 아무것도 바뀌지 않았습니다. {reason}",
    },
    "ownpages.mydata_imported": {
        "en": "Imported **{name}**: {n:,} images in {classes} classes, each {shape}.",
        "ko": "**{name}** 가져오기 완료: 클래스 {classes}개에 이미지 {n:,}장, 각각 {shape}.",
    },
    "ownpages.mydata_saved": {
        "en": "Saved **{name}**: {n:,} images in {classes} classes, each {shape}.",
        "ko": "**{name}** 저장 완료: 클래스 {classes}개에 이미지 {n:,}장, 각각 {shape}.",
    },
    "ownpages.mydata_classes_intro": {
        "en": "Name your classes, then give each some images: files, or shots from the webcam. About 10 or more per "
              "class, in different positions and lights, teach the network what matters.",
        "ko": "클래스 이름을 정하고 클래스마다 이미지를 넣으세요. 파일을 올리거나 웹캠으로 찍으면 됩니다. 클래스마다 "
              "10장 이상, 위치와 조명을 바꿔 가며 넣어야 네트워크가 중요한 것을 배웁니다.",
    },
    "ownpages.mydata_settings_locked": {
        "en": "The settings are fixed once images are in (they were made with them): Start over to change them.",
        "ko": "이미지를 넣은 뒤에는 설정이 고정됩니다(이미지가 이 설정으로 만들어졌기 때문). 바꾸려면 처음부터 다시 "
              "하세요.",
    },
    "ownpages.mydata_new_class": {"en": "New class", "ko": "새 클래스"},
    "ownpages.mydata_new_class_hint": {"en": "e.g. cup", "ko": "예: 컵"},
    "ownpages.mydata_new_class_help": {
        "en": "The name the network will answer with. The order you add classes in becomes their label numbers "
              "(0, 1, 2, …).",
        "ko": "네트워크가 답으로 내놓을 이름입니다. 클래스를 추가한 순서가 레이블 번호(0, 1, 2, …)가 됩니다.",
    },
    "ownpages.mydata_add_class": {"en": "Add class", "ko": "클래스 추가"},
    "ownpages.mydata_no_classes": {
        "en": "Add at least two classes, for example “cup”, “pen” and “key”.",
        "ko": "클래스를 두 개 이상 추가하세요. 예: “컵”, “펜”, “열쇠”.",
    },
    "ownpages.mydata_class_head": {"en": "**{name}** · {n} images", "ko": "**{name}** · 이미지 {n}장"},
    "ownpages.mydata_remove_class": {"en": "Remove", "ko": "빼기"},
    "ownpages.mydata_remove_class_help": {
        "en": "Remove this class and its images from the dataset being built.",
        "ko": "만들고 있는 데이터셋에서 이 클래스와 그 이미지를 뺍니다.",
    },
    "ownpages.mydata_class_files": {"en": "Images of {name}", "ko": "{name}의 이미지"},
    "ownpages.mydata_class_files_help": {
        "en": "Choose several files at once; they are added to the class and the uploader empties for more.",
        "ko": "여러 파일을 한 번에 고를 수 있습니다. 클래스에 추가되면 업로더가 비워져 더 올릴 수 있습니다.",
    },
    "ownpages.mydata_webcam": {"en": "Webcam", "ko": "웹캠"},
    "ownpages.mydata_webcam_help": {
        "en": "Take shots of this class with the webcam, one after the other (the browser asks for the camera).",
        "ko": "웹캠으로 이 클래스의 사진을 연달아 찍습니다(브라우저가 카메라 사용을 묻습니다).",
    },
    "ownpages.mydata_shot": {"en": "A shot of {name}", "ko": "{name} 찍기"},
    "ownpages.mydata_shot_help": {
        "en": "Each shot is added to the class and the camera is ready for the next one. Move the object between "
              "shots: different positions teach the network the object, not its place.",
        "ko": "찍을 때마다 클래스에 추가되고 바로 다음 사진을 찍을 수 있습니다. 찍을 때마다 물체를 옮기세요. 위치가 "
              "달라야 네트워크가 자리가 아니라 물체를 배웁니다.",
    },
    "ownpages.mydata_build_name_hint": {"en": "e.g. my desk", "ko": "예: 내 책상"},
    "ownpages.mydata_save": {"en": "Save dataset", "ko": "데이터셋 저장"},
    "ownpages.mydata_save_help": {
        "en": "Stores the images once as a dataset of yours, listed on the Train page beside MNIST.",
        "ko": "이미지를 내 데이터셋으로 한 번 저장합니다. 학습 페이지에서 MNIST 옆에 보입니다.",
    },
    "ownpages.mydata_saving": {"en": "Saving the dataset…", "ko": "데이터셋 저장 중…"},
    "ownpages.mydata_not_saved": {"en": "Not saved: {reason}", "ko": "저장하지 못했습니다: {reason}"},
    "ownpages.mydata_start_over": {"en": "Start over", "ko": "처음부터 다시"},
    "ownpages.mydata_start_over_help": {
        "en": "Forget the classes and images added here (saved datasets stay).",
        "ko": "여기서 추가한 클래스와 이미지를 지웁니다(저장한 데이터셋은 그대로 남습니다).",
    },
    "ownpages.mydata_need_two": {
        "en": "To save: at least two classes with {minimum} images or more each, and a name.",
        "ko": "저장하려면 이미지가 {minimum}장 이상인 클래스가 두 개 이상 있어야 하고 이름이 필요합니다.",
    },

    # My models
    "ownpages.models_title": {"en": "My models", "ko": "내 모델"},
    "ownpages.models_intro": {
        "en": "Bring a Keras model trained elsewhere (model.save(\"model.keras\") in a notebook) and look inside it: "
              "its layers here, then Feature maps, Kernels, Grad-CAM and Predict. Files up to {mb} MB; your models: "
              "{n} of {limit}.",
        "ko": "다른 곳에서 학습한 Keras 모델(노트북에서 model.save(\"model.keras\")로 저장)을 가져와 속을 "
              "들여다보세요. "
              "여기서 층을 보고, 특성 맵, 필터/커널, Grad-CAM, 예측하기에서 쓸 수 있습니다. 파일은 {mb} MB까지, "
              "내 모델: {limit}개 중 {n}개.",
    },
    "ownpages.models_file": {
        "en": "Keras model file (.keras, up to {mb} MB)",
        "ko": "Keras 모델 파일 (.keras, 최대 {mb} MB)",
    },
    "ownpages.models_file_help": {
        "en": "A .keras file. It is loaded with Keras' safe mode (safe_mode=True): a Lambda layer or any class "
              "outside Keras would run code on the server, so such a file is refused. The model must take one image "
              "(height × width × 1 or 3 channels) and output one score per class.",
        "ko": ".keras 파일입니다. Keras 안전 모드(safe_mode=True)로 불러옵니다. Lambda 층이나 Keras 밖의 클래스는 "
              "서버에서 코드를 실행하게 되므로 그런 파일은 거부합니다. 모델은 이미지 하나(높이 × 너비 × 채널 1개 또는 "
              "3개)를 받아 클래스마다 점수 하나를 내야 합니다.",
    },
    "ownpages.models_using": {
        "en": "Chosen: **{file}** ({size}).",
        "ko": "선택한 파일: **{file}** ({size}).",
    },
    "ownpages.models_name": {"en": "Model name", "ko": "모델 이름"},
    "ownpages.models_name_help": {
        "en": "How the model is listed here and on the look-inside pages (plain text); default: the file's name.",
        "ko": "여기와 들여다보기 페이지에서 보이는 모델 이름입니다(일반 텍스트). 비우면 파일 이름을 씁니다.",
    },
    "ownpages.models_classes": {"en": "Class names (optional)", "ko": "클래스 이름 (선택)"},
    "ownpages.models_classes_hint": {"en": "e.g. cat, dog, bird", "ko": "예: 고양이, 개, 새"},
    "ownpages.models_classes_help": {
        "en": "The names of the output classes, in the order of the model's output, separated by commas. Without "
              "them the classes are numbered 0, 1, 2, …",
        "ko": "모델 출력 순서대로 클래스 이름을 쉼표로 나누어 적습니다. 적지 않으면 0, 1, 2, …로 번호를 붙입니다.",
    },
    "ownpages.models_add": {"en": "Add model", "ko": "모델 추가"},
    "ownpages.models_checking": {"en": "Checking {file}…", "ko": "{file} 확인 중…"},
    "ownpages.models_refused": {
        "en": "Not added (your other models are unchanged): {reason}",
        "ko": "추가하지 않았습니다(다른 모델은 그대로입니다): {reason}",
    },
    "ownpages.models_stored": {"en": "Added the model **{name}**.", "ko": "모델 **{name}**을(를) 추가했습니다."},
    "ownpages.models_quota_full": {
        "en": "You have {n} models, the limit is {limit}: delete one before adding another.",
        "ko": "모델이 {n}개로 최대 {limit}개에 닿았습니다. 새로 추가하기 전에 하나를 삭제하세요.",
    },
    "ownpages.models_none": {
        "en": "No model uploaded yet.",
        "ko": "아직 올린 모델이 없습니다.",
    },
    "ownpages.models_model": {"en": "Model", "ko": "모델"},
    "ownpages.models_model_help": {
        "en": "One of your uploaded models (newest first).",
        "ko": "내가 올린 모델 중 하나(최신순).",
    },
    "ownpages.models_damaged_label": {"en": "⚠ {name} (damaged)", "ko": "⚠ {name} (손상됨)"},
    "ownpages.models_facts": {
        "en": "From {file} ({size}) · input {shape} · {n} classes: {names}",
        "ko": "{file}에서 ({size}) · 입력 {shape} · 클래스 {n}개: {names}",
    },
    "ownpages.models_loading": {"en": "Loading the model…", "ko": "모델 불러오는 중…"},
    "ownpages.models_branches": {
        "en": "This model has branches (a layer reads from more than one layer, as in a residual block): “Reads "
              "from” names each layer's inputs.",
        "ko": "이 모델에는 갈래가 있습니다(잔차 블록처럼 한 층이 여러 층의 출력을 받음). “입력 받는 층”이 각 층의 "
              "입력을 알려 줍니다.",
    },
    "ownpages.models_keras_count": {
        "en": "(Keras' count: not a layer type of our builder)",
        "ko": "(Keras가 센 값: 이 앱의 층 종류가 아님)",
    },
    "ownpages.models_totals": {
        "en": "Total params: {total:,} (trainable {trainable:,}, non-trainable {frozen:,}). Our formulas check "
              "{known} of {n} layers; the others show Keras' own numbers.",
        "ko": "전체 파라미터: {total:,} (학습 가능 {trainable:,}, 학습 불가 {frozen:,}). {n}개 층 중 {known}개는 이 "
              "앱의 계산식으로 확인했고, 나머지는 Keras가 센 값입니다.",
    },
    "ownpages.models_open_maps": {"en": "Feature maps", "ko": "특성 맵"},
    "ownpages.models_open_kernels": {"en": "Kernels", "ko": "필터/커널"},
    "ownpages.models_open_predict": {"en": "Predict", "ko": "예측하기"},
    "ownpages.models_delete_confirm": {
        "en": "Delete the model **{name}** from the server?",
        "ko": "모델 **{name}**을(를) 서버에서 삭제할까요?",
    },
    "ownpages.models_deleted": {"en": "Deleted the model {name}.", "ko": "모델 {name}을(를) 삭제했습니다."},

    # Train page: the workspace's datasets, downloads, adapting the classes
    "ownpages.train_dataset_help_mine": {
        "en": "**My data**: datasets you made on the My data page, with your own class names.",
        "ko": "**내 데이터**: 내 데이터 페이지에서 만든 데이터셋으로, 내가 정한 클래스 이름을 씁니다.",
    },
    "ownpages.train_mine": {
        "en": "My data: {name} ({n:,} images, {classes} classes, {shape})",
        "ko": "내 데이터: {name} (이미지 {n:,}장, 클래스 {classes}개, {shape})",
    },
    "ownpages.train_loading_mine": {"en": "Loading {name}…", "ko": "{name} 불러오는 중…"},
    "ownpages.train_mine_source": {
        "en": "**Source:** your dataset · {summary} · images {fit}",
        "ko": "**출처:** 내 데이터셋 · {summary} · 이미지: {fit}",
    },
    "ownpages.train_downloading": {
        "en": "Downloading {name}: {done:,.1f} of {total:,.1f} MB",
        "ko": "{name} 내려받는 중: {total:,.1f} MB 중 {done:,.1f} MB",
    },
    "ownpages.train_downloading_unknown": {
        "en": "Downloading {name}: {done:,.1f} MB",
        "ko": "{name} 내려받는 중: {done:,.1f} MB",
    },
    "ownpages.train_other_classes": {
        "en": "The network's last layer outputs {units} scores, the dataset has {n} classes.",
        "ko": "네트워크의 마지막 층은 점수 {units}개를 내는데 데이터셋의 클래스는 {n}개입니다.",
    },
    "ownpages.train_adapt_both": {
        "en": "Adapt the input shape to {shape} and the last layer to {n} classes",
        "ko": "입력 모양을 {shape}로, 마지막 층을 클래스 {n}개로 맞추기",
    },
    "ownpages.train_adapt_classes": {
        "en": "Adapt the last layer to {n} classes",
        "ko": "마지막 층을 클래스 {n}개로 맞추기",
    },
    "ownpages.train_adapt_help": {
        "en": "The last Dense layer needs one unit per class (softmax gives one probability each): it becomes "
              "Dense(classes) with its activation kept.",
        "ko": "마지막 Dense 층에는 클래스마다 유닛이 하나씩 필요합니다(softmax가 클래스마다 확률 하나를 냄). 활성화 "
              "함수는 그대로 두고 Dense(클래스 수)로 바꿉니다.",
    },
    "ownpages.train_adapted": {
        "en": "Adapted: {params:,} parameters with the dataset's input shape and classes.",
        "ko": "맞춤 완료: 데이터셋의 입력 모양과 클래스 수로 파라미터 {params:,}개.",
    },

    # Runs page: export
    "ownpages.export": {"en": "Export", "ko": "내보내기"},
    "ownpages.export_help": {
        "en": "Take the trained network away: a TensorFlow Lite file (phones, a Raspberry Pi) and a small "
              "predict.py that runs it on image files.",
        "ko": "학습한 네트워크를 가져가세요: TensorFlow Lite 파일(휴대폰, 라즈베리 파이)과 그것으로 이미지 파일을 "
              "분류하는 작은 predict.py입니다.",
    },
    "ownpages.export_intro": {
        "en": "The final model converted to TensorFlow Lite (float32, the same answers as Keras), and predict.py, "
              "which prepares an image like this run's data and prints the most likely classes.",
        "ko": "최종 모델을 TensorFlow Lite(float32, Keras와 같은 답)로 바꾼 파일과, 이미지를 이 실행 기록의 데이터처럼 "
              "준비해 가장 가능성 높은 클래스를 출력하는 predict.py입니다.",
    },
    "ownpages.export_make": {"en": "Make the files", "ko": "파일 만들기"},
    "ownpages.export_working": {
        "en": "Converting to TensorFlow Lite and checking it against Keras…",
        "ko": "TensorFlow Lite로 바꾸고 Keras와 결과를 비교하는 중…",
    },
    "ownpages.export_failed": {"en": "Export failed: {reason}", "ko": "내보내지 못했습니다: {reason}"},
    "ownpages.export_tflite": {"en": "Download .tflite ({kb:,.0f} KB)", "ko": ".tflite 내려받기 ({kb:,.0f} KB)"},
    "ownpages.export_script": {"en": "Download predict.py", "ko": "predict.py 내려받기"},
    "ownpages.export_how": {
        "en": "Put both files in one folder and run: python predict.py photo.jpg (needs numpy, Pillow and "
              "ai-edge-litert or tensorflow). Checked: its probabilities match Keras within {difference:.1e}; the "
              "model file is {file}.",
        "ko": "두 파일을 한 폴더에 두고 python predict.py photo.jpg 로 실행하세요(numpy, Pillow와 ai-edge-litert "
              "또는 tensorflow 필요). 확인 결과 확률이 Keras와 {difference:.1e} 이내로 같습니다. 모델 파일은 "
              "{file}입니다.",
    },
}
