"""The fast page assembly gives exactly what the Jinja2 templates give, and the
district filter works by administrative district."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from volmatch.domain import Commitment, LanguageNeed, Level, Scope
from volmatch.exporting import build
from volmatch.exporting.phrases import e
from volmatch.exporting.public import EPOCH, select
from volmatch.exporting.site import SiteWriter

from .conftest import ORGS, make, sample

NOW = dt.datetime(2025, 3, 4, 9, 30, tzinfo=dt.UTC)


def odd_records():
    """Listings that take every branch of the page: missing fields, lone phone, ages, capacity."""
    return [
        *sample(),
        make(
            id=20,
            title="  Bez   organizace ",
            organization="",
            description="",
            address="",
            capacity=3,
            min_age=15,
            accessibility="bezbariérový <vstup>",
            contact_phone="+420 777 000 000",
            valid_until=dt.date(2025, 12, 31),
            end_date=dt.date(2025, 6, 1),
            source_lang="en",
            schedule="evenings & weekends",
        ),
        make(
            id=21,
            title='Kurz "A&B" <i>',
            commitment=Commitment.ONE_OFF,
            start_date=dt.date(2025, 4, 1),
            end_date=dt.date(2025, 4, 3),
            scope=Scope.REMOTE,
            url="https://example.org/?a=1&b=<2>",
            languages=(LanguageNeed("vi", Level.A2, True),),
            latitude=50.1,
            longitude=14.4,
            description="Řádek 1\n\n  \nŘádek 2",
        ),
    ]


@pytest.mark.parametrize("base_url", ["", "https://praha.example/dobrovolnici/"])
@pytest.mark.parametrize("feeds", [True, False])
@pytest.mark.parametrize("now", [NOW, EPOCH])
def test_pages_equal_the_template_rendering(names, base_url, feeds, now):
    listings = select(odd_records(), today=dt.date(2025, 3, 4), organizations=ORGS)
    writer = SiteWriter(listings, names, now=now, base_url=base_url, feeds=feeds)
    checked = 0
    for item in listings:
        for lang in writer.pages[item.key]:
            assert writer._page(item, lang) == writer.jinja_page(item, lang), (item.key, lang)
            checked += 1
    assert checked >= 10 and len(listings) == 6


def test_escape_matches_markupsafe():
    from markupsafe import escape

    for value in ("<a href='x'>&\"", "plain", "", 42, "ž\u2028"):
        assert e(value) == str(escape(value))


def test_district_filter_offers_administrative_districts(records, names):
    tree = build(records, "site", names=names)[0]
    html = tree.files["cs/index.html"].decode()
    select_d = re.search(r'<select id="f-d".*?</select>', html).group(0)
    values = re.findall(r'<option value="([^"]*)"', select_d)
    assert values == ["", "Praha 7", "*citywide", "*remote"]  # no separate Praha-Troja
    # the Troja listing is found under Praha 7 and still says where it really is
    card = re.search(r'<li class="card"[^>]*>(?:(?!</li>).)*Stromovka.*?</li>', html, re.S).group(0)
    assert 'data-d="Praha 7"' in card
    assert "Praha-Troja (Praha 7)" in card
    page = tree.files["ru/2.html"].decode()
    assert "Praha-Troja (Praha 7)" in page


def test_district_options_in_administrative_order():
    from volmatch.exporting.names import Names

    names = Names.default()
    if names.gazetteer is None:
        pytest.skip("gazetteer not available")
    places = ["Praha-Troja", "Praha 10", "Praha 2", "Praha-Kunratice", "Praha 22"]
    records = [make(id=i, districts=(d,)) for i, d in enumerate(places, 1)]
    html = build(records, "site", names=names)[0].files["en/index.html"].decode()
    select_d = re.search(r'<select id="f-d".*?</select>', html).group(0)
    values = [v for v in re.findall(r'<option value="([^"]*)"', select_d) if v]
    admins = [names.admin_of(d) for d in places]
    assert values == sorted(set(admins), key=lambda a: int(a.split()[1]))
    assert "Praha 10" in values and values.index("Praha 2") < values.index("Praha 10")


def test_site_languages_add_russian_and_vietnamese_only_when_some_listing_has_them():
    from volmatch.domain import Translation
    from volmatch.exporting.site import site_languages

    def langs(records):
        return site_languages(select(records, today=NOW.date()))

    plain = [make(id=i, title=f"Nabídka {i}") for i in range(1, 30)]
    assert langs(plain) == ("cs", "en", "uk")
    vi_last = [*plain, make(id=99, title="Tlumočení", translations={"vi": Translation("Dịch", "")})]
    assert langs(vi_last) == ("cs", "en", "uk", "vi")
    ru_source = [make(id=98, title="Помощь", source_lang="ru"), *plain]
    assert langs(ru_source) == ("cs", "en", "uk", "ru")
    assert langs([*ru_source, *vi_last]) == ("cs", "en", "uk", "ru", "vi")
