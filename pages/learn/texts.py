"""Texts only Convolution lab, Pooling/ReLU/softmax, One training step and Concepts say, in English and Korean.

Registered with the one catalog (cnnviz.i18n.add_texts) by pages.common.texts.register when
pages.common is imported."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # ---- Lessons and Exercises (pages/learn/lessons.py, exercises.py, exercising.py)
    "learn.lessons.intro": {
        "en": "The chapter of the study notes as a path of short lessons: read a step, look at the live part beside "
              "it, then do its exercises. They check themselves; where you are is kept.",
        "ko": "학습 노트의 한 장을 짧은 레슨의 길로 만들었습니다. 단계를 읽고, 옆의 살아 있는 화면을 보고, 연습 문제를 "
              "풀어 보세요. 문제는 스스로 채점되고, 어디까지 했는지 기억됩니다.",
    },
    "learn.lessons.none": {"en": "There are no lessons on this server.", "ko": "이 서버에 레슨이 없습니다."},
    "learn.lessons.lesson": {"en": "Lesson", "ko": "레슨"},
    "learn.lessons.lesson_help": {
        "en": "Lessons follow the chapter in order; the numbers after each say how many of its exercises you have "
              "done. You come back where you left each one.",
        "ko": "레슨은 장의 순서를 따릅니다. 뒤의 숫자는 그 레슨의 연습 문제를 몇 개 풀었는지입니다. 각 레슨은 떠난 "
              "자리로 돌아옵니다.",
    },
    "learn.lessons.lesson_label": {"en": "{n}. {title} · {done}/{total} done",
                                   "ko": "{n}. {title} · {done}/{total} 완료"},
    "learn.lessons.step": {"en": "Step", "ko": "단계"},
    "learn.lessons.step_help": {
        "en": "Each step is one idea: a short text, what to notice, and the part of the app it is about.",
        "ko": "단계마다 한 가지 생각을 다룹니다. 짧은 글, 눈여겨볼 점, 그리고 그 생각이 살아 있는 앱의 한 부분입니다.",
    },
    "learn.lessons.step_label": {"en": "{n} of {count}: {title}", "ko": "{count}단계 중 {n}: {title}"},
    "learn.lessons.previous": {"en": "Previous", "ko": "이전"},
    "learn.lessons.previous_help": {"en": "The step before this one.", "ko": "이 단계의 앞 단계입니다."},
    "learn.lessons.next": {"en": "Next", "ko": "다음"},
    "learn.lessons.next_help": {"en": "The next step of this lesson.", "ko": "이 레슨의 다음 단계입니다."},
    "learn.lessons.next_lesson": {"en": "Next lesson: {title}", "ko": "다음 레슨: {title}"},
    "learn.lessons.next_lesson_help": {"en": "Go on with the next lesson of the chapter.",
                                       "ko": "장의 다음 레슨으로 넘어갑니다."},
    "learn.lessons.open_page": {"en": "Open the full page: {page}", "ko": "전체 페이지 열기: {page}"},
    "learn.lessons.exercises": {"en": "Exercises ({n})", "ko": "연습 문제 ({n})"},
    "learn.lessons.exercise_title": {"en": "Exercise · {kind}", "ko": "연습 문제 · {kind}"},
    "learn.lessons.kind_number": {"en": "compute by hand", "ko": "손으로 계산"},
    "learn.lessons.kind_build": {"en": "build a network", "ko": "네트워크 만들기"},
    "learn.lessons.kind_train": {"en": "train a network", "ko": "네트워크 훈련"},
    "learn.lessons.kind_look": {"en": "look inside", "ko": "안을 들여다보기"},
    "learn.lessons.kind_choice": {"en": "concept question", "ko": "개념 문제"},
    "learn.lessons.your_number": {"en": "Your answer", "ko": "내 답"},
    "learn.lessons.your_number_help": {
        "en": "A number; 1,234 and 1 234 are read as 1234. The sizes in the question are yours: another student has "
              "other numbers.",
        "ko": "숫자 하나입니다. 1,234와 1 234는 1234로 읽습니다. 문제의 크기는 나만의 것입니다. "
              "다른 학생은 다른 숫자를 받습니다.",
    },
    "learn.lessons.your_choice": {"en": "Your answer", "ko": "내 답"},
    "learn.lessons.your_choice_help": {"en": "Pick one; whichever you pick, you learn why it is right or wrong.",
                                       "ko": "하나를 고르세요. 무엇을 고르든 왜 맞거나 틀렸는지 알려 줍니다."},
    "learn.lessons.your_run": {"en": "Your run", "ko": "내 실행"},
    "learn.lessons.your_run_help": {
        "en": "A finished run of yours: the check reads its folder (its settings, its curves, how it stopped).",
        "ko": "끝난 내 실행입니다. 채점은 그 폴더(설정, 곡선, 멈춘 방식)를 읽습니다.",
    },
    "learn.lessons.no_runs": {"en": "You have no finished run yet: train one on the Train page.",
                              "ko": "아직 끝난 실행이 없습니다. 훈련 페이지에서 하나 훈련하세요."},
    "learn.lessons.your_look": {"en": "What you looked at", "ko": "내가 살펴본 것"},
    "learn.lessons.your_look_help": {
        "en": "The test images you opened on the Explain page, newest first.",
        "ko": "설명 페이지에서 연 테스트 이미지들입니다. 최근 것이 먼저입니다.",
    },
    "learn.lessons.look_label": {"en": "test image {image} of {run}: true class {label}, predicted {predicted}",
                                 "ko": "{run}의 테스트 이미지 {image}: 정답 클래스 {label}, 예측 {predicted}"},
    "learn.lessons.no_looks": {
        "en": "You have not opened Explain on a test image yet: pick one of your runs and a test image there.",
        "ko": "아직 설명 페이지에서 테스트 이미지를 연 적이 없습니다. 그곳에서 내 실행과 테스트 이미지를 고르세요.",
    },
    "learn.lessons.open_explain": {"en": "Open the Explain page", "ko": "설명 페이지 열기"},
    "learn.lessons.build_now": {"en": "The Build page holds {layers} layers, {params} parameters, output {shape}.",
                                "ko": "네트워크 만들기 페이지에는 층 {layers}개, 파라미터 {params}개, 출력 {shape}이 "
                                      "있습니다."},
    "learn.lessons.build_broken": {"en": "The network on the Build page does not compute yet: {reason}",
                                   "ko": "네트워크 만들기 페이지의 네트워크가 아직 계산되지 않습니다: {reason}"},
    "learn.lessons.build_answer": {"en": "the Build page's network ({layers} layers)",
                                   "ko": "네트워크 만들기 페이지의 네트워크 (층 {layers}개)"},
    "learn.lessons.open_build": {"en": "Open the Build page", "ko": "네트워크 만들기 페이지 열기"},
    "learn.lessons.load_start": {"en": "Start from the exercise's network", "ko": "문제의 네트워크에서 시작"},
    "learn.lessons.load_start_help": {
        "en": "Replaces the network on the Build page with the one this exercise starts from.",
        "ko": "네트워크 만들기 페이지의 네트워크를 이 문제가 시작하는 네트워크로 바꿉니다.",
    },
    "learn.lessons.check": {"en": "Check", "ko": "채점"},
    "learn.lessons.check_help": {
        "en": "Checks your answer now and says what is right or which mistake it looks like; every try is kept.",
        "ko": "지금 답을 채점하고 무엇이 맞는지, 어떤 실수로 보이는지 알려 줍니다. 시도는 모두 기록됩니다.",
    },
    "learn.lessons.nothing_to_check": {"en": "Give an answer first.", "ko": "먼저 답을 적으세요."},
    "learn.lessons.last_answer": {"en": "Your last answer {answer}: {verdict}", "ko": "마지막 답 {answer}: {verdict}"},
    "learn.lessons.hint_n": {"en": "Hint {n}", "ko": "힌트 {n}"},
    "learn.lessons.hint_after_try": {"en": "A hint opens after each wrong try.",
                                     "ko": "틀릴 때마다 힌트가 하나씩 열립니다."},
    "learn.lessons.solution_after": {"en": "The solution opens after {n} more wrong tries.",
                                     "ko": "{n}번 더 틀리면 풀이가 열립니다."},
    "learn.lessons.solutions_off": {"en": "Your teacher has turned solutions off for now.",
                                    "ko": "선생님이 지금은 풀이를 꺼 두었습니다."},
    "learn.lessons.show_solution": {"en": "Show the solution", "ko": "풀이 보기"},
    "learn.lessons.show_solution_help": {
        "en": "The answer for your own numbers and how it is found. Try once more first if you are close.",
        "ko": "내 숫자에 대한 답과 구하는 방법입니다. 거의 다 왔다면 먼저 한 번 더 해 보세요.",
    },
    "learn.lessons.solution": {"en": "Solution", "ko": "풀이"},
    "learn.lessons.solution_answer": {"en": "The answer: {answer}", "ko": "답: {answer}"},
    "learn.lessons.load_solution": {"en": "Load this network into Build", "ko": "이 네트워크를 만들기 페이지로"},
    "learn.lessons.load_solution_help": {
        "en": "Puts the solution's network on the Build page, to see every layer's shape and parameters.",
        "ko": "풀이의 네트워크를 네트워크 만들기 페이지에 올려 층마다 출력 크기와 파라미터를 봅니다.",
    },
    "learn.lessons.exercises_intro": {
        "en": "Every exercise of the course and where you stand on it. Open any one to do it here.",
        "ko": "과정의 모든 연습 문제와 내 진행 상황입니다. 아무 문제나 열어 여기서 풀 수 있습니다.",
    },
    "learn.lessons.col_lesson": {"en": "Lesson", "ko": "레슨"},
    "learn.lessons.col_exercise": {"en": "Exercise", "ko": "연습 문제"},
    "learn.lessons.col_kind": {"en": "Kind", "ko": "종류"},
    "learn.lessons.col_status": {"en": "Status", "ko": "상태"},
    "learn.lessons.col_tries": {"en": "Tries", "ko": "시도"},
    "learn.lessons.col_prompt": {"en": "Question", "ko": "문제"},
    "learn.lessons.open_exercise": {"en": "Open an exercise", "ko": "연습 문제 열기"},
    "learn.lessons.open_exercise_help": {
        "en": "✓ done, ! stuck (three wrong tries and no right one), … tried, · not started.",
        "ko": "✓ 완료, ! 막힘 (세 번 틀리고 맞힌 적 없음), … 시도함, · 시작 안 함.",
    },
    # ---- from the former cnnviz/texts/concepts_page.py
    "learn.concepts_page.caption": {
        "en": "The ideas of the study notes, each in a few sentences, and the pages where you can see them work.",
        "ko": "학습 노트에 나오는 개념을 몇 문장씩으로 설명하고, 각 개념이 실제로 움직이는 모습을 볼 수 있는 "
              "페이지를 연결합니다.",
    },
    "learn.concepts_page.search": {"en": "Search", "ko": "검색"},
    "learn.concepts_page.placeholder": {"en": "e.g. padding, loss, pooling", "ko": "예: 패딩, 손실, 풀링, padding"},
    "learn.concepts_page.search_help": {
        "en": "Filter the concepts by words in their title or explanation, in English or Korean, e.g. 'padding' or "
              "'손실'.",
        "ko": "제목이나 설명에 들어 있는 단어로 개념을 찾습니다. 한국어와 영어 모두 됩니다. 예: '패딩', 'loss'.",
    },
    "learn.concepts_page.none": {
        "en": "No concept mentions {query}. Try a shorter word.",
        "ko": "{query}이(가) 나오는 개념이 없습니다. 더 짧은 단어로 찾아 보세요.",
    },
    "learn.concepts_page.live_link": {"en": "{page}: {what}", "ko": "{page}: {what}"},
    # ---- from the former cnnviz/texts/labs.py
    # ---- tooltips of the settings (pages.learn.teaching.HELP) -------------------------------------------------------
    "learn.labs.help_mode": {
        "en": "**2-D**: a grayscale image or a grid of numbers, as a Conv2D sees one channel. **1-D**: the same idea "
              "on a row of numbers (the notes start here with `scipy.signal.correlate`). **RGB**: a colour crop, to "
              "see why a kernel has one slice per input channel.",
        "ko": "**2-D**: 흑백 이미지나 숫자 격자입니다. Conv2D가 채널 하나를 보는 방식 그대로입니다. **1-D**: 같은 "
              "원리를 숫자 한 줄에 적용합니다 (노트도 `scipy.signal.correlate`로 여기서 시작합니다). **RGB**: 컬러 "
              "이미지 조각입니다. 커널이 왜 입력 채널마다 한 장씩 있어야 하는지 볼 수 있습니다.",
    },
    "learn.labs.help_source": {
        "en": "What the kernel slides over. **3×3** is the notes' grid [[1, 2, 3], [4, 5, 6], [7, 8, 9]], small "
              "enough to check every number by hand; **6×6 ✎** is a grid you edit; the photo crops (scikit-learn's "
              "sample photos) and the **MNIST** digit show what each kernel does to a real image.",
        "ko": "커널이 미끄러지며 지나갈 입력입니다. **3×3**은 노트의 격자 [[1, 2, 3], [4, 5, 6], [7, 8, 9]]로, 모든 "
              "숫자를 손으로 확인할 수 있을 만큼 작습니다. **6×6 ✎** 격자는 직접 고칠 수 있습니다. 사진 조각"
              "(scikit-learn의 예제 사진)과 **MNIST** 숫자로는 각 커널이 실제 이미지에 무엇을 하는지 볼 수 있습니다.",
    },
    "learn.labs.help_sequence": {
        "en": "The row of numbers the kernel slides over. The notes' example is 2, 8, 3, 7, 1, 2, 0, 4, 5 with the "
              "kernel 2, 1, 5, 3; type your own numbers separated by commas.",
        "ko": "커널이 미끄러지며 지나갈 숫자 한 줄입니다. 노트의 예제는 2, 8, 3, 7, 1, 2, 0, 4, 5이고 커널은 "
              "2, 1, 5, 3입니다. 쉼표로 구분해 원하는 숫자를 입력해 보세요.",
    },
    "learn.labs.help_side": {
        "en": "The crop is resized to this many pixels per side. Up to 16 the value of every cell is printed; larger "
              "grids show colours only (hover a cell to read it).",
        "ko": "사진 조각을 한 변이 이 픽셀 수가 되도록 줄입니다. 16 이하이면 모든 칸의 값이 적히고, 더 크면 색으로만 "
              "보여 줍니다 (칸 위에 마우스를 올리면 값을 읽을 수 있습니다).",
    },
    "learn.labs.help_digit": {
        "en": "Which of the 5,000 real handwritten digits bundled with cnnviz to use.",
        "ko": "cnnviz에 함께 들어 있는 실제 손글씨 숫자 5,000개 가운데 몇 번째를 쓸지 고릅니다.",
    },
    "learn.labs.help_kernel": {
        "en": "The small grid of weights that slides over the input. In a trained CNN these numbers are learned; "
              "here you pick classic hand-made ones. **Sobel x** responds to left-right changes (vertical edges), "
              "**blur** kernels average, **sharpen** and **Laplacian** amplify differences. Edit any cell below.",
        "ko": "입력 위를 미끄러지는 작은 가중치 격자입니다. 훈련된 CNN에서는 이 숫자들을 학습하지만, 여기서는 "
              "널리 알려진 손으로 만든 커널을 고릅니다. **Sobel x**는 좌우 방향의 밝기 변화(세로 경계)에 반응하고, "
              "**blur** 커널은 평균을 내며, **sharpen**과 **Laplacian**은 차이를 키웁니다. 아래 격자의 어떤 칸이든 "
              "고칠 수 있습니다.",
    },
    "learn.labs.help_operation": {
        "en": "**correlate** (cross-correlation) multiplies the window by the kernel as it is: what Keras' Conv2D "
              "and `tf.nn.conv2d` compute. **convolve** (convolution in mathematics, `scipy.signal.convolve2d`) "
              "flips the kernel left↔right and top↔bottom first. For a learned kernel the difference does not "
              "matter: the network would simply learn the flipped weights.",
        "ko": "**correlate**(교차 상관)는 창 안의 값에 커널을 있는 그대로 곱합니다. Keras의 Conv2D와 "
              "`tf.nn.conv2d`가 계산하는 것이 바로 이것입니다. **convolve**(수학에서 말하는 합성곱, "
              "`scipy.signal.convolve2d`)는 먼저 커널을 좌우, 상하로 뒤집습니다. 학습되는 커널에서는 이 차이가 "
              "중요하지 않습니다. 신경망이 뒤집힌 가중치를 그대로 학습하면 되기 때문입니다.",
    },
    "learn.labs.help_padding": {
        "en": "**valid**: no padding, the window only goes where it fits, so the output shrinks by k − 1 "
              "(28 → 26 with a 3×3 kernel). **same**: zeros around the input so the output keeps the input size "
              "(at stride 1); border pixels then count as much as central ones. **full**: k − 1 zeros on every "
              "side, so every input value meets every kernel weight; the output grows by k − 1.",
        "ko": "**valid**: 패딩이 없습니다. 창이 들어맞는 곳에만 놓이므로 출력이 k − 1만큼 줄어듭니다 (3×3 커널이면 "
              "28 → 26). **same**: 입력 둘레에 0을 채워 출력이 입력과 같은 크기를 유지합니다 (스트라이드 1일 때). "
              "이때 가장자리 픽셀도 가운데 픽셀만큼 계산에 반영됩니다. **full**: 모든 방향에 0을 k − 1개씩 채워, 모든 "
              "입력 값이 모든 커널 가중치와 만납니다. 출력은 k − 1만큼 커집니다.",
    },
    "learn.labs.help_same_style": {
        "en": "Only matters for an even kernel side (2, 4): 'same' then needs an odd number of zeros, so one side "
              "gets one more. **Keras / TensorFlow** put the extra zero after (right, bottom). **SciPy** as in the "
              "notes: `scipy.signal.correlate` (1-D) puts it before, `correlate2d` after (like TF), "
              "`convolve`/`convolve2d` flip the kernel and put it before.",
        "ko": "커널의 한 변이 짝수(2, 4)일 때만 의미가 있습니다. 이때 'same'에는 홀수 개의 0이 필요해서 한쪽에 0이 "
              "하나 더 들어갑니다. **Keras / TensorFlow**는 남는 0을 뒤(오른쪽, 아래)에 둡니다. **SciPy**는 노트와 "
              "같습니다. `scipy.signal.correlate`(1-D)는 앞에, `correlate2d`는 뒤에(TF와 같음) 두고, "
              "`convolve`/`convolve2d`는 커널을 뒤집은 뒤 앞에 둡니다.",
    },
    "learn.labs.help_stride": {
        "en": "How many cells the window moves between two outputs. Stride 1 visits every position; stride 2 skips "
              "every other one, so the output is about half as long: ⌊(n + 2p − k) / s⌋ + 1. The notes keep stride "
              "1 in convolutions and shrink with pooling instead.",
        "ko": "출력 하나를 만든 뒤 다음 출력까지 창이 움직이는 칸 수입니다. 스트라이드 1은 모든 위치를 지나고, "
              "스트라이드 2는 한 칸씩 건너뛰므로 출력 길이가 약 절반이 됩니다: ⌊(n + 2p − k) / s⌋ + 1. 노트에서는 "
              "합성곱의 스트라이드를 1로 두고, 크기는 풀링으로 줄입니다.",
    },
    "learn.labs.help_step": {
        "en": "Press Play or drag the slider under the figure: the orange box shows the window on the padded input "
              "that produces the boxed output cell, the output fills in cell by cell, and the line below writes out "
              "that cell's multiplications and sum. It all runs in your browser, so stepping is instant.",
        "ko": "그림 아래의 ▶ 버튼을 누르거나 슬라이더를 끌어 보세요. 주황색 상자는 패딩된 입력 위에서 상자 친 출력 "
              "칸을 만드는 창입니다. 출력이 한 칸씩 채워지고, 아래 줄에 그 칸의 곱셈과 합이 적힙니다. 모두 "
              "브라우저에서 실행되므로 바로바로 넘어갑니다.",
    },
    "learn.labs.help_kernel_depth": {
        "en": "A kernel must cover every input channel at once: for an RGB image it is kh × kw × 3. Pick another "
              "depth to see the error Keras would give you.",
        "ko": "커널은 모든 입력 채널을 한꺼번에 덮어야 합니다. RGB 이미지라면 kh × kw × 3입니다. 다른 깊이를 골라 "
              "Keras가 어떤 오류를 내는지 확인해 보세요.",
    },
    "learn.labs.help_channel_weights": {
        "en": "How much of the kernel each colour channel gets (the kernel's slice for that channel is the pattern "
              "times this number). A learned kernel has independent numbers in each slice.",
        "ko": "색 채널마다 커널을 얼마나 줄지 정합니다 (그 채널의 커널 조각 = 패턴 × 이 숫자). 학습된 커널은 조각마다 "
              "서로 독립적인 숫자를 가집니다.",
    },
    "learn.labs.help_pool_size": {
        "en": "Height and width of the pooling window. Pooling has no weights: max keeps the largest value of each "
              "window, average keeps the mean. A 2×2 pool halves the map (28×28 → 14×14).",
        "ko": "풀링 창의 높이와 너비입니다. 풀링에는 가중치가 없습니다. 최대 풀링은 각 창에서 가장 큰 값을, 평균 "
              "풀링은 평균을 남깁니다. 2×2 풀링은 맵을 절반으로 줄입니다 (28×28 → 14×14).",
    },
    "learn.labs.help_pool_stride": {
        "en": "How far the pooling window moves. Keras uses the pool size by default, so windows do not overlap; a "
              "smaller stride makes them overlap and shrinks the map less.",
        "ko": "풀링 창이 한 번에 움직이는 거리입니다. Keras는 기본으로 풀링 크기만큼 움직이므로 창이 겹치지 않습니다. "
              "스트라이드를 더 작게 하면 창이 겹치고 맵이 덜 줄어듭니다.",
    },
    "learn.labs.help_pool_padding": {
        "en": "**valid** (the usual choice) drops leftover border rows/columns: 5×5 with a 2×2 pool → 2×2. **same** "
              "pads so nothing is dropped (5×5 → 3×3); padded cells are ignored (max never picks them, the average "
              "divides by the real cells only).",
        "ko": "**valid**(보통 쓰는 방식)는 남는 가장자리 행/열을 버립니다: 5×5에 2×2 풀링 → 2×2. **same**은 아무것도 "
              "버리지 않도록 패딩합니다 (5×5 → 3×3). 패딩한 칸은 무시됩니다 (최대 풀링은 절대 고르지 않고, 평균은 "
              "실제 칸 수로만 나눕니다).",
    },
    "learn.labs.help_pool_window": {
        "en": "Which pooling window to highlight on the feature map (and the output cell it makes).",
        "ko": "특성 맵에서 강조해 볼 풀링 창(과 그 창이 만드는 출력 칸)을 고릅니다.",
    },
    "learn.labs.help_feature_map": {
        "en": "The map that pooling and ReLU are applied to. **MNIST ⋆ Sobel x**: filtering a digit with Sobel x "
              "gives negative and positive values (dark-to-bright and bright-to-dark edges), which is what a conv "
              "layer produces before its activation. **4×4**: the numbers 1…16 with every other column negated. "
              "**4×4 ✎**: a grid you edit.",
        "ko": "풀링과 렐루를 적용할 맵입니다. **MNIST ⋆ Sobel x**: 숫자 이미지를 Sobel x로 필터링하면 음수와 양수"
              "(어두운 곳→밝은 곳, 밝은 곳→어두운 곳 경계)가 함께 나옵니다. 합성곱층이 활성화 함수를 거치기 전에 "
              "만드는 값이 바로 이런 모습입니다. **4×4**: 1…16을 한 열 걸러 부호를 바꾼 격자입니다. **4×4 ✎**: 직접 "
              "고칠 수 있는 격자입니다.",
    },
    "learn.labs.help_logits": {
        "en": "The raw scores of the last Dense layer, one per class, before softmax. Any real numbers: edit them "
              "and watch the probabilities. Adding the same number to all of them changes nothing.",
        "ko": "마지막 Dense 층이 소프트맥스 전에 내는 클래스별 점수(로짓)입니다. 어떤 실수든 될 수 있습니다. 값을 "
              "고치며 확률이 어떻게 바뀌는지 보세요. 모든 로짓에 같은 수를 더해도 아무것도 바뀌지 않습니다.",
    },
    "learn.labs.help_target": {
        "en": "The true class of the example. The cross-entropy loss is −log(probability of this class): near 0 "
              "when the network is confident and right, large when it gives the right class little probability.",
        "ko": "이 샘플의 정답 클래스입니다. 크로스 엔트로피 손실은 −log(이 클래스의 확률)입니다. 신경망이 확신을 "
              "갖고 맞히면 0에 가깝고, 정답 클래스에 작은 확률을 주면 커집니다.",
    },
    "learn.labs.help_batch_size": {
        "en": "How many real digits (balanced over the 10 classes) the step averages its loss and gradients over. "
              "The notes train with 128; a small batch keeps every number on screen readable.",
        "ko": "한 단계에서 손실과 그레이디언트의 평균을 낼 실제 숫자 이미지 수입니다 (10개 클래스에서 고르게 "
              "뽑습니다). 노트는 128로 훈련하지만, 배치가 작으면 화면의 숫자를 모두 읽을 수 있습니다.",
    },
    "learn.labs.help_units": {
        "en": "Neurons in the hidden Dense layer after flattening (the notes use 100). w1 then has "
              "14·14·kernels × units weights.",
        "ko": "펼친 다음에 오는 은닉 Dense 층의 뉴런 수입니다 (노트는 100). 그러면 w1의 가중치는 "
              "14·14·커널 수 × units개입니다.",
    },
    "learn.labs.help_kernels": {
        "en": "How many 3×3 kernels the convolution learns (the notes: 10). Each makes one feature map.",
        "ko": "합성곱이 학습할 3×3 커널의 개수입니다 (노트는 10개). 커널 하나가 특성 맵 하나를 만듭니다.",
    },
    "learn.labs.help_learning_rate": {
        "en": "How big a step SGD takes against the gradient: w ← w − lr · g. Too small and the loss barely moves; "
              "too large and it jumps past the minimum and can grow. The notes use 0.01 over many batches; try 0.1 "
              "to see the loss fall within a few steps on one batch.",
        "ko": "SGD가 그레이디언트의 반대 방향으로 내딛는 보폭입니다: w ← w − lr · g. 너무 작으면 손실이 거의 움직이지 "
              "않고, 너무 크면 최솟값을 지나쳐 손실이 오히려 커질 수 있습니다. 노트는 여러 배치에 걸쳐 0.01을 "
              "쓰지만, 0.1로 하면 배치 하나에서 몇 단계 만에 손실이 떨어지는 것을 볼 수 있습니다.",
    },
    "learn.labs.help_seed": {
        "en": "Seed of the random Glorot-uniform initial weights: the same seed gives the same starting network.",
        "ko": "글로럿 초기화(균등 분포, glorot_uniform)로 뽑는 초기 가중치의 난수 시드입니다. 시드가 같으면 같은 "
              "신경망에서 출발합니다.",
    },
    "learn.labs.help_steps": {
        "en": "Steps to take at once (each is a full forward pass, GradientTape and SGD update on the same batch).",
        "ko": "한 번에 진행할 단계 수입니다 (한 단계 = 같은 배치에 대한 정방향 계산, GradientTape, SGD 업데이트).",
    },
    # ---- shared pickers (pages/learn/teaching.py) -------------------------------------------------------------------
    "learn.labs.input": {"en": "Input", "ko": "입력"},
    "learn.labs.kernel": {"en": "Kernel", "ko": "커널"},
    "learn.labs.size": {"en": "Size (pixels per side)", "ko": "크기 (한 변의 픽셀 수)"},
    "learn.labs.digit": {"en": "Digit number", "ko": "숫자 이미지 번호"},
    "learn.labs.seed_grid_caption": {
        "en": "The study notes' grid, small enough to check every number by hand.",
        "ko": "공부 노트의 격자입니다. 모든 숫자를 손으로 확인해 볼 수 있을 만큼 작습니다.",
    },
    "learn.labs.edit_grid_caption": {
        "en": "A dark-to-bright vertical edge: try Sobel x. Click a cell to change it.",
        "ko": "어두운 쪽에서 밝은 쪽으로 바뀌는 세로 경계입니다. Sobel x를 적용해 보세요. 칸을 클릭하면 값을 바꿀 수 "
              "있습니다.",
    },
    "learn.labs.digit_caption": {
        "en": "A real handwritten **{label}** from the bundled MNIST sample, {side}×{side}.",
        "ko": "함께 들어 있는 MNIST 샘플의 실제 손글씨 **{label}**입니다 ({side}×{side}).",
    },
    "learn.labs.photo_caption": {
        "en": "A grayscale crop of scikit-learn's sample photo {name}, {side}×{side}, values 0 (black) to 1.",
        "ko": "scikit-learn의 예제 사진 {name}에서 잘라 낸 {side}×{side} 흑백 조각입니다. 값은 0(검정)부터 "
              "1까지입니다.",
    },
    "learn.labs.kernel_numbers": {"en": "Kernel (numbers separated by commas)", "ko": "커널 (쉼표로 구분한 숫자)"},
    "learn.labs.kernel_editor_caption": {
        "en": "Edit any weight; pick the preset again (another one first) to reset.",
        "ko": "어떤 가중치든 고칠 수 있습니다. 처음 값으로 되돌리려면 다른 커널을 골랐다가 다시 고르세요.",
    },
    "learn.labs.preset_caption": {"en": "**{name}**: {description}", "ko": "**{name}**: {description}"},
    "learn.labs.preset_identity": {"en": "identity", "ko": "항등 커널"},
    "learn.labs.preset_box_blur": {"en": "box blur", "ko": "박스 블러 (평균)"},
    "learn.labs.preset_gaussian_blur": {"en": "Gaussian blur", "ko": "가우시안 블러"},
    "learn.labs.preset_sobel_x": {"en": "Sobel x", "ko": "소벨 x (Sobel x)"},
    "learn.labs.preset_sobel_y": {"en": "Sobel y", "ko": "소벨 y (Sobel y)"},
    "learn.labs.preset_sharpen": {"en": "sharpen", "ko": "선명하게 (sharpen)"},
    "learn.labs.preset_laplacian": {"en": "Laplacian", "ko": "라플라시안 (Laplacian)"},
    "learn.labs.preset_seed": {"en": "the notes' 2×2 kernel", "ko": "노트의 2×2 커널"},
    "learn.labs.what_sequence": {"en": "sequence", "ko": "수열"},
    "learn.labs.what_kernel": {"en": "kernel", "ko": "커널"},
    "learn.labs.what_channel_weights": {"en": "channel weights", "ko": "채널별 가중치"},
    "learn.labs.numbers_empty": {
        "en": "the {what} is empty: type numbers separated by commas",
        "ko": "{what} 입력이 비어 있습니다. 쉼표로 구분해 숫자를 입력하세요",
    },
    "learn.labs.numbers_bad": {
        "en": "the {what}'s item {position} ({item}) is not a number",
        "ko": "{what}의 {position}번째 항목({item})이 숫자가 아닙니다",
    },
    # ---- convolution lab (pages/learn/lab.py) ---------------------------------------------------------------------
    "learn.labs.lab_title": {"en": "Convolution lab", "ko": "합성곱 실험실"},
    "learn.labs.lab_intro": {
        "en": "What one Conv2D filter computes: a small kernel slides over the input; at every position the cells "
              "under it are multiplied by the kernel's weights and added up into one output number. Change padding "
              "and stride and watch the output size formula, then step through the positions one by one.",
        "ko": "Conv2D 필터 하나가 계산하는 것을 봅니다. 작은 커널이 입력 위를 미끄러지며, 위치마다 커널 아래 칸들에 "
              "커널의 가중치를 곱하고 모두 더해 출력 숫자 하나를 만듭니다. 패딩과 스트라이드를 바꿔 가며 출력 크기 "
              "공식을 확인한 다음, 위치를 하나씩 따라가 보세요.",
    },
    "learn.labs.lab_mode": {"en": "What to slide over", "ko": "커널을 미끄러뜨릴 입력"},
    "learn.labs.mode_2d": {"en": "grid or grayscale image", "ko": "격자나 흑백 이미지"},
    "learn.labs.mode_1d": {"en": "a row of numbers", "ko": "숫자 한 줄"},
    "learn.labs.mode_rgb": {"en": "colour crop, 3 channels", "ko": "컬러 조각, 채널 3개"},
    "learn.labs.sequence": {"en": "Sequence (numbers separated by commas)", "ko": "수열 (쉼표로 구분한 숫자)"},
    "learn.labs.rgb_caption": {
        "en": "A {side}×{side} colour crop of scikit-learn's flower.jpg: shape ({side}, {side}, 3).",
        "ko": "scikit-learn의 flower.jpg에서 잘라 낸 {side}×{side} 컬러 조각입니다. 크기는 ({side}, {side}, 3)입니다.",
    },
    "learn.labs.kernel_depth": {"en": "Kernel depth", "ko": "커널 깊이"},
    "learn.labs.channel_weights": {
        "en": "Weight of the kernel per channel (red, green, blue)",
        "ko": "채널별 커널 가중치 (빨강, 초록, 파랑)",
    },
    "learn.labs.channel_weights_where": {"en": "Channel weights", "ko": "채널별 가중치"},
    "learn.labs.operation": {"en": "Operation", "ko": "연산"},
    "learn.labs.operation_correlate": {"en": "cross-correlation (Keras)", "ko": "교차 상관 (Keras)"},
    "learn.labs.operation_convolve": {"en": "convolution (flip)", "ko": "합성곱 (커널 뒤집기)"},
    "learn.labs.same_style": {"en": "'same' convention", "ko": "'same' 규칙"},
    "learn.labs.stride": {"en": "Stride", "ko": "스트라이드 (strides)"},
    "learn.labs.cannot_slide": {"en": "Cannot slide this kernel", "ko": "이 커널을 적용할 수 없습니다"},
    "learn.labs.output_size": {"en": "Output size", "ko": "출력 크기"},
    "learn.labs.axis_length": {"en": "length", "ko": "길이"},
    "learn.labs.axis_height": {"en": "height", "ko": "높이"},
    "learn.labs.axis_width": {"en": "width", "ko": "너비"},
    "learn.labs.output_axis": {
        "en": "**Output {name}** (n = {n}, k = {k}, padding {before} before + {after} after, s = {s}): "
              "&nbsp; `{formula}`",
        "ko": "**출력 {name}** (n = {n}, k = {k}, 패딩 앞 {before} + 뒤 {after}, s = {s}): &nbsp; `{formula}`",
    },
    "learn.labs.shapes": {
        "en": "Input shape {input} → output shape **{output}**",
        "ko": "입력 크기 {input} → 출력 크기 **{output}**",
    },
    "learn.labs.same_agree": {
        "en": "This kernel has an even side, so 'same' needs an odd number of zeros. Here both conventions put the "
              "extra zero in the same place (SciPy's correlate2d does it like TensorFlow), so the outputs agree. "
              "Try convolution or the 1-D sequence to see them differ.",
        "ko": "이 커널은 한 변이 짝수라서 'same'에 홀수 개의 0이 필요합니다. 여기서는 두 규칙 모두 남는 0을 같은 곳에 "
              "두므로 (SciPy의 correlate2d는 TensorFlow와 같은 방식입니다) 출력이 같습니다. convolve나 1-D 수열로 "
              "바꾸면 차이를 볼 수 있습니다.",
    },
    "learn.labs.same_disagree": {
        "en": "This kernel has an even side, so 'same' needs an odd number of zeros and the conventions disagree "
              "on where the extra one goes. With the **{other}** convention the output would be:\n\n`{output}`",
        "ko": "이 커널은 한 변이 짝수라서 'same'에 홀수 개의 0이 필요한데, 남는 0을 어디에 둘지 두 규칙이 다릅니다. "
              "**{other}** 규칙을 따르면 출력은 다음과 같습니다:\n\n`{output}`",
    },
    "learn.labs.step_through": {"en": "Step through", "ko": "한 칸씩 따라가기"},
    "learn.labs.step_cell": {"en": "Output cell (of {count})", "ko": "출력 칸 ({count}칸 중)"},
    "learn.labs.step_cell_help": {
        "en": "Which output cell to show, counted row by row: the figure boxes its window on the input and the line "
              "above writes out its multiply-adds. With the keyboard: the arrow keys step one cell, Home and End go "
              "to the first and the last.",
        "ko": "보여 줄 출력 칸입니다 (한 줄씩 차례로 셉니다). 그림은 입력 위에 그 칸의 창을 상자로 표시하고, 위의 "
              "줄에 곱셈과 덧셈을 적습니다. 키보드로는 화살표 키가 한 칸씩, Home과 End가 처음과 끝으로 옮깁니다.",
    },
    "learn.labs.step_caption": {
        "en": "Press **▶ Play** or drag the slider under the figure (with the keyboard: the **Output cell** slider "
              "above it, arrow keys): the orange box is the window on the padded "
              "input, the output fills in cell by cell, and the line below the panels writes out the current "
              "cell's multiply-adds.",
        "ko": "그림 아래의 **▶** 버튼을 누르거나 슬라이더를 끌어 보세요 (키보드로는 그림 위의 **출력 칸** 슬라이더를 "
              "화살표 키로 움직입니다). 주황색 상자는 패딩된 입력 위의 창이고, "
              "출력이 한 칸씩 채워지며, 패널 아래 줄에 지금 칸의 곱셈과 덧셈이 적힙니다.",
    },
    "learn.labs.convolve_caption": {
        "en": "Convolution = cross-correlation with the kernel flipped left↔right and top↔bottom (the middle panel "
              "shows the flipped kernel that actually slides).",
        "ko": "합성곱 = 커널을 좌우, 상하로 뒤집은 교차 상관입니다 (가운데 패널에 실제로 미끄러지는 뒤집힌 커널이 "
              "보입니다).",
    },
    "learn.labs.same_in_libraries": {
        "en": "The same computation in SciPy and TensorFlow",
        "ko": "SciPy와 TensorFlow로 같은 계산하기",
    },
    "learn.labs.libraries_checked": {
        "en": "The tests check this page's numbers against both, for every padding and stride.",
        "ko": "테스트가 모든 패딩과 스트라이드에서 이 페이지의 숫자를 두 라이브러리의 결과와 비교합니다.",
    },
    "learn.labs.no_scipy_call": {
        "en": "# SciPy has no single call for this: it only pads 'same' its own way and has no channels axis",
        "ko": "# SciPy에는 이 계산을 한 번에 하는 함수가 없습니다: 'same' 패딩은 자기 방식으로만 하고 채널 축이 "
              "없습니다",
    },
    "learn.labs.share": {"en": "Share this convolution", "ko": "이 합성곱 공유하기"},
    "learn.labs.share_text": {
        "en": "The settings above are in this page's address: send it to open exactly this convolution.",
        "ko": "위의 설정은 이 페이지의 주소에 들어 있습니다. 주소를 보내면 받는 사람도 똑같은 합성곱을 엽니다.",
    },
    # ---- pooling, ReLU, softmax (pages/learn/layers_lab.py) ----------------------------------------------------------
    "learn.labs.layers_title": {"en": "Pooling, ReLU and softmax", "ko": "풀링, 렐루, 소프트맥스"},
    "learn.labs.layers_intro": {
        "en": "After a convolution comes an activation (ReLU) and often pooling; at the very end softmax turns "
              "scores into probabilities and cross-entropy measures how wrong they are.",
        "ko": "합성곱 다음에는 활성화 함수(렐루)가 오고, 흔히 풀링이 뒤따릅니다. 맨 끝에서는 소프트맥스가 점수를 "
              "확률로 바꾸고, 크로스 엔트로피가 그 확률이 얼마나 틀렸는지 잽니다.",
    },
    "learn.labs.feature_map": {"en": "Feature map", "ko": "특성 맵"},
    "learn.labs.filtered_digit_caption": {
        "en": "A {label} from the MNIST sample (12×12), filtered by Sobel x with 'same' padding.",
        "ko": "MNIST 샘플의 숫자 {label}(12×12)에 'same' 패딩으로 Sobel x를 적용한 결과입니다.",
    },
    "learn.labs.example_map_caption": {
        "en": "1…16 in a 4×4 grid with every other column negated.",
        "ko": "1…16을 4×4 격자에 놓고 한 열 걸러 부호를 바꾼 것입니다.",
    },
    "learn.labs.click_cell": {"en": "Click a cell to change it.", "ko": "칸을 클릭하면 값을 바꿀 수 있습니다."},
    "learn.labs.pooling_header": {"en": "Max vs average pooling", "ko": "최대 풀링과 평균 풀링"},
    "learn.labs.pooling": {"en": "Pooling", "ko": "풀링"},
    "learn.labs.pool_size": {"en": "Pool size", "ko": "풀링 크기 (pool_size)"},
    "learn.labs.pool_same_stride": {
        "en": "Stride = pool size (Keras default)",
        "ko": "스트라이드 = 풀링 크기 (Keras 기본값)",
    },
    "learn.labs.pool_stride": {"en": "Pool stride", "ko": "풀링 스트라이드 (strides)"},
    "learn.labs.pool_padding": {"en": "Pool padding", "ko": "풀링 패딩 (padding)"},
    "learn.labs.window": {"en": "Window", "ko": "창"},
    "learn.labs.pool_output_axis": {"en": "Output {name}: `{formula}`", "ko": "출력 {name}: `{formula}`"},
    "learn.labs.pool_window_values": {
        "en": "Window {window}: max = **{max:.3g}**, average = **{average:.3g}**. Pooling has no weights: nothing "
              "here is learned.",
        "ko": "창 {window}: 최댓값 = **{max:.3g}**, 평균 = **{average:.3g}**. 풀링에는 가중치가 없습니다. 여기서는 "
              "아무것도 학습되지 않습니다.",
    },
    "learn.labs.relu_header": {"en": "ReLU", "ko": "렐루 (ReLU)"},
    "learn.labs.before_relu": {"en": "before ReLU", "ko": "렐루 전"},
    "learn.labs.after_relu": {"en": "after ReLU = max(x, 0)", "ko": "렐루 후 = max(x, 0)"},
    "learn.labs.relu_negatives": {
        "en": "{negatives} of {total} values were negative and became 0; the positive ones pass unchanged. Usual "
              "order in a CNN: convolution → ReLU → pooling.",
        "ko": "값 {total}개 가운데 음수였던 {negatives}개가 0이 되었고, 양수는 그대로 통과합니다. CNN의 보통 순서는 "
              "합성곱 → 렐루 → 풀링입니다.",
    },
    "learn.labs.softmax_header": {"en": "Softmax and cross-entropy", "ko": "소프트맥스와 크로스 엔트로피"},
    "learn.labs.column_class": {"en": "class", "ko": "클래스"},
    "learn.labs.column_logit": {"en": "logit", "ko": "로짓"},
    "learn.labs.target": {"en": "Target class", "ko": "정답 클래스"},
    "learn.labs.logits_where": {"en": "Logits", "ko": "로짓"},
    "learn.labs.logit_empty": {
        "en": "the logit of class {cls} is empty; type a number.",
        "ko": "클래스 {cls}의 로짓이 비어 있습니다. 숫자를 입력하세요.",
    },
    "learn.labs.softmax_line": {
        "en": "softmax(z)ᵢ = exp(zᵢ) / Σⱼ exp(zⱼ): the class {target} logit {z:g} becomes exp({z:g}) / {total:.3f} "
              "= **{p:.3f}**.",
        "ko": "softmax(z)ᵢ = exp(zᵢ) / Σⱼ exp(zⱼ): 클래스 {target}의 로짓 {z:g}는 exp({z:g}) / {total:.3f} "
              "= **{p:.3f}**가 됩니다.",
    },
    "learn.labs.sparse_line": {
        "en": "**Sparse** cross-entropy (target as the integer `{target}`): −log p[{target}] = −log {p:.4f} = "
              "**{loss:.4f}**",
        "ko": "**희소 (sparse)** 크로스 엔트로피 (타깃은 정수 `{target}`): −log p[{target}] = −log {p:.4f} = "
              "**{loss:.4f}**",
    },
    "learn.labs.one_hot_line": {
        "en": "**One-hot** cross-entropy (target `{vector}`): −({terms}) = **{loss:.4f}**",
        "ko": "**원-핫** 크로스 엔트로피 (타깃 `{vector}`): −({terms}) = **{loss:.4f}**",
    },
    "learn.labs.both_losses": {
        "en": "Both give {loss:.4f}: in the one-hot sum every term but the target's is multiplied by 0. Keras: "
              "`sparse_categorical_crossentropy` for integer labels, `categorical_crossentropy` for one-hot.",
        "ko": "둘 다 {loss:.4f}입니다. 원-핫 합에서는 타깃 항을 뺀 나머지 항에 모두 0이 곱해지기 때문입니다. "
              "Keras에서는 정수 레이블에 `sparse_categorical_crossentropy`, 원-핫 인코딩 레이블에 "
              "`categorical_crossentropy`를 씁니다.",
    },
    # ---- one training step (pages/learn/training_step.py) ----------------------------------------------------------
    "learn.labs.step_title": {"en": "One training step, opened up", "ko": "훈련 한 단계 들여다보기"},
    "learn.labs.step_intro": {
        "en": "The study notes' ConvolutionNetwork: 3×3 'same' convolution with 10 kernels → ReLU → 2×2 max pooling "
              "→ flatten → Dense + ReLU → Dense → softmax, written with tf.Variable weights. One step = forward "
              "pass, cross-entropy loss, gradients from tf.GradientTape, and SGD: w ← w − lr · g. Take steps on the "
              "same batch of real digits and watch the loss fall.",
        "ko": "공부 노트의 ConvolutionNetwork입니다: 커널 10개의 3×3 'same' 합성곱 → 렐루 → 2×2 최대 풀링 → 펼치기 → "
              "Dense + 렐루 → Dense → 소프트맥스를 tf.Variable 가중치로 직접 만들었습니다. 한 단계 = 정방향 계산, "
              "크로스 엔트로피 손실, tf.GradientTape로 구한 그레이디언트, 그리고 SGD: w ← w − lr · g. 실제 숫자 "
              "이미지로 된 같은 배치에서 단계를 밟으며 손실이 줄어드는 것을 지켜보세요.",
    },
    "learn.labs.batch_size": {"en": "Batch size", "ko": "배치 크기 (batch_size)"},
    "learn.labs.kernels": {"en": "Kernels", "ko": "커널 수"},
    "learn.labs.units": {"en": "Dense units", "ko": "Dense 뉴런 수 (units)"},
    "learn.labs.seed": {"en": "Seed", "ko": "시드"},
    "learn.labs.start_over": {"en": "Start over with new weights", "ko": "새 가중치로 다시 시작"},
    "learn.labs.creating_network": {
        "en": "Creating the network (Glorot-uniform weights) and loading the batch…",
        "ko": "신경망을 만들고 (글로럿 초기화) 배치를 불러오는 중…",
    },
    "learn.labs.learning_rate": {"en": "Learning rate", "ko": "학습률 (learning_rate)"},
    "learn.labs.steps_per_click": {"en": "Steps per click", "ko": "클릭당 단계 수"},
    "learn.labs.step_button": {"en": "Step", "ko": "한 단계"},
    "learn.labs.step_button_help": {
        "en": "Apply the update shown below and compute the gradients at the new weights.",
        "ko": "아래에 보이는 업데이트를 적용하고, 새 가중치에서 그레이디언트를 다시 계산합니다.",
    },
    "learn.labs.stepping": {"en": "Stepping…", "ko": "단계를 진행하는 중…"},
    "learn.labs.step_of": {"en": "Step {step} of {count}", "ko": "{count}단계 중 {step}단계"},
    "learn.labs.forward_and_gradients": {
        "en": "Forward pass and gradients…",
        "ko": "정방향 계산과 그레이디언트를 계산하는 중…",
    },
    "learn.labs.dead_network": {
        "en": "**The network is dead.** Every ReLU after the convolution outputs 0 for every image, so no gradient "
              "reaches the kernels or the first dense layer (their gradients are exactly 0) and the output is the "
              "same whatever the image. The loss can only drift towards ln 10 = 2.3026, the loss of giving every "
              "class 1/10: it will not learn any more. A step at learning rate {lr:g} pushed the weights too far. "
              "Start over (above) with a smaller learning rate.",
        "ko": "**신경망이 죽었습니다.** 합성곱 뒤의 렐루가 모든 이미지에서 0만 내보내므로, 커널과 첫 번째 Dense 층까지 "
              "그레이디언트가 전혀 전달되지 않고 (그레이디언트가 정확히 0입니다) 어떤 이미지를 넣어도 출력이 "
              "같습니다. 손실은 모든 클래스에 1/10을 줄 때의 손실인 ln 10 = 2.3026 쪽으로 흘러갈 뿐, 더 이상 "
              "학습하지 못합니다. 학습률 {lr:g}로 밟은 한 단계가 가중치를 너무 멀리 밀어냈습니다. 위에서 더 작은 "
              "학습률로 다시 시작하세요.",
    },
    "learn.labs.steps_taken": {"en": "Steps taken", "ko": "진행한 단계"},
    "learn.labs.loss_now": {"en": "Loss now", "ko": "지금 손실"},
    "learn.labs.since_start": {"en": "{delta:+.4f} since start", "ko": "시작 이후 {delta:+.4f}"},
    "learn.labs.loss_next": {"en": "Loss after the next step", "ko": "다음 단계 후 손실"},
    "learn.labs.batch_accuracy": {"en": "Batch accuracy", "ko": "배치 정확도"},
    "learn.labs.forward_pass": {"en": "Forward pass", "ko": "정방향 계산"},
    "learn.labs.column_stage": {"en": "stage", "ko": "단계"},
    "learn.labs.column_code": {"en": "code", "ko": "코드"},
    "learn.labs.column_shape": {"en": "shape", "ko": "크기 (shape)"},
    "learn.labs.glorot_header": {"en": "Glorot-uniform initial weights", "ko": "글로럿 초기화 (균등 분포) 초기 가중치"},
    "learn.labs.column_weight": {"en": "weight", "ko": "가중치"},
    "learn.labs.column_limit": {"en": "limit", "ko": "한계 (limit)"},
    "learn.labs.column_largest_now": {"en": "largest |w| now", "ko": "지금 가장 큰 |w|"},
    "learn.labs.glorot_caption": {
        "en": "Initial weights are drawn uniformly from ±limit; the biases start at 0. After training steps a "
              "weight may leave the initial range.",
        "ko": "초기 가중치는 ±limit 사이에서 균등하게 뽑고, 편향은 0에서 시작합니다. 훈련 단계를 거치면 가중치가 처음 "
              "범위를 벗어날 수 있습니다.",
    },
    "learn.labs.gradients_header": {"en": "Gradients and the update", "ko": "그레이디언트와 업데이트"},
    "learn.labs.column_role": {"en": "role", "ko": "역할"},
    "learn.labs.column_gradient_norm": {"en": "gradient norm ‖g‖", "ko": "그레이디언트 노름 ‖g‖"},
    "learn.labs.column_largest_change": {"en": "largest change |lr·g|", "ko": "가장 큰 변화 |lr·g|"},
    "learn.labs.tab_kernels": {"en": "Conv kernels", "ko": "합성곱 커널"},
    "learn.labs.tab_maps": {"en": "Feature maps", "ko": "특성 맵"},
    "learn.labs.tab_dense": {"en": "Dense weights", "ko": "Dense 가중치"},
    "learn.labs.tab_batch": {"en": "Batch", "ko": "배치"},
    "learn.labs.kernels_now": {"en": "kernels now (w)", "ko": "지금의 커널 (w)"},
    "learn.labs.kernels_gradient": {
        "en": "gradient dLoss/dw from tf.GradientTape",
        "ko": "tf.GradientTape로 구한 그레이디언트 dLoss/dw",
    },
    "learn.labs.kernels_after": {"en": "after the step: w − {lr:g} · g", "ko": "한 단계 후: w − {lr:g} · g"},
    "learn.labs.gradient_colours": {
        "en": "Red = positive, blue = negative. Where the gradient is red, increasing that weight would raise the "
              "loss, so SGD lowers it (and the other way round).",
        "ko": "빨강 = 양수, 파랑 = 음수입니다. 그레이디언트가 빨간 곳은 그 가중치를 키우면 손실이 커지므로 SGD가 "
              "가중치를 줄입니다 (파란 곳은 반대로 키웁니다).",
    },
    "learn.labs.maps_title": {
        "en": "first digit after convolution + ReLU (28×28 each)",
        "ko": "합성곱 + 렐루를 거친 첫 번째 숫자 (각 28×28)",
    },
    "learn.labs.map_label": {"en": "map", "ko": "맵"},
    "learn.labs.dense_w2": {"en": "output weights w2 (class × unit)", "ko": "출력층 가중치 w2 (클래스 × 뉴런)"},
    "learn.labs.dense_gradient": {"en": "their gradient", "ko": "그 그레이디언트"},
    "learn.labs.batch_caption": {
        "en": "label → prediction of the current weights (green right, red wrong).",
        "ko": "레이블 → 지금 가중치의 예측 (초록은 맞음, 빨강은 틀림).",
    },
    "learn.labs.step_code": {"en": "The code of one step (as in the study notes)",
                             "ko": "한 단계의 코드 (공부 노트와 같음)"},
    "learn.labs.optimizer_check": {
        "en": "Check: the optimizer's new weights equal w − lr · g up to {drift:.1e} (float32 rounding).",
        "ko": "확인: 옵티마이저가 만든 새 가중치는 w − lr · g와 {drift:.1e} 이내로 같습니다 (float32 반올림 오차).",
    },
    "learn.labs.loss_exploded": {
        "en": "The loss exploded: the learning rate is too large for this network. Lower it and start over.",
        "ko": "손실이 폭발했습니다. 이 신경망에는 학습률이 너무 큽니다. 학습률을 낮추고 다시 시작하세요.",
    },
    # ---- the live part of a lesson step (pages.learn.live_parts) -------------------------------------------------
    "learn.live.unknown_kind": {
        "en": "This step asks for a live part called {kind}, which this version of cnnviz does not have.",
        "ko": "이 단계는 {kind}라는 실습 화면을 보여 달라고 하지만, 이 버전의 cnnviz에는 그런 화면이 없습니다.",
    },
    "learn.live.unknown_setting": {
        "en": "This step's live part has {name}: {value}, which cnnviz does not know.",
        "ko": "이 단계의 실습 화면 설정 {name}: {value}은(는) cnnviz가 모르는 값입니다.",
    },
    "learn.live.cannot": {"en": "This live part cannot be shown: {reason}",
                          "ko": "이 실습 화면을 보여 줄 수 없습니다: {reason}"},
    "learn.live.no_run": {
        "en": "This part shows a network you trained yourself, and you have no finished run yet. Train a network "
              "first on the Train page (a few epochs are enough), then come back to this step.",
        "ko": "이 부분은 직접 훈련한 신경망을 보여 주는데, 아직 끝난 훈련 실행이 없습니다. 먼저 훈련 페이지에서 "
              "신경망을 훈련하세요(에포크 몇 번이면 충분합니다). 그다음 이 단계로 돌아오세요.",
    },
    "learn.live.go_train": {"en": "Train a network first: the Train page", "ko": "먼저 신경망 훈련하기: 훈련 페이지"},
    "learn.live.your_run": {
        "en": "Your run '{name}', trained on {dataset} ({accuracy}): your newest finished run.",
        "ko": "내 실행 '{name}', {dataset}로 훈련 ({accuracy}): 가장 최근에 끝난 실행입니다.",
    },
    "learn.live.no_history": {
        "en": "Run '{name}' has no epochs recorded, so there is no curve to draw.",
        "ko": "실행 '{name}'에는 기록된 에포크가 없어서 그릴 곡선이 없습니다.",
    },
    "learn.live.conv_seed_grid": {"en": "Input: the notes' 3×3 grid 1…9.", "ko": "입력: 학습 노트의 3×3 격자 1…9."},
    "learn.live.conv_digit": {"en": "Input: an MNIST digit ({label}), 28×28.",
                              "ko": "입력: MNIST 숫자 이미지({label}), 28×28."},
    "learn.live.conv_output": {
        "en": "Output {rows}×{cols}; along each side `{formula}`",
        "ko": "출력 {rows}×{cols}. 각 변의 크기: `{formula}`",
    },
    "learn.live.pool_max": {
        "en": "Max pooling keeps the largest value of each 2×2 window: a strong response anywhere in the window "
              "survives, and the map halves.",
        "ko": "최대 풀링은 2×2 창마다 가장 큰 값을 남깁니다. 창 안 어디에서든 강한 반응은 살아남고, "
              "맵은 절반이 됩니다.",
    },
    "learn.live.pool_average": {
        "en": "Average pooling keeps the mean of each 2×2 window: a strong response is diluted by its neighbours.",
        "ko": "평균 풀링은 2×2 창마다 평균을 남깁니다. 강한 반응도 이웃 값과 섞여 약해집니다.",
    },
    "learn.live.before_flatten": {"en": "feature map {height}×{width}", "ko": "특성 맵 {height}×{width}"},
    "learn.live.after_flatten": {"en": "after Flatten: {n} values", "ko": "Flatten 후: 값 {n}개"},
    "learn.live.flatten_caption": {
        "en": "Flatten reads the {height}×{width} map row by row into one vector of {n} values: the same numbers, "
              "no parameters.",
        "ko": "Flatten은 {height}×{width} 맵을 한 행씩 읽어 값 {n}개짜리 벡터 하나로 만듭니다. 숫자는 그대로이고 "
              "파라미터는 없습니다.",
    },
    "learn.live.dropout_rate": {"en": "Dropout rate", "ko": "드롭아웃 비율 (rate)"},
    "learn.live.dropout_rate_help": {
        "en": "The fraction of values Dropout sets to 0 at each training step (Dropout(0.4) drops 40 %). The values "
              "it keeps are divided by 1 − rate so that their expected sum stays the same. At prediction time "
              "Dropout does nothing.",
        "ko": "훈련 단계마다 드롭아웃이 0으로 만드는 값의 비율입니다(Dropout(0.4)는 40 %를 끕니다). 남은 값은 "
              "1 − rate로 나누어 합의 기댓값이 그대로 유지되게 합니다. 예측할 때는 드롭아웃이 아무것도 하지 않습니다.",
    },
    "learn.live.before_dropout": {"en": "feature map", "ko": "특성 맵"},
    "learn.live.after_dropout": {"en": "after Dropout (one training step)", "ko": "드롭아웃 후 (훈련 단계 하나)"},
    "learn.live.dropout_caption": {
        "en": "This step dropped {dropped} of {total} values; the others were multiplied by {scale:.2f}. Another step "
              "drops other values; at prediction time nothing is dropped.",
        "ko": "이번 단계에서는 값 {total}개 중 {dropped}개가 꺼졌고, 나머지는 {scale:.2f}배가 되었습니다. "
              "다음 단계에서는 다른 값이 꺼지고, 예측할 때는 아무것도 꺼지지 않습니다.",
    },
    "learn.live.network_caption": {"en": "{title}: every layer's output shape and parameter count.",
                                   "ko": "{title}: 층마다 출력 모양과 파라미터 개수."},
    "learn.live.network_padding": {"en": "Here every Conv2D layer uses padding='{padding}'.",
                                   "ko": "여기서는 모든 Conv2D 층이 padding='{padding}'을 씁니다."},
    "learn.live.image_caption": {
        "en": "Test image #{index} (a {label}); your network says {predicted}.",
        "ko": "테스트 이미지 #{index} ({label}). 내 신경망의 예측: {predicted}.",
    },
    "learn.live.kernels_caption": {
        "en": "Each tile is one filter of the first Conv2D layer (for input channel 0 of {channels}): red weights "
              "add, blue ones subtract.",
        "ko": "타일 하나가 첫 번째 Conv2D 층의 필터 하나입니다(입력 채널 {channels}개 중 0번). 빨간 가중치는 더하고 "
              "파란 가중치는 뺍니다.",
    },
    "learn.live.patterns_slow": {
        "en": "Finding the input each filter of {layer} likes best runs gradient ascent for every filter: a few "
              "seconds to a minute. Press Compute to start; the result is kept with your run.",
        "ko": "{layer}의 필터마다 가장 좋아하는 입력을 찾으려면 필터마다 경사 상승법을 돌려야 해서 몇 초에서 1분쯤 "
              "걸립니다. 계산을 누르면 시작하고, 결과는 실행과 함께 저장됩니다.",
    },
    "learn.live.compute": {"en": "Compute", "ko": "계산"},
    "learn.live.patterns_help": {
        "en": "Start from a grey image and change it, step by step, in the direction that makes the filter's "
              "output larger (gradient ascent on the input, the weights stay fixed).",
        "ko": "회색 이미지에서 시작해 필터의 출력이 커지는 방향으로 한 단계씩 이미지를 바꿉니다(입력에 대한 "
              "경사 상승법, 가중치는 그대로).",
    },
    "learn.live.patterns_caption": {
        "en": "Each tile: the input that excites one filter most, after {steps} steps of gradient ascent.",
        "ko": "타일마다 필터 하나를 가장 강하게 활성화하는 입력입니다(경사 상승 {steps}단계 후).",
    },
    "learn.live.cam_caption": {
        "en": "Bright areas are where {layer}'s feature maps gave the most evidence for that answer (Grad-CAM).",
        "ko": "밝은 부분은 {layer}의 특성 맵이 그 답의 근거를 가장 많이 준 곳입니다(Grad-CAM).",
    },
    "learn.live.step_button": {"en": "Take one step (learning rate {lr:g})", "ko": "한 단계 진행 (학습률 {lr:g})"},
    "learn.live.step_caption": {
        "en": "The Training step page's tiny CNN on a batch of {batch} digits: each step computes the gradients with "
              "tf.GradientTape and moves every weight by −{lr:g} × its gradient. Steps taken here continue there.",
        "ko": "훈련 단계 페이지의 작은 CNN을 숫자 {batch}개짜리 배치로 훈련합니다. 단계마다 tf.GradientTape로 "
              "그레이디언트를 구하고 모든 가중치를 −{lr:g} × 그레이디언트만큼 옮깁니다. 여기서 진행한 "
              "단계는 그 페이지에서 이어집니다.",
    },
}
