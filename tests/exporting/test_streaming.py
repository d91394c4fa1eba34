"""The big feeds written a listing at a time hold the same bytes as the whole documents."""

from __future__ import annotations

import datetime as dt

import pytest

from volmatch.demo.dataset import demo_records
from volmatch.exporting import build, data, hsds, ics, ofn, social, tables
from volmatch.exporting.atomic import FolderSink, Tree
from volmatch.exporting.words import Words

from .conftest import ORGS
from .standards import hostile

TODAY = dt.date(2025, 3, 1)
NOW = dt.datetime(2025, 3, 1, 12, tzinfo=dt.UTC)


def _listings(records, names):
    return build(records, "csv", today=TODAY, names=names, organizations=ORGS)[1]


@pytest.fixture(params=["demo", "hostile"])
def listings(request, names):
    if request.param == "demo":
        return _listings(demo_records(numbered=True)[0], None)
    return _listings(hostile(), names)


def _url(item, lang: str) -> str:
    return f"https://example.org/{lang}/{item.key}.html"


def test_feeds_in_pieces_are_the_whole_documents_bytes(listings, names):
    assert len(listings) >= 6
    whole = data.dumps(hsds.hsds_document(listings, names, now=NOW))
    assert b"".join(hsds.hsds_chunks(listings, names, now=NOW)) == whole
    whole = data.dumps(ofn.events_document(listings, names, _url))
    assert b"".join(ofn.events_chunks(listings, names, _url)) == whole
    pages = {item.key: f"cs/{item.key}.html" for item in listings}
    kw = {"now": NOW, "district": None, "lang": "uk", "pages": pages}
    whole = data.dumps(data.listings_document(listings, names, **kw))
    assert b"".join(data.listings_chunks(listings, names, **kw)) == whole


@pytest.mark.parametrize(
    "items",
    [[], [{}], [[]], [1, 'ž\n"', None, 2.5], [{"b": [1, {"c": []}], "a": {"x": {}}}] * 3],
)
def test_stream_writes_what_dumps_writes(items):
    head = {"z": [1, 2], "count": len(items), "a": {"k": None}, "é": "ü"}
    assert b"".join(data.stream(head, "m", items)) == data.dumps({**head, "m": items})
    assert b"".join(data.stream_list(items)) + b"\n" == data.dumps(items)


def test_an_item_orjson_cannot_write_falls_back_alone():
    items = [{"n": 2**70}, {"n": 1}]
    assert b"".join(data.stream({}, "m", items)) == data.dumps({"m": items})


def test_sinks_write_the_pieces(tmp_path):
    pieces = [b"x" * 700_000, b"y" * 700_000, b"", b"z"]
    sink = FolderSink(tmp_path, writers=2)
    sink.add_chunks("feeds/a.json", iter(pieces))
    with pytest.raises(ValueError, match="two outputs"):
        sink.add_chunks("feeds/a.json", iter(pieces))
    sink.close()
    assert (tmp_path / "feeds" / "a.json").read_bytes() == b"".join(pieces)
    assert (sink.files, sink.size) == (1, 1_400_001)
    tree = Tree()
    tree.add_chunks("a.json", iter(pieces))
    assert tree.files["a.json"] == b"".join(pieces)


def test_calendars_in_pieces_are_each_languages_calendar(listings, names):
    langs = ("cs", "en", "uk", "ru", "vi")
    parts = ics.calendar_parts(listings, names, langs, now=NOW, page_url=_url)
    for lang in langs:
        whole = ics.calendar(listings, names, lang, now=NOW, page_url=_url)
        assert b"".join(parts[lang]) == whole


def test_table_in_pieces(listings, names, monkeypatch):
    whole = tables.listings_csv(listings, names, lang="cs", page_href=_url)
    assert whole.startswith("\ufeffKlíč;".encode()) and whole.count(b"\r\n") > len(listings)
    monkeypatch.setattr(tables, "_ROWS", 2)
    pieces = list(tables.listings_csv_chunks(listings, names, lang="cs", page_href=_url))
    assert len(pieces) > 2 and b"".join(pieces) == whole


def test_posts_in_pieces(listings, names):
    for lang in ("cs", "uk"):
        words, spoken = Words(names, lang), {}
        posts = [social.post(item, words, _url(item, lang), spoken) for item in listings]
        whole = (social.SEPARATOR.join(posts) + "\n").encode("utf-8")
        assert b"".join(social.posts_chunks(listings, names, lang, _url)) == whole


def test_several_files_written_together(tmp_path):
    pieces = [("a.ics", b"A1"), ("b/b.ics", b"B1" * 600_000), ("a.ics", b"A2"), ("b/b.ics", b"!")]
    sink = FolderSink(tmp_path)
    sink.add_pieces(iter(pieces))
    sink.add_chunks("empty.txt", iter(()))
    with pytest.raises(ValueError, match="two outputs"):
        sink.add_pieces([("a.ics", b"again")])
    sink.close()
    assert (tmp_path / "a.ics").read_bytes() == b"A1A2"
    assert (tmp_path / "b" / "b.ics").read_bytes() == b"B1" * 600_000 + b"!"
    assert (tmp_path / "empty.txt").read_bytes() == b""
    assert (sink.files, sink.size) == (3, 1_200_005)
    tree = Tree()
    tree.add_pieces(iter(pieces))
    assert tree.files == {"a.ics": b"A1A2", "b/b.ics": b"B1" * 600_000 + b"!"}


def test_index_written_in_pieces_is_the_rendered_page(tmp_path, names):
    from volmatch.exporting.site import SiteWriter, _spliced

    listings = _listings(hostile(), names)
    writer = SiteWriter(listings, names, now=NOW)
    index, fragment = writer._index_parts("uk")
    assert len(index) == len(listings) + 2 and len(fragment) == len(listings) + 2
    assert "".join(index).count('<ul class="cards" id="cards">') == 1
    with pytest.raises(ValueError, match="once"):
        _spliced("no slot here", ["x"])
