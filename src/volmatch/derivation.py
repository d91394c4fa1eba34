"""What the stored matching values depend on: a fingerprint of the reference data and of the
code that derives them (``volmatch.matching.features``; stored by ``volmatch.storage.derived``).

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
# ... and the code that derives them (below the volmatch package): every module the
# derivation may call, so that a change to any rule derives again.
_CODE = ("text.py", "matching/*.py", "reference/*.py")


@cache
def fingerprint() -> str:
    """A short hash of the reference data files, the deriving code and its version.

    Stored beside the derived values; a different one means "derive everything again"."""
    from volmatch.paths import resources

    digest = hashlib.sha256(f"derivation {DERIVATION_VERSION}".encode())
    root = resources()
    for folder in _REFERENCE:
        node = root / folder
        for path in sorted(_files(node), key=lambda p: p[0]):
            digest.update(path[0].encode())
            digest.update(path[1].read_bytes())
    package = Path(__file__).resolve().parent
    for pattern in _CODE:
        # a frozen bundle may carry no sources: DERIVATION_VERSION stands for them
        for source in sorted(package.glob(pattern)):
            digest.update(source.relative_to(package).as_posix().encode())
            digest.update(source.read_bytes())
    return digest.hexdigest()[:20]


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
