"""A plan's own details (số/ký hiệu, ngày, cơ quan ban hành, trích yếu): read from the document, then required.

Public API:
    ``guess_plan_details(source, year) -> PlanDetails``   from a PlanSource (or a path, read once here)
    ``missing_details(details) -> list[RequiredField]``   the required fields still empty
    ``REQUIRED``                                          (field, Vietnamese label, CLI option) of each

Nothing is defaulted to today or to the file name: a field the document does not give stays empty and
the CLI or the wizard asks for it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..importers.errors import ImportFailure
from ..importers.plan_heading import parse_heading
from ..importers.plan_source import PlanSource, open_plan_source
from ..importers.table_readers import check_regular_file
from .plan_import import PlanDetails


@dataclass(frozen=True)
class RequiredField:
    name: str  # PlanDetails attribute
    label: str  # Vietnamese, for messages
    option: str  # import-plan option


REQUIRED = (
    RequiredField("symbol", "số/ký hiệu", "--symbol"),
    RequiredField("issued_on", "ngày ban hành", "--date"),
    RequiredField("issuer", "cơ quan ban hành", "--issuer"),
    RequiredField("title", "trích yếu", "--title"),
)


def guess_plan_details(source: PlanSource | str | os.PathLike[str], year: int) -> PlanDetails:
    """The details the document gives; empty fields where it gives none (also for an unreadable file)."""
    if isinstance(source, PlanSource):
        h = source.heading
    else:
        try:
            h = open_plan_source(Path(source)).heading
        except ImportFailure:
            h = parse_heading(_text_head(Path(source)))  # a text without a table still has a heading
    return PlanDetails(title=h.title, year=year, symbol=h.symbol, issued_on=h.issued_on, issuer=h.issuer)


def _text_head(path: Path) -> list[str]:
    if path.suffix.lower() not in (".txt", ".md", ".tsv"):
        return []
    try:
        check_regular_file(path)
        with path.open("rb") as fh:
            return fh.read(64 * 1024).decode("utf-8-sig", errors="replace").splitlines()[:80]
    except (ImportFailure, OSError):
        return []


def missing_details(details: PlanDetails) -> list[RequiredField]:
    def empty(value) -> bool:
        return value is None or (isinstance(value, str) and not value.strip())

    return [f for f in REQUIRED if empty(getattr(details, f.name))]
