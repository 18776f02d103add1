"""Texts of cnnviz.runs.files: what is wrong with which run file, and what was used instead."""

TEXTS = {
    "runfiles.unreadable": {
        "en": "{file} cannot be read ({reason})",
        "ko": "{file} 파일을 읽을 수 없습니다 ({reason})",
    },
    "runfiles.config_dataset": {
        "en": "{file} does not name a dataset this version knows (dataset: {value})",
        "ko": "{file} 파일이 이 버전이 아는 데이터셋을 가리키지 않습니다 (dataset: {value})",
    },
    "runfiles.config_unusable": {
        "en": "{problem}: the run's own images cannot be shown; its model still works on an uploaded image or a "
              "drawing",
        "ko": "{problem}: 이 실행의 이미지는 보여 줄 수 없습니다. 모델은 업로드한 이미지나 그림으로 계속 볼 수 "
              "있습니다",
    },
    "runfiles.no_data": {
        "en": "{problem}",
        "ko": "{problem}",
    },
    "runfiles.architecture_value": {
        "en": "{file} holds a value this version cannot read where a layer or a setting belongs (a list, a "
              "number too large...)",
        "ko": "{file} 파일의 층이나 설정 자리에 이 버전이 읽을 수 없는 값(목록, 너무 큰 수 등)이 있습니다",
    },
    "runfiles.history_unusable": {
        "en": "{problem}: no learning curves are shown",
        "ko": "{problem}: 학습 곡선을 보여 주지 않습니다",
    },
    "runfiles.history_entries": {
        "en": "{file}: {dropped} of {total} entries are not epochs and are left out",
        "ko": "{file}: 항목 {total}개 중 {dropped}개는 에포크 기록이 아니어서 뺐습니다",
    },
    "runfiles.test_metrics_unusable": {
        "en": "{problem}: no test accuracy is shown",
        "ko": "{problem}: 테스트 정확도를 보여 주지 않습니다",
    },
    "runfiles.test_metrics_values": {
        "en": "{file}: {keys} has a value of the wrong type and is left out",
        "ko": "{file}: {keys} 값의 형식이 맞지 않아 뺐습니다",
    },
    "runfiles.model_damaged_instead": {
        "en": "{file} is damaged: showing {instead}",
        "ko": "{file} 파일이 손상되었습니다: {instead}을(를) 보여 줍니다",
    },
    "runfiles.model_missing_instead": {
        "en": "{file} is missing: showing {instead}",
        "ko": "{file} 파일이 없습니다: {instead}을(를) 보여 줍니다",
    },
    "runfiles.initial_damaged": {
        "en": "{file} is damaged: showing a fresh initialisation instead of the weights the run started from",
        "ko": "{file} 파일이 손상되었습니다: 실행이 시작한 가중치 대신 새로 초기화한 가중치를 보여 줍니다",
    },
    "runfiles.initial_no_architecture": {
        "en": "{file} cannot be used because {architecture} is damaged: showing a fresh initialisation instead",
        "ko": "{architecture} 파일이 손상되어 {file} 파일을 쓸 수 없습니다: 새로 초기화한 가중치를 대신 보여 줍니다",
    },
    "runfiles.initial_unloadable": {
        "en": "{file} does not fit this model ({reason}): showing a fresh initialisation instead",
        "ko": "{file} 파일이 이 모델과 맞지 않습니다 ({reason}): 새로 초기화한 가중치를 대신 보여 줍니다",
    },
    "runfiles.model_other_shape": {
        "en": "{file} takes {model} images but this run's images are {data}: the run's own images are not shown; "
              "the model still works on an uploaded image or a drawing",
        "ko": "{file} 모델은 {model} 이미지를 받지만 이 실행의 이미지는 {data}입니다: 이 실행의 이미지는 보여 주지 "
              "않습니다. 모델은 업로드한 이미지나 그림으로 계속 볼 수 있습니다",
    },
    "runfiles.run_json_missing": {
        "en": "{file} is missing (deleted?): the run's name, status and scores are unknown; its files are kept",
        "ko": "{file} 파일이 없습니다 (삭제되었나요?): 실행의 이름, 상태, 점수를 알 수 없습니다. 다른 파일은 "
              "그대로입니다",
    },
    "runfiles.left_out": {
        "en": "Left out: {runs}",
        "ko": "제외됨: {runs}",
    },
}
