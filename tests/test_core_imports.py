"""The core stays light and UI-free: importing it pulls in neither streamlit nor TensorFlow."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import sys
import cnnviz, cnnviz.arch.spec, cnnviz.arch.shapes, cnnviz.arch.presets, cnnviz.models.builder, cnnviz.cli.main
from cnnviz.arch.presets import PRESETS
from cnnviz.arch.shapes import summarize
summarize(PRESETS["fashion-convnet"].architecture)
heavy = sorted(m for m in ("streamlit", "tensorflow", "keras") if m in sys.modules)
print(",".join(heavy) or "none")
"""


def test_core_and_shape_math_import_neither_streamlit_nor_tensorflow() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "none"


def test_every_cnnviz_module_imports_without_streamlit_or_tensorflow() -> None:
    modules = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for p in (ROOT / "cnnviz").rglob("*.py")
        if p.name != "__main__.py"
    )
    probe = "import importlib, sys\n" + "".join(f"importlib.import_module({m!r})\n" for m in modules) + (
        "print(','.join(sorted(m for m in ('streamlit', 'tensorflow', 'keras') if m in sys.modules)) or 'none')"
    )
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "none", f"one of {modules} imports a heavy module at import time"


def test_no_streamlit_in_core_sources() -> None:
    offenders = [str(p) for p in (ROOT / "cnnviz").rglob("*.py") if "import streamlit" in p.read_text(encoding="utf-8")]
    assert offenders == []
