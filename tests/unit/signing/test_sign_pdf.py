"""Signing end to end: token + .pfx, checked by our verifier AND by poppler's pdfsig."""

from __future__ import annotations

import datetime as dt
import logging
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from tthc_desktop.signing.appearance import (
    appendix_org_box,
    org_text_appearance,
    person_appearance,
    seal_appearance,
    seal_box_for,
)
from tthc_desktop.signing.errors import TimestampUnavailable
from tthc_desktop.signing.sign_pdf import (
    ORG_FIELD,
    PERSON_FIELD,
    BatchItem,
    prepare_fields,
    sign_batch,
    sign_document,
    sign_person_then_org,
)
from tthc_desktop.signing.signers import open_pkcs11_signer, open_pkcs12_signer
from tthc_desktop.signing.verify import verify_pdf


def _sign_token_and_pfx(softhsm, pki, images, consts, src: Path, out: Path):
    person_box = consts.person_box
    org_box = seal_box_for(person_box)
    org_signer = open_pkcs12_signer(pki.org.pkcs12, consts.pfx_password)
    with open_pkcs11_signer(softhsm.lib, token_label=consts.token_label, pin=consts.pin) as person_signer:
        return sign_person_then_org(
            src,
            out,
            person_signer,
            org_signer,
            person_box,
            org_box,
            person_appearance=person_appearance(person_box, images.signature),
            org_appearance=seal_appearance(org_box, images.seal),
            reason="Ký báo cáo quý",
            location="Sở Tư pháp",
        )


@pytest.fixture
def signed_report(softhsm, pki, images, consts, report_pdf, tmp_path) -> Path:
    out = tmp_path / "bao-cao-da-ky.pdf"
    _sign_token_and_pfx(softhsm, pki, images, consts, report_pdf, out)
    return out


def test_person_then_org_valid_in_pdfsig_and_ours(signed_report, pki, nss_dir, run_pdfsig, report_pdf):
    out = run_pdfsig(signed_report, nss_dir)
    assert out.count("Signature Validation: Signature is Valid.") == 2, out
    assert out.count("Certificate Validation: Certificate is Trusted.") == 2, out
    assert f"Signature Field Name: {PERSON_FIELD}" in out and f"Signature Field Name: {ORG_FIELD}" in out
    assert out.count("ETSI.CAdES.detached") == 2  # PAdES

    report = verify_pdf(signed_report, [pki.ca_certificate()])
    assert report.all_valid and report.all_trusted
    person, org = report.signatures
    assert (person.field_name, org.field_name) == (PERSON_FIELD, ORG_FIELD)
    assert person.signer_cn.startswith("Nguyễn Văn Bình") and org.signer_cn.startswith("Sở Tư pháp")
    assert person.signer_org == org.signer_org == "Sở Tư pháp tỉnh Demo"
    assert person.coverage == "entire_revision" and org.coverage == "entire_file"
    assert person.modification_text == "Chỉ thêm chữ ký/chú thích sau khi ký"
    assert org.modification_text == "Không có thay đổi sau khi ký"
    assert person.signing_time.utcoffset() == dt.timedelta(hours=7)
    # Incremental: the original is the untouched prefix of the signed file.
    original = report_pdf.read_bytes()
    assert signed_report.read_bytes()[: len(original)] == original


def test_signing_time_written_in_vietnam_time(signed_report):
    from pyhanko.pdf_utils.generic import parse_pdf_date
    from pyhanko.pdf_utils.reader import PdfFileReader

    with signed_report.open("rb") as f:
        raw = [str(e.sig_object["/M"]) for e in PdfFileReader(f).embedded_signatures]
    assert len(raw) == 2
    for value in raw:
        assert value.endswith("+07'00'"), value
        assert parse_pdf_date(value).utcoffset() == dt.timedelta(hours=7)


