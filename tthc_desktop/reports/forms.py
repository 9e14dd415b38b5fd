"""Form definitions (biểu mẫu) as versioned data: load, check, header layout and validations.

A form is one JSON file under ``resources/templates/forms/<id>.json`` (docs/ARCHITECTURE.md §10.4): id,
version, title, legal basis, the column tree (for merged headers), row groups, totals and
validations written in the small language of :mod:`.form_expressions`. Nothing here knows
about Excel or PDF; the writers read a :class:`FormDefinition`.

JSON shape (``"$schema_version": 1``)::

    {"id", "version", "code", "title", "legal_basis", "effective_from"?, "effective_to"?, "_comment"?,
     "unit_label", "orientation",
     "columns": [leaf | {"title", "children": [...]}],
     "rows": {"number_column", "label_column", "label_from"?, "numbering", "groups": [...]},
     "totals": null | {"label", "position": "bottom"|"top", "columns": [keys]},
     "validations": [{"id", "expr", "cell", "message"}]}

A leaf column is ``{"key", "title", "type", "width", "input", "min"?, "formula"?, "number_format"?}``
with type one of int, text, decimal, percent, date. A group of rows is
``{"by": meta key, "title", "numbering": "roman"|"arabic"|"dash"|"none", "subtotal": bool}``.

Versions: ``effective_from``/``effective_to`` (ISO dates, inclusive, null = open) say when a version
applies. Later versions of a form live beside the first as ``<id>.<suffix>.json`` with the same id;
``load_form(id, on=day)`` picks the version valid on that day (a report: the end of its period), and
without ``on`` the newest. ``_comment`` says where a legal basis is not certain.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from .. import bundled_dir
from .data_files import DATA_ID, SCHEMA_VERSION, Effective, choice, iso_date, read_json
from .form_expressions import (
    Expression,
    ExpressionError,
    evaluate_formula,
    evaluate_sides,
    parse_expression,
)

COLUMN_TYPES = ("int", "text", "decimal", "percent", "date")
NUMERIC_TYPES = ("int", "decimal", "percent")
NUMBERINGS = ("roman", "arabic", "dash", "none")
ORIENTATIONS = ("portrait", "landscape")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


class FormDefinitionError(ValueError):
    """A form file that cannot be used; the message (Vietnamese) names the file and the problem."""


@dataclass(frozen=True, slots=True)
class Column:
    """A leaf column: one sheet column. ``number`` is its 1-based position (the numbered row)."""

    key: str
    title: str
    type: str
    width: float
    input: bool
    number: int
    min: int | None = None
    formula: Expression | None = None
    number_format: str | None = None

    @property
    def numeric(self) -> bool:
        return self.type in NUMERIC_TYPES


@dataclass(frozen=True, slots=True)
class ColumnGroup:
    """A heading over several columns (merged across them)."""

    title: str
    children: tuple[Column | ColumnGroup, ...]


@dataclass(frozen=True, slots=True)
class RowGroup:
    by: str  # key in each data row's dict, e.g. "field"
    title: str
    numbering: str
    subtotal: bool


@dataclass(frozen=True, slots=True)
class RowsSpec:
    number_column: str | None
    label_column: str | None
    numbering: str
    groups: tuple[RowGroup, ...] = ()
    label_from: str | None = None  # meta key giving a data row's label when the label cell is absent


@dataclass(frozen=True, slots=True)
class Totals:
    label: str
    position: str
    columns: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Validation:
    id: str
    expression: Expression
    cell: str  # the cell to mark when broken
    message: str  # template: {lhs}, {rhs} and column keys


class HeaderCell(NamedTuple):
    """One heading cell; ``row`` and ``col`` are 1-based within the header block."""

    row: int
    col: int
    rowspan: int
    colspan: int
    title: str


@dataclass(frozen=True, slots=True)
class CellError:
    """A broken check: ``column`` is the cell to mark, ``columns`` every cell the rule names."""

    column: str
    rule: str
    message: str
    columns: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FormDefinition(Effective):
    id: str
    version: str
    code: str
    title: str
    legal_basis: str
    unit_label: str
    orientation: str
    columns: tuple[Column | ColumnGroup, ...]
    rows: RowsSpec
    totals: Totals | None
    validations: tuple[Validation, ...]
    schema_version: int = SCHEMA_VERSION
    source: Path | None = field(default=None, compare=False)
    effective_from: date | None = None
    effective_to: date | None = None
    comment: str = ""  # "_comment": e.g. a legal basis not yet confirmed

    def leaf_columns(self) -> tuple[Column, ...]:
        return tuple(_leaves(self.columns))

    def column(self, key: str) -> Column:
        for col in _leaves(self.columns):
            if col.key == key:
                return col
        raise KeyError(f"Biểu mẫu {self.id} không có cột «{key}»")

    def header_depth(self) -> int:
        return _depth(self.columns)

    def header_rows(self) -> list[HeaderCell]:
        """The merged header layout, row by row, left to right.

        A group spans its leaves and one row; a leaf reaches down to the last header row.
        """
        depth = self.header_depth()
        cells: list[HeaderCell] = []

        def walk(nodes: tuple[Column | ColumnGroup, ...], row: int, col: int) -> int:
            for node in nodes:
                if isinstance(node, Column):
                    cells.append(HeaderCell(row, col, depth - row + 1, 1, node.title))
                    col += 1
                else:
                    width = sum(1 for _ in _leaves(node.children))
                    cells.append(HeaderCell(row, col, 1, width, node.title))
                    walk(node.children, row + 1, col)
                    col += width
            return col

        walk(self.columns, 1, 1)
        return sorted(cells, key=lambda c: (c.row, c.col))

    def computed_values(self, row_values: Mapping[str, object]) -> dict[str, object]:
        """Values of the computed columns for one row (``None`` where a division by zero)."""
        return {
            col.key: evaluate_formula(col.formula, row_values)
            for col in _leaves(self.columns)
            if col.formula is not None
        }

    def evaluate_validations(self, row_values: Mapping[str, object]) -> list[CellError]:
        """Type and minimum checks of the numeric cells first (column order), then the form's rules.

        Empty cells count as 0. A rule naming a cell that is not a number is skipped: the type
        error already points at that cell.
        """
        errors: list[CellError] = []
        bad: set[str] = set()
        for col in _leaves(self.columns):
            if not col.numeric or col.formula is not None:
                continue
            value = row_values.get(col.key)
            if value is None or value == "":
                continue
            label = f"Cột {col.number} ({col.title})"
            if isinstance(value, bool) or not _is_number(value, col.type):
                kind = "số nguyên" if col.type == "int" else "số"
                errors.append(
                    CellError(col.key, "type", f"{label} phải là {kind}, không phải «{value}»", (col.key,))
                )
                bad.add(col.key)
            elif col.min is not None and value < col.min:
                errors.append(
                    CellError(col.key, "min", f"{label} = {value} không được nhỏ hơn {col.min}", (col.key,))
                )
        for rule in self.validations:
            if bad.intersection(rule.expression.keys):
                continue
            left, right = evaluate_sides(rule.expression, row_values)
            if left != right:
                values = {k: _show(row_values.get(k)) for k in rule.expression.keys}
                values.update(lhs=_show(left), rhs=_show(right))
                message = _fill(rule.message, values)
                errors.append(CellError(rule.cell, rule.id, message, rule.expression.keys))
        return errors


def _is_number(value: object, kind: str) -> bool:
    if kind == "int":
        return isinstance(value, int)
    return isinstance(value, int | float | Decimal)


def _fill(template: str, values: Mapping[str, str]) -> str:
    """Replace {name} placeholders; no str.format, so a template cannot reach attributes."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def _show(value: object) -> str:
    return "0" if value is None or value == "" else str(value)


