"""What a signature lacks to be trusted, in words an officer can act on, and the issuer to trust.

A signature made with a government certificate is valid but not trusted until the officer imports the
root (or the intermediate) that issued it. ``missing_for_trust`` names that certificate and who issues
it, e.g. "thiếu chứng thư gốc «RootCA chuyên dùng Chính phủ G2» (Ban Cơ yếu Chính phủ)";
``issuer_to_trust`` gives the certificate the document itself carries for "trust the issuer of this
document's signer" (the UI/CLI shows its SHA-256 fingerprint before adding it).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import x509 as ax509
from cryptography import x509

# Who issues the roots Vietnamese documents chain to (matched on the folded subject/issuer text).
KNOWN_ISSUERS = (
    (r"chuyen dung chinh phu|government|ban co yeu|vgca", "Ban Cơ yếu Chính phủ"),
    (r"national root ca|neac|chung thuc dien tu quoc gia", "Trung tâm Chứng thực điện tử quốc gia"),
)


def _fold(text: str) -> str:
    from ..domain.text_fold import fold

    return fold(text or "")


def _cn(name: ax509.Name) -> str:
    native = name.native
    return str(native.get("common_name") or native.get("organization_name") or name.human_friendly)


def _owner(name: ax509.Name) -> str:
    text = _fold(name.human_friendly)
    for pattern, owner in KNOWN_ISSUERS:
        if re.search(pattern, text):
            return owner
    org = name.native.get("organization_name")
    return str(org) if org else ""


def _chain(signer: ax509.Certificate, others: list[ax509.Certificate]) -> list[ax509.Certificate]:
    """The signer's chain as far as the document carries it (signer first)."""
    chain = [signer]
    while not chain[-1].self_issued and len(chain) < 10:
        issuer = next((c for c in others if c.subject == chain[-1].issuer and c not in chain), None)
        if issuer is None:
            break
        chain.append(issuer)
    return chain


def missing_for_trust(signer: ax509.Certificate, others: list[ax509.Certificate]) -> str:
    """"thiếu chứng thư gốc «…» (…)" — the certificate to import so that this signer is trusted."""
    top = _chain(signer, others)[-1]
    if top.self_issued:  # the document carries the root: it is just not in the trust list
        name, kind = top.subject, "gốc"
    else:
        name = top.issuer
        kind = "gốc" if re.search(r"root", _fold(name.human_friendly)) else "gốc hoặc trung gian"
    owner = _owner(name)
    return f"thiếu chứng thư {kind} «{_cn(name)}»" + (f" ({owner})" if owner else "")


@dataclass(frozen=True)
class IssuerCandidate:
    certificate: x509.Certificate
    subject_cn: str
    sha256_hex: str  # shown to the officer before trusting
    is_root: bool


def issuer_to_trust(pdf_path: Path | str) -> list[IssuerCandidate]:
    """For each signature: the top certificate of its signer's chain that the document carries (the root
    when present, else the highest intermediate). Empty when the document carries no issuer."""
    from cryptography.hazmat.primitives import hashes
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(io.BytesIO(Path(pdf_path).read_bytes()), strict=False)
    found: dict[str, IssuerCandidate] = {}
    for emb in reader.embedded_signatures:
        chain = _chain(emb.signer_cert, list(emb.other_embedded_certs))
        if len(chain) < 2:
            continue
        top = chain[-1]
        cert = x509.load_der_x509_certificate(top.dump())
        digest = cert.fingerprint(hashes.SHA256()).hex().upper()
        found.setdefault(digest, IssuerCandidate(cert, _cn(top.subject), digest, bool(top.self_issued)))
    return list(found.values())


def fingerprint_text(sha256_hex: str) -> str:
    """"AB:CD:…" as the officer compares it with the issuer's published fingerprint."""
    return ":".join(sha256_hex[i:i + 2] for i in range(0, len(sha256_hex), 2))
