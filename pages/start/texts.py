"""Texts only the Home page says, in English and Korean.

Registered with the one catalog (cnnviz.i18n.add_texts) by pages.common.texts.register when
pages.common is imported."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # ---- from the former cnnviz/texts/shell.py
    "start.home.title": {
        "en": "cnnviz: build, train and look inside convolutional networks",
        "ko": "cnnviz: 합성곱 신경망을 만들고, 훈련하고, 안을 들여다보기",
    },
    "start.home.intro": {
        "en": "Stack layers and watch every output shape and parameter count update as you type, with the formula "
              "behind each number. Train on MNIST, Fashion-MNIST or CIFAR-10 and watch loss and accuracy stream in. "
              "Then open the network up: feature maps, kernels, the confusion matrix and its mistakes, and a canvas "
              "to draw a digit and see what the network predicts and why.\n\n"
              "**Start with** the *Build* page: pick a preset from the study notes (the Fashion-MNIST convnet has "
              "333,526 parameters; can you see where they all come from?) or stack your own layers.",
        "ko": "층을 쌓으면 입력하는 대로 각 층의 출력 크기와 파라미터 개수가 바로 바뀌고, 그 숫자가 나온 계산식도 "
              "함께 보입니다. MNIST, 패션 MNIST, CIFAR-10으로 훈련하면서 손실과 정확도가 실시간으로 그려지는 것을 "
              "지켜보세요. 그다음 신경망을 열어 보세요: 특성 맵, 커널, 오차 행렬과 틀린 샘플, 그리고 숫자를 직접 "
              "그려서 신경망이 무엇을, 왜 예측하는지 보는 캔버스가 있습니다.\n\n"
              "**시작은** *모델 만들기* 페이지에서: 학습 노트의 모델을 골라 보세요 (패션 MNIST 합성곱 신경망의 "
              "파라미터는 333,526개입니다. 이 숫자가 모두 어디서 나오는지 찾을 수 있나요?). 직접 층을 쌓아도 "
              "됩니다.",
    },
    "start.home.start_build": {"en": "Start with Build", "ko": "모델 만들기부터 시작"},
    "start.home.start_here": {
        "en": "**Start here:** the lessons walk through the chapter step by step, with exercises that check themselves",
        "ko": "**여기서 시작하세요:** 레슨이 장을 한 단계씩 안내하고, 연습 문제는 스스로 채점됩니다",
    },
}
