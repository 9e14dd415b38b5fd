"""Agency lists of a plan task and the user's role in it (lead / coordinating / none).

Public API:
    ``split_agencies(text) -> list[str]``
        Split "Cơ quan chủ trì/phối hợp" text on ";" and line breaks, dropping leading list marks
        ("-", "+", "•", "*"). Commas are NOT split: they occur inside generic names such as
        "Sở, ban, ngành tỉnh". The caller keeps the original text as well.
    ``classify_role(lead_text, coordinating_text, unit_name, unit_level) -> Role``
        ``Role`` is ``"lead" | "coordinating" | "none"``; ``unit_level`` is ``"so_nganh"``
        (sở/ban/ngành), ``"huyen"`` (UBND cấp huyện) or ``"xa"`` (UBND cấp xã).

Matching is diacritic- and case-insensitive, "UBND" ≡ "Ủy ban nhân dân", "VP" ≡ "Văn phòng".
A text concerns the unit when:
  - it names the unit: the unit's name without a trailing "tỉnh …"/"tỉnh" ("Sở Tư pháp tỉnh
    Tiền Giang" → "sở tư pháp") occurs as whole words ("Sở Tư pháp tỉnh" matches "Sở Tư pháp");
  - or a generic phrase of the unit's level occurs:
      so_nganh: "(Các) sở, ban, ngành (tỉnh)", "Sở, ban ngành", "sở ngành", "sở, ngành";
      huyen:    "cấp huyện" (so also "UBND cấp huyện"), "các huyện", "các địa phương"/"địa phương";
      xa:       "cấp xã", "các xã", "các địa phương"/"địa phương".
  - "Các cơ quan, đơn vị (có) liên quan" / "các đơn vị liên quan" count for every level, but
    only in the coordinating column (decision: a generic "related agencies" never makes the user
    the lead; in the lead column it is ignored and the user corrects the role by hand).
Lead wins over coordinating.
"""

from __future__ import annotations

import functools
import re
from typing import Literal

from .table_readers import fold

__all__ = ["LEVELS", "Role", "classify_role", "mentions_unit", "split_agencies"]

Role = Literal["lead", "coordinating", "none"]
LEVELS = ("so_nganh", "huyen", "xa")

_MARK_RE = re.compile(r"^\s*(?:[-+•*–—]\s*)+")


def split_agencies(text: str) -> list[str]:
    """Split an agency cell into names (";", line breaks, leading "-"); commas are kept."""
    out: list[str] = []
    for part in re.split(r"[;\n]", text or ""):
        part = _MARK_RE.sub("", part).strip().strip(",.").strip()
        if part:
            out.append(part)
    return out


def _norm(text: str) -> str:
    """Folded text with abbreviations expanded the same way on both sides."""
    t = fold(text)
    t = re.sub(r"\buy ban nhan dan\b", "ubnd", t)
    t = re.sub(r"\bvp\b", "van phong", t)
    t = re.sub(r"\bhdnd\b|\bhoi dong nhan dan\b", "hdnd", t)
    t = t.replace("&", " va ")
    t = re.sub(r"[^\w\s,]", " ", t)
    return " ".join(t.split())


_GENERIC = {
    "so_nganh": [r"\bso\s*,?\s*ban\s*,?\s*nganh\b", r"\bso\s*,?\s*nganh\b"],
    "huyen": [r"\bcap huyen\b", r"\bcac huyen\b", r"\bdia phuong\b"],
    "xa": [r"\bcap xa\b", r"\bcac xa\b", r"\bdia phuong\b"],
}
_RELATED = [
    r"\bco quan\s*,?\s*don vi (co )?lien quan\b",
    r"\bcac don vi (co )?lien quan\b",
    r"\bcac co quan (co )?lien quan\b",
]


@functools.lru_cache(maxsize=64)  # the same own unit is asked about for every row of a plan
def _unit_core(unit_name: str) -> str:
    core = _norm(unit_name)
    core = re.sub(r"\s+tinh(\s.*)?$", "", core)  # "so tu phap tinh tien giang" -> "so tu phap"
    return core.strip(" ,")


def mentions_unit(text: str, unit_name: str, unit_level: str, *, coordinating: bool = False) -> bool:
    """Does the agency ``text`` concern the unit (by name or by a generic phrase of its level)?"""
    if unit_level not in LEVELS:
        raise ValueError(f"unit_level must be one of {LEVELS}, not {unit_level!r}")
    t = _norm(text or "")
    if not t:
        return False
    core = _unit_core(unit_name)
    if core and re.search(r"(?<!\w)" + re.escape(core) + r"(?!\w)", t):
        return True
    if any(re.search(p, t) for p in _GENERIC[unit_level]):
        return True
    return coordinating and any(re.search(p, t) for p in _RELATED)


def classify_role(lead_text: str, coordinating_text: str, unit_name: str, unit_level: str) -> Role:
    """The unit's role in a task: "lead" wins over "coordinating"; otherwise "none"."""
    if mentions_unit(lead_text, unit_name, unit_level):
        return "lead"
    if mentions_unit(coordinating_text, unit_name, unit_level, coordinating=True):
        return "coordinating"
    return "none"
