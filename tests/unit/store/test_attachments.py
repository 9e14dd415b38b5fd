"""Managed attachments: hash-addressed copies, sanitised names, export, and the original never the only copy."""

from __future__ import annotations

import hashlib

import pytest

from tthc_desktop.store.attachments import MAX_NAME_LENGTH, AttachmentError, AttachmentStore, sanitize_name


@pytest.fixture
def store(tmp_path):
    return AttachmentStore(tmp_path / "data")


def test_copy_is_addressed_by_hash_and_survives_the_original(store, tmp_path):
    original = tmp_path / "Công văn 12-STP.PDF"
    original.write_bytes(b"%PDF-1.4 minh chung")
    digest = hashlib.sha256(b"%PDF-1.4 minh chung").hexdigest()
    stored = store.add(original)
    assert stored.sha256 == digest
    assert stored.name == "Công văn 12-STP.PDF"
    assert stored.path == tmp_path / "data" / "attachments" / digest[:2] / f"{digest[2:]}.pdf"
    original.unlink()  # the user's file goes away: ours stays
    assert store.open_path(digest, stored.name).read_bytes() == b"%PDF-1.4 minh chung"
    assert store.verify(digest, stored.name)


def test_same_content_is_stored_once(store, tmp_path):
    a, b = tmp_path / "a.docx", tmp_path / "b.docx"
    a.write_bytes(b"same")
    b.write_bytes(b"same")
    assert store.add(a).path == store.add(b).path
    files = [p for p in store.root.rglob("*") if p.is_file()]
    assert len(files) == 1


def test_export_writes_a_copy_with_the_original_name(store, tmp_path):
    src = tmp_path / "bao-cao.xlsx"
    src.write_bytes(b"xlsx bytes")
    stored = store.add(src)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    exported = store.export(stored.sha256, stored.name, out_dir)
    assert exported == out_dir / "bao-cao.xlsx"
    assert exported.read_bytes() == b"xlsx bytes"
    chosen = store.export(stored.sha256, stored.name, out_dir / "ban-sao.xlsx")
    assert chosen.read_bytes() == b"xlsx bytes"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("C:\\Users\\hoa\\Desktop\\QĐ 15.pdf", "QĐ 15.pdf"),
        ("/home/hoa/../../etc/passwd", "passwd"),
        ("CON.txt", "_CON.txt"),
        ("lpt1", "_lpt1"),
        ("bao\x00cao\x1f.docx", "baocao.docx"),
        ("a<b>c:d|e?f*.pdf", "a_b_c_d_e_f_.pdf"),
        ("ten tep.  ", "ten tep"),
        ("", "tep_dinh_kem"),
        ("\u202egpj.exe", "gpj.exe"),  # right-to-left override stripped
    ],
)
def test_sanitize_name(raw, expected):
    assert sanitize_name(raw) == expected


def test_long_names_are_cut_but_keep_their_extension():
    name = sanitize_name("Báo cáo " * 40 + ".pdf")
    assert len(name) <= MAX_NAME_LENGTH
    assert name.endswith(".pdf")


def test_missing_file_and_bad_hash_give_vietnamese_errors(store, tmp_path):
    with pytest.raises(AttachmentError, match="Không đọc được tệp"):
        store.add(tmp_path / "khong-co.pdf")
    with pytest.raises(AttachmentError, match="Không tìm thấy tệp đính kèm"):
        store.open_path("a" * 64, "x.pdf")
    with pytest.raises(AttachmentError, match="không hợp lệ"):
        store.path_for("../../etc", "x.pdf")
