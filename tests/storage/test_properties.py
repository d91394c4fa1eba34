"""Hostile values thrown at the repository: nothing crashes, nothing invalid is stored,
nothing valid is lost - and SQLite and PostgreSQL agree."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from volmatch.domain import (
    ALL_WEEK,
    MAX_YEAR,
    MIN_YEAR,
    LanguageSkill,
    Level,
    Opportunity,
    Volunteer,
)
from volmatch.errors import InputError, Problem
from volmatch.storage import repository as repo

# Any text a person or a broken file could produce (lone surrogates cannot be encoded at all).
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
LONG_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=520)
INT32 = (-(2**31), 2**31 - 1)
SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _clean(text: str) -> str:
    return text.replace("\x00", "")


def _valid_opportunity(record: Opportunity) -> bool:
    title = _clean(record.title)
    return (
        len(title) <= 500
        and all(len(_clean(d)) <= 100 for d in record.districts)
        and (record.capacity is None or INT32[0] <= record.capacity <= INT32[1])
        and (record.min_age is None or -(2**15) <= record.min_age < 2**15)
        and (record.latitude is None or math.isfinite(record.latitude))
        and (record.start_date is None or MIN_YEAR <= record.start_date.year <= MAX_YEAR)
    )


def _expected(record: Opportunity, loaded: Opportunity) -> Opportunity:
    districts = tuple(dict.fromkeys(d for d in map(_clean, record.districts) if d))
    return dataclasses.replace(
        record,
        title=_clean(record.title),
        description=_clean(record.description),
        districts=districts,
        external_id=(_clean(record.external_id or "").strip() or None),
        id=loaded.id,
        created_at=loaded.created_at,
        updated_at=loaded.updated_at,
        version=loaded.version,
    )


opportunities = st.builds(
    Opportunity,
    title=LONG_TEXT,
    description=st.text(max_size=300),
    external_id=st.one_of(st.none(), TEXT.filter(lambda t: "\x00" not in t)),
    districts=st.lists(st.text(max_size=110).filter(lambda t: "\x00" not in t), max_size=3).map(
        tuple
    ),
    capacity=st.one_of(st.none(), st.integers(-(2**40), 2**40)),
    min_age=st.one_of(st.none(), st.integers(-(2**16), 2**16)),
    latitude=st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True)),
    schedule_mask=st.integers(0, ALL_WEEK),
    start_date=st.one_of(st.none(), st.dates()),
)


@SETTINGS
@given(record=opportunities)
def test_opportunities_are_stored_exactly_or_refused_clearly(db, record):
    valid = _valid_opportunity(record)
    try:
        with db.session() as s:
            [new_id] = repo.save_opportunities(s, [record])
    except InputError as error:
        assert not valid, error
        assert error.issues[0].problem in (Problem.TOO_LONG, Problem.BAD_NUMBER, Problem.BAD_DATE)
        assert error.issues[0].describe()
        return
    assert valid
    with db.session() as s:
        loaded = repo.get_opportunity(s, new_id)
        repo.delete_opportunity(s, new_id)
    assert loaded == _expected(record, loaded)


volunteers = st.builds(
    Volunteer,
    name=TEXT,
    email=TEXT,
    phone=TEXT,
    notes=st.text(max_size=500),
    languages=st.lists(
        st.builds(
            LanguageSkill,
            code=st.sampled_from(["uk", "cs", "en", "vi", "ru"]),
            level=st.one_of(st.none(), st.sampled_from(list(Level))),
        ),
        max_size=4,
        unique_by=lambda skill: skill.code,
    ).map(tuple),
    birth_year=st.one_of(st.none(), st.integers(1900, 2030)),
    available_from=st.one_of(
        st.none(), st.dates(dt.date(MIN_YEAR, 1, 1), dt.date(MAX_YEAR, 12, 31))
    ),
)


@SETTINGS
@given(record=volunteers)
def test_volunteers_round_trip(db, record):
    with db.session() as s:
        [new_id] = repo.save_volunteers(s, [record])
    with db.session() as s:
        loaded = repo.get_volunteer(s, new_id)
        repo.delete_volunteer(s, new_id)
    assert loaded == dataclasses.replace(
        record,
        name=_clean(record.name),
        email=_clean(record.email),
        phone=_clean(record.phone),
        notes=_clean(record.notes),
        id=new_id,
        created_at=loaded.created_at,
        updated_at=loaded.updated_at,
        version=1,
    )


@pytest.mark.parametrize("day", [dt.date(9999, 12, 31), dt.date(1, 1, 1), dt.date(1899, 12, 31)])
def test_a_date_no_export_could_handle_is_refused_where_it_is_stored(db, day):
    record = Opportunity(title="T", organization="O", end_date=day, valid_until=day)
    with pytest.raises(InputError) as error, db.session() as s:
        repo.save_opportunities(s, [record])
    assert error.value.issues[0].problem is Problem.BAD_DATE
    assert "between 1900 and 2200" in error.value.issues[0].describe()
