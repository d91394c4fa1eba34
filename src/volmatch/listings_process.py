"""The process preparing the app's matching listings (``matching.handoff``), started by
the app once its window is built: ``python -m volmatch.listings_process URL``.

It starts reading the listings' stored columns in a thread before the matcher's modules
(numpy, the reference data) load, as ``volmatch match`` does: SQLite reads without
Python's lock, so the query and the imports overlap.
"""

from __future__ import annotations

import sys


def main(url: str) -> int:
    from volmatch.storage import fastread
    from volmatch.storage.fastrecords import SnapshotReader

    with fastread.snapshot(url) as connection:
        reader = None if connection is None else SnapshotReader(connection)
        if reader is not None:
            reader.read_early(("opportunity", False))
        try:
            from volmatch.matching import handoff

            return handoff.main(url, reader)
        finally:
            if reader is not None:
                reader.finish()  # before the connection closes


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
