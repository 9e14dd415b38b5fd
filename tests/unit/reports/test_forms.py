"""Form definitions as data: every shipped form loads; biểu 06's header; validations; the safe evaluator."""

from __future__ import annotations

import json
import sys
import unicodedata
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tthc_desktop.reports import forms
from tthc_desktop.reports.form_expressions import (
    ExpressionError,
    evaluate_formula,
    parse_expression,
    to_excel,
)
from tthc_desktop.reports.forms import FormDefinitionError, HeaderCell, list_forms, load_form

SHIPPED = {"bieu_06_vpcp_kstt", "bieu_ii_07b", "plan_progress", "tthc_cuts"}
KEYS_06 = [f"c{n}" for n in range(1, 14)]


def good_row_06() -> dict[str, int]:
    # 3 = 4 + 5 + 6 = 120; 7 = 8 + 9 + 10 = 90; 11 = 12 + 13 = 30; 3 = 7 + 11
    return dict(c3=120, c4=70, c5=40, c6=10, c7=90, c8=50, c9=35, c10=5, c11=30, c12=28, c13=2)


# --- loading -------------------------------------------------------------------------


def test_every_shipped_definition_loads_with_id_version_and_legal_basis():
    loaded = list_forms()
    assert {f.id for f in loaded} == SHIPPED
    for form in loaded:
        again = load_form(form.id)
        assert again == form
        assert form.version and form.legal_basis and form.title
        assert form.orientation in ("portrait", "landscape")
        numbers = [c.number for c in form.leaf_columns()]
        assert numbers == list(range(1, len(numbers) + 1))
        assert unicodedata.is_normalized("NFC", form.title)
        for col in form.leaf_columns():
            assert col.type in forms.COLUMN_TYPES and col.width > 0


def test_bieu_06_identity_and_columns():
    form = load_form("bieu_06_vpcp_kstt")
    assert form.code == "Biểu số 06/VPCP/KSTT"
    assert form.version == "2020.1"
    assert "01/2020/TT-VPCP" in form.legal_basis
    assert form.unit_label == "Đơn vị tính: Số hồ sơ TTHC"
    assert form.orientation == "landscape"
    assert form.title.startswith("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC")
    leaves = form.leaf_columns()
    assert [c.key for c in leaves] == KEYS_06
    assert [c.title for c in leaves[:2]] == ["STT", "Lĩnh vực, công việc giải quyết theo cấp"]
    assert [c.title for c in leaves[2:]] == [
        "Tổng số", "Trực tuyến", "Trực tiếp, dịch vụ bưu chính", "Từ kỳ trước",
        "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn",
        "Tổng số", "Trong hạn", "Quá hạn",
    ]  # fmt: skip
    assert all(c.type == "int" and c.input and c.min == 0 for c in leaves[2:])
    assert not leaves[0].input and not leaves[1].input
    assert form.totals is not None and form.totals.columns == tuple(KEYS_06[2:])
    assert [g.by for g in form.rows.groups] == ["field"] and form.rows.label_from == "level"
    assert [v.id for v in form.validations] == ["3=4+5+6", "7=8+9+10", "11=12+13", "3=7+11"]


def test_bieu_06_header_layout_matches_design():
    form = load_form("bieu_06_vpcp_kstt")
    cells = form.header_rows()
    assert form.header_depth() == 3
    by_title = {}
    for cell in cells:
        by_title.setdefault(cell.title, []).append(cell)
    assert by_title["STT"] == [HeaderCell(1, 1, 3, 1, "STT")]
    assert by_title["Số hồ sơ nhận giải quyết"] == [HeaderCell(1, 3, 1, 4, "Số hồ sơ nhận giải quyết")]
    assert by_title["Số hồ sơ đã giải quyết"] == [HeaderCell(1, 7, 1, 4, "Số hồ sơ đã giải quyết")]
    assert by_title["Số hồ sơ đang giải quyết"] == [HeaderCell(1, 11, 1, 3, "Số hồ sơ đang giải quyết")]
    # "Trong đó" over 4–6 (and over the parts of the other two groups)
    assert [(c.row, c.col, c.colspan) for c in by_title["Trong đó"]] == [(2, 4, 3), (2, 8, 3), (2, 12, 2)]
    assert [(c.row, c.col, c.rowspan) for c in by_title["Tổng số"]] == [(2, 3, 2), (2, 7, 2), (2, 11, 2)]
    assert HeaderCell(3, 5, 1, 1, "Trực tiếp, dịch vụ bưu chính") in cells
    # every sheet cell of the 3 header rows is covered exactly once
    covered = [(r, c) for h in cells for r in range(h.row, h.row + h.rowspan) for c in range(h.col, h.col + h.colspan)]
    assert sorted(covered) == [(r, c) for r in (1, 2, 3) for c in range(1, 14)]


