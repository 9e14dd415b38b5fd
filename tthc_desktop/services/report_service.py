"""Reports use cases: new report for a period (carried forward), edit/validate/save with revisions, build outputs.

A UI drives it through :class:`ReportService` and the mutable :class:`ReportDraft`:

    service = ReportService(ctx)
    draft = service.open_or_create(parse_period("2025-Q3"))   # or service.open(report_id)
    draft.sections["difficulties"] = "…"; draft.fields["number"] = 12
    issues = service.validate(draft)                          # live validation
    service.save(draft)                                       # a revision per save
    result = service.build(draft, out_dir)                    # PDF + .xlsx, atomically

Carry forward: a new period starts from the previous report of the same kind (heading fields and
the officer's free sections) plus freshly gathered data; ``draft.changes`` lists the figures that
moved, and validation warns when a section reads the same as last period's ("chỉ sửa ngày tháng").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.calendar import WorkingCalendar
from ..domain.periods import Period
from ..domain.report_calendar import DueReport, ReportRule, calendar_for_year, overdue, upcoming
from ..reports.outline import template_for
from ..reports.report_data import FigureChange, ReportData, ReportSources, changed_figures, gather_report_data
from ..reports.templates import ReportTemplate, TemplateError, TemplateSet
from ..store.reports_store import (
    ReportRecord,
    ReportsRepository,
    ReportState,
    Revision,
    load_rule,
    load_rules,
    remember_heading,
    remembered_heading,
    save_rule,
)
from .calendar_service import calendar_for
from .context import AppContext
from .events import REPORTS_CHANGED
from .freeze_codec import read_frozen

if TYPE_CHECKING:  # reportlab and pyHanko: imported where a report is built or checked, not at start-up
    from ..domain.signature_box import SignatureBox

KSTT = "bao_cao_kstt"
APOLOGY = "thu_xin_loi"
# Heading fields that belong to one document, never carried to the next.
PER_DOCUMENT = ("number", "date", "summary")
_DIGITS = re.compile(r"\d+")


@dataclass
class ReportDraft:
    """A report being edited. ``sections`` holds the current text of every section."""

    template: ReportTemplate
    period: Period | None
    fields: dict[str, Any]
    sections: dict[str, str]
    report_id: int | None = None
    state: ReportState = ReportState.DRAFT
    data: ReportData | None = None
    auto_sections: dict[str, str] = field(default_factory=dict)  # what the data gives now
    previous: ReportRecord | None = None
    changes: list[FigureChange] = field(default_factory=list)

    @property
    def figures(self) -> dict[str, Any]:
        return self.data.figure_values() if self.data else {}


@dataclass(frozen=True)
class Issue:
    level: str  # "error" | "warning"
    target: str  # field or section key ("*" for the whole report)
    message: str


@dataclass(frozen=True)
class BuildResult:
    report_id: int | None
    pdf: Path
    xlsx: list[Path]
    appendices: list[str]  # "PHỤ LỤC I: …" titles inside the PDF
    signature_boxes: tuple[SignatureBox, ...]
    page_count: int
    docx: Path | None = None  # the Word copy, when asked for with the set


LEGAL_BASIS_KEY = "legal_basis:"  # + form id: the officer's wording of a form's legal basis


def legal_basis_override(ctx: AppContext, form_id: str) -> str:
    return (ctx.settings.get(LEGAL_BASIS_KEY + form_id) or "").strip()


def set_legal_basis(ctx: AppContext, form_id: str, text: str) -> None:
    """The officer edits a form's legal basis (an uncertain one says so in its ``_comment``); empty: the shipped one."""
    from ..reports.forms import load_form

    load_form(form_id)  # an unknown form is refused
    ctx.settings.set(LEGAL_BASIS_KEY + form_id, " ".join(text.split()))


