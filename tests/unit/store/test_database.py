"""Opening rules: refuse network shares and non-database files without touching them."""

from __future__ import annotations

import pytest

from tthc_desktop.store.database import check_location, open_database
from tthc_desktop.store.errors import NotADatabase, UnsupportedLocation


def test_file_that_is_not_sqlite_is_refused_and_kept(tmp_path):
    path = tmp_path / "tthc.db"
    path.write_bytes(b"PK\x03\x04 this is a zip, not a database")
    with pytest.raises(NotADatabase, match="không phải là cơ sở dữ liệu"):
        open_database(path)
    assert path.read_bytes().startswith(b"PK\x03\x04")


def test_network_share_is_refused(tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/vda / ext4 rw 0 0\n//server/docs {share} cifs rw 0 0\n")
    with pytest.raises(UnsupportedLocation, match="thư mục mạng"):
        check_location(share / "tthc.db", mounts)
    check_location(tmp_path / "local.db", mounts)  # the local disk is fine
