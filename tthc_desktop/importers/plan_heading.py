"""A plan's own details (số/ký hiệu, ngày, cơ quan ban hành, trích yếu) read from its text lines.

Public API:
    ``HeadingFields``                                  symbol, issued_on, issuer, title ("" / None = not found)
    ``parse_heading(lines) -> HeadingFields``          lines in document order (blank lines kept as "")

Two places hold them, whatever the file type (PDF text, Word paragraphs, title rows above an Excel table):
  - the heading block of the plan itself: "Số: 165/KH-UBND", "Tiền Giang, ngày 14 tháng 4 năm 2025",
    the issuer in capitals, "KẾ HOẠCH" followed by the trích yếu;
  - the line above an appendix: "(Ban hành kèm theo Kế hoạch số 165/KH-UBND ngày 14 tháng 4 năm 2025 của
    Ủy ban nhân dân tỉnh …)", which gives số/ký hiệu, date and issuer (an appendix has no trích yếu).
Nothing is ever invented: a field not found stays empty so the caller asks for it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

__all__ = ["HeadingFields", "parse_heading"]

_SYMBOL = re.compile(r"Số\s*:?\s*(\d+\s*/\s*[A-ZĐa-zđ0-9]+(?:\s*-\s*[A-ZĐa-zđ0-9]+)*)")
# "Tiền Giang, ngày 14 tháng 4 năm 2025": the place-and-date line, not a date cited in the body.
_DATE = re.compile(r"^[^\W\d][^,\n]{1,40},\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})",
                   re.IGNORECASE | re.MULTILINE)
_KIND = re.compile(r"^\W*(KẾ HOẠCH|QUYẾT ĐỊNH|CHỈ THỊ|CÔNG VĂN)\W*$")
_ISSUER_HINT = re.compile(r"^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|SỞ|VĂN PHÒNG|BỘ)\b")
_MARKUP = re.compile(r"<[^>]+>|[*#_]+")
# "(Ban hành kèm theo Kế hoạch số 165/KH-UBND ngày 14 tháng 4 năm 2025 của Ủy ban nhân dân tỉnh X)"
_ATTACHED = re.compile(
    r"kèm\s+theo\s+(?:Kế\s+hoạch|Quyết\s+định|Chỉ\s+thị|Công\s+văn)\s+số\s*:?\s*"
    r"(?P<symbol>\d+\s*/\s*[A-ZĐa-zđ0-9]+(?:\s*-\s*[A-ZĐa-zđ0-9]+)*)"
    r"(?:\s+ngày\s+(?:(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})"
    r"|(?P<d2>\d{1,2})\s*[/.-]\s*(?P<m2>\d{1,2})\s*[/.-]\s*(?P<y2>\d{4})))?"
    r"(?:\s+của\s+(?P<issuer>[^)]+))?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class HeadingFields:
    symbol: str = ""
    issued_on: date | None = None
    issuer: str = ""
    title: str = ""


def _date(y: str | None, m: str | None, d: str | None) -> date | None:
    try:
        return date(int(y), int(m), int(d)) if y and m and d else None
    except ValueError:
        return None


def parse_heading(raw_lines: list[str]) -> HeadingFields:
    lines = [unicodedata.normalize("NFC", _MARKUP.sub("", line)).strip() for line in raw_lines]
    top = [line for line in lines if line][:14]  # the heading block, before any "Căn cứ …" citing other dates
    text = "\n".join(top)
    symbol = ""
    if m := _SYMBOL.search(text):
        symbol = re.sub(r"\s+", "", m.group(1))
    issued_on = None
    if m := _DATE.search(text):
        issued_on = _date(m.group(3), m.group(2), m.group(1))
    issuer = _issuer(top)
    title = _title(lines)
    attached = next((m for line in _joined_parens(lines) if (m := _ATTACHED.search(line))), None)
    if attached is not None:
        symbol = symbol or re.sub(r"\s+", "", attached.group("symbol"))
        issued_on = issued_on or _date(attached.group("y") or attached.group("y2"),
                                       attached.group("m") or attached.group("m2"),
                                       attached.group("d") or attached.group("d2"))
        if not issuer and attached.group("issuer"):
            issuer = _issuer_of(attached.group("issuer"))
    return HeadingFields(symbol=symbol, issued_on=issued_on, issuer=issuer, title=title)


def _joined_parens(lines: list[str]) -> list[str]:
    """Lines, plus each "(Ban hành kèm theo …" joined with the lines that complete its parenthesis."""
    out = list(lines)
    for i, line in enumerate(lines):
        if "kèm theo" in line.lower() and ")" not in line:
            out.insert(0, " ".join(x for x in lines[i : i + 4] if x))
    return out


def _issuer_of(text: str) -> str:
    """"Chủ tịch Ủy ban nhân dân tỉnh An Giang" → "Ủy ban nhân dân tỉnh An Giang"."""
    text = " ".join(text.split()).strip(" .;,)")
    text = re.sub(r"^(Chủ\s+tịch|Giám\s+đốc|Trưởng\s+ban)\s+", "", text, flags=re.IGNORECASE)
    return text[:1].upper() + text[1:]


def _issuer(lines: list[str]) -> str:
    for i, line in enumerate(lines[:8]):
        if _ISSUER_HINT.match(line):
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            joined = f"{line} {nxt}" if nxt.isupper() and not nxt.startswith(("CỘNG HÒA", "SỐ")) else line
            name = " ".join(joined.split()).title().replace("Nhân Dân", "nhân dân").replace("Ủy Ban", "Ủy ban")
            return re.sub(r"\b(Tỉnh|Thành Phố|Huyện|Xã|Phường)\b", lambda m: m.group(1).lower(), name)
    return ""


def _title(lines: list[str]) -> str:
    """The trích yếu: the lines right after the document kind ("KẾ HOẠCH"), up to the next blank line."""
    for i, line in enumerate(lines):
        if _KIND.match(line):
            parts: list[str] = []
            for nxt in lines[i + 1 :]:
                if not nxt and parts:
                    break
                if nxt:
                    if parts and re.match(r"^(Căn cứ|Thực hiện|\d+\.|[IVX]+\.)", nxt):
                        break
                    parts.append(nxt)
                if len(parts) == 5:
                    break
            kind = line.strip("# *").capitalize()
            return f"{kind} {' '.join(parts)}".strip() if parts else ""
    return ""
