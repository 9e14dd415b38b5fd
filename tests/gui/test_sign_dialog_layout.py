"""The sign dialog's preview (issue 16 §4): its buttons are not cut ("◀...c") at the dialog's usual size."""

from __future__ import annotations

import signing_support as S
from PySide6.QtWidgets import QToolButton

from tthc_desktop.services.signing_service import SigningService
from tthc_desktop.ui.sign_dialog import SignDialog


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
    dialog.grab().save("/tmp/i16/sign_dialog_after.png")
    qtbot.wait(200)  # let the preview finish its deferred layout before the dialog goes
