"""The household's monthly income and expenditure, Standard Financial Statement style.

What the family can really pay is the surplus of a month — income less the
necessary expenses — and it is set beside the subsistence minimum of the year
(per person, a setting like the MRP), because a court weighing a deferral asks
first whether the family would be left below it. Lines in another currency are
converted at the rate of the statement's date; a missing rate is an error, not
a silent omission.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from debtdesk.errors import ValidationError
from debtdesk.finance.amounts import checked_money, to_cents, total
from debtdesk.finance.rates import RateTable
from debtdesk.i18n import _
from debtdesk.vocab import BudgetKind

# The Standard Financial Statement's order; other categories follow, alphabetically.
INCOME_ORDER = (
    "salary", "self_employment", "pension", "benefits", "alimony", "rent_income", "other",
)  # fmt: skip
EXPENSE_ORDER = (
    "rent", "utilities", "food", "transport", "children", "education", "medicine",
    "communication", "clothing", "other_debts", "other",
)  # fmt: skip


@dataclass(frozen=True)
class BudgetLineFact:
    kind: str  # income | expense
    category: str
    amount: Decimal  # a month's amount in ``currency``
    currency: str = "KZT"


@dataclass(frozen=True)
class CategoryTotal:
    category: str
    amount: Decimal  # tenge a month
    lines: int


@dataclass(frozen=True)
class Budget:
    on: date
    household_size: int | None
    minors: int | None
    income: tuple[CategoryTotal, ...]
    expenses: tuple[CategoryTotal, ...]
    subsistence_minimum: Decimal | None  # per person a month, of ``on``'s year

    @property
    def income_total(self) -> Decimal:
        return total(c.amount for c in self.income)

    @property
    def expense_total(self) -> Decimal:
        return total(c.amount for c in self.expenses)

    @property
    def surplus(self) -> Decimal:
        """Income less expenses; negative is a deficit."""
        return self.income_total - self.expense_total

    @property
    def deficit(self) -> bool:
        return self.surplus < 0

    @property
    def income_per_person(self) -> Decimal | None:
        if not self.household_size:
            return None
        return to_cents(self.income_total / self.household_size)

    @property
    def household_minimum(self) -> Decimal | None:
        """The subsistence minimum of the whole household (minimum × persons)."""
        if self.subsistence_minimum is None or not self.household_size:
            return None
        return self.subsistence_minimum * self.household_size

    @property
    def below_minimum(self) -> bool | None:
        """Income per person under the year's subsistence minimum (None: cannot tell)."""
        per_person = self.income_per_person
        if per_person is None or self.subsistence_minimum is None:
            return None
        return per_person < self.subsistence_minimum


def _grouped(lines: list[tuple[str, Decimal]], order: tuple[str, ...]) -> tuple[CategoryTotal, ...]:
    sums: dict[str, list[Decimal]] = {}
    for category, amount in lines:
        sums.setdefault(category, []).append(amount)
    rank = {c: n for n, c in enumerate(order)}
    keys = sorted(sums, key=lambda c: (rank.get(c, len(order)), c))
    return tuple(CategoryTotal(c, total(sums[c]), len(sums[c])) for c in keys)


def household_budget(
    lines: Iterable[BudgetLineFact],
    on: date,
    rates: RateTable,
    *,
    household_size: int | None,
    minors: int | None = None,
    subsistence_minimum: Decimal | None = None,
) -> Budget:
    """The month's budget of a household as of ``on`` (conversions at ``on``'s rates)."""
    if household_size is not None and not 1 <= household_size <= 100:
        raise ValidationError(
            "household_size", _("must be between {lo} and {hi}").format(lo=1, hi=100)
        )
    income: list[tuple[str, Decimal]] = []
    expenses: list[tuple[str, Decimal]] = []
    for line in lines:
        amount = checked_money("amount", line.amount)
        if line.kind not in tuple(BudgetKind):
            allowed = ", ".join(k.value for k in BudgetKind)
            raise ValidationError("kind", _("must be one of: {allowed}").format(allowed=allowed))
        tenge = rates.to_tenge(amount, line.currency, on)
        (income if line.kind == BudgetKind.INCOME else expenses).append((line.category, tenge))
    return Budget(
        on=on,
        household_size=household_size,
        minors=minors,
        income=_grouped(income, INCOME_ORDER),
        expenses=_grouped(expenses, EXPENSE_ORDER),
        subsistence_minimum=subsistence_minimum,
    )
