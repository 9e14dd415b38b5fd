"""Every time the user reads is Vietnam time (+07:00): signing times are, but save and backup times are stored
with the computer's offset (UTC on some machines), so a time read 02:08 beside a signature at 09:08."""

from __future__ import annotations

import datetime as dt

VN = dt.timezone(dt.timedelta(hours=7), "ICT")


def in_vietnam(value: dt.datetime) -> dt.datetime:
    """*value* in Vietnam time; a time without offset is taken as already local."""
    return value.astimezone(VN) if value.tzinfo is not None else value


def format_vn(value: dt.datetime, fmt: str = "%d/%m/%Y %H:%M") -> str:
    return in_vietnam(value).strftime(fmt)
