"""Fixed date phrases in one deadline alternative: days, months, quarters, half-years, years.

`scan_dates(text, plan_year)` finds every date phrase in folded text (see deadline_text.fold) and
turns each into the LAST ALLOWED DAY:
- a day D is D itself, or D − 1 after "trước" (strict form);
- a month / quarter / "6 tháng đầu năm" / year is its last day, or the day before its first day
  after "trước";
- coordinated phrases share year and strictness ("trước ngày 15/6 và 30/6/2025");
- "từ X đến Y" keeps Y; a lone "từ/kể từ/sau X" is a starting point, not a deadline;
- a coarser phrase that only labels a finer one is dropped ("Năm 2025, trước ngày 30/5/2025");
- a missing year is the plan year.
"""

from __future__ import annotations

import calendar as _cal
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from tthc_desktop.domain.deadline_text import fmt_date

DAY, HALF, MONTH, QUARTER, YEAR = "day", "half", "month", "quarter", "year"
_FINENESS = {DAY: 0, MONTH: 1, HALF: 2, QUARTER: 2, YEAR: 3}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4}
_ROMAN.update({str(n): n for n in range(1, 5)})
_ROMAN_OUT = {1: "I", 2: "II", 3: "III", 4: "IV"}


@dataclass(frozen=True)
class Mention:
    """One date phrase; `value` is (day, month) for days, month for months, quarter, or N months."""

    kind: str
    start: int
    end: int
    value: tuple[int, ...]
    year: int | None
    strict: bool = False
    in_range: bool = False  # end of "từ … đến …" inside one phrase
    year_list: bool = False  # one of "Năm 2025 - 2026"
    year_from_plan: bool = False  # no year written: the plan year was used

    def bounds(self) -> tuple[date, date]:
        """First and last day of the phrase (raises ValueError for an impossible date)."""
        year = self.year if self.year is not None else 0
        if self.kind == DAY:
            d = date(year, self.value[1], self.value[0])
            return d, d
        if self.kind == MONTH:
            m = self.value[0]
            return date(year, m, 1), date(year, m, _cal.monthrange(year, m)[1])
        if self.kind == QUARTER:
            q = self.value[0]
            last_month = 3 * q
            return date(year, last_month - 2, 1), date(year, last_month, _cal.monthrange(year, last_month)[1])
        if self.kind == HALF:
            n, first_half = self.value
            if first_half:
                return date(year, 1, 1), date(year, n, _cal.monthrange(year, n)[1])
            return date(year, 13 - n, 1), date(year, 12, 31)
        return date(year, 1, 1), date(year, 12, 31)

    def label(self) -> str:
        """The phrase as Vietnamese text, with dd/mm/yyyy dates."""
        y = self.year
        if self.kind == DAY:
            text = f"ngày {self.value[0]:02d}/{self.value[1]:02d}/{y}"
        elif self.kind == MONTH:
            text = f"tháng {self.value[0]:02d}/{y}"
        elif self.kind == QUARTER:
            text = f"Quý {_ROMAN_OUT[self.value[0]]}/{y}"
        elif self.kind == HALF:
            text = f"{self.value[0]} tháng {'đầu' if self.value[1] else 'cuối'} năm {y}"
        else:
            text = f"năm {y}"
        return f"Trước {text}" if self.strict else text[:1].upper() + text[1:]

    def due(self) -> date:
        first, last = self.bounds()
        return first - timedelta(days=1) if self.strict else last


@dataclass(frozen=True)
class ScanResult:
    """Dates found in one alternative, with explanation lines and problems (invalid dates)."""

    dates: tuple[date, ...]
    notes: tuple[str, ...]
    problems: tuple[str, ...]
    anchors: int  # starting points ("kể từ ngày …") that are not deadlines


