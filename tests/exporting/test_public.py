"""Which listings and which fields leave volmatch."""

from __future__ import annotations

import datetime as dt

import pytest

from volmatch.domain import LanguageNeed, Organization, Scope, Status
from volmatch.errors import InputError, Problem
from volmatch.exporting import build
from volmatch.exporting.public import EPOCH, is_published, newest_time, select

from .conftest import ORGS, T0, make


def all_text(tree) -> str:
    return "\n".join(data.decode("utf-8", "replace") for data in tree.files.values())


def test_only_published_valid_listings_are_selected(records):
    listings = select(records, today=dt.date(2025, 3, 4))
    assert sorted(item.key for item in listings) == ["1", "2", "3", "6"]


def test_expiry_by_valid_until_and_end_date():
    today = dt.date(2025, 3, 4)
    assert is_published(make(valid_until=today), today)
    assert not is_published(make(valid_until=today - dt.timedelta(days=1)), today)
    assert not is_published(make(end_date=dt.date(2025, 3, 1)), today)
    assert not is_published(make(status=Status.ARCHIVED), today)


def test_notes_drafts_and_expired_never_reach_any_output(records, names):
    tree, _, _ = build(records, "all", names=names, organizations=ORGS)
    text = all_text(tree)
    for secret in ("INTERNAL-NOTE", "DRAFT-SECRET", "EXPIRED", "Prošlá nabídka", "Koncept"):
        assert secret not in text


def test_now_defaults_to_newest_change(records):
    assert newest_time(records) == (T0 + dt.timedelta(days=3)).replace(tzinfo=dt.UTC)
    assert newest_time([]).year == 2000


def test_administrative_district_covers_its_municipal_districts(records, names):
    _, listings, info = build(records, "json", district="Praha 7", names=names)
    assert sorted(i.key for i in listings) == ["1", "2"]  # Praha 7 and Praha-Troja
    assert info["district"] == "Praha 7"


def test_municipal_district_only_its_own(records, names):
    _, listings, _ = build(records, "json", district="praha-troja", names=names)
    assert [i.key for i in listings] == ["2"]
    assert all(i.scope is Scope.DISTRICTS for i in listings)


def test_unknown_district_is_refused_with_suggestions(records, names):
    with pytest.raises(InputError) as err:
        build(records, "json", district="Praha 77", names=names)
    issue = err.value.issues[0]
    assert issue.problem is Problem.UNKNOWN_DISTRICT
    assert issue.value == "Praha 77"
    assert "Praha 7" in issue.suggestions


def test_real_gazetteer_admin_district_and_fuzzy_refusal(records):
    from volmatch.exporting.names import Names

    names = Names.default()
    if names.gazetteer is None:
        pytest.skip("gazetteer not available")
    covered, name = names.resolve_district("Praha 7")
    assert name == "Praha 7" and {"Praha 7", "Praha-Troja"} <= covered
    with pytest.raises(InputError) as err:
        names.resolve_district("Prha 7")
    assert "Praha 7" in err.value.issues[0].suggestions


def test_language_filter_keeps_listings_usable_in_it(records, names):
    _, listings, info = build(records, "json", lang="ru", names=names)
    # 2 is translated into Russian, 6 welcomes Russian speakers
    assert sorted(i.key for i in listings) == ["2", "6"]
    assert info["lang"] == "ru"


def test_unknown_language_name_is_refused(records, names):
    with pytest.raises(InputError) as err:
        build(records, "json", lang="klingonsky", names=names)
    assert err.value.issues[0].problem is Problem.UNKNOWN_LANGUAGE


def test_unknown_format_is_refused(records, names):
    with pytest.raises(InputError) as err:
        build(records, "pdf", names=names)
    assert "site" in err.value.issues[0].expected


def test_text_falls_back_to_english_then_czech():
    from volmatch.domain import Translation

    item = select(
        [make(id=9, translations={"en": Translation("Hello")})], today=dt.date(2025, 1, 1)
    )[0]
    assert item.text("uk").lang == "en"
    assert item.text("cs").title == "Doučování češtiny"


def test_duplicate_language_needs_are_merged():
    item = select(
        [make(id=9, languages=(LanguageNeed("uk"), LanguageNeed("uk", required=True)))],
        today=dt.date(2025, 1, 1),
    )[0]
    assert [n.code for n in item.languages] == ["uk"]


@pytest.mark.parametrize(
    ("created", "updated", "want_created", "want_updated"),
    [
        # naive times are UTC; both to the whole second
        (
            dt.datetime(2025, 3, 1, 8, 0, 5, 999_999),
            dt.datetime(2025, 3, 2, 9, 0, 0, 1),
            dt.datetime(2025, 3, 1, 8, 0, 5, tzinfo=dt.UTC),
            dt.datetime(2025, 3, 2, 9, 0, 0, tzinfo=dt.UTC),
        ),
        # an aware time in Prague's summer time is moved to UTC
        (
            dt.datetime(2025, 7, 1, 10, 30, 0, 500, tzinfo=dt.timezone(dt.timedelta(hours=2))),
            None,
            dt.datetime(2025, 7, 1, 8, 30, 0, tzinfo=dt.UTC),
            dt.datetime(2025, 7, 1, 8, 30, 0, tzinfo=dt.UTC),
        ),
        # only a change time: it is also the creation time
        (
            None,
            dt.datetime(2025, 3, 2, 9, 0, 0, 7),
            dt.datetime(2025, 3, 2, 9, 0, 0, tzinfo=dt.UTC),
            dt.datetime(2025, 3, 2, 9, 0, 0, tzinfo=dt.UTC),
        ),
        # neither: the epoch of the exports
        (None, None, EPOCH, EPOCH),
    ],
)
def test_times_are_utc_to_the_second(created, updated, want_created, want_updated):
    (item,) = select([make(id=1, created_at=created, updated_at=updated)], today=T0.date())
    assert (item.created, item.updated) == (want_created, want_updated)
    assert item.created.tzinfo is dt.UTC and item.updated.tzinfo is dt.UTC


def test_listings_of_one_organisation_share_its_public_part():
    orgs = [Organization(name="Centrum pro integraci", email="  info@cpi.example ")]
    records = [make(id=i, organization="Centrum pro integraci") for i in (1, 2)]
    records.append(make(id=3, organization="Jiná organizace "))
    first, second, other = sorted(
        select(records, today=T0.date(), organizations=orgs), key=lambda i: i.key
    )
    assert first.organization == second.organization
    assert first.organization.email == "info@cpi.example"
    assert other.organization.name == "Jiná organizace" and other.organization.email == ""
