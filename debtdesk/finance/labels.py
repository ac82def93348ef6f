"""Words of the finance pages in Kazakh, Russian and English.

Reports are read in the debtor's (or the court's) language, which need not be
the language of the program's screens, so these are tables by language, like
``deadlines.labels``, not gettext messages of the current language. Budget
categories carry the same names as the deferral application's template.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

LANGS: Final = ("kk", "ru", "en")


def norm_lang(lang: str | None) -> str:
    prefix = (lang or "en").replace("-", "_").split("_")[0].lower()
    return prefix if prefix in LANGS else "en"


def by_lang(rows: dict[str, tuple[str, str, str]]) -> dict[str, dict[str, str]]:
    """Rows of ``key: (kk, ru, en)`` turned into one table a language (papers print in any)."""
    out: dict[str, dict[str, str]] = {lang: {} for lang in LANGS}
    for key, texts in rows.items():
        for lang, text in zip(LANGS, texts, strict=True):
            out[lang][key] = text
    return out


WORDS: Final[Mapping[str, Mapping[str, str]]] = by_lang(
    {
        # key: (kk, ru, en)
        "debt_title": ("Қарыздың тарихы", "История долга", "Debt history"),
        "budget_title": (
            "Отбасының кірістері мен шығыстары туралы мәлімет",
            "Сведения о доходах и расходах семьи",
            "Income and expenditure statement",
        ),
        "screen_title": (
            "Банкроттыққа алдын ала тексеру",
            "Предварительная проверка на банкротство",
            "Bankruptcy screen",
        ),
        "debtor": ("Қарыз алушы", "Заёмщик", "Borrower"),
        "person": ("Аты-жөні", "Ф. И. О.", "Name"),
        "iin": ("ЖСН", "ИИН", "IIN"),
        "as_of": ("{date} жағдай бойынша", "по состоянию на {date}", "as of {date}"),
        "loan": ("Шарт № {no}, {date}", "Договор № {no} от {date}", "Contract No. {no} of {date}"),
        "no_number": ("нөмірсіз", "без номера", "no number"),
        "no_date": ("күні көрсетілмеген", "дата не указана", "date not given"),
        "creditor": ("Кредитор: {name}", "Кредитор: {name}", "Creditor: {name}"),
        "loan_terms": (
            "{currency}, жылдық {rate}%, {term} ай",
            "{currency}, {rate}% годовых, {term} мес.",
            "{currency}, {rate}% a year, {term} months",
        ),
        "col_item": ("", "", ""),
        "col_loan": ("Несие валютасында", "В валюте кредита", "In loan currency"),
        "col_tenge": ("Теңгемен", "В тенге", "In tenge"),
        "col_when": ("Бағам күні", "Курс на дату", "Rate of"),
        "borrowed": ("Алынғаны", "Получено", "Borrowed"),
        "paid": ("Төленгені ({n} төлем)", "Выплачено (платежей: {n})", "Paid ({n} payments)"),
        "paid_dates": ("төлем күндері", "даты платежей", "payment dates"),
        "claimed": ("Талап етілуде", "Требуется", "Claimed"),
        "claim_principal": ("  негізгі борыш", "  основной долг", "  principal"),
        "claim_interest": ("  сыйақы (пайыз)", "  вознаграждение (проценты)", "  interest"),
        "claim_penalties": (
            "  тұрақсыздық айыбы",
            "  неустойка (пеня, штрафы)",
            "  penalties",
        ),
        "claim_fees": ("  комиссиялар мен шығыстар", "  комиссии и расходы", "  fees"),
        "claim_source": (
            "Талаптың көзі: {source}",
            "Источник требования: {source}",
            "Claim source: {source}",
        ),
        "no_claim": (
            "Талап (қарыз есебі) тіркелмеген.",
            "Требование (расчёт долга) не внесено.",
            "No claim (debt statement) recorded.",
        ),
        "ratio_claimed": (
            "Талап етілгені ÷ алынғаны",
            "Требуется ÷ получено",
            "Claimed ÷ borrowed",
        ),
        "ratio_total": (
            "(Төленгені + талап етілгені) ÷ алынғаны",
            "(Выплачено + требуется) ÷ получено",
            "(Paid + claimed) ÷ borrowed",
        ),
        "times": ("{x} есе", "в {x} раза", "{x} times"),
        "share_penalties_fees": (
            "Талаптағы айыппұл мен комиссиялардың үлесі",
            "Доля неустойки и комиссий в требовании",
            "Share of penalties and fees in the claim",
        ),
        "growth_heading": (
            "Теңгемен өсуі: девальвация сыйақы мен айыппұлдан бөлек",
            "Рост в тенге: девальвация отдельно от процентов и неустойки",
            "Growth in tenge: devaluation apart from interest and penalties",
        ),
        "growth_note": (
            "Талаптың бөліктері шарт жасалған күнгі бағаммен бағаланған; теңгенің "
            "құнсыздануы қосқан сома бөлек көрсетілген.",
            "Части требования оценены по курсу дня договора; сумма, которую добавило "
            "падение тенге, показана отдельно.",
            "The parts of the claim are valued at the contract day's rate; what the fall "
            "of the tenge added is shown separately.",
        ),
        "at_rate_principal": ("Негізгі борыш", "Основной долг", "Principal"),
        "at_rate_interest": ("Сыйақы", "Проценты", "Interest"),
        "at_rate_penalties": ("Тұрақсыздық айыбы", "Неустойка", "Penalties"),
        "at_rate_fees": ("Комиссиялар", "Комиссии", "Fees"),
        "dev_claim": (
            "Девальвация: талапқа қосылғаны",
            "Девальвация: добавлено к требованию",
            "Devaluation: added to the claim",
        ),
        "dev_payments": (
            "Девальвация: төлемдерге қосылғаны",
            "Девальвация: добавлено к платежам",
            "Devaluation: added to payments",
        ),
        "dev_total": ("Девальвация, барлығы", "Девальвация, всего", "Devaluation, total"),
        "schedule_heading": (
            "Шарт бойынша кесте және нақты төлемдер",
            "График по договору и фактические платежи",
            "Schedule promised and payments made",
        ),
        "col_year": ("Жыл", "Год", "Year"),
        "col_promised": ("Кесте бойынша", "По графику", "Promised"),
        "col_paid": ("Төленді", "Оплачено", "Paid"),
        "col_behind": ("Қалыс (жиыны)", "Отставание (итог)", "Behind (to date)"),
        "schedule_summary": (
            "{date} дейін кесте бойынша {promised}, төленді {paid}, қалыс {behind} "
            "({n} ай сайынғы төлем, әрқайсысы {level}).",
            "К {date} по графику {promised}, оплачено {paid}, отставание {behind} "
            "({n} ежемесячных платежей по {level}).",
            "By {date}: promised {promised}, paid {paid}, behind {behind} "
            "({n} monthly instalments of {level}).",
        ),
        "chart_title": (
            "Қарыз бен төлемдер, теңгемен",
            "Долг и платежи в тенге",
            "Debt and payments in tenge",
        ),
        "line_borrowed": ("Алынғаны", "Получено", "Borrowed"),
        "line_paid": ("Төленгені (жиыны)", "Выплачено (итог)", "Paid (running total)"),
        "line_claimed": ("Талап етілуде", "Требуется", "Claimed"),
        "chart_note": (
            "Талап күн сайынғы бағаммен, алынғаны шарт күнгі бағаммен көрсетілген.",
            "Требование показано по курсу каждого дня, полученное — по курсу дня договора.",
            "The claim is shown at each day's rate, the amount borrowed at the contract "
            "day's rate.",
        ),
        "rate_line": (
            "Бағам: 1 {currency} = {rate} ₸ ({date})",
            "Курс: 1 {currency} = {rate} ₸ ({date})",
            "Rate: 1 {currency} = {rate} ₸ ({date})",
        ),
        "illustrative": (
            "Бағамдар — демонстрациялық, ресми емес.",
            "Курсы — иллюстративные демонстрационные, не официальные.",
            "Exchange rates are illustrative demo figures, not official.",
        ),
        "case_totals": ("Барлық несиелер бойынша", "Итого по всем кредитам", "All loans together"),
        "rates_from": (
            "Бағамдар: кеңесшілер енгізген кесте ({sources}).",
            "Курсы: таблица, которую ведут консультанты ({sources}).",
            "Rates: the table advisors keep ({sources}).",
        ),
        # Budget
        "income": ("Кірістер", "Доходы", "Income"),
        "expenses": ("Қажетті шығыстар", "Необходимые расходы", "Necessary expenditure"),
        "col_category": ("Бап", "Статья", "Item"),
        "col_month": ("Айына", "В месяц", "Per month"),
        "total_income": ("Кірістердің жиыны", "Итого доходов", "Total income"),
        "total_expenses": ("Шығыстардың жиыны", "Итого расходов", "Total expenditure"),
        "surplus": (
            "Қалдық (кірістер шығыстардан асады)",
            "Остаток (доходы превышают расходы)",
            "Surplus (income exceeds expenditure)",
        ),
        "deficit": (
            "Тапшылық (шығыстар кірістерден асады)",
            "Дефицит (расходы превышают доходы)",
            "Deficit (expenditure exceeds income)",
        ),
        "household": (
            "Отбасы: {n} адам, оның ішінде {m} бала.",
            "Семья: {n} чел., из них детей: {m}.",
            "Household: {n} persons, of whom {m} children.",
        ),
        "household_unknown": (
            "Отбасы мүшелерінің саны көрсетілмеген.",
            "Число членов семьи не указано.",
            "The number of household members is not recorded.",
        ),
        "per_person": (
            "Бір адамға шаққандағы кіріс",
            "Доход на одного человека",
            "Income per person",
        ),
        "minimum": (
            "{year} жылғы ең төмен күнкөріс деңгейі",
            "Прожиточный минимум {year} года",
            "Subsistence minimum of {year}",
        ),
        "below": (
            "Бір адамға шаққандағы кіріс ең төмен күнкөріс деңгейінен төмен.",
            "Доход на одного человека ниже прожиточного минимума.",
            "Income per person is below the subsistence minimum.",
        ),
        "not_below": (
            "Бір адамға шаққандағы кіріс ең төмен күнкөріс деңгейінен төмен емес.",
            "Доход на одного человека не ниже прожиточного минимума.",
            "Income per person is not below the subsistence minimum.",
        ),
        "minimum_unset": (
            "{year} жылғы ең төмен күнкөріс деңгейі баптауларда көрсетілмеген.",
            "Прожиточный минимум {year} года не задан в настройках.",
            "The subsistence minimum of {year} is not set in Settings.",
        ),
        "no_lines": ("(жазба жоқ)", "(нет записей)", "(none recorded)"),
        "signature": ("қолы", "подпись", "signature"),
        "confirm": (
            "Көрсетілген мәліметтердің дұрыстығын растаймын.",
            "Подтверждаю достоверность указанных сведений.",
            "I confirm that the information given is true.",
        ),
        # Bankruptcy screen
        "out_of_court": (
            "Соттан тыс банкроттық",
            "Внесудебное банкротство",
            "Out-of-court bankruptcy",
        ),
        "court": ("Соттық банкроттық", "Судебное банкротство", "Court bankruptcy"),
        "restoration": (
            "Төлем қабілеттілігін қалпына келтіру",
            "Восстановление платёжеспособности",
            "Restoration of solvency",
        ),
        "may_fit": ("сәйкес келуі мүмкін", "может подойти", "may fit"),
        "does_not_fit": ("сәйкес келмейді", "не подходит", "does not fit"),
        "cannot_tell": (
            "айту мүмкін емес (деректер жетіспейді)",
            "нельзя сказать (не хватает данных)",
            "cannot tell (data missing)",
        ),
        "cond.debt_within_limit": (
            "Қарыз {debt} 1 600 АЕК-тен ({limit}) аспайды",
            "Долг {debt} не больше 1 600 МРП ({limit})",
            "Debt {debt} is at most 1,600 MRP ({limit})",
        ),
        "cond.no_property": (
            "Мүлік тіркелмеген (тіркелгені: {properties})",
            "Имущество не записано (записано: {properties})",
            "No property recorded (recorded: {properties})",
        ),
        "cond.no_payments_12_months": (
            "{months} ай бойы төлем жоқ (соңғы төлем: {last_payment})",
            "Нет платежей {months} месяцев (последний платёж: {last_payment})",
            "No payments for {months} months (last payment: {last_payment})",
        ),
        "cond.out_of_court_closed": (
            "Соттан тыс рәсім жабық: қарыз 1 600 АЕК-тен ({limit}) асады немесе мүлік бар",
            "Внесудебная процедура закрыта: долг больше 1 600 МРП ({limit}) или есть имущество",
            "Out-of-court is closed: debt over 1,600 MRP ({limit}) or property owned",
        ),
        "cond.cannot_repay_within_plan": (
            "Айлық қалдық ({surplus}) қарызды {months} айда өтей алмайды",
            "Ежемесячный остаток ({surplus}) не погасит долг за {months} месяцев",
            "The monthly surplus ({surplus}) cannot repay the debt within {months} months",
        ),
        "cond.regular_income": (
            "Тұрақты кіріс бар (айына {income})",
            "Есть постоянный доход ({income} в месяц)",
            "Regular income ({income} a month)",
        ),
        "cond.repays_within_plan": (
            "Айлық қалдық ({surplus}) × {months} ай қарызды ({debt}) өтейді",
            "Ежемесячный остаток ({surplus}) × {months} мес. покрывает долг ({debt})",
            "The monthly surplus ({surplus}) × {months} months covers the debt ({debt})",
        ),
        "mrp_unset": (
            "{year} жылғы АЕК баптауларда көрсетілмеген",
            "МРП {year} года не задан в настройках",
            "the MRP of {year} is not set in Settings",
        ),
        "mrp_line": ("{year} жылғы АЕК: {mrp}", "МРП {year} года: {mrp}", "MRP of {year}: {mrp}"),
        "claims_missing": (
            "{n} несие бойынша талап тіркелмеген",
            "по {n} кредитам требование не внесено",
            "{n} loan(s) have no recorded claim",
        ),
        "none_recorded": ("тіркелмеген", "не записан", "none recorded"),
        "unknown": ("белгісіз", "неизвестно", "unknown"),
        "disclaimer": (
            "Бұл — алдын ала тексеру, заң кеңесі емес. Шешімді заңгер қабылдайды: 2023 жылғы "
            "№ 178-VII Заңын және биылғы АЕК мөлшерін тексеріңіз.",
            "Это предварительная проверка, а не юридическая консультация. Решает юрист: "
            "сверьтесь с Законом № 178-VII 2023 года и размером МРП текущего года.",
            "This is a screen, not legal advice. A lawyer decides: check Law No. 178-VII "
            "(2023) and this year's MRP.",
        ),
        "made_by": (
            "debtdesk бағдарламасымен дайындалды",
            "Подготовлено программой debtdesk",
            "Prepared with debtdesk",
        ),
    }
)

CATEGORIES: Final[Mapping[str, Mapping[str, str]]] = by_lang(
    {
        "salary": ("Жалақы", "Заработная плата", "Wages"),
        "pension": ("Зейнетақы", "Пенсия", "Pension"),
        "benefits": ("Жәрдемақылар", "Пособия", "Benefits"),
        "self_employment": (
            "Кәсіпкерлік қызметтен түсетін табыс",
            "Доход от предпринимательской деятельности",
            "Self-employment income",
        ),
        "alimony": ("Алимент", "Алименты", "Child support"),
        "rent_income": ("Жалға беруден түсетін табыс", "Доход от сдачи в аренду", "Rental income"),
        "food": ("Тамақ", "Питание", "Food"),
        "utilities": ("Коммуналдық қызметтер", "Коммунальные услуги", "Utilities"),
        "rent": ("Тұрғын үйді жалдау", "Аренда жилья", "Rent"),
        "transport": ("Көлік", "Транспорт", "Transport"),
        "children": ("Балаларға арналған шығыстар", "Расходы на детей", "Children"),
        "education": ("Оқу", "Обучение", "Education"),
        "medicine": ("Дәрі-дәрмек және емделу", "Лекарства и лечение", "Medicine and treatment"),
        "communication": ("Байланыс", "Связь", "Telephone and internet"),
        "clothing": ("Киім", "Одежда", "Clothing"),
        "other_debts": (
            "Басқа қарыздар бойынша төлемдер",
            "Платежи по другим долгам",
            "Payments on other debts",
        ),
        "other": ("Басқа", "Прочее", "Other"),
    }
)


def word(key: str, lang: str) -> str:
    return WORDS[norm_lang(lang)][key]


def category(key: str, lang: str) -> str:
    """A budget category's name; a category typed by hand prints as typed."""
    return CATEGORIES[norm_lang(lang)].get(key, key)
