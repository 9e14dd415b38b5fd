"""Fill a province's own biểu 06 workbook in place with the app's figures for a period (or its task-progress
table, services/form_fill_progress.py, or its TTHC-cut table, services/form_fill_cuts.py).

The province's table is found by its headers (importers/province_form.py); each labelled row is
matched to the period's biểu 06 figures by its lĩnh vực name (folded: case, diacritics and
spacing do not matter) and, where the row or its section names one, its level. A row whose
label matches nothing is listed, never guessed; the officer can match it by hand and the
confirmed matches are remembered for that form (settings key ``province_form.<fingerprint>``,
the fingerprint being a hash of the header texts, so next period's copy of the same form
finds them). Only the written cells change in the file (reports/xlsx_patch.py); formula
cells (the form's own totals) are never written.

Public API:
    ``FormFillService(ctx).plan(template, period, matches=None) -> FillPlan``
    ``FormFillService(ctx).fill(template, period, out, matches=None, remember=False) -> FillPlan``
    ``explain_lines(plan) -> list[str]``
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Mapping
from pathlib import Path

from ..domain.form06 import COLUMN_LABELS, NUMERIC_COLUMNS, Form06Row, total_row
from ..domain.periods import Period, parse_period
from ..domain.text_fold import fold
from ..importers.form06_export import level_of
from ..importers.province_form import (
    FormRow,
    NoFormTable,
    ProvinceForm,
    read_progress_form,
    read_province_form,
)
from ..reports.xlsx_patch import covered_by_merge, formula_cells, patch_cells, sheet_parts
from .context import AppContext
from .form_fill_plan import CellWrite, FillPlan, Unmatched
from .form_fill_progress import plan_progress
from .period_freeze import PeriodFigures, PeriodFreezeService, period_figures

__all__ = ["CellWrite", "FillPlan", "FormFillError", "FormFillService", "Unmatched", "explain_lines"]

SETTING_PREFIX = "province_form."


class FormFillError(Exception):
    """Nothing was written; the message is Vietnamese and names the file."""


def _norm_level(text: str) -> str:
    if not text:
        return ""
    return level_of(text) or level_of("cấp " + text) or fold(text)


def _strip_field_word(folded: str) -> str:
    return folded[len("linh vuc "):] if folded.startswith("linh vuc ") else folded


class FormFillService:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx

    # -- remembered matches ---------------------------------------------------------------------
    def saved_matches(self, fingerprint: str) -> dict[str, str]:
        raw = self.ctx.settings.get(SETTING_PREFIX + fingerprint)
        try:
            data = json.loads(raw) if raw else {}
        except ValueError:
            return {}
        matches = data.get("matches", {}) if isinstance(data, dict) else {}
        return {str(k): str(v) for k, v in matches.items()} if isinstance(matches, dict) else {}

    def remember(self, plan: FillPlan) -> None:
        """Keep the label → field matches of ``plan`` for this form (same header fingerprint)."""
        data = {"sheet": plan.form.sheet, "file": plan.form.path.name, "matches": plan.matches}
        self.ctx.settings.set(SETTING_PREFIX + plan.form.fingerprint, json.dumps(data, ensure_ascii=False))

    # -- planning ---------------------------------------------------------------------------------
    def plan(self, template: Path | str, period: Period | str,
             matches: Mapping[str, str] | None = None) -> FillPlan:
        """What would be written: no file is touched. ``matches``: form label → app field, by hand."""
        from ..importers.errors import ImportFailure

        p = parse_period(period) if isinstance(period, str) else period
        try:
            try:
                form = read_province_form(template)
            except NoFormTable:
                from ..importers.province_cuts_form import NoCutsTable, read_cuts_form

                try:
                    return self._plan_cuts(read_cuts_form(template), p, matches)
                except NoCutsTable:
                    return self._plan_progress(read_progress_form(template), p, matches)
        except ImportFailure as exc:
            raise FormFillError(str(exc)) from None
        figures = period_figures(self.ctx, p)  # the frozen set wins
        rows = figures.form06
        if not rows:
            raise FormFillError(f"Chưa có số liệu biểu 06 của {p.label_vi} ({p}): hãy nhập bằng "
                                "“tthc-desktop stats import … --period " + str(p) + "” trước khi điền biểu.")
        saved = self.saved_matches(form.fingerprint)
        manual = {fold(k): v for k, v in saved.items()} | {fold(k): v for k, v in (matches or {}).items()}
        plan = FillPlan(form, p, saved_matches=bool(saved))
        _note_freeze(self.ctx, plan, figures)
        formulas = self._formula_cells(form)
        by_field: dict[str, list[Form06Row]] = {}
        for row in rows:
            by_field.setdefault(_strip_field_word(fold(row.field)), []).append(row)
        used: set[tuple[str, str]] = set()
        for form_row in form.rows:
            if form_row.kind == "section":
                continue
            if form_row.kind == "total":
                self._write(plan, form_row, total_row(rows), "tổng cộng các lĩnh vực", formulas)
                continue
            label = fold(form_row.field)
            target = manual.get(label) or manual.get(fold(form_row.label))
            key = _strip_field_word(fold(target)) if target else _strip_field_word(label)
            candidates = by_field.get(key, [])
            if not candidates:
                why = (f"lĩnh vực “{target}” (ghép tay) không có số liệu trong kỳ" if target
                       else "không có lĩnh vực trùng tên trong số liệu của kỳ")
                plan.unmatched.append(Unmatched(form_row, why))
                continue
            if form_row.level:
                chosen = [r for r in candidates if _norm_level(r.level) == form_row.level]
                if not chosen:
                    have = ", ".join(sorted({r.level or "không ghi cấp" for r in candidates}))
                    plan.unmatched.append(Unmatched(
                        form_row, f"lĩnh vực có số liệu nhưng không ở cấp {form_row.level} (có: {have})"))
                    continue
            else:
                chosen = candidates
            figures = total_row(chosen, chosen[0].field, chosen[0].level if len(chosen) == 1 else "")
            where = f"lĩnh vực “{chosen[0].field}”"
            if form_row.level:
                where += f", cấp {form_row.level}"
            elif len(chosen) > 1:
                where += " (cộng các cấp: " + ", ".join(r.level or "không ghi cấp" for r in chosen) + ")"
            elif chosen[0].level:
                where += f" ({chosen[0].level})"
            if target:
                where += " — ghép theo lựa chọn của cán bộ"
            self._write(plan, form_row, figures, where, formulas)
            plan.matches[fold(form_row.label)] = chosen[0].field
            used.update(r.key for r in chosen)
        plan.unused = [r for r in rows if r.key not in used]
        return self._drop_merged(plan)

    def _plan_progress(self, form: ProvinceForm, period: Period, matches: Mapping[str, str] | None) -> FillPlan:
        figures = period_figures(self.ctx, period, progress_scope="all")
        tasks = figures.data.progress_rows
        if not tasks:
            raise FormFillError(f"Chưa có nhiệm vụ nào của kế hoạch để điền vào bảng tiến độ ({period.label_vi}): "
                                "hãy nhập kế hoạch trước.")
        saved = self.saved_matches(form.fingerprint)
        manual = {fold(k): v for k, v in saved.items()} | {fold(k): v for k, v in (matches or {}).items()}
        plan = FillPlan(form, period, saved_matches=bool(saved), kind="progress")
        _note_freeze(self.ctx, plan, figures)
        plan_progress(plan, tasks, manual)
        formulas = self._formula_cells(form)
        plan.kept = [f"{w.ref}: giữ công thức của biểu ({w.why})" for w in plan.writes if w.ref in formulas]
        plan.writes = [w for w in plan.writes if w.ref not in formulas]
        return self._drop_merged(plan)

    def _plan_cuts(self, form: ProvinceForm, period: Period, matches: Mapping[str, str] | None) -> FillPlan:
        from ..reports.xlsx_patch import percent_cells
        from .form_fill_cuts import plan_cuts

        figures = period_figures(self.ctx, period)  # the frozen set wins
        procedures = figures.data.cuts_rows
        if not procedures:
            raise FormFillError(f"Chưa có danh mục TTHC và số liệu cắt giảm để điền vào bảng cắt giảm "
                                f"({period.label_vi}): hãy nhập danh mục TTHC trước (“tthc-desktop procedures import”).")
        saved = self.saved_matches(form.fingerprint)
        manual = {fold(k): v for k, v in saved.items()} | {fold(k): v for k, v in (matches or {}).items()}
        plan = FillPlan(form, period, saved_matches=bool(saved), kind="cuts")
        _note_freeze(self.ctx, plan, figures)
        xml = self._sheet_xml(form)
        refs = [f"{letter}{r.excel_row}" for r in form.rows for letter in form.columns.values()]
        plan_cuts(plan, procedures, manual, formula_cells(xml), percent_cells(form.path, xml, refs))
        return self._drop_merged(plan)

    @staticmethod
    def _sheet_xml(form: ProvinceForm) -> str:
        member = sheet_parts(form.path)[form.sheet]
        with zipfile.ZipFile(form.path) as zf:
            return zf.read(member).decode("utf-8")

    @classmethod
    def _formula_cells(cls, form: ProvinceForm) -> set[str]:
        return formula_cells(cls._sheet_xml(form))

    @classmethod
    def _drop_merged(cls, plan: FillPlan) -> FillPlan:
        """Cells hidden inside a merged range cannot show a value: listed, not written."""
        hidden = covered_by_merge(cls._sheet_xml(plan.form), [w.ref for w in plan.writes])
        plan.kept += [f"{w.ref}: nằm trong vùng gộp ô {hidden[w.ref]} của biểu, không ghi được ({w.why})"
                      for w in plan.writes if w.ref in hidden]
        plan.writes = [w for w in plan.writes if w.ref not in hidden]
        return plan

    @staticmethod
    def _write(plan: FillPlan, form_row: FormRow, figures: Form06Row, where: str, formulas: set[str]) -> None:
        kept = []
        for n in NUMERIC_COLUMNS:
            ref = f"{plan.form.columns[n]}{form_row.excel_row}"
            if ref in formulas:
                kept.append(ref)
                continue
            plan.writes.append(CellWrite(ref, figures.col(n), f"cột {n} ({COLUMN_LABELS[n]}) của {where}, "
                                                              f"{plan.period.label_vi}"))
        if kept:  # one line per row: the form's own formulas stay and are recomputed on opening
            plan.kept.append(f"{', '.join(kept)}: giữ công thức của biểu ({where}); Excel/LibreOffice tự tính lại khi mở")

    # -- filling ----------------------------------------------------------------------------------
    def fill(self, template: Path | str, period: Period | str, out: Path | str,
             matches: Mapping[str, str] | None = None, *, remember: bool = False) -> FillPlan:
        """Plan, then write ``out`` (atomically; only the planned cells change)."""
        from ..reports.xlsx_patch import XlsxPatchError

        plan = self.plan(template, period, matches)
        src, dst = Path(template), Path(out)
        try:
            patch_cells(src, dst, plan.form.sheet, {w.ref: w.value for w in plan.writes})
        except XlsxPatchError as exc:
            raise FormFillError(f"Tệp {src.name}: {exc}") from None
        except PermissionError:  # Windows: the output is open in Excel
            raise FormFillError(f"Không ghi được tệp {dst.name}: tệp đang được mở (ví dụ trong Excel) hoặc thư mục "
                                "không cho ghi. Hãy đóng tệp rồi thử lại.") from None
        except OSError as exc:
            raise FormFillError(f"Không ghi được tệp {dst}: {exc.strerror or exc}") from None
        if remember:
            self.remember(plan)
        return plan


def _note_freeze(ctx: AppContext, plan: FillPlan, figures: PeriodFigures) -> None:
    """The plan says when the frozen set was used and how many figures changed since."""
    if figures.freeze is not None:
        plan.frozen_at = figures.freeze.frozen_at
        plan.changed_since_freeze = len(PeriodFreezeService(ctx).differences(plan.period))


def explain_lines(plan: FillPlan, *, cells: bool = True) -> list[str]:
    """Vietnamese lines: every cell written and why, formulas kept, rows not matched, figures unused."""
    form = plan.form
    lines = [f"Biểu: {form.path.name}, trang tính “{form.sheet}”, tiêu đề dòng "
             f"{form.header_rows[0]}–{form.header_rows[-1]}, nhãn ở cột {form.label_column}; {plan.period.label_vi}."]
    if plan.saved_matches:
        lines.append("Dùng cách ghép dòng đã lưu cho biểu này ở lần điền trước.")
    if plan.frozen_at:
        lines.append(f"Dùng số liệu đã chốt lúc {plan.frozen_at}.")
        if plan.changed_since_freeze:
            lines.append(f"Lưu ý: số liệu đã thay đổi {plan.changed_since_freeze} chỗ sau khi chốt; biểu vẫn dùng số "
                         f"đã chốt (xem “tthc-desktop period show --period {plan.period}”, chốt lại nếu đúng).")
    if cells:
        lines += [f"  {w.ref} = {w.value}: {w.why}" for w in plan.writes]
        lines += [f"  {k}" for k in plan.kept]
    lines.append(f"Đã điền {len(plan.writes)} ô.")
    for u in plan.unmatched:
        lines.append(f"  Chưa ghép được dòng {u.row.excel_row} “{u.row.label}”: {u.reason} (để trống, không đoán)")
    for r in plan.unused:
        lines.append(f"  Số liệu chưa có dòng trong biểu: lĩnh vực “{r.field}”" + (f" ({r.level})" if r.level else ""))
    for t in plan.unused_tasks:
        lines.append(f"  Nhiệm vụ chưa có dòng trong biểu: {t['c1']} “{t['c2']}”")
    for p in plan.unused_procedures:
        lines.append(f"  TTHC chưa có dòng trong biểu: {p['c2']} “{p['c3']}”")
    return lines
