"""Outline use cases: change a report's outline, keep outlines as dated template versions per unit,
share them as JSON files, and list the shipped starting outlines (resources/templates/outlines).

Template versions live in the settings table under ``outline_templates:<unit>`` (a JSON list of
``{"name", "version_date", "sections"}``): a handful per unit, no schema change needed.
An outline file is ``{"format": "tthc-outline", "version": 1, "name", "version_date", "sections"}`` (and
optionally ``"ends"``: which shipped opening/closing it uses, reports/outline.py ``ENDS``);
it is written through a temporary file and renamed, so a failed export leaves no half file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..reports.forms import resources_dir
from ..reports.outline import (
    ENDS_FIELD,
    OUTLINE_FIELD,
    OutlineError,
    OutlineNode,
    apply_outline,
    check_ends,
    default_outline,
    from_dicts,
    to_dicts,
)
from ..store.files import atomic_write
from .context import AppContext

FILE_FORMAT = "tthc-outline"
FILE_VERSION = 1
STORE_KEY = "outline_templates:{unit}"


@dataclass(frozen=True)
class OutlineTemplate:
    name: str
    version_date: str  # ISO date: which period's outline it was
    sections: list[OutlineNode]
    source: str = "unit"  # "unit" (saved by the officer) | "shipped" | "file"
    comment: str = ""
    ends: str = ""  # its opening paragraph and closing sentence (reports/outline.py ENDS); "": the template's

    @property
    def label(self) -> str:
        day = self.version_date
        try:
            day = f"{date.fromisoformat(day):%d/%m/%Y}"
        except ValueError:
            pass
        return f"{self.name} ({day})" if day else self.name


def outlines_dir() -> Path:
    return resources_dir() / "templates" / "outlines"


def parse_outline_file(data: Any, where: str) -> OutlineTemplate:
    if not isinstance(data, dict) or data.get("format") != FILE_FORMAT:
        raise OutlineError(f"{where}: không phải tệp đề cương báo cáo (thiếu \"format\": \"{FILE_FORMAT}\")")
    if data.get("version") != FILE_VERSION:
        raise OutlineError(f"{where}: phiên bản tệp {data.get('version')!r} không được hỗ trợ")
    name = " ".join(str(data.get("name") or "").split())
    if not name:
        raise OutlineError(f"{where}: thiếu tên đề cương")
    sections = from_dicts(data.get("sections"), where=where)
    if not sections:
        raise OutlineError(f"{where}: đề cương không có mục nào")
    return OutlineTemplate(name, str(data.get("version_date") or ""), sections, comment=str(data.get("_comment", "")),
                           ends=check_ends(data.get("ends"), where))


def shipped_outlines() -> list[OutlineTemplate]:
    out = []
    for path in sorted(outlines_dir().glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        t = parse_outline_file(data, path.name)
        out.append(OutlineTemplate(t.name, t.version_date, t.sections, "shipped", t.comment, t.ends))
    return out


def read_outline_file(path: str | Path) -> OutlineTemplate:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise OutlineError(f"Không đọc được tệp {path.name}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise OutlineError(f"Tệp {path.name} không phải JSON hợp lệ (dòng {exc.lineno})") from None
    t = parse_outline_file(data, path.name)
    return OutlineTemplate(t.name, t.version_date, t.sections, "file", t.comment, t.ends)


def write_outline_file(template: OutlineTemplate, path: str | Path) -> Path:
    path = Path(path)
    payload = {"format": FILE_FORMAT, "version": FILE_VERSION, "name": template.name,
               "version_date": template.version_date, "sections": to_dicts(template.sections)}
    if template.ends:
        payload["ends"] = template.ends
    return atomic_write(path, json.dumps(payload, ensure_ascii=False, indent=2).encode("utf-8"))


class OutlineService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def _key(self) -> str:
        unit = self.ctx.units.own_unit()
        return STORE_KEY.format(unit=unit.id if unit else "default")

    def saved(self) -> list[OutlineTemplate]:
        text = self.ctx.settings.get(self._key())
        items = json.loads(text) if text else []
        return [OutlineTemplate(i["name"], i["version_date"], from_dicts(i["sections"]), ends=check_ends(i.get("ends")))
                for i in items]

    def save_version(self, name: str, sections: list[OutlineNode], version_date: date,
                     ends: str = "") -> OutlineTemplate:
        """Keep *sections* as template *name* dated *version_date* (the same name and date is replaced)."""
        name = " ".join(name.split())
        if not name:
            raise OutlineError("Chưa nhập tên mẫu đề cương")
        if not sections:
            raise OutlineError("Đề cương không có mục nào")
        day = version_date.isoformat()
        items = [t for t in self.saved() if (t.name, t.version_date) != (name, day)]
        items.append(OutlineTemplate(name, day, [n.copy() for n in sections], ends=check_ends(ends)))
        items.sort(key=lambda t: (t.name, t.version_date))
        self.ctx.settings.set(self._key(), json.dumps(
            [{"name": t.name, "version_date": t.version_date, "sections": to_dicts(t.sections)}
             | ({"ends": t.ends} if t.ends else {}) for t in items],
            ensure_ascii=False))
        return items[[(t.name, t.version_date) for t in items].index((name, day))]

    def latest(self, name: str) -> OutlineTemplate | None:
        versions = [t for t in self.saved() if t.name == name]
        return max(versions, key=lambda t: t.version_date) if versions else None

    def choices(self) -> list[OutlineTemplate]:
        """Saved versions (newest first), then the shipped starting outlines."""
        return sorted(self.saved(), key=lambda t: t.version_date, reverse=True) + shipped_outlines()


def outline_of_draft(draft) -> list[OutlineNode]:
    stored = draft.fields.get(OUTLINE_FIELD)
    return from_dicts(stored) if stored else default_outline(draft.template)


def outline_ends(draft) -> str:
    """The opening/closing the report's outline uses ("" = its template's own)."""
    return check_ends(draft.fields.get(ENDS_FIELD)) if draft.fields.get(OUTLINE_FIELD) else ""


def set_outline(service, draft, nodes: list[OutlineNode], ends: str | None = None) -> None:
    """Give *draft* the outline *nodes*: kept sections keep their text, new generated blocks get the
    data's text, new free sections start empty. *ends*: its opening and closing (None: keep the report's);
    the trích yếu follows them unless the officer rewrote it."""
    base = service.templates.load(draft.template.id)
    before = {s.key: s.template for s in draft.template.sections}
    old_summary = _summary(service, draft)
    old_auto = dict(draft.auto_sections)
    draft.fields[OUTLINE_FIELD] = to_dicts(nodes)
    if ends is not None:
        draft.fields[ENDS_FIELD] = check_ends(ends)
    draft.template = apply_outline(base, nodes, str(draft.fields.get(ENDS_FIELD) or ""))
    service.refresh(draft)
    if old_summary is not None and " ".join(str(draft.fields.get("summary") or "").split()) == old_summary:
        draft.fields["summary"] = _summary(service, draft) or draft.fields.get("summary")
    keys = [s.key for s in draft.template.sections]
    # A section whose kind changed takes the new kind's text; others keep what the officer wrote.
    same = {s.key for s in draft.template.sections if s.key in draft.sections and before.get(s.key, 0) == s.template}
    # an opening / closing the officer rewrote stays; an untouched one follows the outline's
    same |= {k for k in ("intro", "closing") if k in draft.sections and draft.sections[k] != old_auto.get(k)}
    draft.sections = {k: draft.sections[k] if k in same else draft.auto_sections.get(k, "")
                      for k in keys} | {k: v for k, v in draft.sections.items() if k not in keys}


def _summary(service, draft) -> str | None:
    from ..reports.templates import TemplateError

    if draft.period is None:
        return None
    try:
        return " ".join(service.templates.render_summary(draft.template, service.context(draft)).split())
    except TemplateError:
        return None
def headings_from_text(text: str) -> list[tuple[int, str]]:
    """(level, title) of the numbered headings typed or pasted as text ("I. …", "1. …", "a) …")."""
    from ..importers.outline_text import parse_outline_text

    return [(x.level, x.title) for x in parse_outline_text(text).lines]


def headings_from_docx(path: str | Path) -> list[tuple[int, str]]:
    """(level, title) of a Word file's headings; raises ImportFailure (Vietnamese) on an unreadable file."""
    from ..importers.outline_text import docx_outline

    return [(x.level, x.title) for x in docx_outline(path).lines]


