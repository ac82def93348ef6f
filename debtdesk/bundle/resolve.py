"""Hold a checked bundle against the database: what is reused, skipped, replaced, new.

Only reads. Every problem found here is still found before anything is written:
a link to a creditor, court or advisor that is neither in the bundle nor in the
database, a record UUID already used by another case, a letter number taken.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from debtdesk.bundle import spec
from debtdesk.bundle.export import chunks, owner_filter
from debtdesk.bundle.validate import CasePlan, Item, Plan
from debtdesk.errors import ValidationError
from debtdesk.i18n import _
from debtdesk.model import Advisor, Debtor, Document, Entity

# Above this many UUIDs, reading a table's whole UUID column is cheaper than IN lists.
_SCAN_ABOVE = 5000


@dataclass(frozen=True)
class CaseRef:
    """A case named for a person: its UUID, the debtor's name, its id in the database."""

    uuid: str
    full_name: str
    id: int | None = None


@dataclass
class Resolution:
    plan: Plan
    replace: bool
    # Shared records already in the database: kind name -> bundle uuid -> id.
    shared_ids: dict[str, dict[str, int]]
    new_shared: dict[str, list[Item]]
    cases: list[CasePlan]  # the cases to write
    replaced: dict[str, int]  # debtor uuid -> id of the case to delete first
    skipped: list[CaseRef] = field(default_factory=list)


def existing_uuids(session: Session, model: type[Entity], uuids: Collection[str]) -> dict[str, int]:
    """Which of ``uuids`` the table of ``model`` already holds, with their ids."""
    if not uuids:
        return {}
    wanted = set(uuids)
    if len(wanted) > _SCAN_ABOVE:
        rows = session.execute(select(model.uuid, model.id))
        return {u: i for u, i in rows if u in wanted}
    out: dict[str, int] = {}
    for chunk in chunks(sorted(wanted)):
        rows = session.execute(select(model.uuid, model.id).where(model.uuid.in_(chunk)))
        out.update({u: i for u, i in rows})
    return out


def _owned_uuids(session: Session, kind: spec.Kind, debtor_ids: list[int]) -> set[str]:
    out: set[str] = set()
    table = kind.model.__table__
    for chunk in chunks(debtor_ids):
        out.update(session.scalars(select(table.c.uuid).where(owner_filter(kind, chunk))))
    return out


def _shared(
    session: Session, plan: Plan
) -> tuple[dict[str, dict[str, int]], dict[str, list[Item]]]:
    ids: dict[str, dict[str, int]] = {}
    new: dict[str, list[Item]] = {}
    for _key, kind in spec.SHARED:
        items = plan.shared[kind.name]
        found = existing_uuids(session, kind.model, [i.uuid for i in items])
        if kind is spec.ADVISOR:
            # Advisor names are unique: the same volunteer recorded on another
            # laptop (under another UUID) is the same advisor here.
            by_name = dict(
                session.execute(
                    select(Advisor.name, Advisor.id).where(
                        Advisor.name.in_([i.values["name"] for i in items if i.uuid not in found])
                    )
                ).all()
            )
            for item in items:
                if item.uuid not in found and item.values["name"] in by_name:
                    found[item.uuid] = by_name[item.values["name"]]
        ids[kind.name] = found
        new[kind.name] = [i for i in items if i.uuid not in found]
    # Links to shared records the bundle does not carry must find them in the database.
    in_bundle = {kind.name: {i.uuid for i in plan.shared[kind.name]} for _k, kind in spec.SHARED}
    outside: dict[str, set[str]] = {name: set() for name in in_bundle}
    for _path, kind_name, uuid in plan.shared_links:
        if uuid not in in_bundle[kind_name]:
            outside[kind_name].add(uuid)
    for kind_name, uuids in outside.items():
        ids[kind_name].update(existing_uuids(session, spec.KINDS[kind_name].model, uuids))
    for path, kind_name, uuid in plan.shared_links:
        if uuid not in in_bundle[kind_name] and uuid not in ids[kind_name]:
            raise ValidationError(
                path,
                _("no {kind} with uuid {uuid} in the bundle or in the database").format(
                    kind=kind_name, uuid=uuid
                ),
            )
    return ids, new


def _check_collisions(session: Session, cases: list[CasePlan], replaced: list[int]) -> None:
    """A record UUID or letter number of another case in the database stops the import."""
    by_kind: dict[str, list[Item]] = {}
    for case in cases:
        for item in case.items():
            by_kind.setdefault(item.kind.name, []).append(item)
    for name, items in by_kind.items():
        kind = spec.KINDS[name]
        taken = existing_uuids(session, kind.model, [i.uuid for i in items])
        if not taken:
            continue
        allowed = _owned_uuids(session, kind, replaced) if replaced else set()
        for item in items:
            if item.uuid in taken and item.uuid not in allowed:
                raise ValidationError(
                    f"{item.path}.uuid",
                    _("a {kind} with this uuid already belongs to another case").format(kind=name),
                )
    documents = by_kind.get("document", [])
    numbers = {i.values["outgoing_no"]: i for i in documents}
    taken_numbers: dict[str, int] = {}
    for chunk in chunks(sorted(numbers)):
        taken_numbers.update(
            session.execute(
                select(Document.outgoing_no, Document.debtor_id).where(
                    Document.outgoing_no.in_(chunk)
                )
            ).all()
        )
    for number, item in numbers.items():
        owner = taken_numbers.get(number)
        if owner is not None and owner not in replaced:
            raise ValidationError(
                f"{item.path}.outgoing_no",
                _("letter number {no} is already used by another letter").format(no=number),
            )


def resolve(session: Session, plan: Plan, *, replace: bool) -> Resolution:
    """Decide what the import will do; raises ``ValidationError`` on the first conflict."""
    shared_ids, new_shared = _shared(session, plan)
    present = existing_uuids(session, Debtor, [c.debtor.uuid for c in plan.cases])
    cases: list[CasePlan] = []
    replaced: dict[str, int] = {}
    skipped: list[CaseRef] = []
    for case in plan.cases:
        debtor_id = present.get(case.debtor.uuid)
        if debtor_id is None:
            cases.append(case)
        elif replace:
            replaced[case.debtor.uuid] = debtor_id
            cases.append(case)
        else:
            skipped.append(CaseRef(case.debtor.uuid, case.debtor.values["full_name"], debtor_id))
    _check_collisions(session, cases, sorted(replaced.values()))
    return Resolution(plan, replace, shared_ids, new_shared, cases, replaced, skipped)


def case_refs(cases: Iterable[CasePlan], ids: dict[str, int]) -> list[CaseRef]:
    return [
        CaseRef(c.debtor.uuid, c.debtor.values["full_name"], ids.get(c.debtor.uuid)) for c in cases
    ]
