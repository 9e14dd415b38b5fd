"""Values a task takes from the rows above it: a group's lead, coordinating agencies and deadline.

``inherit_blanks(drafts, by_number, parents, has_product)``
    Children fill only their *blank* lead, coordinating and deadline cells from the nearest group
    label above them that has a value, never overwriting their own. A parent row is a group label
    when it is a section or an unnumbered group, assigns no agency, or (when the table has a product
    column) leaves the product empty. The filled fields are recorded on the draft (``inherited``).
``split_single_agency(text) -> (lead, coordinating)``
    One "Cơ quan, đơn vị thực hiện" cell naming both roles ("Sở A chủ trì, phối hợp với Sở B").
"""

from __future__ import annotations

import re
from typing import Any

from .plan_model import FIELD_ATTR

__all__ = ["inherit_blanks", "is_label", "split_single_agency"]

# one agency column: "Sở A chủ trì, phối hợp với Sở B" / "Chủ trì: Sở A\nPhối hợp: Sở B"
_LEAD_LABELS = re.compile(r"(?is)^\s*[-+•]?\s*chủ trì\s*:\s*(.+?)\s*[-+•]?\s*phối hợp(?: với)?\s*:\s*(.+)$")
_LEAD_ONLY = re.compile(r"(?is)^\s*[-+•]?\s*chủ trì\s*:\s*(.+)$")
_LEAD_INLINE = re.compile(r"(?is)^(.+?)\s*\(?\s*chủ trì\s*\)?\s*[,;:]?\s*(?:\n\s*)?phối hợp(?: với)?\s*:?\s*(.+)$")


def split_single_agency(text: str) -> tuple[str, str]:
    """One "Cơ quan, đơn vị thực hiện" cell → (lead, coordinating) when it names both roles."""
    for regex in (_LEAD_LABELS, _LEAD_INLINE):
        m = regex.match(text)
        if m:
            return m.group(1).strip(" ,;:-"), m.group(2).strip(" ,;:")
    m = _LEAD_ONLY.match(text)
    return (m.group(1).strip(" ,;:-"), "") if m else (text, "")


def is_label(d: Any, has_product: bool) -> bool:
    """A parent row that only names a group: it assigns no agency, or leaves the product empty."""
    if d.is_section or d.unnumbered:
        return True
    return not d.values["lead"] or (has_product and not d.values["product"])


def inherit_blanks(drafts: list[Any], by_number: dict[str, Any], parents: set[str], *, has_product: bool) -> None:
    """Fill each child's blank lead, coordinating and deadline from the nearest group label above."""
    for d in drafts:
        if d.is_section:
            continue
        for k in ("lead", "coordinating", "deadline"):
            if d.values[k]:
                continue
            up = by_number.get(d.parent) if d.parent else None
            while up is not None:
                if up.number in parents and is_label(up, has_product) and up.values[k]:
                    d.values[k] = up.values[k]
                    d.inherited.append(FIELD_ATTR[k])
                    break
                up = by_number.get(up.parent) if up.parent else None
