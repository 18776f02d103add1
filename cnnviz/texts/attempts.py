"""Texts of cnnviz.learn.attempts: what each student tried, and the names of the statuses the teacher's grid shows."""

TEXTS = {
    "attempts.too_many": {
        "en": "This workspace has kept {limit:,} tries already, the most it keeps: this answer was checked but not "
              "recorded.",
        "ko": "이 작업 공간은 이미 최대인 {limit:,}번의 시도를 기록했습니다. 이 답은 확인했지만 기록하지 않았습니다.",
    },
    "attempts.cannot_save": {
        "en": "Your progress could not be saved: {reason}",
        "ko": "진행 상황을 저장할 수 없습니다: {reason}",
    },
    "attempts.bad_exercise": {
        "en": "{exercise} is not an exercise id (lowercase letters, digits and '-').",
        "ko": "{exercise}은(는) 연습 문제 id가 아닙니다 (영문 소문자, 숫자, '-'만 씁니다).",
    },
    "attempts.bad_lesson": {
        "en": "{lesson} is not a lesson id (lowercase letters, digits and '-').",
        "ko": "{lesson}은(는) 레슨 id가 아닙니다 (영문 소문자, 숫자, '-'만 씁니다).",
    },
    "attempts.message_lost": {
        "en": "(the message this try got could not be read back)",
        "ko": "(이 시도에 대한 메시지를 다시 읽을 수 없습니다)",
    },
    "attempts.status.done": {"en": "done", "ko": "완료"},
    "attempts.status.stuck": {"en": "stuck", "ko": "막힘"},
    "attempts.status.tried": {"en": "tried", "ko": "시도함"},
    "attempts.status.not_started": {"en": "not started", "ko": "시작 전"},
    "attempts.bad_look": {
        "en": "Not a test image of one of your runs: {run}.",
        "ko": "내 실행의 테스트 이미지가 아닙니다: {run}.",
    },
}
