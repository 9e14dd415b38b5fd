"""Without a signature image the person's signature is a visible text: "Đã ký số", name, position, time
(+07:00) — a signed PDF used to show no visible signature at all (issue 16 §4)."""

from __future__ import annotations

import subprocess

import signing_support as S
from PIL import Image

from tthc_desktop.services.signing_service import SignerChoice, SigningService
from tthc_desktop.signing.appearance import person_text_appearance
from tthc_desktop.signing.sign_pdf import now_vn

DPI = 72  # one pixel per PDF point: boxes map straight onto the image


def _blue_pixels(png, box, page_height: float) -> int:
    with Image.open(png) as opened:
        image = opened.convert("RGB")
    left, top = int(box.x0), int(page_height - box.y1)
    right, bottom = int(box.x1), int(page_height - box.y0)
    return sum(1 for x in range(left, right) for y in range(top, bottom)
               if (lambda p: p[2] > 100 and p[0] < 120 and p[1] < 120)(image.getpixel((x, y))))


def test_signature_without_image_is_visible_text(ctx, tmp_path):
    service = SigningService(ctx)
    assert service.signature_image() is None
    pki = S.demo_pki()
    main = S.write_report_pdf(tmp_path / "a.pdf")
    plan = service.box_plan(main)
    outcome = service.sign(main, tmp_path / "b.pdf", person=SignerChoice.pkcs12(pki.person.pkcs12),
                           person_secret=S.PFX_PASSWORD, position="Phó Giám đốc")
    page = plan.person.page_index + 1
    before, after = tmp_path / "before", tmp_path / "after"
    for pdf, stem in ((main, before), (outcome.signed_pdf, after)):
        subprocess.run(["pdftoppm", "-png", "-r", str(DPI), "-f", str(page), "-l", str(page), "-singlefile",
                        str(pdf), str(stem)], check=True)
    with Image.open(f"{after}.png") as rendered:
        height = rendered.height
    assert _blue_pixels(f"{before}.png", plan.person, height) == 0
    assert _blue_pixels(f"{after}.png", plan.person, height) > 150  # the framed blue text


def test_text_appearance_lines(tmp_path):
    box = type("B", (), {"page_index": 0, "x0": 0, "y0": 0, "x1": 200, "y1": 70})()
    look = person_text_appearance(box, name="Nguyễn Văn An", position="Phó Giám đốc", signing_time=now_vn())
    pdf = tmp_path / "look.pdf"
    pdf.write_bytes(look.pdf_bytes)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert lines[:3] == ["Đã ký số", "Nguyễn Văn An", "Phó Giám đốc"]
    assert lines[3].endswith("(+07:00)") and lines[3][:2].isdigit()


def test_verification_lines_name_the_signature_not_its_field(ctx, tmp_path):
    """The user reads "Chữ ký cá nhân", not the PDF field name "ChuKyCaNhan" (report_lines feeds the
    Submissions page's details and the CLI)."""
    from tthc_desktop.commands.sign_cmd import report_lines
    from tthc_desktop.signing.verify import verify_pdf

    pki = S.demo_pki()
    main = S.write_report_pdf(tmp_path / "a.pdf")
    outcome = SigningService(ctx).sign(main, tmp_path / "b.pdf", person=SignerChoice.pkcs12(pki.person.pkcs12),
                                       person_secret=S.PFX_PASSWORD)
    text = "\n".join(report_lines(verify_pdf(outcome.signed_pdf, [pki.ca_certificate()])))
    assert "Chữ ký 1 (Chữ ký cá nhân):" in text and "ChuKyCaNhan" not in text
