"""Texts of the app's shell: the navigation's sections and page titles, the language switch."""

TEXTS = {
    "nav.section_app": {"en": "cnnviz", "ko": "cnnviz"},
    "nav.section_build": {"en": "Build & train", "ko": "만들고 훈련하기"},
    "nav.section_look": {"en": "Look inside", "ko": "안을 들여다보기"},
    "nav.section_play": {"en": "Play", "ko": "직접 해 보기"},
    "nav.section_learn": {"en": "Learn", "ko": "배우기"},
    "nav.home": {"en": "Home", "ko": "홈"},
    "nav.build": {"en": "Build", "ko": "모델 만들기"},
    "nav.train": {"en": "Train", "ko": "훈련"},
    "nav.runs": {"en": "Runs", "ko": "훈련 기록"},
    "nav.compare": {"en": "Compare", "ko": "실행 비교"},
    "nav.my_data": {"en": "My data", "ko": "내 데이터"},
    "nav.my_models": {"en": "My models", "ko": "내 모델"},
    "nav.predict": {"en": "Predict", "ko": "예측하기"},
    "nav.class": {"en": "Class", "ko": "수업"},
    "nav.feature_maps": {"en": "Feature maps", "ko": "특성 맵"},
    "nav.kernels": {"en": "Kernels", "ko": "커널"},
    "nav.confusion": {"en": "Confusion matrix", "ko": "오차 행렬"},
    "nav.draw": {"en": "Draw a digit", "ko": "숫자 그리기"},
    "nav.lab": {"en": "Convolution lab", "ko": "합성곱 실험실"},
    "nav.layers_lab": {"en": "Pooling, ReLU, softmax", "ko": "풀링, 렐루, 소프트맥스"},
    "nav.training_step": {"en": "One training step", "ko": "훈련 한 단계"},
    "nav.concepts": {"en": "Concepts", "ko": "개념"},
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
}
