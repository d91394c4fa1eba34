"""The listings' side of a matcher prepared in a process of its own, handed over pickled.

The app starts ``python -m volmatch.matching.handoff URL`` (``gui/preload.py``) once its
window is built. That process reads and indexes the listings of the SQLite file
(``stored.prepare_listings``: SQLite reads the columns in a thread while numpy, the
matcher and its reference data load, then one thread indexes them; on a 2-core machine
the other core is the app's) and writes them to its standard output; the app's process only unpickles the arrays, tens of milliseconds
instead of about a second of its own CPU, which would hold Python's lock against the
window's rows and the opening of the database meanwhile.

The reference data (``MatchContext``, which holds functions) is not sent: the receiver
uses its own, and takes the listings only when both processes loaded the same districts
and vocabulary (else None, and the listings are read the usual way).
"""

from __future__ import annotations

import copyreg
import hashlib
import io
import pickle
import sys
from typing import IO, TYPE_CHECKING

# numpy and the matcher load in main() while the listings are read
if TYPE_CHECKING:
    from .context import MatchContext
    from .stored import PreparedListings

#: Changed when what is written changes; a reader of another format takes nothing.
FORMAT = "volmatch-prepared-listings-3"


def _digest(ctx: MatchContext) -> str:
    """What the index's numbers depend on in the reference data."""
    text = repr((tuple(ctx.districts), tuple(ctx.terms), sorted(ctx.term_owners.items())))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def dump(prepared: PreparedListings | None, out: IO[bytes]) -> None:
    """Write ``prepared`` (or that there is nothing: None) to ``out``; its matcher is
    detached from the snapshot it was read from."""
    if prepared is None:
        pickle.dump((FORMAT, None, None), out, protocol=5)
        return
    matcher = prepared.matcher
    matcher.detach()
    context = matcher.context  # holds functions: named, not pickled

    pickle.dump((FORMAT, _digest(context), prepared.audited), out, protocol=5)
    pickler = pickle.Pickler(out, protocol=5)
    # read back as the reader's own (its digest matched first); named by its type: a
    # persistent_id would be called back for each of the 400,000 objects pickled at
    # 100,000 listings (a fifth of the time)
    own = type(context).default
    pickler.dispatch_table = {**copyreg.dispatch_table, type(context): lambda _: (own, ())}
    pickler.dump(matcher)


def load(data: bytes) -> PreparedListings | None:
    """The prepared listings written by :func:`dump` (detached until attached to the
    opened database), or None (nothing written, another format, other reference data,
    unreadable)."""
    from .context import MatchContext
    from .stored import PreparedListings, StoredMatcher

    stream = io.BytesIO(data)
    head = pickle.load(stream)
    if not isinstance(head, tuple) or len(head) != 3 or head[0] != FORMAT or head[1] is None:
        return None
    _, digest, audited = head
    if digest != _digest(MatchContext.default()):
        return None
    matcher = pickle.load(stream)
    if not isinstance(matcher, StoredMatcher):
        return None
    return PreparedListings(matcher, audited)


def main(url: str) -> int:
    """Prepare the listings of ``url`` and write them to standard output."""
    try:
        from volmatch.storage.fastrecords import early_listings

        with early_listings(url) as read:
            from .stored import prepare_listings  # numpy and the matcher load meanwhile

            prepared = prepare_listings(url, read=read)
    except Exception:  # the app reads the listings itself
        prepared = None
    out = io.BytesIO()
    dump(prepared, out)
    try:
        sys.stdout.buffer.write(out.getbuffer())
        sys.stdout.buffer.flush()
    except (BrokenPipeError, OSError):  # the app closed or read the listings itself
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
