"""Texts of the Train page (`pages/build/train.py`, `pages/build/training.py`): settings, the live job panel, the
results.

The settings' teaching tooltips are `train_help.*`; the sweep's texts are `comparepages.sweep.*`."""

TEXTS = {
    "trainpage.out_of_range": {
        "en": "{field} must be between {low} and {high}, and it is {value}: Start waits until it is in range.",
        "ko": "{field} 값은 {low}에서 {high} 사이여야 하는데 지금은 {value}입니다: 범위 안으로 고치면 시작할 수 "
              "있습니다.",
    },
    # ---- the page ---------------------------------------------------------------------------------------------
    "trainpage.title": {"en": "Train", "ko": "훈련"},
    "trainpage.cannot_start": {"en": "Cannot start: {reason}", "ko": "시작할 수 없습니다: {reason}"},
    "trainpage.badge_gpu": {"en": "{gpus} GPU", "ko": "{gpus} GPU"},
    "trainpage.badge_cpu": {"en": "CPU", "ko": "CPU"},
    "trainpage.badge": {
        "en": "{where} · training workers: {n}",
        "ko": "{where} · 훈련 워커 {n}개",
    },
    "trainpage.badge_help": {
        "en": "Training runs in separate worker processes (Dask), one job per worker at a time, at a lower priority "
              "than the pages, so the app stays quick while a class trains. Jobs beyond the workers wait in a queue.",
        "ko": "훈련은 별도의 워커 프로세스(Dask)에서 돌아갑니다. 워커 하나는 한 번에 작업 하나만 맡고, 페이지보다 "
              "낮은 우선순위로 돌기 때문에 수업 전체가 훈련하는 동안에도 앱이 빠르게 반응합니다. 워커 수보다 많은 "
              "작업은 대기열에서 기다립니다.",
    },
    "trainpage.settings": {"en": "Network, data and settings", "ko": "신경망, 데이터, 설정"},
    "trainpage.network_summary": {
        "en": "Network: {layers} layers, {params:,} parameters, input {shape}.",
        "ko": "신경망: 층 {layers}개, 파라미터 {params:,}개, 입력 {shape}.",
    },
    "trainpage.auto_name": {"en": "{arch} on {dataset}", "ko": "{arch} · {dataset}"},
    "trainpage.run_name": {"en": "Run name", "ko": "실행 이름"},
    "trainpage.start": {"en": "Start training", "ko": "훈련 시작"},
    "trainpage.queued": {"en": "Queued…", "ko": "대기열에 들어감…"},
    "trainpage.start_help": {
        "en": "Queues the job for a training worker: you can leave this page and come back.",
        "ko": "작업을 훈련 워커의 대기열에 넣습니다. 이 페이지를 떠났다가 다시 돌아와도 됩니다.",
    },
    "trainpage.choose_first": {
        "en": "Choose a network and a dataset above, then press **Start training**. Loss and accuracy curves "
              "appear here while it trains.",
        "ko": "위에서 신경망과 데이터셋을 고른 다음 **훈련 시작**을 누르세요. 훈련하는 동안 손실과 정확도 곡선이 "
              "여기에 나타납니다.",
    },
    "trainpage.run_title": {"en": "Run: {name}", "ko": "실행: {name}"},
    "trainpage.all_runs": {"en": "All runs", "ko": "모든 훈련 기록"},
    # ---- network and data -------------------------------------------------------------------------------------
    "trainpage.network": {"en": "Network", "ko": "신경망"},
    "trainpage.source_build": {"en": "The Build page's network", "ko": "모델 만들기 페이지의 신경망"},
    "trainpage.source_preset": {"en": "A preset", "ko": "프리셋"},
    "trainpage.preset": {"en": "Preset", "ko": "프리셋"},
    "trainpage.preset_option": {"en": "{title} · {params:,} params", "ko": "{title} · 파라미터 {params:,}개"},
    "trainpage.dataset": {"en": "Dataset", "ko": "데이터셋"},
    "trainpage.dataset_mnist_sample": {
        "en": "MNIST: bundled 5,000-digit sample (no download, seconds to train)",
        "ko": "MNIST: 함께 들어 있는 숫자 5,000개 샘플 (내려받기 없음, 몇 초 만에 훈련)",
    },
    "trainpage.dataset_mnist": {
        "en": "MNIST: full 70,000 digits (Keras cache or download)",
        "ko": "MNIST: 전체 숫자 70,000개 (Keras 캐시 또는 내려받기)",
    },
    "trainpage.dataset_fashion_mnist": {
        "en": "Fashion-MNIST: 70,000 clothing images",
        "ko": "Fashion-MNIST: 옷 이미지 70,000개",
    },
    "trainpage.dataset_cifar10": {
        "en": "CIFAR-10: 60,000 colour photos 32×32×3 (Keras cache or download)",
        "ko": "CIFAR-10: 컬러 사진 60,000장 32×32×3 (Keras 캐시 또는 내려받기)",
    },
    "trainpage.own_files": {"en": "Load from my own files", "ko": "내 파일에서 불러오기"},
    "trainpage.data_path": {"en": "Folder or .npz", "ko": "폴더 또는 .npz"},
    "trainpage.data_path_placeholder": {
        "en": "e.g. /usr/share/datasets/fashion-mnist",
        "ko": "예: /usr/share/datasets/fashion-mnist",
    },
    "trainpage.path_not_owned": {
        "en": "In a class, files can only be loaded from your own workspace (upload them on the My data page); "
              "{path} is not in it.",
        "ko": "수업에서는 내 작업 공간의 파일만 불러올 수 있습니다(내 데이터 페이지에서 올리세요). {path}는 내 작업 "
              "공간에 없습니다.",
    },
    "trainpage.loading": {"en": "Loading {name}… (once per server)", "ko": "{name} 불러오는 중… (서버마다 한 번)"},
    "trainpage.load_failed": {
        "en": "Could not load the dataset: {reason}",
        "ko": "데이터셋을 불러올 수 없습니다: {reason}",
    },
    "trainpage.source": {"en": "**Source:** {source} · {summary}", "ko": "**출처:** {source} · {summary}"},
    "trainpage.sample_instead": {
        "en": "The full dataset is not available here, so the bundled 5,000-digit sample is used.",
        "ko": "여기서는 전체 데이터셋을 쓸 수 없어서 함께 들어 있는 숫자 5,000개 샘플을 사용합니다.",
    },
    "trainpage.too_big": {
        "en": "**Too big for a training worker.** {problem}",
        "ko": "**훈련 워커에 비해 너무 큽니다.** {problem}",
    },
    "trainpage.memory": {
        "en": "Training memory: about **{total}** of the worker's {limit} ({breakdown}).",
        "ko": "훈련 메모리: 워커의 {limit} 중 약 **{total}** ({breakdown}).",
    },
    "trainpage.cannot_build": {
        "en": "This network cannot be built: {reason}. Fix it on the Build page.",
        "ko": "이 신경망은 만들 수 없습니다: {reason}. 모델 만들기 페이지에서 고치세요.",
    },
    "trainpage.does_not_fit": {
        "en": "This network does not fit the dataset: {problem}.",
        "ko": "이 신경망은 데이터셋에 맞지 않습니다: {problem}.",
    },
    "trainpage.other_shape": {
        "en": "The network expects {expected} images, the dataset has {got}.",
        "ko": "신경망은 {expected} 이미지를 기대하는데 데이터셋의 이미지는 {got}입니다.",
    },
    "trainpage.adapt_shape": {"en": "Adapt the input shape to {shape}", "ko": "입력 모양을 {shape}로 맞추기"},
    "trainpage.adapted_invalid": {
        "en": "With a {shape} input this network is invalid: {reason}. Change the layers on the Build page.",
        "ko": "입력이 {shape}이면 이 신경망은 올바르지 않습니다: {reason}. 모델 만들기 페이지에서 층을 바꾸세요.",
    },
    "trainpage.adapted_still_wrong": {
        "en": "Adapted, the network still does not fit: {problem}.",
        "ko": "맞춘 뒤에도 신경망이 맞지 않습니다: {problem}.",
    },
    "trainpage.adapted_shape": {
        "en": "Adapted: {params:,} parameters with the new input shape.",
        "ko": "맞춤 완료: 새 입력 모양으로 파라미터 {params:,}개.",
    },
    # ---- hyper-parameters -------------------------------------------------------------------------------------
    "trainpage.optimizer": {"en": "Optimizer", "ko": "옵티마이저 (optimizer)"},
    "trainpage.optimizer_sgd": {"en": "SGD (with momentum)", "ko": "SGD (모멘텀 포함)"},
    "trainpage.learning_rate": {"en": "Learning rate", "ko": "학습률 (learning_rate)"},
    "trainpage.momentum": {"en": "Momentum", "ko": "모멘텀 (momentum)"},
    "trainpage.lr_schedule": {"en": "Learning-rate schedule", "ko": "학습률 스케줄"},
    "trainpage.lr_schedule_constant": {"en": "constant", "ko": "일정하게 (constant)"},
    "trainpage.lr_schedule_cosine": {"en": "cosine", "ko": "코사인 감소 (cosine)"},
    "trainpage.batch_size": {"en": "Batch size", "ko": "배치 크기 (batch_size)"},
    "trainpage.epochs": {"en": "Epochs", "ko": "에포크 (epochs)"},
    "trainpage.loss": {"en": "Loss", "ko": "손실 (loss)"},
    "trainpage.loss_sparse": {"en": "sparse: integer labels", "ko": "sparse: 정수 레이블"},
    "trainpage.loss_categorical": {"en": "categorical: one-hot labels", "ko": "categorical: 원-핫 레이블"},
    "trainpage.limit": {"en": "Limit training images (0 = all)", "ko": "훈련 이미지 수 제한 (0 = 전부)"},
    "trainpage.early_stopping": {"en": "Early stopping", "ko": "조기 종료 (EarlyStopping)"},
    "trainpage.patience": {"en": "Patience (epochs)", "ko": "인내 에포크 (patience)"},
    "trainpage.restore_best": {"en": "Restore best weights", "ko": "최고 가중치 복원 (restore_best_weights)"},
    "trainpage.save_checkpoint": {"en": "Save best checkpoint", "ko": "최고 체크포인트 저장"},
    "trainpage.val_fraction": {"en": "Validation fraction", "ko": "검증 세트 비율"},
    "trainpage.seed": {"en": "Seed", "ko": "시드 (seed)"},
    "trainpage.mixed_precision": {"en": "Mixed precision", "ko": "혼합 정밀도 (mixed precision)"},
    # ---- the live panel ---------------------------------------------------------------------------------------
    "trainpage.seconds": {"en": "{seconds} s", "ko": "{seconds} s"},
    "trainpage.phase_now": {"en": "{phase}…", "ko": "{phase}…"},
    "trainpage.progress": {
        "en": "Epoch {epoch}/{epochs} · batch {batch}/{batches}",
        "ko": "에포크 {epoch}/{epochs} · 배치 {batch}/{batches}",
    },
    "trainpage.progress_rate": {"en": " · {rate:,.0f} samples/s", "ko": " · 초당 샘플 {rate:,.0f}개"},
    "trainpage.progress_elapsed": {"en": " · elapsed {time}", "ko": " · 경과 {time}"},
    "trainpage.progress_validating": {
        "en": " · validating: batch {batch}/{batches}",
        "ko": " · 검증 중: 배치 {batch}/{batches}",
    },
    "trainpage.progress_phase": {"en": " · {phase}…", "ko": " · {phase}…"},
    "trainpage.progress_eta": {"en": " · ETA {time}", "ko": " · 남은 시간 {time}"},
    "trainpage.estimating": {"en": "estimating…", "ko": "추정 중…"},
    "trainpage.queue_starting": {
        "en": "Starting: a training worker is taking this job.",
        "ko": "시작하는 중: 훈련 워커가 이 작업을 맡고 있습니다.",
    },
    "trainpage.queue_waiting": {
        "en": "Waiting in the queue: place {position}. Jobs ahead of yours: {ahead}; worker slots training now: "
              "{running} of {slots}. Start in {wait}.",
        "ko": "대기열에서 기다리는 중: {position}번째 (앞에 작업 {ahead}개, 워커 자리 {slots}개에서 지금 {running}개 "
              "훈련 중). 시작까지 {wait}.",
    },
    "trainpage.run_gone": {
        "en": "This run's folder is gone (deleted on the Runs page?).",
        "ko": "이 실행의 폴더가 없습니다(훈련 기록 페이지에서 지웠나요?).",
    },
    "trainpage.stop": {"en": "Stop", "ko": "중지"},
    "trainpage.stop_help": {
        "en": "Ends training after the current batch (or before it starts, if it waits in the queue). The partial "
              "epoch is validated, then the model trained so far is saved and evaluated.",
        "ko": "지금 배치가 끝나면 훈련을 끝냅니다(대기열에서 기다리는 중이면 시작하기 전에 끝냅니다). 중간에 끊긴 "
              "에포크도 검증한 다음, 지금까지 훈련한 모델을 저장하고 평가합니다.",
    },
    # ---- the results ------------------------------------------------------------------------------------------
    "trainpage.interrupted": {
        "en": "Interrupted: the server (and with it the training worker) stopped while this run trained. Its "
              "history and best checkpoint are kept.",
        "ko": "중단됨: 이 실행이 훈련하는 동안 서버(와 함께 훈련 워커)가 멈췄습니다. 훈련 기록과 최고 체크포인트는 "
              "남아 있습니다.",
    },
    "trainpage.failed": {"en": "Training failed: {message}", "ko": "훈련 실패: {message}"},
    "trainpage.not_a_success": {"en": "Not a success: {message}", "ko": "성공이 아닙니다: {message}"},
    "trainpage.stopped": {"en": "Stopped.", "ko": "중지했습니다."},
    "trainpage.finished": {"en": "Training finished.", "ko": "훈련이 끝났습니다."},
    "trainpage.epoch_n": {"en": "Epoch {epoch}", "ko": "에포크 {epoch}"},
    "trainpage.last_epoch": {"en": "Last epoch", "ko": "마지막 에포크"},
    "trainpage.partial": {"en": "{epoch} (partial)", "ko": "{epoch} (일부)"},
    "trainpage.train_accuracy": {"en": "{epoch}: train accuracy", "ko": "{epoch}: 훈련 정확도"},
    "trainpage.val_accuracy": {"en": "{epoch}: validation accuracy", "ko": "{epoch}: 검증 정확도"},
    "trainpage.test_accuracy": {
        "en": "Final test ({n:,} images) accuracy",
        "ko": "최종 테스트 세트 (이미지 {n:,}장) 정확도",
    },
    "trainpage.loss_value": {"en": "loss {loss:.4f}", "ko": "손실 {loss:.4f}"},
    "trainpage.results_note": {
        "en": "Train accuracy is measured while training (dropout active), validation and test on unseen images. "
              "A test accuracy far below train accuracy means over-fitting. With *restore best weights* the saved "
              "and tested model is the one from the epoch with the lowest validation loss.",
        "ko": "훈련 정확도는 훈련하는 동안(드롭아웃이 켜진 채로) 재고, 검증 정확도와 테스트 정확도는 처음 보는 "
              "이미지로 잽니다. 테스트 정확도가 훈련 정확도보다 훨씬 낮으면 과대적합입니다. *최고 가중치 복원* "
              "(restore_best_weights)을 켜면 저장하고 테스트한 모델은 검증 손실이 가장 낮았던 에포크의 모델입니다.",
    },
    "trainpage.results_partial_note": {
        "en": " A Stop cut the last epoch short: it is drawn as an open circle and not counted as an epoch.",
        "ko": " 중지 때문에 마지막 에포크가 중간에 끊겼습니다. 속이 빈 원으로 그리고 에포크로 세지 않습니다.",
    },
    # ---- a sweep's runs (pages/build/sweep.py) -------------------------------------------------------------
    "trainpage.sweep_tag_layer": {
        "en": "{setting} (layer {layer})={value}",
        "ko": "{setting} ({layer}번째 층)={value}",
    },
}
