"""Report templates as versioned data: load and check them, render their narrative sections (Jinja2).

A template is ``resources/templates/reports/<id>.json`` plus its section texts
``resources/templates/reports/<id>/*.j2`` (docs/ARCHITECTURE.md §10.4). JSON shape (``"$schema_version": 1``)::

    {"id", "version", "name", "doc_type", "legal_basis", "effective_from"?, "effective_to"?, "_comment"?,
     "kinds": [period kinds],
     "summary": Jinja text of the trích yếu,
     "heading_fields": [field], "fields": [field],
     "sections": [{"key", "heading" | null, "kind": "auto" | "free", "template"?: "<id>/x.j2",
                   "placeholder"?, "level"?}],
     "appendices": [{"key", "title", "subtitle", "form", "source", "orientation"?}],
     "validations": [{"id", "check", "target", "level": "error" | "warning", "message"}]}

A field is ``{"key", "label", "type": text|multiline|int|date|lines, "required", "default"?, "upper"?}``.

Section texts are rendered with ``StrictUndefined``: a name missing from the data is an error
naming the template, the section and the name, never a silent blank in an official report.
Autoescape is off: the output is plain text, escaped later by the PDF renderer.
Rendered text: paragraphs separated by blank lines; a paragraph starting with "## " is a
sub-heading (level 2).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.reductions import format_number, format_pct
from .data_files import DATA_ID, SCHEMA_VERSION, Effective, choice, iso_date, read_json
from .forms import resources_dir

if TYPE_CHECKING:  # Jinja2 is imported where a template is compiled or rendered, not at start-up
    import jinja2

FIELD_TYPES = ("text", "multiline", "int", "date", "lines")
SECTION_KINDS = ("auto", "free")
CHECKS = ("section_not_empty", "date_not_before_cutoff", "not_identical_to_previous", "date_order")


class TemplateError(ValueError):
    """A template that cannot be used, or a section that cannot be rendered (Vietnamese message)."""


@dataclass(frozen=True, slots=True)
class FieldSpec:
    key: str
    label: str
    type: str = "text"
    required: bool = False
    default: Any = None
    upper: bool = False


@dataclass(frozen=True, slots=True)
class SectionSpec:
    key: str
    heading: str | None
    kind: str  # "auto": rendered from data; "free": written by the officer
    template: str | None = None  # path relative to templates/reports
    placeholder: str = ""
    level: int = 1

    @property
    def is_auto(self) -> bool:
        return self.kind == "auto"

    @property
    def title(self) -> str:
        """The heading without its numbering, for messages: "Khó khăn, vướng mắc"."""
        if not self.heading:
            return self.key
        text = re.sub(r"^[IVXLC\d]+\.\s*", "", self.heading)
        return text[:1] + text[1:].lower()


@dataclass(frozen=True, slots=True)
class AppendixSpec:
    key: str
    title: str
    subtitle: str
    form: str  # form definition id (resources/templates/forms)
    source: str  # which data feeds it: plan_progress | form06 | cuts
    orientation: str = "auto"


@dataclass(frozen=True, slots=True)
class ValidationSpec:
    id: str
    check: str
    target: str
    level: str
    message: str


@dataclass(frozen=True)
class ReportTemplate(Effective):
    id: str
    version: str
    name: str
    doc_type: str
    legal_basis: str
    kinds: tuple[str, ...]
    summary: str
    heading_fields: tuple[FieldSpec, ...]
    fields: tuple[FieldSpec, ...]
    sections: tuple[SectionSpec, ...]
    appendices: tuple[AppendixSpec, ...]
    validations: tuple[ValidationSpec, ...]
    base_dir: Path
    effective_from: datetime.date | None = None  # when this version applies (ISO dates in the JSON, inclusive)
    effective_to: datetime.date | None = None
    comment: str = ""  # "_comment": e.g. a legal basis not yet confirmed

    def section(self, key: str) -> SectionSpec:
        for s in self.sections:
            if s.key == key:
                return s
        raise KeyError(f"Mẫu {self.id} không có mục «{key}»")

    @property
    def all_fields(self) -> tuple[FieldSpec, ...]:
        return self.heading_fields + self.fields

    @property
    def periodic(self) -> bool:
        return bool(self.kinds)


# --- Jinja -------------------------------------------------------------------------------

def date_vn(value: Any) -> str:
    """dd/mm/yyyy; accepts a date or an ISO string."""
    if isinstance(value, str):
        if not value.strip():
            raise TemplateError("chưa nhập ngày")
        try:
            value = datetime.date.fromisoformat(value[:10])
        except ValueError:
            raise TemplateError(f"ngày “{value}” không hợp lệ") from None
    if not isinstance(value, datetime.date):
        raise TemplateError(f"Không phải ngày tháng: {value!r}")
    return f"{value:%d/%m/%Y}"


def number_vn(value: Any) -> str:
    """1234567 → "1.234.567"; decimals with a comma."""
    return format_number(Decimal(str(value)), 1 if not float(value).is_integer() else 0)


def pct_vn(value: Any) -> str:
    return format_pct(None if value is None else Decimal(str(value)))


def make_environment(base_dir: Path) -> jinja2.Environment:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(base_dir)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters.update(date_vn=date_vn, number=number_vn, pct=pct_vn)
    return env


def _render(env: jinja2.Environment, tpl: jinja2.Template, data: Mapping[str, Any], where: str) -> str:
    import jinja2

    try:
        text = tpl.render(**data)
    except jinja2.UndefinedError as exc:
        raise TemplateError(f"{where}: thiếu dữ liệu — {_undefined_vi(exc)}") from None
    except TemplateError as exc:
        raise TemplateError(f"{where}: {exc}") from None
    return normalise_text(text)


def _undefined_vi(exc: jinja2.UndefinedError) -> str:
    msg = str(exc)
    m = re.match(r"'(.+?)' is undefined", msg)
    if m:
        return f"không có giá trị «{m.group(1)}»"
    m = re.match(r"'(.+?)' has no attribute '(.+?)'", msg)
    if m:
        owner = m.group(1)
        if owner.endswith(" object"):  # Jinja names the type, not the variable
            return f"không có mục «{m.group(2)}»"
        return f"«{owner}» không có mục «{m.group(2)}»"
    return msg


def normalise_text(text: str) -> str:
    """One paragraph per non-empty line, separated by one blank line (easy to read and edit)."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    return "\n\n".join(line for line in lines if line)


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of a section text: every non-empty line is one (Enter starts a new paragraph)."""
    return [line.strip() for line in (text or "").replace("\r\n", "\n").split("\n") if line.strip()]


# --- loading -----------------------------------------------------------------------------

def reports_dir(resources: Path | None = None) -> Path:
    return (resources or resources_dir()) / "templates" / "reports"


class TemplateSet:
    """Templates loaded from one folder, with a shared Jinja environment."""

    def __init__(self, base_dir: Path | None = None) -> None:
        self.base_dir = base_dir or reports_dir()
        self._env: jinja2.Environment | None = None
        self._cache: dict[str, ReportTemplate] = {}

    @property
    def env(self) -> jinja2.Environment:
        """The Jinja environment, made on first use (importing Jinja2 is a tenth of a second of start-up)."""
        if self._env is None:
            self._env = make_environment(self.base_dir)
        return self._env

    def list(self) -> list[ReportTemplate]:
        return [self.load(p.stem) for p in sorted(self.base_dir.glob("*.json"))]

    def load(self, template_id: str) -> ReportTemplate:
        if template_id in self._cache:
            return self._cache[template_id]
        if not DATA_ID.match(template_id or ""):
            raise TemplateError(f"Mã mẫu báo cáo không hợp lệ: «{template_id}»")
        path = self.base_dir / f"{template_id}.json"
        if not path.is_file():
            raise TemplateError(f"Không tìm thấy mẫu báo cáo «{template_id}» ({path})")
        data = read_json(path, TemplateError, "mẫu báo cáo")
        try:
            template = parse_template(data, self.base_dir)
        except (KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, TemplateError):
                raise TemplateError(f"Mẫu báo cáo {path.name}: {exc}") from None
            detail = f"thiếu mục {exc}" if isinstance(exc, KeyError) else str(exc)
            raise TemplateError(f"Mẫu báo cáo {path.name} không hợp lệ: {detail}") from None
        if template.id != template_id:
            raise TemplateError(f"Tệp {path.name}: mã mẫu bên trong là «{template.id}», không phải «{template_id}»")
        self._check_sources(template, path.name)
        self._cache[template_id] = template
        return template

    def _check_sources(self, template: ReportTemplate, name: str) -> None:
        """Every auto section's Jinja file exists and compiles; so does the summary."""
        import jinja2

        for section in template.sections:
            if section.is_auto:
                self._compile(section.template or "", f"{name}, mục «{section.key}»")
        try:
            self.env.from_string(template.summary)
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(f"Mẫu báo cáo {name}, trích yếu: lỗi cú pháp dòng {exc.lineno}: {exc.message}") from None

    def _compile(self, relative: str, where: str) -> jinja2.Template:
        import jinja2

        try:
            return self.env.get_template(relative)
        except jinja2.TemplateNotFound:
            raise TemplateError(f"{where}: không tìm thấy tệp nội dung «{relative}»") from None
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(f"{where}: lỗi cú pháp tại {relative} dòng {exc.lineno}: {exc.message}") from None

    # -- rendering ----------------------------------------------------------------------
    def render_section(self, template: ReportTemplate, key: str, data: Mapping[str, Any]) -> str:
        """The auto-filled text of section *key*; "" for a free section."""
        section = template.section(key)
        if not section.is_auto:
            return ""
        where = f"Mẫu {template.id}, mục «{section.heading or key}»"
        return _render(self.env, self._compile(section.template or "", where), data, where)

    def render_sections(self, template: ReportTemplate, data: Mapping[str, Any]) -> dict[str, str]:
        return {s.key: self.render_section(template, s.key, data) for s in template.sections}

    def render_summary(self, template: ReportTemplate, data: Mapping[str, Any]) -> str:
        where = f"Mẫu {template.id}, trích yếu"
        return _render(self.env, self.env.from_string(template.summary), data, where)

    def render_string(self, source: str, data: Mapping[str, Any], where: str = "Nội dung") -> str:
        """Render any text with the same rules (used by tests and the editor's preview)."""
        import jinja2

        try:
            tpl = self.env.from_string(source)
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(f"{where}: lỗi cú pháp dòng {exc.lineno}: {exc.message}") from None
        return _render(self.env, tpl, data, where)


