"""`tthc-desktop import-plan FILE --explain`: each source row's number, class and reason; nothing stored."""

from __future__ import annotations

import json

from cli_support import run
from fixtures_real_shapes import TWO_ROW_HEADER, build_docx


def test_explain_prints_every_row_class_and_reason(tmp_path):
    path = build_docx(TWO_ROW_HEADER, tmp_path / "phu-luc.docx")
    db = tmp_path / "x.db"
    result = run("import-plan", str(path), "--explain", "--db", str(db), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Tệp: ") and "phu-luc.docx" in lines[0]
    rows = [line for line in lines if line.startswith("Dòng")]
    assert len(rows) == len(TWO_ROW_HEADER.grid)  # the .docx table: header, repeated header, groups, tasks
    assert "tiêu đề cột" in rows[1] and "nhóm nhiệm vụ" in rows[2] and "1.a" in rows[3]
    assert "tiêu đề cột lặp lại" in rows[7]
    assert "dòng nối tiếp" in rows[8] and "1.c" in rows[8]
    assert lines[-1] == "Tổng: tiêu đề cột 4, nhóm nhiệm vụ 2, nhiệm vụ 5, dòng nối tiếp 1"
    assert not db.exists()


def test_explain_json(tmp_path):
    path = build_docx(TWO_ROW_HEADER, tmp_path / "phu-luc.docx")
    result = run("import-plan", str(path), "--explain", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    classes = json.loads(result.stdout)
    assert [c["class"] for c in classes] == ["header", "header", "group", "task", "task", "task", "header",
                                             "header", "continuation", "group", "task", "task"]
    assert all(c["reason"] for c in classes)
