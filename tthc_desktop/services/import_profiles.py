"""The officer's corrections to a plan import, remembered per issuer and table layout (issue 13).

Public API:
    ``layout_fingerprint(table) -> str``   folded header texts + column count, hashed
    ``ImportProfile``                      issuer, layout, column mapping, row corrections
    ``find_profile(ctx, issuer, table)``   the saved profile for this issuer and layout, or None (``ctx``
                                           may be a database path: read-only, for a dry run)
    ``profile_overrides(profile, table, mapping) -> dict[int, str]``  row corrections for this table
    ``save_profile(ctx, issuer, table, mapping, overrides, *, detected)``  remember (or forget) them
    ``describe(profile, overrides)``       the Vietnamese line the CLI and the wizard show

Row corrections are stored by the row's folded content (its number when it has no content), not by
its index: the issuer's next plan has other tasks in another order, and the same heading or
wrapped line gets the same correction there. Used by the wizard and by ``import-plan``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path

from ..importers.plan_header import ColumnMapping
from ..importers.plan_header_row import find_header
from ..importers.table_readers import RawTable, fold
from ..store.import_profiles import ImportProfileRepository, read_profile
from .context import AppContext

MAPPING_FIELDS = tuple(f.name for f in fields(ColumnMapping) if f.name != "header_rows")
ROW_KINDS = ("task", "group", "continuation", "note")


@dataclass(frozen=True)
class RowFix:
    content: str  # folded content cell ("" when the row has none)
    number: str  # the numbering cell as written
    kind: str


@dataclass(frozen=True)
class ImportProfile:
    issuer: str
    layout: str
    mapping: ColumnMapping
    rows: tuple[RowFix, ...] = ()


def _header_rows(table: RawTable) -> tuple[int, ...]:
    found = find_header(table)
    if found is not None and found.header_rows:
        return tuple(found.header_rows)
    return next(((i,) for i, row in enumerate(table.rows) if any(row)), ())


def layout_fingerprint(table: RawTable) -> str:
    """Same columns under the same titles ⇒ same fingerprint, whatever the rows below (or title lines above)."""
    texts = [fold(" ".join(table.rows[i][c].split())) if c < len(table.rows[i]) else ""
             for i in _header_rows(table) for c in range(table.width)]
    key = f"{table.width}|" + "|".join(texts)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def _issuer_key(issuer: str) -> str:
    return fold(" ".join(issuer.split()))


def _repo(ctx: AppContext) -> ImportProfileRepository:
    return ImportProfileRepository(ctx.settings)


def _cell(table: RawTable, r: int, col: int | None) -> str:
    row = table.rows[r]
    return " ".join(row[col].split()) if col is not None and col < len(row) else ""


def _row_key(table: RawTable, r: int, mapping: ColumnMapping) -> tuple[str, str]:
    return fold(_cell(table, r, mapping.content))[:300], _cell(table, r, mapping.number)


def find_profile(ctx: AppContext | Path, issuer: str, table: RawTable) -> ImportProfile | None:
    key, layout = _issuer_key(issuer), layout_fingerprint(table)
    data = read_profile(ctx, key, layout) if isinstance(ctx, Path) else _repo(ctx).get(key, layout)
    if data is None:
        return None
    cols = data.get("mapping") or {}
    values = {k: (v if isinstance(v, int) and 0 <= v < table.width else None) for k, v in cols.items()
              if k in MAPPING_FIELDS}
    if values.get("content") is None:
        return None  # nothing usable: read the table as if no profile existed
    mapping = ColumnMapping(**values, header_rows=_header_rows(table))
    rows = tuple(RowFix(str(x.get("content", "")), str(x.get("number", "")), str(x.get("kind")))
                 for x in data.get("rows") or [] if isinstance(x, dict) and x.get("kind") in ROW_KINDS)
    return ImportProfile(str(data.get("issuer", issuer)), layout_fingerprint(table), mapping, rows)


def profile_overrides(profile: ImportProfile, table: RawTable, mapping: ColumnMapping | None = None) -> dict[int, str]:
    """1-based row → class for the rows of ``table`` the profile names (by content, else by number)."""
    mapping = mapping or profile.mapping
    by_content = {f.content: f.kind for f in profile.rows if f.content}
    by_number = {f.number: f.kind for f in profile.rows if not f.content and f.number}
    skip = set(mapping.header_rows)
    out: dict[int, str] = {}
    for r in range(len(table.rows)):
        if r in skip:
            continue
        content, number = _row_key(table, r, mapping)
        kind = by_content.get(content) if content else by_number.get(number)
        if kind is not None:
            out[r + 1] = kind
    return out


def save_profile(ctx: AppContext, issuer: str, table: RawTable, mapping: ColumnMapping,
                 overrides: Mapping[int, str], *, detected: ColumnMapping | None = None,
                 display: str = "") -> ImportProfile | None:
    """Remember the mapping and the re-classed rows for ``issuer`` and this layout.

    Nothing is written when the officer corrected nothing and no profile exists yet (a table read right
    needs no profile); an existing profile is updated, so a correction taken back is forgotten too.
    ``issuer`` is the one read from the document (what the next file will give); ``display`` the name the
    officer confirmed, shown when the profile is applied.
    """
    repo, ikey, layout = _repo(ctx), _issuer_key(issuer), layout_fingerprint(table)
    cols = {k: getattr(mapping, k) for k in MAPPING_FIELDS}
    changed_mapping = detected is None or cols != {k: getattr(detected, k) for k in MAPPING_FIELDS}
    if not overrides and not changed_mapping and repo.get(ikey, layout) is None:
        return None
    rows = []
    for row, kind in sorted(overrides.items()):
        if 1 <= row <= len(table.rows) and kind in ROW_KINDS:
            content, number = _row_key(table, row - 1, mapping)
            if content or number:
                rows.append(RowFix(content, number, kind))
    repo.put(ikey, layout, {
        "issuer": " ".join((display or issuer).split()),
        "mapping": cols,
        "rows": [{"content": f.content, "number": f.number, "kind": f.kind} for f in rows],
    })
    return ImportProfile(display or issuer, layout, ColumnMapping(**cols, header_rows=tuple(mapping.header_rows)), tuple(rows))


def describe(profile: ImportProfile, overrides: Mapping[int, str]) -> str:
    who = profile.issuer or "cơ quan chưa rõ"
    return f"Áp dụng cách đọc đã lưu cho {who}: cách gán cột và {len(overrides)} dòng đã phân loại lại."
