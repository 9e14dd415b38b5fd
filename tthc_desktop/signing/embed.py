"""Attach files (a submission's .xlsx forms) to a PDF before it is signed, so the signature covers them.

The files go into the document's EmbeddedFiles name tree as one incremental revision; the
person's and the organisation's signatures come after it, so changing an attachment breaks
them. PDF readers list them as attachments (poppler: ``pdfdetach -list``) and save them byte for
byte.

Public API:
    ``embed_files(in_pdf, out_pdf, files) -> Path``
    ``embedded_files(pdf) -> dict[str, bytes]``   name → content of every attachment
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from ..store.files import atomic_write
from .errors import SigningError
from .sign_pdf import _read_pdf

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _ascii_name(name: str) -> str:
    """The /F name (PDFDocEncoding for old readers); /UF keeps the Vietnamese name."""
    folded = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in folded if ord(ch) < 128 and not unicodedata.combining(ch)) or "tep-dinh-kem"


def embed_files(in_pdf: Path | str, out_pdf: Path | str, files: Sequence[Path | str]) -> Path:
    """Write ``out_pdf``: ``in_pdf`` plus one revision attaching ``files`` (atomically)."""
    from pyhanko.pdf_utils.embed import EmbeddedFileObject, EmbeddedFileParams, FileSpec, embed_file
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    paths = [Path(f) for f in files]
    names = [p.name for p in paths]
    if len(set(names)) != len(names):
        raise SigningError("Hai tệp đính kèm trùng tên: " + ", ".join(sorted({n for n in names if names.count(n) > 1})))
    writer = IncrementalPdfFileWriter(io.BytesIO(_read_pdf(in_pdf)), strict=False)
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise SigningError(f"Không đọc được tệp đính kèm {path.name}: {exc.strerror or exc}") from None
        mime = XLSX_MIME if path.suffix.lower() == ".xlsx" else None
        try:
            stream = EmbeddedFileObject.from_file_data(writer, data, params=EmbeddedFileParams(), mime_type=mime)
            embed_file(writer, FileSpec(file_spec_string=_ascii_name(path.name), file_name=path.name,
                                        embedded_data=stream, description="Biểu mẫu Excel kèm theo văn bản"))
        except Exception as exc:  # e.g. a PDF whose attachment tree is nested (pyHanko: flat trees only)
            raise SigningError(f"Không đính kèm được {path.name} vào tệp {Path(in_pdf).name} "
                               f"({type(exc).__name__}); tài liệu chưa được ký.") from None
    out = Path(out_pdf)
    atomic_write(out, writer.write)
    return out


def embedded_files(pdf: Path | str) -> dict[str, bytes]:
    """Name (the Unicode one when present) → content of every attachment in the name tree."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(io.BytesIO(_read_pdf(pdf)), strict=False)
    names = reader.root.get("/Names")
    tree = names.get_object().get("/EmbeddedFiles") if names is not None else None
    out: dict[str, bytes] = {}
    if tree is None:
        return out
    pairs = tree.get_object().get("/Names")
    pairs = pairs.get_object() if pairs is not None else []
    for i in range(1, len(pairs), 2):
        spec = pairs[i].get_object()
        name = str(spec.get("/UF") or spec.get("/F"))
        ef = spec["/EF"].get_object()
        out[name] = (ef.get("/UF") or ef["/F"]).get_object().data
    return out
