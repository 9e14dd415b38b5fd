"""Fuzzing the importers of files from outside: trust certificates, submission packages, backups.

Allowed outcomes: a result, or the importer's own error (TrustStoreError, PackageError, BadBackupFile);
a refused certificate file leaves the trust store folder as it was.

Cases (fixed seed ``mutators.SEED``; hypothesis profile "ci", derandomized):
  - 300 mutants of PEM / DER / PKCS#7 certificate files → ``TrustStore.import_file``
  - 300 mutants of a submission package (bytes, members, traversal names) → ``read_package``
  - 200 hypothesis manifest.json values in a package → ``read_package``
  - 200 mutants of a backup → ``read_backup_info`` + ``verify_backup``
  - 200 hypothesis manifest.json values in a backup → ``read_backup_info``
  - 300 hypothesis member names → ``check_member_name`` / package name check
Total: 1 500 generated cases.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
from pathlib import Path, PurePosixPath

import mutators as mut
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import NameOID
from hypothesis import given, settings
from hypothesis import strategies as st

from tthc_desktop.services.submission_package import (
    PackageError,
    PackageFile,
    PackageInfo,
    _safe_member_name,
    read_package,
    write_package,
)
from tthc_desktop.signing.trust_store import TrustStore, TrustStoreError
from tthc_desktop.store.backup import (
    BackupKind,
    BadBackupFile,
    check_member_name,
    create_backup,
    read_backup_info,
    verify_backup,
)

CI = settings.get_profile("ci")



def _cert(cn: str, key) -> x509.Certificate:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    now = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    return (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1000).not_valid_before(now).not_valid_after(now + dt.timedelta(days=365))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))


@pytest.fixture(scope="module")
def cert_files() -> list[tuple[str, bytes]]:
    key = ec.generate_private_key(ec.SECP256R1())
    a, b = _cert("Gốc thử nghiệm A", key), _cert("Gốc thử nghiệm B", key)
    return [
        ("goc.cer", a.public_bytes(serialization.Encoding.DER)),
        ("goc.pem", a.public_bytes(serialization.Encoding.PEM) + b.public_bytes(serialization.Encoding.PEM)),
        ("goc.p7b", pkcs7.serialize_certificates([a, b], serialization.Encoding.DER)),
        ("goc-pem.p7b", pkcs7.serialize_certificates([a, b], serialization.Encoding.PEM)),
    ]


def test_mutated_certificate_files(cert_files, tmp_path):
    problems = []
    for case in range(300):
        rng = random.Random(mut.SEED + 70_000 + case)
        name, original = cert_files[case % len(cert_files)]
        what, data = mut.mutate_bytes(original, rng)
        path = tmp_path / name
        path.write_bytes(data)
        store = TrustStore(tmp_path / f"store-{case}")
        try:
            store.import_file(path)
        except TrustStoreError as exc:
            if store.folder.exists() and any(store.folder.iterdir()):
                problems.append(f"case {70_000 + case} {what}: refused but wrote {list(store.folder.iterdir())}")
            assert str(exc)
        except Exception as exc:
            problems.append(f"case {70_000 + case} {name} {what}: {mut.describe(exc)}")
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------- submission packages


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> bytes:
    folder = tmp_path_factory.mktemp("package")
    (folder / "bao-cao.pdf").write_bytes(b"%PDF-1.7\n" + b"noi dung " * 300 + b"\n%%EOF\n")
    (folder / "bieu-06.xlsx").write_bytes(b"PK\x03\x04" + bytes(range(256)) * 8)
    out = write_package(folder / "goi.zip", [PackageFile(folder / "bao-cao.pdf", "pdf"),
                                             PackageFile(folder / "bieu-06.xlsx", "xlsx")],
                        PackageInfo(unit="Sở Tư pháp", period="2025-Q3", templates=[("bao-cao", "1")]))
    assert set(read_package(out).files) == {"bao-cao.pdf", "bieu-06.xlsx"}
    return out.read_bytes()


def _read_package_outcome(path: Path) -> str | None:
    try:
        read_package(path)
    except PackageError as exc:
        return None if path.name in str(exc) or "“" in str(exc) else f"message names nothing: {exc}"
    except Exception as exc:
        return mut.describe(exc)
    return None


def test_mutated_packages(package, tmp_path):
    problems = []
    path = tmp_path / "goi.zip"
    for case in range(300):
        rng = random.Random(mut.SEED + 80_000 + case)
        what, data = (mut.mutate_bytes(package, rng) if case % 2 else mut.mutate_zip(package, rng, ("manifest.json",)))
        path.write_bytes(data)
        if problem := _read_package_outcome(path):
            problems.append(f"case {80_000 + case} {what}: {problem}")
    assert not problems, "\n".join(problems)


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


@settings(CI, max_examples=200)
@given(manifest=st.one_of(_json, st.fixed_dictionaries({"files": _json}),
                          st.fixed_dictionaries({"files": st.lists(st.fixed_dictionaries(
                              {"name": _json, "sha256": _json}), max_size=3)})))
def test_any_package_manifest(package, tmp_path_factory, manifest):
    members = [(n, json.dumps(manifest).encode() if n == "manifest.json" else c)
               for n, c in mut.zip_members(package)]
    path = tmp_path_factory.mktemp("pkg") / "goi.zip"
    path.write_bytes(mut.build_zip(members))
    assert _read_package_outcome(path) is None


def test_deeply_nested_manifest_is_refused(package, tmp_path):
    # regression: json.loads raised RecursionError (not a PackageError / BadBackupFile)
    members = [(n, b"[" * 100_000 if n == "manifest.json" else c) for n, c in mut.zip_members(package)]
    path = tmp_path / "goi.zip"
    path.write_bytes(mut.build_zip(members))
    with pytest.raises(PackageError):
        read_package(path)


# ---------------------------------------------------------------- backups


@pytest.fixture(scope="module")
def backup(tmp_path_factory) -> bytes:
    folder = tmp_path_factory.mktemp("backup")
    conn = sqlite3.connect(folder / "src.db")
    conn.execute("CREATE TABLE audit_log (id INTEGER PRIMARY KEY, x TEXT)")
    conn.executemany("INSERT INTO audit_log (x) VALUES (?)", [("dòng",)] * 50)
    conn.commit()
    (folder / "att" / "ab").mkdir(parents=True)
    (folder / "att" / "ab" / "cdef.pdf").write_bytes(b"%PDF tep dinh kem")
    info = create_backup(conn, folder / "out", attachments_dir=folder / "att", kind=BackupKind.MANUAL,
                         now=dt.datetime(2025, 8, 15, 9, 0), app_version="test")
    conn.close()
    return info.path.read_bytes()


def _backup_outcome(path: Path, scratch: Path) -> str | None:
    try:
        verify_backup(path, scratch)
    except BadBackupFile as exc:
        return None if path.name in str(exc) else f"message does not name the file: {exc}"
    except Exception as exc:
        return mut.describe(exc)
    return None


def test_mutated_backups(backup, tmp_path):
    problems = []
    path = tmp_path / "tthc-sao-luu.zip"
    for case in range(200):
        rng = random.Random(mut.SEED + 90_000 + case)
        what, data = (mut.mutate_bytes(backup, rng) if case % 2 else mut.mutate_zip(backup, rng, ("manifest.json",)))
        path.write_bytes(data)
        if problem := _backup_outcome(path, tmp_path / "kiem-tra.db"):
            problems.append(f"case {90_000 + case} {what}: {problem}")
    assert not problems, "\n".join(problems)


@settings(CI, max_examples=200)
@given(manifest=st.one_of(_json, st.dictionaries(
    st.sampled_from(["format", "format_version", "created_at", "row_counts", "db_size", "db_sha256",
                     "schema_version", "attachment_count", "audit_last_id"]), _json)
    .map(lambda d: {"format": "tthc-desktop-backup", "created_at": "2025-08-15T09:00:00", "db_size": 1,
                    "db_sha256": "0"} | d)))
def test_any_backup_manifest(backup, tmp_path_factory, manifest):
    members = [(n, json.dumps(manifest).encode() if n == "manifest.json" else c)
               for n, c in mut.zip_members(backup)]
    path = tmp_path_factory.mktemp("bk") / "tthc-sao-luu.zip"
    path.write_bytes(mut.build_zip(members))
    try:
        read_backup_info(path)
    except BadBackupFile:
        pass


@settings(CI, max_examples=300)
@given(name=st.one_of(st.text(max_size=30), st.sampled_from(mut.TRAVERSAL_NAMES),
                      st.lists(st.sampled_from(["..", ".", "a", "", "C:", "\\", "/"]), max_size=5).map("/".join)))
def test_member_name_checks_never_let_a_path_escape(name):
    for check in (check_member_name, _safe_member_name):
        if check(name):
            parts = PurePosixPath(name.replace("\\", "/")).parts
            assert ".." not in parts and not name.startswith(("/", "\\")) and name[1:2] != ":"
