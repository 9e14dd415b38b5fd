"""The database lock: a second holder is refused with a Vietnamese message; release frees it."""

from __future__ import annotations

import pytest

from tthc_desktop.store.errors import DatabaseInUse
from tthc_desktop.store.lock import DatabaseLock


def test_second_lock_is_refused_until_released(tmp_path):
    db = tmp_path / "tthc.db"
    first = DatabaseLock(db)
    first.acquire()
    second = DatabaseLock(db)
    with pytest.raises(DatabaseInUse, match="đang được mở"):
        second.acquire()
    assert not second.held
    first.release()
    second.acquire()
    assert second.held
    second.release()
