"""Helpers that several sections of pages share (state.py is the only place that touches st.session_state).

Every page imports from this package, so importing it first makes sure the page runs inside app.py's
navigation (see shell.ensure_app_shell).
"""

from pages.common import texts
from pages.common.shell import ensure_app_shell

texts.register()  # the pages' own texts join the catalog before any page asks for one
ensure_app_shell()
