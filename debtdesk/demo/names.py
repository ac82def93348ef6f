"""Invented people: Kazakh and Russian full names, sex, birth date and a valid IIN.

Names are common first names and surnames combined at random, so no record
describes a real person. Kazakh names are written two ways, as in real papers:
in Kazakh spelling (Құрманғазы, Нұрланова, Серікқызы) and in the Russified
spelling of older Soviet-era documents (Курмангазы, Нурланова, Сериковна).
Both fold to the same search key, which is what the folded search must show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from random import Random

from debtdesk.services.iin import make_iin

# Kazakh letters → the Russian letters a Russified document uses (capitals too).
_RUSSIFY = str.maketrans("ӘәҒғҚқҢңӨөҰұҮүҺһІі", "АаГгКкНнОоУуУуХхИи")


def words(text: str) -> tuple[str, ...]:
    """A pool of one-word names written as one string (keeps the data compact)."""
    return tuple(text.split())


def pairs(text: str) -> tuple[tuple[str, str], ...]:
    """Words written "a/b" → (a, b) pairs: male and female forms, or two cases of a word."""
    return tuple((a, b) for a, b in (w.split("/") for w in text.split()))


def items(text: str) -> tuple[str, ...]:
    """A pool of several-word names written as one string, separated by ";"."""
    return tuple(i.strip() for i in text.split(";") if i.strip())


KAZAKH_MALE = words(
    "Әлібек Ғалымжан Құрманғазы Ұлан Нұрлан Ерлан Серік Бауыржан Дәурен Асқар Жандос "
    "Қайрат Мұрат Талғат Ержан Айдос Бақытжан Арман Ерболат Қанат Дәулет Ғабит Мейрам "
    "Сәкен Жасұлан Әділ Рүстем Есен Ақылбек Бекзат Елдос Жомарт Нұржан Өмірзақ Төлеген "
    "Шыңғыс Ілияс Үсен Жақсылық Аманжол Темірлан Мағжан Ербол Санжар Мұхтар Абылай Сұлтан "
    "Нұрбол Ержігіт Мәди Жеңіс Таңат Мыңжасар"
)
KAZAKH_FEMALE = words(
    "Гауһар Әсел Айгүл Нұргүл Гүлнар Жанар Сәуле Динара Мөлдір Іңкәр Ақмарал Айжан Дәмеш "
    "Қарлығаш Бибігүл Күләш Жұлдыз Алтынай Ботагөз Ұлжан Назерке Гүлмира Салтанат Әйгерім "
    "Ләззат Шынар Түрсынай Ақбота Жансая Балжан Айнұр Мәдина Гүлжан Зәуре Ардақ Ұлбосын "
    "Перизат Сандуғаш Меруерт Раушан Шаһизада Меңдігүл Маңшүк"
)
# Male forms; the female form adds "а" (-ов/-ев/-ин → -ова/-ева/-ина).
KAZAKH_SURNAMES = words(
    "Жұмабаев Өтепов Үмбетов Нұрланов Құрманов Сейітов Әбенов Қасымов Тоқтаров Оразбаев "
    "Сәрсенбаев Байжанов Ермеков Ахметов Жақыпов Қалиев Мұқанов Әміров Серікбаев Тұрсынов "
    "Ғабдуллин Бекмұхамбетов Ысқақов Шәріпов Дүйсенов Есенов Құдайбергенов Мәмбетов "
    "Рақымжанов Ілиясов Ізбасаров Қожахметов Әбдірахманов Тілеубаев Жүнісов Сыздықов "
    "Бейсенов Қуанышев Мұратбеков Ғалиев Өмірбеков Тәжібаев Нұрмағамбетов Кенжебаев "
    "Шәкенов Үсенов Жәнібеков Айтбаев Һасенов Жеңісов Таңатаров Оңалбаев Мыңбаев"
)
# Fathers' names for patronymics: Серік → Серікұлы / Серікқызы, or Серикович / Сериковна.
KAZAKH_FATHERS = words(
    "Серік Асқар Нұрлан Бақыт Ержан Қайрат Мұрат Талғат Болат Ерлан Жақсылық Оразбек "
    "Төлеген Әбдірахман Сейіт Қанат Дәулет Ахмет Мұхтар Ғалым Өмір Тұрсын Құрман Үмбет "
    "Әлібек Еркін Бекболат Жеңіс Рахым Медет"
)

RUSSIAN_MALE = words(
    "Александр Сергей Владимир Андрей Николай Дмитрий Игорь Виктор Юрий Олег Евгений "
    "Михаил Алексей Павел Геннадий Вячеслав Константин Артём Пётр Фёдор Семён Валерий "
    "Анатолий Роман"
)
RUSSIAN_FEMALE = words(
    "Елена Ольга Наталья Татьяна Ирина Светлана Людмила Галина Валентина Марина Надежда "
    "Оксана Юлия Алёна Лариса Нина Любовь Вера Анна Екатерина Жанна Эльвира Тамара Лидия"
)
# (male, female) surname pairs; Korean, Ukrainian and German names do not change.
RUSSIAN_SURNAMES = pairs(
    "Иванов/Иванова Петров/Петрова Кузнецов/Кузнецова Смирнов/Смирнова Попов/Попова "
    "Волков/Волкова Соколов/Соколова Лебедев/Лебедева Новиков/Новикова Морозов/Морозова "
    "Фёдоров/Фёдорова Белов/Белова Зайцев/Зайцева Григорьев/Григорьева Королёв/Королёва "
    "Орлов/Орлова Никитин/Никитина Захаров/Захарова Ткаченко/Ткаченко "
    "Бондаренко/Бондаренко Шевченко/Шевченко Ковальчук/Ковальчук Ким/Ким Пак/Пак Цой/Цой "
    "Шмидт/Шмидт Вагнер/Вагнер Хабибуллин/Хабибуллина Сафиуллин/Сафиуллина "
    "Гайдамак/Гайдамак Чернов/Чернова"
)
# (male, female) patronymic pairs.
RUSSIAN_PATRONYMICS = pairs(
    "Александрович/Александровна Сергеевич/Сергеевна Владимирович/Владимировна "
    "Николаевич/Николаевна Викторович/Викторовна Юрьевич/Юрьевна Петрович/Петровна "
    "Иванович/Ивановна Михайлович/Михайловна Геннадьевич/Геннадьевна "
    "Анатольевич/Анатольевна Васильевич/Васильевна Григорьевич/Григорьевна "
    "Фёдорович/Фёдоровна Олегович/Олеговна Борисович/Борисовна Валерьевич/Валерьевна"
)


@dataclass(frozen=True)
class Person:
    full_name: str
    first_name: str
    surname: str
    male: bool
    kazakh: bool  # a Kazakh name (otherwise Russian or another Slavic/European one)
    birth: date
    iin: str


def russify(text: str) -> str:
    """Kazakh letters replaced by the Russian ones an older document would use."""
    return text.translate(_RUSSIFY)


def _female_surname(male: str) -> str:
    return male + "а" if male[-2:] in ("ов", "ев", "ин") else male


def kazakh_name(rng: Random, male: bool) -> tuple[str, str, str]:
    """(surname, first name, patronymic) of an invented Kazakh person."""
    first = rng.choice(KAZAKH_MALE if male else KAZAKH_FEMALE)
    surname = rng.choice(KAZAKH_SURNAMES)
    if not male:
        surname = _female_surname(surname)
    father = rng.choice(KAZAKH_FATHERS)
    style = rng.random()
    if style < 0.55:  # modern Kazakh form
        patronymic = father + ("ұлы" if male else "қызы")
    elif style < 0.97:  # Russian-style patronymic of a Kazakh name
        patronymic = russify(father) + ("ович" if male else "овна")
    else:  # no patronymic at all
        patronymic = ""
    if rng.random() < 0.3:  # an older document spelled the whole name the Russian way
        return russify(surname), russify(first), russify(patronymic)
    return surname, first, patronymic


def russian_name(rng: Random, male: bool) -> tuple[str, str, str]:
    """(surname, first name, patronymic) of an invented Russian-speaking person."""
    first = rng.choice(RUSSIAN_MALE if male else RUSSIAN_FEMALE)
    surname = rng.choice(RUSSIAN_SURNAMES)[0 if male else 1]
    patronymic = rng.choice(RUSSIAN_PATRONYMICS)[0 if male else 1]
    return surname, first, patronymic


def short_name(surname: str, first: str, patronymic: str) -> str:
    """Surname with initials ("Ахметова Г. С."), how judges and bailiffs are written."""
    initials = f"{first[0]}." + (f" {patronymic[0]}." if patronymic else "")
    return f"{surname} {initials}"


def new_person(rng: Random, used_iins: set[str], *, born_from: int = 1950) -> Person:
    """A person born ``born_from``–1985 (borrowers of 2005–2008), with a unique valid IIN."""
    male = rng.random() < 0.5
    kazakh = rng.random() < 0.5
    surname, first, patronymic = (kazakh_name if kazakh else russian_name)(rng, male)
    full_name = " ".join(p for p in (surname, first, patronymic) if p)
    start = date(born_from, 1, 1).toordinal()
    birth = date.fromordinal(rng.randint(start, date(1985, 12, 31).toordinal()))
    century_sex = (3 if male else 4) if birth.year < 2000 else (5 if male else 6)
    while True:
        iin = make_iin(birth, century_sex, rng.randrange(10000))
        if iin is not None and iin not in used_iins:
            used_iins.add(iin)
            return Person(full_name, first, surname, male, kazakh, birth, iin)
        birth += timedelta(days=1)  # rare: no check digit, or a clash — move on a day
