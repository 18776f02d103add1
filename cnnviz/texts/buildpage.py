"""Texts of the Build page (pages/build/build.py and pages/build/build_form.py): the layer editor, presets, input shape,
totals, the summary table and the import / export / code / share tabs."""

TEXTS = {
    # ---- the page
    "buildpage.title": {"en": "Build a network", "ko": "네트워크 만들기"},
    "buildpage.intro": {
        "en": "Pick a preset or stack your own layers. Every change updates the shapes, parameters and formulas "
              "below, counted exactly as Keras counts them. Hover any setting to learn what it does.",
        "ko": "프리셋을 고르거나 층을 직접 쌓아 보세요. 무엇을 바꾸든 아래의 출력 크기, 파라미터 수, 공식이 바로 "
              "바뀌고, Keras가 세는 방식 그대로 셉니다. 설정 위에 마우스를 올리면 그 설정이 하는 일을 볼 수 있습니다.",
    },
    "buildpage.layers": {"en": "Layers", "ko": "층"},
    "buildpage.summary": {"en": "Summary", "ko": "요약"},

    # ---- tabs under the table
    "buildpage.tab_import": {"en": "Import JSON", "ko": "JSON 가져오기"},
    "buildpage.tab_export": {"en": "Export JSON", "ko": "JSON 내보내기"},
    "buildpage.tab_code": {"en": "Keras code", "ko": "Keras 코드"},
    "buildpage.tab_share": {"en": "Share a link", "ko": "링크로 공유하기"},

    # ---- preset and input shape
    "buildpage.preset": {"en": "Preset", "ko": "프리셋"},
    "buildpage.preset_differs": {
        "en": ":orange[The layers below differ from this preset (edited, imported or opened from a link).]",
        "ko": ":orange[아래 층들은 이 프리셋과 다릅니다 (직접 고쳤거나, 가져왔거나, 링크로 열었습니다).]",
    },
    "buildpage.reset_preset": {"en": "Reset to this preset", "ko": "이 프리셋으로 되돌리기"},
    "buildpage.reset_preset_help": {
        "en": "Throw away your edits and load the preset shown above again.",
        "ko": "고친 내용을 버리고 위에 보이는 프리셋을 다시 불러옵니다.",
    },
    "buildpage.input_height": {"en": "Input height", "ko": "입력 높이"},
    "buildpage.input_width": {"en": "Input width", "ko": "입력 너비"},
    "buildpage.channels": {"en": "Channels", "ko": "채널 수"},
    "buildpage.channels_gray": {"en": "1 (grayscale)", "ko": "1 (흑백)"},
    "buildpage.channels_colour": {"en": "3 (colour)", "ko": "3 (컬러)"},

    # ---- problems
    "buildpage.cannot_build": {
        "en": "**This network cannot be built yet.** The rest of the table is provisional (an invalid layer passes "
              "its input on unchanged):\n{items}",
        "ko": "**이 네트워크는 아직 만들 수 없습니다.** 표의 나머지는 임시 값입니다 (잘못된 층은 입력을 바꾸지 않고 "
              "그대로 넘깁니다):\n{items}",
    },
    "buildpage.kept_previous": {
        "en": "{reason} (kept the previous settings)",
        "ko": "{reason} (이전 설정을 그대로 두었습니다)",
    },

    # ---- totals
    "buildpage.total_params": {"en": "Total params", "ko": "전체 파라미터"},
    "buildpage.total_params_help": {
        "en": "Every weight and bias of the network: the sum of the Params column.",
        "ko": "네트워크의 모든 가중치와 편향입니다. 파라미터 열을 모두 더한 값입니다.",
    },
    "buildpage.trainable_params": {"en": "Trainable params", "ko": "학습되는 파라미터"},
    "buildpage.trainable_params_help": {
        "en": "The numbers the optimizer updates during training.",
        "ko": "학습하는 동안 옵티마이저가 업데이트하는 값들입니다.",
    },
    "buildpage.non_trainable_params": {"en": "Non-trainable params", "ko": "학습되지 않는 파라미터"},
    "buildpage.non_trainable_params_help": {
        "en": "BatchNormalization's moving mean and variance: updated from batch statistics, not by gradients.",
        "ko": "BatchNormalization의 이동 평균과 이동 분산입니다. 그래디언트가 아니라 배치의 통계로 업데이트됩니다.",
    },
    "buildpage.flops": {"en": "Multiply-adds / image", "ko": "곱셈-덧셈 / 이미지"},
    "buildpage.flops_help": {
        "en": "Work for one forward pass: one multiply-add per weight use (a conv weight is used at every output "
              "position).",
        "ko": "순전파 한 번에 드는 계산량입니다. 가중치를 한 번 쓸 때마다 곱셈-덧셈 하나로 셉니다 (합성곱 가중치는 "
              "출력의 모든 위치에서 쓰입니다).",
    },
    "buildpage.activation_memory": {"en": "Activation memory / image", "ko": "활성화 메모리 / 이미지"},
    "buildpage.activation_memory_help": {
        "en": "Memory of all layer outputs for one image (float32, input included); multiply by the batch size for "
              "training.",
        "ko": "이미지 한 장에 대한 모든 층 출력의 메모리입니다 (float32, 입력 포함). 학습할 때는 배치 크기를 곱하세요.",
    },
    "buildpage.training_memory": {"en": "Training memory (batch 32, Adam)", "ko": "학습 메모리 (배치 32, Adam)"},
    "buildpage.training_memory_help": {
        "en": "What training this network takes on top of TensorFlow itself and the images: the weights, a gradient "
              "for each, Adam's two moving averages per weight, and every layer's outputs and their gradients for a "
              "batch of 32 ({breakdown}). The Train page checks the full amount, with your batch size, optimizer and "
              "dataset, against what a training worker may use.",
        "ko": "TensorFlow 자체와 이미지 말고 이 네트워크를 학습하는 데 드는 메모리입니다. "
              "가중치, 가중치마다 그래디언트 하나, 가중치마다 Adam의 이동 평균 두 개, "
              "그리고 배치 32개에 대한 모든 층의 출력과 그 그래디언트입니다 ({breakdown}). "
              "학습 페이지에서 여러분의 배치 크기, 옵티마이저, 데이터셋으로 계산한 전체 양을 "
              "학습 워커가 쓸 수 있는 양과 비교합니다.",
    },

    # ---- the summary table (column headers)
    "buildpage.col_params": {"en": "Params", "ko": "파라미터"},
    "buildpage.col_param_formula": {"en": "Param formula", "ko": "파라미터 공식"},
    "buildpage.col_shape_formula": {"en": "Shape formula", "ko": "크기 공식"},
    "buildpage.col_trainable": {"en": "Trainable", "ko": "학습됨"},
    "buildpage.col_non_trainable": {"en": "Non-trainable", "ko": "학습 안 됨"},
    "buildpage.col_problem": {"en": "Problem", "ko": "문제"},
    "buildpage.table_caption": {
        "en": "**Param formula**: how Keras counts the layer's weights and biases. **Shape formula**: how the output "
              "height and width follow from the input. **FLOPs**: multiply-adds for one image.",
        "ko": "**파라미터 공식**: Keras가 그 층의 가중치와 편향을 세는 방법. **크기 공식**: 입력에서 출력의 높이와 "
              "너비가 나오는 방법. **FLOPs**: 이미지 한 장에 대한 곱셈-덧셈 수.",
    },

    # ---- the layer editor
    "buildpage.layer_invalid": {"en": "invalid", "ko": "잘못됨"},
    "buildpage.layer_shape_params": {"en": "→ {shape} · {params} params", "ko": "→ {shape} · 파라미터 {params}개"},
    "buildpage.layer_output": {"en": "Output {shape} · params {formula}", "ko": "출력 {shape} · 파라미터 {formula}"},
    "buildpage.layer_shape_formula": {"en": " · shape {formula}", "ko": " · 크기 {formula}"},
    "buildpage.filters": {"en": "Filters", "ko": "필터 수 (filters)"},
    "buildpage.kernel_height": {"en": "Kernel height", "ko": "커널 높이"},
    "buildpage.kernel_width": {"en": "Kernel width", "ko": "커널 너비"},
    "buildpage.stride_down": {"en": "Stride (down)", "ko": "스트라이드 (세로)"},
    "buildpage.stride_across": {"en": "Stride (across)", "ko": "스트라이드 (가로)"},
    "buildpage.activation": {"en": "Activation", "ko": "활성화 함수"},
    "buildpage.use_bias": {"en": "Use bias", "ko": "편향 사용 (use_bias)"},
    "buildpage.pool_height": {"en": "Pool height", "ko": "풀링 높이"},
    "buildpage.pool_width": {"en": "Pool width", "ko": "풀링 너비"},
    "buildpage.pool_stride_placeholder": {"en": "= pool", "ko": "= 풀링 크기"},
    "buildpage.units": {"en": "Units", "ko": "유닛 수 (units)"},
    "buildpage.rate": {"en": "Rate", "ko": "드롭아웃 비율 (rate)"},
    "buildpage.up": {"en": "Up", "ko": "위로"},
    "buildpage.up_help": {"en": "Move this layer one place earlier.", "ko": "이 층을 한 칸 앞으로 옮깁니다."},
    "buildpage.down": {"en": "Down", "ko": "아래로"},
    "buildpage.down_help": {"en": "Move this layer one place later.", "ko": "이 층을 한 칸 뒤로 옮깁니다."},
    "buildpage.remove": {"en": "Remove", "ko": "삭제"},
    "buildpage.remove_help": {"en": "Delete this layer.", "ko": "이 층을 지웁니다."},
    "buildpage.new_layer": {"en": "New layer", "ko": "새 층"},
    "buildpage.new_layer_help": {
        "en": "The kind of layer to insert; hover a layer's settings to learn what they do.",
        "ko": "넣을 층의 종류입니다. 층의 설정 위에 마우스를 올리면 그 설정이 하는 일을 볼 수 있습니다.",
    },
    "buildpage.insert": {"en": "Insert", "ko": "넣을 위치"},
    "buildpage.insert_help": {"en": "Where the new layer goes in the stack.", "ko": "새 층이 쌓일 자리입니다."},
    "buildpage.at_end": {"en": "at the end", "ko": "맨 끝에"},
    "buildpage.at_start": {"en": "at the start", "ko": "맨 앞에"},
    "buildpage.after": {"en": "after {position}. {name}", "ko": "{position}. {name} 다음에"},
    "buildpage.add_layer": {"en": "Add layer", "ko": "층 추가"},

    # ---- links
    "buildpage.no_preset": {
        "en": "there is no preset called {name!r}; known: {known}",
        "ko": "{name!r}라는 프리셋은 없습니다. 있는 프리셋: {known}",
    },
    "buildpage.link_error": {
        "en": "This link's network could not be opened: {reason}. Showing your current network instead.",
        "ko": "이 링크의 네트워크를 열 수 없습니다: {reason}. 대신 지금 네트워크를 보여 줍니다.",
    },

    # ---- import / export / code / share
    "buildpage.upload_json": {"en": "Upload an architecture JSON file", "ko": "구조 JSON 파일 올리기"},
    "buildpage.upload_json_help": {
        "en": "The format of the export, at most 256 KB: {example}",
        "ko": "내보내기와 같은 형식이며 최대 256 KB입니다: {example}",
    },
    "buildpage.paste_json": {"en": "…or paste JSON", "ko": "…또는 JSON 붙여넣기"},
    "buildpage.import_pasted": {"en": "Import pasted JSON", "ko": "붙여넣은 JSON 가져오기"},
    "buildpage.pasted_source": {"en": "the pasted JSON", "ko": "붙여넣은 JSON"},
    "buildpage.import_failed": {
        "en": "Could not import {source}: {reason}. Kept the current architecture.",
        "ko": "{source}에서 가져오지 못했습니다: {reason}. 지금 구조를 그대로 두었습니다.",
    },
    "buildpage.imported": {"en": "Imported {source}: {n} layers.", "ko": "{source}에서 가져왔습니다: 층 {n}개."},
    "buildpage.download_json": {"en": "Download architecture JSON", "ko": "구조 JSON 내려받기"},
    "buildpage.layer_pages": {
        "en": "Layers shown ({n} in all; the table below shows the same ones)",
        "ko": "보이는 층 (모두 {n}개, 아래 표도 같은 층을 보여 줍니다)",
    },
    "buildpage.link_too_long": {
        "en": "This network is too big for a link ({n:,} characters; a link holds at most {limit:,}). Download its "
              "JSON on the Export JSON tab and share the file instead.",
        "ko": "이 네트워크는 링크에 담기에 너무 큽니다 ({n:,}자, 링크에는 최대 {limit:,}자). "
              "JSON 내보내기 탭에서 JSON을 내려받아 파일로 공유하세요.",
    },
    "buildpage.share_intro": {
        "en": "Send this link to open exactly this network in another browser (for example your students'): the "
              "layers travel in the link itself, nothing is stored on the server.",
        "ko": "이 링크를 보내면 다른 브라우저(예를 들어 학생들의 브라우저)에서 이 네트워크를 똑같이 열 수 있습니다. "
              "층 정보는 링크 안에 들어 있고, 서버에는 아무것도 저장되지 않습니다.",
    },
    "buildpage.fix_first": {
        "en": "Fix the problems above first: the script has to build the network.",
        "ko": "먼저 위의 문제를 고치세요. 스크립트가 네트워크를 만들 수 있어야 합니다.",
    },
    "buildpage.download_script": {"en": "Download Keras script", "ko": "Keras 스크립트 내려받기"},
}
