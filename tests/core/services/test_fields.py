"""Field rules: bad input is refused naming the field, good input is cleaned the same way.

The rules are checked on their own, then through the services on both databases
(refused input leaves nothing behind; accepted text reads back exactly).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from debtdesk.errors import ValidationError
from debtdesk.model import Loan, Note
from debtdesk.services import debtors, institutions, loans, notes, proceedings, rates
from debtdesk.services.fields import Amount, Day, Phone, Text, clean, normalize_phone

# --- phones -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "8 701 123 45 67",
        "+7 (701) 123-45-67",
        "7011234567",
        "87011234567",
        "+77011234567",
        "77011234567",
        "8-701-123-45-67",
        " 8 (701) 123 45 67 ",
        "8.701.123.45.67",
    ],
)
def test_kazakh_phone_written_any_usual_way_is_normalised(raw: str) -> None:
    assert Phone().clean("phone", raw) == "+77011234567"


def test_foreign_number_with_plus_is_kept() -> None:
    assert normalize_phone("+44 20 7946 0958") == "+442079460958"
    # Japan (+81) has eleven digits starting with 8: not a local "8 7xx" number.
    assert normalize_phone("+81 3 1234 5678") == "+81312345678"


@pytest.mark.parametrize(
    "raw",
    [
        "abc",
        "701-12",
        "12345678901",  # eleven digits, but neither 7… nor 8…
        "6011234567",  # ten digits not starting with 7
        "8 701 123 45 67 8",  # one digit too many
        "+7 701 123 45 678",  # +7 numbers have exactly eleven digits
        "+7 701 123 45",
        "8 701 123 45 67 доб. 5",
        "+7701",
        "8 701 123 45 67\x00",
        "＋７ ７０１ １２３ ４５ ６７",  # full-width
    ],
)
def test_garbage_phone_is_refused(raw: str) -> None:
    with pytest.raises(ValidationError) as info:
        Phone().clean("phone", raw)
    assert info.value.field == "phone"
    assert "not a phone number" in info.value.message


def test_debtor_phone_stored_normalised_and_garbage_refused(db, row_counts) -> None:
    with db.session() as s:
        debtor_id = debtors.create_debtor(s, {"full_name": "Ержан", "phone": "8 701 123 45 67"}).id
    with db.session() as s:
        assert debtors.get_debtor(s, debtor_id).phone == "+77011234567"
    before = row_counts(db)
    with pytest.raises(ValidationError) as info, db.session() as s:
        debtors.update_debtor(s, debtor_id, {"phone": "call after 6"})
    assert info.value.field == "phone"
    assert row_counts(db) == before
    with db.session() as s:
        assert debtors.get_debtor(s, debtor_id).phone == "+77011234567"


# --- amounts and rates --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1234.5", Decimal("1234.50")),
        (Decimal("0.01"), Decimal("0.01")),
        (0, Decimal("0.00")),
        (1500000, Decimal("1500000.00")),
        ("1.500", Decimal("1.50")),  # trailing zeros are not extra precision
        ("1 234 567.89", Decimal("1234567.89")),
        # How Russian and Kazakh write numbers (and how babel formats them for ru/kk):
        # spaces, no-break spaces or narrow no-break spaces between thousands, comma for
        # the decimals. Accepted: it is what an advisor types and what the program prints.
        ("1 234,5", Decimal("1234.50")),
        ("1\u00a0234\u00a0567,5", Decimal("1234567.50")),
        ("1\u202f234,05", Decimal("1234.05")),
        ("0,99", Decimal("0.99")),
    ],
)
def test_amount_accepted(raw, expected: Decimal) -> None:
    cleaned = Amount().clean("amount", raw)
    assert cleaned == expected
    assert cleaned.as_tuple().exponent == -2


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("-1", "negative"),
        ("-0.01", "negative"),
        ("0.001", "decimal places"),
        ("12,345", "decimal places"),  # an English thousands comma would be 12.345: refused
        (0.001, "not a float"),
        (12.5, "not a float"),
        (True, "not a float"),
        ("NaN", "not a number"),
        ("nan", "not a number"),
        ("sNaN", "not a number"),
        ("Infinity", "not a number"),
        ("-Infinity", "not a number"),
        ("1e20", "implausibly large"),
        (10**20, "implausibly large"),
        ("abc", "not a number"),
        ("12 тенге", "not a number"),
        ("1,234.56", "one decimal separator"),  # mixed separators: ambiguous
        ("1.234,56", "one decimal separator"),
        ("1,234,567", "one decimal separator"),
    ],
)
def test_amount_refused(raw, words: str) -> None:
    with pytest.raises(ValidationError) as info:
        Amount(required=True).clean("amount", raw)
    assert info.value.field == "amount"
    assert words in info.value.message


def test_rate_keeps_four_places() -> None:
    rate = Amount(places=4)
    assert rate.clean("rate", "14.5") == Decimal("14.5000")
    assert rate.clean("rate", "0,0125") == Decimal("0.0125")
    with pytest.raises(ValidationError, match="at most 4 decimal places") as info:
        rate.clean("rate", "14.12345")
    assert info.value.field == "rate"


def test_loan_amounts_through_the_service(db, row_counts) -> None:
    with db.session() as s:
        debtor_id = debtors.create_debtor(s, {"full_name": "Асем"}).id
        loan = loans.create_loan(
            s, debtor_id, {"principal": "12 500 000,50", "rate": "14,75", "currency": "kzt"}
        )
        loan_id = loan.id
    with db.session() as s:
        loan = s.get(Loan, loan_id)
        assert loan.principal == Decimal("12500000.50")
        assert loan.rate == Decimal("14.7500")
        assert loan.currency == "KZT"
    before = row_counts(db)
    for field, bad in [("principal", "-5"), ("principal", "0.001"), ("rate", "1.00001")]:
        values = {"principal": "100", field: bad}
        with pytest.raises(ValidationError) as info, db.session() as s:
            loans.create_loan(s, debtor_id, values)
        assert info.value.field == field
    with pytest.raises(ValidationError) as info, db.session() as s:
        loans.create_loan(s, debtor_id, {"principal": 1e20})
    assert info.value.field == "principal"
    assert row_counts(db) == before


def test_exchange_rate_four_places_and_positive(db) -> None:
    with db.session() as s:
        rate = rates.set_rate(s, {"date": "2026-11-30", "currency": "usd", "rate": "512,3456"})
        assert rate.rate == Decimal("512.3456")
    for bad, words in [("512.34567", "decimal places"), ("0", "more than zero"), ("x", "number")]:
        with pytest.raises(ValidationError, match=words) as info, db.session() as s:
            rates.set_rate(s, {"date": "2026-11-30", "currency": "USD", "rate": bad})
        assert info.value.field == "rate"


# --- dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [date(1, 1, 1), date(9999, 12, 31), date(2206, 1, 1), "2206-01-01", "1949-12-31"],
)
def test_implausible_dates_refused(value) -> None:
    with pytest.raises(ValidationError, match="plausible range") as info:
        Day().clean("consent_date", value)
    assert info.value.field == "consent_date"


@pytest.mark.parametrize("value", ["2025-02-31", "31.02.2025", "tomorrow", "2025-13-01"])
def test_impossible_dates_refused(value: str) -> None:
    with pytest.raises(ValidationError, match="not a date") as info:
        Day().clean("consent_date", value)
    assert info.value.field == "consent_date"


def test_day_accepts_dates_strings_and_datetimes() -> None:
    assert Day().clean("d", "2026-11-30") == date(2026, 11, 30)
    assert Day().clean("d", datetime(2026, 11, 30, 15, 45)) == date(2026, 11, 30)
    assert Day().clean("d", "") is None


def test_debtor_consent_date_in_2206_refused(db, row_counts) -> None:
    before = row_counts(db)
    with pytest.raises(ValidationError) as info, db.session() as s:
        debtors.create_debtor(s, {"full_name": "Марат", "consent_date": "2206-01-01"})
    assert info.value.field == "consent_date"
    assert "2206-01-01" in info.value.message
    assert row_counts(db) == before


def test_payment_before_the_contract_date_refused_naming_date(db, row_counts) -> None:
    with db.session() as s:
        debtor_id = debtors.create_debtor(s, {"full_name": "Гүлнар"}).id
        loan_id = loans.create_loan(
            s, debtor_id, {"principal": "1000000", "contract_date": "2015-06-01"}
        ).id
    before = row_counts(db)
    with pytest.raises(ValidationError) as info, db.session() as s:
        loans.add_payment(s, loan_id, {"date": "2015-05-31", "amount": "100"})
    assert info.value.field == "date"
    assert "2015-06-01" in info.value.message
    assert row_counts(db) == before
    with db.session() as s:  # the contract day itself is fine
        payment = loans.add_payment(s, loan_id, {"date": "2015-06-01", "amount": "100"})
        assert payment.currency == "KZT"


def test_event_date_and_loan_contract_date_ranges(db) -> None:
    with db.session() as s:
        debtor_id = debtors.create_debtor(s, {"full_name": "Гүлнар"}).id
    with pytest.raises(ValidationError) as info, db.session() as s:
        proceedings.add_event(s, debtor_id, {"kind": "hearing", "date": "2206-01-01"})
    assert info.value.field == "date"
    with pytest.raises(ValidationError) as info, db.session() as s:
        loans.create_loan(s, debtor_id, {"principal": "1", "contract_date": "1985-01-01"})
    assert info.value.field == "contract_date"


# --- text: required, length, control characters, exact round trip -----------------------


@pytest.mark.parametrize("values", [{}, {"full_name": ""}, {"full_name": "   "}, {"city": "X"}])
def test_debtor_name_required(db, row_counts, values: dict) -> None:
    before = row_counts(db)
    with pytest.raises(ValidationError, match="required") as info, db.session() as s:
        debtors.create_debtor(s, values)
    assert info.value.field == "full_name"
    assert row_counts(db) == before


def test_required_fields_of_other_records(db) -> None:
    with db.session() as s:
        debtor_id = debtors.create_debtor(s, {"full_name": "Дана"}).id
        loan_id = loans.create_loan(s, debtor_id, {"principal": "10"}).id
    cases = [
        (lambda s: loans.create_loan(s, debtor_id, {"currency": "KZT"}), "principal"),
        (lambda s: loans.add_payment(s, loan_id, {"date": "2020-01-01"}), "amount"),
        (lambda s: loans.add_payment(s, loan_id, {"amount": "5"}), "date"),
        (lambda s: proceedings.add_event(s, debtor_id, {"date": "2026-12-01"}), "kind"),
        (lambda s: proceedings.create_proceeding(s, debtor_id, {}), "kind"),
        (lambda s: notes.add_note(s, debtor_id, {"text": " "}), "text"),
        (lambda s: institutions.create_creditor(s, {"kind": "bank"}), "name"),
        (lambda s: debtors.update_debtor(s, debtor_id, {"full_name": None}), "full_name"),
    ]
    for action, field in cases:
        with pytest.raises(ValidationError, match="required") as info, db.session() as s:
            action(s)
        assert info.value.field == field


def test_length_limits(db, row_counts) -> None:
    before = row_counts(db)
    with pytest.raises(ValidationError) as info, db.session() as s:
        debtors.create_debtor(s, {"full_name": "Ж" * 10_000})
    assert info.value.field == "full_name"
    assert "10000" in info.value.message and "200" in info.value.message
    with pytest.raises(ValidationError) as info, db.session() as s:
        debtors.create_debtor(s, {"full_name": "Ж" * 201})
    assert info.value.field == "full_name"
    assert row_counts(db) == before
    with db.session() as s:  # exactly at the limit is fine, on PostgreSQL's varchar(200) too
        debtor_id = debtors.create_debtor(s, {"full_name": "Ж" * 200}).id
    with db.session() as s:
        assert debtors.get_debtor(s, debtor_id).full_name == "Ж" * 200


def test_name_at_the_limit_whose_folded_key_grows(db) -> None:
    """Lower-casing "İ" gives two characters: a 200-character name folds to a longer key."""
    name = "İ" * 200
    with db.session() as s:
        debtor_id = debtors.create_debtor(s, {"full_name": name}).id
    with db.session() as s:
        assert debtors.get_debtor(s, debtor_id).full_name == name


@pytest.mark.parametrize(
    "bad",
    [
        "Иванов\x00Иван",
        "Иванов\x1b[31mИван",
        "Иванов\nИван",
        "Иванов\rИван",
        "Иванов\tИван",
        "Иванов\x7fИван",
        "Иванов\u0085Иван",  # NEL, a C1 control
        "Иванов\u2028Иван",  # LINE SEPARATOR: a line break in a one-line field
        "Иванов\u2029Иван",  # PARAGRAPH SEPARATOR
    ],
)
def test_control_characters_refused_in_single_line_fields(db, row_counts, bad: str) -> None:
    before = row_counts(db)
    with pytest.raises(ValidationError, match="control characters") as info, db.session() as s:
        debtors.create_debtor(s, {"full_name": bad})
    assert info.value.field == "full_name"
    assert row_counts(db) == before


def test_multiline_notes_keep_newlines_but_not_nul(db) -> None:
    text = "Звонила в банк.\nОтвет: через 15 дней.\r\n\tЖду письмо."
    with db.session() as s:
        debtor_id = debtors.create_debtor(s, {"full_name": "Сәуле", "notes": text}).id
        note_id = notes.add_note(s, debtor_id, {"text": text}).id
    with db.session() as s:
        assert debtors.get_debtor(s, debtor_id).notes == text
        assert s.get(Note, note_id).text == text
    for bad in ("строка\x00", "строка\x1b", "строка\x08"):
        with pytest.raises(ValidationError, match="control characters") as info, db.session() as s:
            notes.add_note(s, debtor_id, {"text": bad})
        assert info.value.field == "text"


def test_rtl_emoji_and_combining_text_read_back_exactly(db) -> None:
    name = "مريم الحسن 👩‍👧‍👦 Құрманғазы"
    address = "ул. Абая 1, кв. 5 — שלום 🏠 Ёлки"
    decomposed = "Арс\u0435\u0308ний Йи\u0306"  # е + combining diaeresis: not normalised
    note = "اتصلت بالبنك 📞\nבנק: לא ענה\n" + decomposed
    with db.session() as s:
        debtor = debtors.create_debtor(
            s, {"full_name": name, "address": address, "city": decomposed, "notes": note}
        )
        debtor_id = debtor.id
        note_id = notes.add_note(s, debtor_id, {"text": note}).id
    with db.session() as s:
        debtor = debtors.get_debtor(s, debtor_id)
        assert (debtor.full_name, debtor.address, debtor.city, debtor.notes) == (
            name,
            address,
            decomposed,
            note,
        )
        assert s.get(Note, note_id).text == note


def test_text_rule_trims_and_refuses_non_text() -> None:
    assert Text().clean("city", "  Алматы  ") == "Алматы"
    with pytest.raises(ValidationError, match="must be text") as info:
        Text().clean("city", 42)
    assert info.value.field == "city"


# --- unknown and invalid fields -----------------------------------------------------------


def test_unknown_field_refused_naming_it() -> None:
    with pytest.raises(ValidationError, match="unknown field") as info:
        clean({"a": Text()}, {"a": "x", "b": "y"}, creating=True)
    assert info.value.field == "b"


def test_unknown_fields_through_the_services(db, row_counts) -> None:
    with db.session() as s:
        debtor_id = debtors.create_debtor(s, {"full_name": "Нұрлан"}).id
        loan_id = loans.create_loan(s, debtor_id, {"principal": "1"}).id
    before = row_counts(db)
    cases = [
        (lambda s: debtors.create_debtor(s, {"full_name": "X", "fullname": "Y"}), "fullname"),
        (lambda s: debtors.create_debtor(s, {"full_name": "X", "search_text": "y"}), "search_text"),
        (lambda s: debtors.update_debtor(s, debtor_id, {"version": 7}), "version"),
        (lambda s: debtors.update_debtor(s, debtor_id, {"name_key": "a"}), "name_key"),
        (lambda s: loans.update_loan(s, loan_id, {"debtor_id": 99}), "debtor_id"),
        (lambda s: loans.create_loan(s, debtor_id, {"principal": "1", "amount": "2"}), "amount"),
        (lambda s: notes.add_note(s, debtor_id, {"text": "x", "advisor_id": 1}), "advisor_id"),
        (
            lambda s: proceedings.add_event(
                s, debtor_id, {"kind": "hearing", "date": "2026-12-01", "room": "5"}
            ),
            "room",
        ),
    ]
    for action, field in cases:
        with pytest.raises(ValidationError, match="unknown field") as info, db.session() as s:
            action(s)
        assert info.value.field == field
    assert row_counts(db) == before


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"language": "de"}, "language"),
        ({"household_size": 0}, "household_size"),
        ({"household_size": "two"}, "household_size"),
        ({"household_size": 2, "minors": 3}, "minors"),
        ({"status": "archived"}, "status"),
        ({"tags": 5}, "tags"),
    ],
)
def test_other_debtor_fields_refused(db, row_counts, values: dict, field: str) -> None:
    before = row_counts(db)
    with pytest.raises(ValidationError) as info, db.session() as s:
        debtors.create_debtor(s, {"full_name": "Бақыт", **values})
    assert info.value.field == field
    assert str(info.value).startswith(f"{field}: ")
    assert row_counts(db) == before
