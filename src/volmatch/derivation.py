"""What the stored matching values depend on: a fingerprint of the reference data and of the
code that derives them (``volmatch.matching.derive``; stored by ``volmatch.storage.derived``).

Kept apart from the matcher so that telling whether the stored values are current, as
``volmatch list --search`` does, loads neither numpy nor rapidfuzz.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

#: Bump when what is derived changes in a way the source files below do not show.
DERIVATION_VERSION = 2

# Reference data the derived values depend on (below the resources folder) ...
_REFERENCE = ("taxonomy", "cities", "languages")
# ... and the code that derives them (below the volmatch package): matching.derive and
# every module it may import (tests/test_derivation.py checks the list), so that a change
# to a rule derives again while a change to ranking, reasons or reading does not.
CODE = (
    "derivation.py",
    "domain.py",
    "errors.py",
    "issue_words.py",
    "messages.py",
    "paths.py",
    "text.py",
    "matching/context.py",
    "matching/derive.py",
    "matching/features.py",
    "matching/interests.py",
    "matching/keywords.py",
    "matching/listing_rows.py",
    "matching/model.py",
    "matching/query.py",
    "matching/scoring.py",
    "reference/*.py",
)


@cache
def fingerprint() -> str:
    """A short hash of the reference data files, the deriving code and its version.

    Stored beside the derived values; a different one means "derive everything again"."""
    from volmatch.paths import resources

    return digest(resources(), Path(__file__).resolve().parent)


def digest(resources: Path, package: Path) -> str:
    """The fingerprint of the reference data below ``resources`` and the code below
    ``package`` (the volmatch package folder)."""
    found = hashlib.sha256(f"derivation {DERIVATION_VERSION}".encode())
    for folder in _REFERENCE:
        node = resources / folder
        for path in sorted(_files(node), key=lambda p: p[0]):
            found.update(path[0].encode())
            found.update(path[1].read_bytes())
    for pattern in CODE:
        # a frozen bundle may carry no sources: DERIVATION_VERSION stands for them
        for source in sorted(package.glob(pattern)):
            found.update(source.relative_to(package).as_posix().encode())
            found.update(source.read_bytes())
    return found.hexdigest()[:20]


def _files(node, prefix: str = ""):
    if not node.is_dir():
        return []
    found = []
    for child in node.iterdir():
        name = f"{prefix}/{child.name}"
        if child.is_dir():
            found += _files(child, name)
        elif not child.name.endswith(".md"):
            found.append((name, child))
    return found
