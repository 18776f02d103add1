"""A browserless Streamlit client: one session over Streamlit's own websocket, for load benchmarks.

It speaks the protocol the frontend speaks (Streamlit 1.67, the uvicorn/Starlette server):

- connect to ``ws://host:port/_stcore/stream`` with the subprotocols ``streamlit, <xsrf token>`` (the frontend
  sends the ``_streamlit_xsrf`` cookie's value, or ``PLACEHOLDER_AUTH_TOKEN`` without one; the server only checks it
  to read an auth cookie) and a same-origin ``Origin`` header, as a browser would; permessage-deflate is
  offered, as a browser does, and the server (uvicorn) declines it, so frames travel uncompressed as for a browser;
- ask for the first run with ``BackMsg.rerun_script`` (a ``ClientState``): ``page_name`` is the page's URL path
  (``build``) and ``page_script_hash`` empty, as on a page load; later reruns send the current page's hash (from the
  ``navigation`` message: with ``st.navigation`` a session's first ``new_session`` carries the main script's hash,
  and sending that reruns the home page) and no name, the query string the server last published
  (``page_info_changed``: Build rewrites its URL on every edit, and a stale one would reload the old network), the
  widget states and the hashes of the cached messages;
- read ``ForwardMsg``s: ``new_session`` starts a run, ``delta.new_element`` / ``delta.add_block`` place an element at
  ``metadata.delta_path``, ``ref_hash`` stands for a cached message (``metadata.cacheable``), ``script_finished``
  ends the run (the elements the run did not touch are then removed, as the frontend does).

Widgets are found by label (optionally inside an expander whose label starts with some text) or by their user key
(Streamlit's computed ids end with ``-<key>``). A change sends the new value plus every other widget's current value,
then times the rerun until it has finished and an expected element has appeared.

Usage (a check against a real server): python -m bench.streamlit_client
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ClientState_pb2 import ClientState, ContextInfo
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState, WidgetStates
from websockets.asyncio.client import ClientConnection, connect
from websockets.typing import Origin, Subprotocol

FINISHED = ForwardMsg.ScriptFinishedStatus


@dataclass
class Node:
    """An element (``kind`` = the Element oneof, e.g. ``number_input``) or a block (``kind`` = ``block:<type>``)."""

    path: tuple[int, ...]
    kind: str
    proto: Any
    run: int  # the run (counted by this client) that last sent it

    @property
    def label(self) -> str:
        return str(getattr(self.proto, "label", ""))

    @property
    def widget_id(self) -> str:
        return str(getattr(self.proto, "id", ""))

    @property
    def text(self) -> str:
        """The label and the body (metric value, markdown, alert...), what a reader would look for."""
        parts = (getattr(self.proto, name, "") for name in ("label", "body"))
        return " ".join(str(part) for part in parts if part)


@dataclass
class RunResult:
    status: int  # ForwardMsg.ScriptFinishedStatus
    seconds: float  # from the request to script_finished
    matched_after: float | None = None  # from the request to the first element the `expect` predicate accepted
    messages: int = 0
    exceptions: list[str] = field(default_factory=list)


Expect = Callable[[Node], bool]


def metric_is(label: str, value: str) -> Expect:
    """An `expect` predicate: the metric `label` shows `value`."""
    return lambda node: node.kind == "metric" and node.proto.label == label and node.proto.body == value


def _initial_state(kind: str, p: Any) -> WidgetState | None:
    """The value the frontend would hold for a widget it just drew (the server's value when it set one, else the
    widget's default); None for kinds this client does not track (buttons are triggers, sent only when clicked)."""
    state = WidgetState(id=p.id)
    if kind == "number_input":
        if p.set_value:
            if p.HasField("value"):
                state.double_value = p.value
        elif p.HasField("default"):
            state.double_value = p.default
    elif kind == "checkbox":
        state.bool_value = p.value if p.set_value else p.default
    elif kind in ("selectbox", "radio"):
        if p.set_value:
            if p.HasField("raw_value"):
                state.string_value = p.raw_value
        elif p.HasField("default") and 0 <= p.default < len(p.options):
            state.string_value = p.options[p.default]
    elif kind in ("text_input", "text_area"):
        if p.set_value:
            if p.HasField("value"):
                state.string_value = p.value
        elif p.HasField("default"):
            state.string_value = p.default
    elif kind == "slider":
        state.double_array_value.data.extend(p.value if p.set_value else p.default)
    elif kind == "block:expandable":
        state.bool_value = p.expanded
    elif kind == "block:tab_container":
        if p.HasField("default_tab_label"):
            state.string_value = p.default_tab_label
    else:
        return None
    return state


def _changed_state(node: Node, value: Any) -> WidgetState:
    state = WidgetState(id=node.widget_id)
    if node.kind == "number_input":
        state.double_value = float(value)
    elif node.kind in ("checkbox", "block:expandable"):
        state.bool_value = bool(value)
    elif node.kind in ("selectbox", "radio", "text_input", "text_area", "block:tab_container"):
        state.string_value = str(value)  # selectbox/radio: the option as shown (after format_func)
    elif node.kind == "slider":
        state.double_array_value.data.extend(value if isinstance(value, list | tuple) else [value])
    else:
        raise ValueError(f"cannot set a {node.kind}")
    return state


class StreamlitSession:
    """One simulated browser tab: `await open()`, then `find(...)` and `await change(...)`; `await close()`."""

    def __init__(self, base_url: str, page: str = "", query: str = "", locale: str = "en-US") -> None:
        parts = urlsplit(base_url)
        self.http_url = f"{parts.scheme}://{parts.netloc}"
        self.ws_url = f"{'wss' if parts.scheme == 'https' else 'ws'}://{parts.netloc}/_stcore/stream"
        self.page = page.strip("/")
        self.query = query.lstrip("?")
        self.locale = locale
        self.page_script_hash = ""
        self.elements: dict[tuple[int, ...], Node] = {}
        self.widget_values: dict[str, WidgetState] = {}
        self.session_id = ""
        self._ws: ClientConnection | None = None
        self._cache: dict[str, tuple[bytes, int]] = {}  # hash → (encoded ForwardMsg, run it was last used)
        self._max_cache_age = 2  # runs; new_session.config.max_cached_message_age
        self._runs = 0  # runs started (new_session messages seen)
        self._finished_runs = 0

    # ---------------------------------------------------------------- connection

    async def open(self, timeout: float = 60) -> RunResult:
        """Connect and run the page once (a page load); the result of that first run."""
        self._ws = await connect(
            self.ws_url, subprotocols=[Subprotocol("streamlit"), Subprotocol("PLACEHOLDER_AUTH_TOKEN")],
            origin=Origin(self.http_url), max_size=None, open_timeout=timeout)
        return await self._request(first=True, timeout=timeout)

    async def close(self) -> None:
        if self._ws is not None:
            await self._ws.close()
            self._ws = None

    async def __aenter__(self) -> StreamlitSession:
        await self.open()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # ---------------------------------------------------------------- finding elements

    def nodes(self, kind: str | None = None, inside: Node | None = None) -> list[Node]:
        prefix = inside.path if inside else ()
        return [node for path, node in sorted(self.elements.items())
                if (kind is None or node.kind == kind) and path[:len(prefix)] == prefix and path != prefix]

    def find(self, label: str, inside: str | None = None, kind: str | None = None) -> Node:
        """The one element labelled `label`, inside the expander whose label starts with `inside` if given."""
        container = self.find_expander(inside) if inside is not None else None
        found = [n for n in self.nodes(kind, container) if n.label == label]
        if len(found) != 1:
            raise LookupError(f"{len(found)} elements are labelled {label!r}" + (f" in {inside!r}" if inside else ""))
        return found[0]

    def find_expander(self, prefix: str) -> Node:
        """The one expander whose label starts with `prefix` (a stateful one, with `on_change`, has a widget id and
        can be opened with `change(node, True)`; its id changes with its label)."""
        found = [n for n in self.nodes("block:expandable") if n.label.startswith(prefix)]
        if len(found) != 1:
            raise LookupError(f"{len(found)} expanders start with {prefix!r}")
        return found[0]

    def find_key(self, key: str) -> Node:
        """The widget whose user key is `key` (Streamlit's id ends with ``-<key>``)."""
        found = [n for n in self.elements.values() if n.widget_id.endswith(f"-{key}")]
        if len(found) != 1:
            raise LookupError(f"{len(found)} widgets have the key {key!r}")
        return found[0]

    def metric(self, label: str) -> str | None:
        found = [n.proto.body for n in self.nodes("metric") if n.proto.label == label]
        return found[0] if found else None

    # ---------------------------------------------------------------- interacting

    async def change(self, node: Node, value: Any, expect: Expect | None = None, timeout: float = 60) -> RunResult:
        """Set a widget as a user would (the new value plus every other drawn widget's value) and wait for the
        rerun to finish and, with `expect`, for an element of that run the predicate accepts."""
        self.widget_values[node.widget_id] = _changed_state(node, value)
        return await self._request(expect=expect, timeout=timeout)

    async def rerun(self, expect: Expect | None = None, timeout: float = 60) -> RunResult:
        """Rerun the page as it is ("R" in the browser)."""
        return await self._request(expect=expect, timeout=timeout)

    # ---------------------------------------------------------------- protocol

    def _client_state(self, first: bool) -> ClientState:
        drawn = {node.widget_id for node in self.elements.values()}
        states = WidgetStates(widgets=[s for wid, s in self.widget_values.items() if wid in drawn])
        url = f"{self.http_url}/{self.page}" + (f"?{self.query}" if self.query else "")
        context = ContextInfo(timezone="UTC", timezone_offset=0, locale=self.locale, url=url, is_embedded=False,
                              color_scheme="light")
        return ClientState(query_string=self.query, widget_states=states,
                           page_script_hash="" if first else self.page_script_hash,
                           page_name=self.page if first else "",
                           cached_message_hashes=list(self._cache), context_info=context)

    async def _request(self, first: bool = False, expect: Expect | None = None, timeout: float = 60) -> RunResult:
        assert self._ws is not None, "open() first"
        start = time.perf_counter()
        runs_before = self._runs
        await self._ws.send(BackMsg(rerun_script=self._client_state(first)).SerializeToString())
        result = RunResult(status=-1, seconds=0.0)
        matched = expect is None
        async with asyncio.timeout(timeout):
            while True:
                msg = self._receive(await self._ws.recv(decode=False))
                result.messages += 1
                if self._runs == runs_before:
                    continue  # the end of an earlier run
                if msg.WhichOneof("type") == "delta" and msg.delta.WhichOneof("type") == "new_element":
                    node = self.elements.get(tuple(msg.metadata.delta_path))
                    if node is not None:
                        if node.kind == "exception":
                            result.exceptions.append(f"{node.proto.type}: {node.proto.message}"[:300])
                        if not matched and expect is not None and expect(node):
                            matched = True
                            result.matched_after = time.perf_counter() - start
                elif msg.WhichOneof("type") == "script_finished":
                    status = msg.script_finished
                    if status in (FINISHED.FINISHED_SUCCESSFULLY, FINISHED.FINISHED_WITH_COMPILE_ERROR):
                        if not matched:
                            raise LookupError("the rerun finished without the expected element")
                        result.status = status
                        result.seconds = time.perf_counter() - start
                        return result
                elif msg.WhichOneof("type") == "page_not_found":
                    raise LookupError(f"no page {self.page!r}")

    def _receive(self, data: bytes) -> ForwardMsg:
        msg = ForwardMsg()
        msg.ParseFromString(data)
        kind = msg.WhichOneof("type")
        if kind == "ref_hash":
            encoded, _ = self._cache[msg.ref_hash]
            cached = ForwardMsg()
            cached.ParseFromString(encoded)
            cached.metadata.CopyFrom(msg.metadata)
            self._cache[msg.ref_hash] = (encoded, self._runs)
            msg, kind = cached, cached.WhichOneof("type")
        elif msg.metadata.cacheable and msg.hash:
            self._cache.setdefault(msg.hash, (data, self._runs))
        if kind == "new_session":
            self._runs += 1
            session = msg.new_session
            self.page_script_hash = session.page_script_hash
            if session.HasField("initialize"):
                self.session_id = session.initialize.session_id
            if session.HasField("config") and session.config.max_cached_message_age:
                self._max_cache_age = session.config.max_cached_message_age
        elif kind == "delta":
            self._apply_delta(msg)
        elif kind == "navigation":  # st.navigation: the page actually run (new_session names the main script)
            self.page_script_hash = msg.navigation.page_script_hash
        elif kind == "page_info_changed":
            self.query = msg.page_info_changed.query_string
        elif kind == "script_finished":
            self._finish(msg.script_finished)
        return msg

    def _apply_delta(self, msg: ForwardMsg) -> None:
        delta, path = msg.delta, tuple(msg.metadata.delta_path)
        which = delta.WhichOneof("type")
        if which == "new_element":
            kind = delta.new_element.WhichOneof("type") or ""
            node = Node(path, kind, getattr(delta.new_element, kind) if kind else None, self._runs)
        elif which == "add_block":
            kind = delta.add_block.WhichOneof("type") or ""
            node = Node(path, f"block:{kind}", getattr(delta.add_block, kind) if kind else delta.add_block, self._runs)
        else:
            return
        self.elements[path] = node
        if node.widget_id:
            initial = _initial_state(node.kind, node.proto)
            if initial is not None and (node.widget_id not in self.widget_values
                                        or getattr(node.proto, "set_value", False)):
                self.widget_values[node.widget_id] = initial

    def _finish(self, status: int) -> None:
        self._finished_runs += 1
        if status == FINISHED.FINISHED_SUCCESSFULLY:  # a full run: what it did not draw is gone
            self.elements = {p: n for p, n in self.elements.items() if n.run == self._runs}
            drawn = {n.widget_id for n in self.elements.values()}
            self.widget_values = {wid: s for wid, s in self.widget_values.items() if wid in drawn}
        self._cache = {h: (e, run) for h, (e, run) in self._cache.items() if self._runs - run < self._max_cache_age}


# ---------------------------------------------------------------- a check against a real server


def build_total(filters: int) -> str:
    """Build's "Total params" on the default preset with `filters` filters in the first conv layer."""
    return f"{333_526 - 320 - 18_496 + 10 * filters + (9 * filters + 1) * 64:,}"


async def _check(url: str) -> None:
    async with StreamlitSession(url, "build") as session:
        print(f"session {session.session_id}: {len(session.elements)} elements, "
              f"{len(session.widget_values)} widget values, Total params {session.metric('Total params')}")
        if not session.nodes("number_input", session.find_expander("1. conv2d ·")):  # only open editors are drawn
            await session.change(session.find_expander("1. conv2d ·"), True)
        field = session.find("Filters", inside="1. conv2d ·", kind="number_input")
        print(f"Filters: id {field.widget_id}, value {session.widget_values[field.widget_id]}".replace("\n", " "))
        for i in range(6):
            filters = 16 if i % 2 == 0 else 32
            result = await session.change(field, filters, expect=metric_is("Total params", build_total(filters)))
            print(f"filters={filters}: total shown after {result.matched_after * 1000:.0f} ms, run finished after "
                  f"{result.seconds * 1000:.0f} ms ({result.messages} messages, query {session.query[:40]}...)")
            field = session.find("Filters", inside="1. conv2d ·", kind="number_input")


def main() -> None:
    import tempfile
    from pathlib import Path

    from tests.conftest import start_server, stop_process

    with tempfile.TemporaryDirectory() as folder:
        server, url = start_server(Path(folder) / "runs", Path(folder) / "server.log")
        try:
            asyncio.run(_check(url))
        finally:
            stop_process(server)


if __name__ == "__main__":
    main()
