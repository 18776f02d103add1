"""Reading lesson files (cnnviz.learn.lessonfile): every rule of FORMAT.md refuses a file with its name, line and
field; hostile YAML (alias bombs, tags, huge or deep files) is refused before anything expands; a course is read from
several folders with bad files set aside; a teacher's uploads are kept under their lesson id."""

from __future__ import annotations

import pickle
import re
import time
from pathlib import Path

import pytest

from cnnviz.arch.presets import PRESETS
from cnnviz.learn import lessonfile
from cnnviz.learn.concepts import CONCEPTS_BY_KEY
from cnnviz.learn.course import KINDS, Live, Text
from cnnviz.learn.lab import KERNEL_PRESETS
from cnnviz.learn.lessonfile import (
    LIVE_KINDS,
    MAX_LESSON_BYTES,
    LessonError,
    add_teacher_lesson,
    load_course,
    load_lesson,
    parse_lesson,
    registered_pages,
    remove_teacher_lesson,
    teacher_lessons_dir,
)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parent / "data" / "lessons_malformed"
HANGUL = re.compile(r"[\uac00-\ud7a3]")

GOOD = """\
id: {id}
order: {order}
title: {{en: "A lesson", ko: "레슨"}}
summary: {{en: "What it is about.", ko: "무엇에 관한 레슨인지."}}
concepts: [padding, stride]
steps:
  - id: first-step
    title: {{en: "First", ko: "첫 단계"}}
    text: {{en: "Look at the grid.", ko: "격자를 보세요."}}
    live:
      kind: conv_lab
      settings: {{kernel: sobel_x, stride: 1}}
    page: pages/learn/lab.py
    exercises: [{exercise}]
exercises:
  - id: {exercise}
    kind: number
    prompt: {{en: "Compute the output size.", ko: "출력 크기를 계산하세요."}}
    check:
      quantity: conv_output_size
      given: {{input: 28, kernel: 3, padding: valid, stride: 1}}
    hints:
      - {{en: "Count the positions.", ko: "위치를 세어 보세요."}}
"""


def good(lesson_id: str = "a-lesson", order: int = 5, exercise: str = "one-cell") -> str:
    return GOOD.format(id=lesson_id, order=order, exercise=exercise)


def refusal(data: bytes | str, source: str = "my-lesson.yaml", **kwargs) -> LessonError:
    with pytest.raises(LessonError) as caught:
        parse_lesson(data, source, **kwargs)
    return caught.value


def assert_named(error: LessonError, file: str, line: int | None, field: str, reason: str) -> None:
    """The place is in the error's attributes and at the start of its English text; the Korean text is Korean and
    names the same place."""
    assert (error.file, error.line, error.field) == (file, line, field)
    where = ", ".join(part for part in (file, f"line {line}" if line else "", field) if part)
    english = error.text("en")
    assert english.startswith(f"{where}: ") and reason in english, english
    korean = error.text("ko")
    assert korean != english and HANGUL.search(korean), korean
    assert korean.startswith(file) and (line is None or f"{line}행" in korean) and field in korean, korean


# ---- the malformed corpus -----------------------------------------------------------------------------------------

CASES = {
    "bad_yaml.yaml": (11, "", "not valid YAML: did not find expected ',' or '}'"),
    "unknown_live_kind.yaml": (12, "steps[0].live.kind", "'conv' is not a live part; use one of conv_lab, "),
    "missing_language.yaml": (4, "title.ko", "missing"),
    "unknown_exercise_kind.yaml": (18, "exercises[0].kind", "'essay' is not an exercise kind"),
    "unknown_field.yaml": (23, "exercises[0].hint", "the fields here are: id, kind, prompt, check, hints"),
    "duplicate_step_id.yaml": (16, "steps[1].id", "the step id 'first-step' is already used by steps[0]"),
    "duplicate_key.yaml": (4, "order", "'order' is written twice"),
    "alias_bomb.yaml": (2, "a", "anchors and aliases"),
    "python_tag.yaml": (20, "exercises[0].check", "tags such as !!python/object/apply:os.system are not allowed"),
    "bad_setting.yaml": (13, "steps[0].live.settings.stride", "must be from 1 to 4; it is 9"),
    "unknown_page.yaml": (14, "steps[0].page", "'pages/learn/nowhere.py' is not a page of the app"),
    "unknown_concept.yaml": (6, "concepts[1]", "'strides' is not in the concept index"),
    "unknown_exercise_ref.yaml": (15, "steps[0].exercises[1]", "'two-cells' is not an exercise of this file; "
                                                              "its exercises: one-cell"),
    "bad_solution_after.yaml": (23, "exercises[0].solution_after", "must be from 0 to 20; it is 50"),
    "bad_id.yaml": (2, "id", "'Corpus_Lesson' is not an id"),
    "check_not_mapping.yaml": (20, "exercises[0].check", "must be a mapping"),
    "top_list.yaml": (2, "", "a lesson file is a mapping of fields"),
    "too_deep.yaml": (3, "steps" + "[0]" * 19, "nested more than 20 levels deep"),
    "not_utf8.yaml": (3, "", "not UTF-8"),
}


