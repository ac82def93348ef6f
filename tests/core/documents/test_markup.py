"""The block markup: every block, errors with line numbers, escaping of data."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debtdesk.documents import blocks as b
from debtdesk.documents.errors import MarkupError
from debtdesk.documents.inline import plain_text, to_paragraph_xml
from debtdesk.documents.markup import escape_text, parse

EVERYTHING = """\
::to
АО «Банк»
г. Алматы
::end
::from
Иванов И.
::end
::right Исх. № 1
::title Заявление
::h1 Раздел
::h2 Подраздел
::h3 Пункт
Первая строка
вторая строка.

<b>Жирный</b> и <i>курсив</i>.
::- один
::- два
  продолжение
::# первый
::# второй
::5. пятый
::[ ] не отмечено
::[x] отмечено
::table 3 1r
Документ | Сумма
Паспорт | 1
Договор
::end
::notice Заседание

Дата: 16.03.2026

Зал: 12
::end
::write 5 | Подсказка
::space 2
::signature 2 марта 2026 г. | Иванов И. | подпись
::pagebreak
::note Мелкий шрифт
::center Конец
"""


def test_every_block_kind_parses():
    assert parse(EVERYTHING) == [
        b.Addressee(("АО «Банк»", "г. Алматы")),
        b.Sender(("Иванов И.",)),
        b.Paragraph("Исх. № 1", "right"),
        b.Title("Заявление"),
        b.Heading(1, "Раздел"),
        b.Heading(2, "Подраздел"),
        b.Heading(3, "Пункт"),
        b.Paragraph("Первая строка вторая строка."),
        b.Paragraph("<b>Жирный</b> и <i>курсив</i>."),
        b.ListBlock(False, ("один", "два продолжение")),
        b.ListBlock(True, ("первый", "второй", "пятый")),
        b.CheckItem("не отмечено", False),
        b.CheckItem("отмечено", True),
        b.Table(("Документ", "Сумма"), (("Паспорт", "1"), ("Договор", "")), (3.0, 1.0), ("l", "r")),
        b.Notice("Заседание", ("Дата: 16.03.2026", "", "Зал: 12")),
        b.WriteBox(5, "Подсказка"),
        b.Spacer(2.0),
        b.Signature("2 марта 2026 г.", "Иванов И.", "подпись"),
        b.PageBreak(),
        b.Paragraph("Мелкий шрифт", "note"),
        b.Paragraph("Конец", "center"),
    ]


@pytest.mark.parametrize(
    ("markup", "line", "words"),
    [
        ("text\n::bogus x", 2, "unknown block ::bogus"),
        ("::notice T\nline\n", 1, "never closed"),
        ("a\n\n::end", 3, "::end without"),
        ("::table\nA | B\n1 | 2 | 3\n::end", 3, "3 cells"),
        ("::table 1 2 3\nA | B\n::end", 1, "3 widths for 2 columns"),
        ("::to\n::h1 inside\n::end", 2, "inside ::to"),
        ("::h1", 1, "needs its text"),
        ("::write 500", 1, "from 1 to 60"),
        ("::[?] x", 1, "::[ ] or ::[x]"),
    ],
)
def test_mistakes_name_the_line(markup, line, words):
    with pytest.raises(MarkupError) as caught:
        parse(markup, source="letter.j2 (output)")
    assert caught.value.line == line
    assert words in str(caught.value)
    assert str(caught.value).startswith(f"letter.j2 (output), line {line}:")
    assert "\n" not in str(caught.value)


def test_escaped_user_text_stays_literal_everywhere():
    name = "<b>Иванов</b> & Co | x:y\n::pagebreak\n\n::to"
    escaped = escape_text(name)
    assert "\n" not in escaped and "::" not in escaped and "|" not in escaped
    doc = parse(f"::h1 {escaped}\n::table\nA | B\n{escaped} | {escaped}\n::end\n{escaped}")
    assert [type(x) for x in doc] == [b.Heading, b.Table, b.Paragraph]
    literal = "<b>Иванов</b> & Co | x:y ::pagebreak ::to"
    assert plain_text(doc[1].rows[0][0]) == literal
    assert plain_text(doc[2].text) == literal
    xml = to_paragraph_xml(doc[2].text, "serif")
    assert xml == "&lt;b&gt;Иванов&lt;/b&gt; &amp; Co | x:y<br/>::pagebreak<br/><br/>::to"


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_any_text_escaped_is_one_paragraph_of_that_text(text):
    doc = parse(f"Имя: {escape_text(text)}")
    assert len(doc) == 1 and isinstance(doc[0], b.Paragraph)
    # control characters are dropped, line breaks become breaks, everything else survives
    expected = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]", "", f"Имя: {text}")
    assert plain_text(doc[0].text) == " ".join(expected.split())


def test_inline_tags_are_balanced_and_unknown_ones_literal():
    xml = to_paragraph_xml("<b>bold <i>both</b> italic</i> <x> a < b & c &amp; &#58;", "sans")
    assert xml == (
        "<b>bold </b><b><i>both</i></b><i> italic</i> &lt;x&gt; a &lt; b &amp; c &amp; :"
    )
    assert to_paragraph_xml("<b>never closed", "sans") == "<b>never closed</b>"
    assert to_paragraph_xml("</b>stray<BR>", "sans") == "stray<br/>"
