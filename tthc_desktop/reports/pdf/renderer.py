"""Render an :class:`OfficialDocument` to PDF per Nghị định 30/2020/NĐ-CP (docs/ARCHITECTURE.md §10.3).

``render_pdf`` writes the main file (and, when asked, one file per appendix) through
temp files in the same folder and ``os.replace``, so a failure never leaves a half
written PDF nor touches an existing one. It returns where the signatures go, measured
on the drawn pages.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from tthc_desktop.domain.signature_box import SignatureBox
from tthc_desktop.reports.pdf import layout
from tthc_desktop.reports.pdf.closing import build_closing, closing_gap
from tthc_desktop.reports.pdf.document import (
    Appendix,
    OfficialDocument,
    Section,
    date_words,
    nfc,
    number_symbol,
)
from tthc_desktop.reports.pdf.fonts import font_name, register_fonts
from tthc_desktop.reports.pdf.heading import HeadingFlowable, TitleFlowable
from tthc_desktop.reports.pdf.layout import LANDSCAPE, PORTRAIT, PageGeometry, Styles, build_styles
from tthc_desktop.reports.pdf.markers import (
    BoxRecorder,
    DrawnBox,
    NumberingRestart,
    NumberingState,
)
from tthc_desktop.reports.pdf.tables import build_table, min_table_width
from tthc_desktop.store.atomic_files import replace_file

PRODUCER = "TTHC Desktop"

__all__ = ["PRODUCER", "RenderResult", "SignatureBox", "appendix_geometry", "render_pdf"]


@dataclass(frozen=True)
class RenderResult:
    """What was written: the main file, separate appendix files, and the signature boxes."""

    path: Path
    appendix_paths: tuple[Path, ...]
    page_count: int  # pages of the main file
    signature_boxes: tuple[SignatureBox, ...]


def appendix_geometry(appendix: Appendix) -> PageGeometry:
    """Portrait or landscape page for *appendix* ("auto": landscape for ≥ 6 columns or a too wide table)."""
    if appendix.orientation == "landscape":
        return LANDSCAPE
    if appendix.orientation == "portrait":
        return PORTRAIT
    register_fonts()
    table = appendix.table
    wide = len(table.columns) >= layout.LANDSCAPE_MIN_COLUMNS
    return LANDSCAPE if wide or min_table_width(table) > PORTRAIT.frame_width else PORTRAIT


class _DocTemplate(BaseDocTemplate):
    """Portrait and landscape page templates, page numbers drawn at the end of each page."""

    def __init__(self, filename: str, numbering: NumberingState, first: PageGeometry, **kw: object) -> None:
        self.numbering = numbering
        super().__init__(
            filename,
            pagesize=(first.width, first.height),
            leftMargin=first.left,
            rightMargin=first.right,
            topMargin=first.top,
            bottomMargin=first.bottom,
            creator=PRODUCER,
            producer=PRODUCER,
            lang="vi",
            # Without an initial font reportlab declares Helvetica on every page, unembedded.
            initialFontName=font_name(),
            initialFontSize=layout.SIZE_BODY,
            **kw,
        )
        templates = [self._template("portrait", PORTRAIT), self._template("landscape", LANDSCAPE)]
        if first is LANDSCAPE:
            templates.reverse()  # the first template is used for page 1
        self.addPageTemplates(templates)

    def _template(self, name: str, geom: PageGeometry) -> PageTemplate:
        frame = Frame(
            geom.left,
            geom.bottom,
            geom.frame_width,
            geom.frame_height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=f"{name}-frame",
        )

        def page_number(canv, doc: _DocTemplate) -> None:
            label = doc.numbering.label(canv.getPageNumber())
            if label:
                canv.saveState()
                canv.setFont(font_name(), layout.SIZE_PAGE_NUMBER)
                canv.setFillColor("black")
                canv.drawCentredString(geom.frame_centre_x, geom.height - layout.PAGE_NUMBER_FROM_TOP, label)
                canv.restoreState()

        return PageTemplate(id=name, frames=[frame], pagesize=(geom.width, geom.height), onPageEnd=page_number)


def _paragraph(text: str, style) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _section_flowables(section: Section, styles: Styles, width: float) -> list[Flowable]:
    flowables: list[Flowable] = []
    if section.heading:
        style = {1: styles.heading1, 2: styles.heading2}.get(section.level, styles.heading3)
        flowables.append(_paragraph(section.heading, style))
    flowables += [_paragraph(text, styles.body) for text in section.paragraphs if text.strip()]
    for table in section.tables:
        table_name = section.heading or ""
        flowables += [
            build_table(table, width, PORTRAIT.frame_height, table_name),
            Spacer(1, layout.PARAGRAPH_GAP),
        ]
    return flowables


def _appendix_note(doc: OfficialDocument, appendix: Appendix) -> str:
    if appendix.note is not None:
        return appendix.note
    heading = doc.heading
    kind = doc.doc_type[:1].upper() + doc.doc_type[1:].lower()
    return f"(Kèm theo {kind} số {number_symbol(heading).strip()} {date_words(heading.date)})"


def _appendix_flowables(doc: OfficialDocument, appendix: Appendix, geom: PageGeometry) -> list[Flowable]:
    return [
        TitleFlowable(appendix.title, appendix.subtitle, _appendix_note(doc, appendix)),
        Spacer(1, 12),
        build_table(appendix.table, geom.frame_width, geom.frame_height, appendix.title),
    ]


def _main_story(
    doc: OfficialDocument, styles: Styles, numbering: NumberingState, signer_sink: list[DrawnBox]
) -> list[Flowable]:
    width = PORTRAIT.frame_width
    story: list[Flowable] = [
        HeadingFlowable(doc.heading),
        Spacer(1, 16),
        TitleFlowable(doc.doc_type, doc.summary),
        Spacer(1, 14),
    ]
    body: list[Flowable] = []
    for section in doc.sections:
        body += _section_flowables(section, styles, width)
    closing = build_closing(doc.recipients, doc.signer, styles, width, signer_sink)
    # The closing never stands alone on a page: keep it with the last paragraph.
    tail = [body.pop()] if body else []
    story += body
    story.append(KeepTogether([*tail, closing_gap(), closing]))
    if not doc.appendices_separate:
        for appendix in doc.appendices:
            geom = appendix_geometry(appendix)
            story += [
                NextPageTemplate("landscape" if geom is LANDSCAPE else "portrait"),
                PageBreak(),
                NumberingRestart(numbering),
                *_appendix_flowables(doc, appendix, geom),
            ]
    return story


def _build(path: Path, story: list[Flowable], numbering: NumberingState, first: PageGeometry, **meta: str) -> int:
    template = _DocTemplate(str(path), numbering, first, **meta)
    template.build(story)
    return template.page


def _temp_path(final: Path) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{final.stem}-", suffix=".pdf.tmp", dir=final.parent)
    os.close(fd)
    return Path(name)


def appendix_path(out_path: Path, index: int) -> Path:
    """File name of the *index*-th (0-based) separate appendix next to *out_path*."""
    return out_path.with_name(f"{out_path.stem}_phu_luc_{index + 1}{out_path.suffix}")


def render_pdf(doc: OfficialDocument, out_path: str | os.PathLike[str]) -> RenderResult:
    """Render *doc* to *out_path* (and separate appendix files when ``doc.appendices_separate``)."""
    out = Path(out_path)
    doc = nfc(doc)
    register_fonts()
    styles = build_styles()
    meta = {"title": doc.summary, "author": doc.heading.issuing_agency, "subject": doc.doc_type}

    # Each job: (final path, build function returning page count). Built to temp files first.
    signer_sink: list[DrawnBox] = []
    appendix_sinks: list[list[DrawnBox]] = []
    jobs: list[tuple[Path, Callable[[Path], int]]] = []

    def main_job(tmp: Path) -> int:
        numbering = NumberingState()
        return _build(tmp, _main_story(doc, styles, numbering, signer_sink), numbering, PORTRAIT, **meta)

    jobs.append((out, main_job))
    if doc.appendices_separate:
        for i, appendix in enumerate(doc.appendices):
            sink: list[DrawnBox] = []
            appendix_sinks.append(sink)
            jobs.append((appendix_path(out, i), _appendix_job(doc, appendix, sink)))

    temps: list[Path] = []
    try:
        page_counts = []
        for final, job in jobs:
            temps.append(_temp_path(final))
            page_counts.append(job(temps[-1]))
        for tmp, (final, _job) in zip(temps, jobs, strict=True):
            replace_file(tmp, final)
    except BaseException:
        for tmp in temps:
            tmp.unlink(missing_ok=True)
        raise

    boxes = _signer_boxes(out, signer_sink)
    for (final, _job), sink in zip(jobs[1:], appendix_sinks, strict=True):
        boxes += [SignatureBox(b.page_index, b.x0, b.y0, b.x1, b.y1, "appendix_org", final) for b in sink[:1]]
    return RenderResult(
        path=out,
        appendix_paths=tuple(final for final, _job in jobs[1:]),
        page_count=page_counts[0],
        signature_boxes=tuple(boxes),
    )


def _appendix_job(doc: OfficialDocument, appendix: Appendix, sink: list[DrawnBox]) -> Callable[[Path], int]:
    geom = appendix_geometry(appendix)
    meta = {
        "title": f"{appendix.title}: {appendix.subtitle}" if appendix.subtitle else appendix.title,
        "author": doc.heading.issuing_agency,
        "subject": doc.summary,
    }

    def job(tmp: Path) -> int:
        box_w, box_h = layout.SEPARATE_SIGNATURE_BOX
        story = [BoxRecorder(box_h, sink, box_width=box_w, align="right"), Spacer(1, 6)]
        story += _appendix_flowables(doc, appendix, geom)
        return _build(tmp, story, NumberingState(), geom, **meta)

    return job


def _signer_boxes(path: Path, sink: list[DrawnBox]) -> list[SignatureBox]:
    """Person box centred in the signing space; the seal box overlaps its left third."""
    if not sink:
        return []
    space = sink[-1]
    centre = (space.x0 + space.x1) / 2
    person_w = min(layout.PERSON_SIGNATURE_WIDTH, space.x1 - space.x0)
    person = SignatureBox(
        space.page_index, centre - person_w / 2, space.y0, centre + person_w / 2, space.y1, "person", path
    )
    seal = layout.SEAL_SIZE
    seal_x1 = person.x0 + person_w / 3
    middle_y = (space.y0 + space.y1) / 2
    organisation = SignatureBox(
        space.page_index, seal_x1 - seal, middle_y - seal / 2, seal_x1, middle_y + seal / 2, "organisation", path
    )
    return [person, organisation]
