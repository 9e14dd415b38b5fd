"""Text helpers for deadline parsing: folding, splitting into items and alternatives, event phrases.

Matching is done on a *folded* copy of the text (NFC/NFD-proof, lower case, no diacritics, "đ" → "d",
parentheses removed, dashes unified, spaces collapsed), so "Trước", "TRƯỚC", an NFD "trước" and even a
typed-without-marks "truoc" are all the same token. The original text is never modified: it is kept
as is on the Deadline and only the folded copy is scanned.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-")
_PARENS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_SPACES = re.compile(r"[^\S\n]+")
# Labels that officers put before the deadline itself ("Thời hạn hoàn thành: …").
_LEADING_LABEL = re.compile(
    r"^(?:[\s*+\-•.:]*)(?:(?:thoi han|thoi gian|han)(?:\s+hoan thanh)?\s*:\s*)?",
)
_ALT_SPLIT = re.compile(r"\bhoac\b")
_DITTO = re.compile(r"^[\s\-.:\"'“”]*(?:nt|n\.t|nhu tren|-nt-)[\s\-.:\"'“”]*$")


def _join_wrapped_lines(text: str) -> str:
    """Join lines that only wrap a sentence ("… Quý III năm⏎2025 để …"), keep real list breaks.

    A break is a wrap when the line before ends with a letter, "," or "-" and the next line starts with a
    lower-case letter or a digit; list items usually start with a capital, "-" or "+".
    """
    lines = [line for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()]
    joined: list[str] = []
    for line in lines:
        head = line.lstrip()
        tail = joined[-1].rstrip()[-1:] if joined else ""
        if tail and (tail.isalpha() or tail in ",-") and (head[:1].islower() or head[:1].isdigit()):
            joined[-1] = joined[-1].rstrip() + " " + head
        else:
            joined.append(line)
    return "\n".join(joined)


def fold(text: str) -> str:
    """Fold *text* for matching: lower case, no marks, "đ" → "d", no parentheses, single spaces."""
    text = _join_wrapped_lines(unicodedata.normalize("NFC", text))
    text = unicodedata.normalize("NFD", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    text = text.replace("đ", "d").replace("Đ", "D").lower()
    text = unicodedata.normalize("NFC", text).translate(_DASHES)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Text in parentheses never changes a deadline: drop it, innermost first.
    while True:
        stripped = _PARENS.sub(" ", text)
        if stripped == text:
            break
        text = stripped
    text = _SPACES.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()


def is_ditto(folded: str) -> bool:
    """True for the ditto marks "nt", "-nt-", "như trên" (resolved by the importer, not here)."""
    return bool(_DITTO.match(folded))


def strip_label(folded: str) -> str:
    """Remove a leading "Thời hạn hoàn thành:" style label and bullet marks."""
    return _LEADING_LABEL.sub("", folded, count=1).strip()


@dataclass(frozen=True)
class Group:
    """One item of a deadline list: its alternatives (joined by "hoặc"), folded."""

    alternatives: tuple[str, ...]


def split_groups(folded: str) -> list[Group]:
    """Split folded text into list items (";" and line breaks), each into its "hoặc" alternatives.

    An item that itself starts with "hoặc" ("…trước ngày 30/6/2025; hoặc chủ động …") is an
    alternative of the item before it, not a new item. Commas and "và" are not split here: the
    date scanner handles them, because "Năm 2025, trước ngày 30/5/2025" is one dated item.
    """
    groups: list[list[str]] = []
    for raw in re.split(r"[;\n]", folded):
        segment = strip_label(raw)
        if not segment.strip(" .,-"):
            continue
        alternatives = [strip_label(part) for part in _ALT_SPLIT.split(segment)]
        starts_with_or = segment.startswith("hoac")
        alternatives = [alt for alt in alternatives if alt.strip(" .,-")]
        if not alternatives:
            continue
        if starts_with_or and groups:
            groups[-1].extend(alternatives)
        else:
            groups.append(alternatives)
    return [Group(tuple(alts)) for alts in groups]


# Event-driven or relative phrases: they never give a date on their own.
_EVENT_PHRASES: tuple[tuple[str, str], ...] = (
    (r"\bngay sau khi\b", "ngay sau khi …"),
    (r"\bngay khi\b", "ngay khi …"),
    (r"\bsau khi\b", "sau khi …"),
    (r"\bkhi (?:co|duoc)\b", "khi có/được …"),
    (r"\btheo thu moi\b", "theo thư mời"),
    (r"\btheo lo trinh\b", "theo lộ trình"),
    (r"\btheo ke hoach\b", "theo kế hoạch"),
    (r"\bdot xuat\b", "đột xuất"),
    (r"\bke tu\b", "kể từ …"),
    (r"\btrong (?:thoi gian|vong|thoi han) [0-9]+ ngay\b", "trong … ngày"),
    (r"\b[0-9]+ ngay lam viec\b", "… ngày làm việc"),
    (r"\btheo yeu cau\b", "theo yêu cầu"),
    (r"\btheo (?:chi dao|huong dan)\b", "theo chỉ đạo/hướng dẫn"),
    (r"\btheo quy dinh\b", "theo quy định"),
    (r"\bkip thoi\b", "kịp thời"),
    (r"\bdinh ky\b", "định kỳ nhưng không rõ kỳ"),
)


_EVENT_PATTERNS = tuple((re.compile(pattern), name) for pattern, name in _EVENT_PHRASES)


def event_phrases(folded: str) -> list[str]:
    """Vietnamese names of the event-driven phrases found in *folded* text, in table order."""
    found: list[str] = []
    for pattern, name in _EVENT_PATTERNS:
        if pattern.search(folded) is None:  # most cells name none of them: skip the masking pass
            continue
        # Mask each match so that "sau khi" is not found again inside "ngay sau khi".
        folded = pattern.sub(lambda m: "#" * len(m.group()), folded)
        if name not in found:
            found.append(name)
    return found


def is_continuous(folded_alternative: str) -> bool:
    """"Thường xuyên …" at the start of an item (or right after a "Đơn vị:" label), even when
    followed by an explanation."""
    return bool(re.match(r"^(?:[^:]*:)?[\s\-+*.:,]*thuong xuyen\b", folded_alternative))


def fmt_date(d: date) -> str:
    """dd/mm/yyyy, as the UI and the explanations show dates."""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"
