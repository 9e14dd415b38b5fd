"""`tthc-desktop demo --out DIR`: the main job end to end on sample data. The package's manifest
hashes match, pdfsig validates both signatures with the demo CA trusted, and on the signed page
rendered to PNG the red seal covers the left third of the person's signature box, not the rest."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import signing_support as S
from PIL import Image

TESTS = Path(__file__).resolve().parents[1]
DPI = 100






@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo") / "demo-out"
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "TTHC_DATA_DIR": str(out.parent / "appdata")}
    result = subprocess.run([sys.executable, "-m", "tthc_desktop", "demo", "--out", str(out)], env=env,
                            capture_output=True, text=True, timeout=600)
    return out, result


def test_demo_runs_every_step(demo):
    out, result = demo
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    for step in ("1. Nhập kế hoạch mẫu 12/KH-UBND", "2. Đã thêm tiến độ mẫu", "3. Đã lập báo cáo quý III/2026",
                 "4. Đã ký số (cá nhân rồi cơ quan) bằng chứng thư DEMO - không có giá trị pháp lý",
                 "5. Kiểm tra chữ ký", "6. Đã đóng gói hồ sơ"):
        assert any(line.startswith(step) for line in lines), (step, result.stdout)
    assert "Tất cả 2 chữ ký hợp lệ, tài liệu nguyên vẹn, chứng thư số được tin cậy." in result.stdout
    assert (out / "tthc-demo.db").is_file()
    assert not (out.parent / "appdata" / "tthc.db").exists()  # never the user's database


def test_package_manifest_hashes_match(demo):
    out, _ = demo
    with zipfile.ZipFile(out / "ho-so-2026-Q3.zip") as zf:
        manifest = json.loads(zf.read("manifest.json"))
        names = set(zf.namelist())
        for entry in manifest["files"]:
            assert hashlib.sha256(zf.read(entry["name"])).hexdigest() == entry["sha256"]
    kinds = sorted(f["kind"] for f in manifest["files"])
    assert kinds == ["pdf", "xlsx", "xlsx", "xlsx"] and names == {f["name"] for f in manifest["files"]} | {
        "manifest.json", "manifest.p7s"}
    assert manifest["period"] == "2026-Q3" and manifest["unit"] == "Sở Tư pháp tỉnh Đồng Tháp"
    assert manifest["templates"][0]["id"] == "bao_cao_kstt" and manifest["templates"][0]["version"]
    assert manifest["signer"]["cn"] == "Nguyễn Văn An (DEMO)" and manifest["signing_time"].endswith("+07:00")


def test_signed_pdf_carries_the_xlsx_byte_for_byte(demo, tmp_path):
    """pdfdetach lists the package's .xlsx inside the signed PDF; saved out they equal the package's copies."""
    out, _ = demo
    signed = out / "da-ky" / "bao_cao_kstt_2026-Q3_da_ky.pdf"
    listed = subprocess.run(["pdfdetach", "-list", str(signed)], capture_output=True, text=True, check=True).stdout
    subprocess.run(["pdfdetach", "-saveall", "-o", str(tmp_path), str(signed)], check=True, capture_output=True)
    with zipfile.ZipFile(out / "ho-so-2026-Q3.zip") as zf:
        packaged = {n: zf.read(n) for n in zf.namelist() if n.endswith(".xlsx")}
    assert len(packaged) == 3 and listed.startswith("3 embedded files")
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == packaged


def test_manifest_signature_verifies_with_openssl(demo, tmp_path):
    out, _ = demo
    with zipfile.ZipFile(out / "ho-so-2026-Q3.zip") as zf:
        zf.extract("manifest.json", tmp_path)
        zf.extract("manifest.p7s", tmp_path)
    cmd = ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", str(tmp_path / "manifest.p7s"),
           "-content", str(tmp_path / "manifest.json"), "-CAfile", str(out / "demo-pki" / "demo-ca.pem"),
           "-purpose", "any", "-out", os.devnull]
    done = subprocess.run(cmd, capture_output=True, text=True)
    assert done.returncode == 0 and "Verification successful" in done.stderr, done.stderr
    (tmp_path / "manifest.json").write_bytes((tmp_path / "manifest.json").read_bytes().replace(b"xlsx", b"xlsX"))
    assert subprocess.run(cmd, capture_output=True, text=True).returncode != 0  # a changed list fails


def test_pdfsig_validates_both_signatures(demo):
    out, _ = demo
    nss = S.nss_db_for(out / "demo-pki" / "demo-ca.pem", out.parent / "nss")
    report = S.pdfsig(out / "da-ky" / "bao_cao_kstt_2026-Q3_da_ky.pdf", nss)
    assert report.count("Signature Validation: Signature is Valid.") == 2, report
    assert report.count("Certificate Validation: Certificate is Trusted.") == 2, report
    assert "OU=DEMO - không có giá trị pháp lý" in report


def _boxes(out: Path) -> dict[str, dict]:
    with sqlite3.connect(out / "tthc-demo.db") as db:
        (boxes_json,) = db.execute("SELECT boxes_json FROM built_documents ORDER BY id DESC").fetchone()
    return {b["role"]: b for b in json.loads(boxes_json)}


def test_seal_overlaps_left_third_of_signature(demo, tmp_path):
    out, _ = demo
    boxes = _boxes(out)
    person = boxes["person"]
    page = person["page_index"] + 1
    prefix = tmp_path / "trang"
    subprocess.run(["pdftoppm", "-r", str(DPI), "-f", str(page), "-l", str(page), "-png",
                    str(out / "da-ky" / "bao_cao_kstt_2026-Q3_da_ky.pdf"), str(prefix)], check=True)
    [png] = tmp_path.glob("trang*.png")
    img = Image.open(png).convert("RGB")
    scale = DPI / 72
    height = img.height

    def region(x0: float, x1: float) -> tuple[int, int]:
        """Red and blue pixel counts in the person box between x0 and x1 (points)."""
        red = blue = 0
        for x in range(int(x0 * scale), int(x1 * scale)):
            for y in range(int(height - person["y1"] * scale), int(height - person["y0"] * scale)):
                r, g, b = img.getpixel((x, y))
                red += r > 150 and g < 110 and b < 110
                blue += b > 120 and r < 110 and b - r > 60
        return red, blue

    third = person["x0"] + (person["x1"] - person["x0"]) / 3
    red_left, _ = region(person["x0"], third - 2)
    red_right, blue_right = region(third + 2, person["x1"])
    assert red_left > 300, red_left  # the seal covers the left third…
    assert red_right == 0, red_right  # …and stops there
    assert blue_right > 100, blue_right  # the signature itself shows on the right two thirds
    # The seal's own box straddles the person's left edge.
    seal = boxes["organisation"]
    assert seal["x0"] < person["x0"] < seal["x1"] == pytest.approx(third, abs=0.5)


def test_every_font_of_the_signed_pdf_is_embedded(demo):
    """The signature appearances must not bring in an unembedded Helvetica (poppler's pdffonts checks)."""
    out, _ = demo
    signed = next((out / "da-ky").glob("*_da_ky.pdf"))
    rows = subprocess.run(["pdffonts", str(signed)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert rows, "no fonts listed"
    not_embedded = [r for r in rows if r.split()[-5] != "yes"]
    assert not_embedded == []


def test_demo_report_is_a_2026_unit_addressed_per_the_new_rules(demo):
    """Issue 14: Sở Tư pháp tỉnh Đồng Tháp, heading from the unit's details, no Cục KSTT of the VPCP."""
    out, _ = demo
    text = subprocess.run(["pdftotext", "-layout", str(out / "bao-cao" / "bao_cao_kstt_2026-Q3.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "UBND TỈNH ĐỒNG THÁP" in text
    lines = [line.strip() for line in text.splitlines()]
    assert "TỈNH ĐỒNG THÁP" in lines and any(line.startswith("SỞ TƯ PHÁP") for line in lines)  # place name whole
    assert "/BC-STP" in text and "Đồng Tháp, ngày" in text
    assert "- Văn phòng UBND tỉnh (Phòng Kiểm soát" in text  # the recipient the province chose
    assert "Cục Kiểm soát" not in text and "Cục KSTT" not in text and "Tiền Giang" not in text


def test_demo_readme_gives_the_p12_password_that_opens_them(demo):
    """A new user can try GUI signing with the demo certificates (issue 16 §4)."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    out, result = demo
    readme = (out / "demo-pki" / "README.txt").read_text(encoding="utf-8")
    password = next(line.split(":", 1)[1].strip() for line in readme.splitlines() if line.startswith("Mật khẩu"))
    p12s = sorted((out / "demo-pki").glob("*.p12"))
    assert len(p12s) == 2 and all(p.name in readme for p in p12s)
    for p12 in p12s:
        key, cert, _ = pkcs12.load_key_and_certificates(p12.read_bytes(), password.encode())
        assert key is not None and cert is not None

