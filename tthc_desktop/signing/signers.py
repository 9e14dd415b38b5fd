"""Open a signer: a PKCS#12 file (.pfx/.p12) or a USB token through its PKCS#11 driver.

Also lists the tokens and certificates a driver sees, and finds vendor drivers
installed on Windows (token_drivers.py; the vendors are listed in resources/pkcs11_vendors.json).

PINs and passwords are only ever passed straight to the library that needs them:
never logged, stored or put into an exception message, and their references are
dropped as soon as they have been used (docs/ARCHITECTURE.md §10.5).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pkcs11
from cryptography.hazmat.primitives.serialization import pkcs12
from pkcs11 import Attribute, ObjectClass, TokenFlag
from pkcs11 import exceptions as p11e
from pyhanko.keys.internal import (
    translate_pyca_cryptography_cert_to_asn1,
    translate_pyca_cryptography_key_to_asn1,
)
from pyhanko.sign.signers import SimpleSigner
from pyhanko.sign.signers.pdf_cms import Signer
from pyhanko_certvalidator.registry import SimpleCertificateStore

from .certs import CertInfo, cert_info, to_asn1crypto
from .errors import (
    CertificateExpired,
    DriverArchMismatch,
    DriverMissing,
    KeyNotFound,
    SigningError,
    TokenLocked,
    TokenNotFound,
    WrongPassword,
    WrongPin,
    read_user_file,
)
from .token_drivers import discover_pkcs11_libraries, library_bitness, preload_vendor_dll, process_bitness

__all__ = [
    "CertificateExpired",
    "DriverArchMismatch",
    "DriverMissing",
    "KeyNotFound",
    "SigningError",
    "TokenCertificate",
    "TokenInfo",
    "TokenLocked",
    "TokenNotFound",
    "WrongPassword",
    "WrongPin",
    "discover_pkcs11_libraries",
    "library_bitness",
    "list_tokens",
    "open_pkcs11_signer",
    "open_pkcs12_signer",
    "signer_cert_info",
]

log = logging.getLogger(__name__)


def signer_cert_info(signer: Signer) -> CertInfo:
    """Certificate facts of an opened signer."""
    return cert_info(signer.signing_cert)


def _check_not_expired(info: CertInfo) -> None:
    if info.is_expired():
        raise CertificateExpired(
            f"Chứng thư số của “{info.subject_cn}” chỉ có hiệu lực từ "
            f"{info.not_before:%d/%m/%Y} đến {info.not_after:%d/%m/%Y}; hiện không dùng để ký được."
        )


# ---------------------------------------------------------------- PKCS#12


def _looks_like_pfx(data: bytes) -> bool:
    """True if *data* parses as a PKCS#12 structure (so a load failure means a wrong password)."""
    from asn1crypto import pkcs12 as asn1_pkcs12

    try:
        pfx = asn1_pkcs12.Pfx.load(data)
        return pfx["version"].native == "v3"
    except Exception:
        return False


def open_pkcs12_signer(path: Path | str, password: bytes) -> Signer:
    """Load a .pfx/.p12 file into a pyHanko signer.

    Raises WrongPassword, CertificateExpired or SigningError (unreadable file).
    """
    p = Path(path)
    data = read_user_file(p, SigningError(f"Không đọc được tệp chứng thư số: {p}"))
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, password)
    except ValueError:
        if _looks_like_pfx(data):
            raise WrongPassword() from None
        raise SigningError(f"Tệp {p.name} không phải tệp chứng thư số PKCS#12 (.pfx/.p12).") from None
    finally:
        del password
    if key is None or cert is None:
        raise KeyNotFound(f"Tệp {p.name} không chứa khóa bí mật và chứng thư số để ký.")
    _check_not_expired(cert_info(cert))
    registry = SimpleCertificateStore()
    registry.register_multiple(translate_pyca_cryptography_cert_to_asn1(c) for c in extra)
    signer = SimpleSigner(
        signing_cert=translate_pyca_cryptography_cert_to_asn1(cert),
        signing_key=translate_pyca_cryptography_key_to_asn1(key),
        cert_registry=registry,
    )
    del key
    return signer


# ---------------------------------------------------------------- PKCS#11 drivers

