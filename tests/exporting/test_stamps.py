"""The feeds' UTC stamps are strftime's text, made without strftime."""

import datetime as dt

import pytest

from volmatch.exporting import stamps

CEST = dt.timezone(dt.timedelta(hours=2))
MOMENTS = [
    dt.datetime(2025, 3, 30, 1, 59, 59, tzinfo=dt.UTC),
    dt.datetime(2025, 10, 26, 2, 30, 0, 999_999, tzinfo=CEST),
    dt.datetime(1, 1, 1, 2, 0, 0, tzinfo=CEST),  # year 1 in UTC: strftime does not pad it
    dt.datetime(999, 12, 31, 23, 59, 59, tzinfo=dt.UTC),
    dt.datetime(9999, 12, 31, 23, 59, 59, tzinfo=dt.UTC),
    dt.datetime(2024, 2, 29, 0, 0, tzinfo=dt.timezone(dt.timedelta(hours=-11, minutes=-30))),
]


@pytest.mark.parametrize("moment", MOMENTS, ids=str)
def test_the_same_text_as_strftime(moment):
    utc = moment.astimezone(dt.UTC)
    assert stamps.utc_iso(moment) == utc.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert stamps.utc_basic(moment) == utc.strftime("%Y%m%dT%H%M%SZ")


def test_the_feeds_use_them():
    """The exporters format through these helpers, not through strftime."""
    from volmatch.exporting import data, feeds, hsds, ics

    assert data._time is stamps.utc_iso
    assert feeds._atom_time is stamps.utc_iso
    assert hsds._time is stamps.utc_iso
    assert ics._stamp is stamps.utc_basic
