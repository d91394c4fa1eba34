"""The matcher's tags and words stored as numbers: written, read, converted by 0009."""

from __future__ import annotations

from sqlalchemy import text

from volmatch.demo.generator import generate_opportunities, generate_volunteers
from volmatch.matching.keywords import KW
from volmatch.storage import derived, match_codes
from volmatch.storage import repository as repo
from volmatch.storage.database import head_revision


def test_codes_give_back_the_names():
    terms = match_codes.Terms([(1, "gardening"), (7, "~zahrad")])
    tags = [("gardening", 4), ("~novy", 3), ("~zahrad", 2)]
    codes = match_codes.pack_listing(tags, terms)
    assert len(codes) == 12 and terms.ids["~novy"] == 8  # a new name: after the stored ones
    assert match_codes.unpack_listing(codes, terms.names) == tags
    hits = [("gardening", 0, 71.42857142857143), ("~zahrad", 1, 2.0)]
    packed = match_codes.pack_volunteer(hits, terms)
    assert len(packed) == 2 * match_codes.HIT_SIZE
    assert match_codes.unpack_volunteer(packed, terms.names) == hits
    assert match_codes.pack_volunteer([], terms) == b""
    # stored without NUL (PostgreSQL refuses it in text): the same term
    assert match_codes.term_names([{"tags": [("~a\x00b", 4)]}], "tags") == {"~ab"}
    assert terms.id("~novy\x00") == terms.ids["~novy"]


def _stored_items(db):
    """Each listing's and volunteer's stored items, by name."""
    with db.session() as s:
        conn = s.connection()
        names = match_codes.load_terms(conn).names
        listings = {
            rid: match_codes.unpack_listing(codes, names)
            for rid, codes in conn.exec_driver_sql(
                "SELECT opportunity_id, tag_codes FROM opportunity_match"
            )
        }
        volunteers = {
            rid: match_codes.unpack_volunteer(codes, names)
            for rid, codes in conn.exec_driver_sql(
                "SELECT volunteer_id, hit_codes FROM volunteer_match"
            )
        }
    return listings, volunteers


def _old_listing(items) -> str:
    return "|".join(["".join(str(d) for _, d in items), *(n for n, _ in items)]) if items else ""


def _old_volunteer(items) -> str:
    parts = [f"{n}\t{p}\t{int(v)}" if n.startswith(KW) else f"{n}\t{v!r}\t{p}" for n, p, v in items]
    return "|".join(parts)


def test_many_listings_pack_as_each_alone():
    terms = match_codes.Terms([(1, "sport"), (2, "art"), (7, "~kolo")])
    listings = [[("sport", 4)], [], [("art", 1), ("~kolo", 9), ("sport", 2)], [("art", 3)]]
    assert match_codes.pack_listings(listings, terms) == [
        match_codes.pack_listing(tags, terms) for tags in listings
    ]
    # a name with NUL is stored without it: each listing on its own, as before
    with_nul = [*listings, [("spo\x00rt", 5)]]
    assert match_codes.pack_listings(with_nul, terms) == [
        match_codes.pack_listing(tags, terms) for tags in with_nul
    ]
    assert match_codes.pack_listings([], terms) == []


