"""``generate``: fill a database with invented cases for demonstrations and load tests.

One transaction for the whole run: a failed or cancelled demo (``progress`` may
raise to cancel) leaves the database as it was. The transaction takes the write
lock first (SQLite: a no-op write; PostgreSQL: ``LOCK TABLE``), because ids are
taken from each table's maximum; on PostgreSQL the id sequences are moved past
the new rows at the end, so later inserts through the ORM never collide.

No deadlines are written (the deadline engine computes them from the events)
and no audit line per row, only one line saying a demo import happened: a demo
is not an advisor's action on a case.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from random import Random
from typing import cast

from sqlalchemy import Connection, select

from debtdesk import clock
from debtdesk.db.database import Database
from debtdesk.demo import court, finance, household, names, places, texts, yearly
from debtdesk.demo.institutions import Catalog, ensure_catalog
from debtdesk.demo.rand import DemoRandom
from debtdesk.demo.rows import CASE_TABLES, CaseRows, IdAllocator, UuidStream, Writers
from debtdesk.errors import SchemaError, ValidationError
from debtdesk.i18n import _
from debtdesk.model import Advisor, AuditEntry, Debtor
from debtdesk.services.debtors import name_key, search_text
from debtdesk.vocab import AuditAction, NoteKind

MAX_CASES = 1_000_000
SQLITE_CACHE_KIB = 256 * 1024  # at most; SQLite takes pages only as it needs them
CHUNK = 1000  # cases built and inserted at a time: bounded memory, regular progress
EARLIEST_ON = date(2017, 1, 1)  # the story needs years between the defaults and "today"
DEMO_NOTE = "Вымышленные демонстрационные данные (debtdesk demo) / Ойдан шығарылған демо-деректер"

Progress = Callable[[int, int], None]


def generate(
    db: Database,
    cases: int,
    seed: int = 1,
    on: date | None = None,
    progress: Progress | None = None,
) -> int:
    """Add ``cases`` invented cases as of ``on`` (default: today); returns how many.

    The same ``seed`` and ``on`` on a fresh database give the same rows, ids
    included. A second run on the same database adds different people (the
    stream is also seeded by the first new debtor id) and reuses the demo
    advisors, creditors, courts and exchange rates already there.
    """
    if isinstance(cases, bool) or not isinstance(cases, int) or not 0 <= cases <= MAX_CASES:
        raise ValidationError(
            "cases", _("the number of cases must be 0 to {max}").format(max=MAX_CASES)
        )
    if db.read_only_reason:
        raise SchemaError(db.read_only_reason)
    on = on or clock.today()
    if on < EARLIEST_ON:
        raise ValidationError(
            "on", _("demo data needs a date from {d} on").format(d=EARLIEST_ON.isoformat())
        )
    if cases == 0:
        return 0
    with db.engine.begin() as conn, _big_cache(conn):
        _lock_for_writing(conn)
        ids = IdAllocator(conn)
        catalog = ensure_catalog(conn, ids)
        finance.ensure_rates(conn, ids, on, datetime.combine(on, time(4, 0)))
        yearly.ensure_yearly(conn, ids, datetime.combine(on, time(4, 0)))
        first_debtor = ids.peek("debtor")
        stream = f"debtdesk-demo:{seed}:{first_debtor}"
        uuids = UuidStream(stream + ":uuid")
        builder = _Builder(
            rng=DemoRandom(stream),
            on=on,
            catalog=catalog,
            rates=finance.Rates(on),
        )
        if progress:
            progress(0, cases)
        _build_and_insert(conn, builder, CaseRows.factory(ids, uuids), cases, progress)
        if progress:
            progress(cases, cases)
        _audit(conn, db.advisor, first_debtor, cases, seed, on)
        if conn.dialect.name == "postgresql":
            _move_sequences(conn, sorted(ids.used))
    return cases


def _build_and_insert(
    conn: Connection,
    builder: _Builder,
    new_batch: Callable[[], CaseRows],
    cases: int,
    progress: Progress | None,
) -> None:
    """Build the cases chunk by chunk, inserting each while the next is built.

    The driver lets go of the GIL while the database stores a chunk, so on two
    cores most of the insert time hides behind the building of the next one.
    Only one thread at a time uses the connection, and every chunk has rows of
    its own; an error (or a cancel from ``progress``) waits for the insert in
    flight before the transaction is rolled back.
    """
    writers = Writers(conn.dialect)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="demo-insert") as pool:
        pending: Future[int] | None = None
        try:
            done = 0
            while done < cases:
                size = min(CHUNK, cases - done)
                batch = new_batch()
                for _i in range(size):
                    builder.case(batch)
                if pending is not None:
                    pending.result()
                    if progress:
                        progress(done, cases)
                pending = pool.submit(batch.insert, conn, writers)
                done += size
            pending.result()
            pending = None
        finally:
            if pending is not None:
                wait([pending])


@contextmanager
def _big_cache(conn: Connection) -> Iterator[None]:
    """A larger SQLite page cache while the demo writes, returned to what it was after.

    Every table has a unique index on random UUIDs: inserts land all over it,
    and with SQLite's default 2 MB cache most of them read a page back first.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(before or -2000)}")


