"""A case as readable sections: what an advisor reads out over the phone.

Vocabulary keys (``decision_final_form``) are shown as stored, spaced out; the
GUI and letters translate them, the command line stays language-neutral.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from debtdesk.commands.output import cell, money
from debtdesk.i18n import _

Record = Mapping[str, Any]


def _word(value: Any) -> str:
    return cell(value).replace("_", " ")


def _join(*parts: Any) -> str:
    """The given parts, comma-separated; ``None``, ``False`` and empty ones left out."""
    return ", ".join(str(p) for p in parts if p is not None and p is not False and p != "")


def _labelled(pairs: Iterable[tuple[str, Any]]) -> str:
    return ", ".join(f"{label} {cell(v)}" for label, v in pairs if v not in (None, "", []))


def _section(title: str, lines: list[str]) -> list[str]:
    return ["", title, *(lines or ["  " + _("(none)")])]


def _debtor(d: Record) -> list[str]:
    lines = [f"{d['full_name']}  #{d['id']}  [{d['status']}]", f"  uuid {d['uuid']}"]
    facts = [
        (_("IIN"), d["iin"]),
        (_("phone"), d["phone"]),
        (_("city"), d["city"]),
        (_("address"), d["address"]),
        (_("language"), d["language"]),
        (_("problem"), _word(d["problem_kind"])),
        (_("household"), d["household_size"]),
        (_("minors"), d["minors"]),
        (_("vulnerable"), _word(d["vulnerable_status"])),
        (_("consent"), d["consent_date"]),
        (_("advisor"), d["advisor"]),
        (_("tags"), ", ".join(d["tags"] or [])),
        (_("opened"), d["created_at"]),
    ]
    lines += [f"  {label}: {cell(value)}" for label, value in facts if value not in (None, "")]
    if d["notes"]:
        lines += ["  " + _("notes:"), *("    " + n for n in d["notes"].splitlines())]
    return lines


def _loan(loan: Record) -> list[str]:
    head = _join(
        loan["creditor"] or _("unknown creditor"),
        loan["contract_no"] and _("contract {no}").format(no=loan["contract_no"]),
        loan["contract_date"],
        money(loan["principal"], loan["currency"]),
        loan["rate"] is not None and f"{loan['rate'].normalize():f}%",
        loan["term_months"] and _("{n} months").format(n=loan["term_months"]),
    )
    lines = [f"  #{loan['id']} {head}"]
    if loan["collateral"]:
        lines.append("     " + _("collateral: {c}").format(c=loan["collateral"]))
    for p in loan["payments"]:
        lines.append(f"     {_('paid')} {p['date']}  {money(p['amount'], p['currency'])}")
    for s in loan["statements"]:
        detail = _labelled(
            [
                (_("principal"), money(s["principal"])),
                (_("interest"), money(s["interest"])),
                (_("penalties"), money(s["penalties"])),
                (_("fees"), money(s["fees"])),
            ]
        )
        claim = _("claimed as of {d}: {total}").format(
            d=s["as_of"], total=money(s["total"], s["currency"])
        )
        lines.append(f"     {claim} ({detail}){' — ' + s['source'] if s['source'] else ''}")
    return lines


def _event(e: Record, indent: str) -> str:
    when = f"{e['date']}" + (f" {cell(e['time'])}" if e["time"] else "")
    rest = _join(e["place"], e["attendees"] and _("going: {who}").format(who=e["attendees"]))
    return f"{indent}#{e['id']} {when} {_word(e['kind'])}" + (f" — {rest}" if rest else "")


def _proceeding(p: Record) -> list[str]:
    head = _join(
        _word(p["kind"]),
        p["case_no"] and _("case no. {no}").format(no=p["case_no"]),
        p["court"],
        p["judge"] and _("judge {name}").format(name=p["judge"]),
        p["bailiff"] and _("bailiff {name}").format(name=p["bailiff"]),
    )
    state = _join(_word(p["stage"]), _word(p["status"]), _word(p["outcome"]))
    parent = f" ← #{p['parent_id']}" if p["parent_id"] else ""
    lines = [f"  #{p['id']} {head} [{state}]{parent}"]
    lines += [_event(e, "     ") for e in p["events"]]
    return lines


def render_case(case: Record) -> str:
    """The case gathered by ``show.gather`` as text sections."""
    lines = _debtor(case["debtor"])
    budget = [
        f"  {_word(b['kind'])}: {b['category']}  {money(b['amount'], b['currency'])}"
        + (f" ({b['note']})" if b["note"] else "")
        for b in case["budget_lines"]
    ]
    lines += _section(_("Household budget (monthly)"), budget)
    homes = [
        "  "
        + _join(
            p["address"],
            _word(p["kind"]),
            p["area"] is not None and f"{p['area']} m²",
            p["sole_home"] and _("sole home"),
            p["unfinished"] and _("unfinished"),
            p["residents"] is not None and _("{n} residents").format(n=p["residents"]),
            p["minors"] is not None and _("{n} minors").format(n=p["minors"]),
        )
        for p in case["properties"]
    ]
    lines += _section(_("Property"), homes)
    lines += _section(_("Loans"), [line for loan in case["loans"] for line in _loan(loan)])
    lines += _section(
        _("Court and enforcement"), [line for p in case["proceedings"] for line in _proceeding(p)]
    )
    if case["events"]:
        lines += _section(_("Other events"), [_event(e, "  ") for e in case["events"]])
    deadlines = [
        f"  #{d['id']} {d['due_date']}  {d['title'] or _word(d['rule']) or ''} [{d['status']}]"
        + (f" ({_('manual')})" if d["manual"] else "")
        for d in case["deadlines"]
    ]
    lines += _section(_("Deadlines"), deadlines)
    notes = [
        f"  {cell(n['at'])[:16].replace('T', ' ')} {_word(n['kind'])}"
        + (f" ({n['advisor']})" if n["advisor"] else "")
        + ": "
        + n["text"].replace("\n", " / ")
        for n in case["notes"]
    ]
    lines += _section(_("Notes"), notes)
    letters = [
        f"  {d['outgoing_no']} {d['created_on']} {d['template']} ({d['language']})"
        + (f" → {d['recipient']}" if d["recipient"] else "")
        + (f", {_('sent')} {d['sent_on']}" if d["sent_on"] else "")
        for d in case["documents"]
    ]
    lines += _section(_("Letters"), letters)
    if case["attachments"]:
        files = [
            f"  {a['file_name']} ({a['mime_type']}, {a['size']} B)" for a in case["attachments"]
        ]
        lines += _section(_("Attachments"), files)
    return "\n".join(lines)
