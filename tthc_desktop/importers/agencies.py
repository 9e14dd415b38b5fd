"""Agency lists of a plan task and the user's role in it (lead / coordinating / none).

Public API:
    ``split_agencies(text) -> list[str]``
        Split "Cơ quan chủ trì/phối hợp" text on ";" and line breaks, dropping leading list marks
        ("-", "+", "•", "*"). Commas are NOT split: they occur inside generic names such as
        "Sở, ban, ngành tỉnh". The caller keeps the original text as well.
    ``classify_role(lead_text, coordinating_text, unit_name, unit_level) -> Role``
        ``Role`` is ``"lead" | "coordinating" | "none"``; ``unit_level`` is ``"so_nganh"``
        (sở/ban/ngành tỉnh, Trung tâm Phục vụ hành chính công tỉnh), ``"ubnd_tinh"`` (UBND tỉnh /
        Văn phòng UBND tỉnh), ``"xa"`` (UBND xã, phường, đặc khu) or ``"huyen"`` (cấp huyện: abolished
        1/7/2025, still read in old data).
    ``names_district(text) -> bool`` / ``district_warning(number, lead, coordinating)``
        A task naming "UBND cấp huyện": the preview says cấp huyện no longer exists; the officer decides.

Matching is diacritic- and case-insensitive, "UBND" ≡ "Ủy ban nhân dân", "VP" ≡ "Văn phòng".
A text concerns the unit when:
  - it names the unit: the unit's name without a trailing "tỉnh …"/"tỉnh" ("Sở Tư pháp tỉnh
    Đồng Tháp" → "sở tư pháp") occurs as whole words ("Sở Tư pháp tỉnh" matches "Sở Tư pháp");
  - or a generic phrase of the unit's level occurs (two-level government, from 1/7/2025):
      so_nganh:  "(Các) sở, ban, ngành", "sở, ngành (liên quan)", "các sở", "Các cơ quan chuyên môn
                 thuộc UBND tỉnh", "Các cơ quan, đơn vị thuộc UBND tỉnh";
      ubnd_tinh: "UBND tỉnh" (not "… thuộc UBND tỉnh"), "Văn phòng UBND tỉnh";
      xa:        "cấp xã", "UBND (các) xã, phường, đặc khu", "các phường, xã", "(các) đặc khu",
                 "các địa phương"/"địa phương";
      huyen:     "cấp huyện", "các huyện", "các địa phương"/"địa phương".
  - "Các cơ quan, đơn vị (có) liên quan" / "các đơn vị liên quan" concern every level, but only
    as coordinating, in either column: a task that is only "related" is shown as coordinating
    (showing a task too many is better than hiding one), never as lead.
Lead wins over coordinating.
"""

from __future__ import annotations

import functools
import re
from typing import Literal

from .table_readers import fold

__all__ = ["LEVELS", "Role", "classify_role", "district_note", "district_warning", "mentions_unit", "names_district",
           "split_agencies"]

Role = Literal["lead", "coordinating", "none"]
LEVELS = ("so_nganh", "ubnd_tinh", "xa", "huyen")

_MARK_RE = re.compile(r"^\s*(?:[-+•*–—]\s*)+")
_NAME_BREAK_RE = re.compile(r"[;\n]")


def split_agencies(text: str) -> list[str]:
    """Split an agency cell into names (";", line breaks, leading "-"); commas are kept."""
    return list(_split_agencies(text or ""))


@functools.lru_cache(maxsize=4096)
def _split_agencies(text: str) -> tuple[str, ...]:  # a plan repeats its agency cells: each is split once
    out: list[str] = []
    for part in _NAME_BREAK_RE.split(text):
        part = _MARK_RE.sub("", part).strip().strip(",.").strip()
        if part:
            out.append(part)
    return tuple(out)


def _norm(text: str) -> str:
    """Folded text with abbreviations expanded the same way on both sides."""
    t = fold(text)
    t = re.sub(r"\buy ban nhan dan\b", "ubnd", t)
    t = re.sub(r"\bvp\b", "van phong", t)
    t = re.sub(r"\bhdnd\b|\bhoi dong nhan dan\b", "hdnd", t)
    t = t.replace("&", " va ")
    t = re.sub(r"[^\w\s,]", " ", t)
    return " ".join(t.split())


