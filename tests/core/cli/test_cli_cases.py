"""``debtdesk cases``: search by Cyrillic and Kazakh fragments, filters, table and JSON."""

from __future__ import annotations

from datetime import date

from debtdesk.commands.output import table, text_width

KEYS = {"id", "uuid", "full_name", "city", "iin", "status", "phone", "advisor"}
KEYS |= {"next_hearing", "next_deadline"}


def names(result) -> list[str]:
    assert result.code == 0, result.err
    return [row["full_name"] for row in result.json()]


def test_a_russian_fragment_finds_kazakh_names(run, people) -> None:
    assert sorted(names(run("cases", "--search", "курман", "--format", "json"))) == [
        "Курманов Сергей",
        "Құрманғазы Айгүл Серікқызы",
    ]
    assert names(run("cases", "--search", "Құрманғ", "--format", "json")) == [
        "Құрманғазы Айгүл Серікқызы"
    ]
    assert names(run("cases", "--search", "айгуль", "--format", "json")) == []
    assert names(run("cases", "--search", "2-1234", "--format", "json")) == [
        "Құрманғазы Айгүл Серікқызы"
    ]


def test_json_rows_carry_the_register_columns(run, people, today: date) -> None:
    rows = run("cases", "--search", "құрманғазы", "--format", "json").json()
    assert len(rows) == 1
    row = rows[0]
    assert set(row) >= KEYS
    assert row["id"] == people.kurmangazy
    assert row["city"] == "Алматы" and row["status"] == "open"
    assert row["advisor"] == "Айгерім Сапарова"
    assert row["next_hearing"] == "2026-12-03"  # an ISO string, the nearer of two
    assert row["phone"] == "+77011234567"


def test_filters_and_limit(run, people) -> None:
    assert sorted(names(run("cases", "--city", "Алматы", "--format", "json"))) == [
        "Иванова Ольга",
        "Құрманғазы Айгүл Серікқызы",
    ]
    assert names(run("cases", "--status", "watch", "--format", "json")) == ["Курманов Сергей"]
    assert len(names(run("cases", "--limit", "2", "--format", "json"))) == 2
    assert names(run("cases", "--limit", "0", "--format", "json")) == []
    assert len(names(run("cases", "--format", "json"))) == 3


def test_the_table_stays_aligned_with_kazakh_letters(run, people) -> None:
    result = run("cases")
    assert result.code == 0
    header, rule, *rows, total = result.out.splitlines()
    assert len(rows) == 3 and total == "total: 3"
    city = text_width(header[: header.index("City")])
    for line in rows:
        before = _cut_at_width(line, city)
        assert before.endswith("  ") and line[len(before)] in "АА"  # every city starts here
    assert text_width(rule) == text_width(header.rstrip()) or text_width(rule) >= city


def test_widths_count_columns_on_screen_not_characters() -> None:
    decomposed = "Би\u0306бол"  # й as и + combining breve: 6 characters, 5 columns
    wide = "東京"  # 2 characters, 4 columns
    assert (len(decomposed), text_width(decomposed)) == (6, 5)
    assert (len(wide), text_width(wide)) == (2, 4)
    lines = table(["Name", "City"], [[decomposed, "Алматы"], [wide, "Астана"], ["Ә", "Тараз"]])
    for line in lines.splitlines()[2:]:  # the City column starts 7 columns in, on every row
        before = _cut_at_width(line, 7)
        assert text_width(before) == 7 and line[len(before)] in "АТ"


def _cut_at_width(line: str, width: int) -> str:
    """The start of ``line`` that fills ``width`` screen columns."""
    out, used = "", 0
    for ch in line:
        if used >= width and text_width(ch) > 0:
            break
        out += ch
        used += text_width(ch)
    return out


def test_nothing_found_says_so(run, people) -> None:
    result = run("cases", "--search", "Жоқ Адам")
    assert result.code == 0 and result.out.strip() == "no matching cases"
