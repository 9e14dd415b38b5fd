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

from ..domain.form06 import Form06Row
from ..domain.periods import Period, parse_period
from ..reports.report_data import ReportData
from ..store.period_freeze import Freeze, PeriodFreezeRepository
from .context import AppContext
from .freeze_codec import Difference, compare, decode, decode_form06, encode, read_frozen
from .report_service import ReportService
from .stats_service import StatsService

__all__ = ["Difference", "PeriodFreezeService", "compare", "decode", "decode_form06", "encode"]


class PeriodFreezeService:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx
        self.repo = PeriodFreezeRepository(ctx.writer)

    def _live(self, period: Period) -> ReportData:
        return ReportService(self.ctx).gather(period, live=True)

    def freeze(self, period: Period | str) -> Freeze:
        p = parse_period(period) if isinstance(period, str) else period
        text = encode(self._live(p), StatsService(self.ctx).rows(p))
        return self.repo.put(str(p), self.ctx.actor(), text, hashlib.sha256(text.encode("utf-8")).hexdigest())

    def info(self, period: Period | str) -> Freeze | None:
        return self.repo.get(str(period))

    def frozen(self, period: Period | str) -> ReportData | None:
        return read_frozen(self.ctx, period)

    def frozen_form06(self, period: Period | str) -> list[Form06Row] | None:
        record = self.repo.get(str(period))
        return decode_form06(record.data_json) if record else None

    def differences(self, period: Period | str) -> list[Difference]:
        p = parse_period(period) if isinstance(period, str) else period
        frozen = self.frozen(p)
        return [] if frozen is None else compare(frozen, self._live(p))

    def unfreeze(self, period: Period | str) -> bool:
        return self.repo.remove(str(period))
