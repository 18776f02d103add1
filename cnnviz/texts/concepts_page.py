"""Texts of the Concepts page (the concepts themselves are in concepts.py)."""

TEXTS = {
    "concepts_page.caption": {
        "en": "The ideas of the study notes, each in a few sentences, and the pages where you can see them work.",
        "ko": "학습 노트에 나오는 개념을 몇 문장씩으로 설명하고, 각 개념이 실제로 움직이는 모습을 볼 수 있는 "
              "페이지를 연결합니다.",
    },
    "concepts_page.search": {"en": "Search", "ko": "검색"},
    "concepts_page.placeholder": {"en": "e.g. padding, loss, pooling", "ko": "예: 패딩, 손실, 풀링, padding"},
    "concepts_page.search_help": {
        "en": "Filter the concepts by words in their title or explanation, in English or Korean, e.g. 'padding' or "
              "'손실'.",
        "ko": "제목이나 설명에 들어 있는 단어로 개념을 찾습니다. 한국어와 영어 모두 됩니다. 예: '패딩', 'loss'.",
    },
    "concepts_page.none": {
        "en": "No concept mentions {query}. Try a shorter word.",
        "ko": "{query}이(가) 나오는 개념이 없습니다. 더 짧은 단어로 찾아 보세요.",
    },
    "concepts_page.live_link": {"en": "{page}: {what}", "ko": "{page}: {what}"},
}
