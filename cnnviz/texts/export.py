"""Texts of cnnviz.runs.export: TensorFlow Lite export and the predict.py written beside it."""

TEXTS = {
    "export.bad_fit": {
        "en": "Unknown image fit “{fit}”: use pad, crop or stretch.",
        "ko": "알 수 없는 이미지 맞춤 방식 “{fit}”: pad, crop, stretch 중 하나를 쓰세요.",
    },
    "export.tflite_failed": {
        "en": "The model could not be converted to TensorFlow Lite: {reason}",
        "ko": "모델을 TensorFlow Lite로 변환할 수 없습니다: {reason}",
    },
    "export.tflite_run_failed": {
        "en": "The TensorFlow Lite file could not be run: {reason}",
        "ko": "TensorFlow Lite 파일을 실행할 수 없습니다: {reason}",
    },
    "export.cli_tflite": {
        "en": "Wrote {path} ({kb:,.0f} KB); its probabilities match Keras within {difference:.1e}.",
        "ko": "{path} 저장 ({kb:,.0f} KB). 확률이 Keras와 {difference:.1e} 이내로 같습니다.",
    },
    "export.cli_keras": {"en": "Wrote {path}.", "ko": "{path} 저장."},
    "export.cli_script": {
        "en": "Wrote {path}: run python {path} {image}",
        "ko": "{path} 저장: python {path} {image} 로 실행하세요",
    },
}
