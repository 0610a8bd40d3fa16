"""PyInstaller entry point for `posse-cli`. The real code is posse_desktop.cli.main."""

import sys

from posse_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
