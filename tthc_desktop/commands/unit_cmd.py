"""`tthc-desktop unit show|set`: the own unit and its details, the headless equal of the unit dialogs."""

from __future__ import annotations

import argparse

from ..domain.entities import UnitLevel
from ..services.context import AppContext
from ..store.units import DETAIL_FIELDS
from .common import EXIT_OK, CliError, add_db_option, add_group, print_json

_LEVEL_CHOICES = ("tinh", "ubnd_tinh", "xa")
_CLI_LEVEL = {UnitLevel.DEPARTMENT: "tinh", UnitLevel.PROVINCE: "ubnd_tinh", UnitLevel.COMMUNE: "xa",
              UnitLevel.DISTRICT: "huyen"}
_DETAIL_LABELS = {
    "parent_name": "Cơ quan chủ quản", "place": "Địa danh", "abbr": "Ký hiệu", "signer": "Người ký",
    "position": "Chức vụ", "authority": "Quyền hạn", "recipients": "Nơi nhận",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    sub = add_group(subparsers, "unit", "đơn vị của người dùng: xem hoặc đặt tên, cấp và thông tin dùng cho phần đầu "
                                        "báo cáo")
    show = sub.add_parser("show", help="xem đơn vị và thông tin đơn vị")
    add_db_option(show)
    show.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    show.set_defaults(handler=_show)

    put = sub.add_parser("set", help="đặt đơn vị (lần đầu cần --name và --level)")
    add_db_option(put)
    put.add_argument("--name", help='tên đơn vị, ví dụ "Sở Tư pháp tỉnh Đồng Tháp"')
    put.add_argument("--level", choices=_LEVEL_CHOICES,
                     help="tinh: sở/ban/ngành tỉnh (cả Trung tâm Phục vụ hành chính công); "
                          "ubnd_tinh: UBND tỉnh/Văn phòng UBND tỉnh; xa: UBND xã, phường, đặc khu")
    put.add_argument("--parent", dest="parent_name", help='cơ quan chủ quản, ví dụ "UBND tỉnh Đồng Tháp"')
    put.add_argument("--place", help='địa danh, ví dụ "Đồng Tháp"')
    put.add_argument("--abbr", help='ký hiệu, ví dụ "STP" (báo cáo: "BC-STP")')
    put.add_argument("--signer", help="họ tên người ký thường lệ")
    put.add_argument("--position", help='chức vụ người ký, ví dụ "Giám đốc"')
    put.add_argument("--authority", help='quyền hạn ký, ví dụ "KT. GIÁM ĐỐC", "TL. GIÁM ĐỐC" (trống: thủ trưởng ký)')
    put.add_argument("--recipient", dest="recipients", action="append", metavar="NƠI_NHẬN",
                     help="nơi nhận mặc định (lặp lại cho nhiều nơi)")
    put.add_argument("--json", action="store_true", help="in đơn vị sau khi lưu dạng JSON")
    put.set_defaults(handler=_set)

    basis = sub.add_parser("basis", help="xem hoặc sửa căn cứ pháp lý của các biểu mẫu (ghi chú nêu căn cứ chưa chắc)")
    add_db_option(basis)
    basis.add_argument("form", nargs="?", metavar="MÃ_BIỂU", help="mã biểu mẫu, ví dụ bieu_06_vpcp_kstt")
    basis.add_argument("--set", dest="text", metavar="CĂN_CỨ", help='căn cứ do đơn vị ghi ("" để dùng lại căn cứ gốc)')
    basis.set_defaults(handler=_basis)


def unit_json(unit) -> dict | None:
    if unit is None:
        return None
    data = {"name": unit.name, "level": _CLI_LEVEL[unit.level], "level_label": unit.level.label_vi,
            "needs_level_choice": unit.level.is_obsolete}
    data.update({k: getattr(unit, k) for k in DETAIL_FIELDS})
    data["recipients"] = [r for r in unit.recipients.splitlines() if r]
    return data


def _print(unit) -> None:
    if unit is None:
        print("Chưa đặt đơn vị. Dùng: tthc-desktop unit set --name … --level tinh|ubnd_tinh|xa")
        return
    print(f"Đơn vị: {unit.name}")
    print(f"Cấp: {unit.level.label_vi}")
    for key, label in _DETAIL_LABELS.items():
        value = getattr(unit, key)
        if value:
            print(f"{label}: {'; '.join(value.splitlines())}")
    if unit.level.is_obsolete:
        print("Lưu ý: cấp huyện không còn từ 01/7/2025 — chọn cấp mới: tthc-desktop unit set --level tinh|ubnd_tinh|xa")


def _show(args: argparse.Namespace) -> int:
    with AppContext.open(getattr(args, "db", None)) as ctx:
        unit = ctx.units.own_unit()
    print_json(unit_json(unit)) if args.json else _print(unit)
    return EXIT_OK


def _set(args: argparse.Namespace) -> int:
    details = {k: getattr(args, k) for k in DETAIL_FIELDS if k != "recipients" and getattr(args, k) is not None}
    if args.recipients is not None:
        details["recipients"] = "\n".join(r for r in args.recipients if r.strip())
    with AppContext.open(getattr(args, "db", None)) as ctx:
        current = ctx.units.own_unit()
        name = args.name if args.name is not None else (current.name if current else "")
        if args.level is not None:
            level = UnitLevel.from_cli(args.level)
        elif current is None:
            raise CliError("Chưa có đơn vị: cần --name và --level (tinh, ubnd_tinh hoặc xa).")
        elif current.level.is_obsolete:
            raise CliError("Đơn vị đang là cấp huyện, không còn từ 01/7/2025: cần chọn --level tinh, ubnd_tinh hoặc xa.")
        else:
            level = current.level
        if not name.strip():
            raise CliError("Tên đơn vị không được để trống (--name).")
        unit = ctx.units.save_own_unit(name, level, **details)
    if args.json:
        print_json(unit_json(unit))
    else:
        print("Đã lưu đơn vị.")
        _print(unit)
    return EXIT_OK


def _basis(args: argparse.Namespace) -> int:
    from ..reports.forms import FormDefinitionError, list_forms, load_form
    from ..services.report_service import legal_basis_override, set_legal_basis

    with AppContext.open(getattr(args, "db", None)) as ctx:
        try:
            forms = [load_form(args.form)] if args.form else list_forms()
            if args.text is not None:
                if not args.form:
                    raise CliError("Cần mã biểu mẫu để sửa căn cứ (xem: tthc-desktop unit basis).")
                set_legal_basis(ctx, args.form, args.text)
        except FormDefinitionError as exc:
            raise CliError(str(exc)) from None
        for form in forms:
            own = legal_basis_override(ctx, form.id)
            print(f"{form.id} ({form.code or form.title[:40]}): {own or form.legal_basis}"
                  + (" [đơn vị sửa]" if own else ""))
            if form.comment:
                print(f"  Ghi chú: {form.comment}")
    return EXIT_OK