def test_the_corpus_and_the_cases_match() -> None:
    assert sorted(CASES) == sorted(path.name for path in CORPUS.iterdir())


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_malformed_file_is_refused_naming_its_file_line_and_field(name: str) -> None:
    line, field, reason = CASES[name]
    with pytest.raises(LessonError) as caught:
        load_lesson(CORPUS / name)
    assert caught.value.key == "lessonfile.refused"
    assert_named(caught.value, name, line, field, reason)


def test_the_corpus_files_are_the_good_lesson_but_for_one_flaw() -> None:
    """Each flaw is the only reason: the good lesson the corpus is made from is read."""
    lesson = parse_lesson(good(lesson_id="corpus-lesson"), "good.yaml")
    assert lesson.id == "corpus-lesson"
    assert (CORPUS / "unknown_live_kind.yaml").read_text(encoding="utf-8").count("\n") == good().count("\n") + 1


def test_an_alias_bomb_is_refused_at_once_even_a_huge_one() -> None:
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 10) + "]" for i in range(20)]
    started = time.perf_counter()
    error = refusal("\n".join(lines))
    assert time.perf_counter() - started < 1
    assert_named(error, "my-lesson.yaml", 1, "a", "anchors and aliases")
    # an alias without its anchor is refused as well (not a syntax error)
    assert_named(refusal("id: x\norder: *nowhere\n"), "my-lesson.yaml", 2, "order", "anchors and aliases")


