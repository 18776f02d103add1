"""Texts of cnnviz.data.datasets: the built-in datasets, where they are loaded from, and what is wrong with
their files."""

TEXTS = {
    # the datasets
    "data.title.mnist": {"en": "MNIST handwritten digits", "ko": "MNIST 손글씨 숫자"},
    "data.title.fashion_mnist": {"en": "Fashion-MNIST clothing", "ko": "패션 MNIST 의류"},
    "data.title.cifar10": {"en": "CIFAR-10 colour photos", "ko": "CIFAR-10 컬러 사진"},
    "data.summary": {
        "en": "{train:,} train + {test:,} test images, {shape}, {classes} classes",
        "ko": "훈련 이미지 {train:,}장 + 테스트 이미지 {test:,}장, {shape}, 클래스 {classes}개",
    },
    # splitting
    "data.bad_val_fraction": {
        "en": "validation fraction must be between 0 and 1 (exclusive), got {value}",
        "ko": "검증 세트 비율은 0보다 크고 1보다 작아야 합니다. 입력한 값: {value}",
    },
    "data.bad_limit": {
        "en": "limit must be a positive number of training images, got {value}",
        "ko": "훈련 이미지 수 제한은 양수여야 합니다. 입력한 값: {value}",
    },
    "data.cannot_split": {
        "en": "cannot split {total:,} images (validation fraction {fraction}, limit {limit}): {reason}",
        "ko": "이미지 {total:,}장을 나눌 수 없습니다 (검증 세트 비율 {fraction}, 제한 {limit}): {reason}",
    },
    "data.unknown_dataset": {
        "en": "unknown dataset {name}; known: {known}",
        "ko": "알 수 없는 데이터셋 {name}입니다. 쓸 수 있는 데이터셋: {known}",
    },
    # where a dataset is loaded from, and why a place was not used
    "data.source_keras_cache": {"en": "Keras cache ({path})", "ko": "Keras 캐시 ({path})"},
    "data.source_your_path": {"en": "your path ({path})", "ko": "지정한 경로 ({path})"},
    "data.source_system": {"en": "{label} ({path})", "ko": "{label} ({path})"},
    "data.source_download": {"en": "download ({url})", "ko": "다운로드 ({url})"},
    "data.source_keras_download": {
        "en": "Keras download (keras.datasets.{name}.load_data)",
        "ko": "Keras 다운로드 (keras.datasets.{name}.load_data)",
    },
    "data.source_keras_download_off": {"en": "Keras download", "ko": "Keras 다운로드"},
    "data.source_sample": {
        "en": "bundled MNIST sample: {n:,} real digits ({file}, see MNIST_SAMPLE.md)",
        "ko": "함께 들어 있는 MNIST 샘플: 실제 손글씨 숫자 {n:,}개 ({file}, MNIST_SAMPLE.md 참고)",
    },
    "data.not_tried_offline": {"en": "not tried (downloads turned off)", "ko": "시도하지 않음 (다운로드 꺼짐)"},
    "data.not_downloaded": {"en": "not downloaded yet", "ko": "아직 내려받지 않음"},
    "data.folder_missing": {"en": "{folder} does not exist", "ko": "{folder} 폴더가 없음"},
    "data.no_idx_files": {"en": "no IDX files in {folder}", "ko": "{folder}에 IDX 파일이 없음"},
    "data.no_cifar_files": {"en": "no CIFAR-10 batch files in {folder}", "ko": "{folder}에 CIFAR-10 배치 파일이 없음"},
    "data.tried": {"en": "  - {reason}", "ko": "  - {reason}"},
    "data.could_not_load": {
        "en": "could not load {title} ({name}). Tried:\n{tried}",
        "ko": "{title} ({name}) 데이터셋을 불러오지 못했습니다. 시도한 곳:\n{tried}",
    },
    # checking the arrays
    "data.part_train": {"en": "training set", "ko": "훈련 세트"},
    "data.part_test": {"en": "test set", "ko": "테스트 세트"},
    "data.bad_image_shape": {
        "en": "{part}: images have shape {shape}, expected (N, {expected})",
        "ko": "{part}: 이미지의 모양이 {shape}입니다. (N, {expected})이어야 합니다",
    },
    "data.no_images": {"en": "{part}: holds no images", "ko": "{part}: 이미지가 하나도 없습니다"},
    "data.label_count": {
        "en": "{part}: {n:,} images but labels have shape {shape}",
        "ko": "{part}: 이미지는 {n:,}장인데 레이블의 모양이 {shape}입니다",
    },
    "data.labels_not_int": {
        "en": "{part}: labels must be integers, got {dtype}",
        "ko": "{part}: 레이블은 정수여야 합니다. 받은 자료형: {dtype}",
    },
    "data.labels_range": {
        "en": "{part}: labels must be 0..{last}, found {low}..{high}",
        "ko": "{part}: 레이블은 0..{last} 사이여야 하는데 {low}..{high}가 있습니다",
    },
    "data.pixels_not_numbers": {
        "en": "{part}: pixels must be numbers, got {dtype}",
        "ko": "{part}: 픽셀 값은 숫자여야 합니다. 받은 자료형: {dtype}",
    },
    "data.pixel_range": {
        "en": "{part}: pixel values must be 0..255 (or 0..1), found {low}..{high}",
        "ko": "{part}: 픽셀 값은 0..255 (또는 0..1)여야 하는데 {low}..{high}가 있습니다",
    },
    # files
    "data.empty": {"en": "empty", "ko": "빈 파일"},
    "data.none": {"en": "none", "ko": "없음"},
    "data.cannot_read": {"en": "{path}: cannot read ({reason})", "ko": "{path}: 읽을 수 없습니다 ({reason})"},
    "data.idx_magic": {
        "en": "{path}: not an IDX file (bad magic number {magic})",
        "ko": "{path}: IDX 파일이 아닙니다 (매직 넘버가 잘못됨: {magic})",
    },
    "data.idx_type": {
        "en": "{path}: IDX element type 0x{code} is not unsigned bytes (0x08)",
        "ko": "{path}: IDX 원소 자료형 0x{code}는 부호 없는 바이트(0x08)가 아닙니다",
    },
    "data.idx_dims": {
        "en": "{path}: IDX file has {ndim} dimensions, expected 1 (labels) or 3 (images)",
        "ko": "{path}: IDX 파일이 {ndim}차원입니다. 1차원(레이블) 또는 3차원(이미지)이어야 합니다",
    },
    "data.idx_header": {"en": "{path}: truncated IDX header", "ko": "{path}: IDX 헤더가 잘렸습니다"},
    "data.idx_size": {
        "en": "{path}: truncated or padded: header says {dims} = {expected:,} bytes, file holds {held:,}",
        "ko": "{path}: 파일이 잘렸거나 덧붙여졌습니다. 헤더는 {dims} = {expected:,}바이트라고 하는데 파일에는 "
              "{held:,}바이트가 있습니다",
    },
    "data.incomplete_idx": {
        "en": "{folder}: incomplete, missing {missing}(.gz)",
        "ko": "{folder}: 파일이 모자랍니다. 빠진 파일: {missing}(.gz)",
    },
    "data.incomplete": {
        "en": "{folder}: incomplete, missing {missing}",
        "ko": "{folder}: 파일이 모자랍니다. 빠진 파일: {missing}",
    },
    "data.idx_pair_dims": {
        "en": "{images}, {labels}: expected a 3-D image file and a 1-D label file",
        "ko": "{images}, {labels}: 3차원 이미지 파일과 1차원 레이블 파일이어야 합니다",
    },
    "data.idx_pair_count": {
        "en": "{images} holds {n_images:,} images but {labels} holds {n_labels:,} labels",
        "ko": "{images}에는 이미지가 {n_images:,}장인데 {labels}에는 레이블이 {n_labels:,}개입니다",
    },
    "data.npz_missing": {
        "en": "{path}: missing arrays {missing} (found {found}); an .npz needs {needed}",
        "ko": "{path}: 배열 {missing}이(가) 없습니다 (있는 배열: {found}). .npz 파일에는 {needed}가 있어야 합니다",
    },
    "data.npz_unreadable": {
        "en": "{path}: not a readable .npz file ({reason})",
        "ko": "{path}: 읽을 수 있는 .npz 파일이 아닙니다 ({reason})",
    },
    "data.cifar_unreadable": {
        "en": "{path}: not a CIFAR-10 batch file ({reason})",
        "ko": "{path}: CIFAR-10 배치 파일이 아닙니다 ({reason})",
    },
    "data.cifar_shape": {
        "en": "{path}: expected N rows of 3072 pixels and N labels, got {data} and {labels}",
        "ko": "{path}: 3072픽셀짜리 행 N개와 레이블 N개여야 하는데 {data}와 {labels}입니다",
    },
    "data.no_such_path": {"en": "{path}: no such file or folder", "ko": "{path}: 그런 파일이나 폴더가 없습니다"},
    "data.what_cifar": {
        "en": "CIFAR-10 batch files (data_batch_1..5, test_batch)",
        "ko": "CIFAR-10 배치 파일 (data_batch_1..5, test_batch)",
    },
    "data.what_idx": {"en": "IDX files", "ko": "IDX 파일"},
    "data.folder_holds_none": {"en": "{path}: folder holds no {what}", "ko": "{path}: 폴더에 {what}이 없습니다"},
    "data.not_dataset_path": {
        "en": "{path}: expected a folder of dataset files or an .npz with {keys}",
        "ko": "{path}: 데이터셋 파일이 든 폴더나 {keys}가 들어 있는 .npz 파일이어야 합니다",
    },
    "data.download_failed": {
        "en": "download failed, probably no internet connection ({reason})",
        "ko": "내려받지 못했습니다. 인터넷 연결이 없는 것 같습니다 ({reason})",
    },
    "data.sample_unreadable": {
        "en": "{path}: bundled MNIST sample unreadable ({reason}); run scripts/make_mnist_sample.py",
        "ko": "{path}: 함께 들어 있는 MNIST 샘플을 읽을 수 없습니다 ({reason}). scripts/make_mnist_sample.py를 "
              "실행하세요",
    },
}
