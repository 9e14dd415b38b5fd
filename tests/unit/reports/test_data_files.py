"""Form definitions and report templates read their versioned JSON through reports/data_files: each keeps its own
error type and wording for an unreadable file and a bad effective date, and both answer valid_on alike."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from tthc_desktop.reports.forms import FormDefinitionError, load_form
from tthc_desktop.reports.templates import TemplateError, TemplateSet, reports_dir


def _form(root: Path, **changes) -> Path:
    folder = root / "templates" / "forms"
    folder.mkdir(parents=True, exist_ok=True)
    data = {
        "$schema_version": 1, "id": "thu", "version": "1", "title": "THỬ", "legal_basis": "Không",
        "orientation": "portrait",
        "columns": [{"key": "a", "title": "A", "type": "int", "width": 8, "input": True}],
        "rows": {"number_column": None, "label_column": None, "numbering": "arabic", "groups": []},
        "totals": None, "validations": [],
    } | changes
    path = folder / "thu.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _template(tmp_path: Path, **changes) -> TemplateSet:
    base = tmp_path / "reports"
    shutil.copytree(reports_dir(), base)
    path = base / "thu_xin_loi.json"
    path.write_text(json.dumps(json.loads(path.read_text(encoding="utf-8")) | changes, ensure_ascii=False),
                    encoding="utf-8")
    return TemplateSet(base)


def test_effective_dates_bound_the_version_of_a_form_and_of_a_template(tmp_path):
    form = load_form("thu", resources=_form(tmp_path, effective_from="2025-07-01", effective_to="2025-12-31")
                     .parents[2])
    template = _template(tmp_path, effective_from="2025-07-01", effective_to="2025-12-31").load("thu_xin_loi")
    for versioned in (form, template):
        assert [versioned.valid_on(d) for d in (date(2025, 6, 30), date(2025, 7, 1), date(2025, 12, 31),
                                                date(2026, 1, 1))] == [False, True, True, False]


def test_a_bad_effective_date_is_named_in_each_kind_of_error(tmp_path):
    root = _form(tmp_path, effective_from="1/7/2025").parents[2]
    with pytest.raises(FormDefinitionError, match=r"thu\.json không hợp lệ: ngày hiệu lực «1/7/2025» phải có dạng"):
        load_form("thu", resources=root)
    with pytest.raises(TemplateError, match=r"thu_xin_loi\.json: ngày hiệu lực «1/7/2025» phải có dạng"):
        _template(tmp_path, effective_to="1/7/2025").load("thu_xin_loi")


def test_unreadable_json_is_named_in_each_kind_of_error(tmp_path):
    path = _form(tmp_path)
    path.write_text("{", encoding="utf-8")
    with pytest.raises(FormDefinitionError, match=r"Không đọc được biểu mẫu thu\.json: "):
        load_form("thu", resources=path.parents[2])
    templates = _template(tmp_path)
    (templates.base_dir / "thu_xin_loi.json").write_bytes(b"\xff{")
    with pytest.raises(TemplateError, match=r"Không đọc được mẫu báo cáo thu_xin_loi\.json: "):
        templates.load("thu_xin_loi")
