"""Words of the movement-figures report in Kazakh, Russian and English.

The report is printed in the language asked for (a press release in Kazakh from
a program whose screens are in Russian), so these are tables by language, like
``debtdesk.finance.labels``, not gettext messages of the current language.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from debtdesk.finance.labels import LANGS, by_lang, norm_lang

__all__ = ["LANGS", "STAGE_WORDS", "WORDS", "norm_lang", "stage", "word"]


WORDS: Final[Mapping[str, Mapping[str, str]]] = by_lang(
    {
        # key: (kk, ru, en)
        "title": (
            "Қозғалыстың көрсеткіштері",
            "Показатели движения",
            "The movement in figures",
        ),
        "range": ("Кезең: {start} – {end}", "Период: {start} – {end}", "Period: {start} – {end}"),
        "all_cities": ("Барлық қалалар", "Все города", "All cities"),
        "city": ("Қала: {city}", "Город: {city}", "City: {city}"),
        "generated": (
            "Есеп {date} жасалды",
            "Отчёт составлен {date}",
            "Report made on {date}",
        ),
        "headline": ("Негізгі сандар", "Главные цифры", "Key figures"),
        "families": ("Көмек алған отбасылар", "Семей, получивших помощь", "Families helped"),
        "open_cases": ("Ашық істер", "Открытых дел", "Open cases"),
        "hearings": ("Сот отырыстары", "Судебных заседаний", "Court hearings"),
        "attended": (
            "Оның ішінде топ мүшелерінің қатысуымен",
            "Из них с участием группы",
            "Of them with the group",
        ),
        "won": ("Борышкер пайдасына шешімдер", "Выигранных решений", "Decisions won"),
        "lost": ("Борышкерге қарсы шешімдер", "Проигранных решений", "Decisions lost"),
        "scheduled": (
            "Үйден шығарудың белгіленген күндері",
            "Назначенных дат выселения",
            "Eviction dates scheduled",
        ),
        "stopped": (
            "Тоқтатылған үйден шығарулар",
            "Остановленных выселений",
            "Evictions stopped",
        ),
        "borrowed": ("Алынған қарыз", "Взято взаймы", "Borrowed"),
        "claimed": ("Талап етілген сома", "Требуют", "Claimed"),
        "ratio": ("{x} есе көп", "в {x} раза больше", "{x} times as much"),
        "sent": ("Жіберілген хаттар", "Отправлено писем", "Letters sent"),
        "answered": ("Алынған жауаптар", "Получено ответов", "Replies received"),
        "by_city": ("Қалалар бойынша", "По городам", "By city"),
        "col_city": ("Қала", "Город", "City"),
        "col_families": ("Отбасы", "Семьи", "Families"),
        "col_open": ("Ашық іс", "Откр. дела", "Open cases"),
        "col_hearings": ("Отырыс", "Засед.", "Hearings"),
        "col_attended": ("Топпен", "С группой", "With group"),
        "col_won": ("Ұтты", "Выигр.", "Won"),
        "col_lost": ("Ұтылды", "Проигр.", "Lost"),
        "col_scheduled": ("Үйден шығару күні", "Даты высел.", "Evictions"),
        "col_stopped": ("Тоқтатылды", "Остановл.", "Stopped"),
        "col_sent": ("Хат", "Письма", "Letters"),
        "col_answered": ("Жауап", "Ответы", "Replies"),
        "col_borrowed": ("Алынды, млн ₸", "Взято, млн ₸", "Borrowed, mln ₸"),
        "col_claimed": ("Талап, млн ₸", "Требуют, млн ₸", "Claimed, mln ₸"),
        "col_ratio": ("Есе", "Раз", "×"),
        "col_won_lost": ("Ұтты / ұтыл.", "Выигр. / проигр.", "Won / lost"),
        "col_evictions": ("Шығару / тоқтат.", "Высел. / остан.", "Evict. / stopped"),
        "col_letters": ("Хат / жауап", "Письма / ответы", "Letters / replies"),
        "by_city_note": (
            "Отырыстар: жақшада — топ мүшелерінің қатысуымен. Үйден шығару: белгіленген күндер / "
            "тоқтатылғандар. Хаттар: жіберілгендер / алынған жауаптар. Сомалар миллион теңгемен.",
            "Заседания: в скобках — с участием группы. Выселения: назначенные даты / "
            "остановленные выселения. Письма: отправлено / получено ответов. Суммы в "
            "миллионах тенге.",
            "Hearings: in brackets, those with the group. Evictions: dates scheduled / "
            "evictions stopped. Letters: sent / replies received. Amounts in millions of tenge.",
        ),
        "ratio_sentence": (
            "Банктер мен соттар талап ететін сома алынған қарыздан {x} есе көп.",
            "Банки и суды требуют в {x} раза больше, чем было взято взаймы.",
            "Banks and courts claim {x} times as much as was borrowed.",
        ),
        "col_figure": ("Көрсеткіш", "Показатель", "Figure"),
        "col_value": ("Мәні", "Значение", "Value"),
        "col_stage": ("Кезең", "Стадия", "Stage"),
        "col_cases": ("Істер", "Дела", "Cases"),
        "other_cities": (
            "Басқа қалалар ({n})",
            "Другие города ({n})",
            "Other cities ({n})",
        ),
        "other_cities_plain": ("Басқа қалалар", "Другие города", "Other cities"),
        "total": ("Барлығы", "Всего", "Total"),
        "fewer": ("{n} санынан аз", "меньше {n}", "fewer than {n}"),
        "suppressed": (
            "Бұл кезеңде отбасылар тым аз ({n} отбасыға жетпейді): ешкімді тануға болмас үшін "
            "сандар жарияланбайды.",
            "За этот период слишком мало семей (меньше {n}): чтобы никого нельзя было "
            "узнать, цифры не публикуются.",
            "Too few families in this period (fewer than {n}): so that nobody can be "
            "recognised, the figures are not published.",
        ),
        "chart_money": (
            "Алынған және талап етілген сома, қалалар бойынша",
            "Взято и требуют, по городам",
            "Borrowed and claimed, by city",
        ),
        "chart_stages": (
            "Ашық істер кезеңдер бойынша",
            "Открытые дела по стадиям",
            "Open cases by stage",
        ),
        "stages": ("Ашық істердің кезеңдері", "Стадии открытых дел", "Open cases by stage"),
        "about": ("Сандар туралы", "О цифрах", "About the figures"),
        "note_months": (
            "Кезең толық айлармен есептеледі. Есеп тек иесіздендірілген деректерден "
            "жасалған: онда аты-жөндер, ЖСН, телефондар мен мекенжайлар жоқ.",
            "Период считается целыми месяцами. Отчёт построен только на обезличенных "
            "данных: в нём нет имён, ИИН, телефонов и адресов.",
            "The period is counted in whole months. The report is built on anonymised "
            "data only: it holds no names, IINs, phones or addresses.",
        ),
        "note_small": (
            "{n} отбасыға жетпейтін қалалар «Басқа қалалар» жолына біріктірілген.",
            "Города, где меньше {n} семей, объединены в строку «Другие города».",
            "Cities with fewer than {n} families are merged into “Other cities”.",
        ),
        "note_money": (
            "Шетел валютасындағы қарыздар теңгеге шарт жасалған күнгі бағаммен, "
            "талаптар талап етілген күнгі бағаммен қайта есептелген.",
            "Займы в иностранной валюте пересчитаны в тенге по курсу на дату договора, "
            "требования — по курсу на дату требования.",
            "Foreign-currency loans are in tenge at the rate of the contract date; claims "
            "at the rate of the claim's date.",
        ),
        "note_families": (
            "Отбасы — осы кезеңде ісі белсенді болған адам; бір адамның екі ісі бір рет саналады.",
            "Семья — человек с делом, активным в этот период; два дела одного человека "
            "считаются один раз.",
            "A family is a person with a case active in the period; two cases of one "
            "person count once.",
        ),
        "note_stages": (
            "Істердің кезеңдері есеп жасалған күнгі жағдай бойынша.",
            "Стадии дел — на день составления отчёта.",
            "Stages of cases are as on the day the report was made.",
        ),
        "note_unconverted": (
            "Бағамы жоқ {n} сома жиынтыққа кірмеді.",
            "{n} сумм без курса не вошли в итоги.",
            "{n} amounts without an exchange rate are left out of the sums.",
        ),
        "made_by": (
            "debtdesk: иесіздендірілген деректер бойынша",
            "debtdesk: по обезличенным данным",
            "debtdesk: from anonymised data",
        ),
    }
)

STAGE_WORDS: Final[Mapping[str, Mapping[str, str]]] = by_lang(
    {
        "none": ("Сотқа дейін", "До суда", "Before court"),
        "filed": ("Талап қойылды", "Иск подан", "Claim filed"),
        "hearings": ("Сот отырыстары", "Заседания", "Hearings"),
        "decided": ("Шешім шықты", "Решение вынесено", "Decided"),
        "appeal": ("Апелляция", "Апелляция", "Appeal"),
        "cassation": ("Кассация", "Кассация", "Cassation"),
        "in_force": ("Заңды күшіне енді", "Вступило в силу", "In force"),
        "enforcement": ("Атқарушылық іс жүргізу", "Исполнительное производство", "Enforcement"),
        "seizure": ("Мүлікке тыйым салу", "Арест имущества", "Seizure"),
        "valuation": ("Мүлікті бағалау", "Оценка имущества", "Valuation"),
        "auction": ("Сауда-саттық", "Торги", "Auction"),
        "eviction": ("Үйден шығару", "Выселение", "Eviction"),
        "closed": ("Жабылды", "Закрыто", "Closed"),
    }
)


def word(key: str, lang: str) -> str:
    return WORDS[norm_lang(lang)][key]


def stage(key: str, lang: str) -> str:
    """A stage's name; an unknown key (a newer vocabulary) prints as it is."""
    return STAGE_WORDS[norm_lang(lang)].get(key, key)
