"""Where things live: packaged resources and the user's data and config directories."""

from __future__ import annotations

import configparser
import os
import sys
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

import platformdirs

APP_NAME = "volmatch"
APP_AUTHOR = "volmatch"


@cache
def resources() -> Traversable:
    """The resources folder: inside the installed wheel, or the checkout's ``resources/``."""
    packaged = files("volmatch") / "resources"
    if packaged.is_dir():
        return packaged
    # An editable install or a plain source tree: src/volmatch/../../resources
    checkout = Path(__file__).resolve().parents[2] / "resources"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError("volmatch resources not found (is the package installed correctly?)")


def resource(*parts: str) -> Traversable:
    """A file or folder below the resources folder."""
    node = resources()
    for part in parts:
        node = node / part
    return node


def data_dir() -> Path:
    """The user's data directory (database, backups); VOLMATCH_DATA_DIR overrides it."""
    override = os.environ.get("VOLMATCH_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """The user's config directory (settings INI); VOLMATCH_CONFIG_DIR overrides it."""
    override = os.environ.get("VOLMATCH_CONFIG_DIR")
    path = Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "volmatch.sqlite3"


#: The machine-wide settings file an installer or IT department writes ([database] url = ...).
SITE_INI = "volmatch.ini"


def site_ini_files() -> list[Path]:
    """Where a machine-wide volmatch.ini may be: next to the bundled executable (the Windows
    installer writes it there), then platformdirs' site config directory."""
    places = []
    if getattr(sys, "frozen", False):
        places.append(Path(sys.executable).resolve().parent / SITE_INI)
    places.append(Path(platformdirs.site_config_dir(APP_NAME, APP_AUTHOR)) / SITE_INI)
    return places


def site_database_url() -> str | None:
    """The [database] url of the first machine-wide volmatch.ini that sets one."""
    for path in site_ini_files():
        parser = configparser.ConfigParser(interpolation=None)
        try:
            parser.read(path, encoding="utf-8-sig")  # Windows editors may add a BOM
        except (OSError, configparser.Error):
            continue
        url = parser.get("database", "url", fallback="").strip()
        if url:
            return url
    return None


def default_database_url() -> str:
    """VOLMATCH_DATABASE_URL, a machine-wide volmatch.ini, or the SQLite file in the user's data directory."""
    return (
        os.environ.get("VOLMATCH_DATABASE_URL")
        or site_database_url()
        or f"sqlite:///{default_database_path()}"
    )