_Y4 = r"(?:19|20)[0-9]{2}"
_DOC_DATE = r"(?:\s+ngay\s+(?:[0-9]{1,2}\s*/\s*[0-9]{1,2}\s*/\s*[0-9]{4}|[0-9]{1,2}\s+thang\s+[0-9]{1,2}\s+nam\s+[0-9]{4}))?"
# A legal document's number ("66/NQ-CP ngày 26/3/2025", "127-KL/TW") names its date, not a deadline.
_R_DOCREF = re.compile(rf"[0-9]+[a-z]*(?:/[0-9]+)*(?:[-/][a-z][a-z0-9]*)+(?:[-/][a-z0-9]+)*{_DOC_DATE}")
_R_ISO = re.compile(r"(?<![0-9])(?P<y>[0-9]{4})-(?P<m>[0-9]{1,2})-(?P<d>[0-9]{1,2})(?![0-9])")
_R_WORDS = re.compile(
    r"(?:ngay\s+)?(?<![0-9])(?P<d>[0-9]{1,2})\s+thang\s+(?P<m>[0-9]{1,2})(?![0-9])"
    r"(?:\s*(?:,?\s*nam\s+|/\s*)(?P<y>[0-9]{4})(?![0-9]))?"
)
_R_NUMERIC = re.compile(
    r"(?:ngay\s+)?(?<![0-9./-])(?P<d>[0-9]{1,2})\s*(?P<sep>[/.-])\s*(?P<m>[0-9]{1,2})(?![0-9])"
    # a date ends at ". " ("30/6/2026. 31/12/2026" are two dates), not at "-5" or "/7" (a range, a longer number)
    r"(?:\s*(?P=sep)\s*(?P<y>[0-9]{4}|[0-9]{2})(?![0-9]))?(?![0-9]|\s*(?P=sep)\s*[0-9]|\s*[/-]\s*[0-9]|\.[0-9])"
)
# "28/6-5/7/2026", "01/3/2026 - 30/4/2026": a range of days, due on its last day
_R_DAY_RANGE = re.compile(
    r"(?:ngay\s+)?(?<![0-9./-])[0-9]{1,2}\s*/\s*[0-9]{1,2}(?:\s*/\s*(?:[0-9]{4}|[0-9]{2}))?\s*-\s*(?:ngay\s+)?"
    r"(?P<d>[0-9]{1,2})\s*/\s*(?P<m>[0-9]{1,2})(?:\s*/\s*(?P<y>[0-9]{4}|[0-9]{2}))?(?![0-9]|\s*/\s*[0-9])"
)
# "12/2026", "04/2026": a month and a year without the word "tháng" (never a document's number "số 12/2026")
_R_MONTH_YEAR = re.compile(r"(?<![0-9./-])(?<!so )(?P<m>1[0-2]|0?[1-9])\s*/\s*(?P<y>(?:19|20)[0-9]{2})(?![0-9/])")
_R_HALF = re.compile(
    rf"(?P<n>[0-9]{{1,2}}|sau|chin|ba)\s+thang\s+(?P<which>dau|cuoi)\s+nam(?:\s+(?P<y>{_Y4}))?(?![0-9])"
)
_Q = r"(?:iv|iii|ii|i|[1-4]|mot|hai|ba|bon|tu)(?![a-z0-9])"
_R_QUARTER = re.compile(
    rf"\bquy\s+(?P<list>{_Q}(?:\s*(?:,|va|-|den|toi)\s*(?:quy\s+)?{_Q})*)"
    rf"(?:\s*(?:,?\s*nam\s+|/\s*)(?P<y>{_Y4})(?![0-9]))?"
)
_M = r"(?:1[0-2]|0?[1-9])(?![0-9])"
_R_MONTH = re.compile(
    rf"\bthang\s+(?P<list>{_M}(?:\s*(?:,|va|-|den|toi)\s*(?:thang\s+)?{_M})*)"
    rf"(?:\s*(?:,?\s*nam\s+|/\s*)(?P<y>{_Y4})(?![0-9]))?"
)
_R_YEAR = re.compile(
    rf"(?P<gd>giai doan\s+)?(?:nam\s+)?(?<![0-9./])(?P<list>{_Y4}(?![0-9/])"
    rf"(?:\s*(?:-|,|va|den|toi)\s*(?:nam\s+)?{_Y4}(?![0-9/]))*)"
)
_STRICT_BEFORE = re.compile(r"\btruoc\s*(?:ngay\s*)?[:,]?\s*$")
_ANCHOR_BEFORE = re.compile(r"\b(?:ke tu|tu|sau)\s*(?:ngay\s*)?$")
_VAGUE_BEFORE = re.compile(r"\b(?:dau|giua)\s*$")
_NAME_FREE = re.compile(r"^[\s#,.:;-]*(?:(?:trong|ca|suot)\s+)?$")
_CONNECT = re.compile(r"^(?:\s|,|-|&|\bva\b|\bden\b|\btoi\b|\bngay\b|\bhet\b)*$")
_RANGE_CONNECT = re.compile(r"^\s*(?:-|den|toi)\s*(?:het\s+)?(?:ngay\s+)?$")


