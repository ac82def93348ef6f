"""Read a stored explanation aloud: the steps of a computation as Kazakh, Russian or English.

The explanation is stored as language-neutral steps (see ``compute.py``); the
words are chosen only here, in the reader's language, which may differ from the
program's. Rule titles come from the rules file; the source is shown as it was
when the deadline was computed, translated only while the file still cites the
very same source, so an old deadline never claims a source it was not based on.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, Final

from debtdesk.deadlines.compute import EXPLANATION_VERSION
from debtdesk.deadlines.labels import CONFIDENCE, event_kind_label, holiday_name, norm_lang
from debtdesk.deadlines.periods import DAYS, MONTHS, WORKING_DAYS
from debtdesk.deadlines.rules import Jurisdiction, Rule, load_jurisdiction
from debtdesk.errors import ValidationError
from debtdesk.formats import format_date, format_weekday
from debtdesk.i18n import _

_ESTIMATED: Final = re.compile(r" \((?:observed, )?estimated\)$")

# Words by language. Placeholders: {title} {period} {trigger} {event} {date} ...
_WORDS: Final[dict[str, dict[str, str]]] = {
    "en": {
        "head": "{title}: {period} from {trigger} ({event}) is {end}",
        "not_counted": ", not counting {days}",
        "sep": "; ",
        "working_weekend": ", counting {days} (working by decree)",
        "then": "; then {day}",
        "moved": "; moved to {due}.",
        "kept": "; this rule does not move it.",
        "end": ".",
        "source": "Source: {source} (confidence: {confidence}).",
        "non_working_rule": "Moved by the rule for non-working days: {source} "
        "(confidence: {confidence}).",
        "check.confidence": "Check with a lawyer: the source is not fully verified.",
        "check.non_working_rule": "Check with a lawyer: the rule that moves a deadline off a "
        "non-working day is not verified.",
        "check.other": "Check with a lawyer.",
        "estimated": "The date of {name} is estimated; check the official calendar.",
        "weekend": "{date}, a {weekday}",
        "holiday": "{date}, a {weekday} (public holiday: {name})",
        "decree": "{date}, a {weekday} (day off by decree{name})",
        "court_closure": "{date}, a {weekday} (court closed{name})",
        "working_day": "{weekday} {date}{name}",
        "dated": "{weekday} {date}",
        "line.rule": "Rule: {title} ({jurisdiction})",
        "line.trigger": "Start: {event}, {date}",
        "line.period": "Period: {period}, counted from the next day",
        "line.working_weekend": "Counted as a working day: {day}",
        "line.not_counted": "Not counted: {day}",
        "line.raw_end": "Last day of the period: {date}",
        "line.skip": "Not a working day: {day}",
        "line.kept": "Not a working day, but this rule does not move the date: {day}",
        "line.due": "Due: {date}",
    },
    "ru": {
        "head": "{title}: срок {period}, считая от {trigger} ({event}), истекает {end}",
        "not_counted": "; не считаются: {days}",
        "sep": ", ",
        "working_weekend": "; считаются рабочими по постановлению: {days}",
        "then": "; затем {day}",
        "moved": "; срок переносится на {due}.",
        "kept": "; по этому правилу срок не переносится.",
        "end": ".",
        "source": "Источник: {source} (достоверность: {confidence}).",
        "non_working_rule": "Перенос с нерабочего дня: {source} (достоверность: {confidence}).",
        "check.confidence": "Проверьте у юриста: источник проверен не полностью.",
        "check.non_working_rule": "Проверьте у юриста: правило о переносе срока с нерабочего "
        "дня не подтверждено.",
        "check.other": "Проверьте у юриста.",
        "estimated": "Дата праздника «{name}» предположительная; сверьтесь с официальным "
        "календарём.",
        "weekend": "{date} ({weekday})",
        "holiday": "{date} ({weekday}, праздник: {name})",
        "decree": "{date} ({weekday}, выходной по постановлению{name})",
        "court_closure": "{date} ({weekday}, суд не работает{name})",
        "working_day": "{date} ({weekday}{name})",
        "dated": "{date} ({weekday})",
        "line.rule": "Правило: {title} ({jurisdiction})",
        "line.trigger": "Начало: {event}, {date}",
        "line.period": "Срок: {period}, считая со следующего дня",
        "line.working_weekend": "Считается рабочим днём: {day}",
        "line.not_counted": "Не считается: {day}",
        "line.raw_end": "Последний день срока: {date}",
        "line.skip": "Нерабочий день: {day}",
        "line.kept": "Нерабочий день, но по этому правилу срок не переносится: {day}",
        "line.due": "Срок истекает: {date}",
    },
    "kk": {
        "head": "{title}: {event} — {trigger}; {period} мерзімнің соңғы күні — {end}",
        "not_counted": "; есептелмейтін күндер: {days}",
        "sep": ", ",
        "working_weekend": "; қаулы бойынша жұмыс күні ретінде есептелетін күндер: {days}",
        "then": "; одан кейін {day}",
        "moved": "; мерзім келесі жұмыс күніне ауыстырылады: {due}.",
        "kept": "; бұл ереже бойынша мерзім ауыстырылмайды.",
        "end": ".",
        "source": "Дереккөз: {source} (сенімділік: {confidence}).",
        "non_working_rule": "Жұмыс емес күннен ауыстыру ережесі: {source} "
        "(сенімділік: {confidence}).",
        "check.confidence": "Заңгермен ақылдасыңыз: дереккөз толық тексерілмеген.",
        "check.non_working_rule": "Заңгермен ақылдасыңыз: мерзімді жұмыс емес күннен ауыстыру "
        "ережесі расталмаған.",
        "check.other": "Заңгермен ақылдасыңыз.",
        "estimated": "«{name}» мерекесінің күні болжамды; ресми күнтізбені тексеріңіз.",
        "weekend": "{date} ({weekday})",
        "holiday": "{date} ({weekday}, мереке: {name})",
        "decree": "{date} ({weekday}, қаулы бойынша демалыс{name})",
        "court_closure": "{date} ({weekday}, сот жұмыс істемейді{name})",
        "working_day": "{date} ({weekday}{name})",
        "dated": "{date} ({weekday})",
        "line.rule": "Ереже: {title} ({jurisdiction})",
        "line.trigger": "Бастапқы оқиға: {event}, {date}",
        "line.period": "Мерзім: {period}, келесі күннен бастап есептеледі",
        "line.working_weekend": "Жұмыс күні ретінде есептеледі: {day}",
        "line.not_counted": "Есептелмейді: {day}",
        "line.raw_end": "Мерзімнің соңғы күні: {date}",
        "line.skip": "Жұмыс емес күн: {day}",
        "line.kept": "Жұмыс емес күн, бірақ бұл ереже бойынша мерзім ауыстырылмайды: {day}",
        "line.due": "Мерзімнің аяқталу күні: {date}",
    },
}


# --- dates and periods in words ---------------------------------------------


# Dates are written by ``debtdesk.formats``, as letters write them, since an
# explanation is quoted in letters; cached, as an agenda reads the same few
# days again for every deadline.


@lru_cache(maxsize=4096)
def long_date(day: date, lang: str) -> str:
    """ "5 April 2026", "5 апреля 2026 г.", "2026 жылғы 5 сәуір"."""
    return format_date(day, norm_lang(lang))


@lru_cache(maxsize=4096)
def weekday_name(day: date, lang: str) -> str:
    """ "Monday", "понедельник", "дүйсенбі"."""
    return format_weekday(day, norm_lang(lang))


def dated(day: date, lang: str) -> str:
    """A date with its weekday: "Monday 6 April 2026", "6 апреля 2026 г. (понедельник)"."""
    lang = norm_lang(lang)
    return _WORDS[lang]["dated"].format(date=long_date(day, lang), weekday=weekday_name(day, lang))


def _ru_plural(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def period_words(count: int, unit: str, lang: str, attributive: bool = False) -> str:
    """ "1 month" / "1 месяц" / "1 ай"; Kazakh ``attributive`` "1 айлық" precedes a noun."""
    lang = norm_lang(lang)
    if lang == "ru":
        forms = {
            DAYS: ("день", "дня", "дней"),
            WORKING_DAYS: ("рабочий день", "рабочих дня", "рабочих дней"),
            MONTHS: ("месяц", "месяца", "месяцев"),
        }[unit]
        return f"{count} {_ru_plural(count, *forms)}"
    if lang == "kk":
        # Kazakh nouns stay singular after a numeral.
        plain, adjective = {
            DAYS: ("күн", "күндік"),
            WORKING_DAYS: ("жұмыс күні", "жұмыс күндік"),
            MONTHS: ("ай", "айлық"),
        }[unit]
        return f"{count} {adjective if attributive else plain}"
    word = {DAYS: "day", WORKING_DAYS: "working day", MONTHS: "month"}[unit]
    return f"{count} {word}{'' if count == 1 else 's'}"


# --- reading the steps ------------------------------------------------------


@dataclass
class _Reading:
    """The steps of one explanation, sorted by what they say."""

    rule: str = ""
    code: str = ""
    trigger: date | None = None
    event_kind: str = ""
    count: int = 0
    unit: str = ""
    raw_end: date | None = None
    due: date | None = None
    not_counted: list[dict[str, Any]] = field(default_factory=list)
    working_weekend: list[dict[str, Any]] = field(default_factory=list)
    skips: list[dict[str, Any]] = field(default_factory=list)
    kept: dict[str, Any] | None = None
    source: dict[str, Any] | None = None
    non_working: dict[str, Any] | None = None
    checks: list[str] = field(default_factory=list)


def _steps(explanation: Mapping[str, Any]) -> list[dict[str, Any]]:
    if not isinstance(explanation, Mapping) or explanation.get("version") != EXPLANATION_VERSION:
        raise ValidationError(
            "explanation",
            _("unknown explanation format (version {version!r}); recompute the deadline").format(
                version=explanation.get("version") if isinstance(explanation, Mapping) else None
            ),
        )
    steps = explanation.get("steps")
    if not isinstance(steps, list) or not all(isinstance(step, dict) for step in steps):
        raise ValidationError("explanation", _("the explanation has no list of steps"))
    return steps


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _read(steps: list[dict[str, Any]]) -> _Reading:
    r = _Reading()
    for step in steps:
        kind = step.get("step")
        if kind == "rule":
            r.rule, r.code = str(step.get("rule", "")), str(step.get("jurisdiction", ""))
        elif kind == "trigger":
            r.trigger, r.event_kind = _day(step.get("date")), str(step.get("event_kind", ""))
        elif kind == "period":
            r.count, r.unit = int(step.get("count", 0)), str(step.get("unit", ""))
        elif kind == "raw_end":
            r.raw_end = _day(step.get("date"))
        elif kind == "due":
            r.due = _day(step.get("date"))
        elif kind == "not_counted":
            r.not_counted.append(step)
        elif kind == "working_weekend":
            r.working_weekend.append(step)
        elif kind == "skip":
            r.skips.append(step)
        elif kind == "kept":
            r.kept = step
        elif kind == "source":
            r.source = step
        elif kind == "non_working_rule":
            r.non_working = step
        elif kind == "check_with_lawyer":
            r.checks.append(str(step.get("why", "")))
    return r


class _Reader:
    """Words for one explanation in one language."""

    def __init__(self, lang: str, jurisdiction: Jurisdiction | None, code: str) -> None:
        self.lang = norm_lang(lang)
        self.words = _WORDS[self.lang]
        self.jurisdiction = jurisdiction or _builtin(code)

    def rule(self, key: str) -> Rule | None:
        if self.jurisdiction is None:
            return None
        return self.jurisdiction.rules.get(key)

    def title(self, key: str) -> str:
        rule = self.rule(key)
        return rule.title_in(self.lang) if rule else key

    def source(self, key: str, step: Mapping[str, Any]) -> str:
        """The stored source, in the reader's words only while the rules file still cites it."""
        text = str(step.get("text", ""))
        rule = self.rule(key)
        if rule is not None and rule.source == text:
            return rule.source_in(self.lang)
        return text

    def non_working_source(self, step: Mapping[str, Any]) -> str:
        text = str(step.get("text", ""))
        nw = self.jurisdiction.non_working if self.jurisdiction else None
        if nw is not None and nw.source == text and nw.source_text:
            return nw.source_text[self.lang]
        return text

    def confidence(self, flag: Any) -> str:
        names = CONFIDENCE.get(str(flag))
        return names[self.lang] if names else str(flag)

    def date(self, value: date | None) -> str:
        return long_date(value, self.lang) if value else "?"

    def dated(self, value: date | None) -> str:
        return dated(value, self.lang) if value else "?"

    def day(self, step: Mapping[str, Any]) -> str:
        """A non-working (or decreed working) day with its reason."""
        day = _day(step.get("date"))
        if day is None:
            return "?"
        reason = str(step.get("reason", "working_day"))
        if step.get("step") == "working_weekend":
            reason = "working_day"
        name = str(step.get("name", "") or "")
        if reason == "holiday":
            name = holiday_name(name, self.lang)
        elif reason in ("decree", "court_closure", "working_day") and name:
            name = ": " + holiday_name(name, self.lang)
        template = self.words.get(reason, self.words["weekend"])
        return template.format(
            date=long_date(day, self.lang), weekday=weekday_name(day, self.lang), name=name
        )

    def estimated_names(self, r: _Reading) -> list[str]:
        names: list[str] = []
        for step in (*r.not_counted, *r.skips, *([r.kept] if r.kept else [])):
            if step.get("estimated"):
                base = holiday_name(_ESTIMATED.sub("", str(step.get("name", ""))), self.lang)
                if base not in names:
                    names.append(base)
        return names


