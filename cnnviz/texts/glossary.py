"""Teaching texts for every layer setting and layer type (tooltips on the Build page, read with
`cnnviz.i18n.t_or_empty`: "" for a setting without one).

Keys are `glossary.<setting>` and `glossary.<layer type, lower case>`. The examples follow the study notes:
28×28 Fashion-MNIST images, 3×3 kernels, 2×2 max pooling, Dropout 0.4 before the output layer.
"""

TEXTS = {
    # ---- input
    "glossary.input_height": {
        "en": "Height of the input images in pixels. MNIST and Fashion-MNIST are 28×28, CIFAR-10 is 32×32. "
              "Every later shape follows from this.",
        "ko": "입력 이미지의 높이(픽셀 수)입니다. MNIST와 Fashion-MNIST는 28×28, CIFAR-10은 32×32입니다. "
              "뒤따르는 모든 층의 크기가 이 값에서 정해집니다.",
    },
    "glossary.input_width": {
        "en": "Width of the input images in pixels (may differ from the height).",
        "ko": "입력 이미지의 너비(픽셀 수)입니다. 높이와 달라도 됩니다.",
    },
    "glossary.input_channels": {
        "en": "1 for grayscale images (MNIST, Fashion-MNIST), 3 for colour (red, green, blue: CIFAR-10). "
              "The first Conv2D's kernels have one slice per input channel, so this changes its parameters: "
              "(3·3·**3** + 1)·32 = 896 instead of (3·3·**1** + 1)·32 = 320.",
        "ko": "흑백 이미지(MNIST, Fashion-MNIST)는 1, 컬러 이미지(빨강·초록·파랑, CIFAR-10)는 3입니다. "
              "첫 번째 Conv2D의 커널은 입력 채널마다 한 장씩 가지므로 파라미터 개수가 달라집니다: "
              "(3·3·**3** + 1)·32 = 896이 되고, 흑백이면 (3·3·**1** + 1)·32 = 320입니다.",
    },
    "glossary.preset": {
        "en": "Ready-made networks from the study notes (and one stronger one of ours). Loading a preset replaces "
              "the layers you are editing; export your JSON first if you want to keep them.",
        "ko": "학습 노트에 나오는 완성된 신경망들(과 이 앱이 준비한 더 강한 신경망 하나)입니다. 프리셋을 불러오면 "
              "지금 편집 중인 층이 모두 바뀌므로, 남겨 두려면 먼저 JSON으로 내보내세요.",
    },
    # ---- Conv2D settings
    "glossary.filters": {
        "en": "How many filters (kernels) the layer learns. Each filter slides over the input and produces one "
              "feature map, so the output has this many channels. More filters detect more kinds of pattern but "
              "add parameters: (kernel h · kernel w · input channels + 1) · filters. The notes use 32, then 64.",
        "ko": "이 층이 학습하는 필터(커널)의 개수 (filters)입니다. 필터 하나가 입력 위를 미끄러지며 특성 맵을 하나씩 "
              "만들므로, 출력의 채널 수가 이 값이 됩니다. 필터가 많으면 더 많은 종류의 패턴을 찾지만 파라미터도 "
              "늘어납니다: (커널 높이 · 커널 너비 · 입력 채널 + 1) · 필터 수. 학습 노트에서는 32개, 그다음 64개를 "
              "씁니다.",
    },
    "glossary.kernel_size": {
        "en": "Height × width of each filter's window, e.g. 3×3. Each output pixel is a weighted sum of the "
              "kernel-sized patch under it (plus a bias). Small kernels (3×3) stacked see as far as one big "
              "kernel with fewer weights. With 'valid' padding a k×k kernel shrinks each side by k − 1.",
        "ko": "필터 창의 높이 × 너비 (kernel_size)이며, 예를 들면 3×3입니다. 출력 픽셀 하나는 그 아래 커널 크기만큼의 "
              "영역에 가중치를 곱해 더한 값(에 편향을 더한 값)입니다. 작은 커널(3×3)을 여러 층 쌓으면 큰 커널 "
              "하나만큼 넓게 보면서도 가중치는 더 적습니다. 'valid' 패딩에서는 k×k 커널이 각 변을 k − 1만큼 "
              "줄입니다.",
    },
    "glossary.strides": {
        "en": "How many pixels the window moves between two outputs. Stride 1 (the default and the usual choice) "
              "visits every position; stride 2 skips every other one and halves the output size. The notes prefer "
              "stride 1 with pooling for down-sampling.",
        "ko": "창이 출력 하나를 만들고 다음 출력으로 넘어갈 때 이동하는 픽셀 수, 스트라이드 (strides)입니다. "
              "스트라이드 1(기본값이자 보통의 선택)은 모든 위치를 지나고, 스트라이드 2는 한 칸씩 건너뛰어 출력 "
              "크기가 절반이 됩니다. 학습 노트에서는 스트라이드를 1로 두고 크기를 줄이는 일은 풀링에 맡기는 방법을 "
              "선호합니다.",
    },
    "glossary.padding": {
        "en": "What happens at the border. **valid** = no padding: the kernel only visits positions where it fits "
              "completely, so the map shrinks: 28×28 with a 3×3 kernel gives 28 − 3 + 1 = **26**×26. **same** = "
              "zeros are added around the input so the output keeps the input size (28×28 → **28**×28 at stride 1; "
              "⌈size / stride⌉ in general) and border pixels count as much as central ones.",
        "ko": "가장자리를 어떻게 다룰지 정하는 패딩 (padding)입니다. **valid** = 패딩 없음(밸리드 패딩): 커널이 입력 "
              "안에 완전히 들어가는 위치만 지나가므로 특성 맵이 작아집니다. 28×28에 3×3 커널이면 28 − 3 + 1 = "
              "**26**×26입니다. **same** = 세임 패딩: 입력 둘레에 0을 채워 출력이 입력 크기를 유지합니다(스트라이드 "
              "1에서 28×28 → **28**×28, 일반적으로는 ⌈크기 / 스트라이드⌉). 그래서 가장자리 픽셀도 가운데 픽셀만큼 "
              "반영됩니다.",
    },
    "glossary.activation": {
        "en": "The non-linear function applied to each output value. **relu** (max(0, x)) is the usual choice "
              "for hidden layers; **softmax** turns the last layer's outputs into class probabilities that sum "
              "to 1; **linear** means none. Without non-linearities, stacked layers collapse into one linear map.",
        "ko": "각 출력값에 적용하는 비선형 함수, 활성화 함수 (activation)입니다. **relu**(렐루, max(0, x))는 "
              "은닉층에서 가장 흔히 씁니다. **softmax**(소프트맥스)는 마지막 층의 출력을 합이 1인 클래스별 확률로 "
              "바꿉니다. **linear**는 활성화 함수를 쓰지 않는다는 뜻입니다. 비선형 함수가 없으면 층을 여러 개 "
              "쌓아도 하나의 선형 변환과 같아집니다.",
    },
    "glossary.use_bias": {
        "en": "Whether each filter (or unit) has a learnable bias added to its weighted sum: one extra parameter "
              "per filter/unit (the '+ 1' in the parameter formula). Often switched off right before "
              "BatchNormalization, which has its own shift (β).",
        "ko": "필터(또는 뉴런)마다 가중치 합에 더하는 학습 가능한 편향을 둘지 정합니다 (use_bias). 필터/뉴런마다 "
              "파라미터가 하나씩 늘어납니다(파라미터 공식의 '+ 1'). 바로 뒤에 BatchNormalization이 오면 그 층이 "
              "자체 이동값(β)을 가지므로 흔히 끕니다.",
    },
    # ---- pooling settings
    "glossary.pool_size": {
        "en": "Height × width of the pooling window. Pooling has **no weights**: MaxPooling2D keeps the largest "
              "value of each window, AveragePooling2D the mean. A 2×2 pool halves height and width "
              "(28×28×32 → 14×14×32) and never changes the number of channels.",
        "ko": "풀링 창의 높이 × 너비 (pool_size)입니다. 풀링에는 **가중치가 없습니다**: MaxPooling2D(최대 풀링)는 "
              "창마다 가장 큰 값을, AveragePooling2D(평균 풀링)는 평균을 남깁니다. 2×2 풀링은 높이와 너비를 "
              "절반으로 줄이고(28×28×32 → 14×14×32) 채널 수는 바꾸지 않습니다.",
    },
    "glossary.pool_strides": {
        "en": "How far the pooling window moves. Left empty it equals the pool size (as in Keras), so the "
              "windows do not overlap: a 2×2 pool with stride 2 halves the map.",
        "ko": "풀링 창이 이동하는 거리 (strides)입니다. 비워 두면 (Keras처럼) 풀링 크기와 같아져 창이 겹치지 "
              "않습니다. 스트라이드 2인 2×2 풀링은 특성 맵을 절반으로 줄입니다.",
    },
    "glossary.pool_padding": {
        "en": "**valid** (the usual choice for pooling) drops a leftover border row/column: 7×7 → 3×3 with a "
              "2×2 pool. **same** pads so nothing is dropped: 7×7 → ⌈7/2⌉ = 4×4.",
        "ko": "**valid**(풀링에서 보통 쓰는 값)는 창에 맞지 않고 남는 가장자리 행/열을 버립니다: 2×2 풀링이면 "
              "7×7 → 3×3. **same**은 패딩을 채워 아무것도 버리지 않습니다: 7×7 → ⌈7/2⌉ = 4×4.",
    },
    # ---- Dense / Dropout settings
    "glossary.units": {
        "en": "Number of neurons. Each one is connected to every input value, so the layer has "
              "(inputs + 1) · units parameters: Flatten's 3,136 values into Dense 100 is (3,136 + 1)·100 = 313,700, "
              "most of the Fashion-MNIST convnet. The output layer needs one unit per class (10).",
        "ko": "뉴런의 개수 (units)입니다. 뉴런 하나하나가 모든 입력값과 연결되므로 이 층의 파라미터는 "
              "(입력 수 + 1) · units개입니다. Flatten이 만든 3,136개의 값을 Dense 100에 넣으면 "
              "(3,136 + 1)·100 = 313,700개로, Fashion-MNIST 합성곱 신경망 파라미터의 대부분을 차지합니다. "
              "출력층에는 클래스마다 뉴런이 하나씩(10개) 필요합니다.",
    },
    "glossary.rate": {
        "en": "Fraction of the inputs set to zero at random during training (0.4 = 40 %). The survivors are scaled "
              "up by 1 / (1 − rate) so the total stays the same; at prediction time nothing is dropped. It stops "
              "neurons from relying on each other and so reduces over-fitting. No parameters, no shape change.",
        "ko": "훈련하는 동안 입력 중 무작위로 0으로 만드는 비율 (rate)입니다(0.4 = 40 %). 남은 값은 "
              "1 / (1 − rate)배로 키워 합이 그대로 유지되고, 예측할 때는 아무것도 끄지 않습니다. 뉴런들이 서로에게 "
              "기대지 못하게 해서 과대적합을 줄여 줍니다. 파라미터도 없고 크기도 바뀌지 않습니다.",
    },
    # ---- layer types (keys are the Keras class names in lower case)
    "glossary.conv2d": {
        "en": "Convolution: learns `filters` small kernels and slides each over the whole input, producing one "
              "feature map per filter. It finds the same pattern anywhere in the image with few weights.",
        "ko": "합성곱 층: 작은 커널을 `filters`개 학습하고 각각을 입력 전체 위로 미끄러뜨려 필터마다 특성 맵을 "
              "하나씩 만듭니다. 적은 가중치로 이미지 어디에 있든 같은 패턴을 찾아냅니다.",
    },
    "glossary.maxpooling2d": {
        "en": "Keeps the largest value in each window: shrinks the feature maps (usually by half) while "
              "keeping the strongest responses. No weights.",
        "ko": "최대 풀링: 창마다 가장 큰 값만 남깁니다. 가장 강한 반응은 지키면서 특성 맵을 (보통 절반으로) "
              "줄입니다. 가중치가 없습니다.",
    },
    "glossary.averagepooling2d": {
        "en": "Averages each window: shrinks the feature maps like max pooling but smooths them (LeNet-5 "
              "uses it). No weights.",
        "ko": "평균 풀링: 창마다 평균을 냅니다. 최대 풀링처럼 특성 맵을 줄이지만 값을 부드럽게 만듭니다(LeNet-5가 "
              "사용합니다). 가중치가 없습니다.",
    },
    "glossary.flatten": {
        "en": "Unrolls the height × width × channels feature maps into one long vector (7×7×64 → 3,136) so that "
              "Dense layers can take it. No weights; it only reshapes.",
        "ko": "높이 × 너비 × 채널 모양의 특성 맵을 한 줄로 길게 펼쳐(7×7×64 → 3,136) Dense 층이 받을 수 있게 "
              "합니다. 가중치는 없고 모양만 바꿉니다.",
    },
    "glossary.dense": {
        "en": "Fully connected layer: every unit sees every input value. Needs a flat input (Flatten or "
              "GlobalAveragePooling2D first). The last Dense with softmax gives the class probabilities.",
        "ko": "완전 연결 층(밀집 층): 모든 뉴런이 모든 입력값을 봅니다. 1차원으로 펼친 입력이 필요하므로 앞에 "
              "Flatten이나 GlobalAveragePooling2D를 둡니다. softmax를 쓰는 마지막 Dense 층이 클래스별 확률을 "
              "냅니다.",
    },
    "glossary.dropout": {
        "en": "Randomly silences a fraction (`rate`) of its inputs during training to fight over-fitting; "
              "does nothing at prediction time. No weights, no shape change.",
        "ko": "드롭아웃: 훈련하는 동안 입력의 일부(`rate` 비율)를 무작위로 꺼서 과대적합을 막습니다. 예측할 때는 "
              "아무 일도 하지 않습니다. 가중치도 없고 크기도 바뀌지 않습니다.",
    },
    "glossary.batchnormalization": {
        "en": "Normalises each channel to mean 0, variance 1 over the batch, then scales by a learned γ "
              "and shifts by a learned β. 4 numbers per channel: γ and β are trained, the moving mean "
              "and variance (used at prediction time) are not, hence the non-trainable parameters. "
              "It makes training faster and more stable.",
        "ko": "배치 정규화: 채널마다 배치 전체에서 평균 0, 분산 1이 되도록 정규화한 뒤, 학습된 γ를 곱하고 학습된 "
              "β를 더합니다. 채널마다 숫자가 4개입니다: γ와 β는 훈련되지만, (예측할 때 쓰는) 이동 평균과 이동 "
              "분산은 훈련되지 않으므로 '훈련되지 않는 파라미터'로 셉니다. 훈련을 더 빠르고 안정적으로 만듭니다.",
    },
    "glossary.globalaveragepooling2d": {
        "en": "Averages each whole feature map to one number: h×w×c → c. A flat vector without "
              "the huge Dense layer that Flatten needs, so far fewer parameters. No weights.",
        "ko": "전역 평균 풀링: 특성 맵 하나 전체를 평균 내어 숫자 하나로 만듭니다: h×w×c → c. Flatten 뒤에 "
              "필요한 거대한 Dense 층 없이 1차원 벡터를 얻으므로 파라미터가 훨씬 적습니다. 가중치가 없습니다.",
    },
}