def _mask(text: str, start: int, end: int) -> str:
    return text[:start] + "#" * (end - start) + text[end:]


def _year2(token: str | None) -> int | None:
    if token is None:
        return None
    y = int(token)
    return 2000 + y if len(token) == 2 else y


def _list_items(raw: str, table: dict[str, int] | None) -> tuple[list[int], bool]:
    """Numbers of a "3, 6, 9 và 12" list, and whether it is a range ("5 đến 8", "5-8")."""
    is_range = bool(re.search(r"-|\bden\b|\btoi\b", raw))
    tokens = [t for t in re.split(r"\s*(?:,|va|-|den|toi)\s*", raw) if t]
    values = []
    for token in tokens:
        token = re.sub(r"^(?:quy|thang|nam)\s+", "", token.strip())
        values.append(table[token] if table is not None else int(token))
    return values, is_range


def _find(text: str) -> tuple[list[Mention], str]:
    """All date phrases in *text*, most specific patterns first (each masks what it consumed)."""
    found: list[Mention] = []
    for m in _R_DOCREF.finditer(text):
        text = _mask(text, *m.span())
    for m in _R_ISO.finditer(text):
        found.append(Mention(DAY, m.start(), m.end(), (int(m["d"]), int(m["m"])), int(m["y"])))
        text = _mask(text, *m.span())
    for m in _R_DAY_RANGE.finditer(text):
        found.append(Mention(DAY, m.start(), m.end(), (int(m["d"]), int(m["m"])), _year2(m["y"]), in_range=True))
        text = _mask(text, *m.span())
    for regex in (_R_WORDS, _R_NUMERIC):
        for m in regex.finditer(text):
            if regex is _R_NUMERIC and m["sep"] in ".-" and m["y"] is None:
                continue  # "5-8" or "1.5" is not a date without its year
            found.append(Mention(DAY, m.start(), m.end(), (int(m["d"]), int(m["m"])), _year2(m["y"])))
            text = _mask(text, *m.span())
    for m in _R_HALF.finditer(text):
        n = int(m["n"]) if m["n"].isdigit() else {"sau": 6, "chin": 9, "ba": 3}[m["n"]]
        if 1 <= n <= 12:
            y = int(m["y"]) if m["y"] else None
            found.append(Mention(HALF, m.start(), m.end(), (n, int(m["which"] == "dau")), y))
            text = _mask(text, *m.span())
    for regex, kind, table in ((_R_QUARTER, QUARTER, _ROMAN), (_R_MONTH, MONTH, None)):
        for m in regex.finditer(text):
            if _VAGUE_BEFORE.search(text[: m.start()]):
                text = _mask(text, *m.span())  # "đầu tháng 6" has no exact day: leave it unparsed
                continue
            values, is_range = _list_items(m["list"], table)
            if is_range:
                values = values[-1:]
            y = int(m["y"]) if m["y"] else None
            found.extend(Mention(kind, m.start(), m.end(), (v,), y, in_range=is_range) for v in values)
            text = _mask(text, *m.span())
    for m in _R_MONTH_YEAR.finditer(text):
        if not _VAGUE_BEFORE.search(text[: m.start()]):
            found.append(Mention(MONTH, m.start(), m.end(), (int(m["m"]),), int(m["y"])))
        text = _mask(text, *m.span())
    for m in _R_YEAR.finditer(text):
        if _VAGUE_BEFORE.search(text[: m.start()]):
            continue
        if m["gd"] and not _NAME_FREE.match(text[: m.start()]):
            # "Chương trình … giai đoạn 2025-2030" names a programme's period, not a deadline.
            text = _mask(text, *m.span())
            continue
        years, is_range = _list_items(m["list"], None)
        # "2025 - 2026" lists each year; "giai đoạn …" and "từ … đến …" are one span ending in the last.
        span_only = bool(m["gd"]) or bool(re.search(r"\bden\b|\btoi\b", m["list"]))
        if span_only:
            years = years[-1:]
        multi = len(years) > 1
        found.extend(
            Mention(YEAR, m.start(), m.end(), (), y, in_range=span_only and is_range, year_list=multi)
            for y in years
        )
        text = _mask(text, *m.span())
    found.sort(key=lambda x: (x.start, x.end))
    return found, text


