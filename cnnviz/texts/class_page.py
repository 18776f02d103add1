"""Texts of the Class page: the teacher's view of every workspace on a class server."""

TEXTS = {
    "class.only_in_class_mode": {
        "en": "This page is for class mode (`CNNVIZ_CLASS_MODE=1`), where every student has a private workspace. In "
              "local mode all runs are on the Runs page.",
        "ko": "이 페이지는 수업 모드(`CNNVIZ_CLASS_MODE=1`)용입니다. 수업 모드에서는 학생마다 개인 작업 공간이 "
              "있습니다. 로컬 모드에서는 모든 실행이 훈련 기록 페이지에 있습니다.",
    },
    "class.no_secret": {
        "en": "No teacher secret is set, so the Class page stays closed. Set `CNNVIZ_TEACHER_SECRET` (or "
              "`teacher_secret` under `[cnnviz]` in `.streamlit/secrets.toml`) and restart the server.",
        "ko": "교사 비밀번호가 설정되지 않아 수업 페이지가 닫혀 있습니다. `CNNVIZ_TEACHER_SECRET`을 설정하거나 "
              "`.streamlit/secrets.toml`의 `[cnnviz]` 아래에 `teacher_secret`을 적은 뒤 서버를 다시 시작하세요.",
    },
    "class.secret": {"en": "Teacher secret", "ko": "교사 비밀번호"},
    "class.secret_help": {
        "en": "The secret the server was started with. It opens every student's runs.",
        "ko": "서버를 시작할 때 정한 비밀번호입니다. 모든 학생의 훈련 기록을 열 수 있습니다.",
    },
    "class.open": {"en": "Open", "ko": "열기"},
    "class.wrong_secret": {"en": "That is not the teacher secret.", "ko": "교사 비밀번호가 아닙니다."},
    "class.student": {"en": "student {id}", "ko": "학생 {id}"},
    "class.student_named": {"en": "{name} ({id})", "ko": "{name} ({id})"},
    "class.wrong_secret_wait": {
        "en": "That is not the teacher secret. After wrong tries each answer takes longer ({seconds:.0f} s now).",
        "ko": "교사 비밀번호가 아닙니다. 틀릴수록 답이 늦어집니다 (지금은 {seconds:.0f}초).",
    },
    "class.workspaces": {"en": "Workspaces", "ko": "작업 공간"},
    "class.runs": {"en": "Runs", "ko": "실행"},
    "class.training_now": {"en": "Training now", "ko": "훈련 중"},
    "class.waiting": {"en": "Waiting in the queue", "ko": "대기 중"},
    "class.queue": {"en": "The queue", "ko": "대기열"},
    "class.queue_empty": {"en": "No job is queued or training.", "ko": "대기 중이거나 훈련 중인 작업이 없습니다."},
    "class.queue_line": {
        "en": "**{name}** · {student} · {status} · {dataset} · {params:,} params",
        "ko": "**{name}** · {student} · {status} · {dataset} · 파라미터 {params:,}개",
    },
    "class.stop": {"en": "Stop", "ko": "중지"},
    "class.every_run": {"en": "Every run", "ko": "모든 실행"},
    "class.col_student": {"en": "student", "ko": "학생"},
    "class.col_name": {"en": "name", "ko": "이름"},
    "class.col_status": {"en": "status", "ko": "상태"},
    "class.col_dataset": {"en": "dataset", "ko": "데이터셋"},
    "class.col_params": {"en": "params", "ko": "파라미터"},
    "class.col_test_acc": {"en": "test acc", "ko": "테스트 정확도"},
    "class.col_created": {"en": "created", "ko": "만든 시각"},
    "class.delete": {"en": "Delete {name}", "ko": "{name} 삭제"},
    "class.delete_help": {
        "en": "Deletes the run folder of this student's run (stop it first if it trains).",
        "ko": "이 학생의 실행 폴더를 삭제합니다 (훈련 중이면 먼저 중지하세요).",
    },
    "class.leaderboard": {"en": "Leaderboard", "ko": "순위표"},
    "class.dataset": {"en": "Dataset", "ko": "데이터셋"},
    "class.dataset_help": {
        "en": "Runs are ranked only against runs on the same dataset: a test accuracy on MNIST says nothing about "
              "one on CIFAR-10.",
        "ko": "같은 데이터셋으로 훈련한 실행끼리만 순위를 매깁니다. MNIST의 테스트 정확도와 CIFAR-10의 테스트 "
              "정확도는 비교할 수 없기 때문입니다.",
    },
}
