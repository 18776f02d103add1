"""Texts of the Runs page: the table of saved training runs, and opening, downloading, renaming, stopping and
deleting one of them."""

TEXTS = {
    "runspage.intro_local": {
        "en": "Every training run is a folder under `{folder}`: its architecture, settings, history, best checkpoint "
              "and final model. They survive server restarts.",
        "ko": "모든 훈련 실행은 `{folder}` 아래의 폴더 하나입니다. 그 안에 구조, 설정, 학습 기록, 최고 체크포인트, "
              "최종 모델이 들어 있습니다. 서버를 다시 시작해도 남아 있습니다.",
    },
    "runspage.intro_class": {
        "en": "Every training run is a folder of your private workspace: its architecture, settings, history, best "
              "checkpoint and final model. They survive server restarts.",
        "ko": "모든 훈련 실행은 내 개인 작업 공간의 폴더 하나입니다. 그 안에 구조, 설정, 학습 기록, 최고 체크포인트, "
              "최종 모델이 들어 있습니다. 서버를 다시 시작해도 남아 있습니다.",
    },
    # the table
    "runspage.col_val_acc": {"en": "val acc", "ko": "검증 정확도"},
    "runspage.val_acc_help": {"en": "Best validation accuracy.", "ko": "검증 세트에서 얻은 가장 높은 정확도입니다."},
    "runspage.test_acc_help": {"en": "Accuracy on the test set.", "ko": "테스트 세트에서의 정확도입니다."},
    "runspage.damaged_note": {
        "en": "Status *damaged* or a run with ⚠: some of its files are damaged (select it to see which); what still "
              "works is kept.",
        "ko": "상태가 *손상됨*이거나 ⚠ 표시가 있는 실행: 파일 일부가 손상되었습니다 (어떤 파일인지는 실행을 "
              "선택하면 보입니다). 아직 쓸 수 있는 것은 그대로 남겨 둡니다.",
    },
    "runspage.interrupted_note": {
        "en": "Status *interrupted*: the server stopped while it trained; its history and best checkpoint are kept.",
        "ko": "상태 *중단됨*: 훈련하는 동안 서버가 멈췄습니다. 학습 기록과 최고 체크포인트는 남아 있습니다.",
    },
    "runspage.select_hint": {
        "en": "Select a run in the table (click the box at the left of its row) to open, rename, download or delete "
              "it.",
        "ko": "표에서 실행을 선택하세요 (행 왼쪽의 칸을 클릭). 그러면 열기, 이름 바꾸기, 내려받기, 삭제를 할 수 "
              "있습니다.",
    },
    "runspage.no_runs": {
        "en": "No runs yet: train a network first.",
        "ko": "아직 실행이 없습니다. 먼저 네트워크를 훈련하세요.",
    },
    # actions
    "runspage.opened": {"en": "Opened", "ko": "열려 있음"},
    "runspage.open_help": {
        "en": "Use this run's model on the Feature maps, Kernels, Confusion matrix and Draw pages.",
        "ko": "이 실행의 모델을 특성 맵, 커널, 오차 행렬, 숫자 그리기 페이지에서 씁니다.",
    },
    "runspage.download": {"en": "Download .keras", "ko": ".keras 내려받기"},
    "runspage.download_help": {
        "en": "The trained model (final, or the best checkpoint if training never finished). Load it with "
              "keras.models.load_model(path).",
        "ko": "훈련된 모델입니다 (최종 모델, 훈련이 끝나지 않았다면 최고 체크포인트). "
              "keras.models.load_model(path)로 불러오세요.",
    },
    "runspage.rename": {"en": "Rename", "ko": "이름 바꾸기"},
    "runspage.new_name": {"en": "New name", "ko": "새 이름"},
    "runspage.save_name": {"en": "Save name", "ko": "이름 저장"},
    "runspage.stop_help": {
        "en": "Ask the training worker to stop this job after its current batch (or before it starts).",
        "ko": "훈련 작업자에게 지금 배치가 끝나면 (또는 시작하기 전에) 이 작업을 멈추라고 요청합니다.",
    },
    "runspage.delete_confirm": {
        "en": "Delete **{name}** and all its files (models, history)? This cannot be undone.",
        "ko": "**{name}**와(과) 그 파일(모델, 학습 기록)을 모두 삭제할까요? 되돌릴 수 없습니다.",
    },
    # details of the selected run
    "runspage.summary": {
        "en": "{epochs} epoch(s) · {status} · created {created}",
        "ko": "{epochs} 에포크 · {status} · 만든 시각 {created}",
    },
    "runspage.damaged": {"en": "Damaged: {problem}", "ko": "손상됨: {problem}"},
    "runspage.settings": {"en": "Settings and architecture", "ko": "설정과 구조"},
    "runspage.unreadable": {"en": "cannot be read: {reason}", "ko": "읽을 수 없습니다: {reason}"},
}
