"""A letter page's two PDF objects (its dictionary and its content stream) written directly.

When the file is written, reportlab formats every page through its general
object model: the page's ``check_format`` builds a resource dictionary, a
stream object, arrays and dictionaries, and each of them is formatted by a
recursive ``format`` that asks every element what it is. For a batch of a
thousand letters that was two thousand pages and some forty thousand calls:
a third of writing the file, zlib included.

Our pages are all alike: no annotations, images, forms, shadings, colour
spaces, transparency states or page boxes; one compressed content stream; the
default transition. :class:`QuickPage` writes such a page's dictionary and
:class:`QuickStream` its stream with the bytes reportlab's formatting gives
(the same keys in the same sorted order, the same separators, numbers through
the same ``fp_str``, the stream compressed by the same filter object), and
registers the stream with the document at the same moment reportlab does, so
the objects are numbered the same. Any page that is not plain, any document
setting that changes the formatting (multi-line output, base-85 streams,
encryption), goes through reportlab's own ``PDFPage.format`` unchanged.

``tests/core/documents/test_pageobjects.py`` compares whole files both ways.
"""

from __future__ import annotations

from typing import Any

from reportlab import rl_config
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfdoc import (
    BasicFonts,
    NoEncryption,
    PDFDictionary,
    PDFPage,
    PDFStream,
    PDFZCompress,
)

# The page attributes (besides those written here) that must be unset for the direct path.
_UNSET = (
    "Override_default_compilation",
    "Annots",
    "Contents",
    "Resources",
    "Parent",
    "MediaBox",
    "CropBox",
    "Thumb",
    "B",
    "Dur",
    "Hid",
    "AA",
    "PieceInfo",
    "LastModified",
    "SeparationInfo",
    "ArtBox",
    "TrimBox",
    "BleedBox",
    "ID",
    "PZ",
    "XObjects",
    "ExtGState",
    "_colorsUsed",
    "_shadingUsed",
)
_PROCS = {True: b"/PDF /Text /ImageB /ImageC /ImageI", False: b"/PDF /Text"}


def _reference(document: Any, name: str) -> bytes:
    """What ``PDFObjectReference(name).format(document)`` gives."""
    number, version = document.idToObjectNumberAndVersion[name]
    return f"{number} {version} R".encode()


def _plain(page: PDFPage, document: Any) -> bool:
    """True when reportlab would format ``page`` as the direct path writes it."""
    if rl_config.pdfMultiLine or rl_config.useA85 or type(document.encrypt) is not NoEncryption:
        return False
    if any(getattr(page, name, None) for name in _UNSET):
        return False
    trans = page.Trans
    attrs = page.__dict__
    return (
        "Type" not in attrs
        and type(trans) is PDFDictionary
        and not trans.dict
        and page.compression
        and page.Rotate == 0
        and type(page.Rotate) is int
        and isinstance(page.stream, str)
        and bool(page.stream)
        and type(page.pagewidth) in (int, float)
        and type(page.pageheight) in (int, float)
    )


class QuickStream(PDFStream):
    """A page's content stream, compressed, formatted without reportlab's object model."""

    def format(self, document: Any) -> bytes:
        content = PDFZCompress.encode(self.content)
        head = f"<<\n/Filter [ /FlateDecode ] /Length {len(content)}\n>>\nstream\n".encode()
        return head + content + b"endstream\n"


class QuickPage(PDFPage):
    """A page dictionary written directly when it is plain (see the module), else reportlab's."""

    def format(self, document: Any) -> bytes:
        if not _plain(self, document):
            return bytes(PDFPage.format(self, document))
        # What check_format leaves, in its order: the parent registered first.
        self.Parent = parent = document.Reference(document.Pages)
        stream = QuickStream()
        stream.filters = [PDFZCompress]
        stream.content = self.stream
        stream.__Comment__ = "page stream"
        self.Contents = stream
        contents = document.Reference(stream)  # the stream's number is given here
        size = fp_str(self.pagewidth) + " " + fp_str(self.pageheight)
        return b"".join(
            (
                b"<<\n/Contents ",
                _reference(document, contents.name),
                f" /MediaBox [ 0 0 {size} ] /Parent ".encode(),
                _reference(document, parent.name),
                b" /Resources <<\n/Font ",
                _reference(document, BasicFonts),
                b" /ProcSet [ ",
                _PROCS[bool(self.hasImages)],
                b" ]\n>> /Rotate 0 /Trans <<\n\n>> \n  /Type /Page\n>>",
            )
        )


def quicken(page: Any) -> None:
    """Let ``page`` (a page reportlab's canvas just made) take the direct path when written."""
    if type(page) is PDFPage:
        page.__class__ = QuickPage
