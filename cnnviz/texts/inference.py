"""Texts of cnnviz.inference: the worker processes that do the pages' Keras work."""

TEXTS = {
    "inference.worker_lost": {
        "en": "The worker process computing this stopped twice in a row (it may have run out of memory). Try again; "
              "if it keeps happening, try a smaller model or fewer images.",
        "ko": "이 계산을 하던 작업 프로세스가 두 번 연달아 멈췄습니다 (메모리가 부족했을 수 있습니다). 다시 시도해 "
              "보세요. 계속 그러면 더 작은 모델이나 더 적은 이미지로 해 보세요.",
    },
}