def _load_library(lib_path: Path | str):
    p = Path(lib_path)
    if not p.is_file():
        raise DriverMissing(f"Không tìm thấy trình điều khiển token (PKCS#11): {p}")
    preload_vendor_dll(p)  # Windows: let the vendor DLL find the DLLs installed beside it
    try:
        # python-pkcs11 keeps one initialised instance per path.
        return pkcs11.lib(str(p))
    except (p11e.PKCS11Error, OSError) as exc:
        bits = library_bitness(p)
        if bits is not None and bits != process_bitness():
            raise DriverArchMismatch(
                f"Trình điều khiển {p.name} là bản {bits}-bit, còn ứng dụng chạy {process_bitness()}-bit. "
                f"Hãy chọn bản DLL {process_bitness()}-bit của nhà cung cấp token."
            ) from None
        raise DriverMissing(f"Không nạp được trình điều khiển token {p}: {exc}") from None


def release_library(lib_path: Path | str) -> None:
    """Finalise and unload a driver (e.g. after the user changed tokens or drivers)."""
    pkcs11.unload(str(Path(lib_path)))


# ---------------------------------------------------------------- PKCS#11 tokens


@dataclass(frozen=True)
class TokenCertificate:
    """A certificate object stored on a token."""

    label: str
    id_hex: str
    info: CertInfo
    der: bytes


@dataclass(frozen=True)
class TokenInfo:
    """A token seen in one slot of a driver."""

    slot: int  # index in the driver's slot list (what open_pkcs11_signer's ``slot`` means)
    slot_id: int
    label: str
    manufacturer: str
    model: str
    serial: str
    pin_locked: bool
    pin_count_low: bool  # a wrong PIN was entered since the last successful login
    pin_final_try: bool
    certificates: tuple[TokenCertificate, ...]


def _map_pkcs11_error(exc: Exception) -> SigningError:
    """Translate a python-pkcs11 error raised during login or signing."""
    if isinstance(exc, p11e.PinIncorrect | p11e.PinInvalid | p11e.PinLenRange):
        return WrongPin()
    if isinstance(exc, p11e.PinLocked):
        return TokenLocked()
    if isinstance(exc, p11e.PinExpired):
        return SigningError("Mã PIN của token đã hết hạn; hãy đổi PIN bằng phần mềm của nhà cung cấp.")
    if isinstance(exc, p11e.TokenNotPresent | p11e.TokenNotRecognised | p11e.DeviceRemoved | p11e.NoSuchToken):
        return TokenNotFound()
    if isinstance(exc, p11e.NoSuchKey):
        return KeyNotFound()
    return SigningError(f"Lỗi khi làm việc với token ({type(exc).__name__}).")


def _read_certificates(session) -> tuple[TokenCertificate, ...]:
    certs = []
    for obj in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
        der = bytes(obj[Attribute.VALUE])
        try:
            label = obj[Attribute.LABEL]
        except p11e.PKCS11Error:
            label = ""
        try:
            id_hex = bytes(obj[Attribute.ID]).hex()
        except p11e.PKCS11Error:
            id_hex = ""
        try:
            info = cert_info(der)
        except ValueError:
            continue  # not an X.509 certificate we can read
        certs.append(TokenCertificate(label, id_hex, info, der))
    return tuple(certs)


def list_tokens(lib_path: Path | str) -> list[TokenInfo]:
    """Tokens present in the driver's slots, with their (public) certificates; no PIN needed."""
    lib = _load_library(lib_path)
    tokens: list[TokenInfo] = []
    try:
        slots = lib.get_slots(token_present=False)
    except p11e.PKCS11Error as exc:
        raise _map_pkcs11_error(exc) from None
    for index, slot in enumerate(slots):
        try:
            token = slot.get_token()
        except (p11e.TokenNotPresent, p11e.TokenNotRecognised):
            continue
        flags = token.flags
        if not flags & TokenFlag.TOKEN_INITIALIZED:
            continue
        try:
            with token.open() as session:
                certs = _read_certificates(session)
        except p11e.PKCS11Error:
            certs = ()
        tokens.append(
            TokenInfo(
                slot=index,
                slot_id=slot.slot_id,
                label=token.label,
                manufacturer=token.manufacturer_id,
                model=token.model,
                serial=bytes(token.serial).decode("ascii", "replace").strip(),
                pin_locked=bool(flags & TokenFlag.USER_PIN_LOCKED),
                pin_count_low=bool(flags & TokenFlag.USER_PIN_COUNT_LOW),
                pin_final_try=bool(flags & TokenFlag.USER_PIN_FINAL_TRY),
                certificates=certs,
            )
        )
    return tokens


