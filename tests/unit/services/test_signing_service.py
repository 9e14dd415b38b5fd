"""Signing service: a built report signed by the person then the organisation, appendices in one
PIN entry, stored images, boxes from the build or defaults, TSA rules, audit and submissions."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
import report_fixtures as fx
import signing_support as S

from tthc_desktop.domain.periods import parse_period
from tthc_desktop.services import signing_service as ss
from tthc_desktop.services.report_service import ReportService
from tthc_desktop.services.signing_service import BoxPlan, SignerChoice, SigningService, default_boxes
from tthc_desktop.signing.appearance import appendix_org_box
from tthc_desktop.signing.errors import TimestampUnavailable, WrongPassword, WrongPin
from tthc_desktop.signing.verify import verify_pdf
from tthc_desktop.store.reports_store import ReportState

TESTS = Path(__file__).resolve().parents[2]






@pytest.fixture
def built(ctx, appendix_text, tmp_path):
    fx.seed(ctx, appendix_text)
    reports = ReportService(ctx)
    draft = reports.new_report(parse_period("2025-Q3"))
    draft.fields |= fx.HEADING | {"number": 5}
    draft.sections |= fx.FREE
    reports.save(draft)
    return reports.build(draft, tmp_path / "out")


@pytest.fixture
def service(ctx) -> SigningService:
    service = SigningService(ctx)
    images = S.demo_images()
    service.set_signature_image(images.signature)
    service.set_seal_image(images.seal)
    return service


def _pfx(pki_ident) -> SignerChoice:
    return SignerChoice.pkcs12(pki_ident.pkcs12)


def test_images_are_copied_into_the_data_folder(ctx, service):
    assert service.signature_image() == ctx.data_dir / "signing" / "chu-ky.png"
    assert service.seal_image().read_bytes() == S.demo_images().seal.read_bytes()
    with pytest.raises(Exception, match="PNG"):
        service.set_seal_image(ctx.db_path)


def test_report_signed_by_person_then_organisation(ctx, service, built, tmp_path):
    pki = S.demo_pki()
    outcome = service.sign_report(built, tmp_path / "signed", person=_pfx(pki.person), person_secret=S.PFX_PASSWORD,
                                  org=_pfx(pki.org), org_secret=S.PFX_PASSWORD.decode(), doc_number="05/BC-VP",
                                  period="2025-Q3")
    report = verify_pdf(outcome.signed_pdf, [pki.ca_certificate()])
    assert report.all_trusted, report.summary
    assert [s.field_name for s in report.signatures] == ["ChuKyCaNhan", "ChuKyToChuc"]
    assert report.signatures[0].signer_cn == f"{S.PERSON} (DEMO)"
    assert report.signatures[1].signer_cn == f"{S.ORG} (DEMO)"
    # The boxes are the renderer's: the person's box on the signer's page, the seal a third into it.
    plan = service.box_plan(built.pdf)
    person = next(b for b in built.signature_boxes if b.role == "person")
    assert plan.from_build and plan.report_id == built.report_id
    assert (plan.person.page_index, round(plan.person.x0, 2)) == (person.page_index, round(person.x0, 2))
    assert plan.org.x1 == pytest.approx(plan.person.x0 + plan.person.width / 3, abs=0.01)
    # Recorded as a submission with every file's hash; the report is marked signed.
    sub = service.repo.get(outcome.submission_id)
    assert sub.state.value == "signed" and sub.period == "2025-Q3" and sub.report_id == built.report_id
    assert sub.signer_cn == f"{S.PERSON} (DEMO)" and sub.org_signer_cn == f"{S.ORG} (DEMO)"
    assert [f.kind for f in sub.files] == ["pdf"] + ["xlsx"] * len(built.xlsx) + ["manifest", "manifest_sig"]
    for f in sub.files:
        assert ss.sha256_of(f.path) == f.sha256
    assert ReportService(ctx).repo.get(built.report_id).state is ReportState.SIGNED
    # The audit log has who signed and the hashes.
    row = ctx.db.execute("SELECT actor, new_json FROM audit_log WHERE table_name='submissions' "
                         "AND action='insert'").fetchone()
    assert row[0] and sub.files[0].sha256 in row[1] and f"{S.PERSON} (DEMO)" in json.loads(row[1])["signer_cn"]


def test_token_person_and_appendix_batch_with_one_pin_entry(ctx, service, tmp_path, monkeypatch):
    token, pki = S.softhsm_token(), S.demo_pki()
    main = S.write_report_pdf(tmp_path / "bao-cao.pdf")
    appendix = S.write_report_pdf(tmp_path / "phu-luc-1.pdf")
    plan = BoxPlan(S.PERSON_BOX, ss.seal_box_for(S.PERSON_BOX),
                   ((appendix, appendix_org_box(S.PAGE_W, S.PAGE_H)),))
    opened = []
    real_open = ss.open_signer
    monkeypatch.setattr(ss, "open_signer", lambda choice, secret: opened.append(choice.kind) or real_open(choice, secret))
    outcome = service.sign(main, tmp_path / "out" / "bao-cao-da-ky.pdf",
                           person=SignerChoice.pkcs11(token.lib, token_label=token.label, key_label="person"),
                           person_secret=token.pin, org=_pfx(pki.org), org_secret=S.PFX_PASSWORD,
                           boxes=plan, doc_number="05/BC-STP")
    assert opened == ["pkcs11", "pkcs12"]  # each signer opened once for the report and its appendix
    [signed_appendix] = outcome.appendices
    assert signed_appendix.out_path == tmp_path / "out" / "phu-luc-1_da_ky.pdf"
    rep = verify_pdf(signed_appendix.out_path, [pki.ca_certificate()])
    assert rep.all_trusted and [s.field_name for s in rep.signatures] == ["ChuKyToChuc"]
    assert verify_pdf(outcome.signed_pdf, [pki.ca_certificate()]).all_trusted
    import subprocess

    text = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(signed_appendix.out_path), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "Số: 05/BC-STP" in text and "+07:00" in text
    kinds = [f.kind for f in service.repo.get(outcome.submission_id).files]
    assert kinds == ["pdf", "appendix_pdf", "manifest", "manifest_sig"]


def test_xlsx_ride_inside_the_signed_pdf_and_the_manifest_is_signed_on_the_token(service, tmp_path):
    """Person only, on a PKCS#11 token: the .xlsx are attachments under both signatures, and
    manifest.json gets a detached CMS signature from the same token session."""
    import subprocess

    from tthc_desktop.signing.embed import embedded_files
    from tthc_desktop.signing.manifest_cms import verify_detached

    token, pki = S.softhsm_token(), S.demo_pki()
    main = S.write_report_pdf(tmp_path / "bao-cao.pdf")
    forms = [tmp_path / "bieu-06.xlsx", tmp_path / "tiến-độ.xlsx"]
    for i, f in enumerate(forms):
        f.write_bytes(b"PK\x03\x04 not really a workbook " + bytes([i]) * 50)
    outcome = service.sign(main, tmp_path / "out" / "da-ky.pdf", xlsx=forms, boxes=BoxPlan(
        S.PERSON_BOX, ss.seal_box_for(S.PERSON_BOX)), person_secret=token.pin,
        person=SignerChoice.pkcs11(token.lib, token_label=token.label, key_label="person"))
    assert embedded_files(outcome.signed_pdf) == {f.name: f.read_bytes() for f in forms}
    assert not embedded_files(main)  # the input PDF is left alone
    assert verify_pdf(outcome.signed_pdf, [pki.ca_certificate()]).all_trusted
    listed = subprocess.run(["pdfdetach", "-list", str(outcome.signed_pdf)], capture_output=True, text=True,
                            check=True).stdout
    assert "2 embedded files" in listed and "bieu-06.xlsx" in listed
    manifest_json, manifest_p7s = outcome.manifest
    manifest = json.loads(manifest_json.read_text(encoding="utf-8"))
    assert [(f["name"], f["kind"]) for f in manifest["files"]] == \
        [("da-ky.pdf", "pdf"), ("bieu-06.xlsx", "xlsx"), ("tiến-độ.xlsx", "xlsx")]
    assert manifest["files"][0]["sha256"] == ss.sha256_of(outcome.signed_pdf)
    status = verify_detached(manifest_json.read_bytes(), manifest_p7s.read_bytes(), [pki.ca_certificate()])
    assert status.trusted and status.signer_cn == f"{S.PERSON} (DEMO)"
    tampered = verify_detached(manifest_json.read_bytes() + b" ", manifest_p7s.read_bytes(), [pki.ca_certificate()])
    assert not tampered.intact and "đã bị thay đổi" in tampered.summary


def test_person_only_without_an_organisation_signer(service, tmp_path):
    pki = S.demo_pki()
    main = S.write_report_pdf(tmp_path / "a.pdf")
    outcome = service.sign(main, tmp_path / "b.pdf", person=_pfx(pki.person), person_secret=S.PFX_PASSWORD)
    assert outcome.org is None
    assert [s.field_name for s in verify_pdf(outcome.signed_pdf, [pki.ca_certificate()]).signatures] == ["ChuKyCaNhan"]


def test_wrong_secrets_sign_nothing(ctx, service, tmp_path):
    pki, token = S.demo_pki(), S.softhsm_token()
    main = S.write_report_pdf(tmp_path / "a.pdf")
    with pytest.raises(WrongPassword):
        service.sign(main, tmp_path / "b.pdf", person=_pfx(pki.person), person_secret=b"sai")
    with pytest.raises(WrongPin, match="3 lần"):
        service.sign(main, tmp_path / "b.pdf", person=SignerChoice.pkcs11(token.lib, token_label=token.label,
                                                                         key_label="person"), person_secret="000000")
    assert not (tmp_path / "b.pdf").exists() and service.repo.count() == 0


def test_configured_but_unreachable_tsa_fails_before_signing(service, tmp_path):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    service.set_tsa_url(f"http://127.0.0.1:{port}/tsa")
    main = S.write_report_pdf(tmp_path / "a.pdf")
    pki = S.demo_pki()
    with pytest.raises(TimestampUnavailable, match="dấu thời gian"):
        service.sign(main, tmp_path / "b.pdf", person=_pfx(pki.person), person_secret=S.PFX_PASSWORD)
    assert not (tmp_path / "b.pdf").exists() and service.repo.count() == 0
    service.set_tsa_url(None)
    assert service.tsa_url() is None


def test_default_boxes_sit_above_the_signer_name(tmp_path):
    pdf = S.write_report_pdf(tmp_path / "a.pdf", pages=2)
    S.write_report_pdf(tmp_path / "b.pdf")
    person, seal = default_boxes(tmp_path / "b.pdf")
    # "Nguyen Van Binh" is drawn centred at x=435, baseline y=195 (13 pt): the box starts just above it.
    assert person.page_index == 0
    assert 195 < person.y0 < 215 and person.x0 < 435 < person.x1
    assert (person.x0 + person.x1) / 2 == pytest.approx(435, abs=3)
    assert seal.x1 == pytest.approx(person.x0 + person.width / 3) and seal.x0 < person.x0
    last, _ = default_boxes(pdf)
    assert last.page_index == 1  # the last page, even with no text on its right half

