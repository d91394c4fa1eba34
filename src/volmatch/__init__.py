"""volmatch: volunteering opportunities for foreigners, matched and published."""

from __future__ import annotations

from functools import cache


@cache
def _version() -> str:
    # importlib.metadata costs tens of milliseconds: read it only when someone asks.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("volmatch")
    except PackageNotFoundError:  # a source tree that is not installed
        return "0.0.0+unknown"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _version()
    raise AttributeError(f"module 'volmatch' has no attribute {name!r}")