def _lock_for_writing(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        names_ = ", ".join(
            ["advisor", "creditor", "court", "exchange_rate"] + [t.name for t in CASE_TABLES]
        )
        # Others may read meanwhile; their writes to these tables wait for our commit.
        conn.exec_driver_sql(f"LOCK TABLE {names_} IN EXCLUSIVE MODE")
    else:
        # Any write takes SQLite's write lock for the rest of the transaction, so
        # no one else can add a row between our reading the maximum ids and
        # inserting after them.
        conn.exec_driver_sql("UPDATE advisor SET id = id WHERE 0")


def _move_sequences(conn: Connection, tables: list[str]) -> None:
    for table in tables:
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"COALESCE(MAX(id), 0) + 1, false) FROM {table}"
        )


def _audit(
    conn: Connection, advisor: str | None, first_debtor: int, cases: int, seed: int, on: date
) -> None:
    advisor_id = None
    if advisor:
        advisor_id = conn.execute(select(Advisor.id).where(Advisor.name == advisor)).scalar()
    conn.execute(
        AuditEntry.__table__.insert(),
        {
            "at": clock.utcnow(),
            "advisor_id": advisor_id,
            "advisor_name": advisor,
            "entity": "demo",
            "entity_id": first_debtor,
            "entity_uuid": None,
            "debtor_id": None,
            "action": AuditAction.IMPORT,
            "changed": [f"cases={cases}", f"seed={seed}", f"on={on.isoformat()}"],
            "version": None,
        },
    )


@dataclass(frozen=True, slots=True)
class _SearchKeys:
    """The debtor fields ``services.debtors.search_text`` reads.

    A transient ``Debtor`` costs 60 µs, 6 s per 100,000 cases; a field the
    service starts reading that is missing here fails loudly, never silently
    (and a test compares the keys with the service's on stored debtors).
    """

    full_name: str
    name_key: str
    iin: str | None
    phone: str | None


