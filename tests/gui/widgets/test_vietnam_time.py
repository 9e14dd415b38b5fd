"""Every time shown is Vietnam time (issue 16 §4): a report revision or backup saved on a computer set to UTC
reads 09:08 when its signature reads 09:08 (+07:00), not 02:08."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from tthc_desktop.services import backup_service
from tthc_desktop.ui.backup.backup_dialogs import BackupListModel
from tthc_desktop.ui.reports.report_fields import format_saved_at

UTC_MORNING = dt.datetime(2026, 12, 7, 2, 8, 5, tzinfo=dt.UTC)


def test_revision_time_saved_in_utc_is_shown_in_vietnam_time():
    assert format_saved_at(UTC_MORNING.isoformat()) == "07/12/2026 09:08:05"
    assert format_saved_at("2026-12-07T09:08:05+07:00") == "07/12/2026 09:08:05"


def test_backup_time_is_shown_in_vietnam_time(ctx, vietnamese):
    info = backup_service.make_backup(ctx, now=UTC_MORNING)
    model = BackupListModel([info])
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole) == "07/12/2026 09:08"
