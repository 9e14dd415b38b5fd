"""Write a few cell values into an existing .xlsx without disturbing anything else.

openpyxl's load/save rewrites the whole package (styles renumbered, shapes, images and some data
validations dropped), which a province's fixed form must not suffer. Here only the ``<c>``
elements of the written cells change, as text edits of the one worksheet part; every other zip
member is copied with the same content, order, name, date and compression method.

``xl/workbook.xml`` changes only when its ``<calcPr>`` lacks ``fullCalcOnLoad="1"``: the attribute
is set so Excel and LibreOffice recompute the form's own formulas (totals) on opening, instead
of showing cached values from before the fill. openpyxl-made workbooks already carry it. For the
same reason the formula cells of the patched sheet lose their cached ``<v>`` (LibreOffice would
show it as is); forms made by openpyxl have none, so their formula cells stay byte for byte.

Public API:
    ``sheet_parts(path) -> dict[str, str]``          sheet name → zip member of its XML
    ``formula_cells(xml) -> set[str]``               references of the cells holding a formula
    ``covered_by_merge(xml, refs) -> dict``          refs hidden inside a merged range → the range
    ``percent_cells(path, xml, refs) -> set``        refs styled as a percentage
    ``patch_cells(src, dst, sheet, values) -> Path`` write numbers (or text, as inline strings)
"""

from __future__ import annotations

import os
import re
import tempfile
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path, PurePosixPath
from xml.sax.saxutils import escape

from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

from ..store.atomic_files import replace_file

_SHEET_TAG = re.compile(r"<(?:[\w.-]+:)?sheet\b([^>]*)/?>")
_REL_TAG = re.compile(r"<(?:[\w.-]+:)?Relationship\b([^>]*)/?>")
_ATTR = re.compile(r'([\w.:-]+)\s*=\s*"([^"]*)"')
_ROW = re.compile(r"<(?P<p>[\w.-]+:)?row\b(?P<attrs>[^>]*?)(?:/>|>(?P<body>.*?)</(?P=p)?row>)", re.S)
_CELL = re.compile(r"<(?P<p>[\w.-]+:)?c\b(?P<attrs>[^>]*?)(?:/>|>(?P<body>.*?)</(?P=p)?c>)", re.S)
_SHEET_DATA = re.compile(r"<(?P<p>[\w.-]+:)?sheetData\b[^>]*?(?:/>|>(?P<body>.*?)</(?P=p)?sheetData>)", re.S)
_CALC_PR = re.compile(r"<(?P<p>[\w.-]+:)?calcPr\b(?P<attrs>[^>]*?)/>")
# elements of CT_Workbook that come after calcPr: a missing calcPr goes before the first of them
_AFTER_CALC = ("oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes",
               "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst")


class XlsxPatchError(Exception):
    """The workbook cannot be patched safely; the message is Vietnamese."""


def _attrs(text: str) -> dict[str, str]:
    return {k: v for k, v in _ATTR.findall(text)}


def sheet_parts(path: Path | str) -> dict[str, str]:
    """Sheet name → zip member of its worksheet XML (``xl/worksheets/sheet1.xml`` …)."""
    with zipfile.ZipFile(path) as zf:
        workbook = zf.read("xl/workbook.xml").decode("utf-8")
        rels = zf.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    targets = {}
    for m in _REL_TAG.finditer(rels):
        a = _attrs(m.group(1))
        if "Id" in a and "Target" in a:
            target = a["Target"]
            member = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
            targets[a["Id"]] = os.path.normpath(member).replace(os.sep, "/")
    out = {}
    for m in _SHEET_TAG.finditer(workbook):
        a = _attrs(m.group(1))
        rid = next((v for k, v in a.items() if k.endswith(":id")), None)
        if "name" in a and rid in targets:
            out[_unescape(a["name"])] = targets[rid]
    return out


def _unescape(text: str) -> str:
    return (text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
            .replace("&amp;", "&"))


def formula_cells(xml: str) -> set[str]:
    """References of the cells that hold a formula (``<f>``, shared or array)."""
    out = set()
    for m in _CELL.finditer(xml):
        body = m.group("body") or ""
        if re.search(r"<(?:[\w.-]+:)?f\b", body):
            ref = _attrs(m.group("attrs")).get("r")
            if ref:
                out.add(ref)
    return out


_XF = re.compile(r"<(?:[\w.-]+:)?xf\b([^>]*)/?>")
_CELL_XFS = re.compile(r"<(?:[\w.-]+:)?cellXfs\b[^>]*>(.*?)</(?:[\w.-]+:)?cellXfs>", re.S)
_NUM_FMT = re.compile(r"<(?:[\w.-]+:)?numFmt\b([^>]*)/?>")
_PERCENT_BUILTIN = {"9", "10"}  # 0% and 0.00%


