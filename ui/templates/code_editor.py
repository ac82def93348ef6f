"""A plain-text editor for Jinja templates: line numbers, colours, and the line at fault.

Template errors name a line ("hearing_notice/ru.j2, line 7: unknown name …"),
so the editor numbers its lines and paints the faulty one red (background and
number) until the text is edited. Colours tell the three layers of a template
apart at a glance: Jinja expressions ``{{ }}``, statements ``{% %}`` and
comments ``{# #}``; the block markup lines (``::title``, ``::[x]``, ``::end``);
and the inline tags ``<b>``, ``<i>``, ``<br>``.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRegularExpression, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

ERROR_BACKGROUND = QColor(255, 214, 214)
ERROR_NUMBER = QColor(190, 0, 0)
_IN_COMMENT = 1  # block state: a {# comment #} continues onto the next line


def _format(color: str, *, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontItalic(italic)
    return fmt


class JinjaHighlighter(QSyntaxHighlighter):
    """Colours for Jinja tags, block markup directives and inline tags."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.markup = _format("#1d6b2f", bold=True)
        self.inline = _format("#0f6f7a")
        self.expression = _format("#1f4fb3")
        self.statement = _format("#7a2aa0", bold=True)
        self.comment = _format("#808080", italic=True)
        self.rules = [
            (QRegularExpression(r"^::\S*"), self.markup),
            (QRegularExpression(r"</?(b|i|u|br)\s*/?>"), self.inline),
            (QRegularExpression(r"\{\{.*?\}\}"), self.expression),
            (QRegularExpression(r"\{%.*?%\}"), self.statement),
        ]
        self.comment_start = QRegularExpression(r"\{#")
        self.comment_end = QRegularExpression(r"#\}")

    def highlightBlock(self, text: str) -> None:
        for pattern, fmt in self.rules:
            found = pattern.globalMatch(text)
            while found.hasNext():
                match = found.next()
                self.setFormat(match.capturedStart(), match.capturedLength(), fmt)
        # Comments last: inside one, nothing else counts.
        self.setCurrentBlockState(0)
        start = 0
        if self.previousBlockState() != _IN_COMMENT:
            opened = self.comment_start.match(text)
            start = opened.capturedStart() if opened.hasMatch() else -1
        while start >= 0:
            closed = self.comment_end.match(text, start)
            if closed.hasMatch():
                length = closed.capturedEnd() - start
            else:
                self.setCurrentBlockState(_IN_COMMENT)
                length = len(text) - start
            self.setFormat(start, length, self.comment)
            opened = self.comment_start.match(text, start + length)
            start = opened.capturedStart() if opened.hasMatch() else -1


class _LineNumbers(QWidget):
    def __init__(self, editor: CodeEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def sizeHint(self) -> QSize:
        return QSize(self.editor.line_number_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.editor.paint_line_numbers(event)


class CodeEditor(QPlainTextEdit):
    """Monospaced, numbered lines, no wrapping; ``mark_error_line`` paints a line red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codeEditor")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.setFont(font)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 4)
        self.highlighter = JinjaHighlighter(self.document())
        self.error_line: int | None = None
        self._numbers = _LineNumbers(self)
        self.blockCountChanged.connect(lambda _n: self._update_margin())
        self.updateRequest.connect(self._scroll_numbers)
        self.textChanged.connect(self._edited)
        self._update_margin()

    def text(self) -> str:
        """The text exactly as typed.

        ``toPlainText`` turns no-break spaces into plain ones, and templates use
        them on purpose (a phone number that must not wrap); the raw text keeps
        them, with Qt's paragraph separators turned back into newlines.
        """
        return self.document().toRawText().replace("\u2029", "\n")

    # --- the faulty line ------------------------------------------------------------------

    def mark_error_line(self, line: int | None) -> None:
        """Paint line ``line`` (counted from 1) red and move the cursor there; None clears."""
        count = self.document().blockCount()
        self.error_line = line if line is not None and 1 <= line <= count else None
        selections = []
        if self.error_line is not None:
            block = self.document().findBlockByNumber(self.error_line - 1)
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(ERROR_BACKGROUND)
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            selection.cursor = QTextCursor(block)
            selections.append(selection)
            cursor = QTextCursor(block)
            self.setTextCursor(cursor)
            self.centerCursor()
        self.setExtraSelections(selections)
        self._numbers.update()

    def current_line(self) -> int:
        return self.textCursor().blockNumber() + 1

    def _edited(self) -> None:
        if self.error_line is not None:
            self.mark_error_line(None)  # the text changed: the old message may be wrong

    # --- line numbers -----------------------------------------------------------------------

    def line_number_width(self) -> int:
        digits = len(str(max(1, self.document().blockCount())))
        return 10 + self.fontMetrics().horizontalAdvance("9") * max(3, digits)

    def _update_margin(self) -> None:
        self.setViewportMargins(self.line_number_width(), 0, 0, 0)

    def _scroll_numbers(self, rect: QRect, dy: int) -> None:
        if dy:
            self._numbers.scroll(0, dy)
        else:
            self._numbers.update(0, rect.y(), self._numbers.width(), rect.height())
        if rect.contains(self.viewport().rect()):
            self._update_margin()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        area = self.contentsRect()
        self._numbers.setGeometry(
            QRect(area.left(), area.top(), self.line_number_width(), area.height())
        )

    def paint_line_numbers(self, event: QPaintEvent) -> None:
        painter = QPainter(self._numbers)
        painter.fillRect(event.rect(), self.palette().alternateBase())
        block = self.firstVisibleBlock()
        number = block.blockNumber()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        bottom = top + round(self.blockBoundingRect(block).height())
        width = self._numbers.width() - 5
        height = self.fontMetrics().height()
        normal = self.palette().placeholderText().color()
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible() and bottom >= event.rect().top():
                faulty = number + 1 == self.error_line
                painter.setPen(ERROR_NUMBER if faulty else normal)
                font = painter.font()
                font.setBold(faulty)
                painter.setFont(font)
                painter.drawText(
                    0, top, width, height, Qt.AlignmentFlag.AlignRight, str(number + 1)
                )
            block = block.next()
            top = bottom
            bottom = top + round(self.blockBoundingRect(block).height())
            number += 1
        painter.end()
