"""Show an Excel date cell as Excel displays it, from its number format.

Public API:
    ``format_excel_date(value, number_format) -> str | None``   None when the format is not a date format

A deadline typed as a date and formatted ``"Tháng "m/yyyy`` or ``mm/yyyy`` means a month, not its first
day: keeping the displayed text ("Tháng 4/2026", "04/2026") lets the deadline parser read the month (and
take its last day) instead of seeing 01/04/2026. Supported codes: d dd ddd dddd m mm mmm mmmm yy yyyy
h hh mm ss (m after h or before s is minutes), quoted and backslash literals, [$-…] locale tags
(dropped), the first section of a ``;``-separated format.
"""

from __future__ import annotations

import re
from datetime import date, datetime

__all__ = ["format_excel_date"]

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"]
_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_TOKEN = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|yyyy|yy|mmmmm|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|AM/PM|.',
                    re.IGNORECASE)


def _first_section(fmt: str) -> str:
    out, quoted = [], False
    for ch in fmt:
        if ch == '"':
            quoted = not quoted
        elif ch == ";" and not quoted:
            break
        out.append(ch)
    return "".join(out)


# Excel's "short date" (built-in 14, 22) follows the Windows locale (dd/mm/yyyy in Vietnam) and openpyxl
# writes its own defaults: these keep the reader's dd/mm/yyyy.
_LOCALE_FORMATS = {"general", "mm-dd-yy", "m/d/yy h:mm", "yyyy-mm-dd h:mm:ss", "yyyy-mm-dd", "yyyy-mm-dd hh:mm:ss"}


def format_excel_date(value: date | datetime, number_format: str | None) -> str | None:
    if (number_format or "").strip().lower() in _LOCALE_FORMATS:
        return None
    fmt = _first_section(number_format or "")
    tokens = _TOKEN.findall(fmt)
    codes = [t.lower() for t in tokens if not t.startswith(('"', "\\", "["))]
    if not any(c[0] in "dy" or c.startswith("m") for c in codes if c):
        return None
    dt = value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)
    out: list[str] = []
    for i, tok in enumerate(tokens):
        low = tok.lower()
        if tok.startswith('"'):
            out.append(tok[1:-1])
        elif tok.startswith("\\"):
            out.append(tok[1:])
        elif tok.startswith("["):
            continue
        elif low in ("yyyy", "yy"):
            out.append(f"{dt.year:04d}" if low == "yyyy" else f"{dt.year % 100:02d}")
        elif low in ("m", "mm") and _is_minute(tokens, i):
            out.append(f"{dt.minute:02d}" if low == "mm" else str(dt.minute))
        elif low == "m":
            out.append(str(dt.month))
        elif low == "mm":
            out.append(f"{dt.month:02d}")
        elif low == "mmm":
            out.append(_MONTHS[dt.month - 1])
        elif low in ("mmmm", "mmmmm"):
            out.append(_MONTHS_LONG[dt.month - 1] if low == "mmmm" else _MONTHS[dt.month - 1][0])
        elif low in ("d", "dd"):
            out.append(f"{dt.day:02d}" if low == "dd" else str(dt.day))
        elif low in ("ddd", "dddd"):
            out.append(_DAYS[dt.weekday()])
        elif low in ("h", "hh"):
            out.append(f"{dt.hour:02d}" if low == "hh" else str(dt.hour))
        elif low in ("s", "ss"):
            out.append(f"{dt.second:02d}" if low == "ss" else str(dt.second))
        elif low == "am/pm":
            out.append("AM" if dt.hour < 12 else "PM")
        else:
            out.append(tok)
    return "".join(out).strip()


def _is_minute(tokens: list[str], i: int) -> bool:
    """Excel's rule: m/mm right after an hour code or right before a seconds code means minutes."""
    codes = [(k, t.lower()) for k, t in enumerate(tokens) if re.fullmatch(r"[a-z/]+", t.lower())]
    pos = next(n for n, (k, _t) in enumerate(codes) if k == i)
    before = codes[pos - 1][1] if pos else ""
    after = codes[pos + 1][1] if pos + 1 < len(codes) else ""
    return before in ("h", "hh") or after in ("s", "ss")
