"""Texts of the Compare page, the Train page's sweeps ("Try several values") and the Runs page's TensorBoard lines.
The statistics, figures and errors they show are in `compare.py`."""

TEXTS = {
    # ---- Compare page: picking runs
    "comparepages.title": {"en": "Compare runs", "ko": "실행 비교"},
    "comparepages.intro": {
        "en": "Pick two or more runs: their architectures and settings side by side, their learning curves on one "
              "chart, and whether one is really better than another on the same test images.",
        "ko": "실행을 두 개 이상 고르세요. 모델 구조와 설정을 나란히 보고, 학습 곡선을 한 차트에 겹쳐 보고, 같은 "
              "테스트 이미지에서 한쪽이 정말 더 나은지 확인합니다.",
    },
    "comparepages.pick.no_runs": {
        "en": "There are no runs yet. Train some on the Train page (its \"Try several values\" trains a whole "
              "sweep); meanwhile you can diff two presets' architectures below.",
        "ko": "아직 실행이 없습니다. Train 페이지에서 학습해 보세요 (\"여러 값 시도\"로 한 번에 여러 실행을 학습할 수 "
              "있습니다). 그동안 아래에서 프리셋 두 개의 모델 구조를 비교할 수 있습니다.",
    },
    "comparepages.pick.group": {"en": "Open a sweep", "ko": "여러 값 시도 열기"},
    "comparepages.pick.group_help": {
        "en": "A sweep is a group of runs that differ in one setting only (\"Try several values\" on the Train "
              "page). Opening it picks all its runs, in the order of the values; the legends then show the value.",
        "ko": "여러 값 시도는 설정 하나만 다른 실행들의 묶음입니다 (Train 페이지의 \"여러 값 시도\"). 열면 그 실행이 "
              "값 순서대로 모두 선택되고, 범례에는 그 값이 표시됩니다.",
    },
    "comparepages.pick.no_group": {"en": "— no sweep —", "ko": "— 선택 안 함 —"},
    "comparepages.pick.group_label": {"en": "{setting}: {values} ({n} runs, {created})",
                                      "ko": "{setting}: {values} (실행 {n}개, {created})"},
    "comparepages.pick.setting_layer": {"en": "{setting} of layer {layer}", "ko": "{layer}번 층의 {setting}"},
    "comparepages.pick.runs": {"en": "Runs to compare", "ko": "비교할 실행"},
    "comparepages.pick.runs_help": {
        "en": "Two or more of your runs, on any dataset. The first one is the reference the others are tested "
              "against (you can change it below).",
        "ko": "비교할 실행을 두 개 이상 고르세요. 데이터셋은 달라도 됩니다. 첫 번째 실행이 다른 실행을 검정할 기준이 "
              "됩니다 (아래에서 바꿀 수 있습니다).",
    },
    "comparepages.pick.placeholder": {"en": "Choose runs", "ko": "실행을 고르세요"},
    "comparepages.pick.need_two": {
        "en": "Pick at least two runs to compare their settings, curves and test results.",
        "ko": "설정, 학습 곡선, 테스트 결과를 비교하려면 실행을 두 개 이상 고르세요.",
    },
    "comparepages.pick.test_acc": {"en": "test acc {acc:.4f}", "ko": "테스트 정확도 {acc:.4f}"},

    # ---- architecture diff
    "comparepages.arch.title": {"en": "Architecture, layer by layer", "ko": "모델 구조, 층별 비교"},
    "comparepages.arch.a": {"en": "A (from)", "ko": "A (기준)"},
    "comparepages.arch.b": {"en": "B (to)", "ko": "B (비교 대상)"},
    "comparepages.arch.a_help": {
        "en": "The architecture to start from: one of the picked runs, or a preset (so two presets can be "
              "compared before training them).",
        "ko": "기준이 될 모델 구조입니다. 고른 실행 중 하나나 프리셋을 고를 수 있습니다 (학습하기 전에 프리셋 두 개를 "
              "비교할 수도 있습니다).",
    },
    "comparepages.arch.b_help": {
        "en": "The architecture compared with A: each of its layers is matched with A's, and what changed is "
              "shown as A → B.",
        "ko": "A와 비교할 모델 구조입니다. 층마다 A의 층과 짝을 지어, 바뀐 것을 A → B로 보여 줍니다.",
    },
    "comparepages.arch.run_label": {"en": "Run: {name}", "ko": "실행: {name}"},
    "comparepages.arch.preset_label": {"en": "Preset: {title}", "ko": "프리셋: {title}"},
    "comparepages.arch.sides": {"en": "**A** = {a} → **B** = {b}", "ko": "**A** = {a} → **B** = {b}"},
    "comparepages.arch.counts": {
        "en": "{changed} changed, {added} added, {removed} removed, {same} the same.",
        "ko": "바뀐 층 {changed}개, 추가된 층 {added}개, 삭제된 층 {removed}개, 같은 층 {same}개.",
    },
    "comparepages.arch.input_changed": {"en": "The input shape differs too.", "ko": "입력 크기도 다릅니다."},
    "comparepages.arch.identical": {"en": "The two architectures are identical.",
                                    "ko": "두 모델 구조는 똑같습니다."},
    "comparepages.arch.legend": {
        "en": "Yellow: the same kind of layer with other settings (old → new). Green: a layer only B has. Red: a "
              "layer only A has. Blue: the same settings, but another output shape or parameter count, because a "
              "layer above it changed. The totals are below the layers.",
        "ko": "노랑: 같은 종류의 층인데 설정이 다름 (이전 → 새 값). 초록: B에만 있는 층. 빨강: A에만 있는 층. 파랑: "
              "설정은 같지만 위쪽 층이 바뀌어서 출력 크기나 파라미터 수가 달라진 층. 합계는 층 목록 아래에 있습니다.",
    },
    "comparepages.arch.unreadable": {"en": "This architecture cannot be read: {reason}",
                                     "ko": "이 모델 구조를 읽을 수 없습니다: {reason}"},
    "comparepages.arch.totals_title": {"en": "**Every picked run's size**", "ko": "**고른 실행들의 크기**"},

    # ---- settings diff
    "comparepages.settings.title": {"en": "Training settings", "ko": "학습 설정"},
    "comparepages.settings.only": {"en": "Only the settings that differ", "ko": "다른 설정만 보기"},
    "comparepages.settings.only_help": {
        "en": "A fair comparison changes one thing at a time: here you see what differs between the runs. Turn it "
              "off to see every setting (the ones that differ are highlighted).",
        "ko": "공정한 비교는 한 번에 하나만 바꿉니다. 여기서는 실행 사이에 다른 설정만 보여 줍니다. 끄면 모든 설정이 "
              "보이고, 다른 설정은 강조됩니다.",
    },
    "comparepages.settings.none_differ": {
        "en": "The runs were trained with the same settings: any difference comes from the architecture or chance.",
        "ko": "모든 실행이 같은 설정으로 학습되었습니다. 차이가 있다면 모델 구조나 우연 때문입니다.",
    },
    "comparepages.settings.highlight": {"en": "Highlighted: the settings that differ.",
                                        "ko": "강조된 줄: 실행마다 다른 설정."},

    # ---- curves
    "comparepages.curves.title": {"en": "Learning curves", "ko": "학습 곡선"},
    "comparepages.curves.x": {"en": "Horizontal axis", "ko": "가로축"},
    "comparepages.curves.x_epoch": {"en": "epoch", "ko": "에포크"},
    "comparepages.curves.x_time": {"en": "wall-clock time", "ko": "경과 시간"},
    "comparepages.curves.x_help": {
        "en": "By epoch: how much each run learned from the same number of passes over the data. By wall-clock "
              "time: which one gets there sooner (a bigger batch makes fewer, faster steps per epoch).",
        "ko": "에포크 기준: 데이터를 같은 횟수만큼 본 뒤 각 실행이 얼마나 배웠는지. 경과 시간 기준: 어느 쪽이 더 빨리 "
              "도달하는지 (배치가 크면 에포크당 단계가 적고 빨라집니다).",
    },
    "comparepages.curves.none": {"en": "None of the picked runs has finished an epoch yet.",
                                 "ko": "고른 실행 중 아직 에포크를 마친 것이 없습니다."},
    "comparepages.curves.legend": {
        "en": "One colour per run; solid lines are the training set, dotted lines the validation set. A "
              "validation loss rising while the training loss falls is over-fitting.",
        "ko": "실행마다 색이 하나입니다. 실선은 훈련 세트, 점선은 검증 세트입니다. 훈련 손실은 내려가는데 검증 손실이 "
              "올라가면 과대적합입니다.",
    },
    "comparepages.curves.legend_sweep": {
        "en": "One colour per value of the sweep (the legend names it); solid lines are the training set, dotted "
              "lines the validation set. Every run kept the same seed and data split: the swept setting is the "
              "only difference.",
        "ko": "여러 값 시도의 값마다 색이 하나입니다 (범례에 값이 있습니다). 실선은 훈련 세트, 점선은 검증 세트입니다. "
              "모든 실행이 같은 시드와 데이터 분할을 썼으므로 바꾼 설정 하나만 다릅니다.",
    },
    "comparepages.curves.tensorboard": {
        "en": "The same runs in TensorBoard, with weight histograms: `tensorboard --logdir {folder}`",
        "ko": "같은 실행을 가중치 히스토그램과 함께 TensorBoard에서 보기: `tensorboard --logdir {folder}`",
    },

    # ---- statistics
    "comparepages.stats.title": {"en": "Test accuracy: is the difference real?",
                                 "ko": "테스트 정확도: 차이가 진짜일까?"},
    "comparepages.stats.reference": {"en": "Reference run", "ko": "기준 실행"},
    "comparepages.stats.reference_help": {
        "en": "Every other run is tested against this one, image by image on the same test set.",
        "ko": "다른 모든 실행을 이 실행과, 같은 테스트 세트의 이미지별로 비교해 검정합니다.",
    },
    "comparepages.stats.interval": {"en": "Confidence interval", "ko": "신뢰 구간"},
    "comparepages.stats.interval_wilson": {"en": "Wilson", "ko": "윌슨 (Wilson)"},
    "comparepages.stats.interval_exact": {"en": "exact (Clopper–Pearson)", "ko": "정확 (클로퍼–피어슨)"},
    "comparepages.stats.interval_bootstrap": {"en": "bootstrap", "ko": "부트스트랩"},
    "comparepages.stats.interval_help": {
        "en": "A test set is a sample: another 1,000 images would give a slightly different accuracy. The 95% "
              "interval is the range the true accuracy is likely in. Wilson works well at any size; exact "
              "(Clopper–Pearson) is never too narrow, a little wide; bootstrap resamples the test images.",
        "ko": "테스트 세트는 표본입니다. 다른 이미지 1,000장이면 정확도가 조금 달라집니다. 95% 신뢰 구간은 진짜 "
              "정확도가 있을 만한 범위입니다. 윌슨은 어떤 크기에서도 잘 맞고, 정확 (클로퍼–피어슨)은 절대 좁게 나오지 "
              "않는 대신 조금 넓으며, 부트스트랩은 테스트 이미지를 다시 뽑아 봅니다.",
    },
    "comparepages.stats.alpha": {"en": "Significance level α", "ko": "유의 수준 α"},
    "comparepages.stats.alpha_help": {
        "en": "How much risk of calling a chance difference real you accept: with α = 0.05, one comparison in 20 "
              "of two equally good runs would still come out \"better\".",
        "ko": "우연한 차이를 진짜라고 잘못 말할 위험을 얼마나 받아들일지 정합니다. α = 0.05이면 똑같이 좋은 두 실행을 "
              "20번 비교할 때 1번은 \"더 낫다\"고 나올 수 있습니다.",
    },
    "comparepages.stats.weights": {"en": "Weights", "ko": "가중치"},
    "comparepages.stats.weights_final": {"en": "final", "ko": "마지막"},
    "comparepages.stats.weights_best": {"en": "best", "ko": "최고"},
    "comparepages.stats.weights_help": {
        "en": "final: each run's weights at the end of training. best: its checkpoint with the highest "
              "validation accuracy.",
        "ko": "마지막: 학습이 끝났을 때의 가중치. 최고: 검증 정확도가 가장 높았던 체크포인트.",
    },
    "comparepages.stats.holm": {"en": "Holm correction", "ko": "홀름 보정"},
    "comparepages.stats.holm_help": {
        "en": "Several runs are each tested against the reference: the more tests, the more likely one looks "
              "significant by chance. Holm's correction raises the p-values so that α holds for all of them "
              "together.",
        "ko": "여러 실행을 각각 기준 실행과 검정하면, 검정이 많을수록 우연히 유의미해 보이는 것이 생기기 쉽습니다. "
              "홀름 보정은 p-값을 높여서 모든 검정을 함께 보아도 α가 지켜지게 합니다.",
    },
    "comparepages.stats.no_model": {"en": "No saved model yet (not in the test below): {names}.",
                                    "ko": "아직 저장된 모델이 없습니다 (아래 검정에서 빠짐): {names}."},
    "comparepages.stats.predicting_start": {"en": "Predicting the test images…",
                                            "ko": "테스트 이미지를 예측하는 중…"},
    "comparepages.stats.predicting": {"en": "Predicting the test images of {name}: {done:,} / {total:,}",
                                      "ko": "{name}의 테스트 이미지 예측 중: {done:,} / {total:,}"},
    "comparepages.stats.cannot_predict": {"en": "{name} cannot be tested here: {reason}",
                                          "ko": "{name}은(는) 여기서 테스트할 수 없습니다: {reason}"},
    "comparepages.stats.not_paired": {"en": "Not tested against the reference: {reason}",
                                      "ko": "기준 실행과 검정하지 않았습니다: {reason}"},
    "comparepages.stats.nothing_paired": {
        "en": "No other run shares the reference's test images, so no paired test can be made.",
        "ko": "기준 실행과 같은 테스트 이미지를 쓴 실행이 없어서 짝지은 검정을 할 수 없습니다.",
    },
    "comparepages.stats.numbers": {"en": "The numbers behind the verdicts", "ko": "결론의 근거가 되는 숫자"},
    "comparepages.stats.how": {
        "en": "McNemar's test looks only at the test images exactly one of the two runs gets right: if the "
              "runs were equally good, those would split about evenly. It is paired (same images), so it finds "
              "real differences that overlapping intervals hide.",
        "ko": "맥니마 검정은 두 실행 중 한쪽만 맞힌 테스트 이미지만 봅니다. 두 실행이 똑같이 좋다면 그 이미지는 거의 "
              "반반으로 나뉠 것입니다. 같은 이미지로 짝을 지어 비교하므로, 신뢰 구간이 겹쳐서 안 보이는 진짜 차이도 "
              "찾아냅니다.",
    },

    # ---- confusion matrices
    "comparepages.confusion.title": {"en": "Confusion matrices: which classes improved",
                                     "ko": "오차 행렬: 어떤 클래스가 좋아졌나"},
    "comparepages.confusion.a": {"en": "Run A", "ko": "실행 A"},
    "comparepages.confusion.b": {"en": "Run B", "ko": "실행 B"},
    "comparepages.confusion.a_help": {"en": "The run to start from (left matrix).",
                                      "ko": "기준이 되는 실행입니다 (왼쪽 행렬)."},
    "comparepages.confusion.b_help": {"en": "The run compared with A (right matrix); the difference is B − A.",
                                      "ko": "A와 비교할 실행입니다 (오른쪽 행렬). 차이는 B − A입니다."},
    "comparepages.confusion.same_run": {"en": "Pick two different runs.", "ko": "서로 다른 실행 두 개를 고르세요."},
    "comparepages.confusion.improved": {"en": "**{b} finds more of:** {classes}",
                                        "ko": "**{b}이(가) 더 잘 찾는 클래스:** {classes}"},
    "comparepages.confusion.worsened": {"en": "**{b} finds less of:** {classes}",
                                        "ko": "**{b}이(가) 덜 찾는 클래스:** {classes}"},
    "comparepages.confusion.how": {
        "en": "Recall of a class: the share of its test images the run classifies correctly. The per-class "
              "p-values in the table are not corrected for the number of classes: read them as hints.",
        "ko": "클래스의 재현율: 그 클래스의 테스트 이미지 중 올바르게 분류한 비율입니다. 표의 클래스별 p-값은 클래스 "
              "수에 대해 보정하지 않았으니 참고로만 보세요.",
    },
    "comparepages.confusion.per_class": {"en": "Per class", "ko": "클래스별"},

    # ---- leaderboard
    "comparepages.board.title": {"en": "Leaderboard", "ko": "순위표"},
    "comparepages.board.dataset": {"en": "Dataset", "ko": "데이터셋"},
    "comparepages.board.dataset_help": {
        "en": "Runs are ranked only against runs tested on the same dataset.",
        "ko": "같은 데이터셋에서 테스트한 실행끼리만 순위를 매깁니다.",
    },
    "comparepages.board.none": {"en": "No run names its dataset.", "ko": "데이터셋이 기록된 실행이 없습니다."},
    "comparepages.board.how": {
        "en": "Sorted by test accuracy; equal accuracies share a rank, the smaller model first. Runs without a "
              "test accuracy (still training, stopped early, failed) come last. Two runs whose intervals overlap "
              "may not really differ: pick them above for a paired test.",
        "ko": "테스트 정확도 순서입니다. 정확도가 같으면 같은 순위이고, 작은 모델이 먼저 나옵니다. 테스트 정확도가 "
              "없는 실행 (학습 중, 일찍 멈춤, 실패)은 맨 뒤에 있습니다. 신뢰 구간이 겹치는 두 실행은 실제로 "
              "다르지 않을 수 있으니, 위에서 골라 짝지은 검정을 해 보세요.",
    },
    "comparepages.board.marked": {"en": "Highlighted: the runs picked above.",
                                  "ko": "강조된 줄: 위에서 고른 실행."},

    # ---- Train page: try several values
    "comparepages.sweep.toggle": {"en": "Try several values of one setting",
                                  "ko": "설정 하나를 여러 값으로 시도"},
    "comparepages.sweep.toggle_help": {
        "en": "Trains one run per value, every other setting as above (the same seed and data split), as one "
              "group: then the Compare page overlays their curves and tests which differences are real.",
        "ko": "값마다 실행을 하나씩 학습합니다. 나머지 설정은 위와 같습니다 (같은 시드와 데이터 분할). 한 묶음으로 "
              "학습한 뒤 Compare 페이지에서 학습 곡선을 겹쳐 보고 어떤 차이가 진짜인지 검정합니다.",
    },
    "comparepages.sweep.needs_network": {"en": "Choose a network and a dataset that fit together first.",
                                         "ko": "먼저 서로 맞는 모델과 데이터셋을 고르세요."},
    "comparepages.sweep.setting": {"en": "Setting to vary", "ko": "바꿀 설정"},
    "comparepages.sweep.setting_help": {
        "en": "The one setting that differs between the runs. Learning rate and batch size change how the weights "
              "are updated; the dropout rate and a convolution's filters change the network; the optimizer "
              "changes the update rule.",
        "ko": "실행마다 다르게 할 설정 하나입니다. 학습률과 배치 크기는 가중치를 업데이트하는 방식을, 드롭아웃 비율과 "
              "합성곱 층의 필터 수는 모델을, 옵티마이저는 업데이트 규칙을 바꿉니다.",
    },
    "comparepages.sweep.setting_learning_rate": {"en": "learning rate (learning_rate)", "ko": "학습률 (learning_rate)"},
    "comparepages.sweep.setting_batch_size": {"en": "batch size (batch_size)", "ko": "배치 크기 (batch_size)"},
    "comparepages.sweep.setting_dropout_rate": {"en": "dropout rate of a Dropout layer (rate)",
                                                "ko": "Dropout 층의 드롭아웃 비율 (rate)"},
    "comparepages.sweep.setting_filters": {"en": "filters of a Conv2D layer (filters)",
                                           "ko": "Conv2D 층의 필터 수 (filters)"},
    "comparepages.sweep.setting_optimizer": {"en": "optimizer (optimizer)", "ko": "옵티마이저 (optimizer)"},
    "comparepages.sweep.layer": {"en": "Layer", "ko": "층"},
    "comparepages.sweep.layer_help": {"en": "Which layer of the network gets the values.",
                                      "ko": "값을 바꿀 모델의 층입니다."},
    "comparepages.sweep.layer_label": {"en": "layer {position}: {type} {detail}",
                                       "ko": "{position}번 층: {type} {detail}"},
    "comparepages.sweep.values": {"en": "Values", "ko": "값"},
    "comparepages.sweep.values_help": {
        "en": "2 to 8 values separated by commas (0.01, 0.001, 0.0001), or a range START..END ×N: 1e-4..1e-2 ×3 "
              "gives 0.0001, 0.001, 0.01 (learning rate, batch size and filters are spaced by equal ratios, the "
              "dropout rate evenly). Optimizers by name: adam, sgd, rmsprop.",
        "ko": "쉼표로 구분한 값 2~8개 (0.01, 0.001, 0.0001), 또는 범위 시작..끝 ×개수: 1e-4..1e-2 ×3은 0.0001, "
              "0.001, 0.01이 됩니다 (학습률, 배치 크기, 필터 수는 같은 비율 간격, 드롭아웃 비율은 같은 간격). "
              "옵티마이저는 이름으로: `adam`, `sgd`, `rmsprop`.",
    },
    "comparepages.sweep.col_run": {"en": "run", "ko": "실행"},
    "comparepages.sweep.col_value": {"en": "value", "ko": "값"},
    "comparepages.sweep.col_params": {"en": "parameters", "ko": "파라미터 수"},
    "comparepages.sweep.col_memory": {"en": "training memory", "ko": "학습 메모리"},
    "comparepages.sweep.too_big": {"en": "{name} is too big for a training worker: {reason}",
                                   "ko": "{name}은(는) 학습 워커에 비해 너무 큽니다: {reason}"},
    "comparepages.sweep.quota_jobs": {
        "en": "This sweep needs {n} jobs, but a workspace may have only {limit} queued or training at once ({active} "
              "now): try fewer values, or wait for your jobs to finish.",
        "ko": "이 시도에는 작업 {n}개가 필요하지만, 작업 공간에서는 한 번에 {limit}개까지만 대기하거나 학습할 수 "
              "있습니다 (지금 {active}개). 값을 줄이거나 작업이 끝나기를 기다리세요.",
    },
    "comparepages.sweep.quota_runs": {
        "en": "This sweep makes {n} runs, but a workspace keeps at most {limit} (you have {have}): delete some on "
              "the Runs page.",
        "ko": "이 시도는 실행 {n}개를 만들지만, 작업 공간에는 실행을 최대 {limit}개까지 둘 수 있습니다 "
              "(지금 {have}개). Runs 페이지에서 몇 개를 지우세요.",
    },
    "comparepages.sweep.how": {
        "en": "The {n} runs are queued together and train as the machine allows ({at_once} of your jobs at a "
              "time); you can leave this page meanwhile.",
        "ko": "실행 {n}개가 함께 대기열에 들어가고, 컴퓨터 사정에 따라 학습됩니다 (한 번에 내 작업 {at_once}개씩). "
              "그동안 이 페이지를 떠나도 됩니다.",
    },
    "comparepages.sweep.start": {"en": "Start sweep ({n} runs)", "ko": "여러 값 시도 시작 (실행 {n}개)"},
    "comparepages.sweep.start_help": {
        "en": "Queues one training job per value for the training workers.",
        "ko": "값마다 학습 작업을 하나씩 학습 워커의 대기열에 넣습니다.",
    },
    "comparepages.sweep.cannot_start": {"en": "Cannot start the sweep: {reason}",
                                        "ko": "여러 값 시도를 시작할 수 없습니다: {reason}"},

    # ---- Train page: the group's progress
    "comparepages.group.title": {"en": "Sweep of {setting}: {n} runs", "ko": "{setting} 여러 값 시도: 실행 {n}개"},
    "comparepages.group.progress": {"en": "{done} of {n} runs done", "ko": "실행 {n}개 중 {done}개 끝남"},
    "comparepages.group.col_value": {"en": "value", "ko": "값"},
    "comparepages.group.col_state": {"en": "state", "ko": "상태"},
    "comparepages.group.col_epochs": {"en": "epochs done", "ko": "끝난 에포크"},
    "comparepages.group.col_val": {"en": "best validation accuracy", "ko": "최고 검증 정확도"},
    "comparepages.group.col_test": {"en": "test accuracy", "ko": "테스트 정확도"},
    "comparepages.group.state_queued": {"en": "waiting in the queue", "ko": "대기 중"},
    "comparepages.group.state_running": {"en": "training", "ko": "학습 중"},
    "comparepages.group.state_stopped": {"en": "stopped", "ko": "멈춤"},
    "comparepages.group.state_finished": {"en": "finished", "ko": "끝남"},
    "comparepages.group.state_diverged": {"en": "diverged", "ko": "발산함"},
    "comparepages.group.state_failed": {"en": "failed", "ko": "실패"},
    "comparepages.group.state_interrupted": {"en": "interrupted", "ko": "중단됨"},
    "comparepages.group.stop_all": {"en": "Stop the whole group", "ko": "묶음 전체 멈추기"},
    "comparepages.group.stopping": {"en": "Stopping…", "ko": "멈추는 중…"},
    "comparepages.group.stop_all_help": {
        "en": "Stops every run of the sweep: the one training after its current batch (its model so far is saved "
              "and tested), the queued ones before they start.",
        "ko": "이 시도의 모든 실행을 멈춥니다. 학습 중인 실행은 현재 배치 뒤에 멈추고 (그때까지의 모델을 저장하고 "
              "테스트합니다), 대기 중인 실행은 시작하지 않습니다.",
    },
    "comparepages.group.compare": {"en": "Compare these runs", "ko": "이 실행들 비교하기"},
    "comparepages.group.compare_help": {
        "en": "Opens the Compare page with the sweep's runs picked: curves overlaid with the value as the legend, "
              "and which differences are significant.",
        "ko": "이 시도의 실행을 고른 채로 Compare 페이지를 엽니다. 값을 범례로 학습 곡선을 겹쳐 보고, 어떤 차이가 "
              "유의미한지 확인합니다.",
    },

    # ---- Runs page: TensorBoard
    "comparepages.runs.tensorboard": {
        "en": "Every run also writes TensorBoard event files: `tensorboard --logdir {folder}` shows them all "
              "(curves, weight histograms, the architecture and the hyper-parameters).",
        "ko": "모든 실행은 TensorBoard 이벤트 파일도 씁니다. `tensorboard --logdir {folder}`로 모두 볼 수 있습니다 "
              "(학습 곡선, 가중치 히스토그램, 모델 구조, 하이퍼파라미터).",
    },
    "comparepages.runs.no_events": {
        "en": "This run was made before runs wrote TensorBoard files.",
        "ko": "이 실행은 TensorBoard 파일을 쓰기 전에 만들어졌습니다.",
    },
    "comparepages.runs.write_events": {"en": "Write its TensorBoard files", "ko": "TensorBoard 파일 쓰기"},
    "comparepages.runs.write_events_help": {
        "en": "Writes the event files from the run's saved history: its loss and accuracy per epoch, its "
              "architecture and settings (not the weight histograms: only the final weights were kept).",
        "ko": "저장된 학습 기록으로 이벤트 파일을 씁니다. 에포크별 손실과 정확도, 모델 구조와 설정이 들어갑니다 "
              "(가중치 히스토그램은 빠집니다. 마지막 가중치만 남아 있기 때문입니다).",
    },
    "comparepages.runs.events_written": {"en": "Written: TensorBoard now shows this run.",
                                         "ko": "다 썼습니다. 이제 TensorBoard에 이 실행이 보입니다."},
    "comparepages.runs.events_failed": {"en": "Could not write the TensorBoard files: {reason}",
                                        "ko": "TensorBoard 파일을 쓸 수 없습니다: {reason}"},
}
