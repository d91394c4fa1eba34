"""A re-export takes over the pages and cards of listings that have not changed (reuse.py)
and is still, byte for byte, what a fresh export writes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path

import orjson
import pytest

from volmatch.exporting import build, export, reuse
from volmatch.exporting.names import Names

from .conftest import ORGS

BASE = "https://dobrovolnici.praha.example/"


@pytest.fixture(scope="module")
def standard():
    return Names.default()


def _export(records, out: Path, names, **kw):
    kw.setdefault("base_url", BASE)
    return export(records, "all", out, names=names, organizations=ORGS, **kw)


def _files(root: Path) -> dict[str, int]:
    """{relative path: inode} of the listing pages and cards."""
    return {
        str(p.relative_to(root)): p.stat().st_ino
        for p in root.rglob("*")
        if p.is_file()
        and (p.parent.name == "cards" or p.parent.name in ("cs", "en", "uk"))
        and p.name[0].isdigit()
    }


def _same_as_fresh(out: Path, fresh: Path) -> None:
    files = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert files == sorted(str(p.relative_to(fresh)) for p in fresh.rglob("*") if p.is_file())
    for rel in files:
        assert (out / rel).read_bytes() == (fresh / rel).read_bytes(), rel


def _again_as_fresh(records, out: Path, names, tmp_path: Path, **kw) -> None:
    """Export ``records`` again into ``out``: the same files as a fresh export's."""
    _export(records, out, names, **kw)
    _export(records, tmp_path / "fresh", names, **kw)
    _same_as_fresh(out, tmp_path / "fresh")


def _changed(records, key: int):
    return [
        dataclasses.replace(r, title=r.title + " (nové)") if r.id == key else r for r in records
    ]


def test_unchanged_listings_are_linked_and_the_export_equals_a_fresh_one(
    records, standard, draw, tmp_path
):
    out = tmp_path / "site"
    _export(records, out, standard)
    first = _files(out)
    assert any(name.startswith("cards/") for name in first)
    drawn = draw.drawn
    changed = _changed(records, 1)
    _export(changed, out, standard)
    again = _files(out)
    assert again.keys() == first.keys()
    relinked = {name for name in again if again[name] == first[name]}
    # listing 1's pages are made again (its English card shows another text: kept)
    assert not any(name.startswith(("cs/1.", "uk/1.")) for name in relinked)
    assert {name for name in again if not name.split("/")[1].startswith("1")} <= relinked
    assert draw.drawn == drawn + 1  # only the card with the new Czech title
    _export(changed, tmp_path / "fresh", standard)
    _same_as_fresh(out, tmp_path / "fresh")


def test_a_page_changed_after_the_export_is_made_again(records, standard, draw, tmp_path):
    out = tmp_path / "site"
    _export(records, out, standard)
    page = out / "cs" / "2.html"
    text = page.read_bytes()
    page.write_bytes(text.replace(b"<h1>", b"<h2>", 1))  # the same size, a later time
    later = (out / reuse.FILE).stat().st_mtime_ns + 10**9  # whatever the clock's grain
    os.utime(page, ns=(later, later))
    shorter = out / "en" / "2.html"
    before = shorter.stat()
    shorter.write_bytes(shorter.read_bytes()[:-10])
    os.utime(shorter, ns=(before.st_atime_ns, before.st_mtime_ns))  # an old time, too short
    _again_as_fresh(records, out, standard, tmp_path)


@pytest.mark.parametrize(
    "change",
    [
        {"base_url": "https://jinde.example/"},
        {"fallbacks": {"uk": ("cs",)}},
        {"names": "other"},
    ],
)
def test_another_setting_makes_every_page_again(records, standard, names, draw, tmp_path, change):
    out = tmp_path / "site"
    _export(records, out, standard)
    first = _files(out)
    if change.get("names"):
        change = {"names": names}  # reference data other than the program's own
    kw = {"names": standard, **change}
    _export(records, out, **kw)
    again = _files(out)
    assert not {n for n in again if n.endswith(".html") and again[n] == first.get(n)}
    _export(records, tmp_path / "fresh", **kw)
    _same_as_fresh(out, tmp_path / "fresh")


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"{not json",
        b'{"format": 1, "stamp": "x", "listings": {}}',
        b'{"format": 1, "listings": []}',
        b'{"format": 1, "stamp": "x", "listings": {"1": 5}}',
        b"[]",
    ],
)
def test_a_damaged_record_only_costs_time(records, standard, draw, tmp_path, damage):
    out = tmp_path / "site"
    _export(records, out, standard)
    (out / reuse.FILE).write_bytes(damage)
    _again_as_fresh(records, out, standard, tmp_path)


@pytest.mark.parametrize("entry", [5, None, "x", [1, 2], ["x"], ["x", "y"], {}])
def test_a_damaged_entry_only_costs_time(records, standard, draw, tmp_path, entry):
    out = tmp_path / "site"
    _export(records, out, standard)
    record = orjson.loads((out / reuse.FILE).read_bytes())
    record["listings"] = {name: entry for name in record["listings"]}
    (out / reuse.FILE).write_bytes(orjson.dumps(record))
    _again_as_fresh(records, out, standard, tmp_path)


