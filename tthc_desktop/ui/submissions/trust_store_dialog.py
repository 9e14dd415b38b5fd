"""The trust store dialog: the root certificates signatures are verified against (import .cer/.crt/.p7b,
list, remove). Nothing is trusted until the user imports it here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...signing.trust_store import TrustedCert, TrustStore, TrustStoreError
from ..widgets import file_dialogs
from ..widgets.buttons import close_buttons, push_button
from ..widgets.remembered_geometry import RemembersGeometry
from ..widgets.rows_model import RowsModel, row_table


class TrustTableModel(RowsModel):
    """Trusted certificates: subject, organisation, issuer, validity."""

    def __init__(self, store: TrustStore, parent=None):
        super().__init__(parent, source=store.entries)
        self.store = store

    def entry(self, row: int) -> TrustedCert:
        return self.rows[row]

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Certificate"), self.tr("Organisation"), self.tr("Issued by"), self.tr("Valid"))

    def cell(self, entry: TrustedCert, column: int, role: int):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        info = entry.info
        values = (info.subject_cn, info.subject_o, info.issuer_cn,
                  f"{info.not_before:%d/%m/%Y} – {info.not_after:%d/%m/%Y}")
        return values[column] if 0 <= column < len(values) else None


class TrustStoreDialog(RemembersGeometry, QDialog):
    changed = Signal()

    def __init__(self, folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("trustStoreDialog")
        self.setWindowTitle(self.tr("Trusted certificates"))
        self.store = TrustStore(folder)
        self.model = TrustTableModel(self.store, self)
        intro = QLabel(self.tr("Signatures are shown as trusted only when their certificate chains to one of "
                               "these root certificates. Nothing is trusted by default."))
        intro.setWordWrap(True)
        self.table = row_table(self.model, "trustTable", stretch=0)
        self.status = QLabel()
        self.status.setObjectName("trustStatus")
        self.status.setWordWrap(True)
        import_button = push_button(self.tr("&Import…"), "importButton", self._on_import_clicked)
        issuer_button = push_button(self.tr("Trust the &issuer of a signed document…"), "issuerButton",
                                    self._on_issuer_clicked)
        self.remove_button = push_button(self.tr("&Remove"), "removeButton", self._on_remove_clicked)
        buttons = close_buttons(self, self.tr("Close"))
        row = QHBoxLayout()
        row.addWidget(import_button)
        row.addWidget(issuer_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(720, 360)

    def import_file(self, path: Path | str) -> bool:
        try:
            infos = self.store.import_file(path)
        except TrustStoreError as exc:
            self.status.setText(str(exc))
            return False
        self.model.refresh()
        self.status.setText(self.tr("Imported %1 certificate(s).").replace("%1", str(len(infos))))
        self.changed.emit()
        return True

    def trust_issuer_of(self, pdf_path: Path | str, confirm=None) -> int:
        """Add the issuer the document carries for its signer, after showing its SHA-256 fingerprint;
        *confirm(text) -> bool* asks the officer (a message box by default). Returns how many were added."""
        from ...signing.trust_hints import fingerprint_text, issuer_to_trust

        try:
            candidates = issuer_to_trust(pdf_path)
        except Exception:
            self.status.setText(self.tr("%1 is not a PDF with readable signatures.").replace("%1", Path(pdf_path).name))
            return 0
        if not candidates:
            self.status.setText(self.tr("The document does not carry its signer's issuer: import the root "
                                        "certificate from a file instead."))
            return 0
        confirm = confirm or (lambda text: QMessageBox.question(self, self.windowTitle(), text)
                              == QMessageBox.StandardButton.Yes)
        added = 0
        for c in candidates:
            text = (self.tr("Trust %1?\n\nSHA-256 fingerprint:\n%2\n\nCompare it with the fingerprint "
                            "published by the issuer before accepting.")
                    .replace("%1", c.subject_cn).replace("%2", fingerprint_text(c.sha256_hex)))
            if confirm(text):
                self.store.add(c.certificate)
                added += 1
        self.model.refresh()
        self.status.setText(self.tr("Imported %1 certificate(s).").replace("%1", str(added)))
        if added:
            self.changed.emit()
        return added

    def _on_issuer_clicked(self) -> None:
        path, _ = file_dialogs.get_open_file_name(self, self.tr("Signed document"), "", self.tr("PDF files (*.pdf)"))
        if path:
            self.trust_issuer_of(path)

    def remove_row(self, row: int) -> bool:
        if not 0 <= row < self.model.rowCount():
            return False
        entry = self.model.entry(row)
        self.store.remove(entry.info.sha256_hex)
        self.model.refresh()
        self.status.setText(self.tr("Removed: %1").replace("%1", entry.info.subject_cn))
        self.changed.emit()
        return True

    def _on_import_clicked(self) -> None:
        path, _ = file_dialogs.get_open_file_name(
            self, self.tr("Import a certificate"), "",
            self.tr("Certificates (*.cer *.crt *.pem *.der *.p7b);;All files (*)"))
        if path:
            self.import_file(path)

    def _on_remove_clicked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.remove_row(rows[0].row())