def test_0009_converts_the_stored_text_without_deriving_again(db):
    """A database derived at 0008 keeps its values: the text becomes the same codes."""
    with db.session(write=True) as s:
        repo.bulk_insert_opportunities(s, generate_opportunities(40, 3))
        repo.bulk_insert_volunteers(s, generate_volunteers(30, 3))
    derived.refresh(db, derived.OPPORTUNITY)
    derived.refresh(db, derived.VOLUNTEER)
    listings, volunteers = _stored_items(db)
    assert any(listings.values()) and any(volunteers.values())
    assert any(n.startswith(KW) for items in volunteers.values() for n, _, _ in items)
    db.downgrade("0008")
    with db.engine.begin() as conn:
        for rid, items in listings.items():
            conn.execute(
                text("UPDATE opportunity_match SET tags = :t WHERE opportunity_id = :i"),
                {"t": _old_listing(items), "i": rid},
            )
        for rid, items in volunteers.items():
            conn.execute(
                text("UPDATE volunteer_match SET hits = :t WHERE volunteer_id = :i"),
                {"t": _old_volunteer(items), "i": rid},
            )
        fingerprint = derived.fingerprint()
        for kind in (derived.OPPORTUNITY, derived.VOLUNTEER):  # as current as before
            conn.execute(
                text("INSERT INTO derived_state (name, fingerprint) VALUES (:n, :f)"),
                {"n": kind, "f": fingerprint},
            )
    db.upgrade()
    assert db.revision() == head_revision()
    assert db.check() == []
    converted_listings, converted_volunteers = _stored_items(db)
    assert converted_listings == listings
    # one phrase's alike hits were one item: the same hits, grouped
    assert {k: sorted(v) for k, v in converted_volunteers.items()} == {
        k: sorted(v) for k, v in volunteers.items()
    }


def test_a_reader_that_cannot_store_numbers_new_names_itself(db, monkeypatch):
    """Derived again in memory only (a read-only file): new names get numbers of their
    own, named in the columns' terms."""
    with db.session(write=True) as s:
        repo.bulk_insert_opportunities(s, generate_opportunities(5, 1))
    derived.refresh(db, derived.OPPORTUNITY)
    with db.session(write=True) as s:
        s.connection().exec_driver_sql(
            "UPDATE opportunity SET version = version + 1, title = 'Kvetinarstvi Xylofonu' "
            "WHERE id = 1"
        )

    def refuse(*args, **kwargs):
        raise OSError("read-only")

    monkeypatch.setattr(derived, "write", refuse)
    columns = derived.read_listings(db)
    names = {n for n, _ in match_codes.unpack_listing(columns["tag_codes"][0], columns["terms"])}
    assert any("xylofon" in n for n in names)


def test_erasing_a_person_forgets_the_words_only_they_wrote(db):
    import dataclasses

    from volmatch import privacy

    [base] = generate_volunteers(1, 4)
    person = dataclasses.replace(base, interests_text="Qwertyzátor, zahrada", email="q@x.cz")
    with db.session(write=True) as s:
        repo.bulk_insert_opportunities(s, generate_opportunities(5, 1))
        [vid] = repo.save_volunteers(s, [person])
    derived.refresh(db, derived.OPPORTUNITY)
    derived.refresh(db, derived.VOLUNTEER)

    def terms() -> set[str]:
        with db.session() as s:
            return set(match_codes.load_terms(s.connection()).ids)

    before = terms()
    assert any("qwerty" in t for t in before)
    with db.session(write=True) as s:
        assert privacy.erase_volunteer(s, vid) is not None
    after = terms()
    assert not any("qwerty" in t for t in after)
    listed, _ = _stored_items(db)
    assert {n for items in listed.values() for n, _ in items} <= after  # listings keep theirs


def test_a_scrubbed_backup_forgets_the_words_only_the_person_wrote(tmp_path):
    import dataclasses
    import shutil
    import sqlite3

    from volmatch.privacy.erasure import scrub_file
    from volmatch.storage.database import open_database

    db = open_database(f"sqlite:///{tmp_path / 'office.sqlite3'}")
    [base] = generate_volunteers(1, 4)
    person = dataclasses.replace(base, interests_text="Qwertyzátor", email="q@x.cz")
    with db.session(write=True) as s:
        [vid] = repo.save_volunteers(s, [person])
    derived.refresh(db, derived.VOLUNTEER)
    db.dispose()
    backup = tmp_path / "office-backup.sqlite3"
    shutil.copy(tmp_path / "office.sqlite3", backup)

    def names() -> set[str]:
        with sqlite3.connect(backup) as conn:
            return {n for (n,) in conn.execute("SELECT name FROM match_term")}

    assert any("qwerty" in n for n in names())
    assert scrub_file(backup, [vid])
    assert not any("qwerty" in n for n in names())