@dataclass
class _Builder:
    """Builds one case after another from one random stream."""

    rng: Random
    on: date
    catalog: Catalog
    rates: finance.Rates

    def __post_init__(self) -> None:
        self.used_iins: set[str] = set()
        self.numbers = court.CaseNumbers(self.rng)

    def _intake(self, path: str, default: date) -> date:
        """When the family came to the group (and consented to its data being kept)."""
        latest = self.on - timedelta(days=3)
        earliest = max(default + timedelta(days=30), date(2016, 1, 15))
        if path == "pretrial":
            earliest = max(earliest, self.on - timedelta(days=120))
        span = max((latest - earliest).days, 0)
        back = int(self.rng.triangular(0, span, min(span, 300)))
        return latest - timedelta(days=back)

    def case(self, rows: CaseRows) -> None:
        rng, on = self.rng, self.on
        person = names.new_person(rng, self.used_iins)
        city = places.pick_city(rng)
        desk = self.catalog.desks[city.name]
        advisor = rng.choice(desk.advisors)
        debtor_id = rows.new_id("debtor")
        plan = finance.mortgage_plan(rng, on)
        path = court.pick_path(rng, on)
        intake = self._intake(path, plan.default_date)
        clock_time = time(rng.randint(4, 12), rng.randrange(0, 60, 5))  # 09:00–17:55 local

        def stamp(day: date) -> datetime:
            return datetime.combine(day, clock_time)

        created = stamp(intake)
        hh = household.household(rng, person, on)
        lang = household.language(rng, person)
        home = household.home(rng, city)
        lives_there = home.sole_home or rng.random() < 0.5
        address = home.address if lives_there else places.street_address(rng, city)

        # The mortgage, perhaps sold on to a collector, and perhaps a later tenge loan.
        bank = rng.choice(self.catalog.banks)
        holder = rng.choice(self.catalog.collectors) if rng.random() < 0.15 else bank
        mortgage_id = rows.new_id("loan")
        consumer: finance.LoanPlan | None = None
        consumer_id: int | None = None
        consumer_creditor = None
        if rng.random() < (0.8 if path == "court_order" else 0.15):
            microfinance = rng.random() < 0.5
            pool = self.catalog.microfinance if microfinance else self.catalog.banks
            consumer_creditor = rng.choice(pool)
            consumer = finance.consumer_plan(rng, on, microfinance)
            consumer_id = rows.new_id("loan")

        story = court.CaseCourt(
            rng=rng,
            on=on,
            rows=rows,
            catalog=self.catalog,
            desk=desk,
            debtor_id=debtor_id,
            advisor=advisor,
            intake=intake,
            stamp=stamp,
            numbers=self.numbers,
            mortgage_id=mortgage_id,
            creditor_name=holder.name,
            default_date=plan.default_date,
            consumer_id=consumer_id,
            language=lang,
        ).build(path)

        self._loan(rows, mortgage_id, debtor_id, holder.id, plan, created, home.describe())
        self._mortgage_history(rows, mortgage_id, plan, story, created)
        if consumer is not None and consumer_id is not None and consumer_creditor is not None:
            self._loan(rows, consumer_id, debtor_id, consumer_creditor.id, consumer, created, None)
            self._payments(rows, consumer_id, consumer, created, monthly=False)
            as_of = on - timedelta(days=rng.randint(1, 200))
            source = "расчёт задолженности кредитора"
            self._statement(
                rows,
                consumer_id,
                finance.claim(consumer, self.rates, rng, as_of, source, multiple=(1.2, 3.0)),
                created,
            )

        rows.add(
            "property",
            created,
            {
                "debtor_id": debtor_id,
                "address": home.address,
                "kind": home.kind,
                "area": home.area,
                "sole_home": home.sole_home,
                "unfinished": home.unfinished,
                "residents": hh.size if lives_there else rng.randint(0, 4),
                "minors": hh.minors if lives_there else 0,
            },
        )
        for kind, category, amount in household.budget(
            rng, hh, other_debts=consumer is not None or rng.random() < 0.2
        ):
            rows.add(
                "budget_line",
                created,
                {
                    "debtor_id": debtor_id,
                    "kind": kind,
                    "category": category,
                    "amount": amount,
                    "currency": "KZT",
                    "note": None,
                },
            )
        self._notes(rows, debtor_id, advisor.id, intake, stamp, lang, plan, holder.name, hh)

        phone = places.mobile_phone(rng)
        # The keys exactly as the debtors service writes them (its own functions).
        key = name_key(person.full_name)
        keyed = cast(Debtor, _SearchKeys(person.full_name, key, person.iin, phone))
        tags = ["demo"]
        if plan.currency == "USD":
            tags.append("USD")
        if home.sole_home:
            tags.append("единственное жильё")
        rows.add(
            "debtor",
            created,
            {
                "id": debtor_id,
                "full_name": person.full_name,
                "name_key": key,
                "search_text": search_text(keyed, story.case_numbers),
                "iin": person.iin,
                "phone": phone,
                "address": address,
                "city": city.name,
                "language": lang,
                "problem_kind": ("guarantor" if rng.random() < 0.03 else story.problem_kind),
                "household_size": hh.size,
                "minors": hh.minors,
                "vulnerable_status": hh.vulnerable,
                "consent_date": intake,
                "advisor_id": advisor.id,
                "status": story.status,
                "tags": tags,
                "notes": DEMO_NOTE,
            },
        )

    def _loan(
        self,
        rows: CaseRows,
        loan_id: int,
        debtor_id: int,
        creditor_id: int,
        plan: finance.LoanPlan,
        created: datetime,
        collateral: str | None,
    ) -> None:
        prefix = "ИЗ" if collateral else "ПЗ"
        number = f"{prefix}-{plan.contract_date:%y%m}/{self.rng.randrange(10000, 99999)}"
        rows.add(
            "loan",
            created,
            {
                "id": loan_id,
                "debtor_id": debtor_id,
                "creditor_id": creditor_id,
                "contract_no": number,
                "contract_date": plan.contract_date,
                "currency": plan.currency,
                "principal": finance.money(plan.principal),
                "rate": plan.rate,
                "term_months": plan.term,
                "schedule_kind": plan.schedule,
                "collateral": collateral,
            },
        )

    def _payments(
        self,
        rows: CaseRows,
        loan_id: int,
        plan: finance.LoanPlan,
        created: datetime,
        *,
        monthly: bool,
    ) -> None:
        for day, amount in finance.payments(plan, self.rng, self.on, monthly=monthly):
            rows.add(
                "payment",
                created,
                {
                    "loan_id": loan_id,
                    "date": day,
                    "amount": finance.money(amount),
                    "currency": plan.currency,
                },
            )

    def _statement(
        self, rows: CaseRows, loan_id: int, claim: finance.Claim, created: datetime
    ) -> None:
        rows.add(
            "debt_statement",
            created,
            {
                "loan_id": loan_id,
                "as_of": claim.as_of,
                "currency": claim.currency,
                "principal": finance.money(claim.principal),
                "interest": finance.money(claim.interest),
                "penalties": finance.money(claim.penalties),
                "fees": finance.money(claim.fees),
                "source": claim.source,
            },
        )

    def _mortgage_history(
        self,
        rows: CaseRows,
        loan_id: int,
        plan: finance.LoanPlan,
        story: court.Story,
        created: datetime,
    ) -> None:
        """Payments (monthly for a few loans, yearly sums for the rest) and what is claimed."""
        rng, on, rates = self.rng, self.on, self.rates
        self._payments(rows, loan_id, plan, created, monthly=rng.random() < 0.02)
        if plan.currency == "USD" and rng.random() < 0.5:
            as_of = min(plan.default_date + timedelta(days=rng.randint(180, 900)), on)
            source = "справка банка о задолженности"
            self._statement(
                rows, loan_id, finance.claim(plan, rates, rng, as_of, source, in_kzt=False), created
            )
        as_of = on - timedelta(days=rng.randint(1, 300))
        filed = story.claim_filed
        if filed is not None and plan.default_date < filed < on - timedelta(days=30):
            source = "исковое заявление банка"
            self._statement(
                rows,
                loan_id,
                finance.claim(plan, rates, rng, filed, source, multiple=(1.0, 10.0)),
                created,
            )
            as_of = max(as_of, filed + timedelta(days=rng.randint(20, 30)))
        source = "расчёт задолженности ЧСИ" if story.enforced else "расчёт задолженности банка"
        self._statement(
            rows,
            loan_id,
            finance.claim(plan, rates, rng, as_of, source, multiple=(2.0, 10.0)),
            created,
        )

    def _notes(
        self,
        rows: CaseRows,
        debtor_id: int,
        advisor_id: int,
        intake: date,
        stamp: Callable[[date], datetime],
        lang: str,
        plan: finance.LoanPlan,
        creditor: str,
        hh: household.Household,
    ) -> None:
        rng, on = self.rng, self.on
        write = "kk" if lang == "kk" and rng.random() < 0.6 else "ru"

        def add(day: date, kind: str, text: str) -> None:
            at = stamp(day)
            rows.add(
                "note",
                at,
                {
                    "debtor_id": debtor_id,
                    "advisor_id": advisor_id,
                    "at": at,
                    "kind": kind,
                    "text": text,
                },
            )

        add(
            intake,
            NoteKind.MEETING,
            texts.INTAKE[write].format(
                year=plan.contract_date.year,
                bank=creditor,
                currency=plan.currency,
                default=f"{plan.default_date:%m.%Y}",
                household=hh.size,
                minors=hh.minors,
            ),
        )
        span = (on - intake).days
        for _i in range(rng.choice((0, 1, 1, 2))):
            day = intake + timedelta(days=rng.randint(1, max(span, 1)))
            day = min(day, on)
            roll = rng.random()
            if roll < 0.6:
                add(day, NoteKind.CALL, rng.choice(texts.CALLS[write]))
            elif roll < 0.85:
                add(day, NoteKind.MEETING, rng.choice(texts.MEETINGS[write]))
            else:
                add(day, NoteKind.VISIT, texts.VISITS[write].format(minors=hh.minors))
