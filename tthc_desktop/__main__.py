"""Entry point: ``python -m tthc_desktop`` and the ``tthc-desktop`` console script.

No subcommand opens the app (``--smoke`` opens it offscreen and quits); a subcommand runs headless.
"""

from __future__ import annotations

import gc
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


def gui_options(argv: Sequence[str]) -> tuple[str | None, bool] | None:
    """(db, smoke) when ``argv`` only opens the app (what the shortcut runs: nothing, ``--db PATH``, ``--smoke``);
    None for anything else (a subcommand, --help, --version, an abbreviation, a typo), which argparse reads.

    The window's start skips the command line module: its parser and the commands' shared code cost ~6 ms
    of a start-up that must stay within 2× a bare Qt window (issue 17)."""
    db, smoke, rest = None, False, list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--smoke":
            smoke = True
        elif arg == "--db" and rest and not rest[0].startswith("-"):
            db = rest.pop(0)
        elif arg.startswith("--db=") and len(arg) > len("--db="):
            db = arg[len("--db="):]
        else:
            return None
    return db, smoke


def main(argv: Sequence[str] | None = None) -> int:
    # No cycle collection while the modules load and the window is built: they make few cycles, and the
    # collector's passes over everything imported cost ~13 ms of the start. Collection resumes with the first
    # command, or once the window is shown (run_app freezes the start-up's objects first, so no later pass
    # scans them), and in any case when main returns.
    gc.disable()
    try:
        return _main(argv)
    finally:
        gc.enable()


def _main(argv: Sequence[str] | None) -> int:
    _utf8_streams()
    from .store.app_log import setup_logging

    setup_logging()  # before anything imports pyHanko & co.: their warnings and records go to the log file
    argv = sys.argv[1:] if argv is None else argv
    gui = gui_options(argv)
    if gui is None:
        from .cli import parse_args, run_command

        args = parse_args(argv)
        if args.command is not None:
            gc.enable()  # a command may build many objects (an import, a report): the collector runs
            return run_command(args)
        gui = getattr(args, "db", None), args.smoke
    from .ui.shell.app import run_app  # imported lazily: headless commands never load Qt

    return run_app(db=gui[0], smoke=gui[1])


if __name__ == "__main__":
    sys.exit(main())
