"""What each student tried: every answer to an exercise with its verdict, where they are in each lesson, and the
teacher's view over the class (a grid of statuses, the most common wrong answers, a CSV).

Each workspace keeps its own folder `learning/` (beside its runs in class mode, `data_root()/local/learning` in
local mode): `attempts.jsonl` (one try a line, appended) and `progress.json` (the step each lesson is at, the lesson
opened last). Whatever is in those files is data: a damaged or hostile file is read as well as it can be (bad lines
skipped, long ones cut), never trusted to be well formed. Writes happen under a lock file in that folder, so two
tabs of one student do not interleave lines. The verdicts themselves come from `cnnviz.learn.exercises`; this
module only keeps them.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cnnviz.i18n import CnnvizError, Message, has_text, msg
from cnnviz.io import atomic_write_json, locked_text
from cnnviz.learn.course import Course
from cnnviz.runs.workspace import Workspace, data_root

STATUSES = ("done", "stuck", "tried", "not_started")
STUCK_AFTER = 3  # wrong tries without a right one
MAX_ANSWER = 200  # characters of an answer kept
MAX_PARAM = 4000  # characters of each text field of a stored message (a lesson's own 'why' is one)
MAX_MESSAGE_BYTES = 48 * 1024  # a stored message longer than this (as JSON) is stored as lost
MAX_ATTEMPTS = 10_000  # lines of attempts.jsonl per workspace: no more are recorded
MAX_LINE_BYTES = 64 * 1024  # a longer line is not one this module wrote: skipped
MAX_FILE_BYTES = 32 * 1024**2  # attempts.jsonl read (and written) up to this size
MAX_LESSONS = 1000  # positions kept in progress.json
MAX_STEP = 10_000
ATTEMPTS_FILE = "attempts.jsonl"
PROGRESS_FILE = "progress.json"
LOCK_FILE = "lock"
CLASS_SETTINGS_FILE = "class-settings.json"  # under data_root()
ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,99}$")  # an exercise's or a lesson's id (FORMAT.md)
_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet would run a cell starting so


class AttemptsError(CnnvizError):
    """A try that cannot be recorded (`attempts.*` texts say why)."""


@dataclass(frozen=True)
class Attempt:
    exercise: str
    answer: str
    correct: bool
    message: Message
    time: str  # ISO 8601, UTC ("" when the stored one was unreadable)


def learning_dir(workspace: Workspace) -> Path:
    """The workspace's own folder for what it learned (not made here)."""
    if workspace.local:
        return data_root() / "local" / "learning"
    return workspace.runs_dir.parent / "learning"


@contextmanager
def _locked(workspace: Workspace) -> Iterator[Path]:
    """The learning folder (made when missing), under a lock every process respects."""
    folder = learning_dir(workspace)
    try:
        with locked_text(folder / LOCK_FILE):
            yield folder
    except OSError as exc:
        raise AttemptsError("attempts.cannot_save", reason=str(exc)) from None


# ---- attempts ---------------------------------------------------------------------------------------


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _cut_texts(value: Any, depth: int = 0) -> Any:
    """A stored message's JSON form with every text cut to MAX_PARAM characters (nested messages too)."""
    if isinstance(value, str):
        return _cut(value, MAX_PARAM)
    if depth > 20:
        return None
    if isinstance(value, dict):
        return {key: _cut_texts(item, depth + 1) for key, item in value.items()}
    if isinstance(value, list):
        return [_cut_texts(item, depth + 1) for item in value]
    return value


def _storable(message: Message | CnnvizError) -> dict[str, Any]:
    """The message as stored (`Message.to_dict`), its texts cut to MAX_PARAM characters; one that still is longer
    than MAX_MESSAGE_BYTES is stored as lost rather than cut in the middle of its JSON."""
    if isinstance(message, CnnvizError):
        message = message.as_message()
    stored = _cut_texts(message.to_dict())
    if len(json.dumps(stored)) > MAX_MESSAGE_BYTES:
        stored = msg("attempts.message_lost").to_dict()
    return stored


