"""Report requests use cases: register, edit, soft-delete, link the report and submission, due status, and the
merged report calendar (standing reports + ad-hoc requests) used by ``report calendar`` and the reminders.

The deadline text is read by the plan tasks' rules (``domain.deadlines.parse_deadline``); its earliest
date is the due date and the explanation is stored beside it. Files are copied into the managed
attachments folder before the row is written: a copy left behind by a refused write is harmless (same
hash, same place), a row pointing at a missing file is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ..domain.deadlines import parse_deadline
from ..domain.periods import CUTOFF_DAY, Period, PeriodKind, parse_period
from ..domain.report_calendar import KIND_LABELS, ReportRule, calendar_for_year
from ..store.attachments import AttachmentStore
from ..store.report_requests import REQUEST_COLUMNS as REQUEST_COLUMNS  # for the GUI's register table
from ..store.report_requests import (
    Channel,
    FileRole,
    ReportRequest,
    ReportRequestsRepository,
    StandingReportRow,
)
from ..store.reports_store import ReportState
from .context import AppContext
from .events import REPORTS_CHANGED

DUE_SOON_DAYS = 7  # as for tasks (ui.dashboard_data.DUE_SOON_DAYS)
CHANNEL_WORDS = {  # what an officer types for --channel
    "system": Channel.SYSTEM, "he-thong": Channel.SYSTEM, "hệ thống báo cáo": Channel.SYSTEM,
    "edoc": Channel.EDOC, "van-ban": Channel.EDOC, "văn bản điện tử": Channel.EDOC,
    "email": Channel.EMAIL, "thu-dien-tu": Channel.EMAIL, "thư điện tử": Channel.EMAIL,
}
_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")


def shipped_standing_reports():
    """The standing reports shipped with the app (resources), to offer when none is set up yet."""
    from ..store.standing_reports import load_standing

    return load_standing()


class RequestError(ValueError):
    """Input the register refuses (Vietnamese message); nothing was written."""


class DueStatus:
    DONE = "done"
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    PENDING = "pending"
    NO_DATE = "no_date"

    LABELS_VI = {"done": "Đã gửi", "overdue": "Quá hạn", "due_soon": "Sắp đến hạn", "pending": "Chưa đến hạn",
                 "no_date": "Chưa có hạn"}


@dataclass(frozen=True)
class ParsedDeadline:
    due: date | None
    rule: str  # which rule gave the date, in Vietnamese


@dataclass(frozen=True)
class CalendarEntry:
    """One row of the merged calendar: a standing report's period or an ad-hoc request."""

    due: date
    label: str
    source: str  # "standing" | "request"
    period: str | None
    window: tuple[date, date] | None
    rule: str
    kind: str | None = None
    request_id: int | None = None


def parse_day(text: str | None, what: str) -> date | None:
    """dd/mm/yyyy or yyyy-mm-dd; empty is None."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        m = _DMY.fullmatch(text)
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else date.fromisoformat(text)
    except ValueError:
        raise RequestError(f"{what} “{text}” không hợp lệ: ghi dạng 20/12/2026") from None


def read_deadline(text: str, year: int) -> ParsedDeadline:
    """The due date of a request's deadline text, by the plan tasks' rules; RequestError when it has none."""
    if not (text or "").strip():
        raise RequestError("Chưa ghi thời hạn báo cáo (ví dụ: “trước ngày 20/12/2026”)")
    parsed = parse_deadline(text, year)
    if not parsed.due_dates:
        raise RequestError(f"Thời hạn “{text}” không cho một ngày cụ thể: {parsed.explanation}")
    due = parsed.due_dates[0]
    rule = parsed.explanation or f"Hạn {due:%d/%m/%Y}"
    if len(parsed.due_dates) > 1:
        rule += f"; có {len(parsed.due_dates)} mốc, lấy mốc sớm nhất {due:%d/%m/%Y}"
    return ParsedDeadline(due, rule)


def parse_channel(text: str | None) -> Channel:
    key = (text or "edoc").strip().lower()
    if key in CHANNEL_WORDS:
        return CHANNEL_WORDS[key]
    raise RequestError(f"Kênh gửi “{text}” không hợp lệ: chọn system (hệ thống báo cáo), edoc (văn bản điện tử) "
                       "hoặc email (thư điện tử)")


def due_status(request: ReportRequest, today: date, report_state: ReportState | None = None,
               within_days: int = DUE_SOON_DAYS) -> str:
    """Like a task's: done once a submission is linked (or the linked report is marked sent)."""
    if request.submission_id is not None or report_state is ReportState.SUBMITTED:
        return DueStatus.DONE
    if not request.due_on:
        return DueStatus.NO_DATE
    due = date.fromisoformat(request.due_on)
    if due < today:
        return DueStatus.OVERDUE
    return DueStatus.DUE_SOON if due <= today + timedelta(days=within_days) else DueStatus.PENDING


