"""Lay out a form's rows: group headings, numbering, subtotals, the total row and computed cells.

Input rows are plain dicts: column keys (``"c3": 12``) plus the meta keys named by the form's
row groups (``"field": "Tư pháp"``) and ``label_from`` (``"level": "Cấp tỉnh"``). The output is
the list of rows in sheet order, each saying which rows it sums, so a writer can emit real
formulas while the Python values (for PDF tables, previews and tests) are computed here too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from .forms import FormDefinition, RowGroup

RowKind = Literal["group", "data", "total"]


@dataclass(frozen=True, slots=True)
class FormRow:
    """One laid-out row. ``sum_of`` holds the indices (in the laid-out list) of the rows it adds up."""

    kind: RowKind
    values: dict[str, object]
    depth: int
    sum_of: tuple[int, ...] = ()


@dataclass
class _Node:
    kind: RowKind
    values: dict[str, object]
    depth: int
    group: RowGroup | None = None
    children: list[_Node] | None = None


def roman(n: int) -> str:
    out = []
    for value, letters in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _number(style: str, n: int) -> str:
    return {"roman": roman(n), "arabic": str(n), "dash": "-", "none": ""}[style]


def layout_rows(form: FormDefinition, rows: Sequence[Mapping[str, object]]) -> list[FormRow]:
    """Group, number and total ``rows`` per ``form`` (first-appearance order of each group key)."""
    keys = {c.key for c in form.leaf_columns()}
    spec = form.rows
    nodes = _build(form, [dict(r) for r in rows], 0, keys)

    flat: list[FormRow] = []
    total_index: int | None = None
    if form.totals and form.totals.position == "top":
        total_index = len(flat)
        flat.append(FormRow("total", {}, 0))
    top_items = _flatten(nodes, flat)
    if form.totals and form.totals.position == "bottom":
        total_index = len(flat)
        flat.append(FormRow("total", {}, 0))

    # Sums: groups from the innermost (highest index) outwards, then the total.
    sum_columns = (
        form.totals.columns
        if form.totals
        else tuple(c.key for c in form.leaf_columns() if c.numeric and c.formula is None and c.input)
    )
    for i in reversed(range(len(flat))):
        row = flat[i]
        if row.kind == "group" and row.sum_of:
            _fill_sums(form, flat, i, sum_columns)
    if total_index is not None:
        flat[total_index] = FormRow("total", {}, 0, tuple(top_items))
        _fill_sums(form, flat, total_index, sum_columns)
        if spec.label_column:
            flat[total_index].values[spec.label_column] = form.totals.label
    for row in flat:
        if row.kind == "data":
            row.values.update(form.computed_values(row.values))
    return flat


def _build(form: FormDefinition, rows: list[dict[str, object]], depth: int, keys: set[str]) -> list[_Node]:
    spec = form.rows
    if depth == len(spec.groups):
        out = []
        for n, raw in enumerate(rows, start=1):
            values = {k: v for k, v in raw.items() if k in keys}
            if spec.number_column and values.get(spec.number_column) in (None, ""):
                values[spec.number_column] = _number(spec.numbering, n)
            if spec.label_column and values.get(spec.label_column) in (None, "") and spec.label_from:
                values[spec.label_column] = raw.get(spec.label_from, "")
            out.append(_Node("data", values, depth))
        return out
    group = spec.groups[depth]
    buckets: dict[object, list[dict[str, object]]] = {}
    for raw in rows:
        buckets.setdefault(raw.get(group.by) or None, []).append(raw)
    out = []
    counter = 0
    for key, members in buckets.items():
        children = _build(form, members, depth + 1, keys)
        if key is None:  # rows outside any group of this level: no heading
            out.extend(children)
            continue
        counter += 1
        values: dict[str, object] = {}
        if spec.number_column:
            values[spec.number_column] = _number(group.numbering, counter)
        if spec.label_column:
            values[spec.label_column] = str(key)
        out.append(_Node("group", values, depth, group, children))
    return out


def _flatten(nodes: list[_Node], flat: list[FormRow]) -> list[int]:
    """Append ``nodes`` depth-first; return the indices a parent would add up."""
    summed: list[int] = []
    for node in nodes:
        index = len(flat)
        if node.kind == "data":
            flat.append(FormRow("data", node.values, node.depth))
            summed.append(index)
            continue
        flat.append(FormRow("group", node.values, node.depth))
        inner = _flatten(node.children or [], flat)
        assert node.group is not None
        if node.group.subtotal:
            flat[index] = FormRow("group", node.values, node.depth, tuple(inner))
            summed.append(index)
        else:
            summed.extend(inner)
    return summed


def _fill_sums(form: FormDefinition, flat: list[FormRow], index: int, columns: Sequence[str]) -> None:
    row = flat[index]
    for key in columns:
        total: int | Decimal = 0
        for j in row.sum_of:
            value = flat[j].values.get(key)
            if isinstance(value, int | Decimal) and not isinstance(value, bool):
                total += value
            elif isinstance(value, float):
                total += Decimal(str(value))
        row.values[key] = total
    row.values.update(form.computed_values(row.values))
