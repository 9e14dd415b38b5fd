"""Report templates, filled documents and their PDF/XLSX renderers."""
