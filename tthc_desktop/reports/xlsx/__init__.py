"""Excel output (openpyxl): official forms from a form definition, and plain formatted list exports."""

from .writer import write_form_xlsx, write_table_xlsx

__all__ = ["write_form_xlsx", "write_table_xlsx"]
