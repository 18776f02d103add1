"""Helpers shared by the pages (the only place that touches st.session_state)."""
