"""The meeting sheet: the week's hearings and the homes in danger, in print, in kk/ru/en."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from debtdesk.cli import main
from debtdesk.db import Database
from debtdesk.documents import blocks as b
from debtdesk.documents.meeting_sheet import meeting_sheet, meeting_sheet_pdf, sheet_blocks
from debtdesk.errors import ValidationError
from debtdesk.services.audit import current_advisor
from debtdesk.services.debtors import create_debtor
from debtdesk.services.proceedings import add_event, create_proceeding

TODAY = date(2026, 11, 30)
PdfText = Callable[[bytes], str]


@pytest.fixture
def week(db: Database, today: date) -> Database:
    """An eviction in 5 days, an auction in 20, hearings in 2 and 10 days, a past eviction."""
    with db.session() as s:
        me = current_advisor(s)
        assert me is not None

        def case(name: str, city: str) -> int:
            values = {"full_name": name, "city": city, "address": f"{city}, ул. Абая, 10"}
            return create_debtor(s, {**values, "advisor_id": me.id}).id

        kurmangazy = case("Құрманғазы Әлібек Серікұлы", "Алматы")
        ivanova = case("Иванова Мария Петровна", "Караганда")
        later = case("Сәрсенбаева Гүлнар", "Шымкент")
        add_event(s, kurmangazy, {"kind": "eviction", "date": TODAY + timedelta(days=5)})
        add_event(s, kurmangazy, {"kind": "eviction", "date": TODAY - timedelta(days=3)})
        add_event(s, ivanova, {"kind": "auction", "date": TODAY + timedelta(days=20)})
        claim = create_proceeding(s, ivanova, {"kind": "claim", "case_no": "7594-26-00-2/1234"})
        add_event(
            s,
            ivanova,
            {
                "kind": "hearing",
                "date": TODAY + timedelta(days=2),
                "time": time(10, 30),
                "place": "Қарағанды қалалық соты, 12 зал",
                "attendees": "Айгүл, Марат",
                "proceeding_id": claim.id,
            },
        )
        add_event(s, later, {"kind": "hearing", "date": TODAY + timedelta(days=10)})
    return db


def flat(text: str) -> str:
    return " ".join(text.split())


def test_kazakh_sheet_lists_the_weeks_hearings_and_homes_in_danger(
    week: Database, pdf_text: PdfText
) -> None:
    with week.session() as s:
        pdf = meeting_sheet_pdf(s, lang="kk", invariant=True)
    text = flat(pdf_text(pdf))
    assert "Жиналыстың күн тәртібі" in text
    assert "Баспана қауіпте: үйден шығару және сауда-саттық (2)" in text
    assert "Құрманғазы Әлібек Серікұлы — Тұрғын үйден шығару" in text
    assert "5 күннен кейін" in text
    assert "Алматы, ул. Абая, 10" in text
    assert "Иванова Мария Петровна — Сауда-саттық (аукцион)" in text  # 20 days off: in 30
    assert "Сот отырыстары (1)" in text
    assert "10:30" in text and "Қарағанды қалалық соты, 12 зал" in text
    assert "Іс № 7594-26-00-2/1234" in text
    assert "Кім барады? Жазылғандар: Айгүл, Марат" in text
    assert "Сәрсенбаева" not in text  # her hearing is in 10 days
    assert text.count("Кім барады?") == 3  # a box for each item


def test_russian_and_english_sheets(week: Database, pdf_text: PdfText) -> None:
    with week.session() as s:
        ru = flat(pdf_text(meeting_sheet_pdf(s, lang="ru")))
        en = flat(pdf_text(meeting_sheet_pdf(s, lang="en", days=14)))
    assert "Повестка собрания" in ru and "Судебные заседания (1)" in ru
    assert "Кто пойдёт?" in ru and "через 5 дн." in ru
    assert "Meeting agenda" in en and "Hearings (2)" in en  # 14 days reach the 10th
    assert "Сәрсенбаева Гүлнар" in en and "Who will attend?" in en


def test_the_sheet_is_large_print_with_a_box_to_write_in(week: Database) -> None:
    with week.session() as s:
        sheet = meeting_sheet(s, lang="ru")
    assert sheet.start == TODAY and sheet.end == TODAY + timedelta(days=6)
    blocks = sheet_blocks(sheet, printed_on=TODAY)
    assert isinstance(blocks[0], b.Title)
    boxes = [x for x in blocks if isinstance(x, b.WriteBox)]
    assert len(boxes) == len(sheet.threats) + len(sheet.hearings) == 3


def test_an_empty_week_says_so(db: Database, today: date, pdf_text: PdfText) -> None:
    with db.session() as s:
        text = flat(pdf_text(meeting_sheet_pdf(s, lang="en")))
    assert "No evictions or auctions in the next 30 days." in text
    assert "No hearings in these days." in text


@pytest.mark.parametrize("days", [0, -1, 63])
def test_days_out_of_range_are_refused(db: Database, days: int) -> None:
    with db.session() as s, pytest.raises(ValidationError) as err:
        meeting_sheet(s, days=days)
    assert err.value.field == "days"


def test_cli_writes_the_sheet(
    week: Database, db_url: str, tmp_path: Path, pdf_text: PdfText, capsys
) -> None:
    target = tmp_path / "sheet.pdf"
    args = ["meeting-sheet", "--lang", "kk", "--city", "Алматы", "-o", str(target)]
    code = main(["--database", db_url, *args])
    assert code == 0
    assert "1 evictions and auctions, 0 hearings" in capsys.readouterr().out
    text = flat(pdf_text(target.read_bytes()))
    assert "Құрманғазы Әлібек Серікұлы" in text and "Иванова" not in text
