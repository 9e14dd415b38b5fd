"""Entry point: ``python -m tthc_desktop`` and the ``tthc-desktop`` console script.

No subcommand opens the app (``--smoke`` opens it offscreen and quits); a subcommand runs headless.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def _utf8_streams() -> None:
    """Write UTF-8 even when Windows gives a redirected stdout its ANSI code page (cp1252/cp1258).

    `tthc-desktop demo > log.txt` would otherwise die on the first "ậ". The windowed exe has no
    streams at all (None), hence the getattr.
    """
    for stream, errors in ((sys.stdout, "replace"), (sys.stderr, "backslashreplace")):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors=errors)


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_streams()
    from .store.app_log import setup_logging

    setup_logging()  # before anything imports pyHanko & co.: their warnings and records go to the log file
    from .cli import parse_args, run_command

    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.command is not None:
        return run_command(args)
    from .ui.shell.app import run_app  # imported lazily: headless commands never load Qt

    return run_app(db=getattr(args, "db", None), smoke=args.smoke)


if __name__ == "__main__":
    sys.exit(main())