def test_single_row_header_of_plan_progress():
    form = load_form("plan_progress")
    assert [c.title for c in form.header_rows()] == [
        "STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp",
        "Thời hạn", "Kết quả thực hiện", "Tình trạng",
    ]  # fmt: skip
    assert {c.rowspan for c in form.header_rows()} == {1}


def test_tthc_cuts_computed_rates():
    form = load_form("tthc_cuts")
    assert form.column("c7").formula is not None and form.column("c10").formula is not None
    values = form.computed_values({"c5": 10, "c6": Decimal("6.5"), "c8": 200_000, "c9": 140_000})
    assert values == {"c7": Decimal("0.35"), "c10": Decimal("0.3")}
    assert form.computed_values({"c5": 0, "c6": 0, "c8": None, "c9": None}) == {"c7": None, "c10": None}


def test_bieu_ii_07b_levels_add_up():
    form = load_form("bieu_ii_07b", on=date(2025, 6, 30))  # three-level government: cấp huyện column
    assert [c.title for c in form.leaf_columns()][3:6] == ["Cấp tỉnh", "Cấp huyện", "Cấp xã"]
    assert form.evaluate_validations({"c3": 10, "c4": 5, "c5": 3, "c6": 2, "c7": 9, "c8": 4}) == []
    [error] = form.evaluate_validations({"c3": 10, "c4": 5, "c5": 3, "c6": 1})
    assert error.column == "c3" and "(cấp tỉnh + cấp huyện + cấp xã = 9)" in error.message


# --- validations ---------------------------------------------------------------------


def test_consistent_row_has_no_errors():
    assert load_form("bieu_06_vpcp_kstt").evaluate_validations(good_row_06()) == []
    assert load_form("bieu_06_vpcp_kstt").evaluate_validations({}) == []  # all empty = all zero


def test_broken_sums_give_vietnamese_messages_naming_the_cells():
    form = load_form("bieu_06_vpcp_kstt")
    row = good_row_06() | {"c5": 41, "c13": 3}
    errors = form.evaluate_validations(row)
    assert [(e.rule, e.column) for e in errors] == [("3=4+5+6", "c3"), ("11=12+13", "c11")]
    assert errors[0].message == (
        "Cột 3 (Tổng số hồ sơ nhận giải quyết = 120) phải bằng cột 4 + 5 + 6 "
        "(trực tuyến + trực tiếp, dịch vụ bưu chính + từ kỳ trước = 121)"
    )
    assert errors[0].columns == ("c3", "c4", "c5", "c6")
    assert errors[1].message == "Cột 11 (Tổng số hồ sơ đang giải quyết = 30) phải bằng cột 12 + 13 (trong hạn + quá hạn = 31)"
    assert all(unicodedata.is_normalized("NFC", e.message) for e in errors)


def test_received_must_equal_resolved_plus_pending():
    form = load_form("bieu_06_vpcp_kstt")
    row = good_row_06() | {"c7": 91, "c9": 36}
    [error] = form.evaluate_validations(row)
    assert error.rule == "3=7+11" and error.columns == ("c3", "c7", "c11")
    assert "= 121)" in error.message and "Cột 3 (Tổng số hồ sơ nhận giải quyết = 120)" in error.message


