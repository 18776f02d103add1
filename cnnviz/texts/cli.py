"""Texts of the command line (cnnviz.cli.main, cli_train, cli_own): messages and result lines meant for people.

Keras' own names (loss, accuracy, val_loss, val_accuracy) stay as they are in every language: they are what Keras
itself prints and what a learner types."""

TEXTS = {
    "cli.error": {"en": "error: {reason}", "ko": "오류: {reason}"},
    "cli.note": {"en": "note: {note}", "ko": "알림: {note}"},
    "cli.warning": {"en": "warning: {text}", "ko": "경고: {text}"},
    # architectures
    "cli.unknown_preset": {
        "en": "unknown preset {name}; known: {known}",
        "ko": "알 수 없는 프리셋 {name}입니다. 쓸 수 있는 프리셋: {known}",
    },
    "cli.need_architecture": {
        "en": "give an architecture JSON file or --preset NAME",
        "ko": "모델 구조 JSON 파일이나 --preset NAME을 주세요",
    },
    "cli.cannot_read": {"en": "cannot read {path}: {reason}", "ko": "{path}을(를) 읽을 수 없습니다: {reason}"},
    "cli.preset_line": {"en": "{name} {params} params  {title}", "ko": "{name} {params} 파라미터  {title}"},
    # datasets
    "cli.path_needs_one": {
        "en": "--path needs exactly one dataset name",
        "ko": "--path를 쓸 때는 데이터셋 이름을 정확히 하나만 주세요",
    },
    "cli.dataset_source": {"en": "  source: {source}", "ko": "  출처: {source}"},
    "cli.dataset_not_used": {"en": "  not used: {reason}", "ko": "  쓰지 않음: {reason}"},
    "cli.dataset_download_hint": {
        "en": "(with internet, --download fetches missing datasets through Keras)",
        "ko": "(인터넷이 연결되어 있으면 --download로 없는 데이터셋을 Keras로 내려받습니다)",
    },
    # predict
    "cli.predict_usage": {
        "en": "give RUN_DIR IMAGE, or --default IMAGE",
        "ko": "RUN_DIR IMAGE 또는 --default IMAGE를 주세요",
    },
    "cli.prediction": {
        "en": "{label}  ({p:.1%} confident; model {model})",
        "ko": "{label}  (확신도 {p:.1%}; 모델 {model})",
    },
    # train / evaluate
    "cli.epoch_line": {
        "en": "epoch {epoch}/{epochs}: loss {loss:.4f} accuracy {accuracy:.4f}{val} ({speed:,.0f} samples/s, "
              "{seconds:.1f} s)",
        "ko": "에포크 {epoch}/{epochs}: loss {loss:.4f} accuracy {accuracy:.4f}{val} (초당 샘플 {speed:,.0f}개, "
              "{seconds:.1f}초)",
    },
    "cli.training_ended": {"en": "training {state}: {message}", "ko": "훈련 {state}: {message}"},
    "cli.training_result": {
        "en": "{state}: test accuracy {accuracy:.4f} loss {loss:.4f} on {n:,} images; run saved in {folder}",
        "ko": "{state}: 테스트 정확도 {accuracy:.4f}, 손실 {loss:.4f} (이미지 {n:,}장). 실행을 {folder}에 "
              "저장했습니다",
    },
    "cli.stopping_abort": {
        "en": "stopping after the current batch (Ctrl-C again to abort)…",
        "ko": "지금 배치가 끝나면 멈춥니다 (바로 끝내려면 Ctrl-C를 한 번 더)…",
    },
    "cli.stopping": {"en": "stopping after the current batch…", "ko": "지금 배치가 끝나면 멈춥니다…"},
    "cli.out_holds_a_run": {
        "en": "{folder} already holds a run; choose another --out folder",
        "ko": "{folder}에는 이미 실행이 들어 있습니다. 다른 --out 폴더를 고르세요",
    },
    "cli.evaluation": {
        "en": "{split}: accuracy {accuracy:.4f}, loss {loss:.4f} on {n:,} images",
        "ko": "{split}: 정확도 {accuracy:.4f}, 손실 {loss:.4f} (이미지 {n:,}장)",
    },
    "cli.confusion_title": {
        "en": "confusion matrix (rows: true class, columns: predicted):",
        "ko": "오차 행렬 (행: 실제 클래스, 열: 예측한 클래스):",
    },
    # lessons, check, solution (cnnviz.cli.lessons)
    "cli.lessons.help_lessons": {
        "en": "list the course's lessons and their exercises (shipped and the teacher's)",
        "ko": "과정의 레슨과 연습 문제 목록을 보여 줍니다 (기본 레슨과 교사가 올린 레슨)",
    },
    "cli.lessons.help_check": {
        "en": "check an answer to an exercise for a workspace's variant (records nothing)",
        "ko": "작업 공간의 변형 문제에 대한 답을 확인합니다 (아무것도 기록하지 않습니다)",
    },
    "cli.lessons.help_solution": {
        "en": "print the solution of an exercise for a workspace's variant",
        "ko": "작업 공간의 변형 문제에 대한 풀이를 보여 줍니다",
    },
    "cli.lessons.help_exercise": {
        "en": "the exercise's id (see `lessons`)",
        "ko": "연습 문제 id (`lessons`에서 볼 수 있습니다)",
    },
    "cli.lessons.help_workspace": {
        "en": "local, a workspace id (24 hex digits) or, in class mode, a student's display name",
        "ko": "local, 작업 공간 id (16진수 24자리), 또는 수업 모드에서는 학생의 표시 이름",
    },
    "cli.lessons.help_answer": {
        "en": "the answer (a number, a choice's id); for a look exercise, the test image's index",
        "ko": "답 (숫자, 선택지 id). '살펴보기' 연습 문제에서는 테스트 이미지의 번호",
    },
    "cli.lessons.help_arch": {
        "en": "an architecture JSON file (build exercises)",
        "ko": "모델 구조 JSON 파일 ('만들기' 연습 문제)",
    },
    "cli.lessons.help_run": {
        "en": "a run folder, or a run id of the workspace (train and look exercises)",
        "ko": "실행 폴더 또는 작업 공간의 실행 id ('훈련'과 '살펴보기' 연습 문제)",
    },
    "cli.lessons.help_json": {"en": "print JSON instead of text", "ko": "텍스트 대신 JSON으로 출력합니다"},
    "cli.lessons.help_check_json": {
        "en": 'print {"correct": true|false, "message": "..."}',
        "ko": '{"correct": true|false, "message": "..."}를 출력합니다',
    },
    "cli.lessons.lesson_line": {"en": "{number}. {title}  [{id}]", "ko": "{number}. {title}  [{id}]"},
    "cli.lessons.exercise_line": {"en": "    {id}  ({kind})", "ko": "    {id}  ({kind})"},
    "cli.lessons.none": {
        "en": "the course has no lessons that could be read",
        "ko": "읽을 수 있는 레슨이 과정에 없습니다",
    },
    "cli.lessons.right": {"en": "right: {message}", "ko": "정답: {message}"},
    "cli.lessons.wrong": {"en": "not right: {message}", "ko": "오답: {message}"},
    "cli.lessons.solution_answer": {"en": "answer: {answer}", "ko": "답: {answer}"},
    "cli.lessons.no_workspace_id": {
        "en": "there is no workspace {id} on this server",
        "ko": "이 서버에는 {id} 작업 공간이 없습니다",
    },
    "cli.lessons.names_need_class_mode": {
        "en": "{name} is neither 'local' nor a workspace id (24 hex digits); students' names are known in class "
              "mode only (CNNVIZ_CLASS_MODE=1)",
        "ko": "{name}은(는) 'local'도 작업 공간 id (16진수 24자리)도 아닙니다. 학생 이름은 수업 모드 "
              "(CNNVIZ_CLASS_MODE=1)에서만 쓸 수 있습니다",
    },
    "cli.lessons.no_student": {
        "en": "no student is called {name}; give 'local', a workspace id or a name the Class page shows",
        "ko": "{name}(이)라는 학생이 없습니다. 'local', 작업 공간 id, 또는 Class 페이지에 보이는 이름을 주세요",
    },
    "cli.lessons.many_students": {
        "en": "{count} students are called {name}: give the workspace id instead (one of {ids})",
        "ko": "{name}(이)라는 학생이 {count}명입니다. 대신 작업 공간 id를 주세요 ({ids} 중 하나)",
    },
    "cli.lessons.answer_with": {
        "en": "{exercise} is a {kind} exercise: answer it with {form}",
        "ko": "{exercise}은(는) {kind} 연습 문제입니다. {form}(으)로 답하세요",
    },
    "cli.lessons.not_an_index": {
        "en": "the answer to a look exercise is a test image's index (0, 1, 2, ...), not {value}",
        "ko": "'살펴보기' 연습 문제의 답은 테스트 이미지 번호 (0, 1, 2, ...)입니다. {value}은(는) 번호가 아닙니다",
    },
    "cli.lessons.index_out_of_range": {
        "en": "there is no test image {value}: the run's test set has images 0 to {last}",
        "ko": "{value}번 테스트 이미지가 없습니다. 이 실행의 테스트 세트는 0번부터 {last}번까지입니다",
    },
    "cli.lessons.no_run": {
        "en": "{path} is neither a run folder nor a run of this workspace",
        "ko": "{path}은(는) 실행 폴더도 이 작업 공간의 실행도 아닙니다",
    },
}
