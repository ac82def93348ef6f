"""The demo group's advisors, the creditors and the courts every demo case shares.

They come from a fixed random stream, independent of the seed, so every demo
database has the same advisors, banks and courts, and a second ``demo`` run
reuses them (found by name) instead of making copies. Creditors and advisors
say "демо" in their names: nobody should mistake them for a real bank or a
real volunteer. Court names follow the real naming patterns with invented
numbering and addresses; the courts' codes and judges are invented.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from random import Random
from typing import Any

from sqlalchemy import Connection, Table, select

from debtdesk.demo import names, places
from debtdesk.demo.places import City
from debtdesk.demo.rows import IdAllocator, new_uuid
from debtdesk.model import Advisor, Court, Creditor
from debtdesk.text import fold
from debtdesk.vocab import CreditorKind

# When the demo institutions were "registered": before any demo intake.
REGISTERED = datetime(2015, 12, 1, 4, 0)

# (name, kind, address) — all invented; "демо" marks each as demo data.
CREDITORS: tuple[tuple[str, str, str], ...] = (
    ("АО «Демо Банк Алматы»", "bank", "г. Алматы, пр. Абая, д. 151"),
    ("АО «Степной Ипотечный Банк (демо)»", "bank", "г. Астана, пр. Республики, д. 24"),
    ("АО «Демо-Банк Сарыарка»", "bank", "г. Караганда, ул. Бухар жырау, д. 47"),
    ("АО «Алтын Орда Банк (демо)»", "bank", "г. Алматы, ул. Желтоксан, д. 96"),
    ("АО «Демо Үй Ипотека»", "bank", "г. Алматы, ул. Толе би, д. 59"),
    ("АО «Торгово-Промышленный Демо Банк»", "bank", "г. Шымкент, ул. Байтурсынова, д. 12"),
    ("ТОО «Коллекторское агентство «Демо-Актив»»", "collector", "г. Алматы, ул. Гоголя, д. 39"),
    ("ТОО «КА «Северный Долг (демо)»»", "collector", "г. Петропавловск, ул. Мира, д. 8"),
    ("АО «Демо Фонд стрессовых активов»", "collector", "г. Астана, ул. Кенесары, д. 40"),
    ("ТОО «МФО «Демо Займ»»", "microfinance", "г. Алматы, ул. Сатпаева, д. 30А"),
    ("ТОО «МФО «Быстрые Деньги (демо)»»", "microfinance", "г. Астана, ул. Сейфуллина, д. 5"),
)
SUPREME_COURT = "Верховный Суд Республики Казахстан"
SUPREME_CODE = "6001"


@dataclass(frozen=True)
class CourtRef:
    id: int
    name: str
    code: str  # four digits at the start of its case numbers
    judges: tuple[str, ...]


@dataclass(frozen=True)
class AdvisorRef:
    id: int
    name: str
    short: str  # "Айгүл С.": how attendees are written


@dataclass(frozen=True)
class CreditorRef:
    id: int
    name: str
    kind: str


@dataclass(frozen=True)
class CityDesk:
    """What a case in one city needs: its courts, advisors and bailiffs."""

    city: City
    district_courts: tuple[CourtRef, ...]
    appeal_court: CourtRef
    economic_court: CourtRef
    advisors: tuple[AdvisorRef, ...]
    bailiffs: tuple[str, ...]


@dataclass(frozen=True)
class Catalog:
    desks: dict[str, CityDesk]
    supreme_court: CourtRef
    banks: tuple[CreditorRef, ...]
    collectors: tuple[CreditorRef, ...]
    microfinance: tuple[CreditorRef, ...]


@dataclass
class _CourtPlan:
    name: str
    city: str
    address: str
    code: str
    judges: tuple[str, ...]


def _short_person(rng: Random) -> str:
    male = rng.random() < 0.5
    make = names.kazakh_name if rng.random() < 0.55 else names.russian_name
    return names.short_name(*make(rng, male))


def _district_court_names(city: City) -> list[str]:
    if city.districts:
        out: list[str] = []
        for i, (adjective, genitive) in enumerate(city.districts):
            if i % 3 == 1:
                out.append(f"Районный суд №2 {genitive} района г. {city.genitive}")
            else:
                out.append(f"{adjective} районный суд г. {city.genitive}")
        return out
    return [f"Районный суд №{n} г. {city.genitive}" for n in (1, 2)]


def _court_plans(rng: Random) -> tuple[dict[str, list[_CourtPlan]], _CourtPlan]:
    """Per city: district courts, then the appeal court, then the economic court."""
    plans: dict[str, list[_CourtPlan]] = {}
    for city in places.CITIES:
        court_names = _district_court_names(city)
        court_names.append(city.appeal_court)
        court_names.append(f"Специализированный межрайонный экономический суд г. {city.genitive}")
        codes = [f"{city.region}{11 + i}" for i in range(len(court_names) - 2)]
        codes += [f"{city.region}99", f"{city.region}90"]
        plans[city.name] = [
            _CourtPlan(
                name,
                city.name,
                places.street_address(rng, city, house=True),
                code,
                tuple(_short_person(rng) for _ in range(4)),
            )
            for name, code in zip(court_names, codes, strict=True)
        ]
    supreme = _CourtPlan(
        SUPREME_COURT,
        "Астана",
        "г. Астана, пр. Тауелсиздик, д. 39",
        SUPREME_CODE,
        tuple(_short_person(rng) for _ in range(6)),
    )
    return plans, supreme


def _advisor_plans(rng: Random) -> dict[str, list[tuple[str, str, str]]]:
    """Per city: (name, short name, phone) of its demo advisors."""
    taken: set[str] = set()
    out: dict[str, list[tuple[str, str, str]]] = {}
    for city in places.CITIES:
        count = 3 if city.weight >= 10 else 2 if city.weight >= 4 else 1
        people: list[tuple[str, str, str]] = []
        while len(people) < count:
            male = rng.random() < 0.45
            make = names.kazakh_name if rng.random() < 0.6 else names.russian_name
            surname, first, _patronymic = make(rng, male)
            name = f"{first} {surname} (демо)"
            if name in taken:
                continue
            taken.add(name)
            people.append((name, f"{first} {surname[0]}.", places.mobile_phone(rng)))
        out[city.name] = people
    return out


def _bailiffs(rng: Random) -> dict[str, tuple[str, ...]]:
    return {
        city.name: tuple(
            f"ЧСИ {_short_person(rng)}, исполнительный округ г. {city.genitive}, "
            f"тел. {places.spaced_phone(places.mobile_phone(rng))}"
            for _ in range(3)
        )
        for city in places.CITIES
    }


def _bin(rng: Random) -> str:
    """An invented business identification number (12 digits, legal-entity form)."""
    return f"{rng.randint(95, 99):02d}{rng.randint(1, 12):02d}40{rng.randrange(10**6):06d}"


def ensure_catalog(conn: Connection, ids: IdAllocator) -> Catalog:
    """Add the demo advisors, creditors and courts this database lacks; return them all."""
    rng = Random("debtdesk-demo-institutions")
    court_plans, supreme_plan = _court_plans(rng)
    advisor_plans = _advisor_plans(rng)
    bailiffs = _bailiffs(rng)
    creditor_bins = [_bin(rng) for _ in CREDITORS]
    uuid_rng = Random("debtdesk-demo-institution-uuids")

    advisor_ids = _ensure(
        conn,
        ids,
        uuid_rng,
        Advisor.__table__,
        "name",
        [
            {
                "name": name,
                "local_group": f"Демо-группа г. {places.CITIES_BY_NAME[city].genitive}",
                "phone": phone,
                "active": True,
            }
            for city, people in advisor_plans.items()
            for name, _short, phone in people
        ],
    )
    advisors = {
        city: tuple(AdvisorRef(advisor_ids[name], name, short) for name, short, _p in people)
        for city, people in advisor_plans.items()
    }

    creditor_ids = _ensure(
        conn,
        ids,
        uuid_rng,
        Creditor.__table__,
        "name_key",
        [
            {"name": name, "name_key": fold(name), "kind": kind, "bin": bin_, "address": address}
            for (name, kind, address), bin_ in zip(CREDITORS, creditor_bins, strict=True)
        ],
    )
    refs = [CreditorRef(creditor_ids[fold(name)], name, kind) for name, kind, _address in CREDITORS]

    all_courts = [p for plans in court_plans.values() for p in plans] + [supreme_plan]
    court_ids = _ensure(
        conn,
        ids,
        uuid_rng,
        Court.__table__,
        "name_key",
        [
            {"name": p.name, "name_key": fold(p.name), "city": p.city, "address": p.address}
            for p in all_courts
        ],
    )

    def ref(plan: _CourtPlan) -> CourtRef:
        return CourtRef(court_ids[fold(plan.name)], plan.name, plan.code, plan.judges)

    desks = {
        city.name: CityDesk(
            city=city,
            district_courts=tuple(ref(p) for p in court_plans[city.name][:-2]),
            appeal_court=ref(court_plans[city.name][-2]),
            economic_court=ref(court_plans[city.name][-1]),
            advisors=advisors[city.name],
            bailiffs=bailiffs[city.name],
        )
        for city in places.CITIES
    }
    return Catalog(
        desks=desks,
        supreme_court=ref(supreme_plan),
        banks=tuple(r for r in refs if r.kind == CreditorKind.BANK),
        collectors=tuple(r for r in refs if r.kind == CreditorKind.COLLECTOR),
        microfinance=tuple(r for r in refs if r.kind == CreditorKind.MICROFINANCE),
    )


def _ensure(
    conn: Connection,
    ids: IdAllocator,
    uuid_rng: Random,
    table: Table,
    key: str,
    wanted: Sequence[dict[str, Any]],
) -> dict[str, int]:
    """Ids by ``key`` of the ``wanted`` rows, inserting those the table lacks.

    A UUID is drawn for every wanted row, present or not, so a demo institution
    gets the same UUID in every database; one already taken (a renamed demo
    bank) is skipped rather than reused.
    """
    have: dict[str, int] = {}
    for value, row_id in conn.execute(select(table.c[key], table.c.id).order_by(table.c.id)):
        have.setdefault(value, row_id)  # the first of equal names, as find_or_create does
    taken = set(conn.execute(select(table.c.uuid)).scalars())
    new_rows: list[dict[str, Any]] = []
    for values in wanted:
        uuid = new_uuid(uuid_rng)
        if values[key] in have:
            continue
        while uuid in taken:
            uuid = new_uuid(uuid_rng)
        row_id = ids.next(table.name)
        have[values[key]] = row_id
        new_rows.append(
            {
                "id": row_id,
                "uuid": uuid,
                "created_at": REGISTERED,
                "updated_at": REGISTERED,
                "version": 1,
            }
            | values
        )
    if new_rows:
        conn.execute(table.insert(), new_rows)
    return have
