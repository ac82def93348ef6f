"""The story of a case in court: proceedings at every stage and their dated events.

Each case follows one path (a bank's claim still in hearings, a decision under
appeal, enforcement with an auction coming, an eviction date, a bankruptcy, or
a case closed won, settled or lost) and gets the events that path leaves
behind. Every date is counted from ``on``, so the Today page of a demo always
has hearings this week and a few evictions and auctions within days; only the
loans' own history (2005–2017) is fixed in the calendar.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from random import Random

from debtdesk.demo import texts
from debtdesk.demo.institutions import AdvisorRef, Catalog, CityDesk, CourtRef
from debtdesk.demo.rand import Weighted
from debtdesk.demo.rows import CaseRows
from debtdesk.vocab import (
    EventKind,
    Outcome,
    ProceedingKind,
    ProceedingStage,
    ProceedingStatus,
)

# Fixed-date public holidays of Kazakhstan: no hearing is set on them.
_HOLIDAYS = frozenset(
    {(1, 1), (1, 2), (3, 8), (3, 21), (3, 22), (3, 23), (5, 1), (5, 7), (5, 9), (7, 6)}
    | {(8, 30), (10, 25), (12, 16)}
)
BANKRUPTCY_LAW = date(2023, 3, 3)  # personal bankruptcy law No. 178-VII in force

# (path, weight): the share of cases at each point of the road.
PATHS: tuple[tuple[str, int], ...] = (
    ("pretrial", 7),
    ("court_order", 5),
    ("claim_hearings", 17),
    ("claim_decided", 8),
    ("appeal", 9),
    ("cassation", 4),
    ("enforcement", 20),
    ("eviction", 7),
    ("bankruptcy", 5),
    ("won", 4),
    ("settled", 5),
    ("eviction_stopped", 4),
    ("evicted", 3),
    ("withdrawn", 2),
)
CLOSED_PATHS = frozenset({"won", "settled", "eviction_stopped", "evicted", "withdrawn"})
_PATHS = Weighted([p for p, _ in PATHS], [w for _, w in PATHS])
_STAGES = Weighted(
    (
        ProceedingStage.ENFORCEMENT,
        ProceedingStage.SEIZURE,
        ProceedingStage.VALUATION,
        ProceedingStage.AUCTION,
    ),
    (25, 20, 20, 35),
)


def pick_path(rng: Random, on: date) -> str:
    path = _PATHS.pick(rng)
    if path == "bankruptcy" and on < BANKRUPTCY_LAW + timedelta(days=120):
        return "enforcement"
    return path


def working_day(day: date, step: int = 1) -> date:
    """``day``, or the nearest working day after (``step=1``) or before (``step=-1``) it."""
    while day.weekday() >= 5 or (day.month, day.day) in _HOLIDAYS:
        day += timedelta(days=step)
    return day


def add_working_days(day: date, count: int) -> date:
    for _ in range(count):
        day = working_day(day + timedelta(days=1))
    return day


class CaseNumbers:
    """Case numbers per court and year, rising as a court's register does."""

    def __init__(self, rng: Random) -> None:
        self._rng = rng
        self._last: dict[tuple[str, int], int] = {}

    def next(self, key: str, year: int) -> int:
        last = self._last.get((key, year))
        if last is None:
            last = self._rng.randint(100, 1500)
        last += self._rng.randint(1, 25)
        self._last[(key, year)] = last
        return last

    def court(self, court: CourtRef, year: int, kind: str) -> str:
        """``7511-25-00-2/1234`` (electronic register, from 2018) or ``2-1234/2015``."""
        n = self.next(court.code + kind, year)
        if year < 2018 and kind in ("2", "2а"):
            return f"{kind}-{n}/{year}"
        return f"{court.code}-{year % 100:02d}-00-{kind}/{n}"

    def enforcement(self, region: str, year: int) -> str:
        return f"ИП-{year}-{region}{self.next('ИП' + region, year):05d}"


