"""Texts of cnnviz.arch.memory: the training memory a network needs, and why a job is too big for a worker."""

TEXTS = {
    "memory.part": {"en": "{label} {size}", "ko": "{label} {size}"},
    "memory.part_weights": {"en": "weights", "ko": "가중치"},
    "memory.part_gradients": {"en": "gradients", "ko": "그레이디언트"},
    "memory.part_optimizer_slots": {"en": "optimizer slots", "ko": "옵티마이저 슬롯"},
    "memory.part_temporaries": {"en": "update temporaries", "ko": "업데이트 임시값"},
    "memory.part_activations": {"en": "activations × batch {batch}", "ko": "활성화 × 배치 {batch}"},
    "memory.part_images": {"en": "images", "ko": "이미지"},
    "memory.part_runtime": {"en": "TensorFlow runtime", "ko": "TensorFlow 런타임"},
    "memory.refusal": {
        "en": "training this network needs about {total} of memory but a training worker can use {usable} of its "
              "{limit} (Dask stops a worker at 95% of its limit, and some is kept free below that) ({breakdown}). "
              "The largest layers: {layers}. To make it fit: {advice}.",
        "ko": "이 신경망을 훈련하려면 메모리가 약 {total} 필요한데 훈련 워커는 {limit} 가운데 {usable}만 쓸 수 "
              "있습니다 (Dask는 한도의 95%에서 워커를 멈추고, 그 아래에도 여유를 남겨 둡니다) ({breakdown}). "
              "가장 큰 층: {layers}. 줄이는 방법: {advice}.",
    },
    "memory.load_refusal": {
        "en": "loading this model needs about {total} of memory but this process can use {usable} of its {limit} "
              "({breakdown}). The largest layers: {layers}.",
        "ko": "이 모델을 불러오려면 메모리가 약 {total} 필요한데 이 프로세스는 {limit} 가운데 {usable}만 쓸 수 "
              "있습니다 ({breakdown}). 가장 큰 층: {layers}.",
    },
    "memory.advice_dense": {
        "en": "{name} holds most of it in weights: shrink the map before Flatten (pooling, or a stride of 2) or give "
              "it fewer units",
        "ko": "{name} 층이 가중치로 대부분을 차지합니다. Flatten 앞에서 특성 맵을 줄이거나 (풀링, 또는 스트라이드 "
              "(strides) 2) 유닛 수를 줄이세요",
    },
    "memory.advice_weights": {
        "en": "{name} holds most of it in weights: fewer filters or a smaller kernel",
        "ko": "{name} 층이 가중치로 대부분을 차지합니다. 필터 수를 줄이거나 커널을 작게 하세요",
    },
    "memory.advice_outputs": {
        "en": "{name} holds most of it in its outputs for the batch: a smaller batch, fewer filters, or pool earlier",
        "ko": "{name} 층이 배치의 출력으로 대부분을 차지합니다. 배치를 줄이거나, 필터 수를 줄이거나, 풀링을 더 앞에 "
              "두세요",
    },
}
