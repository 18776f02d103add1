"""Texts only My data, Build, Train, Runs, Compare and Class say, in English and Korean.

Registered with the one catalog (cnnviz.i18n.add_texts) by pages.common.texts.register when
pages.common is imported."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # ---- from the former cnnviz/texts/buildpage.py
    # ---- the page
    "build.buildpage.title": {"en": "Build a network", "ko": "네트워크 만들기"},
    "build.buildpage.intro": {
        "en": "Pick a preset or stack your own layers. Every change updates the shapes, parameters and formulas "
              "below, counted exactly as Keras counts them. Hover any setting to learn what it does.",
        "ko": "프리셋을 고르거나 층을 직접 쌓아 보세요. 무엇을 바꾸든 아래의 출력 크기, 파라미터 수, 공식이 바로 "
              "바뀌고, Keras가 세는 방식 그대로 셉니다. 설정 위에 마우스를 올리면 그 설정이 하는 일을 볼 수 있습니다.",
    },
    "build.buildpage.layers": {"en": "Layers", "ko": "층"},
    "build.buildpage.summary": {"en": "Summary", "ko": "요약"},

    # ---- tabs under the table
    "build.buildpage.tab_import": {"en": "Import JSON", "ko": "JSON 가져오기"},
    "build.buildpage.tab_export": {"en": "Export JSON", "ko": "JSON 내보내기"},
    "build.buildpage.tab_code": {"en": "Keras code", "ko": "Keras 코드"},
    "build.buildpage.tab_share": {"en": "Share a link", "ko": "링크로 공유하기"},

    # ---- preset and input shape
    "build.buildpage.preset": {"en": "Preset", "ko": "프리셋"},
    "build.buildpage.preset_differs": {
        "en": ":orange[The layers below differ from this preset (edited, imported or opened from a link).]",
        "ko": ":orange[아래 층들은 이 프리셋과 다릅니다 (직접 고쳤거나, 가져왔거나, 링크로 열었습니다).]",
    },
    "build.buildpage.reset_preset": {"en": "Reset to this preset", "ko": "이 프리셋으로 되돌리기"},
    "build.buildpage.reset_preset_help": {
        "en": "Throw away your edits and load the preset shown above again.",
        "ko": "고친 내용을 버리고 위에 보이는 프리셋을 다시 불러옵니다.",
    },
    "build.buildpage.input_height": {"en": "Input height", "ko": "입력 높이"},
    "build.buildpage.input_width": {"en": "Input width", "ko": "입력 너비"},
    "build.buildpage.channels": {"en": "Channels", "ko": "채널 수"},
    "build.buildpage.channels_gray": {"en": "1 (grayscale)", "ko": "1 (흑백)"},
    "build.buildpage.channels_colour": {"en": "3 (colour)", "ko": "3 (컬러)"},

    # ---- problems
    "build.buildpage.cannot_build": {
        "en": "**This network cannot be built yet.** The rest of the table is provisional (an invalid layer passes "
              "its input on unchanged):\n{items}",
        "ko": "**이 네트워크는 아직 만들 수 없습니다.** 표의 나머지는 임시 값입니다 (잘못된 층은 입력을 바꾸지 않고 "
              "그대로 넘깁니다):\n{items}",
    },
    "build.buildpage.kept_previous": {
        "en": "{reason} (kept the previous settings)",
        "ko": "{reason} (이전 설정을 그대로 두었습니다)",
    },

    # ---- totals
    "build.buildpage.total_params": {"en": "Total params", "ko": "전체 파라미터"},
    "build.buildpage.total_params_help": {
        "en": "Every weight and bias of the network: the sum of the Params column.",
        "ko": "네트워크의 모든 가중치와 편향입니다. 파라미터 열을 모두 더한 값입니다.",
    },
    "build.buildpage.trainable_params": {"en": "Trainable params", "ko": "학습되는 파라미터"},
    "build.buildpage.trainable_params_help": {
        "en": "The numbers the optimizer updates during training.",
        "ko": "학습하는 동안 옵티마이저가 업데이트하는 값들입니다.",
    },
    "build.buildpage.non_trainable_params": {"en": "Non-trainable params", "ko": "학습되지 않는 파라미터"},
    "build.buildpage.non_trainable_params_help": {
        "en": "BatchNormalization's moving mean and variance: updated from batch statistics, not by gradients.",
        "ko": "BatchNormalization의 이동 평균과 이동 분산입니다. 그래디언트가 아니라 배치의 통계로 업데이트됩니다.",
    },
    "build.buildpage.flops": {"en": "Multiply-adds / image", "ko": "곱셈-덧셈 / 이미지"},
    "build.buildpage.flops_help": {
        "en": "Work for one forward pass: one multiply-add per weight use (a conv weight is used at every output "
              "position).",
        "ko": "순전파 한 번에 드는 계산량입니다. 가중치를 한 번 쓸 때마다 곱셈-덧셈 하나로 셉니다 (합성곱 가중치는 "
              "출력의 모든 위치에서 쓰입니다).",
    },
    "build.buildpage.activation_memory": {"en": "Activation memory / image", "ko": "활성화 메모리 / 이미지"},
    "build.buildpage.activation_memory_help": {
        "en": "Memory of all layer outputs for one image (float32, input included); multiply by the batch size for "
              "training.",
        "ko": "이미지 한 장에 대한 모든 층 출력의 메모리입니다 (float32, 입력 포함). 학습할 때는 배치 크기를 곱하세요.",
    },
    "build.buildpage.training_memory": {"en": "Training memory (batch 32, Adam)", "ko": "학습 메모리 (배치 32, Adam)"},
    "build.buildpage.training_memory_help": {
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
    "build.buildpage.col_params": {"en": "Params", "ko": "파라미터"},
    "build.buildpage.col_param_formula": {"en": "Param formula", "ko": "파라미터 공식"},
    "build.buildpage.col_shape_formula": {"en": "Shape formula", "ko": "크기 공식"},
    "build.buildpage.col_trainable": {"en": "Trainable", "ko": "학습됨"},
    "build.buildpage.col_non_trainable": {"en": "Non-trainable", "ko": "학습 안 됨"},
    "build.buildpage.col_problem": {"en": "Problem", "ko": "문제"},
    "build.buildpage.table_caption": {
        "en": "**Param formula**: how Keras counts the layer's weights and biases. **Shape formula**: how the output "
              "height and width follow from the input. **FLOPs**: multiply-adds for one image.",
        "ko": "**파라미터 공식**: Keras가 그 층의 가중치와 편향을 세는 방법. **크기 공식**: 입력에서 출력의 높이와 "
              "너비가 나오는 방법. **FLOPs**: 이미지 한 장에 대한 곱셈-덧셈 수.",
    },

    # ---- the layer editor
    "build.buildpage.layer_invalid": {"en": "invalid", "ko": "잘못됨"},
    "build.buildpage.layer_shape_params": {"en": "→ {shape} · {params} params",
                                           "ko": "→ {shape} · 파라미터 {params}개"},
    "build.buildpage.layer_output": {"en": "Output {shape} · params {formula}",
                                     "ko": "출력 {shape} · 파라미터 {formula}"},
    "build.buildpage.layer_shape_formula": {"en": " · shape {formula}", "ko": " · 크기 {formula}"},
    "build.buildpage.filters": {"en": "Filters", "ko": "필터 수 (filters)"},
    "build.buildpage.kernel_height": {"en": "Kernel height", "ko": "커널 높이"},
    "build.buildpage.kernel_width": {"en": "Kernel width", "ko": "커널 너비"},
    "build.buildpage.stride_down": {"en": "Stride (down)", "ko": "스트라이드 (세로)"},
    "build.buildpage.stride_across": {"en": "Stride (across)", "ko": "스트라이드 (가로)"},
    "build.buildpage.activation": {"en": "Activation", "ko": "활성화 함수"},
    "build.buildpage.use_bias": {"en": "Use bias", "ko": "편향 사용 (use_bias)"},
    "build.buildpage.pool_height": {"en": "Pool height", "ko": "풀링 높이"},
    "build.buildpage.pool_width": {"en": "Pool width", "ko": "풀링 너비"},
    "build.buildpage.pool_stride_placeholder": {"en": "= pool", "ko": "= 풀링 크기"},
    "build.buildpage.units": {"en": "Units", "ko": "유닛 수 (units)"},
    "build.buildpage.rate": {"en": "Rate", "ko": "드롭아웃 비율 (rate)"},
    "build.buildpage.up": {"en": "Up", "ko": "위로"},
    "build.buildpage.up_help": {"en": "Move this layer one place earlier.", "ko": "이 층을 한 칸 앞으로 옮깁니다."},
    "build.buildpage.down": {"en": "Down", "ko": "아래로"},
    "build.buildpage.down_help": {"en": "Move this layer one place later.", "ko": "이 층을 한 칸 뒤로 옮깁니다."},
    "build.buildpage.remove": {"en": "Remove", "ko": "삭제"},
    "build.buildpage.remove_help": {"en": "Delete this layer.", "ko": "이 층을 지웁니다."},
    "build.buildpage.new_layer": {"en": "New layer", "ko": "새 층"},
    "build.buildpage.new_layer_help": {
        "en": "The kind of layer to insert; hover a layer's settings to learn what they do.",
        "ko": "넣을 층의 종류입니다. 층의 설정 위에 마우스를 올리면 그 설정이 하는 일을 볼 수 있습니다.",
    },
    "build.buildpage.insert": {"en": "Insert", "ko": "넣을 위치"},
    "build.buildpage.insert_help": {"en": "Where the new layer goes in the stack.", "ko": "새 층이 쌓일 자리입니다."},
    "build.buildpage.at_end": {"en": "at the end", "ko": "맨 끝에"},
    "build.buildpage.at_start": {"en": "at the start", "ko": "맨 앞에"},
    "build.buildpage.after": {"en": "after {position}. {name}", "ko": "{position}. {name} 다음에"},
    "build.buildpage.add_layer": {"en": "Add layer", "ko": "층 추가"},

    # ---- links
    "build.buildpage.no_preset": {
        "en": "there is no preset called {name!r}; known: {known}",
        "ko": "{name!r}라는 프리셋은 없습니다. 있는 프리셋: {known}",
    },
    "build.buildpage.link_error": {
        "en": "This link's network could not be opened: {reason}. Showing your current network instead.",
        "ko": "이 링크의 네트워크를 열 수 없습니다: {reason}. 대신 지금 네트워크를 보여 줍니다.",
    },

    # ---- import / export / code / share
    "build.buildpage.upload_json": {"en": "Upload an architecture JSON file", "ko": "구조 JSON 파일 올리기"},
    "build.buildpage.upload_json_help": {
        "en": "The format of the export, at most 256 KB: {example}",
        "ko": "내보내기와 같은 형식이며 최대 256 KB입니다: {example}",
    },
    "build.buildpage.paste_json": {"en": "…or paste JSON", "ko": "…또는 JSON 붙여넣기"},
    "build.buildpage.import_pasted": {"en": "Import pasted JSON", "ko": "붙여넣은 JSON 가져오기"},
    "build.buildpage.pasted_source": {"en": "the pasted JSON", "ko": "붙여넣은 JSON"},
    "build.buildpage.import_failed": {
        "en": "Could not import {source}: {reason}. Kept the current architecture.",
        "ko": "{source}에서 가져오지 못했습니다: {reason}. 지금 구조를 그대로 두었습니다.",
    },
    "build.buildpage.imported": {"en": "Imported {source}: {n} layers.", "ko": "{source}에서 가져왔습니다: 층 {n}개."},
    "build.buildpage.download_json": {"en": "Download architecture JSON", "ko": "구조 JSON 내려받기"},
    "build.buildpage.layer_pages": {
        "en": "Layers shown ({n} in all; the table below shows the same ones)",
        "ko": "보이는 층 (모두 {n}개, 아래 표도 같은 층을 보여 줍니다)",
    },
    "build.buildpage.link_too_long": {
        "en": "This network is too big for a link ({n:,} characters; a link holds at most {limit:,}). Download its "
              "JSON on the Export JSON tab and share the file instead.",
        "ko": "이 네트워크는 링크에 담기에 너무 큽니다 ({n:,}자, 링크에는 최대 {limit:,}자). "
              "JSON 내보내기 탭에서 JSON을 내려받아 파일로 공유하세요.",
    },
    "build.buildpage.share_intro": {
        "en": "Send this link to open exactly this network in another browser (for example your students'): the "
              "layers travel in the link itself, nothing is stored on the server.",
        "ko": "이 링크를 보내면 다른 브라우저(예를 들어 학생들의 브라우저)에서 이 네트워크를 똑같이 열 수 있습니다. "
              "층 정보는 링크 안에 들어 있고, 서버에는 아무것도 저장되지 않습니다.",
    },
    "build.buildpage.fix_first": {
        "en": "Fix the problems above first: the script has to build the network.",
        "ko": "먼저 위의 문제를 고치세요. 스크립트가 네트워크를 만들 수 있어야 합니다.",
    },
    "build.buildpage.download_script": {"en": "Download Keras script", "ko": "Keras 스크립트 내려받기"},
    # ---- from the former cnnviz/texts/class_page.py
    "build.class.only_in_class_mode": {
        "en": "This page is for class mode (`CNNVIZ_CLASS_MODE=1`), where every student has a private workspace. In "
              "local mode all runs are on the Runs page.",
        "ko": "이 페이지는 수업 모드(`CNNVIZ_CLASS_MODE=1`)용입니다. 수업 모드에서는 학생마다 개인 작업 공간이 "
              "있습니다. 로컬 모드에서는 모든 실행이 훈련 기록 페이지에 있습니다.",
    },
    "build.class.no_secret": {
        "en": "No teacher secret is set, so the Class page stays closed. Set `CNNVIZ_TEACHER_SECRET` (or "
              "`teacher_secret` under `[cnnviz]` in `.streamlit/secrets.toml`) and restart the server.",
        "ko": "교사 비밀번호가 설정되지 않아 수업 페이지가 닫혀 있습니다. `CNNVIZ_TEACHER_SECRET`을 설정하거나 "
              "`.streamlit/secrets.toml`의 `[cnnviz]` 아래에 `teacher_secret`을 적은 뒤 서버를 다시 시작하세요.",
    },
    "build.class.secret": {"en": "Teacher secret", "ko": "교사 비밀번호"},
    "build.class.secret_help": {
        "en": "The secret the server was started with. It opens every student's runs.",
        "ko": "서버를 시작할 때 정한 비밀번호입니다. 모든 학생의 훈련 기록을 열 수 있습니다.",
    },
    "build.class.open": {"en": "Open", "ko": "열기"},
    "build.class.wrong_secret": {"en": "That is not the teacher secret.", "ko": "교사 비밀번호가 아닙니다."},
    "build.class.student": {"en": "student {id}", "ko": "학생 {id}"},
    "build.class.student_named": {"en": "{name} ({id})", "ko": "{name} ({id})"},
    "build.class.wrong_secret_wait": {
        "en": "That is not the teacher secret. After wrong tries each answer takes longer ({seconds:.0f} s now).",
        "ko": "교사 비밀번호가 아닙니다. 틀릴수록 답이 늦어집니다 (지금은 {seconds:.0f}초).",
    },
    "build.class.workspaces": {"en": "Workspaces", "ko": "작업 공간"},
    "build.class.runs": {"en": "Runs", "ko": "실행"},
    "build.class.training_now": {"en": "Training now", "ko": "훈련 중"},
    "build.class.waiting": {"en": "Waiting in the queue", "ko": "대기 중"},
    "build.class.queue": {"en": "The queue", "ko": "대기열"},
    "build.class.queue_empty": {"en": "No job is queued or training.",
                                "ko": "대기 중이거나 훈련 중인 작업이 없습니다."},
    "build.class.queue_line": {
        "en": "**{name}** · {student} · {status} · {dataset} · {params:,} params",
        "ko": "**{name}** · {student} · {status} · {dataset} · 파라미터 {params:,}개",
    },
    "build.class.stop": {"en": "Stop", "ko": "중지"},
    "build.class.every_run": {"en": "Every run", "ko": "모든 실행"},
    "build.class.col_student": {"en": "student", "ko": "학생"},
    "build.class.col_name": {"en": "name", "ko": "이름"},
    "build.class.col_status": {"en": "status", "ko": "상태"},
    "build.class.col_dataset": {"en": "dataset", "ko": "데이터셋"},
    "build.class.col_params": {"en": "params", "ko": "파라미터"},
    "build.class.col_test_acc": {"en": "test acc", "ko": "테스트 정확도"},
    "build.class.col_created": {"en": "created", "ko": "만든 시각"},
    "build.class.delete": {"en": "Delete {name}", "ko": "{name} 삭제"},
    "build.class.delete_help": {
        "en": "Deletes the run folder of this student's run (stop it first if it trains).",
        "ko": "이 학생의 실행 폴더를 삭제합니다 (훈련 중이면 먼저 중지하세요).",
    },
    "build.class.leaderboard": {"en": "Leaderboard", "ko": "순위표"},
    "build.class.dataset": {"en": "Dataset", "ko": "데이터셋"},
    "build.class.dataset_help": {
        "en": "Runs are ranked only against runs on the same dataset: a test accuracy on MNIST says nothing about "
              "one on CIFAR-10.",
        "ko": "같은 데이터셋으로 훈련한 실행끼리만 순위를 매깁니다. MNIST의 테스트 정확도와 CIFAR-10의 테스트 "
              "정확도는 비교할 수 없기 때문입니다.",
    },
    # ---- from the former cnnviz/texts/comparepages.py
    # ---- Compare page: picking runs
    "build.comparepages.title": {"en": "Compare runs", "ko": "실행 비교"},
    "build.comparepages.intro": {
        "en": "Pick two or more runs: their architectures and settings side by side, their learning curves on one "
              "chart, and whether one is really better than another on the same test images.",
        "ko": "실행을 두 개 이상 고르세요. 모델 구조와 설정을 나란히 보고, 학습 곡선을 한 차트에 겹쳐 보고, 같은 "
              "테스트 이미지에서 한쪽이 정말 더 나은지 확인합니다.",
    },
    "build.comparepages.pick.no_runs": {
        "en": "There are no runs yet. Train some on the Train page (its \"Try several values\" trains a whole "
              "sweep); meanwhile you can diff two presets' architectures below.",
        "ko": "아직 실행이 없습니다. Train 페이지에서 학습해 보세요 (\"여러 값 시도\"로 한 번에 여러 실행을 학습할 수 "
              "있습니다). 그동안 아래에서 프리셋 두 개의 모델 구조를 비교할 수 있습니다.",
    },
    "build.comparepages.pick.group": {"en": "Open a sweep", "ko": "여러 값 시도 열기"},
    "build.comparepages.pick.group_help": {
        "en": "A sweep is a group of runs that differ in one setting only (\"Try several values\" on the Train "
              "page). Opening it picks all its runs, in the order of the values; the legends then show the value.",
        "ko": "여러 값 시도는 설정 하나만 다른 실행들의 묶음입니다 (Train 페이지의 \"여러 값 시도\"). 열면 그 실행이 "
              "값 순서대로 모두 선택되고, 범례에는 그 값이 표시됩니다.",
    },
    "build.comparepages.pick.no_group": {"en": "— no sweep —", "ko": "— 선택 안 함 —"},
    "build.comparepages.pick.group_label": {"en": "{setting}: {values} ({n} runs, {created})",
                                            "ko": "{setting}: {values} (실행 {n}개, {created})"},
    "build.comparepages.pick.setting_layer": {"en": "{setting} of layer {layer}", "ko": "{layer}번 층의 {setting}"},
    "build.comparepages.pick.runs": {"en": "Runs to compare", "ko": "비교할 실행"},
    "build.comparepages.pick.runs_help": {
        "en": "Two or more of your runs, on any dataset. The first one is the reference the others are tested "
              "against (you can change it below).",
        "ko": "비교할 실행을 두 개 이상 고르세요. 데이터셋은 달라도 됩니다. 첫 번째 실행이 다른 실행을 검정할 기준이 "
              "됩니다 (아래에서 바꿀 수 있습니다).",
    },
    "build.comparepages.pick.placeholder": {"en": "Choose runs", "ko": "실행을 고르세요"},
    "build.comparepages.pick.need_two": {
        "en": "Pick at least two runs to compare their settings, curves and test results.",
        "ko": "설정, 학습 곡선, 테스트 결과를 비교하려면 실행을 두 개 이상 고르세요.",
    },
    "build.comparepages.pick.test_acc": {"en": "test acc {acc:.4f}", "ko": "테스트 정확도 {acc:.4f}"},

    # ---- architecture diff
    "build.comparepages.arch.title": {"en": "Architecture, layer by layer", "ko": "모델 구조, 층별 비교"},
    "build.comparepages.arch.a": {"en": "A (from)", "ko": "A (기준)"},
    "build.comparepages.arch.b": {"en": "B (to)", "ko": "B (비교 대상)"},
    "build.comparepages.arch.a_help": {
        "en": "The architecture to start from: one of the picked runs, or a preset (so two presets can be "
              "compared before training them).",
        "ko": "기준이 될 모델 구조입니다. 고른 실행 중 하나나 프리셋을 고를 수 있습니다 (학습하기 전에 프리셋 두 개를 "
              "비교할 수도 있습니다).",
    },
    "build.comparepages.arch.b_help": {
        "en": "The architecture compared with A: each of its layers is matched with A's, and what changed is "
              "shown as A → B.",
        "ko": "A와 비교할 모델 구조입니다. 층마다 A의 층과 짝을 지어, 바뀐 것을 A → B로 보여 줍니다.",
    },
    "build.comparepages.arch.run_label": {"en": "Run: {name}", "ko": "실행: {name}"},
    "build.comparepages.arch.preset_label": {"en": "Preset: {title}", "ko": "프리셋: {title}"},
    "build.comparepages.arch.sides": {"en": "**A** = {a} → **B** = {b}", "ko": "**A** = {a} → **B** = {b}"},
    "build.comparepages.arch.counts": {
        "en": "{changed} changed, {added} added, {removed} removed, {same} the same.",
        "ko": "바뀐 층 {changed}개, 추가된 층 {added}개, 삭제된 층 {removed}개, 같은 층 {same}개.",
    },
    "build.comparepages.arch.input_changed": {"en": "The input shape differs too.", "ko": "입력 크기도 다릅니다."},
    "build.comparepages.arch.identical": {"en": "The two architectures are identical.",
                                          "ko": "두 모델 구조는 똑같습니다."},
    "build.comparepages.arch.legend": {
        "en": "Yellow: the same kind of layer with other settings (old → new). Green: a layer only B has. Red: a "
              "layer only A has. Blue: the same settings, but another output shape or parameter count, because a "
              "layer above it changed. The totals are below the layers.",
        "ko": "노랑: 같은 종류의 층인데 설정이 다름 (이전 → 새 값). 초록: B에만 있는 층. 빨강: A에만 있는 층. 파랑: "
              "설정은 같지만 위쪽 층이 바뀌어서 출력 크기나 파라미터 수가 달라진 층. 합계는 층 목록 아래에 있습니다.",
    },
    "build.comparepages.arch.unreadable": {"en": "This architecture cannot be read: {reason}",
                                           "ko": "이 모델 구조를 읽을 수 없습니다: {reason}"},
    "build.comparepages.arch.totals_title": {"en": "**Every picked run's size**", "ko": "**고른 실행들의 크기**"},

    # ---- settings diff
    "build.comparepages.settings.title": {"en": "Training settings", "ko": "학습 설정"},
    "build.comparepages.settings.only": {"en": "Only the settings that differ", "ko": "다른 설정만 보기"},
    "build.comparepages.settings.only_help": {
        "en": "A fair comparison changes one thing at a time: here you see what differs between the runs. Turn it "
              "off to see every setting (the ones that differ are highlighted).",
        "ko": "공정한 비교는 한 번에 하나만 바꿉니다. 여기서는 실행 사이에 다른 설정만 보여 줍니다. 끄면 모든 설정이 "
              "보이고, 다른 설정은 강조됩니다.",
    },
    "build.comparepages.settings.none_differ": {
        "en": "The runs were trained with the same settings: any difference comes from the architecture or chance.",
        "ko": "모든 실행이 같은 설정으로 학습되었습니다. 차이가 있다면 모델 구조나 우연 때문입니다.",
    },
    "build.comparepages.settings.highlight": {"en": "Highlighted: the settings that differ.",
                                              "ko": "강조된 줄: 실행마다 다른 설정."},

    # ---- curves
    "build.comparepages.curves.title": {"en": "Learning curves", "ko": "학습 곡선"},
    "build.comparepages.curves.x": {"en": "Horizontal axis", "ko": "가로축"},
    "build.comparepages.curves.x_epoch": {"en": "epoch", "ko": "에포크"},
    "build.comparepages.curves.x_time": {"en": "wall-clock time", "ko": "경과 시간"},
    "build.comparepages.curves.x_help": {
        "en": "By epoch: how much each run learned from the same number of passes over the data. By wall-clock "
              "time: which one gets there sooner (a bigger batch makes fewer, faster steps per epoch).",
        "ko": "에포크 기준: 데이터를 같은 횟수만큼 본 뒤 각 실행이 얼마나 배웠는지. 경과 시간 기준: 어느 쪽이 더 빨리 "
              "도달하는지 (배치가 크면 에포크당 단계가 적고 빨라집니다).",
    },
    "build.comparepages.curves.none": {"en": "None of the picked runs has finished an epoch yet.",
                                       "ko": "고른 실행 중 아직 에포크를 마친 것이 없습니다."},
    "build.comparepages.curves.legend": {
        "en": "One colour per run; solid lines are the training set, dotted lines the validation set. A "
              "validation loss rising while the training loss falls is over-fitting.",
        "ko": "실행마다 색이 하나입니다. 실선은 훈련 세트, 점선은 검증 세트입니다. 훈련 손실은 내려가는데 검증 손실이 "
              "올라가면 과대적합입니다.",
    },
    "build.comparepages.curves.legend_sweep": {
        "en": "One colour per value of the sweep (the legend names it); solid lines are the training set, dotted "
              "lines the validation set. Every run kept the same seed and data split: the swept setting is the "
              "only difference.",
        "ko": "여러 값 시도의 값마다 색이 하나입니다 (범례에 값이 있습니다). 실선은 훈련 세트, 점선은 검증 세트입니다. "
              "모든 실행이 같은 시드와 데이터 분할을 썼으므로 바꾼 설정 하나만 다릅니다.",
    },
    "build.comparepages.curves.tensorboard": {
        "en": "The same runs in TensorBoard, with weight histograms: `tensorboard --logdir {folder}`",
        "ko": "같은 실행을 가중치 히스토그램과 함께 TensorBoard에서 보기: `tensorboard --logdir {folder}`",
    },

    # ---- statistics
    "build.comparepages.stats.title": {"en": "Test accuracy: is the difference real?",
                                       "ko": "테스트 정확도: 차이가 진짜일까?"},
    "build.comparepages.stats.reference": {"en": "Reference run", "ko": "기준 실행"},
    "build.comparepages.stats.reference_help": {
        "en": "Every other run is tested against this one, image by image on the same test set.",
        "ko": "다른 모든 실행을 이 실행과, 같은 테스트 세트의 이미지별로 비교해 검정합니다.",
    },
    "build.comparepages.stats.interval": {"en": "Confidence interval", "ko": "신뢰 구간"},
    "build.comparepages.stats.interval_wilson": {"en": "Wilson", "ko": "윌슨 (Wilson)"},
    "build.comparepages.stats.interval_exact": {"en": "exact (Clopper–Pearson)", "ko": "정확 (클로퍼–피어슨)"},
    "build.comparepages.stats.interval_bootstrap": {"en": "bootstrap", "ko": "부트스트랩"},
    "build.comparepages.stats.interval_help": {
        "en": "A test set is a sample: another 1,000 images would give a slightly different accuracy. The 95% "
              "interval is the range the true accuracy is likely in. Wilson works well at any size; exact "
              "(Clopper–Pearson) is never too narrow, a little wide; bootstrap resamples the test images.",
        "ko": "테스트 세트는 표본입니다. 다른 이미지 1,000장이면 정확도가 조금 달라집니다. 95% 신뢰 구간은 진짜 "
              "정확도가 있을 만한 범위입니다. 윌슨은 어떤 크기에서도 잘 맞고, 정확 (클로퍼–피어슨)은 절대 좁게 나오지 "
              "않는 대신 조금 넓으며, 부트스트랩은 테스트 이미지를 다시 뽑아 봅니다.",
    },
    "build.comparepages.stats.alpha": {"en": "Significance level α", "ko": "유의 수준 α"},
    "build.comparepages.stats.alpha_help": {
        "en": "How much risk of calling a chance difference real you accept: with α = 0.05, one comparison in 20 "
              "of two equally good runs would still come out \"better\".",
        "ko": "우연한 차이를 진짜라고 잘못 말할 위험을 얼마나 받아들일지 정합니다. α = 0.05이면 똑같이 좋은 두 실행을 "
              "20번 비교할 때 1번은 \"더 낫다\"고 나올 수 있습니다.",
    },
    "build.comparepages.stats.holm": {"en": "Holm correction", "ko": "홀름 보정"},
    "build.comparepages.stats.holm_help": {
        "en": "Several runs are each tested against the reference: the more tests, the more likely one looks "
              "significant by chance. Holm's correction raises the p-values so that α holds for all of them "
              "together.",
        "ko": "여러 실행을 각각 기준 실행과 검정하면, 검정이 많을수록 우연히 유의미해 보이는 것이 생기기 쉽습니다. "
              "홀름 보정은 p-값을 높여서 모든 검정을 함께 보아도 α가 지켜지게 합니다.",
    },
    "build.comparepages.stats.no_model": {"en": "No saved model yet (not in the test below): {names}.",
                                          "ko": "아직 저장된 모델이 없습니다 (아래 검정에서 빠짐): {names}."},
    "build.comparepages.stats.predicting_start": {"en": "Predicting the test images…",
                                                  "ko": "테스트 이미지를 예측하는 중…"},
    "build.comparepages.stats.predicting": {"en": "Predicting the test images of {name}: {done:,} / {total:,}",
                                            "ko": "{name}의 테스트 이미지 예측 중: {done:,} / {total:,}"},
    "build.comparepages.stats.cannot_predict": {"en": "{name} cannot be tested here: {reason}",
                                                "ko": "{name}은(는) 여기서 테스트할 수 없습니다: {reason}"},
    "build.comparepages.stats.not_paired": {"en": "Not tested against the reference: {reason}",
                                            "ko": "기준 실행과 검정하지 않았습니다: {reason}"},
    "build.comparepages.stats.nothing_paired": {
        "en": "No other run shares the reference's test images, so no paired test can be made.",
        "ko": "기준 실행과 같은 테스트 이미지를 쓴 실행이 없어서 짝지은 검정을 할 수 없습니다.",
    },
    "build.comparepages.stats.numbers": {"en": "The numbers behind the verdicts", "ko": "결론의 근거가 되는 숫자"},
    "build.comparepages.stats.how": {
        "en": "McNemar's test looks only at the test images exactly one of the two runs gets right: if the "
              "runs were equally good, those would split about evenly. It is paired (same images), so it finds "
              "real differences that overlapping intervals hide.",
        "ko": "맥니마 검정은 두 실행 중 한쪽만 맞힌 테스트 이미지만 봅니다. 두 실행이 똑같이 좋다면 그 이미지는 거의 "
              "반반으로 나뉠 것입니다. 같은 이미지로 짝을 지어 비교하므로, 신뢰 구간이 겹쳐서 안 보이는 진짜 차이도 "
              "찾아냅니다.",
    },

    # ---- confusion matrices
    "build.comparepages.confusion.title": {"en": "Confusion matrices: which classes improved",
                                           "ko": "오차 행렬: 어떤 클래스가 좋아졌나"},
    "build.comparepages.confusion.a": {"en": "Run A", "ko": "실행 A"},
    "build.comparepages.confusion.b": {"en": "Run B", "ko": "실행 B"},
    "build.comparepages.confusion.a_help": {"en": "The run to start from (left matrix).",
                                            "ko": "기준이 되는 실행입니다 (왼쪽 행렬)."},
    "build.comparepages.confusion.b_help": {"en": "The run compared with A (right matrix); the difference is B − A.",
                                            "ko": "A와 비교할 실행입니다 (오른쪽 행렬). 차이는 B − A입니다."},
    "build.comparepages.confusion.same_run": {"en": "Pick two different runs.",
                                              "ko": "서로 다른 실행 두 개를 고르세요."},
    "build.comparepages.confusion.improved": {"en": "**{b} finds more of:** {classes}",
                                              "ko": "**{b}이(가) 더 잘 찾는 클래스:** {classes}"},
    "build.comparepages.confusion.worsened": {"en": "**{b} finds less of:** {classes}",
                                              "ko": "**{b}이(가) 덜 찾는 클래스:** {classes}"},
    "build.comparepages.confusion.how": {
        "en": "Recall of a class: the share of its test images the run classifies correctly. The per-class "
              "p-values in the table are not corrected for the number of classes: read them as hints.",
        "ko": "클래스의 재현율: 그 클래스의 테스트 이미지 중 올바르게 분류한 비율입니다. 표의 클래스별 p-값은 클래스 "
              "수에 대해 보정하지 않았으니 참고로만 보세요.",
    },
    "build.comparepages.confusion.per_class": {"en": "Per class", "ko": "클래스별"},

    # ---- leaderboard
    "build.comparepages.board.title": {"en": "Leaderboard", "ko": "순위표"},
    "build.comparepages.board.dataset": {"en": "Dataset", "ko": "데이터셋"},
    "build.comparepages.board.dataset_help": {
        "en": "Runs are ranked only against runs tested on the same dataset.",
        "ko": "같은 데이터셋에서 테스트한 실행끼리만 순위를 매깁니다.",
    },
    "build.comparepages.board.none": {"en": "No run names its dataset.", "ko": "데이터셋이 기록된 실행이 없습니다."},
    "build.comparepages.board.how": {
        "en": "Sorted by test accuracy; equal accuracies share a rank, the smaller model first. Runs without a "
              "test accuracy (still training, stopped early, failed) come last. Two runs whose intervals overlap "
              "may not really differ: pick them above for a paired test.",
        "ko": "테스트 정확도 순서입니다. 정확도가 같으면 같은 순위이고, 작은 모델이 먼저 나옵니다. 테스트 정확도가 "
              "없는 실행 (학습 중, 일찍 멈춤, 실패)은 맨 뒤에 있습니다. 신뢰 구간이 겹치는 두 실행은 실제로 "
              "다르지 않을 수 있으니, 위에서 골라 짝지은 검정을 해 보세요.",
    },
    "build.comparepages.board.marked": {"en": "Highlighted: the runs picked above.",
                                        "ko": "강조된 줄: 위에서 고른 실행."},

    # ---- Train page: try several values
    "build.comparepages.sweep.toggle": {"en": "Try several values of one setting",
                                        "ko": "설정 하나를 여러 값으로 시도"},
    "build.comparepages.sweep.toggle_help": {
        "en": "Trains one run per value, every other setting as above (the same seed and data split), as one "
              "group: then the Compare page overlays their curves and tests which differences are real.",
        "ko": "값마다 실행을 하나씩 학습합니다. 나머지 설정은 위와 같습니다 (같은 시드와 데이터 분할). 한 묶음으로 "
              "학습한 뒤 Compare 페이지에서 학습 곡선을 겹쳐 보고 어떤 차이가 진짜인지 검정합니다.",
    },
    "build.comparepages.sweep.needs_network": {"en": "Choose a network and a dataset that fit together first.",
                                               "ko": "먼저 서로 맞는 모델과 데이터셋을 고르세요."},
    "build.comparepages.sweep.setting": {"en": "Setting to vary", "ko": "바꿀 설정"},
    "build.comparepages.sweep.setting_help": {
        "en": "The one setting that differs between the runs. Learning rate and batch size change how the weights "
              "are updated; the dropout rate and a convolution's filters change the network; the optimizer "
              "changes the update rule.",
        "ko": "실행마다 다르게 할 설정 하나입니다. 학습률과 배치 크기는 가중치를 업데이트하는 방식을, 드롭아웃 비율과 "
              "합성곱 층의 필터 수는 모델을, 옵티마이저는 업데이트 규칙을 바꿉니다.",
    },
    "build.comparepages.sweep.setting_learning_rate": {"en": "learning rate (learning_rate)",
                                                       "ko": "학습률 (learning_rate)"},
    "build.comparepages.sweep.setting_batch_size": {"en": "batch size (batch_size)", "ko": "배치 크기 (batch_size)"},
    "build.comparepages.sweep.setting_dropout_rate": {"en": "dropout rate of a Dropout layer (rate)",
                                                      "ko": "Dropout 층의 드롭아웃 비율 (rate)"},
    "build.comparepages.sweep.setting_filters": {"en": "filters of a Conv2D layer (filters)",
                                                 "ko": "Conv2D 층의 필터 수 (filters)"},
    "build.comparepages.sweep.setting_optimizer": {"en": "optimizer (optimizer)", "ko": "옵티마이저 (optimizer)"},
    "build.comparepages.sweep.layer": {"en": "Layer", "ko": "층"},
    "build.comparepages.sweep.layer_help": {"en": "Which layer of the network gets the values.",
                                            "ko": "값을 바꿀 모델의 층입니다."},
    "build.comparepages.sweep.layer_label": {"en": "layer {position}: {type} {detail}",
                                             "ko": "{position}번 층: {type} {detail}"},
    "build.comparepages.sweep.values": {"en": "Values", "ko": "값"},
    "build.comparepages.sweep.values_help": {
        "en": "2 to 8 values separated by commas (0.01, 0.001, 0.0001), or a range START..END ×N: 1e-4..1e-2 ×3 "
              "gives 0.0001, 0.001, 0.01 (learning rate, batch size and filters are spaced by equal ratios, the "
              "dropout rate evenly). Optimizers by name: adam, sgd, rmsprop.",
        "ko": "쉼표로 구분한 값 2~8개 (0.01, 0.001, 0.0001), 또는 범위 시작..끝 ×개수: 1e-4..1e-2 ×3은 0.0001, "
              "0.001, 0.01이 됩니다 (학습률, 배치 크기, 필터 수는 같은 비율 간격, 드롭아웃 비율은 같은 간격). "
              "옵티마이저는 이름으로: `adam`, `sgd`, `rmsprop`.",
    },
    "build.comparepages.sweep.col_run": {"en": "run", "ko": "실행"},
    "build.comparepages.sweep.col_value": {"en": "value", "ko": "값"},
    "build.comparepages.sweep.col_params": {"en": "parameters", "ko": "파라미터 수"},
    "build.comparepages.sweep.col_memory": {"en": "training memory", "ko": "학습 메모리"},
    "build.comparepages.sweep.too_big": {"en": "{name} is too big for a training worker: {reason}",
                                         "ko": "{name}은(는) 학습 워커에 비해 너무 큽니다: {reason}"},
    "build.comparepages.sweep.quota_jobs": {
        "en": "This sweep needs {n} jobs, but a workspace may have only {limit} queued or training at once ({active} "
              "now): try fewer values, or wait for your jobs to finish.",
        "ko": "이 시도에는 작업 {n}개가 필요하지만, 작업 공간에서는 한 번에 {limit}개까지만 대기하거나 학습할 수 "
              "있습니다 (지금 {active}개). 값을 줄이거나 작업이 끝나기를 기다리세요.",
    },
    "build.comparepages.sweep.quota_runs": {
        "en": "This sweep makes {n} runs, but a workspace keeps at most {limit} (you have {have}): delete some on "
              "the Runs page.",
        "ko": "이 시도는 실행 {n}개를 만들지만, 작업 공간에는 실행을 최대 {limit}개까지 둘 수 있습니다 "
              "(지금 {have}개). Runs 페이지에서 몇 개를 지우세요.",
    },
    "build.comparepages.sweep.how": {
        "en": "The {n} runs are queued together and train as the machine allows ({at_once} of your jobs at a "
              "time); you can leave this page meanwhile.",
        "ko": "실행 {n}개가 함께 대기열에 들어가고, 컴퓨터 사정에 따라 학습됩니다 (한 번에 내 작업 {at_once}개씩). "
              "그동안 이 페이지를 떠나도 됩니다.",
    },
    "build.comparepages.sweep.start": {"en": "Start sweep ({n} runs)", "ko": "여러 값 시도 시작 (실행 {n}개)"},
    "build.comparepages.sweep.start_help": {
        "en": "Queues one training job per value for the training workers.",
        "ko": "값마다 학습 작업을 하나씩 학습 워커의 대기열에 넣습니다.",
    },
    "build.comparepages.sweep.cannot_start": {"en": "Cannot start the sweep: {reason}",
                                              "ko": "여러 값 시도를 시작할 수 없습니다: {reason}"},

    # ---- Train page: the group's progress
    "build.comparepages.group.title": {"en": "Sweep of {setting}: {n} runs",
                                       "ko": "{setting} 여러 값 시도: 실행 {n}개"},
    "build.comparepages.group.progress": {"en": "{done} of {n} runs done", "ko": "실행 {n}개 중 {done}개 끝남"},
    "build.comparepages.group.col_value": {"en": "value", "ko": "값"},
    "build.comparepages.group.col_state": {"en": "state", "ko": "상태"},
    "build.comparepages.group.col_epochs": {"en": "epochs done", "ko": "끝난 에포크"},
    "build.comparepages.group.col_val": {"en": "best validation accuracy", "ko": "최고 검증 정확도"},
    "build.comparepages.group.col_test": {"en": "test accuracy", "ko": "테스트 정확도"},
    "build.comparepages.group.state_queued": {"en": "waiting in the queue", "ko": "대기 중"},
    "build.comparepages.group.state_running": {"en": "training", "ko": "학습 중"},
    "build.comparepages.group.state_stopped": {"en": "stopped", "ko": "멈춤"},
    "build.comparepages.group.state_finished": {"en": "finished", "ko": "끝남"},
    "build.comparepages.group.state_diverged": {"en": "diverged", "ko": "발산함"},
    "build.comparepages.group.state_failed": {"en": "failed", "ko": "실패"},
    "build.comparepages.group.state_interrupted": {"en": "interrupted", "ko": "중단됨"},
    "build.comparepages.group.stop_all": {"en": "Stop the whole group", "ko": "묶음 전체 멈추기"},
    "build.comparepages.group.stopping": {"en": "Stopping…", "ko": "멈추는 중…"},
    "build.comparepages.group.stop_all_help": {
        "en": "Stops every run of the sweep: the one training after its current batch (its model so far is saved "
              "and tested), the queued ones before they start.",
        "ko": "이 시도의 모든 실행을 멈춥니다. 학습 중인 실행은 현재 배치 뒤에 멈추고 (그때까지의 모델을 저장하고 "
              "테스트합니다), 대기 중인 실행은 시작하지 않습니다.",
    },
    "build.comparepages.group.compare": {"en": "Compare these runs", "ko": "이 실행들 비교하기"},
    "build.comparepages.group.compare_help": {
        "en": "Opens the Compare page with the sweep's runs picked: curves overlaid with the value as the legend, "
              "and which differences are significant.",
        "ko": "이 시도의 실행을 고른 채로 Compare 페이지를 엽니다. 값을 범례로 학습 곡선을 겹쳐 보고, 어떤 차이가 "
              "유의미한지 확인합니다.",
    },

    # ---- Runs page: TensorBoard
    "build.comparepages.runs.tensorboard": {
        "en": "Every run also writes TensorBoard event files: `tensorboard --logdir {folder}` shows them all "
              "(curves, weight histograms, the architecture and the hyper-parameters).",
        "ko": "모든 실행은 TensorBoard 이벤트 파일도 씁니다. `tensorboard --logdir {folder}`로 모두 볼 수 있습니다 "
              "(학습 곡선, 가중치 히스토그램, 모델 구조, 하이퍼파라미터).",
    },
    "build.comparepages.runs.no_events": {
        "en": "This run was made before runs wrote TensorBoard files.",
        "ko": "이 실행은 TensorBoard 파일을 쓰기 전에 만들어졌습니다.",
    },
    "build.comparepages.runs.write_events": {"en": "Write its TensorBoard files", "ko": "TensorBoard 파일 쓰기"},
    "build.comparepages.runs.write_events_help": {
        "en": "Writes the event files from the run's saved history: its loss and accuracy per epoch, its "
              "architecture and settings (not the weight histograms: only the final weights were kept).",
        "ko": "저장된 학습 기록으로 이벤트 파일을 씁니다. 에포크별 손실과 정확도, 모델 구조와 설정이 들어갑니다 "
              "(가중치 히스토그램은 빠집니다. 마지막 가중치만 남아 있기 때문입니다).",
    },
    "build.comparepages.runs.events_written": {"en": "Written: TensorBoard now shows this run.",
                                               "ko": "다 썼습니다. 이제 TensorBoard에 이 실행이 보입니다."},
    "build.comparepages.runs.events_failed": {"en": "Could not write the TensorBoard files: {reason}",
                                              "ko": "TensorBoard 파일을 쓸 수 없습니다: {reason}"},
    # ---- from the former cnnviz/texts/explainpages.py
    "build.explainpages.internals.runs_expander": {
        "en": "Inside the network during training: kernels, probe predictions, norms, dead filters",
        "ko": "학습 중 네트워크 안: 커널, 관찰 이미지 예측, 노름, 죽은 필터",
    },

    # ---- receptive fields (Build and Feature maps)
    "build.explainpages.build.rf_column": {"en": "Receptive field", "ko": "수용 영역"},
    "build.explainpages.build.rf_cell": {"en": "{size} · jump {jump}", "ko": "{size} · 점프 {jump}"},
    "build.explainpages.build.rf_whole": {"en": "whole input", "ko": "입력 전체"},
    "build.explainpages.build.rf_caption": {
        "en": "**Receptive field**: how many input pixels one unit of the layer sees (padding included), and the "
              "jump: how many input pixels apart two neighbouring units are. Each 3×3 conv adds 2 × jump; each 2×2 "
              "pooling doubles the jump.",
        "ko": "**수용 영역**: 이 층의 유닛 하나가 보는 입력 픽셀의 범위 (패딩 포함)와 점프 (이웃한 두 유닛이 "
              "입력에서 몇 픽셀 떨어져 있는지)입니다. 3×3 합성곱 하나는 2 × 점프만큼 넓히고, 2×2 풀링은 점프를 두 "
              "배로 만듭니다.",
    },
    # ---- from the former cnnviz/texts/ownpages.py
    "build.ownpages.col_name": {"en": "name", "ko": "이름"},
    "build.ownpages.col_classes": {"en": "classes", "ko": "클래스 수"},
    "build.ownpages.col_images": {"en": "images", "ko": "이미지 수"},
    "build.ownpages.col_shape": {"en": "input", "ko": "입력"},
    "build.ownpages.col_fit": {"en": "fit", "ko": "맞춤"},
    "build.ownpages.col_created": {"en": "created", "ko": "만든 때"},

    # My data
    "build.ownpages.mydata_title": {"en": "My data", "ko": "내 데이터"},
    "build.ownpages.mydata_intro": {
        "en": "Teach a network your own classes: photograph a few kinds of objects, import them here, then train on "
              "them like on MNIST. Your datasets: {n} of {limit}.",
        "ko": "내가 정한 클래스를 네트워크에 가르쳐 보세요. 몇 가지 물체를 찍어 여기로 가져온 다음 MNIST처럼 "
              "학습시키면 됩니다. 내 데이터셋: {limit}개 중 {n}개.",
    },
    "build.ownpages.mydata_section": {"en": "Section", "ko": "구역"},
    "build.ownpages.mydata_section_datasets": {"en": "My datasets", "ko": "내 데이터셋"},
    "build.ownpages.mydata_section_zip": {"en": "Import a zip", "ko": "zip 가져오기"},
    "build.ownpages.mydata_section_classes": {"en": "Add images class by class", "ko": "클래스별로 이미지 추가"},
    "build.ownpages.mydata_none": {
        "en": "No dataset yet: import a zip of class folders, or add images class by class.",
        "ko": "아직 데이터셋이 없습니다. 클래스별 폴더를 담은 zip을 가져오거나 클래스별로 이미지를 추가하세요.",
    },
    "build.ownpages.mydata_dataset": {"en": "Dataset", "ko": "데이터셋"},
    "build.ownpages.mydata_dataset_help": {
        "en": "One of your datasets (newest first): its class counts, a preview of each class and its warnings.",
        "ko": "내 데이터셋 중 하나(최신순): 클래스별 개수, 클래스마다의 미리보기, 경고를 보여 줍니다.",
    },
    "build.ownpages.mydata_label": {
        "en": "{name} · {n} images · {classes} classes · {shape}",
        "ko": "{name} · 이미지 {n}장 · 클래스 {classes}개 · {shape}",
    },
    "build.ownpages.mydata_damaged_label": {"en": "⚠ {name} (damaged)", "ko": "⚠ {name} (손상됨)"},
    "build.ownpages.mydata_damaged": {
        "en": "This dataset cannot be used: {problem} You can delete it.",
        "ko": "이 데이터셋은 쓸 수 없습니다: {problem} 삭제할 수 있습니다.",
    },
    "build.ownpages.mydata_input": {"en": "Network input", "ko": "네트워크 입력"},
    "build.ownpages.mydata_input_help": {
        "en": "Height × width × channels of every image: the input shape of a network that learns this dataset "
              "(the Train page adapts the network to it).",
        "ko": "모든 이미지의 높이 × 너비 × 채널, 곧 이 데이터셋을 학습할 네트워크의 입력 모양입니다(학습 페이지가 "
              "네트워크를 여기에 맞춰 줍니다).",
    },
    "build.ownpages.mydata_report": {"en": "Import report ({n} notes)", "ko": "가져오기 보고서 ({n}건)"},
    "build.ownpages.mydata_train": {"en": "Train on it", "ko": "이 데이터로 학습"},
    "build.ownpages.mydata_train_help": {
        "en": "Opens the Train page with this dataset chosen.",
        "ko": "이 데이터셋을 고른 채로 학습 페이지를 엽니다.",
    },
    "build.ownpages.mydata_delete_confirm": {
        "en": "Delete the dataset **{name}**? Its images are removed from the server; runs trained on it keep their "
              "models but can no longer show their data.",
        "ko": "데이터셋 **{name}**을(를) 삭제할까요? 이미지가 서버에서 지워집니다. 이 데이터로 학습한 실행 기록의 "
              "모델은 남지만 데이터는 더 이상 볼 수 없습니다.",
    },
    "build.ownpages.mydata_deleted": {"en": "Deleted the dataset {name}.", "ko": "데이터셋 {name}을(를) 삭제했습니다."},
    "build.ownpages.mydata_quota_full": {
        "en": "You have {n} datasets, the limit is {limit}: delete one before adding another.",
        "ko": "데이터셋이 {n}개로 최대 {limit}개에 닿았습니다. 새로 추가하기 전에 하나를 삭제하세요.",
    },
    "build.ownpages.mydata_disk_full": {
        "en": "Your runs, datasets and models already use the {gb:,.0f} GB your workspace may hold: delete some first.",
        "ko": "실행 기록, 데이터셋, 모델이 작업 공간의 한도 {gb:,.0f} GB를 이미 쓰고 있습니다. 먼저 몇 개를 "
              "삭제하세요.",
    },
    "build.ownpages.mydata_size": {"en": "Image size", "ko": "이미지 크기"},
    "build.ownpages.mydata_size_help": {
        "en": "Every image becomes a square of this many pixels: the network's input. Small (28, 32) trains fast "
              "and suits simple shapes, as MNIST and CIFAR-10 do; large (64, 96) keeps detail but every conv layer "
              "costs more, and a network learns it more slowly.",
        "ko": "모든 이미지가 이 크기의 정사각형이 되고, 이것이 네트워크의 입력입니다. 작은 크기(28, 32)는 학습이 "
              "빠르고 MNIST나 CIFAR-10처럼 단순한 모양에 알맞습니다. 큰 크기(64, 96)는 세부를 살리지만 합성곱 층마다 "
              "계산이 늘고 학습이 느려집니다.",
    },
    "build.ownpages.mydata_colour": {"en": "Colour", "ko": "색"},
    "build.ownpages.mydata_opt_grey": {"en": "Grey (1 channel)", "ko": "흑백 (채널 1개)"},
    "build.ownpages.mydata_colour_help": {
        "en": "**Grey**: one channel, like MNIST: shapes and brightness only. **Colour**: three channels (R, G, B), "
              "like CIFAR-10: the first conv layer's kernels are then 3 deep and can learn colours, with 3× the "
              "weights in that layer.",
        "ko": "**흑백**: MNIST처럼 채널 1개, 모양과 밝기만 봅니다. **컬러**: CIFAR-10처럼 채널 3개(R, G, B). 첫 "
              "합성곱 층의 커널 깊이가 3이 되어 색을 배울 수 있고, 그 층의 가중치가 3배가 됩니다.",
    },
    "build.ownpages.mydata_opt_colour": {"en": "Colour (3 channels)", "ko": "컬러 (채널 3개)"},
    "build.ownpages.mydata_fit": {"en": "Not square?", "ko": "정사각형이 아니면?"},
    "build.ownpages.mydata_fit_pad": {"en": "Pad", "ko": "패딩"},
    "build.ownpages.mydata_fit_crop": {"en": "Crop", "ko": "자르기"},
    "build.ownpages.mydata_fit_help": {
        "en": "**Pad** keeps the whole picture and its proportions and fills the rest of the square with black (like "
              "Keras' pad_to_aspect_ratio). **Crop** cuts the centre square (like crop_to_aspect_ratio): the "
              "object fills more pixels, but what lies near the edges is lost.",
        "ko": "**패딩**은 사진 전체와 비율을 그대로 두고 정사각형의 남는 곳을 검은색으로 채웁니다(Keras의 "
              "pad_to_aspect_ratio). **자르기**는 가운데 정사각형만 잘라냅니다(crop_to_aspect_ratio). 물체가 더 많은 "
              "픽셀을 차지하지만 가장자리는 잘립니다.",
    },
    "build.ownpages.mydata_name": {"en": "Dataset name", "ko": "데이터셋 이름"},
    "build.ownpages.mydata_name_help": {
        "en": "How the dataset is listed here and on the Train page (plain text).",
        "ko": "여기와 학습 페이지에서 보이는 데이터셋 이름입니다(일반 텍스트).",
    },
    "build.ownpages.mydata_zip_intro": {
        "en": "A .zip with one folder per class, the folder's name being the class name (cats/…, dogs/…), as "
              "Keras' image_dataset_from_directory reads them. Files that are not images are skipped and listed.",
        "ko": "클래스마다 폴더 하나, 폴더 이름이 곧 클래스 이름인 .zip 파일입니다(cats/…, dogs/…). Keras의 "
              "image_dataset_from_directory가 읽는 구조와 같습니다. 이미지가 아닌 파일은 건너뛰고 목록으로 "
              "알려 줍니다.",
    },
    "build.ownpages.mydata_zip": {"en": "Zip of class folders", "ko": "클래스별 폴더를 담은 zip"},
    "build.ownpages.mydata_zip_help": {
        "en": "Up to {mb} MB and {files:,} files. The archive is read in memory, never unpacked on the server; paths "
              "that leave the folder (../), links and zip bombs are refused.",
        "ko": "최대 {mb} MB, 파일 {files:,}개까지. 압축 파일은 서버에 풀지 않고 메모리에서 읽습니다. 폴더 밖을 "
              "가리키는 경로(../), 링크, 압축 폭탄은 거부합니다.",
    },
    "build.ownpages.mydata_zip_using": {
        "en": "Chosen: **{file}** ({size}).",
        "ko": "선택한 파일: **{file}** ({size}).",
    },
    "build.ownpages.mydata_import": {"en": "Import", "ko": "가져오기"},
    "build.ownpages.mydata_reading": {"en": "Reading {file}…", "ko": "{file} 읽는 중…"},
    "build.ownpages.mydata_importing": {"en": "Images: {done:,} / {total:,}", "ko": "이미지: {done:,} / {total:,}"},
    "build.ownpages.mydata_refused": {
        "en": "{file} was not imported, and nothing was changed. {reason}",
        "ko": "{file}을(를) 가져오지 않았고 아무것도 바뀌지 않았습니다. {reason}",
    },
    "build.ownpages.mydata_imported": {
        "en": "Imported **{name}**: {n:,} images in {classes} classes, each {shape}.",
        "ko": "**{name}** 가져오기 완료: 클래스 {classes}개에 이미지 {n:,}장, 각각 {shape}.",
    },
    "build.ownpages.mydata_saved": {
        "en": "Saved **{name}**: {n:,} images in {classes} classes, each {shape}.",
        "ko": "**{name}** 저장 완료: 클래스 {classes}개에 이미지 {n:,}장, 각각 {shape}.",
    },
    "build.ownpages.mydata_classes_intro": {
        "en": "Name your classes, then give each some images: files, or shots from the webcam. About 10 or more per "
              "class, in different positions and lights, teach the network what matters.",
        "ko": "클래스 이름을 정하고 클래스마다 이미지를 넣으세요. 파일을 올리거나 웹캠으로 찍으면 됩니다. 클래스마다 "
              "10장 이상, 위치와 조명을 바꿔 가며 넣어야 네트워크가 중요한 것을 배웁니다.",
    },
    "build.ownpages.mydata_settings_locked": {
        "en": "The settings are fixed once images are in (they were made with them): Start over to change them.",
        "ko": "이미지를 넣은 뒤에는 설정이 고정됩니다(이미지가 이 설정으로 만들어졌기 때문). 바꾸려면 처음부터 다시 "
              "하세요.",
    },
    "build.ownpages.mydata_new_class": {"en": "New class", "ko": "새 클래스"},
    "build.ownpages.mydata_new_class_hint": {"en": "e.g. cup", "ko": "예: 컵"},
    "build.ownpages.mydata_new_class_help": {
        "en": "The name the network will answer with. The order you add classes in becomes their label numbers "
              "(0, 1, 2, …).",
        "ko": "네트워크가 답으로 내놓을 이름입니다. 클래스를 추가한 순서가 레이블 번호(0, 1, 2, …)가 됩니다.",
    },
    "build.ownpages.mydata_add_class": {"en": "Add class", "ko": "클래스 추가"},
    "build.ownpages.mydata_no_classes": {
        "en": "Add at least two classes, for example “cup”, “pen” and “key”.",
        "ko": "클래스를 두 개 이상 추가하세요. 예: “컵”, “펜”, “열쇠”.",
    },
    "build.ownpages.mydata_class_head": {"en": "**{name}** · {n} images", "ko": "**{name}** · 이미지 {n}장"},
    "build.ownpages.mydata_remove_class": {"en": "Remove", "ko": "빼기"},
    "build.ownpages.mydata_remove_class_help": {
        "en": "Remove this class and its images from the dataset being built.",
        "ko": "만들고 있는 데이터셋에서 이 클래스와 그 이미지를 뺍니다.",
    },
    "build.ownpages.mydata_class_files": {"en": "Images of {name}", "ko": "{name}의 이미지"},
    "build.ownpages.mydata_class_files_help": {
        "en": "Choose several files at once; they are added to the class and the uploader empties for more.",
        "ko": "여러 파일을 한 번에 고를 수 있습니다. 클래스에 추가되면 업로더가 비워져 더 올릴 수 있습니다.",
    },
    "build.ownpages.mydata_webcam": {"en": "Webcam", "ko": "웹캠"},
    "build.ownpages.mydata_webcam_help": {
        "en": "Take shots of this class with the webcam, one after the other (the browser asks for the camera).",
        "ko": "웹캠으로 이 클래스의 사진을 연달아 찍습니다(브라우저가 카메라 사용을 묻습니다).",
    },
    "build.ownpages.mydata_shot": {"en": "A shot of {name}", "ko": "{name} 찍기"},
    "build.ownpages.mydata_shot_help": {
        "en": "Each shot is added to the class and the camera is ready for the next one. Move the object between "
              "shots: different positions teach the network the object, not its place.",
        "ko": "찍을 때마다 클래스에 추가되고 바로 다음 사진을 찍을 수 있습니다. 찍을 때마다 물체를 옮기세요. 위치가 "
              "달라야 네트워크가 자리가 아니라 물체를 배웁니다.",
    },
    "build.ownpages.mydata_build_name_hint": {"en": "e.g. my desk", "ko": "예: 내 책상"},
    "build.ownpages.mydata_save": {"en": "Save dataset", "ko": "데이터셋 저장"},
    "build.ownpages.mydata_save_help": {
        "en": "Stores the images once as a dataset of yours, listed on the Train page beside MNIST.",
        "ko": "이미지를 내 데이터셋으로 한 번 저장합니다. 학습 페이지에서 MNIST 옆에 보입니다.",
    },
    "build.ownpages.mydata_saving": {"en": "Saving the dataset…", "ko": "데이터셋 저장 중…"},
    "build.ownpages.mydata_not_saved": {"en": "Not saved: {reason}", "ko": "저장하지 못했습니다: {reason}"},
    "build.ownpages.mydata_start_over": {"en": "Start over", "ko": "처음부터 다시"},
    "build.ownpages.mydata_start_over_help": {
        "en": "Forget the classes and images added here (saved datasets stay).",
        "ko": "여기서 추가한 클래스와 이미지를 지웁니다(저장한 데이터셋은 그대로 남습니다).",
    },
    "build.ownpages.mydata_need_two": {
        "en": "To save: at least two classes with {minimum} images or more each, and a name.",
        "ko": "저장하려면 이미지가 {minimum}장 이상인 클래스가 두 개 이상 있어야 하고 이름이 필요합니다.",
    },

    # Train page: the workspace's datasets, downloads, adapting the classes
    "build.ownpages.train_dataset_help_mine": {
        "en": "**My data**: datasets you made on the My data page, with your own class names.",
        "ko": "**내 데이터**: 내 데이터 페이지에서 만든 데이터셋으로, 내가 정한 클래스 이름을 씁니다.",
    },
    "build.ownpages.train_mine": {
        "en": "My data: {name} ({n:,} images, {classes} classes, {shape})",
        "ko": "내 데이터: {name} (이미지 {n:,}장, 클래스 {classes}개, {shape})",
    },
    "build.ownpages.train_loading_mine": {"en": "Loading {name}…", "ko": "{name} 불러오는 중…"},
    "build.ownpages.train_mine_source": {
        "en": "**Source:** your dataset · {summary} · images {fit}",
        "ko": "**출처:** 내 데이터셋 · {summary} · 이미지: {fit}",
    },
    "build.ownpages.train_downloading": {
        "en": "Downloading {name}: {done:,.1f} of {total:,.1f} MB",
        "ko": "{name} 내려받는 중: {total:,.1f} MB 중 {done:,.1f} MB",
    },
    "build.ownpages.train_downloading_unknown": {
        "en": "Downloading {name}: {done:,.1f} MB",
        "ko": "{name} 내려받는 중: {done:,.1f} MB",
    },
    "build.ownpages.train_other_classes": {
        "en": "The network's last layer outputs {units} scores, the dataset has {n} classes.",
        "ko": "네트워크의 마지막 층은 점수 {units}개를 내는데 데이터셋의 클래스는 {n}개입니다.",
    },
    "build.ownpages.train_adapt_both": {
        "en": "Adapt the input shape to {shape} and the last layer to {n} classes",
        "ko": "입력 모양을 {shape}로, 마지막 층을 클래스 {n}개로 맞추기",
    },
    "build.ownpages.train_adapt_classes": {
        "en": "Adapt the last layer to {n} classes",
        "ko": "마지막 층을 클래스 {n}개로 맞추기",
    },
    "build.ownpages.train_adapt_help": {
        "en": "The last Dense layer needs one unit per class (softmax gives one probability each): it becomes "
              "Dense(classes) with its activation kept.",
        "ko": "마지막 Dense 층에는 클래스마다 유닛이 하나씩 필요합니다(softmax가 클래스마다 확률 하나를 냄). 활성화 "
              "함수는 그대로 두고 Dense(클래스 수)로 바꿉니다.",
    },
    "build.ownpages.train_adapted": {
        "en": "Adapted: {params:,} parameters with the dataset's input shape and classes.",
        "ko": "맞춤 완료: 데이터셋의 입력 모양과 클래스 수로 파라미터 {params:,}개.",
    },

    # Runs page: export
    "build.ownpages.export": {"en": "Export", "ko": "내보내기"},
    "build.ownpages.export_help": {
        "en": "Take the trained network away: a TensorFlow Lite file (phones, a Raspberry Pi) and a small "
              "predict.py that runs it on image files.",
        "ko": "학습한 네트워크를 가져가세요: TensorFlow Lite 파일(휴대폰, 라즈베리 파이)과 그것으로 이미지 파일을 "
              "분류하는 작은 predict.py입니다.",
    },
    "build.ownpages.export_intro": {
        "en": "The final model converted to TensorFlow Lite (float32, the same answers as Keras), and predict.py, "
              "which prepares an image like this run's data and prints the most likely classes.",
        "ko": "최종 모델을 TensorFlow Lite(float32, Keras와 같은 답)로 바꾼 파일과, 이미지를 이 실행 기록의 데이터처럼 "
              "준비해 가장 가능성 높은 클래스를 출력하는 predict.py입니다.",
    },
    "build.ownpages.export_make": {"en": "Make the files", "ko": "파일 만들기"},
    "build.ownpages.export_working": {
        "en": "Converting to TensorFlow Lite and checking it against Keras…",
        "ko": "TensorFlow Lite로 바꾸고 Keras와 결과를 비교하는 중…",
    },
    "build.ownpages.export_failed": {"en": "Export failed: {reason}", "ko": "내보내지 못했습니다: {reason}"},
    "build.ownpages.export_tflite": {"en": "Download .tflite ({kb:,.0f} KB)", "ko": ".tflite 내려받기 ({kb:,.0f} KB)"},
    "build.ownpages.export_script": {"en": "Download predict.py", "ko": "predict.py 내려받기"},
    "build.ownpages.export_how": {
        "en": "Put both files in one folder and run: python predict.py photo.jpg (needs numpy, Pillow and "
              "ai-edge-litert or tensorflow). Checked: its probabilities match Keras within {difference:.1e}; the "
              "model file is {file}.",
        "ko": "두 파일을 한 폴더에 두고 python predict.py photo.jpg 로 실행하세요(numpy, Pillow와 ai-edge-litert "
              "또는 tensorflow 필요). 확인 결과 확률이 Keras와 {difference:.1e} 이내로 같습니다. 모델 파일은 "
              "{file}입니다.",
    },
    # ---- from the former cnnviz/texts/runspage.py
    "build.runspage.intro_local": {
        "en": "Every training run is a folder under `{folder}`: its architecture, settings, history, best checkpoint "
              "and final model. They survive server restarts.",
        "ko": "모든 훈련 실행은 `{folder}` 아래의 폴더 하나입니다. 그 안에 구조, 설정, 학습 기록, 최고 체크포인트, "
              "최종 모델이 들어 있습니다. 서버를 다시 시작해도 남아 있습니다.",
    },
    "build.runspage.intro_class": {
        "en": "Every training run is a folder of your private workspace: its architecture, settings, history, best "
              "checkpoint and final model. They survive server restarts.",
        "ko": "모든 훈련 실행은 내 개인 작업 공간의 폴더 하나입니다. 그 안에 구조, 설정, 학습 기록, 최고 체크포인트, "
              "최종 모델이 들어 있습니다. 서버를 다시 시작해도 남아 있습니다.",
    },
    # the table
    "build.runspage.col_val_acc": {"en": "val acc", "ko": "검증 정확도"},
    "build.runspage.val_acc_help": {"en": "Best validation accuracy.",
                                    "ko": "검증 세트에서 얻은 가장 높은 정확도입니다."},
    "build.runspage.test_acc_help": {"en": "Accuracy on the test set.", "ko": "테스트 세트에서의 정확도입니다."},
    "build.runspage.damaged_note": {
        "en": "Status *damaged* or a run with ⚠: some of its files are damaged (select it to see which); what still "
              "works is kept.",
        "ko": "상태가 *손상됨*이거나 ⚠ 표시가 있는 실행: 파일 일부가 손상되었습니다 (어떤 파일인지는 실행을 "
              "선택하면 보입니다). 아직 쓸 수 있는 것은 그대로 남겨 둡니다.",
    },
    "build.runspage.interrupted_note": {
        "en": "Status *interrupted*: the server stopped while it trained; its history and best checkpoint are kept.",
        "ko": "상태 *중단됨*: 훈련하는 동안 서버가 멈췄습니다. 학습 기록과 최고 체크포인트는 남아 있습니다.",
    },
    "build.runspage.select_hint": {
        "en": "Select a run in the table (click the box at the left of its row) to open, rename, download or delete "
              "it.",
        "ko": "표에서 실행을 선택하세요 (행 왼쪽의 칸을 클릭). 그러면 열기, 이름 바꾸기, 내려받기, 삭제를 할 수 "
              "있습니다.",
    },
    "build.runspage.no_runs": {
        "en": "No runs yet: train a network first.",
        "ko": "아직 실행이 없습니다. 먼저 네트워크를 훈련하세요.",
    },
    # actions
    "build.runspage.opened": {"en": "Opened", "ko": "열려 있음"},
    "build.runspage.open_help": {
        "en": "Use this run's model on the Feature maps, Kernels, Confusion matrix and Draw pages.",
        "ko": "이 실행의 모델을 특성 맵, 커널, 오차 행렬, 숫자 그리기 페이지에서 씁니다.",
    },
    "build.runspage.download": {"en": "Download .keras", "ko": ".keras 내려받기"},
    "build.runspage.download_help": {
        "en": "The trained model (final, or the best checkpoint if training never finished). Load it with "
              "keras.models.load_model(path).",
        "ko": "훈련된 모델입니다 (최종 모델, 훈련이 끝나지 않았다면 최고 체크포인트). "
              "keras.models.load_model(path)로 불러오세요.",
    },
    "build.runspage.rename": {"en": "Rename", "ko": "이름 바꾸기"},
    "build.runspage.new_name": {"en": "New name", "ko": "새 이름"},
    "build.runspage.save_name": {"en": "Save name", "ko": "이름 저장"},
    "build.runspage.stop_help": {
        "en": "Ask the training worker to stop this job after its current batch (or before it starts).",
        "ko": "훈련 작업자에게 지금 배치가 끝나면 (또는 시작하기 전에) 이 작업을 멈추라고 요청합니다.",
    },
    "build.runspage.delete_confirm": {
        "en": "Delete **{name}** and all its files (models, history)? This cannot be undone.",
        "ko": "**{name}**와(과) 그 파일(모델, 학습 기록)을 모두 삭제할까요? 되돌릴 수 없습니다.",
    },
    # details of the selected run
    "build.runspage.summary": {
        "en": "{epochs} epoch(s) · {status} · created {created}",
        "ko": "{epochs} 에포크 · {status} · 만든 시각 {created}",
    },
    "build.runspage.damaged": {"en": "Damaged: {problem}", "ko": "손상됨: {problem}"},
    "build.runspage.settings": {"en": "Settings and architecture", "ko": "설정과 구조"},
    "build.runspage.unreadable": {"en": "cannot be read: {reason}", "ko": "읽을 수 없습니다: {reason}"},
    # ---- from the former cnnviz/texts/trainpage.py
    "build.trainpage.out_of_range": {
        "en": "{field} must be between {low} and {high}, and it is {value}: Start waits until it is in range.",
        "ko": "{field} 값은 {low}에서 {high} 사이여야 하는데 지금은 {value}입니다: 범위 안으로 고치면 시작할 수 "
              "있습니다.",
    },
    # ---- the page ---------------------------------------------------------------------------------------------
    "build.trainpage.title": {"en": "Train", "ko": "훈련"},
    "build.trainpage.cannot_start": {"en": "Cannot start: {reason}", "ko": "시작할 수 없습니다: {reason}"},
    "build.trainpage.badge_gpu": {"en": "{gpus} GPU", "ko": "{gpus} GPU"},
    "build.trainpage.badge_cpu": {"en": "CPU", "ko": "CPU"},
    "build.trainpage.badge": {
        "en": "{where} · training workers: {n}",
        "ko": "{where} · 훈련 워커 {n}개",
    },
    "build.trainpage.badge_help": {
        "en": "Training runs in separate worker processes (Dask), one job per worker at a time, at a lower priority "
              "than the pages, so the app stays quick while a class trains. Jobs beyond the workers wait in a queue.",
        "ko": "훈련은 별도의 워커 프로세스(Dask)에서 돌아갑니다. 워커 하나는 한 번에 작업 하나만 맡고, 페이지보다 "
              "낮은 우선순위로 돌기 때문에 수업 전체가 훈련하는 동안에도 앱이 빠르게 반응합니다. 워커 수보다 많은 "
              "작업은 대기열에서 기다립니다.",
    },
    "build.trainpage.settings": {"en": "Network, data and settings", "ko": "신경망, 데이터, 설정"},
    "build.trainpage.network_summary": {
        "en": "Network: {layers} layers, {params:,} parameters, input {shape}.",
        "ko": "신경망: 층 {layers}개, 파라미터 {params:,}개, 입력 {shape}.",
    },
    "build.trainpage.auto_name": {"en": "{arch} on {dataset}", "ko": "{arch} · {dataset}"},
    "build.trainpage.run_name": {"en": "Run name", "ko": "실행 이름"},
    "build.trainpage.start": {"en": "Start training", "ko": "훈련 시작"},
    "build.trainpage.queued": {"en": "Queued…", "ko": "대기열에 들어감…"},
    "build.trainpage.start_help": {
        "en": "Queues the job for a training worker: you can leave this page and come back.",
        "ko": "작업을 훈련 워커의 대기열에 넣습니다. 이 페이지를 떠났다가 다시 돌아와도 됩니다.",
    },
    "build.trainpage.choose_first": {
        "en": "Choose a network and a dataset above, then press **Start training**. Loss and accuracy curves "
              "appear here while it trains.",
        "ko": "위에서 신경망과 데이터셋을 고른 다음 **훈련 시작**을 누르세요. 훈련하는 동안 손실과 정확도 곡선이 "
              "여기에 나타납니다.",
    },
    "build.trainpage.run_title": {"en": "Run: {name}", "ko": "실행: {name}"},
    "build.trainpage.all_runs": {"en": "All runs", "ko": "모든 훈련 기록"},
    # ---- network and data -------------------------------------------------------------------------------------
    "build.trainpage.network": {"en": "Network", "ko": "신경망"},
    "build.trainpage.source_build": {"en": "The Build page's network", "ko": "모델 만들기 페이지의 신경망"},
    "build.trainpage.source_preset": {"en": "A preset", "ko": "프리셋"},
    "build.trainpage.preset": {"en": "Preset", "ko": "프리셋"},
    "build.trainpage.preset_option": {"en": "{title} · {params:,} params", "ko": "{title} · 파라미터 {params:,}개"},
    "build.trainpage.dataset": {"en": "Dataset", "ko": "데이터셋"},
    "build.trainpage.dataset_mnist_sample": {
        "en": "MNIST: bundled 5,000-digit sample (no download, seconds to train)",
        "ko": "MNIST: 함께 들어 있는 숫자 5,000개 샘플 (내려받기 없음, 몇 초 만에 훈련)",
    },
    "build.trainpage.dataset_mnist": {
        "en": "MNIST: full 70,000 digits (Keras cache or download)",
        "ko": "MNIST: 전체 숫자 70,000개 (Keras 캐시 또는 내려받기)",
    },
    "build.trainpage.dataset_fashion_mnist": {
        "en": "Fashion-MNIST: 70,000 clothing images",
        "ko": "Fashion-MNIST: 옷 이미지 70,000개",
    },
    "build.trainpage.dataset_cifar10": {
        "en": "CIFAR-10: 60,000 colour photos 32×32×3 (Keras cache or download)",
        "ko": "CIFAR-10: 컬러 사진 60,000장 32×32×3 (Keras 캐시 또는 내려받기)",
    },
    "build.trainpage.own_files": {"en": "Load from my own files", "ko": "내 파일에서 불러오기"},
    "build.trainpage.data_path": {"en": "Folder or .npz", "ko": "폴더 또는 .npz"},
    "build.trainpage.data_path_placeholder": {
        "en": "e.g. /usr/share/datasets/fashion-mnist",
        "ko": "예: /usr/share/datasets/fashion-mnist",
    },
    "build.trainpage.path_not_owned": {
        "en": "In a class, files can only be loaded from your own workspace (upload them on the My data page); "
              "{path} is not in it.",
        "ko": "수업에서는 내 작업 공간의 파일만 불러올 수 있습니다(내 데이터 페이지에서 올리세요). {path}는 내 작업 "
              "공간에 없습니다.",
    },
    "build.trainpage.loading": {"en": "Loading {name}… (once per server)",
                                "ko": "{name} 불러오는 중… (서버마다 한 번)"},
    "build.trainpage.load_failed": {
        "en": "Could not load the dataset: {reason}",
        "ko": "데이터셋을 불러올 수 없습니다: {reason}",
    },
    "build.trainpage.source": {"en": "**Source:** {source} · {summary}", "ko": "**출처:** {source} · {summary}"},
    "build.trainpage.sample_instead": {
        "en": "The full dataset is not available here, so the bundled 5,000-digit sample is used.",
        "ko": "여기서는 전체 데이터셋을 쓸 수 없어서 함께 들어 있는 숫자 5,000개 샘플을 사용합니다.",
    },
    "build.trainpage.too_big": {
        "en": "**Too big for a training worker.** {problem}",
        "ko": "**훈련 워커에 비해 너무 큽니다.** {problem}",
    },
    "build.trainpage.memory": {
        "en": "Training memory: about **{total}** of the worker's {limit} ({breakdown}).",
        "ko": "훈련 메모리: 워커의 {limit} 중 약 **{total}** ({breakdown}).",
    },
    "build.trainpage.cannot_build": {
        "en": "This network cannot be built: {reason}. Fix it on the Build page.",
        "ko": "이 신경망은 만들 수 없습니다: {reason}. 모델 만들기 페이지에서 고치세요.",
    },
    "build.trainpage.does_not_fit": {
        "en": "This network does not fit the dataset: {problem}.",
        "ko": "이 신경망은 데이터셋에 맞지 않습니다: {problem}.",
    },
    "build.trainpage.other_shape": {
        "en": "The network expects {expected} images, the dataset has {got}.",
        "ko": "신경망은 {expected} 이미지를 기대하는데 데이터셋의 이미지는 {got}입니다.",
    },
    "build.trainpage.adapt_shape": {"en": "Adapt the input shape to {shape}", "ko": "입력 모양을 {shape}로 맞추기"},
    "build.trainpage.adapted_invalid": {
        "en": "With a {shape} input this network is invalid: {reason}. Change the layers on the Build page.",
        "ko": "입력이 {shape}이면 이 신경망은 올바르지 않습니다: {reason}. 모델 만들기 페이지에서 층을 바꾸세요.",
    },
    "build.trainpage.adapted_still_wrong": {
        "en": "Adapted, the network still does not fit: {problem}.",
        "ko": "맞춘 뒤에도 신경망이 맞지 않습니다: {problem}.",
    },
    "build.trainpage.adapted_shape": {
        "en": "Adapted: {params:,} parameters with the new input shape.",
        "ko": "맞춤 완료: 새 입력 모양으로 파라미터 {params:,}개.",
    },
    # ---- hyper-parameters -------------------------------------------------------------------------------------
    "build.trainpage.optimizer": {"en": "Optimizer", "ko": "옵티마이저 (optimizer)"},
    "build.trainpage.optimizer_sgd": {"en": "SGD (with momentum)", "ko": "SGD (모멘텀 포함)"},
    "build.trainpage.learning_rate": {"en": "Learning rate", "ko": "학습률 (learning_rate)"},
    "build.trainpage.momentum": {"en": "Momentum", "ko": "모멘텀 (momentum)"},
    "build.trainpage.lr_schedule": {"en": "Learning-rate schedule", "ko": "학습률 스케줄"},
    "build.trainpage.lr_schedule_constant": {"en": "constant", "ko": "일정하게 (constant)"},
    "build.trainpage.lr_schedule_cosine": {"en": "cosine", "ko": "코사인 감소 (cosine)"},
    "build.trainpage.batch_size": {"en": "Batch size", "ko": "배치 크기 (batch_size)"},
    "build.trainpage.epochs": {"en": "Epochs", "ko": "에포크 (epochs)"},
    "build.trainpage.loss": {"en": "Loss", "ko": "손실 (loss)"},
    "build.trainpage.loss_sparse": {"en": "sparse: integer labels", "ko": "sparse: 정수 레이블"},
    "build.trainpage.loss_categorical": {"en": "categorical: one-hot labels", "ko": "categorical: 원-핫 레이블"},
    "build.trainpage.limit": {"en": "Limit training images (0 = all)", "ko": "훈련 이미지 수 제한 (0 = 전부)"},
    "build.trainpage.early_stopping": {"en": "Early stopping", "ko": "조기 종료 (EarlyStopping)"},
    "build.trainpage.patience": {"en": "Patience (epochs)", "ko": "인내 에포크 (patience)"},
    "build.trainpage.restore_best": {"en": "Restore best weights", "ko": "최고 가중치 복원 (restore_best_weights)"},
    "build.trainpage.save_checkpoint": {"en": "Save best checkpoint", "ko": "최고 체크포인트 저장"},
    "build.trainpage.val_fraction": {"en": "Validation fraction", "ko": "검증 세트 비율"},
    "build.trainpage.seed": {"en": "Seed", "ko": "시드 (seed)"},
    "build.trainpage.mixed_precision": {"en": "Mixed precision", "ko": "혼합 정밀도 (mixed precision)"},
    # ---- the live panel ---------------------------------------------------------------------------------------
    "build.trainpage.seconds": {"en": "{seconds} s", "ko": "{seconds} s"},
    "build.trainpage.phase_now": {"en": "{phase}…", "ko": "{phase}…"},
    "build.trainpage.progress": {
        "en": "Epoch {epoch}/{epochs} · batch {batch}/{batches}",
        "ko": "에포크 {epoch}/{epochs} · 배치 {batch}/{batches}",
    },
    "build.trainpage.progress_rate": {"en": " · {rate:,.0f} samples/s", "ko": " · 초당 샘플 {rate:,.0f}개"},
    "build.trainpage.progress_elapsed": {"en": " · elapsed {time}", "ko": " · 경과 {time}"},
    "build.trainpage.progress_validating": {
        "en": " · validating: batch {batch}/{batches}",
        "ko": " · 검증 중: 배치 {batch}/{batches}",
    },
    "build.trainpage.progress_phase": {"en": " · {phase}…", "ko": " · {phase}…"},
    "build.trainpage.progress_eta": {"en": " · ETA {time}", "ko": " · 남은 시간 {time}"},
    "build.trainpage.estimating": {"en": "estimating…", "ko": "추정 중…"},
    "build.trainpage.queue_starting": {
        "en": "Starting: a training worker is taking this job.",
        "ko": "시작하는 중: 훈련 워커가 이 작업을 맡고 있습니다.",
    },
    "build.trainpage.queue_waiting": {
        "en": "Waiting in the queue: place {position}. Jobs ahead of yours: {ahead}; worker slots training now: "
              "{running} of {slots}. Start in {wait}.",
        "ko": "대기열에서 기다리는 중: {position}번째 (앞에 작업 {ahead}개, 워커 자리 {slots}개에서 지금 {running}개 "
              "훈련 중). 시작까지 {wait}.",
    },
    "build.trainpage.run_gone": {
        "en": "This run's folder is gone (deleted on the Runs page?).",
        "ko": "이 실행의 폴더가 없습니다(훈련 기록 페이지에서 지웠나요?).",
    },
    "build.trainpage.stop": {"en": "Stop", "ko": "중지"},
    "build.trainpage.stop_help": {
        "en": "Ends training after the current batch (or before it starts, if it waits in the queue). The partial "
              "epoch is validated, then the model trained so far is saved and evaluated.",
        "ko": "지금 배치가 끝나면 훈련을 끝냅니다(대기열에서 기다리는 중이면 시작하기 전에 끝냅니다). 중간에 끊긴 "
              "에포크도 검증한 다음, 지금까지 훈련한 모델을 저장하고 평가합니다.",
    },
    # ---- the results ------------------------------------------------------------------------------------------
    "build.trainpage.interrupted": {
        "en": "Interrupted: the server (and with it the training worker) stopped while this run trained. Its "
              "history and best checkpoint are kept.",
        "ko": "중단됨: 이 실행이 훈련하는 동안 서버(와 함께 훈련 워커)가 멈췄습니다. 훈련 기록과 최고 체크포인트는 "
              "남아 있습니다.",
    },
    "build.trainpage.failed": {"en": "Training failed: {message}", "ko": "훈련 실패: {message}"},
    "build.trainpage.not_a_success": {"en": "Not a success: {message}", "ko": "성공이 아닙니다: {message}"},
    "build.trainpage.stopped": {"en": "Stopped.", "ko": "중지했습니다."},
    "build.trainpage.finished": {"en": "Training finished.", "ko": "훈련이 끝났습니다."},
    "build.trainpage.epoch_n": {"en": "Epoch {epoch}", "ko": "에포크 {epoch}"},
    "build.trainpage.last_epoch": {"en": "Last epoch", "ko": "마지막 에포크"},
    "build.trainpage.partial": {"en": "{epoch} (partial)", "ko": "{epoch} (일부)"},
    "build.trainpage.train_accuracy": {"en": "{epoch}: train accuracy", "ko": "{epoch}: 훈련 정확도"},
    "build.trainpage.val_accuracy": {"en": "{epoch}: validation accuracy", "ko": "{epoch}: 검증 정확도"},
    "build.trainpage.test_accuracy": {
        "en": "Final test ({n:,} images) accuracy",
        "ko": "최종 테스트 세트 (이미지 {n:,}장) 정확도",
    },
    "build.trainpage.loss_value": {"en": "loss {loss:.4f}", "ko": "손실 {loss:.4f}"},
    "build.trainpage.results_note": {
        "en": "Train accuracy is measured while training (dropout active), validation and test on unseen images. "
              "A test accuracy far below train accuracy means over-fitting. With *restore best weights* the saved "
              "and tested model is the one from the epoch with the lowest validation loss.",
        "ko": "훈련 정확도는 훈련하는 동안(드롭아웃이 켜진 채로) 재고, 검증 정확도와 테스트 정확도는 처음 보는 "
              "이미지로 잽니다. 테스트 정확도가 훈련 정확도보다 훨씬 낮으면 과대적합입니다. *최고 가중치 복원* "
              "(restore_best_weights)을 켜면 저장하고 테스트한 모델은 검증 손실이 가장 낮았던 에포크의 모델입니다.",
    },
    "build.trainpage.results_partial_note": {
        "en": " A Stop cut the last epoch short: it is drawn as an open circle and not counted as an epoch.",
        "ko": " 중지 때문에 마지막 에포크가 중간에 끊겼습니다. 속이 빈 원으로 그리고 에포크로 세지 않습니다.",
    },
    # ---- a sweep's runs (pages/build/sweep.py) -------------------------------------------------------------
    "build.trainpage.sweep_tag_layer": {
        "en": "{setting} (layer {layer})={value}",
        "ko": "{setting} ({layer}번째 층)={value}",
    },
    # ---- the Class page's lessons section (pages/build/class_lessons.py) -----------------------------------
    "build.class_lessons.title": {"en": "Lessons", "ko": "레슨"},
    "build.class_lessons.grid_title": {"en": "Who did which exercise", "ko": "누가 어떤 연습 문제를 풀었나"},
    "build.class_lessons.no_students": {
        "en": "No student has a workspace yet: the grid fills in as soon as students open their links.",
        "ko": "아직 작업 공간이 있는 학생이 없습니다. 학생들이 링크를 열면 곧바로 표가 채워집니다.",
    },
    "build.class_lessons.no_exercises": {
        "en": "The course has no exercises (every lesson file was refused?).",
        "ko": "코스에 연습 문제가 없습니다 (레슨 파일이 모두 거부되었나요?).",
    },
    "build.class_lessons.col_student": {"en": "student", "ko": "학생"},
    "build.class_lessons.summary_row": {"en": "whole class", "ko": "반 전체"},
    "build.class_lessons.lesson": {"en": "Lesson", "ko": "레슨"},
    "build.class_lessons.lesson_help": {
        "en": "Show the exercises of one lesson only, or of every lesson. A column's number says where the exercise "
              "sits: 2.3 is the third exercise of the second lesson. Hover a column's header for the lesson and the "
              "start of the question.",
        "ko": "한 레슨의 연습 문제만, 또는 모든 레슨의 연습 문제를 보여 줍니다. 열 이름 앞의 번호는 연습 문제의 "
              "위치입니다. 2.3은 두 번째 레슨의 세 번째 연습 문제입니다. 열 머리글 위에 마우스를 올리면 레슨과 "
              "문제의 첫머리가 보입니다.",
    },
    "build.class_lessons.all_lessons": {"en": "All lessons", "ko": "모든 레슨"},
    "build.class_lessons.column_help": {"en": "{lesson}: {prompt}", "ko": "{lesson}: {prompt}"},
    "build.class_lessons.csv": {"en": "Download the grid (CSV)", "ko": "표 내려받기 (CSV)"},
    "build.class_lessons.csv_help": {
        "en": "Every student and every exercise of the course (whatever lesson is shown above), each cell a status: "
              "done, stuck, tried or not_started. Opens in any spreadsheet.",
        "ko": "코스의 모든 학생과 모든 연습 문제(위에서 고른 레슨과 상관없이)를 담고, 각 칸은 상태입니다: done(완료), "
              "stuck(막힘), tried(시도함), not_started(시작 전). 어떤 스프레드시트에서도 열립니다.",
    },
    "build.class_lessons.wrong_title": {"en": "Most common wrong answers", "ko": "가장 흔한 오답"},
    "build.class_lessons.exercise": {"en": "Exercise", "ko": "연습 문제"},
    "build.class_lessons.exercise_help": {
        "en": "Opens on the exercise most students are stuck on. Answers are compared as written, without spaces "
              "and thousands separators, so 1,234 and 1234 count as one answer. If many students give the same "
              "wrong answer, they likely share one misunderstanding: explain it to the whole class.",
        "ko": "가장 많은 학생이 막힌 연습 문제로 열립니다. 답은 공백과 천 단위 구분 기호를 빼고 비교하므로 1,234와 "
              "1234는 같은 답으로 셉니다. 여러 학생이 같은 오답을 냈다면 같은 오해를 하고 있을 가능성이 큽니다. 반 "
              "전체에 설명해 주세요.",
    },
    "build.class_lessons.exercise_caption": {
        "en": "`{id}` in {lesson}: of {students} students, {done} done, {stuck} stuck, {tried} tried.",
        "ko": "{lesson}의 `{id}`: 학생 {students}명 중 {done}명 완료, {stuck}명 막힘, {tried}명 시도함.",
    },
    "build.class_lessons.no_wrong": {
        "en": "No wrong answer to this exercise yet.",
        "ko": "이 연습 문제에는 아직 오답이 없습니다.",
    },
    "build.class_lessons.col_answer": {"en": "answer", "ko": "답"},
    "build.class_lessons.col_students": {"en": "students", "ko": "학생 수"},
    "build.class_lessons.col_students_help": {
        "en": "How many students gave this answer (a student who gave it twice counts once).",
        "ko": "이 답을 낸 학생 수 (같은 학생이 두 번 냈어도 한 번으로 셉니다).",
    },
    "build.class_lessons.col_message": {"en": "what they were told", "ko": "학생이 받은 메시지"},
    "build.class_lessons.student_title": {"en": "One student's answers", "ko": "한 학생의 답"},
    "build.class_lessons.student": {"en": "Student", "ko": "학생"},
    "build.class_lessons.student_help": {
        "en": "Every answer this student gave, newest first, with the message they got. Students are listed by the "
              "name they gave for this page, with the start of their workspace's code.",
        "ko": "이 학생이 낸 모든 답을 최근 것부터, 학생이 받은 메시지와 함께 보여 줍니다. 학생은 이 페이지를 위해 "
              "직접 적은 이름과 작업 공간 코드의 앞부분으로 표시됩니다.",
    },
    "build.class_lessons.no_attempts": {
        "en": "This student has not answered any exercise yet.",
        "ko": "이 학생은 아직 연습 문제에 답하지 않았습니다.",
    },
    "build.class_lessons.attempts_count": {
        "en": "{count:,} answers, newest first.",
        "ko": "답 {count:,}개, 최근 것부터.",
    },
    "build.class_lessons.col_time": {"en": "time (UTC)", "ko": "시각 (UTC)"},
    "build.class_lessons.col_exercise": {"en": "exercise", "ko": "연습 문제"},
    "build.class_lessons.col_result": {"en": "result", "ko": "결과"},
    "build.class_lessons.right": {"en": "✓ right", "ko": "✓ 정답"},
    "build.class_lessons.wrong": {"en": "✗ wrong", "ko": "✗ 오답"},
    "build.class_lessons.settings_title": {"en": "Solutions", "ko": "풀이"},
    "build.class_lessons.solutions": {"en": "Students may see solutions", "ko": "학생이 풀이를 볼 수 있음"},
    "build.class_lessons.solutions_help": {
        "en": "On: a student can open an exercise's solution once they got it right or after its number of wrong "
              "tries (3 unless the lesson says otherwise). Off: no student sees any solution, for example during a "
              "test. Hints still appear after each wrong try. Applies to the whole class at once.",
        "ko": "켜면: 학생이 연습 문제를 맞혔거나 정해진 횟수(레슨에 따로 없으면 3번)만큼 틀린 뒤에 풀이를 열 수 "
              "있습니다. 끄면: 시험 때처럼 어떤 학생도 풀이를 볼 수 없습니다. 힌트는 틀릴 때마다 여전히 나옵니다. 반 "
              "전체에 한꺼번에 적용됩니다.",
    },
    "build.class_lessons.own_title": {"en": "Your own lessons", "ko": "직접 만든 레슨"},
    "build.class_lessons.how_title": {"en": "How to write a lesson", "ko": "레슨 작성법"},
    "build.class_lessons.how_text": {
        "en": "A lesson is one YAML file: a few **steps** (a text, optionally a live part of the app beside it) and "
              "**exercises** that check themselves (kinds: `number`, `build`, `train`, `look`, `choice`). Every text "
              "is given in English (`en`) and Korean (`ko`). Ids are lowercase letters, digits and `-`; an exercise's "
              "id must be new in the whole course. A file that breaks a rule is refused with the line and field "
              "that are wrong, and nothing changes. Uploading a lesson with the same id again replaces it. The "
              "smallest useful lesson:",
        "ko": "레슨은 YAML 파일 하나입니다. 몇 개의 **단계**(글, 그리고 원하면 옆에 보여 줄 앱의 라이브 부분)와 "
              "스스로 채점하는 **연습 문제**(종류: `number`, `build`, `train`, `look`, `choice`)로 이루어집니다. 모든 "
              "글은 영어(`en`)와 한국어(`ko`)로 씁니다. id는 영문 소문자, 숫자, `-`만 쓰고, 연습 문제 id는 코스 "
              "전체에서 새로운 것이어야 합니다. 규칙을 어긴 파일은 틀린 행과 필드를 알려 주며 거부되고, 아무것도 "
              "바뀌지 않습니다. 같은 id의 레슨을 다시 올리면 바뀝니다. 가장 작은 레슨의 예:",
    },
    "build.class_lessons.how_example": {
        "en": "id: my-first-lesson        # lowercase letters, digits and '-'\n"
              "order: 100                 # lessons are listed by order\n"
              "title:\n"
              "  en: Padding keeps the size\n"
              "  ko: 패딩은 크기를 지킨다\n"
              "summary:\n"
              "  en: One step and one question about 'same' padding.\n"
              "  ko: 패딩 'same'에 관한 단계 하나와 질문 하나.\n"
              "steps:\n"
              "  - id: look\n"
              "    title:\n"
              "      en: Slide the kernel\n"
              "      ko: 커널 밀기\n"
              "    text:\n"
              "      en: Switch the padding between valid and same and watch the output's size.\n"
              "      ko: 패딩을 valid와 same으로 바꿔 가며 출력 크기를 보세요.\n"
              "    live:                  # optional: a live part of the app beside the text\n"
              "      kind: conv_lab\n"
              "      settings:\n"
              "        kernel: sobel_x\n"
              "        padding: same\n"
              "    exercises: [my-padding-question]\n"
              "exercises:\n"
              "  - id: my-padding-question  # new in the whole course\n"
              "    kind: choice\n"
              "    prompt:\n"
              "      en: With padding='same' and stride 1, how big is the output?\n"
              "      ko: padding='same', 스트라이드 1이면 출력 크기는?\n"
              "    check:\n"
              "      options:\n"
              "        - id: a\n"
              "          text:\n"
              "            en: As big as the input\n"
              "            ko: 입력과 같은 크기\n"
              "          correct: true\n"
              "          why:\n"
              "            en: Zeros around the border let the kernel visit every input cell.\n"
              "            ko: 가장자리에 0을 채워 커널이 입력의 모든 칸에 놓일 수 있습니다.\n"
              "        - id: b\n"
              "          text:\n"
              "            en: Smaller than the input\n"
              "            ko: 입력보다 작은 크기\n"
              "          why:\n"
              "            en: That is 'valid' padding, which adds no zeros.\n"
              "            ko: 그것은 0을 채우지 않는 'valid' 패딩입니다.\n",
        "ko": "id: my-first-lesson        # 영문 소문자, 숫자, '-'\n"
              "order: 100                 # 레슨은 order 순서로 나열됩니다\n"
              "title:\n"
              "  en: Padding keeps the size\n"
              "  ko: 패딩은 크기를 지킨다\n"
              "summary:\n"
              "  en: One step and one question about 'same' padding.\n"
              "  ko: 패딩 'same'에 관한 단계 하나와 질문 하나.\n"
              "steps:\n"
              "  - id: look\n"
              "    title:\n"
              "      en: Slide the kernel\n"
              "      ko: 커널 밀기\n"
              "    text:\n"
              "      en: Switch the padding between valid and same and watch the output's size.\n"
              "      ko: 패딩을 valid와 same으로 바꿔 가며 출력 크기를 보세요.\n"
              "    live:                  # 선택: 글 옆에 보여 줄 앱의 라이브 부분\n"
              "      kind: conv_lab\n"
              "      settings:\n"
              "        kernel: sobel_x\n"
              "        padding: same\n"
              "    exercises: [my-padding-question]\n"
              "exercises:\n"
              "  - id: my-padding-question  # 코스 전체에서 새로운 id\n"
              "    kind: choice\n"
              "    prompt:\n"
              "      en: With padding='same' and stride 1, how big is the output?\n"
              "      ko: padding='same', 스트라이드 1이면 출력 크기는?\n"
              "    check:\n"
              "      options:\n"
              "        - id: a\n"
              "          text:\n"
              "            en: As big as the input\n"
              "            ko: 입력과 같은 크기\n"
              "          correct: true\n"
              "          why:\n"
              "            en: Zeros around the border let the kernel visit every input cell.\n"
              "            ko: 가장자리에 0을 채워 커널이 입력의 모든 칸에 놓일 수 있습니다.\n"
              "        - id: b\n"
              "          text:\n"
              "            en: Smaller than the input\n"
              "            ko: 입력보다 작은 크기\n"
              "          why:\n"
              "            en: That is 'valid' padding, which adds no zeros.\n"
              "            ko: 그것은 0을 채우지 않는 'valid' 패딩입니다.\n",
    },
    "build.class_lessons.upload": {"en": "Upload a lesson file (.yaml)", "ko": "레슨 파일 올리기 (.yaml)"},
    "build.class_lessons.upload_help": {
        "en": "The file is checked at once: a lesson that breaks a rule is refused with the file, line and field that "
              "are wrong, and nothing changes. A good one joins the course for every student (and the grid above) "
              "right away.",
        "ko": "파일은 바로 검사합니다. 규칙을 어긴 레슨은 파일, 행, 필드를 알려 주며 거부되고 아무것도 바뀌지 "
              "않습니다. 올바른 레슨은 곧바로 모든 학생의 코스(와 위의 표)에 더해집니다.",
    },
    "build.class_lessons.added": {
        "en": "Added the lesson {id} with {exercises} exercises (kept as {file}).",
        "ko": "레슨 {id}을(를) 연습 문제 {exercises}개와 함께 더했습니다 ({file}(으)로 보관).",
    },
    "build.class_lessons.cannot_save": {
        "en": "The lesson files could not be changed: {reason}",
        "ko": "레슨 파일을 바꿀 수 없습니다: {reason}",
    },
    "build.class_lessons.removed": {"en": "Removed the lesson {id}.", "ko": "레슨 {id}을(를) 지웠습니다."},
    "build.class_lessons.already_gone": {
        "en": "The lesson {id} was not there any more.",
        "ko": "레슨 {id}은(는) 이미 없습니다.",
    },
    "build.class_lessons.own_line": {
        "en": "**{title}** · `{id}` · {exercises} exercises · {file}",
        "ko": "**{title}** · `{id}` · 연습 문제 {exercises}개 · {file}",
    },
    "build.class_lessons.remove": {"en": "Remove", "ko": "지우기"},
    "build.class_lessons.remove_help": {
        "en": "Takes the lesson out of the course for every student. Their answers to its exercises stay stored: "
              "uploading the lesson again brings them back to the grid.",
        "ko": "모든 학생의 코스에서 이 레슨을 뺍니다. 학생들이 이 레슨의 연습 문제에 낸 답은 그대로 남아, 레슨을 "
              "다시 올리면 표에 다시 나타납니다.",
    },
    "build.class_lessons.remove_confirm": {
        "en": "Remove the lesson {title} ({id}) from the course for every student?",
        "ko": "모든 학생의 코스에서 레슨 {title} ({id})을(를) 지울까요?",
    },
    "build.class_lessons.no_own": {
        "en": "No lesson of your own yet: the course is the app's own.",
        "ko": "아직 직접 만든 레슨이 없습니다. 지금 코스는 앱에 들어 있는 레슨뿐입니다.",
    },
    "build.class_lessons.refused_title": {
        "en": "**Lesson files not read**, and why (the rest of the course is not affected):",
        "ko": "**읽지 못한 레슨 파일**과 그 이유 (코스의 나머지는 영향을 받지 않습니다):",
    },
}
