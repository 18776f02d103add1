"""Texts of cnnviz.models.builder: building the Keras model of an architecture."""

TEXTS = {
    "builder.no_layers": {
        "en": "the network has no layers yet: add at least one",
        "ko": "신경망에 아직 층이 없습니다. 층을 하나 이상 추가하세요",
    },
}
