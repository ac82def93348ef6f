"""The meeting sheet: the week's hearings, evictions and auctions as an agenda to read out.

Movement assemblies open by asking who has an eviction date (DOMAIN.md §6), so
the homes in danger come first (evictions and auctions within the agenda's 30
days: a date three weeks off is still this meeting's business), then the
hearings of the coming days, each with a box to write who from the group will
go. It is printed large (the ``large`` style sheet) because it is read aloud
from paper in a badly lit hall, in the meeting's language — which need not be
the language of the screens, so its few words are tables by language here, as
``deadlines.labels`` keeps event names.

The items come from ``deadlines.agenda`` (the Today page's and the CLI's query),
all of them: a sheet that silently dropped the 51st hearing would fail the
person whose hearing it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from types import MappingProxyType
from typing import Final

from sqlalchemy.orm import Session

from debtdesk.clock import today as clock_today
from debtdesk.deadlines.agenda import THREAT_DAYS, AgendaItem, agenda_page
from debtdesk.deadlines.labels import LANGS, norm_lang
from debtdesk.documents import blocks as b
from debtdesk.documents.formatting import format_date, format_time
from debtdesk.documents.markup import escape_text
from debtdesk.documents.pdf import PdfMeta, render_pdf
from debtdesk.errors import ValidationError
from debtdesk.i18n import _

DEFAULT_DAYS = 7
MAX_DAYS = 62
STYLE = "large"

# key: (kk, ru, en)
_WORDS: Final = MappingProxyType(
    {
        "title": ("Жиналыстың күн тәртібі", "Повестка собрания", "Meeting agenda"),
        "period": ("{start} – {end}", "{start} – {end}", "{start} – {end}"),
        "threats": (
            "Баспана қауіпте: үйден шығару және сауда-саттық ({n})",
            "Жильё под угрозой: выселения и торги ({n})",
            "Homes in danger: evictions and auctions ({n})",
        ),
        "hearings": (
            "Сот отырыстары ({n})",
            "Судебные заседания ({n})",
            "Hearings ({n})",
        ),
        "no_threats": (
            "Алдағы {days} күнде үйден шығару да, сауда-саттық та жоқ.",
            "В ближайшие {days} дн. выселений и торгов нет.",
            "No evictions or auctions in the next {days} days.",
        ),
        "no_hearings": (
            "Бұл кезеңде сот отырыстары жоқ.",
            "В эти дни судебных заседаний нет.",
            "No hearings in these days.",
        ),
        "today": ("бүгін", "сегодня", "today"),
        "in_days": ("{n} күннен кейін", "через {n} дн.", "in {n} days"),
        "address": ("Мекенжайы: {v}", "Адрес: {v}", "Address: {v}"),
        "place": ("Орны: {v}", "Место: {v}", "Place: {v}"),
        "case_no": ("Іс № {v}", "Дело № {v}", "Case no. {v}"),
        "advisor": ("Кеңесші: {v}", "Консультант: {v}", "Advisor: {v}"),
        "attend": ("Кім барады?", "Кто пойдёт?", "Who will attend?"),
        "already": (
            "Кім барады? Жазылғандар: {v}",
            "Кто пойдёт? Уже записаны: {v}",
            "Who will attend? Already down: {v}",
        ),
        "filters": ("Сүзгі: {v}", "Отбор: {v}", "Only: {v}"),
        "printed": ("Басылған күні: {v}", "Распечатано: {v}", "Printed on {v}"),
    }
)


def word(key: str, lang: str, **values: object) -> str:
    """One of the sheet's words in ``lang`` (kk, ru or en), with ``values`` filled in."""
    text = _WORDS[key][LANGS.index(norm_lang(lang))]
    return text.format(**values) if values else text


@dataclass(frozen=True)
class MeetingSheet:
    """What the sheet lists: the homes in danger and the hearings, in date order."""

    start: date
    end: date  # the last day whose hearings are listed
    threat_end: date  # the last day whose evictions and auctions are listed
    lang: str
    threats: tuple[AgendaItem, ...]
    hearings: tuple[AgendaItem, ...]
    advisor: str | None = None
    city: str | None = None


def meeting_sheet(
    session: Session,
    *,
    start: date | None = None,
    days: int = DEFAULT_DAYS,
    lang: str = "ru",
    advisor: str | None = None,
    city: str | None = None,
) -> MeetingSheet:
    """The items of the sheet for ``days`` days from ``start`` (today by default)."""
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
        raise ValidationError("days", _("must be between 1 and {n}").format(n=MAX_DAYS))
    lang = norm_lang(lang)
    start = start or clock_today()
    threat_days = max(THREAT_DAYS, days)
    # The agenda's range ends on start + days inclusive; the sheet's "7 days" are
    # start .. start + 6, as a week is read.
    page = agenda_page(
        session,
        start=start,
        days=days - 1,
        advisor=advisor,
        city=city,
        lang=lang,
        threat_days=threat_days,
        limit=None,
        sections=("threat", "hearing"),
    )
    return MeetingSheet(
        start=start,
        end=start + timedelta(days=days - 1),
        threat_end=start + timedelta(days=threat_days),
        lang=lang,
        threats=page.section("threat").items,
        hearings=page.section("hearing").items,
        advisor=advisor,
        city=city,
    )


