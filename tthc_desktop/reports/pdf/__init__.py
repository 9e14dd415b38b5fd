"""PDF output laid out per Nghị định 30/2020/NĐ-CP (reportlab)."""