def record_attempt(workspace: Workspace, exercise_id: str, answer: str, correct: bool, message: Message,
                   now: datetime | None = None) -> Attempt:
    """Append one try to the workspace's attempts.jsonl; the attempt as it will be read back (the answer cut to
    MAX_ANSWER characters). AttemptsError when the file holds MAX_ATTEMPTS lines already or cannot be written."""
    if not isinstance(exercise_id, str) or not ID.match(exercise_id):
        raise AttemptsError("attempts.bad_exercise", exercise=repr(exercise_id)[:120])
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    answer = _cut(str(answer), MAX_ANSWER)
    record = {"exercise": exercise_id, "answer": answer, "correct": bool(correct), "message": _storable(message),
              "time": moment.isoformat(timespec="seconds")}
    line = (json.dumps(record) + "\n").encode("ascii")  # escaped: any text, even a lone surrogate, is one line
    with _locked(workspace) as folder:
        path = folder / ATTEMPTS_FILE
        try:
            size = path.stat().st_size if path.is_file() else 0
            existing = path.read_bytes() if 0 < size <= MAX_FILE_BYTES else b""
            if size > MAX_FILE_BYTES or existing.count(b"\n") >= MAX_ATTEMPTS:
                raise AttemptsError("attempts.too_many", limit=MAX_ATTEMPTS)
            with path.open("ab") as stream:
                # A line cut short by a crash must not swallow this one.
                stream.write(line if not existing or existing.endswith(b"\n") else b"\n" + line)
        except OSError as exc:
            raise AttemptsError("attempts.cannot_save", reason=str(exc)) from None
    return _parse(line) or Attempt(exercise_id, answer, bool(correct), msg("attempts.message_lost"), record["time"])


def _lines(path: Path) -> Iterator[bytes]:
    """The file's lines, at most MAX_FILE_BYTES of it; a line longer than MAX_LINE_BYTES is skipped whole (never
    held in memory)."""
    try:
        stream = path.open("rb")
    except OSError:
        return
    with stream:
        read = 0
        while read < MAX_FILE_BYTES:
            try:
                line = stream.readline(MAX_LINE_BYTES + 1)
            except OSError:
                return
            if not line:
                return
            read += len(line)
            if len(line) <= MAX_LINE_BYTES:
                yield line
                continue
            while line and not line.endswith(b"\n") and read < MAX_FILE_BYTES:  # the rest of the long line
                line = stream.readline(MAX_LINE_BYTES)
                read += len(line)


def _readable(data: Any) -> Message:
    """The stored message, or 'could not be read' when it is not one this catalog can show in every language."""
    message = Message.from_dict(data)
    if message is None or not has_text(message.key):
        return msg("attempts.message_lost")
    try:
        for lang in ("en", "ko"):
            message.text(lang)
    except Exception:  # a damaged file's parameters: missing, of the wrong type for their format
        return msg("attempts.message_lost")
    return message


def _stored_time(value: Any) -> str:
    if not isinstance(value, str) or len(value) > 40:
        return ""
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return ""
    return value


def _parse(line: bytes) -> Attempt | None:
    try:
        record = json.loads(line)
    except (ValueError, RecursionError):  # not JSON, not UTF-8, nested beyond reason
        return None
    if not isinstance(record, dict):
        return None
    exercise, correct, answer = record.get("exercise"), record.get("correct"), record.get("answer")
    if not isinstance(exercise, str) or not ID.match(exercise) or not isinstance(correct, bool):
        return None
    answer = _cut(answer, MAX_ANSWER) if isinstance(answer, str) else ""
    return Attempt(exercise, answer, correct, _readable(record.get("message")), _stored_time(record.get("time")))


def attempts(workspace: Workspace, exercise_id: str | None = None) -> list[Attempt]:
    """The workspace's tries (of one exercise, or all), oldest first; damaged lines are skipped."""
    found = []
    for line in _lines(learning_dir(workspace) / ATTEMPTS_FILE):
        attempt = _parse(line)
        if attempt is not None and (exercise_id is None or attempt.exercise == exercise_id):
            found.append(attempt)
            if len(found) >= MAX_ATTEMPTS:
                break
    return found


def attempts_by_exercise(workspace: Workspace) -> dict[str, list[Attempt]]:
    """Every try of the workspace grouped by exercise (each oldest first): one reading of the file for a page that
    shows many exercises."""
    grouped: dict[str, list[Attempt]] = {}
    for attempt in attempts(workspace):
        grouped.setdefault(attempt.exercise, []).append(attempt)
    return grouped


def wrong_tries(tries: Sequence[Attempt]) -> int:
    """Wrong tries before the first right one (all of them when none is right)."""
    count = 0
    for attempt in tries:
        if attempt.correct:
            break
        count += 1
    return count


