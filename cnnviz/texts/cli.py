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
}
