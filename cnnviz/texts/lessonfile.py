"""Texts of reading lesson files (`cnnviz.learn.lessonfile`): why a file was refused, and where in it."""

TEXTS = {
    "lessonfile.refused": {
        "en": "{where}: {reason}",
        "ko": "{where}: {reason}",
    },
    "lessonfile.where_file": {"en": "{file}", "ko": "{file}"},
    "lessonfile.where_line": {"en": "{file}, line {line}", "ko": "{file}, {line}행"},
    "lessonfile.where_field": {"en": "{file}, {field}", "ko": "{file}, {field}"},
    "lessonfile.where_line_field": {"en": "{file}, line {line}, {field}", "ko": "{file}, {line}행, {field}"},
    # ---- the file as a whole
    "lessonfile.too_big": {
        "en": "the file holds {size:,} bytes; a lesson file may hold at most {limit:,}",
        "ko": "파일 크기가 {size:,}바이트입니다. 레슨 파일은 최대 {limit:,}바이트까지 허용됩니다",
    },
    "lessonfile.unreadable": {
        "en": "the file could not be read ({error})",
        "ko": "파일을 읽을 수 없습니다({error})",
    },
    "lessonfile.not_a_file": {
        "en": "not a file",
        "ko": "파일이 아닙니다",
    },
    "lessonfile.not_utf8": {
        "en": "the file is not UTF-8 text (save it as UTF-8)",
        "ko": "파일이 UTF-8 텍스트가 아닙니다(UTF-8로 저장해 주세요)",
    },
    "lessonfile.yaml_syntax": {
        "en": "not valid YAML: {problem}",
        "ko": "올바른 YAML이 아닙니다: {problem}",
    },
    "lessonfile.yaml_syntax_context": {
        "en": "not valid YAML: {problem} ({context} from line {context_line})",
        "ko": "올바른 YAML이 아닙니다: {problem}({context}, {context_line}행부터)",
    },
    "lessonfile.anchor": {
        "en": "anchors and aliases (&name, *name) are not allowed in a lesson file; write the value out",
        "ko": "레슨 파일에는 앵커와 별칭(&이름, *이름)을 쓸 수 없습니다. 값을 직접 적어 주세요",
    },
    "lessonfile.tag": {
        "en": "tags such as {tag} are not allowed in a lesson file",
        "ko": "레슨 파일에는 {tag} 같은 태그를 쓸 수 없습니다",
    },
    "lessonfile.duplicate_key": {
        "en": "{key} is written twice in the same mapping",
        "ko": "같은 매핑 안에 {key}가 두 번 적혀 있습니다",
    },
    "lessonfile.key_not_text": {
        "en": "the key {key} is not a name (write field names as plain words; put quotes around yes/no/on/off)",
        "ko": "키 {key}는 이름이 아닙니다(필드 이름은 일반 단어로 쓰고, yes/no/on/off는 따옴표로 감싸 주세요)",
    },
    "lessonfile.too_deep": {
        "en": "nested more than {limit} levels deep",
        "ko": "{limit}단계보다 깊게 중첩되어 있습니다",
    },
    "lessonfile.several_documents": {
        "en": "a lesson file holds one YAML document; remove the second '---'",
        "ko": "레슨 파일에는 YAML 문서가 하나만 있어야 합니다. 두 번째 '---'를 지워 주세요",
    },
    "lessonfile.top_not_mapping": {
        "en": "a lesson file is a mapping of fields (id, order, title, summary, steps, …)",
        "ko": "레슨 파일은 필드(id, order, title, summary, steps, …)의 매핑이어야 합니다",
    },
    # ---- fields
    "lessonfile.missing": {"en": "missing", "ko": "빠져 있습니다"},
    "lessonfile.unknown_field": {
        "en": "not a field here; the fields here are: {allowed}",
        "ko": "여기에 쓸 수 있는 필드가 아닙니다. 쓸 수 있는 필드: {allowed}",
    },
    "lessonfile.no_settings": {
        "en": "{kind} takes no settings",
        "ko": "{kind}에는 설정이 없습니다",
    },
    "lessonfile.not_mapping": {
        "en": "must be a mapping (name: value)",
        "ko": "매핑(이름: 값)이어야 합니다",
    },
    "lessonfile.not_list": {
        "en": "must be a list",
        "ko": "목록이어야 합니다",
    },
    "lessonfile.empty_list": {
        "en": "needs at least one item",
        "ko": "항목이 하나 이상 있어야 합니다",
    },
    "lessonfile.not_text": {
        "en": "must be a text in both languages: {example}",
        "ko": "두 언어로 된 텍스트여야 합니다: {example}",
    },
    "lessonfile.not_string": {
        "en": "must be a non-empty text (put it in quotes if YAML reads it as a number, a date or yes/no)",
        "ko": "비어 있지 않은 텍스트여야 합니다(YAML이 숫자, 날짜, yes/no로 읽는다면 따옴표로 감싸 주세요)",
    },
    "lessonfile.bad_id": {
        "en": "{value} is not an id: lowercase letters, digits and '-', starting with a letter or a digit, "
              "at most {limit} characters",
        "ko": "{value}는 id가 아닙니다: 영어 소문자, 숫자, '-'만 쓰고, 글자나 숫자로 시작하며, 최대 {limit}자입니다",
    },
    "lessonfile.not_int": {
        "en": "must be a whole number",
        "ko": "정수여야 합니다",
    },
    "lessonfile.not_number": {
        "en": "must be a number",
        "ko": "숫자여야 합니다",
    },
    "lessonfile.out_of_range": {
        "en": "must be from {low} to {high}; it is {value}",
        "ko": "{low}에서 {high} 사이여야 합니다. 지금 값은 {value}입니다",
    },
    "lessonfile.bad_choice": {
        "en": "{value} is not one of {choices}",
        "ko": "{value}는 {choices} 중 하나가 아닙니다",
    },
    "lessonfile.duplicate_step": {
        "en": "the step id {id} is already used by steps[{index}]",
        "ko": "단계 id {id}는 이미 steps[{index}]에서 쓰고 있습니다",
    },
    "lessonfile.duplicate_exercise": {
        "en": "the exercise id {id} is already used by exercises[{index}]",
        "ko": "연습 문제 id {id}는 이미 exercises[{index}]에서 쓰고 있습니다",
    },
    "lessonfile.unknown_exercise": {
        "en": "{id} is not an exercise of this file; its exercises: {ids}",
        "ko": "{id}는 이 파일의 연습 문제가 아닙니다. 이 파일의 연습 문제: {ids}",
    },
    "lessonfile.no_exercises": {"en": "(none)", "ko": "(없음)"},
    "lessonfile.unknown_kind": {
        "en": "{value} is not an exercise kind; use one of {kinds}",
        "ko": "{value}는 연습 문제 종류가 아닙니다. {kinds} 중 하나를 쓰세요",
    },
    "lessonfile.unknown_live": {
        "en": "{value} is not a live part; use one of {kinds}",
        "ko": "{value}는 라이브 부분이 아닙니다. {kinds} 중 하나를 쓰세요",
    },
    "lessonfile.unknown_page": {
        "en": "{value} is not a page of the app; use one of {pages}",
        "ko": "{value}는 앱의 페이지가 아닙니다. {pages} 중 하나를 쓰세요",
    },
    "lessonfile.unknown_concept": {
        "en": "{value} is not in the concept index; use one of {concepts}",
        "ko": "{value}는 개념 색인에 없습니다. {concepts} 중 하나를 쓰세요",
    },
    # ---- the file in the course
    "lessonfile.lesson_taken": {
        "en": "the lesson id {id} is already used by {other}",
        "ko": "레슨 id {id}는 이미 {other}에서 쓰고 있습니다",
    },
    "lessonfile.exercise_taken": {
        "en": "the exercise id {id} is already used by {other} (lesson {lesson}); exercise ids are unique in the "
              "whole course",
        "ko": "연습 문제 id {id}는 이미 {other}(레슨 {lesson})에서 쓰고 있습니다. 연습 문제 id는 과정 전체에서 "
              "하나뿐이어야 합니다",
    },
    "lessonfile.lesson_shipped": {
        "en": "the lesson id {id} belongs to a lesson the app ships ({other}); choose another id",
        "ko": "레슨 id {id}는 앱에 들어 있는 레슨({other})의 id입니다. 다른 id를 고르세요",
    },
    "lessonfile.too_many": {
        "en": "the class already has {limit} uploaded lessons; remove one first",
        "ko": "이미 업로드한 레슨이 {limit}개입니다. 먼저 하나를 지워 주세요",
    },
}