def _leaves(nodes: tuple[Column | ColumnGroup, ...]) -> Iterator[Column]:
    for node in nodes:
        if isinstance(node, Column):
            yield node
        else:
            yield from _leaves(node.children)


def _depth(nodes: tuple[Column | ColumnGroup, ...]) -> int:
    return max(1 if isinstance(n, Column) else 1 + _depth(n.children) for n in nodes)


# --- loading -------------------------------------------------------------------------


def resources_dir() -> Path:
    """``resources/`` at the source root, inside the installed wheel, or inside the PyInstaller bundle."""
    return bundled_dir("resources")


def forms_dir(resources: Path | None = None) -> Path:
    return (resources or resources_dir()) / "templates" / "forms"


def list_forms(resources: Path | None = None) -> list[FormDefinition]:
    """Every form shipped (its newest version), sorted by id."""
    ids = sorted({p.name.split(".")[0] for p in forms_dir(resources).glob("*.json")})
    return [load_form(form_id, resources) for form_id in ids]


def form_versions(form_id: str, resources: Path | None = None) -> list[FormDefinition]:
    """Every version of a form, oldest first (by effective_from)."""
    if not DATA_ID.match(form_id or ""):
        raise FormDefinitionError(f"Mã biểu mẫu không hợp lệ: «{form_id}»")
    folder = forms_dir(resources)
    paths = [folder / f"{form_id}.json", *sorted(folder.glob(f"{form_id}.*.json"))]
    versions = []
    for path in paths:
        if not path.is_file():
            continue
        form = load_path(path)
        if form.id != form_id:
            raise FormDefinitionError(
                f"Tệp {path.name}: mã biểu mẫu bên trong là «{form.id}», không phải «{form_id}»"
            )
        versions.append(form)
    if not versions:
        raise FormDefinitionError(f"Không tìm thấy biểu mẫu «{form_id}» ({folder / f'{form_id}.json'})")
    return sorted(versions, key=lambda f: f.effective_from or date.min)


