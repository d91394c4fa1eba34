"""volmatch: volunteering opportunities for foreigners, matched and published."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("volmatch")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+unknown"
