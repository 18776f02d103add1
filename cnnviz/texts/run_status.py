"""The status of a run as people read it (run.json keeps the English word)."""

TEXTS = {
    "run_status.queued": {"en": "queued", "ko": "대기 중"},
    "run_status.running": {"en": "running", "ko": "훈련 중"},
    "run_status.stopped": {"en": "stopped", "ko": "중지됨"},
    "run_status.finished": {"en": "finished", "ko": "완료"},
    "run_status.diverged": {"en": "diverged", "ko": "발산함"},
    "run_status.failed": {"en": "failed", "ko": "실패"},
    "run_status.interrupted": {"en": "interrupted", "ko": "중단됨"},
    "run_status.damaged": {"en": "damaged", "ko": "손상됨"},
}
