"""The one way to find the program's data files (fonts, templates, rules, catalogs).

In a source checkout they live in ``resources/`` beside the package; in an
installed wheel they are inside the package as ``debtdesk/_resources`` (a name
that cannot be mistaken for this module).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def resources_root() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "_resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("debtdesk resources folder not found next to the package")


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return resources_root().joinpath(*parts)
