"""/lessons as Streamlit's old pages/ folder mode finds it (see pages/common/shell.py)."""

from pages.common.shell import run_page

run_page("pages/learn/lessons.py")