class ReportRequestService:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx
        self.repo = ReportRequestsRepository(ctx.writer)
        self.files = AttachmentStore(ctx.data_dir)

    # -- reading input ----------------------------------------------------------------------
    def values(self, *, number: str, title: str, deadline: str, issued_on: str | date | None = None,
               issuer: str = "", period: str | None = None, cutoff_from: str | date | None = None,
               cutoff_to: str | date | None = None, channel: str | Channel | None = None,
               note: str = "") -> dict[str, Any]:
        """The row for these inputs, checked; RequestError names the first problem."""
        number, title = (number or "").strip(), " ".join((title or "").split())
        if not number:
            raise RequestError("Chưa ghi số/ký hiệu văn bản yêu cầu")
        if not title:
            raise RequestError("Chưa ghi trích yếu văn bản yêu cầu")
        issued = issued_on if isinstance(issued_on, date) else parse_day(issued_on, "Ngày văn bản")
        per: Period | None = None
        if period and period.strip():
            try:
                per = parse_period(period)
            except ValueError as exc:
                raise RequestError(str(exc)) from None
        start = cutoff_from if isinstance(cutoff_from, date) else parse_day(cutoff_from, "Ngày bắt đầu số liệu")
        end = cutoff_to if isinstance(cutoff_to, date) else parse_day(cutoff_to, "Ngày chốt số liệu")
        if per is not None and start is None and end is None:
            start, end = per.cutoff()
        if start and end and start > end:
            raise RequestError(f"Số liệu từ {start:%d/%m/%Y} đến {end:%d/%m/%Y}: ngày đầu sau ngày cuối")
        year = per.year if per else (issued or end or date.today()).year
        parsed = read_deadline(deadline, year)
        chan = channel if isinstance(channel, Channel) else parse_channel(channel)
        return {"number": number, "issued_on": issued.isoformat() if issued else None, "issuer": issuer.strip(),
                "title": title, "period": str(per) if per else None,
                "cutoff_from": start.isoformat() if start else None, "cutoff_to": end.isoformat() if end else None,
                "deadline_text": deadline.strip(), "due_on": parsed.due.isoformat() if parsed.due else None,
                "deadline_rule": parsed.rule, "channel": chan.value, "note": note.strip()}

    def _store_files(self, files: list[tuple[FileRole, str | Path]]) -> list[tuple[FileRole, str, str]]:
        missing = [path for _role, path in files if not Path(path).is_file()]
        if missing:  # checked for all before any is copied
            raise RequestError(f"Không tìm thấy tệp “{missing[0]}”")
        out = []
        for role, path in files:
            stored = self.files.add(path)
            out.append((FileRole(role), stored.sha256, stored.name))
        return out

    # -- writing ------------------------------------------------------------------------------
    def add(self, values: dict[str, Any], files: list[tuple[FileRole, str | Path]] = ()) -> int:
        stored = self._store_files(list(files))
        request_id = self.repo.add(values, stored)
        self._changed()
        return request_id

    def update(self, request_id: int, values: dict[str, Any],
               add_files: list[tuple[FileRole, str | Path]] = (), remove_file_ids: list[int] = ()) -> None:
        current = self.get(request_id)
        stored = self._store_files(list(add_files))
        with self.ctx.db.atomic():
            self.repo.update(request_id, values)
            for role, sha, name in stored:
                self.repo.add_file(request_id, role, sha, name)
            for file_id in remove_file_ids:
                if file_id not in {f.id for f in current.files}:
                    raise RequestError(f"Tệp số {file_id} không thuộc yêu cầu {request_id}")
                self.repo.remove_file(file_id)
        self._changed()

    def set_fields_and_files(self, request_id: int, values: dict[str, Any],
                             files: list[tuple[FileRole, str, str]]) -> None:
        """Put back a recorded state (undo / redo of an edit): the fields, and exactly these (role, sha256, name)."""
        current = self.get(request_id)
        wanted = list(files)
        with self.ctx.db.atomic():
            self.repo.update(request_id, values)
            for f in current.files:
                key = (f.role, f.sha256, f.name)
                if key in wanted:
                    wanted.remove(key)
                else:
                    self.repo.remove_file(f.id)
            for role, sha, name in wanted:
                self.repo.add_file(request_id, role, sha, name)
        self._changed()

    def delete(self, request_id: int) -> None:
        self.get(request_id)
        self.repo.set_deleted(request_id, True)
        self._changed()

    def restore(self, request_id: int) -> None:
        self.repo.set_deleted(request_id, False)
        self._changed()

    def link_report(self, request_id: int, report_id: int | None) -> None:
        self._link(request_id, "report_id", "reports", report_id, "báo cáo số")

    def link_submission(self, request_id: int, submission_id: int | None) -> None:
        self._link(request_id, "submission_id", "submissions", submission_id, "hồ sơ đã ký số")

    def _link(self, request_id: int, column: str, table: str, target: int | None, named: str) -> None:
        """Point the request at report/submission *target* (None: unlink), which must exist."""
        self.get(request_id)
        if target is not None and not self.ctx.db[table].count_where("id = ?", [target]):
            raise RequestError(f"Không có {named} {target}")
        self.repo.update(request_id, {column: target})
        self._changed()

    def create_report(self, request_id: int, today: date | None = None) -> int:
        """Lập báo cáo: open (or create) the report of the request's period and link it."""
        from .report_service import ReportService

        request = self.get(request_id)
        if not request.period:
            raise RequestError(f"Yêu cầu {request.number} chưa ghi kỳ báo cáo: ghi kỳ trước khi lập báo cáo")
        service = ReportService(self.ctx)
        draft = service.open_or_create(parse_period(request.period), today=today)
        if draft.report_id is None:
            draft.report_id = service.save(draft, note=f"Theo yêu cầu {request.number}")
        from .outline_service import apply_request_outline  # #20 §2: the outline the request came with

        outlines = [self.files.path_for(f.sha256, f.name) for f in request.files_of(FileRole.OUTLINE)]
        if apply_request_outline(service, draft, [p for p in outlines if p.is_file()]):
            service.save(draft, note=f"Đề cương theo yêu cầu {request.number}")
        self.link_report(request_id, draft.report_id)
        return int(draft.report_id)

    def _changed(self) -> None:
        self.ctx.events.emit(REPORTS_CHANGED, report_ids=None)

    # -- reading -------------------------------------------------------------------------------
    def get(self, request_id: int) -> ReportRequest:
        try:
            return self.repo.get(request_id)
        except KeyError as exc:
            raise RequestError(str(exc.args[0])) from None

    def list(self, include_deleted: bool = False) -> list[ReportRequest]:
        return self.repo.list(include_deleted=include_deleted)

    def report_state(self, request: ReportRequest) -> ReportState | None:
        if request.report_id is None:
            return None
        row = self.ctx.db.execute("SELECT state FROM reports WHERE id = ?", [request.report_id]).fetchone()
        return ReportState(row[0]) if row else None

    def status(self, request: ReportRequest, today: date | None = None, within_days: int = DUE_SOON_DAYS) -> str:
        return due_status(request, today or date.today(), self.report_state(request), within_days)

    def due_counts(self, today: date | None = None, within_days: int = DUE_SOON_DAYS) -> tuple[int, int]:
        """(overdue, due within ``within_days``) among the requests not yet sent."""
        statuses = [self.status(r, today, within_days) for r in self.list()]
        return statuses.count(DueStatus.OVERDUE), statuses.count(DueStatus.DUE_SOON)

    def file_path(self, request_id: int, file_id: int) -> Path:
        found = next((f for f in self.get(request_id).files if f.id == file_id), None)
        if found is None:
            raise RequestError(f"Tệp số {file_id} không thuộc yêu cầu {request_id}")
        return self.files.open_path(found.sha256, found.name)

    # -- standing reports and the merged calendar ----------------------------------------------------
    def add_standing(self, *, title: str, kind: str, working_days: int = 2, before_day: int | None = None,
                     issuer: str = "", cutoff_day: int = CUTOFF_DAY) -> int:
        if not (title or "").strip():
            raise RequestError("Chưa ghi tên báo cáo định kỳ")
        try:
            ReportRule(PeriodKind(kind), working_days, before_day, cutoff_day=cutoff_day)
        except ValueError as exc:
            raise RequestError(str(exc)) from None
        standing_id = self.repo.add_standing(title=title.strip(), kind=PeriodKind(kind).value,
                                             working_days=working_days, before_day=before_day, issuer=issuer,
                                             cutoff_day=cutoff_day)
        self._changed()
        return standing_id

    def delete_standing(self, standing_id: int) -> None:
        self.repo.delete_standing(standing_id)
        self._changed()

    def standing(self) -> list[StandingReportRow]:
        return self.repo.list_standing()

    def merged_calendar(self, year: int) -> list[CalendarEntry]:
        """Standing reports (the data file's and the officer's) and the requests due in ``year``, by due date."""
        from .report_service import ReportService

        service = ReportService(self.ctx)
        rules = service.rules()
        out = [CalendarEntry(r.due, r.label_vi, "standing", str(r.period), r.window, rules[r.kind].description_vi,
                             r.kind.value) for r in service.calendar_for_year(year)]
        for own in self.standing():
            rule = own.rule
            out += [CalendarEntry(r.due, f"{own.title} — {r.period.label_vi}", "standing", str(r.period),
                                  r.window, rule.description_vi, r.kind.value)
                    for r in calendar_for_year(year, [rule], service.calendar)]
        for req in self.list():
            if req.due_on and date.fromisoformat(req.due_on).year == year:
                window = ((date.fromisoformat(req.cutoff_from), date.fromisoformat(req.cutoff_to))
                          if req.cutoff_from and req.cutoff_to else None)
                out.append(CalendarEntry(date.fromisoformat(req.due_on), f"{req.number}: {req.title}", "request",
                                         req.period, window, req.deadline_rule, request_id=req.id))
        return sorted(out, key=lambda e: (e.due, e.source != "standing", e.label))


def kind_label(kind: str) -> str:
    return KIND_LABELS[PeriodKind(kind)]


def request_json(request: ReportRequest, status: str) -> dict[str, Any]:
    return {"id": request.id, "number": request.number, "issued_on": request.issued_on, "issuer": request.issuer,
            "title": request.title, "period": request.period,
            "cutoff": [request.cutoff_from, request.cutoff_to], "deadline_text": request.deadline_text,
            "due_on": request.due_on, "deadline_rule": request.deadline_rule, "channel": request.channel.value,
            "report_id": request.report_id, "submission_id": request.submission_id, "status": status,
            "deleted_at": request.deleted_at,
            "files": [{"id": f.id, "role": f.role.value, "name": f.name, "sha256": f.sha256} for f in request.files],
            "created_at": request.created_at, "updated_at": request.updated_at}

