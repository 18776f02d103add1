"""Texts of cnnviz.runs.store: run folders, their statuses, and what is damaged in them."""

TEXTS = {
    # a message stored in a run folder before messages carried keys (shown as it was written)
    "runs.stored_text": {"en": "{text}", "ko": "{text}"},
    # statuses
    "runs.status.queued": {"en": "queued", "ko": "대기 중"},
    "runs.status.running": {"en": "running", "ko": "훈련 중"},
    "runs.status.stopping": {"en": "stopping", "ko": "멈추는 중"},
    "runs.status.stopped": {"en": "stopped", "ko": "중지됨"},
    "runs.status.finished": {"en": "finished", "ko": "완료"},
    "runs.status.diverged": {"en": "diverged", "ko": "발산함"},
    "runs.status.failed": {"en": "failed", "ko": "실패"},
    "runs.status.interrupted": {"en": "interrupted", "ko": "중단됨"},
    "runs.status.damaged": {"en": "damaged", "ko": "손상됨"},
    # the dataset a run trained on, as a table shows it
    "runs.dataset_own": {"en": "my data: {name}", "ko": "내 데이터: {name}"},
    "runs.dataset_own_gone": {"en": "my data (deleted)", "ko": "내 데이터 (삭제됨)"},
    # files
    "runs.file_missing": {"en": "{path} is missing", "ko": "{path} 파일이 없습니다"},
    "runs.file_unreadable": {"en": "{path} cannot be read: {reason}", "ko": "{path} 파일을 읽을 수 없습니다: {reason}"},
    "runs.wrong_type": {
        "en": "{file} holds {got}, not {expected}",
        "ko": "{file} 파일에 {expected}이(가) 아니라 {got}이(가) 들어 있습니다",
    },
    "runs.model_damaged": {
        "en": "{file} is damaged (not a complete .keras file)",
        "ko": "{file} 파일이 손상되었습니다 (완전한 .keras 파일이 아닙니다)",
    },
    "runs.unusable_value": {
        "en": "{file}: {key} has an unusable value",
        "ko": "{file}: {key}의 값을 쓸 수 없습니다",
    },
    "runs.not_a_run": {
        "en": "{folder} is not a run folder (no {file})",
        "ko": "{folder}는 실행 폴더가 아닙니다 ({file} 파일이 없습니다)",
    },
    "runs.cannot_stop": {
        "en": "could not ask the job to stop: its run folder {folder} cannot be written ({reason})",
        "ko": "작업에 멈추라고 전하지 못했습니다: 실행 폴더 {folder}에 쓸 수 없습니다 ({reason})",
    },
    "runs.already_a_run": {
        "en": "{folder} already holds a run; choose another folder",
        "ko": "{folder}에는 이미 실행이 들어 있습니다. 다른 폴더를 고르세요",
    },
    "runs.no_model": {
        "en": "{name} has no saved model yet (neither {final} nor {best})",
        "ko": "{name}에는 아직 저장된 모델이 없습니다 ({final}도 {best}도 없습니다)",
    },
    # managing
    "runs.name_too_long": {
        "en": "a run name can have at most {limit} characters",
        "ko": "실행 이름은 최대 {limit}자까지 쓸 수 있습니다",
    },
    "runs.name_empty": {"en": "a run name cannot be empty", "ko": "실행 이름은 비워 둘 수 없습니다"},
    "runs.not_deleting": {
        "en": "{folder} is not a run folder (no {file}); not deleting it",
        "ko": "{folder}는 실행 폴더가 아니므로 ({file} 파일이 없습니다) 지우지 않습니다",
    },
    "runs.still_active": {
        "en": "this run is still queued or training: stop it before deleting it",
        "ko": "이 실행은 아직 대기 중이거나 훈련 중입니다. 지우기 전에 먼저 멈추세요",
    },
}
