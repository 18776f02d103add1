"""The concept index (`cnnviz.learn.concepts`): each idea of the study notes, its title, explanation, what to do on
each page where it is live (`.live.<n>`, in the order of `Concept.live_in`) and search keywords (comma-separated;
search matches both languages). Keys use the concept key with '-' written '_'."""

TEXTS = {
    # ---- cross-correlation
    "concepts.cross_correlation.title": {"en": "Cross-correlation vs convolution", "ko": "교차 상관과 합성곱"},
    "concepts.cross_correlation.explanation": {
        "en": "Slide a small array (the kernel, or weights) over the input; at each position multiply the "
              "overlapping numbers and add them up. That is **cross-correlation**. A true **convolution** first "
              "flips the kernel (left↔right and top↔bottom). Deep-learning libraries, Keras and `tf.nn.conv2d` "
              "included, compute cross-correlation and still call it convolution: the kernel is learned, so whether "
              "it is stored flipped makes no difference. SciPy has both: `correlate`/`correlate2d` and "
              "`convolve`/`convolve2d`.",
        "ko": "작은 배열(커널, 곧 가중치)을 입력 위로 미끄러뜨리면서, 위치마다 겹치는 숫자끼리 곱해 모두 더합니다. "
              "이것이 **교차 상관**(cross-correlation)입니다. 진짜 **합성곱**(convolution)은 먼저 커널을 "
              "뒤집습니다(좌↔우, 위↔아래). Keras와 `tf.nn.conv2d`를 비롯한 딥러닝 패키지는 교차 상관을 계산하면서도 "
              "합성곱이라고 부릅니다. 커널은 학습되는 값이므로 뒤집힌 채로 저장되든 아니든 차이가 없기 때문입니다. "
              "SciPy에는 둘 다 있습니다: `correlate`/`correlate2d`와 `convolve`/`convolve2d`.",
    },
    "concepts.cross_correlation.live.0": {
        "en": "switch between cross-correlation and convolution and see the flipped kernel",
        "ko": "교차 상관과 합성곱을 바꿔 가며 뒤집힌 커널 확인하기",
    },
    "concepts.cross_correlation.keywords": {
        "en": "flip, kernel, scipy, correlate2d, convolve2d",
        "ko": "뒤집기, 커널, 교차 상관, 싸이파이, 사이파이",
    },
    # ---- padding
    "concepts.padding.title": {"en": "Padding: valid, same, full", "ko": "패딩 (padding): valid, same, full"},
    "concepts.padding.explanation": {
        "en": "Zeros added around the input before sliding. **valid**: none, the window only visits positions "
              "where it fits, so the map shrinks: 28×28 with a 3×3 kernel gives 26×26. **same**: enough zeros that "
              "the output keeps the input's size (28×28 → 28×28), so border pixels count as much as central ones. "
              "**full**: k − 1 zeros on every side, every input element meets every kernel element (output 30×30). "
              "With an even kernel 'same' needs an odd number of zeros: TensorFlow puts the extra one after "
              "(right/bottom); SciPy's 1-D `correlate` puts it before. The notes' 2×2 kernel [[2, 0], [0, 0]] "
              "shows this.",
        "ko": "커널을 미끄러뜨리기 전에 입력 둘레에 추가하는 0입니다. **valid**(밸리드 패딩): 패딩이 없어서 창이 "
              "입력 안에 완전히 들어가는 위치만 지나가므로 특성 맵이 작아집니다. 28×28에 3×3 커널이면 26×26이 "
              "됩니다. **same**(세임 패딩): 출력이 입력 크기를 유지할 만큼 0을 채웁니다(28×28 → 28×28). 그래서 "
              "가장자리 픽셀도 가운데 픽셀만큼 반영됩니다. **full**(풀 패딩): 모든 변에 k − 1개의 0을 채워 모든 "
              "입력 원소가 모든 커널 원소와 만납니다(출력 30×30). 커널 크기가 짝수이면 'same'에 필요한 0의 개수가 "
              "홀수가 됩니다. TensorFlow는 남는 하나를 뒤쪽(오른쪽/아래)에 넣고, SciPy의 1차원 `correlate`는 "
              "앞쪽에 넣습니다. 학습 노트의 2×2 커널 [[2, 0], [0, 0]]이 이 차이를 보여 줍니다.",
    },
    "concepts.padding.live.0": {
        "en": "change padding and watch the padded input, the output size and the formula",
        "ko": "패딩을 바꾸며 패딩된 입력, 출력 크기, 공식 살펴보기",
    },
    "concepts.padding.live.1": {
        "en": "each Conv2D row shows the shape formula for its padding",
        "ko": "Conv2D 층마다 그 패딩에 맞는 크기 공식 보기",
    },
    "concepts.padding.keywords": {
        "en": "valid, same, full, border, zero",
        "ko": "밸리드 패딩, 세임 패딩, 풀 패딩, 가장자리, 0 채우기",
    },
    # ---- stride
    "concepts.stride.title": {"en": "Stride", "ko": "스트라이드 (strides)"},
    "concepts.stride.explanation": {
        "en": "How far the window moves between two outputs. Stride 1 (the default) visits every position; "
              "stride 2 skips every other one and roughly halves the output. The notes prefer stride 1 with 'same' "
              "padding in the convolution and leave the shrinking to pooling, which works better in practice.",
        "ko": "출력 하나를 만들고 다음 출력으로 넘어갈 때 창이 이동하는 거리입니다. 스트라이드 1(기본값)은 모든 "
              "위치를 지나고, 스트라이드 2는 한 칸씩 건너뛰어 출력이 대략 절반이 됩니다. 학습 노트에서는 합성곱에 "
              "스트라이드 1과 'same' 패딩을 쓰고 크기를 줄이는 일은 풀링에 맡기는데, 경험적으로 이 방법이 더 잘 "
              "동작합니다.",
    },
    "concepts.stride.live.0": {
        "en": "raise the stride and see the window jump and the output shrink",
        "ko": "스트라이드를 키우며 창이 건너뛰고 출력이 줄어드는 것 보기",
    },
    "concepts.stride.live.1": {
        "en": "set strides on a Conv2D or pooling layer",
        "ko": "Conv2D 층이나 풀링 층에 strides 설정하기",
    },
    "concepts.stride.keywords": {"en": "step, downsample", "ko": "보폭, 이동, 다운샘플링"},
    # ---- output size
    "concepts.output_size.title": {"en": "Output size formula", "ko": "출력 크기 공식"},
    "concepts.output_size.explanation": {
        "en": "Along each axis, output = ⌊(n + 2p − k) / s⌋ + 1 for input length n, padding p on each side, "
              "kernel k and stride s. Valid, 3×3, stride 1 on 28: ⌊(28 + 0 − 3) / 1⌋ + 1 = 26. 'Same' picks p so "
              "the output is ⌈n / s⌉ (28 at stride 1, 14 at stride 2).",
        "ko": "각 축마다 출력 = ⌊(n + 2p − k) / s⌋ + 1입니다. 여기서 n은 입력 길이, p는 한쪽의 패딩, k는 커널 크기, "
              "s는 스트라이드입니다. 28에 valid, 3×3, 스트라이드 1이면 ⌊(28 + 0 − 3) / 1⌋ + 1 = 26입니다. "
              "'same'은 출력이 ⌈n / s⌉가 되도록 p를 고릅니다(스트라이드 1이면 28, 스트라이드 2이면 14).",
    },
    "concepts.output_size.live.0": {
        "en": "the formula is filled in with the current numbers",
        "ko": "지금 숫자가 채워진 공식 보기",
    },
    "concepts.output_size.live.1": {
        "en": "every layer's output shape with its formula",
        "ko": "모든 층의 출력 크기와 공식 보기",
    },
    "concepts.output_size.keywords": {"en": "shape, formula, floor", "ko": "크기, 모양, 공식, 내림"},
    # ---- feature map
    "concepts.feature_map.title": {"en": "Feature map", "ko": "특성 맵"},
    "concepts.feature_map.explanation": {
        "en": "The output of a convolution (or pooling) layer: one 2-D map per filter, high where the filter's "
              "pattern appears. A Conv2D with 32 filters on a 28×28×1 image gives a 28×28×32 ('same') or 26×26×32 "
              "('valid') stack of feature maps.",
        "ko": "합성곱 층(또는 풀링 층)의 출력입니다. 필터마다 2차원 맵이 하나씩 생기고, 그 필터의 패턴이 나타난 "
              "곳에서 값이 큽니다. 28×28×1 이미지에 필터 32개짜리 Conv2D를 적용하면 28×28×32('same') 또는 "
              "26×26×32('valid') 크기의 특성 맵 묶음이 나옵니다.",
    },
    "concepts.feature_map.live.0": {
        "en": "see every layer's feature maps for an image",
        "ko": "이미지 하나에 대한 모든 층의 특성 맵 보기",
    },
    "concepts.feature_map.live.1": {
        "en": "the tiny CNN's 10 feature maps of the first digit",
        "ko": "작은 CNN이 첫 번째 숫자에서 만든 특성 맵 10개 보기",
    },
    "concepts.feature_map.keywords": {"en": "activation map, channels", "ko": "특징 맵, 특성맵, 채널, 활성화 맵"},
    # ---- filters
    "concepts.filters.title": {"en": "Filters (kernels) and channels", "ko": "필터(커널)와 채널"},
    "concepts.filters.explanation": {
        "en": "A filter is a small stack of weights, kh × kw × input channels: a kernel must cover every input "
              "channel at once, so its depth always equals the input's channels (1 for grayscale, 3 for RGB). Its "
              "per-channel products are added into **one** number per position. A layer with F filters outputs F "
              "channels. Early layers learn edges and blobs, later ones combinations of them, which is why the "
              "notes grow the filter count 32 → 64.",
        "ko": "필터는 kh × kw × 입력 채널 크기의 작은 가중치 묶음입니다. 커널은 모든 입력 채널을 한 번에 덮어야 "
              "하므로 깊이가 항상 입력 채널 수와 같습니다(흑백은 1, RGB는 3). 채널별 곱을 모두 더해 위치마다 숫자 "
              "**하나**를 만듭니다. 필터가 F개인 층은 채널 F개를 출력합니다. 앞쪽 층은 선이나 점 같은 단순한 "
              "패턴을, 뒤쪽 층은 그것들의 조합을 학습합니다. 그래서 학습 노트에서는 필터 수를 32 → 64로 "
              "늘립니다.",
    },
    "concepts.filters.live.0": {
        "en": "the multi-channel demo: an RGB crop and a 3×3×3 kernel",
        "ko": "여러 채널 예시: RGB 사진 조각과 3×3×3 커널",
    },
    "concepts.filters.live.1": {
        "en": "the learned kernels of a trained model",
        "ko": "훈련된 모델이 학습한 커널 보기",
    },
    "concepts.filters.keywords": {"en": "kernel, depth, rgb, channel", "ko": "커널, 깊이, 채널, 컬러"},
    # ---- parameters
    "concepts.parameters.title": {"en": "Parameter formula", "ko": "파라미터 공식"},
    "concepts.parameters.explanation": {
        "en": "A Conv2D layer has (kh · kw · input channels + 1) · filters parameters (the + 1 is each filter's "
              "bias): (3·3·1 + 1)·32 = 320 and (3·3·32 + 1)·64 = 18,496 in the notes. A Dense layer has "
              "(inputs + 1) · units: (3,136 + 1)·100 = 313,700. Pooling, Flatten and Dropout have none. The "
              "Fashion-MNIST convnet totals 333,526.",
        "ko": "Conv2D 층의 파라미터는 (kh · kw · 입력 채널 + 1) · 필터 수입니다(+ 1은 필터마다 있는 편향). 학습 "
              "노트에서는 (3·3·1 + 1)·32 = 320, (3·3·32 + 1)·64 = 18,496입니다. Dense 층은 (입력 수 + 1) · "
              "units입니다: (3,136 + 1)·100 = 313,700. 풀링, Flatten, Dropout에는 파라미터가 없습니다. "
              "Fashion-MNIST 합성곱 신경망의 파라미터는 모두 333,526개입니다.",
    },
    "concepts.parameters.live.0": {
        "en": "each layer's parameter count with the formula filled in",
        "ko": "층마다 숫자가 채워진 공식과 파라미터 개수 보기",
    },
    "concepts.parameters.keywords": {"en": "params, weights, bias, count", "ko": "파라미터, 가중치, 편향, 개수"},
    # ---- pooling
    "concepts.pooling.title": {"en": "Max and average pooling", "ko": "최대 풀링과 평균 풀링"},
    "concepts.pooling.explanation": {
        "en": "Pooling shrinks each feature map without weights: a window (usually 2×2, stride 2) keeps the largest "
              "value (**max pooling**) or the mean (**average pooling**). 28×28×32 → 14×14×32: the channel count "
              "never changes. Max pooling usually works better because a feature map encodes whether a pattern is "
              "present; averaging dilutes a strong response.",
        "ko": "풀링은 가중치 없이 특성 맵을 줄입니다. 창(보통 2×2, 스트라이드 2)에서 가장 큰 값을 남기면 **최대 "
              "풀링**, 평균을 남기면 **평균 풀링**입니다. 28×28×32 → 14×14×32처럼 채널 수는 바뀌지 않습니다. "
              "특성 맵은 패턴이 있는지 없는지를 담고 있는데 평균을 내면 강한 반응이 희석되므로, 보통 최대 풀링이 "
              "더 잘 동작합니다.",
    },
    "concepts.pooling.live.0": {
        "en": "max and average pooling side by side on the same map",
        "ko": "같은 특성 맵에 최대 풀링과 평균 풀링을 나란히 적용하기",
    },
    "concepts.pooling.live.1": {
        "en": "MaxPooling2D / AveragePooling2D layers",
        "ko": "MaxPooling2D / AveragePooling2D 층",
    },
    "concepts.pooling.keywords": {
        "en": "max, average, downsample, maxpooling2d",
        "ko": "최대, 평균, 다운샘플링, 풀링 층",
    },
    # ---- ReLU
    "concepts.relu.title": {"en": "ReLU", "ko": "렐루 (ReLU)"},
    "concepts.relu.explanation": {
        "en": "relu(x) = max(x, 0): negative values become 0, positive ones pass unchanged. Applied after each "
              "convolution it adds the non-linearity without which stacked layers would collapse into one linear "
              "map, and it trains faster than sigmoid. NumPy: `np.maximum(x, 0)`; TensorFlow: `tf.nn.relu(x)`.",
        "ko": "relu(x) = max(x, 0): 음수는 0이 되고 양수는 그대로 통과합니다. 합성곱마다 뒤에 적용해 비선형성을 "
              "더합니다. 비선형성이 없으면 층을 쌓아도 하나의 선형 변환으로 합쳐져 버립니다. 또 시그모이드보다 "
              "빨리 훈련됩니다. NumPy: `np.maximum(x, 0)`, TensorFlow: `tf.nn.relu(x)`.",
    },
    "concepts.relu.live.0": {
        "en": "ReLU applied to a feature map with negative values",
        "ko": "음수가 있는 특성 맵에 렐루 적용하기",
    },
    "concepts.relu.keywords": {"en": "activation, nonlinearity", "ko": "활성화 함수, 비선형, 렐루"},
    # ---- softmax
    "concepts.softmax.title": {"en": "Softmax", "ko": "소프트맥스 (softmax)"},
    "concepts.softmax.explanation": {
        "en": "Turns the last layer's raw scores (logits) z into probabilities: softmax(z)ᵢ = exp(zᵢ) / Σⱼ exp(zⱼ). "
              "All are positive and sum to 1; the largest logit gets the largest probability. Ten output units "
              "with softmax for ten classes.",
        "ko": "마지막 층의 원시 점수(로짓) z를 확률로 바꿉니다: softmax(z)ᵢ = exp(zᵢ) / Σⱼ exp(zⱼ). 모두 양수이고 "
              "합이 1이며, 가장 큰 로짓이 가장 큰 확률을 얻습니다. 클래스가 10개이면 출력 뉴런 10개에 소프트맥스를 "
              "씁니다.",
    },
    "concepts.softmax.live.0": {"en": "edit logits and watch the probabilities", "ko": "로짓을 고치며 확률 살펴보기"},
    "concepts.softmax.live.1": {"en": "the probabilities for a digit you draw", "ko": "직접 그린 숫자의 확률 보기"},
    "concepts.softmax.keywords": {"en": "probability, logits, output", "ko": "확률, 로짓, 출력층"},
    # ---- flatten
    "concepts.flatten.title": {"en": "Flatten", "ko": "펼치기 (Flatten)"},
    "concepts.flatten.explanation": {
        "en": "Unrolls the stack of feature maps into one long vector so a Dense layer can take it: 7×7×64 → 3,136 "
              "values. Only the batch axis is kept. No parameters.",
        "ko": "특성 맵 묶음을 한 줄로 길게 펼쳐 Dense 층이 받을 수 있게 합니다: 7×7×64 → 값 3,136개. 배치 축만 "
              "그대로 둡니다. 파라미터는 없습니다.",
    },
    "concepts.flatten.live.0": {"en": "a Flatten layer and its output size", "ko": "Flatten 층과 그 출력 크기"},
    "concepts.flatten.live.1": {"en": "14×14×10 → 1,960 in the tiny CNN", "ko": "작은 CNN의 14×14×10 → 1,960"},
    "concepts.flatten.keywords": {"en": "reshape, vector", "ko": "펼치기, 벡터, 일렬"},
    # ---- dense
    "concepts.dense.title": {"en": "Dense (fully connected) layer", "ko": "완전 연결 층 (Dense, 밀집 층)"},
    "concepts.dense.explanation": {
        "en": "Every unit is connected to every input value: output = activation(x · W + b). Dense layers learn "
              "global patterns over the whole input, while convolutions learn local patterns anywhere in the image. "
              "(3,136 + 1)·100 = 313,700 parameters in the notes' hidden layer.",
        "ko": "모든 뉴런이 모든 입력값과 연결됩니다: 출력 = activation(x · W + b). Dense 층은 입력 전체에 걸친 전역 "
              "패턴을 학습하고, 합성곱 층은 이미지 어디에서나 나타나는 지역 패턴을 학습합니다. 학습 노트의 은닉층은 "
              "(3,136 + 1)·100 = 313,700개의 파라미터를 가집니다.",
    },
    "concepts.dense.live.0": {"en": "Dense layers and their parameter count", "ko": "Dense 층과 파라미터 개수"},
    "concepts.dense.live.1": {"en": "the gradients of the dense weights", "ko": "Dense 가중치의 기울기 보기"},
    "concepts.dense.keywords": {"en": "fully connected, units, matmul", "ko": "완전 연결, 밀집층, 뉴런, 은닉층"},
    # ---- dropout
    "concepts.dropout.title": {"en": "Dropout", "ko": "드롭아웃 (Dropout)"},
    "concepts.dropout.explanation": {
        "en": "During training, a fraction (rate) of the inputs is set to 0 at random, different each batch; the "
              "survivors are scaled by 1 / (1 − rate) so the sum stays the same. At prediction time nothing is "
              "dropped. Units cannot rely on each other, which reduces over-fitting. The notes use Dropout(0.4) or "
              "(0.3) before the output layer.",
        "ko": "훈련하는 동안 입력의 일정 비율(rate)을 무작위로 0으로 만들며, 꺼지는 입력은 배치마다 다릅니다. 남은 "
              "값은 1 / (1 − rate)배로 키워 합이 그대로 유지됩니다. 예측할 때는 아무것도 끄지 않습니다. 뉴런들이 "
              "서로에게 기댈 수 없으므로 과대적합이 줄어듭니다. 학습 노트에서는 출력층 앞에 Dropout(0.4) 또는 "
              "(0.3)을 둡니다.",
    },
    "concepts.dropout.live.0": {"en": "add a Dropout layer", "ko": "Dropout 층 추가하기"},
    "concepts.dropout.live.1": {"en": "compare training and validation loss", "ko": "훈련 손실과 검증 손실 비교하기"},
    "concepts.dropout.keywords": {"en": "overfitting, regularisation, rate", "ko": "과대적합, 과적합, 규제, 비율"},
    # ---- Glorot
    "concepts.glorot.title": {"en": "Glorot (Xavier) initialisation", "ko": "글로럿(Xavier) 초기화"},
    "concepts.glorot.explanation": {
        "en": "Weights start as random numbers drawn uniformly from ±√(6 / (fan_in + fan_out)), where fan_in and "
              "fan_out count the connections into and out of a unit (for a 3×3×1 kernel with 10 filters: 9 and 90, "
              "so the limit is √(6/99) ≈ 0.246). The range keeps the signal's size roughly steady from layer to "
              "layer; it is Keras' default (`glorot_uniform`) and what the notes use with `tf.Variable`.",
        "ko": "가중치는 ±√(6 / (fan_in + fan_out)) 범위에서 균등하게 뽑은 난수로 시작합니다. fan_in과 fan_out은 "
              "한 뉴런으로 들어오고 나가는 연결 수입니다(필터 10개짜리 3×3×1 커널이면 9와 90이므로 한계는 "
              "√(6/99) ≈ 0.246). 이 범위는 층을 지날 때 신호의 크기를 대략 일정하게 유지해 줍니다. Keras의 "
              "기본값(`glorot_uniform`)이며 학습 노트에서 `tf.Variable`과 함께 쓰는 방법입니다.",
    },
    "concepts.glorot.live.0": {
        "en": "the limits of each weight and the initial values",
        "ko": "가중치마다의 한계와 초깃값 보기",
    },
    "concepts.glorot.live.1": {
        "en": "trained kernels compared with their initial values",
        "ko": "훈련된 커널을 초깃값과 비교하기",
    },
    "concepts.glorot.keywords": {"en": "xavier, initializer, init, fan", "ko": "글로럿, 초기화, 초깃값"},
    # ---- optimizers
    "concepts.optimizers.title": {"en": "SGD, Adam, RMSprop", "ko": "옵티마이저: SGD, Adam, RMSprop"},
    "concepts.optimizers.explanation": {
        "en": "An optimizer turns gradients into weight updates. **SGD**: w ← w − lr · g, the learning rate sets the "
              "step size. **RMSprop** divides each step by a running average of recent gradient sizes, so every "
              "weight gets its own effective step. **Adam** adds momentum (a running average of the gradients "
              "themselves) to that; it is a robust default (`optimizer='adam'` in the notes). The notes' "
              "hand-written CNN uses `tf.optimizers.SGD` with `apply_gradients`.",
        "ko": "옵티마이저는 기울기를 가중치 업데이트로 바꿉니다. **SGD**(경사 하강법): w ← w − lr · g, 학습률이 "
              "보폭을 정합니다. **RMSprop**은 최근 기울기 크기의 이동 평균으로 이동량을 나누어, 가중치마다 실제 "
              "보폭이 달라집니다. **Adam**은 여기에 모멘텀(기울기 자체의 이동 평균)을 더한 것으로, 믿을 만한 기본 "
              "선택입니다(학습 노트의 `optimizer='adam'`). 학습 노트에서 직접 만든 CNN은 `tf.optimizers.SGD`와 "
              "`apply_gradients`를 씁니다.",
    },
    "concepts.optimizers.live.0": {
        "en": "take single SGD steps and watch the loss fall",
        "ko": "SGD를 한 단계씩 실행하며 손실이 줄어드는 것 보기",
    },
    "concepts.optimizers.live.1": {
        "en": "choose the optimizer and learning rate for a real training run",
        "ko": "실제 훈련에 쓸 옵티마이저와 학습률 고르기",
    },
    "concepts.optimizers.keywords": {
        "en": "sgd, adam, rmsprop, learning rate, gradient descent, gradienttape",
        "ko": "옵티마이저, 경사 하강법, 학습률, 아담, 기울기, 그레이디언트",
    },
    # ---- cross-entropy
    "concepts.cross_entropy.title": {"en": "Cross-entropy: sparse vs one-hot", "ko": "크로스 엔트로피: sparse와 원-핫"},
    "concepts.cross_entropy.explanation": {
        "en": "The classification loss: −log of the probability the model gives the right class. With integer "
              "labels (3) use `sparse_categorical_crossentropy`; with one-hot labels ([0, 0, 0, 1, 0, …], from "
              "`to_categorical`) use `categorical_crossentropy`. They compute the **same number**: in −Σ yᵢ log pᵢ "
              "only the target's term survives. The loss is 0 for certainty in the right class and grows fast as "
              "that probability falls.",
        "ko": "분류에 쓰는 손실로, 모델이 정답 클래스에 준 확률의 −log입니다. 정수 레이블(3)이면 "
              "`sparse_categorical_crossentropy`, 원-핫 레이블([0, 0, 0, 1, 0, …], `to_categorical`로 만듦)이면 "
              "`categorical_crossentropy`를 씁니다. 두 손실은 **같은 값**을 계산합니다: −Σ yᵢ log pᵢ에서 정답 "
              "항만 남기 때문입니다. 정답 클래스를 확신하면 손실은 0이고, 그 확률이 떨어질수록 빠르게 커집니다.",
    },
    "concepts.cross_entropy.live.0": {
        "en": "pick a target and compare both losses",
        "ko": "정답을 골라 두 손실 비교하기",
    },
    "concepts.cross_entropy.live.1": {
        "en": "the batch's mean cross-entropy, step by step",
        "ko": "단계마다 배치의 평균 크로스 엔트로피 보기",
    },
    "concepts.cross_entropy.keywords": {
        "en": "loss, sparse, one-hot, categorical, log",
        "ko": "손실, 손실 함수, 원-핫, 교차 엔트로피, 로그",
    },
    # ---- stratified split
    "concepts.stratified_split.title": {
        "en": "Stratified train/validation split",
        "ko": "층화 훈련/검증 세트 분할",
    },
    "concepts.stratified_split.explanation": {
        "en": "Part of the training data (20 % in the notes: 48,000 / 12,000) is held back to check the model on "
              "images it did not learn from. `train_test_split(..., stratify=y, random_state=42)` keeps each "
              "class's share the same in both parts, so the validation score is not skewed by an unlucky class mix.",
        "ko": "훈련 데이터의 일부(학습 노트에서는 20 %: 48,000 / 12,000)를 떼어 두고, 모델이 학습하지 않은 "
              "이미지로 성능을 확인합니다. `train_test_split(..., stratify=y, random_state=42)`는 두 부분에서 "
              "클래스별 비율을 똑같이 유지하므로, 운 나쁜 클래스 구성 때문에 검증 점수가 치우치지 않습니다.",
    },
    "concepts.stratified_split.live.0": {
        "en": "the validation fraction and seed of a run",
        "ko": "훈련의 검증 비율과 시드 정하기",
    },
    "concepts.stratified_split.keywords": {
        "en": "validation, train_test_split, split",
        "ko": "검증 세트, 훈련 세트, 분할, 층화",
    },
    # ---- early stopping
    "concepts.early_stopping.title": {"en": "Early stopping", "ko": "조기 종료 (EarlyStopping)"},
    "concepts.early_stopping.explanation": {
        "en": "Stop training when the validation loss has not improved for `patience` epochs (2 or 3 in the notes); "
              "with `restore_best_weights=True` the model goes back to its best epoch. It stops before "
              "over-fitting and saves time: the notes ask for 100 epochs but training ends after about 10.",
        "ko": "검증 손실이 `patience` 에포크 동안 나아지지 않으면 훈련을 멈춥니다(학습 노트에서는 2나 3). "
              "`restore_best_weights=True`이면 모델이 가장 좋았던 에포크로 돌아갑니다. 과대적합되기 전에 멈추고 "
              "시간도 아낍니다: 학습 노트에서는 100 에포크를 지정하지만 약 10 에포크 뒤에 훈련이 끝납니다.",
    },
    "concepts.early_stopping.live.0": {
        "en": "set the patience and watch the run stop",
        "ko": "patience를 정하고 훈련이 멈추는 것 보기",
    },
    "concepts.early_stopping.keywords": {"en": "patience, callback, overfitting", "ko": "조기 종료, 콜백, 과대적합"},
    # ---- checkpoint
    "concepts.checkpoint.title": {"en": "Checkpoint", "ko": "체크포인트 (ModelCheckpoint)"},
    "concepts.checkpoint.explanation": {
        "en": "`ModelCheckpoint(path, save_best_only=True)` saves the model to disk whenever the validation loss "
              "improves, so the best model survives even if later epochs get worse or training is interrupted.",
        "ko": "`ModelCheckpoint(path, save_best_only=True)`는 검증 손실이 좋아질 때마다 모델을 디스크에 "
              "저장합니다. 그래서 뒤의 에포크가 나빠지거나 훈련이 중단되어도 가장 좋은 모델이 남습니다.",
    },
    "concepts.checkpoint.live.0": {
        "en": "each run keeps best.keras and final.keras",
        "ko": "훈련마다 best.keras와 final.keras가 남습니다",
    },
    "concepts.checkpoint.keywords": {"en": "modelcheckpoint, save, best", "ko": "저장, 최고 모델, 체크포인트"},
    # ---- confusion matrix
    "concepts.confusion_matrix.title": {"en": "Confusion matrix", "ko": "오차 행렬"},
    "concepts.confusion_matrix.explanation": {
        "en": "A table of true class (rows) against predicted class (columns): the diagonal holds the correct "
              "predictions, every other cell a particular mistake (e.g. shirts taken for T-shirts). It shows "
              "*which* classes are confused, which a single accuracy number hides.",
        "ko": "실제 클래스(행)와 예측 클래스(열)를 맞대어 센 표입니다. 대각선에는 맞힌 예측이, 나머지 칸에는 "
              "특정한 실수가 들어갑니다(예: 셔츠를 티셔츠로 착각). 정확도 숫자 하나로는 보이지 않는, *어떤* "
              "클래스끼리 헷갈리는지를 보여 줍니다.",
    },
    "concepts.confusion_matrix.live.0": {
        "en": "click a cell to see the images behind it",
        "ko": "칸을 클릭해 그 칸의 이미지 보기",
    },
    "concepts.confusion_matrix.keywords": {"en": "errors, accuracy, mistakes", "ko": "혼동 행렬, 오류, 정확도, 실수"},
}
