"""Remembering a built report for signing: its PDF's hash, where it lies, its report id and signature boxes.

Apart from signing_service so that report_service records a build without importing the signing use cases
(which mark the report signed through report_service: the other direction)."""

from __future__ import annotations

from pathlib import Path

from ..store.files import sha256_file
from ..store.submissions_store import SubmissionsRepository
from .context import AppContext


def register_build(ctx: AppContext, result) -> None:
    """Remember the signature boxes of a ReportService.build result, keyed by the PDF's hash."""
    boxes = list(result.signature_boxes)
    # absolute: `package` finds the build's .xlsx beside it from any working folder
    SubmissionsRepository(ctx.writer).record_build(sha256_file(result.pdf), str(Path(result.pdf).resolve()),
                                                   result.report_id, boxes)
