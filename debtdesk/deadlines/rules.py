"""Deadline rules as data: one TOML file per jurisdiction, checked strictly on load.

Rules are law, and a mistyped rule silently computes a wrong date, so a file is
either loaded whole or refused with one line naming the file, the rule and the
field at fault. A new jurisdiction is a new file; nothing in the code changes.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final, NoReturn
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from debtdesk.deadlines.periods import Period, parse_period
from debtdesk.errors import ValidationError
from debtdesk.i18n import LANGUAGES, _
from debtdesk.resources import resource_path
from debtdesk.vocab import EventKind

SCHEMA: Final = 1
# A database without a "jurisdiction" setting follows Kazakhstan's rules.
DEFAULT_JURISDICTION: Final = "kz"
CONFIDENCES: Final = ("H", "M", "L")
NEXT_WORKING_DAY: Final = "next_working_day"
KEEP: Final = "keep"
ON_NON_WORKING: Final = (NEXT_WORKING_DAY, KEEP)
DEFAULT_CODE: Final = "kz"

_CODE = re.compile(r"^[a-z][a-z0-9_-]{1,15}$")
_RULE_KEY = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_TOP_KEYS: Final = frozenset(
    {
        "schema",
        "code",
        "name",
        "time_zone",
        "holidays_country",
        "weekend",
        "non_working_day",
        "rules",
    }
)
_NON_WORKING_KEYS: Final = frozenset({"rule", "confidence", "source", "source_text", "description"})
_RULE_REQUIRED: Final = ("title", "trigger", "period", "source", "confidence")
_RULE_OPTIONAL: Final = ("on_non_working", "reminders", "description", "note", "source_text")
_EVENT_KINDS: Final = frozenset(kind.value for kind in EventKind)

Texts = Mapping[str, str]
"""One text per language (kk, ru, en)."""


@dataclass(frozen=True)
class NonWorkingRule:
    """What happens to a period ending on a non-working day, and how sure we are."""

    rule: str
    confidence: str
    source: str
    source_text: Texts | None = field(default=None, hash=False)
    description: Texts | None = field(default=None, hash=False)


@dataclass(frozen=True)
class Rule:
    """One time limit: the event that starts it, its length and where the law says so."""

    key: str
    jurisdiction: str
    title: Texts = field(hash=False)
    trigger: str
    period: Period
    on_non_working: str
    source: str
    confidence: str
    reminders: tuple[int, ...] = ()
    description: Texts | None = field(default=None, hash=False)
    note: Texts | None = field(default=None, hash=False)
    source_text: Texts | None = field(default=None, hash=False)

    @property
    def verified(self) -> bool:
        """Only an H rule may be shown without "check with a lawyer"."""
        return self.confidence == "H"

    def title_in(self, lang: str) -> str:
        return self.title.get(lang) or self.title["en"]

    def source_in(self, lang: str) -> str:
        """The source for a reader of ``lang``; letters cite ``source`` itself."""
        if self.source_text and self.source_text.get(lang):
            return self.source_text[lang]
        return self.source


@dataclass(frozen=True)
class Jurisdiction:
    """A country's rules, calendar settings and the file they came from."""

    code: str
    name: Texts = field(hash=False)
    time_zone: str
    holidays_country: str
    weekend: frozenset[int]
    non_working: NonWorkingRule
    rules: Mapping[str, Rule] = field(hash=False)
    path: Path | None = None

    def rule(self, key: str) -> Rule:
        """The rule called ``key``; an unknown key lists the ones that exist."""
        try:
            return self.rules[key]
        except KeyError:
            raise ValidationError(
                "rule",
                _("unknown rule {rule!r} in jurisdiction {code!r}; known rules: {known}").format(
                    rule=key, code=self.code, known=", ".join(sorted(self.rules))
                ),
            ) from None

    def rules_for_trigger(self, event_kind: str) -> list[Rule]:
        """Rules an event of this kind starts (an event may start several clocks)."""
        return [rule for rule in self.rules.values() if rule.trigger == event_kind]

    def name_in(self, lang: str) -> str:
        return self.name.get(lang) or self.name["en"]


# --- Loading -----------------------------------------------------------------


