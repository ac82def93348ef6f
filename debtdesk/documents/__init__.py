"""Letters, notices and checklists: templates -> block markup -> PDF.

A template (sandboxed Jinja2, ``resources/templates/<key>/<lang>.j2``) renders
to a small block markup (MARKUP.md beside this file); the markup is parsed
into blocks, the blocks are laid out by a style sheet (``resources/styles``)
into reportlab flowables, and printed with embedded TTF fonts.
"""

from debtdesk.documents.blocks import Block
from debtdesk.documents.errors import MarkupError, TemplateError
from debtdesk.documents.fonts import unsupported_characters
from debtdesk.documents.formatting import format_date, format_money, format_number
from debtdesk.documents.limits import RenderLimits
from debtdesk.documents.markup import escape_text, parse
from debtdesk.documents.pdf import Letter, PdfMeta, render_many, render_pdf
from debtdesk.documents.styles import load_stylesheet
from debtdesk.documents.templates import TemplateInfo, TemplateLibrary

__all__ = [
    "Block",
    "Letter",
    "MarkupError",
    "PdfMeta",
    "RenderLimits",
    "TemplateError",
    "TemplateInfo",
    "TemplateLibrary",
    "escape_text",
    "format_date",
    "format_money",
    "format_number",
    "load_stylesheet",
    "parse",
    "render_many",
    "render_pdf",
    "unsupported_characters",
]
