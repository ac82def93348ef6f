"""The letters' warm-up loads, in a fresh process, what a first letter would load itself."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

# Run in a new interpreter: this test process has long registered the fonts.
_CHECK = """
import os, sys
import babel.localedata as data
from reportlab.pdfbase import pdfmetrics
from debtdesk.documents import fonts, styles, warm

before = set(pdfmetrics.getRegisteredFontNames())
assert not fonts._families and not warm.warmed.is_set()
listing = sorted(os.listdir("."))
warm.warm_up()
after = set(pdfmetrics.getRegisteredFontNames())
families = fonts.ensure_fonts()
faces = {fonts.face_name(f, b, i) for f in families for b in (False, True) for i in (False, True)}
assert faces <= after - before, sorted(faces - after)
assert warm.warmed.is_set()
assert styles.load_stylesheet.cache_info().currsize >= 2  # base and large, built
assert {"kk", "ru", "en"} <= {name.split("_")[0] for name in data._cache}, sorted(data._cache)
assert sorted(os.listdir(".")) == listing  # nothing written
print("ok")
"""


def test_warm_up_registers_the_fonts_builds_the_styles_and_loads_the_locales(
    tmp_path: Path,
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _CHECK],
        cwd=tmp_path,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr
