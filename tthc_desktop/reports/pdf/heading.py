"""The heading of an official document: the two-column block and the title (tên loại, trích yếu).

Drawn directly on the canvas (not with Paragraphs) so that the rules sit exactly
under the text they belong to, as Nghị định 30/2020/NĐ-CP, Phụ lục I shows:

    UBND TỈNH TIỀN GIANG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        SỞ TƯ PHÁP                   Độc lập - Tự do - Hạnh phúc
          ─────                      ───────────────────────────
     Số: 05/BC-STP             Tiền Giang, ngày 05 tháng 02 năm 2025
"""

from __future__ import annotations

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from tthc_desktop.reports.pdf import layout
from tthc_desktop.reports.pdf.document import HeadingBlock, number_symbol, place_date
from tthc_desktop.reports.pdf.fonts import font_name

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"

# Share of a line's width used by the short rules (Nghị định 30 allows 1/3 to 1/2).
SHORT_RULE_SHARE = 0.4
_ASCENT = 0.95  # first baseline below the top, in ems: room for marks on capitals (Ộ, Ữ)
_RULE_DROP = 6.0  # rule below a baseline, clear of descenders (p, g, ạ)


def _fitting_size(text: str, font: str, size: float, width: float, smallest: float = 10) -> float:
    """*size*, reduced in half points until *text* fits *width* (wide fallback fonts, long place names)."""
    while size > smallest and stringWidth(text, font, size) > width - 2:
        size -= 0.5
    return size


class _Line:
    """One line of text placed at a vertical offset (from the block's top) in a column."""

    def __init__(self, text: str, font: str, size: float, offset: float) -> None:
        self.text, self.font, self.size, self.offset = text, font, size, offset

    @property
    def width(self) -> float:
        return stringWidth(self.text, self.font, self.size)


class HeadingFlowable(Flowable):
    """The two-column heading block with the agency rule and the tiêu ngữ rule."""

    def __init__(self, heading: HeadingBlock) -> None:
        super().__init__()
        self.heading = heading
        self._lines: list[tuple[float, _Line]] = []  # (column centre x, line)
        self._rules: list[tuple[float, float, float]] = []  # (x0, x1, offset)
        self.height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self._layout(avail_width)
        return avail_width, self.height

    def _layout(self, width: float) -> None:
        left_w = width * layout.HEADING_LEFT_SHARE
        right_w = width - left_w
        left_c, right_c = left_w / 2, left_w + right_w / 2
        lines: list[tuple[float, _Line]] = []
        rules: list[tuple[float, float, float]] = []

        # Left column: cơ quan chủ quản (regular), cơ quan ban hành (bold) and its rule.
        size = layout.SIZE_AGENCY
        leading = size * layout.LINE_SPACING
        offset = size * _ASCENT
        regular, bold = font_name(), font_name(bold=True)
        for text in agency_split(self.heading.parent_agency.upper(), regular, size, left_w - 4):
            lines.append((left_c, _Line(text, regular, size, offset)))
            offset += leading
        agency = [
            _Line(text, bold, size, 0.0)
            for text in agency_split(self.heading.issuing_agency.upper(), bold, size, left_w - 4)
        ]
        for line in agency:
            line.offset = offset
            lines.append((left_c, line))
            offset += leading
        agency_rule = offset - leading + _RULE_DROP
        rule_w = SHORT_RULE_SHARE * max((line.width for line in agency), default=0.0)
        if rule_w:
            rules.append((left_c - rule_w / 2, left_c + rule_w / 2, agency_rule))

        # Right column: Quốc hiệu, tiêu ngữ with a rule of its own length.
        offset = layout.SIZE_MOTTO * _ASCENT
        national_size = _fitting_size(NATIONAL_TITLE, bold, layout.SIZE_NATIONAL, right_w)
        lines.append((right_c, _Line(NATIONAL_TITLE, bold, national_size, offset)))
        offset += layout.SIZE_MOTTO * layout.LINE_SPACING
        motto = _Line(MOTTO, bold, _fitting_size(MOTTO, bold, layout.SIZE_MOTTO, right_w), offset)
        lines.append((right_c, motto))
        motto_rule = offset + _RULE_DROP
        rules.append((right_c - motto.width / 2, right_c + motto.width / 2, motto_rule))

        # Số and địa danh, ngày tháng share one baseline below both rules.
        baseline = max(agency_rule, motto_rule) + layout.SIZE_PLACE_DATE * 1.25
        lines.append(
            (left_c, _Line(f"Số: {number_symbol(self.heading)}", regular, layout.SIZE_NUMBER, baseline))
        )
        italic = font_name(italic=True)
        date_size = _fitting_size(place_date(self.heading), italic, layout.SIZE_PLACE_DATE, right_w)
        lines.append((right_c, _Line(place_date(self.heading), italic, date_size, baseline)))
        self._lines, self._rules = lines, rules
        self.height = baseline + layout.SIZE_PLACE_DATE * 0.3

    def draw(self) -> None:
        canv = self.canv
        canv.setFillColor("black")
        for centre, line in self._lines:
            canv.setFont(line.font, line.size)
            canv.drawCentredString(centre, self.height - line.offset, line.text)
        _draw_rules(canv, self._rules, self.height)


