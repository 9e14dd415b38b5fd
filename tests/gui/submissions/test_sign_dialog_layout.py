"""The sign dialog's preview (issue 16 §4): its buttons are not cut ("◀...c") at the dialog's usual size."""

from __future__ import annotations

import signing_support as S
from operation_support import finish
from PySide6.QtWidgets import QToolButton
from screenshots import save_shot

from tthc_desktop.services.signing_service import SigningService
from tthc_desktop.ui.submissions.sign_dialog import SignDialog


def test_preview_buttons_are_not_truncated(qtbot, ctx, vietnamese, tmp_path):
    service = SigningService(ctx)
    pdf = S.write_report_pdf(tmp_path / "bao-cao.pdf")
    dialog = SignDialog(service, pdf, tmp_path / "bao-cao_da_ky.pdf", title="Báo cáo quý III")
    qtbot.add_widget(dialog)
    dialog.resize(1100, 760)  # a laptop screen
    dialog.show()
    qtbot.wait_exposed(dialog)
    qtbot.wait(200)
    buttons = [b for b in dialog.preview.findChildren(QToolButton) if b.isVisible() and b.text()]
    assert buttons
    cut = [b.text() for b in buttons if b.width() < b.sizeHint().width()]
    assert not cut, f"truncated: {cut}"
    save_shot(dialog, "sign_dialog_after")
    qtbot.wait(200)  # let the preview finish its deferred layout before the dialog goes


def _dialog(qtbot, ctx, tmp_path, signer_name: str) -> SignDialog:
    pki = S.demo_pki()
    pdf = S.write_report_pdf(tmp_path / "bao-cao.pdf")
    dialog = SignDialog(SigningService(ctx), pdf, tmp_path / "bao-cao_da_ky.pdf", title="Báo cáo quý III",
                        signer_name=signer_name)
    qtbot.add_widget(dialog)
    dialog.pfx_edit.setText(str(pki.person.pkcs12))
    dialog.pin_edit.setText(S.PFX_PASSWORD.decode() if isinstance(S.PFX_PASSWORD, bytes) else S.PFX_PASSWORD)
    return dialog


def test_warns_when_the_certificate_is_not_the_reports_signer(qtbot, ctx, vietnamese, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    dialog = _dialog(qtbot, ctx, tmp_path, "Lê Văn Cường")
    assert not finish(qtbot, dialog.sign())
    assert asked and S.PERSON in asked[0]
    assert "Lê Văn Cường" in asked[0]
    assert not (tmp_path / "bao-cao_da_ky.pdf").exists()
    assert "Chưa ký" in dialog.error_label.text()


def test_same_signer_signs_without_asking(qtbot, ctx, vietnamese, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (_ for _ in ()).throw(AssertionError("asked")))
    dialog = _dialog(qtbot, ctx, tmp_path, S.PERSON.upper())
    assert finish(qtbot, dialog.sign())
    assert (tmp_path / "bao-cao_da_ky.pdf").exists()
