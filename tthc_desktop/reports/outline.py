"""A report's outline (đề cương): an ordered tree of sections the officer can edit, per report.

Each node is ``{"key", "title", "kind", "children"}``; *kind* is "free" (the officer writes it) or a
generated block (``BLOCKS``), rendered from the same report data and Jinja texts as the built-in
template. An outline is stored in the report's fields (``fields["outline"]``); a report without one
uses its template's own sections (the default outline), so an untouched report reads as before.

``apply_outline`` turns a template + outline into an effective template: the template's opening and
closing paragraphs stay (or the outline's own, named in ``ENDS``: a CCHC report does not open like a
KSTT one), the outline replaces the numbered sections between them, and the section checks of
removed sections are dropped. Everything downstream (editor, validation, PDF)
reads the effective template as it read the built-in one.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .templates import ReportTemplate, SectionSpec

OUTLINE_FIELD = "outline"
FREE = "free"
CARRY_FORWARD = "carry_forward"
# Generated block → its Jinja text (relative to templates/reports); carry_forward uses last period's text.
BLOCK_TEMPLATES = {
    "plan_progress": "bao_cao_kstt/tasks.j2",
    "tasks_by_status": "blocks/tasks_by_status.j2",
    "cuts_summary": "bao_cao_kstt/cuts.j2",
    "form06_figures": "bao_cao_kstt/case_files.j2",
    "catalogue": "blocks/catalogue.j2",
    CARRY_FORWARD: "blocks/carry_forward.j2",
}
KINDS = (FREE, *BLOCK_TEMPLATES)
KIND_LABELS_VI = {
    FREE: "Nội dung tự viết",
    "plan_progress": "Tiến độ thực hiện kế hoạch",
    "tasks_by_status": "Nhiệm vụ theo tình trạng",
    "cuts_summary": "Kết quả cắt giảm TTHC",
    "form06_figures": "Số liệu Biểu 06",
    "catalogue": "Danh mục TTHC",
    CARRY_FORWARD: "Chép nội dung kỳ trước",
}
# An outline's opening paragraph, closing sentence and trích yếu, by name: shipped Jinja texts (a shared outline
# file names one, it never carries template code of its own). "" = the report template's own.
ENDS_FIELD = "outline_ends"
ENDS: dict[str, tuple[str, str, str]] = {
    "kstt": ("bao_cao_kstt/intro.j2", "bao_cao_kstt/closing.j2",
             "Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính {{ period.label_lower }}"),
    "cchc": ("blocks/cchc_intro.j2", "blocks/cchc_closing.j2",
             "Kết quả thực hiện công tác cải cách hành chính {{ period.label_lower }}"),
}
MAX_DEPTH = 3
_KEY = re.compile(r"^[a-z0-9_]+$")


class OutlineError(ValueError):
    """An outline that cannot be used (Vietnamese message)."""


@dataclass
class OutlineNode:
    title: str
    kind: str = FREE
    key: str = ""
    children: list[OutlineNode] = field(default_factory=list)
    placeholder: str = ""

    def __post_init__(self) -> None:
        if not self.key:
            self.key = new_key()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"key": self.key, "title": self.title, "kind": self.kind}
        if self.placeholder:
            out["placeholder"] = self.placeholder
        if self.children:
            out["children"] = [c.to_dict() for c in self.children]
        return out

    def copy(self) -> OutlineNode:
        return OutlineNode(self.title, self.kind, self.key, [c.copy() for c in self.children], self.placeholder)


def new_key() -> str:
    return "s_" + uuid.uuid4().hex[:10]


def from_dicts(data: Any, *, where: str = "Đề cương") -> list[OutlineNode]:
    """Nodes from their JSON form; a wrong shape is an :class:`OutlineError` naming the item."""
    if not isinstance(data, list):
        raise OutlineError(f"{where}: phải là một danh sách mục")
    seen: set[str] = set()

    def node(item: Any, path: str, depth: int) -> OutlineNode:
        if not isinstance(item, Mapping):
            raise OutlineError(f"{where}, mục {path}: không đúng dạng")
        title = " ".join(str(item.get("title") or "").split())
        kind = str(item.get("kind") or FREE)
        if kind not in KINDS:
            raise OutlineError(f"{where}, mục {path} «{title}»: loại «{kind}» không hợp lệ")
        if depth > MAX_DEPTH:
            raise OutlineError(f"{where}, mục {path}: quá {MAX_DEPTH} cấp")
        key = str(item.get("key") or "") or new_key()
        if not _KEY.match(key) or key in seen or key in ("intro", "closing"):
            key = new_key()
        seen.add(key)
        children = item.get("children") or []
        if not isinstance(children, list):
            raise OutlineError(f"{where}, mục {path}: «children» phải là danh sách")
        return OutlineNode(title, kind, key, [node(c, f"{path}.{i + 1}", depth + 1) for i, c in enumerate(children)],
                           str(item.get("placeholder") or ""))

    return [node(item, str(i + 1), 1) for i, item in enumerate(data)]


def to_dicts(nodes: Sequence[OutlineNode]) -> list[dict[str, Any]]:
    return [n.to_dict() for n in nodes]


def walk(nodes: Sequence[OutlineNode], depth: int = 1) -> Iterator[tuple[OutlineNode, int]]:
    for n in nodes:
        yield n, depth
        yield from walk(n.children, depth + 1)


def _ends(template: ReportTemplate) -> tuple[list[SectionSpec], list[SectionSpec], list[SectionSpec]]:
    """(opening, numbered body, closing): headless sections at either end stay with the template."""
    sections = list(template.sections)
    head = []
    while sections and not sections[0].heading:
        head.append(sections.pop(0))
    tail = []
    while sections and not sections[-1].heading:
        tail.insert(0, sections.pop())
    return head, sections, tail


def default_outline(template: ReportTemplate) -> list[OutlineNode]:
    """The template's numbered sections as an outline (same keys, so texts and checks carry over)."""
    by_template = {v: k for k, v in BLOCK_TEMPLATES.items()}
    _head, body, _tail = _ends(template)
    return [OutlineNode(s.heading or "", by_template.get(s.template or "", FREE) if s.is_auto else FREE, s.key,
                        placeholder=s.placeholder) for s in body]


