"""Submission package: manifest with hashes and metadata, atomic write, and read_package refusing
path traversal, absolute member names, zip bombs and tampered files (Vietnamese errors)."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from tthc_desktop.services.submission_package import (
    MANIFEST,
    PackageError,
    PackageFile,
    PackageInfo,
    package_submission,
    read_package,
    write_package,
)
from tthc_desktop.store.submissions_store import SubmissionFile, SubmissionsRepository

INFO = PackageInfo(unit="Sở Tư pháp", period="2025-Q3", templates=[("bao_cao_kstt", "2025.1")],
                   signer={"cn": "Nguyễn Văn Bình (DEMO)", "organisation": "Sở Tư pháp"},
                   signing_time="2025-09-16T10:00:00+07:00", title="Báo cáo quý III")


@pytest.fixture
def files(tmp_path) -> list[PackageFile]:
    pdf = tmp_path / "bao-cao_da_ky.pdf"
    pdf.write_bytes(b"%PDF-1.7 signed " * 100)
    xlsx = tmp_path / "bieu_06.xlsx"
    xlsx.write_bytes(b"PK fake xlsx " * 50)
    return [PackageFile(pdf, "pdf"), PackageFile(xlsx, "xlsx")]


def test_roundtrip_with_manifest(files, tmp_path):
    out = write_package(tmp_path / "goi" / "ho-so.zip", files, INFO)
    assert [p.name for p in out.parent.iterdir()] == ["ho-so.zip"]  # no temporary file left
    pkg = read_package(out)
    m = pkg.manifest
    assert (m["unit"], m["period"], m["signing_time"]) == ("Sở Tư pháp", "2025-Q3", "2025-09-16T10:00:00+07:00")
    assert m["templates"] == [{"id": "bao_cao_kstt", "version": "2025.1"}]
    assert m["signer"]["cn"] == "Nguyễn Văn Bình (DEMO)"
    assert [(f["name"], f["kind"]) for f in m["files"]] == [("bao-cao_da_ky.pdf", "pdf"), ("bieu_06.xlsx", "xlsx")]
    for f, entry in zip(files, m["files"], strict=True):
        assert entry["sha256"] == hashlib.sha256(f.path.read_bytes()).hexdigest()
        assert pkg.files[f.path.name] == f.path.read_bytes()


def _zip(path: Path, members: dict[str, bytes], manifest: dict | None = None) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        if manifest is not None:
            zf.writestr(MANIFEST, json.dumps(manifest))
    return path


def _manifest(members: dict[str, bytes]) -> dict:
    return {"files": [{"name": n, "sha256": hashlib.sha256(d).hexdigest()} for n, d in members.items()]}


@pytest.mark.parametrize("name", ["../../etc/passwd", "a/../../x.pdf", "/etc/passwd", "C:/Windows/x.dll",
                                  "..\\x.pdf"])
def test_unsafe_member_names_are_refused(tmp_path, name):
    members = {name: b"evil"}
    path = _zip(tmp_path / "x.zip", members, _manifest(members))
    with pytest.raises(PackageError, match="tên tệp không an toàn"):
        read_package(path)


def test_zip_bomb_is_refused(tmp_path):
    members = {"bom.pdf": b"\0" * (20 * 1024 * 1024)}  # 20 MB of zeros compress ~1000×
    path = _zip(tmp_path / "bom.zip", members, _manifest(members))
    assert path.stat().st_size < 100_000
    with pytest.raises(PackageError, match="bom zip"):
        read_package(path)


def test_tampered_missing_and_extra_files(files, tmp_path):
    good = write_package(tmp_path / "a.zip", files, INFO)
    with zipfile.ZipFile(good) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    tampered = dict(members) | {"bieu_06.xlsx": b"changed"}
    with pytest.raises(PackageError, match="SHA-256 không khớp"):
        read_package(_zip(tmp_path / "t.zip", tampered))
    missing = {k: v for k, v in members.items() if k != "bieu_06.xlsx"}
    with pytest.raises(PackageError, match="thiếu tệp “bieu_06.xlsx”"):
        read_package(_zip(tmp_path / "m.zip", missing))
    with pytest.raises(PackageError, match="không có trong danh sách"):
        read_package(_zip(tmp_path / "e.zip", members | {"them.txt": b"x"}))
    with pytest.raises(PackageError, match="thiếu tệp manifest.json"):
        read_package(_zip(tmp_path / "n.zip", {"a.pdf": b"x"}))
    (tmp_path / "not.zip").write_text("không phải zip")
    with pytest.raises(PackageError, match="không phải gói hồ sơ"):
        read_package(tmp_path / "not.zip")


def test_duplicate_names_and_missing_files(files, tmp_path):
    other = tmp_path / "sub"
    other.mkdir()
    (other / files[0].path.name).write_bytes(b"x")
    with pytest.raises(PackageError, match="trùng tên"):
        write_package(tmp_path / "d.zip", [*files, PackageFile(other / files[0].path.name, "pdf")], INFO)
    with pytest.raises(PackageError, match="Không tìm thấy tệp"):
        write_package(tmp_path / "d.zip", [PackageFile(tmp_path / "khong-co.pdf", "pdf")], INFO)
    assert not (tmp_path / "d.zip").exists()


def test_package_a_recorded_submission(ctx, files, tmp_path):
    repo = SubmissionsRepository(ctx.writer)
    sub_files = [SubmissionFile(f.path.name, str(f.path), hashlib.sha256(f.path.read_bytes()).hexdigest(), f.kind)
                 for f in files]
    sid = repo.add(report_id=None, title="Báo cáo", unit="Sở Tư pháp", period="2025-Q3", files=sub_files,
                   signer_cn="A (DEMO)", signer_org="Sở Tư pháp", org_signer_cn="Sở (DEMO)",
                   signed_at="2025-09-16T10:00:00+07:00", timestamped=False)
    out = package_submission(ctx, sid, tmp_path / "goi.zip", templates=[("bao_cao_kstt", "1")])
    m = read_package(out).manifest
    assert m["signer"] == {"cn": "A (DEMO)", "organisation": "Sở Tư pháp", "org_signer_cn": "Sở (DEMO)"}
    sub = repo.get(sid)
    assert sub.package_path == str(out) and sub.files[-1].kind == "package"
    # A file changed after signing is not packaged.
    files[1].path.write_bytes(b"changed")
    with pytest.raises(PackageError, match="đã bị thay đổi sau khi ký"):
        package_submission(ctx, sid, tmp_path / "goi2.zip")
