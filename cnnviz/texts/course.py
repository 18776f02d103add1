"""Texts of the course as a whole (`cnnviz.learn.course`): a lesson or exercise asked for that it does not have."""

TEXTS = {
    "course.unknown_lesson": {
        "en": "There is no lesson {lesson} in the course.",
        "ko": "과정에 {lesson} 레슨이 없습니다.",
    },
    "course.unknown_exercise": {
        "en": "There is no exercise {exercise} in the course (`python -m cnnviz lessons` lists them).",
        "ko": "과정에 {exercise} 연습 문제가 없습니다(`python -m cnnviz lessons`가 목록을 보여 줍니다).",
    },
}