def test_flipped_byte_is_detected_by_both(signed_report, pki, nss_dir, run_pdfsig, consts, tmp_path):
    data = bytearray(signed_report.read_bytes())
    pos = data.index(consts.marker)  # inside page 1's content stream, in every signed range
    data[pos] ^= 0x01
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))

    report = verify_pdf(tampered, [pki.ca_certificate()])
    assert not report.all_valid
    assert all(not s.intact for s in report.signatures)
    assert all("thay đổi" in s.summary for s in report.signatures)

    out = run_pdfsig(tampered, nss_dir)
    assert out.count("Signature Validation: Digest Mismatch.") == 2, out
    assert "Signature is Valid." not in out


def _pixels(png: Path):
    img = Image.open(png).convert("RGB")
    return img, img.load()


def _is_red(p) -> bool:
    r, g, b = p
    return r > 150 and g < 110 and b < 110


def _is_blue(p) -> bool:
    r, g, b = p
    return b > 120 and r < 110 and g < 130


def test_rendered_page_shows_seal_over_left_third_of_signature(signed_report, consts, tmp_path):
    prefix = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "100", "-png", "-f", "1", "-l", "1", str(signed_report), str(prefix)], check=True)
    png = next(tmp_path.glob("page*.png"))
    img, px = _pixels(png)
    k = 100 / 72

    def to_px(x, y):
        return int(x * k), int((consts.page_h - y) * k)

    box = consts.person_box
    (bx0, by1), (bx1, by0) = to_px(box.x0, box.y0), to_px(box.x1, box.y1)
    third = bx0 + (bx1 - bx0) // 3
    blue = [(x, y) for x in range(bx0, bx1) for y in range(by0, by1) if _is_blue(px[x, y])]
    assert len(blue) > 300, "signature image not drawn"
    seal = seal_box_for(box)
    (sx0, sy1), (sx1, sy0) = to_px(seal.x0, seal.y0), to_px(seal.x1, seal.y1)
    red = [(x, y) for x in range(sx0, sx1 + 1) for y in range(sy0, sy1 + 1) if _is_red(px[x, y])]
    assert len(red) > 500, "seal image not drawn"
    # The seal reaches into the left third of the signature box, and no further.
    red_in_box = [(x, y) for x, y in red if bx0 <= x < bx1 and by0 <= y < by1]
    assert red_in_box
    assert max(x for x, _ in red) <= third + 2
    assert any(x < third for x, _ in blue), "no signature ink under the seal's third"
    # Its diameter is the real size, about 38 mm.
    width_mm = (max(x for x, _ in red) - min(x for x, _ in red)) / k / 72 * 25.4
    assert 35 <= width_mm <= 40
    img.crop((sx0 - 10, by0 - 60, bx1 + 10, by1 + 40)).save(Path(str(prefix) + "-signer-block.png"))


def test_appendix_text_only_signature(pki, consts, make_report, tmp_path, run_pdfsig, nss_dir):
    src = make_report(tmp_path / "phu-luc.pdf", pages=2)
    box = appendix_org_box(consts.page_w, consts.page_h)
    signer = open_pkcs12_signer(pki.org.pkcs12, consts.pfx_password)
    result = sign_document(
        src,
        tmp_path / "phu-luc-da-ky.pdf",
        signer=signer,
        field_name=ORG_FIELD,
        box=box,
        appearance=lambda when: org_text_appearance(
            box, doc_number="12/BC-STP", signing_time=when, org_name=consts.org
        ),
        reason="Ký phụ lục",
    )
    text = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(result.out_path), "-"], capture_output=True, text=True, check=True
    ).stdout
    stamp = result.signing_time.isoformat()
    assert stamp.endswith("+07:00") and "." not in stamp
    assert "Số: 12/BC-STP" in text
    assert f"Thời gian ký: {stamp}" in text
    assert consts.org in text
    assert "Signature is Valid." in run_pdfsig(result.out_path, nss_dir)


