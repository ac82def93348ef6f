"""Import a bundle: read, check everything, then write it all or nothing.

Nothing is written until the whole bundle has passed every check, and the
writing happens in the caller's one session (``with db.session() as s``), so a
bad, truncated or conflicting file leaves the database exactly as it was.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from debtdesk.bundle.resolve import CaseRef, case_refs, resolve
from debtdesk.bundle.validate import check_bundle
from debtdesk.bundle.write import write
from debtdesk.errors import ValidationError
from debtdesk.i18n import _


@dataclass(frozen=True)
class ImportSummary:
    """What an import did (or, for a dry run, would do)."""

    imported: list[CaseRef] = field(default_factory=list)
    skipped: list[CaseRef] = field(default_factory=list)  # already present, not replaced
    replaced: list[CaseRef] = field(default_factory=list)  # also counted in ``imported``
    creditors_added: int = 0
    courts_added: int = 0
    advisors_added: int = 0
    records: int = 0  # rows written, cases and everything in them
    dry_run: bool = False

    def as_dict(self) -> dict[str, Any]:
        def refs(items: list[CaseRef]) -> list[dict[str, Any]]:
            return [{"uuid": r.uuid, "full_name": r.full_name, "id": r.id} for r in items]

        return {
            "imported": refs(self.imported),
            "skipped": refs(self.skipped),
            "replaced": refs(self.replaced),
            "creditors_added": self.creditors_added,
            "courts_added": self.courts_added,
            "advisors_added": self.advisors_added,
            "records": self.records,
            "dry_run": self.dry_run,
        }


def _json_error(where: str, text: str, exc: json.JSONDecodeError) -> ValidationError:
    complete = text.rstrip()
    # A whole bundle ends with its closing brace; a cut-off copy ends anywhere.
    if exc.pos >= len(complete) or not complete.endswith(("}", "]")):
        message = _("the file ends in the middle of the data: it is truncated (incomplete copy?)")
    else:
        message = _("not valid JSON at line {line}, column {col} ({why}): the file is damaged")
        message = message.format(line=exc.lineno, col=exc.colno, why=exc.msg)
    return ValidationError(where, message)


def _no_constants(name: str) -> Any:
    raise ValueError(name)


def parse_bundle(text: str, where: str = "bundle") -> Any:
    """The JSON value in ``text``; damaged or truncated JSON is a ``ValidationError``."""
    try:
        return json.loads(text, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        raise _json_error(where, text, exc) from None
    except (ValueError, RecursionError) as exc:
        raise ValidationError(where, _("not valid JSON: {why}").format(why=exc)) from None


def read_bundle(path: str | Path) -> Any:
    """Read and parse the bundle file at ``path`` (OSError when it cannot be read)."""
    path = Path(path)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError(
            str(path), _("not UTF-8 text at byte {pos}: the file is damaged").format(pos=exc.start)
        ) from None
    return parse_bundle(text, str(path))


def import_bundle(
    session: Session, data: Any, *, replace: bool = False, dry_run: bool = False
) -> ImportSummary:
    """Import the parsed bundle ``data`` into ``session``'s database.

    Cases whose debtor UUID is already present are skipped, or with ``replace``
    deleted and imported anew. With ``dry_run`` everything is checked and the
    summary says what would happen, but nothing is written.
    """
    plan = check_bundle(data)
    res = resolve(session, plan, replace=replace)
    replaced = [
        CaseRef(c.debtor.uuid, c.debtor.values["full_name"], res.replaced[c.debtor.uuid])
        for c in res.cases
        if c.debtor.uuid in res.replaced
    ]
    counts = {name: len(items) for name, items in res.new_shared.items()}
    if dry_run:
        return ImportSummary(
            imported=case_refs(res.cases, {}),
            skipped=res.skipped,
            replaced=replaced,
            creditors_added=counts["creditor"],
            courts_added=counts["court"],
            advisors_added=counts["advisor"],
            dry_run=True,
        )
    ids, rows = write(session, res)
    return ImportSummary(
        imported=case_refs(res.cases, ids),
        skipped=res.skipped,
        replaced=replaced,
        creditors_added=counts["creditor"],
        courts_added=counts["court"],
        advisors_added=counts["advisor"],
        records=rows + sum(counts.values()),
    )
