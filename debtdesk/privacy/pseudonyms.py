"""Pseudonyms for the anonymous export: HMAC-SHA256 under a secret kept in the database.

A plain hash of an IIN is no pseudonym: there are about 10^11 valid IINs (a
birth date, a digit, a serial, a check digit), and hashing them all to find
one takes a laptop hours. Keyed with a random 256-bit secret that never leaves
the database, the same case gets the same pseudonym in every export (so
exports can be compared over time), and nobody without the database can tell
whose it is. The secret is a shared ``Setting``: every advisor of a group
exports under the same pseudonyms. Bundles do not carry settings, so a copy of
the cases moved to another database gets other pseudonyms there.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlalchemy.orm import Session

from debtdesk.services.settings import get_setting, set_setting

SECRET_KEY = "privacy.pseudonym_secret"
LENGTH = 16  # hex digits: 64 bits, no collision among any group's cases


class Pseudonyms:
    """Computes pseudonyms under one secret."""

    def __init__(self, secret: str) -> None:
        self._key = bytes.fromhex(secret)

    @classmethod
    def of_database(cls, session: Session) -> Pseudonyms:
        """Under the database's secret, made (and stored) on first use."""
        secret = get_setting(session, SECRET_KEY)
        if secret is None:
            secret = secrets.token_hex(32)
            set_setting(session, SECRET_KEY, secret)
        return cls(secret)

    def of(self, kind: str, value: str) -> str:
        """The pseudonym of ``value`` as a ``kind`` ("case", "person"): kinds never collide."""
        digest = hmac.new(self._key, f"{kind}:{value}".encode(), hashlib.sha256)
        return digest.hexdigest()[:LENGTH]