def outline_of(template: ReportTemplate, fields: Mapping[str, Any]) -> list[OutlineNode]:
    stored = fields.get(OUTLINE_FIELD)
    return from_dicts(stored) if stored else default_outline(template)


def check_ends(name: Any, where: str = "Đề cương") -> str:
    name = str(name or "")
    if name and name not in ENDS:
        raise OutlineError(f"{where}: phần mở đầu/kết thúc «{name}» không có (chọn: {', '.join(ENDS)})")
    return name


def apply_outline(template: ReportTemplate, nodes: Sequence[OutlineNode] | None, ends: str = "") -> ReportTemplate:
    """The effective template for *nodes* (None: the template unchanged); *ends* names the opening paragraph,
    closing sentence and trích yếu (``ENDS``; "" keeps the template's)."""
    if nodes is None or not template.kinds:  # letters keep their fixed sections
        return template
    head, _body, tail = _ends(template)
    summary = template.summary
    if ends in ENDS:
        opening, closing, summary = ENDS[ends]
        head = [replace(s, template=opening) if s.is_auto and s.key == "intro" else s for s in head]
        tail = [replace(s, template=closing) if s.is_auto and s.key == "closing" else s for s in tail]
    body = []
    for node, depth in walk(nodes):
        auto = node.kind != FREE
        body.append(SectionSpec(key=node.key, heading=node.title or None, kind="auto" if auto else "free",
                                template=BLOCK_TEMPLATES.get(node.kind), placeholder=node.placeholder,
                                level=min(depth, 3)))
    sections = tuple(head + body + tail)
    keys = {s.key for s in sections}
    section_checks = ("section_not_empty",)
    validations = tuple(v for v in template.validations if v.check not in section_checks or v.target in keys)
    return replace(template, sections=sections, validations=validations, summary=summary)


def template_for(template: ReportTemplate, fields: Mapping[str, Any]) -> ReportTemplate:
    """The effective template of a report whose fields may hold an outline (and its opening and closing)."""
    stored = fields.get(OUTLINE_FIELD)
    ends = str(fields.get(ENDS_FIELD) or "")
    return apply_outline(template, from_dicts(stored), ends if ends in ENDS else "") if stored else template


def nodes_from_levels(lines: Sequence[tuple[int, str]]) -> list[OutlineNode]:
    """A tree from (level, title) lines in order; a level deeper than its parent + 1 hangs under the
    nearest open section, and a first line at level 3 is a top section."""
    root: list[OutlineNode] = []
    stack: list[tuple[int, OutlineNode]] = []
    for level, title in lines:
        node = OutlineNode(" ".join(title.split()))
        while stack and stack[-1][0] >= level:
            stack.pop()
        (stack[-1][1].children if stack else root).append(node)
        stack.append((level, node))
    return root
