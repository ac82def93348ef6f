"""Errors the core raises for people to read, not for programmers to debug.

Every service reports bad input as a ``ValidationError`` naming the field, so a
form can show the message beside it and the command line can print one line.
"""

from __future__ import annotations

from datetime import UTC, datetime


class DebtdeskError(Exception):
    """Base of every error meant to be shown to a person (never a traceback)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(DebtdeskError):
    """Input a service refuses; ``field`` names the form field at fault."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class NotFoundError(DebtdeskError):
    """A record asked for by id or uuid does not exist (any more)."""

    def __init__(self, entity: str, key: object) -> None:
        from debtdesk.i18n import _

        super().__init__(_("{entity} {key} does not exist").format(entity=entity, key=key))
        self.entity = entity
        self.key = key


class ConflictError(DebtdeskError):
    """Someone else saved the record after it was read; nothing was overwritten."""

    def __init__(
        self,
        entity: str,
        entity_id: int,
        fields: list[str],
        changed_by: str | None,
        changed_at: datetime | None,
    ) -> None:
        from debtdesk.i18n import _

        who = changed_by or _("another advisor")
        when = _local_moment(changed_at) if changed_at else "?"
        what = ", ".join(fields) if fields else _("unknown fields")
        super().__init__(
            _("{entity} {id} was changed by {who} at {when} ({what}) since you opened it").format(
                entity=entity, id=entity_id, who=who, when=when, what=what
            )
        )
        self.entity = entity
        self.entity_id = entity_id
        self.fields = fields
        self.changed_by = changed_by
        self.changed_at = changed_at


def _local_moment(at: datetime) -> str:
    """``at`` as the reader's clock and language show it: ``15.03.2026 10:30`` (kk, ru).

    Timestamps are stored as naive UTC (``debtdesk.clock.utcnow``), so they are
    moved to this computer's time zone first: an advisor in Almaty must not read
    that a colleague saved at 05:30 what was saved at half past ten. ``formats``
    (and babel with it) is imported here, not at the top: this module is read at
    start-up, long before any conflict, and ``formats`` imports this module.
    """
    from debtdesk.formats import format_datetime_short

    aware = at if at.tzinfo is not None else at.replace(tzinfo=UTC)
    return format_datetime_short(aware.astimezone())


class SchemaError(DebtdeskError):
    """The database schema does not match what this program knows."""


class StorageError(DebtdeskError):
    """The database cannot be opened or used (locked, damaged, unreachable)."""


class PassphraseRequired(DebtdeskError):
    """The SQLite file is encrypted and no passphrase was given: ask for one, then retry."""

    def __init__(self, path: object) -> None:
        from debtdesk.i18n import _

        super().__init__(
            _(
                "the database {path} is encrypted: give its passphrase "
                "(prompt, --passphrase-stdin or $DEBTDESK_PASSPHRASE)"
            ).format(path=path)
        )
        self.path = path


class WrongPassphrase(DebtdeskError):
    """The passphrase does not open the file (or it is no database at all); nothing changed.

    SQLCipher cannot tell a wrong key from a file that is not a database, so
    the message names both.
    """

    def __init__(self, path: object) -> None:
        from debtdesk.i18n import _

        super().__init__(_("wrong passphrase or not a debtdesk database: {path}").format(path=path))
        self.path = path


class DamagedDatabase(StorageError):
    """The SQLite file fails its integrity check; ``backup`` is the newest good backup, if any.

    The damaged file is left exactly as found: a restore moves it aside, so
    whatever a specialist could still recover from it stays there.
    """

    def __init__(self, path: object, detail: str, backup: object | None) -> None:
        from debtdesk.i18n import _

        if backup is not None:
            hint = _(
                "the newest good backup is {backup}: restore it with 'debtdesk restore {backup}'"
            )
        else:
            hint = _("no good backup was found beside it")
        message = _("the database {path} is damaged ({detail}); {hint}").format(
            path=path, detail=detail, hint=hint.format(backup=backup)
        )
        super().__init__(message)
        self.path = path
        self.detail = detail
        self.backup = backup