def status_of(tries: Sequence[Attempt]) -> str:
    """done (a right answer), stuck (STUCK_AFTER wrong tries and no right one), tried, or not_started."""
    if not tries:
        return "not_started"
    if any(attempt.correct for attempt in tries):
        return "done"
    return "stuck" if wrong_tries(tries) >= STUCK_AFTER else "tried"


def hints_unlocked(tries: Sequence[Attempt], n_hints: int) -> int:
    """How many hints to show: one more after each wrong try, up to `n_hints`."""
    return max(0, min(wrong_tries(tries), n_hints))


def solution_unlocked(tries: Sequence[Attempt], solution_after: int, solutions_allowed: bool) -> bool:
    """The solution may be shown when the teacher allows solutions and the student got it right or made
    `solution_after` wrong tries."""
    if not solutions_allowed:
        return False
    return any(attempt.correct for attempt in tries) or wrong_tries(tries) >= max(0, solution_after)


# ---- where the student is -------------------------------------------------------------------------


def _progress(folder: Path) -> dict[str, Any]:
    """progress.json as {"positions": {lesson: step}, "last": lesson | None}, whatever the file holds."""
    try:
        with (folder / PROGRESS_FILE).open("rb") as stream:
            data = json.loads(stream.read(MAX_FILE_BYTES))
    except (OSError, ValueError, RecursionError):
        data = {}
    data = data if isinstance(data, dict) else {}
    positions = data.get("positions")
    positions = {lesson: step for lesson, step in (positions.items() if isinstance(positions, dict) else ())
                 if isinstance(lesson, str) and ID.match(lesson) and isinstance(step, int)
                 and not isinstance(step, bool) and 0 <= step <= MAX_STEP}
    last = data.get("last")
    return {"positions": positions, "last": last if isinstance(last, str) and ID.match(last) else None}


def save_position(workspace: Workspace, lesson_id: str, step: int) -> None:
    """Keep the step (0-based) the student is at in a lesson; it becomes the lesson opened last."""
    if not isinstance(lesson_id, str) or not ID.match(lesson_id):
        raise AttemptsError("attempts.bad_lesson", lesson=repr(lesson_id)[:120])
    step = max(0, min(int(step), MAX_STEP))
    with _locked(workspace) as folder:
        progress = _progress(folder)
        positions = progress["positions"]
        positions.pop(lesson_id, None)
        positions[lesson_id] = step  # newest last: the oldest go first when there are too many
        while len(positions) > MAX_LESSONS:
            positions.pop(next(iter(positions)))
        try:
            atomic_write_json(folder / PROGRESS_FILE, {"positions": positions, "last": lesson_id})
        except OSError as exc:
            raise AttemptsError("attempts.cannot_save", reason=str(exc)) from None


def position(workspace: Workspace, lesson_id: str) -> int:
    """The step the student was at in the lesson (0 when never opened or unreadable)."""
    return _progress(learning_dir(workspace))["positions"].get(lesson_id, 0)


def last_lesson(workspace: Workspace) -> str | None:
    """The lesson the student opened last (None when none)."""
    return _progress(learning_dir(workspace))["last"]


# ---- what the student looked at (a look exercise is checked from it) ---------------------------------------

LOOKS_FILE = "looks.json"
MAX_LOOKS = 50  # the newest kept
RUN_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,199}$")


@dataclass(frozen=True)
class Look:
    """A test image the student opened Explain on: the run (its folder name), the image's index in the test split,
    its true class and what the network predicted."""

    run: str
    image: int
    label: int
    predicted: int
    time: str


