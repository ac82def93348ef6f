"""Bundles: cases moved between databases as one versioned JSON file (docs/BUNDLE.md).

A bundle is how a group hands cases to another laptop or server: every record
carries its UUID, links are by UUID, and an import is checked in full before
anything is written, then written in one transaction.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from debtdesk.bundle.export import export_bundle
from debtdesk.bundle.importer import ImportSummary, import_bundle, parse_bundle, read_bundle
from debtdesk.bundle.layout import render
from debtdesk.bundle.resolve import CaseRef
from debtdesk.bundle.spec import FORMAT, VERSION
from debtdesk.errors import ValidationError
from debtdesk.i18n import _


def save_bundle(session: Session, path: str | Path, debtor_ids: Sequence[int] | None = None) -> int:
    """Export to the file at ``path``, replacing it only once fully written; returns cases.

    Written beside the target and renamed into place, so an interrupted export
    never leaves half a bundle under the name a person will import later.
    """
    path = Path(path)
    if path.exists() and not path.is_file():
        # Renaming over /dev/null or a pipe would replace the device with a file.
        raise ValidationError(
            "output", _("{path} is not a regular file: choose a file name").format(path=path)
        )
    bundle = export_bundle(session, debtor_ids)
    tmp = path.with_name(path.name + ".part")
    try:
        with open(tmp, "w", encoding="utf-8", newline="\n") as out:
            out.write(render(bundle))
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return len(bundle["cases"])


__all__ = [
    "FORMAT",
    "VERSION",
    "CaseRef",
    "ImportSummary",
    "export_bundle",
    "import_bundle",
    "parse_bundle",
    "read_bundle",
    "render",
    "save_bundle",
]
