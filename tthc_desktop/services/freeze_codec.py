"""The frozen period's snapshot: its JSON (``encode`` / ``decode``), the comparison with live data, and the
read ``ReportService.gather`` does while a period is frozen. Apart from period_freeze (the use cases, which
need ReportService for the live data) so that report_service → freeze_codec, never back."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from ..domain.form06 import COLUMN_LABELS, Form06Row
from ..domain.periods import Period, parse_period
from ..reports.report_data import Figure, ReportData
from ..store.period_freeze import PeriodFreezeRepository
from .context import AppContext

FORMAT = 1


def _tag(value: Any) -> Any:
    """JSON-able form of one value; dates, Decimals and figures are tagged so they come back as such."""
    if isinstance(value, Figure):
        return {"$figure": [value.label, _tag(value.value)]}
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): _tag(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_tag(v) for v in value]
    if isinstance(value, Period):
        return str(value)
    return value


def _untag(value: Any) -> Any:
    if isinstance(value, dict):
        if len(value) == 1:
            (key, inner), = value.items()
            if key == "$figure":
                return Figure(inner[0], _untag(inner[1]))
            if key == "$datetime":
                return datetime.fromisoformat(inner)
            if key == "$date":
                return date.fromisoformat(inner)
            if key == "$decimal":
                return Decimal(inner)
        return {k: _untag(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_untag(v) for v in value]
    return value


def encode(data: ReportData, form06: list[Form06Row] = (), progress_all: list[dict] | None = None) -> str:
    """The snapshot: the report data, the biểu 06 rows as stored and every task of the plans (for the province's
    forms: its progress table asks about the whole plan, not only the period's tasks)."""
    body = {f.name: _tag(getattr(data, f.name)) for f in fields(ReportData)}
    rows = [{"field": r.field, "level": r.level, "values": list(r.columns())} for r in form06]
    snapshot = {"format": FORMAT, "data": body, "form06": rows}
    if progress_all is not None:
        snapshot["progress_all"] = _tag(progress_all)
    return json.dumps(snapshot, ensure_ascii=False, sort_keys=True)


def decode_progress_all(text: str) -> list[dict] | None:
    rows = json.loads(text).get("progress_all")
    return None if rows is None else _untag(rows)


def decode_form06(text: str) -> list[Form06Row]:
    return [Form06Row.from_columns(r["field"], r["level"], r["values"]) for r in json.loads(text).get("form06", [])]


def decode(text: str) -> ReportData:
    body = json.loads(text)["data"]
    values = {name: _untag(value) for name, value in body.items()}
    values["period"] = parse_period(values["period"])
    values["window"] = tuple(values["window"])
    return ReportData(**values)


@dataclass(frozen=True)
class Difference:
    where: str  # "Số liệu: Tỷ lệ đúng hạn", "Biểu 06 Hộ tịch, cột 3 (tổng số nhận giải quyết)", "Nhiệm vụ II.1, tình trạng"
    frozen: Any
    now: Any

    @property
    def text(self) -> str:
        return f"{self.where}: đã chốt {self.frozen!r}, hiện nay {self.now!r}"


_COLUMN_NAMES = {  # the appendix tables' columns as the officer knows them
    "Biểu 06": {f"c{n}": f"cột {n} ({label.lower()})" for n, label in COLUMN_LABELS.items()},
    "Nhiệm vụ": {"c2": "nội dung", "c3": "cơ quan chủ trì", "c4": "cơ quan phối hợp", "c5": "thời hạn",
                 "c6": "kết quả", "c7": "tình trạng"},
    "Cắt giảm": {"c3": "tên TTHC", "c4": "lĩnh vực", "c5": "thời gian giải quyết theo quy định",
                 "c6": "thời gian sau cắt giảm", "c8": "chi phí trước cắt giảm", "c9": "chi phí sau cắt giảm",
                 "c11": "đạt chỉ tiêu"},
}


def _rows_by(rows: list[dict], keys: tuple[str, ...]) -> dict[str, dict]:
    # dict.fromkeys: a biểu 06 row without a level repeats its field as "level"
    return {" – ".join(dict.fromkeys(str(r[k]) for k in keys if r.get(k))): r for r in rows}


def compare(frozen: ReportData, now: ReportData) -> list[Difference]:
    """What differs between the frozen snapshot and the live data, by figure, biểu 06 cell and task."""
    out: list[Difference] = []
    for key in sorted(set(frozen.figures) | set(now.figures)):
        a, b = frozen.figures.get(key), now.figures.get(key)
        if (a and a.value) != (b and b.value):
            out.append(Difference(f"Số liệu: {(a or b).label}", a and a.value, b and b.value))  # type: ignore[union-attr]
    for title, key, a_rows, b_rows in (
        ("Biểu 06", ("field", "level"), frozen.form06_rows, now.form06_rows),
        ("Nhiệm vụ", ("c1",), frozen.progress_rows, now.progress_rows),
        ("Cắt giảm", ("c2",), frozen.cuts_rows, now.cuts_rows),  # mã TTHC
    ):
        a_map, b_map = _rows_by(list(a_rows), key), _rows_by(list(b_rows), key)
        for name in list(dict.fromkeys([*a_map, *b_map])):
            ra, rb = a_map.get(name), b_map.get(name)
            if ra is None or rb is None:
                out.append(Difference(f"{title} {name}", "có" if ra else "không có", "có" if rb else "không có"))
                continue
            for col in sorted(set(ra) | set(rb)):
                if _tag(ra.get(col)) != _tag(rb.get(col)):
                    column = _COLUMN_NAMES[title].get(col, f"cột {col}")
                    out.append(Difference(f"{title} {name}, {column}", ra.get(col), rb.get(col)))
    return out


def read_frozen(ctx: AppContext, period: Period | str, progress_scope: str = "period") -> ReportData | None:
    """The period's frozen data, or None when it is not frozen. *progress_scope* "all": its progress rows are
    every task of the plans as frozen (the province's progress form asks about the whole plan)."""
    record = PeriodFreezeRepository(ctx.writer).get(str(period))
    return None if record is None else frozen_data(record.data_json, progress_scope)


def frozen_data(data_json: str, progress_scope: str = "period") -> ReportData:
    """A snapshot's report data; *progress_scope* "all": its progress rows are every task of the plans."""
    data = decode(data_json)
    every_task = decode_progress_all(data_json) if progress_scope == "all" else None
    return data if every_task is None else replace(data, progress_rows=every_task)
