"""First start on a PC whose %APPDATA% is redirected to a server: the officer is told where the data lives."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from tthc_desktop.ui.shell import app as app_module


def test_notice_shown_before_the_profile_question(qapp, monkeypatch):
    shown: list[str] = []
    notice = r"Dữ liệu TTHC Desktop được lưu trên máy này tại: C:\Users\canbo\AppData\Local\TTHC Desktop."
    monkeypatch.setattr(app_module, "data_dir_notice", lambda: notice)
    monkeypatch.setattr("tthc_desktop.ui.shell.i18n.install_translators", lambda app, language: [])  # none left behind
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: shown.append(text))
    asked: list[bool] = []
    monkeypatch.setattr(app_module, "ask_profile", lambda ctx: asked.append(bool(shown)) or False)
    assert app_module.run_app(None) == 0
    assert shown == [notice] and asked == [True]
