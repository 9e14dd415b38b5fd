"""The shipped standing reports (``resources/templates/standing_reports.json``): title, kind and deadline rule.

The report calendar's default rules come from this file (``shipped_rules``); the officer's changes to a
kind's deadline stay in settings and the standing reports the officer adds stay in the database.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .. import bundled_dir
from ..domain.periods import PeriodKind
from ..domain.report_calendar import ReportRule
from .errors import StoreError

FILE_NAME = "standing_reports.json"


@dataclass(frozen=True)
class StandingReport:
    id: str
    title: str
    rule: ReportRule


def standing_file(resources: Path | None = None) -> Path:
    return (resources or bundled_dir("resources")) / "templates" / FILE_NAME


def load_standing(path: Path | None = None) -> list[StandingReport]:
    """The reports of the data file; a damaged file is refused with its name and the problem."""
    path = path or standing_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        out = []
        for i, item in enumerate(data["reports"], start=1):
            try:
                out.append(StandingReport(str(item["id"]), str(item["title"]), ReportRule.from_dict(item)))
            except (KeyError, ValueError, TypeError) as exc:
                raise StoreError(f"Tệp {path.name}, báo cáo thứ {i}: {exc}") from None
    except OSError as exc:
        raise StoreError(f"Không đọc được tệp báo cáo định kỳ {path}: {exc.strerror or exc}") from None
    except (ValueError, KeyError, TypeError) as exc:
        raise StoreError(f"Tệp báo cáo định kỳ {path.name} không hợp lệ: {exc}") from None
    return out


@lru_cache(maxsize=1)
def _shipped() -> tuple[StandingReport, ...]:
    return tuple(load_standing())


def shipped_rules() -> dict[PeriodKind, ReportRule]:
    """One rule per period kind, as the data file gives them (kinds it leaves out are off)."""
    rules = {kind: ReportRule(kind, enabled=False) for kind in PeriodKind}
    for report in _shipped():
        rules[report.rule.kind] = report.rule
    return rules
