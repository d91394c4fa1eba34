"""Reference data kept ready between runs: used when current, never when stale or damaged."""

from __future__ import annotations

import pickle

from volmatch.reference import prepared


def test_built_once_then_read_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("VOLMATCH_CACHE_DIR", str(tmp_path))
    calls = []

    def build():
        calls.append(1)
        return {"built": len(calls)}

    assert prepared.load_or_build("thing", build) == {"built": 1}
    assert prepared.load_or_build("thing", build) == {"built": 1}
    assert len(calls) == 1
    assert len(list(tmp_path.glob("thing-*.pickle"))) == 1


def test_another_key_builds_again_and_replaces_the_old_file(tmp_path, monkeypatch):
    monkeypatch.setenv("VOLMATCH_CACHE_DIR", str(tmp_path))
    prepared.load_or_build("thing", lambda: "old data")
    monkeypatch.setattr(prepared, "_key", lambda: "new-reference-data")
    assert prepared.load_or_build("thing", lambda: "new data") == "new data"
    assert [p.name for p in tmp_path.glob("thing-*")] == ["thing-new-reference-data.pickle"]
    assert prepared.load_or_build("thing", lambda: "x", extra="babel1") == "x"


def test_a_damaged_or_unwritable_cache_only_means_building(tmp_path, monkeypatch):
    monkeypatch.setenv("VOLMATCH_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(prepared, "_key", lambda: "k")
    (tmp_path / "thing-k.pickle").write_bytes(b"not a pickle")
    assert prepared.load_or_build("thing", lambda: [1, 2]) == [1, 2]
    with (tmp_path / "thing-k.pickle").open("rb") as handle:
        assert pickle.load(handle) == [1, 2]  # written again, whole
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder should be")
    monkeypatch.setenv("VOLMATCH_CACHE_DIR", str(blocked / "cache"))
    assert prepared.load_or_build("thing", lambda: "built") == "built"


def test_the_key_follows_the_reference_data(monkeypatch):
    from volmatch import derivation

    first = prepared._key()
    monkeypatch.setattr(derivation, "fingerprint", lambda: "other-data")
    assert prepared._key() != first and "other-data" in prepared._key()


def test_a_cached_gazetteer_and_taxonomy_answer_as_built_ones(tmp_path, monkeypatch):
    from volmatch.reference.gazetteer import Gazetteer, default_gazetteer
    from volmatch.reference.taxonomy import Taxonomy, default_taxonomy

    monkeypatch.setenv("VOLMATCH_CACHE_DIR", str(tmp_path))
    for default in (default_gazetteer, default_taxonomy):
        default.cache_clear()
    default_gazetteer(), default_taxonomy()  # built and stored
    for default in (default_gazetteer, default_taxonomy):
        default.cache_clear()
    gz, tx = default_gazetteer(), default_taxonomy()  # read back
    assert len(list(tmp_path.glob("*.pickle"))) == 2
    built_gz, built_tx = Gazetteer.load("prague"), Taxonomy.load()
    for text in ("Holesovice", "bydlím na Proseku", "Praha 7", "Jaromírova 15, 128 00 Praha 2"):
        assert gz.resolve(text) == built_gz.resolve(text)
    assert gz.neighbours("Praha 7") == built_gz.neighbours("Praha 7")
    assert tx.terms() == built_tx.terms()
    assert tx.resolve("zahradničení") == built_tx.resolve("zahradničení")
