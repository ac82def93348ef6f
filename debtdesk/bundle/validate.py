"""Check a parsed bundle without touching the database, and clean every value.

Every data field goes through the services' own field rules (``spec``), and
the checks the services make across fields are made here too, reusing their
functions. A problem is reported as ``ValidationError`` whose field is the
record's path, e.g. ``cases[3].debtor.iin`` (list positions count from 0), so a
person can find it in the file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any, cast

from debtdesk.bundle import spec
from debtdesk.bundle.codec import Memo, Uuid
from debtdesk.errors import ValidationError
from debtdesk.i18n import _
from debtdesk.model import Loan
from debtdesk.services import debtors, loans
from debtdesk.services.fields import clean

_TOP_KEYS = ("format", "version", "exported_at", "app_version", "cases", *dict(spec.SHARED))
_UUID = Uuid()
_LINK = Uuid(required=False)
_LINK_REQUIRED = Uuid(required=True)


@dataclass
class Item:
    """One cleaned record: its values (fields and timestamps), links as UUIDs, children."""

    kind: spec.Kind
    path: str
    uuid: str
    values: dict[str, Any]
    links: dict[str, str | None]
    children: dict[str, list[Item]] = field(default_factory=dict)


@dataclass
class CasePlan:
    path: str
    debtor: Item
    lists: dict[str, list[Item]]

    def items(self) -> list[Item]:
        """Every record of the case but the debtor, nested ones included."""
        out: list[Item] = []
        for items in self.lists.values():
            for item in items:
                out.append(item)
                for children in item.children.values():
                    out.extend(children)
        return out


@dataclass
class Plan:
    """A bundle that passed every check that needs no database."""

    shared: dict[str, list[Item]]  # kind name -> records
    cases: list[CasePlan]
    # Links to shared records: (path of the link, kind name, uuid), in file order.
    shared_links: list[tuple[str, str, str]]


def _fail(path: str, message: str) -> ValidationError:
    return ValidationError(path, message)


def _rewrap(path: str, exc: ValidationError) -> ValidationError:
    return ValidationError(f"{path}.{exc.field}", exc.message)


def _mapping(value: Any, path: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise _fail(path, _("must be a JSON object"))
    return value


def _list(value: Any, path: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise _fail(path, _("must be a JSON list"))
    return value


class _Checker:
    def __init__(self) -> None:
        self.seen: dict[str, dict[str, str]] = {}  # kind name -> uuid -> path
        self.shared_links: list[tuple[str, str, str]] = []
        # The services' rules, each wrapped to remember its answers for this import.
        self.schemas: dict[str, dict[str, Memo]] = {}
        self.stamps = {name: Memo(rule) for name, rule in spec.TIMESTAMPS.items()}

    def schema(self, kind: spec.Kind) -> dict[str, Memo]:
        if kind.name not in self.schemas:
            self.schemas[kind.name] = {name: Memo(rule) for name, rule in kind.fields.items()}
        return self.schemas[kind.name]

    def item(self, kind: spec.Kind, raw: Any, path: str) -> Item:
        record = dict(_mapping(raw, path))
        try:
            uuid = _UUID.clean("uuid", record.pop("uuid", None))
            assert uuid is not None
            links = {}
            for link in kind.links:
                rule = _LINK_REQUIRED if link.required else _LINK
                links[link.key] = rule.clean(link.key, record.pop(link.key, None))
            stamps = {k: rule.clean(k, record.pop(k, None)) for k, rule in self.stamps.items()}
            raw_children = {key: record.pop(key, None) for key, _child in kind.children}
            values = clean(self.schema(kind), record, creating=True)
        except ValidationError as exc:
            raise _rewrap(path, exc) from None
        values.update(stamps)
        earlier = self.seen.setdefault(kind.name, {}).get(uuid)
        if earlier is not None:
            raise _fail(
                f"{path}.uuid",
                _("the same uuid is used again (first at {other})").format(other=earlier),
            )
        self.seen[kind.name][uuid] = path
        item = Item(kind, path, uuid, values, links)
        for key, child in kind.children:
            item.children[key] = [
                self.item(child, r, f"{path}.{key}[{n}]")
                for n, r in enumerate(_list(raw_children[key], f"{path}.{key}"))
            ]
        for link in kind.links:
            target = links[link.key]
            if target is not None and link.target in spec.SHARED_KINDS:
                self.shared_links.append((f"{path}.{link.key}", link.target, target))
        return item

    def case(self, raw: Any, path: str) -> CasePlan:
        record = _mapping(raw, path)
        allowed = {"debtor", *(key for key, _kind in spec.CASE_LISTS)}
        unknown = [k for k in record if k not in allowed]
        if unknown:
            raise _fail(f"{path}.{unknown[0]}", _("unknown field"))
        if "debtor" not in record:
            raise _fail(f"{path}.debtor", _("this field is required"))
        debtor = self.item(spec.DEBTOR, record["debtor"], f"{path}.debtor")
        try:
            # The services' cross-field check (minors against household size).
            debtors.check_household(cast(Any, None), debtor.values, None)
        except ValidationError as exc:
            raise _rewrap(f"{path}.debtor", exc) from None
        lists = {
            key: [
                self.item(kind, r, f"{path}.{key}[{n}]")
                for n, r in enumerate(_list(record.get(key), f"{path}.{key}"))
            ]
            for key, kind in spec.CASE_LISTS
        }
        plan = CasePlan(path, debtor, lists)
        _check_case(plan)
        return plan


def _check_case(case: CasePlan) -> None:
    """Links inside a case stay inside it; dates respect the loan's contract date."""
    own: dict[str, dict[str, Item]] = {}
    for item in case.items():
        own.setdefault(item.kind.name, {})[item.uuid] = item
    for item in case.items():
        for link in item.kind.links:
            target = item.links[link.key]
            if target is None or link.target in spec.SHARED_KINDS:
                continue
            if target not in own.get(link.target, {}):
                raise _fail(
                    f"{item.path}.{link.key}",
                    _("no {kind} with uuid {uuid} in this case").format(
                        kind=link.target, uuid=target
                    ),
                )
    for loan in case.lists["loans"]:
        contract = SimpleNamespace(contract_date=loan.values.get("contract_date"))
        for key, day_field in (("payments", "date"), ("statements", "as_of")):
            for child in loan.children[key]:
                if child.values.get("currency") is None:  # as the services default it
                    child.values["currency"] = loan.values.get("currency")
                try:
                    loans.not_before_contract(
                        cast(Loan, contract), child.values.get(day_field), day_field
                    )
                except ValidationError as exc:
                    raise _rewrap(child.path, exc) from None
    proceedings = own.get("proceeding", {})
    for item in case.lists["proceedings"]:
        seen = {item.uuid}
        parent = item.links["parent"]
        while parent is not None:
            if parent in seen:
                raise _fail(
                    f"{item.path}.parent",
                    _("proceedings cannot be each other's parents (a loop)"),
                )
            seen.add(parent)
            parent = proceedings[parent].links["parent"]
    for item in case.lists["attachments"]:
        content: bytes = item.values["content"]
        if item.values["size"] != len(content):
            raise _fail(f"{item.path}.size", _("does not match the file's contents"))
        if item.values["sha256"].lower() != hashlib.sha256(content).hexdigest():
            raise _fail(f"{item.path}.sha256", _("does not match the file's contents"))


