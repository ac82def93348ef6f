"""``debtdesk templates``, ``letter``, ``batch``, ``checklist``, ``letters`` and the letter dates.

Every letter printed here is registered (outgoing number, recipient, file hash
and the PDF itself, or for a batch its one merged PDF) in the same transaction
that writes the file: the PDF goes to a temporary file beside ``-o`` first and
takes its name only once the register has committed, so a failed run leaves
neither a file nor a number. ``letter-pdf`` writes one letter's pages only,
never the other cases' letters printed in the same batch.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import tempfile
from collections.abc import Iterator
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from debtdesk.clock import today
from debtdesk.commands.context import Context, add_command, find_case
from debtdesk.commands.output import note, print_json, say, table
from debtdesk.documents.templates import TemplateLibrary
from debtdesk.errors import DebtdeskError, NotFoundError, ValidationError
from debtdesk.i18n import LANGUAGES, _, current_language
from debtdesk.model import Document


def _date(field: str, text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(field, _("not a date (use YYYY-MM-DD): {v}").format(v=text)) from None


def _assignment(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(_("use FIELD=VALUE, not {v!r}").format(v=text))
    return name.strip(), value


def _whole(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("not a whole number: {v}").format(v=text)) from None


# --- writing files ------------------------------------------------------------------------


@contextlib.contextmanager
def atomic_output(path: str | Path) -> Iterator[Any]:
    """Write ``path`` whole or not at all: a temporary file beside it, renamed at the end.

    Yields a function taking the bytes. The rename happens when the block ends
    without an error; on an error the temporary file is removed.
    """
    target = Path(path).expanduser()
    if target.is_dir():
        raise ValidationError("output", _("{path} is a folder").format(path=target))
    if target.exists() and not target.is_file():
        # Renaming over /dev/null or a pipe would replace the device with a file.
        raise ValidationError(
            "output", _("{path} is not a regular file: choose a file name").format(path=target)
        )
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError("output", _("no folder {path}").format(path=folder))
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    written = False

    def write(data: bytes) -> None:
        nonlocal written
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        written = True

    try:
        yield write
        if not written:
            os.close(fd)
        os.replace(tmp, target)
    except BaseException:
        if not written:
            with contextlib.suppress(OSError):
                os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_file(path: str | Path, data: bytes) -> None:
    with atomic_output(path) as write:
        write(data)


# --- helpers ---------------------------------------------------------------------------------


def _library(args: argparse.Namespace, kind: str = "templates") -> TemplateLibrary:
    from debtdesk.documents.context import checklist_library, letter_library
    from debtdesk.resources import resource_path

    folder = getattr(args, "templates", None)
    if folder:
        return TemplateLibrary(folder, builtin_dir=resource_path(kind))
    return checklist_library() if kind == "checklists" else letter_library()


def _fields(args: argparse.Namespace) -> dict[str, str]:
    fields = dict(args.set or [])
    for name, path in args.set_file or []:
        try:
            fields[name] = Path(path).expanduser().read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ValidationError(f"fields.{name}", f"{path}: {exc}") from None
    return fields


def _missing_hint(exc: Exception) -> DebtdeskError:
    """A missing-data error worded for the command line (which option gives the value)."""
    from debtdesk.documents.register import MissingData

    if not isinstance(exc, MissingData):
        return exc  # type: ignore[return-value]
    hints = []
    for path in exc.missing:
        if path.startswith("fields."):
            hints.append(
                _("{path} (give it with --set {name}=TEXT)").format(path=path, name=path[7:])
            )
        else:
            hints.append(path)
    return DebtdeskError(
        _("{template}: the letter needs {what}").format(
            template=exc.template, what="; ".join(hints)
        )
    )


def find_document(session: Session, key: str) -> Document:
    """A registered letter by id or by its outgoing number."""
    text = str(key).strip()
    doc = session.scalar(select(Document).where(Document.outgoing_no == text))
    if doc is None and text.isdigit():
        doc = session.get(Document, int(text))
    if doc is None:
        raise NotFoundError(_("letter"), text)
    return doc


def _add_letter_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", choices=LANGUAGES, help=_("default: the debtor's language"))
    p.add_argument(
        "--set",
        action="append",
        type=_assignment,
        metavar="FIELD=VALUE",
        help=_("a text the template asks for, e.g. --set reasons='lost my job'"),
    )
    p.add_argument(
        "--set-file",
        action="append",
        type=_assignment,
        metavar="FIELD=FILE",
        help=_("a longer text, read from a UTF-8 file"),
    )
    p.add_argument(
        "--templates", metavar="DIR", help=_("your templates folder (default: the user folder)")
    )


# --- registering the commands ------------------------------------------------------------------


def register(subparsers: Any) -> None:
    p = add_command(subparsers, "templates", help=_("list the letter (or checklist) templates"))
    p.add_argument("--checklists", action="store_true", help=_("list checklist templates"))
    p.add_argument("--lang", choices=LANGUAGES, help=_("language of the titles"))
    p.add_argument("--templates", metavar="DIR", help=_("your templates folder"))
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(run=run_templates)

    p = add_command(subparsers, "letter", help=_("print a letter and register it"))
    p.add_argument("template", metavar="TEMPLATE")
    p.add_argument("--case", required=True, metavar="ID", help=_("case id or uuid"))
    p.add_argument("--loan", type=_whole, metavar="ID", help=_("default: the most recent loan"))
    p.add_argument(
        "--proceeding",
        type=_whole,
        metavar="ID",
        help=_("default: the most recent active proceeding"),
    )
    p.add_argument("--event", type=_whole, metavar="ID", help=_("default: the next hearing"))
    _add_letter_options(p)
    p.add_argument(
        "--sent",
        nargs="?",
        const="today",
        metavar="DATE",
        help=_("record that it was sent (today, or DATE): starts its reply deadline"),
    )
    p.add_argument(
        "--preview", action="store_true", help=_("write the PDF without registering the letter")
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.set_defaults(run=run_letter)

    p = add_command(subparsers, "batch", help=_("print one letter to each chosen case, as one PDF"))
    p.add_argument("template", metavar="TEMPLATE")
    choose = p.add_mutually_exclusive_group(required=True)
    choose.add_argument(
        "--hearings-within",
        type=_whole,
        metavar="DAYS",
        help=_("the cases with a hearing from today to DAYS days later"),
    )
    choose.add_argument(
        "--cases", nargs="+", type=_whole, metavar="ID", help=_("these cases, in this order")
    )
    _add_letter_options(p)
    p.add_argument(
        "--skip-incomplete",
        action="store_true",
        help=_("leave out cases lacking data the letter needs (listed on stderr)"),
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.set_defaults(run=run_batch)

    p = add_command(
        subparsers,
        "checklist",
        help=_("print a hearing checklist (made from the proceeding's kind if there is none)"),
    )
    p.add_argument("--event", required=True, type=_whole, metavar="ID")
    p.add_argument("--for", dest="for_whom", choices=("debtor", "advisor"), default="debtor")
    p.add_argument(
        "--lang", choices=LANGUAGES, help=_("for a new checklist; default: the debtor's")
    )
    p.add_argument("--template", metavar="KEY", help=_("for a new checklist: which one"))
    p.add_argument("--templates", metavar="DIR", help=_("your checklist templates folder"))
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("-o", "--output", metavar="FILE.pdf")
    out.add_argument("--list", action="store_true", help=_("list the items and their ids"))
    p.set_defaults(run=run_checklist)

    p = add_command(subparsers, "tick", help=_("tick (or untick) a checklist item"))
    p.add_argument("item", type=_whole, metavar="ITEM_ID")
    p.add_argument("--undo", action="store_true", help=_("untick it"))
    p.add_argument("--note", metavar="TEXT", help=_("a note on the item (empty clears it)"))
    p.set_defaults(run=run_tick)

    p = add_command(subparsers, "letters", help=_("the register of outgoing letters"))
    p.add_argument("--case", metavar="ID")
    p.add_argument("--template", metavar="KEY")
    p.add_argument("--since", metavar="DATE")
    p.add_argument("--until", metavar="DATE")
    p.add_argument(
        "--awaiting-reply",
        action="store_true",
        help=_("only letters still waiting for a reply"),
    )
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(run=run_letters)

    for name, help_, on_required in (
        ("letter-sent", _("record the day a letter was sent (starts its reply deadline)"), False),
        (
            "letter-received",
            _("record the day the addressee received it (the stamped copy's date)"),
            True,
        ),
        ("reply-received", _("record the reply to a letter (its reply deadline is done)"), False),
    ):
        p = add_command(subparsers, name, help=help_)
        p.add_argument("document", metavar="LETTER", help=_("outgoing number or id"))
        p.add_argument(
            "--on", required=on_required, metavar="DATE", help=_("YYYY-MM-DD (default: today)")
        )
        p.set_defaults(run=run_mark, mark=name)

    p = add_command(subparsers, "letter-pdf", help=_("write a registered letter's PDF again"))
    p.add_argument("document", metavar="LETTER", help=_("outgoing number or id"))
    p.add_argument(
        "--whole-batch",
        action="store_true",
        help=_(
            "for a letter printed in a batch: the whole batch as printed, "
            "with the other cases' letters (default: this letter's pages only)"
        ),
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.set_defaults(run=run_letter_pdf)


# --- the commands ------------------------------------------------------------------------------


def run_templates(args: argparse.Namespace, ctx: Context) -> int:
    library = _library(args, "checklists" if args.checklists else "templates")
    lang = args.lang or current_language()
    infos = [library.info(key) for key in library.template_keys()]
    if args.format == "json":
        print_json(
            [
                {
                    "key": i.key,
                    "title": i.title(lang),
                    "recipient": i.recipient,
                    "languages": list(i.languages),
                    "reply_rule": i.reply_rule,
                    "fields": list(i.fields),
                    "customised": i.customised,
                }
                for i in infos
            ]
        )
        return 0
    for info in infos:
        say(f"{info.key}  {info.title(lang)}")
    return 0


def run_letter(args: argparse.Namespace, ctx: Context) -> int:
    from debtdesk.documents.context import letter_context
    from debtdesk.documents.register import check_data, create_letter

    library = _library(args)
    sent_on = None
    if args.sent is not None:
        sent_on = today() if args.sent == "today" else _date("sent", args.sent)
    with atomic_output(args.output) as write, ctx.database().session() as session:
        case = find_case(session, args.case)
        choice = {"loan_id": args.loan, "proceeding_id": args.proceeding, "event_id": args.event}
        try:
            if args.preview:
                info = library.info(args.template)
                data = letter_context(
                    session,
                    args.template,
                    case.id,
                    lang=args.lang,
                    fields=_fields(args),
                    library=library,
                    **choice,
                )
                check_data(info, data["lang"], data)
                write(library.render_pdf(args.template, data["lang"], data))
                session.rollback()
                number = None
            else:
                letter = create_letter(
                    session,
                    args.template,
                    case.id,
                    lang=args.lang,
                    fields=_fields(args),
                    library=library,
                    sent_on=sent_on,
                    **choice,
                )
                write(letter.pdf)
                number = letter.outgoing_no
        except DebtdeskError as exc:
            raise _missing_hint(exc) from None
    if number is None:
        note(_("preview written to {path}; nothing registered").format(path=args.output))
    else:
        say(number)
    return 0


def _progress(done: int, total: int) -> None:
    if total and (done == total or done % 100 == 0):
        note(_("{done}/{total}").format(done=done, total=total))


def run_batch(args: argparse.Namespace, ctx: Context) -> int:
    from debtdesk.documents.batch import batch_letters, cases_with_hearings_within

    library = _library(args)
    with atomic_output(args.output) as write, ctx.database().session() as session:
        if args.cases:
            ids = [find_case(session, str(c)).id for c in args.cases]
        else:
            ids = cases_with_hearings_within(session, args.hearings_within)
            if not ids:
                raise DebtdeskError(
                    _("no case has a hearing within {n} days").format(n=args.hearings_within)
                )
        try:
            result = batch_letters(
                session,
                args.template,
                ids,
                lang=args.lang,
                fields=_fields(args),
                library=library,
                progress=_progress,
                skip_incomplete=args.skip_incomplete,
            )
        except DebtdeskError as exc:
            raise _missing_hint(exc) from None
        write(result.pdf)
    for case_id, why in result.skipped:
        note(_("left out case {id}: {why}").format(id=case_id, why=why))
    first, last = result.letters[0], result.letters[-1]
    say(
        _("{n} letters, {first} … {last}, {pages} pages").format(
            n=len(result.letters), first=first[1], last=last[1], pages=last[3]
        )
    )
    return 0


def run_checklist(args: argparse.Namespace, ctx: Context) -> int:
    from debtdesk.documents.checklists import checklist_items, checklist_pdf, ensure_checklist

    library = _library(args, "checklists")
    with contextlib.ExitStack() as stack:
        write = stack.enter_context(atomic_output(args.output)) if args.output else None
        session = stack.enter_context(ctx.database().session())
        checklist, made = ensure_checklist(
            session, args.event, lang=args.lang, template=args.template, library=library
        )
        if made:
            note(
                _("made checklist {id} ({template}, {lang})").format(
                    id=checklist.id, template=checklist.template, lang=checklist.language
                )
            )
        if write is None:
            rows = checklist_items(session, checklist.id)
            say(
                table(
                    [_("ID"), _("Done"), _("Section"), _("Item"), _("Note")],
                    [(r.id, r.done, r.section, r.text, r.note) for r in rows],
                    right=(0,),
                )
            )
            return 0
        write(checklist_pdf(session, checklist.id, args.for_whom, library=library))
    say(str(checklist.id))
    return 0


def run_tick(args: argparse.Namespace, ctx: Context) -> int:
    from debtdesk.documents.checklists import tick

    with ctx.database().session() as session:
        item = tick(session, args.item, not args.undo, args.note)
        say(f"{'[x]' if item.done else '[ ]'} {item.text}")
    return 0


def run_letters(args: argparse.Namespace, ctx: Context) -> int:
    from debtdesk.documents.register import list_documents

    with ctx.database().session() as session:
        case_id = find_case(session, args.case).id if args.case else None
        rows = list_documents(
            session,
            case_id=case_id,
            template=args.template,
            since=_date("since", args.since) if args.since else None,
            until=_date("until", args.until) if args.until else None,
            awaiting_reply=args.awaiting_reply,
        )
    if args.format == "json":
        print_json([asdict(r) for r in rows])
        return 0
    if not rows:
        say(_("no letters"))
        return 0
    headers = [
        _("No."), _("Date"), _("Case"), _("Name"), _("Template"), _("Lang"), _("To"),
        _("Sent"), _("Received"), _("Reply due"), _("Reply"), _("Pages"),
    ]  # fmt: skip
    body = []
    for r in rows:
        due = r.reply_due
        due_text = f"{due}{'?' if r.provisional else ''}{' (reminder)' if r.follow_up else ''}"
        pages = f"{r.first_page}-{r.last_page}" if r.first_page else ""
        body.append(
            (
                r.outgoing_no, r.created_on, r.debtor_id, r.full_name, r.template, r.language,
                r.recipient, r.sent_on, r.received_on, due_text if due else "", r.reply_on, pages,
            )
        )  # fmt: skip
    say(table(headers, body, right=(2,)))
    if any(r.provisional for r in rows):
        note(_("?: provisional, counted from the sent date until the received date is recorded"))
    return 0


def run_mark(args: argparse.Namespace, ctx: Context) -> int:
    from debtdesk.documents.register import mark_received, mark_reply_received, mark_sent

    on = _date("on", args.on) if args.on else None
    with ctx.database().session() as session:
        doc = find_document(session, args.document)
        if args.mark == "letter-sent":
            deadline = mark_sent(session, doc.id, on)
        elif args.mark == "letter-received":
            deadline = mark_received(session, doc.id, on or today())
        else:
            deadline = mark_reply_received(session, doc.id, on)
        due = deadline.due_date if deadline is not None else None
        status = deadline.status if deadline is not None else None
        number = doc.outgoing_no
    if due is None:
        say(number)
    elif args.mark == "reply-received":
        say(_("{no}: reply recorded; its deadline is {status}").format(no=number, status=status))
    else:
        say(_("{no}: reply due {due}").format(no=number, due=due))
    return 0


def run_letter_pdf(args: argparse.Namespace, ctx: Context) -> int:
    from debtdesk.documents.register import batch_pdf, document_pdf

    with ctx.database().session() as session:
        doc = find_document(session, args.document)
        first, last, number = doc.first_page, doc.last_page, doc.outgoing_no
        batch_id = doc.batch_id
        if args.whole_batch:
            if batch_id is None:
                raise DebtdeskError(
                    _("{no} was not printed in a batch (or came in a bundle)").format(no=number)
                )
            pdf = batch_pdf(session, batch_id)
        else:
            pdf = document_pdf(session, doc.id)
    write_file(args.output, pdf)
    if args.whole_batch:
        note(
            _("the whole batch {no} was printed in; {no} is pages {first}-{last}").format(
                no=number, first=first, last=last
            )
        )
    elif batch_id is not None:
        note(
            _("{no} was pages {first}-{last} of a batch; written: those pages only").format(
                no=number, first=first, last=last
            )
        )
    return 0