def _index(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10**9 else None


def _read_looks(folder: Path) -> list[Look]:
    try:
        with (folder / LOOKS_FILE).open("rb") as stream:
            data = json.loads(stream.read(MAX_LINE_BYTES * 4))
    except (OSError, ValueError, RecursionError):
        return []
    found = []
    for item in data if isinstance(data, list) else ():
        if not isinstance(item, dict) or not isinstance(item.get("run"), str) or not RUN_ID.match(item["run"]):
            continue
        numbers = [_index(item.get(name)) for name in ("image", "label", "predicted")]
        if None not in numbers:
            found.append(Look(item["run"], *numbers, _stored_time(item.get("time"))))  # type: ignore[arg-type]
    return found[:MAX_LOOKS]


def record_look(workspace: Workspace, run_id: str, image: int, label: int, predicted: int,
                now: datetime | None = None) -> Look:
    """Keep that the student opened Explain on this test image (newest first; the same image once)."""
    numbers = [_index(value) for value in (image, label, predicted)]
    if not isinstance(run_id, str) or not RUN_ID.match(run_id) or None in numbers:
        raise AttemptsError("attempts.bad_look", run=repr(run_id)[:120])
    look = Look(run_id, *numbers, (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds"))
    with _locked(workspace) as folder:
        kept = [old for old in _read_looks(folder) if (old.run, old.image) != (look.run, look.image)]
        try:
            atomic_write_json(folder / LOOKS_FILE, [vars(item) for item in [look, *kept][:MAX_LOOKS]])
        except OSError as exc:
            raise AttemptsError("attempts.cannot_save", reason=str(exc)) from None
    return look


def looks(workspace: Workspace) -> list[Look]:
    """The test images the student opened Explain on, newest first."""
    return _read_looks(learning_dir(workspace))


# ---- the teacher's settings and view --------------------------------------------------------------


@dataclass(frozen=True)
class ClassSettings:
    solutions_allowed: bool = True


def _class_settings_file() -> Path:
    return data_root() / CLASS_SETTINGS_FILE


def load_class_settings() -> ClassSettings:
    """The teacher's settings for the class (the defaults when the file is missing or damaged)."""
    try:
        with _class_settings_file().open("rb") as stream:
            data = json.loads(stream.read(64 * 1024))
    except (OSError, ValueError, RecursionError):
        return ClassSettings()
    allowed = data.get("solutions_allowed") if isinstance(data, dict) else None
    return ClassSettings(solutions_allowed=allowed if isinstance(allowed, bool) else True)


def save_class_settings(settings: ClassSettings) -> None:
    path = _class_settings_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_json(path, {"solutions_allowed": bool(settings.solutions_allowed)})
    except OSError as exc:
        raise AttemptsError("attempts.cannot_save", reason=str(exc)) from None


@dataclass(frozen=True)
class GridRow:
    workspace_id: str
    name: str
    statuses: dict[str, str] = field(hash=False)  # exercise id -> one of STATUSES


def student_name(workspace: Workspace) -> str:
    """The name the teacher sees: the student's display name, else the start of the workspace id."""
    return workspace.display_name() or (workspace.id if workspace.local else workspace.id[:8])


def class_grid(workspaces: Sequence[Workspace], course: Course) -> list[GridRow]:
    """One row per workspace (sorted by name), the status of every exercise of the course."""
    rows = []
    ids = [exercise.id for exercise in course.exercises()]
    for workspace in workspaces:
        tried = attempts_by_exercise(workspace)
        rows.append(GridRow(workspace.id, student_name(workspace),
                            {exercise: status_of(tried.get(exercise, ())) for exercise in ids}))
    return sorted(rows, key=lambda row: (row.name.casefold(), row.workspace_id))


def normalized_answer(answer: str) -> str:
    """An answer as compared with others: stripped, lower-case, inner spaces single; a number without its
    thousands separators ("1,234" and "1 234" are "1234")."""
    text = " ".join(answer.split()).lower()
    bare = text.replace(",", "").replace(" ", "")
    return bare if _NUMBER.match(bare) else text


def common_wrong_answers(workspaces: Sequence[Workspace], exercise_id: str,
                         top: int = 3) -> list[tuple[str, int, Message]]:
    """The most common wrong answers to an exercise (normalised), most common first: each with how many students
    gave it (a student repeating it counts once) and the message it got (the latest)."""
    students: dict[str, set[str]] = {}
    messages: dict[str, tuple[str, Message]] = {}
    for workspace in workspaces:
        for attempt in attempts(workspace, exercise_id):
            if attempt.correct:
                continue
            answer = normalized_answer(attempt.answer)
            students.setdefault(answer, set()).add(workspace.id)
            if answer not in messages or attempt.time >= messages[answer][0]:
                messages[answer] = (attempt.time, attempt.message)
    ranked = sorted(students, key=lambda answer: (-len(students[answer]), answer))
    return [(answer, len(students[answer]), messages[answer][1]) for answer in ranked[:max(0, top)]]


def _cell(text: str) -> str:
    """A name as a CSV cell no spreadsheet runs as a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def grid_csv(rows: Sequence[GridRow], course: Course) -> str:
    """The grid as CSV: a header `student` and each exercise id in course order, then one line per student."""
    ids = [exercise.id for exercise in course.exercises()]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["student", *ids])
    for row in rows:
        writer.writerow([_cell(row.name), *(row.statuses.get(exercise, "not_started") for exercise in ids)])
    return out.getvalue()
