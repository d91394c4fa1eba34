"""The app's settings: one typed module over QSettings (INI file in the config directory).

Each option is a descriptor with a key, a type and a default, so callers read
``settings.language`` and never spell a key or convert a QVariant themselves.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from volmatch.paths import config_dir

T = TypeVar("T")


class Option(Generic[T]):
    """A typed value stored under ``key``; reading a missing or broken value gives ``default``."""

    def __init__(self, key: str, default: T, kind: type) -> None:
        self.key = key
        self.default = default
        self.kind = kind

    def __get__(self, obj: Settings | None, owner: type) -> T:
        if obj is None:
            return self  # type: ignore[return-value]
        raw = obj.qsettings.value(self.key, None)
        if raw is None:
            return self.default
        return _convert(raw, self.kind, self.default)

    def __set__(self, obj: Settings, value: T) -> None:
        obj.qsettings.setValue(self.key, value)


def _convert(raw: Any, kind: type, default: Any) -> Any:
    try:
        if kind is bool:
            if isinstance(raw, str):
                return raw.lower() in ("true", "1", "yes")
            return bool(raw)
        if kind is QByteArray:
            return raw if isinstance(raw, QByteArray) else QByteArray(raw)
        return kind(raw)
    except (TypeError, ValueError):
        return default


class Settings:
    """Window layout, UI language, last database and folders.

    The matching weights are not here: every user of a database shares them, and
    ``volmatch match`` reads them too (``volmatch.matching.service.stored_weights``)."""

    geometry = Option("window/geometry", QByteArray(), QByteArray)
    window_state = Option("window/state", QByteArray(), QByteArray)
    current_page = Option("window/page", 0, int)
    language = Option("ui/language", "", str)  # "" = follow the system locale
    last_database_url = Option("database/last_url", "", str)
    demo_offered = Option("database/demo_offered", False, bool)
    publish_folder = Option("publish/folder", "", str)
    publish_format = Option("publish/format", "", str)
    #: share cards drawn in the background after listings change (gui/card_preparation.py)
    prepare_cards = Option("publish/prepare_cards", True, bool)
    outreach_folder = Option("outreach/folder", "", str)  # where the last .eml/.ics went
    hide_full_listings = Option("matching/hide_full", False, bool)

    def __init__(self, path: str | None = None) -> None:
        self.path = path or str(config_dir() / "volmatch.ini")
        self.qsettings = QSettings(self.path, QSettings.Format.IniFormat)

    # Layouts of many views are stored by name rather than one option each.
    def layout(self, name: str) -> QByteArray:
        return _convert(
            self.qsettings.value(f"layout/{name}", QByteArray()), QByteArray, QByteArray()
        )

    def set_layout(self, name: str, state: QByteArray) -> None:
        self.qsettings.setValue(f"layout/{name}", state)

    # The matching page's last subject, per database: a kind and a record id, never a name.
    def last_subject(self, url: str) -> tuple[str, int] | None:
        """("volunteer" | "opportunity", id) last matched in the database at ``url``."""
        raw = self.qsettings.value(_subject_key(url), "")
        kind, _sep, number = str(raw or "").partition(":")
        if kind not in ("volunteer", "opportunity") or not number.isdigit():
            return None
        return kind, int(number)

    def set_last_subject(self, url: str, kind: str, record_id: int | None) -> None:
        """Remember (or, with ``record_id`` None, forget) the subject last matched."""
        if record_id is None:
            self.qsettings.remove(_subject_key(url))
        else:
            self.qsettings.setValue(_subject_key(url), f"{kind}:{int(record_id)}")

    def sync(self) -> None:
        self.qsettings.sync()


def _subject_key(url: str) -> str:
    # A digest: the address may hold a password, and INI keys mangle "/" and ":".
    import hashlib

    return "matching/last_subject_" + hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]