class ReportService:
    def __init__(self, ctx: AppContext, templates: TemplateSet | None = None,
                 calendar: WorkingCalendar | None = None) -> None:
        self.ctx = ctx
        self.templates = templates or TemplateSet()
        self.calendar = calendar or calendar_for(ctx)  # with the officer's own days off and make-up days
        self.repo = ReportsRepository(ctx.writer)

    # -- data -------------------------------------------------------------------------------
    def unit_name(self, fields: dict[str, Any] | None = None) -> str:
        unit = self.ctx.units.own_unit()
        if unit:
            return unit.name
        return str((fields or {}).get("issuing_agency") or "Đơn vị")

    def sources(self, period: Period, unit_name: str) -> ReportSources:
        tables = set(self.ctx.db.table_names())
        procedures = form06 = None
        targets: dict = {}
        if "procedures" in tables:  # issue 5's catalogue (imported lazily: it may land after this module)
            from ..store.procedures import ProcedureRepository

            procedures = ProcedureRepository(self.ctx.writer).list()
            try:
                from .procedures_service import ProceduresService

                targets = ProceduresService(self.ctx).targets()
            except ImportError:
                targets = {}
        if "period_stats" in tables:
            from ..store.period_stats import PeriodStatsRepository

            form06 = PeriodStatsRepository(self.ctx.writer).rows(str(period))
        return ReportSources(unit_name=unit_name, latest_note=self._latest_note, procedures=procedures,
                             form06_rows=form06, targets=targets, window=self.window(period))

    def _latest_note(self, task_id: int) -> str:
        updates = [u for u in self.ctx.tasks.updates(task_id) if (u.note or "").strip()]
        return max(updates, key=lambda u: (u.updated_on, u.id or 0)).note if updates else ""

    def gather(self, period: Period, unit_name: str | None = None, *, live: bool = False,
               progress_scope: str = "period") -> ReportData:
        """The period's report data: its frozen set when the period is frozen (services/period_freeze.py).

        *progress_scope* "all": the plan-progress rows list every task, not only the period's (a province's
        own progress form asks about the whole plan)."""
        if not live:  # the one reading that prefers the frozen set (services/period_freeze.py::period_figures)
            frozen = read_frozen(self.ctx, period, progress_scope)
            if frozen is not None:
                return frozen
        name = unit_name or self.unit_name()
        sources = self.sources(period, name)
        if progress_scope != sources.progress_scope:
            from dataclasses import replace

            sources = replace(sources, progress_scope=progress_scope)
        return gather_report_data(self.ctx.db, period, sources)

    def context(self, draft: ReportDraft) -> dict[str, Any]:
        fields = {f.key: draft.fields.get(f.key, "") for f in draft.template.all_fields} | draft.fields
        if draft.data is not None:
            return draft.data.context(fields)
        return {"unit": {"name": self.unit_name(draft.fields)}, "fields": fields}

    # -- creating and opening -------------------------------------------------------------------
    def heading_defaults(self, template: ReportTemplate) -> dict[str, Any]:
        """Last report's heading (any template), else the unit's remembered heading, else the unit's name."""
        unit = self.ctx.units.own_unit()
        values: dict[str, Any] = {f.key: f.default for f in template.heading_fields if f.default is not None}
        if unit:
            values["issuing_agency"] = unit.name.upper()
        values |= remembered_heading(self.ctx.settings, unit.id if unit else None)
        latest = self.repo.list()
        if latest:
            last = max(latest, key=lambda r: (r.updated_at, r.id))
            # Symbol and recipients differ between a report and a letter: only take them from the same template.
            shared = ("parent_agency", "issuing_agency", "place", "authority", "position", "signer_name")
            keys = [f.key for f in template.heading_fields if f.key not in PER_DOCUMENT]
            values |= {k: v for k, v in last.fields.items()
                       if k in keys and (last.template_id == template.id or k in shared) and v not in (None, "")}
        values |= self.unit_heading(template)
        return {k: v for k, v in values.items() if k not in PER_DOCUMENT}

    def form_for(self, form_id: str, draft: ReportDraft):
        """The form version valid for the report's period (its last day), with the officer's own legal basis
        text when one was set (``legal_basis_override``)."""
        from dataclasses import replace

        from ..reports.forms import load_form

        on = self.window(draft.period)[1] if draft.period is not None else None  # the data window's last day
        form = load_form(form_id, on=on)
        basis = legal_basis_override(self.ctx, form_id)
        return replace(form, legal_basis=basis) if basis else form

    def unit_heading(self, template: ReportTemplate) -> dict[str, Any]:
        """The heading the unit's own details give ("Thông tin đơn vị"): they win over what earlier
        reports carried, so a detail changed once is used everywhere. Empty details give nothing."""
        unit = self.ctx.units.own_unit()
        if unit is None:
            return {}
        keys = {f.key for f in template.heading_fields}
        values: dict[str, Any] = {"parent_agency": unit.parent_name.upper(), "place": unit.place,
                                  "authority": unit.authority.upper(), "position": unit.position.upper(),
                                  "signer_name": unit.signer}
        symbol = next((f.default for f in template.heading_fields if f.key == "symbol"), None)
        if unit.abbr:  # "BC-UBND" → "BC-STP": the document kind stays, the unit's abbreviation follows
            values["symbol"] = f"{str(symbol or 'BC-').split('-')[0]}-{unit.abbr}"
        if unit.recipients and template.kinds:  # periodic reports; a letter goes to its own addressee
            values["recipients"] = unit.recipients.splitlines()
        return {k: v for k, v in values.items() if k in keys and v}

    def new_report(self, period: Period, template_id: str = KSTT, *, today: date | None = None) -> ReportDraft:
        """A draft for *period* (not saved yet), carried forward from the previous period's report."""
        template = self.templates.load(template_id)
        if template.kinds and period.kind.value not in template.kinds:
            raise TemplateError(f"Mẫu «{template.name}» không dùng cho kỳ {period.label_vi}")
        today = today or date.today()
        previous = self.repo.previous(template.id, period)
        fields = self.heading_defaults(template)
        if previous:
            fields |= {k: v for k, v in previous.fields.items() if k not in PER_DOCUMENT}
            fields |= self.unit_heading(template)
        template = template_for(template, fields)  # the outline carried with the fields (reports/outline.py)
        fields["number"] = None
        fields["date"] = max(today, self.window(period)[1]).isoformat()
        draft = ReportDraft(template=template, period=period, fields=fields, sections={}, previous=previous)
        self._refresh(draft)
        fields["summary"] = self.templates.render_summary(template, self.context(draft))
        draft.sections = {spec.key: draft.auto_sections.get(spec.key, "") for spec in template.sections}
        if previous:
            for spec in template.sections:
                if not spec.is_auto:
                    draft.sections[spec.key] = previous.sections.get(spec.key, "")
        return draft

    def create(self, period: Period, template_id: str = KSTT, *, today: date | None = None) -> ReportDraft:
        draft = self.new_report(period, template_id, today=today)
        self.save(draft, note="Tạo báo cáo")
        return draft

    def open_or_create(self, period: Period, template_id: str = KSTT, *, today: date | None = None) -> ReportDraft:
        existing = self.repo.find(template_id, period)
        return self.open(existing.id) if existing else self.create(period, template_id, today=today)

    def open(self, report_id: int) -> ReportDraft:
        record = self.repo.get(report_id)
        template = template_for(self.templates.load(record.template_id), record.fields)
        previous = self.repo.previous(template.id, record.period) if record.period else None
        draft = ReportDraft(template=template, period=record.period, fields=dict(record.fields),
                            sections=dict(record.sections), report_id=record.id, state=record.state,
                            previous=previous)
        self._refresh(draft)
        return draft

    def new_letter(self, fields: dict[str, Any], *, today: date | None = None) -> ReportDraft:
        """A "Thư xin lỗi" for one overdue case file (fields: recipient, case_code, … see the template)."""
        template = self.templates.load(APOLOGY)
        values = self.heading_defaults(template)
        values |= {f.key: "" for f in template.fields}
        values["date"] = (today or date.today()).isoformat()
        values |= {k: v for k, v in fields.items() if v is not None}
        draft = ReportDraft(template=template, period=None, fields=values, sections={})
        self._refresh(draft)
        if not values.get("summary"):
            try:
                values["summary"] = self.templates.render_summary(template, self.context(draft))
            except TemplateError:
                values["summary"] = ""
        draft.sections = {spec.key: draft.auto_sections.get(spec.key, "") for spec in template.sections}
        return draft

    def _refresh(self, draft: ReportDraft) -> None:
        """Re-gather the data and the auto-filled texts (the "reset to data" values)."""
        if draft.period is not None:
            draft.data = self.gather(draft.period, self.unit_name(draft.fields))
        context = self.context(draft)
        context["previous_sections"] = dict(draft.previous.sections) if draft.previous else {}  # carry_forward
        auto = {}
        for spec in draft.template.sections:
            if spec.is_auto:
                try:
                    auto[spec.key] = self.templates.render_section(draft.template, spec.key,
                                                                   context | {"section_key": spec.key})
                except TemplateError:
                    if draft.period is not None:
                        raise  # the periodic data is complete by construction: a template bug
                    auto[spec.key] = ""  # a letter whose fields are not all filled in yet
        draft.auto_sections = auto
        draft.changes = changed_figures(draft.previous.figures, draft.data) if draft.previous and draft.data else []

    def refresh(self, draft: ReportDraft) -> None:
        self._refresh(draft)

    def reset_section(self, draft: ReportDraft, key: str) -> str:
        """Put the data's text back into section *key* (the editor's "reset to data" button)."""
        self._refresh(draft)
        draft.sections[key] = draft.auto_sections.get(key, "")
        return draft.sections[key]

    def stale_sections(self, draft: ReportDraft) -> list[str]:
        """Auto sections whose stored text no longer matches the data (edited, or data changed since)."""
        return [k for k, text in draft.auto_sections.items() if draft.sections.get(k, "") != text]

    # -- validation -----------------------------------------------------------------------------
    def validate(self, draft: ReportDraft) -> list[Issue]:
        from ..reports.compose import parse_date, parse_number

        issues: list[Issue] = []
        for spec in draft.template.all_fields:
            value = draft.fields.get(spec.key)
            empty = value in (None, "") or (isinstance(value, list) and not any(str(v).strip() for v in value))
            if spec.required and empty:
                issues.append(Issue("error", spec.key, f"Chưa nhập «{spec.label}»."))
            elif not empty and spec.type == "date":
                try:
                    parse_date(value)
                except ValueError as exc:
                    issues.append(Issue("error", spec.key, f"«{spec.label}»: {exc}"))
            elif not empty and spec.type == "int":
                try:
                    parse_number(value)
                except ValueError as exc:
                    issues.append(Issue("error", spec.key, f"«{spec.label}»: {exc}"))
        bad = {i.target for i in issues}
        for rule in draft.template.validations:
            issues += self._check(draft, rule, bad)
        return issues

    def _check(self, draft: ReportDraft, rule, bad: set[str]) -> list[Issue]:
        from ..reports.compose import parse_date

        if rule.check == "section_not_empty":
            if not draft.sections.get(rule.target, "").strip():
                return [Issue(rule.level, rule.target, rule.message)]
        elif rule.check == "date_not_before_cutoff" and draft.period and rule.target not in bad:
            value = draft.fields.get(rule.target)
            end = self.window(draft.period)[1]
            if value and parse_date(value) < end:
                return [Issue(rule.level, rule.target, f"{rule.message} (ngày chốt: {end:%d/%m/%Y})")]
        elif rule.check == "date_order":
            strict = "<=" not in rule.target
            first, second = re.split(r"<=?", rule.target)
            a, b = draft.fields.get(first), draft.fields.get(second)
            if a and b and not ({first, second} & bad):
                da, db = parse_date(a), parse_date(b)
                if (da >= db) if strict else (da > db):
                    return [Issue(rule.level, second, rule.message)]
        elif rule.check == "not_identical_to_previous" and draft.previous:
            return [Issue(rule.level, key, rule.message.replace("{section}", title))
                    for key, title in self.identical_to_previous(draft)]
        return []

    def identical_to_previous(self, draft: ReportDraft) -> list[tuple[str, str]]:
        """Sections that read the same as last period's: free ones ignoring numbers and dates."""
        if not draft.previous:
            return []
        out = []
        for spec in draft.template.sections:
            now, before = draft.sections.get(spec.key, "").strip(), draft.previous.sections.get(spec.key, "").strip()
            if not now or not before:
                continue
            same = now == before if spec.is_auto else _DIGITS.sub("#", now) == _DIGITS.sub("#", before)
            if same and spec.heading:
                out.append((spec.key, spec.title))
        return out

    # -- saving -----------------------------------------------------------------------------------
    def save(self, draft: ReportDraft, note: str = "") -> int | None:
        """Store the draft (creating it the first time); every change is a revision. Returns the revision id."""
        unit = self.ctx.units.own_unit()
        title = self._title(draft)
        if draft.report_id is None:
            draft.report_id = self.repo.create(
                template_id=draft.template.id, template_version=draft.template.version, period=draft.period,
                title=title, fields=draft.fields, sections=draft.sections, figures=draft.figures,
                note=note or "Tạo báo cáo")
            revision = self.repo.revisions(draft.report_id)[0].id
        else:
            revision = self.repo.save(draft.report_id, fields=draft.fields, sections=draft.sections,
                                      figures=draft.figures, title=title, note=note)
        keep = {k: v for k, v in draft.fields.items()
                if k in {f.key for f in draft.template.heading_fields} and k not in PER_DOCUMENT}
        if keep and keep != remembered_heading(self.ctx.settings, unit.id if unit else None):
            remember_heading(self.ctx.settings, unit.id if unit else None, keep)
        self.ctx.events.emit(REPORTS_CHANGED, report_ids={draft.report_id})
        return revision

    def _title(self, draft: ReportDraft) -> str:
        if draft.period is not None:
            return f"{draft.template.name} — {draft.period.label_vi}"
        code = draft.fields.get("case_code") or ""
        return f"{draft.template.name} — hồ sơ {code}".strip(" —")

    def revisions(self, report_id: int) -> list[Revision]:
        return self.repo.revisions(report_id)

    def restore(self, report_id: int, revision_id: int) -> ReportDraft:
        self.repo.restore(report_id, revision_id)
        self.ctx.events.emit(REPORTS_CHANGED, report_ids={report_id})
        return self.open(report_id)

    def set_state(self, report_id: int, state: ReportState) -> None:
        self.repo.set_state(report_id, state)
        self.ctx.events.emit(REPORTS_CHANGED, report_ids={report_id})

    def signing_details(self, draft: ReportDraft) -> dict[str, str]:
        """What the sign dialog prefills for a built draft: document number ("05/BC-UBND"), title, period
        and the heading's signer (a certificate of someone else is questioned)."""
        number, symbol = draft.fields.get("number"), str(draft.fields.get("symbol") or "")
        if isinstance(number, int):
            doc_number = f"{number:02d}/{symbol}" if symbol else f"{number:02d}"
        else:
            doc_number = "/".join(p for p in (str(number or "").strip(), symbol) if p)
        return {"doc_number": doc_number, "title": self._title(draft),
                "period": str(draft.period) if draft.period else "",
                "signer_name": str(draft.fields.get("signer_name") or "")}

    def list_reports(self) -> list[ReportRecord]:
        return self.repo.list()

    # -- building ---------------------------------------------------------------------------------
    def build(self, draft: ReportDraft, out_dir: str | Path, *, xlsx: bool = True, strict: bool = True,
              overwrite: bool = True, docx: bool = False) -> BuildResult:
        """Write the PDF (with its appendices) and the .xlsx forms into *out_dir*, as one set: built
        in a staging folder, then moved together (never a PDF without its .xlsx).

        *strict*: refuse while validation finds errors (a missing heading field); the command line
        passes False to get a draft PDF and prints the problems instead. *overwrite*: an existing
        file of the same name is replaced (the GUI's folder dialog confirms; the CLI needs --overwrite).
        *docx*: the Word copy joins the set (a full disk never leaves the PDF without it).
        """
        from dataclasses import replace

        from ..reports.compose import appendix_rows
        from ..reports.pdf.renderer import render_pdf
        from .build_register import register_build
        from .staged_output import StagedFolder

        errors = [i.message for i in self.validate(draft) if i.level == "error"]
        if errors and strict:
            raise TemplateError("Báo cáo chưa đủ thông tin để xuất:\n- " + "\n- ".join(errors))
        out = Path(out_dir)
        base = self._file_stem(draft)
        doc, specs = self.compose(draft)
        appendices = doc.appendices
        with StagedFolder(out) as stage:
            result = render_pdf(doc, stage.path / f"{base}.pdf")
            names: list[str] = []
            if xlsx and draft.data is not None:
                from ..reports.xlsx import write_form_xlsx

                start, end = draft.data.window
                period_text = f"(Từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y})"
                for spec in specs:
                    form = self.form_for(spec.form, draft)
                    own_title = spec.source == "form06"  # biểu 06 keeps its official title on its own
                    names.append(write_form_xlsx(
                        form, [dict(r) for r in appendix_rows(spec, draft.data)],
                        stage.path / f"{base}_{spec.key}.xlsx",
                        title_lines=[] if own_title else [spec.title, spec.subtitle], period_text=period_text,
                        unit_name=str(draft.fields.get("issuing_agency") or ""), protect=own_title,
                    ).name)
            if docx:
                from ..reports.docx import write_docx

                names.append(write_docx(doc, stage.path / f"{base}.docx").name)
            appendix_pdfs = [p.name for p in result.appendix_paths]
            final = stage.commit([*names, *appendix_pdfs, result.path.name], overwrite=overwrite)  # main PDF last
            written, pdf = final[: len(names)], final[-1]
            word = written.pop() if docx else None
        boxes = tuple(replace(b, file=out / Path(b.file).name) for b in result.signature_boxes)
        build = BuildResult(
            report_id=draft.report_id, pdf=pdf, xlsx=written,
            appendices=[f"{a.title}: {a.subtitle}" for a in appendices],
            signature_boxes=boxes, page_count=result.page_count, docx=word,
        )
        # Remember where the renderer left room for the signatures: `sign` and the sign dialog use them.
        register_build(self.ctx, build)
        return build

    def docx_path(self, draft: ReportDraft, out_dir: str | Path) -> Path:
        return Path(out_dir) / f"{self._file_stem(draft)}.docx"

    def build_docx(self, draft: ReportDraft, path: str | Path, *, strict: bool = True) -> Path:
        """The report as a Word file laid out like the PDF (reports/docx), written atomically."""
        from ..reports.docx import write_docx

        errors = [i.message for i in self.validate(draft) if i.level == "error"]
        if errors and strict:
            raise TemplateError("Báo cáo chưa đủ thông tin để xuất:\n- " + "\n- ".join(errors))
        return write_docx(self.compose(draft)[0], path)

    def compose(self, draft: ReportDraft):
        """The draft as an ``OfficialDocument`` (with its appendices) and the appendix specs: what the
        PDF and the .docx are both laid out from."""
        from ..reports.compose import appendix, compose_document

        appendices, specs = [], []
        if draft.data is not None:
            fields = draft.fields | {"doc_type_label": draft.template.doc_type.capitalize()}
            for spec in draft.template.appendices:
                appendices.append(appendix(spec, self.form_for(spec.form, draft), draft.data, fields))
                specs.append(spec)
        return compose_document(draft.template, draft.fields, draft.sections, appendices), specs

    def _file_stem(self, draft: ReportDraft) -> str:
        if draft.period is not None:
            return f"bao_cao_kstt_{draft.period}"
        code = re.sub(r"[^0-9A-Za-z.-]+", "_", str(draft.fields.get("case_code") or "")).strip("_")
        return f"thu_xin_loi_{code or 'ho_so'}"

    # -- calendar -------------------------------------------------------------------------------
    def rules(self) -> dict:
        return load_rules(self.ctx.settings)

    def window(self, period: Period) -> tuple[date, date]:
        """The period's data window under its kind's rule (the cut-off day the data file or the officer set)."""
        return load_rule(self.ctx.settings, period.kind).window(period)  # one setting read: live validation uses it

    def set_rule(self, rule: ReportRule) -> None:
        save_rule(self.ctx.settings, rule)
        self.ctx.events.emit(REPORTS_CHANGED, report_ids=None)

    def calendar_for_year(self, year: int) -> list[DueReport]:
        return calendar_for_year(year, self.rules(), self.calendar)

    def upcoming(self, today: date | None = None, within_days: int = 45) -> list[DueReport]:
        return upcoming(today or date.today(), self.rules(), self.calendar, within_days=within_days,
                        submitted=self.repo.submitted_periods(KSTT))

    def overdue(self, today: date | None = None, since: date | None = None) -> list[DueReport]:
        return overdue(today or date.today(), self.repo.submitted_periods(KSTT), self.rules(), self.calendar,
                       since=since)
