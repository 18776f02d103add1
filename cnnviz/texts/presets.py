"""Titles and descriptions of the ready-made architectures (`cnnviz.arch.presets`). Keys use the preset name with
'-' written '_'. Every description ends with the network's true parameter count (a test checks it)."""

TEXTS = {
    "presets.fashion_convnet.title": {
        "en": "Fashion-MNIST convnet (seeds 000/003)",
        "ko": "Fashion-MNIST 합성곱 신경망 (학습 노트 000/003)",
    },
    "presets.fashion_convnet.description": {
        "en": "Two 3×3 'same' conv blocks with 2×2 max pooling, then Dense 100 and Dropout 0.4. "
              "The notes train it with Adam and early stopping to about 0.91 test accuracy. 333,526 parameters.",
        "ko": "3×3 'same' 합성곱과 2×2 최대 풀링으로 된 블록 두 개, 그다음 Dense 100과 Dropout 0.4입니다. "
              "학습 노트에서는 Adam과 조기 종료로 훈련해 테스트 정확도 약 0.91에 도달합니다. 파라미터 333,526개.",
    },
    "presets.mnist_convnet.title": {
        "en": "MNIST convnet (seed 004)",
        "ko": "MNIST 합성곱 신경망 (학습 노트 004)",
    },
    "presets.mnist_convnet.description": {
        "en": "Three 'valid' conv layers (32, 64, 128 filters) with max pooling between them: each valid 3×3 conv "
              "shrinks the map by 2, each pool halves it. About 0.99 on MNIST after 5 epochs. 104,202 parameters.",
        "ko": "'valid' 합성곱 층 세 개(필터 32, 64, 128개) 사이에 최대 풀링을 둡니다. valid 3×3 합성곱은 특성 맵을 "
              "2씩 줄이고, 풀링은 절반으로 줄입니다. 5 에포크 뒤 MNIST에서 약 0.99입니다. 파라미터 104,202개.",
    },
    "presets.scratch_convnet.title": {
        "en": "From-scratch convnet (seed 001)",
        "ko": "직접 만든 합성곱 신경망 (학습 노트 001)",
    },
    "presets.scratch_convnet.description": {
        "en": "The simplest net of the notes (one convolution), built there by hand with tf.nn.conv2d and "
              "GradientTape: ten 3×3 kernels ('same'), ReLU, 2×2 max pooling to 14×14×10, Dense 100, Dense 10. "
              "197,210 parameters.",
        "ko": "학습 노트에서 가장 단순한 신경망(합성곱 하나)으로, 노트에서는 tf.nn.conv2d와 GradientTape로 직접 "
              "구현합니다: 3×3 커널 10개('same'), 렐루, 2×2 최대 풀링으로 14×14×10, Dense 100, Dense 10. "
              "파라미터 197,210개.",
    },
    "presets.lenet5.title": {
        "en": "LeNet-5 (LeCun et al., 1998)",
        "ko": "LeNet-5 (LeCun 외, 1998)",
    },
    "presets.lenet5.description": {
        "en": "The classic: 5×5 convolutions with tanh and average pooling. The first conv uses 'same' padding, "
              "standing in for the original's 32×32 padded input. 61,706 parameters.",
        "ko": "고전 모델: tanh를 쓰는 5×5 합성곱과 평균 풀링입니다. 첫 번째 합성곱은 원래 모델의 32×32로 패딩된 "
              "입력 대신 'same' 패딩을 씁니다. 파라미터 61,706개.",
    },
    "presets.cnnviz_strong.title": {
        "en": "cnnviz strong default",
        "ko": "cnnviz 강한 기본 모델",
    },
    "presets.cnnviz_strong.description": {
        "en": "Our stronger default: two VGG-style blocks of two 3×3 'same' convs, each followed by batch "
              "normalisation, max pooling and dropout; then Dense 128. Aims at ≥ 0.93 on Fashion-MNIST in 10 "
              "epochs. 469,098 parameters.",
        "ko": "이 앱이 준비한 더 강한 기본 모델: 3×3 'same' 합성곱 두 개로 된 VGG 스타일 블록 두 개(합성곱마다 "
              "배치 정규화, 블록마다 최대 풀링과 드롭아웃), 그다음 Dense 128입니다. Fashion-MNIST에서 10 에포크 "
              "안에 ≥ 0.93을 목표로 합니다. 파라미터 469,098개.",
    },
}
