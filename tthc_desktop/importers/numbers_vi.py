"""Parse messy Vietnamese cell text from procedure catalogues: days, VND amounts, counts, yes/no, levels.

Every parser returns a result with ``status`` (ok / approximate / empty / unclear), ``ok``, ``value``
and ``flag``: a Vietnamese message for the user whenever the cell needs a look. What is clear is
parsed; nothing ambiguous is guessed (a range "10-15 ngày" is left for the user).

Decisions:
- "ngày" alone counts as *calendar* days unless the caller says otherwise (``default_kind``),
  which the catalogue importer does when the column header reads "ngày làm việc". Text saying
  "làm việc" is always working days.
- "Trong ngày" is 0,5 working day, flagged as approximate.
- Costs "Không quy định", "Không", "Miễn phí", "Không thu", "0" are a *known* zero
  (``known_zero``); "Theo quy định" or an empty cell is unknown.
- "." and "," between groups of three digits separate thousands ("1.500.000"); followed by one or
  two digits they are a decimal mark ("1,5 triệu", "0,5 ngày").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from tthc_desktop.domain.procedures import DaysKind, Level, OnlineLevel
from tthc_desktop.domain.reductions import format_number, format_vnd

from ..domain.text_fold import fold


class ParseStatus(StrEnum):
    OK = "ok"
    APPROXIMATE = "approximate"  # a value was derived, but the user should confirm it
    EMPTY = "empty"
    UNCLEAR = "unclear"  # no value: the user must enter it


FLAG_EMPTY = "Ô trống: chưa có số liệu"
# Larger figures are typing or export errors; they would also overflow SQLite's 64-bit integers.
MAX_DAYS = 10_000
MAX_MONEY = 10**15  # VND
MAX_COUNT = 10**9


def _too_large(raw: str) -> str:
    return f"Số quá lớn (“{raw[:40]}”): cần kiểm tra lại"


@dataclass(frozen=True, slots=True)
class Parsed:
    """What every parser returns: the cell text and how it read; ``ok`` when a value can be used."""

    raw: str
    status: ParseStatus

    @property
    def ok(self) -> bool:
        return self.status in (ParseStatus.OK, ParseStatus.APPROXIMATE)


@dataclass(frozen=True, slots=True)
class ParsedDays(Parsed):
    value: Decimal | None = None
    kind: DaysKind | None = None
    flag: str | None = None


@dataclass(frozen=True, slots=True)
class ParsedMoney(Parsed):
    value: int | None = None
    known_zero: bool = False  # "Không quy định", "Miễn phí": a cost of 0 that is known
    flag: str | None = None


@dataclass(frozen=True, slots=True)
class ParsedValue(Parsed):
    """Counts, yes/no flags, online level, level of government."""

    value: object = None
    flag: str | None = None


def _nfc(text: object) -> str:
    return unicodedata.normalize("NFC", "" if text is None else str(text)).strip()


_NUM = r"\d+(?:[.,]\d+)*"
_NUM_RE = re.compile(_NUM)
_RANGE_RE = re.compile(rf"({_NUM})\s*(?:-|–|—|den|toi)\s*({_NUM})")


def parse_number(token: str, *, allow_decimal: bool = True) -> Decimal | None:
    """"1.500.000" → 1500000, "1,5" → 1.5, "03" → 3; ``None`` when the separators make no sense."""
    parts = re.split(r"[.,]", token)
    seps = re.findall(r"[.,]", token)
    frac = ""
    if allow_decimal and seps and len(parts[-1]) in (1, 2):
        # one or two digits after the last mark: a decimal part ("1,5", "1.500.000,50")
        frac, decimal_sep = parts.pop(), seps.pop()
        if decimal_sep in seps:
            return None
    if seps and not (len(set(seps)) == 1 and 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])):
        return None
    try:
        return Decimal("".join(parts) + ("." + frac if frac else ""))
    except InvalidOperation:
        return None


# ---------------------------------------------------------------- days

_WORKING_RE = re.compile(r"lam viec|\blv\b")
_CALENDAR_RE = re.compile(r"ke ca ngay nghi|ngay lich|theo lich")
_SAME_DAY = ("trong ngay", "ngay trong ngay", "trong ngay lam viec", "giai quyet trong ngay")


def parse_days(text: object, default_kind: DaysKind = DaysKind.CALENDAR) -> ParsedDays:
    """"15 ngày làm việc" → 15 working; "20 ngày" → 20 ``default_kind``; "½ ngày" → 0,5."""
    raw = _nfc(text)
    f = fold(raw.replace("½", "0,5")).rstrip(" .;")
    f = re.sub(r"\b1/2\b", "0,5", f)
    if not f:
        return ParsedDays(raw, ParseStatus.EMPTY, flag=FLAG_EMPTY)
    if f in _SAME_DAY or f.startswith("trong ngay") and not _NUM_RE.search(f):
        return ParsedDays(
            raw, ParseStatus.APPROXIMATE, Decimal("0.5"), DaysKind.WORKING,
            f"“{raw}” được tính là 0,5 ngày làm việc (ước lượng): cần kiểm tra lại",
        )
    if _RANGE_RE.search(f):
        return ParsedDays(raw, ParseStatus.UNCLEAR, flag=f"Thời gian là một khoảng (“{raw}”): cần chọn một số ngày")
    numbers = [parse_number(n) for n in _NUM_RE.findall(f)]
    if not numbers:
        return ParsedDays(raw, ParseStatus.UNCLEAR, flag=f"Không có số ngày (“{raw}”): cần nhập số ngày")
    if None in numbers:
        return ParsedDays(raw, ParseStatus.UNCLEAR, flag=f"Không đọc được số ngày “{raw}”")
    if len(set(numbers)) > 1:
        listed = "; ".join(format_number(n, 2) for n in numbers if n is not None)
        return ParsedDays(raw, ParseStatus.UNCLEAR, flag=f"Có nhiều con số ({listed}) trong “{raw}”: cần chọn một")
    if "ngay" not in f:
        for word, unit in (("gio", "giờ"), ("thang", "tháng"), ("tuan", "tuần"), ("nam", "năm")):
            if re.search(rf"\b{word}\b", f):
                return ParsedDays(
                    raw, ParseStatus.UNCLEAR, flag=f"Thời gian tính theo {unit} (“{raw}”): cần quy đổi ra ngày"
                )
        if re.search(r"[a-z]", f):
            return ParsedDays(raw, ParseStatus.UNCLEAR, flag=f"Không rõ đơn vị thời gian (“{raw}”)")
    if numbers[0] > MAX_DAYS:
        return ParsedDays(raw, ParseStatus.UNCLEAR, flag=_too_large(raw))
    if _WORKING_RE.search(f):
        kind = DaysKind.WORKING
    elif _CALENDAR_RE.search(f):
        kind = DaysKind.CALENDAR
    else:
        kind = default_kind
    return ParsedDays(raw, ParseStatus.OK, numbers[0], kind)


# ---------------------------------------------------------------- money

_ZERO_WORDS = (
    "khong quy dinh", "khong", "mien phi", "mien", "mien thu", "khong thu", "khong co", "khong mat phi",
    "khong thu phi", "khong thu phi, le phi", "mien phi, le phi", "mien le phi", "0",
)
_MULTIPLIERS = {"ty": 1_000_000_000, "trieu": 1_000_000, "tr": 1_000_000, "nghin": 1_000, "ngan": 1_000, "k": 1_000}
# whole numbers only: without the digit guards "12abc" backtracked to the amount "1"
_AMOUNT_RE = re.compile(rf"(?<!\d)({_NUM})(?!\d|[.,]\d)\s*(ty|trieu|tr|nghin|ngan|k|vnd|dong|d)?(?![a-z])")


def parse_money(text: object) -> ParsedMoney:
    """"1.500.000 đồng" → 1500000; "1,5 triệu đồng" → 1500000; "Không quy định" → known 0."""
    raw = _nfc(text)
    f = fold(raw).rstrip(" .;")
    if not f:
        return ParsedMoney(raw, ParseStatus.EMPTY, flag=FLAG_EMPTY)
    if f in _ZERO_WORDS or re.fullmatch(r"0+\s*(dong|d|vnd)?", f):
        return ParsedMoney(raw, ParseStatus.OK, 0, known_zero=True)
    if f in ("-", "--", "x"):
        return ParsedMoney(
            raw, ParseStatus.APPROXIMATE, 0, known_zero=True,
            flag=f"“{raw}” được hiểu là không có chi phí (0 đồng): cần kiểm tra lại",
        )
    if not _NUM_RE.search(f):
        return ParsedMoney(raw, ParseStatus.UNCLEAR, flag=f"Không có số tiền (“{raw}”): cần nhập số tiền")
    if "%" in f:
        return ParsedMoney(raw, ParseStatus.UNCLEAR, flag=f"Chi phí tính theo tỷ lệ % (“{raw}”): cần quy đổi ra đồng")
    if _RANGE_RE.search(f):
        return ParsedMoney(raw, ParseStatus.UNCLEAR, flag=f"Chi phí là một khoảng (“{raw}”): cần chọn một mức")
    matches = _AMOUNT_RE.findall(f)
    with_unit = [(n, u) for n, u in matches if u]
    if not with_unit and len(matches) > 1:  # "Theo Thông tư 85/2019/TT-BTC": numbers, but no amount
        return ParsedMoney(raw, ParseStatus.UNCLEAR, flag=f"Không đọc được số tiền “{raw}”: cần nhập số tiền")
    amounts: list[Decimal | None] = []
    for token, unit in with_unit or matches:
        number = parse_number(token, allow_decimal=unit in _MULTIPLIERS)
        amounts.append(None if number is None else number * _MULTIPLIERS.get(unit, 1))
    if None in amounts or not amounts:  # not amounts: digits glued to letters ("5a")
        return ParsedMoney(raw, ParseStatus.UNCLEAR, flag=f"Không đọc được số tiền “{raw}”: cần nhập số tiền")
    if len(set(amounts)) > 1:
        listed = "; ".join(format_vnd(int(a)) if a == int(a) else format_number(a, 2) for a in amounts if a is not None)
        return ParsedMoney(raw, ParseStatus.UNCLEAR, flag=f"Có nhiều mức tiền ({listed}) trong “{raw}”: cần chọn một")
    amount = amounts[0]
    assert amount is not None
    if amount > MAX_MONEY:
        return ParsedMoney(raw, ParseStatus.UNCLEAR, flag=_too_large(raw))
    if amount != amount.to_integral_value():
        return ParsedMoney(raw, ParseStatus.UNCLEAR, flag=f"Số tiền có phần lẻ dưới 1 đồng (“{raw}”)")
    return ParsedMoney(raw, ParseStatus.OK, int(amount), known_zero=amount == 0)


# ---------------------------------------------------------------- counts, yes/no, categories


def parse_count(text: object) -> ParsedValue:
    """A whole number of case files: "1.200", "1200 hồ sơ"."""
    raw = _nfc(text)
    f = fold(raw)
    if not f:
        return ParsedValue(raw, ParseStatus.EMPTY, flag=FLAG_EMPTY)
    tokens = _NUM_RE.findall(f)
    if len(tokens) != 1 or _RANGE_RE.search(f):
        return ParsedValue(raw, ParseStatus.UNCLEAR, flag=f"Không đọc được số hồ sơ “{raw}”: cần một số nguyên")
    number = parse_number(tokens[0], allow_decimal=False)
    if number is None or number != number.to_integral_value():
        return ParsedValue(raw, ParseStatus.UNCLEAR, flag=f"Không đọc được số hồ sơ “{raw}”: cần một số nguyên")
    if number > MAX_COUNT:
        return ParsedValue(raw, ParseStatus.UNCLEAR, flag=_too_large(raw))
    return ParsedValue(raw, ParseStatus.OK, int(number))


_YES = {"x", "co", "yes", "y", "1", "v", "✓", "✔", "dung", "true", "có"}
_NO = {"", "khong", "0", "-", "no", "n", "false", "sai"}


def parse_yes_no(text: object) -> ParsedValue:
    """A tick column: "x"/"Có"/"✓" → True; empty/"Không"/"-" → False."""
    raw = _nfc(text)
    f = fold(raw).rstrip(" .;")
    if f in _YES:
        return ParsedValue(raw, ParseStatus.OK, True)
    if f in _NO:
        return ParsedValue(raw, ParseStatus.OK, False)
    return ParsedValue(raw, ParseStatus.UNCLEAR, False, f"Không rõ “{raw}” là có hay không (ghi “x” hoặc “Có”)")


def parse_online_level(text: object) -> ParsedValue:
    """"Toàn trình"/"Mức độ 4" → FULL; "Một phần"/"Mức độ 3" → PARTIAL; empty/"Không" → NONE."""
    raw = _nfc(text)
    f = fold(raw).rstrip(" .;")
    if "toan trinh" in f or re.fullmatch(r"(muc do |md ?)?4", f):
        return ParsedValue(raw, ParseStatus.OK, OnlineLevel.FULL)
    if "mot phan" in f or re.fullmatch(r"(muc do |md ?)?3", f):
        return ParsedValue(raw, ParseStatus.OK, OnlineLevel.PARTIAL)
    if f in _NO or f in ("khong co", "chua") or re.fullmatch(r"(muc do |md ?)?[12]", f):
        return ParsedValue(raw, ParseStatus.OK, OnlineLevel.NONE)
    return ParsedValue(
        raw, ParseStatus.UNCLEAR, OnlineLevel.NONE,
        f"Không rõ mức độ dịch vụ công trực tuyến “{raw}” (toàn trình / một phần / không)",
    )


# Since 1/7/2025 cấp xã covers xã, phường and đặc khu; cấp huyện no longer exists (still read, flagged).
_LEVEL_WORDS = {"tinh": Level.PROVINCE, "huyen": Level.DISTRICT, "xa": Level.COMMUNE, "phuong": Level.COMMUNE,
                "dac khu": Level.COMMUNE}
FLAG_DISTRICT = "Cấp huyện không còn từ 01/7/2025 (“{raw}”): kiểm tra lại cấp thực hiện hiện nay (tỉnh hoặc xã)"


def parse_level(text: object) -> ParsedValue:
    """"Cấp tỉnh"/"Tỉnh" → PROVINCE … "Trung ương"/"TW" → CENTRAL; several levels → unclear."""
    raw = _nfc(text)
    f = fold(raw).rstrip(" .;")
    if not f:
        return ParsedValue(raw, ParseStatus.EMPTY, flag=FLAG_EMPTY)
    found = []
    if "trung uong" in f or f in ("tw", "bo", "cap bo"):
        found.append(Level.CENTRAL)
    found += [level for word, level in _LEVEL_WORDS.items() if re.search(rf"\b{word}\b", f)]
    found = list(dict.fromkeys(found))  # "xã, phường, đặc khu" is one level
    if found == [Level.DISTRICT]:  # read, but a current catalogue should not say huyện any more
        return ParsedValue(raw, ParseStatus.APPROXIMATE, Level.DISTRICT, flag=FLAG_DISTRICT.format(raw=raw))
    if len(found) == 1:
        return ParsedValue(raw, ParseStatus.OK, found[0])
    if found:
        return ParsedValue(raw, ParseStatus.UNCLEAR, flag=f"Ghi nhiều cấp thực hiện (“{raw}”): cần chọn một cấp")
    return ParsedValue(raw, ParseStatus.UNCLEAR, flag=f"Không rõ cấp thực hiện “{raw}” (tỉnh / huyện / xã / trung ương)")
