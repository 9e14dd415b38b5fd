"""Step 5 of the plan import wizard: the plan's number, date, issuer, summary and year, read from the document
where it gives them (a re-imported plan keeps its stored ones), all required; says whether the import creates a
plan or updates one."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox, QWizard

from ...services.plan_details import guess_plan_details
from ...services.plan_import import PlanDetails, find_existing_plan
from ..widgets.date_field import DateField
from ..widgets.page_parts import WizardStep, form_layout, line_edit, named_label


class DetailsPage(WizardStep):
    def __init__(self, wizard):  # the PlanImportWizard (its state: ctx, source, path, sha256, preview)
        super().__init__(wizard, self.tr("5. Plan details"),
                         self.tr("Filled in from the document where possible. Importing saves everything in one "
                                 "step; nothing is saved if it fails."))
        self.symbol = line_edit("planSymbol")
        # blank when the document gives no date: "not given", never today (a required field the officer sets)
        self.issued_on = DateField(optional=True)
        self.issued_on.setObjectName("planDate")
        self.issuer = line_edit("planIssuer")
        self.title = line_edit("planTitle")
        self.year = QSpinBox()
        self.year.setObjectName("detailsYear")
        self.year.setRange(2000, 2100)
        self.notice = named_label("reimportNotice", wrap=True)
        form_layout((self.tr("Number/symbol:"), self.symbol), (self.tr("Date issued:"), self.issued_on),
                    (self.tr("Issued by:"), self.issuer), (self.tr("Summary (trích yếu):"), self.title),
                    (self.tr("Year:"), self.year), self.notice, parent=self)
        self.symbol.textChanged.connect(self._on_symbol_text_changed)
        for edit in (self.symbol, self.issuer, self.title):
            edit.textChanged.connect(self.completeChanged)
        self.issued_on.dateChanged.connect(self.completeChanged)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))

    def initializePage(self) -> None:
        guess = guess_plan_details(self.w.source or self.w.path, self.w.preview.plan_year)
        known = find_existing_plan(self.w.ctx, guess, self.w.sha256, self.w.preview)
        if known is not None:  # a re-import (same number, file or task table): the stored details are better
            guess = PlanDetails(title=known.title or guess.title, year=known.year, symbol=known.symbol or guess.symbol,
                                issued_on=known.issued_on or guess.issued_on, issuer=known.issuer or guess.issuer)
        self.symbol.setText(guess.symbol)
        d = guess.issued_on
        self.issued_on.setDate(d)
        self.issuer.setText(guess.issuer)
        self.title.setText(guess.title)
        self.year.setValue(guess.year)
        self._on_symbol_text_changed()

    def isComplete(self) -> bool:
        """Số/ký hiệu, date, issuer and trích yếu are required: the plan is cited by them in every report."""
        d = self.details()
        return bool(d.symbol and d.title and d.issuer and d.issued_on) and self.issued_on.is_valid()

    def details(self) -> PlanDetails:
        issued = self.issued_on.value()
        return PlanDetails(title=self.title.text().strip(), year=self.year.value(), symbol=self.symbol.text().strip(),
                           issued_on=issued, issuer=self.issuer.text().strip())

    def _on_symbol_text_changed(self) -> None:
        existing = find_existing_plan(self.w.ctx, self.details(), self.w.sha256, self.w.preview)
        if existing is None:
            self.notice.setText(self.tr("A new plan will be created."))
        else:
            self.notice.setText(
                self.tr("This plan is already in the database (%1). Importing again updates the tasks that "
                        "changed and adds new ones; nothing is duplicated and your progress is kept.")
                .replace("%1", existing.symbol or existing.title))