def test_batch_signs_report_and_appendix_with_one_pin_entry(softhsm, consts, make_report, tmp_path, pki):
    a = make_report(tmp_path / "bao-cao.pdf")
    b = make_report(tmp_path / "phu-luc-1.pdf")
    items = [
        BatchItem(a, tmp_path / "a-signed.pdf", PERSON_FIELD, consts.person_box),
        BatchItem(b, tmp_path / "b-signed.pdf", PERSON_FIELD, appendix_org_box(consts.page_w, consts.page_h)),
    ]
    with open_pkcs11_signer(softhsm.lib, token_label=consts.token_label, pin=consts.pin) as signer:
        results = sign_batch(items, signer, reason="Ký hàng loạt")
    assert [r.out_path.name for r in results] == ["a-signed.pdf", "b-signed.pdf"]
    for r in results:
        assert verify_pdf(r.out_path, [pki.ca_certificate()]).all_trusted


def test_unreachable_timestamp_server_fails_without_writing(pki, consts, report_pdf, tmp_path):
    signer = open_pkcs12_signer(pki.person.pkcs12, consts.pfx_password)
    out = tmp_path / "b-t.pdf"
    with pytest.raises(TimestampUnavailable) as exc:
        sign_document(
            report_pdf, out, signer=signer, field_name=PERSON_FIELD, box=consts.person_box,
            appearance=None, tsa_url="http://127.0.0.1:9/tsa",
        )  # fmt: skip
    assert "dấu thời gian" in str(exc.value)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp file left


def test_prepare_fields_creates_both_empty_fields(report_pdf, consts, tmp_path):
    out = prepare_fields(report_pdf, tmp_path / "fields.pdf",
                         {PERSON_FIELD: consts.person_box, ORG_FIELD: seal_box_for(consts.person_box)})  # fmt: skip
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    with out.open("rb") as f:
        names = {name for name, value, _ref in enumerate_sig_fields(PdfFileReader(f)) if value is None}
    assert names == {PERSON_FIELD, ORG_FIELD}


def test_secrets_never_written_or_logged(softhsm, pki, images, consts, report_pdf, tmp_path, caplog, tmp_path_factory):
    caplog.set_level(logging.DEBUG)
    out = tmp_path / "signed.pdf"
    _sign_token_and_pfx(softhsm, pki, images, consts, report_pdf, out)
    with pytest.raises(Exception):  # noqa: B017 - any error; only its text matters
        with open_pkcs11_signer(softhsm.lib, token_label=consts.token_label, pin="sai-" + consts.pin):
            pass
    assert verify_pdf(out, [pki.ca_certificate()]).all_valid

    needles = [consts.pin.encode(), consts.pfx_password]
    needles += [n.decode().encode("utf-16-le") for n in needles]
    scanned = 0
    for root in {tmp_path, tmp_path_factory.getbasetemp()}:
        for path in root.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                scanned += 1
                for needle in needles:
                    assert needle not in data, f"secret found in {path}"
    assert scanned > 10
    assert caplog.records, "expected some log records to check"
    for record in caplog.records:
        text = record.getMessage() + str(record.args) + str(record.exc_text or "")
        assert consts.pin not in text and consts.pfx_password.decode() not in text


def test_b_t_with_a_reachable_timestamp_server(pki, consts, report_pdf, tmp_path, local_tsa, run_pdfsig, nss_dir):
    signer = open_pkcs12_signer(pki.person.pkcs12, consts.pfx_password)
    result = sign_document(
        report_pdf, tmp_path / "b-t.pdf", signer=signer, field_name=PERSON_FIELD, box=consts.person_box,
        appearance=None, tsa_url=local_tsa.url,
    )  # fmt: skip
    assert result.timestamped
    (sig,) = verify_pdf(result.out_path, [pki.ca_certificate(), local_tsa.root]).signatures
    assert sig.timestamped and sig.intact and sig.valid and sig.trusted
    assert abs((sig.signing_time - result.signing_time).total_seconds()) < 120
    assert "Signature is Valid." in run_pdfsig(result.out_path, nss_dir)
