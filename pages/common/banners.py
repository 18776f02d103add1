"""What the pages that store and delete things (My data, My models, Runs, Build's import) show alike: the outcome
of the last action, and the question before a deletion."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from cnnviz.i18n import t
from pages.common.state import Outcome, Slot
from pages.common.text import plain


def outcome_banner(outcome: Outcome | None, icons: bool = True) -> None:
    """The outcome of the last action (nothing when there is none), with its report lines as captions."""
    if outcome is None:
        return
    if outcome.ok:
        st.success(str(outcome.text), icon=":material/check_circle:" if icons else None)
    else:
        st.error(str(outcome.text), icon=":material/block:" if icons else None)
    for line in outcome.lines:
        st.caption(plain(line, limit=600))


def confirm_delete(question: str, key: str, delete: Callable[[], None], pending: Slot[str | None],
                   icon: str | None = ":material/delete:") -> None:
    """Ask `question` with "Yes, delete" and "Cancel" (keys `<key>_delete_yes`, `<key>_delete_no`); Yes calls
    `delete`. Either way the pending deletion (`pending`) is forgotten and the page reruns."""
    st.warning(question, icon=icon)
    row = st.container(horizontal=True)
    if row.button(t("common.ownpages.yes_delete"), type="primary", key=f"{key}_delete_yes"):
        delete()
        pending.clear()
        st.rerun()
    if row.button(t("common.ownpages.cancel"), key=f"{key}_delete_no"):
        pending.clear()
        st.rerun()
