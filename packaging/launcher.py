"""PyInstaller entry script: runs tthc_desktop.__main__.main as a package module.

tthc_desktop/__main__.py uses relative imports, so it cannot be the frozen script
itself (a script has no parent package); this two-line shim imports it instead.
"""

import sys

from tthc_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