def check_bundle(data: Any) -> Plan:
    """Check the whole parsed bundle; the first problem raises ``ValidationError``."""
    top = _mapping(data, "bundle")
    if top.get("format") != spec.FORMAT:
        message = _("not a debtdesk bundle (format must be {f!r})")
        raise _fail("format", message.format(f=spec.FORMAT))
    version = top.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise _fail("version", _("missing or not a whole number"))
    if version != spec.VERSION:
        raise _fail(
            "version",
            _("this bundle is version {v}; this debtdesk reads version {mine}").format(
                v=version, mine=spec.VERSION
            ),
        )
    unknown = [k for k in top if k not in _TOP_KEYS]
    if unknown:
        raise _fail(unknown[0], _("unknown field"))
    if "cases" not in top:
        raise _fail("cases", _("this field is required"))
    checker = _Checker()
    shared: dict[str, list[Item]] = {}
    for key, kind in spec.SHARED:
        shared[kind.name] = [
            checker.item(kind, r, f"{key}[{n}]") for n, r in enumerate(_list(top.get(key), key))
        ]
    names: dict[str, str] = {}
    for item in shared["advisor"]:
        earlier = names.setdefault(item.values["name"], item.path)
        if earlier != item.path:
            raise _fail(
                f"{item.path}.name",
                _("two advisors with the same name (also at {other})").format(other=earlier),
            )
    cases = [checker.case(r, f"cases[{n}]") for n, r in enumerate(_list(top["cases"], "cases"))]
    numbers: dict[str, str] = {}
    for case in cases:
        for item in case.lists["documents"]:
            earlier = numbers.setdefault(item.values["outgoing_no"], item.path)
            if earlier != item.path:
                raise _fail(
                    f"{item.path}.outgoing_no",
                    _("the same letter number is used twice (also at {other})").format(
                        other=earlier
                    ),
                )
    return Plan(shared, cases, checker.shared_links)
