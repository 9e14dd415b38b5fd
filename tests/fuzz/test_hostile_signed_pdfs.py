"""Hostile-input suite, signed PDFs with incremental updates (issue 18 §1, shadow attacks).

A report is signed once by the person and once by person + organisation (two signatures). Then every
attack of tests/unit/signing/shadow_attacks.py (content replaced, overlay annotation, signature widget
changed, text field added) is applied alone, twice in a row, and in seeded random pairs; and seeded
random texts go into the replaced content. Each result must verify as modified: headline
"ĐÃ BỊ THAY ĐỔI SAU KHI KÝ", ``all_valid`` and ``all_trusted`` false. The untouched files must stay
valid and trusted (a false alarm is a failure too).

Cases (fixed seed ``mutators.SEED``): 2 untouched + 2 × (4 single + 4 repeated + 8 random pairs +
8 random contents) = 50.
"""

from __future__ import annotations

import random

import hostile_figures
import mutators as mut
import signing_support as S
from shadow_attacks import ATTACKS, replace_page_content

from tthc_desktop.signing.appearance import SignatureBox, person_appearance, seal_appearance
from tthc_desktop.signing.sign_pdf import sign_person_then_org
from tthc_desktop.signing.signers import open_pkcs12_signer
from tthc_desktop.signing.verify import MODIFIED_HEADLINE, verify_pdf

PERSON_BOX = SignatureBox(0, 350, 80, 550, 160)
SEAL_BOX = SignatureBox(0, 300, 90, 380, 170)


def _signed(tmp_path):
    pki, images = S.demo_pki(), S.demo_images()
    src = S.write_report_pdf(tmp_path / "bao-cao.pdf")
    one = tmp_path / "mot-chu-ky.pdf"
    from tthc_desktop.signing.sign_pdf import PERSON_FIELD, sign_document

    sign_document(src, one, signer=open_pkcs12_signer(pki.person.pkcs12, S.PFX_PASSWORD), field_name=PERSON_FIELD,
                  box=PERSON_BOX, appearance=person_appearance(PERSON_BOX, images.signature))
    two = tmp_path / "hai-chu-ky.pdf"
    sign_person_then_org(src, two, open_pkcs12_signer(pki.person.pkcs12, S.PFX_PASSWORD),
                         open_pkcs12_signer(pki.org.pkcs12, S.PFX_PASSWORD), PERSON_BOX, SEAL_BOX,
                         person_appearance=person_appearance(PERSON_BOX, images.signature),
                         org_appearance=seal_appearance(SEAL_BOX, images.seal))
    return pki, [one, two]


def test_shadow_attacks_are_always_reported(tmp_path):
    pki, originals = _signed(tmp_path)
    roots = [pki.ca_certificate()]
    stats = {"cases": 0, "failures": 0}
    missed: list[str] = []

    def check(path, *, attacked: bool) -> None:
        stats["cases"] += 1
        report = verify_pdf(path, roots)
        if attacked:
            ok = report.summary.startswith(MODIFIED_HEADLINE) and not report.all_valid and not report.all_trusted
        else:
            ok = report.all_trusted and not report.modified
        if not ok:
            stats["failures"] += 1
            missed.append(f"{path.name}: {report.summary}")

    names = sorted(ATTACKS)
    for signed in originals:
        check(signed, attacked=False)
        stem = signed.stem
        for name in names:
            once = ATTACKS[name](signed, tmp_path / f"{stem}-{name}.pdf")
            check(once, attacked=True)
            check(ATTACKS[name](once, tmp_path / f"{stem}-{name}-2.pdf"), attacked=True)
        for k in range(8):
            rng = random.Random(mut.SEED + k)
            first, second = rng.choice(names), rng.choice(names)
            mid = ATTACKS[first](signed, tmp_path / f"{stem}-p{k}a.pdf")
            check(ATTACKS[second](mid, tmp_path / f"{stem}-p{k}b.pdf"), attacked=True)
        for k in range(8):
            rng = random.Random(mut.SEED + 50 + k)
            text = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789") for _ in range(rng.randrange(1, 40)))
            content = f"BT /F1 {rng.randrange(6, 60)} Tf {rng.randrange(600)} {rng.randrange(800)} Td ({text}) Tj ET"
            check(replace_page_content(signed, tmp_path / f"{stem}-c{k}.pdf", content.encode()), attacked=True)
    hostile_figures.record("signed PDFs (shadow attacks)", cases=stats["cases"], failures=stats["failures"],
                           data_lost=0)
    assert stats["failures"] == 0, missed
