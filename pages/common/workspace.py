"""Whose session this is (its workspace) and the server's one training runtime.

Local mode: one workspace, today's folders. Class mode (`CNNVIZ_CLASS_MODE=1`): every visitor has a private
workspace, identified by `st.login` (OIDC) when `.streamlit/secrets.toml` configures `[auth]`, otherwise by an
unguessable token kept in the page's address (`?ws=…`): that address is the private link to bookmark, shown once.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from pathlib import Path

import streamlit as st
from streamlit.errors import StreamlitAPIException

from cnnviz.i18n import t
from cnnviz.runs import store as runs
from cnnviz.runs.workspace import (
    CLASS_CODE_ENV,
    MAX_DISPLAY_NAME,
    TEACHER_SECRET_ENV,
    NewWorkspaceLimit,
    SecretGuard,
    Workspace,
    WorkspaceError,
    class_code_matches,
    class_mode,
    client_address,
    local_workspace,
    new_workspace,
    teacher_secret_matches,
    workspace_for_login,
    workspace_for_token,
)
from cnnviz.train import jobs
from pages.common import state

TOKEN_PARAM = "ws"
NAME_KEY = "workspace_display_name"
# Wrong teacher secrets and class codes wait longer each time, per address, counted for every web process.
SECRET_GUARD = SecretGuard("wrong-teacher-secrets")
CLASS_CODE_GUARD = SecretGuard("wrong-class-codes")
NEW_WORKSPACES = NewWorkspaceLimit()
LOG = logging.getLogger("cnnviz.class")
_runtime_lock = threading.Lock()
_runtime: jobs.JobRuntime | None = None


def runtime() -> jobs.JobRuntime:
    """The server's training runtime (the embedded cluster, or the configured one), one per process."""
    global _runtime
    with _runtime_lock:
        if _runtime is None:
            _runtime = jobs.JobRuntime(jobs.RuntimeSettings.from_environment())
        return _runtime


def stop_run(run_dir: Path) -> None:
    """Stop's on_click everywhere: a folder that cannot be written is said in words, not as a traceback."""
    try:
        runs.request_stop(run_dir)
    except runs.RunError as exc:
        st.toast(str(exc), icon=":material/error:")


def login_configured() -> bool:
    try:
        from streamlit.auth_util import get_secrets_auth_section

        return bool(get_secrets_auth_section())
    except Exception:  # no secrets.toml, or no [auth] in it
        return False


def _secret(key: str) -> str | None:
    try:
        return st.secrets.get("cnnviz", {}).get(key)
    except Exception:  # no secrets.toml
        return None


def teacher_secret() -> str | None:
    import os

    return os.environ.get(TEACHER_SECRET_ENV) or _secret("teacher_secret")


def class_code() -> str | None:
    import os

    return os.environ.get(CLASS_CODE_ENV) or _secret("class_code")


def is_class_mode() -> bool:
    return class_mode() or str(_secret("class_mode")).lower() in ("1", "true", "yes", "on")


def current_workspace() -> Workspace:
    """This session's workspace. In class mode without a login, the token comes from the address or is made
    now; it stays in the address on every page (`keep_private_link`), so reloading or bookmarking keeps the
    workspace, and so does a session that moved to another web process (a new session, its state empty)."""
    if not is_class_mode():
        return local_workspace()
    if login_configured():
        if not st.user.is_logged_in:
            st.info(t("common.workspace.login_prompt"))
            st.button(t("common.workspace.login"), on_click=st.login, type="primary", icon=":material/login:")
            st.stop()
        return workspace_for_login(str(st.user.get("sub") or st.user.get("email") or ""))
    token = state.WORKSPACE_TOKEN.get()
    asked = st.query_params.get(TOKEN_PARAM)
    if asked and asked != token:
        try:
            workspace_for_token(asked)
            token = asked
        except WorkspaceError as exc:
            _refuse_link(exc, token)
    if not token:
        token = _admit_new_visitor()
    state.WORKSPACE_TOKEN.set(token)
    return workspace_for_token(token)


def _admit_new_visitor() -> str:
    """A new workspace's token, once the visitor gave the class code (when the teacher set one) and their address
    has not made its hour's share of workspaces; else the page says what is missing and stops."""
    expected = class_code()
    if expected:
        from pages.common.shell import ensure_app_shell

        ensure_app_shell()  # the first visitor after a server start: widget ids change once, losing the code typed
        st.info(t("common.workspace.class_code_prompt"), icon=":material/school:")
        given = st.text_input(t("common.workspace.class_code"), type="password", key="class_code")
        joined = st.button(t("common.workspace.class_code_join"), type="primary", icon=":material/login:",
                           key="class_code_join")
        if not joined:
            st.stop()
        where = _client_address()
        time.sleep(CLASS_CODE_GUARD.delay(where))
        if not class_code_matches(given, expected):
            failures = CLASS_CODE_GUARD.failed(where)
            LOG.warning("wrong class code from %s (%d in a row)", where, failures)
            st.error(t("common.workspace.class_code_wrong"), icon=":material/key_off:")
            st.stop()
        CLASS_CODE_GUARD.succeeded(where)
    try:
        NEW_WORKSPACES.admit(_client_address())
    except WorkspaceError as exc:
        st.error(str(exc), icon=":material/block:")
        st.stop()
    token, _ = new_workspace()
    state.WORKSPACE_NEW.set(True)
    if expected:  # the class code's form is on this page: draw it again without
        state.WORKSPACE_TOKEN.set(token)
        with contextlib.suppress(StreamlitAPIException):  # bound to the link's widget: it follows the state
            st.query_params[TOKEN_PARAM] = token
        st.rerun()
    return token


