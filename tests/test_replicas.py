"""Several web processes behind nginx (scripts/replicas.py and scripts/nginx-cnnviz.conf.template), for real: two
`streamlit run app.py` replicas in class mode on one shared data folder, Debian's nginx in front with sticky
sessions by cookie. Two students on different replicas each see only their own runs; when one student's replica is
killed (SIGKILL), their open page reconnects through nginx to the other replica by itself and shows their workspace
and runs, including a run written after the kill."""

from __future__ import annotations

import importlib.util
import secrets
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import ModuleType
from urllib.parse import parse_qs, urlparse

import pytest

from tests.conftest import (
    ROOT,
    SCREENSHOTS,
    _free_port,
    click_the_one,
    start_server,
    stop_process,
    wait_for_idle,
)
from tests.inspect_helpers import TINY_ARCH

STUDENTS = ("alice", "bob")


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("cnnviz_replicas_script", ROOT / "scripts" / "replicas.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


replicas = _load_script()


def nginx_command(prefix: Path, conf: Path) -> list[str]:
    try:
        return replicas.nginx_command(prefix, conf)
    except FileNotFoundError:
        pytest.fail(f"{replicas.NGINX_MISSING}. scripts/test.sh installs it with the other Debian packages.")


def add_run(runs_dir: Path, name: str) -> Path:
    """A finished run folder as the training job leaves one (no weights: the pages here only list it)."""
    from cnnviz.runs import store as runs

    run_dir = runs.create_run(TINY_ARCH, {"dataset": "mnist", "epochs": 1}, name, 1234, root=runs_dir)
    runs.append_history(run_dir, {"epoch": 1, "loss": 0.5, "accuracy": 0.8, "val_loss": 0.6, "val_accuracy": 0.75})
    runs.update_run(run_dir, status="finished", best_val_accuracy=0.75)
    return run_dir


def test_the_rendered_config_passes_nginx_own_check(tmp_path: Path) -> None:
    conf = replicas.render_config([8501, 8502, 8503], "127.0.0.1:8080", tmp_path / "nginx")
    text = conf.read_text()
    for port in (8501, 8502, 8503):  # each replica has its group, the two others its backups, and its route
        others = [p for p in (8501, 8502, 8503) if p != port]
        assert all(f"server 127.0.0.1:{p} backup;" in text.split(f"upstream cnnviz_{port} {{")[-1].split("}")[0]
                   for p in others)
        assert f'"127.0.0.1:{port}" cnnviz_{port};' in text
    assert "ip_hash;" not in text and "least_conn;" in text
    command = nginx_command(tmp_path / "nginx", conf)
    checked = subprocess.run([*command[:-2], "-t"], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr


def test_nginx_answers_a_too_long_link_with_a_page_that_says_so(tmp_path: Path) -> None:
    """Every link the app reads passes nginx (a shared network is at most 8,000 characters: the app itself says when
    one is longer); a longer one gets cnnviz's page in both languages, not nginx's or the server's bare error."""
    import urllib.error
    import urllib.request

    from cnnviz.arch.spec import MAX_LINK_CHARS

    port, replica = _free_port(), _free_port()  # no replica listens: what passes nginx gets 502
    prefix = tmp_path / "nginx"
    conf = replicas.render_config([replica], f"127.0.0.1:{port}", prefix)
    with (tmp_path / "nginx.log").open("a") as log:
        nginx = subprocess.Popen(nginx_command(prefix, conf), stdout=log, stderr=subprocess.STDOUT)

    def answer(path: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and nginx.poll() is None:
            try:
                answer("/")
                break
            except OSError:
                time.sleep(0.2)
        code, _ = answer("/build?net=" + "A" * (MAX_LINK_CHARS + 500))  # the app reads it (and refuses it)
        assert code == 502
        for path in ("/build?net=" + "A" * 100_000, "/lab?digit=" + "9" * 40_000):
            code, page = answer(path)
            assert code == 414
            assert "This link is too long or damaged" in page and "링크가 너무 길거나" in page
            assert "http" not in page.replace('href="/"', "")  # the page fetches nothing from anywhere
    finally:
        stop_process(nginx)


@pytest.fixture
def classroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Two replicas on one class-mode data folder and nginx in front: yields (nginx's URL, {student: token},
    {replica address: its process})."""
    from cnnviz.runs import workspace

    data = tmp_path / "data"
    monkeypatch.setenv(workspace.DATA_DIR_ENV, str(data))
    made = {student: workspace.new_workspace() for student in STUDENTS}
    tokens = {student: token for student, (token, _) in made.items()}
    for student, (_, space) in made.items():
        add_run(space.runs_dir, f"{student}'s run")
    prefix = tmp_path / "nginx"
    nginx_command(prefix, prefix / "nginx.conf")  # fail early, before starting anything, if nginx is missing
    # the settings a teacher gives scripts/replicas.py, and what it passes every replica (the same cookie secret)
    env = {"CNNVIZ_CLASS_MODE": "1", "CNNVIZ_DATA_DIR": str(data), "CNNVIZ_INFERENCE_WORKERS": "0",
           **replicas.replica_environment(secrets.token_hex(32), None, environ={})}
    with ThreadPoolExecutor(2) as pool:  # both start at once: half the wait
        starting = [pool.submit(start_server, data / "unused-runs", tmp_path / f"replica-{i}.log", env)
                    for i in range(2)]
    started: list[tuple[subprocess.Popen, str]] = []
    nginx: subprocess.Popen | None = None
    try:
        for future in starting:
            started.append(future.result())
        processes = {urlparse(url).netloc: process for process, url in started}
        port = _free_port()
        conf = replicas.render_config([int(address.split(":")[1]) for address in processes],
                                      f"127.0.0.1:{port}", prefix)
        with (tmp_path / "nginx.log").open("a") as log:
            nginx = subprocess.Popen(nginx_command(prefix, conf), stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        replicas.wait_until_up(f"{url}/_stcore/health", nginx, timeout=30)
        yield url, tokens, processes
    finally:
        if nginx is not None:
            stop_process(nginx)
        for future in starting:  # one that failed to start has stopped itself
            if future.exception() is None:
                stop_process(future.result()[0])


def the_route(context) -> str:
    return next((c["value"] for c in context.cookies() if c["name"] == "cnnviz_route"), "")


def open_student(browser, url: str, token: str, avoid: str | None = None):
    """A student's browser (own context) on their Runs page through nginx, on a replica other than `avoid`: new
    visitors are spread over the replicas, so open fresh browsers until one lands elsewhere. (context, page, the
    replica that serves it, the websockets the page has opened)."""
    for _ in range(12):
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        first = context.request.get(f"{url}/_stcore/health")  # the first response gives the browser its route
        replica = first.headers["x-cnnviz-replica"]
        assert the_route(context) == replica
        if replica != avoid:
            break
        context.close()
    else:
        pytest.fail(f"every new visitor went to {avoid}")
    page = context.new_page()
    page.set_default_timeout(60_000)
    sockets: list = []
    page.on("websocket", lambda socket: sockets.append(socket))
    response = page.goto(f"{url}/runs?ws={token}")
    assert response is not None and response.headers["x-cnnviz-replica"] == replica  # sticky
    wait_for_idle(page)
    return context, page, replica, sockets


def wait_for(page, predicate, what: str, timeout_s: float = 30) -> None:
    """Poll `predicate` while letting Playwright deliver the page's events (a plain sleep would not)."""
    for _ in range(int(timeout_s * 4)):
        if predicate():
            return
        page.wait_for_timeout(250)
    pytest.fail(f"timed out waiting for {what}")


def kill_and_reconnect(student, processes: dict[str, subprocess.Popen], token: str) -> str:
    """SIGKILL the replica serving `student` (nothing of the session is saved anywhere), write a new run into their
    workspace, and wait for their open page to reconnect by itself: nginx sends it to a live replica and the route
    cookie follows. The replica it moved to."""
    from cnnviz.runs import workspace

    context, page, replica, sockets = student
    processes[replica].kill()
    processes[replica].wait(timeout=30)
    add_run(workspace.workspace_for_token(token).runs_dir, "alice's run after the kill")
    wait_for(page, lambda: len(sockets) >= 2, "the page to open a new websocket")
    wait_for(page, lambda: the_route(context) not in ("", replica), "the route to move to a live replica")
    survivor = the_route(context)
    assert survivor in processes and processes[survivor].poll() is None
    return survivor


@pytest.mark.browser
@pytest.mark.slow
def test_students_stay_apart_across_replicas_and_survive_a_killed_one(browser, classroom) -> None:
    from playwright.sync_api import expect

    url, tokens, processes = classroom
    alice = open_student(browser, url, tokens["alice"])
    bob = open_student(browser, url, tokens["bob"], avoid=alice[2])
    (a_context, a_page, a_replica, a_sockets), (b_context, b_page, b_replica, b_sockets) = alice, bob
    try:
        assert {a_replica, b_replica} == set(processes)  # one student on each replica
        for page, student, other in ((a_page, "alice", "bob"), (b_page, "bob", "alice")):
            grid = page.get_by_test_id("stDataFrame")
            expect(grid).to_contain_text(f"{student}'s run")
            expect(grid).not_to_contain_text(f"{other}'s run")

        assert kill_and_reconnect(alice, processes, tokens["alice"]) == b_replica
        # The page keeps what it showed: Streamlit's frontend asks a reconnected session for a run only if one was
        # under way. Her next click on the page runs it on the live replica, with the workspace of her private link.
        expect(a_page.get_by_test_id("stDataFrame")).to_contain_text("alice's run")
        korean = a_page.get_by_role("radiogroup", name="Language").get_by_text("한국어")
        korean.click()
        wait_for_idle(a_page)
        grid = a_page.get_by_test_id("stDataFrame")
        expect(grid).to_contain_text("alice's run after the kill")  # written after the kill: by the live replica
        expect(grid).to_contain_text("alice's run")
        expect(grid).not_to_contain_text("bob's run")
        assert parse_qs(urlparse(a_page.url).query)["ws"] == [tokens["alice"]]  # her private link is kept
        # That first click's on_change callback is lost (the new session did not know the widget yet): the switch
        # stays on English; clicking again works, as on any page.
        if not a_page.get_by_role("radio", name="한국어").is_checked():
            korean.click()
            wait_for_idle(a_page)
        expect(a_page.get_by_role("radio", name="한국어")).to_be_checked()
        expect(a_page.get_by_test_id("stDataFrame")).to_contain_text("alice's run after the kill")
        assert len(a_sockets) == 2  # one reconnection, which stayed up
        SCREENSHOTS.mkdir(exist_ok=True)
        a_page.screenshot(path=str(SCREENSHOTS / "replicas_after_failover.png"), full_page=True)

        # a reload goes straight to the live replica (no failed attempt first) and shows her workspace
        response = a_page.reload()
        assert response is not None and response.headers["x-cnnviz-replica"] == b_replica
        wait_for_idle(a_page)
        expect(a_page.get_by_test_id("stDataFrame")).to_contain_text("alice's run after the kill")
        # bob, on the live replica all along, was not disturbed and still sees only his run
        assert len(b_sockets) == 1
        expect(b_page.get_by_test_id("stDataFrame")).to_contain_text("bob's run")
        assert "alice's run" not in b_page.inner_text("body")
    finally:
        a_context.close()
        b_context.close()


@pytest.mark.browser
@pytest.mark.slow
def test_after_a_failover_the_sidebar_keeps_the_private_workspace(browser, classroom) -> None:
    from playwright.sync_api import expect

    url, tokens, processes = classroom
    alice = open_student(browser, url, tokens["alice"])
    context, page = alice[0], alice[1]
    try:
        expect(page.get_by_test_id("stDataFrame")).to_contain_text("alice's run")
        kill_and_reconnect(alice, processes, tokens["alice"])
        for name in ("Compare", "Runs"):
            click_the_one(page.get_by_test_id("stSidebarNav").get_by_role("link", name=name, exact=True))
            wait_for_idle(page)
            assert parse_qs(urlparse(page.url).query).get("ws") == [tokens["alice"]], f"{name} opened another workspace"
        expect(page.get_by_test_id("stDataFrame")).to_contain_text("alice's run after the kill")
    finally:
        context.close()
