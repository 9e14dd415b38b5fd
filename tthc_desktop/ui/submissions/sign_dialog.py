"""The signing dialog: choose the signer (.pfx file or USB token), type the PIN, choose the signature and
seal images once, nudge the signature position, then sign (person, then organisation).

The PIN/password field uses EchoMode.Password and is cleared right after every attempt; its text
is passed straight to the signing service and never stored, logged or kept in an attribute.
Box positions: the preview (ui/widgets/pdf_preview.py) shows the signature and seal boxes on the page; dragging
either moves both (the seal stays a third into the signature), and so do the offsets in millimetres.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...services.output_paths import OutputPathError
from ...services.signing_service import BoxPlan, SignerChoice, SigningOutcome, SigningService
from ...signing.errors import SigningError
from ...signing.signers import TokenCertificate, TokenInfo, list_tokens
from ..widgets import file_dialogs
from ..widgets.buttons import accept_button, dialog_buttons
from ..widgets.operations import Operation
from ..widgets.page_parts import row_with
from ..widgets.remembered_geometry import RemembersGeometry
from ..widgets.rows_model import RowsModel, row_table
from .driver_search import DriverSearch

MM = 72 / 25.4


class TokenCertModel(RowsModel):
    """Certificates on the tokens of one driver: token, subject, issuer, validity, key usage."""

    def set_tokens(self, tokens: list[TokenInfo]) -> None:
        self.reset_rows((t, c) for t in tokens for c in t.certificates if not c.info.is_ca)

    def row(self, index: int) -> tuple[TokenInfo, TokenCertificate]:
        return self.rows[index]

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Token"), self.tr("Certificate holder"), self.tr("Issued by"), self.tr("Valid"),
                self.tr("Key usage"))

    def cell(self, row: tuple[TokenInfo, TokenCertificate], col: int, role: int):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        token, cert = row
        info = cert.info
        if col == 0:
            return token.label
        if col == 1:
            return info.subject_cn
        if col == 2:
            return info.issuer_cn
        if col == 3:
            text = f"{info.not_before:%d/%m/%Y} – {info.not_after:%d/%m/%Y}"
            return text + (" " + self.tr("(expired)") if info.is_expired() else "")
        if col == 4:
            return info.key_usage_text
        return None


class SignDialog(RemembersGeometry, QDialog):
    """Sign *pdf_path* into *out_pdf*. Emits ``signed(submission_id)`` on success."""

    signed = Signal(int)

    def __init__(self, service: SigningService, pdf_path: Path, out_pdf: Path, *, boxes: BoxPlan | None = None,
                 xlsx: tuple[Path, ...] = (), report_id: int | None = None, doc_number: str = "",
                 title: str = "", period: str = "", signer_name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("signDialog")
        self.setWindowTitle(self.tr("Sign digitally"))
        self.service = service
        self.pdf_path, self.out_pdf = Path(pdf_path), Path(out_pdf)
        self.plan = boxes or service.box_plan(self.pdf_path)
        if not xlsx and self.plan.from_build and self.plan.report_id is not None:
            from ...services.signed_submission import report_xlsx

            xlsx = tuple(report_xlsx(service.ctx, self.plan.report_id))  # the report's forms, from the register
        self.xlsx, self.report_id, self.doc_number = xlsx, report_id or self.plan.report_id, doc_number
        self.title_text, self.period = title, period
        self.signer_name = signer_name  # the report's "Người ký": a certificate of someone else is questioned
        self.outcome: SigningOutcome | None = None
        self.op: Operation | None = None

        lines = [self.tr("Document: %1").replace("%1", self.pdf_path.name)]
        if self.doc_number:
            lines.append(self.tr("Number: %1").replace("%1", self.doc_number))
        if self.xlsx:  # they ride inside the signed PDF and into the submission
            lines.append(self.tr("With %1 Excel forms: %2").replace("%1", str(len(self.xlsx)))
                         .replace("%2", ", ".join(Path(p).name for p in self.xlsx)))
        file_label = QLabel("\n".join(lines))
        file_label.setObjectName("signedFilesLabel")
        file_label.setWordWrap(True)

        # -- signer ---------------------------------------------------------------------------
        signer_box = QGroupBox(self.tr("Signer"))
        self.pfx_radio = QRadioButton(self.tr("Certificate &file (.pfx/.p12)"))
        self.token_radio = QRadioButton(self.tr("USB &token"))
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.pfx_radio)
        self.kind_group.addButton(self.token_radio)
        self.pfx_edit, pfx_row = self._certificate_file_row("pfxEdit")
        self.driver_combo = QComboBox()
        self.driver_combo.setObjectName("driverCombo")
        self.driver_combo.setEditable(True)
        self.driver_combo.lineEdit().setPlaceholderText(self.tr("Searching for token drivers…"))
        driver_browse = QPushButton(self.tr("Browse for driver…"))
        driver_browse.clicked.connect(self._on_driver_browse_clicked)
        self.search_again_button = QPushButton(self.tr("Search again"))
        self.search_again_button.setObjectName("searchDriversAgainButton")
        self.search_again_button.setToolTip(self.tr("Look for installed token drivers again (after installing one)"))
        self.search_again_button.clicked.connect(lambda: self.driver_search.start(refresh=True))
        # Walking Program Files takes seconds: off the UI thread, once per process (DriverSearch).
        self.driver_search = DriverSearch(self)
        self.driver_search.started.connect(lambda: self.search_again_button.setEnabled(False))
        self.driver_search.found.connect(self._on_drivers_found)
        self.driver_search.start()
        self.refresh_button = QPushButton(self.tr("&List certificates"))
        self.refresh_button.setObjectName("listTokensButton")
        self.refresh_button.clicked.connect(self._on_refresh_clicked)
        driver_buttons = QHBoxLayout()  # under the path: a full DLL path needs the width
        driver_buttons.addWidget(driver_browse)
        driver_buttons.addWidget(self.search_again_button)
        driver_buttons.addStretch(1)
        driver_buttons.addWidget(self.refresh_button)
        self.cert_model = TokenCertModel(self)
        self.cert_table = row_table(self.cert_model, "tokenCertTable", stretch=1)
        self.cert_table.setMaximumHeight(110)
        self.pin_edit = QLineEdit()
        self.pin_edit.setObjectName("pinEdit")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_warning = QLabel(self.tr("Entering a wrong PIN 3 times locks the token."))
        self.pin_warning.setObjectName("pinWarning")
        self.pin_warning.setStyleSheet("color: #9a5b00;")
        form = QFormLayout(signer_box)
        form.addRow(self.pfx_radio)
        form.addRow(self.tr("File:"), pfx_row)
        form.addRow(self.token_radio)
        form.addRow(self.tr("Driver (PKCS#11):"), self.driver_combo)
        form.addRow("", driver_buttons)
        form.addRow(self.cert_table)
        form.addRow(self.tr("PIN / password:"), self.pin_edit)
        form.addRow(self.pin_warning)

        # -- organisation (seal) ---------------------------------------------------------------
        org_box = QGroupBox(self.tr("Organisation signature with the seal (optional)"))
        self.org_pfx_edit, org_row = self._certificate_file_row("orgPfxEdit")
        self.org_pin_edit = QLineEdit()
        self.org_pin_edit.setObjectName("orgPinEdit")
        self.org_pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        org_form = QFormLayout(org_box)
        org_form.addRow(self.tr("Organisation certificate file:"), org_row)
        org_form.addRow(self.tr("Password:"), self.org_pin_edit)

        # -- images and position -------------------------------------------------------------------
        look_box = QGroupBox(self.tr("Appearance"))
        self.signature_preview = QLabel()
        self.signature_preview.setObjectName("signaturePreview")
        self.seal_preview = QLabel()
        self.seal_preview.setObjectName("sealPreview")
        sig_button = QPushButton(self.tr("Choose signature image…"))
        sig_button.clicked.connect(self._on_signature_clicked)
        seal_button = QPushButton(self.tr("Choose seal image…"))
        seal_button.clicked.connect(self._on_seal_clicked)
        self.dx_spin = QDoubleSpinBox()
        self.dy_spin = QDoubleSpinBox()
        for spin, name in ((self.dx_spin, "dxSpin"), (self.dy_spin, "dySpin")):
            spin.setObjectName(name)
            spin.setRange(-150, 150)
            spin.setDecimals(1)
            spin.setSuffix(" mm")
        images_row = QHBoxLayout()
        for preview, button in ((self.signature_preview, sig_button), (self.seal_preview, seal_button)):
            col = QVBoxLayout()
            col.addWidget(preview, 0, Qt.AlignmentFlag.AlignCenter)
            col.addWidget(button)
            images_row.addLayout(col)
        offsets = QHBoxLayout()
        offsets.addWidget(QLabel(self.tr("Move the signature right:")))
        offsets.addWidget(self.dx_spin)
        offsets.addWidget(QLabel(self.tr("up:")))
        offsets.addWidget(self.dy_spin)
        offsets.addStretch(1)
        self.position_label = QLabel()
        self.position_label.setObjectName("positionLabel")
        self.position_label.setWordWrap(True)
        look_layout = QVBoxLayout(look_box)
        look_layout.addLayout(images_row)
        look_layout.addLayout(offsets)
        look_layout.addWidget(self.position_label)
        self.dx_spin.valueChanged.connect(self._on_offset_changed)
        self.dy_spin.valueChanged.connect(self._on_offset_changed)

        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.buttons = dialog_buttons(self, self.tr("&Sign"), cancel_text=self.tr("Cancel"),
                                      on_accept=self._on_buttons_accepted)
        self.sign_button = accept_button(self.buttons)

        from ..widgets.pdf_preview import PdfPreview

        self.preview = PdfPreview()
        self.preview.setObjectName("signPreview")
        # Compact page buttons and no thumbnails here, and the preview as wide as its toolbar: the buttons
        # were cut to "◀...c" (the full text stays in the tooltip).
        for button in (self.preview.prev_button, self.preview.next_button):
            button.setToolTip(button.text())
            button.setText(button.text().split()[0] if button.text().startswith("◀") else button.text().split()[-1])
        self.preview.thumbnails.hide()
        self.preview.setMinimumWidth(max(380, self.preview.toolbar.sizeHint().width() + 16))
        self.preview.box_moved.connect(self._on_preview_box_moved)
        left = QVBoxLayout()
        left.addWidget(file_label)
        left.addWidget(signer_box)
        left.addWidget(org_box)
        left.addWidget(look_box)
        left.addWidget(self.error_label)
        left.addWidget(self.buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.preview, 1)
        try:
            self.preview.load(self.pdf_path)
            self.preview.go_to_page(self.plan.person.page_index)
        except Exception as exc:  # an unreadable PDF still gets the form, with the reason shown
            self.error_label.setText(str(exc))
        self.finished.connect(self._on_finished)
        self.pfx_radio.toggled.connect(self._on_kind_toggled)
        self.pfx_radio.setChecked(True)
        self._on_kind_toggled()
        self._refresh_images()
        self._on_offset_changed()

    # -- state -------------------------------------------------------------------------------------
    def _on_kind_toggled(self, *_args) -> None:
        token = self.token_radio.isChecked()
        self.pfx_edit.setEnabled(not token)
        self.driver_combo.setEnabled(token)
        self.cert_table.setEnabled(token)
        self.refresh_button.setEnabled(token)
        self.search_again_button.setEnabled(token and not self.driver_search.running)
        self.pin_warning.setVisible(token)

    def _refresh_images(self) -> None:
        for label, path in ((self.signature_preview, self.service.signature_image()),
                            (self.seal_preview, self.service.seal_image())):
            if path:
                label.setPixmap(QPixmap(str(path)).scaled(120, 60, Qt.AspectRatioMode.KeepAspectRatio,
                                                          Qt.TransformationMode.SmoothTransformation))
            else:
                label.setText(self.tr("(no image)"))

    def offsets(self) -> dict[str, tuple[float, float]]:
        d = (self.dx_spin.value() * MM, self.dy_spin.value() * MM)
        return {"person": d, "organisation": d}

    def _on_finished(self, *_args) -> None:
        self.preview.close_document()

    def _on_preview_box_moved(self, index: int, box) -> None:
        """Dragging the signature or the seal moves both, by the same offset."""
        page, x0, y0 = box[0], box[1], box[2]
        origin = self.plan.person if index == 0 else self.plan.org
        if page != origin.page_index:
            return  # the signature stays on its page
        self.dx_spin.setValue((x0 - origin.x0) / MM)
        self.dy_spin.setValue((y0 - origin.y0) / MM)

    def _on_offset_changed(self, *_args) -> None:
        moved = self.plan.moved(self.offsets())
        box = moved.person
        if hasattr(self, "preview"):
            self.preview.set_boxes([
                (moved.person.page_index, moved.person.x0, moved.person.y0, moved.person.x1, moved.person.y1,
                 self.tr("Signature")),
                (moved.org.page_index, moved.org.x0, moved.org.y0, moved.org.x1, moved.org.y1, self.tr("Seal")),
            ])
        source = self.tr("from the report layout") if self.plan.from_build else self.tr("default position")
        self.position_label.setText(
            self.tr("Signature on page %1, %2 mm from the left, %3 mm from the bottom (%4).")
            .replace("%1", str(box.page_index + 1)).replace("%2", f"{box.x0 / MM:.0f}")
            .replace("%3", f"{box.y0 / MM:.0f}").replace("%4", source))

    # -- choosing files --------------------------------------------------------------------------------
    def _certificate_file_row(self, name: str) -> tuple[QLineEdit, QHBoxLayout]:
        """A .pfx/.p12 path box named ``name`` with its "Browse…" (the signer's and the organisation's)."""
        edit = QLineEdit()
        edit.setObjectName(name)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(lambda _checked=False: self._browse_certificate(edit))
        return edit, row_with(edit, browse)

    def _browse_certificate(self, edit: QLineEdit) -> None:
        path, _ = file_dialogs.get_open_file_name(self, self.tr("Certificate file"), "",
                                              self.tr("Certificate files (*.pfx *.p12)"))
        if path:
            edit.setText(path)

    def _on_drivers_found(self, paths: list) -> None:
        typed = self.driver_combo.currentText().strip()  # keep what the officer typed or browsed to
        self.driver_combo.clear()
        self.driver_combo.addItems(paths)
        if typed:  # the answer may arrive after the officer (or a test) chose a driver
            self.driver_combo.setEditText(typed)
        self.driver_combo.lineEdit().setPlaceholderText(
            self.tr("No token driver found: browse for the DLL") if not paths else "")
        self.search_again_button.setEnabled(self.token_radio.isChecked())

    def _on_driver_browse_clicked(self) -> None:
        path, _ = file_dialogs.get_open_file_name(self, self.tr("Token driver"), "",
                                              self.tr("Drivers (*.dll *.so *.dylib);;All files (*)"))
        if path:
            self.driver_combo.setCurrentText(path)
            self.load_tokens()

    def _on_refresh_clicked(self) -> None:
        self.load_tokens()

    def load_tokens(self) -> bool:
        """List the tokens and certificates the chosen driver sees (no PIN needed)."""
        self.error_label.clear()
        try:
            tokens = list_tokens(self.driver_combo.currentText().strip())
        except SigningError as exc:
            self.cert_model.set_tokens([])
            self.error_label.setText(str(exc))
            return False
        self.cert_model.set_tokens(tokens)
        if not self.cert_model.rowCount():
            self.error_label.setText(self.tr("No token with a signing certificate was found. Plug in the token."))
            return False
        self.cert_table.selectRow(0)
        if any(t.pin_locked for t in tokens):
            self.error_label.setText(self.tr("The token is locked: contact your certificate provider."))
        return True

    def _on_signature_clicked(self) -> None:
        self._choose_image(self.service.set_signature_image)

    def _on_seal_clicked(self) -> None:
        self._choose_image(self.service.set_seal_image)

    def _choose_image(self, setter) -> None:
        path, _ = file_dialogs.get_open_file_name(self, self.tr("Image"), "", self.tr("PNG images (*.png)"))
        if path:
            try:
                setter(path)
            except (SigningError, OSError) as exc:
                self.error_label.setText(str(exc))
            self._refresh_images()

    # -- signing ---------------------------------------------------------------------------------------
    def signer_choice(self) -> SignerChoice | None:
        if self.pfx_radio.isChecked():
            text = self.pfx_edit.text().strip()
            return SignerChoice.pkcs12(text) if text else None
        rows = self.cert_table.selectionModel().selectedRows()
        lib = self.driver_combo.currentText().strip()
        if not lib:
            return None
        if not rows:
            return SignerChoice.pkcs11(lib)
        token, cert = self.cert_model.row(rows[0].row())
        return SignerChoice.pkcs11(lib, slot=token.slot, cert_label=cert.label or None,
                                   key_label=cert.label or None)

    def _confirm_other_signer(self, holder: str, expected: str) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Another signer"),
            self.tr("The certificate belongs to “%1”, but the report is signed by “%2”. Sign anyway?")
            .replace("%1", holder).replace("%2", expected),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _on_buttons_accepted(self) -> None:
        self.sign()

    def confirm_overwrite(self) -> bool:
        """Ask before replacing an existing signed file (the only way the GUI overwrites one)."""
        answer = QMessageBox.question(
            self, self.tr("Replace the file?"),
            self.tr("The file {0} already exists. Replace it with the newly signed file?").format(self.out_pdf.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def sign(self) -> Operation | None:
        """Sign with what the form holds, on the database thread (a timestamp server may take seconds);
        the PIN fields are cleared at once. The running Operation, or None when the form is not ready."""
        self.error_label.clear()
        choice = self.signer_choice()
        org_path = self.org_pfx_edit.text().strip()
        pin, org_pin = self.pin_edit.text(), self.org_pin_edit.text()
        self.pin_edit.clear()
        self.org_pin_edit.clear()
        if choice is None:
            self.error_label.setText(self.tr("Choose a certificate file or a token first."))
            return None
        if not pin:
            self.error_label.setText(self.tr("Enter the PIN or password."))
            return None
        overwrite = self.out_pdf.exists() and self.confirm_overwrite()
        if self.out_pdf.exists() and not overwrite:
            return None
        kwargs = dict(
            person=choice, person_secret=pin, org=SignerChoice.pkcs12(org_path) if org_path else None,
            org_secret=org_pin if org_path else None, boxes=self.plan.moved(self.offsets()),
            doc_number=self.doc_number, xlsx=self.xlsx, report_id=self.report_id, title=self.title_text,
            period=self.period, overwrite=overwrite, expected_signer=self.signer_name)
        del pin, org_pin
        service, pdf, out = self.service, self.pdf_path, self.out_pdf

        def work(op):
            return service.sign(pdf, out, **kwargs,
                                confirm_other_signer=lambda h, e: op.ask(lambda: self._confirm_other_signer(h, e)))

        self.sign_button.setEnabled(False)
        self.op = Operation(self, work, ctx=service.ctx, writes=True, expected=(SigningError, OutputPathError))
        self.op.with_progress(self.tr("Signing…"), cancellable=False)
        self.op.success(self._on_signed).failure(lambda exc: self.error_label.setText(str(exc)))
        self.op.done.connect(lambda: self.sign_button.setEnabled(True))
        return self.op.run()

    def _on_signed(self, outcome: SigningOutcome) -> None:
        self.outcome = outcome
        self.signed.emit(outcome.submission_id)
        self.accept()
