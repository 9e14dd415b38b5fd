"""What the import wizards read before anything is stored: the plan file's tables and header, the
catalogue's sheets and columns, and the plain types they show. ui/ reaches the importers only here
(docs/ARCHITECTURE.md §10: the GUI talks to services)."""

from __future__ import annotations

from ..importers.plan_header import ColumnMapping
from ..importers.plan_header_row import find_header
from ..importers.plan_rows import CONTINUATION, GROUP, NOTE, SECTION, TASK
from ..importers.plan_source import (
    PlanSource,
    candidate_tables,
    choose_table,
    open_plan_source,
    table_for_import,
)
from ..importers.procedure_catalogue import ROLES as CATALOGUE_ROLES
from ..importers.procedure_catalogue import CatalogueColumns, detect_columns
from ..importers.table_readers import RawTable, read_xlsx_sheets

__all__ = [
    # the plan wizard: open the file, pick the table, read its header
    "PlanSource", "open_plan_source", "candidate_tables", "choose_table", "table_for_import", "find_header",
    "ColumnMapping", "RawTable",
    # the kinds of plan rows the preview tree shows and lets the officer change
    "CONTINUATION", "GROUP", "NOTE", "SECTION", "TASK",
    # the catalogue wizard: the sheets of a workbook and the columns found in one
    "read_xlsx_sheets", "detect_columns", "CatalogueColumns", "CATALOGUE_ROLES",
]
