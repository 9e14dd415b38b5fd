"""Word (.docx) output of an official document, laid out like the PDF (python-docx)."""

from .writer import write_docx

__all__ = ["write_docx"]