def test_type_and_minimum_errors_come_first_and_silence_rules_on_that_cell():
    form = load_form("bieu_06_vpcp_kstt")
    row = good_row_06() | {"c4": "bảy mươi", "c12": -1, "c13": True}
    errors = form.evaluate_validations(row)
    assert [(e.rule, e.column) for e in errors] == [("type", "c4"), ("min", "c12"), ("type", "c13")]
    assert errors[0].message == "Cột 4 (Trực tuyến) phải là số nguyên, không phải «bảy mươi»"
    assert errors[1].message == "Cột 12 (Trong hạn) = -1 không được nhỏ hơn 0"


# --- the expression language ---------------------------------------------------------


@pytest.mark.parametrize(
    "source",
    [
        "c3.real == c4",  # attribute access
        "abs(c3) == c4",  # call
        "__import__('os') == c3",
        "c99 == c3",  # a name not in the form
        "c3 == c4 == c5",  # chained comparison
        "c3 != c4",
        "c3 < c4",
        "c3 * 2 == c4",  # multiplication is for computed columns only
        "c3 / 2 == c4",
        "c3 == 1.5",  # only integers
        "c3 == 'x'",
        "c3 == True",
        "c3 == c4[0]",
        "(lambda: 1)() == c3",
        "c3 == c4 if c5 else c6",
        "c3 + c4",  # a validation must compare
        "c3 == c4; c5",
        "",
    ],
)
def test_validation_language_rejects_everything_outside_the_whitelist(source):
    with pytest.raises(ExpressionError):
        parse_expression(source, known_keys=KEYS_06, mode="validation")


@pytest.mark.parametrize("source", ["c3 == c4", "c3.real", "max(c3, c4)", "c3 ** 2", "c3 // c4", "c3 % 2", "c9"])
def test_formula_language_rejects_comparisons_and_everything_else(source):
    with pytest.raises(ExpressionError):
        parse_expression(source, known_keys=["c3", "c4"], mode="formula")


def test_allowed_expressions_evaluate_and_translate_to_excel():
    rate = parse_expression("(c5 - c6) / c5", known_keys=["c5", "c6"], mode="formula")
    assert rate.keys == ("c5", "c6")
    assert evaluate_formula(rate, {"c5": 8, "c6": 6}) == Decimal("0.25")
    assert evaluate_formula(rate, {"c5": 0, "c6": 0}) is None
    assert to_excel(rate, lambda k: {"c5": "E9", "c6": "F9"}[k]) == 'IFERROR((E9-F9)/E9,"")'
    nested = parse_expression("c3 - (c4 - c5) * 2 / (c3 + 1)", known_keys=["c3", "c4", "c5"], mode="formula")
    assert to_excel(nested, str.upper) == 'IFERROR(C3-(C4-C5)*2/(C3+1),"")'
    check = parse_expression("c3 == c4 + c5 - -1", known_keys=KEYS_06, mode="validation")
    assert check.keys == ("c3", "c4", "c5") and check.left_keys == ("c3",)
    assert to_excel(check, lambda k: f"${k.upper()}8") == "$C38<>$C48+$C58-(-1)"


# --- bad definition files ------------------------------------------------------------


def _write_form(root: Path, data: dict, name: str | None = None) -> Path:
    folder = root / "templates" / "forms"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name or data['id']}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _minimal(**changes) -> dict:
    data = {
        "$schema_version": 1,
        "id": "thu",
        "version": "1",
        "title": "THỬ",
        "legal_basis": "Không",
        "orientation": "portrait",
        "columns": [
            {"key": "a", "title": "A", "type": "int", "width": 8, "input": True},
            {"key": "b", "title": "B", "type": "int", "width": 8, "input": True},
        ],
        "rows": {"number_column": None, "label_column": None, "numbering": "arabic", "groups": []},
        "totals": None,
        "validations": [],
    }
    data.update(changes)
    return data