def _e(text: object) -> str:
    return escape_text(text)


def _day(item: AgendaItem, lang: str) -> str:
    """``Monday, 7 December 2026, 10:00`` in the sheet's language."""
    text = format_date(item.date, lang, width="EEEE, d MMMM y").capitalize()
    if item.time is not None:
        text += ", " + format_time(item.time, lang)
    return text


def _when(item: AgendaItem, lang: str) -> str:
    if item.days_left == 0:
        return word("today", lang)
    return word("in_days", lang, n=item.days_left)


def _details(item: AgendaItem, lang: str, *, address: bool) -> list[str]:
    lines = []
    if address and (item.address or item.city):
        where = item.address or ""
        if item.city and item.city.casefold() not in where.casefold():
            where = ", ".join(x for x in (where, item.city) if x)
        lines.append(word("address", lang, v=where))
    if item.place:
        lines.append(word("place", lang, v=item.place))
    elif not address and item.city:
        lines.append(item.city)
    facts = []
    if item.case_no:
        facts.append(word("case_no", lang, v=item.case_no))
    if item.advisor:
        facts.append(word("advisor", lang, v=item.advisor))
    if facts:
        lines.append("; ".join(facts))
    return lines


def _attend_box(item: AgendaItem, lang: str) -> b.WriteBox:
    names = (item.attendees or "").strip()
    hint = word("already", lang, v=names) if names else word("attend", lang)
    return b.WriteBox(lines=1, hint=_e(hint))


def _item_blocks(number: int, item: AgendaItem, lang: str, *, threat: bool) -> list[b.Block]:
    if threat:
        head = f"{number}. {_e(item.full_name)} — {_e(item.title)}"
        first = f"<b>{_e(_day(item, lang))}</b> ({_e(_when(item, lang))})"
    else:
        head = f"{number}. {_e(item.full_name)}"
        first = f"<b>{_e(_day(item, lang))}</b>"
    lines = [first] + [_e(line) for line in _details(item, lang, address=threat)]
    return [b.Heading(3, head), b.Paragraph("<br>".join(lines)), _attend_box(item, lang)]


def sheet_blocks(sheet: MeetingSheet, *, printed_on: date | None = None) -> list[b.Block]:
    """The sheet as document blocks (``render_pdf`` lays them out)."""
    lang = sheet.lang
    period = word(
        "period",
        lang,
        start=format_date(sheet.start, lang),
        end=format_date(sheet.end, lang),
    )
    found: list[b.Block] = [b.Title(_e(word("title", lang))), b.Paragraph(_e(period), "center")]
    only = ", ".join(x for x in (sheet.city, sheet.advisor) if x)
    if only:
        found.append(b.Paragraph(_e(word("filters", lang, v=only)), "center"))
    found.append(b.Heading(1, _e(word("threats", lang, n=len(sheet.threats)))))
    if not sheet.threats:
        days = (sheet.threat_end - sheet.start).days
        found.append(b.Paragraph(_e(word("no_threats", lang, days=days))))
    for number, item in enumerate(sheet.threats, start=1):
        found += _item_blocks(number, item, lang, threat=True)
    found.append(b.Heading(1, _e(word("hearings", lang, n=len(sheet.hearings)))))
    if not sheet.hearings:
        found.append(b.Paragraph(_e(word("no_hearings", lang))))
    for number, item in enumerate(sheet.hearings, start=1):
        found += _item_blocks(number, item, lang, threat=False)
    printed = format_date(printed_on or clock_today(), lang)
    found += [b.Spacer(), b.Paragraph(_e(word("printed", lang, v=printed)), "note")]
    return found


def sheet_pdf(sheet: MeetingSheet, *, invariant: bool = False) -> bytes:
    """The sheet as PDF bytes, large print."""
    title = word("title", sheet.lang)
    meta = PdfMeta(title=f"{title} {sheet.start.isoformat()}", subject=title)
    return render_pdf(sheet_blocks(sheet), STYLE, meta, lang=sheet.lang, invariant=invariant)


def meeting_sheet_pdf(
    session: Session,
    *,
    start: date | None = None,
    days: int = DEFAULT_DAYS,
    lang: str = "ru",
    advisor: str | None = None,
    city: str | None = None,
    invariant: bool = False,
) -> bytes:
    """The meeting sheet PDF for ``days`` days from ``start`` (see :func:`meeting_sheet`)."""
    sheet = meeting_sheet(session, start=start, days=days, lang=lang, advisor=advisor, city=city)
    return sheet_pdf(sheet, invariant=invariant)
