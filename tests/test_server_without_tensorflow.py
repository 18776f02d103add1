"""The web process never holds TensorFlow: every page runs with its Keras work in the inference workers.

Checked two ways: every page script run by Streamlit's AppTest in a fresh interpreter (real workers) leaves neither
`tensorflow` nor `keras` in that interpreter's modules; and a real server toured page by page in a browser has no
TensorFlow library mapped into its memory while its workers do (so the check can see it when it is there)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SCREENSHOTS, start_server, stop_process, wait_for_idle

APP = (ROOT / "app.py").read_text(encoding="utf-8")
# The pages live in one folder per section of the navigation, beside helpers only they use: a page is a file app.py
# lists in its st.Page calls.
PAGES = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "pages").rglob("*.py")
               if f'"{path.relative_to(ROOT)}"' in APP)
URL_PATHS = ["", *(Path(page).stem for page in PAGES if Path(page).stem != "home")]
HEAVY = ("tensorflow", "keras")


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    """A folder with one finished run, trained in another process (this one must stay free of TensorFlow too)."""
    folder = tmp_path_factory.mktemp("no-tf")
    script = ("from pathlib import Path; from tests.inspect_helpers import make_tiny_run; "
              f"make_tiny_run(Path({str(folder / 'runs')!r}), 'no-tf run', save_initial=True)")
    subprocess.run([sys.executable, "-c", script], cwd=ROOT, check=True, timeout=600,
                   env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2"})
    return folder


AUDIT = """
import json, sys
from pathlib import Path
from streamlit.testing.v1 import AppTest
problems = {}
at = AppTest.from_file("app.py", default_timeout=300)
at.run()
for page in json.loads(sys.argv[1]):
    try:
        shown = at.switch_page(page)
    except ValueError:  # not in app.py's navigation now (Class outside class mode): the page alone
        shown = AppTest.from_file(str(Path(page).resolve()), default_timeout=300)
    shown.run()
    if shown.exception:
        problems[page] = [e.value for e in shown.exception]
heavy = json.loads(sys.argv[2])
print(json.dumps({"modules": sorted(m for m in sys.modules if m.split(".")[0] in heavy), "problems": problems}))
"""


def test_no_page_imports_tensorflow_or_keras(data: Path) -> None:
    assert "pages/look/feature_maps.py" in PAGES and "pages/play/draw.py" in PAGES
    env = {**os.environ, "CNNVIZ_RUNS_DIR": str(data / "runs"), "CNNVIZ_DATASETS_DIR": str(data / "datasets"),
           "CNNVIZ_MODELS_DIR": str(data / "models"), "CNNVIZ_INFERENCE_WORKERS": "1", "TF_CPP_MIN_LOG_LEVEL": "2"}
    done = subprocess.run([sys.executable, "-c", AUDIT, json.dumps(PAGES), json.dumps(HEAVY)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=1200)
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["problems"] == {}
    assert found["modules"] == []


def _maps(pid: int) -> str:
    return Path(f"/proc/{pid}/maps").read_text()


@pytest.mark.browser
def test_a_toured_server_has_no_tensorflow_but_its_workers_do(browser, data: Path) -> None:
    import psutil

    server, url = start_server(data / "runs", data / "server.log")
    try:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.set_default_timeout(120_000)
        for path in URL_PATHS:
            page.goto(f"{url}/{path}")
            wait_for_idle(page, timeout=120_000)
            assert page.get_by_test_id("stException").count() == 0, path
        page.goto(f"{url}/feature_maps")
        wait_for_idle(page, timeout=120_000)
        page.get_by_text("Predicted", exact=False).first.wait_for()
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "server_without_tensorflow_feature_maps.png"))
        context.close()
        assert "tensorflow" not in _maps(server.pid)
        workers = [child.pid for child in psutil.Process(server.pid).children(recursive=True)
                   if "tensorflow" in _maps(child.pid)]
        assert workers, "no worker process holds TensorFlow: the check above would not have seen it either"
    finally:
        stop_process(server)
