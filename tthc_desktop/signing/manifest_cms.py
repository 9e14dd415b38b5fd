"""A detached CMS signature over a submission's ``manifest.json`` (``manifest.p7s``).

Made with the same pyHanko signer that signed the PDF, inside the same PIN session, so it works
for a .pfx file and a PKCS#11 token alike. The DER file verifies with
``openssl cms -verify -binary -inform DER -in manifest.p7s -content manifest.json``.

Public API:
    ``sign_detached(signer, data) -> bytes``                     DER ContentInfo
    ``verify_detached(data, p7s, trust_roots) -> ManifestSignature``
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from dataclasses import dataclass

from .certs import cert_info, to_asn1crypto
from .errors import SigningError


@dataclass(frozen=True)
class ManifestSignature:
    intact: bool  # the manifest is the one that was signed
    valid: bool  # and the signature is cryptographically sound
    trusted: bool  # and the signer chains to a trusted root
    signer_cn: str = ""
    error: str = ""

    @property
    def summary(self) -> str:
        if not self.intact:
            return "Danh sách tệp (manifest.json) đã bị thay đổi sau khi ký: chữ ký không khớp."
        if not self.valid:
            return f"Chữ ký của danh sách tệp không hợp lệ{': ' + self.error if self.error else ''}."
        if not self.trusted:
            return f"Danh sách tệp được ký bởi {self.signer_cn}, chữ ký nguyên vẹn nhưng chứng thư chưa được tin cậy."
        return f"Danh sách tệp được ký bởi {self.signer_cn}: hợp lệ và tin cậy."


def sign_detached(signer, data: bytes) -> bytes:
    """Detached CMS (SHA-256) over ``data`` with a pyHanko ``Signer`` (PKCS#12 or PKCS#11)."""
    try:
        content_info = asyncio.run(signer.async_sign_general_data(data, "sha256", detached=True))
    except SigningError:
        raise
    except Exception as exc:
        import pkcs11.exceptions as p11e

        from .signers import _map_pkcs11_error

        if isinstance(exc, p11e.PKCS11Error):
            raise _map_pkcs11_error(exc) from None
        raise SigningError(f"Không ký được danh sách tệp manifest.json: {exc}") from exc
    return content_info.dump()


def verify_detached(data: bytes, p7s: bytes, trust_roots: Iterable) -> ManifestSignature:
    from asn1crypto import cms
    from pyhanko.sign.validation.generic_cms import async_validate_detached_cms
    from pyhanko_certvalidator import ValidationContext

    try:
        info = cms.ContentInfo.load(p7s)
        signed_data = info["content"]
        signed_data.native  # noqa: B018 - parse everything now, so damage shows here
    except Exception:
        return ManifestSignature(False, False, False, error="tệp manifest.p7s bị hỏng")
    roots = [to_asn1crypto(c) for c in trust_roots]
    context = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
    try:
        status = asyncio.run(async_validate_detached_cms(data, signed_data, signer_validation_context=context))
    except Exception as exc:
        return ManifestSignature(False, False, False, error=str(exc))
    signer_cn = cert_info(status.signing_cert).subject_cn if status.signing_cert is not None else ""
    return ManifestSignature(status.intact, status.intact and status.valid, status.intact and status.valid
                             and status.trusted, signer_cn)
