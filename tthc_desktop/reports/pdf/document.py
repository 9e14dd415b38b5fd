"""Plain description of an official document (văn bản hành chính), independent of any database.

Templates and services fill an :class:`OfficialDocument`; ``renderer.render_pdf`` lays it
out per Nghị định 30/2020/NĐ-CP. All strings are plain text (no markup); the renderer
escapes and NFC-normalises them.
"""

from __future__ import annotations

import dataclasses
import datetime
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal, TypeVar

Align = Literal["left", "center", "right"]
Orientation = Literal["portrait", "landscape", "auto"]
# "bold": a total row; "section": a bold row whose text cell spans the empty cells after it
# (e.g. "I | NHIỆM VỤ CHUNG | | | ..."); "italic": a note row.
RowStyle = Literal["bold", "section", "italic"]


@dataclass(frozen=True)
class HeadingBlock:
    """The two-column heading: issuing agency and number on the left, Quốc hiệu on the right."""

    parent_agency: str  # cơ quan chủ quản, e.g. "UBND TỈNH TIỀN GIANG" ("" when none)
    issuing_agency: str  # cơ quan ban hành, e.g. "SỞ TƯ PHÁP"
    number: int | None  # None while the document has no number yet ("Số:      /BC-STP")
    symbol: str  # ký hiệu, e.g. "BC-STP"
    place: str  # địa danh, e.g. "Tiền Giang"
    date: datetime.date


@dataclass(frozen=True)
class Signer:
    """Who signs: quyền hạn (may be empty), chức vụ and họ tên."""

    authority: str  # "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN" or ""
    position: str  # "PHÓ GIÁM ĐỐC"
    name: str  # "Nguyễn Văn An"


@dataclass(frozen=True)
class Column:
    """One table column; *width* is a relative weight, scaled to the frame width."""

    title: str
    width: float = 1.0
    align: Align = "left"


@dataclass(frozen=True)
class HeaderGroup:
    """A merged group title above columns *first*..*last* (0-based, inclusive)."""

    title: str
    first: int
    last: int


@dataclass(frozen=True)
class Table:
    """A grid table with a header repeated on every page.

    With *groups* the header has two rows: group titles above their columns, and the
    columns outside any group span both rows. *number_row* adds the "(1) (2) …" row
    that Vietnamese forms print under the header.
    """

    columns: list[Column]
    rows: list[list[str]]
    groups: list[HeaderGroup] = field(default_factory=list)
    row_styles: Mapping[int, RowStyle] = field(default_factory=dict)
    number_row: bool = False
    repeat_header: bool = True
    font_size: float | None = None  # None: the layout default for tables


@dataclass(frozen=True)
class Section:
    """A heading (optional) and its paragraphs, then optional tables.

    A paragraph starting with "- " or "+ " is a list item; it is laid out like any
    body paragraph (first-line indent, justified), as Vietnamese offices do.
    *level* 1 and 2 headings are bold, level 3 bold italic.
    """

    heading: str | None
    paragraphs: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    level: int = 1


@dataclass(frozen=True)
class Appendix:
    """A phụ lục: starts on its own page and numbers its own pages.

    *note* is the italic line under the title; None builds
    "(Kèm theo Báo cáo số 05/BC-STP ngày 05/02/2025)" from the document, "" omits it.
    *orientation* "auto" means landscape when the table has ≥ 6 columns or does not
    fit the portrait frame.
    """

    title: str  # "PHỤ LỤC I"
    subtitle: str  # "TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH"
    table: Table
    orientation: Orientation = "auto"
    note: str | None = None


@dataclass(frozen=True)
class OfficialDocument:
    """A whole document: heading, title, body, closing and appendices."""

    heading: HeadingBlock
    doc_type: str  # tên loại, e.g. "BÁO CÁO"
    summary: str  # trích yếu
    sections: list[Section]
    recipients: list[str]  # plain names; the last one is "Lưu: VT, …"
    signer: Signer
    appendices: list[Appendix] = field(default_factory=list)
    appendices_separate: bool = False


_T = TypeVar("_T")


def nfc(value: _T) -> _T:
    """Return *value* with every string inside it NFC-normalised (dataclasses, lists, dicts)."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)  # type: ignore[return-value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: nfc(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)  # type: ignore[return-value]
    if isinstance(value, list):
        return [nfc(item) for item in value]  # type: ignore[return-value]
    if isinstance(value, tuple):
        return tuple(nfc(item) for item in value)  # type: ignore[return-value]
    if isinstance(value, Mapping):
        return {key: nfc(item) for key, item in value.items()}  # type: ignore[return-value]
    return value


def number_symbol(heading: HeadingBlock) -> str:
    """ "05/BC-STP": numbers below 10 get a leading zero; no number leaves a blank to fill by hand."""
    if heading.number is None:
        return f"{' ' * 6}/{heading.symbol}"
    return f"{heading.number:02d}/{heading.symbol}"


def place_date(heading: HeadingBlock) -> str:
    """ "Tiền Giang, ngày 05 tháng 02 năm 2025": days below 10 and months 1–2 get a leading zero."""
    return f"{heading.place}, {date_words(heading.date)}"


def date_words(date: datetime.date) -> str:
    """ "ngày 05 tháng 02 năm 2025" with Nghị định 30's zero padding (days < 10, months 1–2)."""
    month = f"{date.month:02d}" if date.month <= 2 else str(date.month)
    return f"ngày {date.day:02d} tháng {month} năm {date.year}"
