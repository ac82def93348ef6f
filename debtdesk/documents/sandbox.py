"""The Jinja2 environment letters are rendered in: sandboxed, strict, escaping, bounded.

* ``ImmutableSandboxedEnvironment``: no ``__class__``/``__globals__`` walks, no
  mutation of lists and dicts; on top of that, methods of built-in types are an
  allowlist (``str.format`` with a width of 10**9, ``int.to_bytes`` and friends
  can allocate without limit) -- templates use filters instead.
* ``StrictUndefined``: a misspelt variable is an error, not an empty gap in a
  letter to a court.
* Escaping: every value a template prints goes through
  :func:`~debtdesk.documents.markup.escape_text` (via ``finalize`` and
  autoescape), so data can never produce block markup. Markup written in the
  template itself (and macros, ``{% set %}`` blocks) passes as it stands.
* Limits (:mod:`debtdesk.documents.limits`): ``*``, ``+``, ``%``, ``**``, ``~``,
  buffer joins, ``range`` and the filters that can grow text check the size
  *before* building it; calls and lookups check the clock.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from jinja2 import StrictUndefined, pass_eval_context
from jinja2.compiler import CodeGenerator, Frame, optimizeconst
from jinja2.filters import do_truncate, make_attrgetter
from jinja2.loaders import BaseLoader
from jinja2.nodes import Concat, EvalContext
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from markupsafe import Markup, soft_str

from debtdesk.documents import formatting
from debtdesk.documents.limits import OutputTooLarge, RenderLimits, budget
from debtdesk.documents.markup import escape_text

_STR_METHODS = frozenset({
    "capitalize", "casefold", "count", "endswith", "find", "index", "isalnum", "isalpha",
    "isdecimal", "isdigit", "islower", "isnumeric", "isspace", "istitle", "isupper",
    "lower", "lstrip", "partition", "removeprefix", "removesuffix", "rfind", "rindex",
    "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip",
    "swapcase", "title", "upper",
})  # fmt: skip
_SAFE_METHODS: tuple[tuple[type, frozenset[str]], ...] = (
    (str, _STR_METHODS),
    (dict, frozenset({"get", "items", "keys", "values"})),
    (list | tuple, frozenset({"count", "index"})),
    (datetime, frozenset({"date", "time", "isoformat", "weekday", "isoweekday", "strftime"})),
    (date | time, frozenset({"isoformat", "weekday", "isoweekday", "strftime"})),
    (int | float | Decimal | complex | bytes | set | frozenset | range, frozenset()),
)
_DICT_NAMES = frozenset(dir(dict))  # what getattr finds on any plain dict
_PRINTF = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?")
_MAX_WIDTH = 200
# Layout filters make no sense in block markup (whitespace is collapsed, newlines
# are structure); the others would put unescaped data into markup.
_REMOVED_FILTERS = ("center", "indent", "wordwrap", "urlize", "xmlattr", "format", "tojson")


def as_markup(value: Any) -> Markup:
    """``value`` as markup: template-made markup stays, anything else is escaped."""
    if isinstance(value, Markup):
        return value
    return Markup(escape_text(soft_str(value)))


@pass_eval_context  # keeps Jinja from applying it to constants at compile time
def _finalize(eval_ctx: EvalContext, value: Any) -> Any:
    # Escapes even inside {% autoescape false %}: data must never become markup.
    # An optional field left empty prints nothing, not "None" (required fields
    # are checked against meta.toml before rendering).
    result = as_markup("" if value is None else value)
    budget().printed(result)
    return result


def _check_printf(fmt: str) -> None:
    for match in _PRINTF.finditer(fmt):
        for number in match.groups():
            if number == "*" or (number and int(number) > _MAX_WIDTH):
                raise SecurityError(f"a format width above {_MAX_WIDTH} is not allowed")


def _escaped_args(args: Any) -> Any:
    """Arguments of ``markup % args`` with their text escaped for block markup."""

    def one(value: Any) -> Any:
        return as_markup(value) if isinstance(value, str) else value

    if isinstance(args, tuple):
        return tuple(one(value) for value in args)
    if isinstance(args, dict):
        return {key: one(value) for key, value in args.items()}
    return one(args)


def _size(value: Any) -> int:
    return len(value) if isinstance(value, str | list | tuple) else 0


def _check_bits(bits: int, limits: RenderLimits) -> None:
    if bits > limits.max_int_bits:
        raise OutputTooLarge


class _GuardedCodeGenerator(CodeGenerator):
    """Compiles ``a ~ b`` to a join that checks the size and escapes data first."""

    @optimizeconst
    def visit_Concat(self, node: Concat, frame: Frame) -> None:
        mode = "context.eval_ctx.autoescape" if frame.eval_ctx.volatile else None
        if mode is None:
            mode = repr(bool(frame.eval_ctx.autoescape))
        self.write("environment.guarded_concat((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write(f"), {mode})")


class LetterEnvironment(ImmutableSandboxedEnvironment):
    """Sandboxed, strict, escaping and bounded Jinja2 environment for letter templates."""

    code_generator_class = _GuardedCodeGenerator
    intercepted_binops = frozenset({"*", "+", "%", "**"})

    def __init__(self, loader: BaseLoader | None = None) -> None:
        super().__init__(
            loader=loader,
            autoescape=True,
            undefined=StrictUndefined,
            finalize=_finalize,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            auto_reload=True,
        )
        self.globals.pop("lipsum", None)
        self.globals["range"] = self._range
        for name in _REMOVED_FILTERS:
            self.filters.pop(name, None)
        self.filters.update(
            e=as_markup,
            escape=as_markup,
            forceescape=lambda value: Markup(escape_text(str(value))),
            join=self._join,
            replace=self._replace,
            truncate=self._truncate,
            money=lambda value, currency="KZT": formatting.format_money(
                value, currency, budget().lang
            ),
            number=lambda value, digits=None: formatting.format_number(
                value, budget().lang, digits
            ),
            date=lambda value, width="long": formatting.format_date(value, budget().lang, width),
            time=lambda value: formatting.format_time(value, budget().lang),
            datetime=lambda value: formatting.format_datetime(value, budget().lang),
        )

    # -- what a template may touch -------------------------------------------
    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if not super().is_safe_attribute(obj, attr, value):
            return False
        if not callable(value):
            return True
        for kind, allowed in _SAFE_METHODS:
            if isinstance(obj, kind):
                return attr in allowed
        return True

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        return None  # str.format is simply not on the allowlist

    def getattr(self, obj: Any, attribute: str) -> Any:
        budget().tick()
        if type(obj) is dict and type(attribute) is str and attribute not in _DICT_NAMES:
            # What Jinja's getattr comes to for a plain dict and a name that is
            # none of its methods: getattr fails, the item is returned as it is.
            # The letter context is dicts: this skips raising that AttributeError.
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        budget().tick()
        return super().getitem(obj, argument)

    def call(self, context: Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        budget().tick()
        result = super().call(context, obj, *args, **kwargs)
        budget().check_value(result)
        return result

    # -- operators and joins that could grow without bound ----------------------
    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        limits = budget().limits
        budget().tick()
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(times, int) and _size(seq) * max(times, 0) > limits.max_chars:
                    raise OutputTooLarge
            if isinstance(left, int) and isinstance(right, int):
                _check_bits(left.bit_length() + right.bit_length(), limits)
        elif operator == "+":
            budget().check_size(_size(left) + _size(right))
            if isinstance(left, Markup) or isinstance(right, Markup):
                left, right = as_markup(left), as_markup(right)
        elif operator == "%" and isinstance(left, str):
            _check_printf(left)
            if isinstance(left, Markup):
                right = _escaped_args(right)
        elif (
            operator == "**"
            and isinstance(left, int)
            and isinstance(right, int)
            and right > 0
            and abs(left) > 1
        ):
            _check_bits(right * abs(left).bit_length(), limits)
        result = self.binop_table[operator](left, right)
        budget().check_value(result)
        return result

    def guarded_concat(self, parts: Iterable[Any], autoescape: bool) -> str:
        """What ``a ~ b`` compiles to: escapes data beside markup, checks the size."""
        items = [soft_str(part) if autoescape else str(part) for part in parts]
        budget().check_size(sum(map(len, items)))
        if autoescape and any(isinstance(item, Markup) for item in items):
            return Markup("").join(as_markup(item) for item in items)
        return "".join(items)

    def concat(self, parts: Iterable[str]) -> str:  # type: ignore[override]
        """Joins the output buffers of macros and ``{% set %}`` blocks, size first."""
        items = list(parts)
        budget().check_size(sum(map(len, items)))
        return "".join(items)

    def _range(self, *args: int) -> range:
        numbers = range(*args)
        most = budget().limits.max_range
        if len(numbers) > most:
            raise SecurityError(f"range() may give at most {most} numbers")
        return numbers

    # -- filters that could grow text, or mix data into markup ------------------
    @pass_eval_context
    def _join(
        self,
        eval_ctx: EvalContext,
        value: Iterable[Any],
        d: str = "",
        attribute: str | int | None = None,
    ) -> str:
        if attribute is not None:
            value = map(make_attrgetter(self, attribute), value)
        items = list(value)
        if len(items) > budget().limits.max_chars:
            raise OutputTooLarge
        strings = [soft_str(x) for x in items]
        budget().check_size(sum(map(len, strings)) + len(d) * max(len(strings) - 1, 0))
        if eval_ctx.autoescape and (
            isinstance(d, Markup) or any(isinstance(s, Markup) for s in strings)
        ):
            return as_markup(d).join(as_markup(s) for s in strings)
        return str(d).join(strings)

    @pass_eval_context
    def _replace(
        self, eval_ctx: EvalContext, s: str, old: str, new: str, count: int | None = None
    ) -> str:
        text = soft_str(s)
        hits = text.count(old) if old else len(text) + 1
        if count is not None:
            hits = min(hits, max(count, 0))
        budget().check_size(len(text) + hits * max(len(new) - len(old), 0))
        limit = -1 if count is None else count
        if eval_ctx.autoescape and isinstance(text, Markup):
            return text.replace(as_markup(old), as_markup(new), limit)
        return str(text).replace(str(old), str(new), limit)

    def _truncate(
        self,
        s: str,
        length: int = 255,
        killwords: bool = False,
        end: str = "...",
        leeway: int | None = None,
    ) -> str:
        if isinstance(s, Markup):
            end = as_markup(end)
        return do_truncate(self, s, length, killwords, end, leeway)
