"""Procedures and period_stats tables: round trip, upsert by code in one transaction, audit, replace a period."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from tthc_desktop.domain.form06 import Form06Row
from tthc_desktop.domain.procedures import DaysKind, Level, OnlineLevel, Procedure
from tthc_desktop.store.audit import read_audit
from tthc_desktop.store.period_stats import PeriodStatsRepository
from tthc_desktop.store.procedures import ProcedureRepository

KHAI_SINH = Procedure(
    code="1.001193", name="Thủ tục đăng ký khai sinh", field="Hộ tịch", level=Level.COMMUNE,
    online_level=OnlineLevel.FULL, cross_boundary=True, one_stop=True, baseline_days=Decimal("0.5"),
    current_days=Decimal("0.5"), days_kind=DaysKind.WORKING, baseline_cost=0, current_cost=0,
    baseline_cost_not_regulated=True, current_cost_not_regulated=True, yearly_volume=1250,
)
KET_HON = Procedure(code="1.000894", name="Thủ tục đăng ký kết hôn", field="Hộ tịch", baseline_days=Decimal(3),
                    current_days=Decimal(2), baseline_cost=None, current_cost=None)


@pytest.fixture
def repo(ctx):
    return ProcedureRepository(ctx.writer)


def test_round_trip_keeps_every_field(repo):
    repo.save(KHAI_SINH)
    assert repo.get("1.001193") == KHAI_SINH
    assert repo.get("9.999999") is None


def test_upsert_many_counts_and_keeps_file_order(repo, ctx):
    assert repo.upsert_many([KET_HON, KHAI_SINH]) == (2, 0, 0)
    assert [p.code for p in repo.list()] == ["1.000894", "1.001193"]
    changed = replace(KET_HON, current_days=Decimal(1))
    assert repo.upsert_many([changed, KHAI_SINH]) == (0, 1, 1)
    assert repo.get("1.000894").current_days == Decimal(1)
    entry = read_audit(ctx.db, table="procedures")[0]
    assert entry.action == "update"
    assert entry.old["current_days"] == "2" and entry.new["current_days"] == "1"


def test_upsert_many_is_one_transaction(repo):
    repo.save(KHAI_SINH)
    with pytest.raises(RuntimeError, match="hỏng giữa chừng"):
        repo.upsert_many([KET_HON, _Exploding()])
    assert [p.code for p in repo.list()] == ["1.001193"]


class _Exploding:
    code = "x"

    def __getattr__(self, name):
        raise RuntimeError("hỏng giữa chừng")


def test_delete_is_audited(repo, ctx):
    repo.save(KET_HON)
    assert repo.delete("1.000894") is True
    assert repo.delete("1.000894") is False
    assert read_audit(ctx.db, table="procedures")[0].action == "delete"


def test_period_replace_adds_changes_removes(ctx):
    stats = PeriodStatsRepository(ctx.writer)
    a = Form06Row.from_columns("Hộ tịch", "xã", [10, 5, 5, 0, 8, 1, 6, 1, 2, 2, 0])
    b = Form06Row.from_columns("Chứng thực", "xã", [3, 0, 3, 0, 3, 0, 3, 0, 0, 0, 0])
    assert stats.replace_period("2025-Q3", [a, b]) == (2, 0, 0)
    assert stats.rows("2025-Q3") == [a, b]
    a2 = Form06Row.from_columns("Hộ tịch", "xã", [11, 6, 5, 0, 9, 1, 7, 1, 2, 2, 0])
    assert stats.replace_period("2025-Q3", [a2]) == (0, 1, 1)
    assert stats.rows("2025-Q3") == [a2]
    assert stats.rows("2025-Q2") == []
    assert stats.periods() == ["2025-Q3"]
    with pytest.raises(ValueError, match="có hai dòng"):
        stats.replace_period("2025-Q3", [a, a])
    assert stats.rows("2025-Q3") == [a2]
    assert {e.action for e in read_audit(ctx.db, table="period_stats")} == {"insert", "update", "delete"}