def load_form(form_id: str, resources: Path | None = None, *, on: date | None = None) -> FormDefinition:
    """The version valid on *on* (e.g. the last day of a report's period); without it, the newest."""
    versions = form_versions(form_id, resources)
    if on is None:
        return versions[-1]
    valid = [f for f in versions if f.valid_on(on)]
    if not valid:
        raise FormDefinitionError(f"Biểu mẫu «{form_id}» không có phiên bản áp dụng cho ngày {on:%d/%m/%Y}")
    return valid[-1]


def load_path(path: Path) -> FormDefinition:
    data = read_json(path, FormDefinitionError, "biểu mẫu")
    try:
        return parse_form(data, source=path)
    except (ExpressionError, KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, FormDefinitionError):
            raise
        detail = f"thiếu mục {exc}" if isinstance(exc, KeyError) else str(exc)
        raise FormDefinitionError(f"Biểu mẫu {path.name} không hợp lệ: {detail}") from None


def parse_form(data: Mapping[str, Any], *, source: Path | None = None) -> FormDefinition:
    """Build and check a definition from its JSON data (raises ValueError, KeyError, ExpressionError)."""
    name = source.name if source else str(data.get("id", "?"))
    if data.get("$schema_version") != SCHEMA_VERSION:
        raise FormDefinitionError(
            f"Biểu mẫu {name}: phiên bản lược đồ {data.get('$schema_version')!r} không được hỗ trợ "
            f"(cần {SCHEMA_VERSION})"
        )
    for key in ("id", "version", "title"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise ValueError(f"mục «{key}» phải là một chuỗi không rỗng")
    if not data.get("columns"):
        raise ValueError("biểu mẫu không có cột nào")
    counter = iter(range(1, 1000))
    raw_leaves: list[dict[str, Any]] = []
    tree = tuple(_column_node(node, counter, raw_leaves) for node in data["columns"])
    keys = [leaf["key"] for leaf in raw_leaves]
    if len(set(keys)) != len(keys):
        raise ValueError(f"mã cột bị trùng: {sorted(k for k in keys if keys.count(k) > 1)}")
    # Formulas need every key known, so they are parsed after the whole tree is read.
    tree = _attach_formulas(tree, {leaf["key"]: leaf.get("formula") for leaf in raw_leaves}, set(keys))

    rows_data = data["rows"]
    groups = tuple(
        RowGroup(
            str(g["by"]),
            str(g.get("title", "")),
            choice(g.get("numbering", "arabic"), NUMBERINGS),
            bool(g.get("subtotal", False)),
        )
        for g in rows_data.get("groups", [])
    )
    rows = RowsSpec(
        _known(rows_data.get("number_column"), keys),
        _known(rows_data.get("label_column"), keys),
        choice(rows_data.get("numbering", "arabic"), NUMBERINGS),
        groups,
        rows_data.get("label_from"),
    )
    totals = None
    if data.get("totals"):
        t = data["totals"]
        totals = Totals(
            str(t["label"]),
            choice(t.get("position", "bottom"), ("bottom", "top")),
            tuple(_known(k, keys) for k in t["columns"]),
        )
    validations = []
    for v in data.get("validations", []):
        expr = parse_expression(v["expr"], known_keys=keys, mode="validation")
        validations.append(
            Validation(str(v["id"]), expr, _known(v.get("cell", expr.left_keys[0]), keys), str(v["message"]))
        )
    form = FormDefinition(
        id=str(data["id"]),
        version=str(data["version"]),
        code=str(data.get("code", "")),
        title=str(data["title"]),
        legal_basis=str(data.get("legal_basis", "")),
        unit_label=str(data.get("unit_label", "")),
        orientation=choice(data.get("orientation", "portrait"), ORIENTATIONS),
        columns=tree,
        rows=rows,
        totals=totals,
        validations=tuple(validations),
        source=source,
        effective_from=iso_date(data.get("effective_from")),
        effective_to=iso_date(data.get("effective_to")),
        comment=str(data.get("_comment", "")),
    )
    if not DATA_ID.match(form.id):
        raise ValueError(f"mã biểu mẫu «{form.id}» chỉ được gồm chữ thường, số và «_»")
    return form


def _column_node(node: Mapping[str, Any], counter: Iterator[int], leaves: list[dict[str, Any]]):
    if "children" in node:
        children = node["children"]
        if not children:
            raise ValueError(f"nhóm cột «{node.get('title')}» không có cột con")
        return ColumnGroup(str(node["title"]), tuple(_column_node(c, counter, leaves) for c in children))
    key = str(node["key"])
    if not key.isidentifier():
        raise ValueError(f"mã cột «{key}» không hợp lệ")
    width = float(node["width"])
    if not 1 <= width <= 120:
        raise ValueError(f"cột {key}: độ rộng {width} ngoài khoảng 1–120")
    leaves.append(dict(node))
    return Column(
        key=key,
        title=str(node["title"]),
        type=choice(node["type"], COLUMN_TYPES),
        width=width,
        input=bool(node.get("input", False)),
        number=next(counter),
        min=node.get("min"),
        number_format=node.get("number_format"),
    )


def _attach_formulas(nodes, formulas: Mapping[str, str | None], keys: set[str]):
    out = []
    for node in nodes:
        if isinstance(node, ColumnGroup):
            out.append(ColumnGroup(node.title, _attach_formulas(node.children, formulas, keys)))
        elif formulas.get(node.key):
            if node.input:
                raise ValueError(f"cột {node.key} có công thức nên không thể là ô nhập liệu")
            expr = parse_expression(formulas[node.key], known_keys=keys - {node.key}, mode="formula")
            out.append(replace(node, formula=expr))
        else:
            out.append(node)
    return tuple(out)


def _known(key: Any, keys: list[str]) -> Any:
    if key is not None and key not in keys:
        raise ValueError(f"không có cột «{key}»")
    return key
