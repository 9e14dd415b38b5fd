"""The default data folder on Windows when %APPDATA% is redirected to a server (roaming profiles).

The platform switch and the mapped-drive check are simulated; the paths are Windows paths.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tthc_desktop.store import location
from tthc_desktop.store.location import data_dir_notice, default_data_dir, is_network_path

LOCAL = r"C:\Users\canbo\AppData\Local"


@pytest.fixture
def mapped_h(monkeypatch):
    """H: is a mapped network drive (GetDriveTypeW = DRIVE_REMOTE), C: a local disk."""
    monkeypatch.setattr(location, "_drive_is_remote", lambda drive: drive.upper() == "H:")


@pytest.mark.parametrize("roaming", [r"\\fileserver\profiles$\canbo\AppData\Roaming", r"H:\AppData\Roaming"])
def test_redirected_appdata_falls_back_to_localappdata(mapped_h, roaming):
    env = {"APPDATA": roaming, "LOCALAPPDATA": LOCAL}
    assert default_data_dir(env, windows=True) == Path(LOCAL) / "TTHC Desktop"
    notice = data_dir_notice(env, windows=True)
    assert notice is not None
    assert roaming in notice and str(Path(LOCAL) / "TTHC Desktop") in notice
    assert "hãy sao lưu thường xuyên" in notice


def test_local_appdata_is_kept(mapped_h):
    env = {"APPDATA": r"C:\Users\canbo\AppData\Roaming", "LOCALAPPDATA": LOCAL}
    assert default_data_dir(env, windows=True) == Path(r"C:\Users\canbo\AppData\Roaming") / "TTHC Desktop"
    assert data_dir_notice(env, windows=True) is None


def test_explicit_data_dir_wins(mapped_h, tmp_path):
    env = {"APPDATA": r"\\srv\p\Roaming", "LOCALAPPDATA": LOCAL, "TTHC_DATA_DIR": str(tmp_path)}
    assert default_data_dir(env, windows=True) == tmp_path
    assert data_dir_notice(env, windows=True) is None


@pytest.mark.parametrize(
    ("text", "network"),
    [(r"\\nas\share", True), (r"\\?\UNC\nas\share\x", True), (r"\\?\C:\x", False), (r"C:\x", False),
     ("H:\\x", True), ("relative", False)],
)
def test_is_network_path(mapped_h, text, network):
    assert is_network_path(text) is network
