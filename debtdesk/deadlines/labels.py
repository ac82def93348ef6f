"""Names of event kinds, holidays, units and confidence flags in Kazakh, Russian, English.

These are read in the language of the reader of a page or a letter, which need
not be the language of the program's screens, so they are tables by language
rather than gettext messages of the current language.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from debtdesk.vocab import EventKind

LANGS: Final = ("kk", "ru", "en")


def norm_lang(lang: str | None) -> str:
    """``ru_KZ`` → ``ru``; anything unknown reads English."""
    prefix = (lang or "en").replace("-", "_").split("_")[0].lower()
    return prefix if prefix in LANGS else "en"


def _table(rows: dict[str, tuple[str, str, str]]) -> Mapping[str, Mapping[str, str]]:
    return MappingProxyType(
        {key: MappingProxyType(dict(zip(LANGS, row, strict=True))) for key, row in rows.items()}
    )


# Sentence case; used in lists and, with the first letter lowered, inside sentences.
EVENT_KINDS: Final = _table(
    {
        # key: (kk, ru, en)
        EventKind.HEARING: ("Сот отырысы", "Судебное заседание", "Hearing"),
        EventKind.DECISION_ANNOUNCED: (
            "Шешімнің жариялануы",
            "Оглашение решения",
            "Decision announced",
        ),
        EventKind.DECISION_FINAL_FORM: (
            "Түпкілікті нысандағы шешім",
            "Решение в окончательной форме",
            "Decision in final form",
        ),
        EventKind.RULING_FINAL_FORM: (
            "Түпкілікті нысандағы ұйғарым",
            "Определение в окончательной форме",
            "Ruling in final form",
        ),
        EventKind.DECISION_IN_FORCE: (
            "Шешімнің заңды күшіне енуі",
            "Вступление решения в законную силу",
            "Decision in force",
        ),
        EventKind.APPEAL_RULING_IN_FORCE: (
            "Апелляциялық сатының қаулысының заңды күшіне енуі",
            "Вступление в законную силу постановления апелляционной инстанции",
            "Appeal ruling in force",
        ),
        EventKind.COURT_ORDER_RECEIVED: (
            "Сот бұйрығының көшірмесін алу",
            "Получение копии судебного приказа",
            "Court order received",
        ),
        EventKind.DEFERRAL_APPLICATION_FILED: (
            "Орындауды кейінге қалдыру немесе бөліп орындау туралы арыз беру",
            "Подача заявления об отсрочке или рассрочке исполнения",
            "Deferral or instalment application filed",
        ),
        EventKind.NEW_CIRCUMSTANCES: (
            "Жаңадан ашылған мән-жайлардың анықталуы",
            "Установление вновь открывшихся обстоятельств",
            "New circumstances established",
        ),
        EventKind.BANKRUPTCY_APPLICATION_FILED: (
            "Банкроттық туралы өтініш беру",
            "Подача заявления о банкротстве",
            "Bankruptcy application filed",
        ),
        EventKind.ENFORCEMENT_OPENED: (
            "Атқарушылық іс жүргізудің қозғалуы",
            "Возбуждение исполнительного производства",
            "Enforcement opened",
        ),
        EventKind.SEIZURE: ("Мүлікке тыйым салу", "Арест имущества", "Seizure of property"),
        EventKind.VALUATION_RECEIVED: (
            "Мүлікті бағалау туралы есепті алу",
            "Получение отчёта об оценке имущества",
            "Valuation received",
        ),
        EventKind.AUCTION: ("Сауда-саттық (аукцион)", "Торги (аукцион)", "Auction"),
        EventKind.EVICTION_NOTICE: (
            "Тұрғын үйден шығару туралы хабарлама",
            "Уведомление о выселении",
            "Eviction notice",
        ),
        EventKind.EVICTION: ("Тұрғын үйден шығару", "Выселение", "Eviction"),
        EventKind.FIRST_DAY_OVERDUE: (
            "Төлем мерзімі өткен алғашқы күн",
            "Первый день просрочки",
            "First day overdue",
        ),
        EventKind.LETTER_SENT: ("Хатты жіберу", "Отправка письма", "Letter sent"),
        EventKind.LETTER_RECEIVED: (
            "Хатты адресаттың алуы",
            "Получение письма адресатом",
            "Letter received by the addressee",
        ),
        EventKind.REPLY_RECEIVED: ("Жауапты алу", "Получение ответа", "Reply received"),
        EventKind.MEETING: ("Кездесу", "Встреча", "Meeting"),
        EventKind.ACTION: ("Акция", "Акция", "Action"),
    }
)


def event_kind_label(kind: str, lang: str) -> str:
    """The name of an event kind for a reader of ``lang`` (the key itself if unknown)."""
    names = EVENT_KINDS.get(kind)
    return names[norm_lang(lang)] if names else kind


CONFIDENCE: Final = _table(
    {
        "H": ("жоғары", "высокая", "high"),
        "M": ("орташа", "средняя", "medium"),
        "L": ("төмен", "низкая", "low"),
    }
)

# Holiday names as the holidays package gives them in English (the calendar's
# stored form), in the other languages. Kazakh follows the package's own catalog.
HOLIDAYS_KZ: Final = _table(
    {
        "New Year's Day": ("Жаңа жыл", "Новый год", "New Year's Day"),
        "Orthodox Christmas": (
            "Православиелік Рождество",
            "Православное Рождество",
            "Orthodox Christmas",
        ),
        "International Women's Day": (
            "Халықаралық әйелдер күні",
            "Международный женский день",
            "International Women's Day",
        ),
        "Nowruz Holiday": ("Наурыз мейрамы", "Наурыз мейрамы", "Nowruz Holiday"),
        "Kazakhstan's People Solidarity Holiday": (
            "Қазақстан халқының бірлігі мерекесі",
            "Праздник единства народа Казахстана",
            "Kazakhstan's People Solidarity Holiday",
        ),
        "Defender of the Fatherland Day": (
            "Отан Қорғаушы күні",
            "День защитника Отечества",
            "Defender of the Fatherland Day",
        ),
        "Victory Day": ("Жеңіс күні", "День Победы", "Victory Day"),
        "Capital Day": ("Астана күні", "День Столицы", "Capital Day"),
        "Constitution Day": (
            "Қазақстан Республикасының Конституциясы күні",
            "День Конституции Республики Казахстан",
            "Constitution Day",
        ),
        "Republic Day": ("Республика күні", "День Республики", "Republic Day"),
        "First President Day": (
            "Қазақстан Республикасының Тұңғыш Президенті күні",
            "День Первого Президента Республики Казахстан",
            "First President Day",
        ),
        "Independence Day": ("Тәуелсіздік күні", "День Независимости", "Independence Day"),
        "Eid al-Adha": ("Құрбан айт", "Курбан айт", "Eid al-Adha"),
    }
)

_SUFFIXES: Final = _table(
    {
        "observed": ("ауыстырылған демалыс", "перенесённый выходной", "observed"),
        "estimated": ("күні болжамды", "дата предположительная", "estimated"),
        "observed, estimated": (
            "ауыстырылған демалыс, күні болжамды",
            "перенесённый выходной, дата предположительная",
            "observed, estimated",
        ),
    }
)
_SUBSTITUTED: Final = MappingProxyType(
    {
        "kk": "{day} күнінен ауыстырылған",
        "ru": "перенесён с {day}",
        "en": "transferred from {day}",
    }
)
_SUFFIX = re.compile(r"^(?P<base>.*?) \((?P<suffix>observed|estimated|observed, estimated)\)$")
_SUBSTITUTED_FROM = re.compile(
    r"^Day off \(substituted from (?P<m>\d\d)/(?P<d>\d\d)/(?P<y>\d{4})\)$"
)


def holiday_name(name: str, lang: str) -> str:
    """A holiday name from the calendar in the reader's language; unknown names as they are.

    Several holidays on one day arrive joined by "; " and are translated one by one.
    """
    lang = norm_lang(lang)
    return "; ".join(_one_holiday(part, lang) for part in name.split("; "))


def _one_holiday(name: str, lang: str) -> str:
    if sub := _SUBSTITUTED_FROM.match(name):
        day = f"{sub['d']}.{sub['m']}.{sub['y']}"
        return _SUBSTITUTED[lang].format(day=day)
    match = _SUFFIX.match(name)
    base, suffix = (match["base"], match["suffix"]) if match else (name, None)
    names = HOLIDAYS_KZ.get(base)
    if names is None:
        return name
    text = names[lang]
    return f"{text} ({_SUFFIXES[suffix][lang]})" if suffix else text