@dataclass
class Story:
    """What the case's path decided, for the debtor's row."""

    path: str
    status: str = "open"
    problem_kind: str = "mortgage"
    case_numbers: list[str] = field(default_factory=list)
    claim_filed: date | None = None  # the bank's claim, when there is one
    enforced: bool = False  # a bailiff is (or was) collecting


@dataclass
class CaseCourt:
    """Builds the proceedings and events of one case into ``rows``."""

    rng: Random
    on: date
    rows: CaseRows
    catalog: Catalog
    desk: CityDesk
    debtor_id: int
    advisor: AdvisorRef
    intake: date
    stamp: Callable[[date], datetime]
    numbers: CaseNumbers
    mortgage_id: int
    creditor_name: str
    default_date: date
    consumer_id: int | None
    language: str
    story: Story = field(init=False)

    # --- building blocks ------------------------------------------------------

    def days(self, low: int, high: int) -> date:
        """A day ``low``..``high`` days from ``on`` (negative: in the past)."""
        return self.on + timedelta(days=self.rng.randint(low, high))

    def past_working_day(self, low: int, high: int) -> date:
        """A working day ``low``..``high`` days before ``on`` (never after ``on``)."""
        return working_day(self.on - timedelta(days=self.rng.randint(low, high)), -1)

    def future_working_day(self, low: int, high: int) -> date:
        return working_day(self.on + timedelta(days=self.rng.randint(low, high)))

    def _created(self, day: date) -> datetime:
        if day <= self.on:
            return self.stamp(min(max(day, self.intake), self.on))
        ahead = (day - self.on).days
        return self.stamp(max(self.on - timedelta(days=ahead // 2), self.intake))

    def attendees(self) -> str | None:
        if self.rng.random() < 0.2:
            return None  # nobody signed up yet
        people = [self.advisor.short]
        others = [a.short for a in self.desk.advisors if a.short != self.advisor.short]
        if others and self.rng.random() < 0.5:
            people.append(self.rng.choice(others))
        return ", ".join(people)

    def event(
        self,
        kind: str,
        day: date,
        proceeding_id: int | None = None,
        *,
        at: time | None = None,
        place: str | None = None,
        attendees: str | None = None,
        notes: str | None = None,
    ) -> int:
        return self.rows.add(
            "event",
            self._created(day),
            {
                "debtor_id": self.debtor_id,
                "proceeding_id": proceeding_id,
                "kind": kind,
                "date": day,
                "time": at,
                "place": place,
                "attendees": attendees,
                "notes": notes,
            },
        )

    def hearing(self, proceeding_id: int, day: date, notes: str | None = None) -> None:
        slot = self.rng.randint(0, 16)  # 09:00 to 17:00 on the half hour
        future = day >= self.on
        self.event(
            EventKind.HEARING,
            day,
            proceeding_id,
            at=time(9 + slot // 2, 30 * (slot % 2)),
            place=f"зал №{self.rng.randint(1, 12)}",
            attendees=self.attendees() if future else self.went(day),
            notes=notes,
        )

    def went(self, day: date) -> str | None:
        """Who went to a past hearing: the case's advisor, at about six in seven.

        Decided from the case and the day, not drawn from ``rng``, so the rest
        of the invented data stays what it was.
        """
        return self.advisor.short if (self.debtor_id * 31 + day.toordinal()) % 7 else None

    def proceeding(
        self,
        kind: str,
        filed: date,
        *,
        court: CourtRef | None,
        case_no: str | None,
        stage: str,
        status: str = ProceedingStatus.ACTIVE,
        outcome: str | None = None,
        parent_id: int | None = None,
        loan_id: int | None = None,
        bailiff: str | None = None,
        notes: str | None = None,
    ) -> int:
        if case_no:
            self.story.case_numbers.append(case_no)
        return self.rows.add(
            "proceeding",
            self._created(filed),
            {
                "debtor_id": self.debtor_id,
                "loan_id": self.mortgage_id if loan_id is None else loan_id,
                "court_id": court.id if court else None,
                "parent_id": parent_id,
                "case_no": case_no,
                "judge": self.rng.choice(court.judges) if court else None,
                "bailiff": bailiff,
                "kind": kind,
                "stage": stage,
                "status": status,
                "outcome": outcome,
                "notes": notes,
            },
        )

    def note(self, day: date, kind: str, text: str) -> None:
        at = self.stamp(min(max(day, self.intake), self.on))
        self.rows.add(
            "note",
            at,
            {
                "debtor_id": self.debtor_id,
                "advisor_id": self.advisor.id,
                "at": at,
                "kind": kind,
                "text": text,
            },
        )

    def path_note(self, key: str, day: date, written: date) -> None:
        if self.rng.random() < 0.6:
            lang = "kk" if self.language == "kk" and self.rng.random() < 0.5 else "ru"
            self.note(written, "note", texts.PATH_NOTES[key][lang].format(date=f"{day:%d.%m.%Y}"))

    def district_court(self) -> CourtRef:
        return self.rng.choice(self.desk.district_courts)

    # --- pieces of a road -----------------------------------------------------

    def letters(self, sent: date) -> None:
        """A restructuring request: sent, received by the bank, perhaps answered."""
        sent = min(sent, self.on)
        self.event(EventKind.LETTER_SENT, sent, notes=self.rng.choice(texts.LETTERS))
        received = sent + timedelta(days=self.rng.randint(0, 4))
        if received <= self.on and self.rng.random() < 0.8:
            self.event(EventKind.LETTER_RECEIVED, received, notes=self.creditor_name)
            replied = received + timedelta(days=self.rng.randint(8, 25))
            if replied <= self.on and self.rng.random() < 0.7:
                self.event(EventKind.REPLY_RECEIVED, replied, notes=self.rng.choice(texts.REPLIES))

    def claim(
        self,
        filed: date,
        stage: str,
        *,
        status: str = ProceedingStatus.ACTIVE,
        outcome: str | None = None,
        notes: str | None = None,
    ) -> int:
        court = self.district_court()
        if self.story.claim_filed is None:
            self.story.claim_filed = filed
        return self.proceeding(
            ProceedingKind.CLAIM,
            filed,
            court=court,
            case_no=self.numbers.court(court, filed.year, "2"),
            stage=stage,
            status=status,
            outcome=outcome,
            notes=notes or self.rng.choice(texts.CLAIM_NOTES),
        )

    def past_hearings(self, pid: int, start: date, end: date, count: int) -> None:
        span = (end - start).days
        if span < 7:
            return
        for day in sorted(start + timedelta(days=self.rng.randint(0, span)) for _ in range(count)):
            self.hearing(pid, working_day(day, -1), self.rng.choice(texts.POSTPONED))

    def decision(
        self, pid: int, announced: date, *, in_force: bool, appealed: bool = False
    ) -> date:
        """Decision announced, in final form within 5 working days, then in force."""
        self.event(EventKind.DECISION_ANNOUNCED, announced, pid)
        final = add_working_days(announced, self.rng.randint(1, 5))
        if final <= self.on:
            self.event(EventKind.DECISION_FINAL_FORM, final, pid)
        if in_force and not appealed:
            force = final + timedelta(days=self.rng.randint(32, 40))
            if force <= self.on:
                self.event(EventKind.DECISION_IN_FORCE, force, pid)
        return final

    def lost_claim(self, filed: date, decided: date, *, appealed: bool) -> int:
        """A bank's claim granted and in force (years ago, usually)."""
        outcome = Outcome.LOST if self.rng.random() < 0.85 else Outcome.PARTLY_WON
        pid = self.claim(
            filed, ProceedingStage.IN_FORCE, status=ProceedingStatus.CLOSED, outcome=outcome
        )
        self.past_hearings(pid, filed + timedelta(days=20), decided, self.rng.randint(0, 2))
        final = self.decision(pid, decided, in_force=True, appealed=appealed)
        if appealed:
            court = self.desk.appeal_court
            filed_appeal = final + timedelta(days=self.rng.randint(10, 28))
            aid = self.proceeding(
                ProceedingKind.APPEAL,
                filed_appeal,
                court=court,
                case_no=self.numbers.court(court, filed_appeal.year, "2а"),
                stage=ProceedingStage.DECIDED,
                status=ProceedingStatus.CLOSED,
                outcome=Outcome.LOST,
                parent_id=pid,
            )
            ruling = working_day(filed_appeal + timedelta(days=self.rng.randint(30, 80)))
            if ruling <= self.on:
                self.hearing(aid, ruling)
                self.event(EventKind.APPEAL_RULING_IN_FORCE, ruling, aid)
        return pid

    def enforcement(
        self,
        parent_id: int,
        opened: date,
        stage: str,
        *,
        status: str = ProceedingStatus.ACTIVE,
        outcome: str | None = None,
    ) -> int:
        self.story.enforced = True
        eid = self.proceeding(
            ProceedingKind.ENFORCEMENT,
            opened,
            court=None,
            case_no=self.numbers.enforcement(self.desk.city.region, opened.year),
            stage=stage,
            status=status,
            outcome=outcome,
            parent_id=parent_id,
            bailiff=self.rng.choice(self.desk.bailiffs),
        )
        self.event(EventKind.ENFORCEMENT_OPENED, opened, eid)
        return eid

    def auction(self, eid: int, day: date, notes: str | None = None) -> None:
        self.event(
            EventKind.AUCTION,
            day,
            eid,
            at=time(10 + self.rng.randint(0, 4), 0),
            place="электронная торговая площадка",
            attendees=self.attendees() if day >= self.on else None,
            notes=notes,
        )

    def eviction_day(self, pid: int, day: date, notes: str | None = None) -> None:
        self.event(
            EventKind.EVICTION,
            day,
            pid,
            at=time(self.rng.choice((9, 10, 11)), 0),
            place=None,
            attendees=self.attendees() if day >= self.on else None,
            notes=notes,
        )

    def old_claim(self, *, appealed: bool | None = None) -> tuple[int, date]:
        """A claim lost years ago; returns (its id, the day it entered into force)."""
        filed = self.days(-3000, -900)
        filed = max(filed, self.default_date + timedelta(days=90))
        decided = working_day(filed + timedelta(days=self.rng.randint(60, 200)), -1)
        if appealed is None:
            appealed = self.rng.random() < 0.4
        pid = self.lost_claim(filed, decided, appealed=appealed)
        return pid, decided + timedelta(days=self.rng.randint(45, 150))

    # --- the paths ------------------------------------------------------------

    def build(self, path: str) -> Story:
        self.story = Story(path)
        self.event(EventKind.FIRST_DAY_OVERDUE, self.default_date)
        if path != "pretrial" and self.rng.random() < 0.6:
            self.letters(self.intake + timedelta(days=self.rng.randint(2, 30)))
        getattr(self, "_" + path)()
        if self.story.status != "closed":
            self._meetings()
        return self.story

    def _pretrial(self) -> None:
        self.letters(self.days(-25, -1))
        self.story.status = "watch" if self.rng.random() < 0.3 else "open"

    def _court_order(self) -> None:
        loan_id = self.consumer_id or self.mortgage_id
        court = self.district_court()
        filed = self.days(-60, -12)
        recent = self.rng.random() < 0.7
        pid = self.proceeding(
            ProceedingKind.COURT_ORDER,
            filed,
            court=court,
            case_no=self.numbers.court(court, filed.year, "2п"),
            stage=ProceedingStage.DECIDED,
            status=ProceedingStatus.ACTIVE if recent else ProceedingStatus.CLOSED,
            outcome=None if recent else Outcome.WON,
            loan_id=loan_id,
            notes=None if recent else "Судебный приказ отменён по возражению должника",
        )
        received = self.past_working_day(0, 9) if recent else filed + timedelta(days=10)
        self.event(EventKind.COURT_ORDER_RECEIVED, received, pid)
        if not recent:
            self.event(
                EventKind.LETTER_SENT,
                add_working_days(received, self.rng.randint(2, 8)),
                pid,
                notes="Возражение на судебный приказ",
            )
        self.story.problem_kind = "microfinance" if self.consumer_id else "mortgage"

    def _claim_hearings(self) -> None:
        filed = self.days(-300, -20)
        held = self.rng.choice((0, 0, 1, 1, 2, 3))
        scheduled = held or self.rng.random() < 0.7
        stage = ProceedingStage.HEARINGS if scheduled else ProceedingStage.FILED
        pid = self.claim(filed, stage)
        self.past_hearings(pid, filed + timedelta(days=25), self.on - timedelta(days=1), held)
        upcoming = self.future_working_day(0, 42)
        self.hearing(pid, upcoming)
        self.path_note("hearing", upcoming, self.on - timedelta(days=self.rng.randint(0, 10)))

    def _claim_decided(self) -> None:
        filed = self.days(-500, -120)
        pid = self.claim(filed, ProceedingStage.DECIDED)
        announced = self.past_working_day(1, 40)
        self.past_hearings(pid, filed + timedelta(days=25), announced, self.rng.randint(1, 3))
        self.decision(pid, announced, in_force=False)
        self.path_note("decided", announced, announced)

    def _appeal(self) -> None:
        filed = self.days(-900, -300)
        pid = self.claim(filed, ProceedingStage.APPEAL)
        announced = self.past_working_day(45, 200)
        self.past_hearings(pid, filed + timedelta(days=25), announced, self.rng.randint(1, 3))
        final = self.decision(pid, announced, in_force=False)
        court = self.desk.appeal_court
        appealed = final + timedelta(days=self.rng.randint(10, 28))
        scheduled = self.rng.random() < 0.8
        aid = self.proceeding(
            ProceedingKind.APPEAL,
            appealed,
            court=court,
            case_no=self.numbers.court(court, appealed.year, "2а"),
            stage=ProceedingStage.HEARINGS if scheduled else ProceedingStage.FILED,
            parent_id=pid,
        )
        if scheduled:
            self.hearing(aid, self.future_working_day(1, 50))

    def _cassation(self) -> None:
        filed = self.days(-900, -400)
        pid = self.claim(
            filed, ProceedingStage.IN_FORCE, status=ProceedingStatus.CLOSED, outcome=Outcome.LOST
        )
        ruling = self.past_working_day(10, 170)
        decided = working_day(filed + timedelta(days=self.rng.randint(60, 200)), -1)
        decided = working_day(min(decided, ruling - timedelta(days=90)), -1)
        self.past_hearings(pid, filed + timedelta(days=20), decided, self.rng.randint(0, 2))
        final = self.decision(pid, decided, in_force=True, appealed=True)
        court = self.desk.appeal_court
        appealed = final + timedelta(days=self.rng.randint(10, 28))
        aid = self.proceeding(
            ProceedingKind.APPEAL,
            appealed,
            court=court,
            case_no=self.numbers.court(court, appealed.year, "2а"),
            stage=ProceedingStage.DECIDED,
            status=ProceedingStatus.CLOSED,
            outcome=Outcome.LOST,
            parent_id=pid,
        )
        self.hearing(aid, ruling)
        self.event(EventKind.APPEAL_RULING_IN_FORCE, ruling, aid)
        if self.rng.random() < 0.6:
            supreme = self.catalog.supreme_court
            sent = min(ruling + timedelta(days=self.rng.randint(20, 90)), self.on)
            self.proceeding(
                ProceedingKind.CASSATION,
                sent,
                court=supreme,
                case_no=self.numbers.court(supreme, sent.year, "3гп"),
                stage=ProceedingStage.FILED,
                parent_id=aid,
            )
        self.story.status = "watch" if self.rng.random() < 0.5 else "open"

    def _enforcement(self) -> None:
        pid, in_force = self.old_claim()
        stage = _STAGES.pick(self.rng)
        latest = -30 if stage == ProceedingStage.ENFORCEMENT else -150
        opened = max(self.days(-900, latest), in_force)
        eid = self.enforcement(pid, opened, stage)
        if stage == ProceedingStage.ENFORCEMENT:
            return
        seized = opened + timedelta(days=self.rng.randint(10, 60))
        self.event(EventKind.SEIZURE, seized, eid)
        if stage == ProceedingStage.SEIZURE:
            return
        if stage == ProceedingStage.VALUATION and self.rng.random() < 0.7:
            valued = max(self.past_working_day(0, 12), seized)
        else:
            valued = min(seized + timedelta(days=self.rng.randint(14, 60)), self.on - timedelta(1))
        self.event(EventKind.VALUATION_RECEIVED, valued, eid)
        if stage == ProceedingStage.VALUATION:
            return
        last = valued
        for _ in range(self.rng.choice((0, 1, 1, 2))):
            last = last + timedelta(days=self.rng.randint(25, 60))
            if last >= self.on:
                break
            self.auction(eid, working_day(last, -1), "Торги не состоялись: нет заявок")
        if self.rng.random() < 0.5:
            day = self.future_working_day(1, 60)
            self.auction(eid, day)
            self.path_note("auction", day, self.on - timedelta(days=self.rng.randint(0, 7)))

    def _eviction(self) -> None:
        pid, in_force = self.old_claim()
        opened = max(self.days(-1500, -200), in_force)
        eid = self.enforcement(pid, opened, ProceedingStage.EVICTION)
        self.event(EventKind.SEIZURE, opened + timedelta(days=self.rng.randint(10, 60)), eid)
        auction = opened + timedelta(days=self.rng.randint(90, 150))
        self.auction(eid, working_day(auction), "Торги не состоялись: нет заявок")
        self.auction(
            eid,
            working_day(auction + timedelta(days=35)),
            "Повторные торги не состоялись; имущество передано банку",
        )
        by_court = self.rng.random() < 0.5
        court = self.district_court() if by_court else None
        started = self.days(-120, -15)
        dated = self.rng.random() < 0.65
        suspended = not dated and self.rng.random() < 0.4
        vid = self.proceeding(
            ProceedingKind.EVICTION,
            started,
            court=court,
            case_no=self.numbers.court(court, started.year, "2") if court else None,
            stage=ProceedingStage.EVICTION,
            status=ProceedingStatus.SUSPENDED if suspended else ProceedingStatus.ACTIVE,
            parent_id=eid,
            bailiff=None if by_court else self.rng.choice(self.desk.bailiffs),
            notes="Исполнение приостановлено: заявление об отсрочке" if suspended else None,
        )
        notice = self.past_working_day(5, 40)
        self.event(EventKind.EVICTION_NOTICE, notice, vid)
        if suspended or self.rng.random() < 0.2:
            self.event(EventKind.DEFERRAL_APPLICATION_FILED, self.past_working_day(1, 12), vid)
        if dated:
            day = self.future_working_day(1, 60)
            self.eviction_day(vid, day)
            self.path_note("eviction", day, notice)
        self.story.problem_kind = "eviction" if self.rng.random() < 0.5 else "mortgage"

    def _bankruptcy(self) -> None:
        pid, in_force = self.old_claim(appealed=False)
        self.enforcement(
            pid,
            in_force + timedelta(days=self.rng.randint(20, 200)),
            ProceedingStage.ENFORCEMENT,
            status=ProceedingStatus.SUSPENDED,
        )
        court = self.desk.economic_court
        filed = max(self.past_working_day(5, 200), BANKRUPTCY_LAW)
        scheduled = self.rng.random() < 0.6
        bid = self.proceeding(
            ProceedingKind.BANKRUPTCY,
            filed,
            court=court,
            case_no=self.numbers.court(court, filed.year, "4б"),
            stage=ProceedingStage.HEARINGS if scheduled else ProceedingStage.FILED,
            notes="Заявление о применении процедуры судебного банкротства",
        )
        self.event(EventKind.BANKRUPTCY_APPLICATION_FILED, filed, bid)
        if scheduled:
            self.hearing(bid, self.future_working_day(1, 45))
        self.path_note("bankruptcy", filed, filed)
        self.story.problem_kind = "bankruptcy"

    def _closed_claim(self, outcome: str, notes: str) -> None:
        filed = self.days(-2000, -400)
        pid = self.claim(
            filed,
            ProceedingStage.CLOSED,
            status=ProceedingStatus.CLOSED,
            outcome=outcome,
            notes=notes,
        )
        decided = working_day(filed + timedelta(days=self.rng.randint(60, 300)), -1)
        self.past_hearings(pid, filed + timedelta(days=20), decided, self.rng.randint(1, 3))
        if outcome != Outcome.WITHDRAWN:
            self.decision(pid, decided, in_force=True)
        self.story.status = "closed"

    def _won(self) -> None:
        self._closed_claim(Outcome.WON, self.rng.choice(texts.WON_NOTES))

    def _settled(self) -> None:
        self._closed_claim(Outcome.SETTLED, self.rng.choice(texts.SETTLED_NOTES))

    def _withdrawn(self) -> None:
        self._closed_claim(Outcome.WITHDRAWN, "Банк отозвал иск")

    def _eviction_stopped(self) -> None:
        pid, in_force = self.old_claim()
        opened = max(self.days(-1500, -300), in_force)
        eid = self.enforcement(
            pid,
            opened,
            ProceedingStage.CLOSED,
            status=ProceedingStatus.CLOSED,
            outcome=Outcome.EVICTION_STOPPED,
        )
        started = self.days(-280, -40)
        vid = self.proceeding(
            ProceedingKind.EVICTION,
            started,
            court=self.district_court(),
            case_no=None,
            stage=ProceedingStage.CLOSED,
            status=ProceedingStatus.CLOSED,
            outcome=Outcome.EVICTION_STOPPED,
            parent_id=eid,
            notes=self.rng.choice(texts.STOPPED_NOTES),
        )
        self.event(EventKind.EVICTION_NOTICE, started + timedelta(days=3), vid)
        self.event(
            EventKind.ACTION,
            started + timedelta(days=self.rng.randint(5, 30)),
            vid,
            place="у дома семьи",
            notes="Группа пришла поддержать семью в день выселения",
        )
        self.story.status = "closed" if self.rng.random() < 0.6 else "watch"

    def _evicted(self) -> None:
        pid, in_force = self.old_claim()
        opened = max(self.days(-2000, -400), in_force)
        eid = self.enforcement(
            pid,
            opened,
            ProceedingStage.CLOSED,
            status=ProceedingStatus.CLOSED,
            outcome=Outcome.LOST,
        )
        evicted = max(self.past_working_day(30, 700), opened + timedelta(days=120))
        self.eviction_day(eid, min(evicted, self.on), "Семья выселена")
        self.story.status = "closed"

    def _meetings(self) -> None:
        roll = self.rng.random()
        if roll < 0.2:
            day = self.days(0, 14)
            self.event(
                EventKind.MEETING,
                day,
                at=time(self.rng.choice((18, 19)), 0),
                place="офис демо-группы",
                attendees=self.advisor.short,
                notes="Встреча с семьёй: документы к заседанию",
            )
        elif roll < 0.22:
            self.event(
                EventKind.ACTION,
                self.days(1, 30),
                at=time(11, 0),
                place=f"у здания {self.creditor_name}",
                attendees=self.attendees(),
                notes="Пикет против выселений",
            )
