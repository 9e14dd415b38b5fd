"""Attachments before signing: byte-identical round trip with Vietnamese names; a PDF whose attachment
tree cannot take more files gets a Vietnamese SigningError and no output."""

from __future__ import annotations

import io

import pytest
import signing_support as S
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from tthc_desktop.signing.embed import embed_files, embedded_files
from tthc_desktop.signing.errors import SigningError


def test_round_trip_with_vietnamese_names(tmp_path):
    pdf = S.write_report_pdf(tmp_path / "a.pdf")
    files = [tmp_path / "biểu-06.xlsx", tmp_path / "tiến độ.xlsx"]
    for i, f in enumerate(files):
        f.write_bytes(bytes(range(256)) * (i + 1))
    out = embed_files(pdf, tmp_path / "b.pdf", files)
    assert embedded_files(out) == {f.name: f.read_bytes() for f in files}
    assert out.read_bytes().startswith(pdf.read_bytes())  # one incremental revision on top of the original


def test_nested_attachment_tree_is_refused_in_vietnamese(tmp_path):
    pdf = S.write_report_pdf(tmp_path / "a.pdf")
    w = IncrementalPdfFileWriter(io.BytesIO(pdf.read_bytes()))
    kid = w.add_object(generic.DictionaryObject({generic.pdf_name("/Names"): generic.ArrayObject()}))
    tree = w.add_object(generic.DictionaryObject({generic.pdf_name("/Kids"): generic.ArrayObject([kid])}))
    w.root["/Names"] = w.add_object(generic.DictionaryObject({generic.pdf_name("/EmbeddedFiles"): tree}))
    w.update_root()
    nested = tmp_path / "nested.pdf"
    with open(nested, "wb") as fh:
        w.write(fh)
    sheet = tmp_path / "bieu.xlsx"
    sheet.write_bytes(b"x")
    with pytest.raises(SigningError, match="Không đính kèm được bieu.xlsx vào tệp nested.pdf"):
        embed_files(nested, tmp_path / "out.pdf", [sheet])
    assert not (tmp_path / "out.pdf").exists()
