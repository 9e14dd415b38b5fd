"""The signing dialog: .pfx and SoftHSM2 token (certificates listed with holder, issuer, validity, key
usage), PIN masked and cleared after every attempt, the 3-wrong-PINs warning, clear errors, images
chosen once, the signature box moved by offsets or by dragging in the preview; screenshot."""

from __future__ import annotations

from pathlib import Path

import pytest
import signing_support as S
from operation_support import finish
from PySide6.QtWidgets import QLineEdit

from tthc_desktop.services.signing_service import SigningService
from tthc_desktop.signing.verify import verify_pdf
from tthc_desktop.ui.submissions.sign_dialog import MM, SignDialog

TESTS = Path(__file__).resolve().parents[2]






@pytest.fixture
def dialog(qtbot, ctx, vietnamese, tmp_path):
    service = SigningService(ctx)
    images = S.demo_images()
    service.set_signature_image(images.signature)
    service.set_seal_image(images.seal)
    pdf = S.write_report_pdf(tmp_path / "bao-cao.pdf")
    d = SignDialog(service, pdf, tmp_path / "bao-cao_da_ky.pdf", title="Báo cáo quý III")
    qtbot.add_widget(d)
    d.resize(1360, 840)
    d.show()
    return d


def test_labels_and_pin_field(dialog):
    assert dialog.windowTitle() == "Ký số"
    assert dialog.pin_edit.echoMode() is QLineEdit.EchoMode.Password
    assert dialog.org_pin_edit.echoMode() is QLineEdit.EchoMode.Password
    assert dialog.sign_button.text() == "&Ký"
    dialog.token_radio.setChecked(True)
    assert dialog.pin_warning.isVisible() and dialog.pin_warning.text() == "Nhập sai mã PIN 3 lần sẽ khóa token."
    assert dialog.position_label.text().startswith("Chữ ký ở trang 1, cách lề trái")


def test_sign_with_pfx_clears_the_password(dialog, qtbot, tmp_path):
    pki = S.demo_pki()
    dialog.pfx_edit.setText(str(pki.person.pkcs12))
    dialog.org_pfx_edit.setText(str(pki.org.pkcs12))
    dialog.pin_edit.setText("sai mật khẩu")
    dialog.org_pin_edit.setText(S.PFX_PASSWORD.decode())
    assert not finish(qtbot, dialog.sign())
    assert dialog.error_label.text() == "Mật khẩu của tệp chứng thư số (.pfx/.p12) không đúng."
    assert dialog.pin_edit.text() == "" and dialog.org_pin_edit.text() == ""
    dialog.pin_edit.setText(S.PFX_PASSWORD.decode())
    dialog.org_pin_edit.setText(S.PFX_PASSWORD.decode())
    dialog.dx_spin.setValue(5.0)
    with qtbot.wait_signal(dialog.signed) as blocker:
        assert finish(qtbot, dialog.sign())
    assert dialog.pin_edit.text() == "" and dialog.org_pin_edit.text() == ""
    assert blocker.args == [dialog.outcome.submission_id]
    report = verify_pdf(tmp_path / "bao-cao_da_ky.pdf", [pki.ca_certificate()])
    assert report.all_trusted and len(report.signatures) == 2
    # The offset moved the signature 5 mm right of the default box.
    assert dialog.plan.moved(dialog.offsets()).person.x0 == pytest.approx(dialog.plan.person.x0 + 5 * MM)


