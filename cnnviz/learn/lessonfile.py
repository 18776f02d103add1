"""Reading lesson files (`cnnviz/learn/lessons/FORMAT.md`) into the course's shapes (`cnnviz.learn.course`).

Every rule of FORMAT.md is checked; a file that breaks one is refused with a `LessonError` naming the file, the line
and the field ("my-lesson.yaml, line 14, steps[2].live.kind: 'conv' is not a live part; use one of …"). Indices in
field names count from 0, as in the YAML lists they point into.

The YAML is read event by event (libyaml's parser, our own small composer), so each value keeps its line and
nothing is ever expanded or constructed from a tag: anchors, aliases and tags are refused where they stand (a
billion-laughs file stops at its first '&'), as are duplicate keys, keys that are not names and nesting deeper than
MAX_DEPTH. The size is checked before anything is parsed.

The checks of an exercise's `check` mapping belong to its kind and live in `cnnviz.learn.exercises`
(`check_problems`); the functions here take one as `check_validator` and `load_course` uses it when it is there.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, NoReturn

import yaml

from cnnviz.arch.presets import PRESETS
from cnnviz.arch.spec import MAX_LAYERS
from cnnviz.i18n import CnnvizError, Message, msg
from cnnviz.io import atomic_write_bytes
from cnnviz.learn.concepts import CONCEPTS_BY_KEY
from cnnviz.learn.course import DEFAULT_SOLUTION_AFTER, KINDS, Course, Exercise, Lesson, Live, Step, Text
from cnnviz.learn.exercises import check_problems

MAX_LESSON_BYTES = 256 * 1024
MAX_DEPTH = 20  # levels of nested mappings and lists; a lesson needs about 8
MAX_ID_LENGTH = 64
MAX_SOLUTION_AFTER = 20
MAX_ORDER = 9999
MAX_TEACHER_LESSONS = 100  # lesson files a class may upload
LESSONS_DIR_ENV = "CNNVIZ_LESSONS_DIR"  # a teacher's folder of extra lesson files
SHIPPED_DIR = Path(__file__).resolve().parent / "lessons"
REPO_ROOT = Path(__file__).resolve().parents[2]
SUFFIXES = (".yaml", ".yml")

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*")
CheckValidator = Callable[[str, dict], list[tuple[str, Message]]]
FieldPath = tuple[str | int, ...]
TEXT_EXAMPLE = '{en: "…", ko: "…"}'


class LessonError(CnnvizError):
    """A lesson file refused: `file` (its name), `line` (1-based, None when the whole file is meant), `field` (the
    field's path, "steps[2].live.kind"; "" for the whole file) and the `reason`. The place travels in params, so it
    survives pickling."""

    def __init__(self, key: str = "lessonfile.refused", /, *, file: str, line: int | None = None, field: str = "",
                 reason: Message, **params: Any) -> None:
        super().__init__(key, file=file, line=line, field=field, reason=reason, where=_where(file, line, field),
                         **params)

    @property
    def file(self) -> str:
        return self.params["file"]

    @property
    def line(self) -> int | None:
        return self.params["line"]

    @property
    def field(self) -> str:
        return self.params["field"]

    @property
    def reason(self) -> Message:
        return self.params["reason"]


def _where(file: str, line: int | None, field: str) -> Message:
    if line is None:
        if field:
            return msg("lessonfile.where_field", file=file, field=field)
        return msg("lessonfile.where_file", file=file)
    if field:
        return msg("lessonfile.where_line_field", file=file, line=line, field=field)
    return msg("lessonfile.where_line", file=file, line=line)


def field_name(path: Iterable[str | int]) -> str:
    """("steps", 2, "live", "kind") → "steps[2].live.kind"."""
    name = ""
    for part in path:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return name


_PATH_PART = re.compile(r"\[(\d+)\]|([^.\[\]]+)")


def _parse_field_name(name: str) -> FieldPath:
    return tuple(int(index) if index else part for index, part in _PATH_PART.findall(name))


# ---- live parts ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SettingRule:
    """How one setting of a live part is checked: one of `choices`; or a number from `low` to `high` (a whole one
    when `integer`); or (`concept`) a key of the concept index."""

    choices: tuple[str, ...] = ()
    low: float | None = None
    high: float | None = None
    integer: bool = True
    concept: bool = False

    def problem(self, value: Any, concepts: Collection[str] | None = None) -> Message | None:
        """Why `value` is not allowed, or None."""
        if self.concept:
            known = CONCEPTS_BY_KEY.keys() if concepts is None else concepts
            if not isinstance(value, str) or value not in known:
                return msg("lessonfile.unknown_concept", value=repr(value), concepts=", ".join(sorted(known)))
            return None
        if self.choices:
            if not isinstance(value, str) or value not in self.choices:
                return msg("lessonfile.bad_choice", value=repr(value), choices=", ".join(self.choices))
            return None
        return _number_problem(value, self.low, self.high, self.integer)


def _number_problem(value: Any, low: float | None, high: float | None, integer: bool = True) -> Message | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or (integer and not isinstance(value, int)):
        return msg("lessonfile.not_int" if integer else "lessonfile.not_number")
    if math.isnan(value) or (low is not None and value < low) or (high is not None and value > high):
        return msg("lessonfile.out_of_range", low=low, high=high, value=value)
    return None


# FORMAT.md's table of live parts; the kernel names are cnnviz.learn.lab.KERNEL_PRESETS' text keys (a test checks).
KERNEL_NAMES = ("identity", "box_blur", "gaussian_blur", "sobel_x", "sobel_y", "sharpen", "laplacian", "seed_2x2")
_PADDING = SettingRule(choices=("valid", "same"))
_LAYER_INDEX = SettingRule(low=0, high=MAX_LAYERS - 1)
_IMAGE_INDEX = SettingRule(low=0, high=999_999)
LIVE_KINDS: dict[str, dict[str, SettingRule]] = {
    "conv_lab": {
        "image": SettingRule(choices=("seed_grid", "digit")),
        "kernel": SettingRule(choices=KERNEL_NAMES),
        "operation": SettingRule(choices=("correlate", "convolve")),
        "padding": _PADDING,
        "stride": SettingRule(low=1, high=4),
    },
    "layers_lab": {"layer": SettingRule(choices=("relu", "max_pool", "average_pool", "softmax", "flatten", "dropout"))},
    "network": {"preset": SettingRule(choices=tuple(PRESETS)), "padding": _PADDING},
    "training_curves": {"metric": SettingRule(choices=("loss", "accuracy"))},
    "confusion": {},
    "feature_maps": {"layer": _LAYER_INDEX, "image": _IMAGE_INDEX},
    "kernels": {},
    "filter_patterns": {"layer": _LAYER_INDEX},
    "grad_cam": {"image": _IMAGE_INDEX},
    "training_step": {"learning_rate": SettingRule(low=0.0001, high=1, integer=False)},
    "concept": {"concept": SettingRule(concept=True)},
}

_APP_PAGE = re.compile(r"""st\.Page\(\s*["']([^"']+\.py)["']""")


def registered_pages(root: Path = REPO_ROOT) -> frozenset[str]:
    """The pages app.py registers ("pages/learn/lab.py"), read from its `st.Page("…")` calls now; without an app.py,
    every page file under pages/ (but the shared modules)."""
    try:
        return frozenset(_APP_PAGE.findall((root / "app.py").read_text(encoding="utf-8")))
    except OSError:
        folder = root / "pages"
        return frozenset(path.relative_to(root).as_posix() for path in folder.rglob("*.py")
                         if path.name not in ("__init__.py", "common.py", "texts.py"))


# ---- YAML, event by event -----------------------------------------------------------------------------------------

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR_TAG = "tag:yaml.org,2002:str"
_RESOLVER = yaml.resolver.Resolver()
_CONSTRUCTOR = yaml.constructor.SafeConstructor()


class _Refusal(Exception):
    """A problem found at `path` (line `line`), made a LessonError by whoever knows the file's name."""

    def __init__(self, path: FieldPath, reason: Message, line: int | None) -> None:
        super().__init__(reason.key)
        self.path, self.reason, self.line = path, reason, line


class _Collection:
    """A mapping or list being composed, and (for a mapping) the key whose value comes next."""

    def __init__(self, value: dict | list, path: FieldPath) -> None:
        self.value, self.path = value, path
        self.key: str | None = None
        self.key_line = 0

    def next_path(self) -> FieldPath:
        if isinstance(self.value, list):
            return (*self.path, len(self.value))
        return (*self.path, self.key) if self.key is not None else self.path


def _scalar(event: yaml.ScalarEvent) -> Any:
    """A scalar as YAML 1.1's safe schema reads it (int, float, bool, None, date, str); as the string written when
    that fails (a 5,000-digit number, the 30th of February) or has no safe meaning ('<<')."""
    tag = _RESOLVER.resolve(yaml.ScalarNode, event.value, event.implicit)
    construct = yaml.constructor.SafeConstructor.yaml_constructors.get(tag)
    if construct is None or tag == _STR_TAG:
        return event.value
    try:
        return construct(_CONSTRUCTOR, yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark))
    except (ValueError, TypeError, OverflowError, yaml.YAMLError):
        return event.value


def compose(text: str) -> tuple[Any, dict[FieldPath, int]]:
    """The YAML document in `text` as plain Python values, and the line (1-based) where each value's entry starts
    (its key, in a mapping). Raises _Refusal."""
    lines: dict[FieldPath, int] = {(): 1}
    stack: list[_Collection] = []
    root: Any = None
    documents = 0
    for event in yaml.parse(text, Loader=_LOADER):
        line = event.start_mark.line + 1
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise _Refusal((), msg("lessonfile.several_documents"), line)
        elif isinstance(event, yaml.CollectionEndEvent):
            stack.pop()
        elif isinstance(event, yaml.events.NodeEvent):
            parent = stack[-1] if stack else None
            where = parent.next_path() if parent else ()
            if isinstance(event, yaml.AliasEvent) or event.anchor is not None:
                raise _Refusal(where, msg("lessonfile.anchor"), line)
            if event.tag is not None:
                raise _Refusal(where, msg("lessonfile.tag", tag=event.tag.replace("tag:yaml.org,2002:", "!!")), line)
            if parent is not None and isinstance(parent.value, dict) and parent.key is None:
                _take_key(parent, event, line)
                continue
            value = _scalar(event) if isinstance(event, yaml.ScalarEvent) else (
                {} if isinstance(event, yaml.MappingStartEvent) else [])
            if parent is None:
                root, lines[()] = value, line
            elif isinstance(parent.value, dict):
                parent.value[parent.key] = value
                lines[where] = parent.key_line
                parent.key = None
            else:
                parent.value.append(value)
                lines[where] = line
            if isinstance(value, dict | list) and not isinstance(event, yaml.ScalarEvent):
                if len(stack) >= MAX_DEPTH:
                    raise _Refusal(where, msg("lessonfile.too_deep", limit=MAX_DEPTH), line)
                stack.append(_Collection(value, where))
    return root, lines


def _take_key(mapping: _Collection, event: yaml.NodeEvent, line: int) -> None:
    is_name = isinstance(event, yaml.ScalarEvent) and (
        _RESOLVER.resolve(yaml.ScalarNode, event.value, event.implicit) == _STR_TAG)
    if not is_name:
        shown = event.value if isinstance(event, yaml.ScalarEvent) else "{…}" if isinstance(
            event, yaml.MappingStartEvent) else "[…]"
        raise _Refusal(mapping.path, msg("lessonfile.key_not_text", key=repr(shown)), line)
    if event.value in mapping.value:
        raise _Refusal((*mapping.path, event.value), msg("lessonfile.duplicate_key", key=repr(event.value)), line)
    mapping.key, mapping.key_line = event.value, line


def _decode(data: bytes | str) -> str:
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _Refusal((), msg("lessonfile.not_utf8"), data[: error.start].count(b"\n") + 1) from None


def _read_yaml(data: bytes | str) -> tuple[Any, dict[FieldPath, int]]:
    size = len(data) if isinstance(data, bytes) else len(data.encode("utf-8", "surrogatepass"))
    if size > MAX_LESSON_BYTES:
        raise _Refusal((), msg("lessonfile.too_big", size=size, limit=MAX_LESSON_BYTES), None)
    text = _decode(data)
    try:
        return compose(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or type(error).__name__
        reason = msg("lessonfile.yaml_syntax", problem=problem)
        if error.context and error.context_mark and error.problem_mark:  # "while parsing a flow mapping" on line 10
            reason = msg("lessonfile.yaml_syntax_context", problem=problem, context=error.context,
                         context_line=error.context_mark.line + 1)
        raise _Refusal((), reason, mark.line + 1 if mark else None) from None
    except yaml.reader.ReaderError as error:
        line = text[: error.position].count("\n") + 1
        char = error.character if isinstance(error.character, int) else ord(str(error.character)[:1] or "\0")
        raise _Refusal((), msg("lessonfile.yaml_syntax", problem=f"{error.reason} (U+{char:04X})"), line) from None
    except (yaml.YAMLError, UnicodeError) as error:
        raise _Refusal((), msg("lessonfile.yaml_syntax", problem=type(error).__name__), None) from None


# ---- the lesson's fields ------------------------------------------------------------------------------------------


class _Reader:
    """Checks the composed values of one file against FORMAT.md and builds the Lesson."""

    def __init__(self, lines: dict[FieldPath, int], shipped: bool, check_validator: CheckValidator | None,
                 known_pages: Collection[str] | None, known_concepts: Collection[str] | None) -> None:
        self.lines = lines
        self.shipped = shipped
        self.check_validator = check_validator
        self.known_pages = known_pages
        self.known_concepts = CONCEPTS_BY_KEY.keys() if known_concepts is None else known_concepts

    def line(self, path: FieldPath) -> int | None:
        """The line of `path`, or of the nearest field around it that has one."""
        for end in range(len(path), -1, -1):
            if path[:end] in self.lines:
                return self.lines[path[:end]]
        return None

    def fail(self, path: FieldPath, reason: Message) -> NoReturn:
        raise _Refusal(path, reason, self.line(path))

    def fields(self, value: Any, path: FieldPath, required: Sequence[str], optional: Sequence[str] = ()) -> dict:
        if not isinstance(value, dict):
            self.fail(path, msg("lessonfile.top_not_mapping" if not path else "lessonfile.not_mapping"))
        allowed = (*required, *optional)
        for name in value:
            if name not in allowed:
                self.fail((*path, name), msg("lessonfile.unknown_field", allowed=", ".join(allowed)))
        for name in required:
            if name not in value:
                self.fail((*path, name), msg("lessonfile.missing"))
        return value

    def string(self, value: Any, path: FieldPath) -> str:
        if not isinstance(value, str) or not value.strip():
            self.fail(path, msg("lessonfile.not_string"))
        return value

    def text(self, value: Any, path: FieldPath) -> Text:
        if not isinstance(value, dict):
            self.fail(path, msg("lessonfile.not_text", example=TEXT_EXAMPLE))
        self.fields(value, path, ("en", "ko"))
        return Text(en=self.string(value["en"], (*path, "en")), ko=self.string(value["ko"], (*path, "ko")))

    def optional_text(self, mapping: dict, name: str, path: FieldPath) -> Text | None:
        return self.text(mapping[name], (*path, name)) if name in mapping else None

    def ident(self, value: Any, path: FieldPath) -> str:
        if not isinstance(value, str) or len(value) > MAX_ID_LENGTH or not ID_PATTERN.fullmatch(value):
            self.fail(path, msg("lessonfile.bad_id", value=repr(value), limit=MAX_ID_LENGTH))
        return value

    def integer(self, value: Any, path: FieldPath, low: int, high: int) -> int:
        problem = _number_problem(value, low, high)
        if problem is not None:
            self.fail(path, problem)
        return value

    def items(self, value: Any, path: FieldPath, allow_empty: bool = True) -> list:
        if not isinstance(value, list):
            self.fail(path, msg("lessonfile.not_list"))
        if not value and not allow_empty:
            self.fail(path, msg("lessonfile.empty_list"))
        return value

    # -- the parts

    def lesson(self, root: Any, source: str) -> Lesson:
        top = self.fields(root, (), ("id", "order", "title", "summary", "steps"), ("concepts", "exercises"))
        lesson_id = self.ident(top["id"], ("id",))
        order = self.integer(top["order"], ("order",), 0, MAX_ORDER)
        title = self.text(top["title"], ("title",))
        summary = self.text(top["summary"], ("summary",))
        concepts = tuple(self.concept(value, ("concepts", i))
                         for i, value in enumerate(self.items(top.get("concepts", []), ("concepts",))))
        exercises = self.exercises(top.get("exercises", []), lesson_id)
        steps = self.steps(top["steps"], [exercise.id for exercise in exercises])
        return Lesson(id=lesson_id, order=order, title=title, summary=summary, concepts=concepts, steps=steps,
                      exercises=exercises, source=source, shipped=self.shipped)

    def concept(self, value: Any, path: FieldPath) -> str:
        problem = SettingRule(concept=True).problem(value, self.known_concepts)
        if problem is not None:
            self.fail(path, problem)
        return value

    def steps(self, value: Any, exercise_ids: list[str]) -> tuple[Step, ...]:
        steps: list[Step] = []
        for index, item in enumerate(self.items(value, ("steps",), allow_empty=False)):
            step = self.step(item, ("steps", index), exercise_ids)
            earlier = next((i for i, other in enumerate(steps) if other.id == step.id), None)
            if earlier is not None:
                self.fail(("steps", index, "id"), msg("lessonfile.duplicate_step", id=repr(step.id), index=earlier))
            steps.append(step)
        return tuple(steps)

    def step(self, value: Any, path: FieldPath, exercise_ids: list[str]) -> Step:
        step = self.fields(value, path, ("id", "title", "text"), ("notice", "live", "page", "exercises"))
        refs = self.items(step.get("exercises", []), (*path, "exercises"))
        for i, ref in enumerate(refs):
            if ref not in exercise_ids:
                ids = ", ".join(exercise_ids) if exercise_ids else msg("lessonfile.no_exercises")
                self.fail((*path, "exercises", i), msg("lessonfile.unknown_exercise", id=repr(ref), ids=ids))
        return Step(
            id=self.ident(step["id"], (*path, "id")),
            title=self.text(step["title"], (*path, "title")),
            text=self.text(step["text"], (*path, "text")),
            notice=self.optional_text(step, "notice", path),
            live=self.live(step["live"], (*path, "live")) if "live" in step else None,
            page=self.page(step["page"], (*path, "page")) if "page" in step else None,
            exercises=tuple(refs),
        )

    def live(self, value: Any, path: FieldPath) -> Live:
        live = self.fields(value, path, ("kind",), ("settings",))
        kind = live["kind"]
        if not isinstance(kind, str) or kind not in LIVE_KINDS:
            self.fail((*path, "kind"), msg("lessonfile.unknown_live", value=repr(kind), kinds=", ".join(LIVE_KINDS)))
        settings = live.get("settings", {})
        if not isinstance(settings, dict):
            self.fail((*path, "settings"), msg("lessonfile.not_mapping"))
        rules = LIVE_KINDS[kind]
        for name, setting in settings.items():
            where = (*path, "settings", name)
            if name not in rules:
                self.fail(where, msg("lessonfile.unknown_field", allowed=", ".join(rules)) if rules
                          else msg("lessonfile.no_settings", kind=kind))
            problem = rules[name].problem(setting, self.known_concepts)
            if problem is not None:
                self.fail(where, problem)
        return Live(kind=kind, settings=dict(settings))

    def page(self, value: Any, path: FieldPath) -> str:
        pages = registered_pages() if self.known_pages is None else self.known_pages
        if not isinstance(value, str) or value not in pages:
            self.fail(path, msg("lessonfile.unknown_page", value=repr(value), pages=", ".join(sorted(pages))))
        return value

    def exercises(self, value: Any, lesson_id: str) -> tuple[Exercise, ...]:
        exercises: list[Exercise] = []
        for index, item in enumerate(self.items(value, ("exercises",))):
            exercise = self.exercise(item, ("exercises", index), lesson_id)
            earlier = next((i for i, other in enumerate(exercises) if other.id == exercise.id), None)
            if earlier is not None:
                self.fail(("exercises", index, "id"),
                          msg("lessonfile.duplicate_exercise", id=repr(exercise.id), index=earlier))
            exercises.append(exercise)
        return tuple(exercises)

    def exercise(self, value: Any, path: FieldPath, lesson_id: str) -> Exercise:
        exercise = self.fields(value, path, ("id", "kind", "prompt", "check"),
                               ("hints", "solution_after", "explanation"))
        exercise_id = self.ident(exercise["id"], (*path, "id"))
        kind = exercise["kind"]
        if not isinstance(kind, str) or kind not in KINDS:
            self.fail((*path, "kind"), msg("lessonfile.unknown_kind", value=repr(kind), kinds=", ".join(KINDS)))
        prompt = self.text(exercise["prompt"], (*path, "prompt"))
        check = exercise["check"]
        if not isinstance(check, dict):
            self.fail((*path, "check"), msg("lessonfile.not_mapping"))
        for where, reason in (self.check_validator(kind, check) if self.check_validator else []):
            self.fail((*path, "check", *_parse_field_name(where)), reason)
        hints = tuple(self.text(hint, (*path, "hints", i))
                      for i, hint in enumerate(self.items(exercise.get("hints", []), (*path, "hints"))))
        solution_after = self.integer(exercise.get("solution_after", DEFAULT_SOLUTION_AFTER),
                                      (*path, "solution_after"), 0, MAX_SOLUTION_AFTER)
        return Exercise(id=exercise_id, kind=kind, prompt=prompt, check=check, lesson=lesson_id, hints=hints,
                        solution_after=solution_after, explanation=self.optional_text(exercise, "explanation", path))


# ---- reading files ------------------------------------------------------------------------------------------------


def _refused(source: str, refusal: _Refusal) -> LessonError:
    return LessonError(file=source, line=refusal.line, field=field_name(refusal.path), reason=refusal.reason)


def _parse(data: bytes | str, source: str, shipped: bool, check_validator: CheckValidator | None,
           known_pages: Collection[str] | None, known_concepts: Collection[str] | None,
           ) -> tuple[Lesson, dict[FieldPath, int]]:
    try:
        root, lines = _read_yaml(data)
        reader = _Reader(lines, shipped, check_validator, known_pages, known_concepts)
        return reader.lesson(root, source), lines
    except _Refusal as refusal:
        raise _refused(source, refusal) from None


def parse_lesson(data: bytes | str, source: str, shipped: bool = False, check_validator: CheckValidator | None = None,
                 known_pages: Collection[str] | None = None, known_concepts: Collection[str] | None = None) -> Lesson:
    """The lesson in `data` (the text of a lesson file named `source` in messages), checked against every rule of
    FORMAT.md; LessonError otherwise. `check_validator(kind, check)` checks each exercise's `check` mapping (None:
    only that it is a mapping); `known_pages` defaults to the pages app.py registers, `known_concepts` to the concept
    index."""
    return _parse(data, source, shipped, check_validator, known_pages, known_concepts)[0]


def _read_file(path: Path) -> bytes:
    """At most MAX_LESSON_BYTES + 1 bytes of `path` (enough to know it is too big)."""
    source = path.name
    try:
        if not path.is_file():
            raise LessonError(file=source, reason=msg("lessonfile.not_a_file"))
        with path.open("rb") as stream:
            data = stream.read(MAX_LESSON_BYTES + 1)
            if len(data) > MAX_LESSON_BYTES:
                size = max(os.fstat(stream.fileno()).st_size, len(data))
                raise LessonError(file=source, reason=msg("lessonfile.too_big", size=size, limit=MAX_LESSON_BYTES))
    except OSError as error:
        raise LessonError(file=source, reason=msg("lessonfile.unreadable", error=error.strerror or
                                                  type(error).__name__)) from None
    return data


def load_lesson(path: Path, shipped: bool = False, check_validator: CheckValidator | None = None) -> Lesson:
    """The lesson in the file `path` (named by its file name in messages); LessonError otherwise."""
    return parse_lesson(_read_file(Path(path)), Path(path).name, shipped, check_validator)


def default_check_validator() -> CheckValidator:
    """What a kind's `check` must hold: `cnnviz.learn.exercises.check_problems`."""
    return check_problems


def lesson_files(folder: Path) -> list[Path]:
    """The lesson files in `folder` (*.yaml, *.yml; not hidden ones), by name; none when it cannot be listed."""
    try:
        return sorted((path for path in Path(folder).iterdir()
                       if path.suffix.lower() in SUFFIXES and not path.name.startswith(".") and path.is_file()),
                      key=lambda path: path.name)
    except OSError:
        return []


def course_files(extra_dirs: Sequence[Path] = (), environ: Mapping[str, str] | None = None
                 ) -> list[tuple[Path, bool]]:
    """(lesson file, shipped) in the order load_course reads them: what a cache of the course watches."""
    folders = _lesson_folders(extra_dirs, os.environ if environ is None else environ)
    return [(path, shipped) for folder, shipped in folders for path in lesson_files(folder)]


def _lesson_folders(extra_dirs: Sequence[Path], environ: Mapping[str, str]) -> list[tuple[Path, bool]]:
    """(folder, shipped) in reading order, each folder once."""
    folders = [(SHIPPED_DIR, True)]
    if environ.get(LESSONS_DIR_ENV):
        folders.append((Path(environ[LESSONS_DIR_ENV]), False))
    folders += [(Path(folder), False) for folder in extra_dirs]
    seen: set[Path] = set()
    unique = []
    for folder, shipped in folders:
        key = folder.resolve()
        if key not in seen:
            seen.add(key)
            unique.append((folder, shipped))
    return unique


@dataclass
class _Taken:
    """The ids the course holds so far, and which file holds each."""

    lessons: dict[str, Lesson]
    exercises: dict[str, Lesson]

    def check(self, lesson: Lesson, lines: dict[FieldPath, int]) -> None:
        if lesson.id in self.lessons:
            other = self.lessons[lesson.id]
            raise LessonError(file=lesson.source, line=lines.get(("id",)), field="id",
                              reason=msg("lessonfile.lesson_taken", id=repr(lesson.id), other=other.source))
        for index, exercise in enumerate(lesson.exercises):
            if exercise.id in self.exercises:
                other = self.exercises[exercise.id]
                path = ("exercises", index, "id")
                raise LessonError(file=lesson.source, line=lines.get(path), field=field_name(path),
                                  reason=msg("lessonfile.exercise_taken", id=repr(exercise.id), other=other.source,
                                             lesson=repr(other.id)))

    def add(self, lesson: Lesson) -> None:
        self.lessons[lesson.id] = lesson
        self.exercises.update(dict.fromkeys((exercise.id for exercise in lesson.exercises), lesson))


def load_course(extra_dirs: Sequence[Path] = (), environ: Mapping[str, str] | None = None) -> Course:
    """Every lesson of the shipped folder, of $CNNVIZ_LESSONS_DIR and of `extra_dirs` (the class's uploads:
    teacher_lessons_dir()), files read in that order of folders and by name within each. A file refused goes to
    Course.refused and changes nothing else; so does one whose lesson id or exercise id an earlier file already
    has. Lessons listed by (order, id). Nothing is cached here."""
    validator = default_check_validator()
    taken = _Taken({}, {})
    refused: list[CnnvizError] = []
    for path, shipped in course_files(extra_dirs, environ):
        try:
            lesson, lines = _parse(_read_file(path), path.name, shipped, validator, None, None)
            taken.check(lesson, lines)
        except LessonError as error:
            refused.append(error)
            continue
        taken.add(lesson)
    lessons = sorted(taken.lessons.values(), key=lambda lesson: (lesson.order, lesson.id))
    return Course(lessons=tuple(lessons), refused=tuple(refused))


# ---- a teacher's uploads ------------------------------------------------------------------------------------------


def teacher_lessons_dir() -> Path:
    from cnnviz.runs.workspace import data_root

    return data_root() / "lessons"


def _shown_name(filename: str) -> str:
    """The uploaded file's own name, as messages show it (never used as a path)."""
    name = PurePosixPath(str(filename).replace("\\", "/")).name
    name = "".join(char for char in name if char.isprintable())[:100]
    return name if name.strip(".") else "upload.yaml"


def add_teacher_lesson(data: bytes, filename: str, course: Course) -> Lesson:
    """Check an uploaded lesson file and keep it in teacher_lessons_dir() as '<lesson id>.yaml' (`filename` only
    names it in messages). Its lesson id and exercise ids must not be the course's already, except that a lesson
    uploaded before may be replaced by one with the same id; a shipped lesson's id never. LessonError otherwise,
    and nothing is written."""
    source = _shown_name(filename)
    folder = teacher_lessons_dir()
    lesson, lines = _parse(data, source, False, default_check_validator(), None, None)
    target = folder / f"{lesson.id}.yaml"
    existing = next((other for other in course.lessons if other.id == lesson.id), None)
    if existing is not None and existing.shipped:
        raise LessonError(file=source, line=lines.get(("id",)), field="id",
                          reason=msg("lessonfile.lesson_shipped", id=repr(lesson.id), other=existing.source))
    replaces = existing is not None and existing.source == target.name and target.is_file()
    others = [other for other in course.lessons if other.id != lesson.id or not replaces]
    _Taken({other.id: other for other in others},
           {exercise.id: other for other in others for exercise in other.exercises}).check(lesson, lines)
    if not target.is_file() and len(lesson_files(folder)) >= MAX_TEACHER_LESSONS:
        raise LessonError(file=source, reason=msg("lessonfile.too_many", limit=MAX_TEACHER_LESSONS))
    folder.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(target, data.encode("utf-8") if isinstance(data, str) else bytes(data))
    return lesson


def remove_teacher_lesson(lesson_id: str) -> bool:
    """Delete the uploaded lesson `lesson_id`; False when there is none (or `lesson_id` is not an id)."""
    if not isinstance(lesson_id, str) or len(lesson_id) > MAX_ID_LENGTH or not ID_PATTERN.fullmatch(lesson_id):
        return False
    try:
        (teacher_lessons_dir() / f"{lesson_id}.yaml").unlink()
    except FileNotFoundError:
        return False
    return True
