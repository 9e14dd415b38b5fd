"""The three fill-in-place readers share form_sheets: an old Excel file (.xls by name or by content) is refused."""

from __future__ import annotations

import pytest

from tthc_desktop.importers.errors import ImportFailure
from tthc_desktop.importers.province_cuts_form import read_cuts_form
from tthc_desktop.importers.province_form import read_progress_form, read_province_form

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@pytest.mark.parametrize("reader", [read_province_form, read_cuts_form, read_progress_form])
@pytest.mark.parametrize("name", ["bieu.xls", "bieu.xlsx"])
def test_old_excel_is_refused_by_every_form_reader(tmp_path, reader, name):
    path = tmp_path / name
    path.write_bytes(OLE_MAGIC + b"\0" * 504)  # an .xls saved under either name
    with pytest.raises(ImportFailure, match=r"định dạng Excel cũ \(\.xls\)") as caught:
        reader(path)
    assert name in str(caught.value)