_COMMUNE_WORD = r"(?:xa|phuong|dac khu)"
_GENERIC = {
    "so_nganh": [
        r"\bso\s*,?\s*ban\s*,?\s*nganh\b", r"\bso\s*,?\s*nganh\b", r"\bcac so\b",
        # not the cơ quan chuyên môn of a commune's UBND
        r"\bco quan chuyen mon\b(?! thuoc ubnd (?:cap |cac )?" + _COMMUNE_WORD + ")",
        r"\bthuoc ubnd tinh\b",
    ],
    "ubnd_tinh": [r"(?<!thuoc )\bubnd tinh\b"],
    "xa": [
        r"\bcap xa\b", r"\bdia phuong\b", r"\bdac khu\b",
        r"\bcac " + _COMMUNE_WORD + r"\b",
        r"\b(?:xa|phuong)\s*,?\s*(?:xa|phuong|dac khu)\b",  # "xã, phường", "phường, xã", "xã/phường"
        r"\bubnd " + _COMMUNE_WORD + r"\s*(?:,|$)",  # "UBND xã" alone or in a list, not "UBND xã Tân Phú"
    ],
    "huyen": [r"\bcap huyen\b", r"\bcac huyen\b", r"\bdia phuong\b"],
}
_DISTRICT = [r"\bcap huyen\b", r"\bcac huyen\b", r"\bubnd (?:cac )?huyen\s*(?:,|$)"]
_RELATED = [
    r"\bco quan\s*,?\s*don vi (co )?lien quan\b",
    r"\bcac don vi (co )?lien quan\b",
    r"\bcac co quan (co )?lien quan\b",
]


@functools.lru_cache(maxsize=64)  # the same own unit is asked about for every row of a plan
def _unit_core(unit_name: str) -> str:
    core = _norm(unit_name)
    core = re.sub(r"\s+tinh(\s.*)?$", "", core)  # "so tu phap tinh dong thap" -> "so tu phap"
    core = core.strip(" ,")
    # "UBND tỉnh Đồng Tháp" -> "ubnd": too generic to be a name; its level's phrases find it.
    return "" if core in {"ubnd", "van phong", "so"} else core


def mentions_unit(text: str, unit_name: str, unit_level: str, *, coordinating: bool = False) -> bool:
    """Does the agency ``text`` concern the unit (by name or by a generic phrase of its level)?

    ``coordinating=True`` also accepts the generic "related agencies" phrases."""
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
    return coordinating and _is_related(t)


def _is_related(folded: str) -> bool:
    return any(re.search(p, folded) for p in _RELATED)


def classify_role(lead_text: str, coordinating_text: str, unit_name: str, unit_level: str) -> Role:
    """The unit's role in a task: "lead" wins over "coordinating"; otherwise "none".

    A generic "related agencies" phrase makes the unit coordinating whichever column it is in."""
    if mentions_unit(lead_text, unit_name, unit_level):
        return "lead"
    if mentions_unit(coordinating_text, unit_name, unit_level, coordinating=True):
        return "coordinating"
    if _is_related(_norm(lead_text or "")):
        return "coordinating"
    return "none"


def names_district(text: str) -> bool:
    """Does the text name cấp huyện (abolished 1/7/2025)?"""
    t = _norm(text or "")
    return any(re.search(p, t) for p in _DISTRICT)


def district_warning(number: str, lead_text: str, coordinating_text: str) -> str | None:
    """The preview's note for a task naming cấp huyện, or None."""
    if not (names_district(lead_text) or names_district(coordinating_text)):
        return None
    return district_note(number)


def district_note(number: str) -> str:
    return (f"Nhiệm vụ {number}: giao cho UBND cấp huyện — cấp huyện không còn từ 01/7/2025; "
            "cán bộ tự quyết định vai trò của đơn vị.")
