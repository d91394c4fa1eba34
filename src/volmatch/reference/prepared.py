"""Reference data kept ready between runs: a loaded gazetteer or taxonomy, pickled in the
user's cache folder under the fingerprint of the reference data and of the code that reads
it (``volmatch.derivation.fingerprint``) and the app's version.

A command that starts cold then unpickles the object (milliseconds) instead of parsing
and indexing the files again (a tenth of a second each). A file under another key is
never read: a new version of the data or of the code builds and stores it again. Any
problem with the cache (no folder, no permission, a damaged file) only means building.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    """VOLMATCH_CACHE_DIR, else ``cache`` below VOLMATCH_DATA_DIR when that is set (tests,
    portable installs), else the user's cache folder."""
    override = os.environ.get("VOLMATCH_CACHE_DIR")
    if override:
        return Path(override)
    data = os.environ.get("VOLMATCH_DATA_DIR")
    if data:
        return Path(data) / "cache"
    import platformdirs

    from volmatch.paths import APP_AUTHOR, APP_NAME

    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))


def _key() -> str:
    from volmatch.derivation import fingerprint

    key = f"{fingerprint()}-py{sys.version_info[0]}{sys.version_info[1]}"
    if getattr(sys, "frozen", False):
        # a frozen bundle may carry no sources to hash: its version stands for them
        import volmatch

        key += "-" + "".join(c for c in volmatch.__version__ if c.isalnum() or c in ".+")
    return key


def babel_stamp() -> str:
    """Tells installed versions of Babel (its CLDR data) apart, without importing it."""
    from importlib.util import find_spec

    try:
        spec = find_spec("babel")
        found = os.stat(spec.origin) if spec is not None and spec.origin else None
    except (ImportError, OSError, ValueError):
        found = None
    return "babel-none" if found is None else f"babel{found.st_mtime_ns:x}{found.st_size:x}"


def load_or_build(name: str, build: Callable[[], T], extra: str = "") -> T:
    """The object ``build()`` returns, from the cache when it holds one under the current key
    (``extra``: what else the object depends on, e.g. :func:`babel_stamp`)."""
    try:
        folder = cache_dir()
        path = folder / f"{name}-{_key()}{'-' + extra if extra else ''}.pickle"
    except Exception:  # no cache folder can be named: just build
        return build()
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except FileNotFoundError:
        pass
    except Exception:  # damaged or written by other code: built again below
        pass
    value = build()
    _store(folder, name, path, value)
    return value


def _store(folder: Path, name: str, path: Path, value: object) -> None:
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with temporary.open("wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)  # readers see the whole file or none
        for old in folder.glob(f"{name}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except Exception:  # a read-only or full disk: the next run builds again
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
