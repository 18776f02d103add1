"""Workspaces: whose runs, datasets and models are whose.

In local mode (the default) there is one workspace, the folders of today: `runs/` (or `$CNNVIZ_RUNS_DIR`),
`datasets/` and `models/`. In class mode (`CNNVIZ_CLASS_MODE=1`) every visitor gets a private workspace under
`$CNNVIZ_DATA_DIR/workspaces/<id>/`, named after their login or an unguessable token in their private link; the
folder's name is a hash, so it reveals neither. Everything a page opens is resolved through `Workspace`, which
refuses any path that is not one of its own run folders: another workspace's runs cannot be listed, opened,
renamed, deleted or downloaded by guessing names, paths or URL parameters.

A private link is free to open but not to make: in class mode a new workspace needs the teacher's class code
(`CNNVIZ_CLASS_CODE`, when set) and no address may make more than `CNNVIZ_NEW_WORKSPACES_PER_HOUR` of them an hour
(`NewWorkspaceLimit`, counted on disk so every web process shares the count).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cnnviz.i18n import CnnvizError
from cnnviz.io import locked_text, rewrite
from cnnviz.runs import layout
from cnnviz.runs import store as runs

CLASS_MODE_ENV = "CNNVIZ_CLASS_MODE"
DATA_DIR_ENV = "CNNVIZ_DATA_DIR"
DATASETS_DIR_ENV = "CNNVIZ_DATASETS_DIR"
MODELS_DIR_ENV = "CNNVIZ_MODELS_DIR"
TEACHER_SECRET_ENV = "CNNVIZ_TEACHER_SECRET"
CLASS_CODE_ENV = "CNNVIZ_CLASS_CODE"
NEW_WORKSPACES_ENV = "CNNVIZ_NEW_WORKSPACES_PER_HOUR"
# A class behind one school router reaches the server from one address: enough for a class and its retries.
NEW_WORKSPACES_PER_HOUR = 40
NEW_WORKSPACES_FILE = "new-workspaces.jsonl"  # under data_root(): when, and from where (hashed), each was made
LOCAL = "local"
TOKEN = re.compile(r"^[A-Za-z0-9_-]{32,64}$")
WORKSPACE_ID = re.compile(r"^[0-9a-f]{24}$")
PROFILE_FILE = "profile.json"  # in a workspace's folder: {"name": the student's display name}
MAX_DISPLAY_NAME = 40
MAX_SECRET_DELAY = 30  # s: the longest wait after wrong teacher secrets


class WorkspaceError(CnnvizError, PermissionError):
    """Something outside the caller's workspace was asked for, or a quota is reached: a catalog key (`workspace.*`)
    saying which."""


def class_mode(environ: dict[str, str] | None = None) -> bool:
    value = (os.environ if environ is None else environ).get(CLASS_MODE_ENV, "")
    return value.strip().lower() in ("1", "true", "yes", "on")


def data_root() -> Path:
    return Path(os.environ.get(DATA_DIR_ENV) or "cnnviz-data")


@dataclass(frozen=True)
class Quotas:
    runs: int = 60  # run folders kept
    queued_jobs: int = 3  # queued or training at once
    disk_bytes: int = 3 * 1024**3  # everything in the workspace
    datasets: int = 10
    models: int = 10


@dataclass(frozen=True)
class Workspace:
    id: str
    runs_dir: Path
    datasets_dir: Path
    models_dir: Path
    quotas: Quotas = Quotas()

    @property
    def local(self) -> bool:
        return self.id == LOCAL

    def run_folder(self, run_id: str) -> Path:
        """This workspace's run folder called `run_id`; WorkspaceError for anything else (another workspace's,
        a path, a name with `..`, a folder that is not a run)."""
        if not isinstance(run_id, str) or not layout.RUN_ID.match(run_id) or ".." in run_id:
            raise WorkspaceError("workspace.not_your_run", run=repr(run_id))
        folder = self.runs_dir / run_id
        if not self.owns(folder) or not ((folder / runs.RUN_FILE).is_file() or runs.lost_its_run_json(folder)):
            raise WorkspaceError("workspace.not_your_run", run=repr(run_id))
        return folder

    def owns(self, path: str | Path) -> bool:
        """Whether `path` (resolved: no symlink or `..` leads out) is inside one of this workspace's folders."""
        try:
            target = Path(path).resolve()
        except (OSError, RuntimeError):
            return False
        return any(target.is_relative_to(folder.resolve()) and target != folder.resolve()
                   for folder in (self.runs_dir, self.datasets_dir, self.models_dir))

    def list_runs(self) -> list[runs.RunInfo]:
        return runs.list_runs(self.runs_dir)

    @property
    def _profile(self) -> Path:
        return self.runs_dir.parent / PROFILE_FILE

    def display_name(self) -> str:
        """The name the student gave for the teacher's Class page ("" when none or the file is damaged)."""
        try:
            profile = runs.read_json(self._profile, default={})
        except (runs.RunError, OSError):
            return ""
        return clean_display_name(profile.get("name", "")) if isinstance(profile, dict) else ""

    def set_display_name(self, name: str) -> str:
        """Keep `name` (cleaned: one line of plain text, at most MAX_DISPLAY_NAME characters); what was kept."""
        cleaned = clean_display_name(name)
        self._profile.parent.mkdir(parents=True, exist_ok=True)
        runs.atomic_write_json(self._profile, {"name": cleaned})
        return cleaned

    def disk_usage(self) -> int:
        total = 0
        for folder in (self.runs_dir, self.datasets_dir, self.models_dir):
            if folder.is_dir():
                total += sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
        return total

    def check_can_queue(self) -> None:
        """WorkspaceError naming the quota a new training job would pass."""
        listed = self.list_runs()
        active = [r for r in listed if r.active]
        q = self.quotas
        if len(active) >= q.queued_jobs:
            raise WorkspaceError("workspace.too_many_jobs", n=len(active), limit=q.queued_jobs)
        if len(listed) >= q.runs:
            raise WorkspaceError("workspace.too_many_runs", n=len(listed), limit=q.runs)
        if self.disk_usage() >= q.disk_bytes:
            raise WorkspaceError("workspace.disk_full", limit_gb=q.disk_bytes / 1024**3)