def test_a_ten_megabyte_file_is_refused_without_being_read_whole(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "huge.yaml"
    big.write_bytes(b"# padding\n" * (1024 * 1024))
    read = []
    real_open = Path.open

    def counting_open(self: Path, *args, **kwargs):
        stream = real_open(self, *args, **kwargs)
        real_read = stream.read

        def read_some(size: int = -1) -> bytes:
            data = real_read(size)
            read.append(len(data))
            return data

        stream.read = read_some
        return stream

    monkeypatch.setattr(Path, "open", counting_open)
    with pytest.raises(LessonError) as caught:
        load_lesson(big)
    assert sum(read) <= MAX_LESSON_BYTES + 1
    assert_named(caught.value, "huge.yaml", None, "", "the file holds 10,485,760 bytes; a lesson file may hold at "
                                                        "most 262,144")
    # the same limit when the bytes are handed over (an upload)
    error = refusal(b"#" * (MAX_LESSON_BYTES + 1), "upload.yaml")
    assert error.line is None and "262,145 bytes" in error.text("en")


@pytest.mark.parametrize(("data", "line", "field", "reason"), [
    ("id: x\n---\nid: y\n", 2, "", "one YAML document"),
    ("yes: 1\n", 1, "", "the key 'yes' is not a name"),
    ("? [a, b]\n: 1\n", 1, "", "the key '[…]' is not a name"),
    ("<<: {id: x}\n", 1, "", "the key '<<' is not a name"),
    ("id: x\ntitle: {en: a, en: b}\n", 2, "title.en", "'en' is written twice"),
    ("id: x\ntitle: !!str x\n", 2, "title", "tags such as !!str"),
    ("id: x\ntitle: !local x\n", 2, "title", "tags such as !local"),
    ("id: x\norder: 1\n\x07\n", 3, "", "control characters are not allowed (U+0007)"),
    ("", 1, "", "a lesson file is a mapping"),
    ("just words\n", 1, "", "a lesson file is a mapping"),
])
def test_yaml_that_is_not_a_plain_lesson_is_refused(data: str, line: int, field: str, reason: str) -> None:
    assert_named(refusal(data), "my-lesson.yaml", line, field, reason)


def test_bad_utf8_is_refused_with_its_line_and_a_bom_is_fine() -> None:
    assert_named(refusal(b"id: x\norder: 1\ntitle: \xff\n"), "my-lesson.yaml", 3, "", "not UTF-8")
    assert parse_lesson(b"\xef\xbb\xbf" + good().encode(), "bom.yaml").id == "a-lesson"
    assert parse_lesson("\ufeff" + good(), "bom.yaml").id == "a-lesson"


# ---- the fields ---------------------------------------------------------------------------------------------------


def test_a_good_lesson_is_read_into_the_course_shapes() -> None:
    lesson = parse_lesson(good().encode(), "good.yaml", shipped=True)
    assert (lesson.id, lesson.order, lesson.source, lesson.shipped) == ("a-lesson", 5, "good.yaml", True)
    assert lesson.title == Text("A lesson", "레슨") and lesson.title("ko") == "레슨"
    assert lesson.concepts == ("padding", "stride")
    [step] = lesson.steps
    assert step.live == Live("conv_lab", {"kernel": "sobel_x", "stride": 1}) and step.page == "pages/learn/lab.py"
    assert step.notice is None and step.exercises == ("one-cell",)
    [exercise] = lesson.exercises
    assert (exercise.id, exercise.kind, exercise.lesson, exercise.solution_after) == ("one-cell", "number",
                                                                                      "a-lesson", 3)
    assert exercise.check == {"quantity": "conv_output_size",
                              "given": {"input": 28, "kernel": 3, "padding": "valid", "stride": 1}}
    assert exercise.hints == (Text("Count the positions.", "위치를 세어 보세요."),) and exercise.explanation is None


def test_concepts_and_exercises_are_optional_and_steps_are_not() -> None:
    text = good().split("exercises:\n  - id")[0].replace("    exercises: [one-cell]\n", "")
    text = text.replace("concepts: [padding, stride]\n", "")
    lesson = parse_lesson(text, "bare.yaml")
    assert lesson.concepts == () and lesson.exercises == ()
    no_steps = text.split("steps:")[0] + "steps: []\n"
    assert_named(refusal(no_steps), "my-lesson.yaml", 5, "steps", "needs at least one item")
    assert_named(refusal(text.split("steps:")[0]), "my-lesson.yaml", 1, "steps", "missing")


@pytest.mark.parametrize(("old", "new", "line", "field", "reason"), [
    ("order: 5", "order: five", 2, "order", "must be a whole number"),
    ("order: 5", "order: 5.0", 2, "order", "must be a whole number"),
    ("order: 5", "order: true", 2, "order", "must be a whole number"),
    ("order: 5", "order: -1", 2, "order", "must be from 0 to 9999; it is -1"),
    ('title: {en: "A lesson", ko: "레슨"}', 'title: "A lesson"', 3, "title", "must be a text in both languages"),
    ('title: {en: "A lesson", ko: "레슨"}', 'title: {en: "A lesson", ko: "  "}', 3, "title.ko",
     "must be a non-empty text"),
    ('title: {en: "A lesson", ko: "레슨"}', 'title: {en: "A lesson", ko: no}', 3, "title.ko",
     "must be a non-empty text"),
    ('title: {en: "A lesson", ko: "레슨"}', 'title: {en: "A", ko: "레슨", fr: "Une"}', 3, "title.fr",
     "the fields here are: en, ko"),
    ("id: a-lesson", "id: " + "a" * 65, 1, "id", "at most 64 characters"),
    ("id: a-lesson", "id: -lesson", 1, "id", "starting with a letter or a digit"),
    ("id: a-lesson", "id: 2024-01-01", 1, "id", "is not an id"),
    ("  - id: first-step", "  - id: First Step", 7, "steps[0].id", "'First Step' is not an id"),
    ("    exercises: [one-cell]", "    exercises: one-cell", 14, "steps[0].exercises", "must be a list"),
    ("      - {en: \"Count", "      - {en: 3, ko: \"x\"}\n      - {en: \"Count", 23, "exercises[0].hints[0].en",
     "must be a non-empty text"),
    ("  - id: one-cell", "  - id: one-cell\n    explanation: {en: \"Why\"}", 17, "exercises[0].explanation.ko",
     "missing"),
    ("      kind: conv_lab\n", "      kind: conv_lab\n      colour: red\n", 12, "steps[0].live.colour",
     "the fields here are: kind, settings"),
    ("      settings: {kernel: sobel_x, stride: 1}", "      settings: [sobel_x]", 12, "steps[0].live.settings",
     "must be a mapping"),
    ("      settings: {kernel: sobel_x, stride: 1}", "      settings: {kernel: sobel}", 12,
     "steps[0].live.settings.kernel", "'sobel' is not one of identity, box_blur"),
    ("      settings: {kernel: sobel_x, stride: 1}", "      settings: {size: 3}", 12,
     "steps[0].live.settings.size", "the fields here are: image, kernel, operation, padding, stride"),
])
def test_each_field_rule_names_the_field_and_its_line(old: str, new: str, line: int, field: str,
                                                      reason: str) -> None:
    assert old in good()
    assert_named(refusal(good().replace(old, new, 1)), "my-lesson.yaml", line, field, reason)


def with_live(kind: str, settings: str = "") -> str:
    text = good().replace("      kind: conv_lab\n      settings: {kernel: sobel_x, stride: 1}\n",
                          f"      kind: {kind}\n" + (f"      settings: {settings}\n" if settings else ""))
    assert kind in text
    return text


@pytest.mark.parametrize(("kind", "settings"), [
    ("conv_lab", "{image: seed_grid, kernel: seed_2x2, operation: convolve, padding: same, stride: 4}"),
    ("layers_lab", "{layer: average_pool}"),
    ("network", "{preset: fashion-convnet, padding: same}"),
    ("training_curves", "{metric: accuracy}"),
    ("confusion", ""),
    ("confusion", "{}"),
    ("feature_maps", "{layer: 3, image: 12}"),
    ("kernels", ""),
    ("filter_patterns", "{layer: 0}"),
    ("grad_cam", "{image: 7}"),
    ("training_step", "{learning_rate: 0.01}"),
    ("training_step", "{learning_rate: 1}"),
    ("concept", "{concept: padding}"),
])
def test_every_live_part_of_the_format_is_read_with_its_settings(kind: str, settings: str) -> None:
    [step] = parse_lesson(with_live(kind, settings), "live.yaml").steps
    assert step.live is not None and step.live.kind == kind
    assert set(step.live.settings) <= set(LIVE_KINDS[kind])


@pytest.mark.parametrize(("kind", "settings", "field", "reason"), [
    ("conv_lab", "{stride: 0}", "stride", "must be from 1 to 4; it is 0"),
    ("conv_lab", "{stride: 1.5}", "stride", "must be a whole number"),
    ("conv_lab", "{image: cat}", "image", "'cat' is not one of seed_grid, digit"),
    ("conv_lab", "{operation: convolution}", "operation", "is not one of correlate, convolve"),
    ("layers_lab", "{layer: conv}", "layer", "'conv' is not one of relu, max_pool"),
    ("network", "{preset: resnet-50}", "preset", "'resnet-50' is not one of"),
    ("network", "{padding: full}", "padding", "'full' is not one of valid, same"),
    ("training_curves", "{metric: f1}", "metric", "'f1' is not one of loss, accuracy"),
    ("confusion", "{normalise: true}", "normalise", "confusion takes no settings"),
    ("feature_maps", "{layer: -1}", "layer", "must be from 0 to 199; it is -1"),
    ("grad_cam", "{image: yes}", "image", "must be a whole number"),
    ("training_step", "{learning_rate: 0.00001}", "learning_rate", "must be from 0.0001 to 1; it is 1e-05"),
    ("training_step", "{learning_rate: .nan}", "learning_rate", "must be from 0.0001 to 1"),
    ("training_step", "{learning_rate: fast}", "learning_rate", "must be a number"),
    ("concept", "{concept: convolution}", "concept", "'convolution' is not in the concept index"),
])
def test_a_live_setting_outside_the_format_table_is_refused(kind: str, settings: str, field: str,
                                                            reason: str) -> None:
    error = refusal(with_live(kind, settings))
    assert_named(error, "my-lesson.yaml", 12, f"steps[0].live.settings.{field}", reason)


def test_the_live_table_is_the_formats_and_the_cores() -> None:
    format_md = (lessonfile.SHIPPED_DIR / "FORMAT.md").read_text(encoding="utf-8")
    table = format_md.split("## Live parts")[1].split("## Exercises")[0]
    rows = re.findall(r"^\| `(\w+)` \|[^|]*\| (.*) \|$", table, flags=re.MULTILINE)
    assert [kind for kind, _ in rows] == list(LIVE_KINDS)
    for kind, settings in rows:
        assert re.findall(r"(?:^|, )`(\w+)` \(", settings) == list(LIVE_KINDS[kind]), kind
    assert LIVE_KINDS["conv_lab"]["kernel"].choices == tuple(p.text_key for p in KERNEL_PRESETS.values())
    assert LIVE_KINDS["network"]["preset"].choices == tuple(PRESETS)
    assert "# " + " | ".join(KINDS) in format_md


def test_pages_are_the_ones_app_py_registers(tmp_path: Path) -> None:
    pages = registered_pages()
    assert {"pages/learn/lab.py", "pages/start/home.py", "pages/build/class_view.py"} <= pages
    assert "pages/common.py" not in pages and all((ROOT / page).is_file() for page in pages)
    # without an app.py: the page files there are
    (tmp_path / "pages" / "learn").mkdir(parents=True)
    (tmp_path / "pages" / "learn" / "lab.py").write_text("")
    (tmp_path / "pages" / "common.py").write_text("")
    assert registered_pages(tmp_path) == {"pages/learn/lab.py"}


def test_known_pages_and_concepts_can_be_given() -> None:
    text = good()
    assert parse_lesson(text, "x.yaml", known_pages={"pages/learn/lab.py"}, known_concepts={"padding", "stride"})
    assert_named(refusal(text, known_pages={"pages/other.py"}), "my-lesson.yaml", 13, "steps[0].page",
                 "use one of pages/other.py")
    assert_named(refusal(text, known_concepts={"padding"}), "my-lesson.yaml", 5, "concepts[1]",
                 "'stride' is not in the concept index; use one of padding")
    assert set(CONCEPTS_BY_KEY) >= {"padding", "stride"}


def test_the_check_validator_sees_each_check_and_its_problem_is_placed_in_the_file() -> None:
    text = good().replace("      given: {input: 28, kernel: 3, padding: valid, stride: 1}",
                          "      given:\n        input: 28\n        kernel: 0\n        padding: valid")
    seen = []

    def validator(kind: str, check: dict) -> list:
        seen.append((kind, check))
        return [("given.kernel", lessonfile.msg("lessonfile.not_int"))] if check["given"]["kernel"] < 1 else []

    error = refusal(text, check_validator=validator)
    assert seen == [("number", {"quantity": "conv_output_size", "given": {"input": 28, "kernel": 0,
                                                                         "padding": "valid"}})]
    assert_named(error, "my-lesson.yaml", 23, "exercises[0].check.given.kernel", "must be a whole number")
    # a path inside a list, and one the file does not have (the nearest field's line is named)
    error = refusal(text, check_validator=lambda kind, check: [("rules[1].max_params",
                                                                lessonfile.msg("lessonfile.missing"))])
    assert_named(error, "my-lesson.yaml", 19, "exercises[0].check.rules[1].max_params", "missing")
    assert parse_lesson(good(), "x.yaml", check_validator=lambda kind, check: []).exercises


def test_a_lesson_error_keeps_its_place_through_pickling() -> None:
    error = pickle.loads(pickle.dumps(refusal(good().replace("kind: conv_lab", "kind: conv"))))
    assert (error.file, error.line, error.field) == ("my-lesson.yaml", 11, "steps[0].live.kind")
    assert error.text("en").startswith("my-lesson.yaml, line 11, steps[0].live.kind: 'conv' is not a live part")
    assert error.reason.key == "lessonfile.unknown_live"


# ---- the course ---------------------------------------------------------------------------------------------------


def write(folder: Path, name: str, text: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


@pytest.fixture
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A shipped folder of one lesson besides FORMAT.md."""
    folder = tmp_path / "shipped"
    write(folder, "FORMAT.md", "# not a lesson\n")
    write(folder, "intro.yaml", good("intro", order=1, exercise="intro-cell"))
    monkeypatch.setattr(lessonfile, "SHIPPED_DIR", folder)
    return folder


def test_the_real_shipped_folder_reads_without_refusals() -> None:
    course = load_course(environ={})
    assert course.refused == () and all(lesson.shipped for lesson in course.lessons)


def test_an_empty_shipped_folder_gives_an_empty_course(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "shipped", "FORMAT.md", "# the format\n")
    monkeypatch.setattr(lessonfile, "SHIPPED_DIR", tmp_path / "shipped")
    assert load_course(environ={}).lessons == () and load_course(environ={}).refused == ()


def test_a_course_from_several_folders_sets_bad_files_aside(shipped: Path, tmp_path: Path) -> None:
    teacher = tmp_path / "teacher"
    write(teacher, "b-second.yaml", good("second", order=2, exercise="second-cell"))
    write(teacher, "a-first.yml", good("first", order=2, exercise="first-cell"))
    write(teacher, "c-broken.yaml", (CORPUS / "unknown_live_kind.yaml").read_bytes())
    write(teacher, "d-same-lesson.yaml", good("intro", order=9, exercise="other-cell"))
    write(teacher, "e-same-exercise.yaml", good("third", order=3, exercise="first-cell"))
    write(teacher, ".hidden.yaml", "not: a lesson\n")
    write(teacher, "notes.txt", "not: a lesson\n")
    uploads = tmp_path / "uploads"
    write(uploads, "zeroth.yaml", good("zeroth", order=0, exercise="zeroth-cell"))

    course = load_course(extra_dirs=[uploads, teacher], environ={lessonfile.LESSONS_DIR_ENV: str(teacher)})

    assert [lesson.id for lesson in course.lessons] == ["zeroth", "intro", "first", "second"]
    assert [lesson.shipped for lesson in course.lessons] == [False, True, False, False]
    assert course.lesson("intro").source == "intro.yaml" and course.lesson("intro").order == 1
    assert course.exercise("first-cell").lesson == "first"
    refused = {error.file: error for error in course.refused}
    assert list(refused) == ["c-broken.yaml", "d-same-lesson.yaml", "e-same-exercise.yaml"]  # the folder once
    assert_named(refused["c-broken.yaml"], "c-broken.yaml", 12, "steps[0].live.kind", "'conv' is not a live part")
    assert_named(refused["d-same-lesson.yaml"], "d-same-lesson.yaml", 1, "id",
                 "the lesson id 'intro' is already used by intro.yaml")
    assert_named(refused["e-same-exercise.yaml"], "e-same-exercise.yaml", 16, "exercises[0].id",
                 "the exercise id 'first-cell' is already used by a-first.yml (lesson 'first')")
    # the shipped lessons are as they are without the teacher's folders
    alone = load_course(environ={})
    assert alone.lessons == (course.lesson("intro"),) and alone.refused == ()


def test_a_missing_folder_adds_nothing(shipped: Path, tmp_path: Path) -> None:
    course = load_course(extra_dirs=[tmp_path / "nowhere"], environ={lessonfile.LESSONS_DIR_ENV: str(tmp_path / "no")})
    assert [lesson.id for lesson in course.lessons] == ["intro"] and course.refused == ()


def test_the_course_refuses_a_check_the_exercises_module_refuses(shipped: Path) -> None:
    """The kind's own rules (cnnviz.learn.exercises.check_problems) are part of reading a file."""
    text = good().replace("quantity: conv_output_size", "quantity: conv_output_sizes")
    (shipped / "intro.yaml").write_text(text, encoding="utf-8")
    course = load_course(environ={})
    assert course.lessons == ()
    assert "exercises[0].check.quantity" in str(course.refused[0]) and "conv_output_sizes" in str(course.refused[0])


# ---- a teacher's uploads ------------------------------------------------------------------------------------------


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shipped: Path) -> Path:
    monkeypatch.setenv("CNNVIZ_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def uploaded(data_dir: Path) -> list[str]:
    folder = data_dir / "lessons"
    return sorted(path.name for path in folder.iterdir()) if folder.exists() else []


def course_with_uploads():
    return load_course(extra_dirs=[teacher_lessons_dir()], environ={})


def test_an_uploaded_lesson_is_kept_under_its_id_and_joins_the_course(data_dir: Path) -> None:
    assert teacher_lessons_dir() == data_dir / "lessons"
    data = good("my-own", exercise="my-cell").encode()
    lesson = add_teacher_lesson(data, "Week 3 lesson.yaml", course_with_uploads())
    assert lesson.id == "my-own" and not lesson.shipped and lesson.source == "Week 3 lesson.yaml"
    assert uploaded(data_dir) == ["my-own.yaml"] and (data_dir / "lessons" / "my-own.yaml").read_bytes() == data
    course = course_with_uploads()
    assert [lesson.id for lesson in course.lessons] == ["intro", "my-own"] and course.refused == ()
    # the same id again replaces it (it is the teacher's), even with the exercise it had
    changed = good("my-own", order=7, exercise="my-cell").encode()
    assert add_teacher_lesson(changed, "again.yaml", course).order == 7
    assert uploaded(data_dir) == ["my-own.yaml"] and course_with_uploads().lesson("my-own").order == 7
    assert remove_teacher_lesson("my-own") is True and uploaded(data_dir) == []
    assert remove_teacher_lesson("my-own") is False
    assert [lesson.id for lesson in course_with_uploads().lessons] == ["intro"]


def test_an_upload_that_clashes_is_refused_and_nothing_is_written(data_dir: Path) -> None:
    course = course_with_uploads()
    with pytest.raises(LessonError) as caught:
        add_teacher_lesson(good("intro", exercise="new-cell").encode(), "mine.yaml", course)
    assert_named(caught.value, "mine.yaml", 1, "id", "the lesson id 'intro' belongs to a lesson the app ships "
                                                     "(intro.yaml)")
    with pytest.raises(LessonError) as caught:
        add_teacher_lesson(good("mine", exercise="intro-cell").encode(), "mine.yaml", course)
    assert_named(caught.value, "mine.yaml", 16, "exercises[0].id", "the exercise id 'intro-cell' is already used by "
                                                                   "intro.yaml (lesson 'intro')")
    with pytest.raises(LessonError) as caught:
        add_teacher_lesson((CORPUS / "alias_bomb.yaml").read_bytes(), "bomb.yaml", course)
    assert caught.value.field == "a"
    assert uploaded(data_dir) == []


def test_a_lesson_from_the_teachers_folder_is_not_replaced_by_an_upload(data_dir: Path, tmp_path: Path) -> None:
    write(tmp_path / "teacher", "kept.yaml", good("kept", exercise="kept-cell"))
    course = load_course(extra_dirs=[teacher_lessons_dir()], environ={lessonfile.LESSONS_DIR_ENV:
                                                                      str(tmp_path / "teacher")})
    with pytest.raises(LessonError) as caught:
        add_teacher_lesson(good("kept", exercise="other-cell").encode(), "kept.yaml", course)
    assert "the lesson id 'kept' is already used by kept.yaml" in caught.value.text("en")
    assert uploaded(data_dir) == []


@pytest.mark.parametrize("filename", ["../../evil.yaml", "/etc/cron.d/evil.yaml", "..\\..\\evil.yaml", "..",
                                      "evil\n.yaml", ""])
def test_a_hostile_filename_never_becomes_a_path(data_dir: Path, tmp_path: Path, filename: str) -> None:
    lesson = add_teacher_lesson(good("safe-name", exercise="safe-cell").encode(), filename, course_with_uploads())
    assert uploaded(data_dir) == ["safe-name.yaml"]
    assert "/" not in lesson.source and "\\" not in lesson.source and "\n" not in lesson.source
    assert not any(path.name.startswith("evil") for path in tmp_path.rglob("*"))
    with pytest.raises(LessonError) as caught:
        add_teacher_lesson(b"id: [", filename, course_with_uploads())
    assert "/" not in caught.value.file and caught.value.file not in ("..", "")


def test_removing_takes_only_an_id(data_dir: Path) -> None:
    add_teacher_lesson(good("safe-name", exercise="safe-cell").encode(), "x.yaml", course_with_uploads())
    for hostile in ("../lessons/safe-name", "safe-name.yaml", "", "SAFE-NAME", "a" * 65):
        assert remove_teacher_lesson(hostile) is False
    assert uploaded(data_dir) == ["safe-name.yaml"]


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_pure_python_parser_refuses_the_same_way(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without libyaml (PyYAML built without it) the same files are refused at the same places."""
    import yaml

    monkeypatch.setattr(lessonfile, "_LOADER", yaml.SafeLoader)
    line, field, reason = CASES[name]
    with pytest.raises(LessonError) as caught:
        load_lesson(CORPUS / name)
    assert_named(caught.value, name, line, field, reason.split(":")[0])
    assert parse_lesson(good(), "good.yaml").id == "a-lesson"
