"""A bundle as text: valid JSON laid out one record per line.

One line per record keeps files diffable, puts ``exported_at`` on a line of its
own, and lets the C JSON encoder do the work: an indented dump of ten thousand
cases is several times slower. Any JSON layout imports the same.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from debtdesk.bundle.codec import dumps


def render(bundle: Mapping[str, Any]) -> str:
    """The bundle as JSON text: top-level keys, then one record per line."""
    out = ["{"]
    items = list(bundle.items())
    for n, (key, value) in enumerate(items):
        comma = "," if n < len(items) - 1 else ""
        if key == "cases" and value:
            out.append('  "cases": [')
            for m, case in enumerate(value):
                out.extend(_render_case(case, last=m == len(value) - 1))
            out.append(f"  ]{comma}")
        elif isinstance(value, list) and value:
            out.append(f"  {dumps(key)}: [")
            out.extend(
                f"    {dumps(r)}{',' if m < len(value) - 1 else ''}" for m, r in enumerate(value)
            )
            out.append(f"  ]{comma}")
        else:
            out.append(f"  {dumps(key)}: {dumps(value)}{comma}")
    out.append("}")
    return "\n".join(out) + "\n"


def _render_case(case: Mapping[str, Any], *, last: bool) -> list[str]:
    out = ["    {"]
    items = list(case.items())
    for n, (key, value) in enumerate(items):
        comma = "," if n < len(items) - 1 else ""
        if isinstance(value, list) and value:
            out.append(f"      {dumps(key)}: [")
            out.extend(
                f"        {dumps(r)}{',' if m < len(value) - 1 else ''}"
                for m, r in enumerate(value)
            )
            out.append(f"      ]{comma}")
        else:
            out.append(f"      {dumps(key)}: {dumps(value)}{comma}")
    out.append("    }" + ("" if last else ","))
    return out