def percent_cells(path: Path | str, xml: str, refs: Iterable[str]) -> set[str]:
    """Those of ``refs`` whose cell style shows a percentage (a rate goes in as 0.4, not 40)."""
    with zipfile.ZipFile(path) as zf:
        try:
            styles = zf.read("xl/styles.xml").decode("utf-8")
        except KeyError:
            return set()
    codes = {a.get("numFmtId"): _unescape(a.get("formatCode", "")) for a in map(_attrs, _NUM_FMT.findall(styles))}
    xfs = _CELL_XFS.search(styles)
    formats = [_attrs(x).get("numFmtId", "0") for x in _XF.findall(xfs.group(1))] if xfs else []
    wanted, out = set(refs), set()
    for m in _CELL.finditer(xml):
        attrs = _attrs(m.group("attrs"))
        if attrs.get("r") not in wanted:
            continue
        style = int(attrs.get("s", "0") or 0)
        fmt = formats[style] if style < len(formats) else "0"
        if fmt in _PERCENT_BUILTIN or "%" in codes.get(fmt, ""):
            out.add(attrs["r"])
    return out


_MERGE = re.compile(r'<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref="([A-Za-z]+\d+):([A-Za-z]+\d+)"')


def covered_by_merge(xml: str, refs: Iterable[str]) -> dict[str, str]:
    """Those of ``refs`` hidden inside a merged range (not its top-left cell) → the range."""
    ranges = [(_split(a), _split(b), f"{a}:{b}") for a, b in _MERGE.findall(xml)]
    out = {}
    for ref in refs:
        row, col = _split(ref)
        for (r0, c0), (r1, c1), text in ranges:
            if r0 <= row <= r1 and c0 <= col <= c1 and (row, col) != (r0, c0):
                out[ref] = text
                break
    return out


def _split(ref: str) -> tuple[int, int]:
    col, row = coordinate_from_string(ref)
    return row, column_index_from_string(col)


def _cell_xml(prefix: str, ref: str, old_attrs: dict[str, str], value: int | float | str) -> str:
    attrs = {k: v for k, v in old_attrs.items() if k != "t"} | {"r": ref}
    ordered = {"r": attrs.pop("r"), **attrs}
    if isinstance(value, str):
        ordered["t"] = "inlineStr"
        body = f"<{prefix}is><{prefix}t xml:space=\"preserve\">{escape(value)}</{prefix}t></{prefix}is>"
    else:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise XlsxPatchError(f"Giá trị không ghi được vào ô {ref}: {value!r}")
        body = f"<{prefix}v>{value}</{prefix}v>"
    head = " ".join(f'{k}="{v}"' for k, v in ordered.items())  # values as read: still escaped
    return f"<{prefix}c {head}>{body}</{prefix}c>"


def _patch_row(prefix: str, row_no: int, body: str, cells: dict[int, tuple[str, object]]) -> str:
    """Replace or insert the cells of one row (column order kept); refuses formula cells."""
    pieces: list[str] = []
    pos = 0
    pending = dict(sorted(cells.items()))
    for m in _CELL.finditer(body):
        a = _attrs(m.group("attrs"))
        ref = a.get("r")
        if not ref:
            raise XlsxPatchError(f"Dòng {row_no} của trang tính có ô không ghi địa chỉ; không sửa an toàn được.")
        _, col = _split(ref)
        # new cells that belong before this one
        for c in [c for c in pending if c < col]:
            new_ref, value = pending.pop(c)
            pieces.append(body[pos:m.start()])
            pos = m.start()
            pieces.append(_cell_xml(prefix, new_ref, {}, value))
        if col in pending:
            if re.search(r"<(?:[\w.-]+:)?f\b", m.group("body") or ""):
                raise XlsxPatchError(f"Ô {ref} chứa công thức; không ghi đè.")
            new_ref, value = pending.pop(col)
            pieces.append(body[pos:m.start()])
            pieces.append(_cell_xml(prefix, new_ref, a, value))
            pos = m.end()
    pieces.append(body[pos:])
    if pending:
        tail = "".join(_cell_xml(prefix, ref, {}, value) for ref, value in pending.values())
        return "".join(pieces) + tail
    return "".join(pieces)


def patch_sheet_xml(xml: str, values: Mapping[str, int | float | str]) -> str:
    """The worksheet XML with ``values`` written; only those ``<c>`` elements (and rows added) change."""
    hidden = covered_by_merge(xml, values)
    if hidden:
        ref, rng = next(iter(hidden.items()))
        raise XlsxPatchError(f"Ô {ref} nằm trong vùng gộp ô {rng}: chỉ ô đầu của vùng ghi được; không ghi.")
    by_row: dict[int, dict[int, tuple[str, object]]] = {}
    for ref, value in values.items():
        row, col = _split(ref)
        by_row.setdefault(row, {})[col] = (f"{ref.upper()}", value)
    data = _SHEET_DATA.search(xml)
    if data is None:
        raise XlsxPatchError("Trang tính không có phần dữ liệu (sheetData); không sửa được.")
    prefix = data.group("p") or ""
    body = data.group("body")
    if body is None:  # <sheetData/>: open it up
        body = ""
        start, end = data.start(), data.end()
        head = f"<{prefix}sheetData>"
    else:
        start, end = data.start("body"), data.end("body")
        head = ""
    pieces: list[str] = []
    pos = 0
    for m in _ROW.finditer(body):
        a = _attrs(m.group("attrs"))
        if "r" not in a:
            raise XlsxPatchError("Trang tính có dòng không ghi số dòng; không sửa an toàn được.")
        row_no = int(a["r"])
        for r in [r for r in sorted(by_row) if r < row_no]:
            pieces += [body[pos:m.start()], _new_row(prefix, r, by_row.pop(r))]
            pos = m.start()
        if row_no in by_row:
            cells = by_row.pop(row_no)
            inner = _patch_row(prefix, row_no, m.group("body") or "", cells)
            pieces += [body[pos:m.start()], f"<{prefix}row{m.group('attrs')}>{inner}</{prefix}row>"]
            pos = m.end()
    pieces.append(body[pos:])
    for r in sorted(by_row):
        pieces.append(_new_row(prefix, r, by_row[r]))
    new_body = _drop_formula_values("".join(pieces))
    if head:
        return xml[:start] + head + new_body + f"</{prefix}sheetData>" + xml[end:]
    return xml[:start] + new_body + xml[end:]