class TitleFlowable(Flowable):
    """Tên loại (UPPER, bold, centred) and trích yếu (bold, centred) with a short rule below.

    Appendices use it too: "PHỤ LỤC I", its name, and the italic "(Kèm theo …)" *note*.
    """

    def __init__(self, doc_type: str, summary: str, note: str = "", max_share: float = 0.95) -> None:
        super().__init__()
        self.doc_type, self.summary, self.note, self.max_share = doc_type, summary, note, max_share
        self._lines: list[_Line] = []
        self._rules: list[tuple[float, float, float]] = []
        self.height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        size = layout.SIZE_TITLE
        leading = size * layout.LINE_SPACING
        bold, italic = font_name(bold=True), font_name(italic=True)
        max_w = avail_width * self.max_share
        lines: list[_Line] = []
        if self.doc_type:
            lines.append(_Line(self.doc_type.upper(), bold, size, 0.0))
        summary = [_Line(text, bold, size, 0.0) for text in balanced_split(self.summary, bold, size, max_w)]
        lines += summary
        lines += [_Line(text, italic, size, 0.0) for text in simpleSplit(self.note, italic, size, max_w)]
        offset = size * _ASCENT
        for line in lines:
            line.offset = offset
            offset += leading
        rule_offset = offset - leading + _RULE_DROP + 3
        widest = max((line.width for line in summary or lines), default=0.0)
        rule_w = SHORT_RULE_SHARE * widest
        centre = avail_width / 2
        self._lines = lines
        self._rules = [(centre - rule_w / 2, centre + rule_w / 2, rule_offset)] if rule_w else []
        self.height = rule_offset + 1
        return avail_width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.setFillColor("black")
        for line in self._lines:
            canv.setFont(line.font, line.size)
            canv.drawCentredString(self.width / 2, self.height - line.offset, line.text)
        _draw_rules(canv, self._rules, self.height)


# Words that open a phrase: breaking a title line before them reads naturally.
_PHRASE_STARTS = frozenset(
    "của về trên tại theo năm quý và trong đối cho giai đợt tháng từ đến với để nhằm thuộc".split()
)
_BAD_BREAK = 400.0  # cost of breaking between two syllables of one phrase ("kiểm / soát")
_WEAK_BREAK = 60.0  # before a function word ("… / năm 2025")


def _break_cost(words: list[str], i: int) -> float:
    """Cost of starting a new line at words[i]."""
    before, word = words[i - 1], words[i]
    if before[-1] in ",;:)":
        return 0.0
    if word[:1].isupper() and not before[:1].isupper():
        return 0.0  # start of a name: "… / Quý III", "… / Ủy ban nhân dân tỉnh"
    if word.lower() in _PHRASE_STARTS:
        return _WEAK_BREAK
    return _BAD_BREAK


# Administrative units: the words after one name a place, which a line must not split ("ĐỒNG / THÁP").
_UNIT_WORDS = (("THÀNH", "PHỐ"), ("THỊ", "XÃ"), ("THỊ", "TRẤN"), ("TỈNH",), ("HUYỆN",), ("QUẬN",), ("XÃ",),
               ("PHƯỜNG",))
_NO_BREAK = float("inf")
_WHOLE = (("ỦY", "BAN", "NHÂN", "DÂN"), ("HỘI", "ĐỒNG", "NHÂN", "DÂN"))  # names of one body, never split


def _unit_at(words: list[str], i: int) -> int:
    """Length of the administrative-unit word group starting at words[i] (0 when none)."""
    for unit in _UNIT_WORDS:
        if tuple(w.upper() for w in words[i:i + len(unit)]) == unit:
            return len(unit)
    return 0