def clean_display_name(name: object) -> str:
    """One line of printable text, at most MAX_DISPLAY_NAME characters (whatever a student or a file supplied)."""
    if not isinstance(name, str):
        return ""
    printable = "".join(c if c.isprintable() else " " for c in name)
    return " ".join(printable.split())[:MAX_DISPLAY_NAME].rstrip()


def address_key(where: str) -> str:
    """What the files shared by the web processes keep of an address: a hash, never the address itself."""
    return hashlib.sha256(f"cnnviz-address:{where}".encode()).hexdigest()[:16]


class SecretGuard:
    """Slows down guesses of a secret (the teacher's, the class code): after a wrong try from one place (an
    address), the next answer waits 1, 2, 4, … up to MAX_SECRET_DELAY seconds; a right one clears it. The count is
    a small file under data_root() (`name`.json), so every web process behind nginx shares it; a guesser gains
    nothing by landing on another replica. When that file cannot be used, this process counts alone."""

    MAX_PLACES = 10_000  # bounded: forget everyone rather than grow for ever

    def __init__(self, name: str, root: Path | None = None) -> None:
        self._name = name
        self._root = root
        self._lock = threading.Lock()
        self._here: dict[str, int] = {}  # the fallback

    @property
    def _file(self) -> Path:
        return (self._root or data_root()) / f"{self._name}.json"

    def _change(self, change: Callable[[dict[str, int]], None] | None = None) -> dict[str, int]:
        """The failure counts after `change` (None: only read), under a lock every process respects."""
        with self._lock:
            try:
                with locked_text(self._file) as stream:
                    counts = _failure_counts(stream.read())
                    if change is not None:
                        change(counts)
                        rewrite(stream, json.dumps(counts))
                    return counts
            except OSError:
                if change is not None:
                    change(self._here)
                return self._here

    def delay(self, where: str) -> float:
        failures = self._change().get(address_key(where), 0)
        return 0.0 if failures == 0 else float(min(2 ** (failures - 1), MAX_SECRET_DELAY))

    def failed(self, where: str) -> int:
        """Count a wrong try; how many in a row from there."""
        key = address_key(where)

        def count(counts: dict[str, int]) -> None:
            if len(counts) >= self.MAX_PLACES:
                counts.clear()
            counts[key] = counts.get(key, 0) + 1

        return self._change(count)[key]

    def succeeded(self, where: str) -> None:
        self._change(lambda counts: counts.pop(address_key(where), None))


def _failure_counts(text: str) -> dict[str, int]:
    """The guard's file as {address key: wrong tries}; a damaged file counts nobody."""
    try:
        record = json.loads(text) if text.strip() else {}
    except json.JSONDecodeError:
        return {}
    if not isinstance(record, dict):
        return {}
    return {k: v for k, v in record.items() if isinstance(k, str) and isinstance(v, int) and v > 0}


LOOPBACK = ("127.0.0.1", "::1")


def client_address(peer: str | None, forwarded_for: str | None) -> str:
    """Where a browser's request came from. Behind the replicas' nginx every peer is the loopback address, so the
    address nginx saw is the last entry of X-Forwarded-For (nginx appends it; entries before it are whatever the
    browser sent, so they are never trusted). A forwarded header from anywhere else is ignored."""
    if peer in LOOPBACK and forwarded_for:
        last = forwarded_for.split(",")[-1].strip()
        if last:
            return last[:64]
    return peer or "unknown"


