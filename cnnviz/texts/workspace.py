"""Texts of cnnviz.runs.workspace: whose runs are whose, and the quotas of a workspace in class mode."""

TEXTS = {
    "workspace.not_your_run": {"en": "{run} is not a run of yours", "ko": "{run}은(는) 내 실행이 아닙니다"},
    "workspace.too_many_jobs": {
        "en": "you already have {n} jobs queued or training (the limit is {limit}): wait for one to finish, or stop "
              "one",
        "ko": "이미 대기 중이거나 훈련 중인 작업이 {n}개입니다 (최대 {limit}개). 하나가 끝날 때까지 기다리거나 하나를 "
              "멈추세요",
    },
    "workspace.too_many_runs": {
        "en": "you have {n} runs (the limit is {limit}): delete some on the Runs page",
        "ko": "실행이 {n}개입니다 (최대 {limit}개). Runs 페이지에서 몇 개를 지우세요",
    },
    "workspace.disk_full": {
        "en": "your runs, datasets and models use more than {limit_gb:.0f} GB (the limit): delete some on the Runs "
              "and My data pages",
        "ko": "내 실행, 데이터셋, 모델이 한도인 {limit_gb:.0f} GB를 넘게 쓰고 있습니다. Runs 페이지와 My data "
              "페이지에서 몇 개를 지우세요",
    },
    "workspace.bad_link": {
        "en": "this private link is not valid (it was cut short or changed)",
        "ko": "이 개인 링크는 올바르지 않습니다 (잘렸거나 바뀌었습니다)",
    },
    "workspace.too_many_new": {
        "en": "no new workspace now: this address has made {limit} in the last hour, the most allowed. Open your "
              "private link to get back to your workspace, or try again in about {minutes} min.",
        "ko": "지금은 새 작업 공간을 만들 수 없습니다: 이 주소에서 지난 한 시간 동안 허용된 최대인 {limit}개를 "
              "만들었습니다. 개인 링크로 내 작업 공간을 여시거나, 약 {minutes}분 뒤에 다시 해 보세요.",
    },
    "workspace.unknown_link": {
        "en": "no workspace on this server has this private link (a letter may be mistyped: it is case-sensitive)",
        "ko": "이 서버에는 이 개인 링크의 작업 공간이 없습니다 (글자가 잘못 입력되었을 수 있습니다. 대소문자를 "
              "구분합니다)",
    },
    "workspace.no_login_id": {"en": "the login gave no user id", "ko": "로그인에서 사용자 ID를 받지 못했습니다"},
}
