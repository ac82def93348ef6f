"""Loading what a process's first letter needs before an advisor asks for one.

The first letter of a process took half a second where the next ones take
60 ms: reportlab reads and registers the fonts, the style sheets are built,
the first layout fills reportlab's and our caches (widths, fragments, page
objects) and babel reads the locale data for dates and money. The first batch
paid the same, a tenth of its time. :func:`warm_up` does all of that on a small
letter of every style and language, nothing read from or written to the
database; the window runs it in the thread that opened the database, once the
letters are loaded (``ui.app``), so a person's first letter, preview or batch
starts warm.
"""

from __future__ import annotations

import threading
from datetime import date
from decimal import Decimal

from debtdesk.documents.fonts import ensure_fonts
from debtdesk.documents.formatting import format_date, format_money, format_number
from debtdesk.documents.markup import parse
from debtdesk.documents.pdf import Letter, PdfMeta, render_many
from debtdesk.documents.styles import load_stylesheet
from debtdesk.i18n import LANGUAGES

# Set once a warm-up has finished in this process (the window's tests wait for it).
warmed = threading.Event()

# The style sheets letters use: official letters, and large print for debtors.
STYLES = ("base", "large")

# One small letter using every kind of block a letter has, in Latin, Cyrillic and
# the Kazakh letters (each font's glyph tables are read at its first text).
_SAMPLE = """::to
Әлеке Ғалымұлы Қасенов
Өңірлік Ұлттық Үйі, Һ І Ү
::end
::from
Sender — Отправитель
::end
::title Қазақстан — Казахстан — Kazakhstan
Сумма <b>{money}</b>, <i>{number}</i>, {day}.<br>Second line of the paragraph.
::notice Notice
Дата: <b>{day}</b>
::end
::h2 Heading
::- A point of a list
::[ ] A box to tick
::table 3 2r
What | How much
Principal | {money}
::end
::note Small print
::signature {day} | Name | signature
"""


def warm_up() -> None:
    """Make the next letter of this process as quick as the ones after it (see the module)."""
    ensure_fonts()
    letters = []
    for lang in LANGUAGES:
        text = _SAMPLE.format(
            money=format_money(Decimal("1234567.89"), "KZT", lang),
            number=format_number(Decimal("12.5"), lang),
            day=format_date(date(2026, 11, 30), lang),
        )
        letters.extend(Letter(parse(text), style, lang) for style in STYLES)
    for style in STYLES:
        load_stylesheet(style)
    render_many(letters, PdfMeta(), invariant=True)
    warmed.set()