def _agency_costs(words: list[str]) -> list[float]:
    """Cost of a break before each word: free before "TỈNH"/"HUYỆN"…, forbidden inside "THÀNH PHỐ" and
    inside the place name that follows a unit, moderate elsewhere ("SỞ TƯ / PHÁP")."""
    costs = [0.0] + [_WEAK_BREAK] * (len(words) - 1)
    i = 0
    while i < len(words):
        unit = _unit_at(words, i)
        if not unit:
            i += 1
            continue
        if i:
            costs[i] = 0.0
        j = i + 1
        while j < len(words) and not _unit_at(words, j):
            costs[j] = _NO_BREAK  # inside "THÀNH PHỐ" or the place name
            j += 1
        i = j
    for i in range(len(words)):
        for whole in _WHOLE:
            if tuple(w.upper() for w in words[i:i + len(whole)]) == whole:
                costs[i] = min(costs[i], 10.0) if i else costs[i]  # "VĂN PHÒNG / ỦY BAN NHÂN DÂN …" reads well
                for k in range(i + 1, i + len(whole)):
                    costs[k] = _NO_BREAK
    return costs


def agency_split(text: str, font: str, size: float, max_width: float) -> list[str]:
    """Lines of an agency name in the heading: between words, balanced, place names kept whole —
    "SỞ TƯ PHÁP / TỈNH ĐỒNG THÁP", never "SỞ TƯ PHÁP TỈNH ĐỒNG / THÁP"."""
    words = text.split()
    if not words:
        return []
    costs = _agency_costs(words)
    if len(words) > 1 and all(c == _NO_BREAK for c in costs[1:]) and stringWidth(text, font, size) > max_width:
        return simpleSplit(text, font, size, max_width)  # one long name: nothing better than wrapping it
    return balanced_split(text, font, size, max_width, costs=costs)


def balanced_split(text: str, font: str, size: float, max_width: float,
                   costs: list[float] | None = None) -> list[str]:
    """Wrap a centred title into as few lines as fit *max_width*, breaking where a clerk would.

    Among the breaks that keep the minimum line count, choose the one with the best mix of
    phrase boundaries (after a comma, before a name or a function word) and even lines:
    "… thủ tục hành chính / Quý III năm 2025", not "… kiểm / soát thủ tục".
    """
    lines = simpleSplit(text, font, size, max_width)
    words = text.split()
    if len(lines) < 2 or len(words) > 80:
        return lines
    space = stringWidth(" ", font, size)
    widths = [stringWidth(w, font, size) for w in words]

    def break_cost(i: int) -> float:
        return costs[i] if costs is not None else _break_cost(words, i)

    def line_width(i: int, j: int) -> float:
        return sum(widths[i:j]) + space * (j - i - 1)

    # best[(i, k)]: cost and breaks to lay words[i:] out in k lines.
    best: dict[tuple[int, int], tuple[float, list[int]]] = {}

    def solve(i: int, k: int) -> tuple[float, list[int]]:
        if (i, k) in best:
            return best[(i, k)]
        result: tuple[float, list[int]] = (float("inf"), [])
        if k == 1:
            w = line_width(i, len(words))
            if w <= max_width:
                result = (((w - mean) / size) ** 2, [])
        else:
            for j in range(i + 1, len(words) - k + 2):
                w = line_width(i, j)
                if w > max_width:
                    break
                rest_cost, rest = solve(j, k - 1)
                cost = ((w - mean) / size) ** 2 + break_cost(j) + rest_cost
                if cost < result[0]:
                    result = (cost, [j, *rest])
        best[(i, k)] = result
        return result

    # The fewest lines that fit; one more when forbidden breaks (a place name) leave no way at that count.
    for count in range(len(lines), len(lines) + 2 if costs is not None else len(lines) + 1):
        mean = (sum(widths) + space * (len(words) - count)) / count
        best.clear()
        cost, breaks = solve(0, count)
        if cost != float("inf"):
            break
    else:
        return lines
    bounds = [0, *breaks, len(words)]
    return [" ".join(words[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]


def _draw_rules(canv, rules: list[tuple[float, float, float]], height: float) -> None:
    canv.setStrokeColor("black")
    canv.setLineWidth(layout.RULE_WIDTH)
    for x0, x1, offset in rules:
        canv.line(x0, height - offset, x1, height - offset)
