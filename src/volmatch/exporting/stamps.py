"""UTC timestamps of the feeds, formatted without ``strftime``.

Each ``strftime`` call imports the ``time`` module anew, and once PySide6 is loaded (the
share cards) every import goes through its import hook: a whole city's feeds format
several hundred thousand stamps. These give the same text as
``value.astimezone(dt.UTC).strftime(...)`` on Linux, year 1 unpadded included
(``tests/exporting/test_stamps.py``).
"""

from __future__ import annotations

import datetime as dt


def utc_iso(value: dt.datetime) -> str:
    """``%Y-%m-%dT%H:%M:%SZ`` of ``value`` in UTC."""
    u = value.astimezone(dt.UTC)
    return f"{u.year}-{u.month:02d}-{u.day:02d}T{u.hour:02d}:{u.minute:02d}:{u.second:02d}Z"


def utc_basic(value: dt.datetime) -> str:
    """``%Y%m%dT%H%M%SZ`` of ``value`` in UTC (iCalendar's form)."""
    u = value.astimezone(dt.UTC)
    return f"{u.year}{u.month:02d}{u.day:02d}T{u.hour:02d}{u.minute:02d}{u.second:02d}Z"