def local_workspace() -> Workspace:
    """The one workspace of local mode: today's folders (and the environment variables that move them)."""
    return Workspace(LOCAL, runs.runs_root(), Path(os.environ.get(DATASETS_DIR_ENV) or "datasets"),
                     Path(os.environ.get(MODELS_DIR_ENV) or "models"), Quotas(runs=10_000, queued_jobs=20,
                                                                               disk_bytes=10**15))


def new_token() -> str:
    """An unguessable private token (192 random bits) for a visitor's link."""
    return secrets.token_urlsafe(24) + secrets.token_urlsafe(8)


def workspace_id(identity: str) -> str:
    """The folder name of a workspace: a hash of its token or login, so the folder reveals neither."""
    return hashlib.sha256(f"cnnviz-workspace:{identity}".encode()).hexdigest()[:24]


def _class_workspace(wid: str) -> Workspace:
    base = data_root() / "workspaces" / wid
    return Workspace(wid, base / "runs", base / "datasets", base / "models")


def workspace_for_token(token: str) -> Workspace:
    """The workspace a private link's token opens: WorkspaceError when the token is malformed or was never given
    out on this server (a typo must not open a new, empty workspace as if nothing were wrong)."""
    if not isinstance(token, str) or not TOKEN.match(token):
        raise WorkspaceError("workspace.bad_link")
    workspace = _class_workspace(workspace_id(f"token:{token}"))
    if not workspace.runs_dir.parent.is_dir():
        raise WorkspaceError("workspace.unknown_link")
    return workspace


def new_workspace() -> tuple[str, Workspace]:
    """A new private token and its workspace, made on disk now (so its link is known from the first page on)."""
    token = new_token()
    workspace = _class_workspace(workspace_id(f"token:{token}"))
    workspace.runs_dir.mkdir(parents=True, exist_ok=True)
    return token, workspace


def new_workspaces_per_hour(environ: dict[str, str] | None = None) -> int:
    value = (os.environ if environ is None else environ).get(NEW_WORKSPACES_ENV, "")
    return int(value) if value.strip().isdigit() else NEW_WORKSPACES_PER_HOUR


class NewWorkspaceLimit:
    """How many new workspaces one address may make an hour. The record is a file under data_root() (every web
    process behind nginx shares it) holding a hash of each address, never the address itself."""

    WINDOW = 3600.0

    def __init__(self, per_hour: int | None = None, root: Path | None = None) -> None:
        self.per_hour = new_workspaces_per_hour() if per_hour is None else per_hour
        self._root = root
        self._lock = threading.Lock()

    @property
    def _file(self) -> Path:
        return (self._root or data_root()) / NEW_WORKSPACES_FILE

    def _recent(self, lines: list[str], now: float) -> list[dict]:
        recent = []
        for line in lines:
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue  # a line cut short by a crash
            if isinstance(record, dict) and isinstance(record.get("time"), int | float) \
                    and now - record["time"] < self.WINDOW:
                recent.append(record)
        return recent

    def admit(self, where: str, now: float | None = None) -> None:
        """Count one new workspace from `where`; WorkspaceError (saying how many and when to try again) when that
        address has made its hour's share. The file is read and written under a lock every process respects."""
        now = time.time() if now is None else now
        key = address_key(where)
        with self._lock, locked_text(self._file) as stream:
            lines = stream.read().splitlines()
            recent = self._recent(lines, now)
            mine = [r["time"] for r in recent if r.get("where") == key]
            if len(mine) >= self.per_hour:
                minutes = max(1, round((min(mine) + self.WINDOW - now) / 60))
                raise WorkspaceError("workspace.too_many_new", limit=self.per_hour, minutes=minutes)
            if len(recent) > 10_000 or len(recent) * 2 < len(lines):  # keep the file to the last hour
                rewrite(stream, "".join(json.dumps(r) + "\n" for r in recent))
            stream.write(json.dumps({"where": key, "time": now}) + "\n")


def class_code_matches(given: str | None, expected: str | None) -> bool:
    """No class code configured: anyone may make a workspace (the per-address limit still holds)."""
    return not expected or teacher_secret_matches(given, expected)


def workspace_for_login(subject: str) -> Workspace:
    if not subject:
        raise WorkspaceError("workspace.no_login_id")
    return _class_workspace(workspace_id(f"login:{subject}"))


def all_workspaces() -> list[Workspace]:
    """Every class-mode workspace on disk (for the teacher's Class page)."""
    folder = data_root() / "workspaces"
    if not folder.is_dir():
        return []
    return [_class_workspace(child.name) for child in sorted(folder.iterdir())
            if child.is_dir() and WORKSPACE_ID.match(child.name)]


def teacher_secret_matches(given: str | None, expected: str | None) -> bool:
    """Constant-time comparison; no configured secret means no teacher access at all."""
    if not expected or not given:
        return False
    return hmac.compare_digest(given.encode(), expected.encode())


