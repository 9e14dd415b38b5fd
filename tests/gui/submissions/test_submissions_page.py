"""The "Hồ sơ đã nộp" page: Vietnamese labels, the model (qtmodeltester), re-verify with the trust
store, open files, mark sent with undo, refresh from SUBMISSIONS_CHANGED; screenshot for review."""

from __future__ import annotations

from pathlib import Path

import pytest
import signing_support as S
from page_host_support import FakeHost
from PySide6.QtGui import QUndoStack
from shadow_attacks import replace_page_content

from tthc_desktop.services.signing_service import SignerChoice, SigningService
from tthc_desktop.services.submissions_service import trust_store_dir
from tthc_desktop.signing.trust_store import TrustStore
from tthc_desktop.signing.verify import verification_headline
from tthc_desktop.ui.submissions.submissions_page import SubmissionsPage
from tthc_desktop.ui.submissions.trust_store_dialog import TrustStoreDialog

TESTS = Path(__file__).resolve().parents[2]






def _sign(ctx, tmp_path: Path, name: str) -> int:
    pki, images = S.demo_pki(), S.demo_images()
    service = SigningService(ctx)
    service.set_signature_image(images.signature)
    service.set_seal_image(images.seal)
    pdf = S.write_report_pdf(tmp_path / f"{name}.pdf")
    outcome = service.sign(pdf, tmp_path / f"{name}_da_ky.pdf", person=SignerChoice.pkcs12(pki.person.pkcs12),
                           person_secret=S.PFX_PASSWORD, org=SignerChoice.pkcs12(pki.org.pkcs12),
                           org_secret=S.PFX_PASSWORD, title=f"Báo cáo {name}", period="2025-Q3")
    return outcome.submission_id


@pytest.fixture
def page(qtbot, ctx, vietnamese, tmp_path):
    _sign(ctx, tmp_path, "quy-2")
    stack = QUndoStack()
    page = SubmissionsPage(FakeHost(ctx, undo_stack=stack))
    page.undo_stack_ref = stack
    page.show_dialogs = False
    qtbot.add_widget(page)
    page.resize(1100, 420)
    page.show()
    return page


def test_lists_submissions_in_vietnamese(page, qtmodeltester, ctx, tmp_path):
    qtmodeltester.check(page.model)
    model = page.model
    headers = [model.headerData(c, Qt_h()) for c in range(model.columnCount())]
    assert headers == ["Văn bản", "Kỳ báo cáo", "Người ký", "Thời gian ký", "Trạng thái", "Đã gửi"]
    assert page.sentence.text() == "1 hồ sơ đã ký: 1 chưa gửi, 0 đã gửi."
    assert model.index(0, 4).data() == "Đã ký" and model.index(0, 1).data() == "Quý III năm 2025"
    assert model.index(0, 2).data() == f"{S.PERSON} (DEMO) / {S.ORG} (DEMO)"
    assert [b.text() for b in page.buttons.values()][:2] == ["&Ký tệp PDF…", "Kiểm tra &lại chữ ký"]
    assert not page.buttons["verify"].isEnabled()
    # A new signing shows up through SUBMISSIONS_CHANGED, newest first.
    _sign(ctx, tmp_path, "quy-3")
    assert model.rowCount() == 2 and model.index(0, 0).data() == "Báo cáo quy-3"


def Qt_h():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_verify_again_uses_the_trust_store(page, ctx, tmp_path):
    page.select_row(0)
    report = page.verify_current()
    assert report.all_valid and not report.all_trusted
    assert "không thuộc danh sách tin cậy" in page.status.text().lower()
    TrustStore(trust_store_dir(ctx.data_dir)).import_file(S.demo_pki().ca_cert_der)
    assert page.verify_current().all_trusted
    assert page.status.text() == "Tất cả 2 chữ ký hợp lệ, tài liệu nguyên vẹn, chứng thư số được tin cậy."
    # A shadow attack (page 1's content replaced in an appended revision): the same headline as `verify`.
    path = Path(page.current().main_pdf.path)
    original = path.read_bytes()
    attacked = replace_page_content(path, tmp_path / "gia-mao.pdf")
    path.write_bytes(attacked.read_bytes())
    report = page.verify_current()
    assert not report.all_valid and page.status.text() == verification_headline(report)
    assert page.status.text().startswith("ĐÃ BỊ THAY ĐỔI SAU KHI KÝ")
    # The file changed on disk inside the signed bytes: re-verifying says so.
    path.write_bytes(original)
    S.flip_byte_in_signed_range(path)
    assert not page.verify_current().all_valid
    assert page.status.text().startswith("ĐÃ BỊ THAY ĐỔI SAU KHI KÝ")


