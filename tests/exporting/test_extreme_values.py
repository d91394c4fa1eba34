"""Every exporter writes whatever an older database may hold: dates at the ends of the
calendar, huge numbers, control characters — never a crash that stops publishing."""

from __future__ import annotations

import datetime as dt

import pytest

from volmatch.domain import Commitment, Scope, slot_bit
from volmatch.exporting import exporter

from .conftest import make

EXTREMES = [
    make(
        id=1,
        external_id="E-1",
        title="Do konce světa \x1b[2J",
        scope=Scope.CITYWIDE,
        commitment=Commitment.ONE_OFF,
        start_date=dt.date(9999, 12, 30),
        end_date=dt.date.max,
        valid_until=dt.date.max,
    ),
    make(
        id=2,
        external_id="E-2",
        title="Odjakživa",
        scope=Scope.CITYWIDE,
        commitment=Commitment.REGULAR,
        schedule_mask=slot_bit(6, 2),
        start_date=dt.date(9999, 12, 29),
        end_date=dt.date.max,
        capacity=2**31 - 1,
    ),
    make(
        id=3,
        external_id="E-3",
        title="Rok jedna",
        start_date=dt.date(1, 1, 1),
        end_date=dt.date(1, 1, 1),
    ),
]


@pytest.mark.parametrize("fmt", sorted(exporter.FORMATS))
def test_every_format_exports_dates_at_the_ends_of_the_calendar(tmp_path, fmt):
    report = exporter.export(EXTREMES, fmt, tmp_path / "out", today=dt.date(2026, 3, 1), workers=1)
    assert report.files >= 1
