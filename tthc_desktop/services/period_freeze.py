"""One set of period figures: freeze the period's report data at cut-off; reports and forms use it.

``freeze(period)`` stores the period's report data (task statuses and results, biểu 06, cuts,
the narrative's figures) as a JSON snapshot. While a period is frozen, ``ReportService.gather``
returns the snapshot, so the narrative, the appendices, the report's Excel and the province's
form (``form fill``) agree to the digit. A later change to the live data never changes the
frozen set silently: ``differences(period)`` lists what changed, to re-freeze.

Public API:
    ``PeriodFreezeService(ctx)``: ``freeze(period)``, ``frozen(period) -> ReportData | None``,
    ``info(period)``, ``differences(period) -> list[Difference]``, ``unfreeze(period)``
    ``encode(data) -> str`` / ``decode(text) -> ReportData``   the snapshot's JSON
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from ..domain.form06 import Form06Row
from ..domain.periods import Period, parse_period
from ..reports.report_data import ReportData
from ..store.period_freeze import Freeze, PeriodFreezeRepository
from .context import AppContext
from .freeze_codec import (
    Difference,
    compare,
    decode,
    decode_form06,
    decode_progress_all,
    encode,
    frozen_data,
)
from .report_service import ReportService
from .stats_service import StatsService

__all__ = ["Difference", "PeriodFigures", "PeriodFreezeService", "compare", "decode", "decode_form06", "encode",
           "period_figures", "shown_value"]


@dataclass(frozen=True)
class PeriodFigures:
    """The figures every report, appendix, province form and letter of a period prints."""

    data: ReportData
    form06: list[Form06Row]
    freeze: Freeze | None  # the frozen set these come from; None: the live data (the period is not frozen)


def period_figures(ctx: AppContext, period: Period | str, *, unit_name: str | None = None,
                   progress_scope: str = "period", reports=None) -> PeriodFigures:
    """The one way to read a period's figures: the frozen set when there is one, else the live data.

    ``reports``: the ReportService to gather the live data with (default: a new one)."""
    p = parse_period(period) if isinstance(period, str) else period
    record = PeriodFreezeRepository(ctx.writer).get(str(p))
    if record is not None:
        return PeriodFigures(frozen_data(record.data_json, progress_scope), decode_form06(record.data_json), record)
    service = reports or ReportService(ctx)
    data = service.gather(p, unit_name, live=True, progress_scope=progress_scope)
    return PeriodFigures(data, StatsService(ctx).rows(p), None)


def shown_value(value: Any) -> str:
    """A difference's value as the officer reads it: 1.234 / 95,5 / — for nothing."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    if isinstance(value, float | Decimal):
        return f"{value:,.2f}".rstrip("0").rstrip(".").replace(",", " ").replace(".", ",").replace(" ", ".")
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, list | tuple):
        return ", ".join(shown_value(v) for v in value)
    return str(value)


class PeriodFreezeService:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx
        self.repo = PeriodFreezeRepository(ctx.writer)

    def _live(self, period: Period) -> ReportData:
        return ReportService(self.ctx).gather(period, live=True)

    def freeze(self, period: Period | str) -> Freeze:
        p = parse_period(period) if isinstance(period, str) else period
        every_task = ReportService(self.ctx).gather(p, live=True, progress_scope="all").progress_rows
        text = encode(self._live(p), StatsService(self.ctx).rows(p), every_task)
        return self.repo.put(str(p), self.ctx.actor(), text, hashlib.sha256(text.encode("utf-8")).hexdigest())

    def info(self, period: Period | str) -> Freeze | None:
        return self.repo.get(str(period))

    def frozen(self, period: Period | str) -> ReportData | None:
        record = self.repo.get(str(period))
        return decode(record.data_json) if record else None

    def frozen_form06(self, period: Period | str) -> list[Form06Row] | None:
        record = self.repo.get(str(period))
        return decode_form06(record.data_json) if record else None

    def differences(self, period: Period | str) -> list[Difference]:
        """What changed since the freeze: the period's figures, and any task of the plans (the province's
        progress table is filled from the frozen whole plan)."""
        p = parse_period(period) if isinstance(period, str) else period
        record = self.repo.get(str(p))
        if record is None:
            return []
        frozen = decode(record.data_json)
        out = compare(frozen, self._live(p))
        every_task = decode_progress_all(record.data_json)
        if every_task is not None:
            now = ReportService(self.ctx).gather(p, live=True, progress_scope="all").progress_rows
            only_tasks = {"figures": {}, "form06_rows": [], "cuts_rows": []}
            seen = {d.where for d in out}
            out += [d for d in compare(replace(frozen, progress_rows=every_task, **only_tasks),
                                       replace(frozen, progress_rows=now, **only_tasks)) if d.where not in seen]
        return out

    def unfreeze(self, period: Period | str) -> bool:
        return self.repo.remove(str(period))
