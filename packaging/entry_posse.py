"""PyInstaller entry point for the GUI (`posse`). The real code is posse_desktop.app.main."""

import sys

from posse_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