def _refuse_link(reason: WorkspaceError, mine: str | None) -> None:
    """Say why the address's link opens nothing, offer the way out, and stop the page (no workspace is opened or
    made behind the visitor's back)."""
    st.error(t("common.workspace.token_refused", reason=reason), icon=":material/link_off:")
    row = st.container(horizontal=True)
    if mine and row.button(t("common.workspace.back_to_mine"), icon=":material/undo:", type="primary"):
        st.query_params[TOKEN_PARAM] = mine
        st.rerun()
    # with a class code, its form straight away (a button would be lost when the form is sent)
    if class_code() or row.button(t("common.workspace.open_new"), icon=":material/add:"):
        token = _admit_new_visitor()
        state.WORKSPACE_TOKEN.set(token)
        st.query_params[TOKEN_PARAM] = token
        st.rerun()
    st.stop()


def keep_private_link() -> None:
    """In class mode without a login, the workspace's token in a widget bound to the address (`?ws=`), drawn by
    app.py (the entrypoint) and hidden. Streamlit drops a plain query parameter when the user changes pages and
    puts it back only from the session's state; a parameter bound to an entrypoint widget stays in the address
    through every page change, so a page whose session is new (its web process died and another one took over)
    still names the workspace."""
    token = state.WORKSPACE_TOKEN.peek()
    if token is None or not is_class_mode() or login_configured():
        return
    if state.widget_value(TOKEN_PARAM) != token:
        state.set_widget_value(TOKEN_PARAM, token)
    if st.query_params.get(TOKEN_PARAM) != token:  # a new visitor: the widget shows the token, the address not yet
        with contextlib.suppress(StreamlitAPIException):  # already bound: the widget's new value moves the address
            st.query_params[TOKEN_PARAM] = token
    st.sidebar.text_input(t("common.workspace.link_code"), key=TOKEN_PARAM, bind="query-params", disabled=True,
                          label_visibility="collapsed")
    with st.sidebar.expander(t("common.workspace.my_link"), icon=":material/key:"):
        st.code(f"{_page_address()}?{TOKEN_PARAM}={token}", language=None, wrap_lines=True)
        st.caption(t("common.workspace.my_link_help"))


def display_name_box() -> None:
    """In class mode, the student's name for the teacher's Class page (kept in their workspace)."""
    if not is_class_mode():
        return
    workspace = current_workspace()
    state.seed_widget(NAME_KEY, workspace.display_name())
    st.sidebar.text_input(t("common.workspace.my_name"), key=NAME_KEY, max_chars=MAX_DISPLAY_NAME,
                          on_change=_save_display_name, help=t("common.workspace.my_name_help"))


def _save_display_name() -> None:
    kept = current_workspace().set_display_name(state.widget_value(NAME_KEY) or "")
    state.set_widget_value(NAME_KEY, kept)


def check_teacher_secret(given: str, secret: str) -> float | None:
    """None when `given` is the teacher secret; else how long the answer waited (wrong tries from one address
    wait longer each time, and are logged for the teacher)."""
    where = _client_address()
    time.sleep(SECRET_GUARD.delay(where))
    if teacher_secret_matches(given, secret):
        SECRET_GUARD.succeeded(where)
        return None
    failures = SECRET_GUARD.failed(where)
    LOG.warning("wrong teacher secret from %s (%d in a row)", where, failures)
    return SECRET_GUARD.delay(where)


def _client_address() -> str:
    try:
        return client_address(st.context.ip_address, st.context.headers.get("X-Forwarded-For"))
    except Exception:  # no browser behind this session (AppTest)
        return "unknown"


def _page_address() -> str:
    try:
        return st.context.url or ""
    except Exception:  # no browser behind this session (AppTest)
        return ""


def show_private_link_once() -> None:
    """The first page a new visitor sees tells them to bookmark their private address."""
    if state.WORKSPACE_NEW.get():
        state.WORKSPACE_NEW.set(False)
        st.success(t("common.workspace.ready"), icon=":material/bookmark:")


def owned_run(workspace: Workspace, path: Path | str | None) -> Path | None:
    """`path` if it is one of this workspace's runs, else None (a remembered or tampered path is dropped)."""
    if path is None:
        return None
    try:
        return workspace.run_folder(Path(path).name) if workspace.owns(path) else None
    except WorkspaceError:
        return None
