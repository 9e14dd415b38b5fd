"""`tthc-desktop demo --out DIR`: the app's main job end to end, headless, on embedded sample data.

Imports the sample plan into a fresh database inside DIR (never the user's database unless
``--db`` is given), adds progress and figures, builds the 2025-Q3 report, signs it with a demo
certificate chain ("DEMO - không có giá trị pháp lý"), verifies it and writes the package.
"""

from __future__ import annotations

import argparse

from ..signing.errors import SigningError
from .common import EXIT_FAILED, EXIT_OK, CliError, finish, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("demo", help="chạy thử toàn bộ quy trình trên dữ liệu mẫu: nhập kế hoạch, "
                                           "lập báo cáo quý, ký số (chứng thư DEMO), kiểm tra, đóng gói")
    p.add_argument("--out", required=True, metavar="DIR", help="thư mục ghi kết quả (cả cơ sở dữ liệu mẫu)")
    finish(p, _demo)


def _demo(args: argparse.Namespace) -> int:
    from ..services.demo_service import run_demo
    from ..services.submission_package import PackageError

    lines: list[str] = []
    say = lines.append if args.json else (lambda line: print(line, flush=True))
    from ..services.output_paths import check_output
    from ..store.location import resolve_db_path

    # The demo writes a whole folder: never the user's data, backup or attachment folders' files.
    out = check_output(args.out, "folder", db_path=resolve_db_path(None))
    if out == resolve_db_path(None).parent:
        raise CliError(f"Hãy chọn một thư mục riêng cho demo, không dùng thư mục dữ liệu {out}.")
    try:
        result = run_demo(out, db=getattr(args, "db", None), say=say)
    except (SigningError, PackageError) as exc:
        raise CliError(str(exc), EXIT_FAILED) from None
    if args.json:
        print_json({
            "steps": lines, "db": str(result.db_path), "report_pdf": str(result.report_pdf),
            "xlsx": [str(p) for p in result.xlsx], "signed_pdf": str(result.signed_pdf),
            "ca_cert": str(result.ca_cert), "package": str(result.package),
            "all_valid": result.verification.all_valid, "submission_id": result.submission_id,
        })
    else:
        print(f"Xong. Mở tệp đã ký: {result.signed_pdf}")
    return EXIT_OK if result.verification.all_valid else EXIT_FAILED