def outline_from_file(path: str | Path) -> list[OutlineNode]:
    """An outline from a file a request came with: a shared .json, a Word .docx, or plain text."""
    from ..importers.errors import ImportFailure
    from ..importers.outline_text import docx_outline, parse_outline_text
    from ..reports.outline import nodes_from_levels

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".json":
        return read_outline_file(path).sections
    try:
        if suffix in (".docx", ".doc"):
            lines = docx_outline(path).lines
        elif suffix in (".txt", ".md"):
            lines = parse_outline_text(path.read_text(encoding="utf-8-sig", errors="replace")).lines
        else:
            raise OutlineError(f"Tệp {path.name}: chưa đọc được đề cương dạng {suffix or 'không rõ'}; "
                               "hãy dán nội dung đề cương hoặc dùng bản .docx")
    except ImportFailure as exc:
        raise OutlineError(str(exc)) from None
    if not lines:
        raise OutlineError(f"Tệp {path.name}: không thấy đề mục nào có đánh số")
    return nodes_from_levels([(x.level, x.title) for x in lines])


def apply_request_outline(service, draft, paths: list[Path]) -> str | None:
    """Give a report without an outline of its own the first readable outline a request came with.
    Returns the file used (None: the report already had one, or no file could be read)."""
    if draft.fields.get(OUTLINE_FIELD) or not draft.template.kinds:
        return None
    for path in paths:
        try:
            nodes = outline_from_file(path)
            ends = read_outline_file(path).ends if Path(path).suffix.lower() == ".json" else None
        except (OutlineError, OSError):
            continue  # a PDF outline or a damaged file: the officer pastes it in the outline panel
        set_outline(service, draft, nodes, ends)
        return Path(path).name
    return None
