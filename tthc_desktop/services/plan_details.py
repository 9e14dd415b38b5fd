"""Reading a plan's own heading (số/ký hiệu, ngày, cơ quan ban hành, trích yếu) so the officer need not retype it."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path

from .plan_import import PlanDetails

_SYMBOL = re.compile(r"Số\s*:?\s*(\d+\s*/\s*[A-ZĐa-zđ0-9]+(?:\s*-\s*[A-ZĐa-zđ0-9]+)*)")
# "Tiền Giang, ngày 14 tháng 4 năm 2025": the place-and-date line, not a date cited in the body.
_DATE = re.compile(r"^[^\W\d][^,\n]{1,40},\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})",
                   re.IGNORECASE | re.MULTILINE)
_KIND = re.compile(r"^\W*(KẾ HOẠCH|QUYẾT ĐỊNH|CHỈ THỊ|CÔNG VĂN)\W*$")
_ISSUER_HINT = re.compile(r"^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|SỞ|VĂN PHÒNG)\b")
_MARKUP = re.compile(r"<[^>]+>|[*#_]+")


def heading_lines(path: Path, limit: int = 60) -> list[str]:
    """The first non-empty lines of a .txt/.md or .docx file (other types have no heading we can read)."""
    suffix = path.suffix.lower()
    try:
        if suffix in (".txt", ".md", ".tsv"):
            raw = path.read_text(encoding="utf-8-sig", errors="replace").splitlines()
        elif suffix == ".docx":
            import docx

            raw = [p.text for p in docx.Document(str(path)).paragraphs]
        else:
            return []
    except Exception:  # a heading we cannot read is simply not pre-filled
        return []
    # Blank lines are kept (as ""): they end the trích yếu block.
    return [unicodedata.normalize("NFC", _MARKUP.sub("", line)).strip() for line in raw][:limit]


def guess_plan_details(path: Path, year: int) -> PlanDetails:
    lines = heading_lines(path)
    top = [line for line in lines if line][:12]  # the heading block, before any "Căn cứ …" citing other dates
    text = "\n".join(top)
    symbol = ""
    if m := _SYMBOL.search(text):
        symbol = re.sub(r"\s+", "", m.group(1))
    issued_on = None
    if m := _DATE.search(text):
        try:
            issued_on = date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            issued_on = None
    issuer = _issuer(top)
    title = _title(lines) or path.stem
    return PlanDetails(title=title, year=year, symbol=symbol, issued_on=issued_on, issuer=issuer)


def _issuer(lines: list[str]) -> str:
    for i, line in enumerate(lines[:8]):
        if _ISSUER_HINT.match(line):
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            joined = f"{line} {nxt}" if nxt.isupper() and not nxt.startswith("CỘNG HÒA") else line
            return " ".join(joined.split()).title().replace("Nhân Dân", "nhân dân").replace("Ủy Ban", "Ủy ban")
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
                    parts.append(nxt)
                if len(parts) == 5:
                    break
            kind = line.strip("# *").capitalize()
            return f"{kind} {' '.join(parts)}".strip() if parts else ""
    return ""
