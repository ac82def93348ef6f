"""Names of template categories, recipient kinds, case data and free-text parts on screen.

Templates name what they need by dotted paths of the letter data
(``proceeding.case_no``) and their free-text parts by key (``reasons``);
advisors read "the court case number" and "Reasons". Every source string is
written out literally so Qt's ``lupdate`` finds it; an unknown key falls back
to a readable form of itself (a user's own template may add parts).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("letters", text)


def category_label(category: str) -> str:
    return {
        "bank": _tr("To the bank"),
        "court": _tr("To the court"),
        "bailiff": _tr("To the bailiff"),
        "regulator": _tr("To the regulator"),
        "debtor": _tr("For the debtor"),
    }.get(category, category.replace("_", " ").capitalize() or _tr("Other"))


def recipient_label(kind: str) -> str:
    return {
        "bank": _tr("bank"),
        "creditor": _tr("bank or creditor"),
        "court": _tr("court"),
        "bailiff": _tr("bailiff"),
        "regulator": _tr("regulator or ombudsman"),
        "debtor": _tr("the debtor"),
        "advisor": _tr("the advisor"),
        "other": _tr("other"),
    }.get(kind, kind)


def need_label(path: str) -> str:
    """What a missing dotted path means, as "record …" advice reads it."""
    return {
        "debtor.full_name": _tr("the debtor's name"),
        "debtor.iin": _tr("the debtor's IIN"),
        "debtor.address": _tr("the debtor's address"),
        "creditor.name": _tr("the bank (the loan's creditor)"),
        "loan.contract_no": _tr("the loan contract number"),
        "court.name": _tr("the court of the proceeding"),
        "proceeding.case_no": _tr("the court case number"),
        "proceeding.bailiff": _tr("the bailiff of the proceeding"),
        "hearing.date": _tr("a coming hearing"),
        "decision.date": _tr("the decision in final form (an event)"),
        "eviction.date": _tr("a coming eviction date"),
        "advisor.name": _tr("the case's advisor"),
        "household": _tr("the household's income and expenses"),
        "today": _tr("today's date"),
    }.get(path, path)


def field_label(name: str) -> str:
    """The caption of a free-text part of a letter."""
    return {
        "reasons": _tr("Reasons"),
        "reason": _tr("Reason"),
        "schedule": _tr("Proposed schedule"),
        "mode": _tr("Deferral or instalments"),
        "amount": _tr("Amount"),
        "attachments": _tr("Attachments (one a line)"),
        "appeal_court": _tr("Appellate court"),
        "decision": _tr("What the court decided"),
        "arguments": _tr("Arguments"),
        "request": _tr("Request"),
        "copies": _tr("Copies for the other parties"),
        "duty_receipt": _tr("State duty receipt"),
        "order_date": _tr("Date of the court order"),
        "received_date": _tr("Date the copy was received"),
        "period": _tr("Period"),
        "meeting_date": _tr("Meeting date"),
        "meeting_time": _tr("Meeting time"),
        "meeting_place": _tr("Meeting place"),
        "addressee": _tr("Addressee (one line per line)"),
        "bank_application_date": _tr("Date of the application to the bank"),
        "bank_application": _tr("What the application asked"),
        "bank_reply_date": _tr("Date of the bank's reply"),
        "bank_reply_no": _tr("Number of the bank's reply"),
        "bank_reply": _tr("What the bank answered"),
        "evidence": _tr("Evidence"),
        "income_note": _tr("About the income"),
        "measures": _tr("Measures asked for"),
        "penalties": _tr("Penalties charged"),
        "until": _tr("Postpone until"),
        "valuation_date": _tr("Date of the valuation"),
        "valuation_amount": _tr("Valued at"),
        "appraiser": _tr("Appraiser"),
        "market_value": _tr("Market value"),
    }.get(name, name.replace("_", " ").capitalize())


# Parts typed in one line (dates, numbers, short names); the others get a text box.
SHORT_FIELDS = frozenset(
    {
        "mode",
        "amount",
        "appeal_court",
        "copies",
        "duty_receipt",
        "order_date",
        "received_date",
        "period",
        "meeting_date",
        "meeting_time",
        "meeting_place",
        "bank_application_date",
        "bank_reply_date",
        "bank_reply_no",
        "until",
        "valuation_date",
        "valuation_amount",
        "appraiser",
        "market_value",
    }
)
