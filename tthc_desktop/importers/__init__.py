"""Readers that turn .docx/.xlsx/text tables into plain rows for the services layer."""
