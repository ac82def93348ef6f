"""Cities, streets, addresses and phone numbers, written as Kazakh papers write them.

Addresses are in Russian ("г. Алматы, ул. Абая, д. 12, кв. 34") whatever the
debtor's language, as on most registration and court documents. Cities carry
what the court names and case numbers need: the genitive ("г. Караганды"), the
districts and the appeal court.
"""

from __future__ import annotations

from dataclasses import dataclass
from random import Random

from debtdesk.demo.names import items, pairs
from debtdesk.demo.rand import Weighted


@dataclass(frozen=True)
class City:
    name: str  # as stored in Debtor.city
    genitive: str  # "Караганды": "Районный суд №2 г. Караганды"
    weight: int  # share of cases
    region: str  # two digits, the start of invented court codes
    appeal_court: str
    # (nominative, genitive) adjectives of city districts with their own courts;
    # empty: the city's courts are numbered ("Районный суд №2 г. Тараза").
    districts: tuple[tuple[str, str], ...]
    microdistricts: tuple[str, ...] = ()


CITIES: tuple[City, ...] = (
    City(
        "Алматы",
        "Алматы",
        25,
        "75",
        "Алматинский городской суд",
        pairs(
            "Алмалинский/Алмалинского Ауэзовский/Ауэзовского Бостандыкский/Бостандыкского "
            "Медеуский/Медеуского Турксибский/Турксибского Жетысуский/Жетысуского "
            "Алатауский/Алатауского Наурызбайский/Наурызбайского"
        ),
        items("мкр. Аксай-4; мкр. Самал-2; мкр. Орбита-3; мкр. Жетысу-2; мкр. Таугуль"),
    ),
    City(
        "Астана",
        "Астаны",
        14,
        "71",
        "Суд города Астаны",
        pairs(
            "Алматинский/Алматинского Есильский/Есильского Сарыаркинский/Сарыаркинского "
            "Байконурский/Байконурского"
        ),
        items("мкр. Жулдыз; мкр. Коктал; мкр. Лесозавод"),
    ),
    City(
        "Шымкент",
        "Шымкента",
        10,
        "79",
        "Шымкентский городской суд",
        pairs(
            "Абайский/Абайского Аль-Фарабийский/Аль-Фарабийского "
            "Енбекшинский/Енбекшинского Каратауский/Каратауского"
        ),
        items("мкр. Нурсат; мкр. Самал-3; мкр. Кайтпас-1"),
    ),
    City(
        "Караганда",
        "Караганды",
        7,
        "35",
        "Карагандинский областной суд",
        pairs("Казыбекбийский/Казыбекбийского Октябрьский/Октябрьского"),
        items("мкр. Степной-2; мкр. Восток-5; мкр. Юго-Восток"),
    ),
    City(
        "Актобе", "Актобе", 5, "15", "Актюбинский областной суд", (), items("мкр. 12; мкр. Батыс-2")
    ),
    City("Тараз", "Тараза", 4, "31", "Жамбылский областной суд", (), items("мкр. Самал; мкр. Аса")),
    City("Павлодар", "Павлодара", 4, "55", "Павлодарский областной суд", ()),
    City(
        "Усть-Каменогорск", "Усть-Каменогорска", 4, "63", "Восточно-Казахстанский областной суд", ()
    ),
    City("Семей", "Семей", 3, "62", "Суд области Абай", ()),
    City("Костанай", "Костаная", 3, "39", "Костанайский областной суд", ()),
    City("Кызылорда", "Кызылорды", 3, "43", "Кызылординский областной суд", ()),
    City("Атырау", "Атырау", 3, "23", "Атырауский областной суд", (), items("мкр. Нурсая")),
    City("Уральск", "Уральска", 3, "27", "Западно-Казахстанский областной суд", ()),
    City("Петропавловск", "Петропавловска", 2, "59", "Северо-Казахстанский областной суд", ()),
    City(
        "Актау",
        "Актау",
        3,
        "47",
        "Мангистауский областной суд",
        (),
        items("мкр. 14; мкр. 27; мкр. 5"),
    ),
    City("Талдыкорган", "Талдыкоргана", 2, "19", "Суд области Жетісу", ()),
    City("Кокшетау", "Кокшетау", 2, "11", "Акмолинский областной суд", ()),
    City("Туркестан", "Туркестана", 2, "51", "Туркестанский областной суд", ()),
)

STREETS = items(
    "ул. Абая; пр. Абая; ул. Толе би; ул. Сейфуллина; ул. Жамбыла; ул. Пушкина; ул. Гоголя; "
    "ул. Байтурсынова; ул. Кабанбай батыра; ул. Богенбай батыра; ул. Сатпаева; ул. Ауэзова; "
    "пр. Республики; ул. Желтоксан; ул. Момышулы; ул. Казыбек би; ул. Мира; ул. Космонавтов; "
    "ул. Строителей; ул. Жибек жолы; ул. Ломоносова; ул. Маметовой; ул. Чокина; "
    "ул. Есенберлина; ул. Гагарина; ул. Жансугурова; ул. Бухар жырау; ул. Амангельды; "
    "ул. Уалиханова; пр. Тауелсиздик; ул. Кенесары; ул. Торайгырова; ул. Шевченко; "
    "ул. Комарова; ул. Майлина; ул. Садовая; ул. Степная; ул. Молодёжная; ул. Школьная; "
    "ул. Назарбаева; ул. Интернациональная; ул. Жетысу; ул. Утепова; ул. Курмангазы"
)
# Mobile operators' codes (+7 70x, 747, 77x).
MOBILE_CODES = ("700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778")
_BY_WEIGHT = Weighted(CITIES, [c.weight for c in CITIES])
CITIES_BY_NAME = {c.name: c for c in CITIES}


def pick_city(rng: Random) -> City:
    return _BY_WEIGHT.pick(rng)


def mobile_phone(rng: Random) -> str:
    """A mobile number as services store it (``+7XXXXXXXXXX``)."""
    return f"+7{rng.choice(MOBILE_CODES)}{rng.randrange(2000000, 10000000)}"


def spaced_phone(phone: str) -> str:
    """``+77011234567`` → ``+7 701 123 45 67``, as written on letters and notes."""
    d = phone[2:]
    return f"+7 {d[:3]} {d[3:6]} {d[6:8]} {d[8:]}"


def _house(rng: Random) -> str:
    number = str(rng.randint(1, 160))
    if rng.random() < 0.06:
        number += rng.choice("АБВ")
    return number


def street_address(rng: Random, city: City, *, house: bool = False) -> str:
    """A home address in ``city``: a flat (``кв.``) unless ``house``."""
    if not house and city.microdistricts and rng.random() < 0.35:
        street = rng.choice(city.microdistricts)
    else:
        street = rng.choice(STREETS)
    if house:
        return f"г. {city.name}, {street}, д. {_house(rng)}"
    return f"г. {city.name}, {street}, д. {_house(rng)}, кв. {rng.randint(1, 180)}"
