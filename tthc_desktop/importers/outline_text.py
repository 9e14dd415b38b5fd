"""A report outline (đề cương) read from pasted text or from the headings of a .docx.

Public API:
    ``OutlineLine(level, title)``               level 1 = top; title keeps its numbering ("I. …")
    ``parse_outline_text(text) -> OutlineText``  lines → levels, and the lines that were not headings
    ``docx_outline(path) -> OutlineText``        Heading 1-3 styles, else numbered bold paragraphs

Levels come from the kind of numbering, ranked "A." > "I." > "1." > "1.1." > "1.1.1." > "a)"; the kinds
present in the text, in that rank order, become levels 1, 2, 3 (deeper is kept at 3). So "1. / a)"
alone gives levels 1 and 2, and "I. / 1. / a)" gives 1, 2 and 3. A line with no numbering (a note,
a bullet "- …") is not a heading: it is returned in ``skipped`` so the officer sees it was left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ImportFailure

__all__ = ["OutlineLine", "OutlineText", "docx_outline", "parse_outline_text"]

MAX_LEVEL = 3
_ROMAN = re.compile(r"^(?P<n>[IVXLC]+)\s*[.)]\s*(?P<t>\S.*)$")
_UPPER = re.compile(r"^(?P<n>[A-Z])\s*[.)]\s+(?P<t>\S.*)$")
_DOTTED = re.compile(r"^(?P<n>\d{1,2}(?:\.\d{1,2})*)\s*[.)]?\s+(?P<t>\S.*)$")
_LOWER = re.compile(r"^(?P<n>[a-zđ])\s*[.)]\s+(?P<t>\S.*)$")
_PART = re.compile(r"^(PHẦN|Phần|CHƯƠNG|Chương)\s+(\S+)\s*[.:\-–]?\s*(?P<t>.*)$")
_VALID_ROMAN = re.compile(r"^(X{0,3})(IX|IV|V?I{0,3})$")
_HEADING_STYLE = re.compile(r"^(Heading|Tiêu đề|Title)\s*(\d)?$", re.IGNORECASE)


@dataclass(frozen=True)
class OutlineLine:
    level: int
    title: str


@dataclass
class OutlineText:
    lines: list[OutlineLine] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def _rank(line: str) -> float | None:
    """Rank of the line's numbering kind (smaller = higher level); None: not a numbered heading."""
    if _PART.match(line):
        return 0
    m = _ROMAN.match(line)
    if m and _VALID_ROMAN.match(m["n"]) and (len(m["n"]) > 1 or m["n"] in "IVX"):
        return 2
    if _UPPER.match(line):
        return 1
    m = _DOTTED.match(line)
    if m:
        if not re.match(r"^\d{1,2}(?:\.\d{1,2})*\s*[.)]", line) and "." not in m["n"]:
            return None  # "2025 là năm…": a number without its dot is text, not a heading
        return 3 + m["n"].count(".")
    if _LOWER.match(line):
        return 7
    return None


def _levels(ranked: list[tuple[float, str]]) -> list[OutlineLine]:
    order = sorted({r for r, _ in ranked})
    return [OutlineLine(min(order.index(r) + 1, MAX_LEVEL), t) for r, t in ranked]


def parse_outline_text(text: str) -> OutlineText:
    """Headings of a pasted outline, with their levels; blank lines are ignored."""
    ranked: list[tuple[float, str]] = []
    skipped: list[str] = []
    for raw in (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = " ".join(raw.replace("\t", " ").split()).strip()
        if not line:
            continue
        rank = _rank(line)
        if rank is None:
            skipped.append(line)
        else:
            ranked.append((rank, line))
    return OutlineText(_levels(ranked), skipped)


def docx_outline(path: str | Path) -> OutlineText:
    """Headings of a Word outline: paragraphs in Heading 1-3 styles when there are any, otherwise
    numbered paragraphs written in bold (how most công văn outlines are typed)."""
    import docx  # python-docx: only when a .docx is read
    from docx.opc.exceptions import PackageNotFoundError

    path = Path(path)
    if path.suffix.lower() == ".doc":
        raise ImportFailure(str(path), "tệp .doc (Word cũ) không đọc được; hãy lưu lại dạng .docx")
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise ImportFailure(str(path), f"không mở được tệp Word ({type(exc).__name__})") from None
    styled: list[tuple[int, str]] = []
    bold: list[str] = []
    for p in document.paragraphs:
        text = " ".join(p.text.split())
        if not text:
            continue
        m = _HEADING_STYLE.match(p.style.name if p.style is not None else "")
        if m:
            styled.append((int(m[2] or 1), text))
            continue
        runs = [r for r in p.runs if r.text.strip()]
        if runs and all(r.bold or (r.bold is None and p.style is not None and p.style.font.bold) for r in runs):
            bold.append(text)
    if styled:
        top = min(level for level, _ in styled)
        return OutlineText([OutlineLine(min(level - top + 1, MAX_LEVEL), t) for level, t in styled])
    result = parse_outline_text("\n".join(bold))
    if not result.lines:
        raise ImportFailure(str(path), "không thấy đề mục nào (kiểu Heading hoặc dòng đánh số in đậm)")
    return result