def _builtin(code: str) -> Jurisdiction | None:
    """The bundled rules of ``code`` (cached by the loader), or None if there are none."""
    if not code:
        return None
    try:
        return load_jurisdiction(code)
    except ValidationError:
        return None


# --- public ------------------------------------------------------------------


def render_explanation(
    explanation: Mapping[str, Any], lang: str, jurisdiction: Jurisdiction | None = None
) -> str:
    """The explanation as a few sentences a volunteer can read aloud in ``lang``.

    ``jurisdiction`` supplies rule titles; without it the bundled file of the
    explanation's jurisdiction is used, and failing that the rule's key.
    """
    r = _read(_steps(explanation))
    w = _Reader(lang, jurisdiction, r.code)
    words = w.words
    event = event_kind_label(r.event_kind, w.lang)
    event = event[:1].lower() + event[1:]
    title = w.title(r.rule)
    sentences: list[str] = []

    if r.skips:
        end = w.day(r.skips[0])
    elif r.kept:
        end = w.day(r.kept)
    else:
        end = w.dated(r.due)
    text = words["head"].format(
        title=title,
        period=period_words(r.count, r.unit, w.lang, attributive=True),
        trigger=w.date(r.trigger),
        event=event,
        end=end,
    )
    if r.not_counted:
        text += words["not_counted"].format(days=words["sep"].join(map(w.day, r.not_counted)))
    if r.working_weekend:
        text += words["working_weekend"].format(
            days=words["sep"].join(map(w.day, r.working_weekend))
        )
    for step in r.skips[1:]:
        text += words["then"].format(day=w.day(step))
    if r.skips:
        text += words["moved"].format(due=w.dated(r.due))
    elif r.kept:
        text += words["kept"]
    else:
        text += words["end"]
    sentences.append(text)

    if r.source is not None:
        sentences.append(
            words["source"].format(
                source=w.source(r.rule, r.source),
                confidence=w.confidence(r.source.get("confidence")),
            )
        )
    if r.non_working is not None:
        sentences.append(
            words["non_working_rule"].format(
                source=w.non_working_source(r.non_working),
                confidence=w.confidence(r.non_working.get("confidence")),
            )
        )
    for name in w.estimated_names(r):
        sentences.append(words["estimated"].format(name=name))
    for why in dict.fromkeys(r.checks):
        sentences.append(words.get(f"check.{why}", words["check.other"]))
    return " ".join(sentences)


