"""Texts of the user's own image datasets (cnnviz.data.images, importing and userdata): decoding, import, per-file
report, warnings, storage."""

TEXTS = {
    # settings and names
    "userdata.bad_size": {
        "en": "Image size must be a whole number of pixels from {low} to {high}, not {size}.",
        "ko": "이미지 크기는 {low}부터 {high} 사이의 정수(픽셀)여야 합니다. 입력한 값: {size}",
    },
    "userdata.bad_fit": {
        "en": "Fit must be “pad” (keep the aspect ratio, pad with black) or “crop” (cut the centre), not “{fit}”.",
        "ko": "맞춤 방식은 “pad”(비율 유지, 검은색으로 채움) 또는 “crop”(가운데 자르기)여야 합니다. 입력한 값: “{fit}”",
    },
    "userdata.noun_dataset": {"en": "dataset", "ko": "데이터셋"},
    "userdata.noun_class": {"en": "class", "ko": "클래스"},
    "userdata.bad_name": {
        "en": "The {what} name is empty: type a name.",
        "ko": "{what} 이름이 비어 있습니다. 이름을 입력하세요.",
    },
    "userdata.name_too_long": {
        "en": "The {what} name has {n} characters; at most {limit} are allowed.",
        "ko": "{what} 이름이 {n}자입니다. 최대 {limit}자까지 쓸 수 있습니다.",
    },
    "userdata.duplicate_class": {
        "en": "There is already a class named “{cls}”.",
        "ko": "“{cls}”라는 클래스가 이미 있습니다.",
    },
    "userdata.unknown_class": {
        "en": "There is no class named “{cls}”: add the class first.",
        "ko": "“{cls}”라는 클래스가 없습니다. 먼저 클래스를 추가하세요.",
    },
    "userdata.too_many_classes": {
        "en": "{n:,} classes is too many; the limit is {limit:,}.",
        "ko": "클래스가 {n:,}개로 너무 많습니다. 최대 {limit:,}개까지 만들 수 있습니다.",
    },
    "userdata.too_many_files": {
        "en": "The dataset already holds the maximum of {limit:,} files.",
        "ko": "데이터셋에 이미 최대 개수인 {limit:,}개의 파일이 있습니다.",
    },
    "userdata.too_many_bytes": {
        "en": "The files added so far reach the limit of {limit_mb:,.0f} MB.",
        "ko": "지금까지 추가한 파일이 최대 크기 {limit_mb:,.0f} MB에 닿았습니다.",
    },
    "userdata.too_many_values": {
        "en": "Refused: {n:,} images of {size}×{size}×{channels} would be more than {limit:,} pixel values in "
              "memory. Choose a smaller image size or fewer images.",
        "ko": "거부됨: {size}×{size}×{channels} 이미지 {n:,}장은 메모리에서 픽셀 값 {limit:,}개를 넘습니다. "
              "이미지 크기를 줄이거나 이미지 수를 줄이세요.",
    },
    # the per-file report
    "userdata.note_line": {"en": "{file} ({reason})", "ko": "{file} ({reason})"},
    "userdata.skip_empty": {"en": "empty file", "ko": "빈 파일"},
    "userdata.skip_not_image": {
        "en": "not an image; PNG, JPEG, GIF, BMP, WebP and TIFF are read",
        "ko": "이미지가 아님; PNG, JPEG, GIF, BMP, WebP, TIFF를 읽을 수 있음",
    },
    "userdata.skip_damaged": {
        "en": "damaged or cut short: {reason}",
        "ko": "손상되었거나 잘린 파일: {reason}",
    },
    "userdata.skip_too_many_pixels": {
        "en": "{width:,}×{height:,} = {pixels:,} pixels, over the limit of {limit:,} pixels per image; "
              "not decoded",
        "ko": "{width:,}×{height:,} = {pixels:,}픽셀로 이미지 한 장의 최대 {limit:,}픽셀을 넘음; 디코딩하지 않음",
    },
    "userdata.skip_bomb": {
        "en": "a decompression bomb: far more than the limit of {limit:,} pixels per image; not decoded",
        "ko": "압축 해제 폭탄: 이미지 한 장의 최대 {limit:,}픽셀을 크게 넘음; 디코딩하지 않음",
    },
    "userdata.skip_no_class_folder": {
        "en": "not inside a class folder: put each class's images in a folder named after it",
        "ko": "클래스 폴더 안에 있지 않음: 클래스마다 그 이름의 폴더에 이미지를 넣으세요",
    },
    "userdata.conv_cmyk": {"en": "CMYK converted to RGB", "ko": "CMYK를 RGB로 변환함"},
    "userdata.conv_16bit": {"en": "16-bit scaled to 8-bit", "ko": "16비트를 8비트로 줄임"},
    "userdata.conv_animated": {"en": "animated: first frame used", "ko": "움직이는 이미지: 첫 프레임만 사용함"},
    "userdata.conv_alpha": {
        "en": "transparency composited over white",
        "ko": "투명한 부분을 흰 배경 위에 합성함",
    },
    "userdata.dropped_class": {
        "en": "{n} images, fewer than the {minimum} needed to split into training, validation and test sets",
        "ko": "이미지 {n}장으로, 훈련·검증 세트·테스트 세트로 나누는 데 필요한 {minimum}장보다 적음",
    },
    "userdata.report_skipped": {"en": "Skipped {n:,} files: {list}", "ko": "건너뛴 파일 {n:,}개: {list}"},
    "userdata.report_converted": {
        "en": "Converted {n:,} images: {list}",
        "ko": "변환한 이미지 {n:,}개: {list}",
    },
    "userdata.class_count": {"en": "{name} ({n:,} images)", "ko": "{name} (이미지 {n:,}장)"},
    "userdata.classes_found": {
        "en": "Class folders found: {list}{more}. Each class needs its own folder of images (cat/1.png, dog/1.png)",
        "ko": "찾은 클래스 폴더: {list}{more}. 클래스마다 이미지가 든 폴더가 하나씩 있어야 합니다 "
              "(cat/1.png, dog/1.png)",
    },
    "userdata.no_class_folders": {
        "en": "No class folders found: put each class's images in its own folder (cat/1.png, dog/1.png)",
        "ko": "클래스 폴더가 없습니다: 클래스마다 이미지를 각자의 폴더에 넣어 주세요 (cat/1.png, dog/1.png)",
    },
    "userdata.report_dropped": {
        "en": "Left out {n:,} classes: {list}",
        "ko": "제외한 클래스 {n:,}개: {list}",
    },
    "userdata.report_more": {"en": ", … and {n:,} more", "ko": ", … 외 {n:,}개"},
    "userdata.report_ignored": {
        "en": "Ignored {n:,} hidden or system files (__MACOSX/, .DS_Store, Thumbs.db, …).",
        "ko": "숨김 파일·시스템 파일 {n:,}개는 무시했습니다 (__MACOSX/, .DS_Store, Thumbs.db 등).",
    },
    # refusing a dataset
    "userdata.too_few_classes": {
        "en": "Refused: a dataset needs at least 2 classes with {minimum} or more images each; {n} usable "
              "classes remain. {details}",
        "ko": "거부됨: 데이터셋에는 이미지가 {minimum}장 이상인 클래스가 2개 이상 있어야 합니다. 쓸 수 있는 "
              "클래스는 {n}개입니다. {details}",
    },
    "userdata.too_few_to_split": {
        "en": "Refused: {n:,} images in {classes} classes are too few to split into training, validation and test "
              "sets. Add images (at least {recommended} per class is a good start).",
        "ko": "거부됨: {classes}개 클래스의 이미지 {n:,}장은 훈련·검증 세트·테스트 세트로 나누기에 너무 적습니다. "
              "이미지를 더 넣으세요 (클래스마다 {recommended}장 이상이면 좋습니다).",
    },
    # warnings
    "userdata.warn_few_images": {
        "en": "Class “{cls}” has only {n} images; with fewer than about {recommended} the network can hardly learn "
              "it, and its test accuracy rests on one or two images.",
        "ko": "클래스 “{cls}”의 이미지가 {n}장뿐입니다. 약 {recommended}장보다 적으면 신경망이 배우기 어렵고, "
              "테스트 정확도도 한두 장에 좌우됩니다.",
    },
    "userdata.warn_imbalance": {
        "en": "Imbalanced classes: “{big}” has {n_big:,} images, “{small}” only {n_small:,} ({ratio:.1f}×). The "
              "network may learn to favour “{big}”; look at the confusion matrix, not only the accuracy.",
        "ko": "클래스 불균형: “{big}” 클래스는 {n_big:,}장, “{small}” 클래스는 {n_small:,}장뿐입니다 ({ratio:.1f}배). "
              "신경망이 “{big}” 쪽으로 치우칠 수 있으니 정확도만 보지 말고 오차 행렬도 확인하세요.",
    },
    # stored datasets
    "userdata.missing_file": {"en": "{file} is missing", "ko": "{file} 파일이 없음"},
    "userdata.damaged": {
        "en": "This dataset folder is damaged: {reason}",
        "ko": "이 데이터셋 폴더가 손상되었습니다: {reason}",
    },
    "userdata.cannot_load": {
        "en": "Cannot load the dataset in {folder}: {reason}",
        "ko": "{folder}의 데이터셋을 불러올 수 없습니다: {reason}",
    },
    "userdata.cannot_store": {
        "en": "Cannot store the dataset in {folder}: no free folder name.",
        "ko": "{folder}에 데이터셋을 저장할 수 없습니다: 쓸 수 있는 폴더 이름이 없습니다.",
    },
    "userdata.unknown_dataset": {
        "en": "There is no dataset “{id}” here.",
        "ko": "여기에 “{id}” 데이터셋이 없습니다.",
    },
    "userdata.needs_path": {
        "en": "A user dataset needs data_path: the folder of the dataset.",
        "ko": "사용자 데이터셋에는 data_path(데이터셋 폴더)가 필요합니다.",
    },
    "userdata.not_usable_image": {
        "en": "This image cannot be used: {reason}",
        "ko": "이 이미지는 쓸 수 없습니다: {reason}",
    },
    # figures
    "userdata.fig_counts_title": {"en": "Images per class", "ko": "클래스별 이미지 수"},
    "userdata.fig_counts_x": {"en": "class", "ko": "클래스"},
    "userdata.fig_counts_y": {"en": "images", "ko": "이미지 수"},
    "userdata.fig_counts_line": {
        "en": "about {n} images per class at least",
        "ko": "클래스마다 최소 약 {n}장",
    },
    "userdata.fig_counts_hover": {"en": "{cls}: {n} images", "ko": "{cls}: 이미지 {n}장"},
    "userdata.fig_preview_title": {
        "en": "The first {n} images of each class, as the network will see them ({shape})",
        "ko": "클래스마다 처음 {n}장, 신경망이 보게 될 모습 ({shape})",
    },
    # the CLI
    "userdata.cli_imported": {
        "en": "Imported “{name}”: {n:,} images of {shape} in {classes} classes, stored in {path}",
        "ko": "“{name}” 가져오기 완료: {classes}개 클래스, {shape} 이미지 {n:,}장, 저장 위치 {path}",
    },
    "userdata.cli_warning": {"en": "warning: {text}", "ko": "주의: {text}"},
}