def test_a_symlink_in_place_of_a_page_is_never_followed(records, standard, draw, tmp_path):
    out = tmp_path / "site"
    _export(records, out, standard)
    page = out / "cs" / "2.html"
    outside = tmp_path / "outside.html"
    os.rename(page, outside)
    os.symlink(outside, page)
    _export(records, out, standard)
    assert not page.is_symlink()
    _export(records, tmp_path / "fresh", standard)
    _same_as_fresh(out, tmp_path / "fresh")


def test_a_listing_page_says_when_the_listing_changed_the_index_when_the_data_did(
    records, standard, tmp_path
):
    out = tmp_path / "site"
    _export(records, out, standard, now=dt.datetime(2025, 3, 9, 12, tzinfo=dt.UTC))
    page = (out / "en" / "1.html").read_text(encoding="utf-8")
    index = (out / "en" / "index.html").read_text(encoding="utf-8")
    assert "Listing updated Mar 4, 2025 · " in page  # listing 1's updated_at
    assert "Data as of" not in page
    assert "Data as of Mar 9, 2025 · " in index
    czech = (out / "cs" / "1.html").read_text(encoding="utf-8")
    assert "Nabídka aktualizována 4. 3. 2025 · " in czech


def test_the_record_names_every_listing_a_site_in_memory_has_none(
    records, standard, draw, tmp_path
):
    out = tmp_path / "site"
    _export(records, out, standard)
    record = orjson.loads((out / reuse.FILE).read_bytes())
    assert set(record["listings"]) == {p.stem for p in (out / "cs").glob("[0-9]*.html")}
    assert reuse.FILE in (out / ".volmatch-export").read_text(encoding="utf-8").splitlines()
    tree, _, _ = build(records, "all", names=standard, organizations=ORGS, base_url=BASE)
    assert reuse.FILE not in tree.files


def test_an_unchanged_listings_index_card_and_feed_entries_are_taken_over(
    records, standard, draw, tmp_path, monkeypatch
):
    from volmatch.exporting import data, hsds, ofn, site, social

    out = tmp_path / "site"
    _export(records, out, standard)
    made: list[str] = []

    def counted(module, name, key_of):
        real = getattr(module, name)

        def wrapper(*args, **kwargs):
            made.append(f"{name}:{key_of(args)}")
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, wrapper)

    counted(site, "card_and_entry", lambda a: a[0].key)
    counted(data, "listing_json", lambda a: a[0].key)
    counted(social, "post", lambda a: a[0].key)
    counted(ofn._Builder, "event", lambda a: a[1].key)
    counted(hsds._Builder, "service", lambda a: a[1].key)
    _export(_changed(records, 1), out, standard)
    assert made and all(m.endswith(":1") for m in made), made
    made_by = {m.split(":")[0] for m in made}
    assert made_by == {"card_and_entry", "listing_json", "post", "event", "service"}
    _export(_changed(records, 1), tmp_path / "fresh", standard)
    _same_as_fresh(out, tmp_path / "fresh")


@pytest.mark.parametrize(
    "damage",
    ["feed edited", "feed shortened", "index unreadable", "spans outside", "spans wrong"],
)
def test_a_damaged_file_or_piece_index_only_costs_time(records, standard, draw, tmp_path, damage):
    out = tmp_path / "site"
    _export(records, out, standard)
    feed, pieces = out / "feeds" / "listings.json", out / reuse.PIECES
    index = pieces / "feeds~listings.json.json"
    later = (out / reuse.FILE).stat().st_mtime_ns + 10**9
    if damage == "feed edited":
        feed.write_bytes(feed.read_bytes().replace(b'"key"', b'"kez"'))
        os.utime(feed, ns=(later, later))
    elif damage == "feed shortened":
        feed.write_bytes(feed.read_bytes()[:-40])
    elif damage == "index unreadable":
        index.write_bytes(b"{")
    else:  # at its old time: the spans themselves are checked
        before = index.stat()
        record = orjson.loads(index.read_bytes())
        bad = [10**9, 5] if damage == "spans outside" else ["0", None]
        record["spans"] = {key: bad for key in record["spans"]}
        index.write_bytes(orjson.dumps(record))
        os.utime(index, ns=(before.st_atime_ns, before.st_mtime_ns))
    _again_as_fresh(records, out, standard, tmp_path)


def test_another_day_and_newer_data_give_what_a_fresh_export_gives(
    records, standard, draw, tmp_path
):
    out = tmp_path / "site"
    _export(records, out, standard, now=dt.datetime(2025, 3, 9, tzinfo=dt.UTC))
    later = dict(now=dt.datetime(2025, 4, 20, tzinfo=dt.UTC), today=dt.date(2025, 4, 20))
    changed = _changed(records, 2)
    _export(changed, out, standard, **later)
    _export(changed, tmp_path / "fresh", standard, **later)
    _same_as_fresh(out, tmp_path / "fresh")


def test_another_organization_record_gives_what_a_fresh_export_gives(
    records, standard, draw, tmp_path
):
    out = tmp_path / "site"
    _export(records, out, standard)
    organizations = [dataclasses.replace(o, email="nova@example.org") for o in ORGS[:1]]
    organizations += ORGS[1:]
    export(records, "all", out, names=standard, organizations=organizations, base_url=BASE)
    export(
        records,
        "all",
        tmp_path / "fresh",
        names=standard,
        organizations=organizations,
        base_url=BASE,
    )
    _same_as_fresh(out, tmp_path / "fresh")
