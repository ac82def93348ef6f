"""The household behind a case: its size, children, vulnerability, home and budget.

The budget lines follow the Standard Financial Statement's split (income and
expenditure per month, in tenge) with figures of a 2020s Kazakh household, so
a deferral application drafted from a demo case shows the usual picture: the
family can pay something, never what the bank claims. Categories are stored
as language-neutral keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from random import Random

from debtdesk.demo import places
from debtdesk.demo.names import Person
from debtdesk.demo.places import City
from debtdesk.demo.rand import Weighted
from debtdesk.vocab import PropertyKind, VulnerableStatus

_SIZES = Weighted((1, 2, 3, 4, 5, 6, 7, 8), (8, 15, 22, 25, 15, 8, 5, 2))


@dataclass(frozen=True)
class Household:
    size: int
    minors: int
    vulnerable: str
    age: int


def household(rng: Random, person: Person, on: date) -> Household:
    size = _SIZES.pick(rng)
    age = (
        on.year - person.birth.year - ((on.month, on.day) < (person.birth.month, person.birth.day))
    )
    if size == 1:
        minors = 0
    elif age < 55:
        minors = rng.randint(0, min(size - 1, 5))
    else:  # grandchildren often live with their grandparents
        minors = rng.randint(0, min(size - 2, 3)) if size > 2 else 0
    roll = rng.random()
    if age >= (63 if person.male else 61) and roll < 0.7:
        vulnerable = VulnerableStatus.PENSIONER
    elif minors >= 4:
        vulnerable = VulnerableStatus.LARGE_FAMILY
    elif roll < 0.07:
        vulnerable = VulnerableStatus.DISABILITY
    elif roll < 0.15 and minors and size - minors == 1:
        vulnerable = VulnerableStatus.SINGLE_PARENT
    elif roll < 0.2:
        vulnerable = VulnerableStatus.SOCIALLY_VULNERABLE
    else:
        vulnerable = VulnerableStatus.NONE
    return Household(size, minors, vulnerable, age)


def language(rng: Random, person: Person) -> str:
    """The language the family wants its letters in: mostly Kazakh or Russian."""
    roll = rng.random()
    if person.kazakh:
        return "kk" if roll < 0.6 else "ru" if roll < 0.985 else "en"
    return "ru" if roll < 0.95 else "kk" if roll < 0.985 else "en"


@dataclass(frozen=True)
class Home:
    kind: str
    address: str
    area: Decimal
    sole_home: bool
    unfinished: bool

    def describe(self) -> str:
        """The collateral as a loan agreement names it."""
        what = {
            PropertyKind.APARTMENT: "Квартира",
            PropertyKind.HOUSE: "Жилой дом с земельным участком",
            PropertyKind.LAND: "Земельный участок",
        }.get(self.kind, "Недвижимость")
        if self.unfinished:
            what += " (долевое участие, дом не достроен)"
        return f"{what}, {self.address}, {self.area} м²"


def home(rng: Random, city: City) -> Home:
    roll = rng.random()
    kind = (
        PropertyKind.APARTMENT
        if roll < 0.72
        else PropertyKind.HOUSE
        if roll < 0.95
        else PropertyKind.LAND
    )
    if kind == PropertyKind.APARTMENT:
        area = Decimal(rng.randint(300, 1150)).scaleb(-1)
    elif kind == PropertyKind.HOUSE:
        area = Decimal(rng.randint(60, 220))
    else:
        area = Decimal(rng.choice((600, 800, 1000, 1200)))
    address = places.street_address(rng, city, house=kind != PropertyKind.APARTMENT)
    return Home(
        kind=kind,
        address=address,
        area=area,
        sole_home=rng.random() < 0.88,
        unfinished=kind == PropertyKind.APARTMENT and rng.random() < 0.04,
    )


def _tenge(rng: Random, low: int, high: int) -> Decimal:
    """A monthly amount in whole hundreds of tenge."""
    return Decimal(rng.randint(low // 100, high // 100) * 100)


def budget(rng: Random, hh: Household, *, other_debts: bool) -> list[tuple[str, str, Decimal]]:
    """(kind, category, monthly tenge) lines of the household."""
    lines: list[tuple[str, str, Decimal]] = []
    adults = hh.size - hh.minors
    pensioner = hh.vulnerable == VulnerableStatus.PENSIONER
    if not pensioner and rng.random() < 0.8:
        lines.append(("income", "salary", _tenge(rng, 85000, 450000)))
    if adults >= 2 and rng.random() < 0.5:
        lines.append(("income", "salary", _tenge(rng, 70000, 300000)))
    if pensioner or (adults >= 3 and rng.random() < 0.3):
        lines.append(("income", "pension", _tenge(rng, 65000, 190000)))
    if hh.minors:
        high = 120000 if hh.vulnerable == VulnerableStatus.LARGE_FAMILY else 60000
        lines.append(("income", "benefits", _tenge(rng, 20000, high)))
    elif hh.vulnerable == VulnerableStatus.DISABILITY:
        lines.append(("income", "benefits", _tenge(rng, 40000, 110000)))
    if rng.random() < 0.2:
        lines.append(("income", "self_employment", _tenge(rng, 40000, 250000)))
    lines.append(("expense", "food", _tenge(rng, 35000, 50000) * hh.size))
    lines.append(("expense", "utilities", _tenge(rng, 15000, 55000)))
    if rng.random() < 0.8:
        lines.append(("expense", "transport", _tenge(rng, 8000, 45000)))
    if hh.minors:
        lines.append(("expense", "children", _tenge(rng, 12000, 40000) * hh.minors))
    sick = pensioner or hh.vulnerable == VulnerableStatus.DISABILITY
    if sick or rng.random() < 0.4:
        lines.append(
            ("expense", "medicine", _tenge(rng, 20000, 70000) if sick else _tenge(rng, 5000, 25000))
        )
    if other_debts:
        lines.append(("expense", "other_debts", _tenge(rng, 20000, 120000)))
    return lines
