"""Entry point of the windowed `vroegbel` executable in the PyInstaller bundle."""

import multiprocessing
import sys

from app.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