def scan_dates(text: str, plan_year: int) -> ScanResult:
    """Deadlines (last allowed days) named in one folded alternative; see the module docstring."""
    mentions, _ = _find(text)
    notes: list[str] = []
    problems: list[str] = []

    # Strictness: "trước …" right before a phrase, inherited along a coordinated list.
    resolved: list[Mention] = []
    for i, mention in enumerate(mentions):
        before = text[: mention.start]
        strict = bool(_STRICT_BEFORE.search(before))
        if not strict and i and _CONNECT.match(text[mentions[i - 1].end : mention.start]):
            strict = resolved[i - 1].strict
        resolved.append(replace(mention, strict=strict))
    mentions = resolved

    # Years: borrowed from the next coordinated phrase, else from a preceding "Năm YYYY" label,
    # else the plan year.
    for i in range(len(mentions) - 1, -1, -1):
        mention = mentions[i]
        if mention.year is not None:
            continue
        year = None
        if i + 1 < len(mentions) and _CONNECT.match(text[mention.end : mentions[i + 1].start]):
            year = mentions[i + 1].year
        if year is None:
            labels = [m for m in mentions[:i] if m.kind == YEAR and m.year is not None]
            year = labels[-1].year if labels else None
        if year is None:
            mentions[i] = replace(mention, year=plan_year, year_from_plan=True)
            continue
        mentions[i] = replace(mention, year=year)

    # Ranges across phrases ("từ ngày A đến ngày B") keep B; a lone "từ/kể từ/sau A" is a start point.
    kept: list[Mention] = []
    anchors = 0
    for i, mention in enumerate(mentions):
        if mention.in_range or not _ANCHOR_BEFORE.search(text[: mention.start]):
            kept.append(mention)
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and _RANGE_CONNECT.match(text[mention.end : nxt.start]):
            notes.append(f"Khoảng thời gian: lấy ngày cuối khoảng ({nxt.label()})")
        else:
            anchors += 1
            notes.append(f"{mention.label()}: là mốc bắt đầu, không phải hạn")

    # Invalid dates ("31/2") are reported, never guessed.
    valid: list[tuple[Mention, date, date]] = []
    for mention in kept:
        try:
            if not 1900 <= (mention.year or 0) <= 2100:
                raise ValueError
            first, last = mention.bounds()
            valid.append((mention, first, last))
        except ValueError:
            if mention.kind == DAY:
                shown = f"{mention.value[0]}/{mention.value[1]}/{mention.year}"
            else:
                shown = f"{mention.label()}"
            problems.append(f"Ngày không hợp lệ: {shown}")

    # A coarser phrase that contains a finer one only labels it ("Năm 2025, trước ngày 30/5/2025").
    final: list[Mention] = []
    for mention, first, last in valid:
        labels_finer = any(
            _FINENESS[other.kind] < _FINENESS[mention.kind] and first <= o_first and o_last <= last
            for other, o_first, o_last in valid
        )
        if not labels_finer:
            final.append(mention)

    dates: list[date] = []
    year_list = [m for m in final if m.year_list]
    for mention in final:
        due = mention.due()
        if due not in dates:
            dates.append(due)
        if mention.year_list:
            continue
        rule = "hạn cuối" if mention.kind == DAY else f"ngày cuối {_PERIOD_NAME[mention.kind]}"
        if mention.strict:
            rule = "hạn cuối"
        head = f"Khoảng thời gian đến {mention.label().lower()}" if mention.in_range else mention.label()
        tail = f" (không ghi năm: lấy năm kế hoạch {mention.year})" if mention.year_from_plan else ""
        notes.append(f"{head} → {rule} {fmt_date(due)}{tail}")
    if year_list:
        shown = ", ".join(fmt_date(m.due()) for m in year_list)
        years = " - ".join(str(m.year) for m in year_list)
        notes.append(f"Năm {years} → ngày cuối của mỗi năm là một hạn: {shown}")
    return ScanResult(tuple(sorted(dates)), tuple(notes), tuple(problems), anchors)


_PERIOD_NAME = {MONTH: "tháng", QUARTER: "quý", HALF: "kỳ", YEAR: "năm", DAY: "ngày"}
