"""Helpers of the encryption, backup and integrity tests: demo data, bundles, damage."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from debtdesk.bundle import export_bundle
from debtdesk.db import Database, open_database
from debtdesk.demo import generate
from debtdesk.model import Debtor

ON = date(2026, 11, 30)
AT = datetime(2026, 11, 30, 12, 0)
PASSPHRASE = "тау жолы 2026 correct"  # Cyrillic, spaces: what people really choose


def url_of(path: Path) -> str:
    return f"sqlite:///{path}"


def fill(path: Path, passphrase: str | None = None, cases: int = 12) -> None:
    """Demo cases in a (new or existing) database file."""
    db = open_database(url_of(path), advisor="Test Advisor", passphrase=passphrase)
    try:
        generate(db, cases=cases, seed=7, on=ON)
    finally:
        db.dispose()


def bundle_of(path: Path, passphrase: str | None = None) -> dict[str, Any]:
    """Every case and shared record of the file, as the bundle exporter writes them."""
    db = open_database(url_of(path), passphrase=passphrase)
    try:
        with db.session() as s:
            return export_bundle(s, now=AT)
    finally:
        db.dispose()


def secrets_of(db: Database) -> list[bytes]:
    """Names and IINs of the debtors, as the bytes a thief would search for."""
    with db.session() as s:
        rows = s.execute(select(Debtor.full_name, Debtor.iin)).all()
    words = {name for name, _iin in rows} | {iin for _name, iin in rows if iin}
    return sorted(word.encode("utf-8") for word in words)


def leaked(path: Path, secrets: list[bytes]) -> list[bytes]:
    data = path.read_bytes()
    return [s for s in secrets if s in data]


def files_in(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (relative name → content)."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def damage(path: Path, pages: range = range(4, 8), page_size: int = 4096) -> None:
    """Overwrite some pages in the middle of a database file with a pattern."""
    size = path.stat().st_size
    assert size > page_size * (pages.stop + 2), "the file is too small to damage in the middle"
    with open(path, "r+b") as f:
        for page in pages:
            f.seek(page * page_size + 100)
            f.write(b"\xde\xad\xbe\xef" * ((page_size - 200) // 4))