def test_open_file_and_package_folder(page, tmp_path):
    opened = []
    page.open_url = lambda url: opened.append(url) or True
    page.select_row(0)
    page.open_current()
    page._on_folder_clicked()
    assert [u.toLocalFile() for u in opened] == [str(tmp_path / "quy-2_da_ky.pdf"), str(tmp_path)]


def test_mark_sent_and_undo(page, qtbot):
    page.select_row(0)
    assert page.buttons["sent"].isEnabled()
    page.mark_sent("2025-10-03", "Trục liên thông văn bản", "12/BC-VP")
    model = page.model
    assert model.index(0, 4).data() == "Đã gửi"
    assert model.index(0, 5).data() == "03/10/2025 · Trục liên thông văn bản · 12/BC-VP"
    assert page.sentence.text() == "1 hồ sơ đã ký: 0 chưa gửi, 1 đã gửi."
    assert page.undo_stack_ref.undoText() == "Đánh dấu hồ sơ đã gửi"
    page.undo_stack_ref.undo()
    assert model.index(0, 4).data() == "Đã ký" and model.index(0, 5).data() == ""


def test_trust_store_dialog_imports_and_removes(qtbot, ctx, vietnamese, qtmodeltester, tmp_path):
    dialog = TrustStoreDialog(trust_store_dir(ctx.data_dir))
    qtbot.add_widget(dialog)
    assert dialog.windowTitle() == "Chứng thư số tin cậy"
    bad = tmp_path / "rac.cer"
    bad.write_text("không phải chứng thư")
    assert not dialog.import_file(bad) and "không chứa chứng thư số hợp lệ" in dialog.status.text()
    assert dialog.import_file(S.demo_pki().ca_cert_pem)
    qtmodeltester.check(dialog.model)
    assert dialog.status.text() == "Đã nhập 1 chứng thư số."
    assert dialog.model.index(0, 0).data().startswith("TTHC Desktop DEMO CA")
    assert dialog.remove_row(0) and dialog.model.rowCount() == 0


def test_screenshot(page, ctx, tmp_path):
    page.select_row(0)
    page.mark_sent("2025-10-03", "Trục liên thông văn bản", "12/BC-VP")
    _sign(ctx, tmp_path, "quy-3")
    page.select_row(0)
    out = Path("/tmp") / "submissions_page.png"
    assert page.grab().save(str(out))


def test_trust_store_dialog_trusts_the_issuer_of_a_signed_document(qtbot, ctx, vietnamese, tmp_path):
    """Issue 14: "trust the issuer of this document's signer", after showing its fingerprint."""
    import gov_pki

    gov = gov_pki.build(tmp_path / "gov", S.write_report_pdf(tmp_path / "plan.pdf"))
    dialog = TrustStoreDialog(trust_store_dir(ctx.data_dir))
    qtbot.add_widget(dialog)
    asked = []
    assert dialog.trust_issuer_of(gov["signed"], confirm=lambda text: asked.append(text) or False) == 0
    assert dialog.model.rowCount() == 0 and "Dấu vân tay SHA-256" in asked[0] and asked[0].count(":") >= 31
    assert dialog.trust_issuer_of(gov["signed"], confirm=lambda text: True) == 1
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 0).data().startswith("CA phục vụ")
    unsigned = S.write_report_pdf(tmp_path / "unsigned.pdf")
    assert dialog.trust_issuer_of(unsigned, confirm=lambda text: True) == 0
    assert "không kèm" in dialog.status.text()
