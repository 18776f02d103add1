"""Texts of cnnviz.train.jobs: queueing training on the Dask workers, and jobs a worker could not finish."""

TEXTS = {
    "jobs.kept_epochs_and_checkpoint": {
        "en": "The {epochs} epoch(s) done and the best checkpoint are kept.",
        "ko": "끝난 에포크 {epochs}개와 가장 좋은 체크포인트는 남아 있습니다.",
    },
    "jobs.kept_epochs": {
        "en": "The {epochs} epoch(s) done are kept in the history; no checkpoint was saved.",
        "ko": "끝난 에포크 {epochs}개는 기록에 남아 있습니다. 저장된 체크포인트는 없습니다.",
    },
    "jobs.kept_nothing": {
        "en": "It stopped before finishing its first epoch: no epoch and no checkpoint were kept.",
        "ko": "첫 에포크를 마치기 전에 멈췄습니다: 남은 에포크도 체크포인트도 없습니다.",
    },
    "jobs.out_of_memory": {
        "en": "ran out of memory: the worker process training it passed its memory limit ({limit}) and was stopped "
              "by Dask. {kept} Use a smaller batch, fewer filters or units, or pooling earlier (the Build page shows "
              "the training memory).",
        "ko": "메모리가 부족했습니다: 이 실행을 훈련하던 워커 프로세스가 메모리 한도 ({limit})를 넘어 Dask가 "
              "멈췄습니다. {kept} 배치를 줄이거나, 필터나 유닛 수를 줄이거나, 풀링을 더 앞에 두세요 (Build 페이지에서 "
              "훈련 메모리를 볼 수 있습니다).",
    },
    "jobs.worker_died": {
        "en": "the worker process training it died ({reason}). {kept}",
        "ko": "이 실행을 훈련하던 워커 프로세스가 죽었습니다 ({reason}). {kept}",
    },
    "jobs.worker_died_unknown": {
        "en": "the worker died: the worker process training it ended (killed or crashed) while it used {rss} of "
              "its {limit} memory limit. {kept}",
        "ko": "워커가 죽었습니다: 이 실행을 훈련하던 워커 프로세스가 메모리 한도 {limit} 중 {rss}를 쓰던 중에 "
              "끝났습니다 (강제 종료되었거나 멈췄습니다). {kept}",
    },
    "jobs.not_restarted": {
        "en": "the worker died: the worker process training it ended, and the cluster started the job again on "
              "another worker; it was not trained again from the start into the same run. Whatever it had "
              "written (history, best checkpoint) is kept as it was.",
        "ko": "워커가 죽었습니다: 이 실행을 훈련하던 워커 프로세스가 끝났고, 클러스터가 다른 워커에서 작업을 다시 "
              "시작했지만 같은 실행에 처음부터 다시 훈련하지는 않았습니다. 이미 기록된 것 (기록, 가장 좋은 "
              "체크포인트)은 그대로 남아 있습니다.",
    },
    "jobs.unavailable": {
        "en": "training is unavailable: the training cluster at {address} cannot be reached. The app keeps "
              "trying to reconnect; Start works again as soon as it answers.",
        "ko": "지금은 훈련할 수 없습니다: {address}의 훈련 클러스터에 연결할 수 없습니다. 앱이 계속 다시 연결을 "
              "시도하며, 클러스터가 응답하면 바로 다시 시작할 수 있습니다.",
    },
    "jobs.not_queued": {
        "en": "could not be queued: the training cluster did not answer ({reason})",
        "ko": "대기열에 넣지 못했습니다: 훈련 클러스터가 응답하지 않았습니다 ({reason})",
    },
    "jobs.cluster_silent": {
        "en": "the training cluster did not answer: {reason}",
        "ko": "훈련 클러스터가 응답하지 않았습니다: {reason}",
    },
    # how long until a queued job starts
    "jobs.wait_unknown": {"en": "unknown", "ko": "알 수 없음"},
    "jobs.wait_under_a_minute": {"en": "less than a minute", "ko": "1분 이내"},
    "jobs.wait_minutes": {"en": "about {minutes} min", "ko": "약 {minutes}분"},
}