@pytest.mark.parametrize(
    ("changes", "fragment"),
    [
        ({"$schema_version": 2}, "phiên bản lược đồ 2"),
        ({"columns": [{"key": "a", "title": "A", "type": "int", "width": 8}] * 2}, "mã cột bị trùng"),
        ({"columns": [{"key": "a", "title": "A", "type": "money", "width": 8}]}, "«money»"),
        (
            {"columns": [{"key": "a", "title": "A", "type": "int", "width": 8, "input": True, "formula": "1"}]},
            "không thể là ô nhập liệu",
        ),
        ({"totals": {"label": "Cộng", "columns": ["z"]}}, "không có cột «z»"),
        ({"validations": [{"id": "x", "expr": "a == open(b)", "message": "m"}]}, "chỉ được dùng mã cột"),
        ({"columns": []}, "không có cột nào"),
        ({"title": None}, "mục «title» phải là một chuỗi"),
        ({"orientation": "sideways"}, "«sideways»"),
    ],
)
def test_bad_definitions_are_refused_with_the_file_named(tmp_path, changes, fragment):
    _write_form(tmp_path, _minimal(**changes), name="thu")
    with pytest.raises(FormDefinitionError) as info:
        load_form("thu", resources=tmp_path)
    assert "thu.json" in str(info.value) and fragment in str(info.value)


def test_missing_or_malformed_files_and_ids(tmp_path):
    with pytest.raises(FormDefinitionError, match="Không tìm thấy biểu mẫu «khong_co»"):
        load_form("khong_co", resources=tmp_path)
    with pytest.raises(FormDefinitionError, match="Mã biểu mẫu không hợp lệ"):
        load_form("../etc/passwd", resources=tmp_path)
    (tmp_path / "templates" / "forms").mkdir(parents=True)
    (tmp_path / "templates" / "forms" / "hong.json").write_text("{khong phai json", encoding="utf-8")
    with pytest.raises(FormDefinitionError, match="Không đọc được biểu mẫu hong.json"):
        load_form("hong", resources=tmp_path)
    _write_form(tmp_path, _minimal(id="khac"), name="thu")
    with pytest.raises(FormDefinitionError, match="«khac», không phải «thu»"):
        load_form("thu", resources=tmp_path)


def test_resources_dir_at_source_root_or_in_the_frozen_bundle(monkeypatch, tmp_path):
    assert forms.resources_dir() == Path(__file__).resolve().parents[3] / "resources"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert forms.resources_dir() == tmp_path / "resources"


# --- versions (issue 14) ----------------------------------------------------------------


def test_bieu_ii_07b_has_no_district_column_from_july_2025():
    old, new = load_form("bieu_ii_07b", on=date(2025, 6, 30)), load_form("bieu_ii_07b", on=date(2025, 7, 1))
    assert "Cấp huyện" in [c.title for c in old.leaf_columns()] and old.effective_to == date(2025, 6, 30)
    assert [c.title for c in new.leaf_columns()][3:5] == ["Cấp tỉnh", "Cấp xã"]
    assert "Cấp huyện" not in [c.title for c in new.leaf_columns()] and new.effective_from == date(2025, 7, 1)
    assert load_form("bieu_ii_07b") == new  # without a date: the newest
    assert new.evaluate_validations({"c3": 10, "c4": 6, "c5": 4}) == []
    [error] = new.evaluate_validations({"c3": 10, "c4": 6, "c5": 3})
    assert "(cấp tỉnh + cấp xã = 9)" in error.message
    with pytest.raises(FormDefinitionError, match="không có phiên bản"):
        load_form("bieu_ii_07b", on=date(2019, 1, 1))


def test_every_form_version_carries_dates_and_legal_basis():
    for path in sorted(forms.forms_dir().glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert "effective_from" in data and "effective_to" in data and data["legal_basis"], path.name
        form = forms.load_path(path)
        if "chưa xác nhận" in form.comment.lower():
            assert form.legal_basis  # an uncertain basis says so, and still has a text the officer can edit


def test_versions_do_not_overlap():
    for form in list_forms():
        versions = forms.form_versions(form.id)
        for a, b in zip(versions, versions[1:], strict=False):
            assert a.effective_to is not None and b.effective_from is not None and a.effective_to < b.effective_from
