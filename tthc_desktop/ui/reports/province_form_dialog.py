"""“Điền biểu mẫu của tỉnh…”: the province's own .xlsx filled with the period's figures, and what was written.

Runs ``services.form_fill.FormFillService`` (the same as ``tthc-desktop form fill --explain``) and
shows every cell written and why, the formula cells kept, the rows that could not be matched
(left empty, never guessed) and the figures with no row in the form. The officer can remember
the row matches for this form, so next period's copy is matched the same way.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.periods import Period
from ...services.context import AppContext
from ...services.form_fill import FillPlan, FormFillError, FormFillService, explain_lines
from ..widgets import file_dialogs
from ..widgets.app_dialog import AppDialog
from ..widgets.buttons import close_buttons


class FillResultDialog(AppDialog):
    """The explain list of one fill, with “remember the matches”."""

    def __init__(self, service: FormFillService, plan: FillPlan, out: Path, parent: QWidget | None = None):
        super().__init__("provinceFormResult", self.tr("Province's form filled"), parent)
        self.service, self.plan, self.out = service, plan, out
        summary = QLabel(self.tr("Written: %1 (%2 cells). Rows not matched: %3.")
                         .replace("%1", str(out)).replace("%2", str(len(plan.writes)))
                         .replace("%3", str(len(plan.unmatched))))
        summary.setWordWrap(True)
        self.explain = QPlainTextEdit("\n".join(explain_lines(plan)))
        self.explain.setObjectName("fillExplain")
        self.explain.setReadOnly(True)
        self.remember_button = QPushButton(self.tr("&Remember the row matches for this form"))
        self.remember_button.setToolTip(self.tr("Next period, the same form is matched the same way"))
        self.remember_button.clicked.connect(self.remember)
        buttons = close_buttons(self)
        buttons.addButton(self.remember_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.explain, 1)
        layout.addWidget(buttons)
        self.resize(900, 560)

    def remember(self) -> None:
        self.service.remember(self.plan)
        self.remember_button.setEnabled(False)
        self.remember_button.setText(self.tr("Row matches remembered"))


def fill_province_form(parent: QWidget, ctx: AppContext, period: Period, *, template: Path | None = None,
                       out: Path | None = None) -> FillResultDialog | None:
    """Ask for the form and where to save (unless given), fill it, show the result (non-modal)."""
    if template is None:
        path, _ = file_dialogs.get_open_file_name(parent, QCoreApplication.translate("ProvinceForm", "The province's Excel form"), "",
                                              QCoreApplication.translate("ProvinceForm", "Excel workbooks (*.xlsx *.xls)"))
        if not path:
            return None
        template = Path(path)
    if out is None:
        suggested = template.with_name(f"{template.stem}_{period}.xlsx")
        path, _ = file_dialogs.get_save_file_name(parent, QCoreApplication.translate("ProvinceForm", "Save the filled form as"), str(suggested),
                                              QCoreApplication.translate("ProvinceForm", "Excel workbooks (*.xlsx)"))
        if not path:
            return None
        out = Path(path)
    service = FormFillService(ctx)
    try:
        if out.resolve() == template.resolve():
            raise FormFillError(QCoreApplication.translate("ProvinceForm", "Save the filled form under another name: keep the province's "
                                          "original for the next period."))
        plan = service.fill(template, period, out)
    except FormFillError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("ProvinceForm", "Could not fill the form"), str(exc))
        return None
    dialog = FillResultDialog(service, plan, out, parent)
    dialog.show()
    return dialog