def test_token_certificates_listed_and_wrong_pin(qtbot, dialog, qtmodeltester):
    token = S.softhsm_token()
    dialog.token_radio.setChecked(True)
    dialog.driver_combo.setCurrentText(str(token.lib))
    assert dialog.load_tokens()
    qtmodeltester.check(dialog.cert_model)
    model = dialog.cert_model
    # A list, not a dict by name: the expired test certificate may share the person's name.
    rows = [[model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())]
    person = next(r for r in rows if r[1] == f"{S.PERSON} (DEMO)" and not r[3].endswith("(hết hạn)"))
    assert person[0] == S.TOKEN_LABEL and person[2].startswith("TTHC Desktop DEMO CA")
    assert person[4] == "Ký số, Chống chối bỏ"
    assert any(r[3].endswith("(hết hạn)") for r in rows)
    dialog.cert_table.selectRow(next(r for r in range(model.rowCount()) if model.row(r)[1].label == "person"))
    dialog.pin_edit.setText("000000")
    assert not finish(qtbot, dialog.sign())
    assert "Mã PIN không đúng" in dialog.error_label.text() and "3 lần" in dialog.error_label.text()
    assert dialog.pin_edit.text() == ""
    dialog.pin_edit.setText(token.pin)
    assert finish(qtbot, dialog.sign())


def test_missing_driver_and_expired_certificate(qtbot, dialog):
    token = S.softhsm_token()
    dialog.token_radio.setChecked(True)
    dialog.driver_combo.setCurrentText("/khong/co/driver.dll")
    assert not dialog.load_tokens()
    assert "Không tìm thấy trình điều khiển token" in dialog.error_label.text()
    dialog.driver_combo.setCurrentText(str(token.lib))
    dialog.load_tokens()
    model = dialog.cert_model
    dialog.cert_table.selectRow(next(r for r in range(model.rowCount()) if model.row(r)[1].label == "expired"))
    dialog.pin_edit.setText(token.pin)
    assert not finish(qtbot, dialog.sign())
    assert "hiện không dùng để ký được" in dialog.error_label.text()
    assert dialog.pin_edit.text() == ""


def test_dragging_a_box_in_the_preview_moves_both(dialog):
    person, seal = dialog.plan.person, dialog.plan.org
    dialog.preview.box_moved.emit(1, (0, seal.x0 - 20, seal.y0 + 10, seal.x1 - 20, seal.y1 + 10, "Con dấu"))
    assert dialog.dx_spin.value() == pytest.approx(-20 / MM, abs=0.05)
    assert dialog.dy_spin.value() == pytest.approx(10 / MM, abs=0.05)
    boxes = dialog.preview.boxes()
    assert boxes[0][1] == pytest.approx(person.x0 - 20, abs=0.2) and boxes[1][5] == "Con dấu"
    assert boxes[1][3] == pytest.approx(boxes[0][1] + person.width / 3, abs=0.2)  # seal still a third in


def test_screenshot(dialog):
    dialog.pfx_edit.setText(str(S.demo_pki().person.pkcs12))
    dialog.pin_edit.setText("1234")
    assert dialog.grab().save(str(Path("/tmp") / "sign_dialog.png"))


def test_built_report_is_signed_with_its_xlsx(qtbot, ctx, tmp_path):
    """Opened on a PDF the app built, the dialog takes the report's .xlsx from the register: they end up
    inside the signed PDF and in the submission, with the signed manifest."""
    from tthc_desktop.domain.periods import parse_period
    from tthc_desktop.services.report_service import ReportService
    from tthc_desktop.signing.embed import embedded_files

    reports = ReportService(ctx)
    draft = reports.new_report(parse_period("2025-Q3"))
    reports.save(draft)
    build = reports.build(draft, tmp_path / "out", strict=False)
    service = SigningService(ctx)
    out = tmp_path / "da-ky.pdf"
    d = SignDialog(service, build.pdf, out, title="Báo cáo quý III")
    qtbot.add_widget(d)
    assert d.xlsx == tuple(sorted(build.xlsx)) and len(d.xlsx) == 3 and d.report_id == build.report_id
    pki = S.demo_pki()
    d.pfx_edit.setText(str(pki.person.pkcs12))
    d.pin_edit.setText(S.PFX_PASSWORD.decode())
    assert finish(qtbot, d.sign()), d.error_label.text()
    assert embedded_files(out) == {p.name: p.read_bytes() for p in build.xlsx}
    kinds = [f.kind for f in service.repo.get(d.outcome.submission_id).files]
    assert kinds == ["pdf", "xlsx", "xlsx", "xlsx", "manifest", "manifest_sig"]
