"""reportlab's Table for the letters' simple tables, doing less work for the same bytes.

A letter has two or three small tables (amounts, a notice box, the signature):
fixed column widths, a paragraph or nothing in each cell, a grid or box,
a background. reportlab's ``Table`` handles far more (percentage and auto
widths, row spans, gradients, rounded corners, shadows, callbacks) and pays
for that generality on every table: a fifth of a letter's layout went to its
style set-up, row heights, backgrounds and lines.

:class:`QuickTable` keeps reportlab's class (splitting across pages stays its
code) and takes a direct path where a table uses nothing else:

* ``setStyle`` with the same commands on a table of the same shape copies the
  outcome of the last such call instead of applying every command to every cell;
* row heights are measured by a plain loop over the cells (the same wraps,
  the same sums, in the same order);
* drawing writes the backgrounds, cells and lines with the canvas calls (or
  their very operator strings) reportlab makes, in its order, skipping its
  dispatch and colour comparisons.

Anything outside that (a row span, a gradient, a shadow, a double line) goes
through reportlab unchanged. ``tests/core/documents/test_quicktable.py``
compares both on the letters' tables and on odd ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.platypus import Table as RLTable
from reportlab.platypus.tables import _SPECIALROWS, _ExpandedCellTuple, _hLine

_CELL_ALIGN = ("LEFT", "RIGHT", "CENTRE", "CENTER")
_CELL_VALIGN = ("TOP", "BOTTOM", "MIDDLE")
_GRADIENTS = (
    "VERTICAL",
    "HORIZONTAL",
    "VERTICAL2",
    "HORIZONTAL2",
    "LINEARGRADIENT",
    "RADIALGRADIENT",
)
_LINE_OPS = (
    "GRID",
    "BOX",
    "OUTLINE",
    "INNERGRID",
    "LINEBELOW",
    "LINEABOVE",
    "LINEBEFORE",
    "LINEAFTER",
)
_NUMBER = (int, float)
_LISTS = ("_bkgrndcmds", "_linecmds", "_spanCmds", "_nosplitCmds", "_srflcmds", "_sircmds")


@dataclass(frozen=True)
class _Styled:
    """What ``Table.setStyle`` left on a fresh table of one shape: commands kept, cells set."""

    commands: tuple[Any, ...]  # the commands given (held so their ids stay theirs)
    lists: tuple[tuple[Any, ...], ...]  # the command lists of ``_LISTS``, in order
    cells: tuple[tuple[dict[str, Any], ...], ...]  # each cell style's own attributes


_STYLED: dict[tuple[int, ...], _Styled] = {}
_STYLED_LIMIT = 256


class QuickTable(RLTable):
    """A reportlab Table that skips work whose result it already has or needs no generality for.

    * ``wrap`` again at the same width (a group measures its members, then
      the frame wraps them again to place them) reuses the sizes of the last
      full wrap: they depend on the width only, unless the height runs out
      before the last row;
    * ``setStyle``, row heights and drawing take the direct paths described in
      the module's docstring when the table qualifies;
    * a cell holding an empty string or flowables is drawn without the
      general cell code; the operators are the same (an empty string still
      writes its empty text object, as ``drawString`` does).
    """

    _quick_wrap: tuple[float, float, float] | None = None  # width, height, table width
    _pristine = False  # cell styles and command lists as __init__ left them

    def __init__(self, data: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(data, *args, **kwargs)
        # Fresh cell styles of its own and no style applied yet (``style`` is
        # the fourth parameter, after data, colWidths and rowHeights).
        self._pristine = (
            len(args) < 3 and kwargs.get("cellStyles") is None and not kwargs.get("style")
        )

    # -- style ---------------------------------------------------------------

    def setStyle(self, tblstyle: Any) -> None:
        """``Table.setStyle``; on a fresh table, the stored outcome of the same commands."""
        if not (self._pristine and isinstance(tblstyle, list | tuple) and self._nrows):
            self._pristine = False
            super().setStyle(tblstyle)
            return
        self._pristine = False
        key = (self._nrows, self._ncols, *map(id, tblstyle))
        done = _STYLED.get(key)
        if done is not None and all(a is b for a, b in zip(done.commands, tblstyle, strict=True)):
            self._apply_styled(done)
            return
        before = dict(self.__dict__)
        super().setStyle(tblstyle)
        changed = [k for k, v in self.__dict__.items() if k not in before or before[k] is not v]
        if changed:  # rounded corners, say: not worth keeping
            return
        cells = tuple(
            tuple({k: v for k, v in cell.__dict__.items() if k != "name"} for cell in row)
            for row in self._cellStyles
        )
        if len(_STYLED) >= _STYLED_LIMIT:
            _STYLED.clear()
        _STYLED[key] = _Styled(
            tuple(tblstyle), tuple(tuple(getattr(self, n)) for n in _LISTS), cells
        )

    def _apply_styled(self, done: _Styled) -> None:
        for name, commands in zip(_LISTS, done.lists, strict=True):
            getattr(self, name).extend(commands)
        for row, values in zip(self._cellStyles, done.cells, strict=True):
            for cell, own in zip(row, values, strict=True):
                if own:
                    cell.__dict__.update(own)

    # -- size ----------------------------------------------------------------

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        done = self._quick_wrap
        if done is not None and done[0] == availWidth and availHeight >= done[1]:
            self.availWidth = availWidth
            return done[2], done[1]
        size = super().wrap(availWidth, availHeight)
        complete = self._hmax == len(self._rowHeights) and None not in self._rowHeights
        self._quick_wrap = (availWidth, self._height, self._width) if complete else None
        return size

    def _calc_height(
        self, availHeight: float, availWidth: float, H: Any = None, W: Any = None
    ) -> None:
        """``Table._calc_height`` for fixed widths, free heights and no row spans."""
        widths = self._argW
        spans = bool(self._spanCmds)
        if (
            W
            or self._minRowHeights
            or rl_config.allowTableBoundsErrors != 1
            or any(h is not None for h in self._argH)
            or not all(isinstance(w, _NUMBER) for w in widths)
            or (spans and self._rowSpanCells)
        ):
            super()._calc_height(availHeight, availWidth, H, W)
            return
        canv = self.__dict__.get("canv")
        if spans:
            col_span: Any = set(self._colSpanCells)
            span_ranges = self._spanRanges
            colpositions = self._colpositions
        else:
            col_span = ()
            span_ranges = {}
        saved = (canv._fontname, canv._fontsize, canv._leading) if canv else None
        heights: list[float] = []
        self._rowHeights = heights
        for i, (values, styles) in enumerate(zip(self._cellvalues, self._cellStyles, strict=False)):
            h: float = 0
            for j, (v, s, w) in enumerate(zip(values, styles, widths, strict=False)):
                if isinstance(v, tuple | list | Flowable):
                    if not isinstance(v, _ExpandedCellTuple):
                        v = values[j] = self._cellListProcess(v, w, None)
                    if canv:
                        canv._fontname, canv._fontsize, canv._leading = (
                            s.fontname,
                            s.fontsize,
                            s.leading or 1.2 * s.fontsize,
                        )
                    if col_span and (j, i) in col_span:
                        span = span_ranges.get((j, i))
                        if not span:
                            continue
                        w = max(colpositions[span[2] + 1] - colpositions[span[0]], w or 0)
                    t = self._cell_height(v, w, s)
                    if canv:
                        canv._fontname, canv._fontsize, canv._leading = saved
                else:
                    lines = ((v is not None and str(v)) or "").count("\n") + 1
                    t = (s.leading or 1.2 * s.fontsize) * lines
                t += s.bottomPadding + s.topPadding
                if t > h:
                    h = t
            heights.append(h)
        # reportlab's summation, bottom row first, with its rounding correction
        positions: list[float] = []
        height: float = 0
        c: float = 0
        for i in range(len(heights) - 1, -1, -1):
            positions.append(height)
            y = heights[i] - c
            t = height + y
            c = (t - height) - y
            height = t
        positions.append(height)
        positions.reverse()
        self._rowpositions = positions
        self._height = height
        self._hmax = len(heights)

    def _cell_height(self, v: Sequence[Flowable], w: float, s: Any) -> float:
        """The height ``Table._listCellGeom`` gives the flowables of one cell."""
        if not v:
            return 0
        aW = w - s.leftPadding - s.rightPadding
        if not w or aW < 0:  # reportlab's own way, with its complaints
            return float(self._listCellGeom(v, w or self._listValueWidth(v), s)[1])
        aH = 72000 - s.topPadding - s.bottomPadding
        canv = self.__dict__.get("canv")
        t: float = 0
        sb0 = None
        sa: float = 0
        for f in v:
            _vw, vh = f.wrapOn(canv, aW, aH)
            sb = f.getSpaceBefore()
            sa = f.getSpaceAfter()
            t += vh + sa + sb
            if sb0 is None:
                sb0 = sb
        return t - sb0 - sa

    # -- drawing -------------------------------------------------------------

    def _direct(self) -> bool:
        """True when :meth:`draw` may take the direct path."""
        if self._renderCB or self._shadow or getattr(self, "_cornerRadii", None):
            return False
        if type(self.canv).line is not Canvas.line:  # lines are written as Canvas.line does
            return False
        for cmd, _start, _end, arg in self._bkgrndcmds:
            if cmd != "BACKGROUND" or callable(arg):
                return False
            if arg and isinstance(arg, list | tuple) and arg[0] in _GRADIENTS:
                return False
        return all(c[0] in _LINE_OPS and c[8] == 1 for c in self._linecmds)

    def draw(self) -> None:
        if not self._direct():
            super().draw()
            return
        c = self.canv
        c.saveState()
        self._curweight = self._curcolor = self._curcellstyle = None
        self._roundingRectDef = None  # as _makeRoundedCornersClip leaves it without corners
        self._draw_backgrounds()
        cells = self._drawCell
        if not self._spanCmds:
            colpositions = self._colpositions[:-1]
            for row, rowstyle, rowpos, rowheight in zip(
                self._cellvalues,
                self._cellStyles,
                self._rowpositions[1:],
                self._rowHeights,
                strict=False,
            ):
                for cellval, cellstyle, colpos, colwidth in zip(
                    row, rowstyle, colpositions, self._colWidths, strict=False
                ):
                    cells(cellval, cellstyle, (colpos, rowpos), (colwidth, rowheight))
        else:
            rects = self._spanRects
            for rowNo in range(self._nrows):
                values, styles = self._cellvalues[rowNo], self._cellStyles[rowNo]
                for colNo in range(self._ncols):
                    rect = rects[colNo, rowNo]
                    if rect is not None:
                        x, y, width, height = rect
                        cells(values[colNo], styles[colNo], (x, y), (width, height))
        self._draw_lines()
        c.restoreState()

    def _draw_backgrounds(self) -> None:
        """``Table._drawBkgrnd`` for plain colours."""
        nrows, ncols = self._nrows, self._ncols
        canv = self.canv
        colpositions, rowpositions = self._colpositions, self._rowpositions
        span_rects = getattr(self, "_spanRects", None)
        for _cmd, (sc, sr), (ec, er), arg in self._bkgrndcmds:
            if sr in _SPECIALROWS:
                continue
            if sc < 0:
                sc = sc + ncols
            if ec < 0:
                ec = ec + ncols
            if sr < 0:
                sr = sr + nrows
            if er < 0:
                er = er + nrows
            x0 = colpositions[sc]
            y0 = rowpositions[sr]
            x1 = colpositions[min(ec + 1, ncols)]
            y1 = rowpositions[min(er + 1, nrows)]
            w, h = x1 - x0, y1 - y0
            color = colors.toColorOrNone(arg)
            if color:
                if ec == sc and er == sr and span_rects:
                    xywh = span_rects.get((sc, sr))
                    if xywh:
                        x0, y0, w, h = xywh
                canv.setFillColor(color)
                canv.rect(x0, y0, w, h, stroke=0, fill=1)

    def _draw_lines(self) -> None:
        """``Table._drawLines`` for single lines, each segment as reportlab writes it."""
        canv = self.canv
        canv.saveState()
        code = canv._code
        cols, rows = self._colpositions, self._rowpositions
        h_blocks = getattr(self, "_hBlocks", {})
        v_blocks = getattr(self, "_vBlocks", {})
        ccap = cdash = cjoin = None

        def line(x1: float, y1: float, x2: float, y2: float) -> None:
            code.append(f"n {fp_str(x1, y1)} m {fp_str(x2, y2)} l S")

        def v_line(y0: float, x0: float, y1: float, x1: float) -> None:
            line(x0, y0, x1, y1)

        def prep(weight: Any, color: Any) -> None:
            if color and color is not self._curcolor and color != self._curcolor:
                canv.setStrokeColor(color)
                self._curcolor = color
            if weight and weight != self._curweight:
                canv.setLineWidth(weight)
                self._curweight = weight

        def h_lines(sc: int, sr: int, ec: int, er: int, weight: Any, color: Any) -> None:
            ecp = cols[sc : ec + 2]
            rp = rows[sr : er + 1]
            if len(ecp) <= 1 or len(rp) < 1:
                return
            prep(weight, color)
            x0, x1 = ecp[0], ecp[-1]
            for y in rp:
                if h_blocks and h_blocks.get(y):
                    _hLine(line, x0, x1, y, h_blocks)
                else:
                    line(x0, y, x1, y)

        def v_lines(sc: int, sr: int, ec: int, er: int, weight: Any, color: Any) -> None:
            erp = rows[sr : er + 2]
            cp = cols[sc : ec + 1]
            if len(erp) <= 1 or len(cp) < 1:
                return
            prep(weight, color)
            y0, y1 = erp[0], erp[-1]
            for x in cp:
                if v_blocks and v_blocks.get(x):
                    _hLine(v_line, y1, y0, x, v_blocks)
                else:
                    line(x, y1, x, y0)

        for op, (sc, sr), (ec, er), weight, color, cap, dash, join, _n, _sp in self._linecmds:
            if isinstance(sr, str) and sr in _SPECIALROWS:
                continue
            if cap is not None and ccap != cap:
                canv.setLineCap(cap)
                ccap = cap
            if dash is None or dash == []:
                if cdash is not None:
                    canv.setDash()
                    cdash = None
            elif dash != cdash:
                canv.setDash(dash)
                cdash = dash
            if join is not None and cjoin != join:
                canv.setLineJoin(join)
                cjoin = join
            sc, ec, sr, er = self.normCellRange(sc, ec, sr, er)
            if op in ("GRID", "BOX", "OUTLINE"):
                h_lines(sc, sr, ec, sr, weight, color)
                h_lines(sc, er + 1, ec, er + 1, weight, color)
                v_lines(sc, sr, sc, er, weight, color)
                v_lines(ec + 1, sr, ec + 1, er, weight, color)
            if op in ("GRID", "INNERGRID"):
                h_lines(sc, sr + 1, ec, er, weight, color)
                v_lines(sc + 1, sr, ec, er, weight, color)
            elif op == "LINEBELOW":
                h_lines(sc, sr + 1, ec, er + 1, weight, color)
            elif op == "LINEABOVE":
                h_lines(sc, sr, ec, er, weight, color)
            elif op == "LINEBEFORE":
                v_lines(sc, sr, ec, er, weight, color)
            elif op == "LINEAFTER":
                v_lines(sc + 1, sr, ec + 1, er, weight, color)
        canv.restoreState()
        self._curcolor = None

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:
        plain = not (
            cellstyle.href
            or cellstyle.destination
            or cellstyle.direction
            or cellstyle.shaping
            or cellstyle.alignment not in _CELL_ALIGN
            or cellstyle.valign not in _CELL_VALIGN
            or not self.canv.bottomup
        )
        if plain and isinstance(cellval, str) and not cellval:
            self._cell_style(cellstyle)
            self._draw_empty(cellstyle, pos, size)
        elif plain and isinstance(cellval, tuple | list) and cellval:
            self._cell_style(cellstyle)
            self._draw_flowables(cellval, cellstyle, pos, size)
        else:
            super()._drawCell(cellval, cellstyle, pos, size)

    def _cell_style(self, cellstyle: Any) -> None:
        """The fill colour and font of ``cellstyle`` set, as ``Table._drawCell`` does first."""
        if self._curcellstyle is not cellstyle:
            cur = self._curcellstyle
            if cur is None or cellstyle.color != cur.color:
                self.canv.setFillColor(cellstyle.color)
            if (
                cur is None
                or cellstyle.leading != cur.leading
                or cellstyle.fontname != cur.fontname
                or cellstyle.fontsize != cur.fontsize
            ):
                self.canv.setFont(cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
            self._curcellstyle = cellstyle

    def _draw_empty(self, cellstyle: Any, pos: Any, size: Any) -> None:
        """What ``drawString(x, y, "")`` writes where reportlab would write it."""
        colpos, rowpos = pos
        colwidth, rowheight = size
        just = cellstyle.alignment
        if just == "LEFT":
            x = colpos + cellstyle.leftPadding
        elif just == "RIGHT":
            x = colpos + colwidth - cellstyle.rightPadding
        else:
            x = colpos + (colwidth + cellstyle.leftPadding - cellstyle.rightPadding) * 0.5
        leading, fontsize = cellstyle.leading, cellstyle.fontsize
        valign = cellstyle.valign
        if valign == "BOTTOM":
            y = rowpos + cellstyle.bottomPadding + leading - fontsize
        elif valign == "TOP":
            y = rowpos + rowheight - cellstyle.topPadding - fontsize
        else:
            middle = cellstyle.bottomPadding + rowheight - cellstyle.topPadding + leading
            y = rowpos + middle / 2.0 - fontsize
        self.canv._code.append(f"BT 1 0 0 1 {fp_str(x, y)} Tm  T* ET")

    def _draw_flowables(
        self, flowables: Sequence[Flowable], cellstyle: Any, pos: Any, size: Any
    ) -> None:
        """``Table._drawCell`` for a cell of flowables, with the same arithmetic."""
        colpos, rowpos = pos
        colwidth, rowheight = size
        aW = colwidth - cellstyle.leftPadding - cellstyle.rightPadding
        aH = rowheight - cellstyle.topPadding - cellstyle.bottomPadding
        if aW < 0:  # reportlab's own complaint (or warning)
            self._listCellGeom(flowables, colwidth, cellstyle, aH=rowheight)
        canv = self.canv
        sizes = []
        t: float = 0
        sb0 = None
        sa: float = 0
        for f in flowables:
            vw, vh = f.wrapOn(canv, aW, aH)
            sb = f.getSpaceBefore()
            sa = f.getSpaceAfter()
            sizes.append((vw, vh))
            t += vh + sa + sb
            if sb0 is None:
                sb0 = sb
        h = t - sb0 - sa
        valign = cellstyle.valign
        if valign == "TOP":
            y = rowpos + rowheight - cellstyle.topPadding
        elif valign == "BOTTOM":
            y = rowpos + cellstyle.bottomPadding + h
        else:
            y = rowpos + (rowheight + cellstyle.bottomPadding - cellstyle.topPadding + h) / 2.0
        y += flowables[0].getSpaceBefore()
        just = cellstyle.alignment
        for f, (vw, vh) in zip(flowables, sizes, strict=True):
            if just == "LEFT":
                x = colpos + cellstyle.leftPadding
            elif just == "RIGHT":
                x = colpos + colwidth - cellstyle.rightPadding - vw
            else:
                x = colpos + (colwidth + cellstyle.leftPadding - cellstyle.rightPadding - vw) / 2.0
            y -= f.getSpaceBefore()
            y -= vh
            f.drawOn(canv, x, y)
            y -= f.getSpaceAfter()


class WholeTable(QuickTable):
    """A table that moves to the next page whole, unless it is taller than a page.

    A notice box or a signature split across two pages helps nobody; unlike
    ``KeepTogether`` this is a plain flowable, so it can sit inside a group.
    """

    def __init__(self, *args: Any, page_height: float = 0.0, **kwargs: Any) -> None:
        # reportlab makes the parts of a split table without page_height: once
        # split, the rest flows like any table.
        super().__init__(*args, **kwargs)
        self.page_height = page_height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        _w, height = self.wrap(availWidth, self.page_height)
        if height <= self.page_height:
            return []
        return list(super().split(availWidth, availHeight))
