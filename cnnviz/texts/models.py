"""Texts of cnnviz.models.modelfile: loading a Keras model file safely, and what it is."""

TEXTS = {
    "models.not_found": {
        "en": "Model file not found: {file}",
        "ko": "모델 파일을 찾을 수 없습니다: {file}",
    },
    "models.too_large": {
        "en": "The model file {file} is {size_mb:,.1f} MB; the limit is {limit_mb:,.0f} MB.",
        "ko": "모델 파일 {file}의 크기가 {size_mb:,.1f} MB입니다. 최대 {limit_mb:,.0f} MB까지 받을 수 있습니다.",
    },
    "models.legacy_h5": {
        "en": "{file} is an old HDF5 (.h5) model file. Save the model as .keras (model.save(\"model.keras\")) "
              "and upload that.",
        "ko": "{file} 파일은 예전 HDF5(.h5) 모델 파일입니다. 모델을 .keras로 저장해서 (model.save(\"model.keras\")) "
              "그 파일을 올리세요.",
    },
    "models.weights_missing": {
        "en": "{file} cannot be loaded: its configuration asks for {params} parameters ({size}) but its weights "
              "file holds only {stored}, so the configuration was changed after the model was saved. The largest "
              "layers (parameters): {layers}. Nothing was built.",
        "ko": "{file} 파일을 불러올 수 없습니다: 설정은 매개변수 {params}개 ({size})를 요구하는데 가중치 파일에는 "
              "{stored}만 들어 있어, 모델을 저장한 뒤에 설정이 바뀌었습니다. 가장 큰 층 (매개변수): {layers}. "
              "아무것도 만들지 않았습니다.",
    },
    "models.too_big_to_load": {
        "en": "{file} was not loaded: {reason} Nothing was built.",
        "ko": "{file} 파일을 불러오지 않았습니다: {reason} 아무것도 만들지 않았습니다.",
    },
    "models.config_too_deep": {
        "en": "{file} cannot be loaded: its config.json nests more than {limit} levels deep, which no saved model "
              "does.",
        "ko": "{file} 파일을 불러올 수 없습니다: config.json이 {limit}단계보다 깊게 중첩되어 있는데, 저장된 "
              "모델은 그렇지 않습니다.",
    },
    "models.not_keras_zip": {
        "en": "{file} is not a .keras model file (a .keras file is a zip archive made by model.save).",
        "ko": "{file} 파일은 .keras 모델 파일이 아닙니다 (.keras 파일은 model.save가 만드는 zip 압축 파일입니다).",
    },
    "models.not_keras": {
        "en": "{file} is not a .keras model file: it lacks {missing}.",
        "ko": "{file} 파일은 .keras 모델 파일이 아닙니다: {missing} 파일이 없습니다.",
    },
    "models.archive_refused": {
        "en": "{file} is refused: {reason}",
        "ko": "{file} 파일을 거부했습니다: {reason}",
    },
    "models.unreadable": {
        "en": "Cannot read the model file {file}; it may be damaged or cut short ({reason}).",
        "ko": "모델 파일 {file}의 내용을 읽을 수 없습니다. 손상되었거나 잘렸을 수 있습니다 ({reason}).",
    },
    "models.unsafe_lambda": {
        "en": "{file} is refused: its layer “{layer}” is a Lambda layer, which stores Python code. Loading it "
              "would run that code on the server, so safe mode (safe_mode=True) refuses it. Rebuild the model "
              "with built-in Keras layers instead of Lambda.",
        "ko": "{file} 파일을 거부했습니다: “{layer}” 층은 파이썬 코드를 담은 Lambda 층입니다. 불러오면 그 코드가 "
              "서버에서 실행되므로 안전 모드(safe_mode=True)가 막습니다. Lambda 대신 Keras 기본 층으로 모델을 "
              "다시 만드세요.",
    },
    "models.unsafe_module": {
        "en": "{file} is refused: its layer “{layer}” refers to {name} from the Python module “{module}”, which is "
              "not part of Keras. Loading it would import and run code on the server, so safe mode refuses it.",
        "ko": "{file} 파일을 거부했습니다: “{layer}” 층이 Keras가 아닌 파이썬 모듈 “{module}”에 있는 “{name}”을(를) "
              "가리킵니다. 불러오면 서버에서 코드를 가져와 실행하게 되므로 안전 모드가 막습니다.",
    },
    "models.unsafe_keras": {
        "en": "{file} is refused by Keras' safe mode, which does not load code that would run on the server: "
              "{reason}",
        "ko": "{file} 파일을 Keras 안전 모드가 거부했습니다. 서버에서 실행될 코드는 불러오지 않습니다: {reason}",
    },
    "models.custom_class": {
        "en": "{file} uses the class “{cls}” (layer “{layer}”), which is not a built-in Keras class. Its code is not "
              "in the file and custom code is not loaded here; use built-in Keras layers.",
        "ko": "{file} 파일은 Keras 기본 클래스가 아닌 “{cls}”(층 “{layer}”)를 씁니다. 그 코드는 파일 안에 없고 "
              "사용자 정의 코드는 여기서 불러오지 않습니다. Keras 기본 층을 쓰세요.",
    },
    # what the model is
    "models.not_one_input": {
        "en": "The model has {n} inputs; it needs exactly one image input.",
        "ko": "모델의 입력이 {n}개입니다. 이미지 입력 하나만 있어야 합니다.",
    },
    "models.not_one_output": {
        "en": "The model has {n} outputs; it needs exactly one output of class scores.",
        "ko": "모델의 출력이 {n}개입니다. 클래스 점수를 내는 출력 하나만 있어야 합니다.",
    },
    "models.not_image_input": {
        "en": "The model's input has shape {shape}; an image input is (None, height, width, channels).",
        "ko": "모델 입력의 모양이 {shape}입니다. 이미지 입력은 (None, 높이, 너비, 채널)이어야 합니다.",
    },
    "models.input_size_not_fixed": {
        "en": "The model's input {shape} has no fixed height and width; the pages need a fixed image size.",
        "ko": "모델 입력 {shape}의 높이와 너비가 정해져 있지 않습니다. 이미지 크기가 정해져 있어야 합니다.",
    },
    "models.bad_channels": {
        "en": "The model's input {shape} has {channels} channels; images here have 1 (grey) or 3 (colour).",
        "ko": "모델 입력 {shape}의 채널이 {channels}개입니다. 이미지는 채널이 1개(흑백) 또는 3개(컬러)여야 합니다.",
    },
    "models.not_class_vector": {
        "en": "The model's output has shape {shape}; a classifier outputs (None, classes) with at least 2 classes.",
        "ko": "모델 출력의 모양이 {shape}입니다. 분류 모델은 클래스가 2개 이상인 (None, 클래스 수)를 출력합니다.",
    },
    "models.class_names_count": {
        "en": "{n} class names were given but the model has {classes} classes.",
        "ko": "클래스 이름은 {n}개인데 모델의 클래스는 {classes}개입니다.",
    },
    "models.stored_damaged": {
        "en": "This stored model is damaged: {reason}",
        "ko": "저장된 모델이 손상되었습니다: {reason}",
    },
    # the summary table
    "models.summary_title": {"en": "Model \"{name}\", input {shape}", "ko": "모델 \"{name}\", 입력 {shape}"},
    "models.col_layer": {"en": "Layer (type)", "ko": "층 (종류)"},
    "models.col_output": {"en": "Output shape", "ko": "출력 모양"},
    "models.col_params": {"en": "Param #", "ko": "파라미터 수"},
    "models.col_formula": {"en": "Formula", "ko": "계산식"},
    "models.formula_unknown": {
        "en": "(Keras' count; not a layer type of our builder)",
        "ko": "(Keras가 센 값; 이 앱의 층 종류가 아님)",
    },
    "models.total_params": {
        "en": "Total params: {total:,} (trainable {trainable:,}, non-trainable {frozen:,})",
        "ko": "전체 파라미터: {total:,} (학습 가능 {trainable:,}, 학습 불가 {frozen:,})",
    },
    "models.accepted": {
        "en": "Accepted: feature maps, kernels, Grad-CAM and Predict work on this model.",
        "ko": "사용 가능: 이 모델로 특성 맵, 필터/커널, Grad-CAM, 예측을 볼 수 있습니다.",
    },
    "models.refused_for_inspection": {
        "en": "Not accepted for looking inside: {reason}",
        "ko": "내부를 볼 수 없는 모델입니다: {reason}",
    },
}
