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


def test_unwritable_folder_gives_a_vietnamese_message(tmp_path):
    from tthc_desktop.store.errors import ReadOnlyLocation

    not_a_folder = tmp_path / "tệp"
    not_a_folder.write_text("x")
    with pytest.raises(ReadOnlyLocation, match="Không ghi được vào thư mục"):
        DatabaseLock(not_a_folder / "tthc.db").acquire()


def test_a_symlink_to_the_database_meets_the_same_lock(tmp_path):
    """Issue 18: opening the database through a symlink must not bypass the lock."""
    db = tmp_path / "that" / "tthc.db"
    db.parent.mkdir()
    db.write_bytes(b"")
    link = tmp_path / "lien-ket.db"
    link.symlink_to(db)
    with DatabaseLock(db):
        with pytest.raises(DatabaseInUse):
            DatabaseLock(link).acquire()
    with DatabaseLock(link):
        with pytest.raises(DatabaseInUse):
            DatabaseLock(db).acquire()
