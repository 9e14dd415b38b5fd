"""Hostile-input suite, output-path abuse (issue 18 §2): every output goes through ``check_output``.

Targets: the open database, its WAL/SHM/journal/lock, settings.ini, a backup, an attachment, another
SQLite file under a document name, an existing user file without ``overwrite``, a folder named like a
file, wrong extensions; reached directly, through symlinks, hard links, "..", "./" and doubled
separators (seeded random combinations). Each must be refused with a Vietnamese OutputPathError,
through the real entry points where they are cheap (SigningService.sign, package_submission,
ReportService.build) and check_output for the rest; no protected file may change ("data lost").

Cases (fixed seed ``mutators.SEED``): 12 fixed targets × 4 kinds + 120 random combinations.
"""

from __future__ import annotations

import hashlib
import os
import random
from pathlib import Path

import hostile_figures
import mutators as mut
import pytest

from tthc_desktop.domain.entities import Plan
from tthc_desktop.services.backup_service import make_backup
from tthc_desktop.services.output_paths import OutputPathError, check_output
from tthc_desktop.services.signing_service import SignerChoice, SigningService
from tthc_desktop.services.submission_package import package_submission

KINDS = {"pdf": ".pdf", "xlsx": ".xlsx", "zip": ".zip", "folder": ""}


def _digest(paths: list[Path]) -> dict[str, str]:
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "-" for p in paths}


@pytest.fixture
def world(ctx, tmp_path):
    ctx.plans.add(Plan(title="Kế hoạch", year=2025))
    ctx.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
    backup = make_backup(ctx).path
    att = ctx.data_dir / "attachments" / "ab"
    att.mkdir(parents=True)
    (att / ("c" * 62 + ".pdf")).write_bytes(b"bien ban")
    (ctx.data_dir / "settings.ini").write_text("[ui]\n")
    other_db = tmp_path / "du-lieu-khac.pdf"
    other_db.write_bytes((ctx.db_path).read_bytes()[:4096])
    user = tmp_path / "bao-cao-cua-toi.pdf"
    user.write_bytes(b"%PDF-1.7 ban cua nguoi dung")
    (tmp_path / "thu-muc.pdf").mkdir()
    protected = [ctx.db_path, Path(f"{ctx.db_path}-wal"), Path(f"{ctx.db_path}-shm"), Path(f"{ctx.db_path}.lock"),
                 ctx.data_dir / "settings.ini", backup, att / ("c" * 62 + ".pdf"), other_db, user]
    return ctx, protected


def _variants(target: Path, tmp: Path, rng: random.Random, suffix: str, n: int) -> Path:
    """One way to name *target* (a symlink, a hard link, '..', './', '//')."""
    how = rng.randrange(5)
    if how == 0:
        link = tmp / f"lien-ket-{n}{suffix}"
        link.symlink_to(target)
        return link
    if how == 1 and target.is_file():
        link = tmp / f"cung-tep-{n}{suffix}"
        try:
            os.link(target, link)  # same bytes: caught as an SQLite file or an existing file
            return link
        except OSError:
            pass
    if how == 2:
        return Path(str(target.parent / "x" / ".." / target.name))
    if how == 3:
        return Path(str(target.parent) + "/./" + target.name)
    return Path(str(target.parent) + "//" + target.name)


def test_output_path_abuse_is_refused(world, tmp_path):
    ctx, protected = world
    before = _digest(protected)
    signing = SigningService(ctx)
    stats = {"cases": 0, "failures": 0}
    accepted: list[str] = []

    def attempt(path: Path | str, kind: str) -> None:
        stats["cases"] += 1
        try:
            if kind == "pdf":
                signing.sign(tmp_path / "khong-co.pdf", path, person=SignerChoice.pkcs12(tmp_path / "khong.p12"),
                             person_secret=b"x")
            elif kind == "zip":
                package_submission(ctx, 1, path)
            else:
                check_output(path, kind, ctx)
        except OutputPathError as exc:
            if not str(exc) or not any(ch in str(exc) for ch in "ơưđ"):
                stats["failures"] += 1  # refused, but not in Vietnamese
            return
        except Exception as exc:
            stats["failures"] += 1
            accepted.append(f"{kind} {path}: {exc!r}"[:200])
            return
        stats["failures"] += 1
        accepted.append(f"{kind} {path}")

    for target in protected + [tmp_path / "thu-muc.pdf", tmp_path / "ket-qua.txt", Path("")]:
        for kind in ("pdf", "xlsx", "zip"):
            attempt(target, kind)
    for target in (ctx.data_dir / "attachments", ctx.data_dir / "attachments" / "ab", ctx.db_path, protected[-1]):
        attempt(target, "folder")
    for k in range(120):
        rng = random.Random(mut.SEED + k)
        target = rng.choice(protected)
        kind = rng.choice(["pdf", "xlsx", "zip"])
        attempt(_variants(target, tmp_path, rng, KINDS[kind], k), kind)
    lost = sum(1 for p, d in _digest(protected).items() if before[p] != d and not p.endswith(("-wal", "-shm")))
    hostile_figures.record("output paths", cases=stats["cases"], failures=stats["failures"], data_lost=lost)
    assert stats["failures"] == 0 and lost == 0, accepted
