"""Teaching tooltips for the training settings (Train page), keys `train_help.<setting>`, read with
`cnnviz.i18n.t_or_empty` ("" for a setting without one)."""

TEXTS = {
    "training_help.dataset": {
        "en": "The images to learn from. **MNIST**: handwritten digits 0–9, 28×28 grayscale. **Fashion-MNIST**: "
              "ten kinds of clothing, same size, harder (the notes' convnet reaches about 0.91). **CIFAR-10**: "
              "32×32 colour photos (3 channels), much harder. The **bundled MNIST sample** (5,000 real digits) "
              "needs no download and trains in seconds.",
        "ko": "학습할 이미지입니다. **MNIST**: 0–9 손글씨 숫자, 28×28 흑백. **Fashion-MNIST**: 옷 10종류, 크기는 "
              "같지만 더 어렵습니다(학습 노트의 합성곱 신경망이 약 0.91에 도달합니다). **CIFAR-10**: 32×32 컬러 "
              "사진(채널 3개), 훨씬 어렵습니다. **함께 들어 있는 MNIST 샘플**(실제 숫자 5,000개)은 내려받을 필요가 "
              "없고 몇 초 만에 훈련됩니다.",
    },
    "training_help.data_path": {
        "en": "Optional: a folder holding the four IDX files (`train-images-idx3-ubyte.gz`, ...) or an .npz with "
              "x_train, y_train, x_test, y_test, to load the dataset from instead of the Keras cache.",
        "ko": "선택 사항: Keras 캐시 대신 데이터 세트를 불러올 곳입니다. IDX 파일 네 개"
              "(`train-images-idx3-ubyte.gz`, ...)가 든 폴더나 x_train, y_train, x_test, y_test를 담은 .npz 파일을 "
              "지정합니다.",
    },
    "training_help.architecture_source": {
        "en": "Train the network you are editing on the **Build** page, or one of the ready-made "
              "presets from the study notes.",
        "ko": "**모델 만들기** 페이지에서 편집 중인 신경망을 훈련하거나, 학습 노트의 완성된 프리셋 중 하나를 "
              "훈련합니다.",
    },
    "training_help.adapt": {
        "en": "The network's input layer must match the images. Replacing the input shape keeps every layer but "
              "recomputes all shapes: a bigger image makes the maps (and the Dense layer after Flatten) bigger.",
        "ko": "신경망의 입력층은 이미지 크기와 맞아야 합니다. 입력 크기를 바꾸면 층은 모두 그대로 두고 모든 크기를 "
              "다시 계산합니다. 이미지가 크면 특성 맵(과 Flatten 뒤의 Dense 층)도 커집니다.",
    },
    "training_help.optimizer": {
        "en": "How the weights move downhill on the loss. **SGD** steps by learning rate × gradient (with "
              "**momentum** it keeps part of the previous step, rolling through small bumps). **RMSprop** divides "
              "each step by a running size of that weight's recent gradients. **Adam** combines momentum and "
              "RMSprop's scaling; it is the notes' default and works well with its default learning rate 0.001.",
        "ko": "가중치가 손실의 내리막을 따라 어떻게 움직일지 정하는 옵티마이저 (optimizer)입니다. **SGD**(경사 "
              "하강법)는 학습률 × 기울기(그레이디언트)만큼 이동합니다(**momentum**(모멘텀)을 쓰면 이전 이동의 "
              "일부를 이어 가서 작은 언덕을 굴러 넘어갑니다). **RMSprop**은 각 가중치의 최근 기울기 크기의 이동 "
              "평균으로 이동량을 나눕니다. **Adam**(아담)은 모멘텀과 RMSprop의 크기 조절을 합친 것으로, 학습 노트의 "
              "기본 선택이며 기본 학습률 0.001에서 잘 동작합니다.",
    },
    "training_help.learning_rate": {
        "en": "The size of each weight update. Too small: the loss falls very slowly. Too large: the loss "
              "jumps around or explodes to NaN. Typical: 0.001 for Adam and RMSprop, 0.01–0.1 for SGD.",
        "ko": "가중치를 한 번 업데이트할 때의 보폭, 학습률 (learning_rate)입니다. 너무 작으면 손실이 아주 천천히 "
              "줄고, 너무 크면 손실이 널뛰거나 NaN으로 발산합니다. 보통 Adam과 RMSprop은 0.001, SGD는 0.01–0.1을 "
              "씁니다.",
    },
    "training_help.momentum": {
        "en": "SGD only: the fraction of the previous update added to the current one (0 = plain SGD, 0.9 is "
              "usual). It speeds up travel along consistent directions and damps zig-zagging.",
        "ko": "SGD에서만 씁니다: 이전 업데이트 중 이번 업데이트에 더하는 비율 (momentum)입니다(0 = 기본 SGD, 보통 "
              "0.9). 같은 방향으로 꾸준히 갈 때는 빨라지고, 지그재그로 흔들리는 움직임은 줄어듭니다.",
    },
    "training_help.lr_schedule": {
        "en": "**constant** keeps the learning rate fixed. **cosine** starts at the learning rate and lowers it "
              "smoothly to 0 by the last batch of the last epoch: big steps early, fine-tuning steps late, "
              "which usually adds accuracy in the final epochs.",
        "ko": "**constant**는 학습률을 고정합니다. **cosine**은 정한 학습률에서 시작해 마지막 에포크의 마지막 "
              "배치까지 부드럽게 0으로 낮춥니다. 처음에는 크게, 끝에서는 세밀하게 움직이므로 보통 마지막 "
              "에포크들에서 정확도가 조금 더 오릅니다.",
    },
    "training_help.batch_size": {
        "en": "How many images are averaged into one gradient step. Small batches (32, the Keras default) make "
              "many noisy steps per epoch; big batches make fewer, smoother steps and use the hardware better "
              "(more samples/s) but often need more epochs.",
        "ko": "가중치를 한 번 업데이트할 때 기울기를 평균 내는 이미지 수, 배치 크기 (batch_size)입니다. 작은 "
              "배치(Keras 기본값 32)는 에포크마다 잡음 섞인 업데이트를 많이 하고, 큰 배치는 더 적고 매끄러운 "
              "업데이트를 하며 하드웨어를 더 잘 활용하지만(초당 샘플 수가 많음) 에포크가 더 필요할 때가 많습니다.",
    },
    "training_help.epochs": {
        "en": "How many times the network sees the whole training set. More epochs fit the training data better; "
              "when the validation loss starts rising while the training loss keeps falling, it is over-fitting.",
        "ko": "신경망이 훈련 세트 전체를 몇 번 볼지 정하는 에포크 수 (epochs)입니다. 에포크가 많을수록 훈련 "
              "데이터에 더 잘 맞춰집니다. 훈련 손실은 계속 줄어드는데 검증 손실이 오르기 시작하면 과대적합입니다.",
    },
    "training_help.loss": {
        "en": "Both are cross-entropy: −log(probability given to the true class). **sparse** "
              "(sparse_categorical_crossentropy) takes labels as integers (7); **categorical** "
              "(categorical_crossentropy) takes one-hot vectors ([0,0,0,0,0,0,0,1,0,0], made with to_categorical). "
              "Same numbers, same training: the notes use both. Sparse saves memory with many classes.",
        "ko": "둘 다 크로스 엔트로피 손실입니다: −log(정답 클래스에 준 확률). **sparse**"
              "(sparse_categorical_crossentropy)는 레이블을 정수(7)로 받고, **categorical**"
              "(categorical_crossentropy)은 원-핫 벡터([0,0,0,0,0,0,0,1,0,0], to_categorical로 만듦)로 받습니다. "
              "값도 같고 훈련도 같아서 학습 노트에서는 둘 다 씁니다. 클래스가 많으면 sparse가 메모리를 아낍니다.",
    },
    "training_help.early_stopping": {
        "en": "Stop when the validation loss has not improved for `patience` epochs in a row, instead of "
              "running all epochs: saves time and avoids over-fitting (the notes use patience 2).",
        "ko": "조기 종료 (EarlyStopping): 모든 에포크를 다 돌지 않고, 검증 손실이 `patience` 에포크 연속으로 "
              "나아지지 않으면 멈춥니다. 시간을 아끼고 과대적합을 피합니다(학습 노트에서는 patience 2를 씁니다).",
    },
    "training_help.patience": {
        "en": "How many epochs without a better validation loss to wait before stopping. 0 stops at the first "
              "epoch that is not better; larger values tolerate noisy plateaus.",
        "ko": "검증 손실이 나아지지 않는 에포크를 몇 번까지 기다렸다가 멈출지 정합니다 (patience). 0이면 나아지지 "
              "않은 첫 에포크에서 바로 멈추고, 값이 클수록 잠깐 정체되는 구간을 참고 기다립니다.",
    },
    "training_help.restore_best_weights": {
        "en": "When early stopping ends training, roll the weights back to the epoch with the best "
              "validation loss (otherwise you keep the last, slightly over-fitted, weights).",
        "ko": "조기 종료로 훈련이 끝나면 가중치를 검증 손실이 가장 낮았던 에포크로 되돌립니다 "
              "(restore_best_weights). 끄면 마지막 에포크의, 약간 과대적합된 가중치가 남습니다.",
    },
    "training_help.save_best_checkpoint": {
        "en": "After each epoch whose validation accuracy is the best so far, save the model to "
              "best.keras (like ModelCheckpoint(save_best_only=True)). A crash or a kill keeps it.",
        "ko": "검증 정확도가 지금까지 중 가장 좋은 에포크가 끝날 때마다 모델을 best.keras에 체크포인트로 "
              "저장합니다(ModelCheckpoint(save_best_only=True)와 같습니다). 프로그램이 멈추거나 강제로 종료되어도 "
              "남아 있습니다.",
    },
    "training_help.val_fraction": {
        "en": "The share of the training images held out for validation (0.2 = 20 %, as in the notes). The "
              "network never trains on them, so their loss and accuracy show how well it generalises. The "
              "split is stratified: every class keeps its share. The test set stays apart until the end.",
        "ko": "훈련 이미지 중 검증 세트로 떼어 두는 비율입니다(학습 노트처럼 0.2 = 20 %). 신경망이 이 이미지로는 "
              "훈련하지 않으므로, 검증 손실과 정확도가 처음 보는 데이터에 얼마나 잘 일반화되는지 보여 줍니다. "
              "층화 분할이라 클래스마다 비율이 그대로 유지됩니다. 테스트 세트는 마지막까지 따로 둡니다.",
    },
    "training_help.seed": {
        "en": "Fixes the random choices (train/validation split, initial weights, shuffling order) so a run can be "
              "repeated: the same seed gives the same split (42, as in the notes).",
        "ko": "무작위 선택(훈련/검증 분할, 초기 가중치, 섞는 순서)을 고정해 같은 훈련을 다시 재현할 수 있게 "
              "합니다. 시드가 같으면 분할도 같습니다(학습 노트처럼 42).",
    },
    "training_help.limit": {
        "en": "Train on at most this many images (a stratified subset) for quick experiments; 0 = all of them. "
              "Validation shrinks in proportion. A few hundred images train in seconds but reach lower accuracy.",
        "ko": "빠른 실험을 위해 최대 이만큼의 이미지(클래스 비율을 유지한 일부)로만 훈련합니다. 0 = 전부. 검증 "
              "세트도 같은 비율로 줄어듭니다. 수백 장이면 몇 초 만에 훈련되지만 정확도는 낮습니다.",
    },
    "training_help.mixed_precision": {
        "en": "GPU only: compute in 16-bit floats (keeping the weights and the final softmax in 32-bit). "
              "Often 2–3× faster on recent NVIDIA GPUs with nearly the same accuracy.",
        "ko": "GPU 전용: 16비트 실수로 계산합니다(가중치와 마지막 소프트맥스는 32비트로 유지). 최신 NVIDIA "
              "GPU에서 정확도는 거의 같으면서 2–3× 빠른 경우가 많습니다.",
    },
    "training_help.run_name": {
        "en": "A name to find this run again on the Runs page (you can rename it later).",
        "ko": "훈련 기록 페이지에서 이 훈련을 다시 찾을 때 쓰는 이름입니다(나중에 바꿀 수 있습니다).",
    },
}