def _drop_formula_values(body: str) -> str:
    """Formula cells without their cached ``<v>``: a total cached before the fill would be shown as is
    (LibreOffice keeps cached values of an .xlsx by default, whatever fullCalcOnLoad says); without
    one, every reader computes it. openpyxl-made forms carry no cached values, so nothing changes there."""
    def strip(m: re.Match[str]) -> str:
        inner = m.group("body") or ""
        cached = re.compile(r"<(?P<p>[\w.-]+:)?v\b[^>]*>\s*[^<\s][^<]*</(?P=p)?v>")  # a non-empty value
        if not re.search(r"<(?:[\w.-]+:)?f\b", inner) or not cached.search(inner):
            return m.group(0)
        inner = cached.sub("", inner)
        return f"<{m.group('p') or ''}c{m.group('attrs')}>{inner}</{m.group('p') or ''}c>"

    return _CELL.sub(strip, body)


def _new_row(prefix: str, row_no: int, cells: dict[int, tuple[str, object]]) -> str:
    inner = "".join(_cell_xml(prefix, ref, {}, value) for _, (ref, value) in sorted(cells.items()))
    return f'<{prefix}row r="{row_no}">{inner}</{prefix}row>'


def ensure_full_calc(workbook_xml: str) -> str:
    """``workbook.xml`` with ``<calcPr fullCalcOnLoad="1">``; unchanged (same text) when already set."""
    m = _CALC_PR.search(workbook_xml)
    if m:
        attrs = m.group("attrs")
        if re.search(r'\bfullCalcOnLoad="(1|true)"', attrs):
            return workbook_xml
        attrs = re.sub(r'\s*\bfullCalcOnLoad="[^"]*"', "", attrs)
        tag = f'<{m.group("p") or ""}calcPr{attrs} fullCalcOnLoad="1"/>'
        return workbook_xml[:m.start()] + tag + workbook_xml[m.end():]
    root = re.search(r"<(?P<p>[\w.-]+:)?workbook\b", workbook_xml)
    prefix = (root.group("p") if root else "") or ""
    tag = f'<{prefix}calcPr fullCalcOnLoad="1"/>'
    for name in _AFTER_CALC:
        later = re.search(rf"<{re.escape(prefix)}{name}\b", workbook_xml)
        if later:
            return workbook_xml[:later.start()] + tag + workbook_xml[later.start():]
    close = workbook_xml.rfind(f"</{prefix}workbook>")
    if close < 0:
        raise XlsxPatchError("Tệp xl/workbook.xml không đúng cấu trúc.")
    return workbook_xml[:close] + tag + workbook_xml[close:]


def patch_cells(src: Path | str, dst: Path | str, sheet: str, values: Mapping[str, int | float | str]) -> Path:
    """Copy ``src`` to ``dst`` with ``values`` (reference → value) written into ``sheet``.

    Written atomically: ``dst`` appears only complete. ``src`` may equal ``dst``.
    """
    parts = sheet_parts(src)
    if sheet not in parts:
        raise XlsxPatchError(f"Không tìm thấy trang tính “{sheet}” trong tệp {Path(src).name}.")
    member = parts[sheet]
    out = Path(dst)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(fd)
    try:
        with zipfile.ZipFile(src) as zin, zipfile.ZipFile(tmp, "w") as zout:
            for info in zin.infolist():
                data = zin.read(info)
                if info.filename == member:
                    data = patch_sheet_xml(data.decode("utf-8"), values).encode("utf-8")
                elif info.filename == "xl/workbook.xml":
                    text = data.decode("utf-8")
                    patched = ensure_full_calc(text)
                    if patched != text:
                        data = patched.encode("utf-8")
                copy = zipfile.ZipInfo(info.filename, date_time=info.date_time)
                copy.compress_type = info.compress_type
                copy.external_attr, copy.create_system = info.external_attr, info.create_system
                copy.comment, copy.extra = info.comment, info.extra
                zout.writestr(copy, data)
        replace_file(tmp, out)  # Excel holding OUT.xlsx on Windows: retried, then named in Vietnamese
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return out
