"""A filled report → an :class:`OfficialDocument` for the PDF renderer, and → form rows for the xlsx writer.

The appendix tables are laid out by :func:`..form_rows.layout_rows` from the same form
definitions the Excel writer uses, so the PDF appendix and the .xlsx show the same rows,
numbering, subtotals and totals.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from ..domain.reductions import format_number, format_pct
from .form_rows import layout_rows
from .forms import Column as FormColumn
from .forms import ColumnGroup, FormDefinition
from .pdf.document import (
    Appendix,
    Column,
    HeaderGroup,
    HeadingBlock,
    OfficialDocument,
    RowStyle,
    Section,
    Signer,
    Table,
    date_words,
    number_symbol,
)
from .report_data import NO_DATA, ReportData
from .templates import AppendixSpec, ReportTemplate, split_paragraphs

SUBHEADING = "## "


def parse_date(value: Any) -> datetime.date:
    if isinstance(value, datetime.date):
        return value
    text = str(value or "").strip()
    try:
        if "/" in text:
            day, month, year = (int(x) for x in text.split("/"))
            return datetime.date(year, month, day)
        return datetime.date.fromisoformat(text[:10])
    except ValueError:
        raise ValueError(f"Ngày “{text}” không hợp lệ (dạng dd/mm/yyyy)") from None


def parse_number(value: Any) -> int | None:
    if value in (None, ""):
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValueError(f"Số văn bản “{value}” phải là số nguyên") from None
    if number < 1:
        raise ValueError(f"Số văn bản phải lớn hơn 0, không phải {number}")
    return number


def _upper(value: Any) -> str:
    return " ".join(str(value or "").split()).upper()


def heading_block(fields: Mapping[str, Any]) -> HeadingBlock:
    return HeadingBlock(
        parent_agency=_upper(fields.get("parent_agency")),
        issuing_agency=_upper(fields.get("issuing_agency")),
        number=parse_number(fields.get("number")),
        symbol=str(fields.get("symbol") or "").strip(),
        place=str(fields.get("place") or "").strip(),
        date=parse_date(fields.get("date")),
    )


def signer(fields: Mapping[str, Any]) -> Signer:
    return Signer(
        authority=_upper(fields.get("authority")),
        position=_upper(fields.get("position")),
        name=" ".join(str(fields.get("signer_name") or "").split()),
    )


def recipients(fields: Mapping[str, Any]) -> list[str]:
    value = fields.get("recipients") or []
    if isinstance(value, str):
        value = value.splitlines()
    return [str(v).strip() for v in value if str(v).strip()]


def body_sections(template: ReportTemplate, texts: Mapping[str, str]) -> list[Section]:
    """Template sections in order; "## " paragraphs start level-2 sub-sections."""
    out: list[Section] = []
    for spec in template.sections:
        paragraphs = split_paragraphs(texts.get(spec.key, ""))
        current = Section(heading=spec.heading, paragraphs=[], level=spec.level)
        for p in paragraphs:
            if p.startswith(SUBHEADING):
                if current.heading or current.paragraphs:
                    out.append(current)
                current = Section(heading=p[len(SUBHEADING):].strip(), paragraphs=[], level=2)
            else:
                current.paragraphs.append(p)
        if current.heading or current.paragraphs:
            out.append(current)
    return out


# --- forms → tables ------------------------------------------------------------------------

def _cell_text(col: FormColumn, value: Any) -> str:
    if value is None or value == "":
        return ""
    if col.type == "percent":
        return format_pct(Decimal(str(value)) * 100)
    if col.type in ("int", "decimal") and isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return format_number(Decimal(str(value)))
    if isinstance(value, datetime.date):
        return f"{value:%d/%m/%Y}"
    return str(value)


def _header(form: FormDefinition) -> tuple[list[Column], list[HeaderGroup]]:
    """Leaf columns and one level of groups (deeper groups such as "Trong đó" are folded in)."""
    leaves = form.leaf_columns()
    number_col, label_col = form.rows.number_column, form.rows.label_column
    columns = []
    for col in leaves:
        align = "center" if col.key == number_col else ("right" if col.numeric else "left")
        if col.key != label_col and not col.numeric and col.width <= 16:
            align = "center"
        width = col.width
        if col.key == number_col:  # room for "STT" and "IV.2.8" on one line
            width = max(width, sum(c.width for c in leaves) * 0.045)
        columns.append(Column(col.title, width, align))
    groups = []
    position = 0
    for node in form.columns:
        if isinstance(node, ColumnGroup):
            width = len(_leaf_list(node))
            groups.append(HeaderGroup(node.title, position, position + width - 1))
            position += width
        else:
            position += 1
    return columns, groups


def _leaf_list(node: ColumnGroup) -> list[FormColumn]:
    out: list[FormColumn] = []
    for child in node.children:
        out += [child] if isinstance(child, FormColumn) else _leaf_list(child)
    return out


def form_table(form: FormDefinition, rows: Sequence[Mapping[str, Any]], *, font_size: float | None = None) -> Table:
    columns, groups = _header(form)
    leaves = form.leaf_columns()
    laid = layout_rows(form, rows)
    body: list[list[str]] = []
    styles: dict[int, RowStyle] = {}
    for i, row in enumerate(laid):
        body.append([_cell_text(col, row.values.get(col.key)) for col in leaves])
        if row.kind == "total":
            styles[i] = "bold"
        elif row.kind == "group":
            numeric = any(row.values.get(c.key) not in (None, "") for c in leaves if c.numeric)
            styles[i] = "bold" if numeric else "section"
    if not laid:
        filler = [""] * len(leaves)
        label = leaves.index(form.column(form.rows.label_column)) if form.rows.label_column else 0
        filler[label] = NO_DATA
        body, styles = [filler], {0: "italic"}
    return Table(columns=columns, rows=body, groups=groups, row_styles=styles, number_row=True,
                 font_size=font_size)


def appendix_rows(spec: AppendixSpec, data: ReportData) -> list[dict[str, Any]]:
    return {"plan_progress": data.progress_rows, "form06": data.form06_rows, "cuts": data.cuts_rows}[spec.source]


def appendix(spec: AppendixSpec, form: FormDefinition, data: ReportData, fields: Mapping[str, Any]) -> Appendix:
    start, end = data.window
    heading = heading_block(fields)
    kind = fields.get("doc_type_label") or "Báo cáo"
    note = (f"(Kèm theo {kind} số {number_symbol(heading).strip()} {date_words(heading.date)}; "
            f"số liệu từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y})")
    table = form_table(form, appendix_rows(spec, data), font_size=11 if spec.source == "plan_progress" else None)
    return Appendix(title=spec.title, subtitle=f"{spec.subtitle} {data.period.label_vi.upper()}", table=table,
                    orientation=spec.orientation, note=note)  # type: ignore[arg-type]


def compose_document(
    template: ReportTemplate,
    fields: Mapping[str, Any],
    sections: Mapping[str, str],
    appendices: Sequence[Appendix] = (),
) -> OfficialDocument:
    return OfficialDocument(
        heading=heading_block(fields),
        doc_type=template.doc_type,
        summary=" ".join(str(fields.get("summary") or "").split()),
        sections=body_sections(template, sections),
        recipients=recipients(fields),
        signer=signer(fields),
        appendices=list(appendices),
    )
