"""The bundled executable's entry point (PyInstaller runs this file as __main__)."""

import multiprocessing
import sys

from volmatch.launcher import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # worker processes of a frozen app re-enter here
    sys.exit(main())
