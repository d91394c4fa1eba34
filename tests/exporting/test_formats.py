"""Each feed read back by the client that consumes it."""

from __future__ import annotations

import datetime as dt
import json

import feedparser
import icalendar
import jsonschema
import pytest

from volmatch.exporting import build
from volmatch.exporting.data import SCHEMA_FILE
from volmatch.exporting.social import POST_LIMIT
from volmatch.paths import resource

from .conftest import ORGS, XSS_TITLE


@pytest.fixture
def tree(records, names):
    return build(
        records,
        "all",
        names=names,
        organizations=ORGS,
        base_url="https://dobrovolnici.praha.example/",
    )[0]


def test_json_validates_against_its_schema(tree):
    schema = json.loads(resource("schemas", SCHEMA_FILE).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    doc = json.loads(tree.files["feeds/listings.json"])
    jsonschema.Draft202012Validator(schema).validate(doc)
    assert doc["schema_version"] == "1.0" and doc["count"] == 4
    first = next(item for item in doc["listings"] if item["key"] == "1")
    assert first["organization"]["email"] == "cpi@example.org"
    assert first["schedule_slots"] == [{"day": "tue", "part": "afternoon"}]
    assert "notes" not in first
    assert tree.files["feeds/" + SCHEMA_FILE] == resource("schemas", SCHEMA_FILE).read_bytes()


def test_schema_rejects_a_broken_document(tree):
    schema = json.loads(resource("schemas", SCHEMA_FILE).read_text(encoding="utf-8"))
    doc = json.loads(tree.files["feeds/listings.json"])
    doc["listings"][0]["notes"] = "secret"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, schema)


def test_atom_parsed_by_feedparser(tree):
    feed = feedparser.parse(tree.files["feeds/uk.atom"])
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.feed.language == "uk"
    titles = [e.title for e in feed.entries]
    assert "Репетиторство з чеської для дітей" in titles
    assert XSS_TITLE in titles  # as text, not markup
    entry = next(e for e in feed.entries if e.title == "Репетиторство з чеської для дітей")
    assert entry.link == "https://dobrovolnici.praha.example/uk/1.html"
    assert entry.id.startswith("tag:volmatch,2024:listing/ext-CPI-1")
    # newest change first
    assert feed.entries[0].updated_parsed >= feed.entries[-1].updated_parsed


def test_ics_parsed_by_icalendar(tree):
    cal = icalendar.Calendar.from_ical(tree.files["feeds/calendar-cs.ics"])
    events = {str(e["uid"]): e for e in cal.walk("VEVENT")}
    assert set(events) == {"ext-CPI-1@volmatch", "ext-ZAHR-7@volmatch"}
    weekly = events["ext-CPI-1@volmatch"]
    assert weekly["rrule"]["FREQ"] == ["WEEKLY"] and weekly["rrule"]["BYDAY"] == ["TU"]
    assert weekly.decoded("dtstart").weekday() == 1
    one_off = events["ext-ZAHR-7@volmatch"]
    assert one_off.decoded("dtstart") == dt.date(2025, 3, 15)
    assert one_off.decoded("dtend") == dt.date(2025, 3, 16)
    assert "rrule" not in one_off
    assert "https://dobrovolnici.praha.example/cs/2.html" in str(one_off["description"])


def test_ics_uids_are_stable_across_exports(records, names):
    a = build(records, "ics", names=names)[0].files["calendar-en.ics"]
    b = build(list(reversed(records)), "ics", names=names)[0].files["calendar-en.ics"]
    assert a == b


def test_csv_opens_in_czech_excel(tree):
    data = tree.files["feeds/listings.csv"]
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    header = text.split("\r\n", 1)[0]
    assert header.startswith("Klíč;Externí ID;Název;")
    assert "\n" not in header
    assert text.endswith("\r\n")


def test_social_posts_and_digest(tree):
    posts = tree.files["social/uk/posts.txt"].decode()
    chunks = posts.split("-" * 40)
    assert len(chunks) == 4
    assert all(len(c.strip()) <= POST_LIMIT for c in chunks)
    assert "https://dobrovolnici.praha.example/uk/1.html" in posts
    digest = tree.files["social/cs/digest.txt"].decode()
    new, upcoming = digest.split("V příštích 7 dnech:")
    # all four changed within the week before "now" (4 March); the 15 March event is too far
    assert "Doučování češtiny pro děti" in new and "Úklid parku Stromovka" in new
    assert "Tento týden nic." in upcoming


def test_digest_lists_events_of_the_coming_week(records, names):
    now = dt.datetime(2025, 3, 10, tzinfo=dt.UTC)
    digest = build(records, "social", names=names, now=now, today=dt.date(2025, 3, 4))[0]
    _, upcoming = digest.files["cs/digest.txt"].decode().split("V příštích 7 dnech:")
    assert "Úklid parku Stromovka" in upcoming
