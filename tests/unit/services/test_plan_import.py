"""Plan import service: preview, one-transaction store, re-import updates without duplicating."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from tthc_desktop.domain.entities import DueDateKind, TaskDueDate, TaskRole, TaskUpdate, UnitLevel
from tthc_desktop.importers.text_table import read_text_table
from tthc_desktop.services.plan_import import PlanDetails, build_preview, guess_plan_year, import_plan

DETAILS = PlanDetails(title="Triển khai Nghị quyết 66/NQ-CP", year=2025, symbol="165/KH-UBND",
                      issued_on=date(2025, 4, 14), issuer="UBND tỉnh Tiền Giang")


@pytest.fixture
def appendix_table(appendix_text):
    return read_text_table(appendix_text, source="ke-hoach-165.txt")[0]


def preview_of(ctx, table, path):
    return build_preview(path, table, plan_year=2025, unit=ctx.units.own_unit(), sha256="same-file")


def test_preview_parses_deadlines_and_roles(ctx, appendix_table, tmp_path):
    ctx.units.save_own_unit("Văn phòng UBND tỉnh", UnitLevel.DEPARTMENT)
    preview = preview_of(ctx, appendix_table, tmp_path / "kh.txt")
    by_number = {t.parsed.number: t for t in preview.tasks}
    assert guess_plan_year(appendix_table, 1999) == 2025
    assert by_number["II.1"].deadline.due_dates == (date(2025, 4, 24),)
    assert by_number["II.2.2"].deadline.due_dates == (date(2025, 6, 19), date(2026, 6, 19))
    assert by_number["IV.2.7"].deadline.is_continuous
    assert by_number["III.4"].deadline.needs_date
    assert by_number["I.2"].role is TaskRole.LEAD  # "nt" resolved to Văn phòng UBND tỉnh
    assert by_number["II.1"].role is TaskRole.COORDINATING or by_number["II.1"].role is TaskRole.LEAD
    assert by_number["II.2"].is_heading and not by_number["II.1"].is_heading
    assert any("III.4" in w and "cần đặt hạn" in w for w in preview.warnings)


def test_pre_merger_plan_still_imports_and_says_district_is_gone(ctx, appendix_table, tmp_path):
    """Issue 14: the Tiền Giang plan (April 2025) names "UBND cấp huyện": it imports, the preview says so."""
    ctx.units.save_own_unit("UBND xã Tân Phú", UnitLevel.COMMUNE)
    preview = preview_of(ctx, appendix_table, tmp_path / "kh.txt")
    notes = [w for w in preview.warnings if "cấp huyện không còn" in w]
    assert any(w.startswith("Nhiệm vụ II.1:") for w in notes)
    assert {t.parsed.number for t in preview.tasks if t.role is not TaskRole.WATCHING} >= {"II.1"}  # cấp xã too
    import_plan(ctx, preview, PlanDetails(title="KH 165", year=2025))
    assert ctx.tasks.by_plan(1)


def test_import_stores_tree_and_due_dates(ctx, appendix_table, tmp_path):
    result = import_plan(ctx, preview_of(ctx, appendix_table, tmp_path / "kh.txt"), DETAILS)
    assert not result.reimport and result.created == 41
    tasks = {t.number: t for t in ctx.tasks.by_plan(result.plan_id)}
    assert len(tasks) == 41
    assert tasks["II.2.1"].parent_id == tasks["II.2"].id
    assert tasks["II.2"].parent_id == tasks["II"].id
    assert [d.due_on for d in tasks["II.1"].due_dates] == [date(2025, 4, 24)]
    recurring = [d.due_on for d in tasks["I.3"].due_dates if d.kind is DueDateKind.RECURRING]
    assert date(2025, 1, 31) in recurring and date(2026, 12, 31) in recurring
    assert tasks["I.1"].deadline_rule  # the explanation is kept for the user
    assert ctx.plans.get(result.plan_id).symbol == "165/KH-UBND"


def test_reimport_updates_changed_tasks_and_keeps_user_work(ctx, appendix_text, tmp_path):
    first = read_text_table(appendix_text)[0]
    result = import_plan(ctx, preview_of(ctx, first, tmp_path / "kh.txt"), DETAILS)
    tasks = {t.number: t for t in ctx.tasks.by_plan(result.plan_id)}
    ctx.tasks.update_fields(tasks["II.1"].id, {"completed_on": date(2025, 4, 20), "outcome": "Đã gửi báo cáo"})
    ctx.tasks.add_update(TaskUpdate(task_id=tasks["II.1"].id, updated_on=date(2025, 4, 18), note="Đang rà soát"))
    ctx.tasks.add_due_date(tasks["IV.2.1"].id, TaskDueDate(date(2025, 7, 15), DueDateKind.EXTENSION, "CV 99"))

    changed_text = appendix_text.replace("Trước ngày 25/4/2025", "Trước ngày 30/4/2025", 1)
    second = read_text_table(changed_text)[0]
    again = import_plan(ctx, preview_of(ctx, second, tmp_path / "kh-sua.txt"), DETAILS)
    assert again.reimport and again.plan_id == result.plan_id
    assert again.created == 0 and again.updated >= 1 and again.unchanged >= 30
    after = {t.number: t for t in ctx.tasks.by_plan(result.plan_id)}
    assert len(after) == 41  # nothing duplicated
    assert ctx.db["plans"].count == 1
    ii1 = after["II.1"]
    assert [d.due_on for d in ii1.due_dates] == [date(2025, 4, 29)]
    assert ii1.completed_on == date(2025, 4, 20) and ii1.outcome == "Đã gửi báo cáo"
    assert [u.note for u in ctx.tasks.updates(ii1.id)] == ["Đang rà soát"]
    assert any(d.kind is DueDateKind.EXTENSION for d in after["IV.2.1"].due_dates)


def test_failed_import_writes_nothing(ctx, appendix_table, tmp_path, monkeypatch):
    from tthc_desktop.store import tasks as task_store

    preview = preview_of(ctx, appendix_table, tmp_path / "kh.txt")
    filled = []

    def failing_fill(db, first_id, last_id):  # after the plan, its tasks and their audit rows
        filled.append(db.execute("SELECT count(*) FROM tasks").fetchone()[0])
        raise OSError("ổ đĩa đầy")

    monkeypatch.setattr(task_store, "index_new_tasks", failing_fill)
    audit_before = ctx.db["audit_log"].count
    with pytest.raises(OSError):
        import_plan(ctx, preview, DETAILS)
    assert filled and filled[0] > 0  # the failure came half-way, with rows already written
    assert ctx.db["plans"].count == 0 and ctx.db["tasks"].count == 0
    assert ctx.db["audit_log"].count == audit_before


def test_plan_details_are_read_from_the_document_heading(tmp_path):
    from tthc_desktop.services.plan_details import guess_plan_details

    doc = tmp_path / "kh.txt"
    doc.write_text(
        "ỦY BAN NHÂN DÂN\nTỈNH TIỀN GIANG\n\nSố: 165/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\nTiền Giang, ngày 14 tháng 4 năm 2025\n\n## KẾ HOẠCH\n\n"
        "**Triển khai thực hiện Nghị quyết số 66/NQ-CP  \ntrên địa bàn tỉnh Tiền Giang**\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n",
        encoding="utf-8",
    )
    got = guess_plan_details(doc, 2025)
    assert got.symbol == "165/KH-UBND"
    assert got.issued_on == date(2025, 4, 14)
    assert got.title == "Kế hoạch Triển khai thực hiện Nghị quyết số 66/NQ-CP trên địa bàn tỉnh Tiền Giang"
    assert got.issuer.startswith("Ủy ban nhân dân")
    # never the file name, never today: what the document does not say stays empty (the CLI/wizard ask)
    missing = guess_plan_details(tmp_path / "missing.pdf", 2025)
    assert (missing.title, missing.symbol, missing.issued_on, missing.issuer) == ("", "", None, "")


def test_preview_reads_each_distinct_deadline_and_agency_text_once(ctx, monkeypatch, tmp_path):
    """Issue 17 (import speed): 60 tasks sharing 3 deadline texts and 2 agency pairs: 3 deadline parses, 2 role
    and 2 district checks; every task still gets the same deadline, role and warning as when read alone."""
    from tthc_desktop.domain import deadlines
    from tthc_desktop.importers import agencies
    from tthc_desktop.services import plan_import

    ctx.units.save_own_unit("Sở Tư pháp", UnitLevel.DEPARTMENT)
    texts = ["Trước ngày 30/6/2025", "Quý III/2025", "Thường xuyên"]
    pairs = [("Sở Tư pháp", "Các sở, ngành"), ("UBND cấp huyện", "Sở Tư pháp")]
    lines = ["STT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tSản phẩm",
             "I\tNhóm nhiệm vụ\t\t\t\t"]
    for i in range(60):
        lead, coordinating = pairs[i % 2]
        lines.append(f"{i + 1}\tRà soát thủ tục hành chính số {i + 1}\t{lead}\t{coordinating}\t{texts[i % 3]}\tBáo cáo")
    table = read_text_table("\n".join(lines), source="kh.txt")[0]
    calls = {"deadline": 0, "role": 0, "district": 0}

    def counting(name, real):
        def wrapper(*args, **kwargs):
            calls[name] += 1
            return real(*args, **kwargs)
        return wrapper

    monkeypatch.setattr(plan_import, "parse_deadline", counting("deadline", deadlines.parse_deadline))
    monkeypatch.setattr(plan_import, "classify_role", counting("role", agencies.classify_role))
    monkeypatch.setattr(plan_import, "district_warning", counting("district", agencies.district_warning))
    preview = preview_of(ctx, table, tmp_path / "kh.txt")
    tasks = [t for t in preview.tasks if not t.is_heading]
    assert len(tasks) == 60
    assert calls["deadline"] <= 4 and calls["role"] <= 3  # the section row has its own (empty) texts
    for i, task in enumerate(tasks):
        assert task.deadline == deadlines.parse_deadline(texts[i % 3], 2025)
        assert task.role.value == agencies.classify_role(*pairs[i % 2], "Sở Tư pháp", UnitLevel.DEPARTMENT.value)
    district_notes = [w for w in preview.warnings if "cấp huyện không còn" in w]
    assert len(district_notes) == 30 and district_notes[0].startswith("Nhiệm vụ I.2:")
    assert calls["district"] <= 3 + 30  # one check per distinct pair, then the note of each task naming it


def test_first_import_does_not_fold_every_content_for_a_plan_search_with_nothing_to_find(ctx, appendix_table,
                                                                                       tmp_path, monkeypatch):
    """Issue 17: with no stored plan (or none of another số/ký hiệu) the same-table search has nothing to compare."""
    from tthc_desktop.services import plan_import

    preview = preview_of(ctx, appendix_table, tmp_path / "kh.txt")

    def no_fold(text):
        raise AssertionError("folded the preview's contents with no plan to compare")

    monkeypatch.setattr(plan_import, "fold", no_fold)
    first = import_plan(ctx, preview, DETAILS)
    assert not first.reimport
    monkeypatch.undo()
    again = import_plan(ctx, preview, replace(DETAILS, symbol=""))  # no số/ký hiệu: found by its task table
    assert again.reimport and again.plan_id == first.plan_id


@pytest.mark.parametrize("cells, year", [
    (["Trước 30/6/2026", "năm 2025", "2025"], 2025),
    (["Quý II/2026", "KH2025", "20256", "_2025", "2025a"], 2026),  # a year is a whole word
    (["2030;2030", "x"], 2030),
    (["không có năm"], 1999),
])
def test_plan_year_counts_whole_word_years(cells, year):
    from tthc_desktop.importers.table_readers import RawTable

    assert guess_plan_year(RawTable("t", [cells]), 1999) == year
