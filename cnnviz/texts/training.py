"""Texts of training (cnnviz.train: config, progress, verdicts, job, evaluate): training options, what a job is doing,
and why a run failed or is not a success."""

TEXTS = {
    # options (ConfigError joins every problem with "; ")
    "training.config_problems": {"en": "{problems}", "ko": "{problems}"},
    "training.bad_dataset": {
        "en": "dataset must be one of {options}, not {value}",
        "ko": "데이터셋은 {options} 중 하나여야 합니다. 입력한 값: {value}",
    },
    "training.user_needs_path": {
        "en": "a user dataset needs data_path: the folder of the dataset",
        "ko": "내 데이터셋(user)에는 data_path, 곧 데이터셋 폴더가 필요합니다",
    },
    "training.bad_optimizer": {
        "en": "optimizer must be one of {options}, not {value}",
        "ko": "옵티마이저 (optimizer)는 {options} 중 하나여야 합니다. 입력한 값: {value}",
    },
    "training.bad_loss": {
        "en": "loss must be 'sparse' or 'categorical', not {value}",
        "ko": "손실 (loss)은 'sparse' 또는 'categorical'이어야 합니다. 입력한 값: {value}",
    },
    "training.bad_learning_rate": {
        "en": "learning rate must be a positive number, not {value}",
        "ko": "학습률 (learning_rate)은 양수여야 합니다. 입력한 값: {value}",
    },
    "training.bad_schedule": {
        "en": "learning-rate schedule must be one of {options}, not {value}",
        "ko": "학습률 스케줄은 {options} 중 하나여야 합니다. 입력한 값: {value}",
    },
    "training.bad_momentum": {
        "en": "momentum must be in [0, 1), not {value}",
        "ko": "모멘텀 (momentum)은 [0, 1) 범위여야 합니다. 입력한 값: {value}",
    },
    "training.bad_batch_size": {
        "en": "batch size must be between 1 and {limit}, not {value}",
        "ko": "배치 크기 (batch_size)는 1부터 {limit} 사이여야 합니다. 입력한 값: {value}",
    },
    "training.bad_epochs": {
        "en": "epochs must be between 1 and {limit}, not {value}",
        "ko": "에포크 (epochs)는 1부터 {limit} 사이여야 합니다. 입력한 값: {value}",
    },
    "training.bad_val_fraction": {
        "en": "validation fraction must be between 0.01 and 0.5, not {value}",
        "ko": "검증 세트 비율은 0.01부터 0.5 사이여야 합니다. 입력한 값: {value}",
    },
    "training.bad_limit": {
        "en": "limit must be at least 10 training images (or empty for all), not {value}",
        "ko": "훈련 이미지 수 제한은 10장 이상이어야 합니다 (비워 두면 전부 씁니다). 입력한 값: {value}",
    },
    "training.bad_patience": {
        "en": "early-stopping patience cannot be negative ({value})",
        "ko": "조기 종료의 참을성 (patience)은 음수일 수 없습니다 ({value})",
    },
    "training.sample_mnist_only": {
        "en": "the bundled sample only exists for MNIST",
        "ko": "함께 들어 있는 샘플은 MNIST에만 있습니다",
    },
    "training.bad_split": {
        "en": "split must be one of {options}, not {value}",
        "ko": "세트는 {options} 중 하나여야 합니다. 입력한 값: {value}",
    },
    # the network against the dataset
    "training.input_mismatch": {
        "en": "the architecture expects {expected} images but the dataset has {got}: adapt the input shape to the "
              "dataset first",
        "ko": "모델 구조는 {expected} 이미지를 받는데 데이터셋의 이미지는 {got}입니다. 먼저 입력 모양을 데이터셋에 "
              "맞추세요",
    },
    "training.output_mismatch": {
        "en": "the last layer outputs {out} but the dataset has {classes} classes: end the network with "
              "Dense({classes}, activation='softmax')",
        "ko": "마지막 층의 출력은 {out}인데 데이터셋의 클래스는 {classes}개입니다. 신경망의 끝을 "
              "Dense({classes}, activation='softmax')로 하세요",
    },
    # how a run ended
    "training.lr_advice": {
        "en": "The learning rate ({lr:g}) is probably too high: try 10× smaller.",
        "ko": "학습률 ({lr:g})이 너무 높은 것 같습니다. 10배 작게 해 보세요.",
    },
    "training.diverged": {
        "en": "training diverged: the loss ended at {last}, far above where it started ({first:.4g}). {advice}",
        "ko": "훈련이 발산했습니다: 손실이 처음 ({first:.4g})보다 훨씬 높은 {last}에서 끝났습니다. {advice}",
    },
    "training.stuck": {
        "en": "training diverged: validation accuracy never rose above chance ({best:.2f}, chance is 1/{classes} = "
              "{chance:.2f}) and the loss did not fall ({first:.4g} → {last:.4g}). The network learned nothing. "
              "{advice}",
        "ko": "훈련이 발산했습니다: 검증 정확도가 한 번도 우연 수준을 넘지 못했고 ({best:.2f}, 우연 수준은 "
              "1/{classes} = {chance:.2f}) 손실도 줄지 않았습니다 ({first:.4g} → {last:.4g}). 신경망이 아무것도 "
              "배우지 못했습니다. {advice}",
    },
    "training.nan": {
        "en": "the loss stopped being a finite number (NaN or infinity) at epoch {epoch}, batch {batch}, so training "
              "stopped. {advice} {kept}",
        "ko": "에포크 {epoch}, 배치 {batch}에서 손실이 유한한 수가 아니게 되어 (NaN 또는 무한대) 훈련을 멈췄습니다. "
              "{advice} {kept}",
    },
    "training.nan_best_kept": {
        "en": "The best checkpoint (epoch {epoch}, validation accuracy {accuracy:.4f}) is kept.",
        "ko": "가장 좋은 체크포인트 (에포크 {epoch}, 검증 정확도 {accuracy:.4f})는 남아 있습니다.",
    },
    "training.nan_no_model": {
        "en": "No checkpoint was saved before it, so this run has no model.",
        "ko": "그 전에 저장된 체크포인트가 없어서 이 실행에는 모델이 없습니다.",
    },
    "training.stopped_before_start": {
        "en": "stopped before training began",
        "ko": "훈련을 시작하기 전에 멈췄습니다",
    },
    "training.stopped_by_user": {
        "en": "stopped by the user; the model trained so far is saved",
        "ko": "사용자가 멈췄습니다. 그때까지 훈련한 모델은 저장되어 있습니다",
    },
    "training.crashed": {"en": "{kind}: {reason}", "ko": "{kind}: {reason}"},
    "training.folder_unwritable": {
        "en": "could not write its run folder {folder} ({reason}), so training stopped. What was written before "
              "is kept.",
        "ko": "실행 폴더 {folder}에 쓸 수 없어 ({reason}) 훈련을 멈췄습니다. 그 전에 쓴 것은 남아 있습니다.",
    },
    # what a job is doing (Progress.phase_text)
    "training.phase.waiting": {"en": "waiting to start", "ko": "시작을 기다리는 중"},
    "training.phase.queued": {"en": "waiting in the queue", "ko": "대기열에서 기다리는 중"},
    "training.phase.starting": {"en": "starting", "ko": "시작하는 중"},
    "training.phase.loading": {"en": "loading the dataset", "ko": "데이터셋을 불러오는 중"},
    "training.phase.splitting": {"en": "splitting train / validation", "ko": "훈련 / 검증 세트로 나누는 중"},
    "training.phase.building": {"en": "building the model", "ko": "모델을 만드는 중"},
    "training.phase.training": {"en": "training", "ko": "훈련하는 중"},
    "training.phase.validating": {"en": "validating", "ko": "검증하는 중"},
    "training.phase.saving": {"en": "saving the final model", "ko": "최종 모델을 저장하는 중"},
    "training.phase.evaluating": {"en": "evaluating on the test set", "ko": "테스트 세트로 평가하는 중"},
    "training.phase.stopping": {"en": "stopping after this batch", "ko": "이 배치가 끝나면 멈추는 중"},
    "training.phase.stopping_nan": {
        "en": "stopping: the loss is not a number",
        "ko": "멈추는 중: 손실이 숫자가 아닙니다 (NaN)",
    },
}
