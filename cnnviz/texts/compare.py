"""Texts of comparing runs, sweeps and the leaderboard: setting labels, statistics, verdicts, figures, errors."""

TEXTS = {
    # ---- training settings (config.json keys)
    "compare.setting.dataset": {"en": "Dataset (dataset)", "ko": "데이터셋 (dataset)"},
    "compare.setting.sample": {"en": "Bundled MNIST sample (sample)", "ko": "내장 MNIST 샘플 사용 (sample)"},
    "compare.setting.data_path": {"en": "Data file or folder (data_path)", "ko": "데이터 파일/폴더 (data_path)"},
    "compare.setting.dataset_source": {"en": "Where the data came from", "ko": "데이터를 읽어 온 곳"},
    "compare.setting.dataset_is_sample": {"en": "Trained on the 5,000-digit sample",
                                          "ko": "5,000장 샘플로 학습"},
    "compare.setting.n_train": {"en": "Training images", "ko": "훈련 이미지 수"},
    "compare.setting.n_val": {"en": "Validation images", "ko": "검증 세트 이미지 수"},
    "compare.setting.n_test": {"en": "Test images", "ko": "테스트 세트 이미지 수"},
    "compare.setting.optimizer": {"en": "Optimizer (optimizer)", "ko": "옵티마이저 (optimizer)"},
    "compare.setting.learning_rate": {"en": "Learning rate (learning_rate)", "ko": "학습률 (learning_rate)"},
    "compare.setting.lr_schedule": {"en": "Learning-rate schedule (lr_schedule)",
                                    "ko": "학습률 스케줄 (lr_schedule)"},
    "compare.setting.momentum": {"en": "Momentum, SGD only (momentum)", "ko": "모멘텀, SGD만 (momentum)"},
    "compare.setting.batch_size": {"en": "Batch size (batch_size)", "ko": "배치 크기 (batch_size)"},
    "compare.setting.epochs": {"en": "Epochs (epochs)", "ko": "에포크 수 (epochs)"},
    "compare.setting.loss": {"en": "Label format of the loss (loss)", "ko": "손실 함수의 레이블 형식 (loss)"},
    "compare.setting.val_fraction": {"en": "Validation fraction (val_fraction)",
                                     "ko": "검증 세트 비율 (val_fraction)"},
    "compare.setting.seed": {"en": "Random seed (seed)", "ko": "난수 시드 (seed)"},
    "compare.setting.limit": {"en": "Training-image limit (limit)", "ko": "훈련 이미지 수 제한 (limit)"},
    "compare.setting.early_stopping": {"en": "Early stopping (EarlyStopping)", "ko": "조기 종료 (EarlyStopping)"},
    "compare.setting.patience": {"en": "Early-stopping patience (patience)", "ko": "조기 종료 인내 에포크 (patience)"},
    "compare.setting.restore_best_weights": {"en": "Restore the best weights (restore_best_weights)",
                                             "ko": "가장 좋은 가중치 복원 (restore_best_weights)"},
    "compare.setting.save_best_checkpoint": {"en": "Save the best checkpoint", "ko": "최고 체크포인트 저장"},
    "compare.setting.mixed_precision": {"en": "Mixed precision requested (mixed_precision)",
                                        "ko": "혼합 정밀도 요청 (mixed_precision)"},
    "compare.setting.mixed_precision_used": {"en": "Mixed precision used", "ko": "혼합 정밀도 실제 사용"},
    "compare.setting.replicas": {"en": "Devices training together", "ko": "함께 학습한 장치 수"},

    # ---- architecture diff
    "compare.status.same": {"en": "same", "ko": "같음"},
    "compare.status.changed": {"en": "changed", "ko": "바뀜"},
    "compare.status.added": {"en": "added", "ko": "추가됨"},
    "compare.status.removed": {"en": "removed", "ko": "삭제됨"},
    "compare.total.input_shape": {"en": "Input shape", "ko": "입력 크기"},
    "compare.total.output_shape": {"en": "Output shape", "ko": "출력 크기"},
    "compare.total.params": {"en": "Total parameters", "ko": "전체 파라미터 수"},
    "compare.total.trainable_params": {"en": "Trainable parameters", "ko": "학습되는 파라미터 수"},
    "compare.total.flops": {"en": "Multiply-adds per image (FLOPs)", "ko": "이미지 1장당 곱셈-덧셈 수 (FLOPs)"},
    "compare.total.activation_memory": {"en": "Activation memory per image",
                                        "ko": "이미지 1장당 활성화 메모리"},

    # ---- statistics
    "compare.interval.wilson": {"en": "{confidence}% Wilson interval", "ko": "{confidence}% 윌슨 신뢰 구간"},
    "compare.interval.exact": {"en": "{confidence}% Clopper–Pearson (exact) interval",
                               "ko": "{confidence}% 클로퍼–피어슨 (정확) 신뢰 구간"},
    "compare.interval.bootstrap": {"en": "{confidence}% bootstrap interval",
                                   "ko": "{confidence}% 부트스트랩 신뢰 구간"},
    "compare.test.exact": {"en": "exact binomial test", "ko": "정확 이항 검정"},
    "compare.test.chi2": {"en": "chi-square test with continuity correction", "ko": "연속성 보정 카이제곱 검정"},
    "compare.verdict.better": {
        "en": "{better} is better than {worse} (p {p}, significance level α = {alpha}).",
        "ko": "{better}이(가) {worse}보다 낫습니다 (p {p}, 유의 수준 α = {alpha}).",
    },
    "compare.verdict.better_holm": {
        "en": "{better} is better than {worse} (Holm-corrected p {p} over {m} comparisons, significance level "
              "α = {alpha}).",
        "ko": "{better}이(가) {worse}보다 낫습니다 (비교 {m}개에 대해 홀름 보정한 p {p}, 유의 수준 α = {alpha}).",
    },
    "compare.verdict.no_difference": {
        "en": "No significant difference between {a} and {b} (p {p}, significance level α = {alpha}): on these "
              "test images neither can be called better.",
        "ko": "{a}와(과) {b} 사이에 유의미한 차이가 없습니다 (p {p}, 유의 수준 α = {alpha}). 이 테스트 세트로는 "
              "어느 쪽이 낫다고 말할 수 없습니다.",
    },
    "compare.verdict.no_difference_holm": {
        "en": "No significant difference between {a} and {b} (Holm-corrected p {p} over {m} comparisons, "
              "significance level α = {alpha}).",
        "ko": "{a}와(과) {b} 사이에 유의미한 차이가 없습니다 (비교 {m}개에 대해 홀름 보정한 p {p}, "
              "유의 수준 α = {alpha}).",
    },
    "compare.verdict.identical": {
        "en": "{a} and {b} get exactly the same test images right: there is no difference to test.",
        "ko": "{a}와(과) {b}는 정확히 같은 테스트 이미지를 맞혔습니다. 검정할 차이가 없습니다.",
    },
    "compare.verdict.details": {
        "en": "Of {n:,} test images, {only_a:,} are right only for {a} and {only_b:,} only for {b}; McNemar's "
              "test on those ({test}): statistic {statistic}, p {p}.",
        "ko": "테스트 이미지 {n:,}장 중 {a}만 맞힌 것이 {only_a:,}장, {b}만 맞힌 것이 {only_b:,}장입니다. "
              "이 이미지들로 한 맥니마 검정 ({test}): 통계량 {statistic}, p {p}.",
    },

    # ---- errors
    "compare.error.need_two": {"en": "Pick at least two runs to compare (got {n}).",
                               "ko": "비교하려면 실행을 두 개 이상 고르세요 (지금 {n}개)."},
    "compare.error.length_mismatch": {
        "en": "{name}: {labels:,} test labels but {predictions:,} predictions.",
        "ko": "{name}: 테스트 레이블은 {labels:,}개인데 예측은 {predictions:,}개입니다.",
    },
    "compare.error.other_dataset": {
        "en": "{a} was tested on {dataset_a} and {b} on {dataset_b}: a paired test needs the same test images.",
        "ko": "{a}는 {dataset_a}, {b}는 {dataset_b}에서 테스트했습니다. 짝지은 검정에는 같은 테스트 이미지가 "
              "필요합니다.",
    },
    "compare.error.other_size": {
        "en": "{a} has {n_a:,} test images and {b} has {n_b:,} (the bundled sample and the full dataset have "
              "different test sets): they cannot be paired image by image.",
        "ko": "{a}의 테스트 이미지는 {n_a:,}장, {b}는 {n_b:,}장입니다 (내장 샘플과 전체 데이터셋은 테스트 세트가 "
              "다릅니다). 이미지별로 짝지을 수 없습니다.",
    },
    "compare.error.other_labels": {
        "en": "{a} and {b} have test sets of the same size but {n:,} labels differ: they are not the same test "
              "images.",
        "ko": "{a}와(과) {b}의 테스트 세트는 크기가 같지만 레이블 {n:,}개가 다릅니다. 같은 테스트 이미지가 "
              "아닙니다.",
    },
    "compare.error.other_images": {
        "en": "{a} and {b} have the same test labels but different test images (another data file?): they "
              "cannot be paired.",
        "ko": "{a}와(과) {b}는 테스트 레이블은 같지만 이미지가 다릅니다 (다른 데이터 파일인가요?). 짝지을 수 "
              "없습니다.",
    },
    "compare.error.no_images": {"en": "{name} has no test images to compare.",
                                "ko": "{name}에는 비교할 테스트 이미지가 없습니다."},
    "compare.error.empty": {"en": "There are no test images to compare.", "ko": "비교할 테스트 이미지가 없습니다."},
    "compare.error.method": {"en": "Unknown interval method {method!r}; use one of {allowed}.",
                             "ko": "알 수 없는 신뢰 구간 방법 {method!r}입니다. {allowed} 중 하나를 쓰세요."},

    # ---- sweeps
    "compare.sweep.error.unknown_setting": {
        "en": "{setting!r} cannot be swept; choose one of {allowed}.",
        "ko": "{setting!r}은(는) 여러 값으로 시도할 수 없습니다. {allowed} 중에서 고르세요.",
    },
    "compare.sweep.error.not_a_number": {"en": "{setting}: {value!r} is not a number.",
                                         "ko": "{setting}: {value!r}은(는) 숫자가 아닙니다."},
    "compare.sweep.error.optimizer": {"en": "optimizer: {value!r} is not one of {allowed}.",
                                      "ko": "optimizer: {value!r}은(는) {allowed} 중 하나가 아닙니다."},
    "compare.sweep.error.positive": {"en": "{setting}: {value} must be greater than 0.",
                                     "ko": "{setting}: {value}은(는) 0보다 커야 합니다."},
    "compare.sweep.error.rate": {"en": "dropout_rate: {value} must be at least 0 and below 1.",
                                 "ko": "dropout_rate: {value}은(는) 0 이상 1 미만이어야 합니다."},
    "compare.sweep.error.whole": {"en": "{setting}: {value} must be a whole number.",
                                  "ko": "{setting}: {value}은(는) 정수여야 합니다."},
    "compare.sweep.error.range": {"en": "{setting}: {value} must be between {low:,} and {high:,}.",
                                  "ko": "{setting}: {value}은(는) {low:,}부터 {high:,} 사이여야 합니다."},
    "compare.sweep.error.log_range": {
        "en": "{setting}: a range is spaced on a log scale, so both ends must be greater than 0.",
        "ko": "{setting}: 범위는 로그 간격으로 나누므로 양 끝이 모두 0보다 커야 합니다.",
    },
    "compare.sweep.error.optimizer_range": {
        "en": "optimizer takes names, not a range: e.g. adam, sgd, rmsprop.",
        "ko": "optimizer에는 범위 대신 이름을 적으세요. 예: adam, sgd, rmsprop.",
    },
    "compare.sweep.error.count": {"en": "A range needs between {low} and {high} values, not {n}.",
                                  "ko": "범위의 값 개수는 {low}~{high}개여야 합니다 ({n}개가 아니라)."},
    "compare.sweep.error.range_syntax": {
        "en": "{text!r} is not a range: write START..END ×N, e.g. 1e-3..1e-1 ×3.",
        "ko": "{text!r}은(는) 범위 형식이 아닙니다. 시작..끝 ×개수 로 쓰세요. 예: 1e-3..1e-1 ×3.",
    },
    "compare.sweep.error.too_few": {"en": "A sweep needs at least {low} values (got {n}).",
                                    "ko": "여러 값 시도에는 값이 {low}개 이상 필요합니다 (지금 {n}개)."},
    "compare.sweep.error.too_many": {"en": "A sweep can have at most {high} values (got {n}).",
                                     "ko": "여러 값 시도는 값이 최대 {high}개까지입니다 (지금 {n}개)."},
    "compare.sweep.error.duplicate": {"en": "{setting}: {value} is given twice.",
                                      "ko": "{setting}: {value}이(가) 두 번 들어 있습니다."},
    "compare.sweep.error.no_layer": {"en": "{setting}: the architecture has no {layer_type} layer to change.",
                                     "ko": "{setting}: 바꿀 {layer_type} 층이 모델에 없습니다."},
    "compare.sweep.error.which_layer": {
        "en": "{setting}: the architecture has several {layer_type} layers (positions {choices}); choose one.",
        "ko": "{setting}: {layer_type} 층이 여러 개 있습니다 (위치 {choices}). 하나를 고르세요.",
    },
    "compare.sweep.error.wrong_layer": {
        "en": "{setting}: layer {layer} is not a {layer_type} layer; {layer_type} layers are at {choices}.",
        "ko": "{setting}: {layer}번 층은 {layer_type} 층이 아닙니다. {layer_type} 층의 위치는 {choices}입니다.",
    },
    "compare.sweep.error.spec": {"en": "{setting} = {value} does not fit the architecture: {reason}",
                                 "ko": "{setting} = {value}로는 모델이 맞지 않습니다: {reason}"},
    "compare.sweep.error.config": {"en": "{setting} = {value} is not a usable training setting: {reason}",
                                   "ko": "{setting} = {value}은(는) 쓸 수 없는 학습 설정입니다: {reason}"},

    # ---- figures
    "compare.fig.train": {"en": "train", "ko": "훈련"},
    "compare.fig.validation": {"en": "validation", "ko": "검증"},
    "compare.fig.epoch": {"en": "epoch", "ko": "에포크"},
    "compare.fig.seconds": {"en": "seconds since training began", "ko": "학습 시작 후 경과 시간 (초)"},
    "compare.fig.loss": {"en": "loss", "ko": "손실"},
    "compare.fig.accuracy": {"en": "accuracy", "ko": "정확도"},
    "compare.fig.curves_loss": {"en": "Loss (train solid, validation dotted; lower is better)",
                                "ko": "손실 (실선: 훈련, 점선: 검증, 낮을수록 좋음)"},
    "compare.fig.curves_accuracy": {"en": "Accuracy (train solid, validation dotted; higher is better)",
                                    "ko": "정확도 (실선: 훈련, 점선: 검증, 높을수록 좋음)"},
    "compare.fig.accuracy_title": {"en": "Test accuracy with its {interval}",
                                   "ko": "테스트 정확도와 {interval}"},
    "compare.fig.test_accuracy": {"en": "test accuracy", "ko": "테스트 정확도"},
    "compare.fig.difference_title": {
        "en": "Accuracy difference from {reference} (filled: significant by McNemar's test)",
        "ko": "{reference}와(과)의 정확도 차이 (채운 표시: 맥니마 검정으로 유의미함)",
    },
    "compare.fig.difference_axis": {"en": "test accuracy − accuracy of {reference} (95% paired bootstrap)",
                                    "ko": "테스트 정확도 − {reference}의 정확도 (95% 짝지은 부트스트랩)"},
    "compare.fig.percent_of_row": {"en": "% of true class", "ko": "실제 클래스 중 %"},
    "compare.fig.images": {"en": "images", "ko": "장"},
    "compare.fig.predicted": {"en": "predicted class", "ko": "예측 클래스"},
    "compare.fig.true": {"en": "true class", "ko": "실제 클래스"},
    "compare.fig.class": {"en": "class", "ko": "클래스"},
    "compare.fig.recall": {"en": "recall", "ko": "재현율"},
    "compare.fig.confusion_title": {"en": "Confusion matrices on the same test images",
                                    "ko": "같은 테스트 이미지에 대한 오차 행렬 (confusion matrix)"},
    "compare.fig.confusion_difference_title": {
        "en": "Confusion matrix difference {b} − {a} (blue: {b} does better, red: worse)",
        "ko": "오차 행렬의 차이 {b} − {a} (파랑: {b}이(가) 더 잘함, 빨강: 더 못함)",
    },
    "compare.fig.better_for": {"en": "better for {b}", "ko": "{b}에 유리"},
    "compare.fig.recall_title": {"en": "Recall change per class, {a} → {b}",
                                 "ko": "클래스별 재현율 변화, {a} → {b}"},
    "compare.fig.recall_axis": {"en": "recall change", "ko": "재현율 변화"},
    "compare.fig.architecture_title": {"en": "Architecture diff: {a} → {b}", "ko": "모델 구조 비교: {a} → {b}"},

    # ---- table columns
    "compare.col.run_a": {"en": "A", "ko": "A"},
    "compare.col.run_b": {"en": "B", "ko": "B"},
    "compare.col.accuracy_a": {"en": "accuracy A", "ko": "A 정확도"},
    "compare.col.accuracy_b": {"en": "accuracy B", "ko": "B 정확도"},
    "compare.col.only_a": {"en": "right only in A", "ko": "A만 맞힘"},
    "compare.col.only_b": {"en": "right only in B", "ko": "B만 맞힘"},
    "compare.col.test": {"en": "test", "ko": "검정"},
    "compare.col.p_value": {"en": "p-value", "ko": "p-값"},
    "compare.col.p_holm": {"en": "p (Holm)", "ko": "p (홀름 보정)"},
    "compare.col.verdict": {"en": "verdict", "ko": "결론"},
    "compare.col.images": {"en": "test images", "ko": "테스트 이미지 수"},
    "compare.col.recall_a": {"en": "recall {a}", "ko": "{a} 재현율"},
    "compare.col.recall_b": {"en": "recall {b}", "ko": "{b} 재현율"},
    "compare.col.change": {"en": "change", "ko": "변화"},
    "compare.col.status": {"en": "status", "ko": "상태"},
    "compare.col.layer": {"en": "layer", "ko": "층"},
    "compare.col.settings": {"en": "settings (changed: A → B)", "ko": "설정 (바뀐 것: A → B)"},
    "compare.col.shape_of": {"en": "output {name}", "ko": "{name} 출력 크기"},
    "compare.col.params_of": {"en": "params {name}", "ko": "{name} 파라미터"},
    "compare.col.setting": {"en": "setting", "ko": "설정"},
    "compare.col.differs": {"en": "differs", "ko": "다름"},
    "compare.col.rank": {"en": "rank", "ko": "순위"},
    "compare.col.run": {"en": "run", "ko": "실행"},
    "compare.col.dataset": {"en": "dataset", "ko": "데이터셋"},
    "compare.col.test_accuracy": {"en": "test accuracy", "ko": "테스트 정확도"},
    "compare.col.interval": {"en": "95% interval (Wilson)", "ko": "95% 신뢰 구간 (윌슨)"},
    "compare.col.params": {"en": "parameters", "ko": "파라미터 수"},
    "compare.col.flops": {"en": "FLOPs per image", "ko": "이미지당 FLOPs"},
    "compare.col.training_time": {"en": "training time", "ko": "학습 시간"},
    "compare.col.epochs": {"en": "epochs", "ko": "에포크"},
    "compare.col.run_status": {"en": "status", "ko": "상태"},
}