def parse_template(data: Mapping[str, Any], base_dir: Path) -> ReportTemplate:
    if data.get("$schema_version") != SCHEMA_VERSION:
        raise TemplateError(f"phiên bản lược đồ {data.get('$schema_version')!r} không được hỗ trợ (cần {SCHEMA_VERSION})")
    heading_fields = tuple(_field(f) for f in data["heading_fields"])
    fields = tuple(_field(f) for f in data.get("fields", []))
    keys = [f.key for f in heading_fields + fields]
    if len(set(keys)) != len(keys):
        raise ValueError(f"mã trường bị trùng: {sorted({k for k in keys if keys.count(k) > 1})}")
    sections = tuple(
        SectionSpec(
            key=str(s["key"]),
            heading=s.get("heading"),
            kind=choice(s["kind"], SECTION_KINDS),
            template=s.get("template"),
            placeholder=str(s.get("placeholder", "")),
            level=int(s.get("level", 1)),
        )
        for s in data["sections"]
    )
    section_keys = [s.key for s in sections]
    if len(set(section_keys)) != len(section_keys):
        raise ValueError("mã mục bị trùng")
    for s in sections:
        if s.is_auto and not s.template:
            raise ValueError(f"mục tự động «{s.key}» thiếu tệp nội dung (template)")
    appendices = tuple(
        AppendixSpec(str(a["key"]), str(a["title"]), str(a["subtitle"]), str(a["form"]),
                     choice(a["source"], ("plan_progress", "form06", "cuts")),
                     choice(a.get("orientation", "auto"), ("auto", "portrait", "landscape")))
        for a in data.get("appendices", [])
    )
    validations = tuple(
        ValidationSpec(str(v["id"]), choice(v["check"], CHECKS), str(v["target"]),
                       choice(v.get("level", "error"), ("error", "warning")), str(v["message"]))
        for v in data.get("validations", [])
    )
    template = ReportTemplate(
        id=str(data["id"]),
        version=str(data["version"]),
        name=str(data["name"]),
        doc_type=str(data["doc_type"]),
        legal_basis=str(data.get("legal_basis", "")),
        kinds=tuple(str(k) for k in data.get("kinds", [])),
        summary=str(data["summary"]),
        heading_fields=heading_fields,
        fields=fields,
        sections=sections,
        appendices=appendices,
        validations=validations,
        base_dir=base_dir,
        effective_from=iso_date(data.get("effective_from"), TemplateError),
        effective_to=iso_date(data.get("effective_to"), TemplateError),
        comment=str(data.get("_comment", "")),
    )
    if not DATA_ID.match(template.id):
        raise ValueError(f"mã mẫu «{template.id}» chỉ được gồm chữ thường, số và «_»")
    return template


def _field(data: Mapping[str, Any]) -> FieldSpec:
    return FieldSpec(
        key=str(data["key"]),
        label=str(data["label"]),
        type=choice(data.get("type", "text"), FIELD_TYPES),
        required=bool(data.get("required", False)),
        default=data.get("default"),
        upper=bool(data.get("upper", False)),
    )
