"""Texts of the exercises that check themselves (`cnnviz.learn.exercises`): verdicts, the mistakes they diagnose,
solutions, malformed answers, and what is wrong with a lesson file's `check`."""

TEXTS = {
    # ---- a lesson's own text, carried in both languages: each template shows its language and formats the other
    # with precision 0 (an empty string), so both keep the same placeholders and a stored verdict still reads right
    "exercises.lesson_text": {"en": "{en}{ko:.0}", "ko": "{ko}{en:.0}"},
    # ---- answers that are not answers
    "exercises.not_a_number": {
        "en": "{value} is not a number. Write digits, e.g. 26, 1,234 or 0.75.",
        "ko": "{value}은(는) 숫자가 아닙니다. 26, 1,234, 0.75처럼 숫자로 쓰세요.",
    },
    "exercises.decimal_comma": {
        "en": "{value}: write decimals with a point (0.5), commas only between thousands (1,234).",
        "ko": "{value}: 소수점은 점으로(0.5), 쉼표는 천 단위 구분에만(1,234) 쓰세요.",
    },
    "exercises.answer_type": {
        "en": "A {kind} exercise is answered with {expected}.",
        "ko": "{kind} 연습 문제의 답은 {expected}입니다.",
    },
    "exercises.expect_number": {"en": "a number", "ko": "숫자"},
    "exercises.expect_architecture": {"en": "an architecture (the Build form)", "ko": "아키텍처(빌드 양식)"},
    "exercises.expect_run": {"en": "a run folder", "ko": "실행(run) 폴더"},
    "exercises.expect_look": {"en": "the run and test image you opened", "ko": "연 실행과 테스트 이미지"},
    "exercises.expect_option": {"en": "the id of an option", "ko": "보기의 id"},
    "exercises.unknown_option": {
        "en": "{value} is not one of the options ({options}).",
        "ko": "{value}은(는) 보기({options})에 없습니다.",
    },
    "exercises.not_a_run": {
        "en": "{folder} is not a run folder: {reason}",
        "ko": "{folder}은(는) 실행 폴더가 아닙니다: {reason}",
    },
    "exercises.unknown_kind": {
        "en": "{kind} is not a kind of exercise (number, build, train, look, choice).",
        "ko": "{kind}은(는) 연습 문제 종류가 아닙니다(number, build, train, look, choice).",
    },
    "exercises.unknown_quantity": {
        "en": "{quantity} is not a quantity an exercise can ask for.",
        "ko": "{quantity}은(는) 연습 문제가 물을 수 있는 값이 아닙니다.",
    },
    "exercises.no_sensible_draw": {
        "en": "Exercise {exercise}: no draw of its values makes sense (every output would be 0 or less).",
        "ko": "연습 문제 {exercise}: 값을 어떻게 뽑아도 말이 되지 않습니다(출력이 모두 0 이하).",
    },
    # ---- number: verdicts
    "exercises.number_right": {"en": "Right: {answer}.", "ko": "정답입니다: {answer}."},
    "exercises.number_wrong": {"en": "Not {answer}: {why}", "ko": "{answer}이(가) 아닙니다. {why}"},
    "exercises.too_large": {
        "en": "{answer} is too large. {formula}",
        "ko": "{answer}은(는) 너무 큽니다. {formula}",
    },
    "exercises.too_small": {
        "en": "{answer} is too small. {formula}",
        "ko": "{answer}은(는) 너무 작습니다. {formula}",
    },
    # ---- number: the mistakes
    "exercises.m_same_for_valid": {
        "en": "that is the size with 'same' padding (⌈{n} / {s}⌉). With 'valid' there is no padding: the kernel must "
              "fit inside the input, so the map shrinks.",
        "ko": "그것은 'same' 패딩일 때의 크기(⌈{n} / {s}⌉)입니다. 'valid'는 패딩이 없어 커널이 입력 안에 들어가야 "
              "하므로 특성 맵이 줄어듭니다.",
    },
    "exercises.m_valid_for_same": {
        "en": "that is the size with 'valid' padding. 'same' pads the input with zeros so that only the stride "
              "shrinks the map: ⌈{n} / {s}⌉.",
        "ko": "그것은 'valid' 패딩일 때의 크기입니다. 'same'은 입력에 0을 덧대어 스트라이드만 특성 맵을 줄입니다: "
              "⌈{n} / {s}⌉.",
    },
    "exercises.m_stride_forgotten": {
        "en": "the stride {s} is forgotten: the window moves {s} cells at a time. Use {formula}.",
        "ko": "스트라이드 {s}를 빠뜨렸습니다. 창은 한 번에 {s}칸씩 움직입니다. 이렇게 계산하세요: {formula}.",
    },
    "exercises.m_plus_one": {
        "en": "the \"+ 1\" is forgotten: the first position of the window counts too. Use {formula}.",
        "ko": "\"+ 1\"을 빠뜨렸습니다. 창의 첫 위치도 셉니다. 이렇게 계산하세요: {formula}.",
    },
    "exercises.m_no_floor": {
        "en": "a size is a whole number: round the division down (a window that does not fit is dropped). "
              "Use {formula}.",
        "ko": "크기는 정수입니다. 나눗셈을 내림하세요(다 들어가지 않는 창은 버립니다). 이렇게 계산하세요: {formula}.",
    },
    "exercises.m_ceil_not_floor": {
        "en": "the division is rounded up; round it down (a window that does not fit is dropped). Use {formula}.",
        "ko": "나눗셈을 올림했습니다. 내림하세요(다 들어가지 않는 창은 버립니다). 이렇게 계산하세요: {formula}.",
    },
    "exercises.m_ceil_forgotten": {
        "en": "round {n} / {s} up: 'same' keeps a last window that only partly covers the input.",
        "ko": "{n} / {s}를 올림하세요. 'same'은 입력을 일부만 덮는 마지막 창도 남깁니다.",
    },
    "exercises.m_one_side": {
        "en": "that adds the padding on one side only ({p}); the zeros go on both sides, {total} in all.",
        "ko": "패딩을 한쪽에만({p}) 더했습니다. 0은 양쪽에 덧대며 모두 {total}개입니다.",
    },
    "exercises.m_pool_same": {
        "en": "that is the size with 'same' padding; pooling here is 'valid': a window that does not fit is "
              "dropped. Use {formula}.",
        "ko": "그것은 'same' 패딩일 때의 크기입니다. 여기서 풀링은 'valid'라서 다 들어가지 않는 창은 버립니다. "
              "이렇게 계산하세요: {formula}.",
    },
    "exercises.m_pool_halves": {
        "en": "pooling halves the map only with a 2×2 window and stride 2; here the window is {p} and the stride "
              "{s}. Use {formula}.",
        "ko": "풀링이 특성 맵을 절반으로 줄이는 것은 2×2 창에 스트라이드 2일 때뿐입니다. 여기서는 창 {p}, "
              "스트라이드 {s}입니다. 이렇게 계산하세요: {formula}.",
    },
    "exercises.m_padded_is_output": {
        "en": "{n} is the size 'same' keeps at the output; the input is padded to {n} + ({k} − 1) first.",
        "ko": "{n}은 'same'이 출력에서 유지하는 크기입니다. 입력은 먼저 {n} + ({k} − 1)로 패딩됩니다.",
    },
    "exercises.m_padded_doubled": {
        "en": "the padding is counted twice: 'same' adds {total} zeros in all (k − 1 for a kernel of {k}), split "
              "between the two sides, not {total} on each side.",
        "ko": "패딩을 두 번 셌습니다. 'same'은 모두 {total}개(커널 {k}이면 k − 1)의 0을 양쪽에 나누어 덧댑니다. "
              "한쪽마다 {total}개가 아닙니다.",
    },
    "exercises.m_padded_k": {
        "en": "a kernel of {k} needs k − 1 = {total} extra cells, not {k}: the window's own first cell sits on "
              "the input.",
        "ko": "커널 {k}에는 {k}개가 아니라 k − 1 = {total}개의 칸이 더 필요합니다. 창의 첫 칸은 입력 위에 "
              "놓입니다.",
    },
    "exercises.m_conv_no_bias": {
        "en": "the biases are forgotten: each of the {f} filters has one. Use {formula}.",
        "ko": "편향을 빠뜨렸습니다. {f}개의 필터마다 하나씩 있습니다. 이렇게 계산하세요: {formula}.",
    },
    "exercises.m_conv_no_channels": {
        "en": "the input channels are forgotten: each filter has a kernel for every one of the {c} input "
              "channels. Use {formula}.",
        "ko": "입력 채널을 빠뜨렸습니다. 필터마다 {c}개의 입력 채널 각각에 커널이 있습니다. "
              "이렇게 계산하세요: {formula}.",
    },
    "exercises.m_conv_no_channels_no_bias": {
        "en": "both the {c} input channels and the {f} biases are forgotten. Use {formula}.",
        "ko": "{c}개의 입력 채널과 {f}개의 편향을 모두 빠뜨렸습니다. 이렇게 계산하세요: {formula}.",
    },
    "exercises.m_one_bias": {
        "en": "there is one bias per filter or unit ({n}), not one for the whole layer. Use {formula}.",
        "ko": "편향은 층 전체에 하나가 아니라 필터(유닛)마다 하나씩, {n}개입니다. 이렇게 계산하세요: {formula}.",
    },
    "exercises.m_kernel_not_squared": {
        "en": "a kernel of size {k} is {k}×{k}: count k·k weights per channel. Use {formula}.",
        "ko": "크기 {k}의 커널은 {k}×{k}입니다. 채널마다 k·k개의 가중치를 세세요. 이렇게 계산하세요: {formula}.",
    },
    "exercises.m_dense_no_bias": {
        "en": "the biases are forgotten: each of the {u} units has one. Use {formula}.",
        "ko": "편향을 빠뜨렸습니다. {u}개의 유닛마다 하나씩 있습니다. 이렇게 계산하세요: {formula}.",
    },
    "exercises.m_dense_bias_input": {
        "en": "the bias is one more weight per unit, not one more unit. Use {formula}.",
        "ko": "편향은 유닛마다 가중치가 하나 더 있는 것이지, 유닛이 하나 더 있는 것이 아닙니다. "
              "이렇게 계산하세요: {formula}.",
    },
    "exercises.m_added": {
        "en": "the numbers are added; they multiply (every combination counts). Use {formula}.",
        "ko": "수를 더했습니다. 곱해야 합니다(모든 조합을 셉니다). 이렇게 계산하세요: {formula}.",
    },
    "exercises.m_flatten_no_channels": {
        "en": "the {c} channels are forgotten: Flatten lays out every channel of every cell. Use {formula}.",
        "ko": "{c}개의 채널을 빠뜨렸습니다. Flatten은 모든 칸의 모든 채널을 한 줄로 폅니다. "
              "이렇게 계산하세요: {formula}.",
    },
    "exercises.m_flipped": {
        "en": "that is the true convolution: the kernel is flipped. A Conv2D layer computes cross-correlation: "
              "each cell is multiplied by the kernel cell at the same place, without flipping.",
        "ko": "그것은 커널을 뒤집은 진짜 합성곱입니다. Conv2D 층은 교차 상관을 계산합니다. 각 칸에 같은 위치의 "
              "커널 칸을 뒤집지 않고 곱합니다.",
    },
    "exercises.m_neighbour": {
        "en": "that is the output cell at row {r}, column {c}, a neighbour of the one asked for (row {row}, "
              "column {col}; counting from 0).",
        "ko": "그것은 {r}행 {c}열의 출력 칸으로, 묻는 칸({row}행 {col}열, 0부터 셈)의 이웃입니다.",
    },
    "exercises.m_swapped": {
        "en": "that is the output cell at row {r}, column {c}: rows and columns swapped (the one asked for is row "
              "{row}, column {col}; the row comes first).",
        "ko": "그것은 {r}행 {c}열의 출력 칸으로, 행과 열이 바뀌었습니다(묻는 칸은 {row}행 {col}열이며 행을 먼저 "
              "씁니다).",
    },
    "exercises.m_average_not_max": {
        "en": "that is the average of the window; max pooling keeps its largest value.",
        "ko": "그것은 창의 평균입니다. 최대 풀링은 가장 큰 값을 남깁니다.",
    },
    "exercises.m_max_not_average": {
        "en": "that is the largest value of the window; average pooling keeps the mean of all its cells.",
        "ko": "그것은 창에서 가장 큰 값입니다. 평균 풀링은 모든 칸의 평균을 남깁니다.",
    },
    "exercises.m_sum_not_average": {
        "en": "that is the sum of the window; divide it by its {n} cells for the average.",
        "ko": "그것은 창의 합입니다. 평균을 내려면 칸 수 {n}로 나누세요.",
    },
    "exercises.m_network_padding": {
        "en": "that is the count with every Conv2D using '{padding}' padding. The padding changes the size of "
              "the maps, so the length Flatten gives and the weights of the Dense layer after it.",
        "ko": "그것은 모든 Conv2D가 '{padding}' 패딩을 쓸 때의 수입니다. 패딩이 특성 맵의 크기를 바꾸므로 Flatten이 "
              "내놓는 길이와 그 뒤 Dense 층의 가중치 수도 바뀝니다.",
    },
    "exercises.m_network_no_bias": {
        "en": "the biases are forgotten ({biases} of them: one per filter and per unit).",
        "ko": "편향을 빠뜨렸습니다(필터와 유닛마다 하나씩, {biases}개).",
    },
    "exercises.m_network_trainable_only": {
        "en": "that counts the trainable parameters only; the total also holds the {n} that BatchNormalization "
              "keeps without training (moving means and variances).",
        "ko": "훈련되는 파라미터만 셌습니다. 전체에는 BatchNormalization이 훈련 없이 유지하는 {n}개(이동 평균과 "
              "분산)도 들어갑니다.",
    },
    "exercises.m_network_layer_left_out": {
        "en": "{layer} is left out: it has {params} parameters.",
        "ko": "{layer}을(를) 빠뜨렸습니다. 이 층의 파라미터는 {params}개입니다.",
    },
    # ---- number: how to compute it, with the student's numbers
    "exercises.f_conv_valid": {
        "en": "With 'valid' padding: {formula}.",
        "ko": "'valid' 패딩이면: {formula}.",
    },
    "exercises.f_conv_same": {
        "en": "With 'same' padding only the stride shrinks the map: {formula}.",
        "ko": "'same' 패딩이면 스트라이드만 특성 맵을 줄입니다: {formula}.",
    },
    "exercises.f_pool": {"en": "Pooling ('valid'): {formula}.", "ko": "풀링('valid'): {formula}."},
    "exercises.f_padded": {
        "en": "'same' at stride 1 adds k − 1 zeros in all: {formula}.",
        "ko": "스트라이드 1의 'same'은 모두 k − 1개의 0을 덧댑니다: {formula}.",
    },
    "exercises.f_conv_params": {
        "en": "A Conv2D layer has a k×k kernel per input channel and a bias for each filter: {formula}.",
        "ko": "Conv2D 층에는 입력 채널마다 k×k 커널이, 필터마다 편향이 있습니다: {formula}.",
    },
    "exercises.f_dense_params": {
        "en": "A Dense layer has a weight per input and unit and a bias per unit: {formula}.",
        "ko": "Dense 층에는 입력과 유닛마다 가중치가, 유닛마다 편향이 있습니다: {formula}.",
    },
    "exercises.f_flatten": {"en": "Flatten keeps every value: {formula}.", "ko": "Flatten은 모든 값을 유지합니다: "
                                                                                 "{formula}."},
    "exercises.f_cc": {
        "en": "Put the {k}×{k} kernel on the image with its top-left corner at row {row}, column {col} (counting "
              "from 0), multiply each image cell by the kernel cell on it (no flipping) and add the products.",
        "ko": "{k}×{k} 커널의 왼쪽 위 모서리를 이미지의 {row}행 {col}열(0부터 셈)에 놓고, 각 이미지 칸에 그 위의 "
              "커널 칸을 곱해(뒤집지 않음) 모두 더하세요.",
    },
    "exercises.f_pooled_max": {
        "en": "Take the largest value of the {p}×{p} window whose top-left corner is at row {top}, column {left} "
              "of the grid (counting from 0).",
        "ko": "격자의 {top}행 {left}열(0부터 셈)에서 시작하는 {p}×{p} 창의 가장 큰 값을 고르세요.",
    },
    "exercises.f_pooled_average": {
        "en": "Take the average of the {p}×{p} window whose top-left corner is at row {top}, column {left} of the "
              "grid (counting from 0).",
        "ko": "격자의 {top}행 {left}열(0부터 셈)에서 시작하는 {p}×{p} 창의 평균을 구하세요.",
    },
    "exercises.f_network": {
        "en": "Add up the layers of {preset}: a Conv2D has (k·k·c + 1)·f, a Dense (n + 1)·u; pooling, Flatten and "
              "Dropout have none. Follow the output shapes to find each layer's c and n.",
        "ko": "{preset}의 층을 모두 더하세요. Conv2D는 (k·k·c + 1)·f, Dense는 (n + 1)·u이고 풀링, Flatten, "
              "Dropout에는 파라미터가 없습니다. 출력 모양을 따라가며 각 층의 c와 n을 찾으세요.",
    },
    # ---- build
    "exercises.build_right": {
        "en": "Right: your {layers} layers pass every rule ({params} parameters).",
        "ko": "정답입니다: {layers}개 층이 모든 규칙을 통과합니다(파라미터 {params}개).",
    },
    "exercises.build_wrong": {"en": "Not yet:\n- {problems}", "ko": "아직 아닙니다:\n- {problems}"},
    "exercises.b_input_shape": {
        "en": "The input is {got}; this exercise's images are {want}.",
        "ko": "입력이 {got}입니다. 이 연습 문제의 이미지는 {want}입니다.",
    },
    "exercises.b_no_flatten": {
        "en": "There is no Flatten or GlobalAveragePooling2D layer, so no last feature map; it must be {want}.",
        "ko": "Flatten이나 GlobalAveragePooling2D 층이 없어 마지막 특성 맵이 없습니다. {want}이어야 합니다.",
    },
    "exercises.b_flatten_first": {
        "en": "Flatten comes first, so the last feature map is the input, {got}; it must be {want}.",
        "ko": "Flatten이 맨 앞이라 마지막 특성 맵이 입력 {got}입니다. {want}이어야 합니다.",
    },
    "exercises.b_last_feature_map": {
        "en": "{layer}: its output is {got}; the last feature map must be {want}.",
        "ko": "{layer}: 출력이 {got}입니다. 마지막 특성 맵은 {want}이어야 합니다.",
    },
    "exercises.b_max_params": {
        "en": "{total} parameters; at most {limit} allowed ({layer} holds {params} of them).",
        "ko": "파라미터가 {total}개입니다. 최대 {limit}개까지 허용됩니다({layer}에 {params}개).",
    },
    "exercises.b_min_params": {
        "en": "{total} parameters; at least {limit} needed.",
        "ko": "파라미터가 {total}개입니다. 최소 {limit}개가 필요합니다.",
    },
    "exercises.b_no_layers": {"en": "The network has no layers.", "ko": "네트워크에 층이 없습니다."},
    "exercises.b_outputs_not_dense": {
        "en": "The last layer is {layer}; it must be a Dense layer with {units} units and softmax.",
        "ko": "마지막 층이 {layer}입니다. 유닛 {units}개에 softmax를 쓰는 Dense 층이어야 합니다.",
    },
    "exercises.b_outputs_units": {
        "en": "{layer} has {got} units; the output needs {units}, one per class.",
        "ko": "{layer}의 유닛이 {got}개입니다. 출력에는 클래스마다 하나씩 {units}개가 필요합니다.",
    },
    "exercises.b_outputs_activation": {
        "en": "{layer} uses the activation {got}; the output needs softmax (a probability per class).",
        "ko": "{layer}이(가) 활성화 함수 {got}을(를) 씁니다. 출력에는 softmax(클래스별 확률)가 필요합니다.",
    },
    "exercises.b_conv_padding": {
        "en": "{layer} uses padding '{got}'; every Conv2D must use '{want}'.",
        "ko": "{layer}이(가) '{got}' 패딩을 씁니다. 모든 Conv2D가 '{want}' 패딩을 써야 합니다.",
    },
    "exercises.b_like_type": {
        "en": "Layer {position} is {got}; in {preset} it is {want}.",
        "ko": "{position}번 층이 {got}입니다. {preset}에서는 {want}입니다.",
    },
    "exercises.b_like_field": {
        "en": "{layer}: {field} is {got}; in {preset} it is {want}.",
        "ko": "{layer}: {field}이(가) {got}입니다. {preset}에서는 {want}입니다.",
    },
    "exercises.b_like_count": {
        "en": "Your network has {got} layers; {preset} has {want}: {types}.",
        "ko": "네트워크의 층이 {got}개입니다. {preset}은(는) {want}개입니다: {types}.",
    },
    "exercises.b_count_min": {
        "en": "{count} {type} layers; at least {limit} needed.",
        "ko": "{type} 층이 {count}개입니다. 최소 {limit}개가 필요합니다.",
    },
    "exercises.b_count_max": {
        "en": "{count} {type} layers; at most {limit} allowed.",
        "ko": "{type} 층이 {count}개입니다. 최대 {limit}개까지 허용됩니다.",
    },
    # ---- train
    "exercises.t_not_finished": {
        "en": "The run {run} has not finished yet ({status}); check it again when it has.",
        "ko": "실행 {run}이(가) 아직 끝나지 않았습니다({status}). 끝나면 다시 확인하세요.",
    },
    "exercises.t_stopped": {
        "en": "The run {run} was stopped before its end; train one that runs to the end (early stopping may end "
              "it).",
        "ko": "실행 {run}은(는) 끝나기 전에 중지되었습니다. 끝까지 훈련하는 실행을 고르세요(조기 종료로 끝나는 것은 "
              "괜찮습니다).",
    },
    "exercises.t_failed": {
        "en": "The run {run} did not finish ({status}); look at its message on the Runs page.",
        "ko": "실행 {run}이(가) 끝나지 못했습니다({status}). 실행 페이지에서 메시지를 보세요.",
    },
    "exercises.t_dataset": {
        "en": "It trained on {got}; this exercise needs {want}.",
        "ko": "{got}(으)로 훈련했습니다. 이 연습 문제는 {want}이(가) 필요합니다.",
    },
    "exercises.t_epoch": {"en": " (epoch {epoch})", "ko": " ({epoch}번째 에포크)"},
    "exercises.t_accuracy": {
        "en": "Best validation accuracy {got:.1%}{where}; it must reach {want:.1%}.",
        "ko": "최고 검증 정확도가 {got:.1%}{where}입니다. {want:.1%}에 이르러야 합니다.",
    },
    "exercises.t_no_accuracy": {
        "en": "The run has no validation accuracy; it must reach {want:.1%}.",
        "ko": "실행에 검증 정확도가 없습니다. {want:.1%}에 이르러야 합니다.",
    },
    "exercises.t_epochs": {
        "en": "It trained {got} epochs; at most {want} allowed.",
        "ko": "{got} 에포크를 훈련했습니다. 최대 {want} 에포크까지 허용됩니다.",
    },
    "exercises.t_es_off": {
        "en": "Early stopping was off; turn it on (with restore_best_weights) and train again.",
        "ko": "조기 종료가 꺼져 있었습니다. 켜고(restore_best_weights도) 다시 훈련하세요.",
    },
    "exercises.t_restore_off": {
        "en": "restore_best_weights was off: the model kept is the last epoch's, not the best one. Turn it on and "
              "train again.",
        "ko": "restore_best_weights가 꺼져 있어 최고 에포크가 아니라 마지막 에포크의 모델이 남았습니다. 켜고 다시 "
              "훈련하세요.",
    },
    "exercises.t_es_never_stopped": {
        "en": "It ran all {epochs} epochs, so early stopping never stopped it: give it more epochs (or a patience "
              "smaller than {patience}) so the validation loss has time to stop improving.",
        "ko": "{epochs} 에포크를 모두 훈련해서 조기 종료가 멈추지 않았습니다. 검증 손실이 더 나아지지 않을 만큼 "
              "에포크를 늘리세요(또는 patience를 {patience}보다 줄이세요).",
    },
    "exercises.t_no_val_loss": {
        "en": "The run's history has no validation loss, so the epoch early stopping restored cannot be seen.",
        "ko": "실행 기록에 검증 손실이 없어 조기 종료가 되돌린 에포크를 알 수 없습니다.",
    },
    "exercises.train_wrong": {"en": "Not yet:\n- {problems}", "ko": "아직 아닙니다:\n- {problems}"},
    "exercises.train_right": {"en": "Right: {run}: {facts}.", "ko": "정답입니다: {run}: {facts}."},
    "exercises.t_fact_dataset": {"en": "trained on {dataset}", "ko": "{dataset}(으)로 훈련"},
    "exercises.t_fact_accuracy": {
        "en": "best validation accuracy {got:.1%}{where}",
        "ko": "최고 검증 정확도 {got:.1%}{where}",
    },
    "exercises.t_fact_epochs": {"en": "{got} epochs", "ko": "{got} 에포크"},
    "exercises.t_fact_restored": {
        "en": "early stopping stopped it after epoch {last} and restored epoch {epoch} (the lowest validation loss)",
        "ko": "조기 종료가 {last}번째 에포크 뒤에 멈추고 {epoch}번째 에포크(검증 손실이 가장 낮음)를 되돌렸습니다",
    },
    # ---- look
    "exercises.look_right": {
        "en": "Right: image {image}: a {label} your network reads as {predicted}. What in the picture made it "
              "think so?",
        "ko": "정답입니다: 이미지 {image}: {label}을(를) 네트워크가 {predicted}(으)로 읽었습니다. 그림의 무엇이 그렇게 "
              "보이게 했을까요?",
    },
    "exercises.look_not_a_mistake": {
        "en": "Image {image} is a {label} and your network gets it right. Pick one it gets wrong: the Confusion "
              "page lists its mistakes.",
        "ko": "이미지 {image}은(는) {label}이고 네트워크가 맞혔습니다. 틀린 이미지를 고르세요. 오차 행렬 페이지에 "
              "틀린 것이 나옵니다.",
    },
    # ---- choice
    "exercises.choice_right": {"en": "Right. {why}", "ko": "정답입니다. {why}"},
    "exercises.choice_wrong": {"en": "Not this one. {why}", "ko": "이것은 아닙니다. {why}"},
    # ---- solutions
    "exercises.solution_number": {"en": "{formula} The answer: {answer}.", "ko": "{formula} 답: {answer}."},
    "exercises.solution_choice": {"en": "Option {option}. {why}", "ko": "보기 {option}. {why}"},
    "exercises.solution_build": {
        "en": "A network that passes: {layers} layers, {params} parameters (load it into the Build form).",
        "ko": "통과하는 네트워크: {layers}개 층, 파라미터 {params}개(빌드 양식에 불러오세요).",
    },
    "exercises.solution_train": {
        "en": "On the Train page: {steps} When it has finished, pick the run here.",
        "ko": "훈련 페이지에서: {steps} 훈련이 끝나면 여기서 그 실행을 고르세요.",
    },
    "exercises.howto_dataset": {"en": "Choose the dataset {dataset}.", "ko": "데이터셋 {dataset}을(를) 고르세요."},
    "exercises.howto_epochs": {"en": "Set at most {epochs} epochs.", "ko": "에포크를 {epochs} 이하로 두세요."},
    "exercises.howto_early_stopping": {
        "en": "Turn on early stopping with restore_best_weights, and give it enough epochs that it stops before "
              "the last one.",
        "ko": "조기 종료와 restore_best_weights를 켜고, 마지막 에포크 전에 멈출 만큼 에포크를 넉넉히 주세요.",
    },
    "exercises.howto_accuracy": {
        "en": "Train until the best validation accuracy reaches {want:.1%} (more filters, more epochs, a lower "
              "learning rate help).",
        "ko": "최고 검증 정확도가 {want:.1%}에 이를 때까지 훈련하세요(필터를 늘리거나, 에포크를 늘리거나, 학습률을 "
              "낮추면 도움이 됩니다).",
    },
    "exercises.solution_look": {
        "en": "Open the Confusion page of a finished run, pick a test image it gets wrong, and open Explain on it.",
        "ko": "끝난 실행의 오차 행렬 페이지를 열고, 틀린 테스트 이미지를 골라 설명(Explain)을 여세요.",
    },
    # ---- what is wrong with a lesson file's check
    "exercises.p_not_mapping": {"en": "must be a mapping of fields.", "ko": "필드의 매핑이어야 합니다."},
    "exercises.p_unknown_field": {
        "en": "{name} is not a field here; use one of {known}.",
        "ko": "{name}은(는) 여기의 필드가 아닙니다. 다음 중 하나를 쓰세요: {known}.",
    },
    "exercises.p_quantity": {
        "en": "{value} is not a quantity; use one of {options}.",
        "ko": "{value}은(는) 값의 종류가 아닙니다. 다음 중 하나를 쓰세요: {options}.",
    },
    "exercises.p_missing": {"en": "{name} is missing.", "ko": "{name}이(가) 없습니다."},
    "exercises.p_given_choice": {
        "en": "{value} is not allowed; use one of {options}.",
        "ko": "{value}은(는) 허용되지 않습니다. 다음 중 하나를 쓰세요: {options}.",
    },
    "exercises.p_given_int": {
        "en": "{value} must be a whole number from {lo} to {hi}.",
        "ko": "{value}은(는) {lo}부터 {hi}까지의 정수여야 합니다.",
    },
    "exercises.p_given_form": {
        "en": "must be a value, a list to draw one from, or a range with min and max (whole numbers only).",
        "ko": "값 하나, 뽑을 값의 목록, 또는 min과 max가 있는 범위(정수만)여야 합니다.",
    },
    "exercises.p_value_range": {
        "en": "{value} must be [lo, hi]: two numbers between −1000 and 1000, lo ≤ hi (whole numbers give whole "
              "cells, decimals cells with one decimal).",
        "ko": "{value}은(는) [lo, hi] 형태여야 합니다. −1000과 1000 사이의 두 수, lo ≤ hi(정수면 정수 칸, 소수면 "
              "소수 한 자리 칸).",
    },
    "exercises.p_min_above_max": {
        "en": "min {lo} is above max {hi}.",
        "ko": "min {lo}이(가) max {hi}보다 큽니다.",
    },
    "exercises.p_empty_list": {"en": "the list is empty.", "ko": "목록이 비어 있습니다."},
    "exercises.p_no_sensible_draw": {
        "en": "no draw of these values makes sense (the output would be 0 or less every time).",
        "ko": "이 값들로는 어떻게 뽑아도 말이 되지 않습니다(출력이 늘 0 이하).",
    },
    "exercises.p_preset": {
        "en": "{value} is not a preset; use one of {options}.",
        "ko": "{value}은(는) 프리셋이 아닙니다. 다음 중 하나를 쓰세요: {options}.",
    },
    "exercises.p_rules_list": {
        "en": "rules must be a non-empty list.",
        "ko": "rules는 비어 있지 않은 목록이어야 합니다.",
    },
    "exercises.p_rule": {
        "en": "{value} is not a rule; use one of {options} (one per list item).",
        "ko": "{value}은(는) 규칙이 아닙니다. 다음 중 하나를 쓰세요(목록 항목마다 하나): {options}.",
    },
    "exercises.p_except_only_like": {
        "en": "except belongs to like_preset only.",
        "ko": "except는 like_preset에만 씁니다.",
    },
    "exercises.p_except_list": {
        "en": "except must be a list of fields from {options}.",
        "ko": "except는 다음 필드의 목록이어야 합니다: {options}.",
    },
    "exercises.p_shape": {
        "en": "{value} must be [height, width, channels], three whole numbers of at least 1.",
        "ko": "{value}은(는) [높이, 너비, 채널], 1 이상의 정수 세 개여야 합니다.",
    },
    "exercises.p_positive_int": {
        "en": "{value} must be a whole number of at least 1.",
        "ko": "{value}은(는) 1 이상의 정수여야 합니다.",
    },
    "exercises.p_count_bounds": {
        "en": "give min, max or both.",
        "ko": "min이나 max, 또는 둘 다 주세요.",
    },
    "exercises.p_count_int": {
        "en": "{value} must be a whole number of at least 0.",
        "ko": "{value}은(는) 0 이상의 정수여야 합니다.",
    },
    "exercises.p_solution_fails": {
        "en": "the solution does not pass the exercise's own rules: {reason} (give a solution: architecture that "
              "does).",
        "ko": "해답이 연습 문제의 규칙을 통과하지 못합니다: {reason} (통과하는 solution: 아키텍처를 주세요).",
    },
    "exercises.p_accuracy": {
        "en": "{value} must be a number above 0 and at most 1 (0.9 for 90%).",
        "ko": "{value}은(는) 0보다 크고 1 이하인 수여야 합니다(90%는 0.9).",
    },
    "exercises.p_bool": {"en": "{value} must be true or false.", "ko": "{value}은(는) true나 false여야 합니다."},
    "exercises.p_options_list": {
        "en": "options must be a list of at least two options.",
        "ko": "options는 보기가 두 개 이상인 목록이어야 합니다.",
    },
    "exercises.p_option_id": {
        "en": "{value} is not an option id (a short name such as a, b, c).",
        "ko": "{value}은(는) 보기 id가 아닙니다(a, b, c 같은 짧은 이름).",
    },
    "exercises.p_option_twice": {"en": "the id {value} is used twice.", "ko": "id {value}이(가) 두 번 쓰였습니다."},
    "exercises.p_text": {
        "en": "must be a text in both languages, with en and ko.",
        "ko": "en과 ko가 모두 있는 두 언어의 텍스트여야 합니다.",
    },
    "exercises.p_one_correct": {
        "en": "exactly one option must be correct: true ({count} are).",
        "ko": "정확히 한 보기만 correct: true여야 합니다(지금 {count}개).",
    },
}
