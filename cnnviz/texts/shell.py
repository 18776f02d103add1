"""Texts of the Home page, the private workspace notices and shareable links."""

TEXTS = {
    "home.title": {
        "en": "cnnviz: build, train and look inside convolutional networks",
        "ko": "cnnviz: 합성곱 신경망을 만들고, 훈련하고, 안을 들여다보기",
    },
    "home.intro": {
        "en": "Stack layers and watch every output shape and parameter count update as you type, with the formula "
              "behind each number. Train on MNIST, Fashion-MNIST or CIFAR-10 and watch loss and accuracy stream in. "
              "Then open the network up: feature maps, kernels, the confusion matrix and its mistakes, and a canvas "
              "to draw a digit and see what the network predicts and why.\n\n"
              "**Start with** the *Build* page: pick a preset from the study notes (the Fashion-MNIST convnet has "
              "333,526 parameters; can you see where they all come from?) or stack your own layers.",
        "ko": "층을 쌓으면 입력하는 대로 각 층의 출력 크기와 파라미터 개수가 바로 바뀌고, 그 숫자가 나온 계산식도 "
              "함께 보입니다. MNIST, 패션 MNIST, CIFAR-10으로 훈련하면서 손실과 정확도가 실시간으로 그려지는 것을 "
              "지켜보세요. 그다음 신경망을 열어 보세요: 특성 맵, 커널, 오차 행렬과 틀린 샘플, 그리고 숫자를 직접 "
              "그려서 신경망이 무엇을, 왜 예측하는지 보는 캔버스가 있습니다.\n\n"
              "**시작은** *모델 만들기* 페이지에서: 학습 노트의 모델을 골라 보세요 (패션 MNIST 합성곱 신경망의 "
              "파라미터는 333,526개입니다. 이 숫자가 모두 어디서 나오는지 찾을 수 있나요?). 직접 층을 쌓아도 "
              "됩니다.",
    },
    "home.start_build": {"en": "Start with Build", "ko": "모델 만들기부터 시작"},
    "workspace.login_prompt": {
        "en": "Log in to open your own workspace: your runs and data are private to you.",
        "ko": "로그인하면 나만의 작업 공간이 열립니다. 내 훈련 기록과 데이터는 나만 볼 수 있습니다.",
    },
    "workspace.login": {"en": "Log in", "ko": "로그인"},
    "workspace.token_refused": {
        "en": "**This link opens no workspace:** {reason}. Check the address against your bookmark, or ask your "
              "teacher; or start again in a new, empty workspace.",
        "ko": "**이 링크로는 작업 공간을 열 수 없습니다:** {reason}. 주소를 북마크와 비교해 보거나 선생님께 "
              "물어보세요. 아니면 새 빈 작업 공간에서 다시 시작하세요.",
    },
    "workspace.my_name": {"en": "My name for the teacher", "ko": "선생님께 보일 내 이름"},
    "workspace.my_name_help": {
        "en": "How your teacher's Class page names your workspace (otherwise 'student' and a code). Up to 40 "
              "characters; other students never see it.",
        "ko": "선생님의 수업 페이지에 내 작업 공간이 이 이름으로 보입니다 (없으면 '학생'과 코드). 40자까지이며 다른 "
              "학생에게는 보이지 않습니다.",
    },
    "workspace.open_new": {"en": "Open a new, empty workspace", "ko": "새 빈 작업 공간 열기"},
    "workspace.back_to_mine": {"en": "Back to my workspace", "ko": "내 작업 공간으로 돌아가기"},
    "workspace.my_link": {"en": "My private link", "ko": "내 개인 링크"},
    "workspace.my_link_help": {
        "en": "Your workspace's address: bookmark it or copy it somewhere safe (the button at its right copies it). "
              "Anyone with it can open your runs and data.",
        "ko": "내 작업 공간의 주소입니다. 북마크하거나 안전한 곳에 복사해 두세요 (오른쪽 버튼으로 복사). 이 주소를 "
              "아는 사람은 누구나 내 훈련 기록과 데이터를 열 수 있습니다.",
    },
    "workspace.link_code": {"en": "Your workspace's private code", "ko": "내 작업 공간의 비밀 코드"},
    "workspace.ready": {
        "en": "**Your private workspace is ready.** Bookmark this page now: its address is your key to your runs and "
              "data (anyone with it can open them, so keep it to yourself).",
        "ko": "**개인 작업 공간이 준비되었습니다.** 지금 이 페이지를 북마크하세요. 이 주소가 내 훈련 기록과 데이터를 "
              "여는 열쇠입니다 (주소를 아는 사람은 누구나 열 수 있으니 다른 사람에게 알려 주지 마세요).",
    },
    "links.copy": {"en": "Copy link", "ko": "링크 복사"},
    "links.copied": {"en": "Copied", "ko": "복사했습니다"},
    "links.ignored_item": {"en": "{key}={asked} (kept {shown})", "ko": "{key}={asked} ({shown} 유지)"},
    "links.ignored": {
        "en": "This link asked for settings this page cannot use: {items}. The page shows its defaults for them "
              "instead.",
        "ko": "이 링크가 이 페이지에서 쓸 수 없는 설정을 요청했습니다: {items}. 대신 기본값을 보여 줍니다.",
    },
}
