"""Workspaces: a visitor reaches their own runs and nothing else, whatever name, path or link they try."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cnnviz.arch.spec import Architecture, Dense, Flatten
from cnnviz.runs import store as runs
from cnnviz.runs import workspace

ARCH = Architecture((28, 28, 1), (Flatten(), Dense(10, activation="softmax")))


@pytest.fixture
def two(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(workspace.DATA_DIR_ENV, str(tmp_path / "data"))
    _, alice = workspace.new_workspace()
    _, bob = workspace.new_workspace()
    alice_run = runs.create_run(ARCH, {"dataset": "mnist"}, "alice's run", 1, root=alice.runs_dir, status="finished")
    bob_run = runs.create_run(ARCH, {"dataset": "mnist"}, "bob's run", 1, root=bob.runs_dir, status="finished")
    return alice, bob, alice_run, bob_run


def test_each_workspace_lists_and_opens_only_its_own_runs(two) -> None:
    alice, bob, alice_run, bob_run = two
    assert [r.path for r in alice.list_runs()] == [alice_run]
    assert alice.run_folder(alice_run.name) == alice_run
    with pytest.raises(workspace.WorkspaceError, match="not a run of yours"):
        alice.run_folder(bob_run.name)  # a guessed (or leaked) folder name of someone else


@pytest.mark.parametrize("attempt", ["../x", "..", "a/../../b", "/etc/passwd", "", " ", "x" * 300, "run\x00.json",
                                     "%2e%2e%2fbob"])
def test_paths_and_odd_names_never_reach_a_folder(two, attempt: str) -> None:
    alice = two[0]
    with pytest.raises(workspace.WorkspaceError):
        alice.run_folder(attempt)


def test_a_path_that_climbs_out_or_a_symlink_to_another_workspace_is_refused(two) -> None:
    alice, bob, alice_run, bob_run = two
    assert not alice.owns(alice.runs_dir / ".." / ".." / bob.id / "runs" / bob_run.name)
    link = alice.runs_dir / "looks-like-mine"
    os.symlink(bob_run, link)
    assert not alice.owns(link)
    with pytest.raises(workspace.WorkspaceError):
        alice.run_folder("looks-like-mine")


def test_tokens_are_unguessable_and_the_folder_reveals_neither_token_nor_login(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(workspace.DATA_DIR_ENV, str(tmp_path))
    token, made = workspace.new_workspace()
    assert len(token) >= 40 and workspace.TOKEN.match(token)
    assert made == workspace.workspace_for_token(token)
    assert workspace.workspace_for_token(token) == workspace.workspace_for_token(token)
    assert token not in str(workspace.workspace_for_token(token).runs_dir)
    assert workspace.workspace_for_login("ana@school.kr").id != workspace.workspace_for_token(token).id
    assert "ana" not in str(workspace.workspace_for_login("ana@school.kr").runs_dir)
    for bad in ("short", token + "/../x", "../../" + token, token.replace(token[0], "!")):
        with pytest.raises(workspace.WorkspaceError, match="not valid"):
            workspace.workspace_for_token(bad)


def test_a_mistyped_link_opens_no_workspace(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(workspace.DATA_DIR_ENV, str(tmp_path))
    token, _ = workspace.new_workspace()
    typo = token[:-1] + ("A" if token[-1] != "A" else "B")  # well formed, one letter off
    with pytest.raises(workspace.WorkspaceError, match="no workspace on this server has this private link"):
        workspace.workspace_for_token(typo)
    assert len(list((tmp_path / "workspaces").iterdir())) == 1  # nothing made for it


def test_the_teacher_secret(monkeypatch) -> None:
    assert workspace.teacher_secret_matches("s3cret-class", "s3cret-class")
    assert not workspace.teacher_secret_matches("wrong", "s3cret-class")
    assert not workspace.teacher_secret_matches("", "")  # no secret configured: no teacher access at all
    assert not workspace.teacher_secret_matches("anything", None)


def test_quotas_name_the_limit(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(workspace.DATA_DIR_ENV, str(tmp_path))
    _, ws = workspace.new_workspace()
    small = workspace.Workspace(ws.id, ws.runs_dir, ws.datasets_dir, ws.models_dir,
                                workspace.Quotas(runs=3, queued_jobs=1, disk_bytes=10**9))
    runs.create_run(ARCH, {"dataset": "mnist"}, "queued", 1, root=small.runs_dir, status="queued",
                    queued_by={**runs.this_process(), "scheduler": "embedded"})
    with pytest.raises(workspace.WorkspaceError, match="1 jobs queued or training .the limit is 1"):
        small.check_can_queue()


def test_class_mode_switch() -> None:
    assert workspace.class_mode({"CNNVIZ_CLASS_MODE": "1"}) and not workspace.class_mode({})
    assert workspace.local_workspace().local


def test_a_display_name_is_one_line_of_plain_text_kept_in_the_workspace(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(workspace.DATA_DIR_ENV, str(tmp_path))
    _, ws = workspace.new_workspace()
    assert ws.display_name() == ""
    kept = ws.set_display_name("  Ana\nKim\x00 ![x](http://evil.example/a.png) " + "z" * 80)
    assert kept == ws.display_name() and len(kept) <= workspace.MAX_DISPLAY_NAME
    assert kept.startswith("Ana Kim ![x](") and "\n" not in kept and "\x00" not in kept
    (ws.runs_dir.parent / workspace.PROFILE_FILE).write_text("{not json")
    assert ws.display_name() == ""  # a damaged profile: no name, no crash


def test_wrong_teacher_secrets_wait_longer_each_time_and_a_right_one_clears_it(tmp_path) -> None:
    guard = workspace.SecretGuard("wrong-secrets", root=tmp_path)
    assert guard.delay("10.0.0.7") == 0
    waits = []
    for _ in range(7):
        guard.failed("10.0.0.7")
        waits.append(guard.delay("10.0.0.7"))
    assert waits == [1, 2, 4, 8, 16, 30, 30]
    assert guard.delay("10.0.0.8") == 0  # another address is not slowed
    guard.succeeded("10.0.0.7")
    assert guard.delay("10.0.0.7") == 0


def test_behind_nginx_the_teacher_secret_guard_counts_each_browser_apart(tmp_path):
    """Every request reaches a replica from nginx on the loopback address: the guard must count the address nginx
    saw (the last X-Forwarded-For entry), or one student's wrong guesses would make the teacher wait too. Entries
    a browser sent itself are never trusted, nor the header from anywhere but the loopback."""
    assert workspace.client_address("127.0.0.1", "10.0.0.7") == "10.0.0.7"
    assert workspace.client_address("127.0.0.1", "6.6.6.6, 10.0.0.8") == "10.0.0.8"  # the first part is the browser's
    assert workspace.client_address("::1", "10.0.0.9") == "10.0.0.9"
    assert workspace.client_address("10.0.0.5", "10.0.0.99") == "10.0.0.5"  # not from our nginx: header ignored
    assert workspace.client_address("127.0.0.1", None) == "127.0.0.1"
    assert workspace.client_address(None, None) == "unknown"
    guard = workspace.SecretGuard("wrong-secrets", root=tmp_path)
    guard.failed(workspace.client_address("127.0.0.1", "10.0.0.7"))
    assert guard.delay(workspace.client_address("127.0.0.1", "10.0.0.7")) == 1.0
    assert guard.delay(workspace.client_address("127.0.0.1", "10.0.0.2")) == 0.0  # the teacher's laptop


def test_every_web_process_behind_nginx_counts_the_same_wrong_guesses(tmp_path) -> None:
    """Several replicas serve one class: wrong tries counted by another process make this one wait too (a guesser
    gains nothing by landing on another replica), and a right answer in one clears it for all."""
    import subprocess
    import sys

    another_process = (f"from pathlib import Path; from cnnviz.runs import workspace; "
                       f"g = workspace.SecretGuard('wrong-class-codes', root=Path({str(tmp_path)!r})); "
                       f"[g.failed('10.0.0.7') for _ in range(3)]")
    subprocess.run([sys.executable, "-c", another_process], check=True, cwd=Path(__file__).resolve().parent.parent)
    here = workspace.SecretGuard("wrong-class-codes", root=tmp_path)
    assert here.delay("10.0.0.7") == 4.0 and here.failed("10.0.0.7") == 4
    assert here.delay("10.0.0.8") == 0.0
    assert "10.0.0.7" not in (tmp_path / "wrong-class-codes.json").read_text()  # addresses are hashed
    workspace.SecretGuard("wrong-class-codes", root=tmp_path).succeeded("10.0.0.7")
    assert here.delay("10.0.0.7") == 0.0


def test_a_damaged_guard_file_counts_nobody_and_is_rewritten(tmp_path) -> None:
    (tmp_path / "wrong-secrets.json").write_text("[1, 2")
    guard = workspace.SecretGuard("wrong-secrets", root=tmp_path)
    assert guard.delay("10.0.0.7") == 0.0
    assert guard.failed("10.0.0.7") == 1 and guard.delay("10.0.0.7") == 1.0
