"""Printing a PDF through Qt, and writing it to a file whole or not at all.

``save_pdf_to`` and ``print_pdf_on`` are the two buttons every previewed PDF
has (a letter, a batch): the file or printer already chosen (tests, "save
again"), else the one the advisor picks in Qt's dialog, and a failure said in a
message box rather than raised, since the PDF itself is made and registered.
The callers pass their own words, translated in their own context.

Qt prints by painting: each page of the PDF is rendered by QtPdf at the
printer's resolution (capped, so a 1200 dpi laser does not need half a
gigabyte per page) and drawn over the whole sheet. The letter's own margins
are in the PDF, so the printer's margins are not added a second time
(``setFullPage``). Tests print to a ``QPrinter`` writing a PDF file.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

MAX_PRINT_DPI = 300


class PrintError(Exception):
    """The printer could not be started (offline, no permission)."""


def load_pdf(data: bytes, parent: QWidget | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A QtPdf document reading ``data`` (keep the buffer alive as long as the document)."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    return document, buffer


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Print every page of ``data`` on ``printer``; returns the number of pages printed."""
    document, buffer = load_pdf(data)
    try:
        pages = document.pageCount()
        if document.status() != QPdfDocument.Status.Ready or pages == 0:
            raise PrintError("not a readable PDF")
        printer.setFullPage(True)
        if printer.fromPage() > 0:  # the advisor chose a range in the print dialog
            first, last = printer.fromPage() - 1, min(printer.toPage(), pages) - 1
        else:
            first, last = 0, pages - 1
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError("the printer could not be started")
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        scale = printer.resolution() / dpi
        try:
            for index in range(first, last + 1):
                if index > first:
                    printer.newPage()
                points = document.pagePointSize(index)
                size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image = document.render(index, size)
                target = QRectF(0, 0, size.width() * scale, size.height() * scale)
                painter.drawImage(target, image)
        finally:
            painter.end()
        return last - first + 1
    finally:
        document.close()
        buffer.close()


def ask_printer(parent: QWidget | None, title: str) -> QPrinter | None:
    """The print dialog; the printer chosen, or None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def pdf_printer(path: str | Path) -> QPrinter:
    """A printer writing a PDF file (the "print to file" of tests and of laptops without one)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def write_file(target: str | Path, data: bytes) -> None:
    """Write ``data`` to ``target`` whole or not at all (a ``.part`` file renamed at the end)."""
    target = Path(target)
    part = target.with_name(target.name + ".part")
    try:
        with open(part, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        part.replace(target)
    except OSError:
        part.unlink(missing_ok=True)
        raise


def save_pdf_to(
    parent: QWidget,
    data: bytes,
    target: Path | None,
    *,
    title: str,
    suggested: str | Path,
    file_filter: str,
    failed: str,
    report: Callable[[Path, OSError], None] | None = None,
) -> Path | None:
    """Write ``data`` to ``target``, else where the advisor says; the path written, or None.

    ``title`` and ``file_filter`` are the save dialog's, ``suggested`` the file
    it proposes (in the home folder when relative), ``failed`` the title of the
    message box that says why the file could not be written — or ``report``
    says it instead, where the dialog has its own line for problems.
    """
    if target is None:
        chosen, _filter = QFileDialog.getSaveFileName(
            parent, title, str(Path.home() / suggested), file_filter
        )
        if not chosen:
            return None
        target = Path(chosen)
    try:
        write_file(target, data)
    except OSError as exc:
        if report is not None:
            report(target, exc)
        else:
            QMessageBox.warning(parent, failed, str(exc))
        return None
    return target


def print_pdf_on(
    parent: QWidget,
    data: bytes,
    printer: QPrinter | None,
    *,
    title: str,
    failed: str,
    report: Callable[[PrintError], None] | None = None,
) -> int:
    """Print ``data`` on ``printer``, else the one chosen in the print dialog titled ``title``.

    Returns the pages printed: 0 when the dialog was cancelled or the printer
    refused (said in a box titled ``failed``, or by ``report``).
    """
    if printer is None:
        printer = ask_printer(parent, title)
        if printer is None:
            return 0
    try:
        return print_pdf(data, printer)
    except PrintError as exc:
        if report is not None:
            report(exc)
        else:
            QMessageBox.warning(parent, failed, str(exc))
        return 0