class _Checker:
    """Reads one file's parsed TOML, failing with file, rule and field in one line."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, message: str, rule: str | None = None) -> NoReturn:
        if rule is None:
            prefix = _("{file}: field {field!r}").format(file=self.path, field=where)
            dotted = where
        else:
            prefix = _("{file}: rule {rule!r}, field {field!r}").format(
                file=self.path, rule=rule, field=where
            )
            dotted = f"rules.{rule}.{where}"
        line = " ".join(f"{prefix}: {message}".split())
        raise ValidationError(dotted, line)

    def string(self, value: Any, where: str, rule: str | None = None) -> str:
        if not isinstance(value, str) or not value.strip():
            self.fail(where, _("must be a non-empty text, not {value!r}").format(value=value), rule)
        return value.strip()

    def texts(self, value: Any, where: str, rule: str | None = None) -> Texts:
        """A table with exactly one non-empty text per language of the program."""
        if not isinstance(value, dict):
            self.fail(
                where,
                _("must be a table with {langs}").format(langs=", ".join(LANGUAGES)),
                rule,
            )
        unknown = sorted(set(value) - set(LANGUAGES))
        if unknown:
            self.fail(
                where,
                _("unknown language {lang!r}; use {langs}").format(
                    lang=unknown[0], langs=", ".join(LANGUAGES)
                ),
                rule,
            )
        for lang in LANGUAGES:
            if lang not in value:
                self.fail(where, _("missing the {lang!r} text").format(lang=lang), rule)
            self.string(value[lang], f"{where}.{lang}", rule)
        return MappingProxyType({lang: value[lang].strip() for lang in LANGUAGES})

    def confidence(self, value: Any, where: str, rule: str | None = None) -> str:
        if value not in CONFIDENCES:
            self.fail(
                where,
                _("must be one of {values}, not {value!r}").format(
                    values=", ".join(CONFIDENCES), value=value
                ),
                rule,
            )
        return value

    def unknown_keys(
        self, table: dict[str, Any], allowed: frozenset[str], where: str | None, rule: str | None
    ) -> None:
        for key in table:
            if key not in allowed:
                name = f"{where}.{key}" if where else key
                self.fail(
                    name,
                    _("unknown key; allowed: {allowed}").format(allowed=", ".join(sorted(allowed))),
                    rule,
                )


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ValidationError(
            "jurisdiction", _("{file}: no such rules file").format(file=path)
        ) from None
    except OSError as exc:
        raise ValidationError(
            "jurisdiction",
            _("{file}: cannot read the rules file ({error})").format(file=path, error=exc.strerror),
        ) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        detail = " ".join(str(exc).split())
        raise ValidationError(
            "jurisdiction",
            _("{file}: not a valid TOML file: {error}").format(file=path, error=detail),
        ) from None


def _time_zone(check: _Checker, value: Any) -> str:
    zone = check.string(value, "time_zone")
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        # Without a time-zone database (some Windows installs) nothing can be checked.
        if available_timezones():
            check.fail("time_zone", _("unknown time zone {zone!r}").format(zone=zone))
    return zone


def _holidays_country(check: _Checker, value: Any) -> str:
    country = check.string(value, "holidays_country")
    if _is_bundled(check.path) and _COUNTRY.match(country):
        # A bundled file is checked against the holidays package by the test
        # suite; importing the package (every country's module) only to ask
        # would put ~0.3 s on the app's first screen.
        return country
    import holidays

    if country not in holidays.list_supported_countries():
        check.fail(
            "holidays_country",
            _("the holidays package does not know the country {country!r}").format(country=country),
        )
    return country


def _weekend(check: _Checker, value: Any) -> frozenset[int]:
    if value is None:
        return frozenset({6, 7})
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(day, int) and not isinstance(day, bool) for day in value)
        or not all(1 <= day <= 7 for day in value)
        or len(value) >= 7
    ):
        check.fail(
            "weekend",
            _("must list ISO weekday numbers 1-7 (6 = Saturday, 7 = Sunday), not {value!r}").format(
                value=value
            ),
        )
    return frozenset(value)


def _non_working(check: _Checker, value: Any) -> NonWorkingRule:
    if not isinstance(value, dict):
        check.fail("non_working_day", _("must be a table (rule, confidence, source)"))
    check.unknown_keys(value, _NON_WORKING_KEYS, "non_working_day", None)
    rule = value.get("rule")
    if rule not in ON_NON_WORKING:
        check.fail(
            "non_working_day.rule",
            _("must be one of {values}, not {value!r}").format(
                values=", ".join(ON_NON_WORKING), value=rule
            ),
        )
    return NonWorkingRule(
        rule=rule,
        confidence=check.confidence(value.get("confidence"), "non_working_day.confidence"),
        source=check.string(value.get("source"), "non_working_day.source"),
        source_text=(
            check.texts(value["source_text"], "non_working_day.source_text")
            if "source_text" in value
            else None
        ),
        description=(
            check.texts(value["description"], "non_working_day.description")
            if "description" in value
            else None
        ),
    )


def _reminders(check: _Checker, value: Any, rule: str) -> tuple[int, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(
        isinstance(days, int) and not isinstance(days, bool) and 0 <= days <= 366 for days in value
    ):
        check.fail(
            "reminders",
            _("must be a list of whole days before the due date (0-366), not {value!r}").format(
                value=value
            ),
            rule,
        )
    return tuple(sorted(set(value), reverse=True))


def _rule(check: _Checker, key: str, table: Any, code: str, default_on: str) -> Rule:
    if not _RULE_KEY.match(key):
        check.fail("key", _("a rule key is lower-case letters, digits and _"), key)
    if not isinstance(table, dict):
        check.fail("rule", _("must be a table"), key)
    check.unknown_keys(table, frozenset(_RULE_REQUIRED + _RULE_OPTIONAL), None, key)
    for name in _RULE_REQUIRED:
        if name not in table:
            check.fail(name, _("missing"), key)

    trigger = table["trigger"]
    if trigger not in _EVENT_KINDS:
        check.fail(
            "trigger",
            _("unknown event kind {kind!r}; known kinds: {kinds}").format(
                kind=trigger, kinds=", ".join(sorted(_EVENT_KINDS))
            ),
            key,
        )
    try:
        period = parse_period(table["period"])
    except ValidationError as exc:
        check.fail("period", exc.message, key)
    on_non_working = table.get("on_non_working", default_on)
    if on_non_working not in ON_NON_WORKING:
        check.fail(
            "on_non_working",
            _("must be one of {values}, not {value!r}").format(
                values=", ".join(ON_NON_WORKING), value=on_non_working
            ),
            key,
        )
    return Rule(
        key=key,
        jurisdiction=code,
        title=check.texts(table["title"], "title", key),
        trigger=trigger,
        period=period,
        on_non_working=on_non_working,
        source=check.string(table["source"], "source", key),
        confidence=check.confidence(table["confidence"], "confidence", key),
        reminders=_reminders(check, table.get("reminders"), key),
        description=check.texts(table["description"], "description", key)
        if "description" in table
        else None,
        note=check.texts(table["note"], "note", key) if "note" in table else None,
        source_text=check.texts(table["source_text"], "source_text", key)
        if "source_text" in table
        else None,
    )


_COUNTRY = re.compile(r"^[A-Z]{2}$")


def _is_bundled(path: Path | None) -> bool:
    if path is None:
        return False
    folder = resource_path("jurisdictions")
    return path.resolve().parent == folder.resolve()


def parse_jurisdiction(data: dict[str, Any], path: Path) -> Jurisdiction:
    """Build a Jurisdiction from parsed TOML; ``path`` names the file in errors."""
    check = _Checker(path)
    check.unknown_keys(data, _TOP_KEYS, None, None)
    if data.get("schema", SCHEMA) != SCHEMA:
        check.fail(
            "schema",
            _("this program reads rules files of schema {schema}, not {value!r}").format(
                schema=SCHEMA, value=data.get("schema")
            ),
        )
    code = check.string(data.get("code"), "code")
    if not _CODE.match(code):
        check.fail("code", _("a code is 2-16 lower-case letters or digits, like 'kz'"))
    non_working = _non_working(check, data.get("non_working_day"))
    rules_table = data.get("rules")
    if not isinstance(rules_table, dict) or not rules_table:
        check.fail("rules", _("the file must define at least one rule under [rules.<key>]"))
    rules = {
        key: _rule(check, key, table, code, non_working.rule) for key, table in rules_table.items()
    }
    return Jurisdiction(
        code=code,
        name=check.texts(data.get("name"), "name"),
        time_zone=_time_zone(check, data.get("time_zone")),
        holidays_country=_holidays_country(check, data.get("holidays_country")),
        weekend=_weekend(check, data.get("weekend")),
        non_working=non_working,
        rules=MappingProxyType(rules),
        path=path,
    )


def load_jurisdiction_file(path: str | Path) -> Jurisdiction:
    """Load any rules file (not cached: a file being edited is read afresh each time)."""
    path = Path(path)
    return parse_jurisdiction(_read_toml(path), path)


def known_jurisdictions() -> list[str]:
    """Codes of the rules files bundled with the program."""
    folder = resource_path("jurisdictions")
    return sorted(p.stem for p in folder.glob("*.toml")) if folder.is_dir() else []


@lru_cache(maxsize=16)
def load_jurisdiction(code: str = DEFAULT_CODE) -> Jurisdiction:
    """A bundled jurisdiction by code, read once per process."""
    if not isinstance(code, str) or not _CODE.match(code):
        raise ValidationError(
            "jurisdiction", _("{code!r} is not a jurisdiction code").format(code=code)
        )
    path = resource_path("jurisdictions", f"{code}.toml")
    if not path.is_file():
        raise ValidationError(
            "jurisdiction",
            _("no rules file for jurisdiction {code!r}; known: {known}").format(
                code=code, known=", ".join(known_jurisdictions()) or "-"
            ),
        )
    jurisdiction = load_jurisdiction_file(path)
    if jurisdiction.code != code:
        raise ValidationError(
            "code",
            _("{file}: field 'code': says {found!r} but the file is named {code!r}").format(
                file=path, found=jurisdiction.code, code=code
            ),
        )
    return jurisdiction


def clear_cache() -> None:
    """Forget loaded jurisdictions (after a rules file changed on disk)."""
    load_jurisdiction.cache_clear()