def _find_token(lib, token_label: str | None, slot: int | None):
    try:
        slots = lib.get_slots(token_present=True) if slot is None else lib.get_slots()
    except p11e.PKCS11Error as exc:
        raise _map_pkcs11_error(exc) from None
    if slot is not None:
        if not 0 <= slot < len(slots):
            raise TokenNotFound(f"Không có khe cắm token số {slot}.")
        candidates = [slots[slot]]
    else:
        candidates = slots
    for s in candidates:
        try:
            token = s.get_token()
        except p11e.PKCS11Error:
            continue
        if token_label is None or token.label == token_label:
            return token
    if token_label is not None:
        raise TokenNotFound(f"Không tìm thấy token có nhãn “{token_label}”. Hãy cắm token vào máy và thử lại.")
    raise TokenNotFound()


def _pick_key_id(session, key_label: str | None, cert_label: str | None) -> bytes | None:
    """With no label given, pick the only certificate that has a private key beside it."""
    if key_label or cert_label:
        return None
    key_ids = {
        bytes(k[Attribute.ID])
        for k in session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY, Attribute.SIGN: True})
    }
    usable = [
        c
        for c in _read_certificates(session)
        if bytes.fromhex(c.id_hex) in key_ids and not c.info.is_ca and c.info.can_sign_documents
    ]
    if not usable:
        raise KeyNotFound()
    valid = [c for c in usable if not c.info.is_expired()] or usable
    if len(valid) > 1:
        names = "; ".join(f"{c.label} ({c.info.subject_cn})" for c in valid)
        raise KeyNotFound(f"Token có nhiều chứng thư số ({names}); hãy chọn một chứng thư để ký.")
    return bytes.fromhex(valid[0].id_hex)


@contextmanager
def open_pkcs11_signer(
    lib_path: Path | str,
    *,
    token_label: str | None = None,
    slot: int | None = None,
    key_label: str | None = None,
    cert_label: str | None = None,
    pin: str,
) -> Iterator[Signer]:
    """Log in to a token and yield a pyHanko signer; the session closes on exit.

    The signer stays usable for several documents while the block runs (one PIN entry
    for a batch). Raises DriverMissing, DriverArchMismatch, TokenNotFound, TokenLocked,
    WrongPin, KeyNotFound or CertificateExpired.
    """
    from pyhanko.sign.pkcs11 import PKCS11Signer

    lib = _load_library(lib_path)
    token = _find_token(lib, token_label, slot)
    if token.flags & TokenFlag.USER_PIN_LOCKED:
        raise TokenLocked()
    try:
        session = token.open(user_pin=pin)
    except p11e.PKCS11Error as exc:
        raise _map_pkcs11_error(exc) from None
    finally:
        del pin
    try:
        try:
            key_id = _pick_key_id(session, key_label, cert_label)
            # Embed the CA certificates stored on the token (the chain), not every
            # end-entity certificate that happens to be there.
            chain = [to_asn1crypto(c.der) for c in _read_certificates(session) if c.info.is_ca]
            signer = PKCS11Signer(
                session,
                cert_label=cert_label,
                key_label=key_label,
                key_id=key_id,
                cert_id=key_id,
                ca_chain=chain,
                other_certs_to_pull=(),
            )
            info = cert_info(signer.signing_cert)  # loads cert and key handle now
        except p11e.PKCS11Error as exc:
            # pyHanko reports a failed object lookup as a bare PKCS11Error.
            if type(exc) is p11e.PKCS11Error:
                several = str(exc).startswith("Found more than one")
                raise KeyNotFound(
                    ("Có nhiều hơn một" if several else "Không tìm thấy")
                    + " khóa bí mật hoặc chứng thư số phù hợp "
                    f"(nhãn khóa: {key_label or '-'}, nhãn chứng thư: {cert_label or '-'}) trên token."
                ) from None
            raise _map_pkcs11_error(exc) from None
        _check_not_expired(info)
        log.info("Opened token signer for %s", info.subject_cn)
        yield signer
    finally:
        try:
            session.close()
        except p11e.PKCS11Error:
            pass