def render_steps(
    explanation: Mapping[str, Any], lang: str, jurisdiction: Jurisdiction | None = None
) -> list[str]:
    """One line per step, for a screen that shows the working of a deadline."""
    steps = _steps(explanation)
    r = _read(steps)
    w = _Reader(lang, jurisdiction, r.code)
    words = w.words
    lines: list[str] = []
    for step in steps:
        kind = step.get("step")
        if kind == "rule":
            jur = w.jurisdiction.name_in(w.lang) if w.jurisdiction else r.code
            lines.append(words["line.rule"].format(title=w.title(r.rule), jurisdiction=jur))
        elif kind == "trigger":
            lines.append(
                words["line.trigger"].format(
                    event=event_kind_label(str(step.get("event_kind", "")), w.lang),
                    date=w.dated(_day(step.get("date"))),
                )
            )
        elif kind == "period":
            lines.append(
                words["line.period"].format(
                    period=period_words(int(step.get("count", 0)), str(step.get("unit")), w.lang)
                )
            )
        elif kind in ("working_weekend", "not_counted", "skip", "kept"):
            lines.append(words[f"line.{kind}"].format(day=w.day(step)))
        elif kind in ("raw_end", "due"):
            lines.append(words[f"line.{kind}"].format(date=w.dated(_day(step.get("date")))))
        elif kind == "source":
            lines.append(
                words["source"].format(
                    source=w.source(r.rule, step), confidence=w.confidence(step.get("confidence"))
                )
            )
        elif kind == "non_working_rule":
            lines.append(
                words["non_working_rule"].format(
                    source=w.non_working_source(step),
                    confidence=w.confidence(step.get("confidence")),
                )
            )
        elif kind == "check_with_lawyer":
            lines.append(words.get(f"check.{step.get('why')}", words["check.other"]))
        else:
            # A step this version does not know: shown as data rather than lost.
            lines.append(json.dumps(step, ensure_ascii=False, sort_keys=True))
    for name in w.estimated_names(r):
        lines.append(words["estimated"].format(name=name))
    return lines
