"""python -m posse_desktop opens the app."""

import sys

from posse_desktop.app import main

sys.exit(main())
