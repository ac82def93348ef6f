"""The Today page on a crafted desk: triage order, done with undo, filters, opening a case."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from debtdesk.model import Advisor, Deadline
from debtdesk.services.proceedings import add_event
from tests.ui.today.conftest import OTHER, Desk
from ui.letters.printing import pdf_printer
from ui.operations.today import TodayFilters
from ui.pages.today_page import TodayPage
from ui.today.meeting_dialog import MeetingSheetDialog
from ui.today.section_box import SectionBox

TRIAGE = ("threat", "overdue", "due", "hearing", "awaiting_reply")


def make_page(qtbot: QtBot, desk: Desk) -> TodayPage:
    page = TodayPage(desk.db)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    qtbot.waitExposed(page)
    settle(qtbot, page)
    return page


def settle(qtbot: QtBot, page: TodayPage) -> None:
    """Wait for the sections read in worker threads."""
    qtbot.waitUntil(lambda: not page.busy(), timeout=30_000)


def texts(box: SectionBox, column: str) -> list[str]:
    model = box.model
    col = model.column_of(column)
    return [model.index(row, col).data() for row in range(model.rowCount())]


def test_sections_come_in_triage_order_with_their_items(qtbot: QtBot, desk: Desk) -> None:
    page = make_page(qtbot, desk)
    tops = [page.boxes[name].mapTo(page, QPoint(0, 0)).y() for name in TRIAGE]
    assert tops == sorted(tops), "sections out of triage order"
    threat = page.boxes["threat"]
    assert texts(threat, "who") == ["Құрманғазы Әлібек"]  # the auction 51 days off is not
    assert texts(threat, "days") == ["in 5 days"]
    assert texts(threat, "address") == ["ул. Абая, д. 1, Алматы"]
    assert texts(page.boxes["overdue"], "what") == ["Submit the objection"]
    assert texts(page.boxes["overdue"], "days") == ["3 days late"]
    assert texts(page.boxes["due"], "what") == ["File the appeal"]
    hearing = page.boxes["hearing"]
    assert texts(hearing, "who") == ["Иванова Мария Петровна"]  # Ёлкина's is in 10 days
    assert texts(hearing, "attendees") == ["Айгүл, Марат"]
    assert texts(hearing, "place") == ["Суд №2 г. Караганды"]
    assert texts(page.boxes["awaiting_reply"], "who") == ["Ёлкина Ольга"]
    assert "2026/0007" in texts(page.boxes["awaiting_reply"], "what")[0]
    assert threat.heading.text().endswith("(1)")
    assert not any(box.show_all.isVisible() for box in page.boxes.values())


def done_checkbox_centre(view: QTableView, row: int, column: int) -> QPoint:
    """Where the check box of a cell is drawn (the style decides; asked, not guessed)."""
    index = view.model().index(row, column)
    option = QStyleOptionViewItem()
    option.rect = view.visualRect(index)
    view.itemDelegate().initStyleOption(option, index)
    rect = view.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view
    )
    return rect.center()


def status_of(desk: Desk, deadline_id: int) -> tuple[str, str | None, bool]:
    with desk.db.session() as s:
        deadline = s.get(Deadline, deadline_id)
        assert deadline is not None
        who = s.get(Advisor, deadline.done_by_id).name if deadline.done_by_id else None
        return deadline.status, who, deadline.done_at is not None


def test_a_row_marked_done_leaves_and_comes_back_on_undo(qtbot: QtBot, desk: Desk) -> None:
    page = make_page(qtbot, desk)
    box = page.boxes["overdue"]
    point = done_checkbox_centre(box.table, 0, box.model.column_of("done"))
    qtbot.mouseClick(box.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    settle(qtbot, page)
    assert texts(box, "what") == []
    assert box.empty.isVisible()
    assert status_of(desk, desk.overdue_id) == ("done", "Test Advisor", True)
    assert page.undo_strip.isVisible()
    assert "Submit the objection" in page.undo_strip.message.text()

    qtbot.mouseClick(page.undo_strip.undo, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert texts(box, "what") == ["Submit the objection"]
    assert status_of(desk, desk.overdue_id) == ("open", None, False)
    assert not page.undo_strip.undo.isEnabled()  # nothing left to undo


def test_filters_narrow_every_section(qtbot: QtBot, desk: Desk) -> None:
    page = make_page(qtbot, desk)

    def shown() -> dict[str, list[str]]:
        settle(qtbot, page)
        return {name: texts(box, "who") for name, box in page.boxes.items()}

    page.mine.click()  # Test Advisor: Құрманғазы and Ёлкина
    assert shown() == {
        "threat": ["Құрманғазы Әлібек"],
        "overdue": [],
        "due": [],
        "hearing": [],
        "awaiting_reply": ["Ёлкина Ольга"],
    }
    assert not page.advisor_filter.isEnabled()
    page.mine.click()
    page.advisor_filter.setCurrentIndex(page.advisor_filter.findData(OTHER))
    assert shown()["hearing"] == ["Иванова Мария Петровна"]
    assert sum(len(v) for v in shown().values()) == 1
    page.advisor_filter.setCurrentIndex(0)
    page.city_filter.setCurrentIndex(page.city_filter.findData("Шымкент"))
    assert shown() == {
        "threat": [],
        "overdue": ["Сәрсенбаева Гүлнар"],
        "due": ["Сәрсенбаева Гүлнар"],
        "hearing": [],
        "awaiting_reply": [],
    }
    assert page.filters == TodayFilters(city="Шымкент")


def test_enter_or_double_click_on_a_row_opens_its_case(qtbot: QtBot, desk: Desk) -> None:
    page = make_page(qtbot, desk)
    table = page.boxes["hearing"].table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    with qtbot.waitSignal(page.openCase) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [desk.ids["ivanova"]]

    threat = page.boxes["threat"].table
    centre = threat.visualRect(threat.model().index(0, 2)).center()
    with qtbot.waitSignal(page.openCase) as opened:
        # A person's double-click is a click, then the second press (QTest's alone lacks the first).
        qtbot.mouseClick(threat.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(threat.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened.args == [desk.ids["kurmangazy"]]


def test_a_long_section_shows_its_first_rows_and_all_on_demand(
    qtbot: QtBot, desk: Desk, monkeypatch
) -> None:
    monkeypatch.setattr("ui.pages.today_page.SECTION_ROWS", 3)
    with desk.db.session() as s:
        for day in range(1, 6):
            add_event(s, desk.ids["yolkina"], {"kind": "auction", "date": date(2026, 12, day)})
    page = make_page(qtbot, desk)
    box = page.boxes["threat"]
    assert box.model.rowCount() == 3
    assert box.heading.text().endswith("(6)")
    assert box.show_all.isVisible() and box.show_all.text() == "Show all 6"
    qtbot.mouseClick(box.show_all, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert box.model.rowCount() == 6
    assert not box.show_all.isVisible()
    page.refresh()  # stays expanded when read again
    settle(qtbot, page)
    assert box.model.rowCount() == 6


def test_refresh_shows_what_changed_elsewhere(qtbot: QtBot, desk: Desk) -> None:
    page = make_page(qtbot, desk)
    with desk.db.session() as s:
        add_event(s, desk.ids["sarsenbayeva"], {"kind": "eviction", "date": date(2026, 12, 1)})
    page.refresh()
    settle(qtbot, page)
    assert texts(page.boxes["threat"], "who") == ["Сәрсенбаева Гүлнар", "Құрманғазы Әлібек"]
    assert texts(page.boxes["threat"], "days")[0] == "in 1 day"


def test_the_page_reads_again_when_shown_after_a_while(qtbot: QtBot, desk: Desk) -> None:
    page = make_page(qtbot, desk)
    with desk.db.session() as s:
        deadline = s.get(Deadline, desk.due_id)
        assert deadline is not None
        s.delete(deadline)
    page._read_at -= 60  # a minute on another page
    page.page_shown()
    settle(qtbot, page)
    assert texts(page.boxes["due"], "what") == []
    assert "2026" in page.date_label.text()


def test_the_first_show_just_after_being_built_reads_nothing_again(
    qtbot: QtBot, desk: Desk
) -> None:
    """The window builds Today and shows it at once: one read at start, even on a slow laptop."""
    page = make_page(qtbot, desk)
    with desk.db.session() as s:
        deadline = s.get(Deadline, desk.due_id)
        assert deadline is not None
        s.delete(deadline)
    page._read_at -= 5  # the rest of the window took 5 s to build on a busy laptop
    page.page_shown()
    settle(qtbot, page)
    assert texts(page.boxes["due"], "what") == ["File the appeal"], "not read again"
    page._read_at -= 5
    page.page_shown()  # shown again later: read again
    settle(qtbot, page)
    assert texts(page.boxes["due"], "what") == []


def test_done_by_someone_else_meanwhile_is_reported_not_lost(qtbot: QtBot, desk: Desk) -> None:
    page = make_page(qtbot, desk)
    item = page.boxes["due"].model.item(0)
    with desk.db.session() as s:  # another laptop marks it done first
        deadline = s.scalars(select(Deadline).where(Deadline.id == desk.due_id)).one()
        deadline.notes = "handled at the office"
    page.mark_done(item)  # the row's version is now stale
    settle(qtbot, page)
    assert "changed this deadline" in page.undo_strip.message.text()
    assert status_of(desk, desk.due_id)[0] == "open"
    assert page.boxes["due"].model.item(0).deadline_id == desk.due_id


def test_only_a_tick_asks_to_mark_done(qtbot: QtBot, desk: Desk) -> None:
    """The model ignores unticking and non-check roles (only a tick asks to mark done)."""
    page = make_page(qtbot, desk)
    model = page.boxes["due"].model
    index = model.index(0, model.column_of("done"))
    with qtbot.assertNotEmitted(model.doneRequested):
        assert not model.setData(index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
        assert not model.setData(QModelIndex(), Qt.CheckState.Checked)


def test_meeting_sheet_is_previewed_saved_and_printed(
    qtbot: QtBot, desk: Desk, tmp_path: Path
) -> None:
    page = make_page(qtbot, desk)
    qtbot.mouseClick(page.meeting_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(MeetingSheetDialog)
    assert dialog is not None
    with qtbot.waitSignal(dialog.ready, timeout=30_000):
        dialog.lang.setCurrentIndex(dialog.lang.findData("kk"))
    assert dialog.preview.page_count() >= 1
    saved = dialog.save_pdf(tmp_path / "sheet.pdf")
    assert saved is not None
    reader = PdfReader(saved)
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    assert "Жиналыстың күн тәртібі" in text
    assert "Құрманғазы Әлібек" in text and "Иванова Мария Петровна" in text
    assert "Жазылғандар: Айгүл, Марат" in text
    assert "Ёлкина" not in text  # her hearing is after this week
    assert dialog.print_sheet(pdf_printer(tmp_path / "printed.pdf")) == len(reader.pages)
    assert (tmp_path / "printed.pdf").stat().st_size > 0
    dialog.close()
